import {
  buildSpec,
  PlanSpec,
  SpecInput,
} from '@serveplan/plugin-serveplan-common';
import { intentFor, planFor } from '../../__testUtils__/fixtures';
import { realKnowledgeBase } from '../../__testUtils__/knowledgeBase';
import {
  effectiveSpec,
  formForUseCase,
  formFromPlan,
  prioritiesFromWeights,
  requestFromForm,
  specInputFromPlanSpec,
  specInputOfPlan,
} from './exploreSpec';

const kb = realKnowledgeBase();

function essentials(spec: PlanSpec) {
  return {
    use_case: spec.use_case,
    peak: Number(spec.traffic.peak_rps.toPrecision(6)),
    input: spec.traffic.input,
    output: spec.traffic.output,
    max_input: spec.traffic.max_input_tokens,
    slo: spec.slo,
    constraints: spec.constraints,
    weights: spec.weights,
  };
}

describe('the Explore form', () => {
  const inputs: Array<[string, SpecInput]> = [
    [
      'users and a budget',
      {
        use_case: 'chatbot',
        users: 1000,
        latency_priority: 'high',
        budget_usd_per_month: 3000,
      },
    ],
    [
      'a stated rate and lengths',
      {
        use_case: 'rag',
        requests_per_s: 12,
        input_tokens: 3000,
        output_tokens: 400,
        cost_priority: 'high',
      },
    ],
    [
      'targets at p99 and GPUs',
      {
        use_case: 'code_completion',
        users: 300,
        ttft_ms: 150,
        slo_percentile: 'p99',
        allowed_gpus: ['L40S', 'H100-SXM'],
      },
    ],
    [
      'an average rate and a licence',
      {
        use_case: 'summarization',
        requests_per_s: 3,
        requests_per_s_is_peak: false,
        licence: 'permissive',
        quality_priority: 'low',
      },
    ],
  ];

  it.each(inputs)(
    'reproduces a specification from a plan without an intent (%s)',
    (_, input) => {
      const spec = buildSpec(kb, input);
      expect(essentials(buildSpec(kb, specInputFromPlanSpec(spec)))).toEqual(
        essentials(spec),
      );
    },
  );

  it.each(inputs)(
    're-plans to the same specification when nothing is edited (%s)',
    (_, input) => {
      const spec = buildSpec(kb, input);
      const plan = {
        ...planFor(intentFor('a chatbot for 10 users'), {
          conversationId: null,
          kind: 'spec',
        }),
        intent: null,
      };
      plan.result = { ...plan.result, spec };
      const { request, errors } = requestFromForm(
        specInputOfPlan(plan),
        formFromPlan(plan),
        kb,
      );
      expect(errors).toEqual({});
      expect(request.overrides).toEqual([]);
      expect(essentials(effectiveSpec(kb, request))).toEqual(essentials(spec));
    },
  );

  it('starts from the intent behind a conversation plan, with its overrides', () => {
    const intent = intentFor(
      'a support chatbot for 1000 users, latency is critical, budget $3k/month',
    );
    const plan = {
      ...planFor(intent),
      overrides: ['users=2000', 'headroom=0.5'],
    };
    plan.result = {
      ...plan.result,
      spec: {
        ...plan.result.spec,
        traffic: { ...plan.result.spec.traffic, headroom: 0.5 },
      },
    };
    const input = specInputOfPlan(plan);
    expect(input).toMatchObject({
      use_case: 'chatbot',
      users: 2000,
      latency_priority: 'high',
      budget_usd_per_month: 3000,
    });
    const form = formFromPlan(plan);
    expect(form.users).toBe('2000');
    expect(form.headroom).toBe('50');
    expect(form.ttft_ms).toBe('');
    expect(requestFromForm(input, form, kb).request.overrides).toEqual([
      'headroom=0.5',
    ]);
  });

  it('reads the priorities back from ranking weights', () => {
    for (const [latency, cost, quality] of [
      ['high', 'medium', 'medium'],
      ['low', 'high', 'low'],
      ['medium', 'medium', 'high'],
    ] as const) {
      const spec = buildSpec(kb, {
        use_case: 'chatbot',
        latency_priority: latency,
        cost_priority: cost,
        quality_priority: quality,
      });
      expect(prioritiesFromWeights(spec.weights)).toEqual({
        latency,
        cost,
        quality,
      });
    }
  });

  it('turns edits into the request, prices and headroom into overrides', () => {
    const form = {
      ...formForUseCase(kb, 'chatbot'),
      users: '5,000',
      ttft_ms: '250',
      slo_percentile: 'p99' as const,
      headroom: '35',
      prices: { L4: '0.3', A10G: '' },
    };
    const { request, errors } = requestFromForm(undefined, form, kb);
    expect(errors).toEqual({});
    expect(request.input).toMatchObject({
      use_case: 'chatbot',
      users: 5000,
      ttft_ms: 250,
      slo_percentile: 'p99',
      requests_per_s: null,
    });
    expect(request.overrides).toEqual(['headroom=0.35', 'price.L4=0.3']);
    const spec = effectiveSpec(kb, request);
    expect(spec.slo.ttft_ms).toEqual({ target: 250, percentile: 'p99' });
    expect(spec.prices).toEqual({ L4: 0.3 });
    expect(spec.traffic.headroom).toBe(0.35);
  });

  it('takes a quality floor from 0 to 100, or leaves it to the quality priority', () => {
    const at = (min_quality: string) =>
      requestFromForm(
        undefined,
        { ...formForUseCase(kb, 'chatbot'), min_quality },
        kb,
      );
    const floor = at('90');
    expect(floor.errors).toEqual({});
    expect(floor.request.input.min_quality).toBe(90);
    expect(effectiveSpec(kb, floor.request).constraints.min_quality).toBe(90);
    const byPriority = at('');
    expect(byPriority.request.input.min_quality).toBeNull();
    expect(
      effectiveSpec(kb, byPriority.request).constraints.min_quality,
    ).not.toBe(90);
    expect(Object.keys(at('150').errors)).toEqual(['min_quality']);

    // A plan made from a specification: a stated floor comes back into the form, the floor its
    // quality priority sets does not.
    const stated = effectiveSpec(kb, floor.request);
    expect(specInputFromPlanSpec(stated).min_quality).toBe(90);
    const derived = effectiveSpec(kb, byPriority.request);
    expect(specInputFromPlanSpec(derived).min_quality).toBeNull();
  });

  it('says which values cannot be read', () => {
    const form = {
      ...formForUseCase(kb, 'chatbot'),
      users: '-1',
      input_tokens: '12.5',
      headroom: 'lots',
      prices: { L4: 'free' },
    };
    const { errors } = requestFromForm(undefined, form, kb);
    expect(Object.keys(errors).sort()).toEqual([
      'headroom',
      'input_tokens',
      'price.L4',
      'users',
    ]);
  });
});
