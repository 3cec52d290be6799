/**
 * A count written as the sum of its parts: "3 regions: 1,200 + 800 + 500 = 2,500 users", "two
 * apps, 40k + 10k = 50k MAU". The total after "=" is the count; the terms before it are its
 * parts, not counts of their own; and a count said right before the sum that is as many as there
 * are terms ("3 regions", "two apps") counts the groups the parts belong to, not the people.
 * A sum whose terms do not add up to the total is not read: one of the numbers is wrong.
 */
import {
  NUMBER_SOURCE as N,
  parseNumberToken,
  SMALL_COUNT_WORDS,
} from './numbers';

export interface CountBreakdown {
  /** Offsets of the terms and the "=" ("1,200 + 800 + 500 = "): parts, not counts. */
  termsStart: number;
  termsEnd: number;
  /** Offsets of the count of groups said before the sum ("3 regions"), when there is one. */
  groups?: { start: number; end: number };
}

/** Two or more terms joined by "+", then "=" and the total. */
const SUM_RE = new RegExp(
  `(?<terms>${N}(?:\\s?\\+\\s?${N})+\\s?=\\s?)(?<total>${N})`,
  'g',
);
/** One term of the sum. */
const TERM_RE = new RegExp(N, 'g');
/**
 * A count and up to three words right before the sum, with a colon, comma, bracket or dash
 * between: "for 3 outsourcing clients: ", "across two apps (".
 */
const GROUPS_BEFORE = new RegExp(
  `(?<count>${N}|\\b(?:${Object.keys(SMALL_COUNT_WORDS).join(
    '|',
  )}))\\s(?:[a-z][a-z-]*\\s){0,2}[a-z][a-z-]*\\s?(?::|,|\\(|-|–|—)\\s?$`,
);

/** The value of a term or a count of groups, NaN when it is neither. */
function valueOf(token: string): number {
  return SMALL_COUNT_WORDS[token] ?? parseNumberToken(token);
}

/** Every count written as a sum in `text` (lower case). */
export function countBreakdowns(text: string): CountBreakdown[] {
  const out: CountBreakdown[] = [];
  for (const m of text.matchAll(SUM_RE)) {
    const g = m.groups!;
    const terms = [...g.terms.matchAll(TERM_RE)].map(t => valueOf(t[0]));
    const total = valueOf(g.total);
    const sum = terms.reduce((a, b) => a + b, 0);
    if (!Number.isFinite(sum) || !(total > 0)) continue;
    if (Math.abs(sum - total) > total * 0.01) continue;
    const termsStart = m.index!;
    const found: CountBreakdown = {
      termsStart,
      termsEnd: termsStart + g.terms.length,
    };
    const sentence = /[^.;!?]*$/.exec(text.slice(0, termsStart))?.[0] ?? '';
    const groups = GROUPS_BEFORE.exec(sentence);
    if (groups && valueOf(groups.groups!.count) === terms.length) {
      const start = termsStart - sentence.length + groups.index;
      found.groups = { start, end: termsStart };
    }
    out.push(found);
  }
  return out;
}

/** Whether `start`-`end` overlaps the terms of a sum or the count of its groups. */
export function inBreakdown(
  breakdowns: CountBreakdown[],
  start: number,
  end: number,
): boolean {
  return breakdowns.some(b =>
    [
      [b.termsStart, b.termsEnd],
      ...(b.groups ? [[b.groups.start, b.groups.end]] : []),
    ].some(([s, e]) => start < e && end > s),
  );
}
