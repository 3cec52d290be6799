/**
 * Length cues: the words around a length in tokens that say which length it is, shared by the
 * readers of token lengths (tokenLengths.ts): limits ("up to", "at most", "<= 8k"), superlatives
 * and verbs of capacity (the longest input), typical words ("usually", "on average"), the cues of
 * the input, the output and the window, and how far each is from the length.
 */
import { MUST_SOURCE } from './obligation';
import { QuantityContext } from './quantityReading';
import { nounStem } from './taskArtefacts';

/**
 * A limit said in words: "up to", "at most", "no more than", "never more than", "not longer than";
 * not a sum ("the chunks add up to about 3k tokens" is how long they are together).
 */
const LIMIT_SOURCE =
  '(?<!\\badd(?:s|ed|ing)?\\s)up to|max|maximum|at most|as long as|(?:no|not|never) (?:more|longer|bigger|larger) than';
/**
 * A limit said of a length right before it, which also a cap or "under" says ("stay under 8k
 * tokens", "hard cap 32k"): read only right before a length of the input (limitBefore) or a bare
 * length after one (LONGEST_BARE_RE), not as a cue at a distance, where "the recap must stay under
 * 250 tokens" limits the output.
 */
export const LIMIT_RIGHT_BEFORE_SOURCE = `${LIMIT_SOURCE}|under|below|less than|(?:hard )?cap(?:ped)?(?: at)?`;
export const LIMIT_RIGHT_BEFORE_RE = new RegExp(
  `\\b(?:${LIMIT_RIGHT_BEFORE_SOURCE})\\b`,
);
/** A limit said as a sign right before the length: "input <= 8k tokens", "≤ 4k", "< 16k". */
export const LIMIT_SIGN = /(?:<=|=<|≤|<)\s?(?:~\s?)?$/;
/**
 * "until" as a learner of English writes "up to": "contracts are long, maybe until 48k tokens".
 */
const UNTIL_SOURCE = '(?:up )?until|till';
/**
 * What the model must be able to take in, said with a modal and a verb of capacity: "the model
 * must accept 100k tokens of input", "it needs to handle 32k tokens", "has to support 16k tokens".
 * A capacity is the longest input, not a typical one.
 */
const CAPACITY_SOURCE = `(?:${MUST_SOURCE}|shall|will have to|(?:be )?able to)(?: be able to)? (?:accept|handle|support|fit|hold|ingest|take in)`;
/**
 * Words that make a length the longest one rather than a typical one: a limit ("up to"), a
 * superlative ("the biggest we've seen"), a length verb ("often run to 90,000 tokens"), unless a
 * hedge follows it ("answers run to perhaps 800 tokens" is how long they are).
 */
const LONGEST_SOURCE = `${LIMIT_SOURCE}|${UNTIL_SOURCE}|${CAPACITY_SOURCE}|longest|biggest|largest|(?:run|go)(?:s|es|ing)? (?:to|up to|over|into|past)(?! (?:around|about|roughly|approximately|some|maybe|perhaps|probably|~))|reach(?:es|ing)?`;
/**
 * "long" as a word of the longest input: "long documents", "long context", "logs can be long".
 * Not said of an answer ("the answers can be long", "replies are quite long, ~900 tokens"),
 * which measures that answer, nor "long-form", nor denied ("the memos aren't long, maybe 700
 * tokens each", "not that long").
 */
const LONG_ATTRIBUTIVE =
  "(?<!\\b(?:not|aren'?t|isn'?t|arent|isnt)\\s(?:(?:that|very|so|too|really)\\s)?)(?<!\\b(?:answers?|outputs?|responses?|repl(?:y|ies)|completions?|summar(?:y|ies)|drafts?)\\s(?:(?:can|could|may|might|will|should|would|often|sometimes)\\s)?(?:be|is|are|get|gets)\\s(?:(?:quite|very|pretty|rather|fairly|so)\\s)?)long(?![\\s-]form)";
/**
 * "window" as a span of time is no context window: "a 48 h window", "an overnight window", "the
 * batch window", "a two-day window".
 */
const TIME_WINDOW =
  '(?<!\\b(?:h|hrs?|hours?|days?|mins?|minutes?|weeks?|night|nightly|overnight|weekend|time|batch|processing|delivery|maintenance|booking)[\\s-])window';
export const MAX_CUES = new RegExp(
  `\\b(?:context|ctx|${TIME_WINDOW}|${LONGEST_SOURCE}|as much as|${LONG_ATTRIBUTIVE}|whole|entire|full|documents?|docs?|files?|transcripts?|contracts?|reports?|books?|codebases?|repos?|repositories)\\b`,
  'g',
);
export const LONGEST_RE = new RegExp(`\\b(?:${LONGEST_SOURCE})\\b`);
/**
 * Words that make a length the longest one however typical the rest of the sentence: a limit or
 * a superlative, not a length verb ("typically run to about 6,000 tokens" is a typical length).
 */
export const EXPLICIT_LONGEST_RE = new RegExp(
  `\\b(?:${LIMIT_SOURCE}|${UNTIL_SOURCE}|${CAPACITY_SOURCE}|longest|biggest|largest)\\b`,
);
/**
 * A typical word right after a length in tokens: "40k tokens typically", "2,000 tokens on
 * average" (or "in average", as learners of English say it), "about 3k usually"; not one heading the next number ("up to 12,000 tokens,
 * typically around 3,000"). Its own list, not TYPICAL_WORDS: "avg" and "mean" after a length head
 * the next item ("max doc 64k tokens, avg input 6,000").
 */
export const TYPICAL_AFTER =
  /^\s?,?\s?(?:typical(?:ly)?|usually|normally|(?:on|in) average|in general|generally|most of the time|for most of them)\b(?!\s?(?:[:=]\s?)?(?:(?:about|around|roughly|approximately|approx|maybe|some)\s|~\s?)?\d)/;
/** A limit word right after a length in tokens, ending its clause: "8k tokens max", "16k at most". */
export const LIMIT_AFTER =
  /^\s?(?:max(?:imum)?|at most|tops|at the (?:very )?(?:most|worst)|worst[\s-]case|in the worst case)(?=\s?(?:[,.;:!?)]|$))/;
/** A prompt's length said right before "N tokens of context": "Prompt ≈ 1,800 tokens of context". */
export const PROMPT_SAID_BEFORE =
  /\bprompts?\s?(?:is|are|of|:|=|≈|~)?\s?(?:(?:about|around|roughly|approximately)\s|~\s?|≈\s?)?$/;
/** A hedge right before a length: "around 9k", "~6,000", "typically 4k", "maybe 5k", "perhaps 7k". */
export const HEDGE_RIGHT_BEFORE =
  /(?:\b(?:around|about|roughly|approximately|maybe|perhaps|probably|typically|usually|normally|(?:on|in) average)|~|≈)\s?$/;
/** Words of a typical length: "typically", "on average", "a typical request", "typ 12k". */
export const TYPICAL_WORDS =
  /\b(?:averag(?:e|es|ing)|avg|typ|typical(?:ly)?|usually|normally|generally|mostly|mean|median)\b/;
/** An input cue with one of these before it is the longest input: "prompts up to 8k tokens". */
export const LIMIT_OR_CONTEXT_RE = new RegExp(
  `\\b(?:${LIMIT_RIGHT_BEFORE_SOURCE}|context)\\b`,
);
const INPUT_CUES =
  /\b(?:prompts?|inputs?|questions?|quer(?:y|ies)|send|sends|sent|requests?|messages?|chunks?|retrieved|passages?)\b/g;
const OUTPUT_CUES =
  /\b(?:answers?|outputs?|responses?|repl(?:y|ies)|completions?|generat\w*|summar(?:y|ies)|writes?|write-ups?|drafts?|articles?|posts?|suggestions?)\b/g;

export function cueDistances(
  text: string,
  re: RegExp,
  fromEnd: boolean,
  keep: (word: string) => boolean = () => true,
): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    if (!keep(m[0])) continue;
    const d = fromEnd
      ? text.length - ((m.index ?? 0) + m[0].length)
      : m.index ?? 0;
    best = Math.min(best, d);
  }
  return best;
}

/**
 * The distances of the input and output cues in `text`. A noun the task reads
 * (taskArtefacts.ts: "articles" in a request to translate them) is an input cue, though the same
 * noun is an output cue on its own ("articles" a model writes).
 */
export function directionDistances(
  text: string,
  fromEnd: boolean,
  consumed: Set<string>,
): { dIn: number; dOut: number } {
  const read = (word: string) => consumed.has(nounStem(word));
  return {
    dIn: Math.min(
      cueDistances(text, INPUT_CUES, fromEnd),
      cueDistances(text, OUTPUT_CUES, fromEnd, read),
    ),
    dOut: cueDistances(text, OUTPUT_CUES, fromEnd, w => !read(w)),
  };
}

/**
 * A limit word just before a length ("at most 8k tokens of input", "up to 30k tokens in"): a
 * length of the input said as a limit is the longest input, not the typical one. A typical word
 * after the limit heads this length, the limit closing the one before it: "window 16k max,
 * usually 2,000 tokens in" is a typical input.
 */
export function limitBefore(ctx: QuantityContext, start: number): boolean {
  const before = ctx.text
    .slice(Math.max(0, start - 25), start)
    .replace(/^.*\d/, '')
    .replace(
      /^.*\b(?:typical(?:ly)?|usually|normally|(?:on|in) average|median)\b/,
      '',
    );
  return (
    LONGEST_RE.test(before) ||
    LIMIT_RIGHT_BEFORE_RE.test(before) ||
    LIMIT_SIGN.test(before)
  );
}

/**
 * "Context" as part of what the prompt holds rather than as the window: retrieved ("the
 * retrieved context", "RAG context", "retrieved ctx"), the text around the cursor or the tables
 * ("prefix + suffix context", "the surrounding context", "schema context") or added to another part of the prompt ("context plus the
 * question", "the query with its context", "context with the top chunks") or carried by the prompt ("prompts carry account context of
 * about 2,000 tokens", "each message includes some order context"). A length of that sum is the prompt's typical length;
 * "context up to 32k" or "prompts, with a context of 32k" still speak of the window. "Prompt
 * context" is the context the prompt holds ("prompt ctx ~3k tok", "the prompt context is about 1,500
 * tokens"), not "prompt context window".
 */
const PROMPT_PART =
  '(?:questions?|quer(?:y|ies)|prompts?|messages?|instructions?|system prompt)';
export const CONTEXT_AS_CONTENT = new RegExp(
  `\\b(?:retrieved|rag|supporting|relevant|added|additional|extra|background|search|prefix|suffix|surrounding|schema)(?:\\s?[+&/]\\s?[a-z]+)?\\s(?:[a-z-]+\\s)?(?:context|ctx)\\b(?!\\s(?:window|length|size))|\\bprompts?\\s(?:context|ctx)\\b(?!\\s(?:window|length|size|limit))|\\b${PROMPT_PART}\\s(?:carry|carries|include|includes|contain|contains|hold|holds|bring|brings)\\s(?:(?:the|some|its|their|our)\\s)?(?:[a-z-]+\\s)?context\\b(?!\\s(?:window|length|size))|\\bcontext\\s(?:plus|\\+|and|with|together with|along with)\\s(?:(?:the|a|an|its|their|each|every)\\s)?(?:user'?s?\\s)?(?:${PROMPT_PART}|(?:[a-z-]+\\s)?(?:chunks?|passages?|snippets?))\\b|\\b${PROMPT_PART}\\s(?:plus|\\+|and|with|together with|along with)\\s(?:(?:the|its|their|some|any)\\s)?(?:retrieved\\s)?context\\b(?!\\s(?:window|length|size|of|up to))`,
);

/** Nouns of a part of a prompt: several of them make one prompt. */
export const PART_NOUN =
  /^(?:chunks?|passages?|snippets?|excerpts?|pieces?|sections?|pages?|results?|hits?|examples?|shots?)$/;

/**
 * Words that make a typical length of a document the longest input: the window ("context"), the
 * document whole ("whole", "entire", "full") or long ("long documents"). "The document is long,
 * maybe 10k tokens" says how long a typical one is, and "full text" names the document itself.
 */
export const LONGEST_WORD =
  /\b(?:context|ctx|window|whole|entire)\b|(?<!\b(?:is|are|be|quite|very|pretty|rather|fairly|so|not|that|too|aren'?t|isn'?t|arent|isnt)\s)\blong\b|\bfull\b(?![\s-]texts?\b)/;

/**
 * A length said to cover all or nearly all of the texts: "would cover nearly all of them"; or one
 * the model must take whole: "the biggest scans come out at 70k tokens, so it must take those
 * whole", "..., and it has to read them in one go".
 */
export const COVERS_ALL_AFTER =
  /^\s(?:(?:would|will|should|could|can|does|do)\s)?(?:covers?|handles?|fits?)\s(?:(?:nearly|almost|practically|virtually|pretty much|basically)\s)?(?:all|every|any|99)\b|^[^.!?\d]{0,40}?\b(?:has|have|needs?|must)\s(?:to\s)?(?:swallow|take|fit|handle|read|ingest|accept)\s(?:those|them|it|these|that|each one)\s(?:whole|in one go|in full|entirely)\b/;
