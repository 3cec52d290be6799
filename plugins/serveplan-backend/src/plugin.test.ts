/**
 * The whole plugin on a real Backstage test backend and a real database (SQLite and
 * PostgreSQL): a conversation refined by follow-ups, read back after a restart (a second
 * backend on the same database), plans persisted with the kb version.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
} from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { serveplanPlugin } from './plugin';
import {
  createTestDatabases,
  requirePostgresUnderCi,
} from './__testUtils__/databases';
import { repoKnowledgeBase } from './__testUtils__/knowledgeBase';

// Each plan runs the planner (a few seconds under Jest); four of them per database.
jest.setTimeout(300_000);

const databases = createTestDatabases();
requirePostgresUnderCi(databases);
const kb = repoKnowledgeBase();

async function backendOn(knex: Knex) {
  return startTestBackend({
    features: [serveplanPlugin, mockServices.database.factory({ knex })],
  });
}

describe.each(databases.eachSupportedId())(
  'serveplan backend on %p',
  (databaseId: TestDatabaseId) => {
    let knex: Knex;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
    });

    it('refines one intent across follow-ups, plans each turn, and keeps it all across a restart', async () => {
      const first = await backendOn(knex);
      const api = () => request(first.server);

      // 1. A request in words → intent and a plan.
      const created = await api().post('/api/serveplan/conversations').send({
        text: 'customer support chatbot for 1000 users, p95 TTFT under 500 ms',
      });
      expect(created.status).toBe(201);
      const id: string = created.body.conversation.id;
      expect(created.body.question).toBeNull();
      expect(created.body.intent).toMatchObject({
        use_case: 'chatbot',
        users: 1000,
        question: null,
      });
      expect(created.body.plan).toMatchObject({
        conversation_id: id,
        kb_version: kb.version,
        input_kind: 'conversation',
      });
      expect(created.body.plan.result.recommendations.length).toBeGreaterThan(
        0,
      );
      expect(created.body.plan.result.spec.slo.ttft_ms).toEqual({
        target: 500,
        percentile: 'p95',
      });
      expect(
        created.body.messages.map((m: { role: string }) => m.role),
      ).toEqual(['user', 'assistant']);
      expect(created.body.messages[1].text).toMatch(/^Best: /);
      expect(created.body.messages[1].plan_id).toBe(created.body.plan.id);
      const firstCost =
        created.body.plan.result.recommendations[0].monthly_cost_usd;

      // 2. "make it cheaper" raises the cost priority; the rest of the intent stays.
      const cheaper = await api()
        .post(`/api/serveplan/conversations/${id}/messages`)
        .send({ text: 'make it cheaper' });
      expect(cheaper.status).toBe(200);
      expect(cheaper.body.intent).toMatchObject({
        users: 1000,
        cost_priority: 'high',
      });
      expect(cheaper.body.changes.join(' ')).toMatch(/cost priority/);
      expect(cheaper.body.plan.result.spec.weights.cost).toBeGreaterThan(
        created.body.plan.result.spec.weights.cost,
      );
      expect(
        cheaper.body.plan.result.recommendations[0].monthly_cost_usd,
      ).toBeLessThanOrEqual(firstCost);

      // 3. "now 5000 users" replaces the user count and re-plans for the larger load.
      const more = await api()
        .post(`/api/serveplan/conversations/${id}/messages`)
        .send({ text: 'now 5000 users' });
      expect(more.status).toBe(200);
      expect(more.body.intent).toMatchObject({
        users: 5000,
        cost_priority: 'high',
      });
      expect(more.body.changes.join(' ')).toMatch(/users: 1,000 → 5,000/);
      expect(more.body.plan.result.spec.traffic.users).toBe(5000);
      expect(more.body.plan.result.spec.traffic.peak_rps).toBeCloseTo(
        cheaper.body.plan.result.spec.traffic.peak_rps * 5,
        6,
      );

      // 4. "only L40S" restricts the GPUs: every recommendation is on L40S.
      const l40s = await api()
        .post(`/api/serveplan/conversations/${id}/messages`)
        .send({ text: 'only L40S' });
      expect(l40s.status).toBe(200);
      expect(l40s.body.intent).toMatchObject({
        users: 5000,
        allowed_gpus: ['L40S'],
      });
      const gpus = new Set(
        l40s.body.plan.result.recommendations.map(
          (r: { gpu: string }) => r.gpu,
        ),
      );
      expect([...gpus]).toEqual(
        l40s.body.plan.result.recommendations.length ? ['L40S'] : [],
      );
      expect(l40s.body.plan.result.spec.constraints.allowed_gpus).toEqual([
        'L40S',
      ]);

      const before = await api().get(`/api/serveplan/conversations/${id}`);
      expect(before.status).toBe(200);
      expect(before.body.messages.map((m: { seq: number }) => m.seq)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8,
      ]);
      expect(
        before.body.messages
          .filter((m: { role: string }) => m.role === 'user')
          .map((m: { text: string }) => m.text),
      ).toEqual([
        'customer support chatbot for 1000 users, p95 TTFT under 500 ms',
        'make it cheaper',
        'now 5000 users',
        'only L40S',
      ]);
      expect(before.body.plan.id).toBe(l40s.body.plan.id);
      expect(before.body.conversation).toMatchObject({
        message_count: 8,
        latest_plan_id: l40s.body.plan.id,
        question: null,
      });
      await first.stop();

      // 5. "Restart": a second backend on the same database sees the same conversation and plans.
      const second = await backendOn(knex);
      const again = () => request(second.server);
      const after = await again().get(`/api/serveplan/conversations/${id}`);
      expect(after.status).toBe(200);
      expect(after.body).toEqual(before.body);
      const plan = await again().get(
        `/api/serveplan/plans/${created.body.plan.id}`,
      );
      expect(plan.status).toBe(200);
      expect(plan.body).toEqual(created.body.plan);
      expect(plan.body.result.kb_version).toBe(kb.version);

      // Shared by link: another user (or a service) gets what was planned, but nothing of the
      // conversation it was made in - not its id, not the words, not their reading.
      for (const other of [
        mockCredentials.user.header('user:default/mallory'),
        mockCredentials.service.header(),
      ]) {
        const shared = await again()
          .get(`/api/serveplan/plans/${created.body.plan.id}`)
          .set('Authorization', other);
        expect(shared.status).toBe(200);
        expect(shared.body).toEqual({
          ...created.body.plan,
          text: null,
          conversation_id: null,
          intent: null,
        });
        expect(JSON.stringify(shared.body)).not.toContain(id);
        expect(JSON.stringify(shared.body)).not.toContain(
          'customer support chatbot for 1000 users',
        );
      }
      const list = await again().get('/api/serveplan/conversations');
      expect(list.body.items.map((c: { id: string }) => c.id)).toContain(id);
      const plans = await again().get('/api/serveplan/plans?limit=10');
      expect(plans.body.total).toBe(4);
      expect(plans.body.items[0]).toMatchObject({
        id: l40s.body.plan.id,
        kb_version: kb.version,
        use_case: 'chatbot',
      });

      // The kb was stored once, not again by the second backend.
      expect(await knex('kb_versions').select('version')).toEqual([
        { version: kb.version },
      ]);
      const kbView = await again().get('/api/serveplan/kb');
      expect(kbView.body.measurements.kb).toBeGreaterThan(0);
      await second.stop();
    });
  },
);
