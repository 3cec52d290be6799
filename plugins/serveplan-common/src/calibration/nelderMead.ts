/**
 * Nelder-Mead simplex minimisation (no derivatives): the fit's objective runs a discrete-event
 * simulation, which has no useful gradient.
 */
export interface NelderMeadOptions {
  maxEvaluations: number;
  /** Initial simplex step per coordinate. */
  step: number;
  tolerance: number;
  onIteration?: (best: number, evaluations: number) => void;
}

export function nelderMead(
  f: (x: number[]) => number,
  x0: number[],
  opts: NelderMeadOptions,
): { x: number[]; value: number; evaluations: number } {
  const n = x0.length;
  let evaluations = 0;
  const evaluate = (x: number[]) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.MAX_VALUE;
  };
  let simplex = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const x = x0.slice();
    x[i] += opts.step;
    simplex.push(x);
  }
  let values = simplex.map(evaluate);
  const order = () => {
    const idx = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    simplex = idx.map(i => simplex[i]);
    values = idx.map(i => values[i]);
  };
  order();
  while (evaluations < opts.maxEvaluations) {
    if (
      Math.abs(values[n] - values[0]) <=
      opts.tolerance * Math.max(1e-12, Math.abs(values[0]))
    )
      break;
    const centroid = new Array(n).fill(0);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;
    const worst = simplex[n];
    const along = (t: number) => centroid.map((c, j) => c + t * (worst[j] - c));
    const reflected = along(-1);
    const fr = evaluate(reflected);
    if (fr < values[0]) {
      const expanded = along(-2);
      const fe = evaluate(expanded);
      if (fe < fr) {
        simplex[n] = expanded;
        values[n] = fe;
      } else {
        simplex[n] = reflected;
        values[n] = fr;
      }
    } else if (fr < values[n - 1]) {
      simplex[n] = reflected;
      values[n] = fr;
    } else {
      const contracted = fr < values[n] ? along(-0.5) : along(0.5);
      const fc = evaluate(contracted);
      if (fc < Math.min(fr, values[n])) {
        simplex[n] = contracted;
        values[n] = fc;
      } else {
        const best = simplex[0];
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i].map((v, j) => best[j] + 0.5 * (v - best[j]));
          values[i] = evaluate(simplex[i]);
        }
      }
    }
    order();
    opts.onIteration?.(values[0], evaluations);
  }
  return { x: simplex[0], value: values[0], evaluations };
}
