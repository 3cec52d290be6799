/**
 * Predicts a measured operating point with the capacity engine: the same closed-loop
 * benchmark (concurrency, fixed lengths) run through the discrete-event simulation.
 */
import { KnowledgeBase } from '../kb/schema';
import { resolveModel } from '../kb/resolve';
import { Coefficients } from '../engine/coefficients';
import { Deployment, resolveDeployment } from '../engine/deployment';
import { kvSizer, KvSizer, memoryPlan } from '../engine/memory';
import { attentionLayout } from '../engine/modelMath';
import { simulate } from '../engine/simulation';
import { closedLoopCycleSeconds } from '../engine/analytical';
import { StepCostModel } from '../engine/stepTime';
import { Measurement } from './measurement';

export interface PreparedMeasurement {
  m: Measurement;
  /** `<model id>@<GPU id>`: the unit held out together. */
  group: string;
  dep: Deployment;
  kv: KvSizer;
  window: number;
}

export interface MeasurementPrediction {
  ttft_ms: number;
  tpot_ms: number;
}

/**
 * Resolves a measurement's deployment once (only coefficients change while fitting). Throws for a
 * row the engine cannot represent (the caller counts it as not used): expert-parallel runs, and
 * deployments whose weights do not fit.
 */
export function prepareMeasurement(
  kb: KnowledgeBase,
  m: Measurement,
): PreparedMeasurement {
  // With expert parallelism each GPU holds whole experts (and tokens move between GPUs) instead of a
  // 1/TP slice of every expert: a different step, which the engine does not model. Such rows are
  // neither fitted nor scored.
  if (m.ep > 1)
    throw new Error(
      `${m.id}: expert parallelism (EP ${m.ep}) is not modelled; the engine shards experts by tensor parallelism only`,
    );
  const dep = resolveDeployment(kb, {
    model: m.model,
    gpu: m.gpu,
    tp: m.tp,
    precision: m.precision ?? undefined,
    // The benchmark's own --max-model-len is unknown: allow its sequences, not the model's full context.
    maxModelLen: Math.min(
      resolveModel(kb, m.model).model.architecture.max_context,
      Math.max(m.isl + m.osl + 16, 4096),
    ),
  });
  const mem = memoryPlan(kb, dep, m.isl + m.osl);
  if (!mem.fits) throw new Error(`${m.id}: ${mem.reason}`);
  return {
    m,
    group: `${dep.model.id}@${dep.gpu.id}`,
    dep,
    kv: kvSizer(dep, mem.kv_cache_gib * 1024 ** 3),
    window: attentionLayout(dep.model.architecture).window,
  };
}

/**
 * How the measured benchmarks ran their closed loop, as the simulation reproduces it: every
 * client starts at once (the first wave arrives together and queues for prefill), later requests
 * are out of step. A run of k requests per client averages one synchronized wave with k - 1
 * steady-state ones. k belongs to the benchmark campaign, not the engine: it is fitted per
 * campaign alongside the coefficients and never used for users' predictions.
 */
export interface ClosedLoopComponents {
  /** Means over the synchronized first wave (seconds, engine only). */
  waveTtft: number;
  waveTpot: number;
  /** Means in the steady state (seconds, engine only). */
  steadyTtft: number;
  steadyTpot: number;
  /** Per-request time outside the engine added to TTFT (seconds). */
  overhead: number;
}

function meanLatencies(
  sim: ReturnType<typeof simulate>,
  from: number,
  osl: number,
) {
  let ttft = 0;
  let tpot = 0;
  let count = 0;
  for (let i = from; i < sim.arrival.length; i++) {
    if (Number.isNaN(sim.finish[i])) continue;
    ttft += sim.firstToken[i] - sim.arrival[i];
    if (osl > 1) tpot += (sim.finish[i] - sim.firstToken[i]) / (osl - 1);
    count++;
  }
  return { ttft: ttft / count, tpot: tpot / count };
}

/** Simulates the point's closed loop twice: the synchronized first wave and the steady state. */
export function closedLoopComponents(
  p: PreparedMeasurement,
  c: Coefficients,
): ClosedLoopComponents {
  const { m } = p;
  const cost = new StepCostModel(p.dep, c);
  const opts = {
    maxNumSeqs: p.dep.flags.maxNumSeqs,
    maxNumBatchedTokens: p.dep.flags.maxNumBatchedTokens,
    window: p.window,
    concurrency: m.concurrency,
  };
  const one = { arrival: 0, input: m.isl, output: m.osl };
  const n = Math.max(m.concurrency + 16, Math.min(4096, 4 * m.concurrency));
  const steadySim = simulate(
    Array.from({ length: n }, () => one),
    cost,
    p.kv,
    {
      ...opts,
      rampSeconds: closedLoopCycleSeconds(
        cost,
        m.isl,
        m.osl,
        m.concurrency,
        p.window,
      ),
    },
  );
  const steady = meanLatencies(
    steadySim,
    Math.min(m.concurrency, n - 1),
    m.osl,
  );
  const waveSim = simulate(
    Array.from({ length: m.concurrency }, () => one),
    cost,
    p.kv,
    { ...opts, rampSeconds: 0 },
  );
  const wave = meanLatencies(waveSim, 0, m.osl);
  return {
    waveTtft: wave.ttft,
    waveTpot: wave.tpot,
    steadyTtft: steady.ttft,
    steadyTpot: steady.tpot,
    overhead: cost.requestOverhead,
  };
}

/** Mean TTFT and TPOT of a run with k requests per client. */
export function combineComponents(
  x: ClosedLoopComponents,
  requestsPerClient: number,
): MeasurementPrediction {
  const k = Math.max(1, requestsPerClient);
  const ttft = (x.waveTtft + (k - 1) * x.steadyTtft) / k;
  const tpot = (x.waveTpot + (k - 1) * x.steadyTpot) / k;
  return { ttft_ms: (ttft + x.overhead) * 1000, tpot_ms: tpot * 1000 };
}

/** Mean TTFT and TPOT the engine predicts for the point, for a campaign's requests per client. */
export function predictMeasurement(
  p: PreparedMeasurement,
  c: Coefficients,
  requestsPerClient: number,
): MeasurementPrediction {
  return combineComponents(closedLoopComponents(p, c), requestsPerClient);
}
