/**
 * Bounded-memory latency statistics for long load tests: exact values while there are few
 * (quantiles as `predict` computes them), a log-bucketed histogram (0.5 % resolution) beyond;
 * the mean is always exact.
 */
import {
  LatencySummary,
  LogHistogram,
  quantileSorted,
} from '@serveplan/plugin-serveplan-common';

export class LatencyStat {
  private exact: number[] = [];
  /** Set once more values came than exactLimit: the exact values are dropped for good. */
  private overflowed = false;
  private readonly hist = new LogHistogram(1e5);
  private sum = 0;
  private n = 0;

  constructor(private readonly exactLimit = 200_000) {}

  /** Adds a value in seconds. */
  add(seconds: number) {
    if (!Number.isFinite(seconds)) return;
    const v = Math.max(0, seconds);
    this.n++;
    this.sum += v;
    this.hist.add(v);
    if (this.overflowed) return;
    if (this.exact.length < this.exactLimit) this.exact.push(v);
    else {
      this.overflowed = true;
      this.exact = [];
    }
  }

  get count(): number {
    return this.n;
  }

  /** Milliseconds, in predict's shape; null when there are no values. */
  summary(): LatencySummary | null {
    if (this.n === 0) return null;
    const ms = (s: number) => s * 1000;
    if (!this.overflowed) {
      const sorted = Float64Array.from(this.exact).sort();
      return {
        mean: ms(this.sum / this.n),
        p50: ms(quantileSorted(sorted, 0.5)),
        p90: ms(quantileSorted(sorted, 0.9)),
        p95: ms(quantileSorted(sorted, 0.95)),
        p99: ms(quantileSorted(sorted, 0.99)),
      };
    }
    return {
      mean: ms(this.sum / this.n),
      p50: ms(this.hist.quantile(0.5)),
      p90: ms(this.hist.quantile(0.9)),
      p95: ms(this.hist.quantile(0.95)),
      p99: ms(this.hist.quantile(0.99)),
    };
  }

  /** Whether quantiles come from exact values (true) or the histogram. */
  get exactQuantiles(): boolean {
    return !this.overflowed;
  }
}
