/**
 * Service-level objectives for `loadtest --slo FILE` (YAML or JSON):
 *
 *   ttft_ms: { p95: 500 }          # latency statistics: each must be at most the value
 *   tpot_ms: { mean: 40, p99: 80 }
 *   itl_ms: { p99: 100 }
 *   e2e_ms: { p90: 8000 }
 *   error_rate: 0.01               # failed / sent, at most
 *   output_tokens_per_s: 1000      # throughputs, at least
 *   requests_per_s: 5
 */
import fs from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import {
  LatencySummary,
  ServeplanInputError,
} from '@serveplan/plugin-serveplan-common';

const stats = z.strictObject({
  mean: z.number().positive().optional(),
  p50: z.number().positive().optional(),
  p90: z.number().positive().optional(),
  p95: z.number().positive().optional(),
  p99: z.number().positive().optional(),
});

export const sloSchema = z.strictObject({
  ttft_ms: stats.optional(),
  tpot_ms: stats.optional(),
  itl_ms: stats.optional(),
  e2e_ms: stats.optional(),
  error_rate: z.number().min(0).max(1).optional(),
  output_tokens_per_s: z.number().positive().optional(),
  requests_per_s: z.number().positive().optional(),
});
export type Slo = z.infer<typeof sloSchema>;

export interface SloCheck {
  metric: string;
  op: '<=' | '>=';
  threshold: number;
  actual: number | null;
  pass: boolean;
}

export interface SloResult {
  file: string;
  pass: boolean;
  checks: SloCheck[];
}

export function readSlo(file: string): Slo {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ServeplanInputError(
      `--slo ${file}: cannot read it (${
        (e as NodeJS.ErrnoException).code ?? (e as Error).message
      })`,
      { field: 'slo' },
    );
  }
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (e) {
    throw new ServeplanInputError(
      `--slo ${file}: not valid YAML or JSON: ${
        (e as Error).message.split('\n')[0]
      }`,
      { field: 'slo' },
    );
  }
  const r = sloSchema.safeParse(data);
  if (!r.success) {
    const issues = r.error.issues
      .map(i => `${i.path.join('.') || '(top level)'}: ${i.message}`)
      .join('; ');
    throw new ServeplanInputError(
      `--slo ${file}: ${issues} (expected keys ttft_ms, tpot_ms, itl_ms, e2e_ms with mean/p50/p90/p95/p99 limits in ms, error_rate, output_tokens_per_s, requests_per_s)`,
      { field: 'slo' },
    );
  }
  if (Object.keys(r.data).length === 0)
    throw new ServeplanInputError(`--slo ${file}: no objectives in the file`, {
      field: 'slo',
    });
  return r.data;
}

export interface Measured {
  ttft_ms: LatencySummary | null;
  tpot_ms: LatencySummary | null;
  itl_ms: LatencySummary | null;
  e2e_ms: LatencySummary | null;
  error_rate: number;
  output_tokens_per_s: number;
  requests_per_s: number;
}

export function evaluateSlo(file: string, slo: Slo, m: Measured): SloResult {
  const checks: SloCheck[] = [];
  for (const key of ['ttft_ms', 'tpot_ms', 'itl_ms', 'e2e_ms'] as const) {
    const limits = slo[key];
    if (!limits) continue;
    for (const [stat, threshold] of Object.entries(limits) as Array<
      [keyof LatencySummary, number]
    >) {
      const actual = m[key] ? m[key]![stat] : null;
      checks.push({
        metric: `${key}.${stat}`,
        op: '<=',
        threshold,
        actual,
        pass: actual !== null && actual <= threshold,
      });
    }
  }
  if (slo.error_rate !== undefined) {
    checks.push({
      metric: 'error_rate',
      op: '<=',
      threshold: slo.error_rate,
      actual: m.error_rate,
      pass: m.error_rate <= slo.error_rate,
    });
  }
  for (const key of ['output_tokens_per_s', 'requests_per_s'] as const) {
    const threshold = slo[key];
    if (threshold !== undefined)
      checks.push({
        metric: key,
        op: '>=',
        threshold,
        actual: m[key],
        pass: m[key] >= threshold,
      });
  }
  return { file, pass: checks.every(c => c.pass), checks };
}
