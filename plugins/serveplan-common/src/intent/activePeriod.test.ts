import { activePeriodAfter } from './activePeriod';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });
const period = (after: string) => activePeriodAfter(after, after, after);

describe('activePeriodAfter', () => {
  it.each([
    [' a day', 'daily_active'],
    [' use it daily', 'daily_active'],
    [' hitting it on a busy day', 'daily_active'],
    [' (DAU)'.toLowerCase(), 'daily_active'],
    [' are active in an average month', 'monthly_active'],
    [' log in every month', 'monthly_active'],
    [' per calendar month', 'monthly_active'],
    [' (mau)', 'monthly_active'],
    [' renew their plans each month', 'monthly_active'],
  ])('"%s" -> %s', (after, kind) => {
    expect(period(after)).toBe(kind);
  });

  it.each([
    // a number between the people and the period takes the period
    ' list 30 items a month',
    ' send 4 requests a day',
    // no period of activity
    ' in the Leeds office',
    ' would use it',
  ])('"%s" says no period of activity', after => {
    expect(period(after)).toBeUndefined();
  });
});

describe('people said to be active in a month are monthly actives', () => {
  it.each([
    'writing assistant for our tutors: about 1,200 tutors are active in an average month',
    'community Q&A bot; some 40k readers log in every month',
  ])('%s', text => {
    expect(read(text).users_kind).toBe('monthly_active');
  });

  it('leaves the month to a number said between the people and it', () => {
    const intent = read(
      'listing copy generator for 3,000 sellers who publish 25 listings a month',
    );
    expect(intent.users).toBe(3000);
    expect(intent.users_kind).toBe('total');
  });

  it('does not read a month said in another clause as theirs', () => {
    expect(
      read('a bot for 650 brokers; the price sheets are refreshed every month')
        .users_kind,
    ).toBe('total');
  });
});
