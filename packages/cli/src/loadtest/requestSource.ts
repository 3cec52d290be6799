/**
 * The load test's requests, drawn lazily in exactly the order `generateRequests` draws them for
 * `predict` (arrival gap, then input and output length, from one seeded generator): the same
 * seed and workload give the same arrival times and lengths, so a load test and a prediction
 * describe the same requests; and a long `--duration` run never holds them all in memory.
 */
import {
  Rng,
  RequestSpec,
  sampleLength,
  Workload,
} from '@serveplan/plugin-serveplan-common';

export class RequestSource {
  private readonly rng: Rng;
  private t = 0;
  private i = 0;
  clamped = 0;

  constructor(
    private readonly w: Workload,
    private readonly maxModelLen: number,
    private readonly limit: number,
  ) {
    this.rng = new Rng(w.seed);
  }

  next(): RequestSpec | undefined {
    if (this.i >= this.limit) return undefined;
    const a = this.w.arrival;
    const rng = this.rng;
    if (a.kind === 'poisson') this.t += rng.exponential(a.rate);
    else if (a.kind === 'gamma')
      this.t += rng.gamma(1 / (a.cv * a.cv), (a.cv * a.cv) / a.rate);
    else if (a.kind === 'constant') this.t = this.i / a.rate;
    let input = sampleLength(this.w.input, rng);
    let output = sampleLength(this.w.output, rng);
    if (input >= this.maxModelLen) {
      input = this.maxModelLen - 1;
      this.clamped++;
    }
    if (input + output > this.maxModelLen) {
      output = this.maxModelLen - input;
      this.clamped++;
    }
    this.i++;
    return {
      arrival: a.kind === 'closed' || a.kind === 'offline' ? 0 : this.t,
      input,
      output,
    };
  }
}
