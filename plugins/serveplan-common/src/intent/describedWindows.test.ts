import { extractDescribedWindow } from './describedWindows';
import { quantityContext } from './__testUtils__/quantityContext';

const windowOf = (text: string, batch = false) => {
  const ctx = quantityContext(text, batch);
  extractDescribedWindow(ctx);
  return ctx.signals.values.batch_window_hours;
};

describe('a window between two events', () => {
  it.each([
    [
      'the scoring has to fit the window between the exchange closing at 4pm and the open at 9:30am',
      17.5,
    ],
    [
      'we get the time between the last train leaving at 11pm and the first one at 5am',
      6,
    ],
  ])('%s → %s h', (text, hours) => {
    expect(windowOf(text, true)).toBe(hours);
  });

  it('reads it only in a batch request', () => {
    const text =
      'the reports are rebuilt between the warehouse closing at 10pm and the first shift at 6am';
    expect(windowOf(text, true)).toBe(8);
    expect(windowOf(text)).toBeUndefined();
    // hours of use in an interactive request
    expect(
      windowOf(
        'chatbot staffed during office hours between opening at 9am and closing at 6pm',
      ),
    ).toBeUndefined();
  });
});

describe('a window from a start time to a time the work must be done by', () => {
  it('reads it across counts of items in the sentence', () => {
    expect(
      windowOf(
        'each friday from 7pm we grade the quizzes, around 20k of them, which must be done before the office opens 8am',
      ),
    ).toBe(13);
  });

  it('reads a due time said with "by" in a batch request', () => {
    expect(
      windowOf(
        'from 9pm the crawler feeds us 3,000 pages and we need them back by 2am',
        true,
      ),
    ).toBe(5);
  });

  it('needs the work said to have to be done outside a batch request', () => {
    expect(
      windowOf('the shop is staffed from 8am and the last courier ends by 6pm'),
    ).toBeUndefined();
  });

  it('does not reach past another clock time', () => {
    expect(
      windowOf(
        'from 9pm to 11pm we index, and search must be ready by 7am',
        true,
      ),
    ).toBeUndefined();
  });
});

describe('a window said as a stretch of time the job runs in', () => {
  it.each([
    ['the re-indexing must happen during our 3-day shutdown over easter', 72],
    ['it all has to be done inside the 36-hour maintenance break', 36],
    ['within the 2-week code freeze we want every ticket tagged', 336],
  ])('%s → %s h', (text, hours) => {
    expect(windowOf(text, true)).toBe(hours);
  });

  it.each([
    ['it can run during the easter break, which is 4 days', 96],
    [
      'everything must be tagged within our summer closure that lasts 2 weeks',
      336,
    ],
    ['finish it inside the planned outage, which runs for 30 hours', 30],
  ])('%s (its length said after it) → %s h', (text, hours) => {
    expect(windowOf(text, true)).toBe(hours);
  });

  it('reads no stretch named first outside a batch request, or of data', () => {
    expect(
      windowOf('during the trade fair, which is 3 days, people ask it things'),
    ).toBeUndefined();
    expect(
      windowOf('summarise what is within the archive, which is 20 days', true),
    ).toBeUndefined();
  });

  it('reads no stretch outside a batch request, or of data', () => {
    expect(
      windowOf('during our 3-day conference people will ask it things'),
    ).toBeUndefined();
    expect(
      windowOf('we summarise everything within the 30-day logs', true),
    ).toBeUndefined();
  });

  it('keeps a window read before', () => {
    const ctx = quantityContext('within the 4-day outage', true);
    ctx.signals.values.batch_window_hours = 6;
    extractDescribedWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(6);
  });
});
