import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/frontend-test-utils';
import {
  CHATBOT,
  CONVERSATION_ID,
  detailOf,
  intentFor,
  planFor,
  turnFor,
} from '../../__testUtils__/fixtures';
import { knowledgeBaseBody } from '../../__testUtils__/knowledgeBase';
import { BASE, renderPage } from '../../__testUtils__/renderPage';
import { usd } from '../shared/format';

// Role queries over a whole rendered page take seconds in jsdom, several times that when CI
// runs suites side by side on two cores.
jest.setTimeout(120_000);

describe('Recommendations tab', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const turn = turnFor({ texts: [CHATBOT] });
  const plan = turn.plan!;
  const recs = plan.result.recommendations;

  function withConversation() {
    server.use(
      http.get(`${BASE}/conversations`, () =>
        HttpResponse.json({ items: [turn.conversation], total: 1 }),
      ),
      http.get(`${BASE}/conversations/${CONVERSATION_ID}`, () =>
        HttpResponse.json(detailOf([turn])),
      ),
    );
  }

  it('has real options to show', () => {
    expect(recs.length).toBeGreaterThanOrEqual(4);
    expect(plan.result.rejected.some(r => r.stage === 'memory')).toBe(true);
    expect(plan.result.rejected.length).toBeGreaterThan(0);
  });

  it('shows each option with cost, latency against the targets, quality, binding constraint and sources', async () => {
    withConversation();
    await renderPage({
      url: `/serveplan?tab=recommendations&conversation=${CONVERSATION_ID}`,
    });

    const options = await screen.findByRole('list', {
      name: 'Recommended options',
    });
    const cards = within(options).getAllByRole('article');
    expect(cards).toHaveLength(recs.length);

    const first = cards[0];
    const best = recs[0];
    expect(
      within(first).getByRole('heading', {
        name: `${best.model_name} (${best.precision})`,
      }),
    ).toBeInTheDocument();
    expect(
      within(first).getByText(usd(best.monthly_cost_usd)),
    ).toBeInTheDocument();
    expect(
      within(first).getByText(
        new RegExp(`${best.replicas} replicas? × ${best.tp} × ${best.gpu}`),
      ),
    ).toBeInTheDocument();
    expect(
      within(first).getByText(best.binding_constraint),
    ).toBeInTheDocument();

    // One row per SLO target, with the target, the prediction and the interval's upper end.
    const slo = within(first).getByRole('table', {
      name: 'Predicted latency of option 1',
    });
    const rows = within(slo).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(best.predicted.length);
    expect(within(slo).getByText('TTFT')).toBeInTheDocument();
    // Where the numbers came from: the prediction's coefficients, the price list, the cost derivation.
    expect(
      within(first).getByLabelText(
        new RegExp(`^source: ${best.provenance.coefficients.kind}`),
      ),
    ).toBeInTheDocument();
    expect(within(first).getByLabelText(/^source: listed/)).toBeInTheDocument();
    expect(
      within(first).getAllByLabelText(/^source: derived/).length,
    ).toBeGreaterThan(0);
    expect(within(first).getByText(/Quality:/)).toBeInTheDocument();

    // What the plan is for, each value with its source.
    expect(screen.getByText('Peak load')).toBeInTheDocument();
    expect(
      screen.getByText(plan.result.spec.use_case_name),
    ).toBeInTheDocument();
  });

  it('shows quality as unknown when the knowledge base has no scores', async () => {
    const unknown = {
      ...recs[0],
      quality: {
        score: null,
        coverage: { used: 0, wanted: 4 },
        basis: 'no published or measured scores for these benchmarks',
        benchmarks: [],
      },
    };
    const p = {
      ...plan,
      result: { ...plan.result, recommendations: [unknown, ...recs.slice(1)] },
    };
    server.use(
      http.get(`${BASE}/conversations`, () =>
        HttpResponse.json({ items: [], total: 0 }),
      ),
      http.get(`${BASE}/conversations/${CONVERSATION_ID}`, () =>
        HttpResponse.json({ ...detailOf([turn]), plan: p }),
      ),
    );
    await renderPage({
      url: `/serveplan?tab=recommendations&conversation=${CONVERSATION_ID}`,
    });
    const first = (await screen.findAllByRole('article'))[0];
    expect(within(first).getByText('unknown')).toBeInTheDocument();
    expect(
      within(first).getByText(/no published or measured scores/),
    ).toBeInTheDocument();
  });

  it('compares two or three options side by side', async () => {
    withConversation();
    await renderPage({
      url: `/serveplan?tab=recommendations&conversation=${CONVERSATION_ID}`,
    });
    await screen.findByRole('list', { name: 'Recommended options' });
    expect(
      screen.getByText(/Tick “Compare” on two or three options/),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Compare option 1' }),
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Compare option 2' }),
    );
    const table = screen.getByRole('table', {
      name: 'Comparison of the selected options',
    });
    expect(
      within(table).getByRole('columnheader', { name: 'Option #1' }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('columnheader', { name: 'Option #2' }),
    ).toBeInTheDocument();
    const costRow = within(table).getByRole('row', { name: /Monthly cost/ });
    expect(costRow).toHaveTextContent(usd(recs[0].monthly_cost_usd));
    expect(costRow).toHaveTextContent(usd(recs[1].monthly_cost_usd));

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Compare option 3' }),
    );
    expect(
      within(table).getByRole('columnheader', { name: 'Option #3' }),
    ).toBeInTheDocument();
    // At most three: the fourth cannot be ticked.
    expect(
      screen.getByRole('checkbox', { name: 'Compare option 4' }),
    ).toBeDisabled();
  });

  it('draws the Pareto chart with a focusable point per option that leads to its card', async () => {
    withConversation();
    await renderPage({
      url: `/serveplan?tab=recommendations&conversation=${CONVERSATION_ID}`,
    });
    const chart = await screen.findByRole('group', {
      name: /Cost against worst latency/,
    });
    const points = within(chart).getAllByRole('button');
    expect(points).toHaveLength(recs.length);
    expect(points[0]).toHaveAccessibleName(
      expect.stringContaining(`Option 1: ${recs[0].model_name}`),
    );
    expect(points[0]).toHaveAccessibleName(
      expect.stringContaining(usd(recs[0].monthly_cost_usd)),
    );
    const onFront = points.filter(p =>
      /on the Pareto front/.test(p.getAttribute('aria-label') ?? ''),
    );
    expect(onFront.length).toBe(
      recs.filter(r => plan.result.pareto.includes(r.id)).length,
    );

    act(() => points[1].focus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.getElementById('serveplan-option-card-2')).toHaveFocus(),
    );
  });

  it('lists the rejected configurations, filterable by reason', async () => {
    withConversation();
    await renderPage({
      url: `/serveplan?tab=recommendations&conversation=${CONVERSATION_ID}`,
    });
    const table = await screen.findByRole('table', {
      name: 'Rejected configurations',
    });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    const memory = plan.result.rejected.filter(r => r.stage === 'memory');
    await userEvent.click(
      screen.getByRole('button', { name: `memory (${memory.length})` }),
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBe(Math.min(10, memory.length));
    expect(rows.every(r => r.textContent?.includes('memory'))).toBe(true);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Search rejected' }),
      'zzz-no-such-model',
    );
    expect(within(table).getAllByRole('row')).toHaveLength(1);
  });

  it('explains what to do when there is no plan yet', async () => {
    server.use(
      http.get(`${BASE}/conversations`, () =>
        HttpResponse.json({ items: [], total: 0 }),
      ),
      http.get(`${BASE}/kb`, () => HttpResponse.json(knowledgeBaseBody())),
    );
    await renderPage({ url: '/serveplan?tab=recommendations' });
    expect(
      await screen.findByText('No recommendations yet'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Go to Explore' }),
    );
    expect(
      await screen.findByRole('tab', { name: 'Explore', selected: true }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Nothing to explore yet'),
    ).toBeInTheDocument();
  });

  it('shows a what-if plan from a link and goes back to the conversation', async () => {
    withConversation();
    const whatIf = {
      ...planFor(intentFor(CHATBOT, ['p95 TTFT under 200 ms']), {
        conversationId: null,
        kind: 'spec',
      }),
      overrides: ['ttft_ms=200'],
    };
    server.use(
      http.get(`${BASE}/plans/${whatIf.id}`, () => HttpResponse.json(whatIf)),
    );
    await renderPage({
      url: `/serveplan?tab=recommendations&conversation=${CONVERSATION_ID}&plan=${whatIf.id}`,
    });
    expect(await screen.findByText('What-if plan')).toBeInTheDocument();
    expect(screen.getByText(/with ttft_ms=200/)).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: "Back to the conversation's plan" }),
    );
    await waitFor(() =>
      expect(screen.queryByText('What-if plan')).not.toBeInTheDocument(),
    );
  });

  it('says what to do when a linked plan cannot be loaded', async () => {
    withConversation();
    server.use(
      http.get(`${BASE}/plans/00000000-0000-4000-8000-999999999999`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: 'no plan 00000000-0000-4000-8000-999999999999',
            },
          },
          { status: 404 },
        ),
      ),
    );
    await renderPage({
      url: `/serveplan?tab=recommendations&conversation=${CONVERSATION_ID}&plan=00000000-0000-4000-8000-999999999999`,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the plan: not found');
    await userEvent.click(
      within(alert).getByRole('button', {
        name: "Show the conversation's plan",
      }),
    );
    expect(
      await screen.findByRole('list', { name: 'Recommended options' }),
    ).toBeInTheDocument();
  });
});
