/** The planner on the real knowledge base: recommendations, rejections, constraints, monotonicity. */
import {
  buildSpec,
  plan,
  planAsync,
  SpecInput,
  applyIntentOverrides,
  applySpecOverrides,
} from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '../kb/loadKnowledgeBase';
import { inputErrorMessage } from '../__testUtils__/inputError';

const kb = loadKnowledgeBaseSync();
const chatbot: SpecInput = {
  use_case: 'chatbot',
  users: 1000,
  latency_priority: 'high',
  budget_usd_per_month: 3000,
};

// planned once: the plan tests read it and planAsync is compared with it
const chatbotPlan = plan(kb, buildSpec(kb, chatbot), { top: 5 });

describe('plan', () => {
  const result = chatbotPlan;

  it('recommends configurations that meet the SLOs within budget, cheapest-scoring first', () => {
    expect(result.recommendations.length).toBeGreaterThan(0);
    for (const r of result.recommendations) {
      expect(r.meets_slo).toBe(true);
      expect(r.monthly_cost_usd).toBeLessThanOrEqual(3000);
      expect(r.replicas).toBeGreaterThanOrEqual(1);
      expect(r.gpus_total).toBe(r.replicas * r.tp);
      // the predicted value at each SLO's percentile is within its target
      for (const p of r.predicted)
        expect(p.predicted).toBeLessThanOrEqual(p.target);
      expect(r.binding_constraint).toMatch(/TTFT|ITL|E2E|throughput/);
      expect(r.price.usd_per_gpu_hour).toBeGreaterThan(0);
      expect(r.provenance.coefficients.kind).toBe('fitted');
    }
    const scores = result.recommendations.map(r => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('says why each rejected option was rejected, with numbers', () => {
    const memory = result.rejected.filter(r => r.stage === 'memory');
    expect(memory.length).toBeGreaterThan(0);
    for (const r of memory)
      expect(r.reason).toMatch(/does not fit: .*\d+(\.\d+)? GiB/);
    expect(result.rejected.every(r => r.reason.length > 10)).toBe(true);
  });

  it('puts only recommendations on the Pareto front, and at least one', () => {
    expect(result.pareto.length).toBeGreaterThan(0);
    const ids = new Set(result.recommendations.map(r => r.id));
    // the front is computed over every finalist; the top ones shown are a subset of those
    expect(result.pareto.some(id => ids.has(id))).toBe(true);
  });

  it('respects GPU and model constraints', () => {
    const onlyL40s = plan(
      kb,
      buildSpec(kb, {
        ...chatbot,
        budget_usd_per_month: null,
        allowed_gpus: ['L40S'],
      }),
    );
    expect(onlyL40s.recommendations.length).toBeGreaterThan(0);
    expect(onlyL40s.recommendations.every(r => r.gpu === 'L40S')).toBe(true);
    const noLlama = plan(
      kb,
      buildSpec(kb, {
        ...chatbot,
        excluded_models: ['llama-3.1-8b', 'llama-3.1-70b', 'llama-3.3-70b'],
      }),
    );
    expect(
      noLlama.recommendations.some(r => /Llama-3\.(1|3)-(8|70)B/.test(r.model)),
    ).toBe(false);
    const permissive = plan(
      kb,
      buildSpec(kb, { ...chatbot, licence: 'permissive' }),
    );
    for (const r of permissive.recommendations) {
      expect(kb.models.find(m => m.id === r.model)!.license.category).toBe(
        'permissive',
      );
    }
  });

  it('needs more GPUs for more users', () => {
    const small = plan(
      kb,
      buildSpec(kb, {
        use_case: 'chatbot',
        users: 2000,
        allowed_gpus: ['H100-SXM'],
        preferred_models: ['llama-3.1-8b'],
        only_preferred_models: true,
      }),
    );
    const big = plan(
      kb,
      buildSpec(kb, {
        use_case: 'chatbot',
        users: 50000,
        allowed_gpus: ['H100-SXM'],
        preferred_models: ['llama-3.1-8b'],
        only_preferred_models: true,
      }),
    );
    expect(big.recommendations[0].gpus_total).toBeGreaterThan(
      small.recommendations[0].gpus_total,
    );
    expect(big.recommendations[0].monthly_cost_usd).toBeGreaterThan(
      small.recommendations[0].monthly_cost_usd,
    );
  });

  it('rejects everything when the SLO is physically impossible, saying so', () => {
    const impossible = plan(
      kb,
      buildSpec(kb, {
        use_case: 'chatbot',
        users: 1000,
        ttft_ms: 1,
        allowed_gpus: ['L4', 'H100-SXM'],
      }),
    );
    expect(impossible.recommendations).toHaveLength(0);
    expect(
      impossible.rejected.some(
        r =>
          r.stage === 'slo' &&
          /TTFT p\d+ ≈? ?\d+ ms > 1 ms even at light load/.test(r.reason),
      ),
    ).toBe(true);
  });

  it('keeps to the budget or says that nothing fits it', () => {
    const tiny = plan(
      kb,
      buildSpec(kb, { ...chatbot, users: 100000, budget_usd_per_month: 50 }),
    );
    expect(tiny.notes.join(' ')).toMatch(
      /no configuration fits the \$50\/month budget/,
    );
    expect(
      tiny.rejected.some(
        r =>
          r.stage === 'budget' &&
          /over budget: \$[\d,]+\/month > \$50/.test(r.reason),
      ),
    ).toBe(true);
  });
});

describe('planAsync', () => {
  it('returns the plan plan() returns, giving the event loop turns while it computes', async () => {
    const spec = buildSpec(kb, chatbot);
    const sync = chatbotPlan;
    // a timer that ticks while the plan computes: it only runs if the planner pauses
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    const result = await planAsync(kb, spec, { top: 5 }, 5);
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(2);
    const { stats: syncStats, ...syncRest } = sync;
    const { stats, ...rest } = result;
    expect(rest).toEqual(syncRest);
    expect({ ...stats, elapsed_ms: 0 }).toEqual({
      ...syncStats,
      elapsed_ms: 0,
    });
  }, 60_000);
});

describe('what-if overrides', () => {
  it('apply on top of an intent and change the plan', () => {
    const base = buildSpec(kb, chatbot);
    const input = applyIntentOverrides(chatbot, [
      'users=20000',
      'gpu=H100-SXM,H200',
      'percentile=p99',
    ]);
    const spec = applySpecOverrides(buildSpec(kb, input), [
      'headroom=0.5',
      'price.H100-SXM=1.5',
    ]);
    expect(spec.traffic.peak_rps).toBeCloseTo(base.traffic.peak_rps * 20, 6);
    expect(spec.slo.ttft_ms!.percentile).toBe('p99');
    expect(spec.traffic.headroom).toBe(0.5);
    const r = plan(kb, {
      ...spec,
      constraints: { ...spec.constraints, budget_usd_per_month: null },
    });
    expect(
      r.recommendations.every(x => ['H100-SXM', 'H200'].includes(x.gpu)),
    ).toBe(true);
    for (const x of r.recommendations.filter(y => y.gpu === 'H100-SXM'))
      expect(x.price.usd_per_gpu_hour).toBe(1.5);
  });

  it('reject unknown keys and bad values with suggestions', () => {
    expect(
      inputErrorMessage(() => applyIntentOverrides(chatbot, ['userz=5'])),
    ).toMatch(/unknown setting "userz"/);
    expect(
      inputErrorMessage(() => applyIntentOverrides(chatbot, ['users=-5'])),
    ).toMatch(/users must be a positive number/);
    expect(
      inputErrorMessage(() =>
        applyIntentOverrides(chatbot, ['percentile=p42']),
      ),
    ).toMatch(/percentile must be one of/);
    expect(
      inputErrorMessage(() =>
        plan(kb, buildSpec(kb, { ...chatbot, allowed_gpus: ['H1000'] })),
      ),
    ).toMatch(/allowed GPU: unknown GPU "H1000"/);
  });
});

describe('specification from the words', () => {
  it('spreads a per-user daily count over the busy day, without the hourly active share', () => {
    const spec = buildSpec(kb, {
      use_case: 'chatbot',
      users: 50_000,
      requests_per_user_per_day: 5,
    });
    const day = kb.useCases.load_model.busy_hours_per_day;
    expect(spec.traffic.average_rps).toBeCloseTo(
      (50_000 * 5) / (day * 3600),
      6,
    );
    expect(spec.traffic.derivation).not.toMatch(/active/);
  });

  it('keeps a stated longest prompt, shrinking the template prompts to fit under it', () => {
    const template = buildSpec(kb, { use_case: 'long_document_analysis' });
    const spec = buildSpec(kb, {
      use_case: 'long_document_analysis',
      max_input_tokens: 8000,
    });
    expect(spec.traffic.max_input_tokens).toBe(8000);
    expect(spec.sources.max_input_tokens).toBe('stated');
    expect(spec.sources.input_tokens).toBe('derived');
    const mean = (d: typeof spec.traffic.input) => ('mean' in d ? d.mean : NaN);
    expect(mean(spec.traffic.input)).toBeLessThan(mean(template.traffic.input));
    expect(spec.assumptions.join('\n')).toMatch(/scaled so 99 % fit/);
  });

  it('raises a stated maximum below the stated typical prompt, and says so', () => {
    const spec = buildSpec(kb, {
      use_case: 'chatbot',
      input_tokens: 4000,
      max_input_tokens: 4000,
    });
    expect(spec.traffic.max_input_tokens).toBeGreaterThan(4000);
    expect(spec.sources.max_input_tokens).toBe('derived');
    expect(spec.assumptions.join('\n')).toMatch(/longest prompt raised/);
  });
});

describe('memory rejections', () => {
  it('name the largest tensor-parallel size that was tried', () => {
    const result = plan(
      kb,
      buildSpec(kb, { ...chatbot, budget_usd_per_month: undefined }),
      { top: 3 },
    );
    for (const r of result.rejected.filter(x => x.stage === 'memory')) {
      const m = /\(at TP (\d+), /.exec(r.reason);
      expect(m).not.toBeNull();
      expect([1, 2, 4, 8]).toContain(Number(m![1]));
    }
  });
});
