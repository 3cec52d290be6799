import { describeReading } from './describe';

describe('describeReading', () => {
  it('names each field read, in the schema order, with numbers and lists for a person', () => {
    expect(
      describeReading({
        users: 40,
        use_case: 'long_document_analysis',
        latency_targets: [
          { metric: 'ttft', ms: 1500, percentile: 95 },
          { metric: 'e2e', ms: 20000, percentile: null },
        ],
        excluded_models: ['google/gemma-3-12b-it', 'google/gemma-3-27b-it'],
        budget_usd_per_month: 12500,
      }),
    ).toBe(
      'use case: long document analysis; users: 40; budget (USD/month): 12,500; latency targets: p95 TTFT ≤ 1,500 ms, E2E ≤ 20,000 ms; excluded models: gemma-3-12b-it, gemma-3-27b-it',
    );
  });

  it('leaves out empty lists, unset values and keys that are not intent fields', () => {
    expect(
      describeReading({
        use_case: 'rag',
        allowed_gpus: [],
        users: null,
        password: 'x',
      }),
    ).toBe('use case: rag');
    expect(describeReading({})).toBe('');
  });

  it('shows a reading of an unexpected shape without failing', () => {
    expect(
      describeReading({
        latency_targets: [{ metric: 7 }, 'x', { metric: 'ttft', ms: 300 }],
        users: { many: true },
      }),
    ).toBe('users: {"many":true}; latency targets: TTFT ≤ 300 ms');
  });
});
