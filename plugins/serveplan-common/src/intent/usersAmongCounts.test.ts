import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('the writer’s own organisation and the people who use it', () => {
  it('takes the part of the organisation said to use it', () => {
    expect(
      read(
        'we are roughly 250 people in total, but only the 35 translators will use the tool',
      ).users,
    ).toBe(35);
    expect(
      read(
        "we're a regional newspaper, 140 staff, and 60 reporters would get access",
      ).users,
    ).toBe(60);
  });

  it('takes the product’s users over the team that builds it', () => {
    const intent = read(
      "We're a fitness app company, series A, nine people. About 30k daily active users log workouts with us.",
    );
    expect(intent.users).toBe(30000);
    expect(intent.users_kind).toBe('daily_active');
    const concurrent = read(
      "we're a crew of 6, and we plan for 250 concurrent users of the support bot",
    );
    expect(concurrent.users).toBe(250);
    expect(concurrent.users_kind).toBe('concurrent');
  });

  it('keeps the organisation when nothing later says who uses it', () => {
    expect(
      read("we're a clinic of 45 people and everyone would use the bot").users,
    ).toBe(45);
    expect(
      read("we're about 90 engineers; 12 designers sit in the Porto office")
        .users,
    ).toBe(90);
  });

  it('takes a group of an organisation sized by its people as a whole', () => {
    expect(
      read(
        "We're a 45-person architecture firm and our 9 drafters need a rendering-notes bot.",
      ).users,
    ).toBe(9);
    expect(
      read(
        'I run a 60-person logistics business; the dispatch team is 14 people and they want a helper.',
      ).users,
    ).toBe(14);
    // a group not named as the organisation's own, or a team sized as a whole, is left
    expect(
      read("We're a 90-person agency; 12 designers sit in the Porto office.")
        .users,
    ).toBe(90);
    expect(
      read("We're a 25-person team and our 4 editors review the drafts.").users,
    ).toBe(25);
  });

  it('keeps the first count when it is not the writer’s own group', () => {
    expect(
      read('a drafting assistant for 70 paralegals; only 20 partners log in')
        .users,
    ).toBe(70);
  });
});

describe('a team of the writer’s organisation and the people who use it', () => {
  it('takes the people said to use it over the team that asks for it', () => {
    const intent = read(
      "We're a 900-person insurer and my analytics team, which is 7 people, is building this. Roughly 260 adjusters across the firm will use it.",
    );
    expect(intent.users).toBe(260);
    expect(intent.assumptions.join(' ')).toMatch(/7 read as the size/);
  });

  it('keeps the team when nothing later says who uses it', () => {
    expect(
      read(
        'our data team is 9 engineers and wants a SQL assistant; 3 dashboards will embed it',
      ).users,
    ).toBe(9);
  });
});

describe('the workforce of the writer’s organisation and the part it is for', () => {
  it('takes the size of the group the system is for', () => {
    const intent = read(
      'Our insurer employs 14,000 staff in 6 regions. We want a policy Q&A bot for the underwriting division alone, which is roughly 480 people.',
    );
    expect(intent.users).toBe(480);
  });

  it('keeps the workforce when the system is for all of them', () => {
    expect(
      read(
        'Our insurer employs 14,000 staff and all of them need the policy Q&A bot.',
      ).users,
    ).toBe(14000);
  });

  it('takes the product’s users over a size listed in the description', () => {
    const intent = read(
      'Background: our language-learning company is 5 years old, 40 people, based in Porto. We have around 90k daily active learners.',
    );
    expect(intent.users).toBe(90000);
    expect(intent.users_kind).toBe('daily_active');
  });
});

describe('a deployment that covers only a part of the organisation', () => {
  it('takes the count of that part over the whole workforce', () => {
    const intent = read(
      'We are a retail bank with around 21,000 employees, but the trial is limited to the legal team. Legal has some 140 lawyers and paralegals. They review contracts.',
    );
    expect(intent.users).toBe(140);
  });

  it('keeps the workforce when the later count is of another part', () => {
    const intent = read(
      'We are a retail bank with around 21,000 employees, but the trial is limited to the legal team. Our branches have 900 tellers.',
    );
    expect(intent.users).toBe(21000);
  });

  it('keeps the workforce when nothing narrows the deployment', () => {
    const intent = read(
      'We are a retail bank with around 21,000 employees, and the trial covers all of them. Legal has some 140 lawyers.',
    );
    expect(intent.users).toBe(21000);
  });
});

describe('people of the context and the people said to use it', () => {
  it('takes the later count said to use it over an earlier one that is not', () => {
    const read1 = read(
      'Background: the depot employs 900 drivers over two regions. We want a routing copilot for our 60 dispatchers.',
    );
    expect(read1.users).toBe(60);
    expect(
      read(
        'we hired 4 consultants for the old portal. Now a claims Q&A bot: 300 adjusters, about half of them use it on a typical day.',
      ).users,
    ).toBe(300);
  });

  it('keeps the first count when nothing later says who uses it', () => {
    expect(
      read(
        'Background: the depot employs 900 drivers over two regions. A routing copilot; 60 dispatchers sit in the control room.',
      ).users,
    ).toBe(900);
  });

  it('keeps the first count when it is said to use it', () => {
    expect(
      read(
        'a routing copilot for our 60 dispatchers; the depot employs 900 drivers who will use it too',
      ).users,
    ).toBe(60);
  });
});

describe('the users past the writer’s own side', () => {
  it.each([
    [
      'Some background: we run 2 shops and about 45 of us work in support. The portal itself gets about 30k monthly visitors.',
      30000,
      'monthly_active',
    ],
    [
      'we started in 2015 doing furniture, 9 people on the team. We want a chatbot on the store, which sees about 12k monthly shoppers.',
      12000,
      'monthly_active',
    ],
    [
      'We released our first app with a team of 60. This time we expect about 20k daily riders at launch.',
      20000,
      'daily_active',
    ],
    [
      "I'm the IT lead for a logistics company, about 5,200 employees. Roughly 90 dispatchers would use it.",
      90,
      'total',
    ],
  ])('%s', (text, users, kind) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe(kind);
  });

  it('keeps the writer’s side when it is who uses it', () => {
    expect(
      read('about 45 of us would use it every day; we serve 3,000 clients.')
        .users,
    ).toBe(45);
  });
});

describe('a count of people said of the past is background', () => {
  it('takes the later count over people of a past event', () => {
    const intent = read(
      'Back in 2021 our ticket launch went badly and 12,000 fans were locked out for hours. Now we want a concierge bot in the ticketing app, which has roughly 400k monthly active users.',
    );
    expect(intent.users).toBe(400000);
    expect(intent.users_kind).toBe('monthly_active');
    expect(
      read(
        'Last tournament the stream peaked at 50,000 concurrent viewers; we expect about 3,000 people asking the bot questions at the same time.',
      ).users,
    ).toBe(3000);
  });

  it('keeps a past count when nothing else is counted, or a part of it follows', () => {
    expect(read('Last year we had 900 users on the old portal.').users).toBe(
      900,
    );
    expect(
      read(
        'We had 4,000 testers in the beta, 500 of them use it daily. Now a help bot for them.',
      ).users,
    ).toBe(4000);
  });

  it('does not pass over a first count said of now', () => {
    expect(
      read(
        'a discharge-letter helper for 600 nurses; last winter 9,000 patients were admitted',
      ).users,
    ).toBe(600);
  });
});

describe('the people said to use it, past a workforce or other people counted first', () => {
  it.each([
    [
      'Our plant has 2,400 operators across three shifts. The ones who would really use it are the shift supervisors, roughly 150 of them, a few lookups per shift.',
      150,
      'total',
    ],
    [
      'We coached 4,000 teens over the summer camps. There are about 60 mentors in the programme who will use the app.',
      60,
      'total',
    ],
    [
      "We're a logistics company, about 9,000 staff across Europe. We want a search tool the customs desk, roughly 25 people, uses constantly.",
      25,
      'total',
    ],
    [
      'The practice has 8 directors and 3 studios. Around 120 of our designers would use it daily.',
      120,
      'daily_active',
    ],
    [
      'We run 5 garden centres with about 70 staff. A chatbot on our web shop: it gets 3,000 visitors on the website each day.',
      3000,
      'daily_active',
    ],
  ])('%s', (text, users, kind) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe(kind);
  });

  it('keeps the first count when the later one is not said to use it', () => {
    expect(
      read(
        'Our plant has 2,400 operators across three shifts. The people who built the old tool are the shift supervisors, roughly 150 of them.',
      ).users,
    ).toBe(2400);
    expect(
      read(
        'We run 12 dental clinics with about 60 dentists. We see around 900 patients each day.',
      ).users,
    ).toBe(60);
    expect(
      read(
        "We're a logistics company, about 9,000 staff. A search tool; the customs desk, roughly 25 people, uses sap every day.",
      ).users,
    ).toBe(9000);
  });
});

describe('which count is the users when several people are counted', () => {
  it('reads a count restating a group said to use it over the organisation', () => {
    const intent = read(
      "We're a hospital trust in Leeds, roughly 7,000 staff. Only the night shift would use it, that's 120 nurses, each asking maybe 10 things a night.",
    );
    expect(intent.users).toBe(120);
  });

  it('reads people the system is said to meet each day over the staff who want it', () => {
    const intent = read(
      'Our librarians (there are 9 of them) want a help bot on the library website. We think the bot would serve about 1,200 people a day.',
    );
    expect(intent.users).toBe(1200);
    expect(intent.users_kind).toBe('daily_active');
  });

  it('reads the team it is for, not a larger count of people it is not for', () => {
    const intent = read(
      'A drafting aid for our sales team of 14 reps, about 25 emails each a day. We have some 80,000 subscribers, but they would never see this tool.',
    );
    expect(intent.users).toBe(14);
  });

  it('reads a sum of the people said to use it over the writer’s own unit', () => {
    const intent = read(
      'I lead the planning office, 8 of us. We want a search assistant the planners and the site engineers can query for drawings. All told that is around 95 people.',
    );
    expect(intent.users).toBe(95);
  });

  it('reads people who log in on a day over the team that built the product', () => {
    const intent = read(
      'We started in 2020 with 4 people and we are 90 employees now. A help chatbot inside the applicant portal; around 3,000 applicants log in on a typical day.',
    );
    expect(intent.users).toBe(3000);
    expect(intent.users_kind).toBe('daily_active');
  });

  it('does not read an on-call crew in a story of the past as the users', () => {
    const intent = read(
      'A support chatbot in our ticketing app. During last winter’s outage our on-call rota of 6 engineers got no sleep. Plan for a peak of 400 requests per second.',
    );
    expect(intent.users).toBeNull();
    expect(intent.question).toBeNull();
  });

  it('reads on-call engineers as the users of a tool for them', () => {
    expect(
      read('Incident triage agent for our 25 on-call engineers, 16k context')
        .users,
    ).toBe(25);
  });
});

describe('who of several counts uses it', () => {
  it('reads the people named as the users after the company size', () => {
    const intent = read(
      'We run 4 bakeries with about 300 employees. The users are our 12 shift managers, who would plan orders with it.',
    );
    expect(intent.users).toBe(12);
  });

  it('reads a number singled out to use it after a group as the users', () => {
    const intent = read(
      'Our legal department is 5 people. The firm has 90 paralegals, but only about 30 would use the tool each day to draft letters.',
    );
    expect(intent.users).toBe(30);
    expect(intent.users_kind).toBe('daily_active');
  });

  it('keeps the group when nothing singles out who uses it', () => {
    const intent = read(
      'A drafting assistant for our 90 paralegals, but only about 30 work on Fridays.',
    );
    expect(intent.users).toBe(90);
  });

  it('reads the product written out as the people in all', () => {
    const intent = read(
      'Ferry kiosk assistant: 6 terminals x 500 passengers = 3,000 at peak hour; budget $2k/month.',
    );
    expect(intent.users).toBe(3000);
  });

  it('reads the people a share of whom is said to open it as the users', () => {
    const intent = read(
      'Our IT team is 8 people. We employ 4,200 nurses, and on a quiet day perhaps a fifth of them would open it to check shifts.',
    );
    expect(intent.users).toBe(4200);
  });
});

describe('the writer’s own staff, users of the past and users now', () => {
  it('reads the users now past a peak of the past', () => {
    const intent = read(
      'I run the website of a city radio station, we employ 60 presenters. We want a live song-request bot. During last summer festival the stream peaked at 40,000 concurrent listeners; this year we expect about 1,500 fans talking to the bot at the same time.',
    );
    expect(intent.users).toBe(1500);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('still reads a peak of the past when nothing is said of now', () => {
    const intent = read(
      'I run the website of a city radio station, we employ 60 presenters. We want a live song-request bot. Last summer the stream peaked at 40,000 concurrent listeners.',
    );
    expect(intent.users).toBe(40000);
  });
});

describe("the writer's own team beside daily users", () => {
  it('asks nothing when more use it a day than the team that runs it', () => {
    const intent = read(
      'a homework chatbot. About 400 students use it on a typical day; money is tight, we are three people and a dog.',
    );
    expect(intent.users).toBe(400);
    expect(intent.question).toBeNull();
  });
});

describe('who uses it, said against other counts', () => {
  const users = (text: string) => {
    const i = extractIntent(text, { knowledgeBase });
    return [i.users, i.users_kind];
  };
  it('takes the people said to be the only ones using it', () => {
    expect(
      users(
        'we sell reports to 9,000 clients. Our research desk of eight analysts are the only users of the drafting tool.',
      ),
    ).toEqual([8, 'total']);
  });
  it('passes over organisations counted beside people', () => {
    expect(
      users(
        'about 400 partner companies have access; roughly 2,500 accountants use it daily.',
      ),
    ).toEqual([2500, 'daily_active']);
  });
  it("reads people who signed up as the users past the writer's own team", () => {
    expect(
      users("we're Quillstack, 6 people. 3,200 writers have signed up so far."),
    ).toEqual([3200, 'total']);
  });
});

describe('a count the writer settles on', () => {
  it('reads "so call it 3,000 people at once" over the count it was worked out from', () => {
    const intent = read(
      'NPC chat. The last game peaked at around 9k concurrent players and maybe a third of players would be chatting at any moment, so call it 3,000 people at once.',
    );
    expect(intent.users).toBe(3000);
    expect(intent.users_kind).toBe('concurrent');
  });
  it('reads "that\'s eight engineers" after the size of the company', () => {
    expect(
      read(
        "We're a twelve-person startup. I want a self-hosted coding assistant. That's eight engineers, each sending 30 requests a day.",
      ).users,
    ).toBe(8);
  });
});

describe('people said to use it with a team between', () => {
  it('reads "three people in marketing would use it" as the users, not the subscribers', () => {
    expect(
      read(
        'We want an AI to write our newsletter. Three people in marketing would use it. About 25 editions a month, going out to 11,000 subscribers.',
      ).users,
    ).toBe(3);
  });
});
