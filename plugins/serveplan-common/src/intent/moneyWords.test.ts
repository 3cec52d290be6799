import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { currencyOf, periodOf, PERIODS_PER_MONTH } from './moneyWords';

const knowledgeBase = repositoryKnowledge();
const budget = (text: string) =>
  extractIntent(text, { knowledgeBase }).budget_usd_per_month;

describe('money words', () => {
  it('gives each period word its monthly factor', () => {
    expect(PERIODS_PER_MONTH[periodOf('annum')!]).toBeCloseTo(1 / 12, 9);
    expect(PERIODS_PER_MONTH[periodOf('Quarterly')!]).toBeCloseTo(1 / 3, 9);
    expect(PERIODS_PER_MONTH[periodOf('fortnightly')!]).toBeCloseTo(
      730 / 336,
      9,
    );
    expect(periodOf('minute')).toBeUndefined();
  });

  it('knows currency words and the thousands some carry', () => {
    expect(currencyOf('quid')).toEqual({ code: 'GBP' });
    expect(currencyOf('Euros')).toEqual({ code: 'EUR' });
    expect(currencyOf('grand')?.scale).toBe(1000);
    expect(currencyOf('tokens')).toBeUndefined();
  });

  it.each([
    ['ticket triage for 60 employees, about 1,500 quid a month', 1500],
    ['ticket triage for 60 employees, 2400 pounds per quarter', 800],
    [
      'ticket triage for 60 employees, a fortnightly allowance of 700 euros',
      700 * (730 / 336),
    ],
    ['ticket triage for 60 employees, yearly spend of 60000', 5000],
    ['ticket triage for 60 employees, 24 grand per annum', 2000],
  ])('%s → %d per month', (text, monthly) => {
    expect(budget(text)).toBeCloseTo(monthly, 1);
  });

  it('reads no amount from a count of digits', () => {
    const intent = extractIntent(
      'ticket triage for 60 employees with a budget in the 6 figures',
      { knowledgeBase },
    );
    expect(intent.budget_usd_per_month).toBeNull();
    expect(intent.users).toBe(60);
  });

  it('does not take a spending verb with a duration for money', () => {
    expect(
      budget('ticket triage for 60 employees; they spend 3 hours a day on it'),
    ).toBeNull();
  });

  it('rejects a negative amount in any currency', () => {
    expect(() =>
      extractIntent('ticket triage for 60 employees, -£900 a month', {
        knowledgeBase,
      }),
    ).toThrow(/not a usable budget/);
  });
});
