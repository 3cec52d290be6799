import { FIXED_ITEM_JOB_CUE, TO_PROCESS_AFTER } from './fixedItemJobs';
import { extractIntent } from './ruleBasedIntent';

const cue = (text: string) => new RegExp(FIXED_ITEM_JOB_CUE.source).test(text);

describe('a fixed set of items to work through', () => {
  it.each([
    'we have 2.5 million scanned receipts left to classify.',
    '40k call notes to summarise by friday',
    'about 120,000 old claims still to review, in any order',
  ])('%s', text => {
    expect(cue(text)).toBe(true);
  });

  it('needs the items to be the object, no period after, and a thousand or more', () => {
    expect(cue('we hired 2,000 contractors to review contracts')).toBe(false);
    expect(cue('3,000 tickets to triage every day')).toBe(false);
    expect(cue('3,000 tickets to triage daily')).toBe(false);
    expect(cue('users drop 5 files to summarise.')).toBe(false);
  });

  it('gives the verb after a noun phrase', () => {
    expect(TO_PROCESS_AFTER.exec(' left to annotate.')?.groups?.verb).toBe(
      'annotate',
    );
    expect(TO_PROCESS_AFTER.exec(' to annotate images')).toBeNull();
  });
});

describe('the use case of a fixed set of items', () => {
  it('is batch processing whatever each item is for', () => {
    const intent = extractIntent(
      'Library digitisation: 320,000 catalogue records to translate. Budget $3k/month.',
    );
    expect(intent.use_case).toBe('batch_processing');
    expect(intent.batch_requests).toBe(320000);
  });

  it('is not batch processing for work that keeps arriving', () => {
    expect(
      extractIntent(
        'translation chatbot for our 300 agents, who get 2,000 messages to translate every day',
      ).use_case,
    ).not.toBe('batch_processing');
  });
});

describe('items with an aside in brackets, and new verbs of working through them', () => {
  it('reads the set past a bracketed aside, and coding against a dictionary', () => {
    expect(
      cue('about 90k claims (roughly 400,000 pages) to screen for fraud.'),
    ).toBe(true);
    expect(
      cue('1.1m symptom entries (free text) to code against ICD-10.'),
    ).toBe(true);
    // "to code" with an object of its own is no job over the items
    expect(cue('12,000 students to code python')).toBe(false);
  });

  it("makes a set and a window both stated a batch job, whatever each item's task", () => {
    const intent = extractIntent(
      'We need to translate the manuals: about 25 thousand pages and we have 60 hours to process them.',
    );
    expect(intent.use_case).toBe('batch_processing');
    expect(intent.batch_requests).toBe(25000);
    expect(intent.batch_window_hours).toBe(60);
  });
});
