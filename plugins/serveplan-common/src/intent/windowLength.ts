/**
 * A window's length said as what the window is: "our window is now only 150 minutes", "our batch
 * window is 90 minutes", "the window got cut to 3 hours", "processing window: 5 hrs", "window is
 * two and a half days". Read in a
 * batch request only (a follow-up saying only the new window counts as one when the conversation
 * was batch work before); elsewhere "the window is 4 hours" is more often a turnaround or a
 * service level. A window of something else is not a job's: "the maintenance window is 2 hours",
 * "a context window of 8 hours" of audio (jobWindowCues.ts' OTHER_WINDOW_KINDS).
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import {
  matches,
  QuantityContext,
  setBatchWindow,
  windowNote,
} from './quantityReading';
import { OTHER_WINDOW_KINDS } from './jobWindowCues';

/** Verbs and adverbs between "window" and its length: "is now only", "got cut to", ":". */
const IS =
  "(?:is|was|'s|has been|will be|becomes|became|got|gets|now|only|just|still|down|up|cut|reduced|shrunk|shrank|shortened|extended|stretched|set|changed|moved|to|:)";

const WINDOW_LENGTH_RE = new RegExp(
  `(?<![a-z-])(?<kind>[a-z-]{1,40}\\s)?window\\s?(?:${IS}\\s?)+(?:(?:about|around|roughly|approximately|~)\\s?)?(?<num>${N})\\s?-?\\s?(?<unit>h|hrs?|hours?|mins?|minutes?|days?|weeks?)\\b`,
  'g',
);

/** Hours in a unit of WINDOW_LENGTH_RE, by its first letter (h for hours is 1). */
const HOURS_PER_UNIT: Record<string, number> = { m: 1 / 60, d: 24, w: 168 };

/** Windows that are not a job's time to finish. */
const OTHER_WINDOW = new RegExp(`^(?:${OTHER_WINDOW_KINDS.join('|')})\\s$`);

/** The batch window said as what the window is, when none was read before. */
export function extractWindowLength(ctx: QuantityContext): void {
  if (!ctx.batch || ctx.signals.values.batch_window_hours !== undefined) return;
  for (const m of matches(ctx, WINDOW_LENGTH_RE)) {
    const g = m.groups!;
    if (g.kind && OTHER_WINDOW.test(g.kind)) continue;
    const hoursPerUnit = HOURS_PER_UNIT[g.unit[0]] ?? 1;
    const hours = parseNumberToken(g.num) * hoursPerUnit;
    if (!setBatchWindow(ctx, hours, m[0], windowNote(m[0], hours))) continue;
    ctx.spans.take(m.index, m.index + m[0].length);
    return;
  }
}
