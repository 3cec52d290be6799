/**
 * Fits the step-time coefficients to measurements: minimises the mean absolute log error of
 * predicted vs measured mean TTFT and TPOT, each (model, GPU) group weighted equally, over
 * coefficients kept inside their physical bounds.
 */
import { COEFFICIENT_SPECS, Coefficients, initialCoefficients } from '../engine/coefficients';
import { nelderMead } from './nelderMead';
import { predictMeasurement, PreparedMeasurement } from './evaluate';

const toUnit = (v: number, min: number, max: number) => {
  const u = Math.min(1 - 1e-6, Math.max(1e-6, (v - min) / (max - min)));
  return Math.log(u / (1 - u));
};
const fromUnit = (z: number, min: number, max: number) => min + (max - min) / (1 + Math.exp(-z));

export function decode(z: number[], fixed: Coefficients = {}): Coefficients {
  const c: Coefficients = { ...fixed };
  COEFFICIENT_SPECS.forEach((s, i) => {
    if (!(s.name in fixed)) c[s.name] = fromUnit(z[i], s.min, s.max);
  });
  return c;
}

export function encode(c: Coefficients): number[] {
  return COEFFICIENT_SPECS.map(s => toUnit(c[s.name], s.min, s.max));
}

export interface FitOptions {
  maxEvaluations?: number;
  start?: Coefficients;
  onProgress?: (message: string) => void;
}

/** Mean |log(pred/measured)| over TTFT and TPOT, groups weighted equally. */
export function objective(points: PreparedMeasurement[], c: Coefficients): number {
  const byGroup = new Map<string, { sum: number; n: number }>();
  for (const p of points) {
    const pred = predictMeasurement(p, c);
    const e = Math.abs(Math.log(pred.ttft_ms / p.m.ttft_ms)) + Math.abs(Math.log(pred.tpot_ms / p.m.tpot_ms));
    const g = byGroup.get(p.group) ?? { sum: 0, n: 0 };
    g.sum += Number.isFinite(e) ? e : 10;
    g.n += 1;
    byGroup.set(p.group, g);
  }
  let total = 0;
  for (const g of byGroup.values()) total += g.sum / g.n;
  return total / byGroup.size;
}

export function fitCoefficients(points: PreparedMeasurement[], opts: FitOptions = {}) {
  const start = opts.start ?? initialCoefficients();
  let best = Infinity;
  const result = nelderMead(z => objective(points, decode(z)), encode(start), {
    maxEvaluations: opts.maxEvaluations ?? 1500,
    step: 0.6,
    tolerance: 1e-5,
    onIteration: (value, evaluations) => {
      if (value < best - 1e-4) {
        best = value;
        opts.onProgress?.(`evaluation ${evaluations}: mean |log error| ${value.toFixed(4)}`);
      }
    },
  });
  return { coefficients: decode(result.x), objective: result.value, evaluations: result.evaluations };
}
