/**
 * Bad input through the whole plugin (real backend; SQLite and PostgreSQL): every problem a
 * user can cause gets a specific 4xx message or a clarifying question, never a 500 and never a
 * silent plan.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { serveplanPlugin } from './plugin';
import {
  createTestDatabases,
  requirePostgresUnderCi,
} from './__testUtils__/databases';

jest.setTimeout(120_000);

const databases = createTestDatabases();
requirePostgresUnderCi(databases);

describe.each(databases.eachSupportedId())(
  'bad input on %p',
  (databaseId: TestDatabaseId) => {
    let server: Parameters<typeof request>[0];
    let stop: () => Promise<void>;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [serveplanPlugin, mockServices.database.factory({ knex })],
      });
      server = backend.server;
      stop = () => backend.stop();
    });
    afterAll(() => stop());

    const api = () => request(server);
    const converse = (text: unknown) =>
      api().post('/api/serveplan/conversations').send({ text });

    it.each([
      ['empty text', '', /empty request/],
      ['only spaces', '   \n\t ', /empty request/],
      ['no words at all', '!!! ??? 123', /has no words/],
      ['keyboard mash', 'asdf qwer zxcv', /does not describe an LLM workload/],
      [
        'absurd numbers of users',
        'a chatbot for 5 trillion users',
        /more than there are people on Earth/,
      ],
      [
        'an absurd budget',
        'chatbot for 100 users with a budget of $999999999999/month',
        /out of range/,
      ],
    ])('%s → 400 with a specific message', async (_what, text, message) => {
      const res = await converse(text);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toMatch(message);
      expect(res.body.error.field).toBeDefined();
    });

    it('numbers that contradict each other → 400 with what was read beside them', async () => {
      const res = await converse(
        'translation service for our clinics: 40 staff in all, 90 of them at once at peak',
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /more people at once than the 40 users in all/,
      );
      expect(res.body.error.reading).toMatchObject({ use_case: 'translation' });
      // the numbers in conflict are not claimed as read
      expect(res.body.error.reading).not.toHaveProperty('users');
      // nothing was read of a request rejected for having no words
      expect(
        (await converse('!!! ??? 123')).body.error.reading,
      ).toBeUndefined();
    });

    it('a message correcting a rejected first message keeps what that message said', async () => {
      const rejected =
        'translation service for our clinics: 40 staff in all, 90 of them at once at peak';
      expect((await converse(rejected)).status).toBe(400);
      const res = await api()
        .post('/api/serveplan/conversations')
        .send({ text: 'sorry, 20 at once', corrects: rejected });
      expect(res.status).toBe(201);
      expect(res.body.intent).toMatchObject({
        use_case: 'translation',
        users: 20,
        users_kind: 'concurrent',
      });
      // the conversation begins with the rejected message and why it was not planned
      expect(res.body.messages.map((m: { role: string }) => m.role)).toEqual([
        'user',
        'assistant',
        'user',
        'assistant',
      ]);
      expect(res.body.messages[0].text).toBe(rejected);
      expect(res.body.messages[1].text).toMatch(
        /^Not planned: .*more people at once/,
      );
      expect(res.body.conversation.message_count).toBe(4);
      // later follow-ups refine it as any conversation
      const next = await api()
        .post(
          `/api/serveplan/conversations/${res.body.conversation.id}/messages`,
        )
        .send({ text: 'make it cheaper' });
      expect(next.status).toBe(200);
      expect(next.body.intent.use_case).toBe('translation');
      expect(next.body.intent.cost_priority).toBe('high');
    });

    it('the rejected message edited and sent again is read on its own', async () => {
      const res = await api().post('/api/serveplan/conversations').send({
        text: 'translation service for our clinics: 40 staff in all, 25 of them at once at peak',
        corrects:
          'translation service for our clinics: 40 staff in all, 90 of them at once at peak',
      });
      expect(res.status).toBe(201);
      expect(res.body.intent).toMatchObject({
        use_case: 'translation',
        users: 40,
      });
      expect(res.body.messages).toHaveLength(4);
    });

    it('a correction of text with nothing to keep is read on its own, and says so', async () => {
      const res = await api()
        .post('/api/serveplan/conversations')
        .send({ text: 'a chatbot for 300 nurses', corrects: '!!! ??? 123' });
      expect(res.status).toBe(201);
      expect(res.body.intent.users).toBe(300);
      expect(res.body.notices[0]).toMatch(/nothing of the earlier message/);
      const bad = await api()
        .post('/api/serveplan/conversations')
        .send({ text: 'a chatbot for 300 nurses', corrects: 42 });
      expect(bad.status).toBe(400);
      const long = await api()
        .post('/api/serveplan/conversations')
        .send({
          text: 'a chatbot for 300 nurses',
          corrects: 'x'.repeat(10_001),
        });
      expect(long.status).toBe(400);
      expect(long.body.error.message).toMatch(/corrects/);
    });

    it.each([
      [
        'words that name no request',
        'blue green purple',
        /could not find a use case/,
      ],
      [
        'a contradiction',
        '10 users, 5000 requests per second each',
        /5,000 requests per second from each user is more than a person sends/,
      ],
      [
        'a follow-up with nothing to refine',
        'make it cheaper',
        /How many users/,
      ],
    ])(
      '%s → a clarifying question instead of a plan',
      async (_what, text, question) => {
        const res = await converse(text);
        expect(res.status).toBe(201);
        expect(res.body.question).toMatch(question);
        expect(res.body.plan).toBeNull();
        expect(res.body.messages[1].text).toMatch(question);
        expect(res.body.conversation.question).toBe(res.body.question);
      },
    );

    it('the same words to POST /plans → 422 with the question and what was understood', async () => {
      const res = await api()
        .post('/api/serveplan/plans')
        .send({ text: '10 users, 5000 requests per second each' });
      expect(res.status).toBe(422);
      expect(res.body.error.name).toBe('ClarificationNeededError');
      expect(res.body.error.question).toMatch(
        /Did you mean 5,000 requests per second in total\?/,
      );
      expect(res.body.error.intent).toMatchObject({ users: 10 });
    });

    it.each([
      [
        'YAML',
        "users: 5000\n- !!python/object/apply:os.system ['rm -rf /']\n&anchor *anchor",
      ],
      ['HTML', '<img src=x onerror=alert(1)><script>document.cookie</script>'],
      ['SQL', "'; DROP TABLE conversations; -- ' OR '1'='1"],
    ])(
      'hostile %s is stored verbatim as text, answered with a question, and harms nothing',
      async (_what, text) => {
        const res = await converse(text);
        expect(res.status).toBe(201);
        expect(res.body.plan).toBeNull();
        expect(res.body.question).toEqual(expect.any(String));
        const back = await api().get(
          `/api/serveplan/conversations/${res.body.conversation.id}`,
        );
        expect(back.body.messages[0].text).toBe(text);
        expect(back.body.conversation.title).toBe(
          text.replace(/\s+/g, ' ').trim(),
        );
        expect((await api().get('/api/serveplan/conversations')).status).toBe(
          200,
        );
      },
    );

    it('a NUL character anywhere in a body → 400 naming where', async () => {
      const res = await converse('chat\u0000bot for 100 users');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /body.text contains a NUL character/,
      );
      const nested = await api()
        .post('/api/serveplan/plans')
        .send({ text: 'chatbot for 100 users', overrides: ['users=1\u0000'] });
      expect(nested.body.error.message).toMatch(
        /body.overrides\[0\] contains a NUL character/,
      );
    });

    it('other control characters are only text', async () => {
      const res = await converse('hello \u0007\u202e there');
      expect(res.status).toBeLessThan(500);
    });

    it('text over 10,000 characters → 400; a body over 512 kB → 413', async () => {
      const long = await converse(
        `chatbot for 100 users ${'very '.repeat(2500)}`,
      );
      expect(long.status).toBe(400);
      expect(long.body.error.message).toMatch(/10000 characters/);
      const huge = await converse('x'.repeat(600 * 1024));
      expect(huge.status).toBe(413);
      expect(huge.body.error.message).toMatch(/the limit is 512 kB/);
    });

    it('wrong types and shapes → 400 naming the field', async () => {
      for (const body of [
        { text: 42 },
        { text: ['a'] },
        { text: 'chatbot', overrides: 'users=5' },
        { text: 'chatbot', top: 0 },
        { text: 'chatbot', top: 'five' },
      ]) {
        const res = await api().post('/api/serveplan/conversations').send(body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/request\/body/);
      }
    });

    it('misspelt names and settings → 400 with close matches', async () => {
      const gpu = await api()
        .post('/api/serveplan/plans')
        .send({ text: 'chatbot for 100 users', overrides: ['gpu=H10O'] });
      expect(gpu.status).toBe(400);
      expect(gpu.body.error.suggestions).toContain('H100-SXM');
      const key = await api()
        .post('/api/serveplan/plans')
        .send({ text: 'chatbot for 100 users', overrides: ['userz=5000'] });
      expect(key.status).toBe(400);
      expect(key.body.error).toMatchObject({
        field: 'set',
        suggestions: ['users'],
      });
      const value = await api()
        .post('/api/serveplan/plans')
        .send({ text: 'chatbot for 100 users', overrides: ['users=lots'] });
      expect(value.status).toBe(400);
      expect(value.body.error.message).toMatch(
        /users must be a positive number, got "lots"/,
      );
      const model = await api()
        .post('/api/serveplan/predict')
        .send({
          deployment: { model: 'lama-3.1-8b', gpu: 'L40S' },
          workload: {
            arrival: { kind: 'poisson', rate: 1 },
            input: { kind: 'fixed', value: 100 },
            output: { kind: 'fixed', value: 10 },
          },
        });
      expect(model.status).toBe(400);
      expect(model.body.error.message).toMatch(/unknown model "lama-3.1-8b"/);
      expect(model.body.error.suggestions.length).toBeGreaterThan(0);
    });

    it('plan input that is not exactly one of text, intent or spec → 400', async () => {
      expect(
        (await api().post('/api/serveplan/plans').send({})).body.error.message,
      ).toMatch(/exactly one of text, intent or spec/);
      const both = await api()
        .post('/api/serveplan/plans')
        .send({ text: 'chatbot', spec: { use_case: 'chatbot' } });
      expect(both.status).toBe(400);
      expect(both.body.error.message).toMatch(/got text and spec/);
    });

    it('structured inputs out of range → 400 or the question, not a plan', async () => {
      const spec = await api()
        .post('/api/serveplan/plans')
        .send({ spec: { use_case: 'chatbot', users: -5 } });
      expect(spec.status).toBe(400);
      expect(spec.body.error.message).toMatch(/spec\.users/);
      const huge = await api()
        .post('/api/serveplan/plans')
        .send({ intent: { users: 1e15 } });
      expect(huge.status).toBe(400);
      expect(huge.body.error.field).toBe('intent.users');
      const contradiction = await api()
        .post('/api/serveplan/plans')
        .send({ intent: { users: 10, requests_per_s: 5000 } });
      expect(contradiction.status).toBe(422);
      const unknownField = await api()
        .post('/api/serveplan/plans')
        .send({ intent: { users: 10, userz: 5 } });
      expect(unknownField.status).toBe(400);
    });

    it('a workload the deployment cannot take → 400', async () => {
      const res = await api()
        .post('/api/serveplan/predict')
        .send({
          deployment: {
            model: 'llama-3.1-8b',
            gpu: 'L40S',
            max_model_len: 4096,
          },
          workload: {
            arrival: { kind: 'poisson', rate: 1 },
            input: { kind: 'fixed', value: 8000 },
            output: { kind: 'fixed', value: 10 },
          },
        });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /does not fit --max-model-len 4096/,
      );
      const missing = await api()
        .post('/api/serveplan/predict')
        .send({
          deployment: { model: 'llama-3.1-8b', gpu: 'L40S' },
          workload: {
            arrival: { kind: 'gamma', rate: 1 },
            input: { kind: 'uniform', min: 10 },
            output: { kind: 'fixed', value: 10 },
          },
        });
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toMatch(/needs (cv|max)/);
    });

    it("someone else's conversation is not found (404), an unknown one too", async () => {
      const mine = await converse('blue green purple');
      const id = mine.body.conversation.id;
      const theirs = await api()
        .post(`/api/serveplan/conversations/${id}/messages`)
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/mallory'),
        )
        .send({ text: 'chatbot for 10 users' });
      expect(theirs.status).toBe(404);
      expect(
        (
          await api()
            .get(`/api/serveplan/conversations/${id}`)
            .set(
              'Authorization',
              mockCredentials.user.header('user:default/mallory'),
            )
        ).status,
      ).toBe(404);
      expect(
        (
          await api().get(
            '/api/serveplan/conversations/6f0c6d2e-8a51-4c35-9d84-2a55f0f7a0ff',
          )
        ).status,
      ).toBe(404);
      expect(
        (
          await api().get(
            '/api/serveplan/plans/6f0c6d2e-8a51-4c35-9d84-2a55f0f7a0ff',
          )
        ).status,
      ).toBe(404);
    });

    it('paging past what the database holds → 400, not a database error', async () => {
      for (const route of ['plans', 'conversations', 'kb/measurements']) {
        const far = await api().get(
          `/api/serveplan/${route}?offset=100000000000000000000`,
        );
        expect(far.status).toBe(400);
        expect(far.body.error.message).toMatch(/offset/);
        const last = await api().get(`/api/serveplan/${route}?offset=1000000`);
        expect(last.status).toBe(200);
        expect(last.body.items).toEqual([]);
      }
    });

    it('kb edits: unknown GPU, deleting what is not there, kb-file rows', async () => {
      const gpu = await api()
        .put('/api/serveplan/kb/prices/H1000')
        .send({ usd_per_gpu_hour: 2 });
      expect(gpu.status).toBe(400);
      expect(gpu.body.error.message).toMatch(/unknown GPU "H1000"/);
      expect((await api().delete('/api/serveplan/kb/prices/L40S')).status).toBe(
        404,
      );
      const rows = await api().get(
        '/api/serveplan/kb/measurements?origin=kb&limit=1',
      );
      const kbRow = rows.body.items[0].id;
      const del = await api().delete(
        `/api/serveplan/kb/measurements/${encodeURIComponent(kbRow)}`,
      );
      expect(del.status).toBe(400);
      expect(del.body.error.message).toMatch(/comes from the kb files/);
      const bad = await api()
        .post('/api/serveplan/kb/measurements')
        .send({
          rows: [
            {
              model: 'no-such-model',
              gpu: 'L40S',
              tp: 1,
              isl: 10,
              osl: 10,
              concurrency: 1,
              ttft_ms: 1,
              tpot_ms: 1,
              engine_version: '0.10',
              source: 'bench',
            },
          ],
        });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('rows[0].model');
    });
  },
);
