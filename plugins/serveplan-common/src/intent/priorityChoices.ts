/**
 * Priorities said as a choice. Two aspects named as the alternatives, then the one picked with a
 * verb of choosing: "between price and speed I'd rather it be cheap", "of price and accuracy, we
 * would pick accuracy". The picked aspect matters and the other gives way. And a top model said
 * not to be needed: "we needn't have the smartest model", "we don't need the biggest LLM",
 * "it doesn't have to be the best model", "no need for a frontier model", which makes quality a
 * low priority.
 *
 * Why: a choice names its two sides before the verb and the winner after it, so neither the
 * comparisons of one clause ("accuracy over speed") nor the phrase cues read it; and a top model
 * is read as a wish (priorities.ts cues, TOP_MODEL in priorityClauses.ts) unless something says
 * it is not needed.
 */
import { PriorityField } from './intentSchema';
import {
  aspectsOf,
  comparablesOf,
  ComparisonReading,
  TOP_MODEL,
} from './priorityClauses';

/**
 * The alternatives, then a verb of choosing: "between price and speed, I'd rather", "of price or
 * quality we would pick", "between latency vs cost - our choice is".
 */
const CHOICE =
  /\b(?:between|of)\s(?:the\s)?(?<pair>[\w'-]+(?:\s[\w'-]+)?\s(?:and|or|vs\.?|versus|&)\s(?:the\s)?[\w'-]+(?:\s[\w'-]+)?)\s?[,:;-]?\s(?:(?:i|we)(?:'d|\swould)\s(?:(?:much|probably|definitely|always|honestly)\s)?(?:rather|prefer|pick|choose|take|go\s(?:for|with)|lean\s(?:towards?|to)|favou?r)|(?:i|we)\s(?:prefer|pick|choose|favou?r|lean\s(?:towards?|to))|(?:my|our)\s(?:preference|pick|choice|vote)\s(?:is|goes\sto))\b/g;

/** How far after the verb the picked side is looked for: "rather it be cheap", "pick accuracy". */
const PICK_REACH = 30;

/**
 * Choices between two aspects: the one picked after the verb high, the other low. The picked side
 * may be an aspect word or an adjective that carries one ("fast", "cheap"); it must be one of the
 * two alternatives, and a negation before it ("I'd rather not be slow") gives no reading.
 */
export function readChoices(text: string): ComparisonReading[] {
  const out: ComparisonReading[] = [];
  for (const m of text.matchAll(CHOICE)) {
    const pair = aspectsOf(m.groups?.pair ?? '');
    const fields = [...new Set(pair.map(a => a.field))];
    if (pair.length !== 2 || fields.length !== 2) continue;
    const from = (m.index ?? 0) + m[0].length;
    const after = text.slice(from, from + PICK_REACH).split(/[.;!?,\n]/)[0];
    const picked = comparablesOf(after)[0];
    if (!picked || !fields.includes(picked.field)) continue;
    if (/\b(?:not|never|no)\b|n't\b/.test(after.slice(0, picked.index)))
      continue;
    const start = m.index ?? 0;
    const end = from + picked.end;
    const phrase = text.slice(start, end);
    for (const field of fields)
      out.push({
        field,
        value: field === picked.field ? 'high' : 'low',
        at: field === picked.field ? from + picked.index : start,
        phrase,
        start,
        end,
      });
  }
  return out;
}

/**
 * A need denied right before a top model: "doesn't need to be", "it doesn't have to be", "we don't
 * really need", "no need for", "needn't use", "need not be", "there's no need to run".
 */
const NOT_NEEDED_BEFORE =
  /\b(?:(?:doesn'?t|does\snot|don'?t|do\snot|won'?t|will\snot)\s(?:really\s|necessarily\s)?(?:need(?:\sto\s(?:be|use|run|have|get|pay\sfor))?|have\sto\s(?:be|use|run|have|get|pay\sfor))|(?:needn'?t|need\snot)\s(?:be|use|run|have)|no\sneed\s(?:for|to\s(?:be|use|run|have|pay\sfor)))\s$/;

/** Top models said not to be needed: quality low, with the span from the denial to the model. */
export function readUnneededTopModels(text: string): ComparisonReading[] {
  const out: ComparisonReading[] = [];
  for (const m of text.matchAll(TOP_MODEL)) {
    const at = m.index ?? 0;
    const denial = NOT_NEEDED_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!denial) continue;
    const start = at - denial[0].length;
    const end = at + m[0].length;
    const field: PriorityField = 'quality_priority';
    out.push({
      field,
      value: 'low',
      at: start,
      phrase: text.slice(start, end),
      start,
      end,
    });
  }
  return out;
}
