/**
 * The proof that what a user measures is what the plan predicted: load-test the simulator (its
 * own process, real HTTP, streaming) at several Poisson rates below and near saturation, and
 * compare with `predict` for the same deployment and the same drawn requests (same seed).
 * Below saturation mean TTFT, TPOT and E2E must agree within 10 %.
 *
 * What the client measures includes one thing `predict` cannot know: this machine's delivery
 * time (the request reaching the simulator's handler, the first chunk coming back). The fitted
 * request overhead already holds the transport of the benchmark client the calibration rows were
 * measured with; the simulator's own HTTP path is real time on top of it. On this machine that
 * time is not a constant: a process that has been idle for a few hundred milliseconds takes
 * 3-9 ms longer to handle its next request (measured with a bare Node HTTP server, no simulator
 * involved), so it depends on the load's own gaps and drifts with the host. A one-off idle
 * measurement of it, used before, was wrong by up to 12 ms at the lowest rate, as much as the
 * 10 % under test. So it is measured during each run: a second stream of requests the engine
 * never sees (GET /health, Poisson at the load's rate) is timed by the same client, and its mean
 * round trip is added to the predicted TTFT and E2E. Poisson arrivals see the machine's time
 * average (PASTA), so both streams meet the same idle gaps. Each row prints the simulator's own
 * mean TTFT beside the client's, so a difference can be told apart into engine and delivery.
 * Both processes are warmed up first, so the first rate does not measure the JIT compiler.
 */
import { predict, Rng, Workload } from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import {
  buildSimulatorBundle,
  startSimulatorProcess,
  SimulatorProcess,
} from '@serveplan/simulator';
import { Agent, request } from 'undici';
import { calibratePrompts, PromptBuilder } from './prompt';
import { runLoad } from './runner';

// An 8B model on an A100 with 16 sequences: steps of ~10 ms (decode) to ~40 ms (prefill), so
// a millisecond of timer or HTTP jitter is small next to what is measured; saturation near 25
// req/s. The rates are set from the predicted capacity, so a recalibration keeps them in place.
const MODEL = 'meta-llama/Llama-3.1-8B-Instruct';
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

  /**
   * Round trips (ms) of GET /health sent as a Poisson stream at `rate` until `until` settles:
   * this machine's delivery time during a run, from requests the engine never sees.
   */
  async function deliveryDuring(
    rate: number,
    until: Promise<unknown>,
  ): Promise<number[]> {
    let running = true;
    until.then(
      () => (running = false),
      () => (running = false),
    );
    const rng = new Rng(Math.round(rate * 1000) ^ 0x5eed);
    const trips: Array<Promise<number>> = [];
    const trip = async () => {
      const sentAt = performance.now();
      const res = await request(`${sim.url}/health`, { dispatcher });
      await res.body.text();
      if (res.statusCode !== 200)
        throw new Error(`GET /health answered ${res.statusCode}`);
      return performance.now() - sentAt;
    };
    while (running) {
      const gapMs = (-Math.log(1 - rng.next()) / rate) * 1000;
      await new Promise(done => setTimeout(done, gapMs));
      if (running) trips.push(trip());
    }
    return Promise.all(trips);
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
    const load = runLoad(
      client(),
      workload,
      4096,
      { requests, maxInflight: 1000 },
      new PromptBuilder(workload.seed, cal),
    );
    const [r, trips] = await Promise.all([load, deliveryDuring(rate, load)]);
    const serverAfter = await serverTtft();
    const serverMeanTtft =
      (1000 * (serverAfter.sum - serverBefore.sum)) /
      (serverAfter.count - serverBefore.count);
    const deliveryMs = trips.reduce((a, b) => a + b, 0) / trips.length;
    const measured = {
      ttft: r.ttft.summary()!.mean,
      tpot: r.tpot.summary()!.mean,
      e2e: r.e2e.summary()!.mean,
    };
    const predicted = {
      ttft: p.ttft_ms!.mean + deliveryMs,
      tpot: p.tpot_ms!.mean,
      e2e: p.e2e_ms!.mean + deliveryMs,
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
        delivery_ms: Number(deliveryMs.toFixed(2)),
        delivery_probes: trips.length,
      });
    return { r, p, cal, measured, predicted, err, requests, trips };
  }

  beforeAll(async () => {
    sim = await startSimulatorProcess(args, {
      bundle: await buildSimulatorBundle(),
    });
    dispatcher = new Agent({ connections: 256, pipelining: 1 });
    // Warm-up load, not measured: compiles both processes' request paths and opens connections.
    await compare(0.5, { record: false });
  }, 120_000);
  afterAll(async () => {
    await dispatcher?.close();
    await sim?.stop();
    // eslint-disable-next-line no-console
    console.log(
      `consistency (measured vs predicted plus the delivery time measured during the run, relative error of the means):\n${rows
        .map(r => JSON.stringify(r))
        .join('\n')}`,
    );
  });

  // Below saturation and near it.
  it.each([0.25, 0.55, 0.9])(
    'agrees within 10 %% at %p of the predicted capacity',
    async fraction => {
      const { r, p, cal, err, requests, trips } = await compare(fraction);
      expect(cal.tokensPerWord).toBe(1);
      expect(r.failed).toBe(0);
      expect(r.completed).toBe(requests);
      // The requests sent are the ones predict simulated: same lengths, counted by the server.
      expect(r.promptTokensReported).toBe(r.promptTokensRequested);
      expect(r.outputTokens).toBe(r.outputTokensRequested);
      expect(p.saturated).toBe(false);
      // Enough delivery probes for their mean (one per load request on average).
      expect(trips.length).toBeGreaterThan(requests / 2);
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
