/**
 * The planner: from a specification to the cheapest configurations that meet the SLOs.
 *
 *  1. candidates — models allowed by task, context, licence and the user's constraints, each
 *     precision it can be served in, each GPU with a price, each tensor-parallel size in a node;
 *  2. memory — configurations whose weights and KV cache do not fit are rejected with the numbers;
 *  3. screen — the analytical path estimates each remaining configuration's SLO capacity and cost;
 *  4. finalists — the best-scoring ones get their per-replica capacity from the simulation
 *     (bisection on the request rate), replicas for the peak with headroom, monthly cost, and a
 *     final simulation at the load each replica will see;
 *  5. ranking by weighted cost, latency and quality; the Pareto front; a two-GPU-type mix when it
 *     is cheaper; a reason for every rejection.
 */
import { ServeplanInputError } from '../errors/ServeplanInputError';
import { availablePrecisions, resolveGpu, resolveModel } from '../kb/resolve';
import { GpuSpec, KnowledgeBase, ModelSpec, Precision } from '../kb/schema';
import { attentionLayout } from '../engine/modelMath';
import {
  Deployment,
  DeploymentInput,
  resolveDeployment,
} from '../engine/deployment';
import { kvSizer, memoryPlan, MemoryPlan } from '../engine/memory';
import {
  saturationCapacity,
  steadyStateAtRate,
  SteadyStateInput,
} from '../engine/analytical';
import { StepCostModel } from '../engine/stepTime';
import { meanLength } from '../engine/workload';
import { predict, Prediction } from '../engine/predict';
import {
  checkSlo,
  meetsSlo,
  replicaCapacity,
  SloCheck,
  workloadAt,
} from './capacity';
import { gpuPrice, GpuPrice } from './pricing';
import { HOURS_PER_MONTH } from '../units';
import { assessQuality, benchmarkLeaders, QualityAssessment } from './quality';
import { PlanSpec } from './spec';

export interface PlanOptions {
  /** Recommendations to return. */
  top?: number;
  /** Configurations simulated in detail. */
  finalists?: number;
  /** Requests per simulation probe. */
  requests?: number;
}

export interface Recommendation {
  id: string;
  model: string;
  model_name: string;
  checkpoint: string;
  gpu: string;
  tp: number;
  precision: Precision;
  replicas: number;
  gpus_total: number;
  monthly_cost_usd: number;
  /**
   * Monthly cost over the tokens served if the busy-period mean rate (traffic.average_rps) held
   * around the clock: a floor. Quiet nights and weekends raise the real cost per token.
   */
  cost_per_million_tokens_usd: number;
  price: GpuPrice;
  /** Predicted latencies at the SLO percentiles, at the peak load each replica sees. */
  predicted: SloCheck[];
  meets_slo: boolean;
  /** Also within target at the upper end of the 90 % intervals. */
  meets_slo_with_margin: boolean;
  max_qps_per_replica: number;
  saturation_qps_per_replica: number;
  load_per_replica_rps: number;
  quality: QualityAssessment;
  binding_constraint: string;
  within_budget: boolean | null;
  engine_flags: {
    max_model_len: number;
    max_num_seqs: number;
    max_num_batched_tokens: number;
    gpu_memory_utilization: number;
    kv_cache_dtype: string;
  };
  memory: {
    weights_gib: number;
    kv_cache_gib: number;
    kv_token_capacity: number;
  };
  score: number;
  why: string;
  provenance: Prediction['provenance'];
}

export interface Rejection {
  model: string;
  gpu: string | null;
  tp: number | null;
  precision: Precision | null;
  stage: 'constraints' | 'memory' | 'slo' | 'budget' | 'price';
  reason: string;
}

export interface MixedRecommendation {
  parts: Array<{
    recommendation: string;
    gpu: string;
    replicas: number;
    share_of_traffic: number;
  }>;
  monthly_cost_usd: number;
  saving_vs_best_single_usd: number;
  note: string;
}

export interface PlanResult {
  kb_version: string;
  spec: PlanSpec;
  recommendations: Recommendation[];
  rejected: Rejection[];
  /** Ids of recommendations on the cost / latency / quality Pareto front. */
  pareto: string[];
  mixed: MixedRecommendation | null;
  stats: {
    candidates: number;
    fitting: number;
    simulated: number;
    simulations: number;
    elapsed_ms: number;
  };
  notes: string[];
}

interface Candidate {
  model: ModelSpec;
  gpu: GpuSpec;
  tp: number;
  precision: Precision;
  dep: Deployment;
  mem: MemoryPlan;
  price: GpuPrice;
  quality: QualityAssessment;
  estimatedRps: number;
  estimatedCost: number;
}

const TP_SIZES = [1, 2, 4, 8];

function licenceAllows(
  model: ModelSpec,
  licence: PlanSpec['constraints']['licence'],
): string | null {
  if (licence === 'permissive' && model.license.category !== 'permissive') {
    return `licence ${model.license.name} is not a permissive open-source licence`;
  }
  if (licence === 'commercial' && !model.license.commercial_use)
    return `licence ${model.license.name} does not allow commercial use`;
  return null;
}

function resolveNames<T>(
  names: string[],
  resolve: (n: string) => T,
  what: string,
): T[] {
  return names.map(n => {
    try {
      return resolve(n);
    } catch (e) {
      if (e instanceof ServeplanInputError)
        throw new ServeplanInputError(`${what}: ${e.message}`, {
          field: e.field,
          suggestions: e.suggestions,
        });
      throw e;
    }
  });
}

/** --max-model-len for the workload: longest prompt plus longest output, rounded up to 1,024. */
export function neededModelLen(spec: PlanSpec): number {
  return (
    Math.ceil(
      (spec.traffic.max_input_tokens + spec.traffic.max_output_tokens) / 1024,
    ) * 1024
  );
}

/** Percentile multipliers of a mean for the analytical screen (only orders configurations). */
const SCREEN_FACTOR: Record<string, Record<string, number>> = {
  ttft_ms: { mean: 1, p50: 0.9, p90: 1.8, p95: 2.2, p99: 3.5 },
  itl_ms: { mean: 1, p50: 1, p90: 1.3, p95: 1.5, p99: 2.5 },
  e2e_ms: { mean: 1, p50: 0.9, p90: 1.8, p95: 2.2, p99: 3 },
};

interface ScreenResult {
  /** Estimated SLO capacity of one replica (0 when the SLOs fail even at light load). */
  rps: number;
  /** At light load, the SLO missed by most (when rps is 0). */
  worst: {
    metric: string;
    percentile: string;
    value: number;
    target: number;
  } | null;
}

function screen(
  kb: KnowledgeBase,
  c: Omit<Candidate, 'estimatedRps' | 'estimatedCost'>,
  spec: PlanSpec,
): ScreenResult {
  const cost = new StepCostModel(c.dep, kb.calibration.coefficients);
  const kv = kvSizer(c.dep, c.mem.kv_cache_gib * 1024 ** 3);
  const w: SteadyStateInput = {
    meanInput: meanLength(spec.traffic.input),
    meanOutput: meanLength(spec.traffic.output),
    maxNumSeqs: c.dep.flags.maxNumSeqs,
    maxNumBatchedTokens: c.dep.flags.maxNumBatchedTokens,
    window: attentionLayout(c.dep.model.architecture).window,
  };
  const capacity = saturationCapacity(cost, kv, w);
  const cap = capacity.maxRequestsPerSecond;
  const ratios = (rate: number) => {
    const s = steadyStateAtRate(cost, kv, w, rate, capacity);
    const values: Record<string, number> = {
      ttft_ms: s.ttft * 1000,
      itl_ms: s.tpot * 1000,
      e2e_ms: s.e2e * 1000,
    };
    return (['ttft_ms', 'itl_ms', 'e2e_ms'] as const).flatMap(m => {
      const t = spec.slo[m];
      if (!t) return [];
      const value = values[m] * SCREEN_FACTOR[m][t.percentile];
      return [
        {
          metric: m.replace('_ms', '').toUpperCase(),
          percentile: t.percentile,
          value,
          target: t.target,
        },
      ];
    });
  };
  const ok = (rate: number) => ratios(rate).every(r => r.value <= r.target);
  if (!ok(cap * 0.05)) {
    const worst = ratios(cap * 0.05).reduce((a, b) =>
      b.value / b.target > a.value / a.target ? b : a,
    );
    return { rps: 0, worst };
  }
  let lo = cap * 0.05;
  let hi = cap * 0.95;
  if (ok(hi)) return { rps: hi, worst: null };
  // Only orders configurations: a coarse answer is enough.
  for (let i = 0; i < 6; i++) {
    const mid = (lo + hi) / 2;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return { rps: lo, worst: null };
}

function replicasFor(spec: PlanSpec, perReplica: number): number {
  return Math.max(
    1,
    Math.ceil(
      (spec.traffic.peak_rps * (1 + spec.traffic.headroom)) / perReplica,
    ),
  );
}

/**
 * Plans synchronously: the whole catalog screened and the finalists simulated in one go (the
 * CLI, tests, the browser's what-ifs). A server calls `planAsync` instead.
 */
export function plan(
  kb: KnowledgeBase,
  spec: PlanSpec,
  opts: PlanOptions = {},
): PlanResult {
  const steps = planSteps(kb, spec, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Gives the event loop a turn: `setImmediate` where there is one (Node), else a zero timeout. */
const yieldToEventLoop = (): Promise<void> =>
  new Promise(resolve => {
    const immediate = (
      globalThis as { setImmediate?: (callback: () => void) => unknown }
    ).setImmediate;
    if (immediate) immediate(resolve);
    else setTimeout(resolve, 0);
  });

/**
 * The same plan as `plan`, computed in slices of about `sliceMs` milliseconds with a turn of the
 * event loop between them, so a backend keeps serving other requests while it plans (a
 * full-catalog plan computes for about half a second).
 */
export async function planAsync(
  kb: KnowledgeBase,
  spec: PlanSpec,
  opts: PlanOptions = {},
  sliceMs = 10,
): Promise<PlanResult> {
  const steps = planSteps(kb, spec, opts);
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = Date.now();
    }
  }
}

/**
 * The planner as steps: it yields after each model screened and each finalist simulated, the
 * places where it may pause. `stats.elapsed_ms` counts the time it computed, not its pauses.
 */
function* planSteps(
  kb: KnowledgeBase,
  spec: PlanSpec,
  opts: PlanOptions,
): Generator<void, PlanResult, void> {
  let computedMs = 0;
  let resumedAt = Date.now();
  function* pause(): Generator<void, void, void> {
    computedMs += Date.now() - resumedAt;
    yield;
    resumedAt = Date.now();
  }
  const top = opts.top ?? 5;
  const rejected: Rejection[] = [];
  const notes: string[] = [];
  const c = spec.constraints;

  const preferred = resolveNames(
    c.preferred_models,
    n => resolveModel(kb, n).model,
    'preferred model',
  );
  const excludedModels = new Set(
    resolveNames(
      c.excluded_models,
      n => resolveModel(kb, n).model.id,
      'excluded model',
    ),
  );
  const allowedGpus = new Set(
    resolveNames(c.allowed_gpus, n => resolveGpu(kb, n).id, 'allowed GPU'),
  );
  const excludedGpus = new Set(
    resolveNames(c.excluded_gpus, n => resolveGpu(kb, n).id, 'excluded GPU'),
  );
  const modelLen = neededModelLen(spec);
  const prices: Record<string, number> = {};
  for (const [name, usd] of Object.entries(spec.prices))
    prices[
      resolveNames([name], n => resolveGpu(kb, n).id, 'price override')[0]
    ] = usd;

  // 1. Models and GPUs.
  const models: ModelSpec[] = [];
  for (const m of kb.models) {
    const reject = (reason: string) =>
      rejected.push({
        model: m.id,
        gpu: null,
        tp: null,
        precision: null,
        stage: 'constraints',
        reason,
      });
    if (excludedModels.has(m.id)) reject('excluded by the request');
    else if (
      c.only_preferred_models &&
      preferred.length > 0 &&
      !preferred.some(p => p.id === m.id)
    ) {
      reject(
        `not among the allowed models (${preferred.map(p => p.id).join(', ')})`,
      );
    } else if (
      c.allowed_licenses.length > 0 &&
      !c.allowed_licenses.some(
        l => l.toLowerCase() === m.license.id.toLowerCase(),
      )
    ) {
      reject(
        `licence ${
          m.license.id
        } is not among the allowed ${c.allowed_licenses.join(', ')}`,
      );
    } else if (!spec.tasks.every(t => (m.tasks as string[]).includes(t)))
      reject(
        `not made for ${spec.tasks.join(' + ')} (its card lists ${m.tasks.join(
          ', ',
        )})`,
      );
    else if (m.architecture.max_context < modelLen)
      reject(
        `context ${m.architecture.max_context.toLocaleString(
          'en-US',
        )} tokens < ${modelLen.toLocaleString('en-US')} needed`,
      );
    else {
      const lic = licenceAllows(m, c.licence);
      if (lic) reject(lic);
      else models.push(m);
    }
  }
  const gpus: Array<{ gpu: GpuSpec; price: GpuPrice }> = [];
  for (const g of kb.gpus) {
    const reject = (reason: string) =>
      rejected.push({
        model: '*',
        gpu: g.id,
        tp: null,
        precision: null,
        stage: 'constraints',
        reason,
      });
    if (excludedGpus.has(g.id)) reject('excluded by the request');
    else if (allowedGpus.size > 0 && !allowedGpus.has(g.id))
      reject(`not among the allowed GPUs (${[...allowedGpus].join(', ')})`);
    else {
      const price = gpuPrice(kb, g, prices);
      if (!price)
        rejected.push({
          model: '*',
          gpu: g.id,
          tp: null,
          precision: null,
          stage: 'price',
          reason: 'no on-demand price in the kb',
        });
      else gpus.push({ gpu: g, price });
    }
  }

  // 2. Memory, and 3. the analytical screen.
  const candidates: Candidate[] = [];
  let enumerated = 0;
  const leaders = benchmarkLeaders(kb);
  for (const model of models) {
    yield* pause();
    const quality = assessQuality(model, spec.quality_benchmarks, leaders);
    if (quality.score !== null && quality.score < c.min_quality) {
      rejected.push({
        model: model.id,
        gpu: null,
        tp: null,
        precision: null,
        stage: 'constraints',
        reason: `quality ${quality.score.toFixed(0)} is below the floor of ${
          c.min_quality
        } for this request (${quality.basis})`,
      });
      continue;
    }
    const precisions = availablePrecisions(model);
    for (const { gpu, price } of gpus) {
      for (const precision of precisions) {
        let fitted = false;
        let lastReason = '';
        let lastTp = 0;
        let sloMiss: ScreenResult['worst'] = null;
        let anyPassed = false;
        let firstFit = 0;
        for (const tp of TP_SIZES) {
          if (tp > gpu.interconnect.max_gpus_per_node) break;
          // The smallest TP that fits, and twice it (lower latency for more GPUs); larger ones rarely pay off.
          if (firstFit > 0 && tp > firstFit * 2) break;
          let dep: Deployment;
          try {
            dep = resolveDeployment(kb, {
              model: model.id,
              gpu: gpu.id,
              tp,
              precision,
              maxModelLen: modelLen,
            });
          } catch {
            continue; // TP incompatible with the heads: not a configuration
          }
          enumerated++;
          const mem = memoryPlan(
            kb,
            dep,
            meanLength(spec.traffic.input) + meanLength(spec.traffic.output),
          );
          if (!mem.fits) {
            lastReason = mem.reason ?? 'does not fit';
            lastTp = tp;
            continue;
          }
          fitted = true;
          if (firstFit === 0) firstFit = tp;
          const base = { model, gpu, tp, precision, dep, mem, price, quality };
          const screened = screen(kb, base, spec);
          const estimatedRps = screened.rps;
          if (estimatedRps <= 0) {
            sloMiss = screened.worst;
            continue;
          }
          anyPassed = true;
          const replicas = replicasFor(spec, estimatedRps);
          candidates.push({
            ...base,
            estimatedRps,
            estimatedCost:
              replicas * tp * price.usd_per_gpu_hour * HOURS_PER_MONTH,
          });
        }
        if (fitted && !anyPassed && sloMiss) {
          rejected.push({
            model: model.id,
            gpu: gpu.id,
            tp: null,
            precision,
            stage: 'slo',
            reason: `${sloMiss.metric} ${sloMiss.percentile} ≈ ${Math.round(
              sloMiss.value,
            )} ms > ${
              sloMiss.target
            } ms even at light load at every TP size (analytical estimate)`,
          });
        }
        if (!fitted && lastReason) {
          rejected.push({
            model: model.id,
            gpu: gpu.id,
            tp: null,
            precision,
            stage: 'memory',
            reason: `${lastReason} (at TP ${lastTp}, ${
              lastTp >= Math.min(8, gpu.interconnect.max_gpus_per_node)
                ? 'the most one node allows'
                : "the largest that divides the model's attention heads within one node"
            })`,
          });
        }
      }
    }
  }
  if (models.length === 0)
    notes.push(
      'no model passes the constraints: relax the preferred models, licence or context',
    );

  // 4. Finalists: best estimated cost per quality, plus the best per GPU type and per model.
  const finalistCount = opts.finalists ?? 8;
  const byCost = [...candidates].sort(
    (a, b) => a.estimatedCost - b.estimatedCost,
  );
  const chosen = new Map<string, Candidate>();
  const key = (x: Candidate) =>
    `${x.model.id}|${x.gpu.id}|${x.tp}|${x.precision}`;
  const add = (x: Candidate | undefined) =>
    x && chosen.size < finalistCount + 4 && chosen.set(key(x), x);
  for (const x of byCost.slice(0, Math.ceil(finalistCount / 2))) add(x);
  const bestQuality = [...candidates].sort(
    (a, b) =>
      (b.quality.score ?? -1) - (a.quality.score ?? -1) ||
      a.estimatedCost - b.estimatedCost,
  );
  for (const x of bestQuality.slice(0, 2)) add(x);
  for (const g of new Set(byCost.map(x => x.gpu.id)))
    add(byCost.find(x => x.gpu.id === g));
  for (const p of preferred) add(byCost.find(x => x.model.id === p.id));
  for (const m of new Set(byCost.map(x => x.model.id)))
    if (chosen.size < finalistCount) add(byCost.find(x => x.model.id === m));

  let simulations = 0;
  const recommendations: Recommendation[] = [];
  for (const x of chosen.values()) {
    yield* pause();
    const depInput: DeploymentInput = {
      model: x.model.id,
      gpu: x.gpu.id,
      tp: x.tp,
      precision: x.precision,
      maxModelLen: modelLen,
    };
    const cap = replicaCapacity(kb, depInput, spec.traffic, spec.slo, {
      requests: opts.requests ?? 400,
      iterations: 4,
    });
    simulations += cap.simulations;
    if (cap.max_rps <= 0) {
      const light = cap.light_load;
      const worst =
        light && light.fits
          ? checkSlo(light, spec.slo).reduce((a, b) =>
              b.ratio > a.ratio ? b : a,
            )
          : null;
      rejected.push({
        model: x.model.id,
        gpu: x.gpu.id,
        tp: x.tp,
        precision: x.precision,
        stage: 'slo',
        reason: worst
          ? `${worst.metric.replace('_ms', '').toUpperCase()} ${
              worst.percentile
            } ${Math.round(worst.predicted)} ms > ${
              worst.target
            } ms even at light load (${(cap.saturation_rps * 0.05).toPrecision(
              2,
            )} req/s)`
          : 'misses the SLOs at any load',
      });
      continue;
    }
    const replicas = replicasFor(spec, cap.max_rps);
    const load = spec.traffic.peak_rps / replicas;
    simulations++;
    const final = predict(
      kb,
      { ...depInput, workload: workloadAt(spec.traffic, load, 1200, 7) },
      { knownCapacity: cap.saturation_rps },
    );
    const checks = checkSlo(final, spec.slo);
    const gpusTotal = replicas * x.tp;
    const monthly = gpusTotal * x.price.usd_per_gpu_hour * HOURS_PER_MONTH;
    const tokensPerMonth =
      spec.traffic.average_rps *
      (meanLength(spec.traffic.input) + meanLength(spec.traffic.output)) *
      HOURS_PER_MONTH *
      3600;
    const budget = c.budget_usd_per_month;
    recommendations.push({
      id: `${x.model.id.split('/')[1]}@${x.gpu.id}x${x.tp}-${x.precision}`,
      model: x.model.id,
      model_name: x.model.name,
      checkpoint: x.dep.checkpoint,
      gpu: x.gpu.id,
      tp: x.tp,
      precision: x.precision,
      replicas,
      gpus_total: gpusTotal,
      monthly_cost_usd: monthly,
      cost_per_million_tokens_usd:
        tokensPerMonth > 0 ? monthly / (tokensPerMonth / 1e6) : 0,
      price: x.price,
      predicted: checks,
      meets_slo: meetsSlo(final, spec.slo),
      meets_slo_with_margin: checks.every(
        ch => (ch.upper ?? ch.predicted) <= ch.target,
      ),
      max_qps_per_replica: cap.max_rps,
      saturation_qps_per_replica: cap.saturation_rps,
      load_per_replica_rps: load,
      quality: x.quality,
      binding_constraint: cap.limited_by,
      within_budget: budget === null ? null : monthly <= budget,
      engine_flags: {
        max_model_len: modelLen,
        max_num_seqs: x.dep.flags.maxNumSeqs,
        max_num_batched_tokens: x.dep.flags.maxNumBatchedTokens,
        gpu_memory_utilization: x.dep.flags.gpuMemoryUtilization,
        kv_cache_dtype: x.dep.flags.kvCacheDtype,
      },
      memory: {
        weights_gib: x.mem.weights_gib,
        kv_cache_gib: x.mem.kv_cache_gib,
        kv_token_capacity: x.mem.kv_token_capacity,
      },
      score: 0,
      why: '',
      provenance: final.provenance,
    });
  }

  // 5. Budget, ranking, Pareto front, mix.
  if (c.max_gpus !== null) {
    for (const r of recommendations.filter(x => x.gpus_total > c.max_gpus!)) {
      rejected.push({
        model: r.model,
        gpu: r.gpu,
        tp: r.tp,
        precision: r.precision,
        stage: 'budget',
        reason: `needs ${r.gpus_total} GPUs, more than the ${c.max_gpus} available`,
      });
    }
  }
  const allowedSize = recommendations.filter(
    r => c.max_gpus === null || r.gpus_total <= c.max_gpus,
  );
  const inBudget = allowedSize.filter(r => r.within_budget !== false);
  for (const r of allowedSize.filter(x => x.within_budget === false)) {
    rejected.push({
      model: r.model,
      gpu: r.gpu,
      tp: r.tp,
      precision: r.precision,
      stage: 'budget',
      reason: `over budget: $${Math.round(r.monthly_cost_usd).toLocaleString(
        'en-US',
      )}/month > $${c.budget_usd_per_month!.toLocaleString('en-US')}`,
    });
  }
  let ranked = inBudget.length > 0 ? inBudget : allowedSize;
  if (
    inBudget.length === 0 &&
    allowedSize.length > 0 &&
    c.budget_usd_per_month !== null
  ) {
    notes.push(
      `no configuration fits the $${c.budget_usd_per_month.toLocaleString(
        'en-US',
      )}/month budget; showing the cheapest ones that meet the SLOs`,
    );
  }
  const minCost = Math.min(...ranked.map(r => r.monthly_cost_usd));
  const qualities = ranked
    .map(r => r.quality.score)
    .filter((q): q is number => q !== null);
  const maxQuality = qualities.length ? Math.max(...qualities) : 0;
  for (const r of ranked) {
    const latencyHeadroom =
      1 - Math.max(...r.predicted.map(p => Math.min(p.ratio, 1)));
    const costScore = minCost / r.monthly_cost_usd;
    const qualityScore =
      r.quality.score !== null && maxQuality > 0
        ? r.quality.score / maxQuality
        : 0;
    const preferredBonus = preferred.some(p => p.id === r.model) ? 0.15 : 0;
    r.score =
      spec.weights.cost * costScore +
      spec.weights.latency * latencyHeadroom +
      spec.weights.quality * qualityScore +
      preferredBonus;
    const binding = r.predicted.length
      ? r.predicted.reduce((a, b) => (b.ratio > a.ratio ? b : a))
      : null;
    const atPeak = binding
      ? `; at peak ${binding.metric.replace('_ms', '').toUpperCase()} ${
          binding.percentile
        } is ${Math.round(binding.predicted)} ms of ${binding.target} ms`
      : '';
    r.why = `${r.replicas} replica${r.replicas > 1 ? 's' : ''} of ${r.tp} × ${
      r.gpu
    } (${r.precision}) carry ${spec.traffic.peak_rps.toPrecision(
      3,
    )} req/s at peak (+${Math.round(
      spec.traffic.headroom * 100,
    )} % headroom), each up to ${r.max_qps_per_replica.toPrecision(
      3,
    )} req/s before ${r.binding_constraint} binds${atPeak}; $${Math.round(
      r.monthly_cost_usd,
    ).toLocaleString('en-US')}/month at $${r.price.usd_per_gpu_hour}/GPU-h (${
      r.price.provider
    }, ${r.price.seen})`;
  }
  ranked = ranked
    .filter(r => r.meets_slo)
    .concat(ranked.filter(r => !r.meets_slo));
  ranked.sort(
    (a, b) => Number(b.meets_slo) - Number(a.meets_slo) || b.score - a.score,
  );
  const pareto = paretoFront(ranked);
  const mixed = bestMix(ranked, spec);
  return {
    kb_version: kb.version,
    spec,
    recommendations: ranked.slice(0, top),
    rejected,
    pareto: pareto.map(r => r.id),
    mixed,
    stats: {
      candidates: enumerated,
      fitting: candidates.length,
      simulated: chosen.size,
      simulations,
      elapsed_ms: computedMs + (Date.now() - resumedAt),
    },
    notes,
  };
}

/** Recommendations no other one beats on cost, latency (worst SLO ratio) and quality at once. */
export function paretoFront(rs: Recommendation[]): Recommendation[] {
  const lat = (r: Recommendation) =>
    Math.max(0, ...r.predicted.map(p => p.ratio));
  const q = (r: Recommendation) => r.quality.score ?? -Infinity;
  return rs.filter(
    a =>
      !rs.some(
        b =>
          b !== a &&
          b.monthly_cost_usd <= a.monthly_cost_usd &&
          lat(b) <= lat(a) &&
          q(b) >= q(a) &&
          (b.monthly_cost_usd < a.monthly_cost_usd ||
            lat(b) < lat(a) ||
            q(b) > q(a)),
      ),
  );
}

/**
 * Two GPU types for the best model when that is cheaper than its best single type: the
 * cheapest integer mix whose summed SLO capacity covers the peak with headroom.
 */
function bestMix(
  rs: Recommendation[],
  spec: PlanSpec,
): MixedRecommendation | null {
  const best = rs.find(r => r.meets_slo);
  if (!best) return null;
  const same = rs.filter(
    r =>
      r.meets_slo &&
      r.model === best.model &&
      r.precision === best.precision &&
      r.gpu !== best.gpu,
  );
  const demand = spec.traffic.peak_rps * (1 + spec.traffic.headroom);
  let found: MixedRecommendation | null = null;
  const single = best.monthly_cost_usd;
  const perReplicaCost = (r: Recommendation) =>
    r.tp * r.price.usd_per_gpu_hour * HOURS_PER_MONTH;
  for (const other of same) {
    for (let a = 1; a <= best.replicas; a++) {
      const rest = demand - a * best.max_qps_per_replica;
      if (rest <= 0) break;
      const b = Math.ceil(rest / other.max_qps_per_replica);
      const cost = a * perReplicaCost(best) + b * perReplicaCost(other);
      if (cost < single - 1 && (!found || cost < found.monthly_cost_usd)) {
        const capA = a * best.max_qps_per_replica;
        const capB = b * other.max_qps_per_replica;
        found = {
          parts: [
            {
              recommendation: best.id,
              gpu: best.gpu,
              replicas: a,
              share_of_traffic: capA / (capA + capB),
            },
            {
              recommendation: other.id,
              gpu: other.gpu,
              replicas: b,
              share_of_traffic: capB / (capA + capB),
            },
          ],
          monthly_cost_usd: cost,
          saving_vs_best_single_usd: single - cost,
          note: "route traffic in proportion to each pool's SLO capacity (e.g. weighted load balancing); each pool then runs at the load its replicas were sized for",
        };
      }
    }
  }
  return found;
}
