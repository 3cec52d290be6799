/**
 * The step-time model's fitted coefficients: names, meaning, bounds. Values live in
 * kb/calibration/coefficients.yaml (fitted by `yarn calibrate`).
 */
import { ServeplanInputError } from '../errors/ServeplanInputError';

/**
 * Version of the step-time model's form (which terms it has and how coefficients enter them).
 * kb/calibration/coefficients.yaml records the version it was fitted for; the kb loader rejects
 * coefficients fitted for another form. Bump it whenever StepCostModel's physics changes.
 *
 * 2: GEMMs run at the quantized rate only for quantized weights (experts-only formats keep
 *    attention and dense layers at the BF16 rate; the LM head always runs at BF16).
 * 3, 4, 6 and 7: tried and not kept (docs/calibration-residuals.md); the next form is 9.
 * 5: grouped expert GEMMs reach a fraction of the compute dtype's peak of their own, one for
 *    16-bit compute and one for FP8/FP4/INT8 compute, instead of the dense GEMM efficiency
 *    times one MoE factor.
 * 8: a correction, no new term: sliding-window layers' decode attention FLOPs are charged over
 *    the window-capped context, like their KV reads (they were charged over the whole context).
 */
export const STEP_MODEL_VERSION = 8;

export interface CoefficientSpec {
  name: string;
  description: string;
  min: number;
  max: number;
  /** Starting point for the fit (physical guesses, not fitted values). */
  initial: number;
  /**
   * A weak prior the fit is pulled toward where the measurements cannot tell values apart
   * (MAP estimate): the typical value from public kernel benchmarks, with its basis.
   */
  prior?: { value: number; basis: string };
}

export const COEFFICIENT_SPECS: CoefficientSpec[] = [
  {
    name: 'eta_gemm_bf16',
    description: 'fraction of dense BF16 peak reached by the linear layers',
    min: 0.05,
    max: 1,
    initial: 0.6,
    prior: {
      value: 0.75,
      basis:
        'cuBLAS BF16 GEMMs of LLM shapes reach about 700-800 of the H100 989 dense TFLOPS',
    },
  },
  {
    name: 'eta_gemm_fp8',
    description: 'fraction of dense FP8 peak reached by the linear layers',
    min: 0.05,
    max: 1,
    initial: 0.5,
    prior: {
      value: 0.65,
      basis: 'FP8 GEMMs reach about 1,200-1,400 of the H100 1,979 dense TFLOPS',
    },
  },
  {
    name: 'eta_gemm_fp4',
    description: 'fraction of dense FP4 peak reached by the linear layers',
    min: 0.05,
    max: 1,
    initial: 0.4,
    prior: {
      value: 0.55,
      basis: 'NVFP4 GEMMs on B200 reach roughly half of the dense FP4 peak',
    },
  },
  {
    name: 'gemm_half_tokens',
    description:
      'tokens in a step at which the linear layers reach half their peak efficiency (small GEMMs fill fewer tiles)',
    min: 0,
    max: 4096,
    initial: 256,
  },
  {
    name: 'moe_gemm_half_tokens',
    description:
      'tokens per expert at which grouped expert GEMMs reach half their peak efficiency',
    min: 0,
    max: 4096,
    initial: 64,
  },
  {
    name: 'eta_moe_gemm',
    description:
      'fraction of the 16-bit dense peak reached by grouped expert GEMMs computing in 16 bits (BF16 models, weight-only formats)',
    min: 0.02,
    max: 1,
    initial: 0.3,
  },
  {
    name: 'eta_moe_gemm_lowp',
    description:
      "fraction of the compute dtype's dense peak reached by grouped expert GEMMs computing in FP8, FP4 or INT8",
    min: 0.02,
    max: 1,
    initial: 0.2,
  },
  {
    name: 'eta_weight_bw',
    description: 'fraction of peak HBM bandwidth when streaming weights',
    min: 0.3,
    max: 1,
    initial: 0.85,
    prior: {
      value: 0.85,
      basis: 'streaming reads reach 85-90 % of peak HBM bandwidth',
    },
  },
  {
    name: 'eta_kv_bw',
    description:
      'fraction of peak HBM bandwidth when decode attention reads the KV cache',
    min: 0.1,
    max: 1,
    initial: 0.7,
    prior: {
      value: 0.75,
      basis: 'paged decode attention reads KV at 70-85 % of peak HBM bandwidth',
    },
  },
  {
    name: 'eta_attn_prefill',
    description:
      'fraction of dense BF16 peak reached by attention FLOPs (FlashAttention reaches 35-75 %)',
    min: 0.2,
    max: 1,
    initial: 0.4,
    prior: {
      value: 0.55,
      basis:
        'FlashAttention-2/3 reach 35-75 % of dense BF16 peak on long sequences',
    },
  },
  {
    name: 'step_overhead_us',
    description:
      'fixed cost per engine step (scheduling, input preparation, sampling launch)',
    min: 0,
    max: 20000,
    initial: 2000,
  },
  {
    name: 'layer_overhead_us',
    description:
      'fixed cost per layer of a step with prompt tokens (norms, RoPE, small kernels; vLLM runs attention outside CUDA graphs in mixed steps)',
    min: 0,
    max: 150,
    initial: 40,
    prior: {
      value: 50,
      basis:
        'the constant per-layer cost a roofline misses: about 75 us per layer in AIConfigurator measurements, 32 us in BLIS trained-physics (performance-modeling.md sections 2 and 5)',
    },
  },
  {
    name: 'decode_layer_overhead_us',
    description:
      'fixed cost per layer of a pure decode step (vLLM replays a full CUDA graph for decode-only batches)',
    min: 0,
    max: 150,
    initial: 25,
    prior: {
      value: 30,
      basis:
        'a full CUDA-graph replay removes most launch gaps: below the mixed-step cost (BLIS trained-physics: 32 us per layer)',
    },
  },
  {
    name: 'seq_overhead_us',
    description:
      'cost per scheduled sequence per step (sampling, bookkeeping, detokenization)',
    min: 0,
    max: 500,
    initial: 10,
  },
  {
    name: 'moe_layer_overhead_us',
    description:
      'extra fixed cost per MoE layer per step (routing, permutation)',
    min: 0,
    max: 1000,
    initial: 30,
  },
  {
    name: 'allreduce_latency_us',
    description: 'latency of one tensor-parallel all-reduce',
    min: 0,
    max: 200,
    initial: 10,
  },
  {
    name: 'eta_link',
    description: 'fraction of the peer link bandwidth reached by all-reduce',
    min: 0.1,
    max: 1,
    initial: 0.7,
    prior: {
      value: 0.75,
      basis:
        'NCCL all-reduce bus bandwidth reaches 70-85 % of the NVLink per-direction bandwidth',
    },
  },
  {
    name: 'request_overhead_ms',
    description:
      'per-request time outside engine steps added to TTFT (HTTP, tokenization, first-chunk streaming)',
    min: 0,
    max: 30,
    initial: 10,
  },
];

export type Coefficients = Record<string, number>;

/**
 * Problems with a coefficient set: terms the step-time model uses that are missing or not
 * finite, values outside their bounds, and names the model does not know. Empty when usable.
 */
export function coefficientProblems(c: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const spec of COEFFICIENT_SPECS) {
    const v = c[spec.name];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      problems.push(
        `calibration coefficients lack "${spec.name}" (${spec.description}); run \`yarn calibrate\``,
      );
    } else if (v < spec.min || v > spec.max) {
      problems.push(
        `calibration coefficient ${spec.name}=${v} is outside [${spec.min}, ${spec.max}]`,
      );
    }
  }
  const known = new Set(COEFFICIENT_SPECS.map(s => s.name));
  for (const name of Object.keys(c)) {
    if (!known.has(name))
      problems.push(
        `calibration coefficient "${name}" is not a term of the step-time model; run \`yarn calibrate\``,
      );
  }
  return problems;
}

/** Checks that a coefficient set has every term the step-time model uses, within bounds. */
export function checkCoefficients(c: Record<string, number>): Coefficients {
  const problems = coefficientProblems(c);
  if (problems.length > 0) throw new ServeplanInputError(problems[0]);
  return c;
}

export function initialCoefficients(): Coefficients {
  return Object.fromEntries(COEFFICIENT_SPECS.map(s => [s.name, s.initial]));
}
