import { intentFromConversation } from './conversation';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { roleIsPeople } from './countReferents';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('people said to do something each day are daily actives', () => {
  it.each([
    'about 2,400 drivers open the route app each day',
    'roughly 900 agents work through their queue every day with it',
    'some 5k staff ask it questions daily',
  ])('%s', text => {
    expect(read(text).users_kind).toBe('daily_active');
  });

  it('leaves the day to a number said between the people and it', () => {
    const intent = read('chatbot for 500 engineers who send 30 prompts a day');
    expect(intent.users).toBe(500);
    expect(intent.users_kind).toBe('total');
  });

  it('does not read a day said in another clause as theirs', () => {
    expect(
      read('a bot for 700 nurses; the ward logs are refreshed every day')
        .users_kind,
    ).toBe('total');
  });
});

describe('a headcount settled on right after a range', () => {
  it('takes the value said after the range', () => {
    expect(
      read('onboarding assistant for 80-120 trainees, call it 100').users,
    ).toBe(100);
    expect(read('chatbot for 3-5k employees (say 4k)').users).toBe(4000);
  });

  it('keeps the upper end when the words after it count a part', () => {
    expect(
      read('chatbot for 3-5k employees, roughly 4k of them in Europe').users,
    ).toBe(5000);
  });
});

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

  it('keeps the first count when it is not the writer’s own group', () => {
    expect(
      read('a drafting assistant for 70 paralegals; only 20 partners log in')
        .users,
    ).toBe(70);
  });
});

describe('"actives" as a noun for active users', () => {
  it.each([
    [
      'a shopping chatbot, 25k daily actives, ttft under 1 s',
      25000,
      'daily_active',
    ],
    ['homework helper with 800k monthly actives', 800000, 'monthly_active'],
    ['a game companion bot for 3,500 daily-actives', 3500, 'daily_active'],
  ])('%s', (text, users, kind) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe(kind);
  });

  it('does not read "actives" without a count of them', () => {
    const intent = read('an HR bot for 8,000 employees, daily actives unknown');
    expect(intent.users).toBe(8000);
    expect(intent.users_kind).toBe('total');
  });
});

describe('a person noun labelled with its count', () => {
  it.each([
    [
      'live captions bot. Simultaneous viewers are somewhere around 6k during the finals',
      6000,
      'concurrent',
    ],
    [
      'intranet assistant; our staff members are close to 450 in total',
      450,
      'total',
    ],
    ['code helper, contributors: roughly 1,300', 1300, 'total'],
  ])('%s', (text, users, kind) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe(kind);
  });

  it('does not read a count of something else after the label', () => {
    expect(
      read('summary bot; our editors are about 20 minutes from the office')
        .users,
    ).toBeNull();
  });

  it('does not read the start of a number as a count of its own', () => {
    expect(
      read('wiki assistant, reviewers: 2,400 reviewers').assumptions.join(' '),
    ).not.toMatch(/several user counts/);
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

describe('more people at once than in all, only for the same people', () => {
  it('still rejects the same people, or a bare count, at once above the total', () => {
    expect(() =>
      read('study helper, 1,500 students in total, 2,200 students at once'),
    ).toThrow(/more people at once/);
    expect(() =>
      read('a coding helper for a team of 30, 90 concurrent at peak'),
    ).toThrow(/more people at once/);
  });

  it('reads the people at once as the users when the total counts others', () => {
    const intent = read(
      'Some background: we launched our first app in 2021 with a crew of 12. The new feature is a voice bot, and at launch about 400 listeners were chatting with it at the same time.',
    );
    expect(intent.users).toBe(400);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('does not reject guests at once above the staff who run the place', () => {
    const intent = read(
      'concierge chatbot for a resort: a team of 60 runs the place, and up to 350 guests ask it things simultaneously',
    );
    expect(intent.users).toBe(350);
    expect(intent.users_kind).toBe('concurrent');
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

describe('a past count of users beside the people at once now', () => {
  it('reads the people at once now as the users', () => {
    const intent = read(
      'two years ago we had 700 users on the old portal; the new assistant should take 1,100 users simultaneously',
    );
    expect(intent.users).toBe(1100);
    expect(intent.users_kind).toBe('concurrent');
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

describe('a count after a lead word that has a noun of its own', () => {
  it('reads the count with its own noun', () => {
    const intent = read(
      'code review bot at a payments company: 420 engineers simultaneously at peak',
    );
    expect(intent.users).toBe(420);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('keeps the lead word when the count has no noun after it', () => {
    const intent = read('code review bot, team: 420, mostly backend');
    expect(intent.users).toBe(420);
    expect(intent.users_kind).toBe('total');
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

describe('enrolment, people active in a period, and people per unit', () => {
  it('reads an enrolment as the students', () => {
    expect(
      read('A Q&A bot for our college. Enrolment is around 9,500.').users,
    ).toBe(9500);
  });

  it('does not read an enrolment year as a count', () => {
    expect(
      read('A Q&A bot for our college, enrolment opens in May.').users,
    ).toBeNull();
  });

  it('reads any people noun said to be active in a period', () => {
    const intent = read(
      'We expect about 40,000 monthly active riders to ask the assistant about routes.',
    );
    expect(intent.users).toBe(40000);
    expect(intent.users_kind).toBe('monthly_active');
  });

  it('does not read things active in a period as people', () => {
    expect(
      read('a chatbot that reports on 40,000 daily active sensors').users,
    ).toBeNull();
  });

  it('multiplies people per unit by the units', () => {
    const intent = read(
      'Parts lookup assistant: 320 garages x ~5 mechanics each.',
    );
    expect(intent.users).toBe(1600);
    expect(intent.users_kind).toBe('total');
  });

  it('multiplies people per unit when "each" ends the text', () => {
    expect(
      read('A shift-notes helper. 18 clinics, about 25 nurses each.').users,
    ).toBe(450);
  });

  it('still reads a headcount followed by "each day"', () => {
    expect(
      read('a helpdesk bot: 600 nurses each day ask it about shift rules')
        .users,
    ).toBe(600);
  });
});

describe('a share active said after a hedge', () => {
  it('reads the population of whom a share logs in', () => {
    const intent = read(
      'We run a gym chain with a member app. Membership is about 12,000 members, but realistically a third of them log in on a given day. 4 of us in IT maintain it.',
    );
    expect(intent.users).toBe(12000);
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

describe('job titles said as acronyms are people', () => {
  it('counts them as users', () => {
    expect(read('an incident copilot for about 45 SREs').users).toBe(45);
    expect(
      read(
        'a sales email drafter for our 300 SDRs, each sending 50 emails a day',
      ).users,
    ).toBe(300);
  });

  it('does not count plurals of things written the same way', () => {
    expect(read('we merge 40 PRs a day and want summaries').users).toBeNull();
    expect(read('summarise 200 PDFs every night').users).toBeNull();
  });
});

describe('a rota or shift counted before the people it is for', () => {
  it('takes the people of the organisation the tool is for', () => {
    expect(
      read(
        'Our night shift has 14 nurses, which is beside the point. We need a discharge-letter helper for the hospital org, 2,300 clinicians, most of them using it on weekdays.',
      ).users,
    ).toBe(2300);
  });

  it('keeps the rota when it is who uses it', () => {
    expect(
      read(
        'Our on-call rotation has 6 engineers and they will use the runbook bot.',
      ).users,
    ).toBe(6);
  });
});

describe('people the system is said not to be for', () => {
  it('passes over a count of them', () => {
    expect(
      read(
        'We run 95 clinics with 400,000 registered patients. The assistant is for our receptionists, not for patients. There are 700 receptionists.',
      ).users,
    ).toBe(700);
    expect(
      read(
        'We serve 2 million customers, but this tool is internal and not customer-facing: 450 support agents will use it.',
      ).users,
    ).toBe(450);
    expect(
      read(
        "Our marketplace has 90,000 drivers; drivers won't use it. The 120 dispatchers will.",
      ).users,
    ).toBe(120);
  });

  it('keeps them when they are included', () => {
    expect(
      read(
        'The bot is not only for patients: we have 400,000 patients and 700 receptionists.',
      ).users,
    ).toBe(400000);
  });
});

describe('people at once said "in the same time"', () => {
  it.each([
    'support chatbot, expect about 2,500 shoppers in the same time during the sale',
    'FAQ bot; we think 450 students will ask it in the same time before exams',
  ])('%s', text => {
    expect(read(text).users_kind).toBe('concurrent');
  });

  it('does not read another "same" phrase as at once', () => {
    const intent = read(
      'support chatbot for 600 students, and in the same week we launch a new course',
    );
    expect(intent.users).toBe(600);
    expect(intent.users_kind).toBe('total');
  });
});

describe('a shift or a floor counted before the people who use it', () => {
  it('takes the later people said to use it', () => {
    expect(
      read(
        'Our depot runs shifts of 25 pickers. Across both sites, 210 people who will use it.',
      ).users,
    ).toBe(210);
    expect(
      read(
        'The mill has 900 operators on the line, and our 40 quality auditors want to ask questions about the standards.',
      ).users,
    ).toBe(40);
  });

  it('keeps the first count when the later one is not said to use it', () => {
    expect(
      read(
        'Our depot runs shifts of 25 pickers; the site has 210 people who work in the office.',
      ).users,
    ).toBe(25);
    expect(
      read(
        'The mill has 900 operators on the line, and 40 auditors want to review the standards.',
      ).users,
    ).toBe(900);
  });
});

describe('a family or household is its members', () => {
  it('reads the count after it as the users', () => {
    const intent = read(
      'a small assistant for our household of 5, one RTX 4090',
    );
    expect(intent.users).toBe(5);
    expect(intent.users_kind).toBe('total');
    expect(intent.question).toBeNull();
  });

  it('does not read a family of models as people', () => {
    expect(
      read('we compared a family of 3 open models on one L4').users,
    ).toBeNull();
  });
});

describe('support staff who each handle work are people', () => {
  it('reads the staff and what each of them does a day', () => {
    const intent = read(
      'We employ 60 agents, and each of them handles about 40 chats per day; a copilot drafts replies.',
    );
    expect(intent.users).toBe(60);
    expect(intent.users_kind).toBe('total');
    expect(intent.requests_per_user_per_day).toBe(40);
  });

  it('does not read agents that call APIs as people', () => {
    expect(
      read('We run 60 agents, and each of them calls our APIs 40 times a day.')
        .users,
    ).toBeNull();
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

describe('a count written as the sum of its parts', () => {
  it('reads the total, not the parts or the groups they belong to', () => {
    const intent = read(
      'Assistant for 2 regional banks: 12,000 + 8,000 = 20,000 monthly active users. Peak 15 req/s.',
    );
    expect(intent.users).toBe(20000);
    expect(intent.users_kind).toBe('monthly_active');
  });

  it('does not read a count in another sentence as the groups of a sum', () => {
    expect(
      read('Chatbot for 3 clients. Traffic: 100 + 50 + 50 = 200 req/s at peak.')
        .users,
    ).toBe(3);
  });
});

describe('a role said as who it is for, then counted through a pronoun', () => {
  it('reads the count as those people', () => {
    expect(
      read('A copilot for our contact centre agents, about 1,200 of them.')
        .users,
    ).toBe(1200);
  });

  it('does not read software roles or compute provisioned for them', () => {
    expect(
      read('An orchestration backend for our agents, 300 of them.').users,
    ).toBeNull();
    expect(
      read('A sandbox for our coding agents, 300 of them.').users,
    ).toBeNull();
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

describe('a count corrected as people there at the same time', () => {
  it('reads "make that N at once" as concurrent users', () => {
    const intent = read(
      'a booking helper for our clinics, make that 250 at once',
    );
    expect(intent.users).toBe(250);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('reads "no, N at once" and "sorry, N at once" the same way', () => {
    for (const text of [
      'a booking helper for our clinics, no, 250 at once',
      'a booking helper for our clinics - oops, 250 at once',
    ]) {
      expect(read(text).users).toBe(250);
      expect(read(text).users_kind).toBe('concurrent');
    }
  });

  it('corrects the concurrent users of an earlier turn', () => {
    const { intent } = intentFromConversation(
      [
        'We need an assistant on our hotel booking pages.',
        'Around 150 guests at the same time during sales.',
        'Sorry, actually 220 simultaneously - two more hotels join.',
      ],
      { knowledgeBase },
    );
    expect(intent.users).toBe(220);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('does not read requests sent at once as users', () => {
    const intent = read('a batch summariser; we send 40 requests at once');
    expect(intent.users).toBeNull();
    expect(read('it handles 30 at once').users).toBeNull();
  });
});

describe('processors of casework counted as staff', () => {
  it('reads mortgage or payroll processors as the users', () => {
    const intent = read(
      'We employ 45 mortgage processors and each reviews maybe 30 files a day.',
    );
    expect(intent.users).toBe(45);
    expect(intent.users_kind).toBe('total');
    expect(intent.requests_per_user_per_day).toBe(30);
  });

  it('does not read chips as people', () => {
    expect(
      read('a server with 64 processors for the batch job').users,
    ).toBeNull();
  });
});

describe('a crowd mostly denied the system is background', () => {
  it('takes the people it is for, not the crowd', () => {
    const intent = read(
      'A helpdesk bot for our 300 moderators. The forum has 60,000 followers but most are lurkers and will not get access.',
    );
    expect(intent.users).toBe(300);
  });
});

describe('people named in "-alists" and people active in one period', () => {
  it('reads vocalists as people, and a share of them active on a day', () => {
    const intent = read(
      'Rehearsal-notes assistant for our opera house. The house has roughly 120 vocalists, and on a normal day about a quarter of them would open it.',
    );
    expect(intent.users).toBe(120);
    expect(intent.active_share).toBe(0.25);
  });

  it('does not read checklists as people', () => {
    expect(
      read('Audit bot that reviews 400 checklists, p95 under 2 s').users,
    ).toBeNull();
  });

  it('reads buyers who write to the shop in one month as monthly actives past its staff', () => {
    const intent = read(
      'We are bakery with 9 bakers. I want assistant on our site for order questions. At Christmas around 3,000 customer write to us in one month.',
    );
    expect(intent.users).toBe(3000);
    expect(intent.users_kind).toBe('monthly_active');
  });

  it('does not read people who join within one month as monthly actives', () => {
    const intent = read(
      'Onboarding chatbot for a gym, 3,000 members expected to sign up within one month.',
    );
    expect(intent.users_kind).toBe('total');
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

describe('a count with its noun left out, after the people were named', () => {
  it('is the users, at once when said so', () => {
    const atOnce = read(
      'We need a chatbot for our warehouse pickers, roughly 40 using it at the same time on the night shift.',
    );
    expect(atOnce.users).toBe(40);
    expect(atOnce.users_kind).toBe('concurrent');
    const all = read('A Q&A bot for the paralegals; maybe 25 will use it.');
    expect(all.users).toBe(25);
    expect(all.users_kind).toBe('total');
  });

  it('is not read when no people were named, nor beside a count of people with a noun', () => {
    expect(read('A Q&A bot; we handle 25 at once.').users).toBeNull();
    const named = read(
      'A Q&A bot for 4,000 paralegals, though only about 25 at once.',
    );
    expect(named.users).toBe(4000);
  });
});

describe('a count that a rate per user is said of', () => {
  it('is the users, whatever its noun', () => {
    const intent = read(
      'Summaries of lab notebooks for about 90 labmates, each asking about 6 a day.',
    );
    expect(intent.users).toBe(90);
    expect(intent.question).toBeNull();
  });

  it('is not a count of things', () => {
    const intent = read(
      'Summaries of about 90 notebooks, each about 6 pages a day.',
    );
    expect(intent.users).toBeNull();
  });
});

describe('a count of clients that are no persons, named as who it is for', () => {
  it('is the users when nothing counts people', () => {
    const intent = read(
      'A booking assistant for independent pharmacies. 650 pharmacies, p95 TTFT 800 ms.',
    );
    expect(intent.users).toBe(650);
  });

  it('is not read for things the system is not for', () => {
    const intent = read(
      'A booking assistant for our staff. We have 650 pharmacies.',
    );
    expect(intent.users).toBeNull();
  });
});

describe('people named by hyphenated compounds, and counts hedged with "c."', () => {
  it('reads "fee-earners" as people and "c. 44 thousand" as about 44,000', () => {
    expect(read('Q&A for 900 fee-earners, p95 TTFT 1 s').users).toBe(900);
    const hedged = read(
      'Benefits chatbot. Monthly active users: c. 12 thousand.',
    );
    expect(hedged.users).toBe(12000);
    expect(hedged.users_kind).toBe('monthly_active');
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

describe('people given the tool and people counted by their job', () => {
  const users = (text: string) => {
    const i = extractIntent(text, { knowledgeBase });
    return [i.users, i.users_kind];
  };
  it('takes the people given the tool over the customers served', () => {
    expect(
      users(
        'we run payroll for roughly 4,000 client companies. We want to give our 35 payroll specialists an assistant that checks each run.',
      ),
    ).toEqual([35, 'total']);
  });
  it('reads a plural before a noun of people as describing them', () => {
    expect(
      users('a helper for our 70 claims handlers, each doing 30 a day'),
    ).toEqual([70, 'total']);
  });
  it('rejects more people at once than are active in a month', () => {
    expect(() =>
      extractIntent(
        'story generator: 50k MAU. at the friday peak about 80k of them generate stories at the same time.',
        { knowledgeBase },
      ),
    ).toThrow(/more people at once than the 50,000 monthly active/);
  });
});

describe('people counted with where they are', () => {
  it('reads the people as the users, not the places, and what each of them sends', () => {
    const intent = read(
      'A triage assistant: around 800 nurses across four clinics would use it, and we expect each of them to ask about 10 questions a day.',
    );
    expect(intent.users).toBe(800);
  });
  it('gives "each of them" to the people, not the places', () => {
    expect(
      read(
        'Roughly 300 adjusters at 6 regional offices will use the tool, and we expect each of them to request around 12 summaries per working day.',
      ).requests_per_user_per_day,
    ).toBe(12);
  });
});

describe('concurrency said before the count, and a part larger than its group', () => {
  it('reads "peak concurrency 600 users" as people at once', () => {
    expect(read('chatbot. Peak concurrency 400 users.').users_kind).toBe(
      'concurrent',
    );
  });
  it('rejects more people at once than the users in all', () => {
    expect(() =>
      read('parts chatbot: 90 users total. Peak concurrency 300 users.'),
    ).toThrow(/more people at once than the 90 users in all/);
  });
  it('rejects a part larger than the group it is of', () => {
    expect(() =>
      intentFromConversation(
        [
          'a chatbot for our beta testers, p95 TTFT 500 ms',
          'the beta group is 120 people, and we need to support 400 of those 120 chatting concurrently',
        ],
        { knowledgeBase },
      ),
    ).toThrow(/"400 of those 120" is more people than the 120/);
  });
});

describe('counts of people read since the twelfth session', () => {
  it('reads a precise count at once over a vague headcount, without a contradiction', () => {
    const intent = read(
      'a few people have asked for inline suggestions; at most thirty people are typing in notebooks at the same time',
    );
    expect(intent.users).toBe(30);
    expect(intent.users_kind).toBe('concurrent');
  });
  it('reads people who "each" do something as a headcount', () => {
    expect(
      read('Our 25 auditors each work through about 12 files per day.').users,
    ).toBe(25);
  });
  it('reads a bare count said to use it as people', () => {
    const intent = read(
      'RAG over our SOPs. Realistically ~80 would use it daily.',
    );
    expect(intent.users).toBe(80);
    expect(intent.users_kind).toBe('daily_active');
  });
});

describe('counts of people read since the twelfth session, third round', () => {
  it('reads agents counted with a workload per agent as people', () => {
    const intent = read(
      'ticket summaries on close. 40 agents, ~30 closed tickets per agent per day.',
    );
    expect(intent.users).toBe(40);
    expect(intent.requests_per_user_per_day).toBe(30);
  });
  it('reads merchants as users', () => {
    const intent = read(
      'Seller help chat. Merchants: 200k total, ~5% active on a given day.',
    );
    expect(intent.users).toBe(200000);
    expect(intent.active_share).toBeCloseTo(0.05);
  });
  it('rejects more of them at once than the group just counted', () => {
    expect(() =>
      read(
        'a Q&A bot for the tax team. the team is 20 accountants and we need to support 90 of them concurrently.',
      ),
    ).toThrow(/"90 of them" is more people at once than the 20/);
  });
  it('reads the count a writer settles on after restating it', () => {
    const intent = read(
      'code generator. roughly 2,000 weekly actives right now. Maybe think of it as ~700 daily actives, each doing 10 generations a day.',
    );
    expect(intent.users).toBe(700);
    expect(intent.users_kind).toBe('daily_active');
  });
});

describe('people at the same time said without a preposition', () => {
  it('reads "3000 user same time at peak" as people at once', () => {
    const intent = read(
      'shop bot that checks orders, 3000 user same time at peak',
    );
    expect(intent.users).toBe(3000);
    expect(intent.users_kind).toBe('concurrent');
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

describe('agents counted at a support desk', () => {
  it('reads the agents of a support lead as people', () => {
    expect(
      read(
        "I'm the support lead at a cable operator. We have 70 agents, and the budget is $2,000 a month.",
      ).users,
    ).toBe(70);
    expect(
      read(
        'I lead tier-2 support and our agents spend ages digging through Confluence. We want answers from our internal docs. We are 45 agents in total across two sites.',
      ).users,
    ).toBe(45);
  });
  it('leaves agents as software when one is asked for', () => {
    const desk = 'customer support wants help with tickets';
    expect(roleIsPeople([], 'we have ', '', desk)).toBe(true);
    expect(
      roleIsPeople(
        [],
        'we have ',
        '',
        `${desk}: an AI agent that calls our order API`,
      ),
    ).toBe(false);
  });
});

describe('people counted in learner words, and chats going on at once', () => {
  it('reads "(40 peoples)" and "300 chats going on at the same time"', () => {
    expect(
      read(
        'email drafts for our sales team (40 peoples). Every person makes maybe 30 emails per day.',
      ).users,
    ).toBe(40);
    const chats = read(
      'support chat on our website: in the evening peak we have up to 300 chats going on at the same time.',
    );
    expect(chats.users).toBe(300);
    expect(chats.users_kind).toBe('concurrent');
  });
});

describe('at the same time, denied', () => {
  it('does not read "never all of them in same time" as people at once', () => {
    const intent = read(
      'an agent that plans experiments. We are around sixty chemists but never all of them in same time.',
    );
    expect(intent.users).toBe(60);
    expect(intent.users_kind).toBe('total');
  });
});

describe('hosts who let out rooms, agents who sell homes, and "(we are 45)"', () => {
  it.each([
    ['Guest-reply chatbot for our hosts (~5k). Budget $80/mo total.', 5000],
    [
      'an agent for guest messages. We have around 4,000 hosts on the platform.',
      4000,
    ],
    ['real estate paperwork summaries. I have 30 agents.', 30],
    [
      'translation of job offers. Our consultants (we are 45) paste the text.',
      45,
    ],
  ])('%s', (text, users) => {
    expect(read(text).users).toBe(users);
  });
  it('keeps hosts with GPUs machines', () => {
    const intent = read('inference for guest chat: 2 hosts with 8 H100 each.');
    expect(intent.users).toBeNull();
    expect(intent.max_gpus).toBe(16);
  });
});

describe('an organisation sized by its people, with words of its kind between', () => {
  it.each([
    [
      'We are a 9-person architecture practice and want a drafting assistant',
      9,
    ],
    ['chat assistant for the 600-person regional hospital network', 600],
    ['a 25-person design studio wants help writing pitch decks', 25],
    ['Internal Q&A bot for our 320-strong engineering consultancy', 320],
  ])('%s → %d', (text, users) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe('total');
  });

  it('reads no users from a size that is no group of people', () => {
    expect(
      read('meeting-notes summariser; the room has a 20-person limit').users,
    ).toBeNull();
  });
});

describe('"in the same moment" before the people', () => {
  it.each([
    [
      'In the same moment about 35 dispatchers are typing to the assistant.',
      35,
    ],
    ['At the same moment maybe 120 students write to the tutor bot.', 120],
  ])('reads %j as people at once', (text, users) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('leaves a count whose clause says no time together', () => {
    expect(
      read(
        'About 35 dispatchers use the assistant; the moment matters to them.',
      ).users_kind,
    ).toBe('total');
  });
});
