/**
 * The HTTP contract: every route, served by the real services (real kb, SQLite), with the
 * OpenAPI validator checking each response against src/schema/openapi.yaml, so the generated
 * client's types describe what the backend really sends. Also checks that the spec's intent
 * schemas list exactly the fields of the intent schema in serveplan-common.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { intentFieldNames } from '@serveplan/plugin-serveplan-common';
import express from 'express';
import request from 'supertest';
import { readServeplanConfig } from '../config';
import { ServeplanDatabase } from '../database/ServeplanDatabase';
import { KnowledgeBaseService } from '../services/kb/KnowledgeBaseService';
import { IntentService } from '../services/intent/IntentService';
import { PlanService } from '../services/plan/PlanService';
import { ConversationService } from '../services/conversation/ConversationService';
import { EngineService } from '../services/engine/EngineService';
import { createRouter } from './router';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('the OpenAPI contract', () => {
  let app: express.Express;

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
  });

  const ok = async (res: request.Response, status = 200) => {
    if (res.status !== status)
      throw new Error(
        `${res.status}: ${JSON.stringify(res.body).slice(0, 2000)}`,
      );
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
    await ok(await api().get('/plans'));

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

  it("lists exactly serveplan-common's intent fields in the spec's intent schemas", () => {
    const spec = YAML.parse(
      fs.readFileSync(
        path.resolve(__dirname, '../schema/openapi.yaml'),
        'utf8',
      ),
    );
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
