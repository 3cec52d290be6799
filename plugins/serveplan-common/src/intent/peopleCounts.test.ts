import {
  allAtOnceAfter,
  USES_THE_SYSTEM,
  atOnceRightAfter,
  readPeopleCount,
} from './peopleCounts';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('people counted with nouns no list knows', () => {
  it.each([
    // a role noun in a headcount frame
    ['assistant for our 400 warehouse pickers', 400, 'total'],
    [
      'RAG bot; we have 90 inspectors and each asks about 10 questions a day',
      90,
      'total',
    ],
    ['chatbot for roughly 650 caseworkers', 650, 'total'],
    // any noun the text makes a user
    ['stadium chatbot, 5k fans at once', 5000, 'concurrent'],
    ['about 900 kiosks querying it simultaneously, chatbot', 900, 'concurrent'],
    ['a chatbot for 1,200 residents who report potholes', 1200, 'total'],
  ])('%s', (text, users, kind) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe(kind);
  });

  it('reads "engs" as engineers', () => {
    expect(read('code generation bot, 75 backend engs').users).toBe(75);
  });

  it('reads use of the system past where the people are', () => {
    expect(
      readPeopleCount('nurses', '', ' hospital-wide would use it'),
    ).toEqual({ concurrent: false });
    expect(
      readPeopleCount('kiosks', 'about ', ' across the chain will query it'),
    ).toEqual({ concurrent: false });
    // a place that is not where the people are does not stand in for the use verb
    expect(
      readPeopleCount('kiosks', 'about ', ' in the lobby will query it'),
    ).toBeUndefined();
  });

  it('needs the words around a role noun to say it counts people', () => {
    expect(readPeopleCount('preparers', 'we have ', '')).toEqual({
      concurrent: false,
    });
    expect(
      readPeopleCount('preparers', 'the payroll records of ', ''),
    ).toBeUndefined();
  });

  it('never counts things as people', () => {
    expect(readPeopleCount('servers', 'we have ', '')).toBeUndefined();
    expect(readPeopleCount('documents', '', ' at once')).toBeUndefined();
    expect(read('chatbot for 200 users on 40 servers').users).toBe(200);
  });
});

describe('shares of users said as "1 in N" or "of whom"', () => {
  it.each([
    ['chatbot for 8k staff, maybe one in five log in daily', 0.2],
    ['assistant for 3,000 nurses, half of whom use it daily', 0.5],
  ])('%s', (text, share) => {
    expect(read(text).active_share).toBeCloseTo(share, 3);
  });
});

describe('people by the form of the noun and their frame', () => {
  it.each([
    ['assistant for our 75 baristas', 75],
    ['crew members: 140, internal chatbot', 140],
    ['internal bot, head count of 2,300', 2300],
    ['chatbot, 900 licences used by underwriters', 900],
    ['copilot with 350 seats assigned to our engineers', 350],
  ])('%s → %d users', (text, users) => {
    expect(read(text).users).toBe(users);
  });

  it('does not take licences held by things, or a plural in -tas, for people', () => {
    expect(readPeopleCount('licences', '', ' for the gpus')).toBeUndefined();
    expect(read('chatbot, 40 licences for our servers').users).toBeNull();
    expect(read('chatbot with 12 quotas').users).toBeNull();
  });

  it('does not take a label of things for a headcount', () => {
    expect(read('chatbot, documents: 4,000').users).toBeNull();
  });
});

describe('people online at one moment', () => {
  it('reads people online or logged in as concurrent', () => {
    const i = read(
      'game companion chat, 40k gamers online at the evening peak',
    );
    expect(i.users).toBe(40000);
    expect(i.users_kind).toBe('concurrent');
    expect(read('chatbot, 900 users logged in').users_kind).toBe('concurrent');
  });

  it('does not when a period follows', () => {
    expect(read('chatbot, 3k users online per day').users_kind).not.toBe(
      'concurrent',
    );
  });
});

describe('people given access, or of whom a share is active', () => {
  it('reads a count given access to the system as users', () => {
    expect(
      readPeopleCount('agents', '', ' overall will get access, so', [], false),
    ).toEqual({ concurrent: false });
    const intent = read(
      'contract Q&A for the lettings side; about 260 agents in all would have access',
    );
    expect(intent.users).toBe(260);
  });

  it('does not read access to something else as use of the system', () => {
    expect(
      readPeopleCount(
        'agents',
        '',
        ' would have access to our CRM tools',
        [],
        false,
      ),
    ).toBeUndefined();
  });

  it('reads a count with a share of it active as users', () => {
    expect(
      readPeopleCount(
        'agents',
        '',
        ' overall, 20% of them active each day',
        [],
        false,
      ),
    ).toEqual({ concurrent: false });
    const intent = read(
      'helpdesk RAG: 2,500 agents overall, 20% active on a typical day, 30 lookups per agent per day',
    );
    expect(intent.users).toBe(2500);
    expect(intent.users_kind).toBe('total');
    expect(intent.active_share).toBe(0.2);
  });

  it('reads most of them, or a share that would use it, as activity', () => {
    expect(
      readPeopleCount('households', '', ', most of them active in the evening'),
    ).toEqual({ concurrent: false });
    expect(
      readPeopleCount(
        'households',
        '',
        ' and about 30% of them would use it weekly',
      ),
    ).toEqual({ concurrent: false });
    expect(
      readPeopleCount('households', '', ', nearly all of them log in monthly'),
    ).toEqual({ concurrent: false });
  });

  it('does not read most of them doing something else as activity', () => {
    expect(
      readPeopleCount('households', '', ', most of them own a car'),
    ).toBeUndefined();
    expect(
      readPeopleCount('households', '', ' and 30% of them would move'),
    ).toBeUndefined();
  });

  it('does not read a share of something else as activity', () => {
    expect(
      readPeopleCount(
        'agents',
        '',
        ' overall, 20% cheaper than last year',
        [],
        false,
      ),
    ).toBeUndefined();
    expect(
      readPeopleCount(
        'agents',
        '',
        ', a quarter of them escalate tickets',
        [],
        false,
      ),
    ).toBeUndefined();
  });
});

describe('things in a conversation at once are its participants', () => {
  it.each([
    [
      'roughly 7,000 kiosks to be in a session at the same time, chatbot, H100',
      7000,
    ],
    ['voice bot; around 3,000 phones are on a call simultaneously', 3000],
  ])('%s', (text, users) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('reads the frame on its own', () => {
    expect(
      readPeopleCount('tablets', '', ' to be in a live chat in parallel'),
    ).toEqual({ concurrent: true });
    expect(
      readPeopleCount('trucks', '', ' to be in a depot at the same time'),
    ).toBeUndefined();
  });
});

describe('people said to use it after "who" or by what they want to do', () => {
  it.each([
    " who'd use it every week",
    ' that will query the assistant',
    ' need to ask it about policies',
    ' want to ask questions about the wiki',
  ])('"%s"', after => {
    expect(readPeopleCount('rigs', '', after)).toEqual({ concurrent: false });
  });

  it('does not read other wants or objects as use', () => {
    expect(readPeopleCount('rigs', '', ' want to review the wiki')).toBe(
      undefined,
    );
    expect(readPeopleCount('rigs', '', ' ask for a raise')).toBeUndefined();
  });
});

describe('all of the people counted said to be on it at once', () => {
  it.each([
    ', all on it at once during the morning rush',
    ', and everyone is logged in at the same time on Mondays',
    '. At month end all of them use the ledger tool simultaneously',
    ' and they all log in at same time',
    ', they would all hit the app in parallel',
  ])('"%s"', after => {
    expect(allAtOnceAfter(after)).toBe(true);
  });

  it.each([
    // "all" of something else, or not about using it
    ', all based in Leeds, at the same time as the audit',
    '. Our managers all use it at once',
    '. All of them were hired at the same time',
    // another count between
    '. In June 20 of them joined, all of them use it at once',
    // two sentences away
    '. Nice people. Really. All of them use it at once',
  ])('not "%s"', after => {
    expect(allAtOnceAfter(after)).toBe(false);
  });

  it('makes a count of people one of people at once', () => {
    const intent = read(
      'A dispatch copilot for our 65 dispatchers, all on it at once when storms hit.',
    );
    expect(intent.users).toBe(65);
    expect(intent.users_kind).toBe('concurrent');
    const later = read(
      'Chat assistant for claims. The users are 120 adjusters. After a hailstorm all of them use it at same time.',
    );
    expect(later.users).toBe(120);
    expect(later.users_kind).toBe('concurrent');
  });

  it('leaves a headcount whose "all" says nothing of time', () => {
    expect(
      read('A dispatch copilot for our 65 dispatchers, all trained in Leeds.')
        .users_kind,
    ).toBe('total');
  });
});

describe('atOnceRightAfter', () => {
  it('reads a time at once right after the people', () => {
    expect(atOnceRightAfter(' on the site in same time')).toBe(true);
    expect(atOnceRightAfter(' at once')).toBe(true);
    expect(
      read(
        'Museum guide chatbot. On holidays about 700 guests are in the app at same time.',
      ).users_kind,
    ).toBe('concurrent');
  });

  it('does not take a time at once past another number or too far', () => {
    expect(atOnceRightAfter(' send 30 questions at once')).toBe(false);
    expect(
      atOnceRightAfter(
        ' who visit the museum and the shop and the cafe at once',
      ),
    ).toBe(false);
  });
});

describe('people at the same moment, on shift at once, and a future use of it', () => {
  it('reads "at the same moment" as at once, past up to five words', () => {
    expect(
      atOnceRightAfter(' might all be talking to Max at the same moment'),
    ).toBe(false);
    expect(
      atOnceRightAfter(' would be asking the tutor at the same moment'),
    ).toBe(true);
    expect(
      read(
        'A homework helper for teens. On exam nights about 350 students could be typing to it at the same moment.',
      ).users_kind,
    ).toBe('concurrent');
  });

  it('does not read a moment said of something else as people at once', () => {
    expect(atOnceRightAfter(' arrived at the depot in the same week')).toBe(
      false,
    );
    expect(
      read('A helpdesk bot for our 350 students; the big moment is exam week.')
        .users_kind,
    ).toBe('total');
  });

  it('reads all of them on shift or on duty at once as people at once', () => {
    expect(allAtOnceAfter(', all on duty at once on Mondays')).toBe(true);
    expect(allAtOnceAfter(', all on shift at the same time')).toBe(true);
    expect(allAtOnceAfter(', all on shift during the week')).toBe(false);
  });

  it('reads "will be using it" as the people using the system', () => {
    const intent = read(
      'Our firm has about 2,400 employees. Every day roughly 90 paralegals will be using it to draft letters.',
    );
    expect(intent.users).toBe(90);
    expect(intent.users_kind).toBe('daily_active');
    expect(USES_THE_SYSTEM.test(' will be using it')).toBe(true);
    expect(USES_THE_SYSTEM.test(' will be moving offices')).toBe(false);
  });
});

describe('people counted per period over a year or less', () => {
  it.each([
    ['enrolment helper: 12,000 students per term; p95 TTFT 400 ms', 12000],
    ['a Q&A bot for about 7,500 entrants each season', 7500],
    ['visa assistant; 20k trainees per intake', 20000],
  ])('%s', (text, users) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe('total');
  });

  it('still reads people per team or per thing as a ratio', () => {
    expect(readPeopleCount('reviewers', '', ' per batch of claims')).toBe(
      undefined,
    );
    expect(readPeopleCount('tutors', '', ' per campus')).toBe(undefined);
  });
});

describe('all of the people on it at once, after a modal', () => {
  it('reads "all of them could be on it at once" as concurrent', () => {
    const intent = read(
      'A practice-exam assistant. The cohort is 60 trainees, and all of them might be on it at once before exams.',
    );
    expect(intent.users).toBe(60);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('counts recruits as people', () => {
    expect(read('A study chatbot for our 35 recruits.').users).toBe(35);
  });

  it('does not read a time at once said of something else', () => {
    expect(
      read(
        'A practice-exam assistant for 60 trainees; the 4 servers could be on it at once.',
      ).users_kind,
    ).toBe('total');
  });
});

describe('"who" standing for a person named right before it', () => {
  it.each([
    ['booths', 'man the 6 ', ' tonight with someone who speaks Polish'],
    ['tills', 'open 3 ', ' at noon with any cashier who has a key'],
  ])('does not count %j as people', (noun, before, after) => {
    expect(readPeopleCount(noun, before, after)).toBeUndefined();
  });

  it.each([
    ['nurses', 'a helpdesk bot for the 250 ', ' who work nights'],
    ['guests', 'about 900 ', ' on a busy night, a third of whom ask it'],
  ])('still counts %j the "who" follows', (noun, before, after) => {
    expect(readPeopleCount(noun, before, after)).toBeDefined();
  });

  it('keeps the whole intent on the people said to use it', () => {
    expect(
      read(
        'An agent for requests like "cover the Pier 9 berth tonight with someone who holds a crane licence". 300 planners would use it.',
      ).users,
    ).toBe(300);
  });
});
