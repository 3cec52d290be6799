/**
 * `serveplan calibrate`: fits the step-time coefficients on the training groups of the
 * measurements, measures the error on the held-out groups and per left-out GPU, and writes
 * kb/calibration/coefficients.yaml with its provenance.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  Calibration,
  Coefficients,
  fitCoefficients,
  KnowledgeBase,
  Measurement,
  predictMeasurement,
  prepareMeasurement,
  PreparedMeasurement,
  STEP_MODEL_VERSION,
} from '@serveplan/plugin-serveplan-common';
import {
  MEASUREMENTS_FILE,
  readKbMeasurements,
} from '@serveplan/plugin-serveplan-node';

export { MEASUREMENTS_FILE };
export const SPLIT_FILE = 'calibration/split.yaml';
export const COEFFICIENTS_FILE = 'calibration/coefficients.yaml';
export const MEASUREMENTS_CITATION =
  'NVIDIA AIConfigurator silicon_sample.csv (github.com/ai-dynamo/aiconfigurator @095f58a, 2026-08-21, Apache-2.0), vLLM aggregated rows';

export interface Split {
  holdoutGroups: string[];
}

export function readSplit(kbDir: string): Split {
  const doc = YAML.parse(fs.readFileSync(path.join(kbDir, SPLIT_FILE), 'utf8'));
  return { holdoutGroups: doc.holdout_groups ?? [] };
}

export interface PreparedSet {
  points: PreparedMeasurement[];
  excluded: Array<{ m: Measurement; reason: string }>;
}

export function prepareAll(
  kb: KnowledgeBase,
  rows: Measurement[],
): PreparedSet {
  const points: PreparedMeasurement[] = [];
  const excluded: PreparedSet['excluded'] = [];
  for (const m of rows) {
    try {
      points.push(prepareMeasurement(kb, m));
    } catch (e) {
      excluded.push({ m, reason: (e as Error).message });
    }
  }
  return { points, excluded };
}

export interface RowResult {
  p: PreparedMeasurement;
  ttft_ms: number;
  tpot_ms: number;
}

/** Requests per client for a campaign; campaigns the fit never saw get the median of the others. */
export function protocolFor(
  protocol: Record<string, number>,
  campaign: string,
): number {
  if (protocol[campaign] !== undefined) return protocol[campaign];
  const ks = Object.values(protocol);
  return ks.length ? quantile(ks, 0.5) : 1;
}

export function predictAll(
  points: PreparedMeasurement[],
  c: Coefficients,
  protocol: Record<string, number>,
): RowResult[] {
  return points.map(p => ({
    p,
    ...predictMeasurement(p, c, protocolFor(protocol, p.m.campaign)),
  }));
}

export const ape = (pred: number, meas: number) =>
  (Math.abs(pred - meas) / meas) * 100;

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

function residuals(results: RowResult[], metric: 'ttft' | 'tpot') {
  const r = results.map(x =>
    metric === 'ttft'
      ? Math.log(x.p.m.ttft_ms / x.ttft_ms)
      : Math.log(x.p.m.tpot_ms / x.tpot_ms),
  );
  return {
    q05: quantile(r, 0.05),
    q50: quantile(r, 0.5),
    q95: quantile(r, 0.95),
    n: r.length,
  };
}

/** Keeps at most `perGroup` rows of each group, spread over its range (deterministic). */
export function thin(
  points: PreparedMeasurement[],
  perGroup: number,
): PreparedMeasurement[] {
  const groups = new Map<string, PreparedMeasurement[]>();
  for (const p of points)
    groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  const out: PreparedMeasurement[] = [];
  for (const g of groups.values()) {
    if (g.length <= perGroup) out.push(...g);
    else
      for (let i = 0; i < perGroup; i++)
        out.push(g[Math.floor((i * g.length) / perGroup)]);
  }
  return out;
}

export interface CalibrateOptions {
  maxEvaluations: number;
  perGroup: number;
  log: (message: string) => void;
  today: string;
}

export function runCalibration(
  kbDir: string,
  kb: KnowledgeBase,
  opts: CalibrateOptions,
): Calibration {
  const rows = readKbMeasurements(kbDir).rows;
  const split = readSplit(kbDir);
  const { points, excluded } = prepareAll(kb, rows);
  for (const x of excluded) opts.log(`excluded ${x.m.id}: ${x.reason}`);
  const holdout = new Set(split.holdoutGroups);
  const unknown = split.holdoutGroups.filter(
    g => !points.some(p => p.group === g),
  );
  if (unknown.length)
    throw new Error(
      `split.yaml names groups with no usable rows: ${unknown.join(', ')}`,
    );
  const train = points.filter(p => !holdout.has(p.group));
  const test = points.filter(p => holdout.has(p.group));
  opts.log(
    `${points.length} usable rows: ${train.length} training, ${test.length} held out (${holdout.size} groups)`,
  );

  const fitSet = thin(train, opts.perGroup);
  opts.log(
    `fitting on ${fitSet.length} rows (at most ${opts.perGroup} per group)`,
  );
  const fit = fitCoefficients(fitSet, {
    maxEvaluations: opts.maxEvaluations,
    onProgress: opts.log,
  });
  const c = fit.coefficients;
  const testResults = predictAll(test, c, fit.protocol);

  // Leave one GPU out: refit without any row of that GPU, predict all of its rows.
  const gpus = [...new Set(train.map(p => p.dep.gpu.id))].sort();
  const cv: Calibration['cross_validation'] = [];
  const pooled: RowResult[] = [];
  for (const gpu of gpus) {
    const others = thin(
      train.filter(p => p.dep.gpu.id !== gpu),
      opts.perGroup,
    );
    opts.log(
      `leave-one-GPU-out: refitting without ${gpu} (${others.length} rows)`,
    );
    const f = fitCoefficients(others, {
      maxEvaluations: Math.round(opts.maxEvaluations / 2),
      start: c,
    });
    const res = predictAll(
      points.filter(p => p.dep.gpu.id === gpu),
      f.coefficients,
      f.protocol,
    );
    pooled.push(...res);
    for (const metric of ['ttft', 'tpot'] as const) {
      const errs = res.map(x =>
        metric === 'ttft'
          ? ape(x.ttft_ms, x.p.m.ttft_ms)
          : ape(x.tpot_ms, x.p.m.tpot_ms),
      );
      cv.push({
        gpu,
        metric,
        median_ape: round(quantile(errs, 0.5)),
        p90_ape: round(quantile(errs, 0.9)),
        n: errs.length,
      });
    }
  }
  const r = (x: { q05: number; q50: number; q95: number; n: number }) => ({
    q05: round(x.q05, 4),
    q50: round(x.q50, 4),
    q95: round(x.q95, 4),
    n: x.n,
  });
  return {
    engine: 'vllm',
    // The step-time model's form these coefficients were fitted for (the kb loader checks it).
    model_version: STEP_MODEL_VERSION,
    coefficients: Object.fromEntries(
      Object.entries(c).map(([k, v]) => [k, round(v, 5)]),
    ),
    residuals: {
      ttft: r(residuals(testResults, 'ttft')),
      tpot: r(residuals(testResults, 'tpot')),
    },
    uncalibrated_gpu_residuals: {
      ttft: r(residuals(pooled, 'ttft')),
      tpot: r(residuals(pooled, 'tpot')),
    },
    cross_validation: cv,
    benchmark_protocol: fit.protocol,
    calibrated_gpus: gpus,
    training_groups: [...new Set(train.map(p => p.group))].sort(),
    holdout_groups: [...holdout].sort(),
    provenance: {
      source: `fitted by \`yarn calibrate\` on ${
        fitSet.length
      } training rows of kb/${MEASUREMENTS_FILE} (${MEASUREMENTS_CITATION}); ${
        fit.evaluations
      } evaluations, mean |log error| ${fit.objective.toFixed(4)}`,
      date: opts.today,
      kind: 'fitted',
      note: 'residuals: log(measured/predicted) on the held-out groups; uncalibrated_gpu_residuals: pooled leave-one-GPU-out',
    },
  };
}

export function round(v: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

export function writeCalibration(kbDir: string, cal: Calibration) {
  const header =
    '# Generated by `yarn calibrate` (serveplan calibrate): do not edit by hand.\n' +
    '# Step-time model coefficients fitted on measured vLLM runs; see docs/accuracy.md.\n';
  fs.writeFileSync(
    path.join(kbDir, COEFFICIENTS_FILE),
    header + YAML.stringify(cal, { lineWidth: 0 }),
  );
}
