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

/**
 * A use denied by a modal right before the name: "we must not use Llama-family models", "we
 * won't deploy Qwen", "we should not run on MI300X". text.ts reads "must not" as a negation but
 * then "use" after it as a positive turn ("no Llama, use Qwen"); here the verb is what is denied.
 */
const USE_DENIED =
  /\b(?:(?:must|may|shall|should|will|can|could)\s?not|mustn'?t|shouldn'?t|won'?t|can'?t|cannot)\s(?:(?:ever|really|be|able|to|allowed|permitted)\s){0,3}(?:use|deploy|run|ship|host|pick|choose|go with|rely on|touch|serve)(?:\s(?:on|with|any|the|a|an))*\s*$/;

/** A count with "more than" / "over" right before a name: a limit said with a negation. */
const CAPPED_COUNT =
  /\b(?:more|over|beyond|above|upwards of)\s(?:than\s)?(?:\d[\d,.]*|[a-z]+)\s?(?:x\s?)?$/;

/**
 * Hardware one does not have: "we don't have B200s", "we do not have any MI300X", "we have no
 * access to H200". Only a determiner may stand between, so "we don't have more than 8 H100s" (a
 * count of H100s) and "don't have enough A100s" are not exclusions.
 */
const NOT_OWNED =
  /\b(?:(?:don'?t|do not|doesn'?t|does not|no longer)\s(?:have|own|get)(?:\saccess\sto)?|(?:have|has|got)\sno(?:\saccess\sto)?|(?:can'?t|cannot)\s(?:get|access|buy|procure|obtain|afford))(?:\s(?:any|the|those|these|our))?\s*$/;

/**
 * A negation (text.ts), a verb of keeping away, a use denied or hardware not owned before `rel`
 * in the clause.
 */
export function excludedBefore(
  clause: string,
  rel: number,
  window = 40,
): boolean {
  const before = clause.slice(Math.max(0, rel - 40), rel);
  // "we can't use more than 16 H100s", "we do not have over 8 A100s": a cap on a count, not an
  // exclusion (the count is read by gpuCount.ts)
  if (CAPPED_COUNT.test(before)) return false;
  return (
    negatedBefore(clause, rel, window) ||
    AVOID_BEFORE.test(before) ||
    USE_DENIED.test(before) ||
    NOT_OWNED.test(before)
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

/**
 * Words that lift a restriction stated before: "drop the China restriction", "lift the ban on
 * Llama", "forget the Blackwell exclusion". What the clause names is allowed again, neither
 * excluded nor preferred.
 */
export const LIFT =
  /\b(?:drop(?:ping)?|remov(?:e|ing)|lift(?:ing)?|forget(?:ting)?(?:\sabout)?|scrap(?:ping)?|ignor(?:e|ing)|undo(?:ing)?|get\srid\sof|no\slonger\s(?:need|want|have))\s(?:(?:the|that|this|our|any|all)\s)?(?:[\w-]+\s){0,3}?(?:restrictions?|constraints?|exclusions?|bans?|rules?|requirements?|limits?|filters?|blocks?)\b/;

/**
 * Words that widen a list of models to others: "not just Gemma", "let's also consider other
 * models", "other models are fine too". The list stays as the preference; it stops being the
 * only choice.
 */
export const WIDEN =
  /\bnot\s(?:just|only|exclusively|limited\sto)\b|\b(?:consider(?:ing)?|look(?:ing)?\sat|try(?:ing)?|includ(?:e|ing)|evaluat(?:e|ing)|compar(?:e|ing)|allow(?:ing)?|open\sto|fine\swith|ok(?:ay)?\swith|also)\s(?:\w+\s)?(?:other|more|different|alternative|additional)\s(?:models|options|families|llms|ones)\b|\b(?:other|different)\smodels\s(?:too|as\swell|are\s(?:fine|ok(?:ay)?|welcome))\b/;

/** A refusal just before a widening, which then keeps the list the only choice: "we won't consider other models". */
export const REFUSED_BEFORE =
  /\b(?:not|no|never|won'?t|don'?t|do\snot|can'?t|cannot|shouldn'?t)\b(?:\s+[\w'-]+){0,2}\s*$/;
