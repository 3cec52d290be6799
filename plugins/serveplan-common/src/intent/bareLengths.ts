/**
 * Bare lengths: a number with no unit read as a length in tokens, the unit said once covering it:
 * the longest after a typical length ("typically 12k tokens, but up to 64k"), the typical after
 * the longest ("up to 12k tokens, usually 3k"), the output or a small input after another length
 * ("input ca. 1,500 tokens, output ca. 900", "in ~6k tok, out ~500"), and a number after a noun
 * of text or a verb of answering ("prompts ~500", "it returns 400").
 */
import {
  NUMBER_SOURCE as N,
  parseNumberToken,
  parseTokenCount,
  RANGE_SEPARATOR_SOURCE as RS,
  RANGE_UPPER_SOURCE as NU,
} from './numbers';
import { fmt, groupSpan, matches, QuantityContext } from './quantityReading';
import { TokenRole, tokenRoleOfNoun } from './numberAttachment';
import { nounStem } from './taskArtefacts';
import { LIMIT_RIGHT_BEFORE_SOURCE } from './lengthCues';
import { SaidLength, setTokens } from './tokenFields';
import { TypicalLength } from './typicalLengths';

/** A hedge or a limit after a bare length: "answers 400 or so", "replies 200 tops". */
const HEDGE_AFTER =
  '(?:or so|or thereabouts|or less|or fewer|or under|or shorter|give or take|tops|at most|max)';
/**
 * A bare number after a noun of text or a verb of answering, read as tokens when the request
 * speaks of tokens: "prompts ~500", "summaries ~150", "answers up to 300", "it returns 400", "the
 * digest comes out at around 250", "prompts ~6k after retrieval", a range at its middle ("replies
 * 300-500" average 400). An input said with a limit is the longest one ("we must take prompts up
 * to 64k", "inputs under 16k"), as "prompts up to 8k tokens" is. Which
 * nouns count is decided in code (any output noun, and the nouns of input), not by a list here.
 */
const CUE_THEN_NUMBER_RE = new RegExp(
  `\\b(?<cue>gets back|writes back|sends back|comes back with|(?:comes?|came|coming) out|replies with|responds with|spits out|[a-z-]+)\\s(?:(?:are|is|of|at|around|about|maybe|roughly|usually|typically|perhaps|probably|up to|under|below|at most|no more than|max|~|:|=)\\s?)*(?<num>${N})(?:${RS}(?<hi>${NU}))?(?![\\d.,]?\\d)(?!\\s?(?:(?!${HEDGE_AFTER}\\b|(?:after|before|with|including|once)\\s)[a-z%$/]|-))`,
  'g',
);
/** A limit word between a cue and its bare number: "prompts up to 32k", "inputs under 8k". */
const LIMIT_BEFORE_NUMBER =
  /\b(?:up to|under|below|at most|no more than|max)\b/;
/** "come out" as a verb of measuring what is made: "the digests come out at about 250". */
const COME_OUT = /^(?:comes?|came|coming) out$/;
/** Verbs of answering before a length: its output. */
const ANSWER_VERB =
  /^(?:returns|gets back|writes back|sends back|comes back with|(?:comes?|came|coming) out|replies with|responds with|spits out)$/;

/**
 * Nothing after a bare number that makes it a count of something else ("16 GPUs", "20%", "3
 * req/s"), its line ending it: a bullet dash on the next line ("hard cap 16k\n- answers ...")
 * starts the next item, not a unit.
 */
const NOTHING_AFTER = '(?![\\d.,]?\\d|[^\\S\\n]?[a-z%$/-]|\\n\\s*[a-z%$/])';

/**
 * A bare number as the longest of a length said just before it: "typically 12k tokens, but it
 * can go up to 64k", "prompts are 2k tokens, at most 10k", "averaging 45k tokens; the longest run
 * to about 120k", "the biggest maybe 40k" (a hedge before the number), "biggest ~40k", the worst
 * or the longest met ("worst case 64k", "longest we've seen 90k", "worst we've had ~70k", "longest
 * files ~40k"), a length rarely or never passed ("mostly 900 tokens, and they seldom go over 6k",
 * "never above 8k"), a superlative or the worst met said with "is" and a hedge ("the worst case
 * we've seen was nearly 50k", "the largest one I've had is close to 20k"); or with the limit word
 * after it at the end of its clause: "avg 2,000 input
 * tokens, 300 output, 32k max", "1,500 tok typical, 32k worst case". Only after a token length in
 * the same sentence, and only when larger than it: the unit is the one just used.
 */
const LONGEST_BARE_RE = new RegExp(
  `\\b(?:${LIMIT_RIGHT_BEFORE_SOURCE}|max(?:imum)? of|as (?:much|high) as|peaks? at|tops out at|(?:longest|biggest|largest|worst)(?:[\\s-]case|\\sones?|\\s(?!(?:is|are|was|were|we|i|they|you|can|could|may|might|run|runs|one|ones|at|to|of|about|around|roughly|maybe)\\b)[a-z]+s)?(?:\\s(?:we|i|they|you)(?:'ve|\\shave)?\\s(?:seen|had|measured|got)(?:\\s(?:is|was|has been))?)?|(?:rarely|seldom|never|occasionally|sometimes)\\s(?:(?:go(?:es)?|runs?|gets?)\\s)?(?:past|over|beyond|above)|the (?:longest|largest|biggest) (?:[a-z]+ )?(?:ones? )?(?:(?:are|is|can be|may be|often|sometimes)\\s)?(?:run to|runs? to|running to|reach(?:es|ing)?|hit(?:s|ting)?|are|is|at)|the (?:longest|largest|biggest)(?:\\s(?!is\\b|was\\b)[a-z']+){1,4}?\\s(?:is|was|are|were|has been)|(?:can|could|may|might)\\s(?:be|get|go|reach|hit|run)(?:\\s(?:up\\s)?to)?)\\s(?:(?:about|around|roughly|maybe|perhaps|probably|(?:close|closer)\\sto|nearly|almost)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d|[^\\S\\n]?(?!(?:for|when|if|on)\\s)[a-z%$/-]|\\n\\s*[a-z%$/])|\\b(?:a|an|with a|with an)\\s(?<num2>${N})\\s?(?:max(?:imum)?|ceiling|cap|upper limit|worst case)\\b|(?<![\\d.,])(?<num3>${N})\\s?(?:max(?:imum)?|at most|tops|worst[\\s-]case|at (?:the )?(?:worst|longest))(?=\\s?(?:[,.;:!?)]|$))`,
  'g',
);

/**
 * The dot of a shorthand that leaves its sentence going: "incl.", "excl.", "approx.", "ca.",
 * "typ.", "e.g.", "i.e.", "vs.", "esp.", "w/o" has none ("docs ~5k tokens excl. tables, biggest
 * ~30k" is one sentence).
 */
const ABBREVIATION_DOT_RE =
  /\b(?:incl|excl|approx|ca|typ|esp|vs|e\.g|i\.e)\.(?=\s?[\w~≈<>≤(])/g;

/**
 * Whether the text from `from` to `to` ends a sentence: a full stop, a question or an
 * exclamation mark, but not the dot of a shorthand ("prompts ~2k tokens incl. the history, at most
 * 10k" keeps its two lengths together; "prompts ~2k tokens. At most 10 users" does not). The
 * shorthand may begin before `from` (a length's match can take the word after it).
 */
function endsSentence(text: string, from: number, to: number): boolean {
  const plain = text.replace(ABBREVIATION_DOT_RE, a => `${a.slice(0, -1)} `);
  return /[.!?]/.test(plain.slice(from, to));
}

/** The longest input said bare after a typical length in its sentence (LONGEST_BARE_RE). */
export function readBareLongest(
  ctx: QuantityContext,
  said: Array<{ end: number; value: number }>,
): void {
  if (ctx.signals.values.max_input_tokens !== undefined) return;
  for (const m of matches(ctx, LONGEST_BARE_RE)) {
    const num = m.groups!.num ?? m.groups!.num2 ?? m.groups!.num3;
    const value = parseTokenCount(num);
    const length = said.find(
      l => l.end <= m.index && !endsSentence(ctx.text, l.end, m.index),
    );
    if (!length || !(value > length.value)) continue;
    const [s, e] = groupSpan(m, num);
    setTokens(
      ctx,
      'max',
      value,
      num,
      `"${m[0].trim()}" after a length of ${fmt(
        length.value,
      )} tokens read as the longest input`,
    );
    ctx.spans.take(s, e);
    return;
  }
}

/**
 * A bare number as the typical length after the longest one said just before it: "inputs run
 * up to about 12,000 tokens, typically around 3,000", "documents reach 50k tokens, usually 8k",
 * "up to 12k tokens of context (typically 7-9k)", a range read at its middle. A median or a mean
 * is a typical length too ("files up to 40k tokens, median ~9k", "mean: 3k"), and the typical word
 * may head the noun it measures and a verb of length ("the window must take 64k; typical
 * prompts sit around 20k", "a median file is about 9k", "typical queries would be more like 5k").
 * Shorthand and a hedge read the same:
 * "<= 4k tokens, typ. 1,200", "up to 20k tokens, usually more like 3k"; what most of them are
 * is typical too ("a filing may reach 80k tokens, though most are around 12k"). Only after a longest
 * length in the
 * same sentence, and only when smaller than it.
 */
const TYPICAL_BARE_RE = new RegExp(
  `(?:\\btyp\\.|\\bmost(?:\\sof\\sthem)?\\s(?:are|sit|run|come\\sin\\sat)(?:\\s(?:at|around|about|near))?|\\b(?:typical(?:ly)?|usually|normally|mostly|generally|on average|averaging|average|median|mean|p50)(?:\\s(?!(?:up|but|and|or|at|max|over|under)\\b)[a-z-]+\\s(?:is|are|(?:would|will|should|could|might)\\sbe|sits?|sitting|lands?|landing|hovers?|hovering|comes? in at|runs?|tends? to be)(?:\\s(?:at|around|about|near))?|\\s?[:=])?)\\s(?:(?:about|around|roughly|maybe|approximately|(?:more |something )?like|closer to)\\s|~\\s?)?(?<num>${N})(?:${RS}(?<hi>${NU}))?${NOTHING_AFTER}`,
  'g',
);

/**
 * The middle of a typical length said as a range, the scale of its upper end covering a bare
 * lower end: "typically 7-9k" is 8,000.
 */
function middleOfRange(lo: string, hi: string): number {
  const high = parseTokenCount(hi);
  // the "k" borrowed from the upper end is a thousand, as a range is said ("4-6k" = 4,000-6,000)
  const low =
    /^\s*[\d.,]+\s*$/.test(lo) && /k\s*$/i.test(hi)
      ? parseNumberToken(lo) * 1000
      : parseTokenCount(lo);
  return (low + high) / 2;
}

/**
 * A bare number matched by `re` read as the `role` length, when a length said before it in its
 * sentence, in tokens, fits (`fits`): the unit said once covers the number after it. One number
 * at most; `why` says how it was read, for the note.
 */
function readBareAfterSaid(
  ctx: QuantityContext,
  said: SaidLength[],
  re: RegExp,
  role: TokenRole,
  fits: (before: SaidLength, value: number) => boolean,
  why: (before: SaidLength) => string,
  keep: (m: RegExpMatchArray) => boolean = () => true,
): void {
  const field = role === 'output' ? 'output_tokens' : 'input_tokens';
  if (ctx.signals.values[field] !== undefined) return;
  for (const m of matches(ctx, re)) {
    if (!keep(m)) continue;
    const num =
      m.groups!.num ?? m.groups!.num2 ?? m.groups!.num3 ?? m.groups!.num4;
    const value = m.groups!.hi
      ? middleOfRange(num, m.groups!.hi)
      : parseTokenCount(num);
    const before = said.find(
      l =>
        l.end <= m.index &&
        // its sentence; a semicolon joins shorthand ("prompts ~3k tokens; ~400 out")
        !endsSentence(ctx.text, l.end, m.index) &&
        fits(l, value),
    );
    if (!before) continue;
    const [s, e] = groupSpan(m, num);
    setTokens(ctx, role, value, num, `"${m[0].trim()}" ${why(before)}`);
    ctx.spans.take(s, e);
    return;
  }
}

/** The typical input said bare after the longest one in its sentence (TYPICAL_BARE_RE). */
export function readBareTypical(
  ctx: QuantityContext,
  said: SaidLength[],
): void {
  readBareAfterSaid(
    ctx,
    said,
    TYPICAL_BARE_RE,
    'input',
    (longest, value) => longest.role === 'max' && value < longest.value,
    longest =>
      `after a longest length of ${fmt(
        longest.value,
      )} tokens read as the typical input`,
  );
}

/**
 * A bare number as the output's length after a length in tokens said before it in its sentence:
 * "inputs are typically 3,000 tokens and the summary should be around 250", "input ca. 1,500
 * tokens, output ca. 900", "input ≈ 900 tokens, output ≈ 150", "summaries ≤ 80". The unit said once
 * covers both. The noun is one of the output (OUTPUT_BARE_NOUN, or an output noun of
 * numberAttachment.ts: "captions ~40") or what the task produces ("listings are about 300
 * tokens"): "the source texts run 900 tokens and the translation about 1,000".
 */
const OUTPUT_BARE_NOUN =
  /^(?:summary|summaries|answers?|outputs?|repl(?:y|ies)|responses?|results?|drafts?|letters?|completions?|translations?)$/;
const OUTPUT_BARE_RE = new RegExp(
  `\\b(?<noun>[a-z]+)\\s(?:(?:should|would|will|must|can|could|might)\\s(?:be\\s)?|is\\s|are\\s|of\\s|at\\s|with\\s|comes?\\sto\\s|runs?\\s(?:to\\s)?|:\\s?)?(?:also\\s)?(?:(?:about|around|roughly|maybe|perhaps|approximately|ca\\.?|circa|typically|usually|under|at most)\\s|~\\s?|≈\\s?|(?:≤|<=?)\\s?)?(?<num>${N})(?![\\d.,]?\\d|\\s?[a-z%$/-])`,
  'g',
);

/**
 * The output as "out" in shorthand, before or after its bare number: "in ~6k tok, out ~500",
 * "prompts ~3,000 tokens, so ~400 out" (not "out of 500"); or as what the model writes, joined
 * to the input by "and": "consumes c. 9,000 input tokens and writes ~700"; or as the input's
 * length changed: "a recipe is 900 tokens and the Spanish comes out a bit longer, call it 1,000".
 */
const OUT_BARE_RE = new RegExp(
  `\\bout\\s?(?:[:=]\\s?)?(?:(?:about|around|roughly|maybe|approximately|ca\\.?)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d|\\s?[a-z%$/-])|(?<![\\w.,])(?:~\\s?)?(?<num2>${N})\\sout\\b(?!\\s(?:of|there|loud|now)\\b)|\\band\\s(?:writes|returns|produces|generates|outputs|emits|spits\\sout)\\s(?:(?:about|around|roughly|maybe|approximately)\\s|~\\s?)?(?<num3>${N})(?![\\d.,]?\\d|\\s?[a-z%$/-])|\\bcomes?\\sout\\s(?:(?:a\\s(?:bit|little|touch)|slightly|somewhat)\\s)?(?:longer|shorter|bigger|smaller)(?:\\sthan\\s(?:the\\s)?[a-z]+)?,?\\s(?:call\\sit|say|so|about|around|roughly|maybe|~)\\s?(?<num4>${N})(?![\\d.,]?\\d|\\s?[a-z%$/-])`,
  'g',
);

/**
 * The input said small with its bare length after a length in tokens in its sentence: "outputs
 * are long, 2500 tokens avg, inputs small (~400)", "prompts short, about 300".
 */
const INPUT_BARE_RE = new RegExp(
  `\\b(?:inputs?|prompts?)\\s(?:(?:are|is)\\s)?(?:(?:fairly|pretty|quite|very|rather)\\s)?(?:small|short|tiny|brief|smaller|shorter)\\s?,?\\s?\\(?\\s?(?:(?:about|around|roughly|maybe)\\s|~\\s?)?(?<num>${N})(?![\\d.,]?\\d|\\s?[a-z%$/-])`,
  'g',
);

/**
 * A length of `role` said bare after another length in tokens in its sentence: the output
 * (OUTPUT_BARE_RE, OUT_BARE_RE) or the input said small (INPUT_BARE_RE).
 */
export function readBareOfRole(
  ctx: QuantityContext,
  said: SaidLength[],
  role: 'input' | 'output',
  produced: Set<string> = new Set(),
): void {
  // the noun before a bare output names an output or what the task produces
  const outputNoun = (m: RegExpMatchArray) => {
    const noun = m.groups?.noun;
    return (
      noun === undefined ||
      OUTPUT_BARE_NOUN.test(noun) ||
      tokenRoleOfNoun(noun) === 'output' ||
      produced.has(nounStem(noun))
    );
  };
  const res =
    role === 'output' ? [OUTPUT_BARE_RE, OUT_BARE_RE] : [INPUT_BARE_RE];
  for (const re of res)
    readBareAfterSaid(
      ctx,
      said,
      re,
      role,
      (before, value) => before.role !== role && value > 0,
      before =>
        `after a length of ${fmt(
          before.value,
        )} tokens read as the ${role} in tokens`,
      outputNoun,
    );
}

/** The role a cue before a bare number gives it: a noun of input, an output noun, a verb of answering. */
function cueRole(cue: string): TokenRole | undefined {
  if (/^(?:prompts?|inputs?)$/.test(cue)) return 'input';
  if (ANSWER_VERB.test(cue) || tokenRoleOfNoun(cue) === 'output')
    return 'output';
  return undefined;
}

/**
 * Bare numbers after a noun of text or a verb of answering (CUE_THEN_NUMBER_RE), read as tokens
 * in a request that speaks of tokens: each is a typical length (`lengths`) and a length said
 * (`said`). `produced` and `consumed`: the nouns the task makes and reads (taskArtefacts.ts).
 */
export function readCueThenNumber(
  ctx: QuantityContext,
  produced: Set<string>,
  consumed: Set<string>,
  lengths: TypicalLength[],
  said: SaidLength[],
): void {
  for (const m of matches(ctx, CUE_THEN_NUMBER_RE)) {
    const g = m.groups!;
    const role = cueRole(g.cue);
    if (!role) continue;
    // "come out at" measures its subject: "the minutes come out at roughly 450" is written, but
    // "the longest scans come out at around 90k" is a document read (a document noun, or a
    // noun the task reads, that it does not also produce)
    if (COME_OUT.test(g.cue)) {
      const subject = /([a-z]+)\s*$/.exec(ctx.text.slice(0, m.index))?.[1];
      const stem = subject ? nounStem(subject) : '';
      const read =
        consumed.has(stem) ||
        (subject !== undefined && tokenRoleOfNoun(subject) === 'max');
      if (read && !produced.has(stem)) continue;
    }
    const [s] = groupSpan(m, g.num);
    // the match ends with its number (or the upper end of its range)
    const e = m.index + m[0].length;
    if (ctx.spans.overlaps(s, e)) continue;
    // "prompts up to 64k": an input said with a limit is the longest one, a range at its upper end
    const longest =
      role === 'input' && LIMIT_BEFORE_NUMBER.test(ctx.text.slice(m.index, s));
    const written = g.hi && longest ? g.hi : g.num;
    const value =
      g.hi && !longest ? middleOfRange(g.num, g.hi) : parseTokenCount(written);
    const landed: TokenRole = longest ? 'max' : role;
    setTokens(
      ctx,
      landed,
      value,
      written,
      `"${m[0].trim()}" read as tokens, like the other lengths in the request${
        g.hi && !longest ? `, a range at its middle (${fmt(value)})` : ''
      }${longest ? ', the longest input (said with a limit)' : ''}`,
    );
    if (!longest) lengths.push({ role, value, written, owner: role });
    said.push({ end: m.index + m[0].length, value, role: landed });
    ctx.spans.take(s, e);
  }
}
