import { Command, Option } from 'commander';
import {
  ArrivalProcess,
  LengthDistribution,
  parseArrivalSpec,
  parseLengthSpec,
  predict,
  Precision,
  ServeplanInputError,
  Workload,
} from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import { kbDirOption } from './options';
import { exactlyOne, numberArg } from './parse';
import { formatPrediction } from '../format/prediction';

interface PredictOptions {
  model: string;
  gpu: string;
  tp?: number;
  precision?: Precision;
  engine: string;
  maxNumSeqs?: number;
  maxNumBatchedTokens?: number;
  gpuMemoryUtilization?: number;
  maxModelLen?: number;
  blockSize?: number;
  kvCacheDtype?: 'auto' | 'fp8';
  inputTokens?: number;
  inputDist?: string;
  outputTokens?: number;
  outputDist?: string;
  qps?: number;
  arrival: string;
  concurrency?: number;
  offline?: number;
  requests?: number;
  seed: number;
  json?: boolean;
}

export function registerPredictCommand(program: Command) {
  program
    .command('predict')
    .description(
      'predict latency percentiles, throughput and memory fit of one vLLM deployment under a workload',
    )
    .requiredOption(
      '--model <id>',
      'model: Hugging Face id or alias (serveplan models)',
    )
    .requiredOption('--gpu <id>', 'GPU type (serveplan gpus)')
    .option(
      '--tp <n>',
      'tensor-parallel size (GPUs per replica)',
      numberArg('--tp', { integer: true, min: 1, max: 64 }),
    )
    .addOption(
      new Option('--precision <p>', 'weight precision').choices([
        'bf16',
        'fp16',
        'fp8',
        'int8',
        'int4',
        'fp4',
      ]),
    )
    .addOption(
      new Option('--engine <name>', 'serving engine')
        .choices(['vllm'])
        .default('vllm'),
    )
    .option(
      '--max-num-seqs <n>',
      "vLLM --max-num-seqs (default: vLLM's for the GPU)",
      numberArg('--max-num-seqs', { integer: true, min: 1 }),
    )
    .option(
      '--max-num-batched-tokens <n>',
      'vLLM --max-num-batched-tokens',
      numberArg('--max-num-batched-tokens', { integer: true, min: 1 }),
    )
    .option(
      '--gpu-memory-utilization <f>',
      'vLLM --gpu-memory-utilization (0, 1]',
      numberArg('--gpu-memory-utilization'),
    )
    .option(
      '--max-model-len <n>',
      "vLLM --max-model-len (default: the model's context)",
      numberArg('--max-model-len', { integer: true, min: 1 }),
    )
    .option(
      '--block-size <n>',
      'vLLM --block-size',
      numberArg('--block-size', { integer: true, min: 1 }),
    )
    .addOption(
      new Option('--kv-cache-dtype <d>', 'vLLM --kv-cache-dtype').choices([
        'auto',
        'fp8',
      ]),
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
      'fixed output length',
      numberArg('--output-tokens', { integer: true, min: 1 }),
    )
    .option(
      '--output-dist <spec>',
      'output lengths (same forms as --input-dist)',
    )
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
      '--offline <n>',
      'offline batch: N requests submitted at once',
      numberArg('--offline', { integer: true, min: 1, max: 1_000_000 }),
    )
    .option(
      '--requests <n>',
      'requests to simulate (default 2000; --offline sets it)',
      numberArg('--requests', { integer: true, min: 1, max: 1_000_000 }),
    )
    .option(
      '--seed <s>',
      'random seed',
      numberArg('--seed', { integer: true }),
      42,
    )
    .option('--json', 'print one JSON object')
    .action((opts: PredictOptions, cmd: Command) => {
      const workload = workloadFromOptions(opts);
      const kb = loadKnowledgeBaseSync(kbDirOption(cmd));
      const prediction = predict(kb, {
        model: opts.model,
        gpu: opts.gpu,
        tp: opts.tp,
        precision: opts.precision,
        maxNumSeqs: opts.maxNumSeqs,
        maxNumBatchedTokens: opts.maxNumBatchedTokens,
        gpuMemoryUtilization: opts.gpuMemoryUtilization,
        maxModelLen: opts.maxModelLen,
        blockSize: opts.blockSize,
        kvCacheDtype: opts.kvCacheDtype,
        workload,
      });
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(prediction, null, 2)}\n`
          : formatPrediction(prediction),
      );
    });
}

function lengthFrom(
  fixed: number | undefined,
  spec: string | undefined,
  what: 'input' | 'output',
): LengthDistribution {
  exactlyOne(
    { [`${what}Tokens`]: fixed, [`${what}Dist`]: spec },
    [`${what}Tokens`, `${what}Dist`],
    `${what} lengths`,
  );
  return fixed !== undefined
    ? { kind: 'fixed', value: fixed }
    : parseLengthSpec(spec!, `--${what}-dist`);
}

export function workloadFromOptions(opts: PredictOptions): Workload {
  const input = lengthFrom(opts.inputTokens, opts.inputDist, 'input');
  const output = lengthFrom(opts.outputTokens, opts.outputDist, 'output');
  const mode = exactlyOne(
    opts as unknown as Record<string, unknown>,
    ['qps', 'concurrency', 'offline'],
    'load',
  );
  let arrival: ArrivalProcess;
  if (mode === 'qps') arrival = parseArrivalSpec(opts.arrival, opts.qps!);
  else if (mode === 'concurrency')
    arrival = { kind: 'closed', concurrency: opts.concurrency! };
  else arrival = { kind: 'offline' };
  if (mode !== 'qps' && opts.arrival !== 'poisson') {
    throw new ServeplanInputError('--arrival applies only with --qps');
  }
  if (
    mode === 'offline' &&
    opts.requests !== undefined &&
    opts.requests !== opts.offline
  ) {
    throw new ServeplanInputError(
      '--offline N already sets the number of requests; drop --requests',
    );
  }
  const requests = mode === 'offline' ? opts.offline! : opts.requests ?? 2000;
  return { arrival, input, output, requests, seed: opts.seed };
}
