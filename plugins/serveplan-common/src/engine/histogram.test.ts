import { LogHistogram } from './histogram';
import { quantileSorted, summarizeSeconds } from './stats';

describe('LogHistogram', () => {
  it('gives quantiles within its 0.5 % resolution', () => {
    const h = new LogHistogram();
    const values = Array.from({ length: 10000 }, (_, i) => 0.001 + i * 0.00001);
    values.forEach(v => h.add(v));
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.5, 0.9, 0.95, 0.99]) {
      const exact = quantileSorted(sorted, q);
      expect(Math.abs(h.quantile(q) - exact) / exact).toBeLessThan(0.006);
    }
    expect(h.mean()).toBeCloseTo(
      values.reduce((a, b) => a + b, 0) / values.length,
      8,
    );
  });

  it('adds ramps like the individual values', () => {
    const a = new LogHistogram();
    const b = new LogHistogram();
    a.addRamp(0.01, 0.0001, 500, 3);
    for (let j = 0; j < 500; j++) b.add(0.01 + 0.0001 * j, 3);
    expect(a.count).toBe(b.count);
    expect(a.quantile(0.9)).toBeCloseTo(b.quantile(0.9), 10);
  });
});

describe('summarizeSeconds', () => {
  it('reports milliseconds', () => {
    const s = summarizeSeconds([0.1, 0.2, 0.3, 0.4]);
    expect(s.mean).toBeCloseTo(250);
    expect(s.p50).toBeCloseTo(250);
  });
});
