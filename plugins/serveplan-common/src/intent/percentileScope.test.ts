import { extractIntent } from './ruleBasedIntent';
import { intentFromConversation } from './conversation';
import { percentageIsPercentile, percentileSpreads } from './percentileScope';

const targets = (text: string) => extractIntent(text).latency_targets;

describe('which targets a stated percentile reaches', () => {
  it('keeps a percentile written after one time on that time only', () => {
    expect(
      targets(
        'voice bot for 800 agents: first word back inside 350 ms at p95, then a steady 50 tokens per second',
      ),
    ).toEqual([
      { metric: 'ttft', ms: 350, percentile: 95 },
      { metric: 'itl', ms: 20, percentile: null },
    ]);
  });

  it('spreads a percentile over every target when the words say so', () => {
    for (const text of [
      'chat tool for 900 staff, TTFT below 500 ms and ITL below 45 ms, each at p90',
      'chat tool for 900 staff, p90 across the board: TTFT below 500 ms, ITL below 45 ms',
    ])
      expect(targets(text).map(t => t.percentile)).toEqual([90, 90]);
  });

  it('spreads a percentile stated on its own, apart from any time', () => {
    expect(
      targets(
        'chat tool for 900 staff. TTFT below 500 ms. We measure everything at the 90th percentile.',
      ),
    ).toEqual([{ metric: 'ttft', ms: 500, percentile: 90 }]);
  });

  it('decides from the targets of the text itself', () => {
    const own = { metric: 'ttft' as const, ms: 300, percentile: 99 };
    const none = { metric: 'itl' as const, ms: 30, percentile: null };
    expect(percentileSpreads('p99 please', undefined)).toBe(true);
    expect(percentileSpreads('ttft 300 ms p99, itl 30 ms', [own, none])).toBe(
      false,
    );
    expect(
      percentileSpreads('ttft 300 ms, itl 30 ms, all at p99', [own, none]),
    ).toBe(true);
    expect(percentileSpreads('anything', [own])).toBe(false);
  });

  it('moves targets that followed the old percentile when a follow-up names only a new one', () => {
    const intent = intentFromConversation([
      'support bot for 700 agents, TTFT within 450 ms at p90',
      'keep it the same, just p99',
    ]).intent;
    expect(intent.slo_percentile).toBe(99);
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 450, percentile: 99 },
    ]);
  });

  it('leaves a target with a percentile of its own when the follow-up names another', () => {
    const intent = intentFromConversation([
      'autocomplete for 400 devs, p50 under 90 ms and p95 under 300 ms',
      'p99 please',
    ]).intent;
    expect(intent.latency_targets.map(t => t.percentile)).toEqual([50, 99]);
  });
});

describe('a percentage is a percentile only in a clause about latency', () => {
  it.each([
    '95 % of requests should finish within 2 s',
    '99 % of the time it has to feel fast',
    'TTFT under 400 ms for 90 % of callers',
  ])('%s', clause => {
    expect(percentageIsPercentile(clause)).toBe(true);
  });

  it.each([
    '25 % of the users use it daily',
    '40 % of our tickets are about billing',
  ])('not %s', clause => {
    expect(percentageIsPercentile(clause)).toBe(false);
  });

  it('reads a share of users with no time as a share, not a percentile', () => {
    const intent = extractIntent(
      'assistant for 6,000 staff; 15 % of the users open it every day',
    );
    expect(intent.slo_percentile).toBeNull();
    expect(intent.active_share).toBe(0.15);
  });

  it('still reads a share of requests under a time limit as a percentile', () => {
    const intent = extractIntent(
      'chat for 300 agents, 90 % of requests under 800 ms',
    );
    expect(intent.slo_percentile).toBe(90);
    expect(intent.latency_targets[0].percentile).toBe(90);
  });
});

describe('a percentile with its noun understood', () => {
  it('spreads "at the 95th" over the targets like "at p95"', () => {
    expect(
      targets(
        'chat tool for 900 staff, TTFT below 500 ms and ITL below 45 ms, both at the 95th',
      ).map(t => t.percentile),
    ).toEqual([95, 95]);
  });
});
