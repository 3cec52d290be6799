/** The engine's prediction for a measured benchmark row, with the current calibration. */
import {
  KnowledgeBase,
  Measurement,
  predictMeasurement,
  prepareMeasurement,
} from '@serveplan/plugin-serveplan-common';

/**
 * Requests per client of the row's benchmark campaign: the fitted value when the calibration
 * knows the campaign, else the median of the fitted ones (1 when none).
 */
export function requestsPerClient(kb: KnowledgeBase, campaign: string): number {
  const protocol = kb.calibration.benchmark_protocol;
  if (protocol[campaign] !== undefined) return protocol[campaign];
  const ks = Object.values(protocol).sort((a, b) => a - b);
  if (ks.length === 0) return 1;
  const mid = Math.floor(ks.length / 2);
  return ks.length % 2 ? ks[mid] : (ks[mid - 1] + ks[mid]) / 2;
}

/** Mean TTFT and TPOT the engine predicts for the row; null when it cannot (e.g. does not fit). */
export function predictForMeasurement(
  kb: KnowledgeBase,
  m: Measurement,
): { ttft_ms: number; tpot_ms: number } | null {
  try {
    const p = predictMeasurement(
      prepareMeasurement(kb, m),
      kb.calibration.coefficients,
      requestsPerClient(kb, m.campaign),
    );
    return Number.isFinite(p.ttft_ms) && Number.isFinite(p.tpot_ms) ? p : null;
  } catch {
    return null;
  }
}
