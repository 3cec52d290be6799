/**
 * A follow-up that moves a number by an amount: "raise the budget by 2k", "cut the budget by
 * $500", "add 300 users", "increase the users by 20 %". The amount is added to (or taken from) the
 * value so far; a percentage scales it.
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { Spans } from './signals';

export type IncrementableField = 'users' | 'budget_usd_per_month';

export interface Increment {
  field: IncrementableField;
  /** Added to the value so far (negative to lower it)... */
  delta?: number;
  /** ...or the factor it is multiplied by ("by 20 %"). */
  factor?: number;
  text: string;
}

const UP = 'raise|increase|bump|up|lift|boost|grow|extend|expand|add to';
const DOWN = 'lower|reduce|decrease|cut|drop|trim|shrink|take|bring down';
/** What the words name: the budget, or the users. */
const FIELD_WORDS =
  '(?<budget>budget|spend|spending|cap|monthly budget)|(?<users>users|user count|number of users|headcount|seats)';

/** "raise the budget by 2k", "cut our budget by $500", "increase users by 20%". */
const BY_RE = new RegExp(
  `\\b(?<verb>${UP}|${DOWN})\\s(?:the\\s|our\\s|my\\s)?(?:${FIELD_WORDS})\\s(?:up\\s|down\\s)?by\\s(?:another\\s|about\\s|around\\s)?(?<cur>\\$|usd\\s)?(?<num>${N})(?<pct>\\s?(?:%|percent))?`,
);
/** "add 2k to the budget", "add another 300 users", "take $500 off the budget". */
const ADD_RE = new RegExp(
  `\\b(?<verb>add|take)\\s(?:another\\s|an extra\\s|about\\s|around\\s)?(?<cur>\\$|usd\\s)?(?<num>${N})\\s?(?:(?:more\\s|extra\\s)?(?<users>users|seats)\\b|(?:to|off|from)\\s(?:the\\s|our\\s)?(?<budget>budget|spend|cap)\\b)`,
);

/** The increment a follow-up states, taking its words so no other reader counts the number. */
export function readIncrement(
  text: string,
  spans: Spans,
): Increment | undefined {
  const m = BY_RE.exec(text) ?? ADD_RE.exec(text);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const field: IncrementableField = g.users ? 'users' : 'budget_usd_per_month';
  const amount = parseNumberToken(g.num);
  if (!(amount > 0)) return undefined;
  spans.take(m.index, m.index + m[0].length);
  const down = new RegExp(`^(?:${DOWN})$`).test(g.verb);
  if (g.pct) {
    const share = amount / 100;
    return {
      field,
      factor: down ? 1 - share : 1 + share,
      text: m[0],
    };
  }
  return { field, delta: down ? -amount : amount, text: m[0] };
}
