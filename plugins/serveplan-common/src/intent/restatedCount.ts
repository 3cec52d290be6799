/**
 * A follow-up that restates a count with the noun it counts: "actually make that 50 agents",
 * "correction: it's 1,800 stores", "sorry, now 500 drivers". It replaces the count of that noun
 * the earlier messages gave (earlierNumberCorrection.ts), whichever field that count went into
 * (the users, or a rate made from it). A count said as more of them ("another 50 agents", "50 more
 * agents", "also 20 drivers") adds to the earlier one and is no restatement.
 */
import { NUMBER_SOURCE as N } from './numbers';

/** Words that make what follows a correction of a number said before. */
const CORRECTION_CUE =
  '\\b(?:make (?:that|it)|actually|correction|update|sorry|oops|i meant|now(?!,)|rather|more like|closer to|in fact|instead|(?:it|that) should be)\\b';

/**
 * What may follow the restated count: the end of the clause, or its period or scope ("50 agents
 * in total", "60 stores, each ..."). A verb after it makes it a count of some of them ("now 5
 * agents are on nights"), no restatement.
 */
const COUNT_ENDS =
  '(?=\\s?(?:[,;.!?)]|$)|\\s(?:and|now|in|total|overall|altogether|each|per|a|an|every|at)\\b)';

/**
 * The cue, a few words without a number or a stop, the count, at most one modifier, and a plural
 * noun: "actually make that 50 agents", "sorry, we're now at 500 drivers".
 */
const RESTATED_COUNT_RE = new RegExp(
  `${CORRECTION_CUE}[^.;!?\\d\\n]{0,40}?(?<!\\b(?:another|also|plus|extra|additional)\\s)(?<num>${N})\\s(?!(?:more|extra|additional|new|other|further)\\b)(?:[a-z-]+\\s)?(?<noun>[a-z]{2,}s)\\b${COUNT_ENDS}`,
  'i',
);

/** Plural words that count no people or things a request would size by. */
const NOT_COUNTED =
  /^(?:tokens|ms|seconds|secs|minutes|mins|hours|hrs|days|weeks|months|years|percent|dollars|euros|pounds|usd|eur|gbp|times|tps|rps|qps|gbs|tbs)$/;

export interface RestatedCount {
  /** The new count as written. */
  new: string;
  /** The noun it counts, lower case, as written. */
  noun: string;
  text: string;
}

/** The count a follow-up restates with its noun; undefined when it restates none. */
export function readRestatedCount(text: string): RestatedCount | undefined {
  const m = RESTATED_COUNT_RE.exec(text);
  if (!m?.groups) return undefined;
  const noun = m.groups.noun.toLowerCase();
  if (NOT_COUNTED.test(noun)) return undefined;
  return { new: m.groups.num, noun, text: m[0] };
}
