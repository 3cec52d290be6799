import { Command, Option } from 'commander';
import { ServeplanInputError } from '@serveplan/plugin-serveplan-common';
import { Agent, request } from 'undici';
import { ClientConfig } from '../loadtest/client';
import { startProgress } from '../loadtest/progress';
import { calibratePrompts, Endpoint, PromptBuilder } from '../loadtest/prompt';
import { buildReport, formatReport } from '../loadtest/report';
import { runLoad } from '../loadtest/runner';
import { evaluateSlo, readSlo } from '../loadtest/slo';
import { exactlyOne, numberArg } from './parse';
import { workloadFromOptions } from './predict';

interface LoadtestOptions {
  url: string;
  model: string;
  qps?: number;
  arrival: string;
  concurrency?: number;
  inputTokens?: number;
  inputDist?: string;
  outputTokens?: number;
  outputDist?: string;
  requests?: number;
  duration?: number;
  endpoint: Endpoint;
  stream: boolean;
  ignoreEos: boolean;
  apiKey?: string;
  timeout: number;
  maxInflight: number;
  seed: number;
  json?: boolean;
  slo?: string;
  progress: boolean;
}

/** The server's base URL without a trailing slash or /v1. */
export function baseUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ServeplanInputError(
      `--url must be an http(s) URL such as http://127.0.0.1:8000, got "${raw}"`,
      { field: 'url' },
    );
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new ServeplanInputError(
      `--url must be http or https, got "${u.protocol}"`,
      { field: 'url' },
    );
  }
  return `${u.origin}${u.pathname.replace(/\/+$/, '').replace(/\/v1$/, '')}`;
}

async function getJson(
  url: string,
  headers: Record<string, string>,
  dispatcher: Agent,
): Promise<{ status: number; json: any; headers: Record<string, unknown> }> {
  const res = await request(url, {
    headers,
    dispatcher,
    headersTimeout: 15_000,
    bodyTimeout: 15_000,
  });
  const text = await res.body.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return {
    status: res.statusCode,
    json,
    headers: res.headers as Record<string, unknown>,
  };
}

export function registerLoadtestCommand(program: Command) {
  program
    .command('loadtest')
    .description(
      'load-test an OpenAI-compatible server (vLLM, the simulator, ...): TTFT, TPOT, ITL, E2E, throughput, errors, SLOs',
    )
    .requiredOption(
      '--url <url>',
      'server base URL, e.g. http://127.0.0.1:8000',
    )
    .requiredOption('--model <name>', 'model name as the server serves it')
    .option('--qps <r>', 'open loop: requests per second', numberArg('--qps'))
    .option(
      '--arrival <kind>',
      'open-loop arrivals: poisson | gamma:CV | constant',
      'poisson',
    )
    .option(
      '--concurrency <c>',
      'closed loop: concurrent clients',
      numberArg('--concurrency', { integer: true, min: 1, max: 100_000 }),
    )
    .option(
      '--input-tokens <n>',
      'fixed prompt length',
      numberArg('--input-tokens', { integer: true, min: 1 }),
    )
    .option(
      '--input-dist <spec>',
      'prompt lengths: N | uniform:MIN:MAX | normal:MEAN:STD | lognormal:MEAN:STD | empirical:N1,N2,...',
    )
    .option(
      '--output-tokens <n>',
      'fixed output length (max_tokens)',
      numberArg('--output-tokens', { integer: true, min: 1 }),
    )
    .option(
      '--output-dist <spec>',
      'output lengths (same forms as --input-dist)',
    )
    .option(
      '--requests <n>',
      'send this many requests',
      numberArg('--requests', { integer: true, min: 1, max: 1_000_000 }),
    )
    .option(
      '--duration <s>',
      'send requests for this many seconds',
      numberArg('--duration', { min: 0.1, max: 7 * 86400 }),
    )
    .addOption(
      new Option('--endpoint <api>', 'API to call')
        .choices(['completions', 'chat'])
        .default('completions'),
    )
    .option('--no-stream', 'non-streaming requests (only E2E can be measured)')
    .option(
      '--no-ignore-eos',
      "do not send vLLM's ignore_eos (for servers that reject unknown fields); outputs may then be shorter",
    )
    .option('--api-key <key>', 'bearer token (default $OPENAI_API_KEY)')
    .option(
      '--timeout <s>',
      'per-request timeout in seconds (the whole request, a stream included)',
      numberArg('--timeout', { min: 1, max: 86400 }),
      600,
    )
    .option(
      '--max-inflight <n>',
      'open loop: most requests in flight at once',
      numberArg('--max-inflight', { integer: true, min: 1, max: 100_000 }),
      10_000,
    )
    .option(
      '--seed <s>',
      'random seed (the same as predict draws the same requests)',
      numberArg('--seed', { integer: true }),
      42,
    )
    .option(
      '--slo <file>',
      'objectives to check (YAML/JSON); exit code 1 when one fails',
    )
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print one JSON object')
    .action(async (opts: LoadtestOptions) => {
      exactlyOne(
        opts as unknown as Record<string, unknown>,
        ['requests', 'duration'],
        'how long to run',
      );
      const workload = workloadFromOptions({
        ...opts,
        engine: 'vllm',
        gpu: '',
        offline: undefined,
        // With --duration only the clock stops the run, however many requests that is (the
        // statistics stream into bounded memory, and requests are drawn one at a time).
        requests: opts.requests ?? Number.POSITIVE_INFINITY,
      });
      const slo = opts.slo ? readSlo(opts.slo) : undefined;
      const base = baseUrl(opts.url);
      const apiKey = opts.apiKey ?? process.env.OPENAI_API_KEY;
      const headers: Record<string, string> = apiKey
        ? { authorization: `Bearer ${apiKey}` }
        : {};
      const concurrency =
        workload.arrival.kind === 'closed'
          ? workload.arrival.concurrency
          : opts.maxInflight;
      const dispatcher = new Agent({
        connections: concurrency + 8,
        keepAliveTimeout: 30_000,
        pipelining: 1,
      });
      try {
        let models;
        try {
          models = await getJson(`${base}/v1/models`, headers, dispatcher);
        } catch (e) {
          throw new ServeplanInputError(
            `cannot reach ${base}/v1/models: ${(e as Error).message}`,
            { field: 'url' },
          );
        }
        if (models.status !== 200) {
          throw new ServeplanInputError(
            `${base}/v1/models answered HTTP ${models.status}; is this an OpenAI-compatible server (and the API key right)?`,
            { field: 'url' },
          );
        }
        const served: Array<{ id?: string; max_model_len?: number }> =
          Array.isArray(models.json?.data) ? models.json.data : [];
        const entry = served.find(m => m.id === opts.model);
        if (served.length > 0 && !entry) {
          throw new ServeplanInputError(
            `the server does not serve "${opts.model}"; it serves: ${served
              .map(m => m.id)
              .join(', ')}`,
            { field: 'model' },
          );
        }
        const maxModelLen =
          typeof entry?.max_model_len === 'number' ? entry.max_model_len : null;
        let version: string | null = null;
        try {
          const v = await getJson(`${base}/version`, headers, dispatcher);
          if (v.status === 200 && typeof v.json?.version === 'string')
            version = v.json.version;
        } catch {
          // optional
        }
        const calibration = await calibratePrompts(
          base,
          opts.model,
          opts.endpoint,
          headers,
          dispatcher,
        );
        const client: ClientConfig = {
          base,
          endpoint: opts.endpoint,
          model: opts.model,
          stream: opts.stream,
          ignoreEos: opts.ignoreEos,
          headers,
          dispatcher,
          timeoutMs: opts.timeout * 1000,
        };
        const progress =
          opts.progress && process.stderr.isTTY
            ? startProgress(
                opts.duration ?? workload.requests,
                opts.duration !== undefined,
              )
            : undefined;
        const startedAt = new Date();
        const result = await runLoad(
          client,
          workload,
          maxModelLen ?? Number.MAX_SAFE_INTEGER,
          {
            requests: workload.requests,
            durationSeconds: opts.duration,
            maxInflight: opts.maxInflight,
          },
          new PromptBuilder(opts.seed, calibration),
          p => progress?.update(p),
        );
        progress?.stop();
        const report = buildReport(result, {
          url: base,
          model: opts.model,
          endpoint: opts.endpoint,
          stream: opts.stream,
          ignoreEos: opts.ignoreEos,
          workload:
            opts.duration !== undefined
              ? { ...workload, requests: result.sent }
              : workload,
          durationLimit: opts.duration,
          maxModelLen,
          calibration,
          serverVersion: version,
          serverTiming: result.serverTiming,
          startedAt,
        });
        if (slo) report.slo = evaluateSlo(opts.slo!, slo, report);
        process.stdout.write(
          opts.json
            ? `${JSON.stringify(report, null, 2)}\n`
            : formatReport(report),
        );
        if ((report.slo && !report.slo.pass) || report.requests.completed === 0)
          process.exitCode = 1;
      } finally {
        await dispatcher.close();
      }
    });
}
