/**
 * A follow-up that restates a number without saying what it counts: "make that 2.5k", "change
 * it to 400", "actually 3000". It corrects the number just given, so it applies to the one field
 * of the intent so far whose value it is close to (users, rate, budget or batch size); when
 * several are close, the engine asks which.
 */
import { IntentFields } from './intentSchema';
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
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
 * A bare number after "make that", "change it to", "actually", "I meant": nothing after it but
 * the end of the clause (a stop, a comma, "and", a bracket, or a dash before a reason: "make that
 * 1,100 - we're adding a team"). A comma or a stop followed by a digit is inside the number
 * ("1,100"); a dash before a larger number makes a range ("2 - 3 replicas": RANGE_AFTER).
 */
const RESTATE_RE = new RegExp(
  `\\b(?:make (?:that|it)|change (?:that|it) to|correct (?:that|it) to|(?:no,?\\s|sorry,?\\s|oops,?\\s)?(?:actually|i meant|that should be|that's)),?\\s(?:about\\s|around\\s|~\\s?)?(?<num>${N})(?=\\s?(?:[,;.!](?!\\d)|[-–—]\\s|\\(|and\\b|$))`,
  'i',
);

/** A dash and a number after the restated one: a range when that number is larger. */
const RANGE_AFTER = new RegExp(`^\\s?[-–—]\\s(?<upper>${N})`);

/** The restated number in a follow-up, when no extractor read it as something else. */
export function readRestatedNumber(
  text: string,
  spans: Spans,
): { value: number; text: string } | undefined {
  const m = RESTATE_RE.exec(text);
  if (!m?.groups) return undefined;
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
export function restatedField(
  fields: IntentFields,
  value: number,
): { field: RestatableField } | { ambiguous: string[] } | { none: true } {
  let close: Array<[RestatableField, string]> = [];
  for (const factor of CLOSE_FACTORS) {
    const within = RESTATABLE.filter(([field]) => {
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
