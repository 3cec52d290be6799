/** Maps an intent (words understood) to the planner's specification input. */
import { PercentileName } from '../kb/schema';
import { IntentFields } from '../intent/intentSchema';
import { SpecInput } from './spec';

const PERCENTILES: Array<[number, PercentileName]> = [
  [50, 'p50'],
  [90, 'p90'],
  [95, 'p95'],
  [99, 'p99'],
];

/** The nearest supported percentile at or above the one stated (99.9 → p99 with a note). */
export function percentileName(p: number | null): {
  name: PercentileName | null;
  note: string | null;
} {
  if (p === null) return { name: null, note: null };
  const exact = PERCENTILES.find(([v]) => v === p);
  if (exact) return { name: exact[1], note: null };
  const above =
    PERCENTILES.find(([v]) => v >= p) ?? PERCENTILES[PERCENTILES.length - 1];
  return {
    name: above[1],
    note: `p${p} is evaluated as ${
      above[1]
    }, the nearest percentile serveplan predicts${
      p > 99 ? ' (its tail beyond p99 is not modelled)' : ''
    }`,
  };
}

function licenceOf(intent: IntentFields): SpecInput['licence'] {
  if (intent.open_source_only) return 'permissive';
  return intent.commercial_use_required ? 'commercial' : 'any';
}

export function specInputFromIntent(intent: IntentFields): {
  input: SpecInput;
  notes: string[];
} {
  const notes: string[] = [];
  const overall = percentileName(intent.slo_percentile);
  if (overall.note) notes.push(overall.note);
  const input: SpecInput = {
    use_case: intent.use_case,
    users: intent.users,
    users_are_concurrent: intent.users_kind === 'concurrent',
    requests_per_s: intent.requests_per_s,
    requests_per_s_is_peak:
      intent.requests_per_s_basis === null
        ? null
        : intent.requests_per_s_basis === 'peak',
    requests_per_user_per_day: intent.requests_per_user_per_day,
    batch_requests: intent.batch_requests,
    batch_window_hours: intent.batch_window_hours,
    latency_priority: intent.latency_priority,
    cost_priority: intent.cost_priority,
    quality_priority: intent.quality_priority,
    budget_usd_per_month: intent.budget_usd_per_month,
    max_input_tokens: intent.max_input_tokens,
    input_tokens: intent.input_tokens,
    output_tokens: intent.output_tokens,
    slo_percentile: overall.name,
    preferred_models: intent.preferred_models,
    only_preferred_models: intent.only_preferred_models,
    excluded_models: intent.excluded_models,
    allowed_gpus: intent.allowed_gpus,
    excluded_gpus: intent.excluded_gpus,
    max_gpus: intent.max_gpus,
    allowed_licenses: intent.allowed_licenses,
    licence: licenceOf(intent),
  };
  for (const t of intent.latency_targets) {
    const key = `${t.metric}_ms` as 'ttft_ms' | 'itl_ms' | 'e2e_ms';
    input[key] = t.ms;
    if (t.percentile !== null) {
      const p = percentileName(t.percentile);
      if (p.note) notes.push(p.note);
      // One percentile per plan: the strictest one stated wins.
      if (
        !input.slo_percentile ||
        PERCENTILES.findIndex(([, n]) => n === p.name) >
          PERCENTILES.findIndex(([, n]) => n === input.slo_percentile)
      ) {
        input.slo_percentile = p.name;
      }
    }
  }
  return { input, notes };
}
