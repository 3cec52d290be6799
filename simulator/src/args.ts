/**
 * Command-line flags with vLLM's names (`vllm serve` / the OpenAI API server), so one Kubernetes
 * manifest runs the real vLLM image or the simulator image with only the image changed; plus the
 * simulator's own flags. vLLM flags the simulator has no use for are accepted and logged.
 *
 * Forms accepted as vLLM's argparse does: `--flag value`, `--flag=value`, underscores for dashes
 * (`--max_model_len`), the model as the first positional argument (`vllm serve MODEL`), `-tp N`,
 * human-readable lengths for --max-model-len (`32k`, `1M`) and `--no-<flag>` for booleans.
 */
import {
  Precision,
  ServeplanInputError,
} from '@serveplan/plugin-serveplan-common';

export interface SimulatorConfig {
  /** The model: Hugging Face id or serveplan alias (must be in the knowledge base). */
  model: string;
  /** Names the API answers to (the first is used in responses and metrics). */
  servedModelNames: string[];
  host: string;
  port: number;
  gpu: string;
  tp?: number;
  precision?: Precision;
  maxModelLen?: number;
  maxNumSeqs?: number;
  maxNumBatchedTokens?: number;
  gpuMemoryUtilization?: number;
  blockSize?: number;
  kvCacheDtype?: 'auto' | 'fp8';
  apiKey?: string;
  /** vLLM --enable-force-include-usage: usage in every streamed response. */
  forceIncludeUsage: boolean;
  /** vLLM --max-num-queued-reqs: waiting requests beyond which new ones are refused. */
  maxNumQueuedReqs?: number;
  /** Status for a full queue: 503 as vLLM, or 429 as llm-d-inference-sim. */
  queueFullStatus: 429 | 503;
  seed: number;
  responseMode: 'filler' | 'echo';
  /** Output length (a length spec) when a request sets no max_tokens: where the model "stops". */
  naturalOutputTokens: string;
  /** Fraction of requests failed on purpose, with statuses drawn from failureCodes. */
  failureRate: number;
  failureCodes: number[];
  /** Seconds before the port opens (vLLM binds only after loading the model). */
  startupDelay: number;
  /** Seconds after the port opens during which /health and the API answer 503 (slow readiness). */
  readyDelay: number;
  /** Seconds to let streams finish after SIGTERM before aborting them. */
  shutdownTimeout: number;
  maxRequestBodyBytes: number;
  /** Most bytes of text held for one stream whose client reads too slowly; beyond, it is aborted. */
  maxStreamBacklogBytes: number;
  /** Write the tokenizer as Hugging Face files into this folder at startup. */
  exportTokenizer?: string;
  /** Milliseconds before a step's end at which the engine loop stops sleeping and polls (timer precision). */
  timerSpinMs: number;
  kbDir?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** vLLM flags accepted without effect, for the startup log. */
  ignored: string[];
  /** Flags whose value came from a default rather than the command line. */
  defaulted: string[];
  help: boolean;
}

/** Thrown for a bad command line; the message names the flag. */
export class SimulatorArgsError extends ServeplanInputError {}

type Kind = 'string' | 'int' | 'number' | 'bool' | 'list';

interface FlagSpec {
  kind: Kind;
  key?: keyof SimulatorConfig;
  help?: string;
  /** Simulator-only flag (not vLLM's). */
  sim?: boolean;
  choices?: string[];
}

const FLAGS: Record<string, FlagSpec> = {
  model: {
    kind: 'string',
    key: 'model',
    help: 'model to simulate (Hugging Face id or alias in the knowledge base)',
  },
  'served-model-name': {
    kind: 'list',
    key: 'servedModelNames',
    help: 'names the API serves the model as (default: --model)',
  },
  host: {
    kind: 'string',
    key: 'host',
    help: 'address to bind (default 0.0.0.0)',
  },
  port: { kind: 'int', key: 'port', help: 'port (default 8000)' },
  'tensor-parallel-size': { kind: 'int', key: 'tp', help: 'GPUs per replica' },
  'max-model-len': {
    kind: 'int',
    key: 'maxModelLen',
    help: "context length (default: the model's)",
  },
  'max-num-seqs': {
    kind: 'int',
    key: 'maxNumSeqs',
    help: "batch concurrency cap (default: vLLM's for the GPU)",
  },
  'max-num-batched-tokens': {
    kind: 'int',
    key: 'maxNumBatchedTokens',
    help: 'token budget per engine step',
  },
  'gpu-memory-utilization': {
    kind: 'number',
    key: 'gpuMemoryUtilization',
    help: 'fraction of GPU memory vLLM uses (default 0.9)',
  },
  'block-size': {
    kind: 'int',
    key: 'blockSize',
    help: 'KV-cache block size in tokens (default 16)',
  },
  'kv-cache-dtype': {
    kind: 'string',
    key: 'kvCacheDtype',
    help: 'auto | fp8 (fp8_e4m3, fp8_e5m2)',
  },
  quantization: {
    kind: 'string',
    help: 'weight quantization (fp8, awq, gptq, ...): sets the precision unless --precision is given',
  },
  'api-key': {
    kind: 'string',
    key: 'apiKey',
    help: 'require this bearer token on /v1 routes (default $VLLM_API_KEY)',
  },
  'enable-force-include-usage': {
    kind: 'bool',
    key: 'forceIncludeUsage',
    help: 'always send usage in streams',
  },
  'max-num-queued-reqs': {
    kind: 'int',
    key: 'maxNumQueuedReqs',
    help: 'refuse new requests (503) while this many wait',
  },
  seed: {
    kind: 'int',
    key: 'seed',
    help: 'seed of the generated text and injected failures (default 0)',
  },
  'enable-chunked-prefill': {
    kind: 'bool',
    help: 'accepted; the simulator always models chunked prefill (vLLM V1 default)',
  },
  tokenizer: {
    kind: 'string',
    help: 'accepted; the simulator uses its own offline tokenizer (see --export-tokenizer)',
  },
  // the simulator's own flags
  gpu: {
    kind: 'string',
    key: 'gpu',
    sim: true,
    help: 'GPU to simulate (default $SERVEPLAN_SIMULATOR_GPU, else h100-sxm)',
  },
  precision: {
    kind: 'string',
    key: 'precision',
    sim: true,
    choices: ['bf16', 'fp16', 'fp8', 'int8', 'int4', 'fp4'],
    help: 'weight precision',
  },
  'response-mode': {
    kind: 'string',
    key: 'responseMode',
    sim: true,
    choices: ['filler', 'echo'],
    help: 'generated text: filler sentences or an echo of the prompt',
  },
  'natural-output-tokens': {
    kind: 'string',
    key: 'naturalOutputTokens',
    sim: true,
    help: 'output length spec when a request has no max_tokens (default lognormal:256:128)',
  },
  'queue-full-status': {
    kind: 'int',
    key: 'queueFullStatus',
    sim: true,
    choices: ['429', '503'],
    help: 'status for a full queue (default 503, as vLLM)',
  },
  'failure-rate': {
    kind: 'number',
    key: 'failureRate',
    sim: true,
    help: 'fraction of requests to fail on purpose (0-1)',
  },
  'failure-codes': {
    kind: 'string',
    sim: true,
    help: 'statuses for injected failures, comma-separated (default 500,503,429)',
  },
  'startup-delay': {
    kind: 'number',
    key: 'startupDelay',
    sim: true,
    help: 'seconds before the port opens',
  },
  'ready-delay': {
    kind: 'number',
    key: 'readyDelay',
    sim: true,
    help: 'seconds after the port opens during which /health answers 503',
  },
  'shutdown-timeout': {
    kind: 'number',
    key: 'shutdownTimeout',
    sim: true,
    help: 'seconds to let streams finish on SIGTERM (default 30)',
  },
  'max-request-body-bytes': {
    kind: 'int',
    key: 'maxRequestBodyBytes',
    sim: true,
    help: 'request body limit (default 33554432)',
  },
  'max-stream-backlog-bytes': {
    kind: 'int',
    key: 'maxStreamBacklogBytes',
    sim: true,
    help: 'text held (merged) for a stream whose client reads too slowly; beyond it the request is aborted (default 4194304)',
  },
  'export-tokenizer': {
    kind: 'string',
    key: 'exportTokenizer',
    sim: true,
    help: 'write the tokenizer as Hugging Face files into this folder',
  },
  'timer-spin-ms': {
    kind: 'number',
    key: 'timerSpinMs',
    sim: true,
    help: 'poll the clock this close to a step end (default 1)',
  },
  kb: {
    kind: 'string',
    key: 'kbDir',
    sim: true,
    help: 'knowledge base folder',
  },
  'log-level': {
    kind: 'string',
    key: 'logLevel',
    sim: true,
    choices: ['debug', 'info', 'warn', 'error'],
    help: 'log level (default info)',
  },
  help: { kind: 'bool', key: 'help', sim: true, help: 'show this help' },
};

const ALIASES: Record<string, string> = {
  tp: 'tensor-parallel-size',
  q: 'quantization',
  h: 'help',
  'uvicorn-log-level': 'log-level',
};

/** vLLM boolean flags (no value) the simulator ignores; anything else unknown may take a value. */
const KNOWN_VLLM_BOOLEANS = new Set([
  'trust-remote-code',
  'enforce-eager',
  'enable-prefix-caching',
  'disable-log-requests',
  'disable-log-stats',
  'enable-log-requests',
  'enable-lora',
  'enable-auto-tool-choice',
  'enable-prompt-tokens-details',
  'enable-server-load-tracking',
  'disable-frontend-multiprocessing',
  'disable-fastapi-docs',
  'enable-request-id-headers',
  'enable-sleep-mode',
  'headless',
  'disable-custom-all-reduce',
  'enable-expert-parallel',
  'enable-per-request-metrics',
  'disable-uvicorn-access-log',
  'async-scheduling',
  'show-hidden-metrics-for-version',
]);

function parseHumanInt(raw: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmMgG]?)$/.exec(raw.trim());
  if (!m)
    throw new SimulatorArgsError(
      `--${flag} expects a whole number (e.g. 4096 or 32k), got "${raw}"`,
    );
  const scale: Record<string, number> = {
    '': 1,
    k: 1e3,
    K: 1024,
    m: 1e6,
    M: 1024 ** 2,
    g: 1e9,
    G: 1024 ** 3,
  };
  const v = Number(m[1]) * scale[m[2]];
  if (!Number.isInteger(v))
    throw new SimulatorArgsError(
      `--${flag} expects a whole number, got "${raw}"`,
    );
  return v;
}

function parseNumber(raw: string, flag: string): number {
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v))
    throw new SimulatorArgsError(`--${flag} expects a number, got "${raw}"`);
  return v;
}

function parseBool(raw: string, flag: string): boolean {
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new SimulatorArgsError(`--${flag} expects true or false, got "${raw}"`);
}

function precisionFromQuantization(q: string): Precision | undefined {
  const s = q.toLowerCase();
  if (s.startsWith('fp8') || s === 'modelopt') return 'fp8';
  if (
    s.includes('awq') ||
    s.includes('gptq') ||
    s === 'bitsandbytes' ||
    s === 'gguf'
  )
    return 'int4';
  if (s.includes('fp4') || s === 'modelopt_fp4') return 'fp4';
  if (s === 'int8' || s === 'w8a8' || s === 'experts_int8') return 'int8';
  return undefined;
}

export function parseSimulatorArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): SimulatorConfig {
  const cfg: SimulatorConfig = {
    model: '',
    servedModelNames: [],
    host: '0.0.0.0',
    port: 8000,
    gpu: env.SERVEPLAN_SIMULATOR_GPU || 'h100-sxm',
    forceIncludeUsage: false,
    queueFullStatus: 503,
    seed: 0,
    responseMode: 'filler',
    naturalOutputTokens: 'lognormal:256:128',
    failureRate: 0,
    failureCodes: [500, 503, 429],
    startupDelay: 0,
    readyDelay: 0,
    shutdownTimeout: 30,
    maxRequestBodyBytes: 32 * 1024 * 1024,
    maxStreamBacklogBytes: 4 * 1024 * 1024,
    timerSpinMs: 1,
    logLevel: 'info',
    ignored: [],
    defaulted: [],
    help: false,
  };
  const set = new Set<string>();
  let quantization: string | undefined;
  const positionals: string[] = [];
  const args = argv[0] === 'serve' ? argv.slice(1) : argv;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    const eq = arg.indexOf('=');
    let name = (eq >= 0 ? arg.slice(0, eq) : arg)
      .replace(/^--?/, '')
      .replace(/_/g, '-');
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    name = ALIASES[name] ?? name;
    let negated = false;
    if (
      !FLAGS[name] &&
      name.startsWith('no-') &&
      FLAGS[name.slice(3)]?.kind === 'bool'
    ) {
      name = name.slice(3);
      negated = true;
    }
    const spec = FLAGS[name];
    if (!spec) {
      // Unknown (a vLLM flag without meaning here): take the next word as its value unless it is
      // a flag or the flag is a known boolean.
      const base = name.startsWith('no-') ? name.slice(3) : name;
      let value = inline;
      if (
        value === undefined &&
        !KNOWN_VLLM_BOOLEANS.has(base) &&
        i + 1 < args.length &&
        !args[i + 1].startsWith('-')
      ) {
        value = args[++i];
      }
      cfg.ignored.push(
        value === undefined ? `--${name}` : `--${name} ${value}`,
      );
      continue;
    }
    let raw: string | undefined = inline;
    if (spec.kind === 'bool') {
      const v = raw === undefined ? !negated : parseBool(raw, name);
      if (spec.key) (cfg as unknown as Record<string, unknown>)[spec.key] = v;
      else cfg.ignored.push(`--${negated ? 'no-' : ''}${name}`);
      set.add(name);
      continue;
    }
    if (spec.kind === 'list') {
      const values: string[] = raw !== undefined ? [raw] : [];
      while (i + 1 < args.length && !args[i + 1].startsWith('-'))
        values.push(args[++i]);
      if (values.length === 0)
        throw new SimulatorArgsError(`--${name} expects at least one value`);
      (cfg as unknown as Record<string, unknown>)[spec.key!] = values;
      set.add(name);
      continue;
    }
    if (raw === undefined) {
      if (i + 1 >= args.length)
        throw new SimulatorArgsError(`--${name} expects a value`);
      raw = args[++i];
    }
    if (spec.choices && !spec.choices.includes(raw)) {
      if (!(name === 'kv-cache-dtype' && /^fp8/.test(raw))) {
        throw new SimulatorArgsError(
          `--${name} must be one of ${spec.choices.join(', ')}, got "${raw}"`,
        );
      }
    }
    set.add(name);
    if (name === 'quantization') {
      quantization = raw;
      continue;
    }
    if (name === 'failure-codes') {
      cfg.failureCodes = raw.split(',').map(s => {
        const c = parseHumanInt(s, name);
        if (c < 400 || c > 599)
          throw new SimulatorArgsError(
            `--failure-codes takes HTTP error statuses (400-599), got ${c}`,
          );
        return c;
      });
      continue;
    }
    if (name === 'tokenizer' || name === 'enable-chunked-prefill') {
      cfg.ignored.push(`--${name} ${raw}`);
      continue;
    }
    let value: unknown = raw;
    if (name === 'kv-cache-dtype')
      value = raw.startsWith('fp8') ? 'fp8' : 'auto';
    else if (spec.kind === 'int') value = parseHumanInt(raw, name);
    else if (spec.kind === 'number') value = parseNumber(raw, name);
    (cfg as unknown as Record<string, unknown>)[spec.key!] = value;
  }
  if (cfg.help) return cfg;
  if (positionals.length > 0) {
    if (set.has('model'))
      throw new SimulatorArgsError(
        `give the model either as --model or as the first argument, not both (got "${positionals[0]}")`,
      );
    cfg.model = positionals[0];
    if (positionals.length > 1)
      throw new SimulatorArgsError(
        `unexpected arguments: ${positionals.slice(1).join(' ')}`,
      );
  }
  if (!cfg.model)
    throw new SimulatorArgsError(
      'give the model to simulate: --model ID (as for vllm serve)',
    );
  if (cfg.servedModelNames.length === 0) cfg.servedModelNames = [cfg.model];
  // vLLM also reads the key from the environment.
  if (cfg.apiKey === undefined && env.VLLM_API_KEY)
    cfg.apiKey = env.VLLM_API_KEY;
  if (quantization && !cfg.precision) {
    const p = precisionFromQuantization(quantization);
    if (p) cfg.precision = p;
    else cfg.ignored.push(`--quantization ${quantization}`);
  }
  if (!set.has('gpu'))
    cfg.defaulted.push(
      env.SERVEPLAN_SIMULATOR_GPU
        ? 'gpu ($SERVEPLAN_SIMULATOR_GPU)'
        : 'gpu (h100-sxm)',
    );
  if (!Number.isInteger(cfg.port) || cfg.port < 0 || cfg.port > 65535)
    throw new SimulatorArgsError(`--port must be 0-65535, got ${cfg.port}`);
  if (!(cfg.failureRate >= 0 && cfg.failureRate <= 1))
    throw new SimulatorArgsError(
      `--failure-rate must be between 0 and 1, got ${cfg.failureRate}`,
    );
  for (const [flag, v] of [
    ['startup-delay', cfg.startupDelay],
    ['ready-delay', cfg.readyDelay],
    ['shutdown-timeout', cfg.shutdownTimeout],
    ['timer-spin-ms', cfg.timerSpinMs],
  ] as const) {
    if (!(v >= 0 && v <= 86400))
      throw new SimulatorArgsError(
        `--${flag} must be between 0 and 86400, got ${v}`,
      );
  }
  if (cfg.maxNumQueuedReqs !== undefined && cfg.maxNumQueuedReqs < 0) {
    throw new SimulatorArgsError(
      `--max-num-queued-reqs must be 0 or more, got ${cfg.maxNumQueuedReqs}`,
    );
  }
  if (cfg.maxStreamBacklogBytes < 1024)
    throw new SimulatorArgsError(
      `--max-stream-backlog-bytes must be at least 1024, got ${cfg.maxStreamBacklogBytes}`,
    );
  if (cfg.maxRequestBodyBytes < 1024)
    throw new SimulatorArgsError(
      `--max-request-body-bytes must be at least 1024, got ${cfg.maxRequestBodyBytes}`,
    );
  return cfg;
}

export function simulatorHelp(): string {
  const line = (name: string, s: FlagSpec) =>
    `  --${name}${s.kind === 'bool' ? '' : ' <v>'}`.padEnd(36) + (s.help ?? '');
  const vllm = Object.entries(FLAGS).filter(([, s]) => !s.sim);
  const sim = Object.entries(FLAGS).filter(([, s]) => s.sim);
  return [
    'Usage: serveplan simulate [MODEL] [vLLM flags] [simulator flags]',
    '',
    "GPU-free vLLM: vLLM's OpenAI-compatible API and /metrics, with the timing of serveplan's capacity",
    'engine (continuous batching, chunked prefill, KV blocks, preemption) stepped in real time.',
    '',
    'vLLM flags (same names; other vLLM flags are accepted and ignored with a log line):',
    ...vllm.map(([n, s]) => line(n, s)),
    '',
    'Simulator flags:',
    ...sim.map(([n, s]) => line(n, s)),
    '',
  ].join('\n');
}
