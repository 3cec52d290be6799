/** API shapes (snake_case, flat objects) → the engine's deployment and workload types. */
import {
  ArrivalProcess,
  checkLengthDistribution,
  DeploymentInput,
  LengthDistribution,
  Precision,
  ServeplanInputError,
  Workload,
} from '@serveplan/plugin-serveplan-common';

export interface ApiDeployment {
  model: string;
  gpu: string;
  tp?: number;
  precision?: Precision;
  max_num_seqs?: number;
  max_num_batched_tokens?: number;
  gpu_memory_utilization?: number;
  max_model_len?: number;
  block_size?: number;
  kv_cache_dtype?: 'auto' | 'fp8';
}

export interface ApiLengthDistribution {
  kind: 'fixed' | 'uniform' | 'normal' | 'lognormal' | 'empirical';
  value?: number;
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  values?: number[];
}

export interface ApiArrival {
  kind: 'poisson' | 'gamma' | 'constant' | 'closed' | 'offline';
  rate?: number;
  cv?: number;
  concurrency?: number;
}

export interface ApiWorkload {
  arrival: ApiArrival;
  input: ApiLengthDistribution;
  output: ApiLengthDistribution;
  requests?: number;
  seed?: number;
}

export const MAX_PREDICT_REQUESTS = 20_000;

export function toDeploymentInput(d: ApiDeployment): DeploymentInput {
  return {
    model: d.model,
    gpu: d.gpu,
    tp: d.tp,
    precision: d.precision,
    maxNumSeqs: d.max_num_seqs,
    maxNumBatchedTokens: d.max_num_batched_tokens,
    gpuMemoryUtilization: d.gpu_memory_utilization,
    maxModelLen: d.max_model_len,
    blockSize: d.block_size,
    kvCacheDtype: d.kv_cache_dtype,
  };
}

function need(
  value: number | undefined,
  name: string,
  field: string,
  kind: string,
): number {
  if (value === undefined || value === null) {
    throw new ServeplanInputError(
      `${field}: a ${kind} distribution needs ${name}`,
      { field },
    );
  }
  return value;
}

export function toLengthDistribution(
  d: ApiLengthDistribution,
  field: string,
): LengthDistribution {
  let out: LengthDistribution;
  switch (d.kind) {
    case 'fixed':
      out = { kind: 'fixed', value: need(d.value, 'value', field, d.kind) };
      break;
    case 'uniform':
      out = {
        kind: 'uniform',
        min: need(d.min, 'min', field, d.kind),
        max: need(d.max, 'max', field, d.kind),
      };
      break;
    case 'normal':
    case 'lognormal':
      out = {
        kind: d.kind,
        mean: need(d.mean, 'mean', field, d.kind),
        std: need(d.std, 'std', field, d.kind),
      };
      break;
    case 'empirical':
      if (!d.values)
        throw new ServeplanInputError(
          `${field}: an empirical distribution needs values`,
          { field },
        );
      out = { kind: 'empirical', values: d.values };
      break;
    default:
      throw new ServeplanInputError(
        `${field}: unknown distribution kind "${String(
          (d as { kind?: unknown }).kind,
        )}"`,
        { field },
      );
  }
  return checkLengthDistribution(out, field);
}

function toArrival(a: ApiArrival): ArrivalProcess {
  const field = 'workload.arrival';
  const rate = () => {
    const r = need(a.rate, 'rate (requests per second)', field, a.kind);
    if (!(r > 0 && r <= 1e6))
      throw new ServeplanInputError(
        `${field}.rate must be above 0 and at most 1,000,000 req/s, got ${r}`,
        { field: `${field}.rate` },
      );
    return r;
  };
  switch (a.kind) {
    case 'poisson':
    case 'constant':
      return { kind: a.kind, rate: rate() };
    case 'gamma':
      return {
        kind: 'gamma',
        rate: rate(),
        cv: need(a.cv, 'cv (coefficient of variation)', field, a.kind),
      };
    case 'closed':
      return {
        kind: 'closed',
        concurrency: need(a.concurrency, 'concurrency', field, a.kind),
      };
    case 'offline':
      return { kind: 'offline' };
    default:
      throw new ServeplanInputError(
        `${field}: unknown arrival kind "${String(
          (a as { kind?: unknown }).kind,
        )}"`,
        { field },
      );
  }
}

export function toWorkload(w: ApiWorkload): Workload {
  const requests = w.requests ?? 2000;
  if (
    !Number.isInteger(requests) ||
    requests < 1 ||
    requests > MAX_PREDICT_REQUESTS
  ) {
    throw new ServeplanInputError(
      `workload.requests must be a whole number from 1 to ${MAX_PREDICT_REQUESTS.toLocaleString(
        'en-US',
      )}, got ${requests}`,
      {
        field: 'workload.requests',
      },
    );
  }
  return {
    arrival: toArrival(w.arrival),
    input: toLengthDistribution(w.input, 'workload.input'),
    output: toLengthDistribution(w.output, 'workload.output'),
    requests,
    seed: w.seed ?? 42,
  };
}
