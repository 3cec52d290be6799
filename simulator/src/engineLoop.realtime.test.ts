import {
  EngineCore,
  KvSizer,
  Rng,
  StepCostModel,
  StepShape,
} from '@serveplan/plugin-serveplan-common';
import { performance } from 'node:perf_hooks';
import { EngineLoop } from './engineLoop';

/** An affine step cost of a few milliseconds (the real model's shape, small numbers). */
function cost(): StepCostModel {
  const c = {
    cost: (s: StepShape) =>
      s.decodeSeqs + s.prefillSeqs === 0
        ? 0
        : 0.002 +
          0.00005 * s.decodeSeqs +
          2e-8 * s.decodeContext +
          0.000004 * s.prefillTokens,
    requestOverhead: 0,
  };
  return c as unknown as StepCostModel;
}

function sizer(blocks: number): KvSizer {
  const bs = 16;
  return {
    capacityBytes: blocks * bs * 100,
    blockBytes: bs * 100,
    blockSize: bs,
    fullBytesPerToken: 100,
    windowBytesPerToken: 0,
    windowCap: 0,
    bytesForTokens: (t: number) => Math.ceil(t / bs) * bs * 100,
  };
}

interface Req {
  arrival: number;
  input: number;
  output: number;
}

/** The offline schedule: the same EngineCore stepped on a virtual clock (as the fast simulation does). */
function offline(
  reqs: Req[],
  opts: { maxNumSeqs: number; maxNumBatchedTokens: number },
  blocks: number,
  overheadMs: number,
) {
  const core = new EngineCore(cost(), sizer(blocks), { ...opts, window: 0 });
  const times = reqs.map(() => [] as number[]);
  let t = 0;
  let next = 0;
  let done = 0;
  let preempted = 0;
  while (done < reqs.length) {
    while (next < reqs.length && reqs[next].arrival + overheadMs <= t) {
      core.add({
        id: String(next),
        input: reqs[next].input,
        output: reqs[next].output,
      });
      next++;
    }
    const out = core.step();
    if (!out) {
      t = reqs[next].arrival + overheadMs;
      continue;
    }
    preempted += out.preempted.length;
    t += out.duration * 1000;
    for (const tok of out.tokens) {
      times[Number(tok.id)].push(t);
      if (tok.finished) done++;
    }
  }
  return { times, preempted };
}

async function realtime(
  reqs: Req[],
  opts: { maxNumSeqs: number; maxNumBatchedTokens: number },
  blocks: number,
  overheadMs: number,
) {
  const loop = new EngineLoop(
    new EngineCore(cost(), sizer(blocks), { ...opts, window: 0 }),
    { overheadMs, spinMs: 1 },
  );
  const t0 = performance.now() + 20;
  const scheduled = reqs.map(() => [] as number[]);
  const actual = reqs.map(() => [] as number[]);
  let preempted = 0;
  await new Promise<void>(resolve => {
    let done = 0;
    reqs.forEach((r, i) => {
      loop.submit(
        String(i),
        r.input,
        r.output,
        {
          onScheduled() {},
          onPreempted() {
            preempted++;
          },
          onToken(_index, finished, at, now) {
            scheduled[i].push(at - t0);
            actual[i].push(now - t0);
            if (finished && ++done === reqs.length) resolve();
          },
        },
        t0 + r.arrival,
      );
    });
  });
  loop.close();
  return { scheduled, actual, preempted, stats: loop.stats };
}

function poisson(
  n: number,
  ratePerMs: number,
  seed: number,
  input: [number, number],
  output: [number, number],
): Req[] {
  const rng = new Rng(seed);
  let t = 0;
  return Array.from({ length: n }, () => {
    t += rng.exponential(ratePerMs);
    return {
      arrival: t,
      input: input[0] + Math.floor(rng.next() * (input[1] - input[0])),
      output: output[0] + Math.floor(rng.next() * (output[1] - output[0])),
    };
  });
}

describe('EngineLoop', () => {
  it('keeps exactly the offline schedule in real time (queueing, chunked prefill, batching)', async () => {
    const reqs = poisson(60, 0.12, 7, [20, 600], [5, 40]);
    const opts = { maxNumSeqs: 8, maxNumBatchedTokens: 256 };
    const ref = offline(reqs, opts, 100_000, 3);
    const rt = await realtime(reqs, opts, 100_000, 3);
    for (let i = 0; i < reqs.length; i++) {
      expect(rt.scheduled[i].length).toBe(reqs[i].output);
      for (let k = 0; k < reqs[i].output; k++)
        expect(rt.scheduled[i][k]).toBeCloseTo(ref.times[i][k], 6);
    }
    // Tokens go out when their step ends: never early, and late by little. (Bounds generous for
    // a CI machine running other suites at once; runSimulatorBench measures the precision.)
    const lateness = rt.actual.flatMap((a, i) =>
      a.map((v, k) => v - rt.scheduled[i][k]),
    );
    expect(Math.min(...lateness)).toBeGreaterThanOrEqual(0);
    lateness.sort((a, b) => a - b);
    expect(lateness[Math.floor(0.5 * lateness.length)]).toBeLessThan(10);
    expect(lateness[Math.floor(0.99 * lateness.length)]).toBeLessThan(50);
  }, 30_000);

  it('does not let timer lateness accumulate over a long stream', async () => {
    // One request of 400 tokens at ~2 ms per step: 800 ms of steps. A loop that slept each
    // step's duration from when it actually woke would drift by 400 timer overshoots (~400 ms).
    const reqs = [{ arrival: 0, input: 10, output: 400 }];
    const opts = { maxNumSeqs: 4, maxNumBatchedTokens: 64 };
    const ref = offline(reqs, opts, 10_000, 0);
    const rt = await realtime(reqs, opts, 10_000, 0);
    const last = rt.actual[0][399];
    expect(ref.times[0][399]).toBeGreaterThan(700);
    expect(last - ref.times[0][399]).toBeLessThan(50);
    expect(last - ref.times[0][399]).toBeGreaterThanOrEqual(0);
  }, 30_000);

  it('preempts when the KV cache runs out, as the offline schedule does', async () => {
    const reqs = poisson(20, 0.5, 3, [100, 200], [50, 120]);
    const opts = { maxNumSeqs: 16, maxNumBatchedTokens: 512 };
    const ref = offline(reqs, opts, 60, 0);
    const rt = await realtime(reqs, opts, 60, 0);
    expect(ref.preempted).toBeGreaterThan(0);
    expect(rt.preempted).toBe(ref.preempted);
    for (let i = 0; i < reqs.length; i++)
      expect(rt.scheduled[i].at(-1)).toBeCloseTo(ref.times[i].at(-1)!, 6);
  }, 30_000);

  it('drops an aborted request and keeps serving the others', async () => {
    const loop = new EngineLoop(
      new EngineCore(cost(), sizer(10_000), {
        maxNumSeqs: 4,
        maxNumBatchedTokens: 64,
        window: 0,
      }),
      { overheadMs: 0, spinMs: 1 },
    );
    const got: Record<string, number> = { a: 0, b: 0 };
    await new Promise<void>(resolve => {
      const sink = (id: string) => ({
        onScheduled() {},
        onPreempted() {},
        onToken(index: number, finished: boolean) {
          got[id] = index;
          if (id === 'a' && index === 3) loop.abort('a');
          if (finished) resolve();
        },
      });
      loop.submit('a', 10, 50, sink('a'));
      loop.submit('b', 10, 20, sink('b'));
    });
    loop.close();
    expect(got.a).toBe(3);
    expect(got.b).toBe(20);
    expect(loop.running).toBe(0);
    expect(loop.kvUsage).toBe(0);
  });
});
