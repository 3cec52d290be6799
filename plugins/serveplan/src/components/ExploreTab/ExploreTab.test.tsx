import { screen, waitFor, within } from '@testing-library/react';
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
import type {
  InputLengthSweep,
  PlanRequest,
  RateSweep,
} from '../../schema/openapi';

// Role queries over a whole rendered page take seconds in jsdom, several times that when CI
// runs suites side by side on two cores.
jest.setTimeout(120_000);

describe('Explore tab', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const turn = turnFor({ texts: [CHATBOT] });
  const plan = turn.plan!;
  const recs = plan.result.recommendations;

  function backend() {
    server.use(
      http.get(`${BASE}/conversations`, () =>
        HttpResponse.json({ items: [turn.conversation], total: 1 }),
      ),
      http.get(`${BASE}/conversations/${CONVERSATION_ID}`, () =>
        HttpResponse.json(detailOf([turn])),
      ),
      http.get(`${BASE}/kb`, () => HttpResponse.json(knowledgeBaseBody())),
    );
  }

  const openExplore = () =>
    renderPage({
      url: `/serveplan?tab=explore&conversation=${CONVERSATION_ID}`,
    });

  it('shows the plan’s specification with the values it states and the template’s as placeholders', async () => {
    backend();
    await openExplore();
    const users = await screen.findByRole('textbox', { name: 'Users' });
    expect(users).toHaveValue('1000');
    expect(
      screen.getByRole('textbox', { name: 'Budget (USD per month)' }),
    ).toHaveValue('3000');
    const ttft = screen.getByRole('textbox', { name: 'TTFT target (ms)' });
    expect(ttft).toHaveValue('');
    expect(ttft).toHaveAttribute(
      'placeholder',
      String(plan.result.spec.slo.ttft_ms!.target),
    );
    expect(
      screen.getByText(`Not stated: ${plan.result.spec.slo.ttft_ms!.target}`),
    ).toBeInTheDocument();
    expect(screen.getByText(/Change a value on the left/)).toBeInTheDocument();
    // A price field per GPU of the options, with the listed price as placeholder.
    for (const gpu of new Set(recs.map(r => r.gpu))) {
      expect(
        screen.getByRole('textbox', {
          name: `Price of ${gpu} in USD per GPU-hour`,
        }),
      ).toBeInTheDocument();
    }
  });

  it('re-evaluates the options in the browser when a target changes, and re-plans on the server', async () => {
    backend();
    const posted: PlanRequest[] = [];
    const replanned = {
      ...planFor(intentFor(CHATBOT, ['p95 TTFT under 120 ms']), {
        conversationId: null,
        kind: 'spec',
      }),
    };
    server.use(
      http.post(`${BASE}/plans`, async ({ request }) => {
        posted.push((await request.json()) as PlanRequest);
        return HttpResponse.json(
          { ...replanned, intent: null, overrides: [] },
          { status: 201 },
        );
      }),
    );
    await openExplore();
    const ttft = await screen.findByRole('textbox', {
      name: 'TTFT target (ms)',
    });
    await userEvent.type(ttft, '120');

    // The capacity engine runs in the page on the plan's options.
    const preview = await screen.findByRole(
      'table',
      { name: 'Options under the new values' },
      { timeout: 30_000 },
    );
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(recs.length);
    expect(within(preview).getAllByText(/of 120 ms/).length).toBe(recs.length);
    expect(screen.getByLabelText(/^source: browser/)).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Re-plan on the server' }),
    );
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].spec).toMatchObject({
      use_case: 'chatbot',
      users: 1000,
      ttft_ms: 120,
      latency_priority: 'high',
      budget_usd_per_month: 3000,
    });
    expect(posted[0].overrides).toEqual([]);
    expect(posted[0].text).toBeUndefined();

    const saved = await screen.findByText('Re-planned');
    expect(saved.parentElement).toHaveTextContent(
      `Saved as plan ${replanned.id}`,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'See the recommendations' }),
    );
    expect(await screen.findByText('What-if plan')).toBeInTheDocument();
    const first = (await screen.findAllByRole('article'))[0];
    expect(
      within(first).getByRole('heading', {
        name: `${replanned.result.recommendations[0].model_name} (${replanned.result.recommendations[0].precision})`,
      }),
    ).toBeInTheDocument();
  });

  it('sends headroom and price changes as overrides', async () => {
    backend();
    const posted: PlanRequest[] = [];
    server.use(
      http.post(`${BASE}/plans`, async ({ request }) => {
        posted.push((await request.json()) as PlanRequest);
        return HttpResponse.json(
          planFor(intentFor(CHATBOT), { conversationId: null, kind: 'spec' }),
          { status: 201 },
        );
      }),
    );
    await openExplore();
    const gpu = recs[0].gpu;
    await userEvent.type(
      await screen.findByRole('textbox', {
        name: `Price of ${gpu} in USD per GPU-hour`,
      }),
      '0.35',
    );
    const headroom = screen.getByRole('textbox', {
      name: 'Headroom over the peak (%)',
    });
    await userEvent.clear(headroom);
    await userEvent.type(headroom, '50');
    await userEvent.click(
      screen.getByRole('button', { name: 'Re-plan on the server' }),
    );
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].overrides).toEqual(['headroom=0.5', `price.${gpu}=0.35`]);
  });

  it('marks values it cannot read and does not plan them', async () => {
    backend();
    await openExplore();
    const users = await screen.findByRole('textbox', { name: 'Users' });
    await userEvent.clear(users);
    await userEvent.type(users, 'many');
    expect(
      screen.getByText('Enter a positive number, or leave it empty'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Re-plan on the server' }),
    ).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Undo changes' }));
    expect(users).toHaveValue('1000');
    expect(
      screen.getByRole('button', { name: 'Re-plan on the server' }),
    ).toBeEnabled();
  });

  it('explains a re-plan the backend refuses', async () => {
    backend();
    server.use(
      http.post(`${BASE}/plans`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'allowed GPU: unknown GPU "H1OO"',
              field: 'allowed_gpus',
              suggestions: ['H100-SXM', 'H100-PCIe'],
            },
          },
          { status: 400 },
        ),
      ),
    );
    await openExplore();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Re-plan on the server' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not re-plan: the input needs a change',
    );
    expect(alert).toHaveTextContent('Did you mean H100-SXM, H100-PCIe?');
  });

  it('starts from a use case when there is no plan', async () => {
    server.use(
      http.get(`${BASE}/conversations`, () =>
        HttpResponse.json({ items: [], total: 0 }),
      ),
      http.get(`${BASE}/kb`, () => HttpResponse.json(knowledgeBaseBody())),
    );
    const posted: PlanRequest[] = [];
    server.use(
      http.post(`${BASE}/plans`, async ({ request }) => {
        posted.push((await request.json()) as PlanRequest);
        return HttpResponse.json(
          planFor(intentFor('code completion for 300 developers'), {
            conversationId: null,
            kind: 'spec',
          }),
          { status: 201 },
        );
      }),
    );
    await renderPage({ url: '/serveplan?tab=explore' });
    expect(
      await screen.findByText('Nothing to explore yet'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Use case/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Code completion' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Start from this use case' }),
    );
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Users' }),
      '300',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Re-plan on the server' }),
    );
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].spec).toMatchObject({
      use_case: 'code_completion',
      users: 300,
    });
    expect(await screen.findByText('Re-planned')).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: /^Recommendations \(\d+\)$/ }),
    ).toBeInTheDocument();
  });

  it('says what to do when the knowledge base cannot be loaded', async () => {
    server.use(
      http.get(`${BASE}/conversations`, () =>
        HttpResponse.json({ items: [], total: 0 }),
      ),
      http.get(`${BASE}/kb`, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'kb files unreadable' } },
          { status: 500 },
        ),
      ),
    );
    await renderPage({ url: '/serveplan?tab=explore' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not load the knowledge base for what-ifs: the backend failed',
    );
    server.use(
      http.get(`${BASE}/kb`, () => HttpResponse.json(knowledgeBaseBody())),
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('Nothing to explore yet'),
    ).toBeInTheDocument();
  });

  it('draws the what-if curves from the sweep endpoints', async () => {
    backend();
    const best = recs[0];
    const configuration = {
      model: best.model,
      gpu: best.gpu,
      tp: best.tp,
      precision: best.precision,
    };
    const rateBodies: unknown[] = [];
    const rate: RateSweep = {
      configuration,
      percentile: 'p95',
      slo: plan.result.spec.slo,
      price: best.price,
      max_qps_per_replica: 2,
      saturation_qps_per_replica: 3,
      headroom: 0.2,
      kb_version: plan.kb_version,
      points: [0.5, 1, 2, 4].map(r => ({
        rate_rps: r,
        replicas: Math.ceil((r * 1.2) / 2),
        load_per_replica_rps: r / Math.ceil((r * 1.2) / 2),
        ttft_ms: 100 + 20 * r,
        itl_ms: 15 + r,
        e2e_ms: 5000 + 300 * r,
        meets_slo: true,
        saturated: false,
        monthly_cost_usd:
          Math.ceil((r * 1.2) / 2) * best.price.usd_per_gpu_hour * 730,
        cost_per_million_tokens_usd: 1,
      })),
    };
    const length: InputLengthSweep = {
      configuration,
      percentile: 'p95',
      rate_rps: 0.3,
      kb_version: plan.kb_version,
      points: [
        {
          input_tokens: 512,
          ttft_ms: 60,
          ttft_mean_ms: 40,
          fits: true,
          reason: null,
        },
        {
          input_tokens: 4096,
          ttft_ms: 300,
          ttft_mean_ms: 220,
          fits: true,
          reason: null,
        },
        {
          input_tokens: 131072,
          ttft_ms: null,
          ttft_mean_ms: null,
          fits: false,
          reason: 'exceeds --max-model-len',
        },
      ],
    };
    server.use(
      http.post(`${BASE}/sweeps/request-rate`, async ({ request }) => {
        rateBodies.push(await request.json());
        return HttpResponse.json(rate);
      }),
      http.post(`${BASE}/sweeps/input-length`, () => HttpResponse.json(length)),
    );
    await openExplore();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Draw the curves' }),
    );
    expect(
      await screen.findByRole('img', {
        name: /Request rate → p95 latency as % of its target/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Request rate → monthly cost/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Prompt length → TTFT/ }),
    ).toBeInTheDocument();
    expect(rateBodies[0]).toMatchObject({
      deployment: {
        model: best.model,
        gpu: best.gpu,
        tp: best.tp,
        precision: best.precision,
      },
      use_case: 'chatbot',
    });

    const [numbers] = screen.getAllByRole('button', {
      name: 'Show the numbers',
    });
    await userEvent.click(numbers);
    const table = screen.getByRole('table', {
      name: /Request rate → p95 latency as % of its target \(numbers\)/,
    });
    expect(within(table).getAllByRole('row')).toHaveLength(
      rate.points.length + 1,
    );
  });
});
