/**
 * The proof that what a user measures is what the plan predicted: load-test the simulator (its
 * own process, real HTTP, streaming) at several Poisson rates below and near saturation, and
 * compare with `predict` for the same deployment and the same drawn requests (same seed).
 * Below saturation mean TTFT, TPOT and E2E must agree within 10 %.
 */
import { predict, Workload } from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import {
  buildSimulatorBundle,
  startSimulatorProcess,
  SimulatorProcess,
} from '@serveplan/simulator';
import { Agent } from 'undici';
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

  beforeAll(async () => {
    sim = await startSimulatorProcess(args, {
      bundle: await buildSimulatorBundle(),
    });
    dispatcher = new Agent({ connections: 256, pipelining: 1 });
  }, 120_000);
  afterAll(async () => {
    await dispatcher?.close();
    await sim?.stop();
    // eslint-disable-next-line no-console
    console.log(
      `consistency (measured vs predicted, relative error of the means):\n${rows
        .map(r => JSON.stringify(r))
        .join('\n')}`,
    );
  });

  const workloadAt = (rate: number, requests: number): Workload => ({
    arrival: { kind: 'poisson', rate },
    input: { kind: 'uniform', min: 128, max: 512 },
    output: { kind: 'uniform', min: 16, max: 48 },
    requests,
    seed: 11,
  });
  const capacity = predict(kb, { ...deployment, workload: workloadAt(1, 200) })
    .max_sustainable_qps!;

  /** Load-tests a fraction of the predicted capacity and predicts the same requests; records the comparison. */
  async function compare(fraction: number) {
    const rate = Math.round(fraction * capacity * 10) / 10;
    // About six seconds of arrivals, at least 60 requests.
    const requests = Math.max(60, Math.round(rate * 6));
    const workload = workloadAt(rate, requests);
    const p = predict(kb, { ...deployment, workload });
    const client = {
      base: sim.url,
      endpoint: 'completions' as const,
      model: MODEL,
      stream: true,
      ignoreEos: true,
      headers: {},
      dispatcher,
      timeoutMs: 60_000,
    };
    const cal = await calibratePrompts(
      sim.url,
      MODEL,
      'completions',
      {},
      dispatcher,
    );
    const r = await runLoad(
      client,
      workload,
      4096,
      { requests, maxInflight: 1000 },
      new PromptBuilder(workload.seed, cal),
    );
    const measured = {
      ttft: r.ttft.summary()!.mean,
      tpot: r.tpot.summary()!.mean,
      e2e: r.e2e.summary()!.mean,
    };
    const predicted = {
      ttft: p.ttft_ms!.mean,
      tpot: p.tpot_ms!.mean,
      e2e: p.e2e_ms!.mean,
    };
    const err = {
      ttft: (measured.ttft - predicted.ttft) / predicted.ttft,
      tpot: (measured.tpot - predicted.tpot) / predicted.tpot,
      e2e: (measured.e2e - predicted.e2e) / predicted.e2e,
    };
    const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
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
      e2e_ms: `${measured.e2e.toFixed(1)} vs ${predicted.e2e.toFixed(1)} (${pct(
        err.e2e,
      )})`,
      send_lag_p99_ms: Number(r.lag.summary()!.p99.toFixed(2)),
    });
    return { r, p, cal, measured, predicted, err, requests };
  }

  // Below saturation and near it.
  it.each([0.25, 0.55, 0.9])(
    'agrees within 10 %% at %p of the predicted capacity',
    async fraction => {
      const { r, p, cal, err, requests } = await compare(fraction);
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
