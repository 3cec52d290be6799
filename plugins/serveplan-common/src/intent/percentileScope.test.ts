import { extractIntent } from './ruleBasedIntent';
import { intentFromConversation } from './conversation';
import {
  percentageIsPercentile,
  percentageStandsAlone,
  percentileSpreads,
} from './percentileScope';

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

describe('a percentage in a clause of its own beside a latency clause', () => {
  it('takes a percentage said after the time as that time’s percentile', () => {
    const intent = extractIntent(
      'dispatch assistant for 120 operators: each incident summary must be ready within 8 seconds of the radio call, 99 % of the time',
    );
    expect(intent.latency_targets).toEqual([
      { metric: 'e2e', ms: 8000, percentile: 99 },
    ]);
    expect(intent.slo_percentile).toBe(99);
  });

  it('reads a hedge beside the percentage and one said before the time', () => {
    expect(
      targets(
        'chat helper for 300 nurses, first word on screen within 700 ms, 90 % of requests or better',
      ),
    ).toEqual([{ metric: 'ttft', ms: 700, percentile: 90 }]);
    expect(
      targets(
        'report writer for 40 planners; at least 95 % of the time, the whole report back within 30 seconds',
      ),
    ).toEqual([{ metric: 'e2e', ms: 30000, percentile: 95 }]);
  });

  it('gives it only to the nearest time of the clause it qualifies', () => {
    expect(
      targets(
        'report writer for 40 planners: the first words within 2 s and the whole report within 40 s, 95 % of the time',
      ),
    ).toEqual([
      { metric: 'ttft', ms: 2000, percentile: null },
      { metric: 'e2e', ms: 40000, percentile: 95 },
    ]);
  });

  it('does not take a share that says something of its own, or a minority, for a percentile', () => {
    for (const text of [
      'chat helper for 300 nurses, first word within 700 ms, 90 % of the nurses work nights',
      'chat helper for 300 nurses, first word within 700 ms, 30 % of the nurses',
      'chat helper for 300 nurses, first word within 700 ms. 90 % of requests.',
    ]) {
      const intent = extractIntent(text);
      expect(intent.slo_percentile).toBeNull();
      expect(intent.latency_targets).toEqual([
        { metric: 'ttft', ms: 700, percentile: null },
      ]);
    }
  });

  it.each([
    ['99 % of requests', '99 % of requests'],
    ['at least 95 % of the time', '95 % of the time'],
    ['in 90 % of cases or so', '90 % of cases'],
  ])('"%s" stands alone', (clause, percentage) => {
    expect(percentageStandsAlone(clause, percentage)).toBe(true);
  });

  it('"90 % of the nurses work nights" does not stand alone', () => {
    expect(
      percentageStandsAlone(
        '90 % of the nurses work nights',
        '90 % of the nurses',
      ),
    ).toBe(false);
  });
});

describe('a percentile right after a metric name', () => {
  it('keeps "ITL p95" on the inter-token limit only', () => {
    expect(
      targets('chat for 700 reps: ITL p95 <= 45 ms, TTFT <= 900 ms.'),
    ).toEqual([
      { metric: 'itl', ms: 45, percentile: 95 },
      { metric: 'ttft', ms: 900, percentile: null },
    ]);
  });

  it('still spreads a percentile that heads the times', () => {
    expect(
      targets(
        'chat for 700 reps: p95 first token 900 ms and 45 ms between tokens.',
      ),
    ).toEqual([
      { metric: 'ttft', ms: 900, percentile: 95 },
      { metric: 'itl', ms: 45, percentile: 95 },
    ]);
  });
});

describe('a percentile right before a metric name in a list of named items', () => {
  it('stays with that item when the next item names its own metric first', () => {
    expect(
      targets('chat for 700 reps: p90 TTFT under 700 ms, ITL under 50 ms.'),
    ).toEqual([
      { metric: 'ttft', ms: 700, percentile: 90 },
      { metric: 'itl', ms: 50, percentile: null },
    ]);
    expect(
      targets(
        'chat for 700 reps: 99th-percentile inter-token 30 ms, first token 400 ms.',
      ),
    ).toEqual([
      { metric: 'itl', ms: 30, percentile: 99 },
      { metric: 'ttft', ms: 400, percentile: null },
    ]);
  });

  it('still heads times whose metric follows them, or a list after a colon or "both"', () => {
    for (const text of [
      'chat for 700 reps: p90 TTFT under 700 ms and under 50 ms per token.',
      'chat for 700 reps, p90: TTFT under 700 ms, ITL under 50 ms.',
      'chat for 700 reps: p90 TTFT under 700 ms, ITL under 50 ms, both at p90.',
    ])
      expect(targets(text).map(t => t.percentile)).toEqual([90, 90]);
  });
});
