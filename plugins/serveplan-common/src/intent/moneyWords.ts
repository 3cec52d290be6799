/**
 * The words of money, as tables: the periods a budget is given for (with how many of each make a
 * month) and the currency words and signs (with the thousands some of them carry: "10 grand").
 * budget.ts builds its patterns from these tables, so a new word is one row, not a new pattern.
 */

/** The period a budget is stated for, by its canonical name. */
export type BudgetPeriod =
  | 'hour'
  | 'day'
  | 'week'
  | 'fortnight'
  | 'month'
  | 'quarter'
  | 'year';

/** Hours in a month, as everywhere in the engine and the labels (a month = 730 h). */
const HOURS_PER_MONTH = 730;

/** How many of each period make a month: a budget per period × this = per month. */
export const PERIODS_PER_MONTH: Record<BudgetPeriod, number> = {
  hour: HOURS_PER_MONTH,
  day: HOURS_PER_MONTH / 24,
  week: HOURS_PER_MONTH / (7 * 24),
  fortnight: HOURS_PER_MONTH / (14 * 24),
  month: 1,
  quarter: 1 / 3,
  year: 1 / 12,
};

/** Nouns written after "per", "a", "/" or "each": "per annum", "/mo", "a quarter". */
export const PERIOD_NOUNS: Record<string, BudgetPeriod> = {
  hour: 'hour',
  hr: 'hour',
  h: 'hour',
  day: 'day',
  week: 'week',
  wk: 'week',
  fortnight: 'fortnight',
  month: 'month',
  mo: 'month',
  mth: 'month',
  quarter: 'quarter',
  qtr: 'quarter',
  year: 'year',
  yr: 'year',
  annum: 'year',
};

/** Adjectives and adverbs: "monthly", "a quarterly budget", "36k annually". */
export const PERIOD_ADJECTIVES: Record<string, BudgetPeriod> = {
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  fortnightly: 'fortnight',
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'year',
  annually: 'year',
  yearly: 'year',
};

/** The period a noun or adjective names. */
export function periodOf(word: string): BudgetPeriod | undefined {
  const w = word.toLowerCase();
  return PERIOD_NOUNS[w] ?? PERIOD_ADJECTIVES[w];
}

export type CurrencyCode = 'USD' | 'EUR' | 'GBP' | 'CHF';

interface CurrencyWord {
  code: CurrencyCode;
  /** "grand" and "k$" carry thousands: "10 grand" is 10,000. */
  scale?: number;
}

/** Signs and codes written before an amount: "$3k", "EUR 2,000", "£500". */
export const CURRENCY_BEFORE: Record<string, CurrencyWord> = {
  $: { code: 'USD' },
  us$: { code: 'USD' },
  usd: { code: 'USD' },
  '€': { code: 'EUR' },
  eur: { code: 'EUR' },
  '£': { code: 'GBP' },
  gbp: { code: 'GBP' },
  chf: { code: 'CHF' },
};

/** Signs, codes and words written after an amount: "3k USD", "2k euros", "10 grand", "500 quid". */
export const CURRENCY_AFTER: Record<string, CurrencyWord> = {
  $: { code: 'USD' },
  // "90 000 $ US", "5k $US", "2k US$": the dollar marked as the US one, as Canadians write it
  '$ us': { code: 'USD' },
  $us: { code: 'USD' },
  us$: { code: 'USD' },
  usd: { code: 'USD' },
  dollar: { code: 'USD' },
  dollars: { code: 'USD' },
  buck: { code: 'USD' },
  bucks: { code: 'USD' },
  k$: { code: 'USD', scale: 1000 },
  grand: { code: 'USD', scale: 1000 },
  '€': { code: 'EUR' },
  eur: { code: 'EUR' },
  euro: { code: 'EUR' },
  euros: { code: 'EUR' },
  'k€': { code: 'EUR', scale: 1000 },
  '£': { code: 'GBP' },
  gbp: { code: 'GBP' },
  pound: { code: 'GBP' },
  pounds: { code: 'GBP' },
  quid: { code: 'GBP' },
  chf: { code: 'CHF' },
};

/** The currency a written sign or word stands for (before or after the amount). */
export function currencyOf(word: string): CurrencyWord | undefined {
  const w = word.toLowerCase();
  return CURRENCY_AFTER[w] ?? CURRENCY_BEFORE[w];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A regex alternation of a table's words, longest first so "mth" is not read as "m". */
export function alternation(words: Record<string, unknown>): string {
  return Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}
