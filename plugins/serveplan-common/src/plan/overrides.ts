/**
 * What-if overrides: `key=value` settings applied on top of an intent (`--set` in the CLI, the
 * Explore form in the portal). Unknown keys and bad values get specific errors.
 */
import { ServeplanInputError } from '../errors/ServeplanInputError';
import { closestNames } from '../kb/names';
import { percentileSchema, useCaseIds, UseCaseId } from '../kb/schema';
import { PlanSpec, SpecInput } from './spec';

type Priority = 'low' | 'medium' | 'high';

type Setter = (input: SpecInput, value: string, key: string) => void;

const num = (value: string, key: string): number => {
  const v = Number(value.replace(/[_,]/g, ''));
  if (value.trim() === '' || !Number.isFinite(v) || v <= 0) {
    throw new ServeplanInputError(
      `${key} must be a positive number, got "${value}"`,
      { field: key },
    );
  }
  return v;
};
const list = (value: string) =>
  value
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
const priority = (value: string, key: string): Priority => {
  if (value === 'low' || value === 'medium' || value === 'high') return value;
  throw new ServeplanInputError(
    `${key} must be low, medium or high, got "${value}"`,
    { field: key },
  );
};

const SETTERS: Record<string, Setter> = {
  use_case: (i, v, k) => {
    if (!(useCaseIds as readonly string[]).includes(v)) {
      throw new ServeplanInputError(
        `${k} must be one of ${useCaseIds.join(', ')}, got "${v}"`,
        { field: k, suggestions: closestNames(v, useCaseIds) },
      );
    }
    i.use_case = v as UseCaseId;
  },
  users: (i, v, k) => {
    i.users = num(v, k);
  },
  rps: (i, v, k) => {
    i.requests_per_s = num(v, k);
    i.requests_per_s_is_peak = true;
  },
  rps_average: (i, v, k) => {
    i.requests_per_s = num(v, k);
    i.requests_per_s_is_peak = false;
  },
  budget: (i, v, k) => {
    i.budget_usd_per_month = num(v, k);
  },
  input_tokens: (i, v, k) => {
    i.input_tokens = num(v, k);
  },
  output_tokens: (i, v, k) => {
    i.output_tokens = num(v, k);
  },
  max_input_tokens: (i, v, k) => {
    i.max_input_tokens = num(v, k);
  },
  ttft_ms: (i, v, k) => {
    i.ttft_ms = num(v, k);
  },
  itl_ms: (i, v, k) => {
    i.itl_ms = num(v, k);
  },
  e2e_ms: (i, v, k) => {
    i.e2e_ms = num(v, k);
  },
  percentile: (i, v, k) => {
    const p = percentileSchema.safeParse(v);
    if (!p.success)
      throw new ServeplanInputError(
        `${k} must be one of ${percentileSchema.options.join(
          ', ',
        )}, got "${v}"`,
        { field: k },
      );
    i.slo_percentile = p.data;
  },
  latency: (i, v, k) => {
    i.latency_priority = priority(v, k);
  },
  cost: (i, v, k) => {
    i.cost_priority = priority(v, k);
  },
  quality: (i, v, k) => {
    i.quality_priority = priority(v, k);
  },
  model: (i, v) => {
    i.preferred_models = list(v);
  },
  exclude_model: (i, v) => {
    i.excluded_models = [...(i.excluded_models ?? []), ...list(v)];
  },
  gpu: (i, v) => {
    i.allowed_gpus = list(v);
  },
  exclude_gpu: (i, v) => {
    i.excluded_gpus = [...(i.excluded_gpus ?? []), ...list(v)];
  },
  min_quality: (i, v, k) => {
    const q = Number(v);
    if (!(q >= 0 && q <= 100))
      throw new ServeplanInputError(
        `${k} must be between 0 and 100, got "${v}"`,
        { field: k },
      );
    i.min_quality = q;
  },
  licence: (i, v, k) => {
    if (v !== 'any' && v !== 'commercial' && v !== 'permissive') {
      throw new ServeplanInputError(
        `${k} must be any, commercial or permissive, got "${v}"`,
        { field: k },
      );
    }
    i.licence = v;
  },
};

export const OVERRIDE_KEYS = [
  ...Object.keys(SETTERS),
  'headroom',
  'price.<GPU>',
];

function split(setting: string): [string, string] {
  const eq = setting.indexOf('=');
  if (eq <= 0) {
    throw new ServeplanInputError(
      `"${setting}" is not key=value (keys: ${OVERRIDE_KEYS.join(', ')})`,
      { field: 'set' },
    );
  }
  return [setting.slice(0, eq).trim(), setting.slice(eq + 1).trim()];
}

/** Applies the settings that change the intent (everything but headroom and prices). */
export function applyIntentOverrides(
  input: SpecInput,
  settings: string[],
): SpecInput {
  const out: SpecInput = { ...input };
  for (const s of settings) {
    const [key, value] = split(s);
    if (key === 'headroom' || key.startsWith('price.')) continue;
    const setter = SETTERS[key];
    if (!setter) {
      throw new ServeplanInputError(
        `unknown setting "${key}"; keys: ${OVERRIDE_KEYS.join(', ')}`,
        {
          field: 'set',
          suggestions: closestNames(key, Object.keys(SETTERS)),
        },
      );
    }
    setter(out, value, key);
  }
  return out;
}

/** Applies the settings that change the specification itself: headroom and GPU prices. */
export function applySpecOverrides(
  spec: PlanSpec,
  settings: string[],
): PlanSpec {
  const out: PlanSpec = {
    ...spec,
    traffic: { ...spec.traffic },
    prices: { ...spec.prices },
  };
  for (const s of settings) {
    const [key, value] = split(s);
    if (key === 'headroom') {
      const v = Number(value);
      if (!(v >= 0 && v <= 5))
        throw new ServeplanInputError(
          `headroom must be between 0 and 5 (a fraction), got "${value}"`,
          { field: key },
        );
      out.traffic.headroom = v;
    } else if (key.startsWith('price.')) {
      out.prices[key.slice('price.'.length)] = num(value, key);
    }
  }
  return out;
}
