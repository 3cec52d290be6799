/**
 * Batch windows said through what bounds them rather than as two clock times side by side:
 * - between two events, each at its time: "the window between the market closing at 4pm and
 *   the open at 9:30am" (17.5 h), in a batch request only ("office hours between opening at 9am
 *   and closing at 6pm" in a chatbot request are hours of use);
 * - from a start time to a time the work must be done by, later in the same sentence with counts
 *   of items (but no other clock time) between: "each Friday from 7pm we score the week's
 *   claims, around 20k of them, which must be done before the office opens 8am" (13 h). Outside
 *   a batch request the sentence must say the work must be done ("must be finished", "has to be
 *   ready"), not only that something ends;
 * - as a stretch of days, hours or weeks the job runs in: "within the 3-day shutdown", "during
 *   our 2-week code freeze" (the whole stretch, round the clock), in a batch request only.
 * Each is read only when no window was read before.
 */
import { NUMBER_SOURCE as N, parseNumberToken } from './numbers';
import { MUST_SOURCE } from './obligation';
import {
  fmt,
  groupSpan,
  matches,
  QuantityContext,
  setBatchWindow,
  windowNote,
} from './quantityReading';
import { BEFORE_TIME, DAY, DUE, hoursBetween, TIME } from './clockWindow';

/** A few words naming an event, ending in the word before its time: "polls closing at". */
const EVENT_WORDS = "(?:[a-z'-]+\\s){0,5}?(?:at|around|of)\\s";

const BETWEEN_EVENTS_RE = new RegExp(
  `\\b(?:(?:window|time|hours|gap|period)\\s(?:[a-z]+\\s)?)?between\\s${EVENT_WORDS}(?<from>${TIME})(?![\\w:])\\s?,?\\s(?:and|to|until)\\s${EVENT_WORDS}(?<to>${TIME})(?![\\w:])`,
  'g',
);

/** Anything but a clock time, within one sentence. */
const NO_TIME = `(?:(?!${TIME})[^.!?;])`;

const FROM_THEN_DUE_RE = new RegExp(
  `\\bfrom\\s(?:${DAY}\\s)?(?<from>${TIME})(?![\\w:])${NO_TIME}{0,160}?\\b(?:(?:${DUE})\\s(?:(?:by|at|before|no later than)\\s(?:the\\s)?)?|${BEFORE_TIME})(?:${DAY}\\s(?:at\\s)?)?(?<to>${TIME})(?![\\w:])`,
  'g',
);

/** The work said to have to be done: "must be finished", "has to be ready", "needs to finish". */
const MUST_BE_DONE = new RegExp(
  `\\b(?:${MUST_SOURCE}|got to)\\s(?:be\\s(?:[a-z]+ly\\s)?)?(?:done|finished|complete|completed|ready|finish|through)\\b`,
);

const STRETCH_RE = new RegExp(
  `\\b(?:within|inside|during)\\s(?:the|our|a|an|this|that|its|their)\\s(?<num>${N})\\s?-\\s?(?<unit>hours?|days?|weeks?)\\s(?<noun>[a-z][a-z-]*)`,
  'g',
);

/**
 * The stretch named first and its length said after it: "within the Easter shutdown, which is
 * 10 days", "during our year-end freeze that lasts 2 weeks".
 */
const STRETCH_THEN_LENGTH_RE = new RegExp(
  `\\b(?:within|inside|during)\\s(?:the|our|this|that|its|their)\\s(?:[a-z-]+\\s){0,2}(?<noun>[a-z][a-z-]*),?\\s(?:which|that)\\s(?:is|lasts|runs(?:\\sfor)?|takes)\\s(?:(?:about|around|roughly|only|just)\\s)?(?<num>${N})\\s?-?\\s?(?<unit>hours?|days?|weeks?)\\b`,
  'g',
);

/** Stretches that are data to process, not time to process it in: "within the 30-day logs". */
const DATA_STRETCH = /^(?:logs?|data|history|records|archive|backlog)$/;

const HOURS_PER_UNIT: Record<string, number> = { h: 1, d: 24, w: 168 };

function setWindow(
  ctx: QuantityContext,
  m: RegExpMatchArray & { index: number },
  hours: number | undefined,
  how: string,
  spans: Array<[number, number]>,
): boolean {
  if (hours === undefined) return false;
  if (!setBatchWindow(ctx, hours, m[0], windowNote(m[0], hours, how)))
    return false;
  for (const [start, end] of spans) ctx.spans.take(start, end);
  return true;
}

/** A batch window said between two events, from a start to a due time, or as a named stretch. */
export function extractDescribedWindow(ctx: QuantityContext): void {
  if (ctx.signals.values.batch_window_hours !== undefined) return;
  for (const m of matches(ctx, BETWEEN_EVENTS_RE)) {
    const g = m.groups!;
    if (!ctx.batch) continue;
    const end = m.index + m[0].length;
    const spans: Array<[number, number]> = [
      groupSpan(m, g.from!),
      [end - g.to!.length, end],
    ];
    const hours = hoursBetween(g.from!, g.to!);
    if (setWindow(ctx, m, hours, ' between the two events', spans)) return;
  }
  for (const m of matches(ctx, FROM_THEN_DUE_RE)) {
    const g = m.groups!;
    if (!ctx.batch && !MUST_BE_DONE.test(m[0])) continue;
    const end = m.index + m[0].length;
    const spans: Array<[number, number]> = [
      groupSpan(m, g.from!),
      [end - g.to!.length, end],
    ];
    if (
      setWindow(
        ctx,
        m,
        hoursBetween(g.from!, g.to!),
        ' from the start to the time the work must be done',
        spans,
      )
    )
      return;
  }
  if (!ctx.batch) return;
  for (const m of [
    ...matches(ctx, STRETCH_RE),
    ...matches(ctx, STRETCH_THEN_LENGTH_RE),
  ]) {
    const g = m.groups!;
    if (DATA_STRETCH.test(g.noun!)) continue;
    const count = parseNumberToken(g.num!);
    const perUnit = HOURS_PER_UNIT[g.unit![0]];
    const hours = count * perUnit;
    const numEnd = m.index + m[0].length;
    if (
      setWindow(
        ctx,
        m,
        hours,
        ` (${fmt(count)} × ${perUnit} h, round the clock)`,
        [[m.index, numEnd]],
      )
    )
      return;
  }
}
