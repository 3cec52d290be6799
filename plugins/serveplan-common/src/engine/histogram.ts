/** A log-bucketed weighted histogram for latency quantiles (0.5 % relative resolution). */
export class LogHistogram {
  private static readonly MIN = 1e-6;
  private static readonly RATIO = 1.005;
  private static readonly LOG_RATIO = Math.log(LogHistogram.RATIO);
  private readonly bins: Float64Array;
  private total = 0;
  private sum = 0;
  private maxValue = 0;

  constructor(maxSeconds = 1e5) {
    const n =
      Math.ceil(
        Math.log(maxSeconds / LogHistogram.MIN) / LogHistogram.LOG_RATIO,
      ) + 2;
    this.bins = new Float64Array(n);
  }

  private index(v: number): number {
    if (v <= LogHistogram.MIN) return 0;
    const i =
      Math.floor(Math.log(v / LogHistogram.MIN) / LogHistogram.LOG_RATIO) + 1;
    return Math.min(i, this.bins.length - 1);
  }

  add(value: number, weight = 1) {
    if (weight <= 0) return;
    this.bins[this.index(value)] += weight;
    this.total += weight;
    this.sum += value * weight;
    if (value > this.maxValue) this.maxValue = value;
  }

  /** Adds `count` values v0, v0 + step, ..., each with `weight`. */
  addRamp(v0: number, step: number, count: number, weight: number) {
    if (count <= 0 || weight <= 0) return;
    if (Math.abs(step) * count < v0 * 0.001) {
      this.add(v0 + (step * (count - 1)) / 2, weight * count);
      return;
    }
    for (let j = 0; j < count; j++) this.add(v0 + step * j, weight);
  }

  get count(): number {
    return this.total;
  }

  mean(): number {
    return this.total > 0 ? this.sum / this.total : 0;
  }

  /** Value at quantile q in [0, 1] (upper-middle of the bucket). */
  quantile(q: number): number {
    if (this.total === 0) return 0;
    const target = q * this.total;
    let acc = 0;
    for (let i = 0; i < this.bins.length; i++) {
      acc += this.bins[i];
      if (acc >= target && this.bins[i] > 0) {
        const v =
          i === 0
            ? LogHistogram.MIN
            : LogHistogram.MIN * Math.pow(LogHistogram.RATIO, i - 0.5);
        return Math.min(v, this.maxValue);
      }
    }
    return this.maxValue;
  }
}
