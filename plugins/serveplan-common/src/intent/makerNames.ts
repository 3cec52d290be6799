/**
 * A developer's name said as the maker of models: "a Mistral model", "any Mistral model",
 * "something from Mistral", "Mistral AI". Where a developer shares its name with one of its
 * families (Mistral AI and its "Mistral" family, beside Mixtral), the bare name is the family
 * ("we prefer Mistral or Mixtral"); said as the maker, it is every model the developer released.
 * (The plural "Mistral models" is read so by vocabulary.ts.)
 */
import { compactName, IntentVocabulary, NameMention } from './vocabulary';

/** A determiner of any one, and perhaps one adjective, before the name: "a Mistral model", "no recent Mistral model". */
const INDEFINITE_BEFORE =
  /\b(?:a|an|any|some|another|one|no)\s(?:[a-z][\w-]*\s)?$/;
/** A model noun after the name, perhaps with a kind word between: "model", "open-weight LLM". */
const MODEL_NOUN_AFTER =
  /^(?:'s)?\s(?:(?:open(?:[\s-]weights?)?|instruct|chat|base)\s)?(?:model|llm|checkpoint)\b/;
/** A frame of making before the name: "models from Mistral", "anything made by Mistral". */
const MADE_BY_BEFORE =
  /\b(?:models?|llms?|anything|something|everything|one|ones|weights|checkpoints?)\s(?:(?:made|developed|released|built|trained|published)\s)?(?:from|by)\s(?:the\s)?$/;
/** The word after the name, to complete a developer's full name ("Mistral" + "AI"). */
const NEXT_WORD = /^\s([a-z]+)\b/;

/**
 * Every kb model of the developer a family mention names as the maker, with the mention's own
 * ids; undefined when the name is not said as the maker or the developer has no other model.
 * `text` is the cleaned (lower-case) request the mention was found in.
 */
export function makerModels(
  text: string,
  mention: NameMention,
  vocabulary: IntentVocabulary,
): string[] | undefined {
  if (mention.kind !== 'model_group') return undefined;
  const word = compactName(mention.text);
  const before = text.slice(Math.max(0, mention.start - 50), mention.start);
  const after = text.slice(mention.end, mention.end + 40);
  const next = NEXT_WORD.exec(after)?.[1] ?? '';
  const developerModels = (asMaker: boolean) =>
    vocabulary.models
      .filter(
        m =>
          (next !== '' && compactName(m.developer) === word + next) ||
          (asMaker &&
            (compactName(m.developer) === word ||
              compactName(m.developer.split(/\s+/)[0]) === word)),
      )
      .map(m => m.id);
  const asMaker =
    (INDEFINITE_BEFORE.test(before) && MODEL_NOUN_AFTER.test(after)) ||
    MADE_BY_BEFORE.test(before);
  const ids = developerModels(asMaker);
  const added = ids.filter(id => !mention.ids.includes(id));
  return added.length > 0 ? [...mention.ids, ...added] : undefined;
}
