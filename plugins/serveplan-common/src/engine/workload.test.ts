import { ServeplanInputError } from '../errors/ServeplanInputError';
import {
  generateRequests,
  meanLength,
  parseArrivalSpec,
  parseLengthSpec,
  sampleLength,
} from './workload';
import { Rng } from './random';

describe('parseLengthSpec', () => {
  it('parses every form', () => {
    expect(parseLengthSpec('512')).toEqual({ kind: 'fixed', value: 512 });
    expect(parseLengthSpec('fixed:64')).toEqual({ kind: 'fixed', value: 64 });
    expect(parseLengthSpec('uniform:100:900')).toEqual({
      kind: 'uniform',
      min: 100,
      max: 900,
    });
    expect(parseLengthSpec('normal:500:50')).toEqual({
      kind: 'normal',
      mean: 500,
      std: 50,
    });
    expect(parseLengthSpec('lognormal:1000:600')).toEqual({
      kind: 'lognormal',
      mean: 1000,
      std: 600,
    });
    expect(parseLengthSpec('empirical:10,20, 30')).toEqual({
      kind: 'empirical',
      values: [10, 20, 30],
    });
  });

  it.each([
    ['gaussian:1:2', /not a length spec/],
    ['uniform:100', /takes two numbers/],
    ['uniform:900:100', /max \(100\) is below min \(900\)/],
    ['normal:abc:5', /not a number: "abc"/],
    ['fixed:0', /between 1 and/],
    ['fixed:-5', /between 1 and/],
    ['empirical:', /empty/],
    ['fixed:2.5', /whole number/],
  ])('rejects %s with a specific message', (spec, message) => {
    expect(() => parseLengthSpec(spec, '--input-dist')).toThrow(message);
    expect(() => parseLengthSpec(spec, '--input-dist')).toThrow(
      ServeplanInputError,
    );
  });
});

describe('parseArrivalSpec', () => {
  it('parses poisson, gamma and constant', () => {
    expect(parseArrivalSpec('poisson', 2)).toEqual({
      kind: 'poisson',
      rate: 2,
    });
    expect(parseArrivalSpec('gamma:3', 2)).toEqual({
      kind: 'gamma',
      rate: 2,
      cv: 3,
    });
    expect(parseArrivalSpec('constant', 2)).toEqual({
      kind: 'constant',
      rate: 2,
    });
  });

  it('rejects bad rates and kinds', () => {
    expect(() => parseArrivalSpec('poisson', 0)).toThrow(/positive number/);
    expect(() => parseArrivalSpec('poisson', -3)).toThrow(/positive number/);
    expect(() => parseArrivalSpec('poisson', NaN)).toThrow(/positive number/);
    expect(() => parseArrivalSpec('gamma', 1)).toThrow(
      /coefficient of variation/,
    );
    expect(() => parseArrivalSpec('weibull', 1)).toThrow(/not one of/);
  });
});

describe('sampling', () => {
  const sampleMean = (spec: string, n = 20000) => {
    const rng = new Rng(7);
    const d = parseLengthSpec(spec);
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const v = sampleLength(d, rng);
      sum += v;
      sq += v * v;
    }
    const mean = sum / n;
    return { mean, std: Math.sqrt(sq / n - mean * mean) };
  };

  it('lognormal matches the requested mean and standard deviation', () => {
    const s = sampleMean('lognormal:1000:600');
    expect(s.mean).toBeGreaterThan(970);
    expect(s.mean).toBeLessThan(1030);
    expect(s.std).toBeGreaterThan(540);
    expect(s.std).toBeLessThan(660);
  });

  it('uniform stays in range with the right mean', () => {
    const rng = new Rng(1);
    const d = parseLengthSpec('uniform:10:20');
    for (let i = 0; i < 2000; i++) {
      const v = sampleLength(d, rng);
      expect(v).toBeGreaterThanOrEqual(10);
      expect(v).toBeLessThanOrEqual(20);
    }
    expect(meanLength(d)).toBe(15);
  });

  it('gamma arrivals have the requested rate and burstiness', () => {
    const { requests } = generateRequests(
      {
        arrival: { kind: 'gamma', rate: 4, cv: 3 },
        input: parseLengthSpec('10'),
        output: parseLengthSpec('10'),
        requests: 20000,
        seed: 3,
      },
      4096,
    );
    const gaps = requests
      .slice(1)
      .map((r, i) => r.arrival - requests[i].arrival);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const sd = Math.sqrt(
      gaps.reduce((a, b) => a + (b - mean) ** 2, 0) / gaps.length,
    );
    expect(1 / mean).toBeGreaterThan(3.7);
    expect(1 / mean).toBeLessThan(4.3);
    expect(sd / mean).toBeGreaterThan(2.6);
    expect(sd / mean).toBeLessThan(3.4);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const w = (seed: number) => ({
      arrival: { kind: 'poisson' as const, rate: 5 },
      input: parseLengthSpec('lognormal:500:200'),
      output: parseLengthSpec('uniform:10:100'),
      requests: 50,
      seed,
    });
    expect(generateRequests(w(1), 8192)).toEqual(generateRequests(w(1), 8192));
    expect(generateRequests(w(1), 8192)).not.toEqual(
      generateRequests(w(2), 8192),
    );
  });

  it('clamps lengths to the model length and counts it', () => {
    const { requests, clamped } = generateRequests(
      {
        arrival: { kind: 'offline' },
        input: parseLengthSpec('900'),
        output: parseLengthSpec('200'),
        requests: 3,
        seed: 1,
      },
      1000,
    );
    expect(clamped).toBe(3);
    expect(requests.every(r => r.input + r.output <= 1000)).toBe(true);
  });
});
