import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { mockApis, registerMswTestHooks } from '@backstage/frontend-test-utils';
import {
  CHATBOT,
  CONVERSATION_ID,
  detailOf,
  turnFor,
} from '../../__testUtils__/fixtures';
import { BASE, renderPage } from '../../__testUtils__/renderPage';

// Role queries over a whole rendered page take seconds in jsdom, several times that when CI
// runs suites side by side on two cores.
jest.setTimeout(120_000);

describe('Chat tab', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const emptyList = () =>
    http.get(`${BASE}/conversations`, () =>
      HttpResponse.json({ items: [], total: 0 }),
    );

  it('starts with an explanation, examples and no conversation', async () => {
    server.use(emptyList());
    await renderPage();
    expect(
      await screen.findByRole('heading', { name: 'Describe your workload' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Say in your own words what the deployment is for/),
    ).toBeInTheDocument();
    expect(await screen.findByText(/None yet/)).toBeInTheDocument();
    // An example fills the box; nothing is sent until the user sends it.
    await userEvent.click(
      screen.getByRole('button', { name: /A support chatbot for 1000 users/ }),
    );
    expect(
      screen.getByRole('textbox', { name: 'Describe the workload' }),
    ).toHaveValue(
      'A support chatbot for 1000 users, low latency is critical, budget $3k/month',
    );
    expect(
      screen.getByRole('tab', { name: 'Recommendations' }),
    ).toBeInTheDocument();
  });

  it('sends a request with Enter and shows the answer, what was understood and the plan', async () => {
    const turn = turnFor({ texts: [CHATBOT] });
    const bodies: unknown[] = [];
    server.use(
      emptyList(),
      http.post(`${BASE}/conversations`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(turn, { status: 201 });
      }),
    );
    const storage = mockApis.storage();
    await renderPage({ storage });

    const box = await screen.findByRole('textbox', {
      name: 'Describe the workload',
    });
    await userEvent.type(box, `${CHATBOT}{Enter}`);

    expect(await screen.findByText(turn.messages[1].text)).toBeInTheDocument();
    expect(bodies).toEqual([{ text: CHATBOT }]);
    const thread = screen.getByRole('list', { name: 'Conversation' });
    expect(within(thread).getByText(CHATBOT)).toBeInTheDocument();

    // The editable summary: values with where they came from, and the assumptions.
    const summary = screen.getByRole('form', { name: 'What I understood' });
    expect(within(summary).getByRole('textbox', { name: 'Users' })).toHaveValue(
      '1000',
    );
    expect(
      within(summary).getByRole('textbox', { name: 'Budget (USD per month)' }),
    ).toHaveValue('3000');
    expect(
      within(summary).getAllByLabelText(/^source: stated/).length,
    ).toBeGreaterThan(0);
    expect(
      within(summary).getByRole('list', { name: 'Assumptions' }),
    ).toBeInTheDocument();

    // The plan is one tab away, and the conversation is remembered for a reload.
    expect(
      screen.getByRole('tab', {
        name: `Recommendations (${turn.plan!.result.recommendations.length})`,
      }),
    ).toBeInTheDocument();
    expect(
      storage.forBucket('serveplan').snapshot('conversationId').value,
    ).toBe(CONVERSATION_ID);
    await userEvent.click(
      screen.getByRole('button', { name: 'See the recommendations' }),
    );
    expect(
      await screen.findByRole('heading', { name: /options, best first/ }),
    ).toBeInTheDocument();
  });

  it('reopens the stored conversation after a reload', async () => {
    const first = turnFor({ texts: [CHATBOT] });
    const second = turnFor({
      texts: [CHATBOT, 'now 5000 users'],
      changes: ['users: 1,000 → 5,000'],
    });
    server.use(
      http.get(`${BASE}/conversations`, () =>
        HttpResponse.json({ items: [first.conversation], total: 1 }),
      ),
      http.get(`${BASE}/conversations/${CONVERSATION_ID}`, () =>
        HttpResponse.json(detailOf([first, second])),
      ),
    );
    const storage = mockApis.storage({
      data: { serveplan: { conversationId: CONVERSATION_ID } },
    });
    await renderPage({ storage });

    expect(await screen.findByText('now 5000 users')).toBeInTheDocument();
    expect(screen.getByText('users: 1,000 → 5,000')).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', {
        name: 'Follow up, or answer the question',
      }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', {
      name: 'Your conversations',
    });
    expect(
      within(list).getByRole('button', {
        name: new RegExp(CHATBOT.slice(0, 20)),
      }),
    ).toHaveAttribute('aria-current', 'true');
  });

  it('shows a clarifying question and puts the cursor where the answer goes', async () => {
    const turn = turnFor({
      texts: ['we need an LLM'],
      question:
        'What is it for: a chatbot, code completion, RAG, summarization?',
    });
    server.use(
      emptyList(),
      http.post(`${BASE}/conversations`, () =>
        HttpResponse.json(turn, { status: 201 }),
      ),
    );
    await renderPage();
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Describe the workload' }),
      'we need an LLM{Enter}',
    );
    const status = await screen.findByText(/Answer in the box below/);
    expect(status).toHaveTextContent('What is it for');
    const box = screen.getByRole('textbox', {
      name: 'Follow up, or answer the question',
    });
    await waitFor(() => expect(box).toHaveFocus());
    expect(
      screen.getByRole('tab', { name: 'Recommendations' }),
    ).toBeInTheDocument();
  });

  it('applies an edit of the summary as a follow-up in words', async () => {
    const first = turnFor({ texts: [CHATBOT] });
    const second = turnFor({
      texts: [CHATBOT, 'p95 TTFT under 200 ms'],
      changes: ['latency targets: none → p95 TTFT ≤ 200 ms'],
    });
    const sent: unknown[] = [];
    server.use(
      emptyList(),
      http.get(`${BASE}/conversations/${CONVERSATION_ID}`, () =>
        HttpResponse.json(detailOf([first])),
      ),
      http.post(
        `${BASE}/conversations/${CONVERSATION_ID}/messages`,
        async ({ request }) => {
          sent.push(await request.json());
          return HttpResponse.json(second);
        },
      ),
    );
    await renderPage({ url: `/serveplan?conversation=${CONVERSATION_ID}` });
    const summary = await screen.findByRole('form', {
      name: 'What I understood',
    });
    const apply = within(summary).getByRole('button', {
      name: 'Apply changes',
    });
    expect(apply).toBeDisabled();

    const ttft = within(summary).getByRole('textbox', {
      name: 'TTFT target (ms)',
    });
    await userEvent.type(ttft, '200');
    expect(
      within(summary).getByText('Will send: “p95 TTFT under 200 ms”'),
    ).toBeInTheDocument();
    await userEvent.click(apply);

    await waitFor(() =>
      expect(sent).toEqual([{ text: 'p95 TTFT under 200 ms' }]),
    );
    expect(
      await screen.findByText('latency targets: none → p95 TTFT ≤ 200 ms'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Not taken up')).not.toBeInTheDocument();
  });

  it('says so when the answer did not take up an edit', async () => {
    const first = turnFor({ texts: [CHATBOT] });
    server.use(
      emptyList(),
      http.get(`${BASE}/conversations/${CONVERSATION_ID}`, () =>
        HttpResponse.json(detailOf([first])),
      ),
      // The backend's reading left the users unchanged.
      http.post(`${BASE}/conversations/${CONVERSATION_ID}/messages`, () =>
        HttpResponse.json(turnFor({ texts: [CHATBOT, 'hello'] })),
      ),
    );
    await renderPage({ url: `/serveplan?conversation=${CONVERSATION_ID}` });
    const summary = await screen.findByRole('form', {
      name: 'What I understood',
    });
    const users = within(summary).getByRole('textbox', { name: 'Users' });
    await userEvent.clear(users);
    await userEvent.type(users, '7000');
    await userEvent.click(
      within(summary).getByRole('button', { name: 'Apply changes' }),
    );
    expect(await screen.findByText('Not taken up')).toBeInTheDocument();
    expect(screen.getByText(/users → 7000/)).toBeInTheDocument();
  });

  it('rejects a summary value it cannot read', async () => {
    const first = turnFor({ texts: [CHATBOT] });
    server.use(
      emptyList(),
      http.get(`${BASE}/conversations/${CONVERSATION_ID}`, () =>
        HttpResponse.json(detailOf([first])),
      ),
    );
    await renderPage({ url: `/serveplan?conversation=${CONVERSATION_ID}` });
    const summary = await screen.findByRole('form', {
      name: 'What I understood',
    });
    const users = within(summary).getByRole('textbox', { name: 'Users' });
    await userEvent.clear(users);
    await userEvent.type(users, '-3');
    expect(
      within(summary).getByText('Enter a positive number'),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('button', { name: 'Apply changes' }),
    ).toBeDisabled();
  });

  it('explains a refused request and keeps what was typed', async () => {
    server.use(
      emptyList(),
      http.post(`${BASE}/conversations`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message: 'not allowed to create plans',
            },
          },
          { status: 403 },
        ),
      ),
    );
    await renderPage();
    const box = await screen.findByRole('textbox', {
      name: 'Describe the workload',
    });
    await userEvent.type(box, 'a chatbot{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You may not get an answer');
    expect(alert).toHaveTextContent('ask your Backstage administrators');
    expect(box).toHaveValue('a chatbot');
  });

  it('starts the conversation from a rejected first message and its correction', async () => {
    const rejected = 'translation for our clinics: 40 staff in all, 90 at once';
    const turn = turnFor({ texts: [rejected, 'sorry, 20 at once'] });
    const bodies: unknown[] = [];
    server.use(
      emptyList(),
      http.post(`${BASE}/conversations`, async ({ request }) => {
        const body = (await request.json()) as { corrects?: string };
        bodies.push(body);
        if (!body.corrects)
          return HttpResponse.json(
            {
              error: {
                name: 'InputError',
                message:
                  '"90 at once" is more people at once than the 40 users in all',
                field: 'users',
                reading: { use_case: 'translation' },
              },
            },
            { status: 400 },
          );
        return HttpResponse.json(turn, { status: 201 });
      }),
    );
    await renderPage();
    const box = await screen.findByRole('textbox', {
      name: 'Describe the workload',
    });
    await userEvent.type(box, `${rejected}{Enter}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Read so far: use case: translation');
    expect(alert).toHaveTextContent('the rest is kept as read');

    await userEvent.clear(box);
    await userEvent.type(box, 'sorry, 20 at once{Enter}');
    expect(await screen.findByText(turn.messages[1].text)).toBeInTheDocument();
    expect(bodies).toEqual([
      { text: rejected },
      { text: 'sorry, 20 at once', corrects: rejected },
    ]);
  });

  it('says how to install the backend when it is missing', async () => {
    server.use(
      http.get(
        `${BASE}/conversations`,
        () => new HttpResponse('Not Found', { status: 404 }),
      ),
      http.post(
        `${BASE}/conversations`,
        () => new HttpResponse('Not Found', { status: 404 }),
      ),
    );
    await renderPage();
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Describe the workload' }),
      'a chatbot{Enter}',
    );
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map(a => a.textContent)
          .join(' '),
      ).toMatch(
        /Install @serveplan\/plugin-serveplan-backend in packages\/backend/,
      ),
    );
  });

  it('offers a new conversation when the stored one is gone', async () => {
    server.use(
      emptyList(),
      http.get(`${BASE}/conversations/${CONVERSATION_ID}`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: `no conversation ${CONVERSATION_ID}`,
            },
          },
          { status: 404 },
        ),
      ),
    );
    const storage = mockApis.storage({
      data: { serveplan: { conversationId: CONVERSATION_ID } },
    });
    await renderPage({ storage });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not open the conversation: not found',
    );
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Start a new one' }),
    );
    expect(
      await screen.findByRole('textbox', { name: 'Describe the workload' }),
    ).toBeInTheDocument();
    expect(
      storage.forBucket('serveplan').snapshot('conversationId').presence,
    ).toBe('absent');
  });

  it('works from the keyboard: tabs with arrow keys, Shift+Enter for a new line', async () => {
    server.use(emptyList());
    await renderPage();
    const chat = await screen.findByRole('tab', { name: 'Chat' });
    chat.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Recommendations' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(
      await screen.findByText('No recommendations yet'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Go to Chat' }));

    const box = await screen.findByRole('textbox', {
      name: 'Describe the workload',
    });
    await userEvent.click(box);
    await userEvent.keyboard('line one{Shift>}{Enter}{/Shift}line two');
    expect(box).toHaveValue('line one\nline two');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus();
  });
});
