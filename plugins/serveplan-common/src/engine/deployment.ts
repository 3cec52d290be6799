/**
 * Resolves what a user asks for (model, GPU, TP, precision, vLLM flags) into a validated
 * deployment, applying vLLM's own defaults where a flag is not set.
 */
import { ServeplanInputError } from '../errors/ServeplanInputError';
import { availablePrecisions, resolveGpu, resolveModel } from '../kb/resolve';
import { GpuSpec, KnowledgeBase, ModelSpec, Precision } from '../kb/schema';
import {
  parameterBreakdown,
  ParameterBreakdown,
  WeightBytes,
  weightBytes,
  WeightFormat,
} from './modelMath';

export interface DeploymentInput {
  model: string;
  gpu: string;
  tp?: number;
  precision?: Precision;
  maxNumSeqs?: number;
  maxNumBatchedTokens?: number;
  gpuMemoryUtilization?: number;
  blockSize?: number;
  kvCacheDtype?: 'auto' | 'fp8';
  maxModelLen?: number;
}

/** vLLM engine flags with every default applied. */
export interface EngineFlags {
  maxNumSeqs: number;
  maxNumBatchedTokens: number;
  gpuMemoryUtilization: number;
  blockSize: number;
  kvCacheDtype: 'auto' | 'fp8';
  maxModelLen: number;
  /** Flags the user did not set (vLLM's defaults were used). */
  defaulted: string[];
}

/** Tensor-core dtype the GEMMs run in. */
export type ComputeDtype = 'bf16' | 'fp8' | 'int8' | 'fp4';

export interface Deployment {
  model: ModelSpec;
  gpu: GpuSpec;
  tp: number;
  precision: Precision;
  /** The Hugging Face checkpoint vLLM would load. */
  checkpoint: string;
  /** True when vLLM quantizes a 16-bit checkpoint to FP8 at load time (`--quantization fp8`). */
  onlineQuantization: boolean;
  format: WeightFormat;
  computeDtype: ComputeDtype;
  flags: EngineFlags;
  params: ParameterBreakdown;
  bytes: WeightBytes;
  /** Bytes per KV-cache element. */
  kvBytes: number;
  notes: string[];
}

const isPositiveInt = (n: number) => Number.isInteger(n) && n > 0;

function checkPositiveInt(
  value: number | undefined,
  flag: string,
  max = Number.MAX_SAFE_INTEGER,
) {
  if (value === undefined) return;
  if (!isPositiveInt(value) || value > max) {
    throw new ServeplanInputError(
      `${flag} must be a whole number between 1 and ${max.toLocaleString(
        'en-US',
      )}, got ${value}`,
      { field: flag },
    );
  }
}

function computeDtypeFor(format: WeightFormat, gpu: GpuSpec): ComputeDtype {
  const t = gpu.tflops_dense;
  if (format.weightOnly) return 'bf16';
  switch (format.precision) {
    case 'fp8':
      return t.fp8 !== null ? 'fp8' : 'bf16';
    case 'int8':
      return t.int8 !== null ? 'int8' : 'bf16';
    case 'fp4':
      return t.fp4 !== null ? 'fp4' : 'bf16';
    default:
      return 'bf16';
  }
}

/** vLLM's `vllm serve` default for batch limits depends on the GPU (see kb/engine/vllm.yaml). */
export function isLargeGpu(kb: KnowledgeBase, gpu: GpuSpec): boolean {
  const d = kb.engine.defaults;
  return (
    gpu.memory.usable_gib >= d.large_gpu_min_memory_gib &&
    !d.large_gpu_excluded_architectures.includes(gpu.architecture)
  );
}

function validateTp(model: ModelSpec, gpu: GpuSpec, tp: number) {
  checkPositiveInt(tp, '--tp', 64);
  const a = model.architecture;
  const max = gpu.interconnect.max_gpus_per_node;
  if (tp > max) {
    throw new ServeplanInputError(
      `--tp ${tp} exceeds one ${gpu.id} node (${max} GPUs); serveplan plans tensor parallelism within a node (use replicas to scale out)`,
      { field: 'tp' },
    );
  }
  if (a.num_attention_heads % tp !== 0) {
    const ok = [1, 2, 4, 8, 16].filter(
      t => a.num_attention_heads % t === 0 && t <= max,
    );
    throw new ServeplanInputError(
      `--tp ${tp} does not divide ${model.id}'s ${
        a.num_attention_heads
      } attention heads; valid: ${ok.join(', ')}`,
      { field: 'tp' },
    );
  }
  if (
    a.attention !== 'mla' &&
    a.num_kv_heads % tp !== 0 &&
    tp % a.num_kv_heads !== 0
  ) {
    throw new ServeplanInputError(
      `--tp ${tp} is incompatible with ${model.id}'s ${a.num_kv_heads} KV heads (one must divide the other)`,
      { field: 'tp' },
    );
  }
}

/** Resolves and validates a deployment; throws ServeplanInputError with a specific message. */
export function resolveDeployment(
  kb: KnowledgeBase,
  input: DeploymentInput,
): Deployment {
  const { model, variant: namedVariant } = resolveModel(kb, input.model);
  const gpu = resolveGpu(kb, input.gpu);
  const tp = input.tp ?? 1;
  validateTp(model, gpu, tp);
  const notes: string[] = [];

  const precision: Precision =
    input.precision ?? namedVariant?.precision ?? model.native_precision;
  const published = availablePrecisions(model);
  let onlineQuantization = false;
  let format: WeightFormat;
  let checkpoint: string;
  const variant =
    namedVariant?.precision === precision
      ? namedVariant
      : model.variants.find(v => v.precision === precision);
  if (
    precision === model.native_precision &&
    !(namedVariant && namedVariant.precision === precision)
  ) {
    format = {
      precision,
      scope: model.native_precision_scope,
      method: model.native_quantization?.method ?? 'native',
      weightOnly: false,
    };
    checkpoint = model.id;
  } else if (variant) {
    format = {
      precision,
      scope: variant.scope,
      method: variant.method,
      weightOnly: variant.weight_only,
    };
    checkpoint = variant.hf_id;
  } else if (
    precision === 'fp8' ||
    precision === 'bf16' ||
    precision === 'fp16'
  ) {
    if (precision === 'fp8') {
      onlineQuantization = true;
      notes.push(
        `no published FP8 checkpoint of ${model.id}: vLLM quantizes its weights to FP8 at load (--quantization fp8)`,
      );
      format = {
        precision,
        scope: 'linear',
        method: 'fp8-online',
        weightOnly: gpu.tflops_dense.fp8 === null,
      };
    } else {
      format = {
        precision,
        scope: 'linear',
        method: 'native',
        weightOnly: false,
      };
    }
    checkpoint = model.id;
  } else {
    throw new ServeplanInputError(
      `${
        model.id
      } has no published ${precision} checkpoint; available: ${published.join(
        ', ',
      )} (fp8 also works through vLLM's online quantization)`,
      { field: 'precision', suggestions: published },
    );
  }
  if (format.precision === 'fp8' && gpu.tflops_dense.fp8 === null) {
    format = { ...format, weightOnly: true };
    notes.push(
      `${gpu.id} has no FP8 tensor cores: vLLM runs FP8 weights through a weight-only kernel (16-bit math)`,
    );
  }
  const computeDtype = computeDtypeFor(format, gpu);
  if (format.precision === 'fp4' && computeDtype !== 'fp4') {
    notes.push(
      `${gpu.id} has no FP4 tensor cores: the FP4 weights are dequantized and multiplied in 16 bits`,
    );
  }

  const d = kb.engine.defaults;
  const large = isLargeGpu(kb, gpu);
  checkPositiveInt(input.maxNumSeqs, '--max-num-seqs', 65536);
  checkPositiveInt(
    input.maxNumBatchedTokens,
    '--max-num-batched-tokens',
    1_048_576,
  );
  checkPositiveInt(input.blockSize, '--block-size', 256);
  checkPositiveInt(input.maxModelLen, '--max-model-len', 10_000_000);
  if (
    input.gpuMemoryUtilization !== undefined &&
    !(input.gpuMemoryUtilization > 0 && input.gpuMemoryUtilization <= 1)
  ) {
    throw new ServeplanInputError(
      `--gpu-memory-utilization must be in (0, 1], got ${input.gpuMemoryUtilization}`,
      { field: 'gpu-memory-utilization' },
    );
  }
  if (
    input.blockSize !== undefined &&
    ![1, 8, 16, 32, 64, 128, 256].includes(input.blockSize)
  ) {
    throw new ServeplanInputError(
      `--block-size must be one of 1, 8, 16, 32, 64, 128, 256 (vLLM's choices), got ${input.blockSize}`,
      {
        field: 'block-size',
      },
    );
  }
  const maxContext = model.architecture.max_context;
  if (input.maxModelLen !== undefined && input.maxModelLen > maxContext) {
    throw new ServeplanInputError(
      `--max-model-len ${input.maxModelLen} exceeds ${model.id}'s context of ${maxContext} tokens`,
      { field: 'max-model-len' },
    );
  }
  const defaulted: string[] = [];
  const pick = <T>(value: T | undefined, fallback: T, name: string): T => {
    if (value === undefined) {
      defaulted.push(name);
      return fallback;
    }
    return value;
  };
  const flags: EngineFlags = {
    maxNumSeqs: pick(
      input.maxNumSeqs,
      large ? d.max_num_seqs.large_gpu : d.max_num_seqs.default,
      'max-num-seqs',
    ),
    maxNumBatchedTokens: pick(
      input.maxNumBatchedTokens,
      large
        ? d.max_num_batched_tokens.large_gpu
        : d.max_num_batched_tokens.default,
      'max-num-batched-tokens',
    ),
    gpuMemoryUtilization: pick(
      input.gpuMemoryUtilization,
      d.gpu_memory_utilization,
      'gpu-memory-utilization',
    ),
    blockSize: pick(input.blockSize, d.block_size, 'block-size'),
    // `auto` follows the checkpoint: ModelOpt checkpoints declare an FP8 KV cache.
    kvCacheDtype: pick(
      input.kvCacheDtype,
      variant && checkpoint === variant.hf_id ? variant.kv_cache_dtype : 'auto',
      'kv-cache-dtype',
    ),
    maxModelLen: pick(input.maxModelLen, maxContext, 'max-model-len'),
    defaulted,
  };
  if (flags.maxNumBatchedTokens < flags.maxNumSeqs) {
    throw new ServeplanInputError(
      `--max-num-batched-tokens (${flags.maxNumBatchedTokens}) must be at least --max-num-seqs (${flags.maxNumSeqs}), as vLLM requires`,
      { field: 'max-num-batched-tokens' },
    );
  }
  const params = parameterBreakdown(model);
  return {
    model,
    gpu,
    tp,
    precision,
    checkpoint,
    onlineQuantization,
    format,
    computeDtype,
    flags,
    params,
    bytes: weightBytes(params, format),
    kvBytes: flags.kvCacheDtype === 'fp8' ? 1 : 2,
    notes,
  };
}
