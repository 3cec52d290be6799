/**
 * Validation of structured plan inputs (an intent's fields, a specification input) for callers
 * that do not pass through the OpenAPI validator, e.g. actions; messages name the field.
 */
import { z } from 'zod';
import {
  emptyIntentFields,
  Intent,
  IntentField,
  intentFieldsSchema,
  percentileSchema,
  prioritySchema,
  ServeplanInputError,
  SpecInput,
  useCaseIdSchema,
} from '@serveplan/plugin-serveplan-common';

const amount = z.number().positive().nullable().optional();
const names = (max: number) =>
  z.array(z.string().min(1).max(max)).max(50).optional();

export const specInputSchema = z.strictObject({
  use_case: useCaseIdSchema,
  users: amount,
  requests_per_s: amount,
  requests_per_s_is_peak: z.boolean().nullable().optional(),
  latency_priority: prioritySchema.optional(),
  cost_priority: prioritySchema.optional(),
  quality_priority: prioritySchema.optional(),
  budget_usd_per_month: amount,
  max_input_tokens: amount,
  input_tokens: amount,
  output_tokens: amount,
  ttft_ms: amount,
  itl_ms: amount,
  e2e_ms: amount,
  slo_percentile: percentileSchema.nullable().optional(),
  preferred_models: names(200),
  only_preferred_models: z.boolean().optional(),
  excluded_models: names(200),
  allowed_gpus: names(100),
  excluded_gpus: names(100),
  licence: z.enum(['any', 'commercial', 'permissive']).nullable().optional(),
  allowed_licenses: z.array(z.string().min(1).max(100)).max(20).optional(),
  max_gpus: amount,
  /** Quality floor on the 0-100 relative scale (quality.ts); null: by quality priority. */
  min_quality: z.number().min(0).max(100).nullable().optional(),
  users_are_concurrent: z.boolean().optional(),
  requests_per_user_per_day: amount,
  batch_requests: amount,
  batch_window_hours: amount,
});

function describeIssues(
  prefix: string,
  error: z.ZodError,
): ServeplanInputError {
  const first = error.issues[0];
  const field = [prefix, ...first.path.map(String)].join('.');
  const all = error.issues
    .slice(0, 5)
    .map(i => `${[prefix, ...i.path.map(String)].join('.')}: ${i.message}`);
  return new ServeplanInputError(all.join('; '), { field });
}

export function parseSpecInput(value: unknown): SpecInput {
  const parsed = specInputSchema.safeParse(value);
  if (!parsed.success) throw describeIssues('spec', parsed.error);
  return parsed.data as SpecInput;
}

const partialIntentSchema = intentFieldsSchema.partial();

/**
 * An intent from its fields (any subset; the rest from the empty intent), every given field
 * marked as stated. The question is left for the caller to work out.
 */
export function parseIntentFields(value: unknown): Intent {
  const parsed = partialIntentSchema.safeParse(value);
  if (!parsed.success) throw describeIssues('intent', parsed.error);
  const given = Object.keys(parsed.data) as IntentField[];
  return {
    ...emptyIntentFields(),
    ...parsed.data,
    assumptions: [],
    question: null,
    source: Object.fromEntries(given.map(f => [f, 'stated' as const])),
    notes: {},
  };
}
