import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  Intent,
  Measurement,
  PlanResult,
} from '@serveplan/plugin-serveplan-common';
import {
  createTestDatabases,
  requirePostgresUnderCi,
} from '../__testUtils__/databases';
import { repoKnowledgeBase } from '../__testUtils__/knowledgeBase';
import { ServeplanDatabase } from './ServeplanDatabase';
import { StoredConversation } from './ConversationStore';
import { StoredPlan } from './PlanStore';

jest.setTimeout(120_000);

const databases = createTestDatabases();
requirePostgresUnderCi(databases);

const measurement = (
  id: string,
  extra: Partial<Measurement> = {},
): Measurement => ({
  id,
  model: 'meta-llama/Llama-3.1-8B-Instruct',
  gpu: 'H100-SXM',
  precision: null,
  tp: 1,
  ep: 1,
  isl: 1024,
  osl: 128,
  concurrency: 8,
  ttft_ms: 41.5,
  tpot_ms: 7.25,
  engine_version: '0.10.0',
  campaign: 'test',
  source: 'unit test',
  ...extra,
});

const intent = {
  use_case: 'chatbot',
  users: 1000,
  question: null,
  assumptions: ['a "quoted" \'thing\' <b>'],
} as unknown as Intent;

function planOf(
  id: string,
  createdBy: string,
  createdAt: string,
  conversationId: string | null = null,
): StoredPlan {
  return {
    id,
    created_at: createdAt,
    created_by: createdBy,
    conversation_id: conversationId,
    kb_version: 'abc123+p0011',
    input_kind: conversationId ? 'conversation' : 'text',
    text: "Robert'); DROP TABLE plans;--",
    overrides: ['users=5000'],
    intent,
    result: {
      kb_version: 'abc123+p0011',
      spec: { use_case: 'chatbot' },
      recommendations: [
        {
          model: 'm',
          gpu: 'L40S',
          tp: 2,
          precision: 'fp8',
          replicas: 3,
          monthly_cost_usd: 1234.5,
        },
      ],
      rejected: [],
      pareto: [],
      mixed: null,
      stats: {
        candidates: 1,
        fitting: 1,
        simulated: 1,
        simulations: 1,
        elapsed_ms: 1,
      },
      notes: [],
    } as unknown as PlanResult,
  };
}

describe.each(databases.eachSupportedId())(
  'ServeplanDatabase on %p',
  (databaseId: TestDatabaseId) => {
    let db: ServeplanDatabase;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      db = await ServeplanDatabase.create(knex);
      // A second migration run is a no-op.
      await ServeplanDatabase.create(knex);
    });

    it('stores a kb version once and reads it back unchanged', async () => {
      const kb = repoKnowledgeBase();
      expect(await db.kb.saveVersion(kb, 42)).toBe(true);
      expect(await db.kb.saveVersion(kb, 42)).toBe(false);
      const loaded = await db.kb.loadVersion(kb.version);
      expect(loaded).toEqual(kb);
      expect(await db.kb.getVersion(kb.version)).toMatchObject({
        version: kb.version,
        files: 42,
      });
    });

    it('replaces the kb measurement rows only when the file changed, keeping operator rows', async () => {
      expect(
        await db.kb.syncKbMeasurements(
          [measurement('kb-1'), measurement('kb-2')],
          'h1',
          'v1',
        ),
      ).toBe(true);
      expect(
        await db.kb.syncKbMeasurements(
          [measurement('kb-1'), measurement('kb-2')],
          'h1',
          'v1',
        ),
      ).toBe(false);
      expect(
        await db.kb.addMeasurements(
          [measurement('op-1', { gpu: 'L40S' })],
          'user:default/ops',
        ),
      ).toMatchObject({
        added: [
          { id: 'op-1', origin: 'operator', created_by: 'user:default/ops' },
        ],
      });
      expect(
        await db.kb.syncKbMeasurements([measurement('kb-3')], 'h2', 'v2'),
      ).toBe(true);
      const all = await db.kb.listMeasurements({ limit: 10, offset: 0 });
      expect(all.items.map(m => m.id).sort()).toEqual(['kb-3', 'op-1']);
      expect(await db.kb.countMeasurements()).toEqual({ kb: 1, operator: 1 });
      const op = await db.kb.getMeasurement('op-1');
      expect(op).toMatchObject({
        ttft_ms: 41.5,
        tpot_ms: 7.25,
        precision: null,
        tp: 1,
      });
      expect(Number.isNaN(Date.parse(op!.created_at))).toBe(false);
      expect(
        await db.kb.listMeasurements({ gpus: ['L40S'], limit: 10, offset: 0 }),
      ).toMatchObject({ total: 1, items: [{ id: 'op-1' }] });
      expect(
        await db.kb.addMeasurements([measurement('op-1')], 'user:default/ops'),
      ).toEqual({ duplicates: ['op-1'] });
      expect(await db.kb.deleteMeasurement('kb-3')).toBe(0);
      expect(await db.kb.deleteMeasurement('op-1')).toBe(1);
    });

    it('upserts and deletes price overrides', async () => {
      await db.kb.setPriceOverride({
        gpu: 'L40S',
        usd_per_gpu_hour: 1.1,
        note: null,
        updated_by: 'user:default/a',
      });
      await db.kb.setPriceOverride({
        gpu: 'L40S',
        usd_per_gpu_hour: 0.9,
        note: 'negotiated',
        updated_by: 'user:default/b',
      });
      expect(await db.kb.listPriceOverrides()).toEqual([
        {
          gpu: 'L40S',
          usd_per_gpu_hour: 0.9,
          note: 'negotiated',
          updated_by: 'user:default/b',
          updated_at: expect.any(String),
        },
      ]);
      expect(await db.kb.deletePriceOverride('L40S')).toMatchObject({
        gpu: 'L40S',
        usd_per_gpu_hour: 0.9,
      });
      expect(await db.kb.deletePriceOverride('L40S')).toBeUndefined();
    });

    it('keeps conversations, messages and plans, and refuses a stale conversation update', async () => {
      const now = new Date('2026-11-20T10:00:00.000Z').toISOString();
      const conversation: StoredConversation = {
        id: '00000000-0000-4000-8000-000000000001',
        created_by: 'user:default/alice',
        title: '<script>alert(1)</script>',
        intent,
        question: null,
        latest_plan_id: null,
        message_count: 0,
        created_at: now,
        updated_at: now,
      };
      await db.transaction(async stores => {
        await stores.conversations.insert(conversation);
        await stores.plans.insert(
          planOf(
            '00000000-0000-4000-8000-0000000000a1',
            'user:default/alice',
            now,
            conversation.id,
          ),
        );
        await stores.conversations.insertMessages([
          {
            id: '00000000-0000-4000-8000-0000000000b1',
            conversation_id: conversation.id,
            seq: 1,
            role: 'user',
            text: 'x: [1, 2]\n- yaml: {a: b}',
            plan_id: null,
            payload: {
              intent: null,
              changes: [],
              question: null,
              notices: [],
              provider: null,
              overrides: [],
            },
            created_at: now,
          },
        ]);
      });
      expect(
        await db.conversations.update(conversation.id, 0, {
          ...conversation,
          message_count: 1,
          latest_plan_id: '00000000-0000-4000-8000-0000000000a1',
          updated_at: now,
        }),
      ).toBe(true);
      expect(
        await db.conversations.update(conversation.id, 0, {
          ...conversation,
          message_count: 1,
          updated_at: now,
        }),
      ).toBe(false);
      expect(await db.conversations.get(conversation.id)).toEqual({
        ...conversation,
        message_count: 1,
        latest_plan_id: '00000000-0000-4000-8000-0000000000a1',
      });
      expect(
        (await db.conversations.listMessages(conversation.id)).map(m => m.text),
      ).toEqual(['x: [1, 2]\n- yaml: {a: b}']);
      expect(
        await db.conversations.listByCreator('user:default/bob', 10, 0),
      ).toEqual({ items: [], total: 0 });

      // A message with a taken sequence number fails (the guard against concurrent turns). The
      // driver's error may come from another realm (native module), so its message is checked.
      const failure = await db.conversations
        .insertMessages([
          {
            id: '00000000-0000-4000-8000-0000000000b2',
            conversation_id: conversation.id,
            seq: 1,
            role: 'assistant',
            text: 'dup',
            plan_id: null,
            payload: {
              intent: null,
              changes: [],
              question: null,
              notices: [],
              provider: null,
              overrides: [],
            },
            created_at: now,
          },
        ])
        .then(
          () => 'inserted',
          (e: { message?: string }) => String(e?.message),
        );
      expect(failure).toMatch(/UNIQUE constraint failed|duplicate key value/);
    });

    it('lists plans newest first with their best recommendation, and reads a plan back whole', async () => {
      const older = planOf(
        '00000000-0000-4000-8000-0000000000c1',
        'user:default/carol',
        '2026-11-20T10:00:00.000Z',
      );
      const newer = planOf(
        '00000000-0000-4000-8000-0000000000c2',
        'user:default/carol',
        '2026-11-21T10:00:00.000Z',
      );
      await db.plans.insert(older);
      await db.plans.insert(newer);
      const list = await db.plans.listByCreator('user:default/carol', 10, 0);
      expect(list.total).toBe(2);
      expect(list.items.map(p => p.id)).toEqual([newer.id, older.id]);
      expect(list.items[0].best).toEqual({
        model: 'm',
        gpu: 'L40S',
        tp: 2,
        precision: 'fp8',
        replicas: 3,
        monthly_cost_usd: 1234.5,
      });
      expect(await db.plans.get(older.id)).toEqual(older);
      expect(
        await db.plans.get('00000000-0000-4000-8000-0000000000ff'),
      ).toBeUndefined();
    });
  },
);
