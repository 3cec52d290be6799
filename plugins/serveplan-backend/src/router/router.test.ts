import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  Intent,
  ServeplanInputError,
} from '@serveplan/plugin-serveplan-common';
import express from 'express';
import request from 'supertest';
import { ClarificationNeededError } from '../errors';
import { repoKnowledgeBase } from '../__testUtils__/knowledgeBase';
import { KnowledgeBaseService } from '../services/kb/KnowledgeBaseService';
import { IntentService } from '../services/intent/IntentService';
import { PlanService } from '../services/plan/PlanService';
import { ConversationService } from '../services/conversation/ConversationService';
import { EngineService } from '../services/engine/EngineService';
import { createRouter, Public } from './router';

const kb = repoKnowledgeBase();
const intent = {
  use_case: 'chatbot',
  users: 100,
  question: null,
  assumptions: [],
} as unknown as Intent;
const UUID = '6f0c6d2e-8a51-4c35-9d84-2a55f0f7a001';

describe('createRouter', () => {
  let app: express.Express;
  let knowledgeBase: jest.Mocked<Public<KnowledgeBaseService>>;
  let intentService: jest.Mocked<Public<IntentService>>;
  let plans: jest.Mocked<Public<PlanService>>;
  let conversations: jest.Mocked<Public<ConversationService>>;
  let engine: jest.Mocked<Public<EngineService>>;

  beforeEach(async () => {
    knowledgeBase = {
      base: kb,
      current: jest.fn().mockResolvedValue({
        kb,
        baseVersion: kb.version,
        loadedAt: '2026-11-27T00:00:00.000Z',
        overrides: [],
      }),
      measurementCounts: jest.fn().mockResolvedValue({ kb: 3, operator: 1 }),
      listPriceOverrides: jest.fn(),
      setPriceOverride: jest.fn(),
      deletePriceOverride: jest.fn(),
      listMeasurements: jest.fn(),
      addMeasurements: jest.fn(),
      deleteMeasurement: jest.fn(),
    };
    intentService = {
      provider: 'rules',
      extract: jest.fn(),
      correct: jest.fn(),
      refine: jest.fn(),
    };
    plans = {
      defaultTop: 5,
      authorizeCreate: jest.fn(),
      planIntent: jest.fn(),
      planSpec: jest.fn(),
      createPlan: jest.fn(),
      getPlan: jest.fn(),
      listPlans: jest.fn(),
    };
    conversations = {
      create: jest.fn(),
      postMessage: jest.fn(),
      get: jest.fn(),
      list: jest.fn(),
    };
    engine = {
      predict: jest.fn(),
      sweepRequestRate: jest.fn(),
      sweepInputLength: jest.fn(),
    };
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      knowledgeBase,
      intent: intentService,
      plans,
      conversations,
      engine,
    });
    app = express();
    app.use(router);
    app.use(mockErrorHandler());
  });

  it('reads an intent with the effective knowledge base', async () => {
    intentService.extract.mockResolvedValue({
      intent,
      provider: 'rules',
      notices: [],
    });
    const res = await request(app)
      .post('/intent')
      .send({ text: 'chatbot for 100 users' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ intent, provider: 'rules', notices: [] });
    expect(intentService.extract).toHaveBeenCalledWith(
      'chatbot for 100 users',
      kb,
    );
  });

  it.each([
    ['no text', {}, /text/],
    ['text not a string', { text: 5 }, /text/],
    ['text over 10,000 characters', { text: 'a'.repeat(10_001) }, /10000/],
    [
      'an unknown field',
      { text: 'a', temperature: 2 },
      /additional properties|temperature/i,
    ],
  ])('rejects a body with %s (400)', async (_what, body, message) => {
    const res = await request(app).post('/intent').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toMatch(message);
    expect(intentService.extract).not.toHaveBeenCalled();
  });

  it('rejects malformed JSON with a specific 400', async () => {
    const res = await request(app)
      .post('/intent')
      .set('Content-Type', 'application/json')
      .send('{"text": "chatbot",');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not valid JSON/);
  });

  it('rejects a body over the size limit with 413 and the limit', async () => {
    const res = await request(app)
      .post('/kb/measurements')
      .send({ rows: [{ source: 'x'.repeat(600 * 1024) }] });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({
      name: 'PayloadTooLargeError',
      message: expect.stringMatching(/the limit is 512 kB/),
    });
    expect(knowledgeBase.addMeasurements).not.toHaveBeenCalled();
  });

  it('rejects a non-JSON content type without a 500', async () => {
    const res = await request(app)
      .post('/intent')
      .set('Content-Type', 'text/plain')
      .send('chatbot for 100 users');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it("turns the engines' input errors into 400 with the field and close matches", async () => {
    intentService.extract.mockRejectedValue(
      new ServeplanInputError('unknown GPU "H10"; did you mean "H100-SXM"?', {
        field: 'gpu',
        suggestions: ['H100-SXM'],
      }),
    );
    const res = await request(app).post('/intent').send({ text: 'on H10' });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      name: 'InputError',
      message: 'unknown GPU "H10"; did you mean "H100-SXM"?',
      field: 'gpu',
      suggestions: ['H100-SXM'],
    });
  });

  it('answers a clarifying question with 422', async () => {
    plans.createPlan.mockRejectedValue(
      new ClarificationNeededError('How many users?', {
        ...intent,
        question: 'How many users?',
      }),
    );
    const res = await request(app).post('/plans').send({ text: 'a chatbot' });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      name: 'ClarificationNeededError',
      message: 'How many users?',
      question: 'How many users?',
      intent: { use_case: 'chatbot' },
    });
  });

  it('passes the caller to plan creation and maps a denial to 403', async () => {
    plans.createPlan.mockRejectedValue(
      new NotAllowedError('may not create plans'),
    );
    const res = await request(app)
      .post('/plans')
      .send({
        text: 'a chatbot for 10 users',
        overrides: ['users=20'],
        top: 3,
      });
    expect(res.status).toBe(403);
    expect(plans.createPlan).toHaveBeenCalledWith(
      { text: 'a chatbot for 10 users', overrides: ['users=20'], top: 3 },
      { credentials: mockCredentials.user() },
    );
  });

  it('rejects unauthenticated requests (401)', async () => {
    const res = await request(app)
      .post('/intent')
      .set('Authorization', mockCredentials.none.header())
      .send({ text: 'chatbot' });
    expect(res.status).toBe(401);
  });

  it('keeps conversations to users, not services (403)', async () => {
    const res = await request(app)
      .get('/conversations')
      .set('Authorization', mockCredentials.service.header());
    expect(res.status).toBe(403);
    expect(conversations.list).not.toHaveBeenCalled();
  });

  it('passes paging as numbers and rejects bad paging', async () => {
    conversations.list.mockResolvedValue({ items: [], total: 0 });
    expect(
      (await request(app).get('/conversations?limit=10&offset=5')).status,
    ).toBe(200);
    expect(conversations.list).toHaveBeenCalledWith({
      credentials: mockCredentials.user(),
      limit: 10,
      offset: 5,
    });
    expect((await request(app).get('/conversations?limit=abc')).status).toBe(
      400,
    );
    expect((await request(app).get('/conversations?limit=0')).status).toBe(400);
    expect((await request(app).get('/conversations?limit=5000')).status).toBe(
      400,
    );
    // An offset past what a database column holds is bad input, not a 500 from the database.
    plans.listPlans.mockResolvedValue({ items: [], total: 0 });
    expect((await request(app).get('/plans?offset=1000000')).status).toBe(200);
    for (const offset of ['1000001', '100000000000000000000', '-1']) {
      const res = await request(app).get(`/plans?offset=${offset}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/offset/);
    }
    expect(plans.listPlans).toHaveBeenCalledTimes(1);
  });

  it('checks ids and answers 404 for unknown ones', async () => {
    expect((await request(app).get('/plans/not-a-uuid')).status).toBe(400);
    plans.getPlan.mockRejectedValue(new NotFoundError(`no plan ${UUID}`));
    const res = await request(app).get(`/plans/${UUID}`);
    expect(res.status).toBe(404);
    expect(plans.getPlan).toHaveBeenCalledWith(UUID, {
      credentials: mockCredentials.user(),
    });
  });

  it('passes the caller to plan reading (others get a plan without its words), services too', async () => {
    plans.getPlan.mockRejectedValue(new NotFoundError(`no plan ${UUID}`));
    await request(app)
      .get(`/plans/${UUID}`)
      .set('Authorization', mockCredentials.service.header());
    expect(plans.getPlan).toHaveBeenCalledWith(UUID, {
      credentials: mockCredentials.service(),
    });
  });

  it('leaves top to the configured default when the request does not say', async () => {
    plans.createPlan.mockRejectedValue(new NotAllowedError('no'));
    conversations.create.mockRejectedValue(new NotAllowedError('no'));
    await request(app).post('/plans').send({ text: 'a chatbot for 10 users' });
    expect(plans.createPlan).toHaveBeenCalledWith(
      { text: 'a chatbot for 10 users' },
      { credentials: mockCredentials.user() },
    );
    await request(app)
      .post('/conversations')
      .send({ text: 'a chatbot for 10 users' });
    expect(conversations.create).toHaveBeenCalledWith(
      { text: 'a chatbot for 10 users' },
      { credentials: mockCredentials.user() },
    );
    for (const top of [0, 51, 2.5]) {
      expect(
        (await request(app).post('/plans').send({ text: 'x', top })).status,
      ).toBe(400);
    }
  });

  it('validates price overrides before the service sees them', async () => {
    expect(
      (await request(app).put('/kb/prices/H100').send({ usd_per_gpu_hour: 0 }))
        .status,
    ).toBe(400);
    expect(
      (
        await request(app)
          .put('/kb/prices/H100')
          .send({ usd_per_gpu_hour: '2.5' })
      ).status,
    ).toBe(400);
    expect(
      (
        await request(app)
          .put('/kb/prices/H100')
          .send({ usd_per_gpu_hour: 5000 })
      ).status,
    ).toBe(400);
    expect(knowledgeBase.setPriceOverride).not.toHaveBeenCalled();
    knowledgeBase.setPriceOverride.mockResolvedValue({
      override: {
        gpu: 'H100-SXM',
        usd_per_gpu_hour: 2.5,
        origin: 'api',
        note: null,
        updated_by: 'user:default/mock',
        updated_at: '2026-11-27T00:00:00.000Z',
        in_effect: true,
      },
      kb_version: `${kb.version}+p12345678`,
    });
    const res = await request(app)
      .put('/kb/prices/H100')
      .send({ usd_per_gpu_hour: 2.5 });
    expect(res.status).toBe(200);
    expect(knowledgeBase.setPriceOverride).toHaveBeenCalledWith(
      'H100',
      { usd_per_gpu_hour: 2.5 },
      { credentials: mockCredentials.user() },
    );
  });

  it('adds and deletes measurements', async () => {
    expect(
      (await request(app).post('/kb/measurements').send({ rows: [] })).status,
    ).toBe(400);
    expect(
      (
        await request(app)
          .post('/kb/measurements')
          .send({ rows: [{ model: 'x' }] })
      ).status,
    ).toBe(400);
    knowledgeBase.deleteMeasurement.mockResolvedValue();
    const res = await request(app).delete('/kb/measurements/op-1');
    expect(res.status).toBe(204);
    expect(knowledgeBase.deleteMeasurement).toHaveBeenCalledWith('op-1', {
      credentials: mockCredentials.user(),
    });
  });

  it('serves the effective knowledge base with its bookkeeping', async () => {
    const res = await request(app).get('/kb');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: kb.version,
      base_version: kb.version,
      price_overrides: [],
      measurements: { kb: 3, operator: 1 },
    });
    expect(res.body.models).toHaveLength(kb.models.length);
    expect(res.body.useCases.use_cases.length).toBe(
      kb.useCases.use_cases.length,
    );
  });

  it('validates prediction requests', async () => {
    expect(
      (
        await request(app)
          .post('/predict')
          .send({ deployment: { model: 'x', gpu: 'y' } })
      ).status,
    ).toBe(400);
    expect(
      (
        await request(app)
          .post('/predict')
          .send({
            deployment: { model: 'x', gpu: 'y', tp: 3.5 },
            workload: {
              arrival: { kind: 'poisson', rate: 1 },
              input: { kind: 'fixed', value: 10 },
              output: { kind: 'fixed', value: 10 },
            },
          })
      ).status,
    ).toBe(400);
    expect(engine.predict).not.toHaveBeenCalled();
  });

  it('with response validation on, a response that breaks the spec is caught (what the contract test relies on)', async () => {
    const strict = express();
    strict.use(
      await createRouter({
        httpAuth: mockServices.httpAuth(),
        knowledgeBase,
        intent: intentService,
        plans,
        conversations,
        engine,
        validateResponses: true,
      }),
    );
    strict.use(mockErrorHandler());
    intentService.extract.mockResolvedValue({
      intent: { use_case: 'chatbot' } as unknown as Intent,
      provider: 'rules',
      notices: [],
    });
    const res = await request(strict).post('/intent').send({ text: 'chatbot' });
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).toMatch(/response/);
  });
});
