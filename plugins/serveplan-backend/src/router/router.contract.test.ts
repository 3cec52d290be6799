/**
 * The HTTP contract: every route, served by the real services (real kb, SQLite), with the
 * OpenAPI validator checking each successful response against src/schema/openapi.yaml, so the
 * generated client's types describe what the backend really sends; and the errors each route
 * can answer - every one provoked here must be declared for its route, with a body matching
 * the declared `ErrorResponse`. Also checks that the spec's intent schemas list exactly the
 * fields of the intent schema in serveplan-common, and the bounds the spec shares with the code.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import { ConfigReader } from '@backstage/config';
import { intentFieldNames } from '@serveplan/plugin-serveplan-common';
import express from 'express';
import request from 'supertest';
import { readServeplanConfig } from '../config';
import { ServeplanDatabase } from '../database/ServeplanDatabase';
import { ConversationStore } from '../database/ConversationStore';
import { KnowledgeBaseService } from '../services/kb/KnowledgeBaseService';
import { IntentService } from '../services/intent/IntentService';
import { PlanService } from '../services/plan/PlanService';
import { ConversationService } from '../services/conversation/ConversationService';
import { EngineService } from '../services/engine/EngineService';
import { TOP_MAX, TOP_MIN } from '../services/plan/top';
import { createRouter } from './router';

jest.setTimeout(300_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

type Method = 'get' | 'post' | 'put' | 'delete';
interface Operation {
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, { $ref?: string }>;
}
interface Spec {
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: {
    schemas: Record<string, any>;
    parameters: Record<string, any>;
    responses: Record<string, unknown>;
  };
}

const spec: Spec = YAML.parse(
  fs.readFileSync(path.resolve(__dirname, '../schema/openapi.yaml'), 'utf8'),
);

/**
 * Checks error bodies against the spec's error responses with the same validator the router
 * uses: one route per response component (BadRequest, NotFound, ...) that answers 200 with the
 * body under test, its responses validated. (The validator skips responses of 400 and over, so
 * the router under test cannot check its own error bodies.)
 */
async function errorBodyChecker() {
  let body: unknown;
  const echoSpec = {
    openapi: '3.1.0',
    info: { title: 'error bodies', version: '1' },
    paths: Object.fromEntries(
      Object.keys(spec.components.responses).map(name => [
        `/${name}`,
        {
          get: {
            operationId: `check${name}`,
            responses: { '200': { $ref: `#/components/responses/${name}` } },
          },
        },
      ]),
    ),
    components: spec.components,
  };
  const router = createValidatedOpenApiRouterFromGeneratedEndpointMap(
    echoSpec as Parameters<
      typeof createValidatedOpenApiRouterFromGeneratedEndpointMap
    >[0],
    { validatorOptions: { validateResponses: true } },
  );
  router.use((_req: express.Request, res: express.Response) => {
    res.json(body);
  });
  const app = express();
  app.use(router);
  app.use(mockErrorHandler());
  return async (component: string, errorBody: unknown) => {
    body = errorBody;
    const res = await request(app).get(`/${component}`);
    if (res.status !== 200)
      throw new Error(
        `the body does not match the ${component} response: ${JSON.stringify(
          res.body,
        ).slice(0, 1000)}`,
      );
  };
}

describe('the OpenAPI contract', () => {
  let app: express.Express;
  let checkErrorBody: Awaited<ReturnType<typeof errorBodyChecker>>;
  const provoked = new Map<string, Set<string>>();

  beforeAll(async () => {
    const config = readServeplanConfig(
      new ConfigReader({ serveplan: { prices: { L4: 0.31 } } }),
    );
    const logger = mockServices.logger.mock();
    const permissions = mockServices.permissions();
    const db = await ServeplanDatabase.create(await databases.init('SQLITE_3'));
    const knowledgeBase = await KnowledgeBaseService.create({
      config,
      logger,
      db,
      permissions,
    });
    const intent = IntentService.create({ config, logger });
    const plans = PlanService.create({
      config,
      logger,
      db,
      kb: knowledgeBase,
      intent,
      permissions,
    });
    const conversations = ConversationService.create({
      logger,
      db,
      kb: knowledgeBase,
      intent,
      plans,
    });
    const engine = EngineService.create({ kb: knowledgeBase, config });
    app = express();
    app.use(
      await createRouter({
        httpAuth: mockServices.httpAuth(),
        knowledgeBase,
        intent,
        plans,
        conversations,
        engine,
        validateResponses: true,
      }),
    );
    app.use(mockErrorHandler());
    checkErrorBody = await errorBodyChecker();
  });

  const ok = async (res: request.Response, status = 200) => {
    if (res.status !== status)
      throw new Error(
        `${res.status}: ${JSON.stringify(res.body).slice(0, 2000)}`,
      );
    return res.body;
  };

  /**
   * The response is the expected error, that status is declared for the route (`route` as in
   * the spec, e.g. "post /plans"), and its body matches the declared response.
   */
  const fails = async (
    res: request.Response,
    route: string,
    status: number,
    name?: string,
  ) => {
    if (res.status !== status)
      throw new Error(
        `${route}: expected ${status}, got ${res.status}: ${JSON.stringify(
          res.body,
        ).slice(0, 1000)}`,
      );
    const [method, routePath] = route.split(' ') as [Method, string];
    const operation = spec.paths[routePath]?.[method];
    if (!operation) throw new Error(`${route} is not in the spec`);
    const declared = operation.responses[String(status)];
    if (!declared)
      throw new Error(
        `${route} answers ${status}, which the spec does not declare for it`,
      );
    await checkErrorBody(declared.$ref!.split('/').pop()!, res.body);
    if (name) expect(res.body.error.name).toBe(name);
    provoked.set(route, (provoked.get(route) ?? new Set()).add(String(status)));
    return res.body;
  };

  it('every response matches the spec', async () => {
    const api = () => request(app);
    await ok(
      await api().post('/intent').send({
        text: 'RAG over our wiki for 300 engineers, p95 TTFT under 800 ms',
      }),
    );

    const turn = await ok(
      await api()
        .post('/conversations')
        .send({ text: 'internal chatbot for 200 users, only L40S', top: 2 }),
      201,
    );
    expect(turn.plan.result.recommendations.length).toBeGreaterThan(0);
    const id = turn.conversation.id;
    const question = await ok(
      await api().post(`/conversations/${id}/messages`).send({ text: 'hmm' }),
    );
    expect(question.plan).toBeNull();
    await ok(await api().get(`/conversations/${id}`));
    await ok(await api().get('/conversations?limit=5'));
    await ok(await api().get(`/plans/${turn.plan.id}`));
    const shared = await ok(
      await api()
        .get(`/plans/${turn.plan.id}`)
        .set('Authorization', mockCredentials.user.header('user:default/bob')),
    );
    expect(shared).toMatchObject({ text: null, conversation_id: null });
    await ok(await api().get('/plans'));

    const fromText = await ok(
      await api()
        .post('/plans')
        .send({ text: 'internal chatbot for 200 users, only L40S', top: 1 }),
      201,
    );
    expect(fromText).toMatchObject({ input_kind: 'text' });
    // The rules read it without a fallback: nothing to tell (notices appear only when there is).
    expect(fromText.notices).toBeUndefined();
    await ok(
      await api()
        .post('/plans')
        .send({
          intent: { use_case: 'chatbot', users: 200, allowed_gpus: ['L40S'] },
          overrides: ['percentile=p99'],
          top: 1,
        }),
      201,
    );
    const fromSpec = await ok(
      await api()
        .post('/plans')
        .set('Authorization', mockCredentials.service.header())
        .send({
          spec: { use_case: 'rag', users: 50, allowed_gpus: ['L4'] },
          top: 1,
        }),
      201,
    );
    await ok(await api().get(`/plans/${fromSpec.id}`));

    await ok(await api().get('/kb'));
    await ok(await api().get('/kb/prices'));
    await ok(
      await api().put('/kb/prices/A10G').send({ usd_per_gpu_hour: 0.9 }),
    );
    await ok(await api().delete('/kb/prices/A10G'));
    await ok(await api().get('/kb/measurements?limit=3'));
    const added = await ok(
      await api()
        .post('/kb/measurements')
        .send({
          rows: [
            {
              model: 'llama-3.1-8b',
              gpu: 'L40S',
              tp: 1,
              isl: 512,
              osl: 128,
              concurrency: 4,
              ttft_ms: 60,
              tpot_ms: 20,
              engine_version: '0.10',
              source: 'contract test',
            },
            {
              model: 'llama-3.1-70b',
              gpu: 'L4',
              tp: 1,
              isl: 512,
              osl: 128,
              concurrency: 4,
              ttft_ms: 60,
              tpot_ms: 20,
              engine_version: '0.10',
              source: 'does not fit',
            },
          ],
        }),
      201,
    );
    expect(added.items[1].predicted).toBeNull();
    await ok(await api().delete(`/kb/measurements/${added.items[0].id}`), 204);

    const workload = {
      arrival: { kind: 'poisson', rate: 2 },
      input: { kind: 'uniform', min: 200, max: 800 },
      output: { kind: 'fixed', value: 128 },
      requests: 300,
    };
    await ok(
      await api()
        .post('/predict')
        .send({ deployment: { model: 'llama-3.1-8b', gpu: 'L40S' }, workload }),
    );
    await ok(
      await api()
        .post('/predict')
        .send({ deployment: { model: 'llama-3.1-70b', gpu: 'L4' }, workload }),
    );
    await ok(
      await api()
        .post('/sweeps/request-rate')
        .send({
          deployment: { model: 'llama-3.1-8b', gpu: 'L4' },
          rates: [0.5, 3],
          requests: 100,
        }),
    );
    await ok(
      await api()
        .post('/sweeps/input-length')
        .send({
          deployment: { model: 'llama-3.1-8b', gpu: 'L4', max_model_len: 4096 },
          input_lengths: [128, 1024, 8192],
          requests: 100,
        }),
    );
  });

  it('every error a route answers is declared for it, with a body matching the spec', async () => {
    const api = () => request(app);
    const asService = mockCredentials.service.header();
    const UNKNOWN = '6f0c6d2e-8a51-4c35-9d84-2a55f0f7a0ff';

    // Credentials: none at all (every route), a service's on user-only routes.
    await fails(
      await api()
        .post('/intent')
        .set('Authorization', mockCredentials.none.header())
        .send({ text: 'chatbot' }),
      'post /intent',
      401,
      'AuthenticationError',
    );
    await fails(
      await api()
        .get('/kb')
        .set('Authorization', mockCredentials.none.header()),
      'get /kb',
      401,
    );
    await fails(
      await api().get('/conversations').set('Authorization', asService),
      'get /conversations',
      403,
      'NotAllowedError',
    );
    await fails(
      await api()
        .get(`/conversations/${UNKNOWN}`)
        .set('Authorization', asService),
      'get /conversations/{conversationId}',
      403,
    );
    await fails(
      await api().get('/plans').set('Authorization', asService),
      'get /plans',
      403,
    );

    // Bad input: shapes (the validator), values (the services), parameters, bodies.
    await fails(
      await api().post('/intent').send({ text: 5 }),
      'post /intent',
      400,
      'InputError',
    );
    await fails(
      await api()
        .post('/intent')
        .send({ text: 'x'.repeat(600 * 1024) }),
      'post /intent',
      413,
      'PayloadTooLargeError',
    );
    await fails(
      await api().get('/conversations?limit=0'),
      'get /conversations',
      400,
    );
    const empty = await fails(
      await api().post('/conversations').send({ text: '   ' }),
      'post /conversations',
      400,
    );
    expect(empty.error.field).toBeDefined();
    await fails(
      await api().get('/conversations/not-a-uuid'),
      'get /conversations/{conversationId}',
      400,
    );
    await fails(
      await api().get(`/conversations/${UNKNOWN}`),
      'get /conversations/{conversationId}',
      404,
      'NotFoundError',
    );
    await fails(
      await api()
        .post(`/conversations/${UNKNOWN}/messages`)
        .send({ text: 'x' }),
      'post /conversations/{conversationId}/messages',
      404,
    );
    await fails(
      await api().get('/plans?offset=100000000000000000000'),
      'get /plans',
      400,
    );
    await fails(
      await api()
        .post('/plans')
        .send({ text: 'a chatbot', spec: { use_case: 'chatbot' } }),
      'post /plans',
      400,
    );
    const question = await fails(
      await api()
        .post('/plans')
        .send({ text: '10 users, 5000 requests per second each' }),
      'post /plans',
      422,
      'ClarificationNeededError',
    );
    expect(question.error.question).toMatch(/Did you mean/);
    expect(question.error.intent.users).toBe(10);
    await fails(
      await api().get('/plans/not-a-uuid'),
      'get /plans/{planId}',
      400,
    );
    await fails(
      await api().get(`/plans/${UNKNOWN}`),
      'get /plans/{planId}',
      404,
    );
    const workload = {
      arrival: { kind: 'poisson', rate: 2 },
      input: { kind: 'fixed', value: 512 },
      output: { kind: 'fixed', value: 128 },
    };
    const misspelt = await fails(
      await api()
        .post('/predict')
        .send({ deployment: { model: 'lama-3.1-8b', gpu: 'L40S' }, workload }),
      'post /predict',
      400,
    );
    expect(misspelt.error.field).toBeDefined();
    await fails(
      await api()
        .post('/sweeps/request-rate')
        .send({ deployment: { model: 'llama-3.1-8b', gpu: 'H1000' } }),
      'post /sweeps/request-rate',
      400,
    );
    await fails(
      await api()
        .post('/sweeps/input-length')
        .send({ deployment: { model: 'llama-3.1-8b', gpu: 'H1000' } }),
      'post /sweeps/input-length',
      400,
    );
    await fails(await api().get('/kb?full=1'), 'get /kb', 400);
    await fails(await api().get('/kb/prices?gpu=L4'), 'get /kb/prices', 400);
    await fails(
      await api().put('/kb/prices/H1000').send({ usd_per_gpu_hour: 2 }),
      'put /kb/prices/{gpu}',
      400,
    );
    await fails(
      await api().delete('/kb/prices/L40S'),
      'delete /kb/prices/{gpu}',
      404,
    );
    await fails(
      await api().get('/kb/measurements?model=no-such-model'),
      'get /kb/measurements',
      400,
    );
    const row = {
      id: 'contract-1',
      model: 'llama-3.1-8b',
      gpu: 'L40S',
      tp: 1,
      isl: 512,
      osl: 128,
      concurrency: 4,
      ttft_ms: 60,
      tpot_ms: 20,
      engine_version: '0.10',
      source: 'contract test',
    };
    await fails(
      await api()
        .post('/kb/measurements')
        .send({ rows: [{ ...row, tp: 3 }] }),
      'post /kb/measurements',
      400,
    );
    await ok(
      await api()
        .post('/kb/measurements')
        .send({ rows: [row] }),
      201,
    );
    await fails(
      await api()
        .post('/kb/measurements')
        .send({ rows: [row] }),
      'post /kb/measurements',
      409,
      'ConflictError',
    );
    await fails(
      await api().delete('/kb/measurements/no-such-row'),
      'delete /kb/measurements/{measurementId}',
      404,
    );
    const kbRow = (
      await ok(await api().get('/kb/measurements?origin=kb&limit=1'))
    ).items[0].id;
    await fails(
      await api().delete(`/kb/measurements/${encodeURIComponent(kbRow)}`),
      'delete /kb/measurements/{measurementId}',
      400,
    );

    // A follow-up that loses the race with another one on the same conversation.
    const turn = await ok(
      await api().post('/conversations').send({ text: 'hmm' }),
      201,
    );
    const update = jest
      .spyOn(ConversationStore.prototype, 'update')
      .mockResolvedValueOnce(false);
    try {
      const conflict = await fails(
        await api()
          .post(`/conversations/${turn.conversation.id}/messages`)
          .send({ text: 'hmm again' }),
        'post /conversations/{conversationId}/messages',
        409,
        'ConflictError',
      );
      expect(conflict.error.message).toMatch(/send the message again/);
    } finally {
      update.mockRestore();
    }
    // Nothing of the lost turn was kept.
    expect(
      (await ok(await api().get(`/conversations/${turn.conversation.id}`)))
        .messages,
    ).toHaveLength(2);

    // Every route had at least one of its errors checked here.
    const routes = Object.entries(spec.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map(m => `${m} ${p}`),
    );
    expect(routes.filter(r => !provoked.has(r))).toEqual([]);
  });

  it('declares the errors every route can answer', () => {
    const missing: string[] = [];
    for (const [p, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops) as [Method, Operation][]) {
        const need = ['401'];
        // Every parameter or body can be malformed; a request's query may have unknown keys.
        need.push('400');
        if (op.requestBody) need.push('413');
        // An id in the path may name nothing (a GPU name in a PUT is bad input instead).
        if (/\{/.test(p) && method !== 'put') need.push('404');
        for (const status of need)
          if (!op.responses[status]) missing.push(`${method} ${p} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('shares the bounds of top and paging with the code, and leaves the default top to config', () => {
    const { MessageRequest, PlanRequest } = spec.components.schemas;
    for (const top of [
      MessageRequest.properties.top,
      PlanRequest.properties.top,
    ]) {
      expect(top).toMatchObject({ minimum: TOP_MIN, maximum: TOP_MAX });
      // A default here would be filled in by the validator and hide serveplan.plan.top.
      expect(top.default).toBeUndefined();
    }
    const { limit, offset } = spec.components.parameters;
    expect(limit.schema.maximum).toBeGreaterThan(0);
    // Past a PostgreSQL bigint, an offset is a database error (500) instead of bad input.
    expect(offset.schema.maximum).toBeLessThanOrEqual(2 ** 31 - 1);
  });

  it("lists exactly serveplan-common's intent fields in the spec's intent schemas", () => {
    const { Intent, IntentFields } = spec.components.schemas;
    const bookkeeping = ['assumptions', 'question', 'source', 'notes'];
    expect(Object.keys(IntentFields.properties).sort()).toEqual(
      [...intentFieldNames].sort(),
    );
    expect(Object.keys(Intent.properties).sort()).toEqual(
      [...intentFieldNames, ...bookkeeping].sort(),
    );
    expect([...Intent.required].sort()).toEqual(
      [...intentFieldNames, ...bookkeeping].sort(),
    );
  });
});
