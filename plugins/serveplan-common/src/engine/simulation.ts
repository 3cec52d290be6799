/**
 * A discrete-event simulation of vLLM V1's continuous-batching scheduler, stepping an engine
 * whose step durations come from the StepCostModel:
 *  - each step has a token budget (max-num-batched-tokens); running requests are scheduled
 *    first (a decode token each, then the next chunk of each partial prefill), then waiting
 *    requests are admitted in arrival order while max-num-seqs, the budget and free KV blocks
 *    allow (chunked prefill);
 *  - KV blocks are allocated as sequences grow; when one cannot be had, the most recently
 *    admitted running request is preempted (its blocks freed, its tokens recomputed later);
 *  - a request's first token comes at the end of the step that completes its prompt, then one
 *    token per step.
 *
 * Decoding requests are kept in aggregate — the context of each is `base + S` for a global step
 * counter S, block boundaries are counted per residue of `base` modulo the block size, and
 * completions sit in a heap — so a step costs O(prefilling requests + log n), and runs of
 * pure-decode steps with nothing to admit are advanced in closed form (step time is exactly
 * linear in the growing context). vLLM guarantees max-num-batched-tokens >= max-num-seqs, so
 * every running decode is scheduled in every step.
 */
import { EMPTY_STEP, StepCostModel, StepShape } from './stepTime';
import { KvSizer } from './memory';
import { LogHistogram } from './histogram';
import { MinHeap } from './minHeap';
import { RequestSpec } from './workload';

export interface SimulationOptions {
  maxNumSeqs: number;
  maxNumBatchedTokens: number;
  /** Sliding window of window layers in tokens (0 if none). */
  window: number;
  /** Closed loop: this many clients, each sending its next request when the last one ends. */
  concurrency?: number;
  /**
   * Closed loop: client i sends its first request at i x rampSeconds / concurrency (0: all at
   * once). Real clients drift out of step within a few requests; a deterministic simulation
   * started in lock-step would stay in lock-step waves.
   */
  rampSeconds?: number;
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

const WAITING = 0;
const PREFILL = 1;
const DECODE = 2;
const DONE = 3;

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
  const computed = new Int32Array(n); // KV tokens, for waiting and prefilling requests
  const generated = new Int32Array(n); // for waiting and prefilling requests
  const held = new Float64Array(n); // KV bytes, for prefilling requests
  const base = new Float64Array(n); // decoding: context = base + S
  const windowOpen = new Uint8Array(n); // decoding: window layers' KV still growing
  const attnOpen = new Uint8Array(n); // decoding: context still shorter than the window
  const phase = new Uint8Array(n);
  const orderSlot = new Int32Array(n).fill(-1);
  const preemptions = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    input[i] = requests[i].input;
    output[i] = requests[i].output;
    arrival[i] = requests[i].arrival;
  }

  const bs = kv.blockSize;
  const fullBlock = bs * kv.fullBytesPerToken;
  const windowBlock = bs * kv.windowBytesPerToken;
  const wcap = kv.windowCap;
  const hasWindow = wcap > 0 && kv.windowBytesPerToken > 0;
  const attnWindow = opts.window;
  const capacity = kv.capacityBytes;
  const budgetTotal = opts.maxNumBatchedTokens;
  const maxSeqs = opts.maxNumSeqs;
  const maxTime = opts.maxSimulatedSeconds ?? Infinity;
  const itl = new LogHistogram();

  // Decoding requests in aggregate.
  let countD = 0;
  let sumBase = 0;
  let countAttnOpen = 0; // decoding requests whose context is still inside the window
  let sumBaseAttnOpen = 0;
  const cntFull = new Float64Array(bs); // decoders by residue of base mod bs
  const cntWin = new Float64Array(bs); // ... of those whose window-layer KV still grows
  const finishHeap = new MinHeap(); // key: S after the step that makes the last token
  const windowHeap = new MinHeap(); // key: S at which the window layers' KV stops growing
  const attnHeap = new MinHeap(); // key: S at which the context reaches the window
  let S = 0;

  // Prefilling requests in admission order, and the admission order of everything running
  // (for choosing preemption victims: the most recently admitted goes first).
  let prefilling: number[] = [];
  const order: number[] = [];

  // Waiting queue: preempted requests go to the front (a stack), new arrivals to the back.
  const front: number[] = [];
  const queue: number[] = [];
  let queueHead = 0;
  let nextTimed = 0;
  const closed = opts.concurrency !== undefined;
  let timedLimit = n;
  let closedIssued = 0;
  if (closed) {
    const c = Math.min(opts.concurrency!, n);
    const ramp = opts.rampSeconds ?? 0;
    for (let i = 0; i < c; i++) arrival[i] = (i * ramp) / c;
    timedLimit = c;
    closedIssued = c;
  }

  let t = 0;
  let used = 0;
  let steps = 0;
  let evaluations = 0;
  let finished = 0;
  let totalPreemptions = 0;
  let runningTime = 0;
  let kvTime = 0;
  let peakKv = 0;

  const mod = (x: number) => ((x % bs) + bs) % bs;
  const bytesFor = (tokens: number) => kv.bytesForTokens(tokens);
  const waitingCount = () => front.length + (queue.length - queueHead);
  const peekWaiting = () =>
    front.length > 0 ? front[front.length - 1] : queue[queueHead];
  const popWaiting = () =>
    front.length > 0 ? front.pop()! : queue[queueHead++];
  const admitArrivals = () => {
    while (nextTimed < timedLimit && arrival[nextTimed] <= t)
      queue.push(nextTimed++);
  };

  const pushOrder = (r: number) => {
    orderSlot[r] = order.length;
    order.push(r);
  };
  /** The most recently admitted running request, or -1. */
  const lastRunning = () => {
    while (order.length > 0) {
      const r = order[order.length - 1];
      if (
        (phase[r] === PREFILL || phase[r] === DECODE) &&
        orderSlot[r] === order.length - 1
      )
        return r;
      order.pop();
    }
    return -1;
  };

  const joinDecode = (r: number, context: number) => {
    phase[r] = DECODE;
    base[r] = context - S;
    countD++;
    sumBase += base[r];
    cntFull[mod(base[r])]++;
    finishHeap.push(input[r] + output[r] - 1 - base[r], r);
    windowOpen[r] = 0;
    attnOpen[r] = 0;
    if (hasWindow && context < wcap) {
      windowOpen[r] = 1;
      cntWin[mod(base[r])]++;
      windowHeap.push(wcap - base[r], r);
    }
    if (attnWindow > 0 && context < attnWindow) {
      attnOpen[r] = 1;
      countAttnOpen++;
      sumBaseAttnOpen += base[r];
      attnHeap.push(attnWindow - base[r], r);
    }
  };
  const closeWindow = (r: number) => {
    windowOpen[r] = 0;
    cntWin[mod(base[r])]--;
  };
  const closeAttn = (r: number) => {
    attnOpen[r] = 0;
    countAttnOpen--;
    sumBaseAttnOpen -= base[r];
  };
  /** Removes a decoding request from the aggregates; returns its KV bytes. */
  const leaveDecode = (r: number): number => {
    const context = base[r] + S;
    countD--;
    sumBase -= base[r];
    cntFull[mod(base[r])]--;
    if (windowOpen[r]) closeWindow(r);
    if (attnOpen[r]) closeAttn(r);
    return bytesFor(context);
  };

  /** KV bytes the decoders allocate in the step that starts at counter value s. */
  const decodeGrowth = (s: number) => {
    const rho = mod(-s);
    return (
      cntFull[rho] * fullBlock + (hasWindow ? cntWin[rho] * windowBlock : 0)
    );
  };

  // Set once this step's decode blocks are allocated: a decoding victim then frees one more token.
  let decodeAllocated = false;
  const preempt = (r: number) => {
    if (phase[r] === DECODE) {
      const c = base[r] + S;
      const bytes = leaveDecode(r);
      used -= decodeAllocated ? bytesFor(c + 1) : bytes;
      computed[r] = 0;
      generated[r] = c + 1 - input[r];
      lastToken[r] = t;
    } else {
      used -= held[r];
      held[r] = 0;
      computed[r] = 0;
      prefilling = prefilling.filter(x => x !== r);
    }
    phase[r] = WAITING;
    orderSlot[r] = -1;
    preemptions[r]++;
    totalPreemptions++;
    front.push(r);
  };

  const complete = (r: number) => {
    phase[r] = DONE;
    finish[r] = t;
    finished++;
    orderSlot[r] = -1;
    if (closed && closedIssued < n) {
      arrival[closedIssued] = t;
      queue.push(closedIssued);
      closedIssued++;
    }
  };

  const shape: StepShape = { ...EMPTY_STEP };
  const setDecodeShape = (s: number) => {
    shape.decodeSeqs = countD;
    shape.decodeContext = sumBase + countD * s;
    shape.decodeWindowContext =
      attnWindow > 0
        ? sumBaseAttnOpen +
          countAttnOpen * s +
          (countD - countAttnOpen) * attnWindow
        : 0;
  };
  const sched: number[] = [];
  const schedNum: number[] = [];

  const settleWindows = () => {
    while (windowHeap.length > 0 && windowHeap.peekKey() <= S) {
      const r = windowHeap.peekId();
      windowHeap.pop();
      if (phase[r] === DECODE && windowOpen[r] && wcap - base[r] <= S)
        closeWindow(r);
    }
    while (attnHeap.length > 0 && attnHeap.peekKey() <= S) {
      const r = attnHeap.peekId();
      attnHeap.pop();
      if (phase[r] === DECODE && attnOpen[r] && attnWindow - base[r] <= S)
        closeAttn(r);
    }
  };
  const hasWindows = hasWindow || attnWindow > 0;
  const settleFinishes = () => {
    while (finishHeap.length > 0 && finishHeap.peekKey() <= S) {
      const r = finishHeap.peekId();
      finishHeap.pop();
      if (phase[r] !== DECODE || input[r] + output[r] - 1 - base[r] > S)
        continue; // stale
      used -= leaveDecode(r);
      lastToken[r] = t;
      complete(r);
    }
  };

  const setPureDecodeShape = (s: number) => {
    shape.prefillTokens =
      shape.prefillSeqs =
      shape.prefillPairs =
      shape.prefillWindowPairs =
        0;
    setDecodeShape(s);
  };

  /** Pure-decode steps that can run before anything but context growth changes (0: none). */
  const decodeRunLength = (): number => {
    if (countD === 0 || prefilling.length > 0) return 0;
    const waiting = waitingCount();
    if (waiting > 0 && countD < maxSeqs) {
      const r = peekWaiting();
      const need = bytesFor(
        Math.min(input[r] + generated[r] - computed[r], budgetTotal - countD),
      );
      if (used + need <= capacity) return 0; // it is admitted now; KV only grows in a run
    }
    let k = finishHeap.peekKey() - S;
    if (hasWindows)
      k = Math.min(k, windowHeap.peekKey() - S, attnHeap.peekKey() - S);
    // KV growth: the largest k whose new blocks fit.
    let cycle = 0;
    for (let j = 0; j < bs; j++) cycle += decodeGrowth(S + j);
    const free = capacity - used;
    if (cycle * Math.ceil(k / bs) > free) {
      let acc = 0;
      let fitting = 0;
      if (cycle > 0) {
        const cycles = Math.floor(free / cycle);
        fitting = cycles * bs;
        acc = cycles * cycle;
      }
      while (fitting < k) {
        const g = decodeGrowth(S + fitting);
        if (acc + g > free) break;
        acc += g;
        fitting++;
      }
      k = Math.min(k, fitting);
    }
    // A timed arrival that could be admitted ends the run.
    if (waiting === 0 && countD < maxSeqs && nextTimed < timedLimit && k > 1) {
      const until = arrival[nextTimed] - t;
      setPureDecodeShape(S);
      const a = cost.cost(shape);
      setPureDecodeShape(S + 1);
      const b = cost.cost(shape) - a;
      evaluations += 2;
      let m: number;
      if (until <= 0) m = 0;
      else if (b < 1e-15) m = Math.ceil(until / a);
      else {
        const qa = b / 2;
        const qb = a - b / 2;
        m = Math.ceil((-qb + Math.sqrt(qb * qb + 4 * qa * until)) / (2 * qa));
      }
      k = Math.min(k, Math.max(m, 0));
    }
    return k;
  };

  const advanceDecodeRun = (k: number) => {
    setPureDecodeShape(S);
    const a = cost.cost(shape);
    setPureDecodeShape(S + 1);
    const b = cost.cost(shape) - a;
    evaluations += 2;
    const total = k * a + (b * k * (k - 1)) / 2;
    itl.addRamp(a, b, k, countD);
    const before = used;
    let growth = 0;
    let cycle = 0;
    for (let j = 0; j < bs; j++) cycle += decodeGrowth(S + j);
    const full = Math.floor(k / bs);
    growth = full * cycle;
    for (let j = full * bs; j < k; j++) growth += decodeGrowth(S + j);
    used += growth;
    runningTime += countD * total;
    kvTime += ((before + used) / 2 / capacity) * total;
    if (used > peakKv) peakKv = used;
    steps += k;
    S += k;
    t += total;
    if (hasWindows) settleWindows();
    settleFinishes();
  };

  while (finished < n) {
    admitArrivals();
    const runningNow = countD + prefilling.length;
    if (runningNow === 0 && waitingCount() === 0) {
      if (nextTimed >= timedLimit) break;
      t = arrival[nextTimed];
      continue;
    }
    if (t > maxTime) break;

    const k = decodeRunLength();
    if (k > 1) {
      advanceDecodeRun(k);
      continue;
    }

    // ---- One regular step. ----
    if (hasWindows) settleWindows();
    let preempted = false;
    decodeAllocated = false;
    // Decodes first: each may need a new block.
    let growth = decodeGrowth(S);
    while (countD > 0 && used + growth > capacity) {
      const victim = lastRunning();
      preempt(victim);
      preempted = true;
      growth = decodeGrowth(S);
    }
    used += growth;
    decodeAllocated = true;
    let budget = budgetTotal - countD;
    sched.length = 0;
    schedNum.length = 0;
    shape.prefillTokens =
      shape.prefillSeqs =
      shape.prefillPairs =
      shape.prefillWindowPairs =
        0;
    const addChunk = (r: number, num: number) => {
      const c = computed[r];
      shape.prefillTokens += num;
      shape.prefillSeqs++;
      shape.prefillPairs += num * (c + num / 2);
      if (hasWindow)
        shape.prefillWindowPairs += num * Math.min(c + num / 2, attnWindow);
      sched.push(r);
      schedNum.push(num);
      budget -= num;
    };
    // Then partial prefills, in admission order.
    for (let i = 0; i < prefilling.length && budget > 0; i++) {
      const r = prefilling[i];
      if (phase[r] !== PREFILL) continue;
      const num = Math.min(input[r] + generated[r] - computed[r], budget);
      const extra = bytesFor(computed[r] + num) - held[r];
      let self = false;
      while (used + extra > capacity) {
        const victim = lastRunning();
        if (victim < 0) break;
        preempt(victim);
        preempted = true;
        if (victim === r) {
          self = true;
          break;
        }
      }
      if (self || used + extra > capacity) break;
      used += extra;
      held[r] += extra;
      addChunk(r, num);
    }
    // Then new admissions, unless this step preempted.
    if (!preempted) {
      while (
        budget > 0 &&
        countD + prefilling.length < maxSeqs &&
        waitingCount() > 0
      ) {
        const r = peekWaiting();
        const num = Math.min(input[r] + generated[r] - computed[r], budget);
        const extra = bytesFor(num);
        if (used + extra > capacity) break;
        popWaiting();
        if (Number.isNaN(firstScheduled[r])) firstScheduled[r] = t;
        phase[r] = PREFILL;
        prefilling.push(r);
        pushOrder(r);
        used += extra;
        held[r] = extra;
        addChunk(r, num);
      }
    }
    setDecodeShape(S);
    if (countD === 0 && sched.length === 0) {
      // Nothing fits at all (a request larger than the whole KV cache): vLLM rejects it.
      if (waitingCount() > 0) {
        const r = popWaiting();
        phase[r] = DONE;
        finished++;
        continue;
      }
      break;
    }
    const d = cost.cost(shape);
    evaluations++;
    steps++;
    runningTime += (countD + prefilling.length) * d;
    kvTime += (used / capacity) * d;
    if (used > peakKv) peakKv = used;
    if (countD > 0) itl.add(d, countD);
    t += d;
    S += 1;
    settleFinishes();
    let anyDone = false;
    for (let j = 0; j < sched.length; j++) {
      const r = sched[j];
      if (phase[r] !== PREFILL) continue;
      computed[r] += schedNum[j];
      if (computed[r] < input[r] + generated[r]) continue;
      // Prompt (or recomputation) complete: this step samples a token.
      generated[r]++;
      if (Number.isNaN(firstToken[r])) firstToken[r] = t;
      else itl.add(t - lastToken[r]);
      lastToken[r] = t;
      anyDone = true;
      const context = computed[r];
      used -= held[r];
      held[r] = 0;
      if (generated[r] >= output[r]) {
        complete(r);
      } else {
        used += bytesFor(context);
        joinDecode(r, context);
      }
    }
    if (anyDone) prefilling = prefilling.filter(r => phase[r] === PREFILL);
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
    meanRunning: runningTime / duration,
    meanKvUsage: kvTime / duration,
    peakKvUsage: peakKv / capacity,
    finished,
    timedOut: finished < n,
  };
}
