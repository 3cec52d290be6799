import { extractIntent } from './ruleBasedIntent';
import { intentFromConversation } from './conversation';
import {
  PriorityField,
  readPriorities,
  readRelativePriorities,
} from './priorities';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const read = (text: string) => readPriorities(text.toLowerCase());

describe('priority cues', () => {
  it.each([
    [
      'what matters is the thing not costing a fortune',
      'cost_priority',
      'high',
    ],
    ["it mustn't break the bank", 'cost_priority', 'high'],
    [
      'we need this without it costing an arm and a leg',
      'cost_priority',
      'high',
    ],
    ['no particular latency need for the reports', 'latency_priority', 'low'],
    ['there is no strict response time expectation', 'latency_priority', 'low'],
  ])('%s → %s %s', (text, field, value) => {
    expect(read(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads no cost priority from a fortune said of something else', () => {
    expect(read('the team spent a fortune on the launch party')).toEqual({});
  });
});

describe('spending more', () => {
  it('is no willingness to pay when it is a cap ("spend more than $X")', () => {
    expect(
      read("we can't spend more than 900 dollars a month").cost_priority?.value,
    ).not.toBe('low');
    expect(
      read('i do not plan to spend more than $60 on it').cost_priority?.value,
    ).not.toBe('low');
  });

  it('is a willingness to pay when nothing caps it', () => {
    expect(
      read('we are willing to spend more for quality').cost_priority?.value,
    ).toBe('low');
  });
});

describe('priorities said in roundabout words', () => {
  it.each([
    // not paying for the top tier
    [
      "we'd rather not pay for the high-end models, we're a bakery",
      'cost_priority',
      'high',
    ],
    ["we won't pay for any premium tier", 'cost_priority', 'high'],
    // the system need not be fancy
    ["the bot doesn't have to be fancy", 'quality_priority', 'low'],
    ['it does not need to be all that smart', 'quality_priority', 'low'],
    // the text must read well
    [
      'the letters must sound natural to a native reader',
      'quality_priority',
      'high',
    ],
    ['each summary needs to read well', 'quality_priority', 'high'],
    // it must not invent things
    ['the assistant must never invent citations', 'quality_priority', 'high'],
    ["it can't be making things up about dosages", 'quality_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(read(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it.each([
    // paying for something that is not a tier, needing fancy things, reading as a verb of people
    "we'd rather not pay for hosting twice",
    'we need a fancy dashboard too',
    'the nurses need to read well-formatted notes',
    'our writers make things up for the fiction imprint',
  ])('reads no priority from %j', text => {
    expect(read(text)).toEqual({});
  });
});

describe('a phrase cue inside a comparison', () => {
  it('gives way to the comparison it is a side of', () => {
    const r = read(
      'the spend matters more to the board than running the largest model',
    );
    expect(r.quality_priority?.value).toBe('low');
    expect(r.cost_priority?.value).toBe('high');
    const s = read('for the kiosk, accuracy matters less than low latency');
    expect(s.quality_priority?.value).toBe('low');
    expect(s.latency_priority?.value).toBe('high');
  });

  it('reads "matters less than" as no wish for quality', () => {
    expect(
      read('precision matters less than speed').quality_priority?.value,
    ).toBe('low');
  });

  it('keeps a cue said outside the comparison', () => {
    const r = read('we need the best model; price matters more than speed');
    expect(r.quality_priority?.value).toBe('high');
    expect(r.cost_priority?.value).toBe('high');
    expect(r.latency_priority?.value).toBe('low');
  });
});

describe('a spending limit removed, and whatever it takes approved', () => {
  it.each([
    'leadership lifted the spending limit last week',
    'forget the cost ceiling, this is the flagship',
    'there is no budget cap for the pilot',
    'finance will fund whatever it takes',
    'the board approved whatever it costs',
  ])('%s → cost low', text => {
    expect(read(text).cost_priority?.value).toBe('low');
  });

  it.each([
    // commitment without money, a limit stated or neared
    "we'll do whatever it takes to answer in 200 ms",
    'the budget limit is $8k a month',
    'we are close to the spending cap',
  ])('reads no cost priority from %j', text => {
    expect(read(text).cost_priority).toBeUndefined();
  });

  it('lowers cost in a follow-up turn', () => {
    const { intent } = intentFromConversation(
      [
        'support chatbot for 3,000 agents, budget $12k a month',
        'lift the spending limit, the ceo will pay whatever it takes',
      ],
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.cost_priority).toBe('low');
  });
});

describe('a phrase cue conceded to a bigger aspect', () => {
  it('gives way to medium', () => {
    const r = read('accuracy matters, but the bill is the bigger worry');
    expect(r.quality_priority?.value).toBe('medium');
    expect(r.cost_priority?.value).toBe('high');
  });

  it('keeps the cue without a concession', () => {
    expect(
      read('accuracy matters. we also have a tiny team').quality_priority
        ?.value,
    ).toBe('high');
  });
});

describe('"patient" said of people, not the noun', () => {
  it.each([
    'the reviewers are fairly patient, a minute is fine',
    'our analysts are patient with slow tools',
    'they are a patient bunch',
  ])('%s → latency low', text => {
    expect(read(text).latency_priority?.value).toBe('low');
  });

  it.each([
    'about 300 patient records are added every day',
    'it drafts a discharge letter for a patient.',
    'nurses summarise patient histories before rounds',
  ])('reads no latency priority from the noun: %s', text => {
    expect(read(text).latency_priority).toBeUndefined();
  });

  it('lets a tight target decide when "patient" is only the noun', () => {
    const intent = extractIntent(
      'a booking bot for a vet practice, 900 patient owners a week use it, first token under 400 ms',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.latency_priority).toBe('high');
  });
});

describe('nobody in a hurry', () => {
  it.each([
    'the archivists are in no rush',
    'no one is in a hurry for these summaries',
    'none of us are in a hurry',
  ])('%s → latency low', text => {
    expect(read(text).latency_priority?.value).toBe('low');
  });

  it('reads no latency priority from a hurry that someone is in', () => {
    expect(
      read('the sales team is in a hurry to launch').latency_priority,
    ).toBeUndefined();
    expect(
      read('the sales team is always in a hurry').latency_priority,
    ).toBeUndefined();
  });
});

describe('an aspect that "matters much less"', () => {
  it.each([
    ['turnaround speed matters far less for the auditors', 'latency_priority'],
    ['the price matters a lot less than it did', 'cost_priority'],
    ['precision matters much less in the drafts', 'quality_priority'],
  ])('is not read as mattering: %s', (text, field) => {
    expect(read(text)[field as 'cost_priority']?.value).not.toBe('high');
  });

  it('still reads "speed matters" as a priority', () => {
    expect(read('for the traders speed matters').latency_priority?.value).toBe(
      'high',
    );
  });

  it('makes a first request step the aspect down from medium', () => {
    const intent = extractIntent(
      'an assistant for 300 auditors; correctness is our top priority and speed matters a lot less',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.latency_priority).toBe('low');
    expect(intent.quality_priority).toBe('high');
  });
});

describe('more priority cues said in plain words', () => {
  it.each([
    // a wait that is not critical, or whose length nobody minds
    ['the nightly reports are not time-critical', 'latency_priority', 'low'],
    [
      'our analysts do not mind how long a report takes',
      'latency_priority',
      'low',
    ],
    ['nobody cares how long the batch runs', 'latency_priority', 'low'],
    // money that is short
    ["honestly we're broke, so keep that in mind", 'cost_priority', 'high'],
    ['the budget is next to nothing this year', 'cost_priority', 'high'],
    // quality that need not be outstanding
    ["the captions don't need to be amazing", 'quality_priority', 'low'],
    ['the tags do not have to be excellent', 'quality_priority', 'low'],
    // the work that has to come out right
    [
      'the bot must get the diagnosis right, every time',
      'quality_priority',
      'high',
    ],
    ['it absolutely has to get it right.', 'quality_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(read(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it.each([
    ['our pipeline is latency-critical', 'latency_priority', 'high'],
    ['we broke the old parser last week', 'cost_priority', undefined],
    ['the first budget draft is due on friday', 'cost_priority', undefined],
    [
      'the bot must get the right documents from the index',
      'quality_priority',
      undefined,
    ],
    ["it doesn't have to get everything right", 'quality_priority', 'low'],
  ])('does not over-read: %s → %s %s', (text, field, value) => {
    expect(read(text)[field as 'cost_priority']?.value).toBe(value);
  });
});

describe('a later comparison corrects an earlier cue', () => {
  it('gives latency up when the budget is said to matter more than trimming seconds', () => {
    const p = read(
      'replies should be snappy, though the budget matters more to our board than shaving off seconds',
    );
    expect(p.latency_priority?.value).toBe('low');
    expect(p.cost_priority?.value).toBe('high');
  });

  it('keeps a cue that no later comparison touches', () => {
    const p = read(
      'replies should be snappy. accuracy matters more than cost for the auditors',
    );
    expect(p.latency_priority?.value).toBe('high');
  });
});

describe('a comparative inside a comparison is no step', () => {
  it('reads no faster step from "good replies over quicker ones"', () => {
    const steps = readRelativePriorities(
      "we'd pick correct replies over faster ones",
    );
    expect(steps.find(s => s.field === 'latency_priority')).toBeUndefined();
  });

  it('still reads a plain follow-up asking for faster replies', () => {
    const steps = readRelativePriorities('can you make it faster');
    expect(steps.find(s => s.field === 'latency_priority')?.direction).toBe(1);
  });
});

describe('"good enough" also hyphenated', () => {
  it('reads quality low from "good-enough summaries"', () => {
    expect(
      read('Good-enough summaries will do for the interns').quality_priority
        ?.value,
    ).toBe('low');
  });

  it('reads no quality from "good" alone', () => {
    expect(
      read('the interns had a good week').quality_priority,
    ).toBeUndefined();
  });
});

describe('a negation does not reach across "but" into the next statement', () => {
  it('keeps "accuracy is crucial" high after "not cost sensitive but"', () => {
    const p = read('we are not latency sensitive but accuracy is crucial');
    expect(p.latency_priority?.value).toBe('low');
    expect(p.quality_priority?.value).toBe('high');
  });

  it('still flips a cue the negation is said of', () => {
    expect(
      read("it doesn't need to be real-time for our nurses").latency_priority
        ?.value,
    ).toBe('low');
  });
});

describe('priorities said by what is worse, by how fast it comes back, and by "but X does"', () => {
  it.each([
    [
      'a wrong diagnosis hint is much worse than a slow one',
      'latency_priority',
      'low',
    ],
    [
      'bad translations are a bigger problem than slower replies',
      'latency_priority',
      'low',
    ],
    ['accuracy first, speed not so much', 'latency_priority', 'low'],
    [
      'how quickly the summary arrives is not important to us',
      'latency_priority',
      'low',
    ],
    [
      'the newsletter must sound like a real person wrote it',
      'quality_priority',
      'high',
    ],
    ['the summaries must be correct', 'quality_priority', 'high'],
    [
      'speed does not matter much but the price really does, we are small',
      'cost_priority',
      'high',
    ],
    [
      'cost hardly matters, while accuracy definitely does.',
      'quality_priority',
      'high',
    ],
  ])('%s → %s %s', (text, field, value) => {
    expect(read(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads none of them where the words say something else', () => {
    // a slow one that is better, a timing that is right, a price that does something
    expect(
      read('a slow answer is worse than a wrong one').latency_priority,
    ).toBeUndefined();
    expect(read('the timing has to be right for the launch')).toEqual({});
    expect(
      read('we wanted a bigger model but the price does add up').cost_priority,
    ).toBeUndefined();
  });
});

describe('a high cue inside the scope of a negation', () => {
  it.each([
    // a need denied before the cue: "no need for", "nobody needs"
    ['there is no real need for snappy replies', 'latency_priority'],
    ['nobody needs instant answers from this tool', 'latency_priority'],
    // a need denied however many words it takes
    ['the bot does not have to be the fastest', 'latency_priority'],
    [
      "we don't necessarily need it to be the most accurate",
      'quality_priority',
    ],
    ["it won't have to be the very cheapest", 'cost_priority'],
    // a need or a weight denied after the cue
    ['real-time replies are not required', 'latency_priority'],
    ["speedy answers aren't really necessary", 'latency_priority'],
    ['a frontier model is not needed for tagging', 'quality_priority'],
    ['the lowest cost is not that important', 'cost_priority'],
  ])('%s → %s low', (text, field) => {
    expect(read(text)[field as 'cost_priority']?.value).toBe('low');
  });

  it.each([
    ['fast responses are critical', 'latency_priority'],
    ['low latency is not negotiable', 'latency_priority'],
    ['instant replies are not optional', 'latency_priority'],
    ['we need the best model', 'quality_priority'],
    ['it has to be the fastest', 'latency_priority'],
    ['no need to wait, replies should be snappy', 'latency_priority'],
  ])('keeps %s → %s high', (text, field) => {
    expect(read(text)[field as 'cost_priority']?.value).toBe('high');
  });
});

describe('priorities said as tolerances and trades', () => {
  const level = (text: string, field: PriorityField) =>
    read(text)[field]?.value;

  it('reads an aspect of little concern, a wait accepted, and speed that is no thing as low latency', () => {
    for (const text of [
      'Response time is of little concern to the auditors.',
      'An answer within a couple of minutes is entirely acceptable.',
      '10 seconds per page is fine for us',
      'replies may take a few seconds',
      'For the back office, speed honestly is not a thing.',
    ])
      expect(level(text, 'latency_priority')).toBe('low');
  });

  it('reads thoroughness as quality and "how quickly" as latency in a comparison', () => {
    const text =
      'Thoroughness matters far more than how quickly the reports come back.';
    expect(level(text, 'quality_priority')).toBe('high');
    expect(level(text, 'latency_priority')).toBe('low');
  });

  it('reads paying more accepted as low cost priority, and not a cent more as high', () => {
    expect(
      level("we'd rather pay more than ship a wrong figure", 'cost_priority'),
    ).toBe('low');
    expect(
      level(
        'it must run on the old box and not cost us a penny more',
        'cost_priority',
      ),
    ).toBe('high');
  });
});

describe('more ways of saying quality and patience', () => {
  const level = (text: string, field: PriorityField) =>
    read(text)[field]?.value;
  it('reads quality valued, the whole product, "prio high" and a refused compromise', () => {
    for (const text of [
      'we value answer quality highly',
      'accuracy is the whole product',
      'quality prio: high',
      'zero compromise on quality',
      'fidelity matters more than speed',
    ])
      expect(level(text, 'quality_priority')).toBe('high');
    expect(level('no hurry on any of these runs', 'latency_priority')).toBe(
      'low',
    );
  });
});

describe('priorities said as the principal concern, #1, or fast steps', () => {
  const level = (text: string, field: PriorityField) =>
    read(text)[field]?.value;
  it('reads them', () => {
    expect(level('accuracy is our principal concern', 'quality_priority')).toBe(
      'high',
    );
    expect(level('price is #1, speed irrelevant', 'cost_priority')).toBe(
      'high',
    );
    expect(
      level('fast per-step replies are important', 'latency_priority'),
    ).toBe('high');
  });
});

describe('priorities said as a comparison, a tolerance or an ellipsis', () => {
  const knowledgeBase = repositoryKnowledge();
  const priorities = (text: string) => {
    const i = extractIntent(text, { knowledgeBase });
    return [i.latency_priority, i.cost_priority, i.quality_priority];
  };
  it('reads "X ahead of Y" as X over Y', () => {
    expect(
      priorities('notes for 30 auditors. correctness ahead of price.'),
    ).toEqual(['medium', 'low', 'high']);
  });
  it('reads "matters more than how cheap it is"', () => {
    expect(
      priorities(
        'drafts for 25 brokers; being right matters far more than how cheap it is',
      ),
    ).toEqual(['medium', 'low', 'high']);
  });
  it('reads a modest need as low quality', () => {
    expect(
      priorities(
        'tags for 80 clerks. we do not need anything clever, cheap and cheerful is fine',
      ),
    ).toEqual(['medium', 'high', 'low']);
  });
  it('reads correctness weighed against slowness as high quality', () => {
    expect(
      priorities(
        'sql helper for 12 analysts: a wrong query is far worse than a slow one',
      )[2],
    ).toBe('high');
    expect(
      priorities(
        'bot for 40 agents, they can wait as long as the answers are correct',
      )[2],
    ).toBe('high');
    expect(
      priorities('clause review for 9 lawyers; no clause may be missed')[2],
    ).toBe('high');
  });
  it('reads "but X is" closing a clause as X mattering', () => {
    expect(
      priorities(
        'agent for 20 planners. speed is not a big deal, but quality is.',
      ),
    ).toEqual(['low', 'medium', 'high']);
  });
  it('reads "nobody expects an instant answer" as no latency need', () => {
    expect(
      priorities(
        'research helper for 15 scientists; nobody expects an instant reply',
      )[0],
    ).toBe('low');
  });
});

describe('more ways to rank quality', () => {
  const knowledgeBase = repositoryKnowledge();
  const quality = (text: string) =>
    extractIntent(text, { knowledgeBase }).quality_priority;
  it('reads "outranks" and "the whole pitch"', () => {
    expect(
      quality('tagging of 2M records within 3 days; accuracy outranks cost'),
    ).toBe('high');
    expect(
      quality(
        'briefs for 60 partners; the quality of the brief is the whole selling point',
      ),
    ).toBe('high');
  });
  it('reads a middling quality said to be fine', () => {
    expect(
      quality('caption button, 5k taps a day, quality mediocre is ok'),
    ).toBe('low');
  });
});

describe('priorities said in words read since the twelfth session', () => {
  const knowledgeBase = repositoryKnowledge();
  const intent = (text: string) => extractIntent(text, { knowledgeBase });
  it.each([
    [
      'response time matters less to us than getting the diagnosis right',
      'latency_priority',
      'low',
    ],
    [
      'response time matters less to us than getting the diagnosis right',
      'quality_priority',
      'high',
    ],
    [
      'correctness matters a great deal more to us than cost',
      'cost_priority',
      'low',
    ],
    [
      'speed matters a lot less to the team than price',
      'latency_priority',
      'low',
    ],
    ["nobody's going to die if it takes a minute", 'latency_priority', 'low'],
    ['it can take its time, nobody is watching', 'latency_priority', 'low'],
    [
      'latency is irrelevant, what matters is $/ticket',
      'cost_priority',
      'high',
    ],
    ['the accuracy bar is pretty low for this one', 'quality_priority', 'low'],
  ] as Array<[string, PriorityField, string]>)(
    '"%s": %s %s',
    (text, field, value) => {
      expect(intent(`a chatbot for 50 staff. ${text}.`)[field]).toBe(value);
    },
  );
  it('reads a wish list said one fragment at a time', () => {
    const i = intent_(
      'a chatbot for 50 staff. it should be quick. and really smart. and almost free please',
    );
    expect([i.latency_priority, i.quality_priority, i.cost_priority]).toEqual([
      'high',
      'high',
      'high',
    ]);
  });
  it('leaves a bare "free" or "smart" in a story alone', () => {
    const i = intent_(
      'a chatbot for 50 staff. we use smart routing and the free tier of our CRM',
    );
    expect([i.quality_priority, i.cost_priority]).toEqual(['medium', 'medium']);
  });
  function intent_(text: string) {
    return extractIntent(text, { knowledgeBase });
  }
});

describe('priorities read since the twelfth session, second round', () => {
  const knowledgeBase = repositoryKnowledge();
  const intent = (text: string) => extractIntent(text, { knowledgeBase });
  it.each([
    ['I want the best there is', 'quality_priority', 'high'],
    ['speed matters more than perfection here', 'quality_priority', 'low'],
    ['the API bill is getting silly', 'cost_priority', 'high'],
    [
      'what matters most is that the first words appear within a second',
      'latency_priority',
      'high',
    ],
  ] as Array<[string, PriorityField, string]>)(
    '"%s": %s %s',
    (text, field, value) => {
      expect(intent(`a chatbot for 50 staff. ${text}.`)[field]).toBe(value);
    },
  );
});

describe('priorities read since the twelfth session, third round', () => {
  const knowledgeBase = repositoryKnowledge();
  const intent = (text: string) => extractIntent(text, { knowledgeBase });
  it.each([
    [
      'an answer that takes a minute or two is perfectly acceptable',
      'latency_priority',
      'low',
    ],
    ['a few seconds of latency is fine', 'latency_priority', 'low'],
    [
      'people can live with an answer taking up to 30 seconds',
      'latency_priority',
      'low',
    ],
    ['replies need to start appearing fast', 'latency_priority', 'high'],
    ['the labels have to be right', 'quality_priority', 'high'],
  ] as Array<[string, PriorityField, string]>)(
    '"%s": %s %s',
    (text, field, value) => {
      expect(intent(`a chatbot for 50 staff. ${text}.`)[field]).toBe(value);
    },
  );
});

describe('priorities said of what the model makes', () => {
  const withUsers = (text: string) =>
    extractIntent(`chatbot for 100 users. ${text}`);
  it('reads what the writer cares about as a high quality priority', () => {
    for (const text of [
      'What I care about is that the writing is excellent - our clients pay for polish.',
      "nobody minds waiting - what matters is that it doesn't miss things.",
    ])
      expect(withUsers(text).quality_priority).toBe('high');
  });
  it('reads a thoughtful answer preferred to a quick one', () => {
    const intent = withUsers(
      'I would much rather it took its time and gave a thoughtful answer than a quick, shallow one.',
    );
    expect(intent.quality_priority).toBe('high');
    expect(intent.latency_priority).toBe('low');
  });
  it('reads a share of the best said to be enough as a low quality priority', () => {
    expect(
      withUsers("keep it cheap, a summary that's 90% as good is fine by us")
        .quality_priority,
    ).toBe('low');
    // a share of something else is no such thing
    expect(
      withUsers('90% of answers are fine as they are').quality_priority,
    ).toBe('medium');
  });
});

describe('not wanting to overspend', () => {
  it('reads it as a high cost priority', () => {
    expect(
      extractIntent(
        "backfill: 4.2 million records to tag over 72 hours. It's a one-off, so I really don't want to overspend.",
      ).cost_priority,
    ).toBe('high');
  });
});

describe('not minding that it takes a while', () => {
  it('reads it as a low latency priority', () => {
    expect(
      extractIntent(
        "marketing drafts for 12 people. Honestly I don't mind if it takes a little while to write each one.",
      ).latency_priority,
    ).toBe('low');
  });
});

describe('a wish to spend little, said as an amount', () => {
  it.each([
    'the pilot is a side project, we want to pay as little as we can for it',
    'please spend the bare minimum on inference for this',
    "we'd like to pay as little as possible for the hosting",
  ])('%s → cost high', text => {
    expect(read(text).cost_priority?.value).toBe('high');
  });

  it('is no wish when it is denied', () => {
    expect(
      read("we don't need to spend the bare minimum on this one").cost_priority
        ?.value,
    ).toBe('low');
  });

  it('reads nothing from spending little time', () => {
    expect(
      read('the clerks spend little time on each form').cost_priority,
    ).toBeUndefined();
  });
});

describe('writing that has to sound good', () => {
  it.each([
    'the product copy has to sound great, like our own team wrote it',
    'the letters must read really well',
    'the replies need to sound human',
  ])('%s → quality high', text => {
    expect(read(text).quality_priority?.value).toBe('high');
  });

  it('reads no quality from a plan that sounds good to someone', () => {
    expect(
      read('the rollout plan has to sound good to the board').quality_priority,
    ).toBeUndefined();
  });
});

describe('latency left low in other words', () => {
  it.each([
    ['latency frankly is not a concern for the weekly digest', 'low'],
    ['speed really is not an issue, it runs on the archive', 'low'],
    ['no one is waiting on those in real time, they get emailed', 'low'],
    ['the report generator does not need to be blazing quick', 'low'],
    ['the helpdesk bot should be lightning-quick', 'high'],
    // a real-time need with no one said to wait stays high
    ['the dispatcher needs real time answers', 'high'],
  ])('%s', (text, value) => {
    expect(read(text).latency_priority?.value).toBe(value);
  });
});

describe('priorities from a fear, a modest price and a thing wanted fast', () => {
  it.each([
    [
      'our pharmacists worry about it inventing citations',
      'quality_priority',
      'high',
    ],
    [
      "i don't want the bot making stuff up about warranties",
      'quality_priority',
      'high',
    ],
    [
      'we care a lot about it not hallucinating part numbers',
      'quality_priority',
      'high',
    ],
    [
      'we are not worried about it making things up, a human checks',
      'quality_priority',
      'low',
    ],
    [
      'the school wants nothing too pricey for the pilot',
      'cost_priority',
      'high',
    ],
    [
      'the drivers want their routes quickly in the morning',
      'latency_priority',
      'high',
    ],
    [
      "the auditors don't want the reports fast, accuracy first",
      'latency_priority',
      'low',
    ],
  ])('%s', (text, field, value) => {
    expect(read(text)[field as PriorityField]?.value).toBe(value);
  });

  it('leaves a price said expensive alone', () => {
    expect(
      read('the current vendor is too expensive').cost_priority,
    ).toBeUndefined();
  });
});

describe('patience denied to the people who wait', () => {
  it.each([
    ["our dispatchers aren't patient, the map must refresh at once"],
    ['the night nurses have zero patience with tools'],
    ['shoppers are not very patient people'],
    ['our riders are not the most patient crowd'],
  ])('%s → latency high', text => {
    expect(read(text).latency_priority?.value).toBe('high');
  });

  it('leaves the noun alone ("not patient-facing", "no patient data")', () => {
    expect(
      read('the tool is not patient-facing, no patient data leaves the ward')
        .latency_priority,
    ).toBeUndefined();
  });
});

describe('waiting refused to the people who ask', () => {
  it.each([
    ['members must not be kept waiting for a reply'],
    ["we can't leave callers waiting"],
    ['tenants hate waiting, so the bot answers them'],
    ["passengers don't like to wait for the app"],
    ['no one likes waiting'],
  ])('%s → latency high', text => {
    expect(read(text).latency_priority?.value).toBe('high');
  });

  it('reads nothing from a wait on something other than the system', () => {
    expect(
      read("we hate waiting for the supplier's price list").latency_priority,
    ).toBeUndefined();
  });
});

describe('a big bill feared', () => {
  it('makes cost a high priority', () => {
    expect(
      read('the trustees are scared of a hefty invoice from the cloud')
        .cost_priority?.value,
    ).toBe('high');
  });

  it('reads nothing from a big bill that is only told', () => {
    expect(
      read('we got a huge bill from the caterer last spring').cost_priority,
    ).toBeUndefined();
  });
});

describe('wrong answers refused', () => {
  it('makes quality a high priority', () => {
    expect(
      read('the assistant must never quote false delivery dates')
        .quality_priority?.value,
    ).toBe('high');
    expect(
      read("it can't hand out incorrect tariffs to callers").quality_priority
        ?.value,
    ).toBe('high');
  });

  it('reads nothing from a refusal of something else', () => {
    expect(read('it cannot give refunds by itself').quality_priority).toBe(
      undefined,
    );
  });
});

describe('paying for it accepted', () => {
  it('makes cost a low priority', () => {
    expect(
      read('precision comes first and the client is prepared to pay for it')
        .cost_priority?.value,
    ).toBe('low');
  });

  it('is no acceptance when denied', () => {
    expect(
      read('the council is not willing to pay for it').cost_priority?.value,
    ).not.toBe('low');
  });
});

describe('more ways of saying a priority', () => {
  it.each([
    ['we are trying not to overspend this quarter', 'cost_priority', 'high'],
    ["we'd prefer not to pay too much", 'cost_priority', 'high'],
    ['the dosage tables must be spot-on', 'quality_priority', 'high'],
    [
      'the tax answers should come from the very best there is',
      'quality_priority',
      'high',
    ],
    ['first and foremost, get the totals right', 'quality_priority', 'high'],
  ])('%s → %s %s', (text, field, value) => {
    expect(read(text)[field as PriorityField]?.value).toBe(value);
  });

  it('reads no cost from money spent in the past', () => {
    expect(read('we overspent on GPUs last year').cost_priority).toBe(
      undefined,
    );
  });
});

describe('a need doubted', () => {
  it.each([
    ["i'm not convinced the answers must be real-time"],
    ['i doubt it has to be instant'],
    ['not sure it needs to be quick, the clerks batch their work'],
  ])('%s → latency low', text => {
    expect(read(text).latency_priority?.value).toBe('low');
  });

  it('is no doubt of the need when the doubt is about something else', () => {
    expect(
      read('not sure which model, but it needs to be fast').latency_priority
        ?.value,
    ).toBe('high');
  });
});

describe('an aspect ranked with "prio"', () => {
  it.each([
    [
      'response time low prio, the archive job runs overnight',
      'latency_priority',
      'low',
    ],
    [
      'accuracy high prio because the invoices go to auditors',
      'quality_priority',
      'high',
    ],
    ['cost is top prio for the pilot', 'cost_priority', 'high'],
    ['price: lowest prio', 'cost_priority', 'low'],
  ])('%s → %s %s', (text, field, value) => {
    expect(read(text)[field as PriorityField]?.value).toBe(value);
  });

  it('reads no rank from "prio" said of something else', () => {
    expect(read('ticket triage gets a high prio label').quality_priority).toBe(
      undefined,
    );
  });
});

describe('a modest need said with "-wise"', () => {
  it.each([
    ['latency-wise, nothing special', 'latency_priority'],
    ['nothing crazy required quality-wise for the drafts', 'quality_priority'],
  ])('%s → %s low', (text, field) => {
    expect(read(text)[field as PriorityField]?.value).toBe('low');
  });

  it('reads no quality from "nothing fancy" said of the speed', () => {
    const r = read('we need nothing fancy speed-wise');
    expect(r.latency_priority?.value).toBe('low');
    expect(r.quality_priority).toBe(undefined);
  });
});

describe('an aspect put first, then not cared about', () => {
  it.each([
    ['response time we honestly do not care about', 'latency_priority'],
    ['the price i care far less about than the accuracy', 'cost_priority'],
    ['ttft, dont care. the batch runs at night', 'latency_priority'],
  ])('%s → %s low', (text, field) => {
    expect(read(text)[field as PriorityField]?.value).toBe('low');
  });

  it('leaves an aspect that is cared about', () => {
    expect(read('speed we care about a lot').latency_priority?.value).not.toBe(
      'low',
    );
  });
});

describe('waiting as the lesser harm', () => {
  it('reads latency low from "worse than waiting"', () => {
    expect(
      read('a wrong stock count is much worse than having to wait a bit')
        .latency_priority?.value,
    ).toBe('low');
  });

  it('reads nothing from "nothing is worse than waiting"', () => {
    expect(
      read('for shoppers nothing is worse than waiting on a spinner')
        .latency_priority?.value,
    ).not.toBe('low');
  });
});

describe('the bad end of speed or price taken over a wrong answer', () => {
  it('reads each adjective', () => {
    const r = read("i'd take pricey and slow over inaccurate any day");
    expect(r.cost_priority?.value).toBe('low');
    expect(r.latency_priority?.value).toBe('low');
  });

  it('reads nothing from a slow thing that is not set against a wrong one', () => {
    expect(read('we take slow trains to the site').latency_priority).toBe(
      undefined,
    );
  });
});

describe('quality asked for by refusing wrong or made-up answers', () => {
  it.each([
    ['we want the smartest model money can buy'],
    ['give us whatever is most capable on two A100s'],
    ['it should answer from the catalogue and never make prices up'],
    ['the assistant must never invent dosage figures'],
    ['the last thing we want is for the bot to quote a wrong fee'],
    ['it can never get a part number wrong'],
    ["it must never tell a driver a road is open when it isn't"],
    ['the extractions have to be correct'],
    ['being right matters most'],
  ])('%s → quality high', text => {
    expect(read(text).quality_priority?.value).toBe('high');
  });

  it.each([
    ["whatever's best for your team"],
    ["don't get me wrong, we like the current vendor"],
    ['it has to be right for a team of four'],
  ])('%s → no quality', text => {
    expect(read(text).quality_priority).toBe(undefined);
  });
});

describe('quality given up', () => {
  it.each([
    ["the captions aren't going to win prizes, they're filler"],
    ["the alt text doesn't need to be a masterpiece"],
  ])('%s → quality low', text => {
    expect(read(text).quality_priority?.value).toBe('low');
  });

  it('reads no quality from an award the company won', () => {
    expect(read('our bakery won awards last year').quality_priority).toBe(
      undefined,
    );
  });

  it('reads a need denied by "nothing needs to be"', () => {
    expect(
      read('nothing here has to be instant, it is a weekly digest')
        .latency_priority?.value,
    ).toBe('low');
  });
});

describe('cost given up for a better model', () => {
  it('reads cost low from "rather pay ... than save"', () => {
    expect(
      read("we'd rather spend on a stronger model than save a few dollars")
        .cost_priority?.value,
    ).toBe('low');
  });

  it('reads cost high from "costing the earth" two words after the negation', () => {
    expect(
      read("we can't have it costing us the earth").cost_priority?.value,
    ).toBe('high');
  });

  it('reads no cost low from a preference without saving', () => {
    expect(
      read("i'd rather pay monthly than yearly").cost_priority?.value,
    ).not.toBe('low');
  });
});
