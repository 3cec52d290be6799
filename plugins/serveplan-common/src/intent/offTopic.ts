/**
 * Text about something other than serving a model ("can you recommend a restaurant for lunch?"):
 * whole sentences in which no reader found anything and no word of the domain appears. Such text
 * is rejected with a specific error rather than answered with a question about users, which
 * would pretend it was a request. Short or garbled text ("blue green purple", "asdkjh") is not
 * judged here: it gets the clarifying question, since it may be the start of a request.
 */

/** Words that put text in the domain of running a language model, however loosely. */
const DOMAIN_WORD =
  /\b(?:llms?|ai|ml|gpt\w*|models?|gpus?|cards?|serv(?:e|es|ed|ing|er|ers)|inference|deploy\w*|host\w*|tokens?|context|latency|throughput|ttft|tpot|p\d{2}|slos?|chat\w*|bots?|assistants?|copilots?|agents?|prompts?|completions?|users?|requests?|quer(?:y|ies)|api|apis|endpoints?|vllm|cluster|nodes?|budget|capacity|scale|sizing|size|workload|pipeline|rag|retrieval|embeddings?|summar\w*|translat\w*|classif\w*|generat\w*|batch\w*|documents?|docs)\b/i;

/** Fewer words than this is too little to tell a request from something else. */
const MIN_WORDS = 8;

/**
 * True when `text` reads as a message about something else: at least MIN_WORDS words, none of
 * them a word of the domain. Only asked when no reader recognised anything in it.
 */
export function looksOffTopic(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return words.length >= MIN_WORDS && !DOMAIN_WORD.test(text);
}
