import { findMetricCues, metricAttachedTo } from './latencyMetric';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const targets = (text: string) =>
  extractIntent(text, { knowledgeBase }).latency_targets;

describe('the metric a time is attached to', () => {
  it.each([
    // a finished artefact or task: the whole response
    [
      'assistant for 200 sales reps; every proposal should be back within 10 s',
      'e2e',
      10_000,
    ],
    [
      'chatbot for 500 users; the answer should be on screen within 3 seconds',
      'e2e',
      3000,
    ],
    [
      'chatbot for 500 users; users expect to wait no more than 2 s for the report',
      'e2e',
      2000,
    ],
    ['chatbot for 500 users; every response delivered within 2 s', 'e2e', 2000],
    [
      'chatbot for 500 users; 1.5 s from pressing enter to the last word',
      'e2e',
      1500,
    ],
    // the start of the output
    [
      'RAG for 80 users; people should see something within 500 ms',
      'ttft',
      500,
    ],
    ['summaries for 40 users; replies must start within 700 ms', 'ttft', 700],
    [
      'chatbot for 500 users; keep the wait before the first characters appear under 250 ms',
      'ttft',
      250,
    ],
    // the pace of the output
    [
      'chatbot for 500 users; each token within 50 ms of the previous one',
      'itl',
      50,
    ],
    [
      'chatbot for 500 users; output must flow at 25 ms a token or faster',
      'itl',
      25,
    ],
  ])('%s', (text, metric, ms) => {
    expect(targets(text)).toEqual([{ metric, ms, percentile: null }]);
  });

  it.each([
    [
      'research agent for 60 analysts; the whole turn under 8 s at p90',
      8000,
      90,
    ],
    [
      'coding agent for 25 devs, every complete iteration within 12 seconds',
      12_000,
      null,
    ],
    ['triage agent, 300 users, 6 s per step at p99', 6000, 99],
  ])(
    'times a whole step, turn or iteration of an agent end to end: %s',
    (text, ms, percentile) => {
      expect(targets(text)).toEqual([{ metric: 'e2e', ms, percentile }]);
    },
  );

  it('keeps the first token of a step as TTFT', () => {
    expect(
      targets(
        'agent for 90 users; each step should start streaming within 400 ms',
      ),
    ).toEqual([{ metric: 'ttft', ms: 400, percentile: null }]);
  });

  it('lets a named part of the output outrank a verb of finishing', () => {
    expect(
      targets(
        'voice bot for 3k users: the first word has to be back within 350 ms',
      ),
    ).toEqual([{ metric: 'ttft', ms: 350, percentile: null }]);
  });

  it('gives each time of a clause its own metric and percentile', () => {
    expect(
      targets(
        'chatbot for 500 users; 99th percentile first-token time 300 ms and 40 ms between tokens',
      ),
    ).toEqual([
      { metric: 'ttft', ms: 300, percentile: 99 },
      { metric: 'itl', ms: 40, percentile: 99 },
    ]);
    expect(
      targets('chatbot for 500 users; TTFT 250 ms p90 and ITL 35 ms p99'),
    ).toEqual([
      { metric: 'ttft', ms: 250, percentile: 90 },
      { metric: 'itl', ms: 35, percentile: 99 },
    ]);
    expect(
      targets('chatbot for 500 users; p50 TTFT 200ms / p95 TTFT 900ms'),
    ).toEqual([
      { metric: 'ttft', ms: 200, percentile: 50 },
      { metric: 'ttft', ms: 900, percentile: 95 },
    ]);
  });

  it('does not read "start-up" or "back end" as a start or a return', () => {
    expect(
      targets('chatbot for 500 users; our back end adds 200 ms').map(
        t => t.metric,
      ),
    ).toEqual(['ttft']);
    expect(
      targets('summaries for 40 users; the start-up takes 900 ms').map(
        t => t.metric,
      ),
    ).toEqual(['e2e']);
  });

  it('keeps a cue beyond a neighbouring time for that time', () => {
    const text = 'first token 300 ms, 2 s';
    const cues = findMetricCues(text, 0);
    // the second time's scope starts after the first one
    expect(metricAttachedTo(cues, { start: 18, end: 23 }, 20, 23)).toBe(
      undefined,
    );
    expect(metricAttachedTo(cues, { start: 0, end: 18 }, 12, 18)).toBe('ttft');
  });
});

describe('output said to begin arriving', () => {
  it('times the start when "start" or "begin" governs a verb of arrival', () => {
    expect(
      targets(
        'helpdesk bot for 250 agents; the reply has to begin coming back within 600 ms',
      ),
    ).toEqual([{ metric: 'ttft', ms: 600, percentile: null }]);
    expect(
      targets(
        'summaries for 40 analysts; text should start to appear and be back in 1.5 s',
      ),
    ).toEqual([{ metric: 'ttft', ms: 1500, percentile: null }]);
  });

  it('leaves a return with no verb of arrival after "start" end to end', () => {
    for (const text of [
      'helpdesk bot for 250 agents; the reply may start slowly, but it must be back within 6 s',
      'helpdesk bot for 250 agents; the reply has to be back within 6 s',
    ])
      expect(targets(text)).toEqual([
        { metric: 'e2e', ms: 6000, percentile: null },
      ]);
  });
});

describe('an artefact without an article as the subject of a requirement', () => {
  it('times the whole artefact', () => {
    expect(
      targets(
        'helpdesk chatbot for 300 staff. Replies must arrive within 3 s.',
      ),
    ).toEqual([{ metric: 'e2e', ms: 3000, percentile: null }]);
    expect(
      targets(
        'helpdesk chatbot for 300 staff. Answers have to come in under 2.5 seconds.',
      ),
    ).toEqual([{ metric: 'e2e', ms: 2500, percentile: null }]);
  });

  it('does not time a bare noun that is no subject, nor outrank a start', () => {
    expect(
      targets('helpdesk chatbot for 300 staff, short replies, 900 ms'),
    ).toEqual([{ metric: 'ttft', ms: 900, percentile: null }]);
    expect(
      targets('helpdesk chatbot for 300 staff. Replies must start within 3 s.'),
    ).toEqual([{ metric: 'ttft', ms: 3000, percentile: null }]);
  });
});

describe('the pace between qualified pieces of output', () => {
  it('reads "between generated words" as ITL', () => {
    expect(
      targets(
        'chatbot for 300 users; keep the pause between generated words under 35 ms',
      ),
    ).toEqual([{ metric: 'itl', ms: 35, percentile: null }]);
  });

  it('leaves "between" of anything else alone', () => {
    expect(
      targets(
        'chatbot for 300 users; between the two offices we expect replies within 3 s',
      ),
    ).toEqual([{ metric: 'e2e', ms: 3000, percentile: null }]);
  });
});

describe('an artefact as the subject of "need" without "to"', () => {
  it('times the whole answer when the answer "need" be quick', () => {
    expect(
      targets(
        'support bot for 900 customers, answer need quick, under 3 second',
      ),
    ).toEqual([{ metric: 'e2e', ms: 3000, percentile: null }]);
  });

  it('keeps the use case default when no artefact is named', () => {
    expect(
      targets('support bot for 900 customers, we need it quick, under 800 ms'),
    ).toEqual([{ metric: 'ttft', ms: 800, percentile: null }]);
  });
});

describe('a time for all of the text', () => {
  it('reads "5 second is ok for all text" as end to end', () => {
    expect(
      extractIntent(
        "product descriptions, 12,000 a day. The seller clicks 'generate' and waits, so 5 second is ok for all text, more is not ok.",
      ).latency_targets,
    ).toEqual([{ metric: 'e2e', ms: 5000, percentile: null }]);
  });
});

describe('"about a minute"', () => {
  it('reads it as a number of minutes', () => {
    expect(
      extractIntent(
        'SOC 2 report review, 1,500 documents a month; about a minute end to end is acceptable.',
      ).latency_targets,
    ).toEqual([{ metric: 'e2e', ms: 60000, percentile: null }]);
  });
});

describe('a time for the full text', () => {
  it('reads a limit on the full text as end to end', () => {
    expect(
      extractIntent(
        'listing writer for 60 estate agents; p90 under 8 seconds for the whole text of a listing',
      ).latency_targets,
    ).toEqual([{ metric: 'e2e', ms: 8000, percentile: 90 }]);
    expect(
      extractIntent(
        'listing writer for 60 estate agents; 4 s for the full text is fine',
      ).latency_targets,
    ).toEqual([{ metric: 'e2e', ms: 4000, percentile: null }]);
  });

  it('leaves full-text search to the usual metric', () => {
    expect(
      extractIntent(
        'chatbot for 60 estate agents; full text search under 700 ms',
      ).latency_targets,
    ).toEqual([{ metric: 'ttft', ms: 700, percentile: null }]);
  });
});
