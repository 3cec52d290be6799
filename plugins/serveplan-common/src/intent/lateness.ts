/**
 * A time that says how late something is or runs, a complaint about how things stand rather
 * than a limit on an answer: "the bulletin is usually 20 minutes late", "the feed runs 5 minutes
 * behind", "updates come delayed by 10 seconds". With a limit word before it ("no more than
 * 2 minutes late", "at most 30 s behind", "within 5 s behind live") the same words set a limit.
 */

/** "late", "behind", "overdue", "delayed" right after the time. */
const LATE_AFTER = /^\s?(?:late|behind|overdue|delayed)\b/i;

/** "delayed by", "late by", "lags by" right before the time, with a hedge at most. */
const LATE_BY_BEFORE =
  /\b(?:late|behind|delayed|lags?|lagging|lagged)\sby\s(?:(?:about|around|roughly|some|almost|nearly|often|usually|typically|easily)\s|~\s?)*$/i;

/** A limit word right before the time: what turns lateness into an allowance. */
const LIMIT_BEFORE =
  /\b(?:under|within|below|less than|fewer than|no more than|not more than|never more than|more than|at most|max(?:imum)?|up to|no later than|<|<=|≤)\s?(?:about\s|around\s|roughly\s|~\s?)?$/i;

/**
 * Whether the time between `before` and `after` says how late something is (not a target).
 */
export function saysHowLate(before: string, after: string): boolean {
  if (LIMIT_BEFORE.test(before)) return false;
  return LATE_AFTER.test(after) || LATE_BY_BEFORE.test(before);
}
