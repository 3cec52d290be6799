import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('money in a verb frame, without a currency word', () => {
  it.each([
    ['an HR policy bot for 700 employees; we have 24k a year for it', 2000],
    ['an HR policy bot for 700 employees, we can spend 1.8k monthly', 1800],
    ['an HR policy bot for 700 employees. There is 900 a month to spend', 900],
    [
      'an HR policy bot for 700 employees, finance set aside 60k for the year',
      5000,
    ],
    ['an HR policy bot for 700 employees; we could afford 4k per month', 4000],
  ])('%s → %d a month', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBeCloseTo(monthly, 2);
  });

  it.each([
    'an HR policy bot for 700 employees; we have 24k questions a year',
    'an HR policy bot for 700 employees, we have 2k a day coming in',
    'an HR policy bot for 700 employees, they ask 3k monthly',
  ])('reads no budget in %j', text => {
    expect(read(text).budget_usd_per_month).toBeNull();
  });
});
