import { generateRequests, Workload } from '@serveplan/plugin-serveplan-common';
import { RequestSource } from './requestSource';

describe('RequestSource', () => {
  it('draws the same requests as predict (generateRequests), lazily', () => {
    const workloads: Workload[] = [
      {
        arrival: { kind: 'poisson', rate: 7 },
        input: { kind: 'uniform', min: 10, max: 900 },
        output: { kind: 'lognormal', mean: 200, std: 80 },
        requests: 500,
        seed: 42,
      },
      {
        arrival: { kind: 'gamma', rate: 3, cv: 2 },
        input: { kind: 'fixed', value: 100 },
        output: { kind: 'normal', mean: 50, std: 20 },
        requests: 300,
        seed: 7,
      },
      {
        arrival: { kind: 'constant', rate: 4 },
        input: { kind: 'empirical', values: [5, 500, 5000] },
        output: { kind: 'fixed', value: 30 },
        requests: 100,
        seed: 1,
      },
      {
        arrival: { kind: 'closed', concurrency: 8 },
        input: { kind: 'fixed', value: 3000 },
        output: { kind: 'fixed', value: 2000 },
        requests: 50,
        seed: 3,
      },
    ];
    for (const w of workloads) {
      const { requests, clamped } = generateRequests(w, 4096);
      const src = new RequestSource(w, 4096, w.requests);
      const drawn = [];
      for (let r = src.next(); r; r = src.next()) drawn.push(r);
      expect(drawn).toEqual(requests);
      expect(src.clamped).toBe(clamped);
    }
  });
});

describe('RequestSource without a request limit (loadtest --duration)', () => {
  it('keeps drawing past a million requests', () => {
    const src = new RequestSource(
      {
        arrival: { kind: 'constant', rate: 1000 },
        input: { kind: 'fixed', value: 8 },
        output: { kind: 'fixed', value: 8 },
        requests: Number.POSITIVE_INFINITY,
        seed: 1,
      },
      4096,
      Number.POSITIVE_INFINITY,
    );
    let last;
    for (let i = 0; i <= 1_000_000; i++) last = src.next();
    expect(last).toEqual({ arrival: 1000, input: 8, output: 8 });
  });
});
