/**
 * A follow-up that restates a number without saying what it counts: "make that 2.5k", "change
 * it to 400", "actually 3000". It corrects the number just given, so it applies to the one field
 * of the intent so far whose value it is close to (users, rate, budget or batch size); when
 * several are close, the engine asks which.
 */
import { IntentFields } from './intentSchema';
import { NUMBER_SOURCE as N, parseNumberToken, periodSeconds } from './numbers';
import { Spans } from './signals';

export type RestatableField =
  | 'users'
  | 'requests_per_s'
  | 'budget_usd_per_month'
  | 'batch_requests';

const RESTATABLE: Array<[RestatableField, string]> = [
  ['users', 'users'],
  ['requests_per_s', 'requests per second'],
  ['budget_usd_per_month', 'monthly budget'],
  ['batch_requests', 'batch size'],
];

/**
 * A bare number after "make that", "change it to", "actually", "I meant", "correction:", "more
 * like", "closer to", or "sorry" or "oops" opening the message ("Sorry, 70 - I forgot a team"):
 * nothing after it but the end of the clause (a stop, a comma, "and", a bracket, a dash before a
 * reason: "make that 1,100 - we're adding a team", or a clause of why: "more like 1.3 million
 * once you count the archive"). A comma or a stop followed by a digit is inside the number
 * ("1,100"); a dash before a larger number makes a range ("2 - 3 replicas": RANGE_AFTER).
 */
const RESTATE_LEAD =
  "\\b(?:make (?:that|it)|change (?:that|it) to|correct (?:that|it) to|(?:no,?\\s|sorry,?\\s|oops,?\\s)?(?:actually|i meant|that should be|that's|correction:?|update:?)|(?<=^\\s*)(?:sorry|oops|no)|(?:(?:it'?s|it is|that'?s|the (?:count|number|total) is)\\s)?(?:closer to|more like)),?\\s(?:about\\s|around\\s|~\\s?)?";
/** The end of the clause after a restated number. */
const CLAUSE_END =
  '(?=\\s?(?:[,;.!](?!\\d)|[-–—]\\s|\\(|and\\b|$)|\\s(?:once|when|if|because|since|counting|including|with)\\b)';
const RESTATE_RE = new RegExp(`${RESTATE_LEAD}(?<num>${N})${CLAUSE_END}`, 'i');

/** A percentage restated the same way: "make that 8%", "actually 12 percent". */
const RESTATE_SHARE_RE = new RegExp(
  `${RESTATE_LEAD}(?<num>${N})\\s?(?:%|percent|per\\s?cent)${CLAUSE_END}`,
  'i',
);

/**
 * The share restated in a follow-up ("actually make that 8%, ..."), as a fraction; it corrects
 * the share of active people said before (conversation.ts).
 */
export function readRestatedShare(
  text: string,
): { share: number; text: string } | undefined {
  const m = RESTATE_SHARE_RE.exec(text);
  if (!m?.groups) return undefined;
  const share = parseNumberToken(m.groups.num) / 100;
  return share > 0 && share <= 1 ? { share, text: m[0] } : undefined;
}

/** A dash and a number after the restated one: a range when that number is larger. */
const RANGE_AFTER = new RegExp(`^\\s?[-–—]\\s(?<upper>${N})`);

/**
 * Whether a number comes before `at` in its sentence: "each looks at 10 contracts a day, actually
 * 5" corrects the 10 just said (selfCorrection.ts), not a value of the earlier messages.
 */
function numberEarlierInSentence(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const sentenceStart = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('! '),
    before.lastIndexOf('? '),
    before.lastIndexOf('\n'),
  );
  return /\d/.test(before.slice(sentenceStart + 1));
}

/** The restated number in a follow-up, when no extractor read it as something else. */
export function readRestatedNumber(
  text: string,
  spans: Spans,
): { value: number; text: string } | undefined {
  const m = RESTATE_RE.exec(text);
  if (!m?.groups) return undefined;
  if (numberEarlierInSentence(text, m.index ?? 0)) return undefined;
  const start = (m.index ?? 0) + m[0].lastIndexOf(m.groups.num);
  if (spans.overlaps(start, start + m.groups.num.length)) return undefined;
  const value = parseNumberToken(m.groups.num);
  const upper = RANGE_AFTER.exec(text.slice((m.index ?? 0) + m[0].length))
    ?.groups?.upper;
  if (upper !== undefined && parseNumberToken(upper) > value) return undefined;
  return value > 0 ? { value, text: m[0] } : undefined;
}

/**
 * How many times larger or smaller a restated number may be and still correct a field, widest
 * first: a correction is usually near the value it corrects, so when several fields are within
 * the wide factor, the one (if only one) within the narrow factor is meant: 2.5k after users
 * 500 and a budget of 2,000 corrects the budget.
 */
const CLOSE_FACTORS = [5, 2];

/**
 * The field a restated number corrects: the one set field within CLOSE_FACTORS of it; `ambiguous`
 * lists the labels when several are, `none` when no field is.
 */
export function restatedField<F extends keyof IntentFields = RestatableField>(
  fields: IntentFields,
  value: number,
  candidates: ReadonlyArray<[F, string]> = RESTATABLE as Array<[F, string]>,
): { field: F } | { ambiguous: string[] } | { none: true } {
  let close: Array<[F, string]> = [];
  for (const factor of CLOSE_FACTORS) {
    const within = candidates.filter(([field]) => {
      const current = fields[field];
      if (typeof current !== 'number' || current <= 0) return false;
      const ratio = value / current;
      return ratio <= factor && ratio >= 1 / factor;
    });
    if (within.length === 0) break;
    close = within;
    if (within.length === 1) break;
  }
  if (close.length === 1) return { field: close[0][0] };
  if (close.length > 1) return { ambiguous: close.map(([, label]) => label) };
  return { none: true };
}

/**
 * A restated number with the period it counts over, and nothing else after it: "make that 9,000
 * daily", "actually 250 a week", "change it to 40 per minute". It is the count said before over
 * the same period (people a day, requests a week, dollars a month), with no noun to tell which.
 */
const RESTATE_OVER_PERIOD_RE = new RegExp(
  `${RESTATE_LEAD}(?<num>${N})\\s(?:(?:a|an|per|each|every)\\s(?<per>second|minute|hour|day|night|week|month|year)|(?<adj>hourly|daily|nightly|weekly|monthly|yearly))${CLAUSE_END}`,
  'i',
);

export interface RestatedCountOverPeriod {
  value: number;
  /** The period's length in seconds. */
  seconds: number;
  text: string;
}

/** A restated count with its period ("make that 9,000 daily"), in text with number words as digits. */
export function readRestatedCountOverPeriod(
  text: string,
): RestatedCountOverPeriod | undefined {
  const m = RESTATE_OVER_PERIOD_RE.exec(text);
  if (!m?.groups) return undefined;
  const value = parseNumberToken(m.groups.num);
  const seconds = periodSeconds(m.groups.per ?? m.groups.adj);
  if (!(value > 0) || !seconds) return undefined;
  return { value, seconds, text: m[0] };
}

const SECONDS_PER_MONTH = periodSeconds('month')!;
const SECONDS_PER_DAY = periodSeconds('day')!;

/**
 * The fields a count over a period may correct: those a bare number may, and the requests each
 * user sends a day ("each writes maybe 3 a day", then "make that 5 a day").
 */
export type PeriodRestatableField =
  | RestatableField
  | 'requests_per_user_per_day';

const RESTATABLE_OVER_PERIOD: Array<[PeriodRestatableField, string]> = [
  ...RESTATABLE,
  ['requests_per_user_per_day', 'requests per user per day'],
];

/**
 * The field a count over a period corrects, and its new value in the field's own unit: the
 * users (a count of people over a day or longer), the rate (× the period), the budget (kept
 * per month), the requests per user a day (× the period in days) or, for a day or longer, the
 * batch size, each compared over the restated period.
 */
export function restatedFieldOverPeriod(
  fields: IntentFields,
  restated: Pick<RestatedCountOverPeriod, 'value' | 'seconds'>,
):
  | { field: PeriodRestatableField; value: number }
  | { ambiguous: string[] }
  | { none: true } {
  const { value, seconds } = restated;
  const over = (v: number | null, factor: number) =>
    v === null ? null : v * factor;
  const target = restatedField(
    {
      ...fields,
      // people are counted over a day or longer ("6,000 guests a day"), not a minute
      users: seconds >= SECONDS_PER_DAY ? fields.users : null,
      requests_per_s: over(fields.requests_per_s, seconds),
      budget_usd_per_month: over(
        fields.budget_usd_per_month,
        seconds / SECONDS_PER_MONTH,
      ),
      batch_requests: seconds >= SECONDS_PER_DAY ? fields.batch_requests : null,
      requests_per_user_per_day: over(
        fields.requests_per_user_per_day,
        seconds / SECONDS_PER_DAY,
      ),
    },
    value,
    RESTATABLE_OVER_PERIOD,
  );
  if (!('field' in target)) return target;
  const inUnit: Record<PeriodRestatableField, number> = {
    users: value,
    requests_per_s: value / seconds,
    budget_usd_per_month: (value * SECONDS_PER_MONTH) / seconds,
    batch_requests: value,
    requests_per_user_per_day: (value * SECONDS_PER_DAY) / seconds,
  };
  return { field: target.field, value: inUnit[target.field] };
}
