/**
 * A follow-up that corrects only the period of the amount said before: "sorry, I meant per
 * minute", "make that per second", "per day, not per hour". The count stays and is now over the
 * new period: "200 requests per hour", then "I meant per minute", is 200 a minute. So the value so
 * far (a rate or a budget, both kept per period) is scaled by the old period over the new one.
 * The old period is the one the follow-up names ("not per hour"), else the last period said after
 * a count in the earlier messages. A follow-up that repeats the count said before and gives it
 * another period ("Correction: 18,000 is per minute", "the 40k was per day") restates that
 * count's period too. A follow-up with a count of its own ("I meant 50 per minute") is a new
 * rate, read by rates.ts.
 */
import { NUMBER_SOURCE as N, parseNumberToken, periodSeconds } from './numbers';
import { AVERAGE, PEAK } from './rates';

/** A period in words, as said after "per". */
const PERIOD_WORD = 'second|sec|minute|min|hour|hr|day|week|month|quarter|year';
/** "per minute" and not "per minute of audio" or "per minute per user". */
const NOT_OF_SOMETHING = '(?!\\s(?:of|per)\\b)';

/** "I meant per minute", "make that per second", "sorry, per day": a restatement word, then the period. */
const RESTATED_PERIOD_RE = new RegExp(
  `\\b(?:i meant|i mean|i should have said|(?:it|that) should (?:be|say|read)|make (?:it|that)|change (?:it|that) to|sorry,?|actually,?|oops,?|correction:?)\\s(?:(?:it's|it is|that's|that is)\\s)?(?:actually\\s)?per\\s(?<to>${PERIOD_WORD})\\b${NOT_OF_SOMETHING}`,
);
/** "per minute, not per hour", "per day rather than a week", "not per hour but per minute". */
const SWAPPED_PERIOD_RE = new RegExp(
  `\\bper\\s(?<to>${PERIOD_WORD})\\b,?\\s(?:not|rather than|instead of)\\s(?:per\\s|an?\\s|every\\s)?(?<from>${PERIOD_WORD})\\b|\\bnot\\s(?:per\\s|an?\\s|every\\s)?(?<from2>${PERIOD_WORD}),?\\s(?:but\\s)?per\\s(?<to2>${PERIOD_WORD})\\b${NOT_OF_SOMETHING}`,
);

/**
 * A count, then "is"/"was" and a period: "18,000 is per minute", "the 40k was per day", "that
 * 300 figure is actually per hour". Up to two words may name what it counts.
 */
const COUNT_RESTATED_RE = new RegExp(
  `(?<num>${N})(?:\\s(?!(?:is|are|was|were)\\b)[a-z-]+){0,2}?\\s(?:is|are|was|were)\\s(?:(?:actually|really|in fact|meant to be)\\s)?per\\s(?<to>${PERIOD_WORD})\\b${NOT_OF_SOMETHING}`,
);

/** Rate units that hold their period: "40 rps", "300 rpm". */
const SHORT_UNIT: Record<string, string> = {
  rps: 'second',
  qps: 'second',
  rpm: 'minute',
  rph: 'hour',
  rpd: 'day',
};
/**
 * A count with its period: "200 requests per hour", "5k a day", "$40 per day", "300 rpm". The
 * noun between them is at most three words; money is marked by its sign or word.
 */
const COUNT_PER_PERIOD_RE = new RegExp(
  `(?<money>[$€£]\\s?)?(?<count>\\d[\\d,.]*(?:\\s?(?:k|m|million|thousand))?)(?<moneyWord>\\s?(?:usd|eur|gbp|dollars|euros|pounds|bucks))?(?:\\s[a-z-]+){0,3}?(?:\\s?/\\s?|\\s(?:per|an?|each|every)\\s)(?<period>${PERIOD_WORD}|s|h|d|wk|mo|yr)\\b|(?<count2>\\d[\\d,.]*(?:\\s?k)?)\\s?(?<short>rps|qps|rpm|rph|rpd)\\b`,
  'g',
);

export interface PeriodRestatement {
  /** What the amount restated is: a count of requests or an amount of money. */
  of: 'count' | 'money';
  /** The new value over the old one: the old period's seconds over the new one's. */
  factor: number;
  /** Peak or average, when the follow-up says it beside the period ("per minute, at peak"). */
  basis?: 'peak' | 'average';
  from: string;
  to: string;
  text: string;
}

/**
 * A word of money a few words before a bare count, which makes the count an amount of money
 * although it has no sign: "budget is roughly 15k a year", "we can spend maybe 2,000 a month".
 */
const MONEY_WORD_BEFORE =
  /\b(?:budget(?:ed)?|spend(?:ing)?|cost(?:s|ing)?|pay(?:ing)?|afford)\b(?:\s[a-z']+){0,3}\s$/;

/**
 * The last count said with a period in `messages` (the last one of `value`, when given): its
 * period and whether it is money.
 */
function lastPeriodSaid(
  messages: readonly string[],
  value?: number,
): { period: string; money: boolean } | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const found = [...messages[i].toLowerCase().matchAll(COUNT_PER_PERIOD_RE)]
      .filter(
        f =>
          value === undefined ||
          parseNumberToken(f.groups!.count ?? f.groups!.count2) === value,
      )
      .pop();
    if (!found?.groups) continue;
    const g = found.groups;
    const before = messages[i]
      .toLowerCase()
      .slice(Math.max(0, (found.index ?? 0) - 40), found.index);
    return {
      period: g.short ? SHORT_UNIT[g.short] : g.period,
      money: Boolean(
        g.money || g.moneyWord || (!g.short && MONEY_WORD_BEFORE.test(before)),
      ),
    };
  }
  return undefined;
}

/** The sentence of `text` around offset `at`. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(
    0,
    ...[...text.slice(0, at).matchAll(/[.!?](?=\s)|\n/g)].map(
      m => (m.index ?? 0) + 1,
    ),
  );
  const rest = text.slice(at).search(/[.!?](?=\s|$)|\n/);
  return text.slice(start, rest < 0 ? undefined : at + rest);
}

/**
 * The period restatement in `followUp`, when it corrects the period of a count said before
 * (`earlierMessages`, the conversation before it) to a different one.
 */
export function readPeriodRestatement(
  followUp: string,
  earlierMessages: readonly string[],
): PeriodRestatement | undefined {
  const text = followUp.toLowerCase();
  const swapped = SWAPPED_PERIOD_RE.exec(text);
  const restated = swapped ? undefined : RESTATED_PERIOD_RE.exec(text);
  const countRestated =
    swapped || restated ? undefined : COUNT_RESTATED_RE.exec(text);
  const m = swapped ?? restated ?? countRestated;
  if (!m?.groups) return undefined;
  const to = m.groups.to ?? m.groups.to2;
  // "18,000 is per minute" restates the period of the 18,000 said before, and of nothing else
  const earlier = lastPeriodSaid(
    earlierMessages,
    countRestated ? parseNumberToken(m.groups.num) : undefined,
  );
  if (!earlier) return undefined;
  const from = m.groups.from ?? m.groups.from2 ?? earlier.period;
  const fromSeconds = periodSeconds(from);
  const toSeconds = periodSeconds(to);
  if (!fromSeconds || !toSeconds || fromSeconds === toSeconds) return undefined;
  const sentence = sentenceAt(text, m.index);
  let basis: PeriodRestatement['basis'];
  if (PEAK.test(sentence) && !AVERAGE.test(sentence)) basis = 'peak';
  else if (AVERAGE.test(sentence) && !PEAK.test(sentence)) basis = 'average';
  return {
    of: earlier.money ? 'money' : 'count',
    factor: fromSeconds / toSeconds,
    basis,
    from,
    to,
    text: m[0],
  };
}
