/**
 * Budgets in currencies far from the US dollar: "40 000 kronor i månaden", "¥500,000 a month",
 * "R$ 20 mil por mês", "60 tys. zł rocznie". serveplan plans in US dollars and keeps no exchange
 * rates, so such an amount is neither read at par (which would be ten or a hundred times off) nor
 * dropped: it becomes the clarifying question, naming the amount as written. The euro, the pound
 * and the Swiss franc are near enough to par that budget.ts reads them as dollars with a note.
 */
import { checkPositive, QuantityContext } from './quantityReading';
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { SignalProblem } from './signals';
import { sentenceAround } from './text';

/** Codes, signs and words of currencies read by no rate, with the code a question names. */
const CURRENCIES: Array<{ code: string; words: string }> = [
  { code: 'SEK', words: 'sek|kronor|svenska kronor' },
  { code: 'NOK', words: 'nok|norske kroner' },
  { code: 'DKK', words: 'dkk|danske kroner' },
  { code: 'ISK', words: 'isk|krónur' },
  { code: 'JPY', words: 'jpy|yen|¥|円' },
  { code: 'CNY', words: 'cny|rmb|yuan|元' },
  { code: 'KRW', words: 'krw|₩' },
  { code: 'INR', words: 'inr|rupees|₹|rs\\.?' },
  { code: 'BRL', words: 'brl|reais|r\\$' },
  { code: 'MXN', words: 'mxn|pesos mexicanos' },
  { code: 'ARS', words: 'ars|pesos argentinos' },
  { code: 'PLN', words: 'pln|zł|złotych|zlotys?' },
  { code: 'CZK', words: 'czk|korun' },
  { code: 'HUF', words: 'huf|forint' },
  { code: 'TRY', words: 'lira|₺' },
  { code: 'ZAR', words: 'zar' },
  { code: 'CAD', words: 'cad|c\\$|ca\\$' },
  { code: 'AUD', words: 'aud|a\\$|au\\$' },
  { code: 'NZD', words: 'nzd|nz\\$' },
  { code: 'SGD', words: 'sgd|s\\$' },
  { code: 'HKD', words: 'hkd|hk\\$' },
];

const ALTERNATION = CURRENCIES.map(c => `(?:${c.words})`).join('|');
/** Words that make an amount a budget when they stand in its clause. */
const MONEY_CONTEXT =
  /\b(?:budget\w*|spend\w*|pay|paying|afford|cost\w*|price|capped|per\s(?:month|year|quarter)|a\s(?:month|year|quarter)|monthly|yearly|annual\w*|\/\s?(?:mo|month|yr|year))\b|\bi\smånaden\b|\bper\smånad\b|\bom\såret\b/;

/** Thousands grouped with spaces, as most of Europe writes them: "40 000". */
const SPACED = '\\d{1,3}(?: \\d{3})+';
/** "40 000 kronor", "kr 40k", "¥500,000", "R$ 20 mil": the currency before or after the amount. */
const AMOUNT_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?<before>${ALTERNATION})\\s?(?<num>${SPACED}|${N})(?:\\s?(?:mil|thousand|k))?|(?<num2>${SPACED}|${N})(?:\\s?(?:mil|thousand|tys\\.?|k))?\\s?(?<after>${ALTERNATION}))(?![\\p{L}\\d])`,
  'giu',
);

/** A currency word alone, to find where an amount in it may stand. */
const CURRENCY_WORD_RE = new RegExp(
  `(?<![\\p{L}])(?:${ALTERNATION})(?![\\p{L}])`,
  'giu',
);
/** Currency words looked at, at most: a budget is said once or twice, not a thousand times. */
const MAX_CURRENCY_WORDS = 20;

function codeOf(word: string): string | undefined {
  return CURRENCIES.find(c =>
    new RegExp(`^(?:${c.words})$`, 'iu').test(word.trim()),
  )?.code;
}

/**
 * The first budget in `ctx` written in a currency with no rate: its span is taken (so no reader
 * takes the number for dollars or for a count) and the clarifying question asks for it in US
 * dollars. The caller withdraws the question when the text states a budget in dollars too.
 */
export function readUnconvertedBudget(
  ctx: QuantityContext,
): SignalProblem | undefined {
  // the amount is looked for only around a currency word, so text of many numbers and no such
  // word costs one scan (AMOUNT_RE tried at every number is slow on hostile input)
  let tried = 0;
  for (const w of ctx.text.matchAll(CURRENCY_WORD_RE)) {
    if (++tried > MAX_CURRENCY_WORDS) return undefined;
    const from = Math.max(0, (w.index ?? 0) - 40);
    const to = (w.index ?? 0) + w[0].length + 40;
    for (const m of ctx.text.slice(from, to).matchAll(AMOUNT_RE)) {
      const start = from + (m.index ?? 0);
      const end = start + m[0].length;
      if (end <= (w.index ?? 0) || start >= (w.index ?? 0) + w[0].length)
        continue;
      if (ctx.spans.overlaps(start, end)) continue;
      const g = m.groups!;
      const code = codeOf(g.before ?? g.after ?? '');
      if (!code) continue;
      const sentence = sentenceAround(ctx.text, start, end);
      if (!MONEY_CONTEXT.test(sentence.toLowerCase())) continue;
      ctx.spans.take(start, end);
      ctx.signals.recognised++;
      // "-40 000 kronor", "0 yen": rejected as any budget that is not above zero
      const written = (g.num ?? g.num2 ?? '').replace(/ /g, '');
      const magnitude = parseNumberToken(written.replace(/^[-−]/, ''));
      const negative =
        /^[-−]/.test(m[0].trim()) ||
        /[-−]\s?$/.test(ctx.text.slice(Math.max(0, start - 2), start));
      if (
        !checkPositive(
          ctx,
          'budget_usd_per_month',
          negative ? -magnitude : magnitude,
          m[0],
        )
      )
        return undefined;
      const question: SignalProblem = {
        field: 'budget_usd_per_month',
        message: `The budget is given in ${code} ("${m[0].trim()}"); serveplan plans in US dollars and keeps no exchange rates. What is the budget in US dollars, and per month or per year?`,
      };
      ctx.signals.questions.push(question);
      return question;
    }
  }
  return undefined;
}
