/**
 * Bench: a full-catalog plan through the backend's PlanService (words → intent → plan → stored),
 * on the real kb and an in-memory SQLite database, as `yarn bench` reports it.
 */
import {
  BackstageCredentials,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import knexFactory from 'knex';
import { readServeplanConfig } from '../config';
import { ServeplanDatabase } from '../database/ServeplanDatabase';
import { KnowledgeBaseService } from '../services/kb/KnowledgeBaseService';
import { IntentService } from '../services/intent/IntentService';
import { PlanService } from '../services/plan/PlanService';

export interface BackendPlanBenchResult {
  median_ms: number;
  samples_ms: number[];
  /** The planner's own statistics of the last run. */
  stats: {
    candidates: number;
    fitting: number;
    simulated: number;
    simulations: number;
    elapsed_ms: number;
  };
  recommendations: number;
  kb_version: string;
  request: string;
}

export const BENCH_REQUEST =
  'customer support chatbot for 5k users, p95 TTFT under 500 ms, budget $20k/month';

const quietLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child() {
    return quietLogger;
  },
};

const allowAll: PermissionsService = {
  async authorize(requests) {
    return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
  },
  async authorizeConditional(requests) {
    return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
  },
};

const benchUser = {
  $$type: '@backstage/BackstageCredentials',
  principal: { type: 'user', userEntityRef: 'user:default/bench' },
} as BackstageCredentials;

/**
 * Times `PlanService.createPlan` on a typical request: one warm-up, then `runs` timed runs
 * (default 5); returns the median. `kbDir` defaults to the repository's kb/.
 */
export async function runBackendPlanBench(
  options: { runs?: number; kbDir?: string; text?: string } = {},
): Promise<BackendPlanBenchResult> {
  const runs = options.runs ?? 5;
  const text = options.text ?? BENCH_REQUEST;
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  try {
    const config = readServeplanConfig(
      new ConfigReader(
        options.kbDir ? { serveplan: { kb: { dir: options.kbDir } } } : {},
      ),
    );
    const db = await ServeplanDatabase.create(knex);
    const kb = await KnowledgeBaseService.create({
      config,
      logger: quietLogger,
      db,
      permissions: allowAll,
    });
    const intent = IntentService.create({ config, logger: quietLogger });
    const plans = PlanService.create({
      config,
      logger: quietLogger,
      db,
      kb,
      intent,
      permissions: allowAll,
    });

    let last = await plans.createPlan({ text }, { credentials: benchUser }); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      last = await plans.createPlan({ text }, { credentials: benchUser });
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median =
      sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return {
      median_ms: median,
      samples_ms: samples,
      stats: last.result.stats,
      recommendations: last.result.recommendations.length,
      kb_version: last.kb_version,
      request: text,
    };
  } finally {
    await knex.destroy();
  }
}
