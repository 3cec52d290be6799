import { intentFromConversation } from './conversation';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

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
