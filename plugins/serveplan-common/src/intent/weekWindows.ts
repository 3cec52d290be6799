/**
 * Batch windows said in weeks: "the work has to be finished within two weeks of the contract
 * start" (336 h), "done over 3 weeks", "within a week", "inside a fortnight", "a 2-week window".
 * Read like a window in days: after "in", "within", "over", "inside" or "under", or with "window"
 * after it; and, without "window", only in a batch request. Not a stretch of data ("over 2 weeks
 * of logs"), nor a point in time opening a sentence ("In 3 weeks we go live"), nor what has
 * passed ("2 weeks ago").
 */
import { NUMBER_SOURCE as N, parseNumberToken, roundSig } from './numbers';
import {
  clauseText,
  fmt,
  matches,
  QuantityContext,
  setBatchWindow,
} from './quantityReading';

const HOURS_PER_WEEK = 168;

/**
 * A verb of something happening, right before "in" and a length: "the inspectors arrive in 3
 * weeks", "the new catalogue launches in 10 days", "our board meets in 2 weeks". The length says
 * when it happens; the job's window is said elsewhere ("... so it must be done within 8 days").
 */
export const EVENT_IN_BEFORE =
  /\b(?:come|comes|coming|arrive|arrives|arriving|visit|visits|visiting|meet|meets|meeting|launch|launches|launching|open|opens|opening|begin|begins|beginning|start|starts|starting|happen|happens|land|lands|go live|goes live|going live|kick off|kicks off)\s$/;

const WEEK_WINDOW_RE = new RegExp(
  `(?:\\b(?<prep>in|within|over|inside|under)\\s(?:(?:about|around|roughly|just|only|less than|no more than)\\s)?)?(?:(?<num>${N})|\\b(?<one>a|one))\\s?-?\\s?(?<unit>weeks?|wks?|fortnights?)\\b(?<window>\\s?(?:window|batch window|time window))?`,
  'g',
);

/**
 * After the weeks: data they span ("of logs", "worth of"), or time gone by ("ago"). "of" with an
 * event the weeks are counted from ("of kickoff", "of the contract start") keeps the window.
 */
const NOT_A_WINDOW_AFTER =
  /^(?:'s?)?\s(?:worth\b|ago\b|of\s(?!(?:the|our|its|their|this|that|a|an|kick-?off|start|starting|signing|signature|award|approval|receipt|delivery|handover|go-live|launch|onboarding)\b))/;

/** A window in weeks (WEEK_WINDOW_RE), when no window was read before. */
export function extractWeekWindow(ctx: QuantityContext): void {
  if (ctx.signals.values.batch_window_hours !== undefined) return;
  for (const m of matches(ctx, WEEK_WINDOW_RE)) {
    const g = m.groups!;
    if (!g.prep && !g.window) continue;
    if (!ctx.batch && !g.window) continue;
    const end = m.index + m[0].length;
    if (!g.window && NOT_A_WINDOW_AFTER.test(ctx.text.slice(end, end + 20)))
      continue;
    // "In 3 weeks we go live": a point in time, when it opens its clause
    const clause = clauseText(ctx, m.index);
    if (
      g.prep === 'in' &&
      !g.window &&
      /^\W*$/.test(ctx.text.slice(clause.start, m.index))
    )
      continue;
    // "the auditors come in 2 weeks": when something happens, not time to work
    if (
      g.prep === 'in' &&
      !g.window &&
      EVENT_IN_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    const count = g.num ? parseNumberToken(g.num) : 1;
    const weeks = /^f/.test(g.unit) ? count * 2 : count;
    const hours = weeks * HOURS_PER_WEEK;
    const note = `"${m[0].trim()}" read as a window of ${fmt(
      weeks,
    )} × ${HOURS_PER_WEEK} h = ${fmt(roundSig(hours, 6))} h`;
    if (!setBatchWindow(ctx, hours, m[0], note)) continue;
    ctx.spans.take(m.index, end);
    return;
  }
}
