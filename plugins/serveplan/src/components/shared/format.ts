/** Number formatting for people: one place, so every tab says numbers the same way. */

const usdFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const usdCents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
});

export function usd(value: number): string {
  return usdFormat.format(value);
}

/** Small amounts (per GPU-hour, per million tokens) keep their cents. */
export function usdPrecise(value: number): string {
  return usdCents.format(value);
}

export function integer(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Three significant digits, without trailing noise (1.11, 23.0 → 23, 1,250). */
export function sig(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 10 ** digits) return integer(value);
  return Number(value.toPrecision(digits)).toLocaleString('en-US', {
    maximumFractionDigits: 6,
  });
}

/** Milliseconds as people read them: 82 ms, 1.2 s, 14 s. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value < 1000) return `${sig(value, value < 10 ? 2 : 3)} ms`;
  return `${sig(value / 1000, 3)} s`;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

const METRIC_LABELS: Record<string, string> = {
  ttft_ms: 'TTFT',
  itl_ms: 'ITL',
  e2e_ms: 'E2E',
  ttft: 'TTFT',
  itl: 'ITL',
  e2e: 'E2E',
};

const METRIC_DESCRIPTIONS: Record<string, string> = {
  ttft_ms: 'time to first token',
  itl_ms: 'inter-token latency',
  e2e_ms: 'end-to-end latency',
};

export function metricLabel(metric: string): string {
  return METRIC_LABELS[metric] ?? metric;
}

export function metricDescription(metric: string): string {
  return METRIC_DESCRIPTIONS[metric] ?? metric;
}

/** "Llama-3.2-1B-Instruct on 1 × L4 (fp8)". */
export function configurationLabel(c: {
  model_name?: string;
  model: string;
  gpu: string;
  tp: number;
  precision: string;
}): string {
  return `${c.model_name ?? c.model} on ${c.tp} × ${c.gpu} (${c.precision})`;
}

export function dateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}
