import { intentFromConversation } from './conversation';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { roleIsPeople } from './countReferents';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

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

describe('a past count of users beside the people at once now', () => {
  it('reads the people at once now as the users', () => {
    const intent = read(
      'two years ago we had 700 users on the old portal; the new assistant should take 1,100 users simultaneously',
    );
    expect(intent.users).toBe(1100);
    expect(intent.users_kind).toBe('concurrent');
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
