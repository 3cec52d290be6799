import { readIncrement } from './increments';
import { intentFromConversation } from './conversation';
import { Spans } from './signals';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const talk = (...turns: string[]) =>
  intentFromConversation(turns, { knowledgeBase }).intent;

describe('follow-ups that move a number by an amount', () => {
  it('reads the field, the direction and the amount', () => {
    expect(readIncrement('cut our budget by $500', new Spans())).toMatchObject({
      field: 'budget_usd_per_month',
      delta: -500,
    });
    expect(readIncrement('add another 300 users', new Spans())).toMatchObject({
      field: 'users',
      delta: 300,
    });
    expect(
      readIncrement('increase the users by 20%', new Spans()),
    ).toMatchObject({ field: 'users', factor: 1.2 });
    expect(readIncrement('raise it to 5k', new Spans())).toBeUndefined();
  });

  it('applies them to the intent so far', () => {
    expect(
      talk('chatbot for 500 users, $3k a month', 'bump the budget up by 1.5k')
        .budget_usd_per_month,
    ).toBe(4500);
    expect(
      talk('chatbot for 500 users, $3k a month', 'lower the budget by 10%')
        .budget_usd_per_month,
    ).toBe(2700);
    expect(talk('chatbot for 500 users', 'add 250 more users').users).toBe(750);
  });

  it('asks when there is nothing to move', () => {
    expect(
      talk('chatbot for 500 users', 'raise the budget by 2k').question,
    ).toMatch(/no budget .* yet/);
  });
});

describe('follow-ups that scale the budget or the users by a factor', () => {
  it.each([
    ['the yearly budget was halved', 'budget_usd_per_month', 0.5],
    ['our spending cap has just been cut by half', 'budget_usd_per_month', 0.5],
    ['halve the budget please', 'budget_usd_per_month', 0.5],
    ['cut our monthly budget in half', 'budget_usd_per_month', 0.5],
    ['the budget got doubled', 'budget_usd_per_month', 2],
    ['the user count has tripled since launch', 'users', 3],
  ])('%s', (text, field, factor) => {
    expect(readIncrement(text, new Spans())).toMatchObject({ field, factor });
  });

  it.each([
    'cut the latency in half',
    'the budget doubled to $6k',
    'our traffic halved over the summer',
  ])('reads no factor of the budget or users in %j', text => {
    expect(readIncrement(text, new Spans())).toBeUndefined();
  });

  it('applies a factor to a budget said per year', () => {
    expect(
      talk(
        'policy assistant for 60 staff, budget $36,000 a year',
        'bad news: the yearly budget was halved',
      ).budget_usd_per_month,
    ).toBe(1500);
  });

  it('reads the new amount, not a factor, when one is said', () => {
    expect(
      talk(
        'policy assistant for 60 staff, budget $3,000 a month',
        'the budget doubled to $5,000 a month',
      ).budget_usd_per_month,
    ).toBe(5000);
  });
});
