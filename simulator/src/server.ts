/**
 * The simulator's HTTP server (fastify): vLLM's OpenAI-compatible routes, /health, /ping,
 * /version, /tokenize, /metrics, plus /serveplan/stats (the engine loop's own timing). Handles
 * startup delay and slow readiness for probe tests, an API key, a request-body limit, vLLM-shaped
 * errors for anything malformed, and graceful shutdown (drain streams, then abort).
 */
import Fastify, {
  FastifyBaseLogger,
  FastifyError,
  FastifyInstance,
  FastifyReply,
  LogController,
} from 'fastify';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import {
  KnowledgeBase,
  parseLengthSpec,
} from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';
import { AdmissionControl } from './admission';
import { SimulatorConfig } from './args';
import { EngineLoop } from './engineLoop';
import { buildEngine, SimulatedEngine } from './engineSetup';
import { FaultInjector } from './faults';
import { VllmMetrics } from './metrics';
import { registerChat } from './openai/chat';
import { registerCompletions } from './openai/completions';
import type { ApiDeps } from './openai/deps';
import { ApiError, errorBody, modelNotFound } from './openai/errors';
import type { GenerationContext } from './openai/generation';
import { registerModels } from './openai/models';
import { registerTokenize } from './openai/tokenize';
import { SimTokenizer } from './tokenizer';

/** The vLLM release whose API and metrics the simulator imitates (serving-surface.md). */
export const VLLM_VERSION = '0.33.0';
export const SIMULATOR_VERSION = '0.1.0';

export interface SimulatorHandle {
  url: string;
  host: string;
  port: number;
  engine: SimulatedEngine;
  loop: EngineLoop;
  metrics: VllmMetrics;
  app: FastifyInstance;
  /** Graceful: stop taking requests, let streams finish (up to --shutdown-timeout), then abort the rest. */
  shutdown(): Promise<void>;
  /** Resolves once the server has shut down. */
  closed: Promise<void>;
}

export interface StartOptions {
  kb?: KnowledgeBase;
  /** Where structured logs go (default: stdout). */
  logStream?: NodeJS.WritableStream;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export function createLogger(level: string, stream?: NodeJS.WritableStream) {
  return pino(
    {
      level,
      base: { service: 'serveplan-simulator' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: label => ({ level: label }) },
    },
    (stream ?? process.stdout) as pino.DestinationStream,
  );
}

export async function startSimulator(
  cfg: SimulatorConfig,
  options: StartOptions = {},
): Promise<SimulatorHandle> {
  const log = createLogger(cfg.logLevel, options.logStream);
  if (cfg.ignored.length > 0) {
    log.info(
      { flags: cfg.ignored },
      'accepted vLLM flags that have no effect in the simulator',
    );
  }
  const kb = options.kb ?? loadKnowledgeBaseSync(cfg.kbDir);
  const engine = buildEngine(kb, cfg);
  const dep = engine.dep;
  const maxModelLen = dep.flags.maxModelLen;
  const tokenizer = new SimTokenizer();
  if (cfg.exportTokenizer) {
    fs.mkdirSync(cfg.exportTokenizer, { recursive: true });
    for (const [name, text] of Object.entries(
      tokenizer.huggingFaceFiles(maxModelLen),
    )) {
      fs.writeFileSync(path.join(cfg.exportTokenizer, name), text);
    }
    log.info(
      { dir: cfg.exportTokenizer },
      'wrote the tokenizer as Hugging Face files',
    );
  }
  const servedModel = cfg.servedModelNames[0];
  const loop = new EngineLoop(engine.newCore(), {
    overheadMs: engine.requestOverhead * 1000,
    spinMs: cfg.timerSpinMs,
  });
  const metrics = new VllmMetrics(
    servedModel,
    {
      running: () => loop.running,
      waiting: () => loop.waiting,
      kvUsage: () => loop.kvUsage,
    },
    {
      blockSize: dep.flags.blockSize,
      numGpuBlocks: engine.mem.kv_blocks,
      cacheDtype: dep.flags.kvCacheDtype,
      gpuMemoryUtilization: dep.flags.gpuMemoryUtilization,
    },
    maxModelLen,
  );
  // The loop reports steps to the metrics; the metrics read the loop's state at scrape time.
  loop.setListeners({
    onStep: out => metrics.onStep(out.promptTokens, out.shape.decodeSeqs),
    onEmitted: late => {
      metrics.onStepEmitted(late / 1000);
      metrics.flush();
    },
  });
  const timingHeader = `simulated; engine=serveplan-capacity-engine; kb=${kb.version}; coefficients=${kb.calibration.provenance.date}`;
  const gen: GenerationContext = {
    loop,
    metrics,
    servedModel,
    timingHeader,
    forceIncludeUsage: cfg.forceIncludeUsage,
    inflight: new Set(),
    maxStreamBacklogBytes: cfg.maxStreamBacklogBytes,
    backlog: { bytes: 0, aborted: 0 },
  };
  const deps: ApiDeps = {
    cfg,
    tokenizer,
    plan: {
      tokenizer,
      maxModelLen,
      mode: cfg.responseMode,
      seed: cfg.seed,
      natural: parseLengthSpec(
        cfg.naturalOutputTokens,
        '--natural-output-tokens',
      ),
    },
    gen,
    faults: new FaultInjector(cfg.failureRate, cfg.failureCodes, cfg.seed),
    admission: new AdmissionControl(
      cfg.maxNumQueuedReqs,
      cfg.queueFullStatus,
      () => loop.waiting,
    ),
    maxModelLen,
    checkModel(name) {
      if (name === null || name === undefined || name === '') return;
      if (!cfg.servedModelNames.includes(name)) throw modelNotFound(name);
    },
  };

  const app: FastifyInstance = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: cfg.maxRequestBodyBytes,
    return503OnClosing: true,
    keepAliveTimeout: 5000,
  });
  let state: 'loading' | 'ready' | 'draining' =
    cfg.readyDelay > 0 ? 'loading' : 'ready';

  // JSON whatever the content type (FastAPI reads the body as JSON too); errors in vLLM's shape.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    const text = body as string;
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch (e) {
      done(
        new ApiError(400, `JSON decode error: ${(e as Error).message}`),
        undefined,
      );
    }
  });

  app.setErrorHandler((err: FastifyError | ApiError, request, reply) => {
    let e: ApiError;
    if (err instanceof ApiError) e = err;
    else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      e = new ApiError(
        413,
        `Request body too large: the limit is ${cfg.maxRequestBodyBytes} bytes (--max-request-body-bytes).`,
      );
    } else if (
      err.statusCode &&
      err.statusCode >= 400 &&
      err.statusCode < 500
    ) {
      e = new ApiError(400, err.message);
    } else {
      request.log.error({ err, url: request.url }, 'unexpected error');
      e = new ApiError(500, `Internal server error: ${err.message}`);
    }
    request.log.debug(
      { url: request.url, status: e.status, message: e.message },
      'request refused',
    );
    reply.code(e.status).headers(e.headers).send(e.body());
  });
  app.setNotFoundHandler((_request, reply) => {
    reply.code(404).send({ detail: 'Not Found' });
  });

  app.addHook('onRequest', async (request, reply) => {
    const url = request.url;
    if (state === 'loading' && url !== '/metrics' && url !== '/version') {
      const body = errorBody(
        503,
        'The model is still loading (simulated startup; --ready-delay).',
      );
      return reply.code(503).header('retry-after', '1').send(body);
    }
    if (state === 'draining' && url !== '/metrics') {
      return reply
        .code(503)
        .header('connection', 'close')
        .send(errorBody(503, 'The server is shutting down.'));
    }
    if (
      cfg.apiKey &&
      url.startsWith('/v1') &&
      request.headers.authorization !== `Bearer ${cfg.apiKey}`
    ) {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
    return undefined;
  });

  const ok = async (_req: unknown, reply: FastifyReply) =>
    reply.code(200).send('');
  app.get('/health', ok);
  app.get('/ping', ok);
  app.post('/ping', ok);
  app.get('/version', async () => ({
    version: VLLM_VERSION,
    simulator: `@serveplan/simulator ${SIMULATOR_VERSION}`,
  }));
  app.get('/metrics', async (_req, reply) =>
    reply
      .header('content-type', metrics.contentType)
      .send(await metrics.text()),
  );
  const started = performance.now();
  // Starts a new measurement window for the timing error (benches exclude their ramp-up).
  app.post('/serveplan/stats/reset', async () => {
    loop.resetTimingStats();
    return { reset: true };
  });
  app.get('/serveplan/stats', async () => {
    const s = loop.stats;
    const ms = (q: number) => s.lateness.quantile(q) * 1000;
    return {
      uptime_s: (performance.now() - started) / 1000,
      steps: s.steps,
      tokens_emitted: s.tokens,
      preemptions: s.preemptions,
      max_running: s.maxRunning,
      running: loop.running,
      waiting: loop.waiting,
      kv_cache_usage: loop.kvUsage,
      // Generated text held for clients that read more slowly than tokens come.
      stream_backlog_bytes: gen.backlog.bytes,
      streams_aborted_for_backlog: gen.backlog.aborted,
      timing_error_ms: {
        mean: s.lateness.mean() * 1000,
        p50: ms(0.5),
        p90: ms(0.9),
        p99: ms(0.99),
        max: s.maxLatenessMs,
        count: s.lateness.count,
      },
      provenance: engine.provenance,
    };
  });
  const created = Math.floor(Date.now() / 1000);
  registerModels(app, deps, created);
  registerCompletions(app, deps);
  registerChat(app, deps);
  registerTokenize(app, deps);

  if (cfg.startupDelay > 0) {
    log.info(
      { seconds: cfg.startupDelay },
      'simulating model loading before opening the port (--startup-delay)',
    );
    await sleep(cfg.startupDelay * 1000);
  }
  await app.listen({ host: cfg.host, port: cfg.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : cfg.port;
  const urlHost =
    cfg.host === '0.0.0.0' || cfg.host === '::' ? '127.0.0.1' : cfg.host;
  if (state === 'loading') {
    setTimeout(() => {
      if (state === 'loading') state = 'ready';
      log.info('ready');
    }, cfg.readyDelay * 1000).unref();
  }
  log.info(
    {
      model: dep.model.id,
      served_model_name: cfg.servedModelNames,
      gpu: dep.gpu.id,
      tp: dep.tp,
      precision: dep.precision,
      max_model_len: maxModelLen,
      max_num_seqs: dep.flags.maxNumSeqs,
      max_num_batched_tokens: dep.flags.maxNumBatchedTokens,
      kv_cache_gib: Number(engine.mem.kv_cache_gib.toFixed(2)),
      kv_token_capacity: engine.mem.kv_token_capacity,
      request_overhead_ms: Number((engine.requestOverhead * 1000).toFixed(2)),
      defaulted: [...dep.flags.defaulted, ...cfg.defaulted],
      timing: engine.provenance,
      port,
    },
    'serveplan simulator listening',
  );

  let closedResolve!: () => void;
  const closed = new Promise<void>(r => {
    closedResolve = r;
  });
  let shuttingDown: Promise<void> | undefined;
  const shutdown = () => {
    if (shuttingDown) return shuttingDown;
    shuttingDown = (async () => {
      state = 'draining';
      log.info(
        { inflight: gen.inflight.size, timeout_s: cfg.shutdownTimeout },
        'shutting down: draining in-flight requests',
      );
      const closing = app.close();
      const drained = Promise.all([...gen.inflight]).then(() => true);
      const result = await Promise.race([
        drained,
        sleep(cfg.shutdownTimeout * 1000).then(() => false),
      ]);
      if (!result)
        log.warn(
          { inflight: gen.inflight.size },
          'shutdown timeout: aborting the remaining requests',
        );
      loop.close();
      app.server.closeAllConnections();
      await closing;
      log.info('stopped');
      closedResolve();
    })();
    return shuttingDown;
  };
  return {
    url: `http://${urlHost}:${port}`,
    host: cfg.host,
    port,
    engine,
    loop,
    metrics,
    app,
    shutdown,
    closed,
  };
}
