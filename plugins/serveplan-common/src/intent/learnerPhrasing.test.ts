import { rewriteLearnerPhrasing } from './learnerPhrasing';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('rewriteLearnerPhrasing', () => {
  it('reads a period with no article, and "per one", as a period', () => {
    expect(rewriteLearnerPhrasing('45 thousand messages for month')).toBe(
      '45 thousand messages a month',
    );
    expect(rewriteLearnerPhrasing('20 prompts per one day')).toBe(
      '20 prompts per day',
    );
    // a duration, and a day named by its number, stay
    expect(rewriteLearnerPhrasing('we need it for a month')).toBe(
      'we need it for a month',
    );
    expect(rewriteLearnerPhrasing('ready for day 1')).toBe('ready for day 1');
  });

  it('reads "in one day" after a count, or before one at the start of its clause, as a period', () => {
    expect(rewriteLearnerPhrasing('each sends 30 messages in one day')).toBe(
      'each sends 30 messages a day',
    );
    expect(
      rewriteLearnerPhrasing('In one day we have maybe 12,000 new uploads.'),
    ).toBe('every day we have maybe 12,000 new uploads.');
    // the time to finish a job in stays a window
    for (const text of [
      '50,000 documents processed in one day',
      'all 9,000 must be done in a day',
      'reply in a day',
    ])
      expect(rewriteLearnerPhrasing(text)).toBe(text);
  });

  it('reads two counts joined by "or" as a range, but not options or far-apart numbers', () => {
    expect(rewriteLearnerPhrasing('maybe 4 or 5 analyses a day')).toBe(
      'maybe 4-5 analyses a day',
    );
    expect(rewriteLearnerPhrasing('30 or 40 requests')).toBe('30-40 requests');
    for (const text of [
      'tp 2 or 4 is fine',
      '2 or 20 users',
      'p95 or p99 latency',
      '5 or 4 seats',
    ])
      expect(rewriteLearnerPhrasing(text)).toBe(text);
  });
});

describe('learner phrasings in a request', () => {
  it('reads the rate and the rate per person they say', () => {
    expect(
      read(
        'translation of portal messages, the volume is around 45 thousand messages for month',
      ).requests_per_s,
    ).toBeCloseTo(45000 / (730 * 3600), 6);
    const consultants = read(
      'analysis tool for 35 consultants, each one is doing maybe 4 or 5 analysis in one day',
    );
    expect(consultants.requests_per_user_per_day).toBe(4.5);
    expect(consultants.notes.requests_per_user_per_day).toMatch(/middle/);
  });
});

describe('a count in thousands with "of" before its noun', () => {
  it('reads "5 thousand of reconciliations" as 5 thousand reconciliations', () => {
    expect(
      rewriteLearnerPhrasing('about 5 thousand of reconcilations per hour'),
    ).toBe('about 5 thousand reconcilations per hour');
    expect(
      read(
        'agent for payments. We expect about 5 thousand of reconciliations per hour in peak time.',
      ).requests_per_s,
    ).toBeCloseTo(5000 / 3600, 3);
  });
  it('keeps "of" before a part of a whole', () => {
    for (const text of ['2 million of our users', '5 thousand of them'])
      expect(rewriteLearnerPhrasing(text)).toBe(text);
  });
});

describe('per-person rates in shorthand and by pronoun', () => {
  it('reads "~10 q/day each" as ten queries a day per person', () => {
    expect(rewriteLearnerPhrasing('400 SREs, ~10 q/day each')).toBe(
      '400 SREs, ~10 queries/day each',
    );
    expect(
      read('RAG over internal runbooks. 400 SREs, ~10 q/day each.')
        .requests_per_user_per_day,
    ).toBe(10);
  });
  it('reads "each would run maybe 5 of these a day" as work per person, not people', () => {
    const intent = read(
      "review of supplier specs. It's about 15 people in procurement and each would run maybe 5 of these a day, tops.",
    );
    expect(intent.users).toBe(15);
    expect(intent.requests_per_user_per_day).toBe(5);
  });
});
