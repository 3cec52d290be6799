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

/** Resolves a measurement's deployment once (only coefficients change while fitting). */
export function prepareMeasurement(kb: KnowledgeBase, m: Measurement): PreparedMeasurement {
  const dep = resolveDeployment(kb, {
    model: m.model,
    gpu: m.gpu,
    tp: m.tp,
    precision: m.precision ?? undefined,
    // The benchmark's own --max-model-len is unknown: allow its sequences, not the model's full context.
    maxModelLen: Math.min(resolveModel(kb, m.model).model.architecture.max_context, Math.max(m.isl + m.osl + 16, 4096)),
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

/** Requests simulated for a closed-loop point: enough waves for a steady state. */
export function closedLoopRequests(concurrency: number, osl: number): number {
  const waves = osl >= 4096 ? 2 : 3;
  return Math.max(48, Math.min(4096, (waves + 1) * concurrency));
}

/** Mean TTFT and TPOT the engine predicts for the point, excluding the first wave (warm-up). */
export function predictMeasurement(p: PreparedMeasurement, c: Coefficients): MeasurementPrediction {
  const { m } = p;
  const cost = new StepCostModel(p.dep, c);
  const n = closedLoopRequests(m.concurrency, m.osl);
  const requests = Array.from({ length: n }, () => ({ arrival: 0, input: m.isl, output: m.osl }));
  const sim = simulate(requests, cost, p.kv, {
    maxNumSeqs: p.dep.flags.maxNumSeqs,
    maxNumBatchedTokens: p.dep.flags.maxNumBatchedTokens,
    window: p.window,
    concurrency: m.concurrency,
  });
  let ttft = 0;
  let tpot = 0;
  let count = 0;
  for (let i = Math.min(m.concurrency, n - 1); i < n; i++) {
    if (Number.isNaN(sim.finish[i])) continue;
    ttft += sim.firstToken[i] - sim.arrival[i];
    if (m.osl > 1) tpot += (sim.finish[i] - sim.firstToken[i]) / (m.osl - 1);
    count++;
  }
  return {
    ttft_ms: ((ttft / count) + cost.requestOverhead) * 1000,
    tpot_ms: (tpot / count) * 1000,
  };
}
