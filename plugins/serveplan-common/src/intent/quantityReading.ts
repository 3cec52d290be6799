/**
 * What every reader of numbers with a meaning shares (see quantities.ts): the context it reads
 * (the working text, its clauses, the spans already read, the signals), the matcher that skips
 * read text, amounts and ranges, the positive-number check, and the nouns that count people.
 */
import { intentFieldLabels } from './intentSchema';
import {
  dotThousands,
  NUMBER_SOURCE as N,
  NumberWordReplacement,
  parseNumberToken,
  parseRange,
  RANGE_SEPARATOR_SOURCE as RS,
  RANGE_UPPER_SOURCE as NU,
  roundSig,
} from './numbers';
import { Clause, clauseAt } from './text';
import { setSignal, Signals, Spans } from './signals';

export interface QuantityContext {
  text: string;
  clauses: Clause[];
  spans: Spans;
  /** Number words replaced by digits, with their place in `text`. */
  replacements: NumberWordReplacement[];
  signals: Signals;
  /** The request is about offline/batch work (nightly, overnight, batch, backfill). */
  batch: boolean;
  /**
   * In a follow-up, the clock time the conversation's batch window starts at ("1am" from "the
   * window is 1am to 5am", clockWindowStart), so a message moving only its end ("extended to
   * 6am") gives its length.
   */
  windowStart?: string;
}

/** A number for notes: two decimals at most, three significant digits below one. */
export const fmt = (n: number) =>
  Math.abs(n) >= 1
    ? n.toLocaleString('en-US', { maximumFractionDigits: 2 })
    : n.toLocaleString('en-US', { maximumSignificantDigits: 3 });

/** The clause around offset `at`, or the whole text. */
export function clauseText(
  ctx: QuantityContext,
  at: number,
): { text: string; start: number } {
  return clauseAt(ctx.clauses, at) ?? { text: ctx.text, start: 0 };
}

/** The clause around offset `at`, cut to `before` chars before and `after` chars after it. */
export function around(
  ctx: QuantityContext,
  start: number,
  end: number,
  before: number,
  after: number,
) {
  const c = clauseText(ctx, start);
  const relStart = start - c.start;
  const relEnd = end - c.start;
  return {
    before: c.text.slice(Math.max(0, relStart - before), relStart),
    after: c.text.slice(relEnd, Math.min(c.text.length, relEnd + after)),
    clause: c.text,
  };
}

export function approximateAt(
  ctx: QuantityContext,
  start: number,
  end: number,
): NumberWordReplacement | undefined {
  return ctx.replacements.find(
    r => r.approximate && r.start < end && r.end > start,
  );
}

/**
 * The matches of `re` that read no text already read. A match running into read text is tried
 * again after it, so a number next to a name is still found: in "llama 3 200 users" the "3"
 * belongs to the model, and "200 users" is read rather than nothing.
 */
export function* matches(
  ctx: QuantityContext,
  re: RegExp,
): Generator<RegExpMatchArray & { index: number }> {
  const search = new RegExp(re.source, re.flags);
  let from = 0;
  while (from <= ctx.text.length) {
    search.lastIndex = from;
    const m = search.exec(ctx.text);
    if (!m) return;
    const index = m.index;
    const end = index + m[0].length;
    const taken = ctx.spans.overlapEnd(index, end);
    if (taken !== undefined) {
      from = Math.max(taken, index + 1);
      continue;
    }
    from = Math.max(end, index + 1);
    yield Object.assign(m, { index });
  }
}

/** Span of a named group inside a match (offsets in the text). */
export function groupSpan(
  m: RegExpMatchArray & { index: number },
  value: string,
): [number, number] {
  const rel = m[0].indexOf(value);
  const start = m.index + Math.max(0, rel);
  return [start, start + value.length];
}

export function checkPositive(
  ctx: QuantityContext,
  field: Parameters<typeof setSignal>[1],
  value: number,
  written: string,
): boolean {
  if (!Number.isFinite(value)) return false;
  if (value <= 0) {
    ctx.signals.errors.push({
      field,
      message: `"${written.trim()}" is not a usable ${
        intentFieldLabels[field]
      }: it must be greater than zero`,
    });
    return false;
  }
  return true;
}

/** The note of a batch window read from `written`: '"10pm-6am" read as a window of 8 h'. */
export function windowNote(written: string, hours: number, how = ''): string {
  return `"${written.trim()}" read as a window of ${fmt(
    roundSig(hours, 4),
  )} h${how}`;
}

/**
 * Sets the batch window (hours, above zero, else the error `checkPositive` records) read from
 * `written`, with its note; false when the hours are not usable. The caller takes the span.
 */
export function setBatchWindow(
  ctx: QuantityContext,
  hours: number,
  written: string,
  note: string | undefined,
): boolean {
  if (!checkPositive(ctx, 'batch_window_hours', hours, written)) return false;
  setSignal(
    ctx.signals,
    'batch_window_hours',
    roundSig(hours, 6),
    'stated',
    note,
  );
  return true;
}

/**
 * A value settled on right after a range: "60 to 80 tokens (call it 70)", "200-300 users, say
 * 250", "10-20 rps, let's say 15", "12k to 15k a day, call it 15k to be safe". A settling word, then a number, then only its unit (`unit`, a
 * regex source) and punctuation or the end: "200-300 users, about 250 of them active" settles
 * nothing.
 */
const settledRe = (unit: string | undefined) =>
  new RegExp(
    `^(?:(?:\\s[a-z]+){1,3}\\s?\\(|\\s?(?:[(,;:]|\\s?[-–—])?)\\s?(?:(?:so|or|but|and|i'd|we'd)\\s)?(?:call it|let'?s say|let us say|say|realistically|roughly|~)\\s?(?<num>${N})(?:\\s?(?:${
      unit ?? '(?!)'
    })\\b)?(?:\\s(?:typical|typically|usually|on average|average|avg))?(?:\\s(?:to be safe|to be on the safe side|to be conservative|for safety|for headroom))?(?=\\s?(?:[).,;:!?]|$))`,
  );

/**
 * The value settled on after a range from `low` to `high` (see settledRe), when it lies within
 * the range; `after` starts right after the range (and its unit). `num` is the number as
 * written, `written` the settling words, `end` where they end in `after`.
 */
export function settledInRange(
  after: string,
  low: number,
  high: number,
  options: { unit?: string; parse?: (token: string) => number } = {},
): { value: number; num: string; written: string; end: number } | undefined {
  const m = settledRe(options.unit).exec(after.toLowerCase());
  if (!m) return undefined;
  const value = (options.parse ?? parseNumberToken)(m.groups!.num);
  if (!(value >= Math.min(low, high) && value <= Math.max(low, high)))
    return undefined;
  return {
    value,
    num: m.groups!.num,
    written: m[0].replace(/^[\s(,;:–—-]+/, '').trim(),
    end: m[0].length,
  };
}

/**
 * A number, or a range ("10-20", "1-2 million", "$5k to $10k") when `highToken` is given. A range
 * yields its second number: the upper end of a span, to size for it (with a note saying so), or
 * the new value in "from 800 to 300", unless a value within it is settled on right after it
 * (`after`, the text following the range: "60-80 tokens (call it 70)", settledInRange). `count`
 * reads "25.000" as 25,000 (see dotThousands): users and requests are whole.
 */
export function readAmount(
  lowToken: string,
  highToken: string | undefined,
  options: {
    count?: boolean;
    show?: (n: number) => string;
    why?: string;
    /** The text right after the range, where a value may be settled on; `unit` may precede it. */
    after?: { text: string; unit?: string };
  } = {},
): {
  value: number;
  notes: string[];
  /** Where the settling words end in `after.text`, when a value was settled on. */
  settledEnd?: number;
  /** A range's lower end, when `value` is its upper end (a typical rate reads the middle). */
  low?: number;
} {
  const show = options.show ?? fmt;
  const notes: string[] = [];
  const plain = (token: string) => {
    const dotted = options.count ? dotThousands(token) : undefined;
    if (dotted === undefined) return token;
    notes.push(
      `"${token.trim()}" read as ${fmt(
        dotted,
      )} (a dot before three digits taken as a thousands separator)`,
    );
    return String(dotted);
  };
  const low = plain(lowToken);
  if (highToken === undefined) return { value: parseNumberToken(low), notes };
  const range = parseRange(low, plain(highToken));
  const settled =
    options.after && range.low < range.high
      ? settledInRange(options.after.text, range.low, range.high, {
          unit: options.after.unit,
        })
      : undefined;
  if (settled) {
    notes.push(settledNote(range.low, range.high, settled, show));
    return { value: settled.value, notes, settledEnd: settled.end };
  }
  if (range.low < range.high) {
    notes.push(rangeNote(range.low, range.high, show, options.why));
    return { value: range.high, notes, low: range.low };
  }
  return { value: range.high, notes };
}

/** "60 to 80 read as 70, as "call it 70" settles it". */
export function settledNote(
  low: number,
  high: number,
  settled: { value: number; written: string },
  show: (n: number) => string,
): string {
  return `${show(low)} to ${show(high)} read as ${show(settled.value)}, as "${
    settled.written
  }" settles it`;
}

export function rangeNote(
  low: number,
  high: number,
  show: (n: number) => string,
  why?: string,
): string {
  return `${show(low)} to ${show(high)} read as ${show(high)}, the upper end${
    why ? `, ${why}` : ''
  }`;
}

/** Nouns for people who use a deployment ("5k employees", "60 reviewers"). */
export const USER_NOUNS =
  'users?|people|persons|ppl|folks|humans|employees|staff(?:ers)?|devs?|developers?|engineers?|engs|programmers?|coders|customers?|clients?|seats|installs|members|students|analysts?|lawyers?|attorneys|paralegals|doctors|clinicians|physicians|nurses|writers?|editors?|marketers|handlers|reps|representatives|support agents|sales agents|human agents|operators|researchers|scientists|teachers|visitors|subscribers|players|merchants|sellers|dau|mau|wau|accounts|colleagues|workers|salespeople|traders|testers|designers|managers|citizens|patients|learners|readers|shoppers|buyers|tenants|adjusters|underwriters|recruiters|consultants|associates|reviewers|callers|moderators|annotators|labell?ers|auditors|investigators|dispatchers|officers|planners|advisors|advisers|specialists|agents';

/** The scale words and suffixes of NUMBER_SOURCE: never a filler word between a number and its noun. */
export const SCALE_WORDS =
  'hundreds?|thousands?|millions?|billions?|trillions?|mio|mil|mm|mn|bn|k|m|b|t';
/**
 * Up to two describing words between a count and the noun it counts ("800 field technicians",
 * "5k active users"): any word but a connective, a scale word or a noun of work or hardware.
 */
export const DESCRIBING_WORDS = `(?:(?!(?:per|and|or|with|at|to|in|on|for|from|of|the|a|an|each|every|tokens?|requests?|queries|gpus?|${SCALE_WORDS})\\b)[a-z][a-z'-]*\\s){0,2}?`;
/** An optional upper bound after a number: "10-20 requests", "1-2 million users". */
export const UPPER = `(?:${RS}(?<num2>${NU}))?`;
