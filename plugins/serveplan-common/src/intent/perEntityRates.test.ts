import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { personSubjectBefore } from './perEntityRates';
import { quantityContext } from './__testUtils__/quantityContext';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('a rate per entity times the entities counted', () => {
  it.each([
    ['we host 12 shops and each shop sends 5 rps', 60],
    [
      'chat API for 40 partner apps; every app pushes 3 requests per second',
      120,
    ],
    ['each of our 8 regions sends 4 qps to the chatbot', 32],
  ])('%s', (text, rate) => {
    expect(read(text).requests_per_s).toBeCloseTo(rate, 6);
  });

  it('scales a rate per group of entities', () => {
    const intent = read(
      'assistant with 6,000 licences, about 3 requests per second per 1,000 licences at peak',
    );
    expect(intent.requests_per_s).toBeCloseTo(18, 6);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('multiplies a tenant rate too high for one person', () => {
    const intent = read('chat API for 15 tenants, each tenant sends 4 req/s');
    expect(intent.requests_per_s).toBeCloseTo(60, 6);
    expect(intent.question ?? '').not.toMatch(/more than a person sends/);
  });

  it('keeps a rate a person could send as a per-user rate', () => {
    const intent = read('bot for 500 users, each user sends 20 requests a day');
    expect(intent.requests_per_user_per_day).toBe(20);
    expect(intent.requests_per_s).toBeNull();
  });

  it('does not multiply a rate per GPU, which is a throughput', () => {
    expect(
      read('chatbot on 8 GPUs, each GPU handles 20 req/s').requests_per_s,
    ).not.toBe(160);
  });

  it('asks as before when the entities are not counted', () => {
    const intent = read('chatbot where each tenant sends 4 req/s');
    expect(intent.requests_per_s).toBeNull();
    expect(intent.question).toMatch(/more than a person sends/);
  });
});

describe('peak words and periods said as the worst or busiest one', () => {
  it.each([
    'chatbot, we saw 40 requests per second in the worst minute',
    'chatbot: 18 req/s in the heaviest hour',
  ])('%s is a peak', text => {
    expect(read(text).requests_per_s_basis).toBe('peak');
  });

  it('takes the busiest hour said first as the period', () => {
    const intent = read('support bot; the busiest hour brings 5,400 questions');
    expect(intent.requests_per_s).toBeCloseTo(1.5, 6);
    expect(intent.requests_per_s_basis).toBe('peak');
  });
});

describe('per-user counts written with slashes', () => {
  it('reads "N msgs/user/day"', () => {
    expect(
      read('chat for 3k staff, ~15 msgs/user/day').requests_per_user_per_day,
    ).toBe(15);
  });
});

describe('a time given to finish a job', () => {
  it('reads hours given as the batch window, and the count as its size', () => {
    const intent = read(
      'we re-translate the product catalogue, around 90,000 entries, and the cut-off leaves us 5 hours',
    );
    expect(intent.batch_window_hours).toBe(5);
    expect(intent.batch_requests).toBe(90_000);
  });

  it('reads days given "for" finishing, as learners write it', () => {
    expect(
      read(
        'we must classify 30,000 claims, one time job, we have 5 days for finish it',
      ).batch_window_hours,
    ).toBe(120);
    expect(
      read('label 12,000 photos; we have 2 days for processing them')
        .batch_window_hours,
    ).toBe(48);
    // days that are not given to the work
    expect(
      read(
        'one-off batch to label 12,000 photos; we have 2 days for the team offsite',
      ).batch_window_hours,
    ).toBeNull();
  });

  it('reads "N hours to finish"', () => {
    expect(
      read('tag 40,000 images; we have 3 hours to finish').batch_window_hours,
    ).toBe(3);
  });

  it('does not read a duration that is no time to finish as a window', () => {
    expect(
      read('chatbot for 300 staff, open 10 hours a day').batch_window_hours,
    ).toBeNull();
  });
});

describe('a distributive "each" stands for the count said before it', () => {
  it('reads "N requests each per day" after a headcount as a per-user rate', () => {
    const intent = read(
      'triage helper for 1,200 nurses, ~4 lookups each per day',
    );
    expect(intent.users).toBe(1200);
    expect(intent.requests_per_user_per_day).toBe(4);
    expect(intent.requests_per_s).toBeNull();
  });

  it('reads "each of them" and "each one" after a daily headcount as per user per day', () => {
    const intent = read(
      'our 800 couriers start a shift every day and each of them asks about 3 questions',
    );
    expect(intent.users_kind).toBe('daily_active');
    expect(intent.requests_per_user_per_day).toBe(3);
    expect(
      read(
        'roughly 1,500 riders book a trip each day and each one sends about 2 messages',
      ).requests_per_user_per_day,
    ).toBe(2);
  });

  it('multiplies a rate for each of some things counted before it', () => {
    const intent = read(
      'chat API for 25 depots, about 300 requests each per day',
    );
    expect(intent.requests_per_s).toBeCloseTo((25 * 300) / 86_400, 6);
    expect(intent.requests_per_user_per_day).toBeNull();
    expect(
      read('12 warehouses and each one pushes 2 requests per second')
        .requests_per_s,
    ).toBeCloseTo(24, 6);
  });

  it('does not multiply a rate for each GPU, nor one with nothing counted before it', () => {
    expect(
      read('inference on 4 GPUs, about 30 requests per second each')
        .requests_per_s,
    ).not.toBe(120);
    expect(
      read('we get about 300 requests each per day').requests_per_s,
    ).toBeNull();
  });
});

describe('a pronoun pointing back to the count of the sentence before', () => {
  it('reads "N times a day each one" after a headcount said before as a per-user rate', () => {
    const intent = read(
      'A search assistant for our 300 paralegals. They would open it about 8 times a day each one.',
    );
    expect(intent.users).toBe(300);
    expect(intent.requests_per_user_per_day).toBe(8);
    expect(intent.requests_per_s).toBeNull();
  });

  it('reads "each one" starting the next sentence as one of the people counted', () => {
    expect(
      read(
        'Support chatbot for 90 agents; each one asks it 40 questions a day.',
      ).requests_per_user_per_day,
    ).toBe(40);
  });

  it('multiplies a rate for each of some things counted in the sentence before', () => {
    expect(
      read(
        'Chat API for 16 branch offices. Each one sends roughly 500 requests a day.',
      ).requests_per_s,
    ).toBeCloseTo((16 * 500) / 86_400, 6);
  });

  it('does not reach back without a pronoun, nor past the sentence before', () => {
    // "the clerks" name their own subject: the kiosks counted before are not whom "each" is for
    expect(
      read('Chat API for 16 kiosks. The clerks send 500 requests each per day.')
        .requests_per_s ?? 0,
    ).not.toBeCloseTo((16 * 500) / 86_400, 6);
    expect(
      read(
        'Assistant for 70 lawyers. It runs on our own servers. They use it 6 times a day each one.',
      ).requests_per_user_per_day,
    ).toBeNull();
  });
});

describe('a subject after "each" that names people', () => {
  it.each([
    'knowledge assistant for 900 staff, and each staff member asks about 8 questions a day',
    'assistant for 6 teams of 10 analysts; each team member sends roughly 8 requests a day',
  ])('%s is a per-user rate, not multiplied', text => {
    const intent = read(text);
    expect(intent.requests_per_user_per_day).toBe(8);
  });

  it('still multiplies a rate per thing', () => {
    expect(
      read('we run 20 kiosks and each kiosk sends 2 requests per second')
        .requests_per_s,
    ).toBe(40);
  });
});

describe('the person after "each" or "every" before a count', () => {
  const subject = (text: string) =>
    personSubjectBefore(quantityContext(text), text.indexOf('#'));
  it.each([
    ['each physiotherapist treats about # patients', 'physiotherapist'],
    ['every staff member reviews #', 'member'],
    ['each of our nurses checks #', 'nurses'],
  ])('%s', (text, person) => {
    expect(subject(text)).toBe(person);
  });

  it.each([
    'each kiosk sends #',
    'each doing #',
    // a number between: the subject is not of this count
    'each of 30 nurses checks #',
    // another clause
    'each nurse is busy, and the ward sees # patients',
  ])('"%s" has no person subject', text => {
    expect(subject(text)).toBeUndefined();
  });
});

describe('"each" standing for people counted by their activity', () => {
  it.each([
    [
      'tax helper bot, 1,500 daily active customers, each asks it about 4 times a day',
      4,
    ],
    [
      'library bot: 600 weekly active members, each one uses it 2 times a day',
      2,
    ],
  ])('%s', (text, perDay) => {
    expect(read(text).requests_per_user_per_day).toBe(perDay);
  });

  it('does not take "daily active" sessions for people', () => {
    expect(
      read(
        'tax helper bot, 1,500 daily active sessions, each asks it about 4 times a day',
      ).requests_per_user_per_day,
    ).toBeNull();
  });
});
