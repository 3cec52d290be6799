/**
 * `predict`: what a vLLM engine does for a deployment under a workload. Memory fit first, then
 * a discrete-event simulation of continuous batching with step times from the calibrated
 * roofline model, the saturation throughput (measured on a simulated backlog), and intervals
 * from held-out residuals.
 */
import { ServeplanInputError } from '../errors/ServeplanInputError';
import { KnowledgeBase } from '../kb/schema';
import { checkCoefficients } from './coefficients';
import { Deployment, DeploymentInput, resolveDeployment } from './deployment';
import {
  IntervalBasis,
  Interval,
  latencyInterval,
  rateInterval,
  residualBasis,
} from './intervals';
import { KvSizer, kvSizer, memoryPlan, MemoryPlan } from './memory';
import { attentionLayout } from './modelMath';
import { closedLoopCycleSeconds, saturationCapacity } from './analytical';
import { simulate, SimulationResult } from './simulation';
import { LatencySummary, summarizeSeconds } from './stats';
import { StepCostModel } from './stepTime';
import {
  generateRequests,
  maxLength,
  meanLength,
  RequestSpec,
  Workload,
} from './workload';

export interface PredictRequest extends DeploymentInput {
  workload: Workload;
}

export interface PredictionConfig {
  model: string;
  checkpoint: string;
  gpu: string;
  tp: number;
  precision: string;
  compute_dtype: string;
  engine: 'vllm';
  max_num_seqs: number;
  max_num_batched_tokens: number;
  gpu_memory_utilization: number;
  block_size: number;
  kv_cache_dtype: string;
  max_model_len: number;
  defaulted_flags: string[];
  workload: Workload;
}

export interface Prediction {
  config: PredictionConfig;
  fits: boolean;
  reason: string | null;
  memory: Pick<
    MemoryPlan,
    | 'weights_gib'
    | 'weights_total_gib'
    | 'activation_gib'
    | 'non_torch_gib'
    | 'kv_cache_gib'
    | 'kv_token_capacity'
    | 'max_concurrent_seqs'
  > & { kv_bytes_per_token: number; budget_gib: number };
  ttft_ms: LatencySummary | null;
  tpot_ms: LatencySummary | null;
  itl_ms: LatencySummary | null;
  e2e_ms: LatencySummary | null;
  queue_ms: LatencySummary | null;
  output_tokens_per_s: number | null;
  requests_per_s: number | null;
  saturated: boolean | null;
  max_sustainable_qps: number | null;
  capacity_limited_by: string | null;
  kv_cache_usage: { mean: number; peak: number } | null;
  preemptions: number | null;
  intervals: Record<string, (Interval & { level: 0.9 }) | null>;
  provenance: PredictionProvenance;
  warnings: string[];
}

export interface PredictionProvenance {
  method: string;
  kb_version: string;
  model_architecture: { source: string; date: string };
  /**
   * The GPU figures the prediction uses: tensor-core peaks, memory capacity and bandwidth, and
   * (with tensor parallelism) the interconnect, each source labelled; the date is the latest.
   */
  gpu_specs: { source: string; date: string };
  /** vLLM's memory budget terms (activation, non-torch, NCCL) and engine defaults used. */
  engine_memory: { source: string; date: string };
  coefficients: {
    source: string;
    date: string;
    model_version: number;
    kind: string;
  };
  gpu_calibrated: boolean;
  interval_basis: IntervalBasis[];
  simulated_requests: number;
  notes: string[];
}

const MAX_SIM_SECONDS = 7 * 24 * 3600;

function perRequest(sim: SimulationResult, excludeFirst: number) {
  const ttft: number[] = [];
  const tpot: number[] = [];
  const e2e: number[] = [];
  const queue: number[] = [];
  for (let i = excludeFirst; i < sim.arrival.length; i++) {
    if (Number.isNaN(sim.finish[i]) || Number.isNaN(sim.firstToken[i]))
      continue;
    ttft.push(sim.firstToken[i] - sim.arrival[i]);
    e2e.push(sim.finish[i] - sim.arrival[i]);
    queue.push(sim.firstScheduled[i] - sim.arrival[i]);
    if (sim.output[i] > 1)
      tpot.push((sim.finish[i] - sim.firstToken[i]) / (sim.output[i] - 1));
  }
  return { ttft, tpot, e2e, queue };
}

export interface PredictOptions {
  /**
   * Also simulate a saturating backlog for `max_sustainable_qps` (default true). Callers probing
   * many rates of one configuration measure it once and pass it in `knownCapacity`.
   */
  measureCapacity?: boolean;
  knownCapacity?: number;
}

/** Deterministic for a given request (seeded workload). */
export function predict(
  kb: KnowledgeBase,
  req: PredictRequest,
  options: PredictOptions = {},
): Prediction {
  const dep = resolveDeployment(kb, req);
  const w = req.workload;
  if (
    w.arrival.kind === 'closed' &&
    (!Number.isInteger(w.arrival.concurrency) ||
      w.arrival.concurrency < 1 ||
      w.arrival.concurrency > 100_000)
  ) {
    throw new ServeplanInputError(
      `--concurrency must be a whole number between 1 and 100,000, got ${w.arrival.concurrency}`,
      {
        field: 'concurrency',
      },
    );
  }
  const meanIn = meanLength(w.input);
  const meanOut = meanLength(w.output);
  const warnings: string[] = [];
  if (maxLength(w.input) >= dep.flags.maxModelLen) {
    if (
      w.input.kind === 'fixed' ||
      w.input.kind === 'uniform' ||
      w.input.kind === 'empirical'
    ) {
      throw new ServeplanInputError(
        `input length up to ${maxLength(
          w.input,
        )} tokens does not fit --max-model-len ${
          dep.flags.maxModelLen
        } (vLLM rejects such requests)`,
        { field: 'input' },
      );
    }
  }
  if (
    w.input.kind === 'fixed' &&
    w.output.kind === 'fixed' &&
    meanIn + meanOut > dep.flags.maxModelLen
  ) {
    throw new ServeplanInputError(
      `input + output = ${meanIn + meanOut} tokens exceeds --max-model-len ${
        dep.flags.maxModelLen
      }`,
      { field: 'output' },
    );
  }
  const mem = memoryPlan(kb, dep, meanIn + meanOut);
  const cal = kb.calibration;
  const config = configOf(dep, w);
  const provenance: PredictionProvenance = {
    method:
      'discrete-event simulation of vLLM V1 continuous batching (chunked prefill, KV blocks, preemption); step time = roofline terms x fitted efficiencies + fixed overheads',
    kb_version: kb.version,
    model_architecture: {
      source: dep.model.architecture.provenance.source,
      date: dep.model.architecture.provenance.date,
    },
    gpu_specs: citeAll([
      ['tensor-core peaks', dep.gpu.tflops_dense.provenance],
      ['memory capacity and bandwidth', dep.gpu.memory.provenance],
      ...(dep.tp > 1
        ? [['interconnect', dep.gpu.interconnect.provenance] as const]
        : []),
    ]),
    engine_memory: citeAll([
      ['memory terms', kb.engine.memory.provenance],
      ['engine defaults', kb.engine.defaults.provenance],
    ]),
    coefficients: {
      source: cal.provenance.source,
      date: cal.provenance.date,
      model_version: cal.model_version,
      kind: cal.provenance.kind,
    },
    gpu_calibrated: cal.calibrated_gpus.includes(dep.gpu.id),
    interval_basis: [],
    simulated_requests: 0,
    notes: [...dep.notes],
  };
  if (dep.flags.defaulted.length > 0) {
    provenance.notes.push(
      `vLLM defaults used for: ${dep.flags.defaulted.join(', ')}`,
    );
  }
  if (!provenance.gpu_calibrated) {
    provenance.notes.push(
      `no measurements on ${dep.gpu.id} in the calibration data: physics from its datasheet with coefficients fitted on other GPUs (wider intervals)`,
    );
  }
  const memory = {
    weights_gib: mem.weights_gib,
    weights_total_gib: mem.weights_total_gib,
    activation_gib: mem.activation_gib,
    non_torch_gib: mem.non_torch_gib,
    kv_cache_gib: mem.kv_cache_gib,
    budget_gib: mem.budget_gib,
    kv_token_capacity: mem.kv_token_capacity,
    kv_bytes_per_token: mem.kv_bytes_per_token,
    max_concurrent_seqs: mem.max_concurrent_seqs,
  };
  const empty = {
    ttft_ms: null,
    tpot_ms: null,
    itl_ms: null,
    e2e_ms: null,
    queue_ms: null,
    output_tokens_per_s: null,
    requests_per_s: null,
    saturated: null,
    max_sustainable_qps: null,
    capacity_limited_by: null,
    kv_cache_usage: null,
    preemptions: null,
    intervals: {},
  };
  if (!mem.fits) {
    return {
      config,
      fits: false,
      reason: mem.reason,
      memory,
      ...empty,
      provenance,
      warnings,
    };
  }

  const coefficients = checkCoefficients(cal.coefficients);
  const cost = new StepCostModel(dep, coefficients);
  const sizer = kvSizer(dep, mem.kv_cache_gib * 1024 ** 3);
  const window = attentionLayout(dep.model.architecture).window;
  const { requests, clamped } = generateRequests(w, dep.flags.maxModelLen);
  if (clamped > 0) {
    warnings.push(
      `${clamped} sampled lengths were cut to fit --max-model-len ${dep.flags.maxModelLen}`,
    );
  }
  const sim = simulate(requests, cost, sizer, {
    maxNumSeqs: dep.flags.maxNumSeqs,
    maxNumBatchedTokens: dep.flags.maxNumBatchedTokens,
    window,
    concurrency:
      w.arrival.kind === 'closed' ? w.arrival.concurrency : undefined,
    rampSeconds:
      w.arrival.kind === 'closed'
        ? closedLoopCycleSeconds(
            cost,
            meanIn,
            meanOut,
            w.arrival.concurrency,
            window,
          )
        : undefined,
    maxSimulatedSeconds: MAX_SIM_SECONDS,
  });
  if (sim.timedOut) {
    warnings.push(
      `simulation stopped after ${
        MAX_SIM_SECONDS / 86400
      } simulated days with ${sim.finished} of ${
        requests.length
      } requests done`,
    );
  }
  provenance.simulated_requests = requests.length;
  // Offset the request-level overhead (HTTP, tokenization) onto TTFT and E2E.
  const overhead = cost.requestOverhead;
  const r = perRequest(sim, 0);
  const shift = (xs: number[]) => xs.map(x => x + overhead);
  const ttft = summarizeSeconds(shift(r.ttft));
  const e2e = summarizeSeconds(shift(r.e2e));
  const tpot = summarizeSeconds(r.tpot);
  const queue = summarizeSeconds(r.queue);
  const itl = {
    mean: sim.itl.mean() * 1000,
    p50: sim.itl.quantile(0.5) * 1000,
    p90: sim.itl.quantile(0.9) * 1000,
    p95: sim.itl.quantile(0.95) * 1000,
    p99: sim.itl.quantile(0.99) * 1000,
  };
  let outTokens = 0;
  for (let i = 0; i < requests.length; i++)
    if (!Number.isNaN(sim.finish[i])) outTokens += sim.output[i];
  const duration = sim.duration + overhead;
  const cap = saturationCapacity(cost, sizer, {
    meanInput: meanIn,
    meanOutput: meanOut,
    maxNumSeqs: dep.flags.maxNumSeqs,
    maxNumBatchedTokens: dep.flags.maxNumBatchedTokens,
    window,
  });
  const maxRate =
    options.knownCapacity ??
    (options.measureCapacity === false
      ? cap.maxRequestsPerSecond
      : saturationThroughput(
          requests,
          cost,
          sizer,
          dep.flags.maxNumSeqs,
          dep.flags.maxNumBatchedTokens,
          window,
          cap.batch,
        ));
  const saturated = isSaturated(sim, w, maxRate, r.queue, r.e2e);

  const ttftBasis = residualBasis(cal, 'ttft', dep.gpu.id);
  const tpotBasis = residualBasis(cal, 'tpot', dep.gpu.id);
  provenance.interval_basis = [ttftBasis, tpotBasis].filter(
    (b): b is IntervalBasis => !!b,
  );
  const lvl = (i: Interval | null) =>
    i ? { ...i, level: 0.9 as const } : null;
  const e2eMean = e2e.mean;
  const e2eLow =
    ttft.mean * Math.exp(ttftBasis?.q05 ?? 0) +
    (e2eMean - ttft.mean) * Math.exp(tpotBasis?.q05 ?? 0);
  const e2eHigh =
    ttft.mean * Math.exp(ttftBasis?.q95 ?? 0) +
    (e2eMean - ttft.mean) * Math.exp(tpotBasis?.q95 ?? 0);
  const intervals: Prediction['intervals'] = {
    'ttft_ms.mean': lvl(latencyInterval(ttft.mean, ttftBasis)),
    'ttft_ms.p95': lvl(latencyInterval(ttft.p95, ttftBasis)),
    'tpot_ms.mean': lvl(latencyInterval(tpot.mean, tpotBasis)),
    'tpot_ms.p95': lvl(latencyInterval(tpot.p95, tpotBasis)),
    'itl_ms.p95': lvl(latencyInterval(itl.p95, tpotBasis)),
    'e2e_ms.mean':
      ttftBasis && tpotBasis
        ? { low: e2eLow, high: e2eHigh, level: 0.9 }
        : null,
    output_tokens_per_s: lvl(rateInterval(outTokens / duration, tpotBasis)),
    max_sustainable_qps: lvl(rateInterval(maxRate, tpotBasis)),
  };
  return {
    config,
    fits: true,
    reason: null,
    memory,
    ttft_ms: ttft,
    tpot_ms: tpot,
    itl_ms: itl,
    e2e_ms: e2e,
    queue_ms: queue,
    output_tokens_per_s: outTokens / duration,
    requests_per_s: sim.finished / duration,
    saturated,
    max_sustainable_qps: maxRate,
    capacity_limited_by: cap.limitedBy,
    kv_cache_usage: { mean: sim.meanKvUsage, peak: sim.peakKvUsage },
    preemptions: sim.totalPreemptions,
    intervals,
    provenance,
    warnings,
  };
}

/**
 * The highest request rate the engine sustains, from the simulation itself: a backlog queued at
 * once keeps the engine full; the completion rate between the 25th and 75th percent of
 * completions (past the start-up, before the tail drains) is its throughput. The backlog cycles
 * through the workload's request lengths and is sized by the engine's batch, not by how many
 * requests the caller simulates: it holds about four full batches, so the measured window is
 * refills of a full engine rather than the drain of a first batch admitted all at once.
 */
export function saturationThroughput(
  requests: RequestSpec[],
  cost: StepCostModel,
  kv: KvSizer,
  maxNumSeqs: number,
  maxNumBatchedTokens: number,
  window: number,
  batchEstimate: number,
): number {
  if (requests.length === 0) return 0;
  const n = Math.min(Math.max(600, Math.ceil(batchEstimate * 4)), 20000);
  const backlog: RequestSpec[] = Array.from({ length: n }, (_, i) => ({
    ...requests[i % requests.length],
    arrival: 0,
  }));
  const sim = simulate(backlog, cost, kv, {
    maxNumSeqs,
    maxNumBatchedTokens,
    window,
    maxSimulatedSeconds: MAX_SIM_SECONDS,
  });
  const done = Array.from(sim.finish)
    .filter(t => Number.isFinite(t))
    .sort((a, b) => a - b);
  if (done.length < 8) return done.length / Math.max(sim.duration, 1e-9);
  const a = Math.floor(done.length * 0.25);
  const b = Math.floor(done.length * 0.75);
  return (b - a) / Math.max(done[b] - done[a], 1e-9);
}

/**
 * Open loop: the queue grows over the run (late arrivals wait clearly longer than early ones)
 * or the offered rate exceeds the saturation throughput. Closed loop / offline: requests spend a
 * tenth or more of their time waiting for admission.
 */
function isSaturated(
  sim: SimulationResult,
  w: Workload,
  capacity: number,
  queue: number[],
  e2e: number[],
): boolean {
  const a = w.arrival;
  const meanOf = (xs: number[]) =>
    xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
  if (a.kind === 'closed' || a.kind === 'offline') {
    return meanOf(queue) > 0.1 * meanOf(e2e);
  }
  if (a.rate > capacity * 1.02) return true;
  const n = queue.length;
  if (n < 20) return false;
  const q = Math.floor(n / 4);
  const early = meanOf(queue.slice(q, 2 * q));
  const late = meanOf(queue.slice(n - q));
  const span = sim.arrival[sim.arrival.length - 1] - sim.arrival[0];
  return late - early > Math.max(0.05 * span, 2 * meanOf(e2e) * 0.1);
}

/** One citation for several kb facts: each source labelled, the latest date. */
function citeAll(
  parts: ReadonlyArray<readonly [string, { source: string; date: string }]>,
): { source: string; date: string } {
  return {
    source: parts
      .map(([what, p]) => `${what}: ${p.source} (${p.date})`)
      .join('; '),
    date: parts.map(([, p]) => p.date).reduce((a, b) => (b > a ? b : a)),
  };
}

function configOf(dep: Deployment, w: Workload): PredictionConfig {
  return {
    model: dep.model.id,
    checkpoint: dep.checkpoint,
    gpu: dep.gpu.id,
    tp: dep.tp,
    precision: dep.precision,
    compute_dtype: dep.computeDtype,
    engine: 'vllm',
    max_num_seqs: dep.flags.maxNumSeqs,
    max_num_batched_tokens: dep.flags.maxNumBatchedTokens,
    gpu_memory_utilization: dep.flags.gpuMemoryUtilization,
    block_size: dep.flags.blockSize,
    kv_cache_dtype: dep.flags.kvCacheDtype,
    max_model_len: dep.flags.maxModelLen,
    defaulted_flags: dep.flags.defaulted,
    workload: w,
  };
}
