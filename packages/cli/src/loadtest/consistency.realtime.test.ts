/**
 * The proof that what a user measures is what the plan predicted: load-test the simulator (its
 * own process, real HTTP, streaming) at several Poisson rates below and near saturation, and
 * compare with `predict` for the same deployment and the same drawn requests (same seed).
 * Below saturation mean TTFT, TPOT and E2E must agree within 10 %.
 *
 * What the client measures includes one thing `predict` cannot know: this machine's loopback
 * transport (the request reaching the simulator's handler, the first chunk coming back). The
 * fitted request overhead already holds the transport of the benchmark client the calibration
 * rows were measured with; the simulator's own HTTP path is real time on top of it. So the
 * transport is measured here, on an idle engine (client TTFT minus the simulator's own
 * vllm:time_to_first_token_seconds, median of 21 requests), and added to the predicted TTFT and
 * E2E before comparing. Under load the transport grows on a small machine, which this does not
 * remove: each row prints the simulator's own mean TTFT beside the client's, so the two parts
 * of a difference can be told apart. Both processes are warmed up first, so the first rate does
 * not measure the JIT compiler.
 */
import { predict, Workload } from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import {
  buildSimulatorBundle,
  startSimulatorProcess,
  SimulatorProcess,
} from '@serveplan/simulator';
import { Agent, request } from 'undici';
import { calibratePrompts, PromptBuilder } from './prompt';
import { runLoad } from './runner';
import { sendRequest } from './client';

// An 8B model on an A100 with 16 sequences: steps of ~10 ms (decode) to ~40 ms (prefill), so
// a millisecond of timer or HTTP jitter is small next to what is measured; saturation near 25
// req/s. The rates are set from the predicted capacity, so a recalibration keeps them in place.
const MODEL = 'meta-llama/Llama-3.1-8B-Instruct';
/**
 * A send lag (client lateness against its own Poisson schedule) at p99 above which the machine
 * was too busy to time a first token of under 100 ms to 10 %; on an idle machine it is a few ms.
 */
const BUSY_HOST_LAG_MS = 20;
const deployment = {
  model: MODEL,
  gpu: 'a100-80gb-sxm',
  maxNumSeqs: 16,
  maxModelLen: 4096,
};
const args = [
  '--model',
  MODEL,
  '--gpu',
  'a100-80gb-sxm',
  '--max-num-seqs',
  '16',
  '--max-model-len',
  '4096',
  '--log-level',
  'info',
];

describe('loadtest against the simulator agrees with predict', () => {
  let sim: SimulatorProcess;
  let dispatcher: Agent;
  const kb = loadKnowledgeBaseSync();
  const rows: Array<Record<string, string | number>> = [];
  /** Median transport time of a first token on this machine's loopback, ms. */
  let transportMs = 0;

  /** The simulator's TTFT histogram so far: sum (seconds) and count. */
  async function serverTtft(): Promise<{ sum: number; count: number }> {
    const text = await (
      await request(`${sim.url}/metrics`, { dispatcher })
    ).body.text();
    const read = (part: string) =>
      Number(
        new RegExp(
          `^vllm:time_to_first_token_seconds_${part}(?:\\{[^}]*\\})? (\\S+)$`,
          'm',
        ).exec(text)?.[1] ?? 0,
      );
    return { sum: read('sum'), count: read('count') };
  }

  const workloadAt = (rate: number, requests: number): Workload => ({
    arrival: { kind: 'poisson', rate },
    input: { kind: 'uniform', min: 128, max: 512 },
    output: { kind: 'uniform', min: 16, max: 48 },
    requests,
    seed: 11,
  });
  const capacity = predict(kb, { ...deployment, workload: workloadAt(1, 200) })
    .max_sustainable_qps!;

  const client = () => ({
    base: sim.url,
    endpoint: 'completions' as const,
    model: MODEL,
    stream: true,
    ignoreEos: true,
    headers: {},
    dispatcher,
    timeoutMs: 60_000,
  });

  /** Load-tests a fraction of the predicted capacity and predicts the same requests; records the comparison. */
  async function compare(fraction: number, opts = { record: true }) {
    const rate = Math.round(fraction * capacity * 10) / 10;
    // About six seconds of arrivals, at least 60 requests.
    const requests = Math.max(60, Math.round(rate * 6));
    const workload = workloadAt(rate, requests);
    const p = predict(kb, { ...deployment, workload });
    const cal = await calibratePrompts(
      sim.url,
      MODEL,
      'completions',
      {},
      dispatcher,
    );
    const serverBefore = await serverTtft();
    const r = await runLoad(
      client(),
      workload,
      4096,
      { requests, maxInflight: 1000 },
      new PromptBuilder(workload.seed, cal),
    );
    const serverAfter = await serverTtft();
    const serverMeanTtft =
      (1000 * (serverAfter.sum - serverBefore.sum)) /
      (serverAfter.count - serverBefore.count);
    const measured = {
      ttft: r.ttft.summary()!.mean,
      tpot: r.tpot.summary()!.mean,
      e2e: r.e2e.summary()!.mean,
    };
    const predicted = {
      ttft: p.ttft_ms!.mean + transportMs,
      tpot: p.tpot_ms!.mean,
      e2e: p.e2e_ms!.mean + transportMs,
    };
    const err = {
      ttft: (measured.ttft - predicted.ttft) / predicted.ttft,
      tpot: (measured.tpot - predicted.tpot) / predicted.tpot,
      e2e: (measured.e2e - predicted.e2e) / predicted.e2e,
    };
    const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
    if (opts.record)
      rows.push({
        rate,
        fraction_of_capacity: fraction,
        saturated_by_predict: String(p.saturated),
        max_sustainable_qps: Number(p.max_sustainable_qps!.toFixed(1)),
        ttft_ms: `${measured.ttft.toFixed(1)} vs ${predicted.ttft.toFixed(
          1,
        )} (${pct(err.ttft)})`,
        tpot_ms: `${measured.tpot.toFixed(2)} vs ${predicted.tpot.toFixed(
          2,
        )} (${pct(err.tpot)})`,
        e2e_ms: `${measured.e2e.toFixed(1)} vs ${predicted.e2e.toFixed(
          1,
        )} (${pct(err.e2e)})`,
        server_ttft_ms: Number(serverMeanTtft.toFixed(1)),
        send_lag_p99_ms: Number(r.lag.summary()!.p99.toFixed(2)),
        transport_ms: Number(transportMs.toFixed(2)),
      });
    return { r, p, cal, measured, predicted, err, requests };
  }

  beforeAll(async () => {
    sim = await startSimulatorProcess(args, {
      bundle: await buildSimulatorBundle(),
    });
    dispatcher = new Agent({ connections: 256, pipelining: 1 });
    // Warm-up load, not measured: compiles both processes' request paths and opens connections.
    await compare(0.5, { record: false });
    // The transport: one request at a time on an idle engine, the client's TTFT minus the
    // simulator's own (its vllm:time_to_first_token_seconds, counted from when its handler got
    // the request).
    const gaps: number[] = [];
    for (let i = 0; i < 21; i++) {
      const before = await serverTtft();
      const o = await sendRequest(client(), 'one two three', 4, () => {});
      const server = (await serverTtft()).sum - before.sum;
      if (!o.ok) throw new Error(`transport probe failed: ${o.errorMessage}`);
      gaps.push(o.firstTokenAt! - o.sentAt - server * 1000);
      await new Promise(done => setTimeout(done, 100));
    }
    transportMs = gaps.sort((a, b) => a - b)[10];
  }, 120_000);
  afterAll(async () => {
    await dispatcher?.close();
    await sim?.stop();
    // eslint-disable-next-line no-console
    console.log(
      `consistency (measured vs predicted plus the idle transport, relative error of the means):\n${rows
        .map(r => JSON.stringify(r))
        .join('\n')}`,
    );
  });

  // Below saturation and near it.
  it.each([0.25, 0.55, 0.9])(
    'agrees within 10 %% at %p of the predicted capacity',
    async fraction => {
      let run = await compare(fraction);
      // The client's own lateness in sending is the measure of how busy this machine was: past
      // BUSY_HOST_LAG_MS at p99 it also delays the first tokens it times (and the simulator's
      // timers), by as much as the 10 % under test. Such a run is measured once more, and the
      // second run is judged; both are printed.
      if (run.r.lag.summary()!.p99 > BUSY_HOST_LAG_MS)
        run = await compare(fraction);
      const { r, p, cal, err, requests } = run;
      expect(cal.tokensPerWord).toBe(1);
      expect(r.failed).toBe(0);
      expect(r.completed).toBe(requests);
      // The requests sent are the ones predict simulated: same lengths, counted by the server.
      expect(r.promptTokensReported).toBe(r.promptTokensRequested);
      expect(r.outputTokens).toBe(r.outputTokensRequested);
      expect(p.saturated).toBe(false);
      expect(Math.abs(err.ttft)).toBeLessThan(0.1);
      expect(Math.abs(err.tpot)).toBeLessThan(0.1);
      expect(Math.abs(err.e2e)).toBeLessThan(0.1);
    },
    120_000,
  );

  it('shows the same regime beyond saturation (1.25 x the predicted capacity)', async () => {
    const { r, p, measured, predicted, requests } = await compare(1.25);
    expect(r.completed).toBe(requests);
    expect(p.saturated).toBe(true);
    // The queue grows through the run and amplifies any difference; the regime must match.
    expect(measured.e2e).toBeGreaterThan(predicted.e2e * 0.5);
    expect(measured.e2e).toBeLessThan(predicted.e2e * 2);
    expect(measured.ttft).toBeGreaterThan(predicted.ttft * 0.5);
    expect(measured.ttft).toBeLessThan(predicted.ttft * 2);
  }, 120_000);
});
