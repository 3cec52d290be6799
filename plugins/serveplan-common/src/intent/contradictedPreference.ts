/**
 * A follow-up that adds an exclusion ruling out every model the conversation asked for so far:
 * "must be Mistral 7B" ... "also, nothing from Mistral AI". Said as an addition ("also", "and",
 * "plus", "in addition"), the turn keeps what was said before, so the two cannot both hold and
 * the writer is asked which does. Said as a change of mind ("actually", "instead", "scratch
 * that") or without a word of addition, a later turn replaces the earlier one (conversation.ts).
 */

/** A turn that adds to what was said: it starts with "and"/"also"/"plus", or says "as well". */
const ADDS_TO_EARLIER =
  /^\s*(?:(?:oh|ah|and|but)\s)?(?:and|also|plus|additionally|on top of (?:that|this)|in addition)\b|\b(?:also|as well|in addition|additionally)\b/;

/** A change of mind: what follows replaces what was said. */
export const CHANGE_OF_MIND =
  /\b(?:actually|instead|scratch|change[ds]?|changing|on second thought|never ?mind|forget|switch(?:ed|ing)?|correction|update[ds]?|turns out|no longer|anymore|any more)\b/;

/** Short names of model ids for a message: "meta-llama/Llama-3.1-8B-Instruct" → "Llama-3.1-8B-Instruct". */
const shortNames = (ids: readonly string[]) =>
  ids.map(id => id.split('/').pop()).join(', ');

/**
 * The question to ask when the follow-up `text` adds an exclusion of every model in
 * `contextModels` (the models preferred so far) and prefers none of its own; undefined otherwise.
 */
export function contradictedPreference(
  text: string,
  contextModels: readonly string[],
  excluded: readonly string[],
  preferredHere: readonly string[],
): string | undefined {
  if (contextModels.length === 0 || preferredHere.length > 0) return undefined;
  if (!contextModels.every(id => excluded.includes(id))) return undefined;
  if (!ADDS_TO_EARLIER.test(text) || CHANGE_OF_MIND.test(text))
    return undefined;
  return `Earlier you asked for ${shortNames(contextModels)}, and now ${
    contextModels.length > 1 ? 'those are' : 'that is'
  } excluded too. Which holds: that model choice, or the exclusion?`;
}
