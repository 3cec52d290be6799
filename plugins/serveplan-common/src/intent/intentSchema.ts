/**
 * The structured intent that words become: what the deployment is for, how much traffic, what
 * matters, which constraints. The same schema serves the rule-based engine, an LLM's structured
 * output (see llmIntent.ts) and the planner that turns an intent into a plan.
 */
import { z } from 'zod';
import { useCaseIdSchema } from '../kb/schema';

export const prioritySchema = z.enum(['low', 'medium', 'high']);
export type Priority = z.infer<typeof prioritySchema>;

/** The three priority fields, and a reading of one from the text (where, and the words). */
export type PriorityField =
  | 'latency_priority'
  | 'cost_priority'
  | 'quality_priority';
export interface PriorityReading {
  value: Priority;
  /** Offset in the text, so a later statement can win. */
  at: number;
  phrase: string;
}
export type PriorityReadings = Partial<Record<PriorityField, PriorityReading>>;
/** A step of one level up (+1) or down (−1) from the current priority ("make it cheaper"). */
export interface PriorityStep {
  field: PriorityField;
  direction: 1 | -1;
  phrase: string;
}

/** Where a field's value came from: the words, a reading of the words, or a default. */
export const fieldSourceSchema = z.enum(['stated', 'inferred', 'default']);
export type FieldSource = z.infer<typeof fieldSourceSchema>;

export const latencyMetricSchema = z.enum(['ttft', 'itl', 'e2e']);
export type LatencyMetric = z.infer<typeof latencyMetricSchema>;

/** A latency target: "p95 TTFT under 300 ms" → { metric: 'ttft', ms: 300, percentile: 95 }. */
export const latencyTargetSchema = z.strictObject({
  /** ttft: time to first token; itl: time between output tokens; e2e: whole response. */
  metric: latencyMetricSchema,
  ms: z.number().positive(),
  /** The percentile the text gave for this target (95 for "p95"), or null when it gave none. */
  percentile: z.number().gt(0).lt(100).nullable(),
});
export type LatencyTarget = z.infer<typeof latencyTargetSchema>;

export const usersKindSchema = z.enum([
  'total',
  'daily_active',
  'monthly_active',
  'concurrent',
]);
export type UsersKind = z.infer<typeof usersKindSchema>;

const count = z.number().positive();

/** Every field of an intent, without the bookkeeping (source, notes, assumptions, question). */
export const intentFieldsSchema = z.strictObject({
  use_case: useCaseIdSchema,
  /** How many people (or clients) it serves; null when the text gives no number. */
  users: count.nullable(),
  /** What `users` counts: everyone, daily or monthly actives, or users at the same time. */
  users_kind: usersKindSchema.nullable(),
  /** Share of `users` active on a given day when the text says so ("a fifth of them daily"). */
  active_share: z.number().gt(0).lte(1).nullable(),
  /** Requests per second; null unless the text states a rate (per minute/day/month converted). */
  requests_per_s: count.nullable(),
  /** Whether `requests_per_s` is a peak or an average, when the text says or implies it. */
  requests_per_s_basis: z.enum(['peak', 'average']).nullable(),
  /** Requests each user makes per day ("each reviews 10 contracts a day"). */
  requests_per_user_per_day: count.nullable(),
  /** Offline jobs: requests in one batch ("2M documents nightly"). */
  batch_requests: count.nullable(),
  /** Offline jobs: hours the batch must finish in. */
  batch_window_hours: count.nullable(),
  latency_priority: prioritySchema,
  cost_priority: prioritySchema,
  quality_priority: prioritySchema,
  budget_usd_per_month: count.nullable(),
  /** Context the deployment must accept (longest prompt), in tokens. */
  max_input_tokens: z.number().int().positive().nullable(),
  /** Typical prompt length in tokens, when stated. */
  input_tokens: z.number().int().positive().nullable(),
  /** Typical response length in tokens, when stated. */
  output_tokens: z.number().int().positive().nullable(),
  latency_targets: z.array(latencyTargetSchema),
  /** The percentile the SLO is judged at when the text names one (95 for "p95"). */
  slo_percentile: z.number().gt(0).lt(100).nullable(),
  /** Knowledge-base model ids the text asks for (by name, alias or family). */
  preferred_models: z.array(z.string()),
  /** True when the text allows only the preferred models ("must be Qwen"). */
  only_preferred_models: z.boolean(),
  excluded_models: z.array(z.string()),
  /** Knowledge-base GPU ids the deployment may use (empty: any). */
  allowed_gpus: z.array(z.string()),
  excluded_gpus: z.array(z.string()),
  /** GPUs available in total, when the text caps them ("we have 16 H100s"). */
  max_gpus: z.number().int().positive().nullable(),
  /** Only OSI-approved, permissive licences (Apache-2.0, MIT): kb category "permissive". */
  open_source_only: z.boolean(),
  /** The licence must allow commercial use. */
  commercial_use_required: z.boolean(),
  /** Licence ids the text allows ("Apache/MIT only" → apache-2.0, mit); empty: any. */
  allowed_licenses: z.array(z.string()),
});
export type IntentFields = z.infer<typeof intentFieldsSchema>;
export type IntentField = keyof IntentFields;

export const intentFieldNames = Object.keys(
  intentFieldsSchema.shape,
) as IntentField[];
export const intentFieldNameSchema = z.enum(
  intentFieldNames as [IntentField, ...IntentField[]],
);

/** An intent: the fields plus where each came from, every assumption, and at most one question. */
export const intentSchema = intentFieldsSchema.extend({
  /** Every default applied and every reading of vague words, as sentences for a person. */
  assumptions: z.array(z.string()),
  /** One clarifying question when something decisive is missing or contradictory, else null. */
  question: z.string().nullable(),
  /** Per field: stated in the text, inferred from it, or a default. */
  source: z.partialRecord(intentFieldNameSchema, fieldSourceSchema),
  /** Per field: how the words were read, when that is worth saying ("3000 per minute = 50 per second"). */
  notes: z.partialRecord(intentFieldNameSchema, z.string()),
});
export type Intent = z.infer<typeof intentSchema>;

/** The intent's JSON Schema (draft 2020-12), e.g. for an API description or a UI form. */
export const intentJsonSchema = z.toJSONSchema(intentSchema);

/** Labels for people: "cost priority", "SLO percentile". */
export const intentFieldLabels: Record<IntentField, string> = {
  use_case: 'use case',
  users: 'users',
  users_kind: 'kind of users',
  active_share: 'share active per day',
  requests_per_s: 'requests per second',
  requests_per_s_basis: 'rate basis',
  requests_per_user_per_day: 'requests per user per day',
  batch_requests: 'requests per batch',
  batch_window_hours: 'batch window (hours)',
  latency_priority: 'latency priority',
  cost_priority: 'cost priority',
  quality_priority: 'quality priority',
  budget_usd_per_month: 'budget (USD/month)',
  max_input_tokens: 'max input tokens',
  input_tokens: 'typical input tokens',
  output_tokens: 'typical output tokens',
  latency_targets: 'latency targets',
  slo_percentile: 'SLO percentile',
  preferred_models: 'preferred models',
  only_preferred_models: 'only the preferred models',
  excluded_models: 'excluded models',
  allowed_gpus: 'allowed GPUs',
  excluded_gpus: 'excluded GPUs',
  max_gpus: 'max GPUs',
  open_source_only: 'open-source licences only',
  commercial_use_required: 'commercial use required',
  allowed_licenses: 'allowed licences',
};

/** The fields of an intent before anything is known: nulls, empty lists and medium priorities. */
export function emptyIntentFields(): IntentFields {
  return {
    use_case: 'chatbot',
    users: null,
    users_kind: null,
    active_share: null,
    requests_per_s: null,
    requests_per_s_basis: null,
    requests_per_user_per_day: null,
    batch_requests: null,
    batch_window_hours: null,
    latency_priority: 'medium',
    cost_priority: 'medium',
    quality_priority: 'medium',
    budget_usd_per_month: null,
    max_input_tokens: null,
    input_tokens: null,
    output_tokens: null,
    latency_targets: [],
    slo_percentile: null,
    preferred_models: [],
    only_preferred_models: false,
    excluded_models: [],
    allowed_gpus: [],
    excluded_gpus: [],
    max_gpus: null,
    open_source_only: false,
    commercial_use_required: false,
    allowed_licenses: [],
  };
}
