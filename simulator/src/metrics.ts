/**
 * /metrics with vLLM V1's metric names, types, labels (`model_name`, `engine`) and histogram
 * buckets (serving-surface.md 2.4), fed from the same engine state and token timestamps the
 * clients see: gauges read the scheduler at scrape time; TTFT and inter-token latency are
 * observed as tokens go out; the per-request histograms when a request finishes. Counters carry
 * the `_total` suffix in their exposed name as vLLM's Python client writes them. Prefix caching
 * is not simulated, so prefix-cache hits stay 0.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export const TTFT_BUCKETS = [
  0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5,
  5.0, 7.5, 10.0, 20.0, 40.0, 80.0, 160.0, 640.0, 2560.0,
];
export const ITL_BUCKETS = [
  0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5, 5.0,
  7.5, 10.0, 20.0, 40.0, 80.0,
];
export const REQUEST_LATENCY_BUCKETS = [
  0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0,
  60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 7680.0,
];
export const N_BUCKETS = [1, 2, 5, 10, 20];
export const ITERATION_TOKEN_BUCKETS = [
  1, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384,
];

/** vLLM's "1-2-5" buckets up to a maximum: 1, 2, 5, 10, 20, 50, ... */
export function buckets125(max: number): number[] {
  const out: number[] = [];
  for (let exp = 1; ; exp *= 10) {
    for (const m of [1, 2, 5]) {
      const v = m * exp;
      if (v > max) return out;
      out.push(v);
    }
  }
}

export type FinishedReason = 'stop' | 'length' | 'abort' | 'error';
const FINISHED_REASONS: FinishedReason[] = ['stop', 'length', 'abort', 'error'];

/** One engine request's lifecycle, performance.now() milliseconds. */
export interface RequestTimeline {
  promptTokens: number;
  generationTokens: number;
  maxTokens: number;
  receivedAt: number;
  readyAt: number;
  scheduledAt?: number;
  firstTokenAt?: number;
  lastTokenAt?: number;
}

export interface EngineGauges {
  running(): number;
  waiting(): number;
  kvUsage(): number;
}

export interface CacheInfo {
  blockSize: number;
  numGpuBlocks: number;
  cacheDtype: string;
  gpuMemoryUtilization: number;
}

export class VllmMetrics {
  readonly registry = new Registry();
  private readonly labels: { model_name: string; engine: string };
  private readonly promptTokens;
  private readonly generationTokens;
  private readonly preemptions;
  private readonly success;
  private readonly prefixQueries;
  private readonly prefixHits;
  private readonly ttft;
  private readonly itl;
  private readonly tpot;
  private readonly e2e;
  private readonly queue;
  private readonly inference;
  private readonly prefill;
  private readonly decode;
  private readonly promptHist;
  private readonly generationHist;
  private readonly maxTokensHist;
  private readonly maxGenHist;
  private readonly nHist;
  private readonly iterationTokens;
  private readonly lateness;
  private readonly pendingGaps: number[] = [];
  /** Registered in the registry; kept so the gauge is not a side-effect-only construction. */
  readonly waitingByReason;

  constructor(
    modelName: string,
    gauges: EngineGauges,
    cache: CacheInfo,
    maxModelLen: number,
  ) {
    const labels = { model_name: modelName, engine: '0' };
    this.labels = labels;
    const labelNames = ['model_name', 'engine'] as const;
    const registers = [this.registry];
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        labelNames,
        registers,
        collect() {
          this.set(labels, read());
        },
      });
    gauge(
      'vllm:num_requests_running',
      'Requests in the model execution batch.',
      gauges.running,
    );
    gauge(
      'vllm:num_requests_waiting',
      'Requests waiting to be processed.',
      gauges.waiting,
    );
    gauge(
      'vllm:kv_cache_usage_perc',
      'KV-cache usage: 1 means 100 percent.',
      gauges.kvUsage,
    );
    this.waitingByReason = new Gauge({
      name: 'vllm:num_requests_waiting_by_reason',
      help: 'Requests waiting, by reason (the simulator has only capacity waits).',
      labelNames: [...labelNames, 'reason'],
      registers,
      collect() {
        this.set({ ...labels, reason: 'capacity' }, gauges.waiting());
        this.set({ ...labels, reason: 'deferred' }, 0);
      },
    });
    new Gauge({
      name: 'vllm:cache_config_info',
      help: 'Information of the KV-cache configuration.',
      labelNames: [
        ...labelNames,
        'block_size',
        'cache_dtype',
        'gpu_memory_utilization',
        'num_gpu_blocks',
        'enable_prefix_caching',
      ],
      registers,
    }).set(
      {
        ...labels,
        block_size: String(cache.blockSize),
        cache_dtype: cache.cacheDtype,
        gpu_memory_utilization: String(cache.gpuMemoryUtilization),
        num_gpu_blocks: String(cache.numGpuBlocks),
        enable_prefix_caching: 'False',
      },
      1,
    );
    const counter = (name: string, help: string) => {
      const c = new Counter({ name, help, labelNames, registers });
      const child = c.labels(labels);
      child.inc(0);
      return child;
    };
    this.promptTokens = counter(
      'vllm:prompt_tokens_total',
      'Prefill tokens processed.',
    );
    this.generationTokens = counter(
      'vllm:generation_tokens_total',
      'Generation tokens processed.',
    );
    this.preemptions = counter(
      'vllm:num_preemptions_total',
      'Cumulative preemptions from the engine.',
    );
    this.prefixQueries = counter(
      'vllm:prefix_cache_queries_total',
      'Prefix-cache queries, in tokens.',
    );
    this.prefixHits = counter(
      'vllm:prefix_cache_hits_total',
      'Prefix-cache hits, in tokens (not simulated: 0).',
    );
    const success = new Counter({
      name: 'vllm:request_success_total',
      help: 'Finished requests by finish reason.',
      labelNames: [...labelNames, 'finished_reason'],
      registers,
    });
    for (const r of FINISHED_REASONS)
      success.inc({ ...labels, finished_reason: r }, 0);
    this.success = success;
    const hist = (name: string, help: string, buckets: number[]) =>
      new Histogram({ name, help, labelNames, buckets, registers }).labels(
        labels,
      );
    this.ttft = hist(
      'vllm:time_to_first_token_seconds',
      'Time to first token, from arrival (queueing included).',
      TTFT_BUCKETS,
    );
    this.itl = hist(
      'vllm:inter_token_latency_seconds',
      'Time between consecutive output tokens.',
      ITL_BUCKETS,
    );
    this.tpot = hist(
      'vllm:request_time_per_output_token_seconds',
      'Decode time per output token, per request.',
      ITL_BUCKETS,
    );
    this.e2e = hist(
      'vllm:e2e_request_latency_seconds',
      'End-to-end request latency.',
      REQUEST_LATENCY_BUCKETS,
    );
    this.queue = hist(
      'vllm:request_queue_time_seconds',
      'Time spent waiting in the engine queue.',
      REQUEST_LATENCY_BUCKETS,
    );
    this.inference = hist(
      'vllm:request_inference_time_seconds',
      'Time running in the engine (prefill + decode).',
      REQUEST_LATENCY_BUCKETS,
    );
    this.prefill = hist(
      'vllm:request_prefill_time_seconds',
      'Time from first scheduling to the first token.',
      REQUEST_LATENCY_BUCKETS,
    );
    this.decode = hist(
      'vllm:request_decode_time_seconds',
      'Time from the first token to the last.',
      REQUEST_LATENCY_BUCKETS,
    );
    const tokenBuckets = buckets125(maxModelLen);
    this.promptHist = hist(
      'vllm:request_prompt_tokens',
      'Prompt tokens per request.',
      tokenBuckets,
    );
    this.generationHist = hist(
      'vllm:request_generation_tokens',
      'Generated tokens per request.',
      tokenBuckets,
    );
    this.maxTokensHist = hist(
      'vllm:request_params_max_tokens',
      'The max_tokens request parameter.',
      tokenBuckets,
    );
    this.maxGenHist = hist(
      'vllm:request_max_num_generation_tokens',
      'Maximum generated tokens per request.',
      tokenBuckets,
    );
    this.nHist = hist(
      'vllm:request_params_n',
      'The n request parameter.',
      N_BUCKETS,
    );
    this.iterationTokens = hist(
      'vllm:iteration_tokens_total',
      'Tokens per engine step.',
      ITERATION_TOKEN_BUCKETS,
    );
    this.lateness = new Histogram({
      name: 'serveplan_simulator_step_lateness_seconds',
      help: "Simulator only: how late a step's tokens went out against the engine's schedule (the last token of each step).",
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1],
      registers,
    });
  }

  onStep(promptTokens: number, decodeTokens: number) {
    this.iterationTokens.observe(promptTokens + decodeTokens);
  }

  onStepEmitted(latenessSeconds: number) {
    this.lateness.observe(Math.max(0, latenessSeconds));
  }

  onScheduled(promptTokens: number) {
    this.prefixQueries.inc(promptTokens);
    this.prefixHits.inc(0);
  }

  onPreempted() {
    this.preemptions.inc();
  }

  onFirstToken(t: RequestTimeline, now: number) {
    this.ttft.observe((now - t.receivedAt) / 1000);
    this.promptTokens.inc(t.promptTokens);
    this.generationTokens.inc();
  }

  /**
   * A later token of a request. Buffered, and applied by flush() once the step's tokens are out,
   * so the per-token metric work does not delay the tokens of the same step.
   */
  onNextToken(gapMs: number) {
    this.pendingGaps.push(gapMs / 1000);
  }

  /** Applies buffered per-token observations (after each step's emission, and before a scrape). */
  flush() {
    const gaps = this.pendingGaps;
    if (gaps.length === 0) return;
    for (let i = 0; i < gaps.length; i++) this.itl.observe(gaps[i]);
    this.generationTokens.inc(gaps.length);
    gaps.length = 0;
  }

  onFinished(t: RequestTimeline, reason: FinishedReason, now: number) {
    this.success.inc({ ...this.labels, finished_reason: reason });
    if (reason === 'abort' || reason === 'error') return;
    const s = (ms: number) => Math.max(0, ms) / 1000;
    this.e2e.observe(s(now - t.receivedAt));
    if (t.scheduledAt !== undefined) {
      this.queue.observe(s(t.scheduledAt - t.readyAt));
      this.inference.observe(s(now - t.scheduledAt));
      if (t.firstTokenAt !== undefined)
        this.prefill.observe(s(t.firstTokenAt - t.scheduledAt));
    }
    if (t.firstTokenAt !== undefined) {
      this.decode.observe(s(now - t.firstTokenAt));
      if (t.generationTokens > 1)
        this.tpot.observe(s(now - t.firstTokenAt) / (t.generationTokens - 1));
    }
    this.promptHist.observe(t.promptTokens);
    this.generationHist.observe(t.generationTokens);
    this.maxTokensHist.observe(t.maxTokens);
  }

  /**
   * A prompt's last choice finished (vLLM's parent request with n choices, or a plain request
   * with n = 1): `n` and the most tokens any of its choices generated, observed once per prompt
   * as ParentRequest.observe_finished_request does, not once per choice.
   */
  onParentFinished(n: number, maxGenerationTokens: number) {
    this.nHist.observe(n);
    this.maxGenHist.observe(maxGenerationTokens);
  }

  async text(): Promise<string> {
    this.flush();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
