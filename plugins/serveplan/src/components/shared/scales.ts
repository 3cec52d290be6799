/** Small scale helpers for the page's SVG charts (no chart library needed for a few dozen points). */

export interface Scale {
  (value: number): number;
  ticks: number[];
  log: boolean;
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  for (const [limit, nice] of [
    [5, 10],
    [2, 5],
    [1, 2],
  ]) {
    if (residual >= limit) return nice * magnitude;
  }
  return magnitude;
}

/** Linear scale from [min, max] (widened to nice ticks) to [from, to]. */
export function linearScale(
  min: number,
  max: number,
  from: number,
  to: number,
  count = 5,
  zero = false,
): Scale {
  let lo = zero ? Math.min(0, min) : min;
  let hi = max;
  if (!(hi > lo)) {
    const pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, count);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step / 2; t += step)
    ticks.push(Number(t.toPrecision(12)));
  const f = ((v: number) =>
    from + ((v - lo) / (hi - lo)) * (to - from)) as Scale;
  f.ticks = ticks;
  f.log = false;
  return f;
}

/** Log10 scale for positive values spanning orders of magnitude, ticks at 1, 2 and 5 × 10^k. */
export function logScale(
  min: number,
  max: number,
  from: number,
  to: number,
): Scale {
  const lo = Math.floor(Math.log10(min) * 4) / 4;
  const hi = Math.ceil(Math.log10(max) * 4) / 4;
  const span = hi - lo || 1;
  const ticks: number[] = [];
  // 1-2-5 ticks over a decade or two; powers of ten alone over wider spans.
  const multipliers = span <= 2 ? [1, 2, 5] : [1];
  for (let k = Math.floor(lo); k <= Math.ceil(hi); k++) {
    for (const m of multipliers) {
      const t = m * 10 ** k;
      if (Math.log10(t) >= lo - 1e-9 && Math.log10(t) <= hi + 1e-9)
        ticks.push(t);
    }
  }
  const f = ((v: number) =>
    from + ((Math.log10(v) - lo) / span) * (to - from)) as Scale;
  f.ticks = ticks;
  f.log = true;
  return f;
}

/** A linear scale, or a log scale when the values span more than a factor of `ratio`. */
export function autoScale(
  values: number[],
  from: number,
  to: number,
  ratio = 8,
): Scale {
  const positive = values.filter(v => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return linearScale(0, 1, from, to);
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  return max / min > ratio
    ? logScale(min, max, from, to)
    : linearScale(min, max, from, to, 5, true);
}

/** Compact axis labels: 1.2k, 350, 0.5. */
export function compact(value: number): string {
  const a = Math.abs(value);
  if (a >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  if (a >= 1e3) return `${Number((value / 1e3).toPrecision(3))}k`;
  return `${Number(value.toPrecision(3))}`;
}
