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
