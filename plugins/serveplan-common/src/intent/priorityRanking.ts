/**
 * Priorities said as a ranking of bare aspect words: a numbered list ("priorities: 1. cost, 2.
 * quality", "1) accuracy 2) speed") or a list after a heading that names it a ranking ("priority
 * order: latency, price, quality", "in order of importance - accuracy, cost"). The aspect ranked
 * first is the one that matters most, so it is a high priority; the places after it say only that
 * those aspects matter less than the first, not how much, and are left to the other readers.
 *
 * Why: a ranking has no weight word ("matters", "is key") for the aspect-and-weight clauses
 * (priorityClauses.ts) to read, and a numbered list is cut into clauses at its "1." and "2.", so
 * its first place went unread.
 */
import { PriorityField, PriorityReadings } from './intentSchema';
import { aspectsOf } from './priorityClauses';

/** A list number: "1.", "2)", "#1:", not a figure ("$1.5", "v1.2", "1,000"). */
const NUMBER =
  /(?<![\w.,$])(?:#\s?)?(?<place>[1-9])\s?[.):]\s*(?:(?:the|our)\s)?/g;

/**
 * What may follow a bare aspect in a list: a separator, the next number or the end ("cost, 2.
 * quality", "speed > price"). Not a colon ("1. cost: $500" is a list of requirements) and not
 * more words ("1. cost estimate").
 */
const ITEM_END = /^\s*(?:[,;>/]|-\s|then\b|$|(?:#\s?)?[1-9]\s?[.)])/;

/**
 * A heading that makes what follows a ranking: "priorities:", "priority order -", "in order of
 * importance:", "our priority is", not a low place ("low priority: cost" ranks nothing first).
 */
const HEADING =
  '(?<!\\b(?:low|lower|lowest|least|last|second|secondary|minor)\\s)\\b(?:priorit(?:y|ies)(?:\\s(?:order|list|ranking))?|(?:in\\s)?order\\sof\\s(?:priority|importance)|ranked|ranking)\\s?(?:\\((?:in\\sorder|ranked)\\)\\s?)?(?:[:=-]|\\s(?:is|are))\\s*';
const HEADING_AT_END = new RegExp(`${HEADING}$`);
const HEADINGS = new RegExp(HEADING, 'g');

interface RankedItem {
  place: number;
  field: PriorityField;
  /** Where the list number (or the aspect, without one) starts. */
  at: number;
  /** Where the aspect word ends. */
  end: number;
}

/** The bare aspect word right at the start of `rest`, if any, ended as a list item. */
function bareAspect(
  rest: string,
): { field: PriorityField; length: number } | undefined {
  const first = aspectsOf(rest.slice(0, 40))[0];
  if (!first || rest.slice(0, first.index).trim() !== '') return undefined;
  if (!ITEM_END.test(rest.slice(first.end))) return undefined;
  return { field: first.field, length: first.end };
}

/** The numbered items of a text whose text is a bare aspect word. */
function numberedItems(text: string): RankedItem[] {
  const out: RankedItem[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const from = (m.index ?? 0) + m[0].length;
    const aspect = bareAspect(text.slice(from));
    if (aspect)
      out.push({
        place: Number(m.groups?.place),
        field: aspect.field,
        at: m.index ?? 0,
        end: from + aspect.length,
      });
  }
  return out;
}

/**
 * The aspect ranked first: the item numbered 1 when a heading names the list a ranking or an item
 * numbered 2 of another aspect follows it closely, or the first bare aspect right after such a
 * heading.
 */
export function readRankedPriorities(text: string): PriorityReadings {
  const items = numberedItems(text);
  for (const [index, first] of items.entries()) {
    if (first.place !== 1) continue;
    const headed = HEADING_AT_END.test(
      text.slice(Math.max(0, first.at - 40), first.at),
    );
    // the item right after it (items are in text order)
    const next = items[index + 1];
    const second =
      next !== undefined &&
      next.place === 2 &&
      next.field !== first.field &&
      next.at - first.end <= 20;
    if (headed || second)
      return {
        [first.field]: {
          value: 'high',
          at: first.at,
          phrase: text.slice(first.at, first.end),
        },
      };
  }
  for (const h of text.matchAll(HEADINGS)) {
    const from = (h.index ?? 0) + h[0].length;
    const aspect = bareAspect(text.slice(from));
    if (aspect)
      return {
        [aspect.field]: {
          value: 'high',
          at: from,
          phrase: text.slice(h.index ?? 0, from + aspect.length),
        },
      };
  }
  return {};
}
