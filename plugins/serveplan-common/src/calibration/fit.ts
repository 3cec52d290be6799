/**
 * Fits the step-time coefficients to measurements: minimises a loss over coefficients kept inside
 * their physical bounds. The loss is, per row, |log error| of mean TTFT plus |log error| of mean
 * TPOT; averaged over each (model, GPU) group, then over groups (each weighted equally); plus the
 * weak priors' penalty. It is not itself a mean |log error|: the fit also reports that, per metric.
 */
import {
  COEFFICIENT_SPECS,
  Coefficients,
  initialCoefficients,
} from '../engine/coefficients';
import { nelderMead } from './nelderMead';
import {
  closedLoopComponents,
  combineComponents,
  PreparedMeasurement,
} from './evaluate';

const toUnit = (v: number, min: number, max: number) => {
  const u = Math.min(1 - 1e-6, Math.max(1e-6, (v - min) / (max - min)));
  return Math.log(u / (1 - u));
};
const fromUnit = (z: number, min: number, max: number) =>
  min + (max - min) / (1 + Math.exp(-z));

export function decode(z: number[]): Coefficients {
  return Object.fromEntries(
    COEFFICIENT_SPECS.map((s, i) => [s.name, fromUnit(z[i], s.min, s.max)]),
  );
}

export function encode(c: Coefficients): number[] {
  return COEFFICIENT_SPECS.map(s => toUnit(c[s.name], s.min, s.max));
}

export interface FitOptions {
  maxEvaluations?: number;
  start?: Coefficients;
  onProgress?: (message: string) => void;
}

/** Candidate requests-per-client values searched for each campaign (1 to 50, log-spaced). */
const PROTOCOL_GRID = Array.from(
  { length: 33 },
  (_, i) => Math.round(Math.exp((i / 32) * Math.log(50)) * 100) / 100,
);

const rowError = (
  p: PreparedMeasurement,
  pred: { ttft_ms: number; tpot_ms: number },
) => {
  const e =
    Math.abs(Math.log(pred.ttft_ms / p.m.ttft_ms)) +
    Math.abs(Math.log(pred.tpot_ms / p.m.tpot_ms));
  return Number.isFinite(e) ? e : 10;
};

/** Weight of the priors: a factor-of-two departure from a prior adds 0.01 to the loss. */
export const PRIOR_WEIGHT = 0.01 / Math.log(2) ** 2;

export function priorPenalty(c: Coefficients): number {
  let penalty = 0;
  for (const spec of COEFFICIENT_SPECS) {
    if (spec.prior)
      penalty += PRIOR_WEIGHT * Math.log(c[spec.name] / spec.prior.value) ** 2;
  }
  return penalty;
}

/**
 * The fit's loss: per row |log(pred/measured)| of TTFT plus that of TPOT, averaged within each
 * (model, GPU) group and then over groups, with each campaign's requests per client set to its
 * best value for these coefficients (profiled out), plus the weak priors' penalty.
 */
export function objective(
  points: PreparedMeasurement[],
  c: Coefficients,
): { value: number; protocol: Record<string, number> } {
  const components = points.map(p => closedLoopComponents(p, c));
  const groupSize = new Map<string, number>();
  for (const p of points)
    groupSize.set(p.group, (groupSize.get(p.group) ?? 0) + 1);
  const protocol: Record<string, number> = {};
  let total = 0;
  const campaigns = [...new Set(points.map(p => p.m.campaign))];
  for (const campaign of campaigns) {
    let best = Infinity;
    for (const k of PROTOCOL_GRID) {
      let sum = 0;
      points.forEach((p, i) => {
        if (p.m.campaign === campaign)
          sum +=
            rowError(p, combineComponents(components[i], k)) /
            groupSize.get(p.group)!;
      });
      if (sum < best) {
        best = sum;
        protocol[campaign] = k;
      }
    }
    total += best;
  }
  return { value: total / groupSize.size + priorPenalty(c), protocol };
}

/**
 * Alternates Nelder-Mead with coordinate sweeps (each coefficient tried across its whole range
 * while the others stay put): the objective has local minima where the simplex collapses, and a
 * sweep moves a single coefficient out of a poor basin.
 */
export function fitCoefficients(
  points: PreparedMeasurement[],
  opts: FitOptions = {},
) {
  const total = opts.maxEvaluations ?? 1500;
  const f = (z: number[]) => objective(points, decode(z)).value;
  let x = encode(opts.start ?? initialCoefficients());
  let value = f(x);
  let evaluations = 1;
  const report = (what: string) =>
    opts.onProgress?.(
      `${what}, evaluation ${evaluations}: loss ${value.toFixed(
        4,
      )} (group-weighted TTFT + TPOT |log error| + priors)`,
    );
  const grid = [-4, -2.5, -1.5, -0.75, 0, 0.75, 1.5, 2.5, 4];
  for (let round = 0; evaluations < total; round++) {
    const budget = Math.min(Math.ceil(total / 3), total - evaluations);
    const result = nelderMead(f, x, {
      maxEvaluations: budget,
      step: round === 0 ? 0.6 : 0.3,
      tolerance: 1e-6,
    });
    evaluations += result.evaluations;
    if (result.value < value) {
      value = result.value;
      x = result.x;
    }
    report(`Nelder-Mead round ${round + 1}`);
    if (evaluations >= total) break;
    for (let i = 0; i < x.length && evaluations < total; i++) {
      for (const g of grid) {
        const trial = x.slice();
        trial[i] = g;
        const v = f(trial);
        evaluations++;
        if (v < value - 1e-9) {
          value = v;
          x = trial;
        }
      }
    }
    report(`coordinate sweep ${round + 1}`);
  }
  const coefficients = decode(x);
  const { protocol } = objective(points, coefficients);
  const error = meanAbsLogError(points, coefficients, protocol);
  return {
    coefficients,
    /** The minimised loss (see `objective`). */
    loss: value,
    /**
     * Mean |log(pred/measured)| over the fitted rows' TTFT and TPOT values together (every row
     * counts once per metric, no group weights, no priors): the figure the provenance reports as
     * "mean |log error|". Per metric in `meanAbsLogError`.
     */
    objective: (error.ttft + error.tpot) / 2,
    meanAbsLogError: error,
    evaluations,
    protocol,
  };
}

/** Mean |log(pred/measured)| of TTFT and of TPOT over rows, each row weighted equally. */
export function meanAbsLogError(
  points: PreparedMeasurement[],
  c: Coefficients,
  protocol: Record<string, number>,
): { ttft: number; tpot: number } {
  let ttft = 0;
  let tpot = 0;
  for (const p of points) {
    const pred = combineComponents(
      closedLoopComponents(p, c),
      protocol[p.m.campaign] ?? 1,
    );
    ttft += Math.abs(Math.log(pred.ttft_ms / p.m.ttft_ms));
    tpot += Math.abs(Math.log(pred.tpot_ms / p.m.tpot_ms));
  }
  const n = Math.max(points.length, 1);
  return { ttft: ttft / n, tpot: tpot / n };
}
