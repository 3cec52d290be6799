import { LatencyStat } from './stats';

describe('LatencyStat', () => {
  it('gives exact quantiles while the values fit', () => {
    const s = new LatencyStat(100);
    for (let i = 1; i <= 100; i++) s.add(i / 1000);
    expect(s.exactQuantiles).toBe(true);
    expect(s.count).toBe(100);
    const sum = s.summary()!;
    expect(sum.mean).toBeCloseTo(50.5, 9);
    expect(sum.p50).toBeCloseTo(50.5, 9);
  });

  it('drops the exact values for good once over the limit (memory stays bounded)', () => {
    const limit = 10;
    const s = new LatencyStat(limit);
    const exact = () => (s as unknown as { exact: number[] }).exact.length;
    for (let i = 1; i <= limit; i++) s.add(i / 1000);
    expect(exact()).toBe(limit);
    // Many times the limit: the exact array must not fill up again.
    let most = 0;
    for (let i = 0; i < 50 * limit; i++) {
      s.add(0.001 * (1 + (i % 20)));
      most = Math.max(most, exact());
    }
    expect(most).toBe(0);
    expect(s.exactQuantiles).toBe(false);
    expect(s.count).toBe(51 * limit);
    const sum = s.summary()!;
    // From the histogram (0.5 % resolution): values 1..20 ms spread evenly.
    expect(sum.p50).toBeGreaterThan(8);
    expect(sum.p50).toBeLessThan(13);
    expect(sum.p99).toBeLessThanOrEqual(20.2);
  });
});
