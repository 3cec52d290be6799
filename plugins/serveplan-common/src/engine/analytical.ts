/**
 * The fast analytical path: steady-state throughput and mean latencies of continuous batching
 * from the same step-cost model, without simulating requests. Used to screen many candidate
 * configurations; the discrete-event simulation checks the finalists. The two are tested
 * against each other.
 *
 * The engine alternates pure decode steps with steps that also carry a prompt chunk. Because a
 * step's cost is not linear in what it carries, the two kinds are priced separately and mixed by
 * how often each occurs: with n_p prompt-chunk steps per second of duration T_p, the remaining
 * time is spent in decode steps of duration T_d, and every step advances each running request by
 * one token, so the time per output token is 1 / (n_p + (1 - n_p T_p) / T_d).
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
  /** Mean time per output token at that rate (s). */
  stepSeconds: number;
}

interface Mix {
  /** Mean time between a request's output tokens (s). */
  tpot: number;
  /** Duration of a step carrying a prompt chunk (s). */
  prefillStep: number;
  /** Duration of a pure decode step (s). */
  decodeStep: number;
  /** Prompt-chunk steps per second. */
  prefillStepsPerSecond: number;
  /** Prompt chunks per request. */
  chunks: number;
  /** Prompts sharing one prompt step on average. */
  share: number;
  /** Share of time spent in prompt-chunk steps (1 = saturated with prefill). */
  prefillShare: number;
}

function decodeShape(batch: number, w: SteadyStateInput): StepShape {
  const ctx = w.meanInput + w.meanOutput / 2;
  return {
    decodeSeqs: batch,
    decodeContext: batch * ctx,
    decodeWindowContext: w.window > 0 ? batch * Math.min(ctx, w.window) : 0,
    prefillTokens: 0,
    prefillSeqs: 0,
    prefillPairs: 0,
    prefillWindowPairs: 0,
  };
}

/**
 * Step durations and their mix when `batch` requests decode and new ones arrive at `rate`.
 * `guess` (a nearby mix's mean step) only starts the fixed-point iteration closer to its answer.
 */
function stepMix(
  cost: StepCostModel,
  batch: number,
  rate: number,
  w: SteadyStateInput,
  guess?: number,
): Mix {
  const room = Math.max(1, w.maxNumBatchedTokens - Math.ceil(batch));
  const chunks = Math.ceil(w.meanInput / room);
  const chunk = w.meanInput / chunks;
  const decode = decodeShape(batch, w);
  const decodeStep = batch > 0 ? cost.cost(decode) : 0;
  // The average chunk starts halfway into its prompt.
  const start = (w.meanInput - chunk) / 2;
  // One shape, rewritten per call: this loop is the planner's hot path (no allocation).
  const withPrompts: StepShape = { ...decode };
  const pairsPerPrompt = chunk * (start + chunk / 2);
  const windowPairsPerPrompt =
    w.window > 0 ? chunk * Math.min(start + chunk / 2, w.window) : 0;
  const stepWith = (prompts: number) => {
    withPrompts.prefillTokens = chunk * prompts;
    withPrompts.prefillSeqs = prompts;
    withPrompts.prefillPairs = prompts * pairsPerPrompt;
    withPrompts.prefillWindowPairs = prompts * windowPairsPerPrompt;
    return cost.cost(withPrompts);
  };
  // Prompt chunks that arrive during a step all join the next one (as far as the budget allows):
  // with chunks arriving at rate r, a step of mean length T is followed by one carrying prompts
  // with probability f = 1 - exp(-r T), and then carries r T / f of them.
  const r = rate * chunks;
  const maxShare = Math.max(1, Math.floor(room / chunk));
  let mean = guess ?? (decodeStep > 0 ? decodeStep : stepWith(1));
  let share = 1;
  let f = 0;
  let prefillStep = mean;
  for (let i = 0; i < 40; i++) {
    f = r > 0 ? 1 - Math.exp(-r * mean) : 0;
    share = f > 0 ? Math.min(maxShare, Math.max(1, (r * mean) / f)) : 1;
    prefillStep = stepWith(share);
    // Past the budget, chunks queue: every step carries prompts.
    if (r / share > 1 / prefillStep) f = 1;
    const next =
      decodeStep > 0 ? f * prefillStep + (1 - f) * decodeStep : prefillStep;
    if (Math.abs(next - mean) < 1e-5 * mean) break;
    mean = 0.5 * mean + 0.5 * next;
  }
  const prefillStepsPerSecond = mean > 0 ? f / mean : 0;
  const prefillShare =
    decodeStep > 0
      ? (f * prefillStep) / mean
      : Math.min(1, (r / share) * prefillStep);
  return {
    tpot: mean,
    prefillStep,
    decodeStep,
    prefillStepsPerSecond,
    chunks,
    share,
    prefillShare,
  };
}

/** Batch limits: KV cache, max-num-seqs, and the token budget shared with prompt chunks. */
function batchLimit(
  kv: KvSizer,
  w: SteadyStateInput,
): { batch: number; limitedBy: Capacity['limitedBy'] } {
  const perSeq = kv.bytesForTokens(
    Math.max(1, Math.round(w.meanInput + w.meanOutput / 2)),
  );
  const byKv = kv.capacityBytes / perSeq;
  const byBudget =
    (w.maxNumBatchedTokens * w.meanOutput) / (w.meanInput + w.meanOutput);
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
  return { batch: Math.max(batch, 1e-9), limitedBy };
}

/**
 * Saturation throughput: the batch the limits allow, kept full — every request spends
 * meanOutput token-times in the batch, so rate = batch / (meanOutput x TPOT) — unless prompt
 * chunks alone fill the engine's time first.
 */
export function saturationCapacity(
  cost: StepCostModel,
  kv: KvSizer,
  w: SteadyStateInput,
): Capacity {
  const { batch, limitedBy } = batchLimit(kv, w);
  let rate =
    batch / (w.meanOutput * Math.max(cost.cost(decodeShape(batch, w)), 1e-9));
  let tpot: number | undefined;
  for (let i = 0; i < 40; i++) {
    const mix = stepMix(cost, batch, rate, w, tpot);
    tpot = mix.tpot;
    // Prompt chunks cannot take more than the engine's whole time.
    const prefillBound = (0.98 * mix.share) / (mix.chunks * mix.prefillStep);
    const next = Math.min(batch / (w.meanOutput * mix.tpot), prefillBound);
    if (Math.abs(next - rate) < 1e-4 * rate) break;
    rate = 0.5 * rate + 0.5 * next;
  }
  const mix = stepMix(cost, batch, rate, w, tpot);
  return {
    maxRequestsPerSecond: rate,
    batch,
    limitedBy,
    stepSeconds: mix.tpot,
  };
}

export interface SteadyStateLatency {
  /** Mean decode batch. */
  batch: number;
  /** Mean time per output token (s). */
  tpot: number;
  /** Mean time to first token (s). */
  ttft: number;
  e2e: number;
  utilization: number;
}

/**
 * Means at an open-loop request rate below saturation: the decode batch from Little's law
 * (batch = rate x time spent decoding), TPOT from the step mix, TTFT the wait for the step in
 * progress plus the request's prompt chunks, plus an M/D/1 wait for prompt steps queued ahead.
 */
export function steadyStateAtRate(
  cost: StepCostModel,
  kv: KvSizer,
  w: SteadyStateInput,
  rate: number,
  capacity?: Capacity,
): SteadyStateLatency {
  const cap = capacity ?? saturationCapacity(cost, kv, w);
  const utilization = rate / cap.maxRequestsPerSecond;
  let batch = Math.min(
    cap.batch,
    rate * w.meanOutput * stepMix(cost, 1, rate, w).tpot,
  );
  let mix = stepMix(cost, batch, rate, w);
  for (let i = 0; i < 40; i++) {
    const next = Math.min(cap.batch, rate * w.meanOutput * mix.tpot);
    if (Math.abs(next - batch) < 1e-4 * Math.max(1, batch)) break;
    batch = 0.5 * batch + 0.5 * next;
    mix = stepMix(cost, batch, rate, w, mix.tpot);
  }
  const rho = Math.min(mix.prefillShare, 0.999);
  // A prompt arrives during some step: on average half of the mean step remains.
  const meanStep = mix.tpot;
  const prefillQueue =
    (rho / (2 * (1 - rho))) * mix.prefillStep * (mix.chunks / mix.share);
  const ttft =
    meanStep / 2 +
    mix.chunks * mix.prefillStep +
    prefillQueue +
    cost.requestOverhead;
  return {
    batch,
    tpot: mix.tpot,
    ttft,
    e2e: ttft + (w.meanOutput - 1) * mix.tpot,
    utilization,
  };
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
  const w = {
    meanInput,
    meanOutput,
    maxNumSeqs: concurrency,
    maxNumBatchedTokens: Infinity,
    window,
  };
  const decode = cost.cost(decodeShape(concurrency, w));
  const prefill = cost.cost({
    ...decodeShape(0, w),
    prefillTokens: meanInput,
    prefillSeqs: 1,
    prefillPairs: (meanInput * meanInput) / 2,
  });
  return prefill + meanOutput * decode;
}
