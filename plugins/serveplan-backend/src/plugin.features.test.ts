/**
 * The plugin's features on a real test backend (SQLite): permissions, actions, price overrides
 * and the kb version they produce, measured rows, what-if sweeps, and a language model wired
 * in through config (a local server speaking Ollama's API stands in for the model).
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { serveplanPlugin } from './plugin';
import { closedPortUrl, FakeLlmServer } from './__testUtils__/fakeLlmServer';
import { repoKnowledgeBase } from './__testUtils__/knowledgeBase';

jest.setTimeout(180_000);

const kb = repoKnowledgeBase();
const ACTIONS = '/api/serveplan/.backstage/actions/v1/actions';
const measurement = {
  model: 'llama-3.1-8b',
  gpu: 'h100',
  tp: 1,
  isl: 1024,
  osl: 128,
  concurrency: 8,
  ttft_ms: 45,
  tpot_ms: 7.5,
  engine_version: '0.10.1',
  source: 'ops team, guidellm run 2026-11-20',
};

describe('permissions', () => {
  it('denies plan creation and kb edits when the policy says so, and leaves reading alone', async () => {
    const backend = await startTestBackend({
      features: [
        serveplanPlugin,
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    const api = () => request(backend.server);
    const denied = [
      await api()
        .post('/api/serveplan/conversations')
        .send({ text: 'chatbot for 100 users' }),
      await api()
        .post('/api/serveplan/plans')
        .send({ text: 'chatbot for 100 users' }),
      await api()
        .put('/api/serveplan/kb/prices/L40S')
        .send({ usd_per_gpu_hour: 1 }),
      await api().delete('/api/serveplan/kb/prices/L40S'),
      await api()
        .post('/api/serveplan/kb/measurements')
        .send({ rows: [measurement] }),
      await api()
        .post(`${ACTIONS}/serveplan:recommend/invoke`)
        .send({ text: 'chatbot for 100 users' }),
    ];
    for (const res of denied) {
      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('NotAllowedError');
    }
    expect(denied[0].body.error.message).toMatch(
      /may not create plans \(permission serveplan\.plan\.create\)/,
    );
    expect(denied[2].body.error.message).toMatch(
      /may not change the knowledge base \(permission serveplan\.kb\.update\)/,
    );
    expect(
      (
        await api()
          .post('/api/serveplan/intent')
          .send({ text: 'chatbot for 100 users' })
      ).status,
    ).toBe(200);
    expect((await api().get('/api/serveplan/kb')).status).toBe(200);
    expect((await api().get('/api/serveplan/conversations')).body).toEqual({
      items: [],
      total: 0,
    });
    await backend.stop();
  });

  it('registers its permissions with the permissions registry', async () => {
    const backend = await startTestBackend({ features: [serveplanPlugin] });
    const res = await request(backend.server)
      .get('/api/serveplan/.well-known/backstage/permissions/metadata')
      .set('Authorization', mockCredentials.service.header());
    expect(res.status).toBe(200);
    expect(res.body.permissions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'serveplan.plan.create',
          attributes: { action: 'create' },
        }),
        expect.objectContaining({
          name: 'serveplan.kb.update',
          attributes: { action: 'update' },
        }),
      ]),
    );
    await backend.stop();
  });
});

describe('startup', () => {
  it('refuses to start with a misspelt GPU in serveplan.prices, naming it', async () => {
    await expect(
      startTestBackend({
        features: [
          serveplanPlugin,
          mockServices.rootConfig.factory({
            data: { serveplan: { prices: { H1000: 2 } } },
          }),
        ],
      }),
    ).rejects.toThrow(/serveplan config: prices.H1000: unknown GPU "H1000"/);
  });

  it('refuses to start on a broken knowledge base, listing the problems', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serveplan-kb-'));
    try {
      await expect(
        startTestBackend({
          features: [
            serveplanPlugin,
            mockServices.rootConfig.factory({
              data: { serveplan: { kb: { dir } } },
            }),
          ],
        }),
      ).rejects.toThrow(/models\/: no model files/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('features', () => {
  let server: Parameters<typeof request>[0];
  let stop: () => Promise<void>;
  const api = () => request(server);

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        serveplanPlugin,
        mockServices.rootConfig.factory({
          data: { serveplan: { prices: { L4: 0.3 } } },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });
  afterAll(() => stop());

  it('registers the engines as actions and runs them', async () => {
    const list = await api().get(ACTIONS);
    expect(list.body.actions.map((a: { id: string }) => a.id).sort()).toEqual([
      'serveplan:extract-intent',
      'serveplan:predict',
      'serveplan:recommend',
    ]);

    const intent = await api()
      .post(`${ACTIONS}/serveplan:extract-intent/invoke`)
      .send({ text: 'code completion for 2,500 devs' });
    expect(intent.status).toBe(200);
    expect(intent.body.output).toMatchObject({
      intent: { use_case: 'code_completion', users: 2500 },
      provider: 'rules',
      notices: [],
    });

    const question = await api()
      .post(`${ACTIONS}/serveplan:recommend/invoke`)
      .send({ text: '10 users, 5000 requests per second each' });
    expect(question.status).toBe(200);
    const effective = (await api().get('/api/serveplan/kb')).body.version;
    expect(question.body.output).toMatchObject({
      plan_id: null,
      kb_version: effective,
      recommendations: [],
      question: expect.stringMatching(/Did you mean/),
    });

    const bad = await api()
      .post(`${ACTIONS}/serveplan:extract-intent/invoke`)
      .send({ text: '   ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/empty request/);

    const both = await api().post(`${ACTIONS}/serveplan:predict/invoke`).send({
      model: 'llama-3.1-8b',
      gpu: 'L40S',
      input_tokens: 512,
      output_tokens: 128,
      qps: 1,
      concurrency: 4,
    });
    expect(both.status).toBe(400);
    expect(both.body.error.message).toMatch(/exactly one of qps/);

    const predicted = await api()
      .post(`${ACTIONS}/serveplan:predict/invoke`)
      .send({
        model: 'llama-3.1-8b',
        gpu: 'L40S',
        input_tokens: 512,
        output_tokens: 128,
        concurrency: 4,
      });
    expect(predicted.status).toBe(200);
    expect(predicted.body.output).toMatchObject({
      fits: true,
      kb_version: effective,
    });
    expect(predicted.body.output.ttft_ms.p95).toBeGreaterThan(0);
  });

  it('plans with a stated quality floor: models below it are rejected, saying so', async () => {
    const floor = 90;
    const plan = await api()
      .post('/api/serveplan/plans')
      .send({ spec: { use_case: 'chatbot', users: 500, min_quality: floor } });
    expect(plan.status).toBe(201);
    expect(plan.body.result.spec.constraints.min_quality).toBe(floor);
    const belowFloor = plan.body.result.rejected.filter(
      (r: { reason: string }) => /below the floor of 90/.test(r.reason),
    );
    expect(belowFloor.length).toBeGreaterThan(0);
    for (const r of plan.body.result.recommendations)
      expect(r.quality.score ?? floor).toBeGreaterThanOrEqual(floor);

    const outOfRange = await api()
      .post('/api/serveplan/plans')
      .send({ spec: { use_case: 'chatbot', users: 500, min_quality: 150 } });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.message).toMatch(/min_quality/);
  });

  it('applies price overrides (config and API) to the effective kb, its version and the plans', async () => {
    const initial = await api().get('/api/serveplan/kb/prices');
    expect(initial.body.items).toEqual([
      expect.objectContaining({
        gpu: 'L4',
        usd_per_gpu_hour: 0.3,
        origin: 'config',
        in_effect: true,
      }),
    ]);
    const configVersion = initial.body.kb_version;
    expect(configVersion).toMatch(new RegExp(`^${kb.version}\\+p[0-9a-f]{8}$`));

    const set = await api()
      .put('/api/serveplan/kb/prices/nvidia-l40s')
      .send({ usd_per_gpu_hour: 0.5, note: 'reserved, 1 year' });
    expect(set.status).toBe(200);
    expect(set.body.override).toMatchObject({
      gpu: 'L40S',
      usd_per_gpu_hour: 0.5,
      origin: 'api',
      updated_by: 'user:default/mock',
      note: 'reserved, 1 year',
    });
    expect(set.body.kb_version).not.toBe(configVersion);

    const effective = await api().get('/api/serveplan/kb');
    expect(effective.body.version).toBe(set.body.kb_version);
    const l40s = effective.body.prices.filter(
      (p: { gpu: string; pricing: string }) =>
        p.gpu === 'L40S' && p.pricing === 'on_demand',
    );
    expect(l40s).toEqual([
      expect.objectContaining({ provider: 'operator', usd_per_gpu_hour: 0.5 }),
    ]);

    const plan = await api()
      .post('/api/serveplan/plans')
      .send({
        spec: { use_case: 'chatbot', users: 1000, allowed_gpus: ['L40S'] },
        top: 2,
      });
    expect(plan.status).toBe(201);
    expect(plan.body).toMatchObject({
      input_kind: 'spec',
      kb_version: set.body.kb_version,
      intent: null,
    });
    expect(plan.body.result.recommendations.length).toBeGreaterThan(0);
    for (const r of plan.body.result.recommendations) {
      expect(r.price).toMatchObject({
        usd_per_gpu_hour: 0.5,
        provider: 'operator',
      });
      expect(r.monthly_cost_usd).toBeCloseTo(r.gpus_total * 0.5 * 730, 6);
    }
    expect(
      (await api().get(`/api/serveplan/plans/${plan.body.id}`)).body.kb_version,
    ).toBe(set.body.kb_version);

    const removed = await api().delete('/api/serveplan/kb/prices/L40S');
    expect(removed.status).toBe(200);
    expect(removed.body.kb_version).toBe(configVersion);

    const hidden = await api()
      .put('/api/serveplan/kb/prices/L4')
      .send({ usd_per_gpu_hour: 0.25 });
    expect(hidden.status).toBe(200);
    const both = await api().get('/api/serveplan/kb/prices');
    expect(both.body.items).toEqual([
      expect.objectContaining({
        gpu: 'L4',
        origin: 'api',
        usd_per_gpu_hour: 0.25,
        in_effect: true,
      }),
      expect.objectContaining({
        gpu: 'L4',
        origin: 'config',
        usd_per_gpu_hour: 0.3,
        in_effect: false,
      }),
    ]);
  });

  it('adds measured rows with the engine prediction for each, lists and deletes them', async () => {
    const added = await api()
      .post('/api/serveplan/kb/measurements')
      .send({ rows: [{ ...measurement, id: 'ops-h100-1' }] });
    expect(added.status).toBe(201);
    expect(added.body.items).toEqual([
      expect.objectContaining({
        id: 'ops-h100-1',
        origin: 'operator',
        model: 'meta-llama/Llama-3.1-8B-Instruct',
        gpu: 'H100-SXM',
        created_by: 'user:default/mock',
        predicted: { ttft_ms: expect.any(Number), tpot_ms: expect.any(Number) },
      }),
    ]);
    expect(added.body.items[0].predicted.tpot_ms).toBeGreaterThan(1);
    expect(
      (
        await api()
          .post('/api/serveplan/kb/measurements')
          .send({ rows: [{ ...measurement, id: 'ops-h100-1' }] })
      ).status,
    ).toBe(409);

    const mine = await api().get(
      '/api/serveplan/kb/measurements?origin=operator&model=llama-3.1-8b&gpu=H100-SXM',
    );
    expect(mine.body).toMatchObject({
      total: 1,
      items: [{ id: 'ops-h100-1' }],
    });
    const fromKb = await api().get(
      '/api/serveplan/kb/measurements?origin=kb&limit=5',
    );
    expect(fromKb.body.items).toHaveLength(5);
    expect(fromKb.body.total).toBeGreaterThan(100);

    expect(
      (await api().delete('/api/serveplan/kb/measurements/ops-h100-1')).status,
    ).toBe(204);
    expect(
      (await api().get('/api/serveplan/kb/measurements?origin=operator')).body
        .total,
    ).toBe(0);
  });

  it('sweeps the request rate (latency and cost) and the prompt length (TTFT) for one configuration', async () => {
    const rate = await api()
      .post('/api/serveplan/sweeps/request-rate')
      .send({
        deployment: { model: 'llama-3.1-8b', gpu: 'L40S' },
        rates: [0.5, 4, 40],
        requests: 200,
      });
    expect(rate.status).toBe(200);
    expect(rate.body).toMatchObject({
      configuration: {
        model: 'meta-llama/Llama-3.1-8B-Instruct',
        gpu: 'L40S',
        tp: 1,
      },
      percentile: 'p95',
    });
    expect(rate.body.points).toHaveLength(3);
    const [low, , high] = rate.body.points;
    expect(high.replicas).toBeGreaterThanOrEqual(low.replicas);
    expect(high.monthly_cost_usd).toBeGreaterThanOrEqual(low.monthly_cost_usd);
    expect(low.monthly_cost_usd).toBeCloseTo(
      low.replicas * rate.body.price.usd_per_gpu_hour * 730,
      6,
    );
    expect(low.ttft_ms).toBeGreaterThan(0);

    const fixed = await api()
      .post('/api/serveplan/sweeps/request-rate')
      .send({
        deployment: { model: 'llama-3.1-8b', gpu: 'L40S' },
        rates: [0.5, 1000],
        replicas: 1,
        requests: 200,
      });
    expect(
      fixed.body.points.map((p: { replicas: number }) => p.replicas),
    ).toEqual([1, 1]);
    expect(fixed.body.points[1].saturated).toBe(true);

    const lengths = await api()
      .post('/api/serveplan/sweeps/input-length')
      .send({
        deployment: { model: 'llama-3.1-8b', gpu: 'L40S', max_model_len: 8192 },
        input_lengths: [256, 4096, 100000],
        rate_rps: 0.5,
        requests: 200,
      });
    expect(lengths.status).toBe(200);
    const [short, long, tooLong] = lengths.body.points;
    expect(long.ttft_ms).toBeGreaterThan(short.ttft_ms);
    expect(tooLong).toMatchObject({
      input_tokens: 100000,
      fits: false,
      ttft_ms: null,
      reason: expect.stringMatching(/max-model-len 8192/),
    });
  });
});

describe('serveplan.plan.top', () => {
  let server: Parameters<typeof request>[0];
  let stop: () => Promise<void>;
  const api = () => request(server);

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        serveplanPlugin,
        mockServices.rootConfig.factory({
          data: { serveplan: { plan: { top: 3 } } },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });
  afterAll(() => stop());

  // Many configurations meet this, so the count is the configured one, not what was feasible.
  const words = 'internal chatbot for 500 users, p95 TTFT under 2 seconds';

  it('sets how many recommendations the HTTP API returns when a request does not say', async () => {
    const plan = await api().post('/api/serveplan/plans').send({ text: words });
    expect(plan.status).toBe(201);
    expect(plan.body.result.recommendations).toHaveLength(3);

    const turn = await api()
      .post('/api/serveplan/conversations')
      .send({ text: words });
    expect(turn.status).toBe(201);
    expect(turn.body.plan.result.recommendations).toHaveLength(3);

    // A request's own top still wins, up to the shared maximum.
    const more = await api()
      .post('/api/serveplan/plans')
      .send({ text: words, top: 4 });
    expect(more.status).toBe(201);
    expect(more.body.result.recommendations).toHaveLength(4);
    const tooMany = await api()
      .post('/api/serveplan/plans')
      .send({ text: words, top: 51 });
    expect(tooMany.status).toBe(400);
  });

  it('sets the recommend action default, which takes the same bounds as the API', async () => {
    const list = await api().get(ACTIONS);
    const recommend = list.body.actions.find(
      (a: { id: string }) => a.id === 'serveplan:recommend',
    );
    expect(recommend.schema.input.properties.top).toMatchObject({
      minimum: 1,
      maximum: 50,
      description: expect.stringMatching(/default 3\b.*serveplan\.plan\.top/),
    });
    const res = await api()
      .post(`${ACTIONS}/serveplan:recommend/invoke`)
      .send({ text: words });
    expect(res.status).toBe(200);
    expect(res.body.output.recommendations).toHaveLength(3);
    const many = await api()
      .post(`${ACTIONS}/serveplan:recommend/invoke`)
      .send({ text: words, top: 30 });
    expect(many.status).toBe(200);
    expect(many.body.output.recommendations.length).toBeGreaterThan(3);
  });
});

describe('a language model configured', () => {
  const llm = new FakeLlmServer();
  let url: string;

  beforeAll(async () => {
    url = await llm.start();
  });
  afterAll(() => llm.stop());

  const backendWith = (baseUrl: string) =>
    startTestBackend({
      features: [
        serveplanPlugin,
        mockServices.rootConfig.factory({
          data: {
            serveplan: {
              intent: {
                provider: 'ollama',
                timeoutMs: 1000,
                ollama: { baseUrl, model: 'qwen2.5:7b' },
              },
            },
          },
        }),
      ],
    });

  it('reads requests through it (the local server stands in for the model)', async () => {
    // The model's content: a reading of "a helpdesk assistant for 200 agents" that names the use case.
    llm.script({
      content: JSON.stringify({
        use_case: 'chatbot',
        users: 200,
        assumptions: ['helpdesk means a chatbot'],
        question: null,
      }),
    });
    const backend = await backendWith(url);
    const res = await request(backend.server)
      .post('/api/serveplan/intent')
      .send({ text: 'a helpdesk assistant for 200 agents' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      provider: 'ollama',
      notices: [],
      intent: { users: 200 },
    });
    expect(llm.requests[0]).toMatchObject({
      path: '/api/chat',
      body: { model: 'qwen2.5:7b' },
    });
    await backend.stop();
  });

  it('answers with the built-in rules and says so when the model is down', async () => {
    const backend = await backendWith(await closedPortUrl());
    const res = await request(backend.server)
      .post('/api/serveplan/conversations')
      .send({ text: 'blue green purple' });
    expect(res.status).toBe(201);
    expect(res.body.provider).toBe('rules');
    expect(res.body.notices[0]).toMatch(/is not reachable/);
    expect(res.body.messages[1].text).toMatch(
      /Note: the language model .* is not reachable/,
    );
    expect(res.body.messages[1].notices).toEqual(res.body.notices);
    await backend.stop();
  });
});
