/**
 * The capacity engine on one configuration: a prediction, and what-if curves (request rate →
 * latency and monthly cost; prompt length → time to first token) over the effective kb.
 */
import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  gpuPrice,
  GpuPrice,
  HOURS_PER_MONTH,
  isServeplanInputError,
  KnowledgeBase,
  lengthQuantile99,
  LengthDistribution,
  meanLength,
  meetsSlo,
  PercentileName,
  predict,
  Prediction,
  replicaCapacity,
  resolveDeployment,
  ServeplanInputError,
  SloSpec,
  sloValue,
  TrafficProfile,
  UseCaseId,
  useCaseTemplate,
  workloadAt,
} from '@serveplan/plugin-serveplan-common';
import { readServeplanConfig, ServeplanConfig } from '../../config';
import {
  knowledgeBaseServiceRef,
  KnowledgeBaseService,
} from '../kb/KnowledgeBaseService';
import {
  ApiDeployment,
  ApiLengthDistribution,
  ApiWorkload,
  toDeploymentInput,
  toLengthDistribution,
  toWorkload,
} from './workloadInput';

export interface SweepConfigurationInput {
  deployment: ApiDeployment;
  use_case?: UseCaseId;
  input?: ApiLengthDistribution;
  output?: ApiLengthDistribution;
  percentile?: PercentileName;
  requests?: number;
}

export interface RateSweepInput extends SweepConfigurationInput {
  rates?: number[];
  replicas?: number;
}

export interface InputLengthSweepInput extends SweepConfigurationInput {
  rate_rps?: number;
  input_lengths?: number[];
}

export interface SweepConfiguration {
  model: string;
  gpu: string;
  tp: number;
  precision: string;
  /** The --max-model-len the curve was computed with. */
  max_model_len: number;
}

export interface RatePoint {
  rate_rps: number;
  replicas: number;
  load_per_replica_rps: number;
  ttft_ms: number | null;
  itl_ms: number | null;
  e2e_ms: number | null;
  meets_slo: boolean;
  saturated: boolean;
  monthly_cost_usd: number;
  cost_per_million_tokens_usd: number | null;
}

export interface RateSweep {
  configuration: SweepConfiguration;
  percentile: PercentileName;
  slo: SloSpec;
  price: GpuPrice;
  max_qps_per_replica: number;
  saturation_qps_per_replica: number;
  headroom: number;
  points: RatePoint[];
  kb_version: string;
}

export interface InputLengthPoint {
  input_tokens: number;
  ttft_ms: number | null;
  ttft_mean_ms: number | null;
  fits: boolean;
  reason: string | null;
}

export interface InputLengthSweep {
  configuration: SweepConfiguration;
  percentile: PercentileName;
  rate_rps: number;
  points: InputLengthPoint[];
  kb_version: string;
}

const DEFAULT_SWEEP_REQUESTS = 600;
const RATE_POINTS = 12;
const LENGTH_POINTS = 10;

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

function linspace(from: number, to: number, n: number): number[] {
  return Array.from(
    { length: n },
    (_, i) => from + ((to - from) * i) / (n - 1),
  );
}

/** --max-model-len for lengths up to `tokens`: rounded up to 1,024, within the model's context. */
function modelLenFor(tokens: number, maxContext: number): number {
  return Math.min(maxContext, Math.ceil(tokens / 1024) * 1024);
}

interface SweepSetup {
  maxContext: number;
  kb: KnowledgeBase;
  dep: ReturnType<typeof toDeploymentInput>;
  configuration: Omit<SweepConfiguration, 'max_model_len'>;
  traffic: TrafficProfile;
  slo: SloSpec;
  percentile: PercentileName;
  requests: number;
}

export class EngineService {
  readonly #kb: KnowledgeBaseService;
  readonly #config: ServeplanConfig;

  static create(options: {
    kb: KnowledgeBaseService;
    config: ServeplanConfig;
  }): EngineService {
    return new EngineService(options.kb, options.config);
  }

  private constructor(kb: KnowledgeBaseService, config: ServeplanConfig) {
    this.#kb = kb;
    this.#config = config;
  }

  async predict(request: {
    deployment: ApiDeployment;
    workload: ApiWorkload;
  }): Promise<Prediction> {
    const { kb } = await this.#kb.current();
    return predict(kb, {
      ...toDeploymentInput(request.deployment),
      workload: toWorkload(request.workload),
    });
  }

  async sweepRequestRate(request: RateSweepInput): Promise<RateSweep> {
    const s = await this.#setup(request);
    // Unless set, size the context for the traffic (as the planner does), not the model's maximum.
    s.dep.maxModelLen ??= modelLenFor(
      s.traffic.max_input_tokens + s.traffic.max_output_tokens,
      s.maxContext,
    );
    const price = gpuPrice(
      s.kb,
      s.kb.gpus.find(g => g.id === s.configuration.gpu)!,
    );
    if (!price) {
      throw new ServeplanInputError(
        `the knowledge base has no on-demand price for ${s.configuration.gpu}; set one with PUT /kb/prices/${s.configuration.gpu}`,
        {
          field: 'deployment.gpu',
        },
      );
    }
    const capacity = replicaCapacity(s.kb, s.dep, s.traffic, s.slo, {
      requests: s.requests,
    });
    const perReplica =
      capacity.max_rps > 0 ? capacity.max_rps : capacity.saturation_rps;
    if (!(perReplica > 0)) {
      throw new ServeplanInputError(
        `${s.configuration.model} on ${s.configuration.tp} × ${
          s.configuration.gpu
        } (${s.configuration.precision}) serves no load: ${
          capacity.light_load?.reason ?? capacity.limited_by
        }`,
        { field: 'deployment' },
      );
    }
    const headroom = s.kb.useCases.load_model.headroom;
    const rates =
      request.rates ??
      (request.replicas
        ? linspace(0.1, 1.5, RATE_POINTS).map(
            f => f * perReplica * request.replicas!,
          )
        : linspace(0.25, 6, RATE_POINTS).map(f => f * perReplica));
    const tokensPerRequest =
      meanLength(s.traffic.input) + meanLength(s.traffic.output);
    const points = rates.map(rate => {
      const replicas =
        request.replicas ??
        Math.max(1, Math.ceil((rate * (1 + headroom)) / perReplica));
      const load = rate / replicas;
      const p = predict(s.kb, {
        ...s.dep,
        workload: workloadAt(s.traffic, load, s.requests),
      });
      const monthly =
        replicas *
        s.configuration.tp *
        price.usd_per_gpu_hour *
        HOURS_PER_MONTH;
      const tokensPerMonth = rate * tokensPerRequest * 3600 * HOURS_PER_MONTH;
      return {
        rate_rps: rate,
        replicas,
        load_per_replica_rps: load,
        ttft_ms: finite(sloValue(p, 'ttft_ms', s.percentile)),
        itl_ms: finite(sloValue(p, 'itl_ms', s.percentile)),
        e2e_ms: finite(sloValue(p, 'e2e_ms', s.percentile)),
        meets_slo: capacity.max_rps > 0 && meetsSlo(p, s.slo),
        saturated: p.saturated === true,
        monthly_cost_usd: monthly,
        cost_per_million_tokens_usd:
          tokensPerMonth > 0 ? monthly / (tokensPerMonth / 1e6) : null,
      };
    });
    return {
      configuration: {
        ...s.configuration,
        max_model_len: resolveDeployment(s.kb, s.dep).flags.maxModelLen,
      },
      percentile: s.percentile,
      slo: s.slo,
      price,
      max_qps_per_replica: capacity.max_rps,
      saturation_qps_per_replica: capacity.saturation_rps,
      headroom,
      points,
      kb_version: s.kb.version,
    };
  }

  async sweepInputLength(
    request: InputLengthSweepInput,
  ): Promise<InputLengthSweep> {
    const s = await this.#setup(request);
    if (request.input_lengths) {
      s.dep.maxModelLen ??= modelLenFor(
        Math.max(...request.input_lengths) + s.traffic.max_output_tokens,
        s.maxContext,
      );
    }
    const rate = request.rate_rps ?? this.#lightLoad(s);
    const maxLen = resolveDeployment(s.kb, s.dep).flags.maxModelLen;
    const room = maxLen - lengthQuantile99(s.traffic.output);
    if (!request.input_lengths && room < 16) {
      throw new ServeplanInputError(
        `--max-model-len ${maxLen} leaves no room for prompts next to the outputs`,
        { field: 'deployment.max_model_len' },
      );
    }
    const lengths = request.input_lengths ?? [
      ...new Set(
        linspace(
          Math.log(Math.min(128, room)),
          Math.log(Math.min(room, 131_072)),
          LENGTH_POINTS,
        ).map(x => Math.round(Math.exp(x))),
      ),
    ];
    const points = lengths.map(tokens => {
      const traffic: TrafficProfile = {
        ...s.traffic,
        input: { kind: 'fixed', value: tokens },
      };
      try {
        const p = predict(s.kb, {
          ...s.dep,
          workload: workloadAt(traffic, rate, s.requests),
        });
        let reason = p.reason;
        if (p.fits)
          reason = p.saturated
            ? `saturated at ${rate.toPrecision(
                3,
              )} req/s with ${tokens}-token prompts`
            : null;
        return {
          input_tokens: tokens,
          ttft_ms: p.fits && p.ttft_ms ? finite(p.ttft_ms[s.percentile]) : null,
          ttft_mean_ms: p.fits && p.ttft_ms ? finite(p.ttft_ms.mean) : null,
          fits: p.fits,
          reason,
        };
      } catch (e) {
        if (!isServeplanInputError(e)) throw e;
        return {
          input_tokens: tokens,
          ttft_ms: null,
          ttft_mean_ms: null,
          fits: false,
          reason: e.message,
        };
      }
    });
    return {
      configuration: { ...s.configuration, max_model_len: maxLen },
      percentile: s.percentile,
      rate_rps: rate,
      points,
      kb_version: s.kb.version,
    };
  }

  /** 10 % of the configuration's saturation throughput at the template's lengths. */
  #lightLoad(s: SweepSetup): number {
    const p = predict(s.kb, {
      ...s.dep,
      workload: workloadAt(s.traffic, 0.01, 100),
    });
    if (!p.fits)
      throw new ServeplanInputError(
        `${s.configuration.model} does not fit ${s.configuration.tp} × ${s.configuration.gpu}: ${p.reason}`,
        { field: 'deployment' },
      );
    return Math.max(0.01, (p.max_sustainable_qps ?? 1) * 0.1);
  }

  async #setup(request: SweepConfigurationInput): Promise<SweepSetup> {
    const { kb } = await this.#kb.current();
    const dep = toDeploymentInput(request.deployment);
    const resolved = resolveDeployment(kb, dep);
    const template = useCaseTemplate(kb, request.use_case ?? 'chatbot');
    const input: LengthDistribution = request.input
      ? toLengthDistribution(request.input, 'input')
      : template.input_tokens;
    const output: LengthDistribution = request.output
      ? toLengthDistribution(request.output, 'output')
      : template.output_tokens;
    const percentile: PercentileName =
      request.percentile ??
      this.#config.defaultPercentile ??
      template.slo.ttft_ms?.percentile ??
      template.slo.itl_ms?.percentile ??
      'p95';
    const slo: SloSpec = { ttft_ms: null, itl_ms: null, e2e_ms: null };
    for (const k of ['ttft_ms', 'itl_ms', 'e2e_ms'] as const) {
      const t = template.slo[k];
      if (t) slo[k] = { target: t.target, percentile };
    }
    const requests = request.requests ?? DEFAULT_SWEEP_REQUESTS;
    if (!Number.isInteger(requests) || requests < 100 || requests > 5000) {
      throw new ServeplanInputError(
        `requests must be a whole number from 100 to 5,000, got ${requests}`,
        { field: 'requests' },
      );
    }
    const traffic: TrafficProfile = {
      users: null,
      peak_rps: 1,
      average_rps: 1,
      burstiness_cv: template.load.burstiness_cv,
      input,
      output,
      max_input_tokens: Math.max(
        template.max_input_tokens,
        lengthQuantile99(input),
      ),
      max_output_tokens: lengthQuantile99(output),
      headroom: kb.useCases.load_model.headroom,
      derivation: 'what-if sweep',
    };
    return {
      maxContext: resolved.model.architecture.max_context,
      kb,
      dep,
      configuration: {
        model: resolved.model.id,
        gpu: resolved.gpu.id,
        tp: resolved.tp,
        precision: resolved.precision,
      },
      traffic,
      slo,
      percentile,
      requests,
    };
  }
}

export const engineServiceRef = createServiceRef<EngineService>({
  id: 'serveplan.engine',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { config: coreServices.rootConfig, kb: knowledgeBaseServiceRef },
      async factory({ config, kb }) {
        return EngineService.create({
          kb,
          config: readServeplanConfig(config),
        });
      },
    }),
});
