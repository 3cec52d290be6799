import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('a product worked out in the text', () => {
  it('reads the result, not the factors', () => {
    const intent = read(
      'Re-tagging job, offline: 30k product photos x 4 captions each = 120k caption calls. Window: 3 nights, i.e. 3 × 8 h = 24 h of compute.',
    );
    expect(intent.use_case).toBe('batch_processing');
    expect(intent.batch_requests).toBe(120000);
    expect(intent.batch_window_hours).toBe(24);
  });
  it('leaves a "x" that multiplies nothing, and a product that does not add up', () => {
    expect(read('chatbot on 8 x H100 for 500 staff').max_gpus).toBe(8);
    // 5 x 20 is not 200: the writer's numbers are read as they stand
    expect(
      read('nightly batch: 5 x 20 = 200 reports, done within 6 hours')
        .batch_requests,
    ).toBe(200);
  });
  it('reads a result with no noun of its own with its factors', () => {
    expect(
      read('Fleet chatbot: 12 ships x 2,000 guests = 24,000 total; 30% DAU.')
        .users,
    ).toBe(24000);
  });
});

describe('a sum worked out to its result', () => {
  it('reads the result, not the first part', () => {
    expect(
      extractIntent(
        'code gen chat: 30 engineers + 6 contractors = 36 seats, ~40 requests/person/day',
      ).users,
    ).toBe(36);
  });
  it('leaves parts that do not add up to the result', () => {
    expect(
      extractIntent('chatbot: 30 engineers + 6 contractors = 50 seats').users,
    ).not.toBe(50);
  });
});

describe('a counted set with a window is batch work', () => {
  it.each([
    'Loc pass for the expansion: 1.26M line translations. Window: 72 h.',
    'Loc pass: 1.26M translations in 72 h.',
    'we need to translate 1.26M dialogue lines, window 72 h.',
  ])('%s', text => {
    const intent = extractIntent(text);
    expect(intent.use_case).toBe('batch_processing');
    expect(intent.batch_requests).toBe(1260000);
    expect(intent.batch_window_hours).toBe(72);
  });
  it('does not make a rate with a period a set', () => {
    expect(
      extractIntent(
        'translation: 40,000 messages a day, replies within 2 hours',
      ).use_case,
    ).toBe('translation');
  });
});
