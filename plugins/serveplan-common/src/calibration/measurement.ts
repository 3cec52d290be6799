/**
 * Measured operating points used to fit and check the step-time model: one closed-loop
 * benchmark run each (a fixed number of concurrent clients, fixed input and output lengths,
 * mean TTFT and mean TPOT).
 */
import { Precision } from '../kb/schema';

export interface Measurement {
  id: string;
  /** Model id as measured (a Hugging Face id; resolved through the kb). */
  model: string;
  /** GPU as measured (resolved through the kb's GPU aliases). */
  gpu: string;
  /** Precision of the served checkpoint; null = the model's native precision. */
  precision: Precision | null;
  tp: number;
  /** Expert-parallel size (MoE), 1 if none. */
  ep: number;
  isl: number;
  osl: number;
  concurrency: number;
  ttft_ms: number;
  tpot_ms: number;
  engine_version: string;
  /** The benchmark campaign the row belongs to (rows of one campaign were run the same way). */
  campaign: string;
  /** Where the row came from. */
  source: string;
}

/** Columns of kb/calibration/vllm-agg-measurements.csv, in order. */
export const MEASUREMENT_COLUMNS = [
  'id',
  'model',
  'gpu',
  'precision',
  'tp',
  'ep',
  'isl',
  'osl',
  'concurrency',
  'ttft_ms',
  'tpot_ms',
  'engine_version',
  'campaign',
  'source',
] as const;
