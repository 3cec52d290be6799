/**
 * Instant what-ifs in the browser: the plan's recommended configurations re-evaluated under
 * edited traffic, lengths, targets and prices with the capacity engine of serveplan-common —
 * per-replica SLO capacity by simulation, replicas for the peak with headroom, latency at the
 * load each replica then sees, and cost — the same steps the planner takes for its finalists,
 * with shorter simulations. Only the backend searches every configuration and records a plan.
 */
import {
  checkSlo,
  gpuPrice,
  GpuPrice,
  HOURS_PER_MONTH,
  KnowledgeBase,
  meetsSlo,
  neededModelLen,
  PlanSpec,
  predict,
  Precision,
  replicaCapacity,
  SloCheck,
  workloadAt,
} from '@serveplan/plugin-serveplan-common';

export interface WhatIfConfiguration {
  id: string;
  model: string;
  model_name: string;
  gpu: string;
  tp: number;
  precision: Precision;
  /** Replicas the plan recommends (what the curves assume for the load per replica). */
  replicas?: number;
}

export interface WhatIfRow extends WhatIfConfiguration {
  /** False when the configuration no longer fits (e.g. a longer context). */
  fits: boolean;
  reason: string | null;
  replicas: number;
  gpus_total: number;
  monthly_cost_usd: number;
  usd_per_gpu_hour: number;
  /** Where the price comes from: this specification (edited), the operators, a provider's list. */
  price_kind: 'stated' | 'operator' | 'listed';
  checks: SloCheck[];
  meets_slo: boolean;
  max_qps_per_replica: number;
  /** What limits a replica's capacity ("TTFT p95", "throughput", ...). */
  binding: string;
  within_budget: boolean | null;
}

export interface WhatIfOptions {
  /** Simulated requests per capacity probe (the backend uses 500). */
  requests?: number;
}

function priceKind(
  spec: PlanSpec,
  gpu: string,
  price: GpuPrice | null,
): WhatIfRow['price_kind'] {
  if (spec.prices[gpu] !== undefined) return 'stated';
  return price?.provider === 'operator' ? 'operator' : 'listed';
}

/** One configuration under a specification. Throws the engine's ServeplanInputError on bad input. */
export function evaluateConfiguration(
  kb: KnowledgeBase,
  spec: PlanSpec,
  c: WhatIfConfiguration,
  options: WhatIfOptions = {},
): WhatIfRow {
  const gpu = kb.gpus.find(g => g.id === c.gpu);
  const price = gpu ? gpuPrice(kb, gpu, spec.prices) : null;
  const base = {
    ...c,
    usd_per_gpu_hour: price?.usd_per_gpu_hour ?? NaN,
    price_kind: priceKind(spec, c.gpu, price),
  };
  const dep = {
    model: c.model,
    gpu: c.gpu,
    tp: c.tp,
    precision: c.precision,
    maxModelLen: neededModelLen(spec),
  };
  const cap = replicaCapacity(kb, dep, spec.traffic, spec.slo, {
    requests: options.requests ?? 300,
    iterations: 5,
  });
  if (cap.max_rps <= 0) {
    const light = cap.light_load;
    const checks = light && light.fits ? checkSlo(light, spec.slo) : [];
    return {
      ...base,
      fits: Boolean(light?.fits),
      reason:
        light && !light.fits
          ? light.reason
          : 'misses the targets even at light load',
      replicas: 0,
      gpus_total: 0,
      monthly_cost_usd: NaN,
      checks,
      meets_slo: false,
      max_qps_per_replica: 0,
      binding: cap.limited_by,
      within_budget: null,
    };
  }
  // Replicas for the peak plus headroom, as the planner sizes them (replicasFor in
  // serveplan-common's plan.ts, which that package does not export).
  const replicas = Math.max(
    1,
    Math.ceil(
      (spec.traffic.peak_rps * (1 + spec.traffic.headroom)) / cap.max_rps,
    ),
  );
  const load = spec.traffic.peak_rps / replicas;
  const final = predict(kb, {
    ...dep,
    workload: workloadAt(spec.traffic, load, 800, 7),
  });
  const gpusTotal = replicas * c.tp;
  const monthly = gpusTotal * base.usd_per_gpu_hour * HOURS_PER_MONTH;
  const budget = spec.constraints.budget_usd_per_month;
  return {
    ...base,
    fits: true,
    reason: null,
    replicas,
    gpus_total: gpusTotal,
    monthly_cost_usd: monthly,
    checks: checkSlo(final, spec.slo),
    meets_slo: meetsSlo(final, spec.slo),
    max_qps_per_replica: cap.max_rps,
    binding: cap.limited_by,
    within_budget: budget === null ? null : monthly <= budget,
  };
}

/** Configurations that meet the targets (and the budget) first, then the cheapest. */
export function orderRows(rows: WhatIfRow[]): WhatIfRow[] {
  const tier = (r: WhatIfRow) => {
    if (!r.meets_slo) return 2;
    return r.within_budget === false ? 1 : 0;
  };
  const cost = (r: WhatIfRow) =>
    Number.isFinite(r.monthly_cost_usd) ? r.monthly_cost_usd : Infinity;
  return [...rows].sort((a, b) => tier(a) - tier(b) || cost(a) - cost(b));
}

/**
 * Evaluates the configurations one per macrotask, so the page stays responsive; resolves with
 * the ordered rows, or undefined when cancelled.
 */
export function evaluateAll(
  kb: KnowledgeBase,
  spec: PlanSpec,
  configurations: WhatIfConfiguration[],
  signal: { cancelled: boolean },
  options: WhatIfOptions = {},
): Promise<WhatIfRow[] | undefined> {
  return new Promise((resolve, reject) => {
    const rows: WhatIfRow[] = [];
    let i = 0;
    const step = () => {
      if (signal.cancelled) {
        resolve(undefined);
        return;
      }
      if (i >= configurations.length) {
        resolve(orderRows(rows));
        return;
      }
      try {
        rows.push(
          evaluateConfiguration(kb, spec, configurations[i++], options),
        );
      } catch (e) {
        reject(e);
        return;
      }
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  });
}
