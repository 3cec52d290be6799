import { TestDatabaseId } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import {
  Intent,
  Measurement,
  PlanResult,
} from '@serveplan/plugin-serveplan-common';
import {
  createTestDatabases,
  POSTGRES_ID,
  requirePostgresUnderCi,
} from '../__testUtils__/databases';
import { repoKnowledgeBase } from '../__testUtils__/knowledgeBase';
import { ServeplanDatabase } from './ServeplanDatabase';
import { StoredConversation } from './ConversationStore';
import { StoredPlan } from './PlanStore';
import { isUniqueViolation } from './errors';

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

/**
 * Runs `fn` while another connection (another replica) has inserted `row` into measurements
 * in a transaction it has not committed yet, and commits that transaction once `fn` waits for
 * it: the interleaving of two replicas inserting the same id. PostgreSQL only (SQLite has one
 * connection). Returns what `fn` returned or threw.
 */
async function racingAnotherInsert<T>(
  knex: Knex,
  row: Record<string, unknown>,
  fn: () => Promise<T>,
): Promise<{ value?: T; error?: unknown }> {
  const other = await knex.transaction();
  try {
    await other('measurements').insert(row);
  } catch (e) {
    await other.rollback();
    throw e;
  }
  const outcome = fn().then(
    value => ({ value }),
    error => ({ error }),
  );
  // Wait until `fn` is blocked on the other transaction's row, then let that one commit.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { rows } = await knex.raw(
      `select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
       where not l.granted and a.datname = current_database()`,
    );
    if (rows[0].n > 0) break;
    if (Date.now() > deadline) {
      await other.rollback();
      throw new Error(
        'the racing insert never waited for the other transaction',
      );
    }
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  await other.commit();
  return outcome;
}

const rowOf = (m: Measurement, origin: 'kb' | 'operator') => ({
  ...m,
  origin,
  kb_version: null,
  created_by: null,
  created_at: new Date(),
});

describe.each(databases.eachSupportedId())(
  'ServeplanDatabase on %p',
  (databaseId: TestDatabaseId) => {
    let db: ServeplanDatabase;
    let knex: Knex;
    const onPostgres = databaseId === POSTGRES_ID;
    // Races need two connections writing at once: PostgreSQL's pool, not SQLite's single one.
    const itOnPostgres = onPostgres ? it : it.skip;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
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

    it('replicas starting together both sync the kb measurement rows without failing', async () => {
      const rows = [measurement('kb-both-1'), measurement('kb-both-2')];
      const results = await Promise.all([
        db.kb.syncKbMeasurements(rows, 'h-both', 'v3'),
        db.kb.syncKbMeasurements(rows, 'h-both', 'v3'),
      ]);
      expect(results).toContain(true);
      const kbRows = await db.kb.listMeasurements({
        origin: 'kb',
        limit: 10,
        offset: 0,
      });
      expect(kbRows.items.map(m => m.id).sort()).toEqual([
        'kb-both-1',
        'kb-both-2',
      ]);
    });

    itOnPostgres(
      'a replica storing the same kb rows between the delete and the insert does not fail the sync',
      async () => {
        const { value, error } = await racingAnotherInsert(
          knex,
          rowOf(measurement('kb-race-1'), 'kb'),
          () =>
            db.kb.syncKbMeasurements(
              [measurement('kb-race-1'), measurement('kb-race-2')],
              'h-race',
              'v4',
            ),
        );
        expect(error).toBeUndefined();
        expect(value).toBe(true);
        const kbRows = await db.kb.listMeasurements({
          origin: 'kb',
          limit: 10,
          offset: 0,
        });
        expect(kbRows.items.map(m => m.id).sort()).toEqual([
          'kb-race-1',
          'kb-race-2',
        ]);
      },
    );

    itOnPostgres(
      'an operator row stored concurrently with the same id is a duplicate, not a database error',
      async () => {
        const { value, error } = await racingAnotherInsert(
          knex,
          rowOf(measurement('op-race'), 'operator'),
          () =>
            db.kb.addMeasurements(
              [measurement('op-race-new'), measurement('op-race')],
              'user:default/ops',
            ),
        );
        expect(error).toBeUndefined();
        expect(value).toEqual({ duplicates: ['op-race'] });
        // Nothing of the losing request was stored.
        expect(await db.kb.getMeasurement('op-race-new')).toBeUndefined();
        expect(await db.kb.deleteMeasurement('op-race')).toBe(1);
      },
    );

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
          (e: unknown) => e,
        );
      expect(String((failure as Error)?.message)).toMatch(
        /UNIQUE constraint failed|duplicate key value/,
      );
      expect(isUniqueViolation(failure)).toBe(true);
      // So is a taken primary key; a missing required value is not.
      const taken = await db.plans
        .insert(planOf(conversation.id, 'user:default/alice', now))
        .then(() => db.plans.insert(planOf(conversation.id, 'x', now)))
        .then(
          () => 'inserted',
          (e: unknown) => e,
        );
      expect(isUniqueViolation(taken)).toBe(true);
      const missing = await knex('conversations')
        .insert({ id: '00000000-0000-4000-8000-0000000000e1' })
        .then(
          () => 'inserted',
          (e: unknown) => e,
        );
      expect(missing).not.toBe('inserted');
      expect(isUniqueViolation(missing)).toBe(false);
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
