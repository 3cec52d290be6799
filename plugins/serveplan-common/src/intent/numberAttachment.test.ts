import {
  attachNumbers,
  isPersonNoun,
  isSingularPersonNoun,
  nounKind,
  tokenRoleOfNoun,
} from './numberAttachment';
import { readPeopleCount } from './peopleCounts';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { quantityContext } from './__testUtils__/quantityContext';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

const context = quantityContext;
const attach = (text: string) => attachNumbers(context(text));

describe('attaching numbers to the nouns they count', () => {
  it('finds the head noun past describing words', () => {
    const [r] = attach('built for 30k concurrent viewers during the match');
    expect(r).toMatchObject({
      value: 30_000,
      noun: 'viewers',
      describing: ['concurrent'],
      kind: 'person',
      slot: 'users',
    });
  });

  it('reads the noun past a hedge right after the number', () => {
    expect(attach('the clerks file 12 or so claims')[0]).toMatchObject({
      value: 12,
      noun: 'claims',
    });
    // a hedge with nothing after it leaves the number bare
    expect(attach('the clerks file 12 or so.')[0].noun).toBeUndefined();
  });

  it('reads a hyphenated unit as what the number measures', () => {
    const readings = attach('we own 3 4-GPU boxes');
    expect(readings.map(r => [r.value, r.measure, r.noun, r.kind])).toEqual([
      [3, undefined, undefined, undefined],
      [4, 'gpu', 'boxes', 'node'],
    ]);
  });

  it('takes a group noun before a bare count', () => {
    expect(attach('an onboarding bot for a crew of 45')[0]).toMatchObject({
      value: 45,
      noun: 'crew',
      kind: 'person',
    });
  });

  it('takes a family or household before a bare count as people', () => {
    expect(attach('a tutor bot for my household of 6')[0]).toMatchObject({
      value: 6,
      noun: 'household',
      kind: 'person',
    });
    expect(attach('a family of 4 small models')[0]).toMatchObject({
      value: 4,
      noun: 'models',
    });
  });

  it('keeps the period after the noun', () => {
    expect(attach('roughly 2m receipts a month')[0]).toMatchObject({
      value: 2_000_000,
      noun: 'receipts',
      kind: 'work',
      period: 'month',
    });
  });

  it('keeps the period past whom the things go to or come from', () => {
    expect(attach('about 25 quotes to suppliers a week')[0]).toMatchObject({
      value: 25,
      noun: 'quotes',
      period: 'week',
    });
    expect(attach('some 60 calls with landlords every day')[0]).toMatchObject({
      value: 60,
      noun: 'calls',
      period: 'day',
    });
    // a period word after the preposition is no party; nor is a singular noun
    expect(attach('15 reports to this a day')[0].period).toBeUndefined();
    expect(attach('15 reports to head office a day')[0].period).toBeUndefined();
  });

  it('gives numbers with no noun no slot', () => {
    expect(attach('somewhere near 12, maybe')[0]).toMatchObject({
      value: 12,
      noun: undefined,
      slot: 'other',
    });
  });
});

describe('which nouns name people', () => {
  it.each([
    'welders',
    'franchisees',
    'paramedics',
    'residents',
    'pilots',
    'croupiers',
    // in the person lexicon, though it ends like "playlists"
    'stylists',
    // "-alists" are people, not compounds of "list"
    'finalists',
    'vocalists',
  ])('%s are people', noun => {
    expect(isPersonNoun(noun)).toBe(true);
  });

  it.each([
    'servers',
    'documents',
    'components',
    'playlists',
    'checklists',
    'whitelists',
    'fees',
    'metrics',
    'incidents',
    'agents',
  ])('%s are not people', noun => {
    expect(isPersonNoun(noun)).toBe(false);
  });

  it('takes job titles said as acronyms as people, not other capital plurals', () => {
    for (const noun of ['sres', 'sdrs', 'rns', 'pms', 'csms'])
      expect(isPersonNoun(noun)).toBe(true);
    for (const noun of ['prs', 'pdfs', 'vms', 'apis', 'skus'])
      expect(isPersonNoun(noun)).toBe(false);
  });

  it('takes job titles clipped as people say them as people, not clipped names of things', () => {
    for (const noun of ['techs', 'admins', 'execs', 'grads', 'postdocs'])
      expect(isPersonNoun(noun)).toBe(true);
    for (const noun of ['docs', 'specs', 'apps', 'reqs', 'hires'])
      expect(isPersonNoun(noun)).toBe(false);
  });

  it('takes agents and assistants as people only with a human modifier', () => {
    expect(isPersonNoun('assistants', ['legal'])).toBe(true);
    expect(isPersonNoun('agents', ['coding'])).toBe(false);
  });

  it('takes leads as people only when a group they lead is named', () => {
    expect(isPersonNoun('leads', ['shift'])).toBe(true);
    expect(isPersonNoun('leads', ['team'])).toBe(true);
    expect(isPersonNoun('leads', ['sales'])).toBe(false);
    expect(isPersonNoun('leads', ['inbound'])).toBe(false);
    expect(isPersonNoun('leads')).toBe(false);
  });

  it('takes processors as people only when they process casework', () => {
    expect(isPersonNoun('processors', ['claims'])).toBe(true);
    expect(isPersonNoun('processors', ['payroll'])).toBe(true);
    expect(isPersonNoun('processors', ['arm'])).toBe(false);
    expect(isPersonNoun('processors')).toBe(false);
  });

  it('tells hardware, time and money from people', () => {
    expect(nounKind('H100s')).toBe('gpu');
    expect(nounKind('hosts')).toBe('node');
    expect(nounKind('weekdays')).toBe('time');
    expect(nounKind('bucks')).toBe('money');
  });
});

describe('people counted with any person noun', () => {
  it.each([
    ['onboarding helper used by 1,100 welders', 1100, 'total'],
    ['policy bot serving our 2,400 franchisees', 2400, 'total'],
    ['an FAQ assistant for 1,500 residents of the valley', 1500, 'total'],
    ['quiz bot, 30k concurrent viewers during the final', 30_000, 'concurrent'],
    ['safety chatbot for a crew of 60', 60, 'total'],
    ['ops assistant for 600 pilots and 90 schedulers', 600, 'total'],
  ])('%s', (text, users, kind) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe(kind);
  });

  it('does not count people the data is about', () => {
    expect(
      read('search over the payroll files of 3,000 welders for 12 HR managers')
        .users,
    ).toBe(12);
    expect(
      readPeopleCount('inspectors', 'records on ', ' in the archive'),
    ).toBeUndefined();
  });

  it('does not count a ratio of people as a headcount', () => {
    expect(readPeopleCount('inspectors', 'we need ', ' per site')).toBe(
      undefined,
    );
    expect(readPeopleCount('welders', 'one in ', '')).toBeUndefined();
  });

  it('does not count things with agent-like endings', () => {
    expect(read('chatbot running in 16 containers').users).toBeNull();
    expect(read('we print 500 stickers with a chatbot').users).toBeNull();
  });
});

describe('token lengths by the noun they measure', () => {
  it('maps nouns to token roles', () => {
    expect(tokenRoleOfNoun('digest')).toBe('output');
    expect(tokenRoleOfNoun('transcripts')).toBe('max');
    expect(tokenRoleOfNoun('tickets')).toBe('input');
    expect(tokenRoleOfNoun('widgets')).toBeUndefined();
  });

  it('reads a source after "from" as the input', () => {
    const intent = read(
      'each tagline is ~40 tokens, written from a 600-token catalogue record',
    );
    expect(intent.input_tokens).toBe(600);
    expect(intent.output_tokens).toBe(40);
  });

  it('reads "X of N tokens" by its noun', () => {
    const intent = read('headlines of 20 tokens from 3,000-token briefs');
    expect(intent.output_tokens).toBe(20);
    expect(intent.input_tokens).toBe(3000);
  });

  it('reads a bare number after a verb of answering when lengths are in tokens', () => {
    const intent = read(
      'we pass the model 5,000 tokens per call and it sends back 350',
    );
    expect(intent.input_tokens).toBe(5000);
    expect(intent.output_tokens).toBe(350);
  });

  it('leaves counts of answers alone when nothing is in tokens', () => {
    expect(read('chatbot that returns 400 a day').output_tokens).toBeNull();
  });
});

describe('GPUs as nodes times GPUs per node', () => {
  it.each([
    ['we have 4 hosts, each with 8 L40S', 32],
    ['we have two 8-GPU nodes', 16],
    ['3 machines with 4 GPUs each', 12],
  ])('%s', (text, gpus) => {
    expect(read(text).max_gpus).toBe(gpus);
  });

  it('does not multiply a GPU count by unrelated servers', () => {
    expect(read('we have 3 servers and 16 GPUs').max_gpus).toBe(16);
  });
});

describe('a bare multiple after a surge verb', () => {
  it.each([
    ['steady 12 rps, can spike to 3x', 36],
    ['around 20 qps typical; it surges to 4 times during sales', 80],
  ])('%s', (text, rate) => {
    const intent = read(text);
    expect(intent.requests_per_s).toBeCloseTo(rate, 6);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('needs a rate before it', () => {
    expect(read('chatbot, traffic may spike to 3x').requests_per_s).toBeNull();
  });
});

describe('long noun phrases after a count', () => {
  it('finds the head noun past three modifiers', () => {
    const i = read(
      'offline batch of 250k smart thermostat fault logs to classify, must finish in 6 hours',
    );
    expect(i.batch_requests).toBe(250000);
  });

  it('reads a singular person noun before a later noun as a modifier', () => {
    const i = read(
      'we must tag 3 million customer complaint emails, one-off job, finished within 40 hours',
    );
    expect(i.batch_requests).toBe(3000000);
    expect(i.users).toBeNull();
  });
});

describe('a singular person noun after a count above one', () => {
  it.each([
    'foreman',
    'nurse',
    'person',
    'secretary',
    'inspector',
    'chairwoman',
  ])('%s names a person', word =>
    expect(isSingularPersonNoun(word)).toBe(true),
  );

  it.each(['percent', 'event', 'server', 'order', 'nurses', 'us'])(
    '%s does not',
    word => expect(isSingularPersonNoun(word)).toBe(false),
  );

  it('reads the singular as the plural with its ending dropped', () => {
    expect(
      attach('we are some 70 welder, each logs 4 checks')[0],
    ).toMatchObject({
      value: 70,
      noun: 'welder',
      kind: 'person',
      slot: 'users',
    });
    expect(attach('the clinic has 1,200 patient.')[0]).toMatchObject({
      value: 1200,
      kind: 'person',
    });
  });

  it('leaves one of them, a singular before another word, and non-people alone', () => {
    expect(attach('only 1 welder on nights')[0].kind).toBeUndefined();
    expect(attach('about 5 percent enter it daily')[0].kind).toBeUndefined();
    expect(attach('we ship 40 order a day')[0].kind).not.toBe('person');
  });

  it('counts the users of a request said that way', () => {
    const intent = read(
      'Summaries of the shift logs for about 60 supervisor, each read 2 a day.',
    );
    expect(intent.users).toBe(60);
    expect(intent.users_kind).toBe('total');
  });
});

describe('a singular person noun before a verb of theirs', () => {
  it('reads the noun as the plural with its ending dropped', () => {
    const [r] = attach('perhaps 800 student use it on weekdays');
    expect(r).toMatchObject({ value: 800, noun: 'student', kind: 'person' });
    const intent = read(
      'Tutoring chatbot for a language school. About 700 learner ask it questions each day.',
    );
    expect(intent.users).toBe(700);
    expect(intent.users_kind).toBe('daily_active');
  });

  it('keeps a noun after the person noun as the head', () => {
    expect(attach('about 300 patient visits a day')[0].noun).toBe('visits');
    expect(attach('about 90 patient intake forms')[0].noun).toBe('forms');
    expect(attach('about 90 patient intake')[0].kind).toBeUndefined();
  });
});

describe('more people "of them" than were counted', () => {
  it('reads the larger count as the same people, not a part', () => {
    const readings = attach(
      'we employ 60 nurses in all and need 200 of them online at once',
    );
    expect(readings[1]).toMatchObject({
      value: 200,
      noun: 'nurses',
      kind: 'person',
    });
    expect(() =>
      read(
        'Clinic scheduling assistant. We employ 60 nurses in all and need 200 of them online at once.',
      ),
    ).toThrow(/more people at once/);
  });

  it('still reads a smaller count as a part of them', () => {
    const readings = attach(
      'we employ 600 nurses in all and need 200 of them online at once',
    );
    expect(readings[1].noun).toBeUndefined();
    expect(attach('4,000 tickets a day and 9,000 of them urgent')[1].noun).toBe(
      undefined,
    );
  });
});

describe('families as people', () => {
  it('counts families as people', () => {
    expect(isPersonNoun('families')).toBe(true);
  });

  it('reads them with their period', () => {
    expect(
      read(
        'A school-meals assistant: about 55,000 families a month open our app.',
      ),
    ).toMatchObject({ users: 55000, users_kind: 'monthly_active' });
  });

  it('does not count other plurals like it, or model families named as such', () => {
    expect(isPersonNoun('holds')).toBe(false);
    expect(isPersonNoun('holdings')).toBe(false);
    expect(isPersonNoun('households')).toBe(false);
    expect(
      read(
        'Support chatbot for our shop; we shortlisted 3 model families and have $2k a month.',
      ).users,
    ).toBeNull();
    expect(isPersonNoun('families', ['model'])).toBe(false);
    expect(isPersonNoun('families', ['gpu'])).toBe(false);
  });
});

describe('describing words joined by "and" before the head noun', () => {
  it('reads the head past "and"/"or" between describing words', () => {
    const [r] = attach('our 60 night-shift and weekend nurses');
    expect(r.noun).toBe('nurses');
    expect(r.kind).toBe('person');
    expect(
      read('A rota assistant for our 75 surgical or ward nurses.').users,
    ).toBe(75);
  });

  it('stops at "and" after a noun or before a number', () => {
    expect(attach('12 nurses and doctors')[0].noun).toBe('nurses');
    expect(attach('3 big and 2 small rooms')[0].noun).toBeUndefined();
  });
});

describe('no joined describing words without a head after them', () => {
  it('stops at "and" when no noun follows soon', () => {
    expect(
      read(
        'A billing chatbot. We have about 3 milion customer and maybe 5% of them use it each day.',
      ).users,
    ).toBe(3_000_000);
  });
});

describe('describing words joined by a slash', () => {
  it('are one describing word before the head noun', () => {
    expect(read('Q&A bot for ~90 design/build engineers').users).toBe(90);
    expect(
      read('batch job: write notes for ~8k invoice/order lines in a 6 h window')
        .batch_requests,
    ).toBe(8000);
  });

  it('leave a rate after a slash a rate', () => {
    const intent = read('chatbot for 300 users at 40 req/s peak');
    expect(intent.users).toBe(300);
    expect(intent.requests_per_s).toBe(40);
  });
});

describe('couples as people', () => {
  it('counts couples, newlyweds and spouses as people', () => {
    expect(isPersonNoun('couples')).toBe(true);
    expect(isPersonNoun('newlyweds')).toBe(true);
  });

  it('reads them with their period as the actives', () => {
    expect(
      read(
        'A concierge chat for our holiday lettings: roughly 900 couples a month would book through it.',
      ),
    ).toMatchObject({ users: 900, users_kind: 'monthly_active' });
  });

  it('leaves "a couple of" alone', () => {
    expect(attach('a couple of 40-page reports')[0].kind).not.toBe('person');
  });
});

describe('a singular noun of work after a count above one, before its period', () => {
  it('reads it as the plural with its ending dropped', () => {
    expect(attach('each clerk needs 6 summary per week')[0]).toMatchObject({
      value: 6,
      noun: 'summaries',
      kind: 'work',
      period: 'week',
    });
    expect(
      read(
        'An assistant for 25 auditors, each one ask maybe 3 summary per day.',
      ).requests_per_user_per_day,
    ).toBe(3);
  });

  it('leaves one item, a noun with no period, and non-work words alone', () => {
    expect(attach('1 summary per week')[0].noun).toBeUndefined();
    expect(attach('6 summary of the week')[0].noun).toBeUndefined();
    expect(attach('we run 6 model per day')[0].kind).toBeUndefined();
  });
});

describe('a singular verb after a count of people', () => {
  it('is no noun of work when a particle comes before the period', () => {
    expect(
      read('an FAQ bot for 8,000 tenants, of whom about 400 log in each day')
        .active_share,
    ).toBeCloseTo(0.05);
  });
});

describe('a count said loosely with "-odd"', () => {
  it('counts the noun after it', () => {
    expect(attach('40-odd clerks')[0]).toMatchObject({
      noun: 'clerks',
      kind: 'person',
    });
    expect(
      read(
        'A copy helper for our 4 editors. Each of them would ask it for 20-odd headlines a day.',
      ).requests_per_user_per_day,
    ).toBe(20);
  });

  it('leaves a hyphened measure alone', () => {
    expect(attach('a 40-page manual')[0].measure).toBe('page');
  });
});
