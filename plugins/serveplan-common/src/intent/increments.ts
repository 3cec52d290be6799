/**
 * A follow-up that moves a number by an amount: "raise the budget by 2k", "cut the budget by
 * $500", "add 300 users", "increase the users by 20 %". The amount is added to (or taken from) the
 * value so far; a percentage scales it, and so do "in half" and "doubled" ("the annual budget got
 * cut in half", "halve the budget", "our user count has doubled"), whatever period the budget was
 * said for: half of a yearly budget is half of its monthly share.
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

/** What a budget or a count of users is called, with the period a budget is said for. */
const BUDGET_WORDS =
  '(?:(?:monthly|annual|yearly|quarterly|overall|total)\\s)?(?:budget|spend|spending|cap)';
const USERS_WORDS = '(?:users|user count|number of users|headcount|seats)';
/** "in half", "doubled": the factor each says. */
const FACTOR_WORDS: Record<string, number> = {
  half: 0.5,
  halved: 0.5,
  doubled: 2,
  tripled: 3,
  quadrupled: 4,
  halve: 0.5,
  double: 2,
  triple: 3,
  quadruple: 4,
};
/** Auxiliaries and adverbs between the noun and a verb in the past: "has just been", "got". */
const AUXILIARIES =
  '(?:(?:has|have|had|got|gets|was|were|is|are|will|been|be|being|just|now|already|also|effectively)\\s){0,3}';
/** "doubled to $6k" says the new amount, which the budget reader reads: no factor then. */
const NO_AMOUNT_AFTER = '(?!,?\\s(?:to|from|at)\\s)';
/**
 * A factor said of the budget or the users: "the annual budget got cut in half", "the budget was
 * halved", "our user count has doubled", "halve the budget", "cut the budget in half". "Double
 * the users" is read by ruleBasedIntent.ts's scale phrases, so a verb before the users is not.
 */
const FACTOR_RES = [
  new RegExp(
    `\\b(?:(?<budget>${BUDGET_WORDS})|(?<users>${USERS_WORDS}))\\s${AUXILIARIES}(?:(?:cut|slashed|reduced|chopped)\\s(?:in|by)\\s(?<factor>half)|(?<factor2>halved|doubled|tripled|quadrupled))\\b${NO_AMOUNT_AFTER}`,
  ),
  new RegExp(
    `\\b(?:(?<factor>halve|double|triple|quadruple)\\s(?:the\\s|our\\s|my\\s)?(?<budget>${BUDGET_WORDS})|(?:cut|slash|reduce|chop)\\s(?:the\\s|our\\s|my\\s)?(?<budget2>${BUDGET_WORDS})\\s(?:in|by)\\s(?<factor2>half))\\b${NO_AMOUNT_AFTER}`,
  ),
];

/** A factor a follow-up says of the budget or the users ("cut in half"), taking its words. */
function readFactor(text: string, spans: Spans): Increment | undefined {
  for (const re of FACTOR_RES) {
    const m = re.exec(text);
    if (!m?.groups) continue;
    const g = m.groups;
    const factor = FACTOR_WORDS[g.factor ?? g.factor2];
    if (!factor) continue;
    spans.take(m.index, m.index + m[0].length);
    return {
      field: g.users ? 'users' : 'budget_usd_per_month',
      factor,
      text: m[0],
    };
  }
  return undefined;
}

/** The increment a follow-up states, taking its words so no other reader counts the number. */
export function readIncrement(
  text: string,
  spans: Spans,
): Increment | undefined {
  const m = BY_RE.exec(text) ?? ADD_RE.exec(text);
  if (!m) return readFactor(text, spans);
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
