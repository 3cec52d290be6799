/**
 * The use case is asked for because it stands in for what a plan needs of each request: how long
 * prompts and answers are, how fast they must come back, and what to favour when not everything
 * fits. A request that says these itself ("input ~40 tokens, output ~10", or "p95 TTFT 300 ms,
 * speed over quality") leaves the use case little to decide, even when its task is none of the
 * listed ones ("query rewriting", "suggestions for a search box"); then the plan uses the default
 * use case rather than asking.
 */
import { FieldSource, IntentField, IntentFields } from './intentSchema';

const isSet = <T>(v: T | null | undefined): v is T =>
  v !== null && v !== undefined;

/** The lengths of a request: the output, and the input or the context it fits in. */
const lengthsStated = (f: IntentFields) =>
  isSet(f.output_tokens) &&
  (isSet(f.input_tokens) || isSet(f.max_input_tokens));

/** A trade-off said in words: two or more of latency, cost and quality given a priority. */
const tradeOffStated = (source: Partial<Record<IntentField, FieldSource>>) =>
  (['latency_priority', 'cost_priority', 'quality_priority'] as const).filter(
    field => source[field] === 'stated',
  ).length >= 2;

/**
 * True when the request gives its own shape: its token lengths, or a latency target with a
 * trade-off between priorities.
 */
export function requestShapeStated(
  f: IntentFields,
  source: Partial<Record<IntentField, FieldSource>>,
): boolean {
  return (
    lengthsStated(f) || (f.latency_targets.length > 0 && tradeOffStated(source))
  );
}
