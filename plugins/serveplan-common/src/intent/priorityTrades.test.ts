import { intentFromConversation } from './conversation';
import { readTradePriorities } from './priorityTrades';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const trades = (text: string) => readTradePriorities(text.toLowerCase());

describe('priorities said as what people are willing to give up', () => {
  it.each([
    // waiting accepted: latency gives way
    ['reviewers are okay with waiting a while', 'latency_priority', 'low'],
    ['the desk is content to wait for each report', 'latency_priority', 'low'],
    ['we do not mind slower replies', 'latency_priority', 'low'],
    ['nobody in accounting minds waiting', 'latency_priority', 'low'],
    ['no one minds a bit of lag', 'latency_priority', 'low'],
    // paying more accepted: cost gives way
    ['finance is prepared to spend extra on this', 'cost_priority', 'low'],
    ["we'd pay a premium if we have to", 'cost_priority', 'low'],
    ['the board can accept higher bills', 'cost_priority', 'low'],
    // the willingness denied: the aspect matters
    ['the clinicians are not willing to wait', 'latency_priority', 'high'],
    [
      "we can't spend more than this quarter's allocation",
      'cost_priority',
      'high',
    ],
  ])('%s → %s %s', (text, field, value) => {
    expect(trades(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('raises what the sacrifice is made for', () => {
    const r = trades('legal would gladly pay extra for a stronger model');
    expect(r.cost_priority?.value).toBe('low');
    expect(r.quality_priority?.value).toBe('high');
    const s = trades(
      'users are fine waiting longer in exchange for better summaries',
    );
    expect(s.latency_priority?.value).toBe('low');
    expect(s.quality_priority?.value).toBe('high');
  });

  it('reads nothing without a word of willingness, or from eagerness', () => {
    expect(trades('the old system made people wait')).toEqual({});
    expect(trades('that would mean higher costs for the unit')).toEqual({});
    expect(trades('we pay more for electricity in winter')).toEqual({});
    expect(trades("the sales team can't wait to launch it")).toEqual({});
  });

  it('fills the priorities of a whole request', () => {
    const intent = extractIntent(
      'research assistant for 90 scientists; they are happy to wait, and we would rather spend more for higher-quality answers',
      { knowledgeBase },
    );
    expect(intent.latency_priority).toBe('low');
    expect(intent.cost_priority).toBe('low');
    expect(intent.quality_priority).toBe('high');
  });

  it('leaves a field to a phrase cue said of it', () => {
    // "cheapest" is a cost cue; the trade only fills fields nothing else set
    const intent = extractIntent(
      'Q&A bot for 400 staff, cheapest option please, people can wait a bit',
      { knowledgeBase },
    );
    expect(intent.cost_priority).toBe('high');
    expect(intent.latency_priority).toBe('low');
  });
});

describe('taking longer and costing more, accepted', () => {
  it.each([
    [
      "the analysts don't mind if a report takes a little longer",
      'latency_priority',
      'low',
    ],
    ["it's fine when an answer takes a while", 'latency_priority', 'low'],
    [
      'nobody on the desk cares if a summary takes a couple of extra minutes',
      'latency_priority',
      'low',
    ],
    [
      'we do not care if the pipeline takes some extra time',
      'latency_priority',
      'low',
    ],
    ['we are okay if it costs a bit more', 'cost_priority', 'low'],
    // the willingness denied
    ["we can't have it cost more", 'cost_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(trades(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads nothing from a time taken without willingness, or from a target', () => {
    expect(trades('the export takes longer than it should')).toEqual({});
    expect(
      trades('when a reply takes a few extra seconds the agents hang up'),
    ).toEqual({});
    // a time said as a wish is a target (latencyTargets.ts), not a sacrifice
    expect(trades("we'd be happy if it takes 2 seconds at most")).toEqual({});
    expect(trades('the old vendor costs more than we pay now')).toEqual({});
  });
});

describe('a willingness said after the sacrifice', () => {
  it.each([
    ['if a summary takes 45 seconds, that is fine', 'latency_priority', 'low'],
    [
      'when the report takes 2 minutes to come back nobody minds',
      'latency_priority',
      'low',
    ],
    [
      "if the draft takes a while, that's totally ok",
      'latency_priority',
      'low',
    ],
    ['paying a bit more is fine', 'cost_priority', 'low'],
    // the willingness denied: the aspect matters
    [
      "if it takes 40 seconds that isn't acceptable",
      'latency_priority',
      'high',
    ],
  ])('%s → %s %s', (text, field, value) => {
    expect(trades(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads nothing from a time taken without acceptance, in milliseconds, or across a new statement', () => {
    expect(
      trades('each reply takes 20 seconds today, people complain'),
    ).toEqual({});
    expect(trades("if a lookup takes 250 ms that's fine")).toEqual({});
    expect(
      trades("if a summary takes 45 seconds and it is wrong, that's not fine"),
    ).toEqual({});
    expect(trades("if it takes 2 seconds at most, that's fine")).toEqual({});
  });

  it('reads latency as low in a whole request', () => {
    const intent = extractIntent(
      'a proof assistant for 9 mathematicians; when a reply takes 90 seconds to arrive nobody minds',
      { knowledgeBase },
    );
    expect(intent.latency_priority).toBe('low');
  });
});

describe('a state of the service conceded or accepted on a condition', () => {
  it.each([
    // a concession gives the aspect up
    [
      'we want the strongest model even though it is costly',
      'cost_priority',
      'low',
    ],
    [
      'top answers, even if the bill gets a lot more expensive',
      'cost_priority',
      'low',
    ],
    ['give us the biggest model even if it costs more', 'cost_priority', 'low'],
    [
      'precision first even if the replies are slower',
      'latency_priority',
      'low',
    ],
    // accepted on a condition, apostrophes left out or not
    ['the lab doesnt mind if its somewhat sluggish', 'latency_priority', 'low'],
    ["totally ok when it's a little laggy at night", 'latency_priority', 'low'],
    [
      'finance is fine with it being an expensive option',
      'cost_priority',
      'low',
    ],
    [
      'no problem if the summaries are less polished',
      'quality_priority',
      'low',
    ],
    // accepted after the condition
    ["if the tool is slower, that's ok", 'latency_priority', 'low'],
    // the acceptance denied: the aspect matters
    ["it's not ok if the bot is slow", 'latency_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(trades(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads nothing from a state said without a condition, as a complaint or before a noun', () => {
    expect(trades('the current vendor is pricey')).toEqual({});
    expect(trades('if the tool is slow, the nurses give up')).toEqual({});
    expect(trades('we are happy to retire the slow legacy system')).toEqual({});
    expect(trades('fine if it runs on pricey hardware')).toEqual({});
    expect(trades('even if it is cheap, it must be accurate')).toEqual({});
    expect(trades("the model is fine but it's slow")).toEqual({});
  });

  it('sets the conceded aspect in a whole request and keeps the stated one', () => {
    const intent = extractIntent(
      'contract review helper for 40 lawyers, we need the most accurate answers even if its costly; also fine if its a little slow',
      { knowledgeBase },
    );
    expect(intent.quality_priority).toBe('high');
    expect(intent.cost_priority).toBe('low');
    expect(intent.latency_priority).toBe('low');
  });
});

describe('a state of the service permitted', () => {
  it.each([
    ['and the agent can be sluggish.', 'latency_priority', 'low'],
    ['the answers can be a little less polished', 'quality_priority', 'low'],
    [
      'responses are allowed to be slower if they are right',
      'latency_priority',
      'low',
    ],
    ['it cannot be laggy', 'latency_priority', 'high'],
    // denied: the aspect matters
    ["the replies can't be slow", 'latency_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(trades(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it.each([
    // a complaint about how things are, a warning about cost, another subject
    'our current portal can be slow at times',
    'it can be slow sometimes',
    'it can be expensive to host big models',
    'the old vendor can be slow',
  ])('reads nothing from %j', text => {
    expect(trades(text)).toEqual({});
  });

  it('reads "can take a couple of minutes" after the number words are rewritten', () => {
    expect(trades('each draft can take a couple of minutes')).toMatchObject({
      latency_priority: { value: 'low' },
    });
    const intent = extractIntent(
      'release-notes writer for 25 engineers; each draft can take a couple of minutes',
      { knowledgeBase },
    );
    expect(intent.latency_priority).toBe('low');
  });
});

describe('an aspect given up by name', () => {
  it.each([
    // traded for something: the aspect gives way and the gain is raised
    [
      'the team would gladly give up a little accuracy for cheaper hardware',
      { quality_priority: 'low', cost_priority: 'high' },
    ],
    [
      'we are willing to trade some responsiveness for savings',
      { latency_priority: 'low', cost_priority: 'high' },
    ],
    [
      'our editors can sacrifice a bit of speed to get better summaries',
      { latency_priority: 'low', quality_priority: 'high' },
    ],
    // given up with nothing named in return
    ['we can compromise on polish', { quality_priority: 'low' }],
    // refused: the aspect matters, and nothing is traded for
    [
      'the lab will not sacrifice precision for lower costs',
      { quality_priority: 'high' },
    ],
    ["we don't want to give up speed", { latency_priority: 'high' }],
    // traded for something that is no aspect: only the aspect given up is read
    [
      "we'd trade some quality for a bigger context window",
      { quality_priority: 'low' },
    ],
  ])('%s', (text, expected) => {
    const r = trades(text);
    const values = Object.fromEntries(
      Object.entries(r).map(([field, reading]) => [field, reading?.value]),
    );
    expect(values).toEqual(expected);
  });

  it('reads a cost gain after any sacrifice', () => {
    const r = trades('the analysts are happy to wait longer for lower costs');
    expect(r.latency_priority?.value).toBe('low');
    expect(r.cost_priority?.value).toBe('high');
  });

  it.each([
    // a noun, not a verb of trading; a trade of goods; giving up something else
    'the trade-off between quality and price is unclear',
    'our clients trade stocks at high speed',
    'we gave up the old vendor last spring',
  ])('reads nothing from %j', text => {
    expect(trades(text)).toEqual({});
  });

  it('fills the priorities of a whole request', () => {
    const intent = extractIntent(
      'homework helper for 1,200 pupils; the school would happily sacrifice some accuracy for a smaller bill',
      { knowledgeBase },
    );
    expect(intent.quality_priority).toBe('low');
    expect(intent.cost_priority).toBe('high');
  });
});

describe('a slow reply accepted after it', () => {
  it.each([
    ['a bit slow answers are fine for the night shift', 'low'],
    ['slow replies are acceptable here', 'low'],
    ['slightly slow output will be ok', 'low'],
    ['slow responses are not acceptable to the desk', 'high'],
  ])('%s → latency %s', (text, value) => {
    expect(trades(text).latency_priority?.value).toBe(value);
  });

  it.each([
    // a complaint about slow replies, nothing accepted
    'slow replies are why the old bot failed',
    'the slow responses annoyed the staff',
  ])('reads nothing from %j', text => {
    expect(trades(text).latency_priority).toBeUndefined();
  });
});

describe('the alternative a preferred sacrifice is chosen over', () => {
  it.each([
    [
      'the editors would rather wait longer than pay for faster hardware',
      { latency_priority: 'low', cost_priority: 'high' },
    ],
    [
      "we'd rather pay extra than have customers wait",
      { cost_priority: 'low', latency_priority: 'high' },
    ],
    [
      "i'd rather wait a little instead of getting worse answers",
      { latency_priority: 'low', quality_priority: 'high' },
    ],
  ])('%s', (text, expected) => {
    const r = trades(text);
    for (const [field, value] of Object.entries(expected))
      expect(r[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads no turned-down alternative from a plain comparison of amounts', () => {
    const r = trades('we can wait longer than 5 seconds for a report');
    expect(r.cost_priority).toBeUndefined();
    expect(
      trades('free users can wait longer than paying customers').cost_priority,
    ).toBeUndefined();
  });
});

describe('a preference said with "rather" or "prefer"', () => {
  it.each([
    'the clinic would rather spend a bit less',
    'we prefer to keep the bills low',
    "i'd rather save money",
  ])('%s → cost high', text => {
    expect(trades(text).cost_priority?.value).toBe('high');
  });

  it('reads "prefer to get answers faster" as latency wanted', () => {
    expect(
      trades('the desk would prefer to get answers faster').latency_priority
        ?.value,
    ).toBe('high');
  });

  it.each([
    'we chose the bigger model rather than pay less',
    "we'd rather not pay less and lose quality",
    'they would rather pay less than they do today',
  ])('reads no cost priority from %s', text => {
    expect(trades(text).cost_priority).toBeUndefined();
  });

  it('reads a follow-up turn that prefers paying less', () => {
    const { intent } = intentFromConversation(
      [
        'A drafting assistant for our 30 grant writers.',
        "On reflection we'd prefer to pay less, even if replies are a little slow.",
      ],
      { knowledgeBase },
    );
    expect(intent.cost_priority).toBe('high');
    expect(intent.latency_priority).toBe('low');
  });
});

describe('quality given up or permitted in more words', () => {
  it.each([
    ['we are fine with a somewhat weaker model', 'quality_priority', 'low'],
    ['the team will accept slightly worse drafts', 'quality_priority', 'low'],
    ['the translation can be slow, that is ok', 'latency_priority', 'low'],
    ['nobody minds if it is a bit dumb', 'quality_priority', 'low'],
  ])('%s → %s %s', (text, field, value) => {
    expect(trades(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it.each([
    ['we cannot accept a less accurate model', 'quality_priority', 'high'],
    ['the answer can not be slow', 'latency_priority', 'high'],
  ])('denied: %s → %s %s', (text, field, value) => {
    expect(trades(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it.each([
    ['the old vendor shipped a worse model last year', 'quality_priority'],
    ['we can run a smaller model on the box', 'quality_priority'],
  ])('reads no trade from: %s', (text, field) => {
    expect(trades(text)[field as 'cost_priority']).toBeUndefined();
  });
});

describe('paying more rather than have people sit and wait', () => {
  it('reads latency high from "rather pay more than have customers sit and wait"', () => {
    const r = readTradePriorities(
      "we'd rather pay more than have our customers sit and wait",
    );
    expect(r.latency_priority?.value).toBe('high');
  });

  it('reads no latency from paying more than a rival does', () => {
    expect(
      readTradePriorities("we'd rather pay more than our rivals do")
        .latency_priority,
    ).toBeUndefined();
  });
});

describe('a time taken that nobody minds', () => {
  it.each([
    "we don't mind if a reply takes 8 seconds",
    'who cares if it takes 20 seconds',
    'it does not really matter if answers take 15 seconds',
    'none of us care when the summary takes 2 minutes',
  ])('%s → latency low', text => {
    expect(trades(text).latency_priority?.value).toBe('low');
  });

  it('reads no sacrifice from a time wished for', () => {
    expect(
      trades("we'd be happy if it takes 2 seconds").latency_priority,
    ).toBeUndefined();
    expect(
      trades('we do care if it takes 20 seconds').latency_priority,
    ).toBeUndefined();
  });
});

describe('two outcomes set against each other', () => {
  it.each([
    [
      'a correct quote in 30 seconds beats a wrong one in 3',
      { quality_priority: 'high', latency_priority: 'low' },
    ],
    [
      'a slow, careful review is better than a quick, sloppy one',
      { quality_priority: 'high', latency_priority: 'low' },
    ],
    [
      'a fast rough draft beats a perfect draft tomorrow',
      { latency_priority: 'high' },
    ],
    [
      'an ok answer now is far better than a great answer later',
      { latency_priority: 'high', quality_priority: 'low' },
    ],
  ])('%s', (text, expected) => {
    const r = trades(text);
    for (const [field, value] of Object.entries(expected))
      expect(r[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads nothing from outcomes that differ in no aspect', () => {
    const r = trades('a short summary beats a long report');
    expect(r.quality_priority).toBeUndefined();
    expect(r.latency_priority).toBeUndefined();
  });
});

describe('a state preferred with "rather"', () => {
  it('gives the state up and raises what it is set against', () => {
    const r = trades("we'd rather it were slower than gave a wrong dose");
    expect(r.latency_priority?.value).toBe('low');
    expect(r.quality_priority?.value).toBe('high');
  });

  it('reads the wrong thing said to someone as what is set against the state', () => {
    expect(
      trades("i'd rather it were slower than told our tenants false dates")
        .quality_priority?.value,
    ).toBe('high');
  });

  it('reads no preference from "rather" as a degree', () => {
    expect(trades('the current portal is rather slow').latency_priority).toBe(
      undefined,
    );
  });

  it('reads a slower model accepted', () => {
    expect(
      trades('a slower model is fine by the archivists').latency_priority
        ?.value,
    ).toBe('low');
    expect(
      trades("the desk can't accept slower models").latency_priority?.value,
    ).toBe('high');
  });

  it('reads a time taken as a range', () => {
    expect(
      trades('nobody minds if it takes 4 to 6 minutes').latency_priority?.value,
    ).toBe('low');
  });
});
