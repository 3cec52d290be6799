/**
 * Text about something other than serving a model ("can you recommend a restaurant for lunch?"):
 * whole sentences in which no reader found anything and no word of the domain appears. Such text
 * is rejected with a specific error rather than answered with a question about users, which
 * would pretend it was a request. So is keyboard mash long enough to be no slip ("asdfgh jkl qwe rty
 * uiop zxcvb": five or more tokens and not one a word). Short or garbled text ("blue green
 * purple", "asdkjh qwpoeiru") is not judged here: it gets the clarifying question, since it may
 * be the start of a request.
 */

/** Words that put text in the domain of running a language model, however loosely. */
const DOMAIN_WORD =
  /\b(?:llms?|ai|ml|gpt\w*|models?|gpus?|cards?|serv(?:e|es|ed|ing|er|ers)|inference|deploy\w*|host\w*|tokens?|context|latency|throughput|ttft|tpot|p\d{2}|slos?|chat\w*|bots?|assistants?|copilots?|agents?|prompts?|completions?|users?|requests?|quer(?:y|ies)|api|apis|endpoints?|vllm|cluster|nodes?|budget|capacity|scale|sizing|size|workload|pipeline|rag|retrieval|embeddings?|summar\w*|translat\w*|classif\w*|generat\w*|batch\w*|documents?|docs)\b/i;

/** Fewer words than this is too little to tell a request from something else. */
const MIN_WORDS = 8;

/**
 * Letter rows of a keyboard: a run of three or more neighbouring keys ("qwe", "uiop", "asdfgh",
 * "zxcvb", either way along the row) is hit by sliding a hand, not by spelling; no English word
 * is one.
 */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].flatMap(row => [
  row,
  [...row].reverse().join(''),
]);

/** Keyboard mash of at least this many tokens is rejected; fewer may be a slip or a start. */
const MIN_MASH_TOKENS = 5;

/**
 * A token that is no word: a run of neighbouring keys, or four letters or more without a vowel
 * ("sdfg"; abbreviations without a vowel, "crm", "sql", are shorter, and "ttft", "vllm" are
 * words of the domain, which keep a text from being judged at all).
 */
function isNoWord(token: string): boolean {
  const t = token.toLowerCase();
  return (
    (t.length >= 3 && KEY_ROWS.some(row => row.includes(t))) ||
    (t.length >= 4 && !/[aeiouy]/.test(t))
  );
}

/**
 * Keys hit at random rather than words: MIN_MASH_TOKENS tokens or more, every one of them no
 * word, and no number (a number makes it a terse request: "rag 2k users h100").
 */
export function looksLikeKeyboardMash(text: string): boolean {
  if (/\d/.test(text) || DOMAIN_WORD.test(text)) return false;
  const tokens = text.match(/\p{L}+/gu) ?? [];
  return tokens.length >= MIN_MASH_TOKENS && tokens.every(isNoWord);
}

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
 * them a word of the domain, a text that says it is a test or filler to be ignored (however
 * short), or keyboard mash. Only asked when no reader recognised anything in it and no use case
 * was named.
 */
export function looksOffTopic(text: string): boolean {
  if (saysItIsNoRequest(text) || looksLikeKeyboardMash(text)) return true;
  const words = text.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return words.length >= MIN_WORDS && !DOMAIN_WORD.test(text);
}

/** True when `text` declares itself a test, filler or something to ignore. */
export function saysItIsNoRequest(text: string): boolean {
  return NOT_A_REQUEST.test(text) || BARE_TEST.test(text);
}
