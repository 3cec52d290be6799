/**
 * The kb's measured benchmark rows (kb/calibration/vllm-agg-measurements.csv), read for the
 * measurements table. Columns as MEASUREMENT_COLUMNS in serveplan-common.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  Measurement,
  MEASUREMENT_COLUMNS,
  precisionSchema,
} from '@serveplan/plugin-serveplan-common';

export const MEASUREMENTS_FILE = path.join(
  'calibration',
  'vllm-agg-measurements.csv',
);

function positive(
  value: string,
  column: string,
  id: string,
  integer: boolean,
): number {
  const n = Number(value);
  if (!(n > 0) || (integer && !Number.isInteger(n))) {
    throw new Error(
      `${MEASUREMENTS_FILE}: row ${id}: ${column} "${value}" is not a positive ${
        integer ? 'integer' : 'number'
      }`,
    );
  }
  return n;
}

/** The kb's rows and the file's content hash; no file means no rows. */
export function readKbMeasurements(kbDir: string): {
  rows: Measurement[];
  hash: string;
} {
  const file = path.join(kbDir, MEASUREMENTS_FILE);
  if (!fs.existsSync(file)) return { rows: [], hash: 'none' };
  return parseMeasurements(fs.readFileSync(file, 'utf8'));
}

/** Rows of a measurements file in this format (validated; errors name the row and column). */
export function parseMeasurements(raw: string): {
  rows: Measurement[];
  hash: string;
} {
  const records: Record<string, string>[] = parse(raw, {
    columns: true,
    skip_empty_lines: true,
  });
  const missing = MEASUREMENT_COLUMNS.filter(
    c => records.length > 0 && !(c in records[0]),
  );
  if (missing.length > 0)
    throw new Error(
      `${MEASUREMENTS_FILE}: missing columns ${missing.join(', ')}`,
    );
  const rows = records.map(r => {
    const precision = r.precision
      ? precisionSchema.safeParse(r.precision)
      : null;
    if (precision && !precision.success)
      throw new Error(
        `${MEASUREMENTS_FILE}: row ${r.id}: unknown precision "${r.precision}"`,
      );
    return {
      id: r.id,
      model: r.model,
      gpu: r.gpu,
      precision: precision ? precision.data : null,
      tp: positive(r.tp, 'tp', r.id, true),
      ep: positive(r.ep, 'ep', r.id, true),
      isl: positive(r.isl, 'isl', r.id, true),
      osl: positive(r.osl, 'osl', r.id, true),
      concurrency: positive(r.concurrency, 'concurrency', r.id, true),
      ttft_ms: positive(r.ttft_ms, 'ttft_ms', r.id, false),
      tpot_ms: positive(r.tpot_ms, 'tpot_ms', r.id, false),
      engine_version: r.engine_version,
      campaign: r.campaign,
      source: r.source,
    };
  });
  return {
    rows,
    hash: createHash('sha256').update(raw).digest('hex').slice(0, 16),
  };
}
