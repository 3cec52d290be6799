import { intentFromConversation } from './conversation';
import { readClausePriorities, readClauseSteps } from './priorityClauses';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const clause = (text: string) => readClausePriorities(text.toLowerCase());

describe('priorities read as an aspect and a weight in one clause', () => {
  it.each([
    // any aspect word with any weight word
    ['Precision is vital for these forecasts', 'quality_priority', 'high'],
    ['the response time is our first priority', 'latency_priority', 'high'],
    ['spending is a real concern for the board', 'cost_priority', 'high'],
    ['turnaround is secondary here', 'latency_priority', 'low'],
    // a negation close before the weight turns it around
    ['turnaround is not a concern for us', 'latency_priority', 'low'],
    ['there are no response-time constraints', 'latency_priority', 'low'],
    ['we do not care much about latency', 'latency_priority', 'low'],
    // the wanted level of the aspect, after or right before it
    ['the spend has to stay low', 'cost_priority', 'high'],
    ['we need the highest translation quality', 'quality_priority', 'high'],
    ['costs do not have to be minimal', 'cost_priority', 'low'],
    // "X first", comparisons
    ['correctness first, always', 'quality_priority', 'high'],
    ['precision beats price for us', 'quality_priority', 'high'],
    ['speed matters more than accuracy', 'latency_priority', 'high'],
    ['price is secondary to accuracy', 'cost_priority', 'low'],
    // adjectives that carry their aspect, describing the system
    ['it must stay responsive under load', 'latency_priority', 'high'],
    ['outputs have to be precise', 'quality_priority', 'high'],
    ['summaries need not be instantaneous', 'latency_priority', 'low'],
    ['pick the cheapest cards', 'cost_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads nothing from an aspect or an adjective that is only part of the story', () => {
    // a bill as a topic, a speed with no weight, an adjective about something else
    expect(clause('customers write to us about bills and refunds')).toEqual({});
    expect(clause('the budget is $4k a month')).toEqual({});
    expect(clause('our fast-growing team of 40 analysts')).toEqual({});
    expect(clause('a quick question about hosting')).toEqual({});
  });

  it('leaves "matters less"/"matters more" to the relative steps', () => {
    expect(clause('cost matters less now')).toEqual({});
    expect(clause('latency matters more')).toEqual({});
  });

  it('reads each clause on its own and lets the later statement win', () => {
    const r = clause(
      'accuracy is everything, speed is secondary; actually speed is critical too',
    );
    expect(r.quality_priority?.value).toBe('high');
    expect(r.latency_priority?.value).toBe('high');
  });

  it('fills only the fields the phrase cues left unset, in a whole request', () => {
    const intent = extractIntent(
      'document Q&A for 300 lawyers; getting the citations right is crucial and precision is non-negotiable, while turnaround is not a concern. Cheapest setup please.',
      { knowledgeBase },
    );
    expect(intent.quality_priority).toBe('high');
    expect(intent.latency_priority).toBe('low');
    expect(intent.cost_priority).toBe('high');
  });
});

describe('aspect words used as a topic', () => {
  it('reads no priority from a request about quality issues or prices', () => {
    expect(
      clause('the bot triages quality issues reported by the factory floor'),
    ).toEqual({});
    expect(clause('it needs to answer questions about pricing')).toEqual({});
  });
});

describe('comparatives without a second aspect are steps, not levels', () => {
  it('gives no level to "less important", "more of a concern", "lower", "higher"', () => {
    expect(clause('response time is less important now')).toEqual({});
    expect(clause('spend has become more of a concern')).toEqual({});
    expect(clause('we would like lower latency')).toEqual({});
    expect(clause('higher quality please')).toEqual({});
  });

  it('reads those clauses as steps in any aspect word', () => {
    const steps = (t: string) =>
      readClauseSteps(t).map(x => [x.field, x.direction]);
    expect(steps('response time is less important now')).toEqual([
      ['latency_priority', -1],
    ]);
    expect(steps('spend has become more of a concern')).toEqual([
      ['cost_priority', 1],
    ]);
    expect(steps('we would like lower response times')).toEqual([
      ['latency_priority', 1],
    ]);
    // no aspect, or two aspects (a comparison, read elsewhere): no step
    expect(steps('skip the less important tickets')).toEqual([]);
    expect(steps('accuracy is more important than speed')).toEqual([]);
  });

  it('steps a follow-up by one level instead of jumping to the end', () => {
    const first = 'a helpdesk bot for 800 staff, turnaround is not important';
    const up = intentFromConversation([first, 'lower latency'], {
      knowledgeBase,
    }).intent;
    expect(up.latency_priority).toBe('medium');
    const down = intentFromConversation(
      [
        'a helpdesk bot for 800 staff, turnaround is critical',
        'turnaround is less important',
      ],
      { knowledgeBase },
    ).intent;
    expect(down.latency_priority).toBe('medium');
  });
});

describe('a comparison lowers the aspect that gives way', () => {
  it.each([
    [
      'correctness matters far more than turnaround',
      'quality_priority',
      'latency_priority',
    ],
    [
      'the bill comes before precision for now',
      'cost_priority',
      'quality_priority',
    ],
    [
      'latency trumps the budget on this one',
      'latency_priority',
      'cost_priority',
    ],
  ])('%s', (text, raised, lowered) => {
    const r = clause(text);
    expect(r[raised as 'cost_priority']?.value).toBe('high');
    expect(r[lowered as 'cost_priority']?.value).toBe('low');
  });

  it('raises the other side of "less important than"', () => {
    const r = clause('spending is less important than accuracy here');
    expect(r.cost_priority?.value).toBe('low');
    expect(r.quality_priority?.value).toBe('high');
  });

  it('reads no comparison from two aspects merely listed', () => {
    expect(clause('we track latency and cost in grafana')).toEqual({});
  });

  it('keeps a phrase cue said of the lowered side', () => {
    const intent = extractIntent(
      'legal search for 70 lawyers. Precision is more important than price. Low latency too.',
      { knowledgeBase },
    );
    expect(intent.quality_priority).toBe('high');
    expect(intent.cost_priority).toBe('low');
    expect(intent.latency_priority).toBe('high');
  });
});

describe('worries, right answers and nobody waiting', () => {
  it('reads a worry about an aspect as that aspect mattering', () => {
    expect(clause('what worries us most is the response time')).toEqual(
      expect.objectContaining({
        latency_priority: expect.objectContaining({ value: 'high' }),
      }),
    );
    // "don't worry about" is the opposite
    expect(clause("don't worry about the monthly bill")).toEqual(
      expect.objectContaining({
        cost_priority: expect.objectContaining({ value: 'low' }),
      }),
    );
  });

  it('reads caring about the right answer as quality', () => {
    expect(
      extractIntent(
        'agent for 12 auditors; we care most about the right numbers',
        {
          knowledgeBase,
        },
      ).quality_priority,
    ).toBe('high');
  });

  it('reads nobody waiting in real time as low latency, not real-time', () => {
    expect(
      extractIntent(
        'nightly tagging of 500k photos; no one is waiting for the results in real time',
        { knowledgeBase },
      ).latency_priority,
    ).toBe('low');
  });
});
