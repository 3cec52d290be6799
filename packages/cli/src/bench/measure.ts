/** Repeats a measurement and reports the median (and spread) of its durations in milliseconds. */
export interface BenchResult {
  name: string;
  target_ms: number;
  median_ms: number;
  min_ms: number;
  max_ms: number;
  runs: number;
  met: boolean;
  detail?: string;
}

export async function measure(
  name: string,
  targetMs: number,
  runs: number,
  warmups: number,
  fn: () => unknown | Promise<unknown>,
  detail?: string,
): Promise<BenchResult> {
  for (let i = 0; i < warmups; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median =
    times.length % 2
      ? times[(times.length - 1) / 2]
      : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
  return {
    name,
    target_ms: targetMs,
    median_ms: median,
    min_ms: times[0],
    max_ms: times[times.length - 1],
    runs,
    met: median <= targetMs,
    detail,
  };
}
