import { extractIntent } from './ruleBasedIntent';

const read = (text: string) => extractIntent(text);

describe('latency targets said in words', () => {
  it('reads a percentile written as an ordinal word', () => {
    const intent = read(
      'assistant for 900 nurses, first token inside a quarter of a second at the ninety-ninth percentile',
    );
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 250, percentile: 99 },
    ]);
    expect(intent.slo_percentile).toBe(99);
  });

  it('reads "at the 90th" as a percentile when the noun is understood', () => {
    const intent = read('chatbot for 2k staff, TTFT under 600 ms at the 90th');
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 600, percentile: 90 },
    ]);
    expect(intent.slo_percentile).toBe(90);
  });

  it('reads spelled-out fractions and mixed numbers of seconds', () => {
    expect(
      read('summaries for 40 lawyers, each done in one and a half seconds')
        .latency_targets,
    ).toEqual([{ metric: 'e2e', ms: 1500, percentile: null }]);
    expect(
      read('chatbot for 300 users, first token in under half a second')
        .latency_targets,
    ).toEqual([{ metric: 'ttft', ms: 500, percentile: null }]);
  });

  it('does not take an ordinal with its own noun for a percentile', () => {
    const intent = read(
      'chatbot for 300 users on the 75th floor, first token under 400 ms',
    );
    expect(intent.slo_percentile).toBeNull();
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 400, percentile: null },
    ]);
    // a low ordinal is a date, not a percentile
    expect(
      read('chatbot for 300 users, TTFT under 400 ms, live at the 21st')
        .slo_percentile,
    ).toBeNull();
  });
});
