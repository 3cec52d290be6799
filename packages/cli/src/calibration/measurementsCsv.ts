/**
 * The measurements file (kb/calibration/vllm-agg-measurements.csv): a column subset of
 * NVIDIA AIConfigurator's silicon_sample.csv (Apache-2.0), vLLM aggregated-serving rows only.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import {
  Measurement,
  MEASUREMENT_COLUMNS,
  Precision,
  precisionSchema,
} from '@serveplan/plugin-serveplan-common';

const int = (v: string, what: string, id: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${id}: ${what} "${v}" is not a positive integer`);
  return n;
};
const float = (v: string, what: string, id: string) => {
  const n = Number(v);
  if (!(n > 0))
    throw new Error(`${id}: ${what} "${v}" is not a positive number`);
  return n;
};

export function writeMeasurements(file: string, rows: Measurement[]) {
  const esc = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [MEASUREMENT_COLUMNS.join(',')];
  for (const r of rows)
    lines.push(MEASUREMENT_COLUMNS.map(c => esc(r[c])).join(','));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

/** The collection campaign, from the first field of silicon_data_source (a file or database dump). */
export function campaignOf(source: string): string {
  const first = source.split(';')[0].trim();
  const file = first.replace(/^source_file=/, '').split('/');
  const dir = file.find(part => /gap-analysis/.test(part));
  return (dir ?? file[file.length - 1]).replace(/\.csv$/, '');
}

/**
 * Converts AIConfigurator's silicon_sample.csv: vLLM, aggregated mode, no data-parallel
 * attention. Returns the rows kept and a count of those dropped, by reason.
 */
export function importAiconfiguratorSample(file: string): {
  rows: Measurement[];
  dropped: Record<string, number>;
} {
  const raw: Record<string, string>[] = parse(fs.readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
  const dropped: Record<string, number> = {};
  const drop = (why: string) => {
    dropped[why] = (dropped[why] ?? 0) + 1;
  };
  const rows: Measurement[] = [];
  for (const r of raw) {
    if (r.backend !== 'vllm') {
      drop(`backend ${r.backend}`);
      continue;
    }
    if (r.mode !== 'agg') {
      drop('disaggregated serving');
      continue;
    }
    if (r.attention_dp_size && r.attention_dp_size !== '1') {
      drop('data-parallel attention');
      continue;
    }
    if (r.pp_size && r.pp_size !== '1') {
      drop('pipeline parallelism');
      continue;
    }
    const image = (r.silicon_data_source.match(/vllm\/vllm-openai:[^\s;]+/) ?? [
      '',
    ])[0];
    const measured = (r.silicon_data_source.match(
      /measured=(\d{4}-\d{2}-\d{2})/,
    ) ?? ['', ''])[1];
    rows.push({
      id: r.id,
      model: r.model_path,
      gpu: r.system,
      precision: r.precision
        ? (precisionSchema.parse(r.precision) as Precision)
        : null,
      tp: int(r.tp_size, 'tp_size', r.id),
      ep:
        r.moe_ep_size && Number(r.moe_ep_size) > 0 ? Number(r.moe_ep_size) : 1,
      isl: int(r.isl, 'isl', r.id),
      osl: int(r.osl, 'osl', r.id),
      concurrency: int(r.batch_size, 'batch_size', r.id),
      ttft_ms: float(r.silicon_ttft_ms, 'ttft', r.id),
      tpot_ms: float(r.silicon_tpot_ms, 'tpot', r.id),
      engine_version: r.backend_version || (image ? image.split(':')[1] : ''),
      campaign: campaignOf(r.silicon_data_source),
      source: [
        'aiconfigurator silicon_sample.csv',
        measured && `measured ${measured}`,
        image,
      ]
        .filter(Boolean)
        .join('; '),
    });
  }
  return { rows, dropped };
}
