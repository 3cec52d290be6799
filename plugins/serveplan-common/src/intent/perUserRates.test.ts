import { intentFromConversation } from './conversation';
import { extractIntent } from './ruleBasedIntent';
import { extractPerUserRates } from './perUserRates';
import { quantityContext } from './__testUtils__/quantityContext';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });
/** The rate per user per day this reader alone finds. */
const perUser = (text: string) => {
  const ctx = quantityContext(text);
  extractPerUserRates(ctx);
  return ctx.signals.values.requests_per_user_per_day;
};

describe('a rate per a qualified person or per active-user abbreviation', () => {
  it.each([
    ['support bot for 9,000 staff: 9 prompts per active user per day', 9],
    ['about 20 queries per paying customer a week', 20 / 7],
    ['analytics copilot, 6 requests per DAU daily', 6],
    ['ward assistant, 4 lookups per clinician per day', 4],
    ['2 calls per logged-in member per hour', 48],
  ])('%s', (text, rate) => {
    expect(perUser(text)).toBeCloseTo(rate, 3);
  });

  it.each([
    // a singular in -y has its plural in -ies
    ['office bot for 40 secretaries, 12 drafts per secretary per day', 12],
    [
      'home-energy advice bot for 7,000 families, 3 questions per family a week',
      3 / 7,
    ],
  ])('reads a person named in -y: %s', (text, rate) => {
    expect(perUser(text)).toBeCloseTo(rate, 3);
  });

  it('does not read a thing named in -y as a person', () => {
    expect(
      perUser('research bot over 300 studies, 2 summaries per study per day'),
    ).toBeUndefined();
  });

  it('is a per-user rate, not a total, in the whole intent', () => {
    const intent = read(
      'HR assistant for 8,000 staff, 10% active daily, 7 questions per active employee per day',
    );
    expect(intent.requests_per_user_per_day).toBe(7);
    expect(intent.requests_per_s).toBeNull();
  });

  it.each([
    // a session is no person
    '9 prompts per active session per day',
    // no period
    '200 tokens per active user',
    // time, not a count of requests
    '5 minutes per active user per day',
  ])('"%s" is no rate per user', text => {
    expect(perUser(text)).toBeUndefined();
  });
});

describe('a vague count of one person’s use settled on a number', () => {
  it.each([
    ['We have 60 paralegals. They each run a few a day, call it 4.', 4],
    ['every reviewer flags a couple per hour - say 3', 72],
    ['40 planners, each sending several a week, maybe 7', 1],
    // settled with "let's call it"
    [
      "We have 30 adjusters. They each close several a day, let's call it 6.",
      6,
    ],
  ])('%s', (text, rate) => {
    expect(perUser(text)).toBeCloseTo(rate, 3);
  });

  it.each([
    // no person says it is per user
    'the cron job sends a few a day, say 4',
    "the export job writes a few a day, let's call it 3",
    // a settled length of time is no count of uses
    'each analyst needs a few a day, say 5 minutes',
    // nothing settled on
    'each nurse checks it a few times a day',
  ])('"%s" is no rate per user', text => {
    expect(perUser(text)).toBeUndefined();
  });
});

describe('what one person handles, said to be the volume of the work', () => {
  it.each([
    [
      'every inspector visits about 15 sites a day, which is our report volume',
      15,
    ],
    ['Each tutor sees 8 pupils a day, one feedback note per pupil.', 8],
    ['each counsellor meets 30 clients a week, and that is the load', 30 / 7],
  ])('%s', (text, rate) => {
    expect(perUser(text)).toBeCloseTo(rate, 3);
  });

  it.each([
    // nothing says the clients are the work
    'each counsellor meets about 9 clients a day.',
    // said of the whole clinic, not of one person
    'the clinic sees 200 patients a day, so that is the note volume',
    // one note per something else
    'Each tutor sees 8 pupils a day, one feedback note per class.',
  ])('"%s" is no rate per user', text => {
    expect(perUser(text)).toBeUndefined();
  });
});

describe('things one qualified person makes in a period', () => {
  it('reads what is made per active person per period as the use', () => {
    expect(perUser('flashcard app: 4 decks per active learner per day')).toBe(
      4,
    );
  });

  it('does not read people per active person as a rate', () => {
    expect(perUser('4 tutors per active learner per day')).toBeUndefined();
  });
});

describe('a count one person makes of the work a pronoun points back to', () => {
  it.each([
    ['About 90 adjusters, each closes roughly 7 of those a week.', 1],
    ['Our 70 paralegals, they each draft 5 of them a week.', 5 / 7],
  ])('%s', (text, rate) => {
    expect(perUser(text)).toBeCloseTo(rate, 3);
  });

  it.each([
    // said of the whole team, not of one person
    'the legal team drafts 5 of them daily',
    // no period
    'each reviewer gets 5 of them',
  ])('"%s" is no rate per user', text => {
    expect(perUser(text)).toBeUndefined();
  });

  it('reads it in a later turn, after the work was named', () => {
    const { intent } = intentFromConversation(
      [
        'We want an LLM assistant that drafts incident reports for our adjusters.',
        'About 90 adjusters, each closes roughly 7 of those a day.',
      ],
      { knowledgeBase },
    );
    expect(intent.users).toBe(90);
    expect(intent.requests_per_user_per_day).toBe(7);
  });
});

describe('work "each" for a count of people said per day', () => {
  it.each([
    ['kiosk helper: 2,000 shoppers a day, roughly 3 searches each', 3],
    ['museum guide for 350 visitors/day, 2 each', 2],
  ])('%s', (text, rate) => {
    expect(perUser(text)).toBeCloseTo(rate, 3);
  });

  it.each([
    // the people have no period
    'kiosk helper: 2,000 shoppers, roughly 3 searches each',
    // people per hour say nothing of one person's day
    'kiosk helper: 2,000 shoppers an hour, roughly 3 searches each',
    // GPUs are no work
    'kiosk helper: 2,000 shoppers a day, 3 GPUs each',
    // the number is not what each one sends
    'kiosk helper: 2,000 shoppers a day, each with 3',
  ])('"%s" is no rate per user', text => {
    expect(perUser(text)).toBeUndefined();
  });

  it('keeps the daily people as the users in the whole intent', () => {
    const intent = read(
      'FAQ bot: 2,000 shoppers a day, roughly 3 searches each, p90 TTFT 800 ms',
    );
    expect(intent.users).toBe(2000);
    expect(intent.requests_per_user_per_day).toBe(3);
    expect(intent.requests_per_s).toBeNull();
  });
});

describe('a bare count with its period past "each" or "times"', () => {
  it.each([
    ['Roughly 120 inspectors file notes, about 9 each per day', 9],
    ['we have 40 paralegals and they send maybe 3 apiece a week', 3 / 7],
    [
      'The team is 60 person, each one query the bot perhaps 12 time per day.',
      12,
    ],
    // the period after a slash
    ['Intake notes: ~70 caseworkers, 3 each/day.', 3],
    ['90 tutors, 14 each / week', 2],
  ])('%s', (text, rate) => {
    expect(perUser(text)).toBeCloseTo(rate, 6);
  });

  it.each([
    // shared over things, not people
    'We run 40 kiosks, roughly 6 each per day.',
    'We run 40 kiosks, roughly 6 each/day.',
    // said of nothing counted or named
    'The nightly job restarts maybe 3 time per day.',
  ])('"%s" is no rate per person', text => {
    expect(perUser(text)).toBeUndefined();
  });
});

describe('a count of work per person after an abbreviated "about"', () => {
  it('keeps "cca." and "approx." inside the sentence', () => {
    const intent = read(
      'About 70 clerks use it, every one send cca. 25 email per day.',
    );
    expect(intent.users).toBe(70);
    expect(intent.requests_per_user_per_day).toBe(25);
    expect(
      read('90 nurses use it, each writes approx. 14 notes a day')
        .requests_per_user_per_day,
    ).toBe(14);
  });

  it('still ends a sentence at a state abbreviation', () => {
    const intent = read(
      'Our office is in Fresno, CA. 300 agents will ask it 5 questions a day each.',
    );
    expect(intent.users).toBe(300);
  });
});

describe('"each" floated after people, before their verb', () => {
  it('reads what each of the people counted makes in a period', () => {
    expect(
      perUser(
        'Our 20 paralegals would each use it to prepare about 4 memos or letters a week.',
      ),
    ).toBeCloseTo(4 / 7, 4);
    expect(
      perUser(
        'The clinic has 15 users, and they will each write maybe 12 notes a day.',
      ),
    ).toBe(12);
  });

  it('does not read "each" said of things, not people', () => {
    expect(
      perUser('Our 6 scanners would each process about 300 invoices a week.'),
    ).toBeUndefined();
  });

  it('does not read a work count with no period', () => {
    expect(
      perUser('Our 20 paralegals would each prepare about 4 memos in total.'),
    ).toBeUndefined();
  });
});

describe('"each" floated after people in a relative clause', () => {
  it('reads a count of things each of them handles in a period', () => {
    const intent = read(
      'Contract review for 12 paralegals who will each check about seven leases per day.',
    );
    expect(intent.users).toBe(12);
    expect(intent.requests_per_user_per_day).toBe(7);
  });
});

describe('a day said as "in the course of a working day"', () => {
  it('is the period of what each person asks', () => {
    expect(
      read(
        'Policy assistant for 300 handlers; we expect each asking around 12 questions in the course of a working day.',
      ).requests_per_user_per_day,
    ).toBe(12);
  });
});

describe('"each" opening its clause, for people counted before', () => {
  const perDay = (text: string) =>
    extractIntent(text, { knowledgeBase }).requests_per_user_per_day;
  it('reads what each of them does after a semicolon or comma', () => {
    expect(
      perDay('about 30 surveyors use it; each files maybe four reports a day'),
    ).toBe(4);
    expect(
      perDay('there are 120 couriers, each one sends 1 summary a day'),
    ).toBe(1);
  });
});

describe('"each" after people active on a given day', () => {
  it('counts what each makes that day', () => {
    expect(
      extractIntent(
        'quiz generator. 900 tutors; about a third open it on a normal working day, each producing ~six quizzes.',
        { knowledgeBase },
      ).requests_per_user_per_day,
    ).toBe(6);
  });
});

describe('a rate per person said as a range', () => {
  const perDay = (text: string) =>
    extractIntent(text, { knowledgeBase }).requests_per_user_per_day;
  it('reads its middle, a typical rate, wherever the rate is read', () => {
    expect(
      perDay('report drafting for 60 auditors; each writes 10-14 memos a day'),
    ).toBe(12);
    expect(
      perDay('chat assistant for 300 staff, 4 to 8 questions per user per day'),
    ).toBe(6);
    expect(
      perDay('40 paralegals, each of them runs 20-30 searches a day'),
    ).toBe(25);
  });
  it('still takes a value settled on right after the range', () => {
    expect(
      perDay(
        'chat assistant for 300 staff, 4 to 8 questions per user per day, call it 8 to be safe',
      ),
    ).toBe(8);
  });
});

describe('a rate per one person with a clipped role', () => {
  it('reads "per tech" as per person', () => {
    expect(
      extractIntent('field report writer. 300 techs, ~6 reports/tech/day.', {
        knowledgeBase,
      }).requests_per_user_per_day,
    ).toBe(6);
  });
});

describe('per-user rates read since the twelfth session', () => {
  const perDay = (text: string) =>
    extractIntent(text, { knowledgeBase }).requests_per_user_per_day;
  it('reads a rate of people whose role word may name software, when counted as people', () => {
    expect(
      perDay(
        'reply drafts for our 30 support agents; each agent handles about 50 tickets a day',
      ),
    ).toBe(50);
    expect(
      perDay(
        'about 20 agents on shift, and each of them sends maybe 25 of these a day',
      ),
    ).toBe(25);
  });
  it('reads what "those who do" send on a day', () => {
    expect(
      perDay(
        '100k learners; about 5% chat on a given day, and those who do send around eight messages',
      ),
    ).toBe(8);
  });
});

describe('per-user rates read since the twelfth session, third round', () => {
  const perDay = (text: string) =>
    extractIntent(text, { knowledgeBase }).requests_per_user_per_day;
  it('reads a plural no table knows as what each of them handles', () => {
    expect(perDay('30 compliance staff; each reviews ~5 dossiers/day')).toBe(5);
  });
  it('reads "each" for people counted with where they are, in the sentence before', () => {
    expect(
      perDay(
        'Users: 90 associates at our three offices. Each runs maybe 4 searches a day.',
      ),
    ).toBe(4);
  });
});

describe('a count said of one person with the day said elsewhere in the sentence', () => {
  it.each([
    [
      'tenant portal: 40k tenants; about 6% log in on a given day; every active tenant is asking 1-3 questions',
      2,
    ],
    [
      'concierge bot for hotel guests; roughly 700 guests a day use it, each of them sending ten or so messages',
      10,
    ],
    [
      'hint tool used by our 4 tutors on exam days where each of them would likely ask it for 15 hints',
      15,
    ],
  ])('%s → %d', (text, rate) => {
    expect(read(text).requests_per_user_per_day).toBeCloseTo(rate, 6);
  });

  it('reads no rate a day when no day is said', () => {
    expect(
      read(
        'tenant portal for 40k tenants; every active tenant is asking 1-3 questions',
      ).requests_per_user_per_day,
    ).toBeNull();
  });
});

describe('a count of "these"/"those" naming the work again', () => {
  it.each([
    [
      'We have 60 loss adjusters, and each one opens about 9 of these claims a day.',
      9,
    ],
    [
      'There are 25 auditors across our clients, and each one does about 3 of those audits a week.',
      3 / 7,
    ],
  ])('reads %j as what one person does', (text, rate) => {
    expect(perUser(text)).toBeCloseTo(rate, 5);
  });

  it('leaves "these" followed by a noun with no one doing them', () => {
    expect(
      perUser('The queue gets about 900 of these claims a day.'),
    ).toBeUndefined();
  });
});

describe('"each" after a share of the people counted', () => {
  it.each([
    [
      '5,200 drivers overall, 1 third of them log in every day, each one around 4 questions per day.',
      4,
    ],
    [
      '8,000 students; 1 quarter of those use it daily, each one about 7 prompts a day.',
      7,
    ],
  ])('reads %j as what each of the people sends', (text, rate) => {
    expect(perUser(text)).toBeCloseTo(rate, 5);
  });

  it('leaves a count "each" stands for that is not people', () => {
    expect(
      perUser(
        'We ship 40 parcels in 1 quarter of the warehouse, each one around 6 labels per day.',
      ),
    ).toBeUndefined();
  });
});

describe('a count of people times a count of work with a period', () => {
  it.each([
    ['Drafting help for 40 devs x ~25 prompts/day.', 25],
    ['Triage tool: 12 nurses × 8 lookups a day.', 8],
    ['Support bot, 300 clerks * about 42 chats per week.', 6],
  ])('%s', (text, rate) => {
    expect(perUser(text)).toBeCloseTo(rate, 3);
  });

  it.each([
    // no people counted before the sign
    'Image tool: 4 x 25 renders/day.',
    // the work has no period
    'Drafting help for 40 devs x 25 prompts.',
    // a count of GPUs, no people
    'Batch job on 8 GPUs x 500 documents a day.',
  ])('"%s" is no rate per user', text => {
    expect(perUser(text)).toBeUndefined();
  });
});
