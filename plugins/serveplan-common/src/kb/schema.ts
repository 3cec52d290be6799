/**
 * Zod schemas for the knowledge base (`kb/`). Every block of numbers carries a `provenance`
 * (a source and the date it was seen); `kb/` files are validated against these at load time.
 */
import { z } from 'zod';

/** ISO date (YYYY-MM-DD). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Where a block of facts came from. */
export const provenanceSchema = z.strictObject({
  /** A URL or a full citation. */
  source: z.string().min(3),
  /** When the source was read or published. */
  date: isoDate,
  /** How the figure was obtained. */
  kind: z
    .enum(['published', 'measured', 'fitted', 'estimated', 'derived'])
    .default('published'),
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const precisionSchema = z.enum([
  'bf16',
  'fp16',
  'fp8',
  'int8',
  'int4',
  'fp4',
]);
export type Precision = z.infer<typeof precisionSchema>;

const positiveInt = z.number().int().positive();

export const useCaseIds = [
  'chatbot',
  'code_completion',
  'code_generation',
  'rag',
  'summarization',
  'long_document_analysis',
  'translation',
  'content_generation',
  'batch_processing',
  'agent',
] as const;
export const useCaseIdSchema = z.enum(useCaseIds);
export type UseCaseId = z.infer<typeof useCaseIdSchema>;

export const moeSchema = z.strictObject({
  num_experts: positiveInt,
  experts_per_token: positiveInt,
  /** Intermediate (FFN) size of one routed expert. */
  expert_intermediate_size: positiveInt,
  num_shared_experts: z.number().int().nonnegative().default(0),
  shared_expert_intermediate_size: z.number().int().nonnegative().default(0),
  /** Leading layers that use a dense FFN instead of experts (DeepSeek's first_k_dense_replace). */
  num_dense_layers: z.number().int().nonnegative().default(0),
  /** Every n-th layer is MoE (1 = all layers). */
  moe_layer_frequency: positiveInt.default(1),
});

export const mlaSchema = z.strictObject({
  kv_lora_rank: positiveInt,
  q_lora_rank: z.number().int().nonnegative().nullable(),
  qk_rope_head_dim: positiveInt,
  qk_nope_head_dim: positiveInt,
  v_head_dim: positiveInt,
});

export const slidingWindowSchema = z.strictObject({
  window: positiveInt,
  /** How many of the layers use the window (the rest attend to the full context). */
  num_layers: positiveInt,
});

export const architectureSchema = z.strictObject({
  /** Hugging Face `architectures[0]`, e.g. LlamaForCausalLM. */
  hf_architecture: z.string(),
  attention: z.enum(['mha', 'gqa', 'mla']),
  num_layers: positiveInt,
  hidden_size: positiveInt,
  num_attention_heads: positiveInt,
  num_kv_heads: positiveInt,
  head_dim: positiveInt,
  /** Dense FFN intermediate size (for MoE models: the dense layers' size, if any). */
  intermediate_size: positiveInt,
  vocab_size: positiveInt,
  max_context: positiveInt,
  tie_word_embeddings: z.boolean(),
  sliding_window: slidingWindowSchema.nullable().default(null),
  moe: moeSchema.nullable().default(null),
  mla: mlaSchema.nullable().default(null),
  provenance: provenanceSchema,
});
export type Architecture = z.infer<typeof architectureSchema>;

export const licenseSchema = z.strictObject({
  /** SPDX id or the licence's own short name (e.g. llama3.1). */
  id: z.string(),
  name: z.string(),
  commercial_use: z.boolean(),
  /** Open licences (OSI-approved, e.g. Apache-2.0, MIT) vs community licences with use restrictions. */
  category: z.enum(['permissive', 'community', 'research']),
  url: z.string(),
});

export const modelVariantSchema = z.strictObject({
  precision: precisionSchema,
  /** Hugging Face id of the published checkpoint in this precision. */
  hf_id: z.string(),
  /** How the weights are quantized (awq, gptq, fp8-dynamic, nvfp4, mxfp4, ...). */
  method: z.string(),
  /** Which layers are quantized: all linear layers, or experts only (gpt-oss' MXFP4). */
  scope: z.enum(['linear', 'experts']).default('linear'),
  /** Activations in this precision too (W8A8) or kept in 16 bits (weight-only, W4A16). */
  weight_only: z.boolean(),
  /**
   * KV-cache dtype the checkpoint declares (NVIDIA ModelOpt checkpoints carry
   * `kv_cache_quant_algo: FP8`, which vLLM's `--kv-cache-dtype auto` honours).
   */
  kv_cache_dtype: z.enum(['auto', 'fp8']).default('auto'),
  provenance: provenanceSchema,
});
export type ModelVariant = z.infer<typeof modelVariantSchema>;

export const modelTaskSchema = z.enum([
  'chat',
  'code',
  'reasoning',
  'summarization',
  'translation',
  'rag',
  'tool_use',
  'long_context',
  'multilingual',
  'vision',
]);

export const qualityScoreSchema = z.strictObject({
  /** Benchmark name, e.g. MMLU-Pro, HumanEval, IFEval. */
  benchmark: z.string(),
  /** Score in percent (0-100). */
  score: z.number().min(0).max(100),
  provenance: provenanceSchema,
});

export const modelSchema = z.strictObject({
  /** Canonical Hugging Face id of the checkpoint in its native precision. */
  id: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'expected a Hugging Face id (org/name)'),
  name: z.string(),
  /** Short names that resolve to this model, e.g. llama-3.1-8b. */
  aliases: z.array(z.string()).default([]),
  family: z.string(),
  developer: z.string(),
  /**
   * Country of the developer's headquarters (ISO 3166-1 alpha-2, e.g. CN, US, FR), for requests
   * such as "no models from Chinese labs".
   */
  developer_country: z.strictObject({
    code: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code'),
    provenance: provenanceSchema,
  }),
  release_date: isoDate,
  license: licenseSchema,
  tasks: z.array(modelTaskSchema).min(1),
  /** Precision of the native checkpoint's linear layers. */
  native_precision: precisionSchema,
  /** When native_precision applies only to expert weights (gpt-oss). */
  native_precision_scope: z.enum(['linear', 'experts']).default('linear'),
  /**
   * How the native checkpoint's quantized weights are stored: `quant_method` of its config.json
   * `quantization_config` (mxfp4 for gpt-oss). Sizes 4-bit floats (MXFP4 and NVFP4 differ in
   * their scales); null for 16-bit checkpoints.
   */
  native_quantization: z
    .strictObject({
      method: z.string().min(1),
      provenance: provenanceSchema,
    })
    .nullable()
    .default(null),
  architecture: architectureSchema,
  parameters: z.strictObject({
    total: z.number().positive(),
    /** Parameters touched per token (= total for dense models). */
    active: z.number().positive(),
    provenance: provenanceSchema,
  }),
  variants: z.array(modelVariantSchema).default([]),
  quality: z.array(qualityScoreSchema).default([]),
});
export type ModelSpec = z.infer<typeof modelSchema>;

export const gpuSchema = z.strictObject({
  /** Canonical id, e.g. H100-SXM. */
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  vendor: z.enum(['nvidia', 'amd']),
  architecture: z.string(),
  form_factor: z.enum(['sxm', 'pcie', 'oam', 'nvl']),
  memory: z.strictObject({
    /** Memory the driver reports as usable (nvidia-smi/rocm-smi total), GiB. */
    usable_gib: z.number().positive(),
    /** Marketing capacity in GB. */
    nominal_gb: z.number().positive(),
    type: z.string(),
    /** Peak memory bandwidth, GB/s. */
    bandwidth_gbps: z.number().positive(),
    provenance: provenanceSchema,
  }),
  /** Dense (no 2:4 sparsity) tensor-core peak, TFLOPS; null when the GPU lacks the format. */
  tflops_dense: z.strictObject({
    bf16: z.number().positive(),
    fp16: z.number().positive(),
    fp8: z.number().positive().nullable(),
    int8: z.number().positive().nullable(),
    fp4: z.number().positive().nullable(),
    provenance: provenanceSchema,
  }),
  interconnect: z.strictObject({
    /** nvlink, infinity-fabric, pcie. */
    type: z.string(),
    /** Per-GPU unidirectional bandwidth to peers for collectives, GB/s. */
    bandwidth_gbps: z.number().positive(),
    /** Largest tensor-parallel group within one node. */
    max_gpus_per_node: positiveInt,
    provenance: provenanceSchema,
  }),
  /** Value of the nvidia.com/gpu.product (or amd.com) node label, for manifests. */
  node_label: z.string().optional(),
});
export type GpuSpec = z.infer<typeof gpuSchema>;

export const priceSchema = z.strictObject({
  gpu: z.string(),
  provider: z.string(),
  /** Instance or offering, e.g. "p5.48xlarge on-demand, us-east-1". */
  offering: z.string(),
  pricing: z.enum(['on_demand', 'reserved', 'spot', 'capacity_block']),
  usd_per_gpu_hour: z.number().positive(),
  provenance: provenanceSchema,
});
export type PriceEntry = z.infer<typeof priceSchema>;

/** vLLM engine defaults and memory overheads the engine assumes (kb/engine/vllm.yaml). */
export const engineDefaultsSchema = z.strictObject({
  engine: z.literal('vllm'),
  /** The vLLM versions these defaults describe. */
  versions: z.string(),
  defaults: z.strictObject({
    block_size: positiveInt,
    gpu_memory_utilization: z.number().gt(0).lte(1),
    /** vLLM picks the larger batch defaults on GPUs with at least this much memory... */
    large_gpu_min_memory_gib: z.number().positive(),
    /** ...unless the GPU's architecture is one of these (vLLM excludes A100). */
    large_gpu_excluded_architectures: z.array(z.string()),
    max_num_seqs: z.strictObject({
      default: positiveInt,
      large_gpu: positiveInt,
    }),
    max_num_batched_tokens: z.strictObject({
      default: positiveInt,
      large_gpu: positiveInt,
    }),
    provenance: provenanceSchema,
  }),
  memory: z.strictObject({
    /** CUDA context, allocator slack and other memory outside PyTorch's tensors, per GPU. */
    non_torch_gib: z.number().nonnegative(),
    /** NCCL buffers per GPU when TP > 1. */
    nccl_gib: z.number().nonnegative(),
    /** CUDA-graph pools per GPU. */
    cuda_graph_gib: z.number().nonnegative(),
    /** Bytes per hidden element per batched token in the profiling run's peak activation. */
    activation_bytes: z.number().positive(),
    /** Bytes per logit in the sampler warm-up over max_num_seqs x vocab (fp32 logits, sort buffers). */
    sampler_bytes_per_logit: z.number().positive(),
    provenance: provenanceSchema,
  }),
});
export type EngineDefaults = z.infer<typeof engineDefaultsSchema>;

/** A fitted coefficient set for the step-time model (kb/calibration/coefficients.yaml). */
export const calibrationSchema = z.strictObject({
  engine: z.literal('vllm'),
  /** The step-time model's form; bumped when its terms change. */
  model_version: positiveInt,
  coefficients: z.record(z.string(), z.number()),
  /**
   * Held-out residual quantiles of log(measured / predicted) per metric, for intervals: the
   * 90 % interval of a prediction p is [p * exp(q05), p * exp(q95)].
   */
  residuals: z.record(
    z.string(),
    z.strictObject({
      q05: z.number(),
      q50: z.number(),
      q95: z.number(),
      n: z.number().int().nonnegative(),
    }),
  ),
  /** Extra spread for GPUs with no calibration rows (from leave-one-GPU-out error). */
  uncalibrated_gpu_residuals: z
    .record(
      z.string(),
      z.strictObject({
        q05: z.number(),
        q50: z.number(),
        q95: z.number(),
        n: z.number().int().nonnegative(),
      }),
    )
    .default({}),
  /** Leave-one-GPU-out error per GPU: how well GPUs never fitted are predicted. */
  cross_validation: z
    .array(
      z.strictObject({
        gpu: z.string(),
        metric: z.string(),
        median_ape: z.number(),
        p90_ape: z.number(),
        n: z.number().int().nonnegative(),
      }),
    )
    .default([]),
  /**
   * Calibration only, not engine properties: requests per client in each benchmark campaign's
   * closed-loop runs (how much the synchronized first wave weighs in their means).
   */
  benchmark_protocol: z.record(z.string(), z.number().positive()).default({}),
  calibrated_gpus: z.array(z.string()),
  training_groups: z.array(z.string()),
  holdout_groups: z.array(z.string()),
  provenance: provenanceSchema,
});
export type Calibration = z.infer<typeof calibrationSchema>;

/** A length distribution as written in kb/use-cases.yaml. */
export const lengthDistributionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), value: positiveInt }),
  z.strictObject({
    kind: z.literal('uniform'),
    min: positiveInt,
    max: positiveInt,
  }),
  z.strictObject({
    kind: z.literal('normal'),
    mean: z.number().positive(),
    std: z.number().nonnegative(),
  }),
  z.strictObject({
    kind: z.literal('lognormal'),
    mean: z.number().positive(),
    std: z.number().nonnegative(),
  }),
]);

export const percentileSchema = z.enum(['mean', 'p50', 'p90', 'p95', 'p99']);
export type PercentileName = z.infer<typeof percentileSchema>;

export const sloTargetSchema = z.strictObject({
  target: z.number().positive(),
  percentile: percentileSchema,
});
export type SloTarget = z.infer<typeof sloTargetSchema>;

export const useCaseSchema = z.strictObject({
  id: useCaseIdSchema,
  name: z.string(),
  tasks: z.array(modelTaskSchema).min(1),
  quality_benchmarks: z.array(z.string()).min(1),
  input_tokens: lengthDistributionSchema,
  output_tokens: lengthDistributionSchema,
  max_input_tokens: positiveInt,
  slo: z.strictObject({
    ttft_ms: sloTargetSchema.nullable(),
    itl_ms: sloTargetSchema.nullable(),
    e2e_ms: sloTargetSchema.nullable(),
  }),
  load: z.strictObject({
    /** Fraction of users active in the busiest hour. */
    active_share: z.number().gt(0).lte(1),
    requests_per_active_user_per_hour: z.number().positive(),
    /** Busiest minute over the busiest hour's mean. */
    peak_to_average: z.number().gte(1),
    /** Coefficient of variation of inter-arrival times at the peak (1 = Poisson). */
    burstiness_cv: z.number().positive(),
  }),
  reasoning: z.string(),
  provenance: provenanceSchema,
});
export type UseCase = z.infer<typeof useCaseSchema>;

export const useCasesFileSchema = z.strictObject({
  load_model: z.strictObject({
    description: z.string(),
    /** Capacity kept above the predicted peak. */
    headroom: z.number().min(0).max(5),
    /** Hours a day over which a stated per-user daily request count is spread. */
    busy_hours_per_day: z.number().gt(0).max(24),
    provenance: provenanceSchema,
  }),
  use_cases: z.array(useCaseSchema),
});
export type UseCases = z.infer<typeof useCasesFileSchema>;

/** Everything the capacity engine reads, validated. */
export interface KnowledgeBase {
  /** Content hash of the kb files: plans record which kb produced them. */
  version: string;
  models: ModelSpec[];
  gpus: GpuSpec[];
  prices: PriceEntry[];
  engine: EngineDefaults;
  calibration: Calibration;
  useCases: UseCases;
}
