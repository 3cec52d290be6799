/**
 * `serveplan loadtest --duration`: the clock alone ends the run — no hidden cap on the number of
 * requests (there used to be one at 1,000,000, which silently shortened long runs).
 */
import { Command } from 'commander';
import { Writable } from 'node:stream';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import {
  parseSimulatorArgs,
  SimulatorHandle,
  startSimulator,
} from '@serveplan/simulator';
import { registerLoadtestCommand } from '../commands/loadtest';
import { runLoad } from './runner';

jest.mock('./runner', () => {
  const actual = jest.requireActual('./runner');
  return { ...actual, runLoad: jest.fn(actual.runLoad) };
});

const MODEL = 'meta-llama/Llama-3.2-1B-Instruct';

describe('serveplan loadtest --duration', () => {
  let sim: SimulatorHandle;
  beforeAll(async () => {
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
    ]);
    sim = await startSimulator(cfg, {
      kb: loadKnowledgeBaseSync(),
      logStream: new Writable({ write: (_c, _e, cb) => cb() }),
    });
  });
  afterAll(async () => {
    await sim.shutdown();
  });

  it('sets no request limit, only the time limit', async () => {
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
    try {
      await program.parseAsync([
        'node',
        'serveplan',
        'loadtest',
        '--url',
        sim.url,
        '--model',
        MODEL,
        '--qps',
        '20',
        '--arrival',
        'constant',
        '--input-tokens',
        '32',
        '--output-tokens',
        '4',
        '--duration',
        '0.5',
        '--json',
        '--no-progress',
      ]);
    } finally {
      spy.mockRestore();
      process.exitCode = before;
    }
    const run = jest.mocked(runLoad);
    expect(run).toHaveBeenCalledTimes(1);
    const [, workload, , limits] = run.mock.calls[0];
    expect(limits.requests).toBe(Number.POSITIVE_INFINITY);
    expect(workload.requests).toBe(Number.POSITIVE_INFINITY);
    expect(limits.durationSeconds).toBe(0.5);
    const rep = JSON.parse(stdout);
    // The report states the requests actually sent (~10 at 20/s over 0.5 s).
    expect(rep.requests.sent).toBeGreaterThanOrEqual(9);
    expect(rep.requests.sent).toBeLessThanOrEqual(11);
    expect(rep.config.workload.requests).toBe(rep.requests.sent);
  }, 30_000);
});
