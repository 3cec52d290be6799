/** Summary statistics in the shape every serveplan tool reports (milliseconds). */
export interface LatencySummary {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
}

export const PERCENTILES = ['p50', 'p90', 'p95', 'p99'] as const;
export type PercentileKey = (typeof PERCENTILES)[number];

/** Linear-interpolated quantile of sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Summary of values given in seconds, reported in milliseconds. */
export function summarizeSeconds(values: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  const ms = (v: number) => v * 1000;
  return {
    mean: ms(sorted.length ? sum / sorted.length : 0),
    p50: ms(quantileSorted(sorted, 0.5)),
    p90: ms(quantileSorted(sorted, 0.9)),
    p95: ms(quantileSorted(sorted, 0.95)),
    p99: ms(quantileSorted(sorted, 0.99)),
  };
}
