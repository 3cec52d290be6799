import { intentFromConversation } from './conversation';
import {
  aspectsOf,
  readClausePriorities,
  readClauseSteps,
  readComparisons,
} from './priorityClauses';
import { extractIntent } from './ruleBasedIntent';
import { correctSpelling } from './spelling';
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
    // the writing's finish is its quality: "perfect wording", "polished prose"
    [
      'turnaround counts for more than polished prose in these alerts',
      'latency_priority',
      'quality_priority',
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

describe('weights said as "the thing", "what people notice" and verbs of pursuit', () => {
  it.each([
    [
      'for the ops team response time is the main thing',
      'latency_priority',
      'high',
    ],
    ['speed is what shoppers notice first', 'latency_priority', 'high'],
    [
      'correctness is what the auditors judge us on',
      'quality_priority',
      'high',
    ],
    ['spending is our biggest concern this year', 'cost_priority', 'high'],
    ['we will optimize heavily for price', 'cost_priority', 'high'],
    ['prioritise correctness in the extraction', 'quality_priority', 'high'],
    ['the aim is to minimise response times', 'latency_priority', 'high'],
    ['maximise accuracy on the invoices', 'quality_priority', 'high'],
    // a negation before the verb turns it around
    ['we do not need to optimise for speed', 'latency_priority', 'low'],
    ["turnaround isn't the main thing", 'latency_priority', 'low'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads no weight from "the thing" or "what" that is not said of the aspect', () => {
    expect(clause('the thing about latency: nobody has measured it')).toEqual(
      {},
    );
    expect(clause('we log what the latency was for each call')).toEqual({});
  });
});

describe('a clause whose subject is a pronoun for the aspect before it', () => {
  it.each([
    [
      'accuracy comes up in every audit, and that is our chief concern',
      'quality_priority',
      'high',
    ],
    [
      'we watched the monthly bill closely; it is the top priority now',
      'cost_priority',
      'high',
    ],
    [
      'response times were discussed, but this is secondary',
      'latency_priority',
      'low',
    ],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads nothing when the pronoun points ahead or the clause before names no aspect', () => {
    // "it is important to ..." speaks of what follows, not of the budget
    expect(
      clause('the budget was approved, so it is important to start soon'),
    ).toEqual({});
    // "that" stands for the office move, which is no aspect
    expect(
      clause('the office moves to lisbon in may, and that is our top concern'),
    ).toEqual({});
  });
});

describe('adjectives compared with each other', () => {
  it.each([
    [
      'affordable is more important than quick',
      'cost_priority',
      'latency_priority',
    ],
    ['accurate over fast, every time', 'quality_priority', 'latency_priority'],
    ['fast > cheap for the live desk', 'latency_priority', 'cost_priority'],
  ])('%s', (text, raised, lowered) => {
    const r = clause(text);
    expect(r[raised as 'cost_priority']?.value).toBe('high');
    expect(r[lowered as 'cost_priority']?.value).toBe('low');
  });

  it('compares adjectives only when nothing but the comparison stands between them', () => {
    // "over" here is a threshold, not a preference
    const r = clause('a cheap model over 8b that is accurate');
    expect(r.quality_priority?.value).not.toBe('low');
    expect(r.cost_priority?.value).not.toBe('low');
  });
});

describe('a comparison said for someone ("more important to us than")', () => {
  it.each([
    [
      'correctness is much more important to the partners than turnaround',
      'quality_priority',
      'latency_priority',
    ],
    [
      'the monthly bill matters more for our finance team than precision',
      'cost_priority',
      'quality_priority',
    ],
    [
      'response time is more important to me than spending',
      'latency_priority',
      'cost_priority',
    ],
  ])('%s', (text, raised, lowered) => {
    const r = clause(text);
    expect(r[raised as 'cost_priority']?.value).toBe('high');
    expect(r[lowered as 'cost_priority']?.value).toBe('low');
  });

  it('raises the other side of "matters less to us than"', () => {
    const r = clause('price matters less to everyone than precision');
    expect(r.cost_priority?.value).toBe('low');
    expect(r.quality_priority?.value).toBe('high');
  });

  it('reads no comparison when "to" starts something else', () => {
    // "more ... to scale" is not a comparison of the two aspects
    expect(
      clause('latency work matters more to scale the service than cost work')
        .latency_priority?.value,
    ).not.toBe('high');
  });
});

describe('the reliability of what the model produces is its quality', () => {
  it.each([
    [
      'dependable function calling beats speed for this bot',
      'latency_priority',
    ],
    [
      'consistent JSON output counts more for us than the budget',
      'cost_priority',
    ],
    ['the reliability of its answers comes before price', 'cost_priority'],
  ])('%s', (text, lowered) => {
    const r = clause(text);
    expect(r.quality_priority?.value).toBe('high');
    expect(r[lowered as 'cost_priority']?.value).toBe('low');
  });

  it('reads no quality from the reliability of the service', () => {
    expect(
      clause('reliable hardware matters more to us than cost').quality_priority,
    ).toBeUndefined();
    const r = clause('reliable response times matter more to us than cost');
    expect(r.quality_priority).toBeUndefined();
    expect(r.latency_priority?.value).toBe('high');
    expect(r.cost_priority?.value).toBe('low');
  });

  it('reads the comparison in a whole request', () => {
    const intent = extractIntent(
      'An ops assistant for 25 SREs that files incidents and calls our runbook API. Robust tool use is more important to the on-call team than price.',
      { knowledgeBase },
    );
    expect(intent.quality_priority).toBe('high');
    expect(intent.cost_priority).toBe('low');
  });
});

describe('a clause that leaves out the predicate of the clause before it', () => {
  it.each([
    [
      'the bill hardly matters to us; response time does',
      'latency_priority',
      'high',
    ],
    ["cost is a big concern, but turnaround isn't", 'latency_priority', 'low'],
    ['latency matters and quality does too', 'quality_priority', 'high'],
    [
      "the monthly spend isn't important, but correctness definitely is",
      'quality_priority',
      'high',
    ],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads nothing when the clause names no aspect or the clause before says no weight', () => {
    expect(
      clause("latency doesn't matter, but the team does").quality_priority,
    ).toBeUndefined();
    expect(
      clause('the price went up last year, but quality did').quality_priority,
    ).toBeUndefined();
  });

  it('reads quality as high in a whole request', () => {
    const intent = extractIntent(
      "a contract reviewer for 30 lawyers; nobody minds the wait so speed doesn't matter, but correctness really does",
      { knowledgeBase },
    );
    expect(intent.quality_priority).toBe('high');
  });
});

describe('a comparison against a list of aspects', () => {
  it('lowers every aspect listed after "than"', () => {
    const r = clause(
      'for the auditors correctness counts far more than turnaround or the bill',
    );
    expect(r.quality_priority?.value).toBe('high');
    expect(r.latency_priority?.value).toBe('low');
    expect(r.cost_priority?.value).toBe('low');
  });

  it('reads "and" between the compared aspects as a list, not a new statement', () => {
    const r = clause(
      'precision is more important to us than response time and the budget',
    );
    expect(r.latency_priority?.value).toBe('low');
    expect(r.cost_priority?.value).toBe('low');
  });

  it('does not lower an aspect after "and" that starts a statement of its own', () => {
    const r = clause('precision beats speed and cost is a concern too');
    expect(r.latency_priority?.value).toBe('low');
    expect(r.cost_priority?.value).toBe('high');
  });
});

describe('a clause that is only the second half of a comparison', () => {
  it('lowers its aspects against the aspect the clause before said matters', () => {
    expect(
      clause('matters a lot the accuracy of answers, more than the speed')
        .latency_priority?.value,
    ).toBe('low');
    const r = clause(
      'precision is our top priority, far more than price or latency',
    );
    expect(r.cost_priority?.value).toBe('low');
    expect(r.latency_priority?.value).toBe('low');
  });

  it('reads nothing when the clause before did not say its aspect matters', () => {
    expect(
      clause('turnaround is secondary, more than the bill').cost_priority,
    ).toBeUndefined();
    expect(
      clause('we looked at accuracy, more than the price').cost_priority,
    ).toBeUndefined();
  });

  it('reads the price as low in a whole request written in non-native order', () => {
    const intent = extractIntent(
      'We are agency from Portugal, want tool for translate manuals for 40 translators. Is critical the accuracy of translation, more than the cost.',
      { knowledgeBase },
    );
    expect(intent.cost_priority).toBe('low');
    expect(intent.quality_priority).toBe('high');
  });
});

describe('a modest level of an aspect said to be acceptable', () => {
  it.each([
    ['accuracy that is merely passable would be ok', 'quality_priority', 'low'],
    ['a reasonable response time is enough', 'latency_priority', 'low'],
    ['precision so-so will do for drafts', 'quality_priority', 'low'],
    // said not to be acceptable, the aspect matters
    ['so-so accuracy is not acceptable here', 'quality_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'quality_priority']?.value).toBe(value);
  });

  it('reads nothing from a modest level that is only a complaint', () => {
    expect(clause('our present accuracy is mediocre').quality_priority).toBe(
      undefined,
    );
    expect(
      clause('the average latency is fine today').latency_priority,
    ).toBeUndefined();
  });
});

describe('comparisons said with a verb of caring, "rather than" or a compared adjective', () => {
  it.each([
    // the comparative before both aspects: "care more about A than B"
    [
      'the auditors worry much more about correct numbers than about latency',
      { quality_priority: 'high', latency_priority: 'low' },
    ],
    [
      'our team cares a lot less about the price than the accuracy',
      { cost_priority: 'low', quality_priority: 'high' },
    ],
    // "rather than" between two aspects or two adjectives
    [
      'precision rather than turnaround',
      { quality_priority: 'high', latency_priority: 'low' },
    ],
    [
      'replies must be cheap rather than fast',
      { cost_priority: 'high', latency_priority: 'low' },
    ],
    // other adjectives of weight than "important"
    [
      'latency is less critical to us than accuracy',
      { latency_priority: 'low', quality_priority: 'high' },
    ],
    // "good", "better" carry quality only when set against another aspect's adjective
    [
      'the drafts should be good rather than quick',
      { quality_priority: 'high', latency_priority: 'low' },
    ],
    [
      'better over faster, always',
      { quality_priority: 'high', latency_priority: 'low' },
    ],
  ])('%s', (text, expected) => {
    const read = clause(text);
    for (const [field, value] of Object.entries(expected))
      expect(read[field as 'quality_priority']?.value).toBe(value);
  });

  it('reads no comparison from "good" or a caring verb without one', () => {
    expect(clause('a good fit for the team').quality_priority).toBeUndefined();
    expect(clause('good and fast answers').quality_priority).toBeUndefined();
    // a caring verb with one aspect and no "than" is a weight, as before
    expect(clause('we care about latency').latency_priority?.value).toBe(
      'high',
    );
  });
});

describe('a negation typed without its apostrophe', () => {
  it('turns the weight around like the contraction does', () => {
    expect(clause('we dont care about the bill').cost_priority?.value).toBe(
      'low',
    );
    expect(clause('accuracy doesnt matter much').quality_priority?.value).toBe(
      'low',
    );
    expect(clause('accuracy matters a lot').quality_priority?.value).toBe(
      'high',
    );
  });
});

describe('aspects and weights in other words', () => {
  it.each([
    // "time" as the subject of a clause is the response time
    ['timing is not that important to the editors', 'latency_priority', 'low'],
    ['but time really matters for the traders', 'latency_priority', 'high'],
    // "fussed" and "bothered" are verbs of caring
    ["we aren't bothered about latency at all", 'latency_priority', 'low'],
    ['nobody is fussed about the price', 'cost_priority', 'low'],
    // "a distant second", "an afterthought": it matters little
    ['the price is a distant second', 'cost_priority', 'low'],
    ['response time is an afterthought here', 'latency_priority', 'low'],
    // something that must show up fast describes the system
    [
      'the drafts should pop up quickly for the agents',
      'latency_priority',
      'high',
    ],
    ['we need the hints to appear fast', 'latency_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it.each([
    'time zones are important for the rota',
    'time to first token is the number we watch',
    'the price is a close second',
    'the problem appeared fast last year',
  ])('reads no such priority from %j', text => {
    expect(clause(text)).toEqual({});
  });
});

describe('a top model compared with another aspect', () => {
  it.each([
    [
      'saving money counts more for the board than getting the most capable model',
      { cost_priority: 'high', quality_priority: 'low' },
    ],
    [
      'a frontier llm is more important to the lab than the price',
      { quality_priority: 'high', cost_priority: 'low' },
    ],
    [
      'response time matters more than using the largest available model',
      { latency_priority: 'high', quality_priority: 'low' },
    ],
  ])('%s', (text, expected) => {
    const r = clause(text);
    for (const [field, value] of Object.entries(expected))
      expect(r[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads no priority from a top model that is not compared', () => {
    expect(clause('we would like the best model for the pilot')).toEqual({});
    expect(
      clause('the biggest model is what we run today, and the budget is $4k'),
    ).toEqual({});
  });

  it('gives the span of each comparison', () => {
    const text =
      'we need it by june. spend matters more to us than the top-tier models.';
    const [c] = readComparisons(text);
    expect(text.slice(c.start, c.end)).toBe(
      'spend matters more to us than the top-tier models',
    );
    expect(readComparisons('we need the best model by june')).toEqual([]);
  });
});

describe('praise required of the work', () => {
  it.each([
    ['the summaries have to be really excellent', 'high'],
    ['outputs need to be high-quality for the journal', 'high'],
    ['the lesson plans must be great', 'high'],
    ["the drafts don't have to be great", 'low'],
  ])('%s → quality %s', (text, value) => {
    expect(clause(text).quality_priority?.value).toBe(value);
  });

  it.each([
    // a suggestion that something suffices, "good enough", fitness, another aspect's praise
    'an 8b model should be good',
    'the answers have to be good enough for the interns',
    'the gpu must be good for fine-tuning',
    'the price has to be good',
    'it would be great to launch in may',
  ])('reads no quality priority from %j', text => {
    expect(clause(text).quality_priority).toBeUndefined();
  });
});

describe('a modest level allowed to an aspect or said to suffice', () => {
  it.each([
    ['translation accuracy may be mediocre', 'quality_priority', 'low'],
    ['precision can be a little lower for drafts', 'quality_priority', 'low'],
    ['the quality could be fairly average', 'quality_priority', 'low'],
    ['response time just has to be decent', 'latency_priority', 'low'],
    ['accuracy only needs to be okay for tagging', 'quality_priority', 'low'],
    // the permission denied: the aspect matters
    ["the accuracy can't be average here", 'quality_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'quality_priority']?.value).toBe(value);
  });

  it.each([
    // a modest cost is its good end; lower latency is its good end; a statistic
    ['the price needs to be reasonable', 'cost_priority'],
    ['latency can be lower with batching', 'latency_priority'],
    ['latency should be average 300 ms', 'latency_priority'],
    ['our accuracy is average today', 'quality_priority'],
  ])('reads no low priority from %j', (text, field) => {
    expect(clause(text)[field as 'quality_priority']?.value).not.toBe('low');
  });
});

describe('a preference said with "rather ... than"', () => {
  it.each([
    [
      'we would rather keep it accurate than quick',
      { quality_priority: 'high', latency_priority: 'low' },
    ],
    [
      "i'd rather save money than have the best model",
      { cost_priority: 'high', quality_priority: 'low' },
    ],
  ])('%s', (text, expected) => {
    const read = clause(text);
    for (const [field, value] of Object.entries(expected))
      expect(read[field as 'quality_priority']?.value).toBe(value);
  });

  it('reads no preference from "rather not"', () => {
    expect(readComparisons("we'd rather not keep it cheap than fast")).toEqual(
      [],
    );
  });
});

describe('the pursuit of the top end of an aspect, compared', () => {
  it('reads the aspect the pursuit is said of', () => {
    const read = clause(
      'precision matters more for the auditors than chasing every drop of speed',
    );
    expect(read.quality_priority?.value).toBe('high');
    expect(read.latency_priority?.value).toBe('low');
    const other = clause(
      'the bill is more important than eking out the last few points of accuracy',
    );
    expect(other.cost_priority?.value).toBe('high');
    expect(other.quality_priority?.value).toBe('low');
  });

  it('compares nothing when the pursuit names no aspect', () => {
    expect(
      readComparisons(
        'the budget matters more than squeezing out every drop of the roadmap',
      ),
    ).toEqual([]);
  });
});

describe('the work being right, and saving money', () => {
  it('reads correctness and saving money as aspects of a comparison', () => {
    const read = clause(
      'we worry less about saving money than about the figures being correct',
    );
    expect(read.cost_priority?.value).toBe('low');
    expect(read.quality_priority?.value).toBe('high');
  });

  it('reads no correctness from "it is right"', () => {
    const read = clause('it is right that the budget is the priority');
    expect(read.quality_priority).toBeUndefined();
    expect(read.cost_priority?.value).toBe('high');
  });
});

describe('an aspect ranked above the one conceded before it', () => {
  it.each([
    [
      'accuracy is important, but latency is the bigger concern',
      { quality_priority: 'medium', latency_priority: 'high' },
    ],
    [
      'speed matters; however the bill matters more',
      { latency_priority: 'medium', cost_priority: 'high' },
    ],
    // no concession: both matter
    [
      'accuracy is important and latency is the bigger concern',
      { quality_priority: 'high', latency_priority: 'high' },
    ],
    // the clause before did not say its aspect matters
    [
      'accuracy is secondary, but latency is the bigger concern',
      { quality_priority: 'low', latency_priority: 'high' },
    ],
  ])('%s', (text, expected) => {
    const read = clause(text);
    for (const [field, value] of Object.entries(expected))
      expect(read[field as 'quality_priority']?.value).toBe(value);
  });

  it('spans both clauses, so a phrase cue in the first gives way', () => {
    const text = 'speed matters, but the spend is more of a concern';
    const conceded = readComparisons(text).find(
      c => c.field === 'latency_priority',
    );
    expect(conceded?.value).toBe('medium');
    expect(text.slice(conceded?.start, conceded?.end)).toBe(text);
  });

  it('leaves a comparison with "than" to readComparison', () => {
    const read = clause(
      'speed matters, but the spend matters more than quality',
    );
    expect(read.latency_priority?.value).toBe('high');
    expect(read.cost_priority?.value).toBe('high');
    expect(read.quality_priority?.value).toBe('low');
  });
});

describe('adjectives after "begin"', () => {
  it('reads what the replies must begin as', () => {
    expect(
      clause('the replies have to begin quickly').latency_priority?.value,
    ).toBe('high');
    expect(
      clause("answers don't need to begin instantly").latency_priority?.value,
    ).toBe('low');
    expect(clause('a quick beginning to the tour').latency_priority).toBe(
      undefined,
    );
  });
});

describe('a weight said as the factor that decides', () => {
  it.each([
    ['price is the decisive factor for the council', 'cost_priority', 'high'],
    ['accuracy is our determining consideration', 'quality_priority', 'high'],
    ['speed is not the main factor here', 'latency_priority', 'low'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads nothing from a factor that is not a weight', () => {
    expect(clause('the budget has a growth factor of 2')).toEqual({});
  });
});

describe('something preferred over an aspect', () => {
  it.each([
    ['Legibility is what readers judge, so we favour it above price', 'low'],
    ['the board values a polished tone over cost', 'low'],
    ["we wouldn't prioritise anything over cost", 'high'],
  ])('%s → cost %s', (text, value) => {
    expect(clause(text).cost_priority?.value).toBe(value);
  });

  it('keeps a comparison of two aspects as it was', () => {
    const r = clause('we pick accuracy over speed');
    expect(r.quality_priority?.value).toBe('high');
    expect(r.latency_priority?.value).toBe('low');
  });

  it('reads "over" without a verb of preferring as nothing of the kind', () => {
    expect(clause('the team is worried over cost').cost_priority?.value).toBe(
      'high',
    );
  });
});

describe('wanted adjectives of two aspects listed together', () => {
  it.each([
    ['tone matters little, just quick n affordable', 'latency_priority'],
    ['tone matters little, quick and cheap please', 'latency_priority'],
    ['accurate & inexpensive', 'quality_priority'],
  ])('%s → %s high', (text, field) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe('high');
  });

  it.each([
    // one aspect alone, or the pair describing something else
    'we need a quick rollout',
    'a quick and cheap prototype went badly last year',
  ])('reads no latency from %j', text => {
    expect(clause(text).latency_priority).toBeUndefined();
  });
});

describe('comparisons and steps said in other words', () => {
  it('reads "rather it be right than fast" as quality over latency', () => {
    const r = clause(
      'the head of audit says she would rather it be right than fast',
    );
    expect(r.quality_priority?.value).toBe('high');
    expect(r.latency_priority?.value).toBe('low');
    const answers = clause("we'd rather the answers were correct than quick");
    expect(answers.quality_priority?.value).toBe('high');
  });

  it('reads no comparison from "the right" thing without a rather', () => {
    const r = clause('pick the right model, fast');
    expect(r.quality_priority).toBeUndefined();
  });

  it('reads "X matters far less" as a step down, and "more" without "than" as a step up', () => {
    expect(
      readClauseSteps('turnaround matters far less for the archive'),
    ).toEqual([
      expect.objectContaining({ field: 'latency_priority', direction: -1 }),
    ]);
    expect(readClauseSteps('the spend matters a bit more now')).toEqual([
      expect.objectContaining({ field: 'cost_priority', direction: 1 }),
    ]);
    // with "than" it is a comparison, read elsewhere
    expect(readClauseSteps('price matters much less than accuracy')).toEqual(
      [],
    );
  });

  it('reads an answer that must "come" quickly as latency wanted', () => {
    expect(clause('replies must come fast').latency_priority?.value).toBe(
      'high',
    );
    expect(
      clause('the reply should come quickly').latency_priority?.value,
    ).toBe('high');
    expect(clause('a quick one came up in the meeting').latency_priority).toBe(
      undefined,
    );
  });
});

describe('more aspect-and-weight wordings', () => {
  it.each([
    // a first or top consideration
    ['for the trust, price is the top consideration', 'cost_priority', 'high'],
    ['accuracy is our first consideration', 'quality_priority', 'high'],
    // a level given to the weight, as in a list of settings
    ['quality weight low', 'quality_priority', 'low'],
    ['latency priority: high', 'latency_priority', 'high'],
    ['price importance medium', 'cost_priority', 'medium'],
    // first with a companion noun
    ['accuracy and compliance first', 'quality_priority', 'high'],
    // a preference of one wanted adjective over another, with an intensifier or a noun
    [
      "i'd rather it be affordable than really clever",
      'quality_priority',
      'low',
    ],
    ["i'd rather it be affordable than really clever", 'cost_priority', 'high'],
    [
      'we would take correct drafts over quicker ones',
      'latency_priority',
      'low',
    ],
    [
      'staying cheap counts more to the board than fancy replies',
      'quality_priority',
      'low',
    ],
    // the price of trimming seconds
    [
      'price matters more to us than shaving off seconds',
      'latency_priority',
      'low',
    ],
    // the system described in broken or terse English
    ['answer need quick', 'latency_priority', 'high'],
    ['we want replies fast', 'latency_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it.each([
    ['a clever trick saved us money last year', 'quality_priority'],
    ['the first consideration of the board was the venue', 'cost_priority'],
    ['we need fast onboarding for new staff', 'latency_priority'],
    ['the weight of each parcel is high', 'cost_priority'],
  ])('reads no level from: %s', (text, field) => {
    expect(clause(text)[field as 'cost_priority']).toBeUndefined();
  });
});

describe('an adjective of the system after "being" or a "be"-less necessity', () => {
  it.each([
    ['the nurses care mostly about it being quick', 'latency_priority', 'high'],
    ['reply should cheap, we are a charity', 'cost_priority', 'high'],
    ['the summary must accurate always', 'quality_priority', 'high'],
    ["we don't care about it being instant", 'latency_priority', 'low'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it.each([
    ['we must quickly choose a vendor', 'latency_priority'],
    ['being a fast-growing clinic we hire a lot', 'latency_priority'],
  ])('reads no level from: %s', (text, field) => {
    expect(clause(text)[field as 'cost_priority']).toBeUndefined();
  });
});

describe('misspelt negations, work said to be right, paying less and plainer top models', () => {
  it.each([
    // a negation typed without its apostrophe, or misspelt and written right by the spelling
    // pass (spelling.ts) before any reader sees it
    ['latency doesnt matter to the auditors', 'latency_priority', 'low'],
    [
      correctSpelling('price dosnt really count here').text,
      'cost_priority',
      'low',
    ],
    // the model's advice or forecasts being right is its correctness
    [
      'the key thing is that the suggestions are correct',
      'quality_priority',
      'high',
    ],
    [
      'what counts is that its predictions are right',
      'quality_priority',
      'high',
    ],
    // paying less set against another side of a choice
    ['i would rather spend less than have it quick', 'cost_priority', 'high'],
    ['i would rather spend less than have it quick', 'latency_priority', 'low'],
    ['we would rather get it fast than pay less', 'cost_priority', 'low'],
    // the fanciest or cleverest model stands for quality in a comparison
    [
      'low cost counts for more than running the fanciest llm',
      'quality_priority',
      'low',
    ],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it.each([
    // a negation spelt right is still needed: "dosage" is no negation
    ['the dosage matters to the pharmacists', 'quality_priority'],
    // paying less with no other side is no choice
    ['customers pay less than $20 per seat', 'cost_priority'],
    // advice being right with no weight
    [
      'our old tool said the predictions are right most days',
      'quality_priority',
    ],
  ])('reads no level from: %s', (text, field) => {
    expect(clause(text)[field as 'cost_priority']).toBeUndefined();
  });
});

describe('an aspect said of something before a comparison', () => {
  it('reads "the accuracy of the extraction is more important than the speed"', () => {
    const r = clause(
      'the accuracy of the extraction is more important than the speed',
    );
    expect(r.quality_priority?.value).toBe('high');
    expect(r.latency_priority?.value).toBe('low');
  });

  it('reads "velocity" as speed', () => {
    expect(
      clause('correctness is more important than velocity').latency_priority
        ?.value,
    ).toBe('low');
  });

  it('still needs the comparison close by', () => {
    expect(
      clause(
        'the quality of the knowledge base articles we wrote over the past ten years is more important than speed',
      ).latency_priority,
    ).toBeUndefined();
  });
});

describe('a comparison whose sides are clauses about their aspect', () => {
  it.each([
    [
      'staying accurate matters more than the bill',
      { quality_priority: 'high', cost_priority: 'low' },
    ],
    [
      'being quick matters more than what it costs',
      { latency_priority: 'high', cost_priority: 'low' },
    ],
    [
      'getting the wording right matters more to the editors than the price',
      { quality_priority: 'high', cost_priority: 'low' },
    ],
    [
      'being cheap matters less than being right',
      { cost_priority: 'low', quality_priority: 'high' },
    ],
    [
      'precise is more important to us than it being fast',
      { quality_priority: 'high', latency_priority: 'low' },
    ],
    [
      'being affordable matters more than how much it might take to answer',
      { cost_priority: 'high' },
    ],
    // the other way round, and plain adjectives still compared
    [
      'cheap matters more than being right',
      { cost_priority: 'high', quality_priority: 'low' },
    ],
  ])('%s', (text, expected) => {
    const r = clause(text);
    for (const [field, value] of Object.entries(expected))
      expect(r[field as 'cost_priority']?.value).toBe(value);
  });

  it('keeps a cheap setup wished for against a word no aspect carries', () => {
    const intent = extractIntent(
      'a chatbot for 200 staff. cheap matters more than perfect',
      { knowledgeBase },
    );
    expect(intent.cost_priority).toBe('high');
  });

  it('still needs the comparison to be all that stands between', () => {
    expect(
      clause('being right about the schedule matters more than the price')
        .cost_priority?.value,
    ).not.toBe('low');
  });
});

describe('an aspect put above all', () => {
  it.each([
    ['replies must be well-grounded', 'quality_priority', 'high'],
    ['well-researched answers above everything', 'quality_priority', 'high'],
    ['precision first and foremost', 'quality_priority', 'high'],
    ['responsive replies most of all', 'latency_priority', 'high'],
    ['affordable above all, please', 'cost_priority', 'high'],
    ["the answers needn't be well-sourced", 'quality_priority', 'low'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads no wish from an adjective said of something else', () => {
    expect(
      clause('our well-researched handbook is in the wiki').quality_priority,
    ).toBeUndefined();
  });
});

describe('a weight left out but for how little', () => {
  it.each([
    ['turnaround not so much', 'latency_priority'],
    ['our monthly bill less so', 'cost_priority'],
    ['the polish not as much', 'quality_priority'],
  ])('%s → %s low', (text, field) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe('low');
  });

  it('reads no weight from how big a budget is', () => {
    expect(clause('our budget is not so much').cost_priority).toBeUndefined();
  });
});

describe('an aspect needed or not', () => {
  it.each([
    ["the warehouse team doesn't really need speed", 'latency_priority', 'low'],
    ['nobody here requires top precision', 'quality_priority', 'low'],
    ['the triage step needs real accuracy', 'quality_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads no cost from a budget that is needed', () => {
    expect(
      clause('we need a budget figure for the board').cost_priority,
    ).toBeUndefined();
  });
});

describe('a failure of the work refused', () => {
  it.each([
    'an overlooked allergy is simply not acceptable',
    'a skipped step in the checklist cannot be tolerated',
    "wrong answers aren't an option for the pharmacists",
    'a mistake is never acceptable in a payroll run',
  ])('%s → quality high', text => {
    expect(clause(text).quality_priority?.value).toBe('high');
  });

  it('reads latency from a delay refused', () => {
    expect(
      clause('latency above a second is not acceptable').latency_priority
        ?.value,
    ).toBe('high');
  });

  it('reads no quality from something people miss', () => {
    expect(
      clause('a missed deadline is not acceptable').quality_priority,
    ).toBeUndefined();
    expect(
      clause('a missed clause is no big surprise').quality_priority,
    ).toBeUndefined();
  });
});

describe('getting the work right, in two words', () => {
  it('reads quality from getting two-word work right', () => {
    expect(
      clause('getting dosage tables right matters enormously').quality_priority
        ?.value,
    ).toBe('high');
  });
});

describe('a shrug said as the whole weight', () => {
  it.each([
    ['accuracy top, cost meh', 'cost_priority', 'low'],
    ['turnaround: whatever', 'latency_priority', 'low'],
    ['budget = who cares', 'cost_priority', 'low'],
    ['spend: whatever it takes', 'cost_priority', 'low'],
  ])('%s → %s %s', (text, field, value) => {
    expect(clause(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads no weight from a shrug said of something else', () => {
    expect(
      clause('the quality of the old vendor was meh').quality_priority?.value,
    ).not.toBe('low');
  });
});

describe('money written as a dollar sign', () => {
  it.each([['minimise $$ above all'], ['optimise for $'], ['keep $ down']])(
    '%s → cost high',
    text => {
      expect(clause(text).cost_priority?.value).toBe('high');
    },
  );

  it('is no aspect before an amount', () => {
    expect(aspectsOf('the cap is $500 and $ 20 per seat')).toEqual([]);
  });
});

describe('made-up answers said to be dangerous', () => {
  it('makes quality a high priority', () => {
    expect(
      clause('when the bot invents facts it is dangerous for the patients')
        .quality_priority?.value,
    ).toBe('high');
  });

  it('reads nothing from danger or invention of anything else', () => {
    expect(clause('the scaffolding work is dangerous')).toEqual({});
    expect(clause('our chef invents new recipes every week')).toEqual({});
  });
});

describe('a comparison whose second side is getting it', () => {
  it('reads both sides', () => {
    const r = clause(
      'correct queries matter more to the team than getting them quickly',
    );
    expect(r.quality_priority?.value).toBe('high');
    expect(r.latency_priority?.value).toBe('low');
  });

  it('reads both sides with a degree and whom it matters to', () => {
    const r = clause(
      'precise figures matter far more to the auditors than having them instantly',
    );
    expect(r.quality_priority?.value).toBe('high');
    expect(r.latency_priority?.value).toBe('low');
  });

  it('reads no comparison when something else stands between', () => {
    expect(
      clause(
        'correct queries from the archive are ready sooner than getting them quickly',
      ).latency_priority?.value,
    ).not.toBe('low');
  });
});
