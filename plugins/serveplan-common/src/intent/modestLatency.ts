/**
 * Whether a demand for speed is bounded by a modest wait the writer named. "Replies must be quick:
 * nobody should wait more than 3 seconds for the first word" asks for a 3-second bound, an
 * ordinary demand, not one for top speed. A wait that only the
 * fastest setups meet ("first token under 80 ms") or a speed demand with no number at all ("as
 * fast as possible") stays a demand for the most.
 */
import { LatencyMetric, LatencyTarget } from './intentSchema';

/**
 * Waits, per metric, from which a target is an ordinary demand rather than one for top speed: a
 * second or more before the first word ("first word within 1 s" is what any chat window gives),
 * five seconds or more for a whole answer, a tenth of a second or more between words (slower
 * than a person reads). These are judgements, not
 * fits; what they rest on is checked against the capacity engine (serveplan-node's
 * modestWaits.test.ts): a 3B model on every GPU of the knowledge base, lightly loaded, answers
 * within them (up to 100 output tokens). An 8B model on the 24 GB cards does not.
 */
export const MODEST_WAIT_MS: Readonly<Record<LatencyMetric, number>> = {
  ttft: 1_000,
  e2e: 5_000,
  itl: 100,
};

/**
 * True when the text named at least one latency target and every one of them is a modest wait,
 * the bound included ("first word in 1 second maximum" is modest; "under 800 ms" is not).
 */
export function onlyModestLatencyTargets(
  targets: readonly LatencyTarget[] | undefined,
): boolean {
  return (
    targets !== undefined &&
    targets.length > 0 &&
    targets.every(t => t.ms >= MODEST_WAIT_MS[t.metric])
  );
}
