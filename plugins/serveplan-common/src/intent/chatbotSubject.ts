/**
 * The words just before a chatbot named outright say what it talks about, not what it does: "a
 * contract review chatbot", "a developer docs chatbot", "our recipe chatbot" are all chatbots.
 * Those words are blanked before the use case is read, unless they name a use case by themselves
 * ("a RAG chatbot", "a translation chatbot"), which the caller decides. A chatbot's own logs or
 * transcripts ("summarise our chatbot transcripts") are something else: there the chatbot is no
 * head noun, and the words before it stay.
 */

/** Words that end the run of modifiers: determiners, prepositions, pronouns and verbs. */
const NOT_A_MODIFIER =
  '(?:a|an|the|our|their|my|your|his|her|its|this|that|these|those|some|any|one|and|or|but|to|for|of|with|in|on|at|by|from|into|as|is|are|was|were|be|been|it|we|i|you|they|want|wants|need|needs|build|building|deploy|deploying|make|making|run|running|use|using|like|basically|just)';

/** What a chatbot may be the modifier of: its records and traffic, not the chatbot itself. */
const CHATBOT_AS_MODIFIER =
  '(?:logs?|transcripts?|conversations?|messages?|traffic|data|history|sessions?|outputs?|answers?|responses?|replies|tickets?|analytics)';

/** Up to three modifier words right before "chatbot" as a head noun. */
const SUBJECT_BEFORE_CHATBOT = new RegExp(
  `\\b(?:(?!${NOT_A_MODIFIER}\\b)[a-z][\\w'&+/.-]*\\s){1,3}(?=chat\\s?bots?\\b(?!\\s${CHATBOT_AS_MODIFIER}\\b))`,
  'g',
);

/**
 * `text` (lower case) with the modifiers of every chatbot named outright blanked (same length, so
 * positions hold), except those for which `namesUseCase` is true.
 */
export function withoutChatbotSubjects(
  text: string,
  namesUseCase: (words: string) => boolean,
): string {
  return text.replace(SUBJECT_BEFORE_CHATBOT, words =>
    namesUseCase(words) ? words : ' '.repeat(words.length),
  );
}
