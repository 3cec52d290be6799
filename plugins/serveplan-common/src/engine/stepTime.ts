/**
 * Duration of one vLLM engine step from roofline terms: linear layers (compute vs weight
 * streaming, MoE experts touched), attention (KV reads in decode, FLOPs in prefill), the
 * tensor-parallel all-reduces, and fixed per-step, per-layer and per-sequence overheads.
 * Each physical term is scaled by a fitted efficiency (kb/calibration/coefficients.yaml).
 */
import { Coefficients } from './coefficients';
import { Deployment } from './deployment';
import {
  attentionFlopsPerPair,
  attentionLayout,
  kvBytesPerTokenPerLayerPerGpu,
} from './modelMath';

/** What one engine step processes, in aggregate. */
export interface StepShape {
  /** Sequences decoding one token. */
  decodeSeqs: number;
  /** Sum over decoding sequences of their context length (tokens already in the KV cache). */
  decodeContext: number;
  /** Same, capped at the sliding window (for window layers). */
  decodeWindowContext: number;
  /** Prompt tokens computed this step (chunked prefill). */
  prefillTokens: number;
  /** Sequences with a prefill chunk this step. */
  prefillSeqs: number;
  /** Attention (query, key) pairs of the prefill chunks: sum of s * (c + s / 2). */
  prefillPairs: number;
  /** Same, capped at the window. */
  prefillWindowPairs: number;
}

export const EMPTY_STEP: StepShape = {
  decodeSeqs: 0,
  decodeContext: 0,
  decodeWindowContext: 0,
  prefillTokens: 0,
  prefillSeqs: 0,
  prefillPairs: 0,
  prefillWindowPairs: 0,
};

const roofline = (
  flops: number,
  flopsPerS: number,
  bytes: number,
  bytesPerS: number,
) => Math.max(flops / flopsPerS, bytes / bytesPerS);

export class StepCostModel {
  /** Linear layers whose weights are quantized run at the quantized dtype's rate... */
  private readonly quantGemmFlopsPerS: number;
  /** ...the 16-bit ones (experts-only formats' attention and dense layers, the LM head) at BF16's. */
  private readonly bf16GemmFlopsPerS: number;
  /** Rate of the dense (non-expert) linear layers: quantized only when the format covers them. */
  private readonly denseGemmFlopsPerS: number;
  private readonly weightBytesPerS: number;
  private readonly kvBytesPerS: number;
  private readonly attnFlopsPerS: number;
  private readonly linkBytesPerS: number;
  private readonly denseFlopsPerToken: number;
  private readonly denseBytes: number;
  private readonly expertFlopsPerToken: number;
  private readonly expertBytes: number;
  private readonly expertMissProb: number;
  private readonly numExperts: number;
  private readonly expertsPerToken: number;
  private readonly gemmHalf: number;
  private readonly moeGemmHalf: number;
  private readonly expertGemmFlopsPerS: number;
  private readonly lmHeadFlopsPerSeq: number;
  private readonly lmHeadBytes: number;
  private readonly kvPerTokenFull: number;
  private readonly kvPerTokenWindow: number;
  private readonly attnFlopsPerPairFull: number;
  private readonly attnFlopsPerPairWindow: number;
  private readonly decodeAttnFlopsPerPairFull: number;
  private readonly decodeAttnFlopsPerPairWindow: number;
  private readonly allReduces: number;
  private readonly allReduceRingFactor: number;
  private readonly allReduceBytesPerToken: number;
  private readonly fixedStep: number;
  private readonly fixedDecodeStep: number;
  private readonly perSeq: number;
  private readonly allReduceLatency: number;
  readonly requestOverhead: number;

  constructor(dep: Deployment, c: Coefficients) {
    const g = dep.gpu;
    const a = dep.model.architecture;
    const tp = dep.tp;
    const peak = (dtype: 'bf16' | 'fp8' | 'int8' | 'fp4') =>
      (g.tflops_dense[dtype] ?? g.tflops_dense.bf16) * 1e12;
    const etaByDtype: Record<typeof dep.computeDtype, number> = {
      bf16: c.eta_gemm_bf16,
      fp8: c.eta_gemm_fp8,
      int8: c.eta_gemm_fp8,
      fp4: c.eta_gemm_fp4,
    };
    // Only the quantized weights' GEMMs run at the quantized rate: an experts-only format (gpt-oss'
    // MXFP4, NVFP4 MoE checkpoints) keeps attention, dense FFNs, shared experts and routers in 16
    // bits, and no format here quantizes the LM head (it is sized at 2 bytes per weight too).
    this.quantGemmFlopsPerS =
      peak(dep.computeDtype) * etaByDtype[dep.computeDtype];
    this.bf16GemmFlopsPerS = peak('bf16') * c.eta_gemm_bf16;
    this.denseGemmFlopsPerS =
      dep.format.scope === 'linear'
        ? this.quantGemmFlopsPerS
        : this.bf16GemmFlopsPerS;
    this.weightBytesPerS = g.memory.bandwidth_gbps * 1e9 * c.eta_weight_bw;
    this.kvBytesPerS = g.memory.bandwidth_gbps * 1e9 * c.eta_kv_bw;
    this.attnFlopsPerS = g.tflops_dense.bf16 * 1e12 * c.eta_attn_prefill;
    this.linkBytesPerS = g.interconnect.bandwidth_gbps * 1e9 * c.eta_link;

    const p = dep.params;
    const b = dep.bytes;
    const moe = a.moe;
    const activeExperts = moe
      ? p.numMoeLayers *
        moe.experts_per_token *
        3 *
        a.hidden_size *
        moe.expert_intermediate_size
      : 0;
    this.denseFlopsPerToken = (2 * (p.activeBody - activeExperts)) / tp;
    this.denseBytes = b.denseBody / tp;
    this.expertFlopsPerToken = (2 * activeExperts) / tp;
    this.expertBytes = b.experts / tp;
    this.numExperts = moe ? moe.num_experts : 0;
    this.expertsPerToken = moe ? moe.experts_per_token : 0;
    this.gemmHalf = c.gemm_half_tokens;
    this.moeGemmHalf = c.moe_gemm_half_tokens;
    // Grouped expert GEMMs (fused-MoE kernels) reach their own fraction of the compute dtype's
    // peak, not the dense GEMMs' one: block-scaled FP8/FP4 expert kernels and 16-bit ones differ.
    this.expertGemmFlopsPerS =
      peak(dep.computeDtype) *
      (dep.computeDtype === 'bf16' ? c.eta_moe_gemm : c.eta_moe_gemm_lowp);
    this.expertMissProb = moe ? 1 - moe.experts_per_token / moe.num_experts : 1;
    this.lmHeadFlopsPerSeq = (2 * a.vocab_size * a.hidden_size) / tp;
    this.lmHeadBytes = (a.tie_word_embeddings ? b.embedding : b.lmHead) / tp;

    const layout = attentionLayout(a);
    const kvLayer = kvBytesPerTokenPerLayerPerGpu(a, tp, dep.kvBytes);
    this.kvPerTokenFull = kvLayer * layout.fullLayers;
    this.kvPerTokenWindow = kvLayer * layout.windowLayers;
    const pairFlops = attentionFlopsPerPair(a) / tp;
    this.attnFlopsPerPairFull = pairFlops * layout.fullLayers;
    this.attnFlopsPerPairWindow = pairFlops * layout.windowLayers;
    // Decode attention FLOPs per (decoding sequence, attended token) pair: full layers attend to
    // the whole context, window layers to at most their window (like their KV reads). MLA decodes
    // in the absorbed form: scores and values over the latent (rank + rope) per head, every layer.
    const mla = a.attention === 'mla' && a.mla;
    this.decodeAttnFlopsPerPairFull = mla
      ? ((4 *
          a.num_attention_heads *
          (mla.kv_lora_rank + mla.qk_rope_head_dim)) /
          tp) *
        a.num_layers
      : this.attnFlopsPerPairFull;
    this.decodeAttnFlopsPerPairWindow = mla ? 0 : this.attnFlopsPerPairWindow;

    this.allReduces = tp > 1 ? 2 * a.num_layers : 0;
    this.allReduceRingFactor = tp > 1 ? (2 * (tp - 1)) / tp : 0;
    this.allReduceBytesPerToken = a.hidden_size * 2;
    this.allReduceLatency = c.allreduce_latency_us * 1e-6;
    this.fixedStep =
      (c.step_overhead_us +
        c.layer_overhead_us * a.num_layers +
        c.moe_layer_overhead_us * p.numMoeLayers) *
      1e-6;
    this.fixedDecodeStep =
      (c.step_overhead_us +
        c.decode_layer_overhead_us * a.num_layers +
        c.moe_layer_overhead_us * p.numMoeLayers) *
      1e-6;
    this.perSeq = c.seq_overhead_us * 1e-6;
    this.requestOverhead = c.request_overhead_ms * 1e-3;
  }

  /** GEMM efficiency falls for small M (rows): eta(M) = eta_max x M / (M + M_half). */
  private static gemmRate(peakRate: number, m: number, half: number): number {
    return (peakRate * m) / (m + half);
  }

  private linearSeconds(tokens: number): number {
    return roofline(
      this.denseFlopsPerToken * tokens,
      StepCostModel.gemmRate(this.denseGemmFlopsPerS, tokens, this.gemmHalf),
      this.denseBytes,
      this.weightBytesPerS,
    );
  }

  /** Routed experts: only the experts some token picked are read; each runs a GEMM of its tokens. */
  private expertSeconds(tokens: number): number {
    const touched = 1 - Math.pow(this.expertMissProb, tokens);
    const perExpert =
      (tokens * this.expertsPerToken) /
      (this.numExperts * Math.max(touched, 1e-12));
    return roofline(
      this.expertFlopsPerToken * tokens,
      StepCostModel.gemmRate(
        this.expertGemmFlopsPerS,
        perExpert,
        this.moeGemmHalf,
      ),
      this.expertBytes * touched,
      this.weightBytesPerS,
    );
  }

  private lmHeadSeconds(seqs: number): number {
    return roofline(
      this.lmHeadFlopsPerSeq * seqs,
      StepCostModel.gemmRate(this.bf16GemmFlopsPerS, seqs, this.gemmHalf),
      this.lmHeadBytes,
      this.weightBytesPerS,
    );
  }

  /** Seconds one engine step takes. Hot path: no allocation. */
  cost(s: StepShape): number {
    const tokens = s.decodeSeqs + s.prefillTokens;
    const seqs = s.decodeSeqs + s.prefillSeqs;
    if (seqs === 0) return 0;
    let t =
      (s.prefillTokens > 0 ? this.fixedStep : this.fixedDecodeStep) +
      this.perSeq * seqs;
    t += this.linearSeconds(tokens);
    if (this.numExperts > 0) t += this.expertSeconds(tokens);
    t += this.lmHeadSeconds(seqs);
    if (s.decodeSeqs > 0) {
      const bytes =
        s.decodeContext * this.kvPerTokenFull +
        s.decodeWindowContext * this.kvPerTokenWindow;
      const flops =
        s.decodeContext * this.decodeAttnFlopsPerPairFull +
        s.decodeWindowContext * this.decodeAttnFlopsPerPairWindow;
      t += Math.max(bytes / this.kvBytesPerS, flops / this.attnFlopsPerS);
    }
    if (s.prefillTokens > 0) {
      t +=
        (s.prefillPairs * this.attnFlopsPerPairFull +
          s.prefillWindowPairs * this.attnFlopsPerPairWindow) /
        this.attnFlopsPerS;
    }
    if (this.allReduces > 0) {
      t +=
        this.allReduces *
        (this.allReduceLatency +
          (this.allReduceRingFactor * tokens * this.allReduceBytesPerToken) /
            this.linkBytesPerS);
    }
    return t;
  }
}
