/**
 * Quantities derived from a model's published architecture: parameter breakdown, bytes per
 * weight in each precision, KV-cache bytes per token and FLOPs per token. Pure functions.
 */
import { Architecture, ModelSpec, Precision } from '../kb/schema';

/** Parameter counts by role, from the architecture (not the card's rounded total). */
export interface ParameterBreakdown {
  embedding: number;
  lmHead: number;
  /** Attention projections over all layers. */
  attention: number;
  /** Dense FFNs (dense models, and dense layers of MoE models). */
  denseMlp: number;
  /** Routed experts over all MoE layers (all experts). */
  experts: number;
  /** Shared experts and routers over all MoE layers (touched by every token). */
  sharedExperts: number;
  /** Parameters in the published total not explained by the above (vision towers, norms, biases). */
  other: number;
  /** Linear parameters one token passes through, excluding embedding and LM head. */
  activeBody: number;
  numMoeLayers: number;
}

function attentionParamsPerLayer(a: Architecture): number {
  if (a.attention === 'mla' && a.mla) {
    const m = a.mla;
    const qkHead = m.qk_nope_head_dim + m.qk_rope_head_dim;
    const q = m.q_lora_rank
      ? a.hidden_size * m.q_lora_rank +
        m.q_lora_rank * a.num_attention_heads * qkHead
      : a.hidden_size * a.num_attention_heads * qkHead;
    const kvA = a.hidden_size * (m.kv_lora_rank + m.qk_rope_head_dim);
    const kvB =
      m.kv_lora_rank *
      a.num_attention_heads *
      (m.qk_nope_head_dim + m.v_head_dim);
    const o = a.num_attention_heads * m.v_head_dim * a.hidden_size;
    return q + kvA + kvB + o;
  }
  const q = a.hidden_size * a.num_attention_heads * a.head_dim;
  const kv = 2 * a.hidden_size * a.num_kv_heads * a.head_dim;
  const o = a.num_attention_heads * a.head_dim * a.hidden_size;
  return q + kv + o;
}

/** Number of layers whose FFN is a mixture of experts. */
export function numMoeLayers(a: Architecture): number {
  if (!a.moe) return 0;
  const eligible = a.num_layers - a.moe.num_dense_layers;
  return Math.floor(eligible / a.moe.moe_layer_frequency);
}

export function parameterBreakdown(model: ModelSpec): ParameterBreakdown {
  const a = model.architecture;
  const embedding = a.vocab_size * a.hidden_size;
  const lmHead = a.tie_word_embeddings ? 0 : a.vocab_size * a.hidden_size;
  const attention = attentionParamsPerLayer(a) * a.num_layers;
  const moeLayers = numMoeLayers(a);
  const denseLayers = a.num_layers - moeLayers;
  const denseMlp = denseLayers * 3 * a.hidden_size * a.intermediate_size;
  let experts = 0;
  let sharedExperts = 0;
  let activeExperts = 0;
  if (a.moe) {
    const perExpert = 3 * a.hidden_size * a.moe.expert_intermediate_size;
    experts = moeLayers * a.moe.num_experts * perExpert;
    activeExperts = moeLayers * a.moe.experts_per_token * perExpert;
    sharedExperts =
      moeLayers *
      (a.moe.num_shared_experts *
        3 *
        a.hidden_size *
        a.moe.shared_expert_intermediate_size +
        a.hidden_size * a.moe.num_experts);
  }
  const explained =
    embedding + lmHead + attention + denseMlp + experts + sharedExperts;
  return {
    embedding,
    lmHead,
    attention,
    denseMlp,
    experts,
    sharedExperts,
    other: Math.max(0, model.parameters.total - explained),
    activeBody: attention + denseMlp + sharedExperts + activeExperts,
    numMoeLayers: moeLayers,
  };
}

/**
 * Bytes per weight, scales included, for a storage format. `method` is the quantization method
 * (a variant's `method`, or the native checkpoint's `native_quantization.method`); it matters for
 * 4-bit floats, whose MXFP4 and NVFP4 layouts carry different scales.
 */
export function bytesPerWeight(precision: Precision, method = ''): number {
  switch (precision) {
    case 'bf16':
    case 'fp16':
      return 2;
    case 'fp8':
    case 'int8':
      return 1; // per-channel or block scales add < 0.5 %
    case 'int4':
      // AWQ/GPTQ with group size 128: fp16 scale and a packed zero point per group.
      return 0.5 + 2 / 128 + 0.5 / 128;
    case 'fp4':
      // E2M1 values (4 bits) plus block scales. MXFP4 (OCP Microscaling): one 8-bit E8M0 scale per
      // 32 values, 4.25 bits. NVFP4 (NVIDIA ModelOpt, compressed-tensors): one FP8 E4M3 scale per 16
      // values (and a per-tensor FP32 scale), 4.5 bits.
      return /mxfp4/i.test(method) ? 0.5 + 1 / 32 : 0.5 + 1 / 16;
    default:
      return 2;
  }
}

/** How a deployment stores its weights: which precision applies to which parameters. */
export interface WeightFormat {
  precision: Precision;
  /** Quantized layers: all linear layers, or the routed experts only. */
  scope: 'linear' | 'experts';
  method: string;
  weightOnly: boolean;
}

/** Bytes of each parameter group in a format (16-bit for anything not quantized). */
export interface WeightBytes {
  total: number;
  embedding: number;
  lmHead: number;
  /** Dense linear weights read every step (attention, dense FFN, shared experts, routers). */
  denseBody: number;
  /** All routed-expert weights. */
  experts: number;
  other: number;
}

export function weightBytes(
  p: ParameterBreakdown,
  f: WeightFormat,
): WeightBytes {
  const q = bytesPerWeight(f.precision, f.method);
  const quantDense = f.scope === 'linear' ? q : 2;
  const embedding = p.embedding * 2;
  const lmHead = p.lmHead * 2;
  const denseBody = (p.attention + p.denseMlp + p.sharedExperts) * quantDense;
  const experts = p.experts * q;
  const other = p.other * 2;
  return {
    total: embedding + lmHead + denseBody + experts + other,
    embedding,
    lmHead,
    denseBody,
    experts,
    other,
  };
}

/** Layers attending to the full context, and sliding-window layers with their window. */
export interface AttentionLayout {
  fullLayers: number;
  windowLayers: number;
  window: number;
}

export function attentionLayout(a: Architecture): AttentionLayout {
  const w = a.sliding_window;
  if (!w) return { fullLayers: a.num_layers, windowLayers: 0, window: 0 };
  return {
    fullLayers: a.num_layers - w.num_layers,
    windowLayers: w.num_layers,
    window: w.window,
  };
}

/**
 * KV-cache bytes one token occupies in one layer on one GPU. GQA heads are split across TP
 * ranks (replicated when TP exceeds the KV heads); MLA's latent cache is replicated on every rank.
 */
export function kvBytesPerTokenPerLayerPerGpu(
  a: Architecture,
  tp: number,
  kvBytes: number,
): number {
  if (a.attention === 'mla' && a.mla)
    return (a.mla.kv_lora_rank + a.mla.qk_rope_head_dim) * kvBytes;
  const headsPerGpu = Math.max(1, Math.ceil(a.num_kv_heads / tp));
  return 2 * headsPerGpu * a.head_dim * kvBytes;
}

/** Attention FLOPs per (query token, attended token) pair in one layer, whole model (not per GPU). */
export function attentionFlopsPerPair(a: Architecture): number {
  if (a.attention === 'mla' && a.mla) {
    const m = a.mla;
    return (
      2 *
      a.num_attention_heads *
      (m.qk_nope_head_dim + m.qk_rope_head_dim + m.v_head_dim)
    );
  }
  return 4 * a.num_attention_heads * a.head_dim;
}
