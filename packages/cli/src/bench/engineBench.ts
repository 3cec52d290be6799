/**
 * Speed of the capacity engine: one simulated prediction, screening many candidate
 * configurations on the analytical path, and `bin/serveplan predict` as a whole process.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  attentionLayout,
  availablePrecisions,
  KnowledgeBase,
  kvSizer,
  memoryPlan,
  predict,
  resolveDeployment,
  saturationCapacity,
  steadyStateAtRate,
  StepCostModel,
} from '@serveplan/plugin-serveplan-common';
import { measure, BenchResult } from './measure';

const PREDICT_REQUEST = {
  model: 'llama-3.1-8b',
  gpu: 'H100-SXM',
  maxModelLen: 8192,
  workload: {
    arrival: { kind: 'poisson' as const, rate: 10 },
    input: { kind: 'lognormal' as const, mean: 1000, std: 500 },
    output: { kind: 'lognormal' as const, mean: 250, std: 100 },
    requests: 2000,
    seed: 42,
  },
};

/** Every (model, GPU, TP, precision) the kb allows, up to `limit`, screened at one request rate. */
export function screenCandidates(
  kb: KnowledgeBase,
  limit: number,
): { screened: number; fitting: number } {
  let screened = 0;
  let fitting = 0;
  for (const model of kb.models) {
    for (const gpu of kb.gpus) {
      for (const tp of [1, 2, 4, 8]) {
        for (const precision of [
          ...availablePrecisions(model),
          'fp8' as const,
        ].filter((p, i, a) => a.indexOf(p) === i)) {
          if (screened >= limit) return { screened, fitting };
          let dep;
          try {
            dep = resolveDeployment(kb, {
              model: model.id,
              gpu: gpu.id,
              tp,
              precision,
              maxModelLen: 8192,
            });
          } catch {
            continue; // invalid TP for this model or GPU: not a candidate
          }
          screened++;
          const mem = memoryPlan(kb, dep, 1250);
          if (!mem.fits) continue;
          fitting++;
          const cost = new StepCostModel(dep, kb.calibration.coefficients);
          const kv = kvSizer(dep, mem.kv_cache_gib * 1024 ** 3);
          const w = {
            meanInput: 1000,
            meanOutput: 250,
            maxNumSeqs: dep.flags.maxNumSeqs,
            maxNumBatchedTokens: dep.flags.maxNumBatchedTokens,
            window: attentionLayout(dep.model.architecture).window,
          };
          const cap = saturationCapacity(cost, kv, w);
          steadyStateAtRate(cost, kv, w, cap.maxRequestsPerSecond * 0.5);
        }
      }
    }
  }
  return { screened, fitting };
}

export async function engineBench(
  kb: KnowledgeBase,
  runs: number,
  root: string,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  results.push(
    await measure(
      'predict: simulate 2,000 requests (Llama-3.1-8B, H100, Poisson 10 req/s)',
      50,
      runs,
      3,
      () => predict(kb, PREDICT_REQUEST),
    ),
  );
  const probe = screenCandidates(kb, 1000);
  results.push(
    await measure(
      `screen 1,000 candidate configurations (analytical path; ${probe.fitting} of ${probe.screened} fit in memory)`,
      500,
      runs,
      2,
      () => screenCandidates(kb, 1000),
    ),
  );
  const bin = path.join(root, 'bin', 'serveplan');
  const args = [
    'predict',
    '--model',
    'llama-3.1-8b',
    '--gpu',
    'H100-SXM',
    '--max-model-len',
    '8192',
    '--input-dist',
    'lognormal:1000:500',
    '--output-dist',
    'lognormal:250:100',
    '--qps',
    '10',
    '--json',
  ];
  results.push(
    await measure(
      'bin/serveplan predict, end to end (process start included)',
      1000,
      Math.min(runs, 10),
      1,
      () => {
        const r = spawnSync(bin, args, { encoding: 'utf8' });
        if (r.status !== 0)
          throw new Error(`bin/serveplan predict failed: ${r.stderr}`);
      },
    ),
  );
  const planArgs = [
    'plan',
    'a support chatbot for 1000 users, low latency is critical, budget $3k/month',
    '--json',
  ];
  results.push(
    await measure(
      'bin/serveplan plan, full catalog, end to end (process start included)',
      2000,
      Math.min(runs, 7),
      1,
      () => {
        const r = spawnSync(bin, planArgs, {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        if (r.status !== 0)
          throw new Error(`bin/serveplan plan failed: ${r.stderr}`);
      },
    ),
  );
  return results;
}
