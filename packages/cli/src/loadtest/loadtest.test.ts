/**
 * `serveplan loadtest` against a real simulator on 127.0.0.1: the command end to end (JSON with
 * predict's keys, SLO pass/fail and exit code), closed loop on the chat API, --duration, errors
 * by type, and bad input.
 */
import { Command } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import {
  parseSimulatorArgs,
  SimulatorHandle,
  startSimulator,
} from '@serveplan/simulator';
import { Writable } from 'node:stream';
import { Agent } from 'undici';
import { registerLoadtestCommand } from '../commands/loadtest';
import { ClientConfig } from './client';
import { calibratePrompts, PromptBuilder } from './prompt';
import { runLoad } from './runner';
import { evaluateSlo, readSlo } from './slo';

const MODEL = 'meta-llama/Llama-3.2-1B-Instruct';
const kb = loadKnowledgeBaseSync();
const quiet = () =>
  new Writable({
    write(_c, _e, cb) {
      cb();
    },
  });

async function simulator(extra: string[] = []): Promise<SimulatorHandle> {
  const cfg = parseSimulatorArgs([
    '--model',
    MODEL,
    '--gpu',
    'h100-sxm',
    '--max-model-len',
    '2048',
    '--host',
    '127.0.0.1',
    '--port',
    '0',
    '--shutdown-timeout',
    '2',
    ...extra,
  ]);
  return startSimulator(cfg, { kb, logStream: quiet() });
}

/** Runs the command in this process; returns what it printed and the exit code it set. */
async function loadtestCommand(
  args: string[],
): Promise<{ stdout: string; exitCode: number }> {
  const program = new Command('serveplan').exitOverride();
  registerLoadtestCommand(program);
  let stdout = '';
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'serveplan', 'loadtest', ...args]);
  } finally {
    spy.mockRestore();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = before;
  return { stdout, exitCode };
}

describe('serveplan loadtest', () => {
  let sim: SimulatorHandle;
  let dir: string;
  beforeAll(async () => {
    sim = await simulator();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serveplan-lt-'));
  });
  afterAll(async () => {
    await sim.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("prints predict's keys as JSON and checks SLOs (exit code 1 when one fails)", async () => {
    const pass = path.join(dir, 'pass.yaml');
    fs.writeFileSync(
      pass,
      'ttft_ms: { p95: 5000 }\ntpot_ms: { mean: 1000 }\nerror_rate: 0\noutput_tokens_per_s: 1\n',
    );
    const ok = await loadtestCommand([
      '--url',
      `${sim.url}/v1`,
      '--model',
      MODEL,
      '--qps',
      '40',
      '--input-tokens',
      '64',
      '--output-tokens',
      '8',
      '--requests',
      '30',
      '--json',
      '--slo',
      pass,
    ]);
    const rep = JSON.parse(ok.stdout);
    for (const k of ['ttft_ms', 'tpot_ms', 'itl_ms', 'e2e_ms'])
      expect(Object.keys(rep[k])).toEqual(['mean', 'p50', 'p90', 'p95', 'p99']);
    expect(rep.requests).toEqual({ sent: 30, completed: 30, failed: 0 });
    expect(rep.tokens.input_reported_mean).toBe(64);
    expect(rep.tokens.output_mean).toBe(8);
    expect(rep.output_tokens_per_s).toBeGreaterThan(0);
    expect(rep.requests_per_s).toBeGreaterThan(0);
    expect(rep.ttft_ms.p50).toBeGreaterThan(rep.tpot_ms.p50);
    expect(rep.server.timing).toMatch(
      /^simulated; engine=serveplan-capacity-engine/,
    );
    expect(rep.server.version).toBe('0.33.0');
    expect(rep.provenance.prompts).toMatch(
      /measured with the server's \/tokenize/,
    );
    expect(rep.slo.pass).toBe(true);
    expect(rep.slo.checks.map((c: { metric: string }) => c.metric)).toEqual([
      'ttft_ms.p95',
      'tpot_ms.mean',
      'error_rate',
      'output_tokens_per_s',
    ]);
    expect(ok.exitCode).toBe(0);

    const fail = path.join(dir, 'fail.yaml');
    fs.writeFileSync(fail, 'ttft_ms: { p50: 1 }\n');
    const bad = await loadtestCommand([
      '--url',
      sim.url,
      '--model',
      MODEL,
      '--concurrency',
      '4',
      '--input-tokens',
      '16',
      '--output-tokens',
      '4',
      '--requests',
      '8',
      '--slo',
      fail,
    ]);
    expect(bad.stdout).toMatch(/SLO .*fail\.yaml: FAIL/);
    expect(bad.stdout).toMatch(/ttft_ms\.p50 <= 1 .* FAIL/);
    expect(bad.exitCode).toBe(1);
  }, 60_000);

  it('runs closed loop on the chat API with exact prompt lengths (chat template measured)', async () => {
    const dispatcher = new Agent({ connections: 16 });
    try {
      const cal = await calibratePrompts(
        sim.url,
        MODEL,
        'chat',
        {},
        dispatcher,
      );
      expect(cal.tokensPerWord).toBe(1);
      expect(cal.templateTokens).toBe(4); // 'user:' and 'assistant:' around the message
      const client: ClientConfig = {
        base: sim.url,
        endpoint: 'chat',
        model: MODEL,
        stream: true,
        ignoreEos: true,
        headers: {},
        dispatcher,
        timeoutMs: 30_000,
      };
      const workload = {
        arrival: { kind: 'closed' as const, concurrency: 4 },
        input: { kind: 'uniform' as const, min: 20, max: 200 },
        output: { kind: 'fixed' as const, value: 6 },
        requests: 20,
        seed: 5,
      };
      const r = await runLoad(
        client,
        workload,
        2048,
        { requests: 20, maxInflight: 100 },
        new PromptBuilder(5, cal),
      );
      expect(r.completed).toBe(20);
      expect(r.promptTokensReported).toBe(r.promptTokensRequested);
      expect(r.outputTokens).toBe(120);
      expect(r.itl.count).toBe(20 * 5);
    } finally {
      await dispatcher.close();
    }
  }, 60_000);

  it('stops sending after --duration and still reports the requests in flight', async () => {
    const dispatcher = new Agent({ connections: 64 });
    try {
      const client: ClientConfig = {
        base: sim.url,
        endpoint: 'completions',
        model: MODEL,
        stream: true,
        ignoreEos: true,
        headers: {},
        dispatcher,
        timeoutMs: 30_000,
      };
      const cal = { tokensPerWord: 1, templateTokens: 0, source: 'test' };
      const workload = {
        arrival: { kind: 'constant' as const, rate: 20 },
        input: { kind: 'fixed' as const, value: 32 },
        output: { kind: 'fixed' as const, value: 10 },
        requests: 1_000_000,
        seed: 1,
      };
      const r = await runLoad(
        client,
        workload,
        2048,
        { requests: 1_000_000, durationSeconds: 1.5, maxInflight: 100 },
        new PromptBuilder(1, cal),
      );
      expect(r.sent).toBeGreaterThanOrEqual(29);
      expect(r.sent).toBeLessThanOrEqual(31);
      expect(r.completed).toBe(r.sent);
      expect(r.lag.count).toBe(r.sent);
    } finally {
      await dispatcher.close();
    }
  }, 30_000);

  it('counts errors by type', async () => {
    const faulty = await simulator([
      '--failure-rate',
      '0.3',
      '--failure-codes',
      '503,429',
      '--seed',
      '9',
    ]);
    const dispatcher = new Agent({ connections: 16 });
    try {
      const cal = { tokensPerWord: 1, templateTokens: 0, source: 'test' };
      const workload = {
        arrival: { kind: 'closed' as const, concurrency: 4 },
        input: { kind: 'fixed' as const, value: 8 },
        output: { kind: 'fixed' as const, value: 3 },
        requests: 60,
        seed: 1,
      };
      const client: ClientConfig = {
        base: faulty.url,
        endpoint: 'completions',
        model: MODEL,
        stream: true,
        ignoreEos: true,
        headers: {},
        dispatcher,
        timeoutMs: 10_000,
      };
      const r = await runLoad(
        client,
        workload,
        2048,
        { requests: 60, maxInflight: 10 },
        new PromptBuilder(1, cal),
      );
      expect(r.failed).toBeGreaterThan(5);
      expect(r.completed + r.failed).toBe(60);
      expect(Object.keys(r.errors).sort()).toEqual(['http_429', 'http_503']);
      expect(r.errors.http_503.example).toMatch(/Injected failure/);
      expect(r.errors.http_503.count + r.errors.http_429.count).toBe(r.failed);

      const refused = await runLoad(
        { ...client, base: 'http://127.0.0.1:9' },
        { ...workload, requests: 3 },
        2048,
        { requests: 3, maxInflight: 10 },
        new PromptBuilder(1, cal),
      );
      expect(refused.errors.connection_refused.count).toBe(3);
    } finally {
      await dispatcher.close();
      await faulty.shutdown();
    }
  }, 60_000);

  it('rejects bad input with a specific message', async () => {
    const run = (args: string[]) => loadtestCommand(args);
    await expect(
      run([
        '--url',
        'localhost:8000',
        '--model',
        MODEL,
        '--qps',
        '1',
        '--input-tokens',
        '8',
        '--output-tokens',
        '2',
        '--requests',
        '1',
      ]),
    ).rejects.toThrow(/--url must be/);
    await expect(
      run([
        '--url',
        sim.url,
        '--model',
        MODEL,
        '--qps',
        '1',
        '--input-tokens',
        '8',
        '--output-tokens',
        '2',
      ]),
    ).rejects.toThrow(/--requests, --duration/);
    await expect(
      run([
        '--url',
        sim.url,
        '--model',
        'nope',
        '--qps',
        '1',
        '--input-tokens',
        '8',
        '--output-tokens',
        '2',
        '--requests',
        '1',
      ]),
    ).rejects.toThrow(`the server does not serve "nope"; it serves: ${MODEL}`);
    await expect(
      run([
        '--url',
        'http://127.0.0.1:9',
        '--model',
        MODEL,
        '--qps',
        '1',
        '--input-tokens',
        '8',
        '--output-tokens',
        '2',
        '--requests',
        '1',
      ]),
    ).rejects.toThrow(/cannot reach/);
    const slo = path.join(dir, 'bad-slo.yaml');
    fs.writeFileSync(slo, 'ttft_ms: { p42: 3 }\n');
    expect(() => readSlo(slo)).toThrow(/p42/);
    expect(() => readSlo(path.join(dir, 'missing.yaml'))).toThrow(
      /cannot read it \(ENOENT\)/,
    );
    const res = evaluateSlo(
      'x',
      { requests_per_s: 10 },
      {
        ttft_ms: null,
        tpot_ms: null,
        itl_ms: null,
        e2e_ms: null,
        error_rate: 0,
        output_tokens_per_s: 0,
        requests_per_s: 3,
      },
    );
    expect(res.pass).toBe(false);
  }, 30_000);
});
