/**
 * A window's length said as what the window is: "the window is now only 4 hours", "our batch
 * window is 90 minutes", "the window got cut to 3 hours", "processing window: 5 hrs". Naming
 * the window makes the time its length, in a batch request or not (a follow-up saying only the
 * new window has no batch words of its own). A window of something else is not a job's:
 * "the maintenance window is 2 hours", "a context window of 8 hours" of audio.
 */
import { NUMBER_SOURCE as N, parseNumberToken, roundSig } from './numbers';
import { setSignal } from './signals';
import {
  checkPositive,
  fmt,
  matches,
  QuantityContext,
} from './quantityReading';

/** Verbs and adverbs between "window" and its length: "is now only", "got cut to", ":". */
const IS =
  "(?:is|was|'s|has been|will be|becomes|became|got|gets|now|only|just|still|down|up|cut|reduced|shrunk|shrank|shortened|extended|stretched|set|changed|moved|to|:)";

const WINDOW_LENGTH_RE = new RegExp(
  `\\b(?<kind>[a-z-]+\\s)?window\\s?(?:${IS}\\s?)+(?:(?:about|around|roughly|approximately|~)\\s?)?(?<num>${N})\\s?-?\\s?(?<unit>h|hrs?|hours?|mins?|minutes?)\\b`,
  'g',
);

/** Windows that are not a job's time to finish. */
const OTHER_WINDOW =
  /^(?:maintenance|context|downtime|change|deployment|release|booking|delivery|service|support|attention|sliding|rolling|time-to-live)\s$/;

/** The batch window said as what the window is, when none was read before. */
export function extractWindowLength(ctx: QuantityContext): void {
  if (ctx.signals.values.batch_window_hours !== undefined) return;
  for (const m of matches(ctx, WINDOW_LENGTH_RE)) {
    const g = m.groups!;
    if (g.kind && OTHER_WINDOW.test(g.kind)) continue;
    const minutes = /^m/.test(g.unit);
    const hours = parseNumberToken(g.num) / (minutes ? 60 : 1);
    if (!checkPositive(ctx, 'batch_window_hours', hours, m[0])) continue;
    setSignal(
      ctx.signals,
      'batch_window_hours',
      roundSig(hours, 6),
      'stated',
      `"${m[0].trim()}" read as a window of ${fmt(roundSig(hours, 4))} h`,
    );
    ctx.spans.take(m.index, m.index + m[0].length);
    return;
  }
}
