/**
 * A product worked out in the text: "Window: 2 weeks, i.e. 14 × 24 h = 336 h", "42k dialogue
 * lines × 9 languages = 378k translation calls". The result after "=" is what the writer means;
 * the factors before it are how they got there, and a reader taking one of them ("24 h" as the
 * window, "42k lines" as the job) would read the wrong number. The factors are taken before any
 * reader runs, but only when they multiply to the result (within 2 %): a "×" that is no product
 * ("4 × A100", "8x H100") is left alone. A sum worked out to a result is read the same way. A result with no unit or
 * noun of its own ("14 ships x 3,000 guests = 42,000 total", "= 3,000 at peak hour") is read with its factors, whose
 * nouns say what it counts (countBreakdown.ts).
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { matches, QuantityContext } from './quantityReading';

/** Up to four words after a factor: its unit or noun ("h", "dialogue lines", "languages"). */
const WORDS = "(?:\\s?[a-z][a-z'-]*(?:\\s[a-z][a-z'-]*){0,3})?";

/** Words after a result that give it no noun of its own: "= 42,000 total", "= 3,000 at peak". */
const NOT_A_NOUN =
  '(?:total|in|overall|altogether|all|at|on|per|a|an|the|each|every|for|of|with|and|or|but|so|by|to|from|is|are|was|were)';

const WORKED_PRODUCT_RE = new RegExp(
  `(?<a>${N})${WORDS}\\s?(?:×|\\*|x(?=\\s))\\s?(?<b>${N})${WORDS}\\s?=\\s?(?:~\\s?)?(?<c>${N})(?=\\s?(?!${NOT_A_NOUN}\\b)[a-z])`,
  'gi',
);

/**
 * A sum worked out the same way: "30 engineers + 6 contractors = 36 seats", "200 + 150 + 50 =
 * 400 users". The parts are taken when they add up to the result, which has a noun of its own.
 */
const WORKED_SUM_RE = new RegExp(
  `(?<a>${N})${WORDS}\\s?\\+\\s?(?<b>${N})${WORDS}(?:\\s?\\+\\s?(?<d>${N})${WORDS})?\\s?=\\s?(?:~\\s?)?(?<c>${N})(?=\\s?(?!${NOT_A_NOUN}\\b)[a-z])`,
  'gi',
);

const near = (worked: number, result: number) =>
  result > 0 && Math.abs(worked - result) / result <= 0.02;

/** Takes the factors (or parts) of each product (or sum) the text works out, leaving its result to the readers. */
export function takeWorkedProducts(ctx: QuantityContext): void {
  for (const m of matches(ctx, WORKED_PRODUCT_RE)) {
    const g = m.groups!;
    const product = parseNumberToken(g.a) * parseNumberToken(g.b);
    if (!near(product, parseNumberToken(g.c))) continue;
    ctx.spans.take(m.index, m.index + m[0].lastIndexOf(g.c));
  }
  for (const m of matches(ctx, WORKED_SUM_RE)) {
    const g = m.groups!;
    const sum = [g.a, g.b, g.d]
      .filter(Boolean)
      .reduce((total, part) => total + parseNumberToken(part), 0);
    if (!near(sum, parseNumberToken(g.c))) continue;
    ctx.spans.take(m.index, m.index + m[0].lastIndexOf(g.c));
  }
}
