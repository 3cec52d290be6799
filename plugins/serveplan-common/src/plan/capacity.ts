/**
 * Capacity of one replica under SLOs: the highest arrival rate at which the simulated latency
 * percentiles stay within their targets (and the engine is not saturated), found by bisection
 * on the discrete-event simulation, bracketed by the saturation throughput that `predict`
 * measures by simulating a saturating backlog (`max_sustainable_qps`).
 */
import { KnowledgeBase } from '../kb/schema';
import { DeploymentInput } from '../engine/deployment';
import { predict, Prediction } from '../engine/predict';
import { ArrivalProcess, Workload } from '../engine/workload';
import { PercentileKey } from '../engine/stats';
import { SloSpec, TrafficProfile } from './spec';

export type SloMetric = 'ttft_ms' | 'itl_ms' | 'e2e_ms';
export const SLO_METRICS: SloMetric[] = ['ttft_ms', 'itl_ms', 'e2e_ms'];

export interface SloCheck {
  metric: SloMetric;
  percentile: string;
  target: number;
  predicted: number;
  /** predicted / target: above 1 violates. */
  ratio: number;
  /** Upper end of the 90 % interval where one exists. */
  upper: number | null;
}

export function sloValue(
  p: Prediction,
  metric: SloMetric,
  percentile: string,
): number {
  const s = p[metric];
  if (!s) return Infinity;
  return (s as unknown as Record<string, number>)[
    percentile as PercentileKey | 'mean'
  ];
}

/** Compares a prediction with the SLO targets, metric by metric. */
export function checkSlo(p: Prediction, slo: SloSpec): SloCheck[] {
  const checks: SloCheck[] = [];
  for (const metric of SLO_METRICS) {
    const t = slo[metric];
    if (!t) continue;
    const predicted = sloValue(p, metric, t.percentile);
    const basis =
      metric === 'ttft_ms'
        ? p.intervals['ttft_ms.mean'] ?? p.intervals['ttft_ms.p95']
        : p.intervals['tpot_ms.mean'];
    const mean = metric === 'ttft_ms' ? p.ttft_ms?.mean : p.tpot_ms?.mean;
    const upper = basis && mean ? predicted * (basis.high / mean) : null;
    checks.push({
      metric,
      percentile: t.percentile,
      target: t.target,
      predicted,
      ratio: predicted / t.target,
      upper,
    });
  }
  return checks;
}

export function meetsSlo(p: Prediction, slo: SloSpec): boolean {
  return (
    p.fits && p.saturated === false && checkSlo(p, slo).every(c => c.ratio <= 1)
  );
}

export function arrivalFor(
  traffic: TrafficProfile,
  rate: number,
): ArrivalProcess {
  return traffic.burstiness_cv === 1
    ? { kind: 'poisson', rate }
    : { kind: 'gamma', rate, cv: traffic.burstiness_cv };
}

export function workloadAt(
  traffic: TrafficProfile,
  rate: number,
  requests: number,
  seed = 42,
): Workload {
  return {
    arrival: arrivalFor(traffic, rate),
    input: traffic.input,
    output: traffic.output,
    requests,
    seed,
  };
}

export interface ReplicaCapacity {
  /** Highest per-replica request rate meeting every SLO (0 when none does). */
  max_rps: number;
  /**
   * Saturation throughput (requests/s): the completion rate of a simulated saturating backlog
   * (`predict`'s `max_sustainable_qps`, measured once by a light-load probe).
   */
  saturation_rps: number;
  limited_by: string;
  /** The prediction at max_rps. */
  at_max: Prediction | null;
  /** At the lightest load tried, when even that misses the SLOs. */
  light_load: Prediction | null;
  simulations: number;
}

/**
 * Bisection on the request rate. `requests` simulated requests per probe; the rate is searched
 * between a light load (5 % of saturation) and the simulated saturation throughput.
 */
export function replicaCapacity(
  kb: KnowledgeBase,
  dep: DeploymentInput,
  traffic: TrafficProfile,
  slo: SloSpec,
  opts: { requests?: number; iterations?: number } = {},
): ReplicaCapacity {
  const requests = opts.requests ?? 600;
  const iterations = opts.iterations ?? 6;
  let simulations = 0;
  const probeWith = (rate: number, knownCapacity?: number) => {
    simulations++;
    return predict(
      kb,
      { ...dep, workload: workloadAt(traffic, rate, requests) },
      { knownCapacity },
    );
  };
  // A near-idle probe: its memory fit, and the saturation throughput predict measures on a
  // simulated backlog (independent of the probe's own rate and request count).
  const first = probeWith(0.01);
  const saturation = first.max_sustainable_qps ?? 0;
  const probe = (rate: number) => probeWith(rate, saturation);
  const limitedBy = first.capacity_limited_by ?? 'memory';
  if (!first.fits || saturation <= 0) {
    return {
      max_rps: 0,
      saturation_rps: saturation,
      limited_by: limitedBy,
      at_max: null,
      light_load: first,
      simulations,
    };
  }
  let lo = saturation * 0.05;
  const light = probe(lo);
  if (!meetsSlo(light, slo)) {
    return {
      max_rps: 0,
      saturation_rps: saturation,
      limited_by: limitedBy,
      at_max: null,
      light_load: light,
      simulations,
    };
  }
  let loPred = light;
  let hi = saturation;
  const top = probe(hi * 0.98);
  if (meetsSlo(top, slo)) {
    return {
      max_rps: hi * 0.98,
      saturation_rps: saturation,
      limited_by: `throughput (${limitedBy})`,
      at_max: top,
      light_load: null,
      simulations,
    };
  }
  for (let i = 0; i < iterations; i++) {
    const mid = Math.sqrt(lo * hi);
    const p = probe(mid);
    if (meetsSlo(p, slo)) {
      lo = mid;
      loPred = p;
    } else hi = mid;
  }
  const binding = checkSlo(loPred, slo).reduce((a, b) =>
    b.ratio > a.ratio ? b : a,
  );
  return {
    max_rps: lo,
    saturation_rps: saturation,
    limited_by: `${binding.metric.replace('_ms', '').toUpperCase()} ${
      binding.percentile
    }`,
    at_max: loPred,
    light_load: null,
    simulations,
  };
}
