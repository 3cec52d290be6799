/**
 * Specification: a use case's template (kb/use-cases.yaml), what the user stated, and the users →
 * load model, combined into a traffic profile, SLO targets and constraints — every value marked
 * with where it came from.
 */
import { ServeplanInputError } from '../errors/ServeplanInputError';
import {
  KnowledgeBase,
  PercentileName,
  SloTarget,
  UseCase,
  UseCaseId,
} from '../kb/schema';
import { LengthDistribution, meanLength } from '../engine/workload';

export type LicenceConstraint = 'any' | 'commercial' | 'permissive';
type Priority = 'low' | 'medium' | 'high';

/** What the planner needs from an intent (the intent engine's output satisfies it). */
export interface SpecInput {
  use_case: UseCaseId;
  users?: number | null;
  /** A request rate the user stated. */
  requests_per_s?: number | null;
  /** Whether the stated rate is the peak (default) or an average. */
  requests_per_s_is_peak?: boolean | null;
  latency_priority?: Priority;
  cost_priority?: Priority;
  quality_priority?: Priority;
  budget_usd_per_month?: number | null;
  max_input_tokens?: number | null;
  input_tokens?: number | null;
  output_tokens?: number | null;
  /** Latency targets the user stated, in ms. */
  ttft_ms?: number | null;
  itl_ms?: number | null;
  e2e_ms?: number | null;
  slo_percentile?: PercentileName | null;
  preferred_models?: string[];
  /** Only the preferred models may be used (otherwise they are favoured). */
  only_preferred_models?: boolean;
  excluded_models?: string[];
  allowed_gpus?: string[];
  excluded_gpus?: string[];
  licence?: LicenceConstraint | null;
  /** Licence ids allowed (empty: any). */
  allowed_licenses?: string[];
  /** GPUs available in total. */
  max_gpus?: number | null;
  /** Quality floor (relative quality 0-100); defaults by quality priority. */
  min_quality?: number | null;
  /** All users active at once (a concurrency, not a population). */
  users_are_concurrent?: boolean;
  /** Requests per user per working day (replaces the template's hourly rate). */
  requests_per_user_per_day?: number | null;
  /** Offline batch: requests per batch and the hours it must finish in. */
  batch_requests?: number | null;
  batch_window_hours?: number | null;
}

/** Where a specification value came from. */
export type SpecSource = 'stated' | 'template' | 'derived' | 'default';

export interface TrafficProfile {
  users: number | null;
  /** Peak arrival rate the deployment must absorb (before headroom). */
  peak_rps: number;
  /**
   * Mean arrival rate over the busy period: the busiest hour (users through the load model), the
   * working day (a per-user daily count), the batch window, or the stated peak over the template's
   * peak-to-average. Not a 24-hour average.
   */
  average_rps: number;
  /** Coefficient of variation of inter-arrival times at the peak (1 = Poisson). */
  burstiness_cv: number;
  input: LengthDistribution;
  output: LengthDistribution;
  /** Prompt tokens a request may carry; with the longest output it sets --max-model-len. */
  max_input_tokens: number;
  max_output_tokens: number;
  headroom: number;
  /** How the rates were obtained, for people. */
  derivation: string;
}

export interface SloSpec {
  ttft_ms: SloTarget | null;
  itl_ms: SloTarget | null;
  e2e_ms: SloTarget | null;
}

export interface PlanSpec {
  use_case: UseCaseId;
  use_case_name: string;
  traffic: TrafficProfile;
  slo: SloSpec;
  constraints: {
    preferred_models: string[];
    only_preferred_models: boolean;
    excluded_models: string[];
    allowed_gpus: string[];
    excluded_gpus: string[];
    licence: LicenceConstraint;
    allowed_licenses: string[];
    budget_usd_per_month: number | null;
    max_gpus: number | null;
    /**
     * Lowest relative quality (0-100, see quality.ts) a model with known scores may have; models
     * with no recorded benchmark pass with a note.
     */
    min_quality: number;
  };
  /** Ranking weights over cost, latency and quality (sum to 1). */
  weights: { cost: number; latency: number; quality: number };
  /** USD per GPU-hour overrides by GPU id (operator prices). */
  prices: Record<string, number>;
  tasks: string[];
  quality_benchmarks: string[];
  sources: Record<string, SpecSource>;
  assumptions: string[];
}

const PRIORITY_WEIGHT: Record<Priority, number> = {
  low: 0.5,
  medium: 1,
  high: 2.5,
};
/** Quality floors by quality priority (relative quality, 0-100). */
const QUALITY_FLOOR: Record<Priority, number> = {
  low: 0,
  medium: 65,
  high: 85,
};

/** Stated latency priority tightens or relaxes the template's targets. */
const LATENCY_SCALE: Record<Priority, number> = {
  low: 1.5,
  medium: 1,
  high: 0.7,
};

/** p99 of a length distribution (exact for fixed/uniform; lognormal/normal by their quantile). */
export function lengthQuantile99(d: LengthDistribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return d.max;
    case 'normal':
      return Math.ceil(d.mean + 2.326 * d.std);
    case 'lognormal': {
      const s2 = Math.log(1 + (d.std * d.std) / (d.mean * d.mean));
      return Math.ceil(
        Math.exp(Math.log(d.mean) - s2 / 2 + 2.326 * Math.sqrt(s2)),
      );
    }
    case 'empirical':
      return Math.max(...d.values);
    default:
      return 0;
  }
}

function scaleMean(d: LengthDistribution, mean: number): LengthDistribution {
  switch (d.kind) {
    case 'lognormal':
    case 'normal':
      return { ...d, mean, std: (d.std / d.mean) * mean };
    default:
      return { kind: 'fixed', value: Math.round(mean) };
  }
}

const checkPositive = (
  v: number | null | undefined,
  what: string,
  max: number,
) => {
  if (v === null || v === undefined) return;
  if (!Number.isFinite(v) || v <= 0 || v > max) {
    throw new ServeplanInputError(
      `${what} must be a positive number up to ${max.toLocaleString(
        'en-US',
      )}, got ${v}`,
      { field: what },
    );
  }
};

export function useCaseTemplate(kb: KnowledgeBase, id: UseCaseId): UseCase {
  const t = kb.useCases.use_cases.find(u => u.id === id);
  if (!t) {
    throw new ServeplanInputError(
      `no use-case template "${id}"; known: ${kb.useCases.use_cases
        .map(u => u.id)
        .join(', ')}`,
      {
        field: 'use_case',
      },
    );
  }
  return t;
}

/** Builds the specification; throws ServeplanInputError on impossible numbers. */
export function buildSpec(kb: KnowledgeBase, input: SpecInput): PlanSpec {
  const t = useCaseTemplate(kb, input.use_case);
  checkPositive(input.users, 'users', 1e9);
  checkPositive(input.requests_per_s, 'requests_per_s', 1e6);
  checkPositive(input.budget_usd_per_month, 'budget_usd_per_month', 1e9);
  checkPositive(input.max_input_tokens, 'max_input_tokens', 10_000_000);
  checkPositive(input.input_tokens, 'input_tokens', 10_000_000);
  checkPositive(input.output_tokens, 'output_tokens', 1_000_000);
  checkPositive(
    input.requests_per_user_per_day,
    'requests_per_user_per_day',
    1e6,
  );
  checkPositive(input.batch_requests, 'batch_requests', 1e12);
  checkPositive(input.batch_window_hours, 'batch_window_hours', 24 * 365);
  checkPositive(input.max_gpus, 'max_gpus', 1e6);
  for (const k of ['ttft_ms', 'itl_ms', 'e2e_ms'] as const)
    checkPositive(input[k], k, 86_400_000);

  const sources: Record<string, SpecSource> = {};
  const assumptions: string[] = [];

  // Lengths: the template's shape, the user's typical values when stated.
  let inputDist: LengthDistribution = t.input_tokens;
  let outputDist: LengthDistribution = t.output_tokens;
  sources.input_tokens = 'template';
  sources.output_tokens = 'template';
  if (input.input_tokens) {
    inputDist = scaleMean(t.input_tokens, input.input_tokens);
    sources.input_tokens = 'stated';
  }
  if (input.output_tokens) {
    outputDist = scaleMean(t.output_tokens, input.output_tokens);
    sources.output_tokens = 'stated';
  } else
    assumptions.push(
      `output lengths from the ${t.id} template: mean ${meanLength(
        t.output_tokens,
      )} tokens`,
    );
  let maxInput = t.max_input_tokens;
  sources.max_input_tokens = 'template';
  if (input.max_input_tokens) {
    maxInput = input.max_input_tokens;
    sources.max_input_tokens = 'stated';
    const p99 = lengthQuantile99(inputDist);
    if (p99 > maxInput && !input.input_tokens) {
      // The template's prompts run longer than the stated maximum: shrink them so 99 % fit.
      inputDist = scaleMean(
        inputDist,
        Math.max(1, (meanLength(inputDist) * maxInput) / p99),
      );
      sources.input_tokens = 'derived';
      assumptions.push(
        `prompt lengths from the ${
          t.id
        } template scaled so 99 % fit the stated maximum of ${maxInput.toLocaleString(
          'en-US',
        )} tokens: mean ${Math.round(meanLength(inputDist))} tokens`,
      );
    }
  }
  if (sources.input_tokens === 'template')
    assumptions.push(
      `prompt lengths from the ${t.id} template: mean ${meanLength(
        inputDist,
      )} tokens`,
    );
  const inputP99 = lengthQuantile99(inputDist);
  if (inputP99 > maxInput) {
    // The stated typical prompt's tail is longer than the maximum: the engine must hold it.
    assumptions.push(
      `longest prompt raised from ${maxInput.toLocaleString(
        'en-US',
      )} to ${inputP99.toLocaleString(
        'en-US',
      )} tokens, the 99th percentile of the prompt lengths`,
    );
    maxInput = inputP99;
    sources.max_input_tokens = 'derived';
  }
  const maxOutput = lengthQuantile99(outputDist);

  // Load: a stated rate wins; otherwise users through the load model.
  const L = t.load;
  const headroom = kb.useCases.load_model.headroom;
  let peak: number;
  let average: number;
  let derivation: string;
  const users = input.users ?? null;
  if (input.requests_per_s) {
    const isPeak = input.requests_per_s_is_peak !== false;
    peak = isPeak
      ? input.requests_per_s
      : input.requests_per_s * L.peak_to_average;
    average = isPeak
      ? input.requests_per_s / L.peak_to_average
      : input.requests_per_s;
    sources.requests_per_s = 'stated';
    derivation = isPeak
      ? `stated peak of ${input.requests_per_s} req/s`
      : `stated average of ${input.requests_per_s} req/s x peak-to-average ${L.peak_to_average} (template)`;
    if (
      users &&
      users * L.requests_per_active_user_per_hour < peak * 3600 * 0.01
    ) {
      // Far more requests than the users could plausibly send: say so rather than silently plan.
      assumptions.push(
        `the stated ${peak} req/s is much more than ${users} users would send per the ${t.id} load model; planning for the stated rate`,
      );
    }
  } else if (input.batch_requests && input.batch_window_hours) {
    average = input.batch_requests / (input.batch_window_hours * 3600);
    peak = average;
    sources.requests_per_s = 'derived';
    derivation = `${input.batch_requests.toLocaleString('en-US')} requests in ${
      input.batch_window_hours
    } h = ${average.toPrecision(3)} req/s, submitted steadily`;
    assumptions.push(`load: ${derivation}`);
  } else {
    const u = users ?? 100;
    if (!users)
      assumptions.push(
        'no user count or request rate stated: planning for 100 users',
      );
    sources.users = users ? 'stated' : 'default';
    const share = input.users_are_concurrent ? 1 : L.active_share;
    if (input.requests_per_user_per_day) {
      // A stated daily rate per user already averages over who is active: no active share.
      const day = kb.useCases.load_model.busy_hours_per_day;
      average = (u * input.requests_per_user_per_day) / (day * 3600);
      derivation = `${u.toLocaleString('en-US')} users x ${
        input.requests_per_user_per_day
      } requests per user per day over a ${day}-hour day = ${average.toPrecision(
        3,
      )} req/s`;
    } else {
      average = (u * share * L.requests_per_active_user_per_hour) / 3600;
      derivation = `${u.toLocaleString(
        'en-US',
      )} users x ${share} active in the busiest hour${
        input.users_are_concurrent ? ' (stated as concurrent)' : ''
      } x ${
        L.requests_per_active_user_per_hour
      } requests per active user per hour / 3600 = ${average.toPrecision(
        3,
      )} req/s`;
    }
    peak = average * L.peak_to_average;
    derivation += `, x peak-to-average ${
      L.peak_to_average
    } = ${peak.toPrecision(3)} req/s at peak (${t.id} load model)`;
    sources.requests_per_s = 'derived';
    assumptions.push(`load: ${derivation}`);
  }
  assumptions.push(
    `capacity planned for the peak plus ${Math.round(
      headroom * 100,
    )} % headroom`,
  );

  // SLOs: the template's targets, scaled by latency priority; stated targets win.
  const latency = input.latency_priority ?? 'medium';
  const scale = LATENCY_SCALE[latency];
  const slo: SloSpec = { ttft_ms: null, itl_ms: null, e2e_ms: null };
  for (const k of ['ttft_ms', 'itl_ms', 'e2e_ms'] as const) {
    const base = t.slo[k];
    const stated = input[k];
    const percentile = input.slo_percentile ?? base?.percentile ?? 'p95';
    if (stated) {
      slo[k] = { target: stated, percentile };
      sources[k] = 'stated';
    } else if (base) {
      slo[k] = { target: Math.round(base.target * scale), percentile };
      sources[k] = scale === 1 ? 'template' : 'derived';
    }
  }
  if (scale !== 1)
    assumptions.push(
      `latency priority ${latency}: template SLO targets scaled by ${scale}`,
    );
  if (input.slo_percentile) sources.slo_percentile = 'stated';

  const w = {
    cost: PRIORITY_WEIGHT[input.cost_priority ?? 'medium'],
    latency: PRIORITY_WEIGHT[latency],
    quality: PRIORITY_WEIGHT[input.quality_priority ?? 'medium'],
  };
  const sum = w.cost + w.latency + w.quality;
  // A stated quality floor, or the one the quality priority sets.
  sources.min_quality =
    input.min_quality !== null && input.min_quality !== undefined
      ? 'stated'
      : 'default';
  return {
    use_case: t.id,
    use_case_name: t.name,
    traffic: {
      users,
      peak_rps: peak,
      average_rps: average,
      burstiness_cv: L.burstiness_cv,
      input: inputDist,
      output: outputDist,
      max_input_tokens: maxInput,
      max_output_tokens: maxOutput,
      headroom,
      derivation,
    },
    slo,
    constraints: {
      preferred_models: input.preferred_models ?? [],
      only_preferred_models: input.only_preferred_models ?? false,
      excluded_models: input.excluded_models ?? [],
      allowed_gpus: input.allowed_gpus ?? [],
      excluded_gpus: input.excluded_gpus ?? [],
      licence: input.licence ?? 'any',
      allowed_licenses: input.allowed_licenses ?? [],
      budget_usd_per_month: input.budget_usd_per_month ?? null,
      max_gpus: input.max_gpus ?? null,
      min_quality:
        input.min_quality ?? QUALITY_FLOOR[input.quality_priority ?? 'medium'],
    },
    weights: {
      cost: w.cost / sum,
      latency: w.latency / sum,
      quality: w.quality / sum,
    },
    prices: {},
    tasks: t.tasks,
    quality_benchmarks: t.quality_benchmarks,
    sources,
    assumptions,
  };
}
