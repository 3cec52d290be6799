/**
 * Times that say how things stand rather than set a limit on an answer:
 * - how late something is or runs, a complaint: "the bulletin is usually 20 minutes late", "the
 *   feed runs 5 minutes behind", "updates come delayed by 10 seconds";
 * - how long something usually takes or lasts now, a fact of the business: "the average delivery
 *   takes 31 minutes", "a typical claim review currently lasts 12 minutes".
 * With a limit word before the time ("no more than 2 minutes late", "at most 30 s behind",
 * "within 5 s behind live", "takes under 2 s") the same words set a limit.
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

/**
 * "takes" or "lasts" in the present, with hedges at most, right before the time: "takes 31",
 * "lasts on average about 4". A modal or "to" before the verb ("should take", "needs to take")
 * makes it what is allowed; so does a condition before it (CONDITION).
 */
const TAKES_BEFORE =
  /\b(?<!\b(?:should|must|shall|will|would|can|could|may|might|to|ideally)\s)(?:takes|lasts)\s(?:(?:about|around|roughly|approximately|almost|nearly|easily|over|just over|some|usually|typically|normally|on average|like)\s|~\s?)*$/i;

/** A condition or a wish: "if it takes 30 s that's fine", "as long as a reply takes ...". */
const CONDITION =
  /\b(?:if|when|whenever|once|as long as|unless|provided|want|wish|hope)\b/i;

/**
 * Words saying the duration is the usual one now, in its clause: an average, the
 * typical case, the present ("the average delivery", "a typical call", "right now each review").
 */
const HOW_IT_STANDS =
  /\b(?:average|avg|typical(?:ly)?|usual(?:ly)?|normally|on average|currently|today|nowadays|these days|right now|at the moment|at present)\b/i;

/**
 * Whether the time after `before` (its clause up to it) says how long something usually takes or
 * lasts now, a fact and not a target: the verb right before it (TAKES_BEFORE), a word of the
 * usual or the present in the clause (HOW_IT_STANDS) and no condition or wish (CONDITION).
 */
export function saysHowLongItTakes(before: string): boolean {
  return (
    TAKES_BEFORE.test(before) &&
    HOW_IT_STANDS.test(before) &&
    !CONDITION.test(before)
  );
}

/** A network's round trip named right after the time: "600 ms round trip", "80 ms RTT", "40 ms ping". */
const NETWORK_TIME_AFTER = /^\s?(?:network\s)?(?:round[\s-]trips?|rtt|ping)\b/i;

/** Words for the link a request travels over, not the model answering it. */
const NETWORK_WORD =
  /\b(?:wi-?fi|network|satellite|internet|connection|connectivity|uplink|link|vpn|cellular|mobile data|[345]g|lte|broadband)\b/i;

/**
 * Whether the time between `before` and `after` says how slow the network is: a round trip or
 * ping named after it, in a sentence about the link ("the ship Wi-Fi goes over satellite, 600 ms
 * round trip"), with no limit word before it. `sentence` is the text of its sentence up to it.
 * "the whole round trip under 3 s" and "2 s round trip" in a text about no network are targets.
 */
export function describesTheNetwork(
  sentence: string,
  before: string,
  after: string,
): boolean {
  return (
    !LIMIT_BEFORE.test(before) &&
    NETWORK_TIME_AFTER.test(after) &&
    NETWORK_WORD.test(sentence)
  );
}
