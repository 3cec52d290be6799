/**
 * vLLM's GPU memory budget for a deployment: weights, the profiling run's peak activation,
 * memory outside PyTorch, and what is left for the paged KV cache.
 */
import { KnowledgeBase } from '../kb/schema';
import { Deployment } from './deployment';
import { attentionLayout, kvBytesPerTokenPerLayerPerGpu } from './modelMath';

const GIB = 1024 ** 3;

export interface MemoryPlan {
  /** Per GPU. */
  weights_gib: number;
  activation_gib: number;
  non_torch_gib: number;
  kv_cache_gib: number;
  /** gpu_memory_utilization x usable memory, per GPU. */
  budget_gib: number;
  /** Whole replica (all TP ranks). */
  weights_total_gib: number;
  /** Tokens of full-attention context the KV cache holds (per replica). */
  kv_token_capacity: number;
  kv_blocks: number;
  /** Sequences of the workload's mean length that fit at once (bounded by max-num-seqs). */
  max_concurrent_seqs: number;
  /** KV bytes per token per GPU, summed over layers (full-attention layers; window layers cap at their window). */
  kv_bytes_per_token: number;
  fits: boolean;
  reason: string | null;
}

/** Bytes one sequence of `tokens` tokens holds in the KV cache on one GPU (block-rounded). */
export interface KvSizer {
  bytesForTokens(tokens: number): number;
  /** Capacity in bytes per GPU. */
  capacityBytes: number;
  /** Bytes of one block across all layers. */
  blockBytes: number;
  blockSize: number;
  /** Bytes per token of the full-attention layers and of the sliding-window layers. */
  fullBytesPerToken: number;
  windowBytesPerToken: number;
  /** Tokens after which window layers stop growing (0 if the model has none). */
  windowCap: number;
}

export function kvSizer(dep: Deployment, capacityBytes: number): KvSizer {
  const a = dep.model.architecture;
  const layout = attentionLayout(a);
  const perLayer = kvBytesPerTokenPerLayerPerGpu(a, dep.tp, dep.kvBytes);
  const bs = dep.flags.blockSize;
  const fullPerToken = perLayer * layout.fullLayers;
  const windowPerToken = perLayer * layout.windowLayers;
  // vLLM's hybrid allocator keeps window + one block per window layer.
  const windowCap =
    layout.window > 0 ? Math.ceil(layout.window / bs) * bs + bs : 0;
  return {
    capacityBytes,
    blockBytes: bs * (fullPerToken + windowPerToken),
    blockSize: bs,
    fullBytesPerToken: fullPerToken,
    windowBytesPerToken: windowPerToken,
    windowCap,
    bytesForTokens(tokens: number) {
      const rounded = Math.ceil(tokens / bs) * bs;
      return (
        rounded * fullPerToken + Math.min(rounded, windowCap) * windowPerToken
      );
    },
  };
}

/** Weights + activation + non-torch memory, per GPU, in GiB. */
export function memoryPlan(
  kb: KnowledgeBase,
  dep: Deployment,
  meanSequenceTokens?: number,
): MemoryPlan {
  const m = kb.engine.memory;
  const a = dep.model.architecture;
  const usable = dep.gpu.memory.usable_gib;
  const budget = dep.flags.gpuMemoryUtilization * usable;
  const weightsTotal = dep.bytes.total / GIB;
  const weights = weightsTotal / dep.tp;
  const activation =
    (dep.flags.maxNumSeqs * a.vocab_size * m.sampler_bytes_per_logit +
      dep.flags.maxNumBatchedTokens * a.hidden_size * m.activation_bytes) /
    GIB;
  const nonTorch =
    m.non_torch_gib + (dep.tp > 1 ? m.nccl_gib : 0) + m.cuda_graph_gib;
  const kvGib = budget - weights - activation - nonTorch;
  const sizer = kvSizer(dep, Math.max(0, kvGib) * GIB);
  const perToken =
    sizer.bytesForTokens(dep.flags.blockSize) / dep.flags.blockSize;
  const kvBlocks = kvGib > 0 ? Math.floor((kvGib * GIB) / sizer.blockBytes) : 0;
  // Capacity in tokens of a long sequence (window layers capped), as vLLM reports it.
  const tokenCapacity = kvBlocks * dep.flags.blockSize;
  const meanTokens = Math.min(
    meanSequenceTokens ?? dep.flags.maxModelLen,
    dep.flags.maxModelLen,
  );
  const perSeq = sizer.bytesForTokens(Math.max(1, meanTokens));
  const concurrent =
    kvGib > 0
      ? Math.min(dep.flags.maxNumSeqs, Math.floor((kvGib * GIB) / perSeq))
      : 0;

  let fits = true;
  let reason: string | null = null;
  const f = (x: number) => x.toFixed(1);
  if (weights > budget) {
    fits = false;
    reason = `does not fit: weights need ${f(weights)} GiB per GPU (${f(
      weightsTotal,
    )} GiB over TP ${dep.tp}), the budget is ${f(budget)} GiB (${
      dep.flags.gpuMemoryUtilization
    } x ${f(usable)} GiB ${dep.gpu.id})`;
  } else if (kvGib <= 0) {
    fits = false;
    reason = `does not fit: weights ${f(weights)} + activation ${f(
      activation,
    )} + runtime ${f(nonTorch)} GiB per GPU leave no KV cache within ${f(
      budget,
    )} GiB (${dep.gpu.id}, TP ${dep.tp})`;
  } else if (sizer.bytesForTokens(dep.flags.maxModelLen) > kvGib * GIB) {
    const maxLen = Math.floor(tokenCapacity);
    fits = false;
    reason = `does not fit: the KV cache (${f(
      kvGib,
    )} GiB per GPU) holds ${maxLen.toLocaleString(
      'en-US',
    )} tokens, less than one sequence of --max-model-len ${dep.flags.maxModelLen.toLocaleString(
      'en-US',
    )}; vLLM refuses to start — lower --max-model-len to at most ${maxLen} or add GPUs`;
  }
  return {
    weights_gib: weights,
    activation_gib: activation,
    non_torch_gib: nonTorch,
    kv_cache_gib: Math.max(0, kvGib),
    budget_gib: budget,
    weights_total_gib: weightsTotal,
    kv_token_capacity: tokenCapacity,
    kv_blocks: kvBlocks,
    max_concurrent_seqs: concurrent,
    kv_bytes_per_token: perToken,
    fits,
    reason,
  };
}
