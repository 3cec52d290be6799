/**
 * An intent as a few lines for a person (the CLI's summary, a UI's tooltip): what it is for, the
 * traffic, the targets, the constraints, then the assumptions and the question.
 */
import { Intent, intentFieldLabels, IntentField } from './intentSchema';

/** Neither null nor undefined. */
const isSet = <T>(v: T | null | undefined): v is T =>
  v !== null && v !== undefined;

const num = (n: number) =>
  n.toLocaleString('en-US', { maximumFractionDigits: 3 });
const shortId = (id: string) => id.split('/').pop() ?? id;
const list = (ids: string[]) =>
  ids.length > 5
    ? `${ids.slice(0, 4).map(shortId).join(', ')} and ${ids.length - 4} more`
    : ids.map(shortId).join(', ');

/** "(stated)" / "(inferred)" / "(default)" after a value. */
function tag(intent: Intent, field: IntentField): string {
  const s = intent.source[field];
  return s && s !== 'stated' ? ` (${s})` : '';
}

export function describeIntent(intent: Intent): string[] {
  const lines: string[] = [];
  lines.push(
    `use case: ${intent.use_case.replace(/_/g, ' ')}${tag(intent, 'use_case')}`,
  );
  const traffic: string[] = [];
  if (isSet(intent.users)) {
    const kind =
      intent.users_kind && intent.users_kind !== 'total'
        ? ` ${intent.users_kind.replace(/_/g, ' ')}`
        : '';
    traffic.push(`${num(intent.users)}${kind} users${tag(intent, 'users')}`);
  }
  if (isSet(intent.active_share))
    traffic.push(`${num(intent.active_share * 100)} % active per day`);
  if (isSet(intent.requests_per_s))
    traffic.push(
      `${num(intent.requests_per_s)} req/s${
        intent.requests_per_s_basis ? ` ${intent.requests_per_s_basis}` : ''
      }`,
    );
  if (isSet(intent.requests_per_user_per_day))
    traffic.push(
      `${num(intent.requests_per_user_per_day)} requests per user per day`,
    );
  if (isSet(intent.batch_requests))
    traffic.push(`${num(intent.batch_requests)} requests per batch`);
  if (isSet(intent.batch_window_hours))
    traffic.push(`within ${num(intent.batch_window_hours)} h`);
  lines.push(`traffic: ${traffic.length ? traffic.join(', ') : 'not stated'}`);
  const lengths: string[] = [];
  if (isSet(intent.max_input_tokens))
    lengths.push(`context ${num(intent.max_input_tokens)}`);
  if (isSet(intent.input_tokens))
    lengths.push(`prompts ~${num(intent.input_tokens)}`);
  if (isSet(intent.output_tokens))
    lengths.push(`responses ~${num(intent.output_tokens)}`);
  if (lengths.length) lines.push(`tokens: ${lengths.join(', ')}`);
  if (intent.latency_targets.length) {
    lines.push(
      `latency targets: ${intent.latency_targets
        .map(
          t =>
            `${
              isSet(t.percentile) ? `p${t.percentile} ` : ''
            }${t.metric.toUpperCase()} ≤ ${num(t.ms)} ms`,
        )
        .join(', ')}`,
    );
  }
  if (isSet(intent.slo_percentile))
    lines.push(`SLO percentile: p${intent.slo_percentile}`);
  lines.push(
    `priorities: latency ${intent.latency_priority}${tag(
      intent,
      'latency_priority',
    )}, cost ${intent.cost_priority}${tag(intent, 'cost_priority')}, quality ${
      intent.quality_priority
    }${tag(intent, 'quality_priority')}`,
  );
  if (isSet(intent.budget_usd_per_month))
    lines.push(`budget: $${num(intent.budget_usd_per_month)} per month`);
  if (intent.preferred_models.length)
    lines.push(
      `${
        intent.only_preferred_models ? 'only models' : 'preferred models'
      }: ${list(intent.preferred_models)}`,
    );
  if (intent.excluded_models.length)
    lines.push(`excluded models: ${list(intent.excluded_models)}`);
  if (intent.allowed_gpus.length)
    lines.push(`allowed GPUs: ${intent.allowed_gpus.join(', ')}`);
  if (intent.excluded_gpus.length)
    lines.push(`excluded GPUs: ${intent.excluded_gpus.join(', ')}`);
  if (isSet(intent.max_gpus))
    lines.push(`${intentFieldLabels.max_gpus}: ${num(intent.max_gpus)}`);
  const licence: string[] = [];
  if (intent.open_source_only) licence.push('open source only');
  if (intent.allowed_licenses.length)
    licence.push(`only ${intent.allowed_licenses.join(', ')}`);
  if (intent.commercial_use_required) licence.push('commercial use');
  if (licence.length) lines.push(`licence: ${licence.join('; ')}`);
  if (intent.assumptions.length) {
    lines.push('assumptions:');
    for (const a of intent.assumptions) lines.push(`  - ${a}`);
  }
  if (intent.question) lines.push(`question: ${intent.question}`);
  return lines;
}

/**
 * What was read of a rejected request (a ServeplanInputError's `reading`) as one line:
 * "use case: translation; budget (USD/month): 3,000". Fields in the schema's order; unknown keys
 * are left out.
 */
export function describeReading(
  reading: Readonly<Record<string, unknown>>,
): string {
  const parts: string[] = [];
  for (const field of Object.keys(intentFieldLabels) as IntentField[]) {
    const value = reading[field];
    if (!isSet(value)) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    parts.push(`${intentFieldLabels[field]}: ${readingValue(field, value)}`);
  }
  return parts.join('; ');
}

function readingValue(field: IntentField, value: unknown): string {
  // The reading comes over the network: its shape is checked, never trusted.
  if (field === 'latency_targets' && Array.isArray(value))
    return value
      .filter(
        (t): t is Intent['latency_targets'][number] =>
          typeof t === 'object' &&
          t !== null &&
          typeof t.metric === 'string' &&
          typeof t.ms === 'number',
      )
      .map(
        t =>
          `${
            typeof t.percentile === 'number' ? `p${t.percentile} ` : ''
          }${t.metric.toUpperCase()} ≤ ${num(t.ms)} ms`,
      )
      .join(', ');
  if (Array.isArray(value)) return list(value.map(String));
  if (typeof value === 'number') return num(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/_/g, ' ');
}
