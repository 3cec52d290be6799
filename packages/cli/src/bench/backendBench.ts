/**
 * The backend's full-catalog plan (PlanService over the real kb and an in-memory database), run in
 * its own Node process with Backstage's TypeScript transform — the backend is not part of the CLI
 * bundle. The transform only affects start-up; the timings are taken inside the process.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BenchResult } from './measure';

export function backendPlanBench(root: string, runs: number): BenchResult {
  const script = `require(${JSON.stringify(
    path.join(root, 'plugins/serveplan-backend/src/bench/planBench'),
  )})
    .runBackendPlanBench({ runs: ${runs} })
    .then(r => process.stdout.write(JSON.stringify({ samples: r.samples_ms, median: r.median_ms, stats: r.stats })))
    .catch(e => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });`;
  const r = spawnSync(
    process.execPath,
    [
      '-r',
      require.resolve('@backstage/cli/config/nodeTransform.cjs', {
        paths: [root],
      }),
      '-e',
      script,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (r.status !== 0)
    throw new Error(`backend plan bench failed: ${r.stderr.slice(-2000)}`);
  const out = JSON.parse(r.stdout) as {
    samples: number[];
    median: number;
    stats: { candidates: number; simulated: number };
  };
  const samples = [...out.samples].sort((a, b) => a - b);
  return {
    name: `backend: full-catalog plan (PlanService, ${out.stats.candidates} configurations, ${out.stats.simulated} simulated)`,
    target_ms: 1000,
    median_ms: out.median,
    min_ms: samples[0],
    max_ms: samples[samples.length - 1],
    runs: samples.length,
    met: out.median <= 1000,
  };
}
