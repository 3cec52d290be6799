/**
 * A use case the writer says the work is not, or does not want: "this is NOT autocomplete - they
 * want the whole function", "we don't want chunked retrieval here", "no RAG, the model gets the
 * whole file", "rather than a chatbot". The denied words name what the work is not, so they are
 * blanked before the use case is read (batch words denied are BATCH_DENIED in useCase.ts). A
 * denial that adds to the use case ("not just a chatbot") or an open question ("not sure whether
 * RAG helps") denies nothing.
 */

/** Words that deny what follows them. */
const DENIAL =
  "(?:not|no|never|without|isn'?t|aren'?t|rather than|instead of|(?:don'?t|do not|doesn'?t|does not|won'?t|will not|wouldn'?t|would not)\\s(?:want|need|use|do|build)(?:\\s(?:a|an|any|some|the))?)";

/** Up to two modifiers of the denied use case ("chunked", "plain old"), none a hedge or a link. */
const MODIFIERS =
  '(?:(?!(?:just|only|merely|simply|sure|if|whether|idea|matter|doubt|problem|longer|more|because|but|and|or|that|which)\\b)[a-z-]+\\s){0,2}?';

/** Names of use cases, as a denial may name them. */
const USE_CASE_NAME =
  '(?:rag|retrieval(?:[\\s-]augmented(?:[\\s-]generation)?)?|auto[\\s-]?complet\\w*|(?:code|tab)[\\s-]?complet\\w*|chat\\s?bots?|translation|summari[sz]ation|agentic|(?:ai\\s)?agents?)\\b';

const DENIED_USE_CASE = new RegExp(
  `\\b${DENIAL}\\s(?:(?:a|an|any|some|the)\\s)?${MODIFIERS}${USE_CASE_NAME}`,
  'g',
);

/** `text` (lower case) with every denied use case blanked (same length, so positions hold). */
export function withoutDeniedUseCases(text: string): string {
  return text.replace(DENIED_USE_CASE, m => ' '.repeat(m.length));
}
