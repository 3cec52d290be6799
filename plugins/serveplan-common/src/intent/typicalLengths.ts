/**
 * Typical lengths: the typical input and output lengths as read, set right when two land in one
 * slot ("articles ~2k tokens, summaries ~150 tokens"), a whole prompt outranking one of its
 * parts, an output "the same length" as the input, and a range of document lengths read as the
 * spread of typical lengths rather than the longest.
 */
import { fmt, matches, QuantityContext } from './quantityReading';
import { TokenRole } from './numberAttachment';
import {
  COVERS_ALL_AFTER,
  LIMIT_AFTER,
  LIMIT_RIGHT_BEFORE_RE,
  LIMIT_SIGN,
  LONGEST_RE,
  LONGEST_WORD,
  PART_NOUN,
} from './lengthCues';
import { setTokens } from './tokenFields';

/** A typical length as read: the slot it landed in and the role its owner noun gives it. */
export interface TypicalLength {
  role: TokenRole;
  value: number;
  written: string;
  note?: string;
  /** The role the noun owning the length gives it ("source articles" → input), if any. */
  owner?: TokenRole;
  /** The noun owning the length ("chunks", "prompts"), if any. */
  ownerNoun?: string;
}

/** Nouns of the prompt as a whole. */
const WHOLE_NOUN = /^(?:prompts?|inputs?|contexts?)$/;

/**
 * A prompt's own length outranks the length of one of its parts: "5 chunks of ~400 tokens, so
 * prompts come to about 2,000 tokens" is a 2,000-token input, whichever is said first. Without a
 * length owned by the prompt itself, a part's length stays the input (nothing better is said).
 */
export function preferWholeInput(
  ctx: QuantityContext,
  lengths: TypicalLength[],
) {
  const inputs = lengths.filter(l => l.role === 'input');
  const part = inputs.find(l => l.ownerNoun && PART_NOUN.test(l.ownerNoun));
  const whole = inputs.find(l => l.ownerNoun && WHOLE_NOUN.test(l.ownerNoun));
  if (!part || !whole || ctx.signals.values.input_tokens !== part.value) return;
  setTokens(
    ctx,
    'input',
    whole.value,
    whole.written,
    `${fmt(whole.value)} tokens read as the prompt length: the ${fmt(
      part.value,
    )} tokens measure one ${part.ownerNoun!.replace(/s$/, '')} of it`,
    'stated',
    true,
  );
}

const TYPICAL_FIELDS = {
  input: 'input_tokens',
  output: 'output_tokens',
} as const;

/**
 * Two typical lengths in one slot and none in the other ("articles ~2k tokens, summaries ~150
 * tokens", both read as outputs by their nearest cue) are an input and an output: the one whose
 * owner noun (with its modifiers) names the other side moves there, or, beside a length whose
 * owner names this slot, the one whose owner names neither; rather than the first winning and
 * the second being lost. When no owner tells them apart, both stay where they are.
 */
export function resolveSameSlot(
  ctx: QuantityContext,
  lengths: TypicalLength[],
) {
  for (const [slot, other] of [
    ['input', 'output'],
    ['output', 'input'],
  ] as const) {
    const inSlot = lengths.filter(l => l.role === slot);
    if (
      inSlot.length < 2 ||
      ctx.signals.values[TYPICAL_FIELDS[other]] !== undefined
    )
      continue;
    // a length owned by the other side moves; else, beside one its owner puts in this slot
    // ("summaries"), one whose owner says nothing ("articles") is the other side
    const moved =
      inSlot.find(l => l.owner === other) ??
      (inSlot.some(l => l.owner === slot)
        ? inSlot.find(l => l.owner === undefined)
        : undefined);
    const kept = inSlot.find(l => l !== moved);
    if (!moved || !kept || kept.owner === other) continue;
    moved.role = other;
    setTokens(
      ctx,
      other,
      moved.value,
      moved.written,
      [
        moved.note,
        `${fmt(
          moved.value,
        )} tokens read as the ${other} length: the text it measures is an ${other}, and the other length is the ${slot}`,
      ]
        .filter(Boolean)
        .join('; '),
    );
    // the slot keeps the first length that stays in it
    setTokens(ctx, slot, kept.value, kept.written, kept.note, 'stated', true);
    return;
  }
}

/** A part noun heading "of" just before a length: "10 chunks of ~500" → "chunks". */
export function partNounBefore(before: string): string | undefined {
  const noun = /([a-z]+)\sof\s?(?:~|about\s|around\s|roughly\s|maybe\s)?$/.exec(
    before.toLowerCase(),
  )?.[1];
  return noun && PART_NOUN.test(noun) ? noun : undefined;
}

const SAME_HEDGE =
  '(?:(?:about|roughly|around|approximately|more or less|pretty much|basically|nearly|almost)\\s)*';
/**
 * "the same length" with nothing it is compared to, at the end of its clause: "a memo is about
 * 700 tokens and the rewrite is roughly the same length." The comparison is with the length just
 * stated, the input's.
 */
const SAME_WITH_NOTHING_AFTER =
  '(?=\\s?(?:[,.;:!?)]|$)|\\s(?:and|but|so|too|as well)\\b)';
/**
 * An output said to be as long as the input: "1,200 tokens in and about the same out", "similar
 * length back", "translations are roughly as long as the source", "the translation is about the
 * same length", "the translation is similar size", "comes out at a similar length", "the rewrite about the same" (with nothing after it, SAME_WITH_NOTHING_AFTER). Read only after an input
 * length was stated, as that length.
 */
const SAME_OUT_RE = new RegExp(
  `\\b${SAME_HEDGE}(?:the same|similar|as much|as many)(?:\\s(?:length|size|amount|number)(?:\\sof tokens)?)?\\s(?:out|output|back)\\b(?!\\s?of\\b)|\\b(?:outputs?|responses?|answers?|repl(?:y|ies)|translations?|rewrites?)\\s(?:(?:are|is|comes? out(?: at)?|will be|should be)\\s)?${SAME_HEDGE}(?:the same(?: length| size)?|as long|similar in (?:length|size)|of (?:a )?similar (?:length|size)|(?:a )?similar (?:length|size))(?:\\sas\\s(?:the\\s)?(?:inputs?|sources?|originals?|prompts?|source texts?)\\b|${SAME_WITH_NOTHING_AFTER})`,
  'g',
);

/** The output length said as "the same" as the stated input (SAME_OUT_RE). */
export function readSameOutput(ctx: QuantityContext): void {
  const input = ctx.signals.values.input_tokens;
  if (
    input === undefined ||
    input === null ||
    ctx.signals.source.input_tokens !== 'stated' ||
    ctx.signals.values.output_tokens !== undefined
  )
    return;
  for (const m of matches(ctx, SAME_OUT_RE)) {
    setTokens(
      ctx,
      'output',
      input,
      String(input),
      `"${m[0].trim()}" read as an output as long as the input, ${fmt(
        input,
      )} tokens`,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
    return;
  }
}

/**
 * The longest said after a range in its sentence, with a number of its own: ", the biggest ~150k",
 * "; longest one 90k", ", worst case 30k", ", up to 200k"; or the window asked for apart: ", so we
 * want a 64k context window".
 */
const LONGEST_SAID_AFTER =
  /^[^.!?\n\d]{0,30}?\b(?:longest|biggest|largest|worst|up to|at most|max(?:imum)?)\b[^.!?\n\d]{0,25}\d|^[^.!?\n\d]{0,40}?\d[\d,.]*\s?k?[\s-](?:tokens?[\s-])?(?:context|ctx)\b/;

/**
 * Whether a range read as the longest input by its document noun alone is the spread of the
 * typical lengths: "transcript length 10 000 to 14 000 tokens", "filings are long, between 4 and 6
 * thousand tokens" (a typical filing is 5,000 tokens, the middle). Not with a word of a limit,
 * of the window or of a whole document before it ("up to 20-30k", "context 16-32k", "full
 * books 80-120k tokens"), a verb of length ("scripts run 8k to 10k tokens" reach their upper
 * end), a page count it restates, or a limit after it ("30-40k tokens max"); but always when the
 * longest is said apart after it in its sentence ("files run 5k to 20k tokens, the biggest ~90k",
 * "logs 2-6k tokens, worst case 30k").
 */
export function rangeOfTypicalLengths(
  ctx: QuantityContext,
  start: number,
  tokensEnd: number,
  attached: string,
): boolean {
  if (/^\s?-?\s?(?:of\s)?(?:context|ctx|window)\b/.test(attached)) return false;
  const after = ctx.text.slice(tokensEnd, tokensEnd + 60);
  // "reports run 20k-60k tokens, the biggest ~150k": the longest said apart, the range is the
  // spread of the typical ones
  if (LONGEST_SAID_AFTER.test(after)) return true;
  const before = ctx.text
    .slice(Math.max(0, start - 60), start)
    .replace(/^.*[\d.;!?\n]/, '');
  return !(
    LONGEST_RE.test(before) ||
    LIMIT_RIGHT_BEFORE_RE.test(before) ||
    LIMIT_SIGN.test(before) ||
    LONGEST_WORD.test(before) ||
    /\b(?:pages?|need|needs|must|have to|has to|run|runs|running|ran|reach(?:es)?|spans?)\b/.test(
      before,
    ) ||
    LIMIT_AFTER.test(after) ||
    COVERS_ALL_AFTER.test(after)
  );
}
