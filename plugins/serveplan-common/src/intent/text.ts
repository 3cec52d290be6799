/**
 * Text helpers of the intent engine: cleaning hostile input and splitting a request into clauses
 * so a cue ("no", "only", "peak") applies to the mentions next to it and not to the whole request.
 * Misspellings are corrected by spelling.ts.
 */

/** Longest request the engine reads, in characters. */
export const MAX_REQUEST_CHARS = 10_000;

/**
 * Folds what a person would not see as different: control characters, smart quotes, non-breaking
 * and zero-width spaces, "≤", "upto" and "atleast" written as one word; lowercases. The readers' offsets are into this cleaned text (NFKC
 * may lengthen or shorten a character, so they are not offsets into the original).
 */
export function cleanText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/\p{Cc}/gu, c =>
        c === '\n' || c === '\t' || c === '\r' ? c : ' ',
      )
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2013\u2014]/g, ' - ')
      // a hyphen joining a word of another script to a number is no minus sign: Hebrew "ל-5k" ("to
      // 5k"), "ב-2023"; one character for one, so offsets stay
      .replace(/(?<=[^\p{ASCII}\s])-(?=\d)/gu, ' ')
      .replace(/\u2264/g, '<=')
      .replace(/\u2265/g, '>=')
      .replace(/\u00d7/g, 'x')
      .replace(/\bup ?to\b/gi, 'up to')
      .replace(/\bat ?least\b/gi, 'at least')
      .replace(/\b(?:over)?nite(ly)?\b/gi, w =>
        /^over/i.test(w) ? 'overnight' : w.replace(/nite/i, 'night'),
      )
      .replace(/\bthru\b/gi, 'through')
      .toLowerCase()
  );
}

/** A clause of the request and where it starts. */
export interface Clause {
  text: string;
  start: number;
}

/**
 * Splits at sentence ends, semicolons, commas, dashes, parentheses, "but" and "while" (not the
 * noun: "takes a while"), keeping decimals ("3.1") and abbreviations ("e.g.") whole. Cues act
 * within a clause.
 */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  const re =
    // (not the dot of "cca. 30" or "approx. 40": an abbreviated "about" before a number, nor of
    // "max. 96k" or "min. 8k": an abbreviated limit)
    /(?:(?!(?<=\b(?:cca|ca|approx|appr|max|min))\.\s?[~\d])[.!?](?=\s|$)|[;:()\n]|,(?!\d)|\s-\s|\bbut\b|(?<!\ba\s)\bwhile\b|\bwhereas\b)+/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const idx = m.index ?? 0;
    // keep "p95: 300ms" and "users: 5000" together: a colon after a short label is not a break
    if (
      m[0] === ':' &&
      /(?:^|\s)[a-z0-9 ]{1,20}$/.test(text.slice(last, idx)) &&
      text.slice(last, idx).trim().split(/\s+/).length <= 3
    )
      continue;
    if (idx > last) clauses.push({ text: text.slice(last, idx), start: last });
    last = idx + m[0].length;
  }
  if (last < text.length) clauses.push({ text: text.slice(last), start: last });
  return clauses.filter(c => c.text.trim().length > 0);
}

/** The clause that contains offset `at`. */
export function clauseAt(clauses: Clause[], at: number): Clause | undefined {
  return clauses.find(c => at >= c.start && at < c.start + c.text.length);
}

/** Words that turn what follows in the clause into an exclusion ("no", "avoid", "not from"). */
export const NEGATION_SOURCE =
  "\\b(?:no(?!\\s+(?:more|less|later|longer|fewer|than|need|problem|rush|hurry|matter))|not(?!\\s+(?:more|less|only|sure|just|really\\s+sure))|never|without|avoid(?:ing)?|exclud(?:e|ing)|except|other than|anything but|ban(?:s|ned|ning)?|don'?t (?:want|use|like|allow)|do not (?:want|use|allow)|can'?t (?:use|have|run|take on|accept|allow)|cannot (?:use|have|run|take on|accept|allow)|must ?n[o']t|mustn't|nothing (?:from|under|by)|none of|skip|drop|instead of|rather than|non)\\b";

const NEGATION = new RegExp(NEGATION_SOURCE, 'g');

/** Offsets (in the clause) where negations start. */
export function negationOffsets(clause: string): number[] {
  return [...clause.matchAll(NEGATION)].map(m => m.index ?? 0);
}

const POSITIVE_AFTER_NEGATION =
  /\b(?:prefer\w*|use|using|want|like|go with|allow(?:ed)?|only|ideally|but|is fine|are fine|ok(?:ay)?)\b/;

/** True when a negation stands before `offset` within `window` characters of the same clause. */
export function negatedBefore(
  clause: string,
  offset: number,
  window = 40,
): boolean {
  const before = clause.slice(Math.max(0, offset - window), offset);
  const negations = [...before.matchAll(NEGATION)];
  if (negations.length === 0) return false;
  const last = negations[negations.length - 1];
  // "no Llama and we prefer Qwen": a positive verb after the negation starts a new thought
  const after = before.slice((last.index ?? 0) + last[0].length);
  return !POSITIVE_AFTER_NEGATION.test(after);
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sentence around `start`-`end` of `text`. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): string {
  const before = /[^.!?]*$/.exec(text.slice(0, start))?.[0] ?? '';
  const after = /^[^.!?]*/.exec(text.slice(end))?.[0] ?? '';
  return before + text.slice(start, end) + after;
}
