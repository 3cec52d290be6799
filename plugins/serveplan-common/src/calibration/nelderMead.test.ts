import { nelderMead } from './nelderMead';

describe('nelderMead', () => {
  it('finds the minimum of a shifted quadratic in four dimensions', () => {
    const target = [1, -2, 3, 0.5];
    const f = (x: number[]) =>
      x.reduce((s, v, i) => s + (i + 1) * (v - target[i]) ** 2, 0);
    const r = nelderMead(f, [0, 0, 0, 0], {
      maxEvaluations: 5000,
      step: 1,
      tolerance: 1e-12,
    });
    r.x.forEach((v, i) => expect(v).toBeCloseTo(target[i], 3));
  });
});
