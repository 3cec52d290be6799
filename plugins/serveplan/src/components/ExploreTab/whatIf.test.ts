import { buildSpec } from '@serveplan/plugin-serveplan-common';
import { realKnowledgeBase } from '../../__testUtils__/knowledgeBase';
import {
  evaluateAll,
  evaluateConfiguration,
  orderRows,
  WhatIfConfiguration,
  WhatIfRow,
} from './whatIf';

jest.setTimeout(30_000);

const kb = realKnowledgeBase();
const small: WhatIfConfiguration = {
  id: 'Llama-3.2-3B-Instruct@L4x1-fp8',
  model: 'meta-llama/Llama-3.2-3B-Instruct',
  model_name: 'Llama 3.2 3B Instruct',
  gpu: 'L4',
  tp: 1,
  precision: 'fp8',
};

describe('instant what-ifs', () => {
  it('sizes replicas for the peak, prices them, and checks every target', () => {
    const spec = buildSpec(kb, { use_case: 'chatbot', users: 1000 });
    const row = evaluateConfiguration(kb, spec, small);
    expect(row.fits).toBe(true);
    expect(row.replicas).toBeGreaterThanOrEqual(1);
    expect(row.replicas * row.max_qps_per_replica).toBeGreaterThanOrEqual(
      spec.traffic.peak_rps * (1 + spec.traffic.headroom),
    );
    expect(row.monthly_cost_usd).toBeCloseTo(
      row.gpus_total * row.usd_per_gpu_hour * 730,
      6,
    );
    expect(row.checks.map(c => c.metric).sort()).toEqual([
      'e2e_ms',
      'itl_ms',
      'ttft_ms',
    ]);
    expect(row.price_kind).toBe('listed');
  });

  it('needs more replicas for more users and uses an edited price', () => {
    const few = evaluateConfiguration(
      kb,
      buildSpec(kb, { use_case: 'chatbot', users: 500 }),
      small,
    );
    const spec = buildSpec(kb, { use_case: 'chatbot', users: 20000 });
    spec.prices = { L4: 0.1 };
    const many = evaluateConfiguration(kb, spec, small);
    expect(many.replicas).toBeGreaterThan(few.replicas);
    expect(many.usd_per_gpu_hour).toBe(0.1);
    expect(many.price_kind).toBe('stated');
  });

  it("tells an operators' price from a listed one", () => {
    const spec = buildSpec(kb, { use_case: 'chatbot', users: 500 });
    const withOperatorPrice = {
      ...kb,
      prices: [
        ...kb.prices.filter(p => p.gpu !== 'L4'),
        {
          gpu: 'L4',
          provider: 'operator',
          offering: 'price override (serveplan API)',
          pricing: 'on_demand' as const,
          usd_per_gpu_hour: 0.2,
          provenance: kb.prices.find(p => p.gpu === 'L4')!.provenance,
        },
      ],
    };
    const row = evaluateConfiguration(withOperatorPrice, spec, small);
    expect(row.usd_per_gpu_hour).toBe(0.2);
    expect(row.price_kind).toBe('operator');
  });

  it('reports a target no load can meet', () => {
    const spec = buildSpec(kb, { use_case: 'chatbot', users: 100, ttft_ms: 1 });
    const row = evaluateConfiguration(kb, spec, small);
    expect(row.meets_slo).toBe(false);
    expect(row.replicas).toBe(0);
    expect(row.checks.find(c => c.metric === 'ttft_ms')!.ratio).toBeGreaterThan(
      1,
    );
  });

  it('orders options meeting the targets and budget first, then by cost', () => {
    const row = (
      id: string,
      meets: boolean,
      cost: number,
      within: boolean | null = null,
    ) =>
      ({
        id,
        meets_slo: meets,
        monthly_cost_usd: cost,
        within_budget: within,
      } as WhatIfRow);
    expect(
      orderRows([
        row('a', false, 10),
        row('b', true, 900, false),
        row('c', true, 500),
        row('d', true, 300),
      ]).map(r => r.id),
    ).toEqual(['d', 'c', 'b', 'a']);
  });

  it('evaluates one configuration per step and stops when cancelled', async () => {
    const spec = buildSpec(kb, { use_case: 'chatbot', users: 1000 });
    const signal = { cancelled: false };
    const done = evaluateAll(
      kb,
      spec,
      [small, { ...small, id: 'bf16', precision: 'bf16' }],
      signal,
    );
    signal.cancelled = true;
    await expect(done).resolves.toBeUndefined();
    const rows = await evaluateAll(
      kb,
      spec,
      [small, { ...small, id: 'bf16', precision: 'bf16' }],
      { cancelled: false },
    );
    expect(rows!.map(r => r.id).sort()).toEqual([
      'Llama-3.2-3B-Instruct@L4x1-fp8',
      'bf16',
    ]);
  });
});
