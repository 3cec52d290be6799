/**
 * The Explore form over the planner's input (`SpecInput` of serveplan-common): where a plan's
 * input came from, what the form edits, and the request that re-plans it on the backend. Empty
 * fields mean "not stated": the use case's template and the load model fill them in, exactly as
 * on the backend, and the form shows those values as placeholders.
 */
import {
  applyIntentOverrides,
  applySpecOverrides,
  buildSpec,
  gpuPrice,
  GpuPrice,
  intentSchema,
  KnowledgeBase,
  lengthDistributionSchema,
  LicenceConstraint,
  meanLength,
  PercentileName,
  PlanSpec,
  SpecInput,
  specInputFromIntent,
  UseCaseId,
} from '@serveplan/plugin-serveplan-common';
import type { Plan, PlanSpec as ApiPlanSpec } from '../../schema/openapi';

type Priority = 'low' | 'medium' | 'high';

export interface ExploreForm {
  use_case: UseCaseId;
  users: string;
  requests_per_s: string;
  /** Capacity headroom over the peak, in percent. */
  headroom: string;
  input_tokens: string;
  output_tokens: string;
  max_input_tokens: string;
  ttft_ms: string;
  itl_ms: string;
  e2e_ms: string;
  /** '' = the template's percentile. */
  slo_percentile: PercentileName | '';
  budget_usd_per_month: string;
  max_gpus: string;
  /** Lowest relative quality (0-100) a model with benchmark scores may have; '' = by priority. */
  min_quality: string;
  allowed_gpus: string[];
  licence: LicenceConstraint;
  latency_priority: Priority;
  cost_priority: Priority;
  quality_priority: Priority;
  /** USD per GPU-hour by GPU id; '' = the knowledge base's price. */
  prices: Record<string, string>;
}

export type FormField = Exclude<keyof ExploreForm, 'prices' | 'allowed_gpus'>;

const PRIORITY_WEIGHT: Record<Priority, number> = {
  low: 0.5,
  medium: 1,
  high: 2.5,
};
/** Medium first: equal weights (all low, all high) read as the default. */
const LEVELS: Priority[] = ['medium', 'low', 'high'];

/** The priorities whose normalised weights are closest to a plan's ranking weights. */
export function prioritiesFromWeights(w: {
  cost: number;
  latency: number;
  quality: number;
}): {
  cost: Priority;
  latency: Priority;
  quality: Priority;
} {
  let best = {
    cost: 'medium' as Priority,
    latency: 'medium' as Priority,
    quality: 'medium' as Priority,
  };
  let bestError = Infinity;
  for (const cost of LEVELS) {
    for (const latency of LEVELS) {
      for (const quality of LEVELS) {
        const sum =
          PRIORITY_WEIGHT[cost] +
          PRIORITY_WEIGHT[latency] +
          PRIORITY_WEIGHT[quality];
        const error =
          Math.abs(PRIORITY_WEIGHT[cost] / sum - w.cost) +
          Math.abs(PRIORITY_WEIGHT[latency] / sum - w.latency) +
          Math.abs(PRIORITY_WEIGHT[quality] / sum - w.quality);
        if (error < bestError - 1e-9) {
          bestError = error;
          best = { cost, latency, quality };
        }
      }
    }
  }
  return best;
}

/**
 * A specification input that reproduces a plan's specification when the plan has no intent
 * (plans made from a specification): every value explicit, so nothing depends on the template.
 */
export function specInputFromPlanSpec(spec: ApiPlanSpec): SpecInput {
  const p = prioritiesFromWeights(spec.weights);
  const percentile =
    (['ttft_ms', 'itl_ms', 'e2e_ms'] as const)
      .map(m => spec.slo[m]?.percentile)
      .find(Boolean) ?? null;
  const input = lengthDistributionSchema.safeParse(spec.traffic.input);
  const output = lengthDistributionSchema.safeParse(spec.traffic.output);
  const stated = (key: string) => spec.sources[key] === 'stated';
  return {
    use_case: spec.use_case,
    users: spec.traffic.users,
    requests_per_s: spec.traffic.peak_rps,
    requests_per_s_is_peak: true,
    latency_priority: p.latency,
    cost_priority: p.cost,
    quality_priority: p.quality,
    budget_usd_per_month: spec.constraints.budget_usd_per_month,
    min_quality: stated('min_quality') ? spec.constraints.min_quality : null,
    max_input_tokens: stated('max_input_tokens')
      ? spec.traffic.max_input_tokens
      : null,
    input_tokens:
      stated('input_tokens') && input.success
        ? Math.round(meanLength(input.data))
        : null,
    output_tokens:
      stated('output_tokens') && output.success
        ? Math.round(meanLength(output.data))
        : null,
    ttft_ms: spec.slo.ttft_ms?.target ?? null,
    itl_ms: spec.slo.itl_ms?.target ?? null,
    e2e_ms: spec.slo.e2e_ms?.target ?? null,
    slo_percentile: percentile,
    preferred_models: spec.constraints.preferred_models,
    only_preferred_models: spec.constraints.only_preferred_models,
    excluded_models: spec.constraints.excluded_models,
    allowed_gpus: spec.constraints.allowed_gpus,
    excluded_gpus: spec.constraints.excluded_gpus,
    licence: spec.constraints.licence,
    allowed_licenses: spec.constraints.allowed_licenses,
    max_gpus: spec.constraints.max_gpus,
  };
}

/** The planner's input behind a plan: its intent with its overrides, or its specification. */
export function specInputOfPlan(plan: Plan): SpecInput {
  if (plan.intent) {
    const parsed = intentSchema.safeParse(plan.intent);
    if (parsed.success) {
      const { input } = specInputFromIntent(parsed.data);
      try {
        return applyIntentOverrides(input, plan.overrides);
      } catch {
        return input;
      }
    }
  }
  return specInputFromPlanSpec(plan.result.spec);
}

const text = (v: number | null | undefined) =>
  v === null || v === undefined ? '' : String(v);

/** The form for a plan: its input's stated values; headroom and prices from its specification. */
export function formFromPlan(plan: Plan): ExploreForm {
  const input = specInputOfPlan(plan);
  const spec = plan.result.spec;
  return {
    use_case: input.use_case,
    users: text(input.users),
    // A stated rate, as the peak it works out to (an average times the template's peak-to-average).
    requests_per_s: input.requests_per_s
      ? text(
          input.requests_per_s_is_peak === false
            ? spec.traffic.peak_rps
            : input.requests_per_s,
        )
      : '',
    headroom: String(Math.round(spec.traffic.headroom * 1000) / 10),
    input_tokens: text(input.input_tokens),
    output_tokens: text(input.output_tokens),
    max_input_tokens: text(input.max_input_tokens),
    ttft_ms: text(input.ttft_ms),
    itl_ms: text(input.itl_ms),
    e2e_ms: text(input.e2e_ms),
    slo_percentile: input.slo_percentile ?? '',
    budget_usd_per_month: text(input.budget_usd_per_month),
    max_gpus: text(input.max_gpus),
    min_quality: text(input.min_quality),
    allowed_gpus: input.allowed_gpus ?? [],
    licence: input.licence ?? 'any',
    latency_priority: input.latency_priority ?? 'medium',
    cost_priority: input.cost_priority ?? 'medium',
    quality_priority: input.quality_priority ?? 'medium',
    prices: Object.fromEntries(
      Object.entries(spec.prices).map(([gpu, usd]) => [gpu, String(usd)]),
    ),
  };
}

/** A blank form for a use case (Explore without a plan). */
export function formForUseCase(
  kb: KnowledgeBase,
  useCase: UseCaseId,
): ExploreForm {
  return {
    use_case: useCase,
    users: '',
    requests_per_s: '',
    headroom: String(Math.round(kb.useCases.load_model.headroom * 1000) / 10),
    input_tokens: '',
    output_tokens: '',
    max_input_tokens: '',
    ttft_ms: '',
    itl_ms: '',
    e2e_ms: '',
    slo_percentile: '',
    budget_usd_per_month: '',
    max_gpus: '',
    min_quality: '',
    allowed_gpus: [],
    licence: 'any',
    latency_priority: 'medium',
    cost_priority: 'medium',
    quality_priority: 'medium',
    prices: {},
  };
}

export interface ExploreRequest {
  input: SpecInput;
  /** headroom=… and price.<GPU>=… (what SpecInput cannot say). */
  overrides: string[];
}

export type FormErrors = Partial<Record<FormField | `price.${string}`, string>>;

const INTEGER_FIELDS: FormField[] = [
  'input_tokens',
  'output_tokens',
  'max_input_tokens',
  'max_gpus',
];

function number(
  form: ExploreForm,
  field: FormField,
  errors: FormErrors,
): number | null {
  const raw = String(form[field]).replace(/[,_\s$]/g, '');
  if (raw === '') return null;
  const v = Number(raw);
  if (!Number.isFinite(v) || v <= 0) {
    errors[field] = 'Enter a positive number, or leave it empty';
    return null;
  }
  if (INTEGER_FIELDS.includes(field) && !Number.isInteger(v)) {
    errors[field] = 'Enter a whole number';
    return null;
  }
  return v;
}

/** The quality floor: empty (set by the quality priority) or a number from 0 to 100. */
function qualityFloor(form: ExploreForm, errors: FormErrors): number | null {
  const raw = form.min_quality.trim();
  if (raw === '') return null;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < 0 || v > 100) {
    errors.min_quality = 'Enter a score from 0 to 100, or leave it empty';
    return null;
  }
  return v;
}

/**
 * The planner input and overrides the form says. `base` carries what the form does not show
 * (excluded models and GPUs, preferred models, batch windows, concurrent users).
 */
export function requestFromForm(
  base: SpecInput | undefined,
  form: ExploreForm,
  kb: KnowledgeBase | undefined,
): { request: ExploreRequest; errors: FormErrors } {
  const errors: FormErrors = {};
  const rate = number(form, 'requests_per_s', errors);
  const input: SpecInput = {
    ...(base && base.use_case === form.use_case ? base : {}),
    use_case: form.use_case,
    users: number(form, 'users', errors),
    requests_per_s: rate,
    requests_per_s_is_peak: rate === null ? null : true,
    latency_priority: form.latency_priority,
    cost_priority: form.cost_priority,
    quality_priority: form.quality_priority,
    budget_usd_per_month: number(form, 'budget_usd_per_month', errors),
    max_input_tokens: number(form, 'max_input_tokens', errors),
    input_tokens: number(form, 'input_tokens', errors),
    output_tokens: number(form, 'output_tokens', errors),
    ttft_ms: number(form, 'ttft_ms', errors),
    itl_ms: number(form, 'itl_ms', errors),
    e2e_ms: number(form, 'e2e_ms', errors),
    slo_percentile: form.slo_percentile === '' ? null : form.slo_percentile,
    allowed_gpus: form.allowed_gpus,
    licence: form.licence,
    max_gpus: number(form, 'max_gpus', errors),
    min_quality: qualityFloor(form, errors),
  };
  // A rate stated here replaces whatever load the base derived from.
  if (rate !== null) {
    delete input.batch_requests;
    delete input.batch_window_hours;
  }
  const overrides: string[] = [];
  const headroom = Number(form.headroom.replace(/[%\s]/g, ''));
  if (
    form.headroom.trim() === '' ||
    !Number.isFinite(headroom) ||
    headroom < 0 ||
    headroom > 500
  ) {
    errors.headroom = 'Enter a percentage from 0 to 500';
  } else if (
    !kb ||
    Math.abs(headroom / 100 - kb.useCases.load_model.headroom) > 1e-9
  ) {
    overrides.push(`headroom=${headroom / 100}`);
  }
  for (const [gpu, raw] of Object.entries(form.prices)) {
    if (raw.trim() === '') continue;
    const usd = Number(raw.replace(/[$,\s]/g, ''));
    if (!Number.isFinite(usd) || usd <= 0 || usd > 1000)
      errors[`price.${gpu}`] =
        'Enter USD per GPU-hour (0–1000), or leave it empty';
    else overrides.push(`price.${gpu}=${usd}`);
  }
  return { request: { input, overrides }, errors };
}

/** The specification the backend would build for the request, built here with the same engine. */
export function effectiveSpec(
  kb: KnowledgeBase,
  request: ExploreRequest,
): PlanSpec {
  return applySpecOverrides(buildSpec(kb, request.input), request.overrides);
}

/**
 * The knowledge base's price for a GPU (what an empty price field means): a provider's listed
 * price, or the operators' override (provider `operator`) when the backend has one.
 */
export function kbPrice(kb: KnowledgeBase, gpuId: string): GpuPrice | null {
  const gpu = kb.gpus.find(g => g.id === gpuId);
  return gpu ? gpuPrice(kb, gpu) : null;
}
