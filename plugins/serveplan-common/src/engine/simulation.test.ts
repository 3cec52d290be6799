import { simulate } from './simulation';
import { StepCostModel, StepShape } from './stepTime';
import { KvSizer } from './memory';
import { Rng } from './random';
import { RequestSpec } from './workload';

/**
 * A deliberately naive reference of the same scheduler semantics: every request stepped one by
 * one, no aggregates, no skipped steps. The optimized simulation must agree with it exactly.
 */
function referenceSimulate(requests: RequestSpec[], cost: StepCostModel, kv: KvSizer, maxSeqs: number, budgetTotal: number, window: number) {
  const n = requests.length;
  const computed = new Array(n).fill(0);
  const generated = new Array(n).fill(0);
  const held = new Array(n).fill(0);
  const firstToken = new Array(n).fill(NaN);
  const finish = new Array(n).fill(NaN);
  const front: number[] = [];
  const queue: number[] = [];
  let running: number[] = [];
  let t = 0;
  let used = 0;
  let next = 0;
  let done = 0;
  let preemptions = 0;
  const preempt = (r: number) => {
    used -= held[r];
    held[r] = 0;
    computed[r] = 0;
    running = running.filter(x => x !== r);
    front.push(r);
    preemptions++;
  };
  while (done < n) {
    while (next < n && requests[next].arrival <= t) queue.push(next++);
    if (running.length === 0 && front.length === 0 && queue.length === 0) {
      t = requests[next].arrival;
      continue;
    }
    const shape: StepShape = { decodeSeqs: 0, decodeContext: 0, decodeWindowContext: 0, prefillTokens: 0, prefillSeqs: 0, prefillPairs: 0, prefillWindowPairs: 0 };
    const sched: Array<[number, number]> = [];
    let preempted = false;
    const decoders = running.filter(r => generated[r] > 0 && computed[r] === requests[r].input + generated[r] - 1);
    const prefills = running.filter(r => !decoders.includes(r));
    let budget = budgetTotal;
    for (const group of [decoders, prefills]) {
      for (const r of group) {
        if (!running.includes(r) || budget <= 0) continue;
        const num = Math.min(requests[r].input + generated[r] - computed[r], budget);
        const extra = kv.bytesForTokens(computed[r] + num) - held[r];
        let self = false;
        while (used + extra > kv.capacityBytes) {
          const victim = running[running.length - 1];
          preempt(victim);
          preempted = true;
          if (victim === r) {
            self = true;
            break;
          }
        }
        if (self) break;
        used += extra;
        held[r] += extra;
        budget -= num;
        sched.push([r, num]);
        if (group === decoders) {
          shape.decodeSeqs++;
          shape.decodeContext += computed[r];
          if (window > 0) shape.decodeWindowContext += Math.min(computed[r], window);
        } else {
          shape.prefillTokens += num;
          shape.prefillSeqs++;
          shape.prefillPairs += num * (computed[r] + num / 2);
          if (window > 0) shape.prefillWindowPairs += num * Math.min(computed[r] + num / 2, window);
        }
      }
    }
    if (!preempted) {
      while (budget > 0 && running.length < maxSeqs && front.length + queue.length > 0) {
        const r = front.length > 0 ? front[front.length - 1] : queue[0];
        const num = Math.min(requests[r].input + generated[r] - computed[r], budget);
        const extra = kv.bytesForTokens(num);
        if (used + extra > kv.capacityBytes) break;
        if (front.length > 0) front.pop();
        else queue.shift();
        running.push(r);
        used += extra;
        held[r] = extra;
        budget -= num;
        sched.push([r, num]);
        shape.prefillTokens += num;
        shape.prefillSeqs++;
        shape.prefillPairs += num * (num / 2);
        if (window > 0) shape.prefillWindowPairs += num * Math.min(num / 2, window);
      }
    }
    // Decoders' schedule entries must use the context before the step (already added above).
    t += cost.cost(shape);
    for (const [r, num] of sched) {
      if (!running.includes(r)) continue;
      computed[r] += num;
      if (computed[r] === requests[r].input + generated[r]) {
        generated[r]++;
        if (Number.isNaN(firstToken[r])) firstToken[r] = t;
        if (generated[r] >= requests[r].output) {
          finish[r] = t;
          used -= held[r];
          held[r] = 0;
          running = running.filter(x => x !== r);
          done++;
        }
      }
    }
  }
  return { firstToken, finish, preemptions };
}

/** A step-cost stand-in with the real model's shape: affine in every term. */
function fakeCost(): StepCostModel {
  const c = {
    cost: (s: StepShape) =>
      s.decodeSeqs + s.prefillSeqs === 0
        ? 0
        : 0.004 + 0.00002 * s.decodeSeqs + 1e-8 * s.decodeContext + 3e-8 * s.decodeWindowContext + 0.00003 * s.prefillTokens + 1e-10 * s.prefillPairs + 2e-10 * s.prefillWindowPairs,
    requestOverhead: 0,
  };
  return c as unknown as StepCostModel;
}

function sizer(capacityBlocks: number, blockSize: number, windowCap: number): KvSizer {
  const full = 100;
  const win = windowCap > 0 ? 50 : 0;
  return {
    capacityBytes: capacityBlocks * blockSize * (full + win),
    blockBytes: blockSize * (full + win),
    blockSize,
    fullBytesPerToken: full,
    windowBytesPerToken: win,
    windowCap,
    bytesForTokens: (tokens: number) => {
      const rounded = Math.ceil(tokens / blockSize) * blockSize;
      return rounded * full + Math.min(rounded, windowCap) * win;
    },
  };
}

function workload(seed: number, n: number, rate: number): RequestSpec[] {
  const rng = new Rng(seed);
  let t = 0;
  return Array.from({ length: n }, () => {
    t += rng.exponential(rate);
    return { arrival: t, input: 1 + Math.floor(rng.next() * 300), output: 1 + Math.floor(rng.next() * 120) };
  });
}

describe('simulate', () => {
  const cases = [
    { name: 'light load, plenty of KV', seed: 1, rate: 5, blocks: 100000, window: 0, maxSeqs: 64, budget: 512 },
    { name: 'heavy load, batch cap binds', seed: 2, rate: 400, blocks: 100000, window: 0, maxSeqs: 16, budget: 256 },
    { name: 'KV pressure with preemptions', seed: 3, rate: 200, blocks: 120, window: 0, maxSeqs: 64, budget: 512 },
    { name: 'sliding-window layers', seed: 4, rate: 100, blocks: 400, window: 64, maxSeqs: 32, budget: 256 },
    { name: 'sliding windows under KV pressure', seed: 6, rate: 300, blocks: 90, window: 40, maxSeqs: 48, budget: 128 },
  ];

  it.each(cases)('agrees exactly with a naive step-by-step reference: $name', c => {
    const requests = workload(c.seed, 300, c.rate);
    const bs = 16;
    const wcap = c.window > 0 ? Math.ceil(c.window / bs) * bs + bs : 0;
    const kv = sizer(c.blocks, bs, wcap);
    const cost = fakeCost();
    const fast = simulate(requests, cost, kv, { maxNumSeqs: c.maxSeqs, maxNumBatchedTokens: c.budget, window: c.window });
    const ref = referenceSimulate(requests, cost, kv, c.maxSeqs, c.budget, c.window);
    expect(fast.finished).toBe(requests.length);
    expect(fast.totalPreemptions).toBe(ref.preemptions);
    for (let i = 0; i < requests.length; i++) {
      expect(fast.firstToken[i]).toBeCloseTo(ref.firstToken[i], 6);
      expect(fast.finish[i]).toBeCloseTo(ref.finish[i], 6);
    }
    if (c.name.includes('pressure')) expect(ref.preemptions).toBeGreaterThan(0);
  });

  it('records one inter-token gap per output token after the first', () => {
    const requests = workload(5, 200, 20);
    const sim = simulate(requests, fakeCost(), sizer(100000, 16, 0), { maxNumSeqs: 64, maxNumBatchedTokens: 512, window: 0 });
    const gaps = requests.reduce((s, r) => s + r.output - 1, 0);
    expect(sim.itl.count).toBe(gaps);
  });

  it('runs a closed loop with the given number of clients', () => {
    const requests = Array.from({ length: 100 }, () => ({ arrival: 0, input: 100, output: 50 }));
    const sim = simulate(requests, fakeCost(), sizer(100000, 16, 0), { maxNumSeqs: 256, maxNumBatchedTokens: 2048, window: 0, concurrency: 8 });
    expect(sim.finished).toBe(100);
    expect(sim.meanRunning).toBeGreaterThan(6);
    expect(sim.meanRunning).toBeLessThanOrEqual(8.0001);
    // each client's next request starts when its previous one ends
    const sortedArrivals = [...sim.arrival].sort((a, b) => a - b);
    const sortedFinish = [...sim.finish].sort((a, b) => a - b);
    expect(sortedArrivals[8]).toBeCloseTo(sortedFinish[0], 9);
  });
});
