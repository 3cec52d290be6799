/**
 * The fast analytical path: steady-state throughput and mean latencies of continuous batching
 * from the same step-cost model, without simulating requests. Used to screen many candidate
 * configurations; the discrete-event simulation checks the finalists. The two are tested
 * against each other.
 */
import { StepCostModel, StepShape } from './stepTime';
import { KvSizer } from './memory';

export interface SteadyStateInput {
  meanInput: number;
  meanOutput: number;
  maxNumSeqs: number;
  maxNumBatchedTokens: number;
  window: number;
}

export interface Capacity {
  /** Highest request rate the engine sustains (requests/s). */
  maxRequestsPerSecond: number;
  /** Decode batch at that rate, and what limits it. */
  batch: number;
  limitedBy: 'max-num-seqs' | 'kv-cache' | 'token-budget';
  stepSeconds: number;
}

function shapeAt(batch: number, rate: number, step: number, w: SteadyStateInput): StepShape {
  const ctx = w.meanInput + w.meanOutput / 2;
  const prefillSeqs = rate * step;
  return {
    decodeSeqs: batch,
    decodeContext: batch * ctx,
    decodeWindowContext: w.window > 0 ? batch * Math.min(ctx, w.window) : 0,
    prefillTokens: prefillSeqs * w.meanInput,
    prefillSeqs,
    prefillPairs: (prefillSeqs * w.meanInput * w.meanInput) / 2,
    prefillWindowPairs: w.window > 0 ? prefillSeqs * w.meanInput * Math.min(w.meanInput / 2, w.window) : 0,
  };
}

/** Step time when `batch` sequences decode and new requests arrive at `rate` (fixed point in the step time). */
function stepAt(cost: StepCostModel, batch: number, rate: number, w: SteadyStateInput): number {
  let step = cost.cost(shapeAt(batch, 0, 0, w));
  for (let i = 0; i < 30; i++) {
    const next = cost.cost(shapeAt(batch, rate, step, w));
    if (Math.abs(next - step) < 1e-9) return next;
    step = next;
  }
  return step;
}

/** Saturation throughput: the largest batch the limits allow, and the rate that keeps it full. */
export function saturationCapacity(cost: StepCostModel, kv: KvSizer, w: SteadyStateInput): Capacity {
  const perSeq = kv.bytesForTokens(Math.max(1, Math.round(w.meanInput + w.meanOutput / 2)));
  const byKv = kv.capacityBytes / perSeq;
  const byBudget = (w.maxNumBatchedTokens * w.meanOutput) / (w.meanInput + w.meanOutput);
  let batch = w.maxNumSeqs;
  let limitedBy: Capacity['limitedBy'] = 'max-num-seqs';
  if (byKv < batch) {
    batch = byKv;
    limitedBy = 'kv-cache';
  }
  if (byBudget < batch) {
    batch = byBudget;
    limitedBy = 'token-budget';
  }
  batch = Math.max(batch, 1e-9);
  // rate = batch / (output steps x step time); solve jointly with the step time.
  let rate = 0;
  let step = stepAt(cost, batch, 0, w);
  for (let i = 0; i < 40; i++) {
    rate = batch / (w.meanOutput * step);
    const next = stepAt(cost, batch, rate, w);
    if (Math.abs(next - step) < 1e-9) break;
    step = next;
  }
  return { maxRequestsPerSecond: batch / (w.meanOutput * step), batch, limitedBy, stepSeconds: step };
}

export interface SteadyStateLatency {
  /** Mean decode batch. */
  batch: number;
  /** Mean time per output token (s). */
  tpot: number;
  /** Mean time to first token (s), without queueing for admission. */
  ttft: number;
  e2e: number;
  utilization: number;
}

/**
 * Means at an open-loop request rate below saturation: the decode batch from Little's law
 * (batch = rate x time in the engine), TPOT the step time at that batch, TTFT the prefill
 * chunks plus half a step of wait, and an M/D/1-style wait as utilization approaches 1.
 */
export function steadyStateAtRate(cost: StepCostModel, kv: KvSizer, w: SteadyStateInput, rate: number): SteadyStateLatency {
  const cap = saturationCapacity(cost, kv, w);
  const utilization = rate / cap.maxRequestsPerSecond;
  let batch = Math.min(cap.batch, rate * w.meanOutput * cost.cost(shapeAt(1, 0, 0, w)));
  let step = stepAt(cost, batch, rate, w);
  for (let i = 0; i < 60; i++) {
    const next = Math.min(cap.batch, rate * w.meanOutput * step);
    if (Math.abs(next - batch) < 1e-6 * Math.max(1, batch)) break;
    batch = next;
    step = stepAt(cost, batch, rate, w);
  }
  const chunk = Math.max(1, w.maxNumBatchedTokens - batch);
  const chunks = Math.ceil(w.meanInput / chunk);
  const prefillStep = cost.cost({
    ...shapeAt(batch, 0, 0, w),
    prefillTokens: Math.min(w.meanInput, chunk),
    prefillSeqs: 1,
    prefillPairs: (Math.min(w.meanInput, chunk) * w.meanInput) / 2,
    prefillWindowPairs: 0,
  });
  const rho = Math.min(utilization, 0.999);
  const queueWait = (rho / (2 * (1 - rho))) * step;
  const ttft = step / 2 + chunks * prefillStep + queueWait + cost.requestOverhead;
  const tpot = step;
  return { batch, tpot, ttft, e2e: ttft + (w.meanOutput - 1) * tpot, utilization };
}

/**
 * Rough duration of one request when `concurrency` clients share the engine (prefill plus
 * output tokens at that decode batch): spaces out the closed-loop clients' first requests.
 */
export function closedLoopCycleSeconds(
  cost: StepCostModel,
  meanInput: number,
  meanOutput: number,
  concurrency: number,
  window: number,
): number {
  const w = { meanInput, meanOutput, maxNumSeqs: concurrency, maxNumBatchedTokens: Infinity, window };
  const decode = cost.cost(shapeAt(concurrency, 0, 0, w));
  const prefill = cost.cost({ ...shapeAt(0, 0, 0, w), prefillTokens: meanInput, prefillSeqs: 1, prefillPairs: (meanInput * meanInput) / 2 });
  return prefill + meanOutput * decode;
}
