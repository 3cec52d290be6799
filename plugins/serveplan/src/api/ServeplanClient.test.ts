import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/frontend-test-utils';
import { knowledgeBaseBody } from '../__testUtils__/knowledgeBase';
import { ServeplanApiError } from './ServeplanApiError';
import { ServeplanClient } from './ServeplanClient';

const BASE = 'http://backstage.test/api/serveplan';

describe('ServeplanClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = () =>
    new ServeplanClient({
      discoveryApi: {
        getBaseUrl: async id => `http://backstage.test/api/${id}`,
      },
      fetchApi: { fetch: (input, init) => fetch(input, init) },
    });

  it('posts a message as JSON to the conversation', async () => {
    let seen: { url: string; body: unknown; type: string | null } | undefined;
    server.use(
      http.post(`${BASE}/conversations/:id/messages`, async ({ request }) => {
        seen = {
          url: request.url,
          body: await request.json(),
          type: request.headers.get('content-type'),
        };
        return HttpResponse.json({ ok: true });
      }),
    );
    await client().postMessage('abc', { text: 'now 5000 users' });
    expect(seen).toEqual({
      url: `${BASE}/conversations/abc/messages`,
      body: { text: 'now 5000 users' },
      type: 'application/json',
    });
  });

  it('carries the backend’s error: name, field, suggestions and the clarifying question', async () => {
    server.use(
      http.post(`${BASE}/plans`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'QuestionError',
              message: 'need more',
              question: 'How many users?',
              field: 'users',
              suggestions: ['a', 'b'],
            },
          },
          { status: 422 },
        ),
      ),
    );
    const error = await client()
      .createPlan({ text: 'an llm' })
      .catch(e => e);
    expect(error).toBeInstanceOf(ServeplanApiError);
    expect(error).toMatchObject({
      status: 422,
      errorName: 'QuestionError',
      question: 'How many users?',
      field: 'users',
      suggestions: ['a', 'b'],
      fromBackend: true,
    });
    expect(error.message).toBe('need more');
  });

  it('carries what the backend read of words it rejected', async () => {
    server.use(
      http.post(`${BASE}/conversations`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'which number is right?',
              field: 'users',
              reading: { use_case: 'rag' },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const error = await client()
      .createConversation({ text: 'rag for 10 staff, 30 of them at once' })
      .catch(e => e);
    expect(error).toMatchObject({ status: 400, reading: { use_case: 'rag' } });
  });

  it('tells a missing backend plugin from a backend error', async () => {
    server.use(
      http.get(
        `${BASE}/plans/p1`,
        () =>
          new HttpResponse('<html>Not Found</html>', {
            status: 404,
            statusText: 'Not Found',
          }),
      ),
    );
    const error = await client()
      .getPlan('p1')
      .catch(e => e);
    expect(error).toMatchObject({
      status: 404,
      fromBackend: false,
      message: '404 Not Found',
    });
  });

  it('reports an unreachable backend', async () => {
    server.use(http.get(`${BASE}/conversations`, () => HttpResponse.error()));
    const error = await client()
      .listConversations()
      .catch(e => e);
    expect(error).toMatchObject({ status: 0, fromBackend: false });
    expect(error.message).toMatch(/could not be reached/);
  });

  it('validates the knowledge base into the engine’s type and fetches it once', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/kb`, () => {
        calls++;
        return HttpResponse.json(knowledgeBaseBody());
      }),
    );
    const c = client();
    const [a, b] = await Promise.all([
      c.getKnowledgeBase(),
      c.getKnowledgeBase(),
    ]);
    expect(a).toBe(b);
    expect(calls).toBe(1);
    expect(a.kb.gpus.length).toBeGreaterThan(0);
    expect(a.kb.useCases.use_cases.map(u => u.id)).toContain('chatbot');
  });

  it('refuses a knowledge base the engine cannot use, and retries later', async () => {
    server.use(
      http.get(`${BASE}/kb`, () =>
        HttpResponse.json({ ...knowledgeBaseBody(), gpus: [{ id: 'X' }] }),
      ),
    );
    const c = client();
    await expect(c.getKnowledgeBase()).rejects.toThrow(
      /does not match this page's engine \(gpus\.0/,
    );
    server.use(
      http.get(`${BASE}/kb`, () => HttpResponse.json(knowledgeBaseBody())),
    );
    await expect(c.getKnowledgeBase()).resolves.toHaveProperty('kb');
  });
});
