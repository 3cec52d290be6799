/**
 * A discrete-event simulation of vLLM V1's continuous-batching scheduler, stepping an engine
 * whose step durations come from the StepCostModel:
 *  - each step has a token budget (max-num-batched-tokens); running requests are scheduled
 *    first (a decode token each, or their next prefill chunk), then waiting ones are admitted
 *    in arrival order while max-num-seqs, the budget and free KV blocks allow (chunked prefill);
 *  - KV blocks are allocated as sequences grow; when a running request cannot get a block the
 *    most recently admitted request is preempted (its blocks freed, recomputed later);
 *  - a request's first token comes at the end of the step that completes its prompt, then one
 *    token per step.
 * Runs of pure decode steps with nothing to admit are advanced in closed form (step time is
 * linear in the growing context), which keeps long simulations fast.
 */
import { StepCostModel, StepShape } from './stepTime';
import { KvSizer } from './memory';
import { LogHistogram } from './histogram';
import { RequestSpec } from './workload';

export interface SimulationOptions {
  maxNumSeqs: number;
  maxNumBatchedTokens: number;
  /** Sliding window of window layers (0 if none). */
  window: number;
  /** Closed loop: this many clients, each sending its next request when the last one ends. */
  concurrency?: number;
  /** Stop after this much simulated time (seconds); unfinished requests are reported. */
  maxSimulatedSeconds?: number;
}

export interface SimulationResult {
  /** Per request, seconds (NaN when unfinished). Arrival is the actual send time (closed loop). */
  arrival: Float64Array;
  firstScheduled: Float64Array;
  firstToken: Float64Array;
  finish: Float64Array;
  input: Int32Array;
  output: Int32Array;
  preemptions: Int32Array;
  /** Every inter-token gap (all requests), seconds. */
  itl: LogHistogram;
  steps: number;
  stepEvaluations: number;
  /** Simulated time from first arrival to last completion. */
  duration: number;
  totalPreemptions: number;
  meanRunning: number;
  meanKvUsage: number;
  peakKvUsage: number;
  finished: number;
  timedOut: boolean;
}

export function simulate(
  requests: RequestSpec[],
  cost: StepCostModel,
  kv: KvSizer,
  opts: SimulationOptions,
): SimulationResult {
  const n = requests.length;
  const input = new Int32Array(n);
  const output = new Int32Array(n);
  const arrival = new Float64Array(n);
  const firstScheduled = new Float64Array(n).fill(NaN);
  const firstToken = new Float64Array(n).fill(NaN);
  const finish = new Float64Array(n).fill(NaN);
  const lastToken = new Float64Array(n);
  const computed = new Int32Array(n);
  const generated = new Int32Array(n);
  const kvHeld = new Float64Array(n);
  const preemptions = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    input[i] = requests[i].input;
    output[i] = requests[i].output;
    arrival[i] = requests[i].arrival;
  }
  const itl = new LogHistogram();
  const window = opts.window;
  const capacity = kv.capacityBytes;
  const maxTime = opts.maxSimulatedSeconds ?? Infinity;

  // Waiting queue: preempted requests go to the front (a stack), new arrivals to the back.
  const front: number[] = [];
  const queue: number[] = [];
  let queueHead = 0;
  let nextArrival = 0; // next request index not yet in the queue (open loop / offline)
  const closed = opts.concurrency !== undefined;
  let closedIssued = 0;
  const running: number[] = [];

  let t = 0;
  let used = 0;
  let steps = 0;
  let evaluations = 0;
  let finished = 0;
  let totalPreemptions = 0;
  let runningTime = 0;
  let kvTime = 0;
  let peakKv = 0;
  let busyTime = 0;

  if (closed) {
    const c = Math.min(opts.concurrency!, n);
    for (let i = 0; i < c; i++) {
      arrival[i] = 0;
      queue.push(i);
    }
    closedIssued = c;
  }

  const sched: number[] = [];
  const schedNum: number[] = [];
  const shape: StepShape = {
    decodeSeqs: 0,
    decodeContext: 0,
    decodeWindowContext: 0,
    prefillTokens: 0,
    prefillSeqs: 0,
    prefillPairs: 0,
    prefillWindowPairs: 0,
  };

  const admitArrivals = () => {
    if (closed) return;
    while (nextArrival < n && arrival[nextArrival] <= t) queue.push(nextArrival++);
  };
  const waitingCount = () => front.length + (queue.length - queueHead);
  const peekWaiting = () => (front.length > 0 ? front[front.length - 1] : queue[queueHead]);
  const popWaiting = () => (front.length > 0 ? front.pop()! : queue[queueHead++]);

  const preempt = (r: number) => {
    used -= kvHeld[r];
    kvHeld[r] = 0;
    computed[r] = 0;
    preemptions[r]++;
    totalPreemptions++;
    front.push(r);
  };

  const addChunk = (r: number, num: number) => {
    const c = computed[r];
    const target = input[r] + generated[r];
    if (target - c === 1 && generated[r] > 0) {
      shape.decodeSeqs++;
      shape.decodeContext += c;
      if (window > 0) shape.decodeWindowContext += Math.min(c, window);
    } else {
      shape.prefillTokens += num;
      shape.prefillSeqs++;
      const pairs = num * (c + num / 2);
      shape.prefillPairs += pairs;
      if (window > 0) shape.prefillWindowPairs += num * Math.min(c + num / 2, window);
    }
    sched.push(r);
    schedNum.push(num);
  };

  const onFinish = (r: number) => {
    finish[r] = t;
    used -= kvHeld[r];
    kvHeld[r] = 0;
    finished++;
    if (closed && closedIssued < n) {
      arrival[closedIssued] = t;
      queue.push(closedIssued);
      closedIssued++;
    }
  };

  while (finished < n) {
    admitArrivals();
    if (running.length === 0 && waitingCount() === 0) {
      if (closed || nextArrival >= n) break; // nothing left (should not happen)
      t = arrival[nextArrival];
      continue;
    }
    if (t > maxTime) break;

    // ---- Fast path: a run of pure decode steps with nothing to admit. ----
    const k = decodeRunLength();
    if (k > 1) {
      advanceDecodeRun(k);
      continue;
    }

    // ---- One regular step. ----
    sched.length = 0;
    schedNum.length = 0;
    shape.decodeSeqs = shape.decodeContext = shape.decodeWindowContext = 0;
    shape.prefillTokens = shape.prefillSeqs = shape.prefillPairs = shape.prefillWindowPairs = 0;
    let budget = opts.maxNumBatchedTokens;
    let preempted = false;
    for (let i = 0; i < running.length && budget > 0; ) {
      const r = running[i];
      const num = Math.min(input[r] + generated[r] - computed[r], budget);
      const extra = kv.bytesForTokens(computed[r] + num) - kvHeld[r];
      let selfPreempted = false;
      while (used + extra > capacity) {
        const victim = running.pop()!;
        preempt(victim);
        preempted = true;
        if (victim === r) {
          selfPreempted = true;
          break;
        }
      }
      if (selfPreempted) break;
      used += extra;
      kvHeld[r] += extra;
      addChunk(r, num);
      budget -= num;
      i++;
    }
    if (!preempted) {
      while (budget > 0 && running.length < opts.maxNumSeqs && waitingCount() > 0) {
        const r = peekWaiting();
        const num = Math.min(input[r] + generated[r] - computed[r], budget);
        const extra = kv.bytesForTokens(num);
        if (used + extra > capacity) break;
        popWaiting();
        if (Number.isNaN(firstScheduled[r])) firstScheduled[r] = t;
        running.push(r);
        used += extra;
        kvHeld[r] = extra;
        addChunk(r, num);
        budget -= num;
      }
    }
    if (sched.length === 0) {
      // Nothing schedulable (a request larger than the whole KV cache): drop it as vLLM would reject it.
      if (waitingCount() > 0 && running.length === 0) {
        const r = popWaiting();
        firstToken[r] = NaN;
        finished++;
        continue;
      }
      break;
    }
    const d = cost.cost(shape);
    evaluations++;
    steps++;
    runningTime += running.length * d;
    kvTime += (used / capacity) * d;
    if (used > peakKv) peakKv = used;
    busyTime += d;
    t += d;
    let anyFinished = false;
    for (let j = 0; j < sched.length; j++) {
      const r = sched[j];
      computed[r] += schedNum[j];
      if (computed[r] === input[r] + generated[r]) {
        generated[r]++;
        if (Number.isNaN(firstToken[r])) firstToken[r] = t;
        else itl.add(t - lastToken[r]);
        lastToken[r] = t;
        if (generated[r] >= output[r]) {
          onFinish(r);
          anyFinished = true;
        }
      }
    }
    if (anyFinished) removeFinished();
  }

  function removeFinished() {
    let w = 0;
    for (let i = 0; i < running.length; i++) {
      const r = running[i];
      if (Number.isNaN(finish[r])) running[w++] = r;
    }
    running.length = w;
  }

  /** How many pure-decode steps can run before anything but context growth changes. */
  function decodeRunLength(): number {
    const R = running.length;
    if (R === 0 || R > opts.maxNumBatchedTokens) return 0;
    let kFinish = Infinity;
    for (let i = 0; i < R; i++) {
      const r = running[i];
      if (input[r] + generated[r] - computed[r] !== 1 || generated[r] === 0) return 0;
      const left = output[r] - generated[r];
      if (left < kFinish) kFinish = left;
    }
    // Could a waiting request be admitted now?
    const waiting = waitingCount();
    if (waiting > 0 && R < opts.maxNumSeqs) {
      const r = peekWaiting();
      const need = kv.bytesForTokens(Math.min(input[r] + generated[r] - computed[r], opts.maxNumBatchedTokens - R));
      // KV only shrinks during a decode run, so a blocked head stays blocked; an unblocked one is admitted now.
      if (used + need <= capacity) return 0;
    }
    let k = kFinish;
    // KV growth: largest k whose new blocks still fit.
    if (kvNeed(k) > capacity - used) {
      let lo = 0;
      let hi = k;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (kvNeed(mid) <= capacity - used) lo = mid;
        else hi = mid;
      }
      k = lo;
    }
    // Open-loop arrivals that could be admitted end the run.
    if (!closed && waiting === 0 && R < opts.maxNumSeqs && nextArrival < n && k > 1) {
      const until = arrival[nextArrival] - t;
      const t0 = stepCostAtGrowth(0);
      const t1 = stepCostAtGrowth(k - 1);
      const slope = k > 1 ? (t1 - t0) / (k - 1) : 0;
      // smallest m with sum_{j<m} (t0 + slope j) >= until
      let m: number;
      if (until <= 0) m = 0;
      else if (Math.abs(slope) < 1e-15) m = Math.ceil(until / t0);
      else {
        const a = slope / 2;
        const b = t0 - slope / 2;
        m = Math.ceil((-b + Math.sqrt(b * b + 4 * a * until)) / (2 * a));
      }
      k = Math.min(k, Math.max(m, 0));
    }
    return k;
  }

  function kvNeed(k: number): number {
    let need = 0;
    for (let i = 0; i < running.length; i++) {
      const r = running[i];
      need += kv.bytesForTokens(computed[r] + k) - kvHeld[r];
    }
    return need;
  }

  function stepCostAtGrowth(j: number): number {
    const R = running.length;
    shape.decodeSeqs = R;
    shape.prefillTokens = shape.prefillSeqs = shape.prefillPairs = shape.prefillWindowPairs = 0;
    let ctx = 0;
    let wctx = 0;
    for (let i = 0; i < R; i++) {
      const c = computed[running[i]] + j;
      ctx += c;
      if (window > 0) wctx += Math.min(c, window);
    }
    shape.decodeContext = ctx;
    shape.decodeWindowContext = wctx;
    evaluations++;
    return cost.cost(shape);
  }

  function advanceDecodeRun(k: number) {
    const R = running.length;
    const t0 = stepCostAtGrowth(0);
    const tLast = stepCostAtGrowth(k - 1);
    const slope = (tLast - t0) / (k - 1);
    const total = (k * (t0 + tLast)) / 2;
    const start = t;
    // First gap of each sequence may include a stall (preemption, or the step that made its first token).
    for (let i = 0; i < R; i++) {
      const r = running[i];
      itl.add(start + t0 - lastToken[r]);
    }
    itl.addRamp(t0 + slope, slope, k - 1, R);
    const avgUsedBefore = used;
    for (let i = 0; i < R; i++) {
      const r = running[i];
      computed[r] += k;
      generated[r] += k;
      const held = kv.bytesForTokens(computed[r]);
      used += held - kvHeld[r];
      kvHeld[r] = held;
    }
    steps += k;
    busyTime += total;
    runningTime += R * total;
    kvTime += ((avgUsedBefore + used) / 2 / capacity) * total;
    if (used > peakKv) peakKv = used;
    t = start + total;
    let anyFinished = false;
    for (let i = 0; i < R; i++) {
      const r = running[i];
      lastToken[r] = t;
      if (generated[r] >= output[r]) {
        onFinish(r);
        anyFinished = true;
      }
    }
    if (anyFinished) removeFinished();
  }

  let first = Infinity;
  let last = 0;
  for (let i = 0; i < n; i++) {
    if (arrival[i] < first) first = arrival[i];
    if (finish[i] > last) last = finish[i];
  }
  const duration = Math.max(last - (Number.isFinite(first) ? first : 0), 1e-9);
  return {
    arrival,
    firstScheduled,
    firstToken,
    finish,
    input,
    output,
    preemptions,
    itl,
    steps,
    stepEvaluations: evaluations,
    duration,
    totalPreemptions,
    meanRunning: busyTime > 0 ? runningTime / duration : 0,
    meanKvUsage: kvTime / duration,
    peakKvUsage: peakKv / capacity,
    finished,
    timedOut: finished < n,
  };
}
