import { extractIntent } from './ruleBasedIntent';
import { intentFromConversation } from './conversation';
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

describe('budget as a topic, with a hedge before the amount', () => {
  it.each([
    ["RAG for 90 analysts. Budget... let's say under 7k/month.", 7000],
    ['RAG for 90 analysts. Budget: maybe 4k a month', 4000],
    ['RAG for 90 analysts. Budget… probably 2k', 2000],
  ])('%s', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBe(monthly);
  });

  it('does not read the next fact after "budget," as money', () => {
    expect(
      read('budget, 8 L40S cards, chatbot for 50 people').budget_usd_per_month,
    ).toBeNull();
  });
});

describe('a budget for one year said as "1 yr" or "one-year"', () => {
  it.each([
    ['translation for 40 people, 1 yr budget 24000 usd', 2000],
    ['translation for 40 people, a one-year budget of $36k', 3000],
  ])('%s', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBe(monthly);
  });

  it('keeps a budget with no period monthly', () => {
    expect(
      read('translation for 40 people, budget 2400 usd').budget_usd_per_month,
    ).toBe(2400);
  });
});

describe('an amount said to be separate from this request', () => {
  it.each([
    [
      'Our CDN runs about £25k/month, which is a separate matter; for the summariser we can put in $3k a month',
      3000,
    ],
    [
      'the data warehouse costs $40k a year - that is unrelated. For this chatbot we have $1.5k per month',
      1500,
    ],
    [
      'we pay $12k monthly for storage, which has nothing to do with this; the assistant gets $2k a month',
      2000,
    ],
  ])('%s', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBe(monthly);
  });

  it('reads no budget when the only amount is set apart', () => {
    expect(
      read(
        'support bot for 300 staff; our ERP licence is $9k/month, which is separate',
      ).budget_usd_per_month,
    ).toBeNull();
  });

  it('keeps an amount that is separate from something else, or set aside for this', () => {
    expect(
      read('we have $6k a month, which is separate from the hosting bill')
        .budget_usd_per_month,
    ).toBe(6000);
    expect(
      read(
        'code assistant for 50 devs, $4k/month which is a separate budget for the pilot',
      ).budget_usd_per_month,
    ).toBe(4000);
  });
});

describe('an amount given for a whole period', () => {
  it.each([
    [
      'support bot for 300 agents; there is €60,000 over the entire year for compute',
      5000,
    ],
    [
      'policy assistant for 80 nurses, we have $9,000 for the full quarter',
      3000,
    ],
    ['policy assistant for 80 nurses, $24k for this fiscal year', 2000],
    [
      'a permit helper for the city office; the line item is $4,800 for the entire financial year',
      400,
    ],
    [
      'a permit helper for the city office, costing $1,500 over the whole coming quarter',
      500,
    ],
  ])('%s → %d a month', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBeCloseTo(monthly, 2);
  });

  it('reads no budget from a count over a whole year', () => {
    expect(
      read('RAG for 300 lawyers; we indexed 24k filings for the whole year')
        .budget_usd_per_month,
    ).toBeNull();
  });

  it('reads no budget from a count over a whole fiscal year', () => {
    expect(
      read(
        'RAG for 300 lawyers; we indexed 24k filings for the whole fiscal year',
      ).budget_usd_per_month,
    ).toBeNull();
  });
});

describe('a floor of the budget above its ceiling', () => {
  it('asks which budget is meant', () => {
    const intent = read(
      'translation service for 900 staff. Our spend must be no less than €12k a month but has to stay under €3k a month.',
    );
    expect(intent.question).toMatch(/cannot both hold/);
    expect(intent.question).toMatch(/\$12,000.*\$3,000/);
  });

  it('asks nothing of a floor below its ceiling, an ordinary range', () => {
    const intent = read(
      'chatbot for 400 staff, the budget is at least $2k a month and at most $6k a month',
    );
    expect(intent.question ?? '').not.toMatch(/cannot both hold/);
  });
});

describe('a fraction of a scale word as the amount', () => {
  it.each([
    [
      'a legal search tool, we can spend a quarter of a million dollars a year',
      250_000 / 12,
    ],
    [
      'a legal search tool; budget: three quarters of a million dollars annually',
      750_000 / 12,
    ],
    [
      'a legal search tool with a budget of a half million dollars per year',
      500_000 / 12,
    ],
  ])('%s', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBeCloseTo(monthly, 1);
  });

  it('keeps a quarter that is the period of the amount', () => {
    // "per quarter" names the period: a million dollars every three months
    expect(
      read('a legal search tool, budget per quarter a million dollars')
        .budget_usd_per_month,
    ).toBeCloseTo(1_000_000 / 3, 0);
  });
});

describe('an amount dismissed right after it', () => {
  it.each([
    [
      'a chatbot for 300 staff. Last year we had $4,000 set aside (ignore that, it lapsed); we now have $2,500 a month',
      2500,
    ],
    [
      'a chatbot for 300 staff, budget $900 a month - scratch that, $1,100 a month',
      1100,
    ],
    [
      'a chatbot for 300 staff. An old cost center shows 6k per month, disregard it. Real cap: $3k per month',
      3000,
    ],
  ])('%s → %d', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBeCloseTo(monthly, 2);
  });

  it('keeps an amount when something else is dismissed, or the dismissal is denied', () => {
    expect(
      read(
        'a chatbot for 300 staff with $2,000 a month; ignore that the old pilot was slow',
      ).budget_usd_per_month,
    ).toBe(2000);
    expect(
      read("a chatbot for 300 staff, $2,000 a month, don't ignore that")
        .budget_usd_per_month,
    ).toBe(2000);
  });
});

describe('money written the European way, and an allocation', () => {
  it.each([
    ['a helpdesk bot for 400 agents, budget is 12.000 EUR a month', 12000],
    ['a helpdesk bot for 400 agents, at most 2.500 dollars monthly', 2500],
    ['a helpdesk bot for 400 agents; the yearly allocation is $48,000', 4000],
    ['a helpdesk bot for 400 agents, an allocation of $7k per month', 7000],
  ])('%s → %d a month', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBeCloseTo(monthly, 2);
  });

  it('keeps cents and scaled decimals as decimals', () => {
    expect(
      read('a helpdesk bot for 400 agents, budget $1.250k a month')
        .budget_usd_per_month,
    ).toBeCloseTo(1250, 2);
    expect(
      read('a helpdesk bot for 400 agents, budget $2500.50 a month')
        .budget_usd_per_month,
    ).toBeCloseTo(2500.5, 2);
  });

  it('reads no budget from an allocation of something else', () => {
    expect(
      read('a helpdesk bot for 400 agents; the GPU allocation is 4 cards')
        .budget_usd_per_month,
    ).toBeNull();
  });
});

describe('a dash before a currency', () => {
  it.each([
    ['FAQ bot for 70 nurses. Money is short - €900 a month at most', 900],
    ['FAQ bot for 70 nurses, spending is capped — $1,200 monthly', 1200],
  ])('reads a spaced dash after a word as punctuation: %s', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBe(monthly);
  });

  it.each([
    'FAQ bot for 70 nurses, a budget of -$900 a month',
    'FAQ bot for 70 nurses, budget: - $900 a month',
  ])('still rejects a minus sign: %s', text => {
    expect(() => read(text)).toThrow(/greater than zero/);
  });
});

describe('a budget taken back in a later turn', () => {
  const turns = (last: string) =>
    intentFromConversation(
      ['Triage bot for 200 support agents.', 'Budget is $12k a month.', last],
      { knowledgeBase },
    ).intent;

  it.each([
    'Ditch the spending limit, the board will pay what it costs.',
    'Update: the budget cap has been lifted.',
  ])('clears the budget: %s', last => {
    expect(turns(last).budget_usd_per_month).toBeNull();
  });

  it.each([
    "We can't lift the budget cap, sorry.",
    'Scratch the GPU limit, any card works.',
  ])('keeps the budget: %s', last => {
    expect(turns(last).budget_usd_per_month).toBe(12000);
  });
});

describe('a budget taken back and replaced in the same turn', () => {
  it('reads the new amount', () => {
    const { intent } = intentFromConversation(
      [
        'Triage bot for 200 support agents.',
        'Budget is $12k a month.',
        'Ditch that budget, the CFO now says €9k per month.',
      ],
      { knowledgeBase },
    );
    expect(intent.budget_usd_per_month).toBe(9000);
  });
});

describe('a grant or funding for a period', () => {
  it.each([
    [
      'a tutoring bot for 300 pupils; the school won a €6,000 grant for the year',
      500,
    ],
    ['a tutoring bot for 300 pupils, paid by a $9k grant per quarter', 3000],
    ['a tutoring bot for 300 pupils, backed by $24,000 funding per year', 2000],
  ])('%s → %d a month', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBeCloseTo(monthly, 2);
  });

  it.each([
    [
      'a tutoring bot for 300 pupils; the trust gives €4,800 for 4 months',
      1200,
    ],
    [
      'a tutoring bot for 300 pupils, with $9,000 over the next 3 quarters',
      1000,
    ],
    [
      'a tutoring bot for 300 pupils. We have $1,800 of GPU time for the year',
      150,
    ],
    ['a tutoring bot for 300 pupils; $7,200 in cloud credits for 2 years', 300],
    [
      'a tutoring bot for 300 pupils. Funding is 90 thousand euros for 1 year',
      7500,
    ],
  ])(
    'spreads a sum over the periods it is given for: %s → %d',
    (text, monthly) => {
      expect(read(text).budget_usd_per_month).toBeCloseTo(monthly, 2);
    },
  );

  it('keeps a monthly amount said for a number of months', () => {
    expect(
      read('a tutoring bot for 300 pupils; budget $2,000 a month for 6 months')
        .budget_usd_per_month,
    ).toBe(2000);
  });

  it('does not spread a sum over something other than weeks to years', () => {
    expect(
      read('a tutoring bot for 300 pupils; we have $4,000 for 8 GPUs')
        .budget_usd_per_month,
    ).not.toBe(500);
    expect(
      read('a tutoring bot for 300 pupils; budget $900 for 3 days of testing')
        .budget_usd_per_month,
    ).not.toBeCloseTo(900 * (730 / 72), 0);
  });

  it('gives a grant for something other than a period no period', () => {
    const intent = read(
      'a tutoring bot for 300 pupils; we got a $6,000 grant for the pilot, and can spend $800 a month',
    );
    expect(intent.budget_usd_per_month).toBe(800);
  });
});

describe('what something cost is no budget', () => {
  it('reads the budget over the price of a past loss', () => {
    expect(
      read(
        'claims triage agent. A flood claim mispriced in 2023 cost the company $350k. We can spend 48 000 $ US a year.',
      ).budget_usd_per_month,
    ).toBe(4000);
  });

  it('keeps a limit said with "cost"', () => {
    expect(
      read('claims triage agent; it must not cost us more than $2,500 a month')
        .budget_usd_per_month,
    ).toBe(2500);
  });

  it('reads "$US" after an amount as US dollars', () => {
    expect(
      read('claims triage agent, budget of 6 000 $US monthly')
        .budget_usd_per_month,
    ).toBe(6000);
  });
});

describe('a period before the amount, money raised, a rent and a correction', () => {
  it('reads "the budget for the whole year is $48,000" as $4,000 a month', () => {
    expect(
      read(
        'an intranet search assistant for 900 staff. The budget for the whole year is $48,000.',
      ).budget_usd_per_month,
    ).toBeCloseTo(4000, 2);
  });

  it('reads no year from a period said of the users', () => {
    expect(
      read(
        'an intranet search assistant for 900 staff a year, with a budget of $3,000',
      ).budget_usd_per_month,
    ).toBe(3000);
  });

  it('skips money raised and a rent charged to us for the budget after them', () => {
    expect(
      read(
        'we raised a modest $2m seed and our office landlord charges us $1,200 a month, but inference can take at most $5k a month; a summariser for 40 analysts',
      ).budget_usd_per_month,
    ).toBe(5000);
  });

  it('keeps an amount we may spend a month, said alone', () => {
    expect(
      read('a summariser for 40 analysts, we want to spend $2k a month')
        .budget_usd_per_month,
    ).toBe(2000);
  });

  it('takes a correction right after the amount, in its period', () => {
    expect(
      read(
        'a summariser for 40 analysts. We can spend $3k a month. Wait, make it $4k.',
      ).budget_usd_per_month,
    ).toBe(4000);
    expect(
      read(
        'a summariser for 40 analysts. We can spend $24k a year. Actually make that $36k.',
      ).budget_usd_per_month,
    ).toBe(3000);
  });

  it('keeps the first amount when the second is no correction', () => {
    expect(
      read(
        'a summariser for 40 analysts. We can spend $3k a month; the old tool was $4k.',
      ).budget_usd_per_month,
    ).toBe(3000);
  });
});

describe('"for month" said as "per month"', () => {
  it('reads "1800 dollars for month"', () => {
    expect(
      read(
        'a translation helper for our support team. The money we have is 1800 dollars for month.',
      ).budget_usd_per_month,
    ).toBe(1800);
  });

  it('reads no period from "for months" or "for month-end"', () => {
    expect(
      read(
        'a translation helper for our support team, a budget of $1,800 for month-end reports',
      ).budget_usd_per_month,
    ).toBe(1800);
  });
});

describe('"a grand" as an amount', () => {
  it('is a thousand dollars before a period or at the end of a clause, not in "a grand total"', () => {
    const budget = (text: string) =>
      extractIntent(text, { knowledgeBase }).budget_usd_per_month;
    expect(budget('chatbot for 40 staff, budget under a grand a month')).toBe(
      1000,
    );
    expect(budget('chatbot for 40 staff, we can spend a grand tops')).toBe(
      1000,
    );
    expect(
      budget('chatbot for 40 staff; last year a grand total of 12 tickets'),
    ).toBeNull();
  });
});

describe('budgets labelled, capped after the amount, or given for a first year', () => {
  it('reads an amount for the first year as yearly', () => {
    expect(
      read(
        'chatbot for 50 users; we set aside $60,000 for the first year of the pilot',
      ).budget_usd_per_month,
    ).toBe(5000);
  });

  it('reads a budget named before a colon that ends its clause', () => {
    expect(
      read('RAG for 30 users. Yearly cloud allowance for the team: $48,000.')
        .budget_usd_per_month,
    ).toBe(4000);
  });

  it('reads an amount with a period and the name of a cap after it', () => {
    expect(read('code gen for 20 devs, 1.8k/mo cap').budget_usd_per_month).toBe(
      1800,
    );
    // a rate of requests is no budget
    expect(
      read('code gen for 20 devs, 300/mo requests').budget_usd_per_month,
    ).toBeNull();
  });
});

describe('an amount dismissed, then corrected', () => {
  it('reads "call it $X" after an amount called unrealistic', () => {
    expect(
      read(
        'chat for 300 members. $200 a month is probably fantasy - call it $650.',
      ).budget_usd_per_month,
    ).toBe(650);
  });
});

describe('a budget named as the subject, with no currency', () => {
  it('reads the amount as money, not as a rate', () => {
    const intent = extractIntent(
      'class summaries. the budget we have been given is "under 36k a year".',
    );
    expect(intent.budget_usd_per_month).toBe(3000);
    expect(intent.requests_per_s).toBeNull();
  });
});

describe('a yearly period written with "by", or after what it is for', () => {
  it.each([
    [
      'A helpdesk bot for 40 clerks. Our budget is 12 thousand dollars by year.',
      1000,
    ],
    [
      'A helpdesk bot for 40 clerks; the board gave $9,600 for it for the full year.',
      800,
    ],
  ])('%s → %d a month', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBeCloseTo(monthly, 2);
  });

  it('reads no period from "by year end"', () => {
    expect(
      read('A helpdesk bot for 40 clerks, budget $2,000 by year end.')
        .budget_usd_per_month,
    ).toBe(2000);
  });
});

describe('a bare amount put in place of the budget just read', () => {
  it('replaces it in the same period ("call it 20k")', () => {
    expect(
      read(
        'Claims triage for 200 adjusters. Budget 7-9k/month USD, call it 8k.',
      ).budget_usd_per_month,
    ).toBe(8000);
  });

  it('reads a number with thousands separators whole, or not at all', () => {
    expect(
      read(
        'Claims triage for 200 adjusters. Our budget is $700 a month - make it 1,200.',
      ).budget_usd_per_month,
    ).toBe(1200);
    expect(
      read(
        'Claims triage for 200 adjusters. Our budget is $700 a month - make it 1,200 to be safe.',
      ).budget_usd_per_month,
    ).toBe(700);
  });

  it('reads nothing when no budget stands just before it', () => {
    expect(
      read(
        'Claims triage for 200 adjusters, call it 300. We can spend $5k a month.',
      ).budget_usd_per_month,
    ).toBe(5000);
    expect(
      read(
        'Claims triage for 200 adjusters. We can spend $5k a month. Peak load, call it 300.',
      ).budget_usd_per_month,
    ).toBe(5000);
  });
});
