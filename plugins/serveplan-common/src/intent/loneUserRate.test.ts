import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe("a single user's volume is their daily use", () => {
  it('reads a daily volume from the only user as requests per user per day', () => {
    const intent = read(
      'A code review helper for my own repos. I am the only one using it, roughly 40 prompts a day.',
    );
    expect(intent.users).toBe(1);
    expect(intent.requests_per_user_per_day).toBeCloseTo(40, 3);
  });

  it('spreads a weekly volume over the days', () => {
    const intent = read(
      "Personal note summariser; I'd be the only user, about 140 summaries a week.",
    );
    expect(intent.users).toBe(1);
    expect(intent.requests_per_user_per_day).toBeCloseTo(20, 3);
  });

  it('does not turn a rate per second or a volume of many users into a daily use', () => {
    expect(
      read('Hobby chatbot, only me using it, bursts of 2 requests per second.')
        .requests_per_user_per_day,
    ).toBeNull();
    expect(
      read('A helpdesk bot for 60 staff, about 900 questions a day.')
        .requests_per_user_per_day,
    ).toBeNull();
  });
});
