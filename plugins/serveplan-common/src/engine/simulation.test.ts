import { simulate } from './simulation';
import { EngineCore } from './engineCore';
import { StepCostModel, StepShape } from './stepTime';
import { KvSizer } from './memory';
import { Rng } from './random';
import { RequestSpec } from './workload';

/** Drives the step-by-step EngineCore over the same requests (the policy in its plainest form). */
function referenceSimulate(
  requests: RequestSpec[],
  cost: StepCostModel,
  kv: KvSizer,
  maxSeqs: number,
  budgetTotal: number,
  window: number,
) {
  const core = new EngineCore(cost, kv, {
    maxNumSeqs: maxSeqs,
    maxNumBatchedTokens: budgetTotal,
    window,
  });
  const firstToken = new Array(requests.length).fill(NaN);
  const finish = new Array(requests.length).fill(NaN);
  let preemptions = 0;
  let t = 0;
  let next = 0;
  let done = 0;
  while (done < requests.length) {
    while (next < requests.length && requests[next].arrival <= t) {
      core.add({
        id: String(next),
        input: requests[next].input,
        output: requests[next].output,
      });
      next++;
    }
    const out = core.step();
    if (!out) {
      t = requests[next].arrival;
      continue;
    }
    t += out.duration;
    preemptions += out.preempted.length;
    for (const tok of out.tokens) {
      const i = Number(tok.id);
      if (tok.index === 1) firstToken[i] = t;
      if (tok.finished) {
        finish[i] = t;
        done++;
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
        : 0.004 +
          0.00002 * s.decodeSeqs +
          1e-8 * s.decodeContext +
          3e-8 * s.decodeWindowContext +
          0.00003 * s.prefillTokens +
          1e-10 * s.prefillPairs +
          2e-10 * s.prefillWindowPairs,
    requestOverhead: 0,
  };
  return c as unknown as StepCostModel;
}

function sizer(
  capacityBlocks: number,
  blockSize: number,
  windowCap: number,
): KvSizer {
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
    return {
      arrival: t,
      input: 1 + Math.floor(rng.next() * 300),
      output: 1 + Math.floor(rng.next() * 120),
    };
  });
}

describe('simulate', () => {
  const cases = [
    {
      name: 'light load, plenty of KV',
      seed: 1,
      rate: 5,
      blocks: 100000,
      window: 0,
      maxSeqs: 64,
      budget: 512,
    },
    {
      name: 'heavy load, batch cap binds',
      seed: 2,
      rate: 400,
      blocks: 100000,
      window: 0,
      maxSeqs: 16,
      budget: 256,
    },
    {
      name: 'KV pressure with preemptions',
      seed: 3,
      rate: 200,
      blocks: 120,
      window: 0,
      maxSeqs: 64,
      budget: 512,
    },
    {
      name: 'sliding-window layers',
      seed: 4,
      rate: 100,
      blocks: 400,
      window: 64,
      maxSeqs: 32,
      budget: 256,
    },
    {
      name: 'sliding windows under KV pressure',
      seed: 6,
      rate: 300,
      blocks: 90,
      window: 40,
      maxSeqs: 48,
      budget: 128,
    },
  ];

  it.each(cases)(
    'agrees exactly with the step-by-step EngineCore: $name',
    c => {
      const requests = workload(c.seed, 300, c.rate);
      const bs = 16;
      const wcap = c.window > 0 ? Math.ceil(c.window / bs) * bs + bs : 0;
      const kv = sizer(c.blocks, bs, wcap);
      const cost = fakeCost();
      const fast = simulate(requests, cost, kv, {
        maxNumSeqs: c.maxSeqs,
        maxNumBatchedTokens: c.budget,
        window: c.window,
      });
      const ref = referenceSimulate(
        requests,
        cost,
        kv,
        c.maxSeqs,
        c.budget,
        c.window,
      );
      expect(fast.finished).toBe(requests.length);
      expect(fast.totalPreemptions).toBe(ref.preemptions);
      for (let i = 0; i < requests.length; i++) {
        expect(fast.firstToken[i]).toBeCloseTo(ref.firstToken[i], 6);
        expect(fast.finish[i]).toBeCloseTo(ref.finish[i], 6);
      }
      expect(ref.preemptions > 0).toBe(c.name.includes('pressure'));
    },
  );

  it('records one inter-token gap per output token after the first', () => {
    const requests = workload(5, 200, 20);
    const sim = simulate(requests, fakeCost(), sizer(100000, 16, 0), {
      maxNumSeqs: 64,
      maxNumBatchedTokens: 512,
      window: 0,
    });
    const gaps = requests.reduce((s, r) => s + r.output - 1, 0);
    expect(sim.itl.count).toBe(gaps);
  });

  it('runs a closed loop with the given number of clients', () => {
    const requests = Array.from({ length: 100 }, () => ({
      arrival: 0,
      input: 100,
      output: 50,
    }));
    const sim = simulate(requests, fakeCost(), sizer(100000, 16, 0), {
      maxNumSeqs: 256,
      maxNumBatchedTokens: 2048,
      window: 0,
      concurrency: 8,
    });
    expect(sim.finished).toBe(100);
    expect(sim.meanRunning).toBeGreaterThan(6);
    expect(sim.meanRunning).toBeLessThanOrEqual(8.0001);
    // each client's next request starts when its previous one ends
    const sortedArrivals = [...sim.arrival].sort((a, b) => a - b);
    const sortedFinish = [...sim.finish].sort((a, b) => a - b);
    expect(sortedArrivals[8]).toBeCloseTo(sortedFinish[0], 9);
  });
});
