/**
 * Numbers as people write them in a request: digits with separators and suffixes ("2,500",
 * "5k", "1.2M", "1e6", "10^15"), number words ("ten thousand", "twenty-five hundred", "two and a
 * half thousand", "a quarter of a million") and vague amounts ("a few hundred"), plus the unit conversions the intent needs
 * (per minute/day/month → per second, per quarter/year → per month, seconds → milliseconds).
 *
 * Hand-written rather than a library: `compromise` reads "5k" as 5 and "2.5k" as 2.5 and weighs
 * ~350 kB in a browser bundle; `words-to-numbers` reads "forty two thousand" as 2040 and
 * "twenty-five hundred" as 520 and pulls babel-runtime/core-js 2. This parser is small, isomorphic
 * and covered by numbers.test.ts.
 */

import { HOURS_PER_MONTH } from '../units';

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** The number words from two to ten, for counts of groups ("three clients"), from UNITS. */
export const SMALL_COUNT_WORDS: Readonly<Record<string, number>> =
  Object.fromEntries(
    Object.entries(UNITS).filter(([, value]) => value >= 2 && value <= 10),
  );

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  quadrillion: 1e15,
};

/** Vague quantities: the value read and the phrase to report as an assumption. */
const VAGUE: Record<string, number> = { couple: 2, few: 3, several: 5 };

const NUMBER_WORDS = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  ...Object.keys(VAGUE),
  'hundred',
  'dozen',
  'half',
  'a',
  'an',
  'and',
  'of',
];

/**
 * Ordinals a percentile is said with: "ninety-fifth", "ninety ninth", "fiftieth". A compound
 * ("ninety-fifth") or a tens ordinal ("fiftieth") is always a number; a lone "first" or "fifth"
 * is not rewritten ("first token", "the fifth request"), so only tens ordinals are listed here.
 */
const TENS_ORDINALS: Record<string, number> = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};

/** Unit ordinals, only after a tens word ("ninety-ninth"). */
const UNIT_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};

const ORDINAL_RE = new RegExp(
  `\\b(?:(?<tens>${Object.keys(TENS).join('|')})[\\s-](?<unit>${Object.keys(
    UNIT_ORDINALS,
  ).join('|')})|(?<round>${Object.keys(TENS_ORDINALS).join('|')}))\\b`,
  'gi',
);

/** The English suffix of an ordinal written in digits: 21st, 92nd, 93rd, 95th. */
function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * A fraction of a time unit said in words: "a quarter second", "a quarter of a second",
 * "three quarters of a minute", "a half-second", "half an hour". Only before a time unit, so a
 * budget "per quarter" or "a quarter of the users" is not a number. "and a half" is left to the
 * word parser ("one and a half seconds" is 1.5).
 */
const FRACTION_OF_UNIT_RE =
  /(?<!\band\s(?:an?\s)?)\b(?:(?<count>a|one|three)[\s-])?(?<part>quarters?|half)(?:[\s-]of)?(?:\s(?:a|an))?[\s-](?=(?:milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?)\b)/gi;

/** The time units a fraction or a decimal comma is read before (NUMERIC_FRACTION_RE, DECIMAL_COMMA_RE). */
const TIME_UNIT_AHEAD =
  '(?=\\s?(?:milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h)\\b)';

/**
 * A fraction written with digits before a time unit: "1/2 second", "3/4 s", "½ s" (NFKC turns
 * "½" into "1⁄2" with a fraction slash). Without this the "2" is read alone ("1/2 second" → 2 s).
 * Only proper fractions with a small denominator: "24/7" or "9/11" are not durations.
 */
const NUMERIC_FRACTION_RE = new RegExp(
  `(?<![\\w./\u2044])(?<num>\\d)\\s?[/\u2044]\\s?(?<den>\\d{1,2})(?![\\d/])${TIME_UNIT_AHEAD}`,
  'gi',
);

/**
 * A decimal comma, as much of Europe writes it, before a time unit: "1,2 s", "0,5 seconds". One or
 * two digits after the comma cannot be a thousands group, so "1,200 ms" stays twelve hundred.
 */
const DECIMAL_COMMA_RE = new RegExp(
  `(?<![\\w.,])(?<whole>\\d{1,3}),(?<frac>\\d{1,2})(?![\\d,])${TIME_UNIT_AHEAD}`,
  'gi',
);

/** A magnitude suffix or scale word a decimal comma is read before: "k", "M", "mio", "million". */
const SCALE_AHEAD = '\\s?(?:k|m|mio|mn|bn|thousand|million|billion)(?![a-z])';

/**
 * A decimal comma before a magnitude suffix: "2,5k" is 2500 and "1,5M" 1.5 million, as a writer
 * who puts a comma where English puts a point means them. Only one or two digits after the comma,
 * which cannot be a thousands group: "2,500" and "1,250k" (1.25 million) keep the comma a
 * thousands separator, and "3,5" without a suffix is left alone (it may be a list). The lower
 * bound of a range whose upper bound has the suffix is read the same way ("1,5-2,5k").
 */
const DECIMAL_COMMA_SCALE_RE = new RegExp(
  `(?<![\\w.,])(?<whole>\\d{1,3}),(?<frac>\\d{1,2})(?![\\d,])(?=${SCALE_AHEAD}|(?:\\s?-\\s?|\\s(?:to|and)\\s)\\d{1,3}(?:[.,]\\d{1,2})?${SCALE_AHEAD})`,
  'gi',
);

/** How many parts a whole is cut into, by the name of one part ("a quarter": 4). */
const FRACTION_PARTS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};

/** How many parts are taken, in words: "a", "one", "three" (or a digit): the units one to nine. */
const FRACTION_COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(
    Object.entries(UNITS).filter(([, v]) => v >= 1 && v <= 9),
  ),
};

const FRACTION_COUNT_SOURCE = `${Object.keys(FRACTION_COUNTS).join('|')}|\\d`;

/**
 * A fraction said before a scale word, which English reads as one number: "a quarter of a
 * million" (250000), "three quarters of a billion", "two-thirds of a million", "a quarter
 * million", "a quarter-million", "a half million", "half of a thousand". "of" goes with an
 * article or "one" before the scale ("a quarter of a million") and none without one ("a quarter
 * million"); "a quarter of 2 million" (a part of an amount) is not read.
 */
const SCALE_FRACTION_RE = new RegExp(
  `(?<![\\w.,'-])(?:(?<count>${FRACTION_COUNT_SOURCE})[\\s-])?(?<part>${Object.keys(
    FRACTION_PARTS,
  ).join('|')})(?:\\sof\\s(?:an?|one)\\s|[\\s-])(?<scale>${Object.keys(
    SCALES,
  ).join('|')})\\b`,
  'gi',
);

/** A count word or digit right before a fraction the regex read without one ("and a half"). */
const COUNT_BEFORE = new RegExp(`\\b(?:${FRACTION_COUNT_SOURCE})[\\s-]$`, 'i');

/** A whole number and "and" before the fraction: "two and a quarter million" is a mixed number. */
const WHOLE_AND_BEFORE = new RegExp(
  `(?:\\d|\\b(?:${[
    ...Object.keys(UNITS),
    ...Object.keys(TENS),
    'hundred',
    ...Object.keys(SCALES),
  ].join('|')}))\\sand\\s$`,
  'i',
);

/**
 * The value of a SCALE_FRACTION_RE match at `start` of `text`, or undefined when it is no such
 * number ("of" with an article and none without one is the regex's). A count is needed ("every
 * quarter a million" and "per quarter a million dollars" are a period and an amount), except
 * before "half" ("half of a million"); one part takes the singular and more the plural ("a
 * quarter", "three quarters"), fewer parts than the whole. Not after a whole number and "and":
 * "one and a half million" is the word parser's. The value is rounded to a whole number:
 * "two-thirds of a million" is written 666667.
 */
function scaleFractionValue(
  m: RegExpMatchArray,
  text: string,
  start: number,
): number | undefined {
  const { count, part, scale } = m.groups ?? {};
  if (!part || !scale) return undefined;
  const parts = FRACTION_PARTS[part.toLowerCase()];
  const before = text.slice(Math.max(0, start - 30), start);
  if (!count && (parts !== 2 || COUNT_BEFORE.test(before))) return undefined;
  if (WHOLE_AND_BEFORE.test(before)) return undefined;
  const many = count
    ? FRACTION_COUNTS[count.toLowerCase()] ?? Number(count)
    : 1;
  if (!(many >= 1 && many < parts)) return undefined;
  if (/s$/i.test(part) !== many > 1) return undefined;
  return Math.round((many / parts) * SCALES[scale.toLowerCase()]);
}

/** The value of a FRACTION_OF_UNIT_RE match, or undefined for a form that is not a fraction. */
function fractionValue(
  count: string | undefined,
  part: string,
): number | undefined {
  const p = part.toLowerCase();
  const c = count?.toLowerCase();
  if (p === 'half') return c === 'three' ? undefined : 0.5;
  if (p === 'quarters') return c === 'three' ? 0.75 : undefined;
  return c === 'three' ? undefined : 0.25;
}

/**
 * Every word the number reader knows, for the spelling pass (spelling.ts): a slip of one of these
 * ("thousnd", "ninty") is corrected into it.
 */
export const NUMBER_WORD_VOCABULARY: readonly string[] = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  ...Object.keys(VAGUE),
  ...Object.keys(TENS_ORDINALS),
  'hundred',
  'hundreds',
  'thousands',
  'millions',
  'dozen',
  'half',
  'quarter',
];

const RUN = new RegExp(
  `\\b(?:${NUMBER_WORDS.join('|')})(?:(?:\\s+|-)(?:${NUMBER_WORDS.join(
    '|',
  )}))*\\b`,
  'gi',
);

/** A span of the original text replaced by digits. */
export interface NumberWordReplacement {
  /** The words as written, e.g. "a few hundred". */
  phrase: string;
  value: number;
  /** True for vague amounts ("a few hundred", "several thousand"): report as an assumption. */
  approximate: boolean;
  /** Start and end of the digits in the rewritten text. */
  start: number;
  end: number;
}

interface WordNumber {
  from: number;
  to: number;
  value: number;
  approximate: boolean;
}

type Kind =
  | 'none'
  | 'unit'
  | 'teen'
  | 'tens'
  | 'hundred'
  | 'scale'
  | 'a'
  | 'and'
  | 'half'
  | 'vague'
  | 'dozen'
  | 'of';

/**
 * Parses a run of number words (already split into lowercase tokens) into one or more numbers.
 * A token that cannot continue the current number ("one two", "twenty thirty") starts a new one.
 */
/**
 * "of" after a vague count and before what it counts: "a couple of minutes" is 2 minutes (not "a
 * few of them" or "a couple of our users", where the "of" names a whole the few are part of).
 */
const OF_AFTER_VAGUE =
  /^\sof(?=\s(?!(?:them|us|you|those|these|the|our|their|your|my|his|her|its|which|whom|what|it|this|that)\b)[a-z])/;

function parseWordRun(tokens: string[]): WordNumber[] {
  const out: WordNumber[] = [];
  let total = 0;
  let current = 0;
  let from = -1;
  let last: Kind = 'none';
  let numeric = false;
  let approximate = false;
  let pendingHalf = false;
  let lastNumericIndex = -1;

  const flush = () => {
    if (numeric && from >= 0) {
      out.push({
        from,
        to: lastNumericIndex,
        value: total + current,
        approximate,
      });
    }
    total = 0;
    current = 0;
    from = -1;
    last = 'none';
    numeric = false;
    approximate = false;
    pendingHalf = false;
  };
  const start = (i: number) => {
    if (from < 0) from = i;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t in UNITS || t in TENS) {
      const v = UNITS[t] ?? TENS[t];
      const isTens = t in TENS;
      const isTeen = !isTens && v >= 10;
      const continues =
        last === 'hundred' ||
        last === 'scale' ||
        last === 'and' ||
        (last === 'tens' && !isTens && !isTeen && v > 0);
      if (numeric && !continues) flush();
      start(i);
      current += v;
      if (isTens) last = 'tens';
      else last = isTeen ? 'teen' : 'unit';
      numeric = true;
      lastNumericIndex = i;
    } else if (t === 'hundred') {
      if (numeric && (last === 'hundred' || last === 'scale' || current >= 100))
        flush();
      start(i);
      current = (current || 1) * 100;
      last = 'hundred';
      numeric = true;
      lastNumericIndex = i;
    } else if (t in SCALES) {
      start(i);
      let base = current || 1;
      if (pendingHalf) {
        base = current ? current + 0.5 : 0.5;
        pendingHalf = false;
      }
      total += base * SCALES[t];
      current = 0;
      last = 'scale';
      numeric = true;
      lastNumericIndex = i;
    } else if (t === 'dozen') {
      start(i);
      current = (current || 1) * 12;
      last = 'dozen';
      numeric = true;
      lastNumericIndex = i;
    } else if (t in VAGUE) {
      if (numeric) flush();
      start(i);
      current = VAGUE[t];
      approximate = true;
      last = 'vague';
      numeric = true;
      lastNumericIndex = i;
    } else if (t === 'half') {
      // "two and a half thousand", "half a million", "one and a half"
      if (numeric && last === 'a') {
        pendingHalf = true;
        if (!(next && next in SCALES)) {
          current += 0.5;
          pendingHalf = false;
        }
        lastNumericIndex = i;
      } else if (!numeric && next && (next === 'a' || next === 'an')) {
        start(i);
        pendingHalf = true;
        numeric = true;
        current = 0;
        lastNumericIndex = i;
      } else {
        flush();
        continue;
      }
      last = 'half';
    } else if (t === 'a' || t === 'an') {
      // only a number before a scale, "hundred", "dozen", "few", "couple" or as in "and a half"
      const before =
        next &&
        (next in SCALES ||
          next === 'hundred' ||
          next === 'dozen' ||
          next in VAGUE);
      if (last === 'and' && next === 'half') {
        last = 'a';
      } else if (last === 'half' && pendingHalf) {
        // "half a million" waits for the scale; "half a second" is 0.5
        if (!(next && next in SCALES)) {
          current = 0.5;
          pendingHalf = false;
        }
        lastNumericIndex = i;
        last = 'a';
      } else if (before) {
        if (numeric) flush();
        start(i);
        last = 'a';
      } else {
        flush();
      }
    } else if (t === 'and') {
      if (
        numeric &&
        (last === 'hundred' ||
          last === 'scale' ||
          (next === 'a' && tokens[i + 2] === 'half'))
      ) {
        last = 'and';
      } else {
        flush();
      }
    } else if (t === 'of') {
      // "a couple of hundred", "a few of" → keep; otherwise a separator
      if (last === 'vague' && next && (next === 'hundred' || next in SCALES))
        last = 'of';
      else flush();
    }
  }
  flush();
  return out.filter(n => n.from >= 0 && n.to >= n.from);
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
}

const SCALE_PLURALS: Record<string, number> = {
  tens: 10,
  dozens: 12,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
/** "thousands of users", "tens of thousands of requests": vague, read as about three of the unit. */
const VAGUE_PLURAL =
  /\b(?:(tens|hundreds) of )?(dozens|hundreds|thousands|millions|billions) of\b/gi;

/**
 * Rewrites number words as digits ("ten thousand users" → "10000 users") and reports every
 * replacement, so vague ones ("a few hundred") can be listed as assumptions.
 */
/** What makes "one" an adjective rather than a count: "one-off", "one-time", "one-shot" (and "no one" a pronoun). */
const NOT_A_COUNT_AFTER_ONE =
  /^[\s-](?:off|time|shot|stop|way|click|liner|size[\s-]fits)\b/i;

/**
 * "one" as a pronoun standing for a thing named before: after a determiner with words that
 * describe it ("the largest one", "the Qwen 32B one", "that one") and before no noun of its own
 * (punctuation, a verb or a connective next: "the largest one was 90k tokens"; or a hedged
 * number, its size: "the longest one around 80k tokens"). "the one H100 we have" keeps its count:
 * a noun follows.
 */
const PRONOUN_ONE_BEFORE =
  /\b(?:(?:the|a|an|this|that|which|another|each|every|any)\s(?:[\w.-]+\s){1,3}|(?:this|that|which|another|other)\s)$/i;
const PRONOUN_ONE_AFTER =
  /^(?:\s*[,.;:!?)]|\s*$|\s(?:is|was|are|were|has|had|and|or|but|from|of|with|for|that|which|we|i|you|they|it|seems?|looks?|sounds?|should|would|could|might|will|too|as well|though)\b|\s(?:around|about|roughly|approximately|maybe|perhaps|probably|at)\s?~?\s?(?=\d))/i;

/**
 * "each one" and "every one" stand for each of the things or people just named ("3,000 customers
 * a day and each one sends 6 messages"), whatever follows; not before a unit of time ("every one
 * hour") or joined to a word ("each one-off run").
 */
const DISTRIBUTIVE_ONE_BEFORE = /\b(?:each|every)\s$/i;
const NOT_PRONOUN_AFTER_DISTRIBUTIVE =
  /^(?:-|\s(?:ms|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)\b)/i;

function isPronounOne(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 12);
  if (DISTRIBUTIVE_ONE_BEFORE.test(before))
    return !NOT_PRONOUN_AFTER_DISTRIBUTIVE.test(after);
  return PRONOUN_ONE_BEFORE.test(before) && PRONOUN_ONE_AFTER.test(after);
}

export function rewriteNumberWords(text: string): {
  text: string;
  replacements: NumberWordReplacement[];
} {
  const segments: Array<{
    start: number;
    end: number;
    value: number;
    approximate: boolean;
    /** Written after the digits: an ordinal's "th", a fraction's space before its unit. */
    suffix?: string;
  }> = [];
  // ordinals first ("ninety-fifth" → "95th"), so the word parser does not read "ninety" alone
  for (const m of text.matchAll(ORDINAL_RE)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    // "a ninety second wait" is a duration: "second" is an ordinal only before "percentile"
    if (
      g.unit?.toLowerCase() === 'second' &&
      !/^[\s-]*(?:percentile|pct)\b/i.test(text.slice(start + m[0].length))
    )
      continue;
    const value = g.round
      ? TENS_ORDINALS[g.round.toLowerCase()]
      : TENS[g.tens.toLowerCase()] + UNIT_ORDINALS[g.unit.toLowerCase()];
    segments.push({
      start,
      end: start + m[0].length,
      value,
      approximate: false,
      suffix: ordinalSuffix(value),
    });
  }
  for (const m of text.matchAll(FRACTION_OF_UNIT_RE)) {
    const value = fractionValue(m.groups?.count, m.groups?.part ?? '');
    if (value === undefined) continue;
    const start = m.index ?? 0;
    segments.push({
      start,
      end: start + m[0].length,
      value,
      approximate: false,
      suffix: ' ',
    });
  }
  for (const m of text.matchAll(SCALE_FRACTION_RE)) {
    const start = m.index ?? 0;
    const value = scaleFractionValue(m, text, start);
    if (value === undefined) continue;
    if (segments.some(s => start < s.end && start + m[0].length > s.start))
      continue;
    segments.push({
      start,
      end: start + m[0].length,
      value,
      approximate: false,
    });
  }
  for (const m of text.matchAll(NUMERIC_FRACTION_RE)) {
    const num = Number(m.groups?.num);
    const den = Number(m.groups?.den);
    if (!(den >= 2 && num >= 1 && num < den)) continue;
    const start = m.index ?? 0;
    segments.push({
      start,
      end: start + m[0].length,
      value: num / den,
      approximate: false,
    });
  }
  for (const m of [
    ...text.matchAll(DECIMAL_COMMA_RE),
    ...text.matchAll(DECIMAL_COMMA_SCALE_RE),
  ]) {
    const start = m.index ?? 0;
    if (segments.some(s => start < s.end && start + m[0].length > s.start))
      continue;
    segments.push({
      start,
      end: start + m[0].length,
      value: Number(`${m.groups?.whole}.${m.groups?.frac}`),
      approximate: false,
    });
  }
  for (const m of text.matchAll(VAGUE_PLURAL)) {
    const start = m.index ?? 0;
    if (segments.some(s => start < s.end && start + m[0].length > s.start))
      continue;
    const outer = m[1] ? SCALE_PLURALS[m[1].toLowerCase()] : 1;
    const value = 3 * outer * SCALE_PLURALS[m[2].toLowerCase()];
    segments.push({
      start,
      end: start + m[0].length,
      value,
      approximate: true,
    });
  }
  for (const match of text.matchAll(RUN)) {
    const runStart = match.index ?? 0;
    // tokens with their offsets inside the run
    const tokens: Array<{ word: string; start: number; end: number }> = [];
    for (const t of match[0].matchAll(/[a-z]+/gi)) {
      tokens.push({
        word: t[0].toLowerCase(),
        start: runStart + (t.index ?? 0),
        end: runStart + (t.index ?? 0) + t[0].length,
      });
    }
    for (const n of parseWordRun(tokens.map(t => t.word))) {
      const start = tokens[n.from].start;
      const end = tokens[n.to].end;
      if (segments.some(s => start < s.end && end > s.start)) continue;
      // "a one-off job", "a one-time migration", "one-shot": a kind of thing, not a count
      if (
        n.value === 1 &&
        (NOT_A_COUNT_AFTER_ONE.test(text.slice(end, end + 12)) ||
          (tokens[n.from].word === 'one' && isPronounOne(text, start, end)) ||
          /\bno[\s-]$/i.test(text.slice(Math.max(0, start - 3), start)))
      )
        continue;
      // "15 thousand": digits before a scale word are read with it as one number (NUMBER_SOURCE)
      if (
        /^(?:hundred|thousand|million|billion|trillion)$/.test(
          tokens[n.from].word,
        ) &&
        /\d\s?$/.test(text.slice(0, start))
      )
        continue;
      segments.push({ start, end, value: n.value, approximate: n.approximate });
    }
  }
  segments.sort((a, b) => a.start - b.start);
  const replacements: NumberWordReplacement[] = [];
  let out = '';
  let lastEnd = 0;
  for (const seg of segments) {
    out += text.slice(lastEnd, seg.start);
    const digits = formatNumber(seg.value);
    replacements.push({
      phrase: text.slice(seg.start, seg.end),
      value: seg.value,
      approximate: seg.approximate,
      start: out.length,
      end: out.length + digits.length,
    });
    out += digits + (seg.suffix ?? '');
    // "forty (40) seats": the digits repeating the words in brackets, as contracts write them,
    // are the same number, not a second one
    const repeated = /^\s?\((\d[\d,]*)\)/.exec(text.slice(seg.end));
    const of = /\b(?:couple|few|several)$/.test(text.slice(seg.start, seg.end))
      ? OF_AFTER_VAGUE.exec(text.slice(seg.end))
      : null;
    // "a hundred and twenty-ish": a hedge on the number, which the readers take as about it
    const hedge = /^[\s-]ish\b/.exec(text.slice(seg.end));
    lastEnd =
      repeated && Number(repeated[1].replace(/,/g, '')) === seg.value
        ? seg.end + repeated[0].length
        : seg.end + (of?.[0].length ?? hedge?.[0].length ?? 0);
  }
  out += text.slice(lastEnd);
  return { text: out, replacements };
}

/**
 * Multipliers of number suffixes: k, M, bn and the words, and the Indian English scale words
 * after digits ("2 lakh" = 200,000, "1.5 crore" = 15 million).
 */
const SUFFIX: Record<string, number> = {
  hundred: 100,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
  k: 1e3,
  thousand: 1e3,
  // "2 thousands documents": the plural some writers give the scale word
  thousands: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  mil: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  trillion: 1e12,
};

const SUFFIX_SOURCE =
  '(?:\\s?(?:hundred|thousands?|millions?|billions?|trillion|lakhs?|lacs?|crores?|mio|mil|mm|mn|bn|k|m|b|t)(?![a-z]))?';

/**
 * Digits with thousands separators: commas ("25,000"), apostrophes ("25'000"), two or more dots
 * ("1.250.000") or single spaces ("25 000"; NBSP and narrow NBSP are spaces once the text is
 * cleaned). Each group after the lead is exactly three digits, so "2 3000-token prompts" stays two
 * numbers; a space group must not run into a word ("4 128k contexts", "5 200-token answers").
 */
const GROUPED_SOURCE =
  "\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:'\\d{3})+(?!\\d)|\\d{1,3}(?:\\.\\d{3}){2,}(?!\\.?\\d)|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}(?![\\d.,]?\\d|[a-z]|-[a-z]))+";

/** A number without sign or lookbehind: exponent, digits with separators and decimals, suffix. */
const NUMBER_BODY = `(?:10\\s?(?:\\^|\\*\\*)\\s?\\d{1,3}|(?:${GROUPED_SOURCE}|\\d+)(?:\\.\\d+)?(?:e\\d{1,3})?|\\.\\d+)${SUFFIX_SOURCE}`;

/**
 * A number written with digits: optional sign, thousands separators, decimals, an exponent
 * ("1e6", "10^15") and a suffix ("k", "M", "bn", "thousand"). The lookbehind keeps "H100" and
 * "p95" from yielding 100 and 95, and keeps a number from starting inside another one after a
 * separator ("2,000" in "1,000-2,000" is never ",000" → 0; a range reads it with RANGE_UPPER_SOURCE).
 */
export const NUMBER_SOURCE = `(?<![\\w.-]|\\d[,'])(?!(?<=\\d\\s)0\\d)-?${NUMBER_BODY}`;

/**
 * What joins the bounds of a range: "5-10k", "10 to 20 thousand", "1,000 through 2,000",
 * "between 1 and 2 million" ("and" only after "between", its first bound maybe grouped by a
 * space: "between 2 000 and 3 000").
 */
export const RANGE_SEPARATOR_SOURCE =
  '(?:\\s?-\\s?|\\s(?:to|through)\\s|\\s(?<=\\bbetween\\s\\S+(?:\\s\\d{3})?(?:\\s[a-z]+)?\\s)and\\s)';

/** The upper bound of a range, after RANGE_SEPARATOR_SOURCE: the full number grammar, no sign. */
export const RANGE_UPPER_SOURCE = NUMBER_BODY;

/** Parses one number token matched by NUMBER_SOURCE (or plain digits); NaN when it is not one. */
export function parseNumberToken(token: string): number {
  const s = token
    .trim()
    .toLowerCase()
    .replace(/(?<=\d)[\s'](?=\d{3}(?!\d))/g, '')
    .replace(/^(-?\d{1,3}(?:\.\d{3}){2,})(?!\.?\d)/, g => g.replace(/\./g, ''))
    .replace(/\s+/g, '');
  const pow = /^(-?)10(?:\^|\*\*)(\d{1,3})$/.exec(s);
  if (pow) return (pow[1] ? -1 : 1) * 10 ** Number(pow[2]);
  const m =
    /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e\d{1,3})?)([a-z]*)$/.exec(s);
  if (!m || !m[1] || m[1] === '-') return NaN;
  const base = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(base)) return NaN;
  if (!m[2]) return base;
  const mult = SUFFIX[m[2]];
  return mult === undefined ? NaN : base * mult;
}

/** The multiplier of a token's suffix ("2 million" → 1e6, "10k" → 1000), 1 without one. */
function suffixMultiplier(token: string): number {
  const m = /([a-z]+)$/.exec(token.trim().toLowerCase());
  return (m && SUFFIX[m[1]]) || 1;
}

/**
 * The bounds of a range written "1-2 million", "5-10k", "5k to 10k", "10 to 20 thousand": a
 * scale after the upper bound applies to a bare lower one ("1-2 million" = 1M to 2M) unless that
 * would put it above the upper one ("500 to 2 million" stays 500 to 2M). `ascending` is false for
 * "from 800 to 300" (a change to the second value rather than a span).
 */
export function parseRange(
  lowToken: string,
  highToken: string,
): { low: number; high: number; ascending: boolean } {
  let low = parseNumberToken(lowToken);
  const high = parseNumberToken(highToken);
  const mult = suffixMultiplier(highToken);
  if (suffixMultiplier(lowToken) === 1 && mult > 1 && low * mult <= high)
    low *= mult;
  return { low, high, ascending: low <= high };
}

/**
 * "25.000" where a whole count is meant (users, requests, documents): a dot before exactly three
 * digits is read as a thousands separator, as in much of Europe (nobody serves 25.000 users
 * meaning 25). Returns the count, or undefined when the token is not of that form.
 */
export function dotThousands(token: string): number | undefined {
  const t = token.trim();
  return /^\d{1,3}\.\d{3}$/.test(t) ? Number(t.replace('.', '')) : undefined;
}

/** True when the token carries a "k" suffix on a power of two (8k, 32k, 128k): tokens use 1024. */
export function isBinaryK(token: string): boolean {
  const m = /^(\d+)\s?k$/i.exec(token.trim());
  if (!m) return false;
  const n = Number(m[1]);
  return n >= 1 && n <= 1024 && (n & (n - 1)) === 0;
}

/**
 * A token count: "32k" → 32768 (binary for powers of two), "20k" → 20000, "1.5k" → 1500. A count
 * of tokens is whole, so a dot before exactly three digits separates thousands ("2.000 tokens" is
 * 2,000, as in much of Europe), as for counts of people (dotThousands).
 */
export function parseTokenCount(token: string): number {
  if (isBinaryK(token)) return Number(/^(\d+)/.exec(token.trim())![1]) * 1024;
  return dotThousands(token) ?? parseNumberToken(token);
}

/** Parses a whole phrase: digits with suffixes or number words ("five thousand", "2.5k"). */
export function parseQuantity(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const direct = parseNumberToken(trimmed);
  if (Number.isFinite(direct)) return direct;
  const rewritten = rewriteNumberWords(trimmed).text.trim();
  const again = parseNumberToken(rewritten);
  return Number.isFinite(again) ? again : undefined;
}

const SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  daily: 86400,
  night: 86400,
  nightly: 86400,
  week: 7 * 86400,
  weeks: 7 * 86400,
  weekly: 7 * 86400,
  wk: 7 * 86400,
  month: HOURS_PER_MONTH * 3600,
  months: HOURS_PER_MONTH * 3600,
  monthly: HOURS_PER_MONTH * 3600,
  mo: HOURS_PER_MONTH * 3600,
  mth: HOURS_PER_MONTH * 3600,
  quarter: 3 * HOURS_PER_MONTH * 3600,
  quarters: 3 * HOURS_PER_MONTH * 3600,
  quarterly: 3 * HOURS_PER_MONTH * 3600,
  qtr: 3 * HOURS_PER_MONTH * 3600,
  year: 12 * HOURS_PER_MONTH * 3600,
  yr: 12 * HOURS_PER_MONTH * 3600,
  annum: 12 * HOURS_PER_MONTH * 3600,
  yearly: 12 * HOURS_PER_MONTH * 3600,
  annually: 12 * HOURS_PER_MONTH * 3600,
};

/** Seconds in a period unit ("minute", "hr", "day", "month"), or undefined. */
export function periodSeconds(unit: string): number | undefined {
  return SECONDS[unit.toLowerCase()];
}

/** A count per period → per second ("3000 per minute" → 50). */
export function perSecond(count: number, unit: string): number | undefined {
  const s = periodSeconds(unit);
  return s === undefined ? undefined : count / s;
}

/** An amount per period → per month ("36k per year" → 3000, "$50 per hour" → 36500). */
export function perMonth(amount: number, unit: string): number | undefined {
  const s = periodSeconds(unit);
  return s === undefined ? undefined : (amount * HOURS_PER_MONTH * 3600) / s;
}

/** A duration in ms from a value and its unit ("1.5", "s" → 1500). */
export function toMilliseconds(
  value: number,
  unit: string,
): number | undefined {
  const u = unit.toLowerCase();
  if (/^(?:ms|msec|msecs|millis|millisecond|milliseconds)$/.test(u))
    return value;
  const s = periodSeconds(u);
  return s === undefined ? undefined : value * s * 1000;
}

/** Rounds to a sensible number of significant digits for display and comparisons. */
export function roundSig(value: number, digits = 4): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}
