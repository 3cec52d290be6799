/**
 * 90 % intervals for predictions, from the calibration's held-out residuals: the spread of
 * log(measured / predicted) on (model, GPU) groups the fit never saw. GPUs without any
 * calibration data use the wider leave-one-GPU-out spread.
 */
import { Calibration } from '../kb/schema';

export interface Interval {
  low: number;
  high: number;
}

export interface IntervalBasis {
  metric: string;
  q05: number;
  q95: number;
  n: number;
  source: 'held-out (model, GPU) groups' | 'leave-one-GPU-out';
}

export function residualBasis(
  cal: Calibration,
  metric: 'ttft' | 'tpot',
  gpuId: string,
): IntervalBasis | undefined {
  const calibrated = cal.calibrated_gpus.includes(gpuId);
  const r = calibrated
    ? cal.residuals[metric]
    : cal.uncalibrated_gpu_residuals[metric] ?? cal.residuals[metric];
  if (!r) return undefined;
  return {
    metric,
    q05: r.q05,
    q95: r.q95,
    n: r.n,
    source:
      calibrated || !cal.uncalibrated_gpu_residuals[metric]
        ? 'held-out (model, GPU) groups'
        : 'leave-one-GPU-out',
  };
}

/** Interval of a latency-like value (bigger = slower). */
export function latencyInterval(
  value: number,
  b: IntervalBasis | undefined,
): Interval | null {
  if (!b || !Number.isFinite(value)) return null;
  return { low: value * Math.exp(b.q05), high: value * Math.exp(b.q95) };
}

/** Interval of a rate (tokens/s, requests/s): inverse of the time-per-token interval. */
export function rateInterval(
  value: number,
  b: IntervalBasis | undefined,
): Interval | null {
  if (!b || !Number.isFinite(value)) return null;
  return { low: value / Math.exp(b.q95), high: value / Math.exp(b.q05) };
}
