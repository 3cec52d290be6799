import { onlyModestLatencyTargets } from './modestLatency';
import { demandsTheMost } from './clarify';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { FieldSource, IntentField } from './intentSchema';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('latency targets that are modest waits', () => {
  it('counts waits a person accepts as modest', () => {
    expect(
      onlyModestLatencyTargets([
        { metric: 'ttft', ms: 3000, percentile: null },
      ]),
    ).toBe(true);
    expect(
      onlyModestLatencyTargets([
        { metric: 'ttft', ms: 1500, percentile: 90 },
        { metric: 'e2e', ms: 20_000, percentile: null },
        { metric: 'itl', ms: 150, percentile: null },
      ]),
    ).toBe(true);
  });

  it('counts a wait of exactly the bound as modest', () => {
    expect(
      onlyModestLatencyTargets([{ metric: 'ttft', ms: 1000, percentile: 95 }]),
    ).toBe(true);
    expect(
      onlyModestLatencyTargets([{ metric: 'e2e', ms: 5000, percentile: null }]),
    ).toBe(true);
    // just under the bound is still a demand for speed
    expect(
      onlyModestLatencyTargets([{ metric: 'ttft', ms: 900, percentile: 95 }]),
    ).toBe(false);
  });

  it('does not count a tight wait, or no number at all, as modest', () => {
    expect(onlyModestLatencyTargets([])).toBe(false);
    expect(onlyModestLatencyTargets(undefined)).toBe(false);
    expect(
      onlyModestLatencyTargets([{ metric: 'ttft', ms: 250, percentile: 99 }]),
    ).toBe(false);
    // one tight target among modest ones is still a demand for speed
    expect(
      onlyModestLatencyTargets([
        { metric: 'ttft', ms: 4000, percentile: null },
        { metric: 'itl', ms: 30, percentile: null },
      ]),
    ).toBe(false);
    expect(
      onlyModestLatencyTargets([{ metric: 'e2e', ms: 1200, percentile: null }]),
    ).toBe(false);
  });
});

describe('a stated speed demand bounded by a modest wait is not one for the most', () => {
  const stated: Partial<Record<IntentField, FieldSource>> = {
    latency_priority: 'stated',
    quality_priority: 'default',
  };
  it('is no demand for top speed when every target is modest', () => {
    expect(
      demandsTheMost(
        {
          latency_priority: 'high',
          quality_priority: 'medium',
          latency_targets: [{ metric: 'ttft', ms: 2500, percentile: null }],
        },
        stated,
      ),
    ).toBe(false);
  });

  it('stays a demand for top speed with a tight target or none', () => {
    expect(
      demandsTheMost(
        {
          latency_priority: 'high',
          quality_priority: 'medium',
          latency_targets: [{ metric: 'ttft', ms: 120, percentile: null }],
        },
        stated,
      ),
    ).toBe(true);
    expect(
      demandsTheMost(
        {
          latency_priority: 'high',
          quality_priority: 'medium',
          latency_targets: [],
        },
        stated,
      ),
    ).toBe(true);
  });

  it('is no demand for top speed when only a target implies it and cost comes first', () => {
    const f = {
      latency_priority: 'high' as const,
      quality_priority: 'medium' as const,
      cost_priority: 'high' as const,
      latency_targets: [{ metric: 'e2e' as const, ms: 1500, percentile: null }],
    };
    expect(
      demandsTheMost(f, {
        latency_priority: 'inferred',
        cost_priority: 'stated',
      }),
    ).toBe(false);
    expect(
      demandsTheMost(f, {
        latency_priority: 'stated',
        cost_priority: 'stated',
      }),
    ).toBe(true);
  });

  it('leaves a demand for top quality alone', () => {
    expect(
      demandsTheMost(
        {
          latency_priority: 'high',
          quality_priority: 'high',
          latency_targets: [{ metric: 'ttft', ms: 2500, percentile: null }],
        },
        { latency_priority: 'stated', quality_priority: 'stated' },
      ),
    ).toBe(true);
  });

  it('plans a small budget beside a speed demand bounded by seconds', () => {
    const intent = read(
      'a help-desk assistant for our 40 agents; replies need to be fast, first words within 3 seconds; we can pay at most $120 a month',
    );
    expect(intent.latency_priority).toBe('high');
    expect(intent.question).toBeNull();
    expect(intent.assumptions.join(' ')).toMatch(
      /less than one .* for a month/,
    );
  });

  it('plans a small budget beside a speed demand bounded by one second', () => {
    expect(
      read(
        'a booking chatbot for the campsite, about 200 guests a day; it must reply fast, first word in 1 second max; we can pay at most $150 a month',
      ).question,
    ).toBeNull();
  });

  it('still asks about a small budget beside a speed demand with a tight wait', () => {
    expect(
      read(
        'a help-desk assistant for our 40 agents; replies need to be fast, first words within 90 ms; we can pay at most $120 a month',
      ).question,
    ).toMatch(/less than one .* asks for top speed/);
  });
});
