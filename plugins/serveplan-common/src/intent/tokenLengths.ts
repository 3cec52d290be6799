/**
 * Token lengths: the context a request needs, its typical input and output lengths ("32k
 * context", "prompts ~500 tokens", "~80 tokens out") and pages as a document length. The entry
 * point (extractTokens) reads the lengths said with "tokens", by their field or in in/out
 * shorthand, and runs the readers of each role: the role of a length by its cues
 * (lengthRoles.ts, lengthCues.ts), the context said with a limit (contextLengths.ts), typical
 * lengths set right (typicalLengths.ts), bare numbers in the unit said before them
 * (bareLengths.ts) and pages (pageLengths.ts), each set on its field (tokenFields.ts).
 */
import {
  NUMBER_SOURCE as N,
  parseRange,
  parseTokenCount,
  RANGE_SEPARATOR_SOURCE as RS,
  RANGE_UPPER_SOURCE as NU,
} from './numbers';
import {
  fmt,
  groupSpan,
  matches,
  QuantityContext,
  rangeNote,
  settledInRange,
  settledNote,
} from './quantityReading';
import {
  lengthOwnerBefore,
  TokenRole,
  tokenNounAfter,
  tokenRoleOfNoun,
} from './numberAttachment';
import { consumedNouns, producedNouns } from './taskArtefacts';
import { limitBefore } from './lengthCues';
import {
  inputOrWindowEarlier,
  roleByWordsAfter,
  tokenRole,
} from './lengthRoles';
import { setTokens } from './tokenFields';
import { readContextLengths } from './contextLengths';
import {
  partNounBefore,
  preferWholeInput,
  rangeOfTypicalLengths,
  readSameOutput,
  resolveSameSlot,
  TypicalLength,
} from './typicalLengths';
import {
  readBareLongest,
  readBareOfRole,
  readBareTypical,
  readCueThenNumber,
} from './bareLengths';
import { readPageLengths } from './pageLengths';
import { isCollectionSize } from './corpusSize';

export { TOKENS_PER_PAGE } from './pageLengths';

/**
 * What a length in tokens may be per, after a slash: "150 tok/step", "400 tokens/request". A
 * slash before a time ("30 tokens/s") or a period ("2M tokens/day") is a speed or a volume.
 */
const PER_ITEM =
  '(?:steps?|requests?|reqs?|calls?|quer(?:y|ies)|items?|docs?|documents?|turns?|messages?|msgs?|pages?|records?|rows?|answers?|repl(?:y|ies)|responses?)\\b';
/**
 * "until" or "till" between two numbers, as a learner of English writes a range: "maybe 500 until
 * 1000 tokens", "from 2k till 4k tokens" (a range, not a limit: "until 48k tokens" alone is the
 * longest, lengthCues.ts).
 */
const UNTIL_RANGE = '\\s(?:until|till)\\s';
/**
 * What may stand between "tokens" and the word it goes with ("500 tokens of context", "800-token
 * answers", "2k tokens in"): a space or a hyphen, on its line. A dash set off by spaces or a line
 * break ends the item: in "~60 tokens\n- p95: 300 ms" or "60 tokens - p95 300 ms" the "p" is the
 * next item's.
 */
const ATTACHED_GAP = '(?:[^\\S\\n]?-(?![^\\S\\n])|[^\\S\\n])';
/** Quotes around the word, as one writes a term not one's own: 'about 300 "tokens"'. */
const QUOTE = `["']?`;
const TOKENS_RE = new RegExp(
  `(?<num>${N})(?:(?:${RS}|${UNTIL_RANGE})(?<num2>${NU}))?\\s?-?\\s?${QUOTE}(?:tokens?|toks?)${QUOTE}(?![a-z]|/(?!\\s?${PER_ITEM}))(?<attached>${ATTACHED_GAP}(?:of\\s)?[a-z]+)?`,
  'g',
);
/**
 * A distributive "each" or "apiece" between a count and its period, which keeps the count a
 * count: "30 prompts each per working day", "12 answers apiece a week".
 */
const EACH = '(?:\\s(?:each|apiece))?';
/**
 * "8k prompts", "2k completions": a length in thousands of tokens, said with the noun it measures.
 * A count per a period ("450k completions/hour", "3k prompts per day", "20k answers nightly") is
 * a volume of requests, whether the period is said with a word or a slash, as is a count of
 * requests named by their kind ("95 completion requests/s") or per person ("~1,100 completions per
 * dev per day"), also with "each" before the period ("40 prompts each per business day"). The number and its noun share a line: "cap 16k\n- answers ~400 tokens" ends one
 * item of a list at the number.
 */
const NOUN_TOKENS_RE = new RegExp(
  `(?<num>${N})[^\\S\\n]?-?[^\\S\\n]?(?<noun>prompts?|inputs?|outputs?|completions?|responses?|answers?)(?![a-z])(?!\\s?(?:requests?|reqs?|calls?|queries|rps|qps)\\b)(?!${EACH}\\s?(?:/\\s?|per\\s)(?:user|dev|developer|engineer|person|head|seat|member|agent|day|hour|month|week)\\b)(?!${EACH}\\s?(?:/\\s?|(?:per|a|an|each|every)\\s)(?:s|sec|second|min|minute|h|hr|hour|d|(?:work(?:ing)?\\s?|business\\s)?day|night|wk|week|mo|month|yr|year)\\b)(?!${EACH}\\s?(?:nightly|daily|hourly|weekly|monthly)\\b)`,
  'g',
);
/** One length for both directions: "about 300 tokens either way", "~500 tokens in and out". */
const EITHER_WAY_RE = new RegExp(
  `(?<num>${N})\\s?(?:tokens?|toks?)\\s(?:either way|each way|both ways|in both directions|each direction|in and out)\\b`,
  'g',
);
/**
 * A length named by its field, as in a config or a form: "in_tokens: ~700", "output_tokens=120",
 * "prompt tokens: 2,500", "completion-tokens: 80". The key says the direction and that the number
 * is in tokens. "max_tokens" says neither (a cap on the output in some APIs), so it is left out.
 */
const KEYED_LENGTH_RE = new RegExp(
  `\\b(?:(?<inKey>in|input|prompt)|(?<outKey>out|output|completion))[_\\s-](?:tokens?|toks?)\\s?[:=]\\s?(?:~\\s?|(?:about|around|approx(?:imately|\\.)?)\\s)?(?<num>${N})(?![\\d.,]?\\d)(?![ \\t]?(?!(?:tokens?|toks?)\\b)[a-z%$/])`,
  'gi',
);

/**
 * Ops shorthand for lengths: "4k in 1k out", "2k in / 500 out", "in/out 2k/300", with a hedge on
 * the second length ("3k tokens in, ~40 out", "1k in and about 200 out", "600 tok in / 90 out"),
 * and with a verb of motion ("about 900 tokens coming in and 150 going out"); "out of" is no
 * output. The words may also come first, the two lengths split by a slash and
 * sharing the unit said after the second: "input 3,500 / output 250 tokens", "in: 2k / out: 300
 * tokens" (in a request that speaks of tokens).
 */
const IN_OUT_RE = new RegExp(
  `(?<inp>${N})\\s?(?:(?:tokens?|toks?)\\s)?(?:(?:going|coming|goes|comes)\\s)?(?:in|input)\\s?[,/;]?\\s?(?:and\\s)?(?:~\\s?|(?:about|around|roughly|maybe|approx(?:imately|\\.)?)\\s)?(?<out>${N})\\s?(?:(?:tokens?|toks?)\\s)?(?:(?:coming|going|comes|goes)\\s)?(?:out|output)\\b(?!\\s?of\\b)|\\bin\\s?/\\s?out\\s?:?\\s?(?<inp2>${N})\\s?/\\s?(?<out2>${N})|\\b(?:in|input)\\s?[:=]?\\s?(?:~\\s?)?(?<inp3>${N})\\s?(?:(?:tokens?|toks?)\\s?)?/\\s?(?:out|output)\\s?[:=]?\\s?(?:~\\s?)?(?<out3>${N})(?![\\d.,]?\\d)(?!\\s?(?!(?:tokens?|toks?)\\b)[a-z%$/])`,
  'g',
);

/**
 * Use cases whose product is a written text (a letter, an article, a draft): a length said of
 * no part of the request is most likely the length of what is written.
 */
const WRITING_USE_CASES: ReadonlySet<string> = new Set(['content_generation']);

/**
 * Context need and typical input/output lengths from "32k context", "prompts ~500 tokens",
 * "100-page contracts". `useCase`: the request's use case, stated or carried by the conversation
 * ("an assistant that drafts appeal letters", then "the letters run about 800 tokens": in a
 * writing task a length with no word saying what it measures is the output's).
 */
export function extractTokens(ctx: QuantityContext, useCase?: string): void {
  const writing = useCase !== undefined && WRITING_USE_CASES.has(useCase);
  const produced = producedNouns(ctx.text);
  const consumed = consumedNouns(ctx.text);
  const lengths: TypicalLength[] = [];
  /** Where each length in tokens ends, for a bare longest said after it. */
  const said: Array<{ end: number; value: number; role?: TokenRole }> = [];
  for (const m of matches(ctx, KEYED_LENGTH_RE)) {
    const g = m.groups!;
    setTokens(
      ctx,
      g.inKey ? 'input' : 'output',
      parseTokenCount(g.num),
      g.num,
      `"${m[0].trim()}" read as a length in tokens named by its field`,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  // the longest inputs read here are lengths said, for a bare typical one after them ("up to 12k
  // tokens of context (typically 7-9k)")
  said.push(...readContextLengths(ctx));
  for (const m of matches(ctx, EITHER_WAY_RE)) {
    const num = m.groups!.num;
    const value = parseTokenCount(num);
    setTokens(
      ctx,
      'input',
      value,
      num,
      `"${m[0].trim()}" read as the typical input and output lengths`,
    );
    setTokens(ctx, 'output', value, num);
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  // "tok" too: "answers ~300 tok"
  const anyTokens = /\b(?:tokens?|toks?)\b/.test(ctx.text);
  for (const m of matches(ctx, IN_OUT_RE)) {
    const g = m.groups!;
    // "each ticket means two translations, one in and one out": items, not lengths of 1 token
    if (
      /^1$/.test(g.inp ?? g.inp2 ?? g.inp3 ?? '') &&
      /^1$/.test(g.out ?? g.out2 ?? g.out3 ?? '')
    )
      continue;
    // "input 6,000 / output 400": lengths only where the request speaks of tokens
    if (g.inp3 && !anyTokens) continue;
    const inp = g.inp ?? g.inp2 ?? g.inp3;
    const out = g.out ?? g.out2 ?? g.out3;
    // "bundles up to 6k tokens in, about 150 out": an input said with a limit is the longest one
    const [inStart] = groupSpan(m, inp);
    const limited = limitBefore(ctx, inStart);
    setTokens(
      ctx,
      limited ? 'max' : 'input',
      parseTokenCount(inp),
      inp,
      `"${m[0].trim()}" read as ${
        limited
          ? 'the longest input and the typical output'
          : 'typical input and output'
      } lengths in tokens`,
    );
    setTokens(ctx, 'output', parseTokenCount(out), out);
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  for (const m of matches(ctx, TOKENS_RE)) {
    const g = m.groups!;
    const [s, e] = groupSpan(m, g.num);
    // "30 tokens/s" belongs to latency
    const tokensEnd = m.index + m[0].length - (g.attached ?? '').length;
    let role = roleByWordsAfter(
      tokenRole(ctx, s, e, g.attached ?? '', tokensEnd, produced, consumed),
      ctx.text,
      tokensEnd,
    );
    // a range ("500-2k tokens"): the upper end for the longest input, like every range sized
    // for; its middle for a typical length, which is the mean of the lengths ("answers 200-250
    // tokens" average 225); either way a value settled on right after it wins ("60 to 80 tokens
    // (call it 70)")
    const range = g.num2 ? parseRange(g.num, g.num2) : undefined;
    const settled =
      range && range.low < range.high
        ? settledInRange(
            ctx.text.slice(tokensEnd, tokensEnd + 30),
            range.low,
            parseTokenCount(g.num2!),
            { unit: 'tokens?|toks?', parse: parseTokenCount },
          )
        : undefined;
    const written = settled?.num ?? g.num2 ?? g.num;
    let value = settled?.value ?? parseTokenCount(written);
    // "a corpus of about 50M tokens", "1,000,000 tokens of docs": what is searched, no length
    if (isCollectionSize(ctx.text, s, tokensEnd, value)) {
      ctx.signals.assumptions.push(
        `"${ctx.text
          .slice(s, tokensEnd)
          .trim()}" read as the size of the material worked over, not the length of a request`,
      );
      ctx.spans.take(m.index, m.index + m[0].length);
      continue;
    }
    const show = (n: number) => `${fmt(n)} tokens`;
    let rangeText: string | undefined;
    const spread = !settled && range && range.low < range.high;
    if (
      spread &&
      role === 'max' &&
      rangeOfTypicalLengths(ctx, s, tokensEnd, g.attached ?? '')
    )
      role = 'input';
    if (settled) {
      rangeText = settledNote(range!.low, range!.high, settled, show);
      ctx.spans.take(tokensEnd, tokensEnd + settled.end);
    } else if (spread && role === 'max')
      rangeText = rangeNote(range.low, value, show);
    const ownerBefore = lengthOwnerBefore(
      ctx.text.slice(Math.max(0, s - 50), s),
    );
    const ownerAfter = tokenRoleOfNoun(
      tokenNounAfter(ctx.text.slice(tokensEnd, tokensEnd + 40)) ?? '',
    );
    const afterInput = ctx.signals.source.input_tokens === 'stated';
    // in a writing task, a length with no cue near it measures what is written, unless its
    // sentence names an input or a window further back ("the prompts with the standards pasted
    // in are usually around 2,000 tokens")
    const writtenOut =
      writing && !role && !inputOrWindowEarlier(ctx, s, consumed);
    let landed: TokenRole = role ?? 'input';
    if (!role && (afterInput || writtenOut)) landed = 'output';
    if (spread && landed !== 'max') {
      // the middle of the lengths said: a "k" is a thousand here ("2-4k tokens" average 3,000),
      // the binary one being a window's size
      const high = range.high;
      value = Math.round((range.low + high) / 2);
      rangeText = `${show(range.low)} to ${show(high)} read as ${show(
        value,
      )}, the middle: a typical length is the mean of the lengths`;
    }
    said.push({ end: m.index + m[0].length, value, role: landed });
    lengths.push({
      role: landed,
      value,
      written,
      note: rangeText,
      owner: ownerBefore?.role ?? ownerAfter,
      ownerNoun: ownerBefore?.noun ?? partNounBefore(ctx.text.slice(0, s)),
    });
    if (!role && (afterInput || writtenOut)) {
      // in a writing task, a length with no cue measures what is written; a second length with
      // no cue, after the input, is the output ("~3,000 tokens in, and it explains the error in
      // about 350 tokens")
      setTokens(
        ctx,
        'output',
        value,
        written,
        [
          rangeText,
          afterInput
            ? `"${m[0].trim()}" with no word saying what it measures, after the input length: read as the typical output length`
            : `"${m[0].trim()}" with no word saying what it measures, in a writing task: read as the typical length of what is written (the output)`,
        ]
          .filter(Boolean)
          .join('; '),
      );
    } else if (!role) {
      setTokens(
        ctx,
        'input',
        value,
        written,
        [
          rangeText,
          `"${m[0].trim()}" with no word saying what it measures: read as the typical prompt length`,
        ]
          .filter(Boolean)
          .join('; '),
      );
    } else {
      setTokens(ctx, role, value, written, rangeText);
    }
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  readSameOutput(ctx);
  for (const m of matches(ctx, NOUN_TOKENS_RE)) {
    const g = m.groups!;
    const value = parseTokenCount(g.num);
    // "8k prompts" is a prompt length; "500 prompts" is a count
    if (!/k$/i.test(g.num.trim()) && !anyTokens) continue;
    // "in one prompt", "2 answers": no text is a handful of tokens long
    if (value < 16) continue;
    const role: TokenRole = /^(?:prompts?|inputs?)$/.test(g.noun)
      ? 'input'
      : 'output';
    setTokens(ctx, role, value, g.num);
    lengths.push({ role, value, written: g.num, owner: role });
    said.push({ end: m.index + m[0].length, value, role });
    ctx.spans.take(m.index, m.index + m[0].length);
  }
  if (anyTokens) readCueThenNumber(ctx, produced, consumed, lengths, said);
  resolveSameSlot(ctx, lengths);
  preferWholeInput(ctx, lengths);
  readBareLongest(ctx, said);
  readBareTypical(ctx, said);
  readBareOfRole(ctx, said, 'output', produced);
  readBareOfRole(ctx, said, 'input');
  readPageLengths(ctx, useCase);
}
