/**
 * Priorities said as what matters most, a frame that names no aspect and a statement after it
 * that does: "what matters to me is that the writing is genuinely good", "the most important
 * thing for us is that it gives correct, careful answers", "our main concern is that it stays
 * cheap", "what counts is how quickly it replies". The frame gives the weight (it matters most);
 * the statement gives the aspect, by an adjective of the work ("good", "correct", "fast",
 * "cheap") or an aspect word ("the price", "accuracy").
 *
 * Why: the aspect-and-weight clauses (priorityClauses.ts) need the weight and the aspect in one
 * clause, but here the weight stands in the frame and the aspect in the statement, often after a
 * comma ("correct, careful answers"); and the plain praise "good" names quality only when it is
 * what matters ("a good fit" says nothing).
 */
import {
  PriorityField,
  PriorityReading,
  PriorityReadings,
} from './intentSchema';
import { aspectsOf } from './priorityClauses';

/**
 * The frame: "what (really) matters (most) (to us)", "what I care about (most)", "what's
 * important to us", "the main / key / most important thing (for them)", "our biggest concern",
 * then "is (that)"; and "most important is" with its article left out, as in a note or a second
 * language ("most important is it sounds natural"). Not "the only thing is", which more often
 * brings a caveat, nor "the first thing", an order of telling.
 */
const FRAME =
  /\b(?:what\s(?:i|we|they|he|she|people|customers|users|clients|the\s[a-z]+)\s(?:(?:really|most|truly)\s)?cares?\sabout|what\s(?:(?:really|most|truly)\s)?(?:matters|counts))(?:\s(?:most|above\sall|here))?(?:\s(?:to|for)\s(?:me|us|them|(?:the|our|my)\s[a-z]+))?(?:\s(?:most|above\sall|here))?,?\s(?:is|are)\s(?:(?:just|simply|really)\s)?(?:that\s)?|\bwhat(?:'s|\sis)\s(?:(?:really|most|truly)\s)?important(?:\s(?:to|for)\s(?:me|us|them|(?:the|our|my)\s[a-z]+))?,?\s(?:is|are)\s(?:(?:just|simply|really)\s)?(?:that\s)?|\b(?:the|our|my|their)\s(?:(?:main|key|important|crucial|biggest|most\simportant|single\smost\simportant|number\sone|#1)\s)(?:thing|concern|priority|requirement|goal|ask)(?:\s(?:to|for)\s(?:me|us|them|(?:the|our|my)\s[a-z]+))?(?:\s(?:here|overall))?,?\s(?:is|are)\s(?:(?:just|simply|really)\s)?(?:that\s)?|(?<!\b(?:the|our|my|their|a|an|what(?:'s|\sis)|what's)\s)\bmost\simportant(?:\s(?:thing|part|point))?(?:\s(?:to|for)\s(?:me|us|them|(?:the|our|my)\s[a-z]+))?,?\s(?:is|are)\s(?:(?:just|simply|really)\s)?(?:that\s)?/g;

/**
 * Where the statement after the frame ends: a sentence end, a reason or contrast after it, or a
 * comma before a new subject with its own verb ("most important is low cost, quality can be
 * medium": the quality is not what matters most).
 */
const STATEMENT_END =
  /[.;!?](?=\s|$)|\n|\s-\s|\b(?:because|since|but|although|though|whereas|otherwise)\b|,\s(?=(?:(?:the|our|its)\s)?[a-z]+\s(?:can|could|may|might|is|are|should|must|needs?|has|have|doesn'?t|does\snot|matters?)\b)/;

/**
 * Adjectives of the work that name an aspect when they are what matters: quality by praise
 * ("good", "correct", "careful"), latency by speed, cost by price. Not "good enough" (modest),
 * not "good for" (fitness); "right" only where it ends what is got right ("getting the facts
 * right"), not "the right model" or "right away".
 */
const ADJECTIVES: Array<{ field: PriorityField; re: RegExp }> = [
  {
    field: 'quality_priority',
    // "natural", "fluent": writing that reads as a person's ("that it sounds natural")
    re: /\bright(?=\s*(?:[,.;:!?)]|$)|\s(?:and|or|every|each|first)\b)|\b(?:good|great|excellent|correct|accurate|reliable|careful|trustworthy|precise|factual|polished|flawless|truthful|high[\s-]quality|well[\s-]written|thorough|natural(?:ly)?|fluent(?:ly)?|idiomatic)\b(?![\s-](?:enough|for|to|at\s(?:least|most))\b)(?!-)/g,
  },
  {
    field: 'latency_priority',
    re: /\b(?:fast|quick(?:ly)?|instant(?:ly|aneous)?|snappy|responsive|speedy|immediate(?:ly)?)\b(?!-)/g,
  },
  {
    field: 'cost_priority',
    re: /\b(?:cheap(?:ly)?|affordable|inexpensive|economical|low[\s-]cost)\b(?!-)/g,
  },
];

/**
 * Mistakes denied in the statement, which asks for quality as much as praise does: "that it does
 * not make things up", "that it never invents prices", "that the bot doesn't get facts wrong",
 * "that it won't hallucinate".
 */
const MISTAKES_DENIED =
  /\b(?:doesn'?t|does\snot|don'?t|do\snot|never|won'?t|will\snot|isn'?t|is\snot)\s(?:(?:ever|just|simply)\s)?(?:mak(?:e|es|ing)\s(?:stuff|things|facts|answers|anything|\w+)\sup|invent\w*|hallucinat\w*|get\s(?:(?:the|its|any)\s)?(?:\w+\s)?wrong|giv(?:e|es)\s(?:\w+\s)?(?:wrong|false|incorrect)|wrong)\b/;

/**
 * A negation a few words before the adjective ("that it isn't just fast"), or the losing side of
 * a comparison ("accuracy rather than speed", "quality over cost"): not what matters.
 */
const NEGATED_BEFORE =
  /\b(?:not|never|no|isn'?t|aren'?t|doesn'?t|don'?t|won'?t|without|than|over|instead\sof|before|above)\s(?:[\w'-]+\s){0,2}$/;

/**
 * Priorities from what matters most: each aspect the statement after a FRAME names, high. An
 * adjective with a negation just before it is left alone ("what matters is that it isn't fast
 * but right": no wish for speed read).
 */
export function readFocusPriorities(text: string): PriorityReadings {
  const out: PriorityReadings = {};
  const lower = text.toLowerCase();
  for (const frame of lower.matchAll(FRAME)) {
    const from = (frame.index ?? 0) + frame[0].length;
    const rest = lower.slice(from, from + 120);
    const end = STATEMENT_END.exec(rest);
    const statement = rest.slice(0, end ? end.index : rest.length);
    const phrase = text.slice(frame.index ?? 0, from + statement.length);
    const put = (field: PriorityField, at: number) => {
      const reading: PriorityReading = {
        value: 'high',
        at: from + at,
        phrase: phrase.trim(),
      };
      if (!out[field]) out[field] = reading;
    };
    for (const { field, re } of ADJECTIVES)
      for (const m of statement.matchAll(re)) {
        const at = m.index ?? 0;
        if (NEGATED_BEFORE.test(statement.slice(0, at))) continue;
        put(field, at);
      }
    const denied = MISTAKES_DENIED.exec(statement);
    if (denied) put('quality_priority', denied.index);
    for (const a of aspectsOf(statement))
      if (!NEGATED_BEFORE.test(statement.slice(0, a.index)))
        put(a.field, a.index);
  }
  return out;
}
