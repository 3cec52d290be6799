/**
 * Context lengths: the longest input a request needs, said with the context, the window or a
 * limit ("32k context", "up to 16k input", "context window, 32k", "cap the context at 64k", "the
 * longest prompt we get is 24k", "context can grow; 32k at most", "we need at least 32k").
 */
import { NUMBER_SOURCE as N, parseTokenCount } from './numbers';
import { around, groupSpan, matches, QuantityContext } from './quantityReading';
import {
  CONTEXT_AS_CONTENT,
  EXPLICIT_LONGEST_RE,
  PROMPT_SAID_BEFORE,
  TYPICAL_WORDS,
} from './lengthCues';
import { SaidLength, setTokens } from './tokenFields';

/**
 * A length before what it limits: "32k context", "16k of context", "64k max input", "8k
 * maximum prompt length", "a 64k window" (only after "k": "a 4h window" is time). "input" /
 * "prompt" only with a limit word: "3k input" is typical.
 */
const CONTEXT_AFTER_RE = new RegExp(
  `(?<num>${N})\\s?-?\\s?(?:tokens?\\s)?(?:of\\s)?(?:(?:max(?:imum)?\\s)?(?:context(?:\\s(?:window|length))?|ctx)|(?<=k\\s?-?\\s?(?:tokens?\\s)?)window|max(?:imum)?\\s(?:input|prompt)s?(?:\\s(?:length|size))?)\\b`,
  'g',
);
/**
 * A limit word, a length in thousands and "input" or "prompt" with no "tokens": "papers need up
 * to 32k input", "at most 16k prompt". With a limit word the input is the longest one ("3k
 * input" alone stays a typical length).
 */
const LIMITED_INPUT_RE = new RegExp(
  `\\b(?:up to|at most|no more than|max(?:imum)?(?: of)?)\\s(?:(?:about|around|roughly)\\s|~\\s?)?(?<num>\\d[\\d.,]*\\s?k)\\s?-?\\s?(?:of\\s)?(?:input|prompt)s?\\b(?!\\s?(?:tokens?|toks?)\\b)`,
  'gi',
);
/**
 * A verb of a length reaching a size, between "context" and its number: "context can get up to
 * 32k", "the context often reaches 100k", "context will grow to 64k".
 */
const LENGTH_VERB =
  '(?:(?:can|could|may|might|will|would|often|sometimes|usually|easily)\\s)?(?:gets?|go(?:es)?|grows?|reach(?:es)?|runs?|hits?|climbs?|balloons?|be)\\s(?:up\\s)?(?:to\\s)?';
const CONTEXT_BEFORE_RE = new RegExp(
  `\\b(?:(?:contexts?|ctx)(?:\\s(?:window|length|size|cap|limit|ceiling)s?)?|max(?:imum)?\\s(?:input|prompt)(?:\\s(?:length|size))?)\\s?(?:${LENGTH_VERB})?(?:should be|must be|needs to be|(?:must|should|has to|needs to) cover|covers?|of|:|=|is|up to|around|about|~|at least|>=?|<=?|=<|≤)?\\s?(?:maybe|roughly|about|around|~|at least|max(?:imum)?|min(?:imum)?|at most)?\\s?(?<num>${N})(?![\\d.,]?\\d|k\\b)(?!\\s?(?:users?|%|ms|req))(?!\\s?(?:tokens?\\s|toks?\\s)?(?:in|input)\\b)`,
  'g',
);
/**
 * A size in thousands set beside "context" between commas, as an apposition: "we need long
 * context, 128k, for the ledgers", "big context, ~64k", "context window, 32k". The number is
 * the window, so the longest input, in tokens; it must be said in thousands and nothing after
 * it may make it a count of something else ("context, 20 users" is no size).
 */
const CONTEXT_APPOSITION_RE = new RegExp(
  `\\b(?:context|ctx)(?:\\s(?:window|length|size))?,\\s(?:(?:about|around|roughly|maybe|at least)\\s|~\\s?)?(?<num>\\d[\\d.,]*\\s?k)(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/+-])`,
  'gi',
);

/**
 * A cap put on the context, the verb before it: "cap the context at 64k", "limit the context
 * window to 32k tokens", "context capped at 16k", "keep prompts under 8k". The number is the
 * longest input, in tokens; nothing after it may make it a count of something else.
 */
const CONTEXT_CAP_RE = new RegExp(
  `\\b(?:(?:cap|caps|capping|limit|limits|limiting|keep|keeping)\\s(?:the\\s|its\\s|our\\s|their\\s)?(?:context(?:\\s(?:window|length|size))?|ctx|prompts?|inputs?)|(?:context(?:\\s(?:window|length|size))?|ctx|prompts?|inputs?)\\s(?:is\\s|are\\s|should be\\s|must be\\s)?(?:capped|limited))\\s(?:at|to|under|below)\\s(?:(?:about|around|roughly)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/+-])`,
  'g',
);
/**
 * The longest context or prompt said with a relative clause before its length: "the longest
 * context we must handle is 24k", "the biggest prompt users will ever send is 32k tokens", "the
 * largest input it has to handle would be about 8k". A superlative before the noun, up to four
 * words of the clause, then "is" and the length; nothing after it but tokens (so "the longest
 * prompt we get is 3 pages" is left to the pages reader).
 */
const LONGEST_WITH_CLAUSE_RE = new RegExp(
  `\\b(?:longest|largest|biggest|max(?:imum)?)\\s(?:context(?:\\s(?:window|length|size))?|ctx|prompts?|inputs?)\\s(?:that\\s)?(?:[a-z']+\\s){1,4}?(?:is|are|will be|would be|could be|can be)\\s(?:(?:about|around|roughly|maybe)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/+-])`,
  'g',
);
/**
 * A bare limit after "context" in its sentence: "context gets big with tool outputs, assume 64k
 * max", "context can grow; 32k at most", "32k worst case", "contexts get huge with log dumps, up to
 * 128k", "context grows with every tool call, cap it at 32k"; or a size said to be enough: "the context can stay
 * small, 8k will do", "context isn't critical, 16k is plenty". The number is the longest input,
 * in tokens.
 */
const CONTEXT_THEN_LIMIT_RE = new RegExp(
  `\\b(?:contexts?|ctx)\\b[^.!?;\\d]{0,60}?(?<num>${N})\\s?(?:tokens?\\s)?(?:max(?:imum)?|at most|tops|(?:in\\s(?:the\\s)?)?worst[\\s-]case|(?:is|are|should be|would be|will be)\\s(?:plenty|enough|sufficient|ample)|will do|suffices)\\b|\\b(?:contexts?|ctx)\\s(?:get|gets|grow|grows|can get|can grow|run|runs)\\b[^.!?;\\d]{0,60}?\\b(?:up to|as (?:big|long|large) as|(?:cap|caps|capped|limit|limited|clamp|clamped)\\s(?:(?:it|them)\\s)?(?:at|to))\\s(?<num2>${N})(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/])`,
  'g',
);
/**
 * A need for a context said after "context" in its sentence, the number bare: "context windows
 * matter to us - we need at least 32k", "long context is key; we want 64k", "the context length
 * should be no less than 8k tokens". A minimum ("at least", "no less than", "a minimum of") or a
 * verb of needing right before the number; no other number between; nothing after it that makes
 * it a count of something else ("at least 16 GPUs").
 */
const CONTEXT_THEN_NEED_RE = new RegExp(
  `\\b(?:context|ctx)\\b[^.!?;\\d]{0,60}?\\b(?:at least|no less than|(?:a\\s)?minimum(?:\\sof)?|(?:need|want|require)s?(?:\\sat least)?)\\s(?:(?:about|around|roughly)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/+-])`,
  'g',
);

/**
 * Each match of `re` not yet read (its `num` group) as the longest input in tokens, with a note
 * made from the words matched; its span is taken from the match's start, or from its number's
 * (`fromNumber`) when the words before the number may still be another reader's. `unless` skips a
 * match.
 */
function readLongestInputs(
  ctx: QuantityContext,
  re: RegExp,
  options: {
    note?: (written: string) => string;
    fromNumber?: boolean;
    unless?: (m: RegExpMatchArray & { index: number }) => boolean;
  } = {},
): SaidLength[] {
  const read: SaidLength[] = [];
  for (const m of matches(ctx, re)) {
    if (options.unless?.(m)) continue;
    const num = m.groups!.num ?? m.groups!.num2;
    const value = parseTokenCount(num);
    setTokens(ctx, 'max', value, num, options.note?.(m[0].trim()));
    read.push({ end: m.index + m[0].length, value, role: 'max' });
    const [numberStart] = groupSpan(m, num);
    ctx.spans.take(
      options.fromNumber ? numberStart : m.index,
      m.index + m[0].length,
    );
  }
  return read;
}

/**
 * The longest input said with the context, the window or a limit: "32k context", "up to 16k
 * input", "context window, 32k", "cap the context at 64k", "the longest prompt we get is 24k",
 * "context can grow; 32k at most", "we need at least 32k". Returns the lengths read, for a bare
 * typical one after them.
 */
export function readContextLengths(ctx: QuantityContext): SaidLength[] {
  const said: SaidLength[] = [];
  // the longest inputs read here are lengths said, for a bare typical one after them ("up to 12k
  // tokens of context (typically 7-9k)")
  const longest = (
    re: RegExp,
    options?: Parameters<typeof readLongestInputs>[2],
  ) => said.push(...readLongestInputs(ctx, re, options));
  longest(CONTEXT_AFTER_RE, {
    // "a typical request carries about 3,000 tokens of context": a typical prompt, read with the
    // cues (not "32k context", nor "typically up to 32k of context")
    unless: m => {
      const before = ctx.text
        .slice(Math.max(0, m.index - 60), m.index)
        .replace(/^.*[\d.;!?]/, '');
      return (
        /^[\d.,]+\s?(?:k\s?)?tokens?\sof\scontext\b/.test(m[0]) &&
        (TYPICAL_WORDS.test(before) || PROMPT_SAID_BEFORE.test(before)) &&
        !EXPLICIT_LONGEST_RE.test(before)
      );
    },
  });
  longest(LIMITED_INPUT_RE);
  longest(CONTEXT_APPOSITION_RE, { fromNumber: true });
  longest(CONTEXT_BEFORE_RE, {
    // "the retrieved context is about 6k tokens": what the prompt holds, read with the cues
    unless: m =>
      CONTEXT_AS_CONTENT.test(
        `${around(ctx, m.index, m.index, 40, 0).before}${m[0]}`,
      ),
  });
  for (const re of [CONTEXT_CAP_RE, LONGEST_WITH_CLAUSE_RE])
    longest(re, {
      note: written => `"${written}" read as the longest input, in tokens`,
    });
  longest(CONTEXT_THEN_LIMIT_RE, { fromNumber: true });
  longest(CONTEXT_THEN_NEED_RE, {
    fromNumber: true,
    note: written => `"${written}" read as the context the request needs`,
  });
  return said;
}
