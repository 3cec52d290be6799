import { extractIntent } from './ruleBasedIntent';
import { inMoneyFrame } from './moneyFrame';

/** Whether the first "N <period>" of the text is money by its frame. */
const framed = (text: string, amount: string) => {
  const start = text.indexOf(amount);
  return inMoneyFrame(text, start, start + amount.length);
};

describe('money by its verb frame', () => {
  it.each([
    ['the team can spend roughly 6k a month', '6k a month'],
    ['leadership allocated 25k a quarter', '25k a quarter'],
    ['we have 60k a year for the project', '60k a year'],
    ["we've got 700 a week to work with", '700 a week'],
    ['about 3k per month to burn on inference', '3k per month'],
  ])('%s', (text, amount) => {
    expect(framed(text, amount)).toBe(true);
  });

  it.each([
    ['we have 5,000 a day coming in', '5,000 a day'],
    ['we get 2k a week from partners', '2k a week'],
    ['users send 40 a day each', '40 a day'],
    ['we have 20k a month of these to answer', '20k a month'],
  ])('not %s', (text, amount) => {
    expect(framed(text, amount)).toBe(false);
  });

  it('does not reach across a clause start', () => {
    const text = 'we can spend. 3k a day arrive';
    const start = text.indexOf('3k');
    expect(inMoneyFrame(text, start, start + 8, text.indexOf('3k'))).toBe(
      false,
    );
  });
});

describe('a bare amount qualifying a budget noun', () => {
  it.each([
    ['5k/month budget for the pilot', '5k/month'],
    ['roughly 12k a year spend cap', '12k a year'],
    ['a 1.5k per month allowance', '1.5k per month'],
  ])('%s', (text, amount) => {
    expect(framed(text, amount)).toBe(true);
  });

  it.each([
    ['5k/month budgeted requests', '5k/month'],
    ['12k a year, within budget', '12k a year'],
  ])('is no money in "%s"', (text, amount) => {
    expect(framed(text, amount)).toBe(false);
  });
});

describe('an amount approved', () => {
  it('reads "signed off on 150k a year for the whole thing" as a budget', () => {
    const intent = extractIntent(
      'chatbot for 300 users. The board only signed off on 150k a year for the whole thing, hosting included.',
    );
    expect(intent.budget_usd_per_month).toBe(12500);
    expect(intent.requests_per_s).toBeNull();
  });
});

describe('an amount granted by the holders of the money', () => {
  it.each([
    ['procurement allows about 4k a month', '4k a month'],
    ['our CFO gave us 90k per year', '90k per year'],
    ['finance said 12k a quarter, no more', '12k a quarter'],
  ])('%s', (text, amount) => {
    expect(framed(text.toLowerCase(), amount)).toBe(true);
  });

  it.each([
    ['ops says 5k a day at peak', '5k a day'],
    ['finance sends 300 a day', '300 a day'],
  ])('not %s', (text, amount) => {
    expect(framed(text, amount)).toBe(false);
  });

  it('reads the budget of a request', () => {
    expect(
      extractIntent(
        'ticket triage for 40 agents. Finance says 36k a year, max.',
      ).budget_usd_per_month,
    ).toBe(3000);
  });
});
