/**
 * Client-side timing against the simulator's own metrics, with the official `openai` npm SDK
 * over real HTTP. A real-time suite (run alone, `yarn test:realtime`): its 20 ms tolerance on
 * the median of seven requests between what the client and the server measure holds on an
 * idle machine, not beside other suites competing for the CPU.
 */
import OpenAI from 'openai';
import { performance } from 'node:perf_hooks';
import {
  scrape,
  startTestSimulator,
  TEST_MODEL,
  TestSimulator,
} from './__testUtils__/simulator';

describe('the simulator timed by the openai npm SDK', () => {
  let t: TestSimulator;
  let client: OpenAI;

  beforeAll(async () => {
    t = await startTestSimulator([
      '--served-model-name',
      'sim-model',
      TEST_MODEL,
      '--seed',
      '7',
    ]);
    client = new OpenAI({
      baseURL: `${t.url}/v1`,
      apiKey: 'unused',
      maxRetries: 0,
    });
    // The first request pays for the connection and for compiling the SDK's and server's code
    // paths; the timed one measures the steady state.
    const warm = await client.completions.create({
      model: 'sim-model',
      prompt: 'warm up',
      max_tokens: 5,
      stream: true,
    });
    for await (const _ of warm);
  });
  afterAll(async () => {
    await t.stop();
  });

  /** One streamed request, timed by the client and by the server's metrics around it. */
  async function timeOneRequest() {
    const before = await scrape(t.url);
    const sentAt = performance.now();
    const stream = await client.completions.create({
      model: 'sim-model',
      prompt: 'time me',
      max_tokens: 30,
      stream: true,
    });
    let firstAt = 0;
    for await (const c of stream)
      if (!firstAt && c.choices[0]?.text) firstAt = performance.now();
    const endAt = performance.now();
    const after = await scrape(t.url);
    // Before the first request a histogram has no series yet: its sum is 0.
    const sumOf = (m: typeof before, name: string) =>
      m.histograms.get(name)?.[0]?.sum ?? 0;
    const delta = (name: string) => sumOf(after, name) - sumOf(before, name);
    return {
      clientTtft: (firstAt - sentAt) / 1000,
      serverTtft: delta('vllm:time_to_first_token_seconds'),
      clientE2e: (endAt - sentAt) / 1000,
      serverE2e: delta('vllm:e2e_request_latency_seconds'),
      queue: delta('vllm:request_queue_time_seconds'),
      prefill: delta('vllm:request_prefill_time_seconds'),
      decode: delta('vllm:request_decode_time_seconds'),
      inference: delta('vllm:request_inference_time_seconds'),
    };
  }

  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  };

  it("times the first token as the client sees it (the server's TTFT and E2E include queueing)", async () => {
    // Seven requests one after another: the gap between client and server is judged by its
    // median, so one garbage-collection pause or scheduler hiccup on a 2-core machine does not
    // decide the test (a single sample once measured 23 ms where the median is a few ms).
    const runs = [];
    for (let i = 0; i < 7; i++) runs.push(await timeOneRequest());
    for (const r of runs) {
      // The client waits for everything the server counts plus the network and HTTP on
      // loopback: causality holds for every request, not only on average.
      expect(r.clientTtft).toBeGreaterThanOrEqual(r.serverTtft - 0.001);
      expect(r.clientE2e).toBeGreaterThanOrEqual(r.serverE2e - 0.001);
      // vLLM's identity: e2e = queue + prefill + decode + front-end time outside the engine.
      const parts = r.queue + r.prefill + r.decode;
      expect(r.serverE2e).toBeGreaterThan(parts);
      expect(r.serverE2e - parts).toBeCloseTo(t.sim.engine.requestOverhead, 3);
      expect(r.inference).toBeCloseTo(r.prefill + r.decode, 6);
    }
    expect(median(runs.map(r => r.clientTtft - r.serverTtft))).toBeLessThan(
      0.02,
    );
    expect(median(runs.map(r => r.clientE2e - r.serverE2e))).toBeLessThan(0.02);
  });
});
