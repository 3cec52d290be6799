import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('a budget in a currency far from the dollar', () => {
  it.each([
    ['budget 40 000 SEK per month', 'SEK'],
    ['we can spend ¥600,000 a month', 'JPY'],
    ['budget: 90,000 INR monthly', 'INR'],
    ['the budget is 25k zł a year', 'PLN'],
    ['budget of C$ 5,000 per month', 'CAD'],
  ])('is asked for in dollars, not read at par: %s', (words, code) => {
    const intent = read(`chatbot for 40 clerks, ${words}`);
    expect(intent.budget_usd_per_month).toBeNull();
    expect(intent.question).toContain(`given in ${code}`);
    expect(intent.question).toContain('US dollars');
  });

  it('is not asked for when a budget in dollars is said too', () => {
    const intent = read(
      'chatbot for 40 clerks, budget $3,000 a month; the old vendor billed 40000 kronor a month',
    );
    expect(intent.budget_usd_per_month).toBe(3000);
    expect(intent.question).toBeNull();
  });

  it('reads the franc, near par, as dollars with a note, like the euro', () => {
    const intent = read('chatbot for 40 clerks, budget CHF 4,000 per month');
    expect(intent.budget_usd_per_month).toBe(4000);
    expect(intent.assumptions).toContain(
      'CHF read as US dollars (no exchange rate applied)',
    );
  });

  it('rejects an amount that is not above zero, as a budget in dollars is', () => {
    expect(() =>
      read('chatbot for 40 clerks, budget -40 000 SEK a month'),
    ).toThrow(/must be greater than zero/);
  });

  it('does not take a currency word outside talk of money', () => {
    expect(
      read('chatbot for 40 clerks in 3 offices; 500 yen coins in the jar')
        .question,
    ).toBeNull();
  });
});
