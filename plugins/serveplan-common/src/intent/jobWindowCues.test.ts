import { hasJobWindowCue } from './jobWindowCues';
import { readUseCase } from './useCase';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });
const useCaseOf = (text: string) => readUseCase(text.toLowerCase())?.useCase;

describe('a scheduled slot or a single run the work is done in', () => {
  it.each([
    'invoices are matched against orders; batch window 23:00-04:00',
    'the export window is 11pm to 3am',
    'the 02:00-06:00 window is all we get on the shared cluster',
    'all product captions regenerated in one nightly run',
    'every lead is scored as a single batch job',
    'descriptions written in a single run on mondays',
  ])('%s', text => {
    expect(hasJobWindowCue(text)).toBe(true);
  });

  it.each([
    // a window named for something else
    'our support window is 08:00-18:00',
    'a 02:00-04:00 maintenance window on sundays',
    // a window said only as a length, a context window, a request read in one pass
    'results within a 36-hour window',
    'a 32k context window',
    'the model reads each contract in one pass',
    // a clock range that is no window
    'staff use it from 9am to 5pm',
  ])('not in "%s"', text => {
    expect(hasJobWindowCue(text)).toBe(false);
  });
});

describe('the use case and window of a job said with a slot or one run', () => {
  it('reads a job in a clock-time window as batch work, and the window from its times', () => {
    const intent = read(
      'Parcel scans -> delivery exception notes. 80k scans/night, window 23:30-03:00. ~600 tok in, ~90 tok out.',
    );
    expect(intent.use_case).toBe('batch_processing');
    expect(intent.batch_window_hours).toBe(3.5);
  });

  it('reads messages written in one run each evening as batch work', () => {
    expect(
      useCaseOf(
        'Appointment reminder texts for 300 clinics, about 20k a day, composed in one run each evening.',
      ),
    ).toBe('batch_processing');
  });

  it('keeps a chatbot open during office hours a chatbot', () => {
    expect(
      useCaseOf(
        'A chatbot for our tenants, open 08:00-20:00; the support window is 09:00-17:00.',
      ),
    ).toBe('chatbot');
  });
});

describe('work done between two clock times, or items due by one', () => {
  it.each([
    'scoring is done between 11pm and 4 am',
    'all of it finished from 22:00 to 03:30',
    'the product feeds must be ready by 5:45am',
    'the invoices have to be sent out before 06:00',
  ])('%s', text => {
    expect(hasJobWindowCue(text)).toBe(true);
  });

  it.each([
    // one thing ready by a time may be a system going live
    'the bot must be ready by 9am',
    // hours of use, and a time that is a latency
    'calls are handled between 8am and 6pm',
    'replies must be ready within 2 seconds',
  ])('not in "%s"', text => {
    expect(hasJobWindowCue(text)).toBe(false);
  });

  it('reads letters due by a clock time as batch work', () => {
    expect(
      useCaseOf(
        'Each Friday the ERP dumps about 9,000 overdue accounts and we write a reminder letter for each; the letters must be done by 6 am.',
      ),
    ).toBe('batch_processing');
  });
});

describe('a window bounded by two events with their clock times', () => {
  it('reads the slot between two timed events as a window the work is done in', () => {
    expect(
      hasJobWindowCue(
        'every shipment needs a customs note in the window between the depot closing at 6pm and the first trucks leaving at 4am',
      ),
    ).toBe(true);
    expect(
      useCaseOf(
        'we want to auto-write a one-paragraph note for each of the 2,600 lots, all in the window between the auction ending at 5pm and the catalogue going to print at 11pm',
      ),
    ).toBe('batch_processing');
  });

  it('does not read a window named for something else, or one without clock times', () => {
    expect(
      hasJobWindowCue(
        'the support window between the desk opening at 8am and closing at 6pm',
      ),
    ).toBe(false);
    expect(
      hasJobWindowCue('there is a short window between the two meetings'),
    ).toBe(false);
  });
});
