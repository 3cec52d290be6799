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
 * Text that says it is not a request: a test of the form ("just testing", "this is a test",
 * "test submission", "testing 1 2 3"), filler ("placeholder", "lorem ipsum", "dummy text"), or a
 * note to disregard it ("please ignore", "ignore this"). "Testing" as a task is no such note:
 * "a model for testing our API", "test generation for our services".
 */
const NOT_A_REQUEST =
  /\b(?:just|only|merely|simply) (?:a )?test(?:ing)?\b|\bthis is (?:just |only )?a test\b|\btest (?:message|submission|post|entry|input|ping)\b|\btesting,? (?:testing|1,? ?2,? ?3|one,? two,? three|123)\b|\bplaceholder\b|\blorem ipsum\b|\b(?:dummy|filler|sample) text\b|\b(?:please )?(?:ignore|disregard) (?:this|me|it|that)\b|\bplease (?:ignore|disregard)\b(?!\s+(?:the|our|any|all|my|a|an)\b)/i;

/** The whole text is the word test, nothing else: "test", "testing", "test test". */
const BARE_TEST = /^\W*(?:test(?:ing)?\W*)+$/i;

/**
 * True when `text` reads as a message about something else: at least MIN_WORDS words, none of
 * them a word of the domain, or a text that says it is a test or filler to be ignored (however
 * short). Only asked when no reader recognised anything in it and no use case was named.
 */
export function looksOffTopic(text: string): boolean {
  if (saysItIsNoRequest(text)) return true;
  const words = text.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return words.length >= MIN_WORDS && !DOMAIN_WORD.test(text);
}

/** True when `text` declares itself a test, filler or something to ignore. */
export function saysItIsNoRequest(text: string): boolean {
  return NOT_A_REQUEST.test(text) || BARE_TEST.test(text);
}
