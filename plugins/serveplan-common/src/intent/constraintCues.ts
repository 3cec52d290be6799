/**
 * The cue words of constraints, shared by the readers of model names, licences and origins: what
 * excludes ("no", "avoid", "steer clear of", "... is off the table"), what restricts ("only",
 * "must be", "nothing else") and what adds ("also"). Each reader finds its own names; these decide
 * what the clause does with them.
 */
import { negatedBefore } from './text';

/** A verdict after a name that rules it out: "Qwen is not allowed", "Chinese models are off the table". */
export const EXCLUDED_AFTER =
  /^\s*(?:models?|gpus?|cards?|family|series|weights|ones|licen[cs]es?|licen[cs]ed(?: models?)?)?\s*(?:is|are)?\s*(?:not allowed|banned|excluded|out|off the table|not an option|forbidden|a no-go|not ok(?:ay)?|not acceptable|unacceptable|too expensive|not available|unavailable|blocked)\b/;

/**
 * Verbs of keeping away that text.ts's negation words do not cover: "keep away from DeepSeek",
 * "steer clear of Qwen", "rule out Llama", "blacklist Mixtral". Read like a negation: within the
 * clause and a few words before the name.
 */
const AVOID_BEFORE =
  /\b(?:(?:keep|keeping|stay|staying|steer|steering)\s(?:away|clear)\s(?:from|of)|rul(?:e|ing)\sout|leav(?:e|ing)\sout|prohibit(?:ed)?|forbid|disallow(?:ed)?|blacklist(?:ed)?|blocklist(?:ed)?|no\sgo\sfor)\b(?:\s+[\w'-]+){0,4}\s*$/;

/** A negation (text.ts) or a verb of keeping away before `rel` in the clause. */
export function excludedBefore(
  clause: string,
  rel: number,
  window = 40,
): boolean {
  return (
    negatedBefore(clause, rel, window) ||
    AVOID_BEFORE.test(clause.slice(Math.max(0, rel - 40), rel))
  );
}

/** Words that make what the clause names the only acceptable choice. */
export const ONLY =
  /\bonly\b|\bstick(?:ing)? (?:to|with)\b|\bnothing other than\b|\bexclusively\b|\bmust (?:be|use|run on|come from)\b|\bhas to (?:be|come from)\b|\bhave to come from\b|\bnothing (?:else|but)\b|\band nothing else\b|\brestricted to\b|\blimited to\b/;

/** Words that add to a list stated before rather than replace it. */
export const ADD =
  /\b(?:also|too|as well|additionally|plus|add|in addition|and also)\b/;

/**
 * "nothing with a non-commercial licence", "nothing under the Llama terms": "nothing" with a
 * preposition of having, a few words before what it rules out (text.ts covers "nothing from").
 */
export const NOTHING_WITH =
  /\bnothing (?:with|under|using|licen[cs]ed|that(?:'s| is| has| comes?)|made|developed|built|trained|released|coming|originating)\b(?:\s+[\w-]+){0,4}\s*$|\bnothing\s+$/;

/**
 * A permission denied further back in the clause: "we are not allowed to deploy anything ...",
 * "we may not ship anything ...". text.ts reads "allowed" after "not" as a positive turn, which
 * is right for "not X but Y is allowed" and wrong here, where "allowed to" carries the negation.
 */
const PERMISSION_DENIED =
  /\b(?:(?:not|never)\s(?:allowed|permitted)\sto|(?:may|must)\snot|mustn't|can(?:'t|not)|cannot)\s(?:use|deploy|run|ship|host|have|take|touch|go with|pick|choose)\b/;

/**
 * Whether the clause rules out what stands at `rel`: a negation or a verb of keeping away just
 * before it, "nothing with ..." before it, or a verdict after it. A negation further back in the
 * clause ("we can't use anything that comes from China") counts too, unless the clause also
 * restricts ("no GPUs beyond L40S and Apache only"), where the negation belongs to something else.
 */
export function ruledOut(clause: string, rel: number, length: number): boolean {
  const before = clause.slice(0, rel);
  if (
    excludedBefore(clause, rel) ||
    NOTHING_WITH.test(before.slice(-60)) ||
    EXCLUDED_AFTER.test(clause.slice(rel + length))
  )
    return true;
  return (
    !ONLY.test(clause) &&
    (excludedBefore(clause, rel, rel) || PERMISSION_DENIED.test(before))
  );
}
