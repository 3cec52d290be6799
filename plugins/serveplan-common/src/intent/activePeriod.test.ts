import { activePeriodAfter, activePeriodBefore } from './activePeriod';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });
const period = (after: string) => activePeriodAfter(after, after, after);

describe('activePeriodAfter', () => {
  it.each([
    [' a day', 'daily_active'],
    [' use it daily', 'daily_active'],
    [' hitting it on a busy day', 'daily_active'],
    [' (DAU)'.toLowerCase(), 'daily_active'],
    [' are active in an average month', 'monthly_active'],
    [' log in every month', 'monthly_active'],
    [' per calendar month', 'monthly_active'],
    [' (mau)', 'monthly_active'],
    [' renew their plans each month', 'monthly_active'],
    // one period, said after what the people do in it
    [' message our front desk in one month', 'monthly_active'],
    [' book a table during a single day', 'daily_active'],
  ])('"%s" -> %s', (after, kind) => {
    expect(period(after)).toBe(kind);
  });

  it.each([
    // a number between the people and the period takes the period
    ' list 30 items a month',
    ' send 4 requests a day',
    // no period of activity
    ' in the Leeds office',
    ' would use it',
    // a month from now, or a number between, is no period of activity
    ' signed up within one month',
    ' send 3 messages in one month',
  ])('"%s" says no period of activity', after => {
    expect(period(after)).toBeUndefined();
  });
});

describe('people said to be active in a month are monthly actives', () => {
  it.each([
    'writing assistant for our tutors: about 1,200 tutors are active in an average month',
    'community Q&A bot; some 40k readers log in every month',
  ])('%s', text => {
    expect(read(text).users_kind).toBe('monthly_active');
  });

  it('leaves the month to a number said between the people and it', () => {
    const intent = read(
      'listing copy generator for 3,000 sellers who publish 25 listings a month',
    );
    expect(intent.users).toBe(3000);
    expect(intent.users_kind).toBe('total');
  });

  it('does not read a month said in another clause as theirs', () => {
    expect(
      read('a bot for 650 brokers; the price sheets are refreshed every month')
        .users_kind,
    ).toBe('total');
  });
});

describe('a period said with a slash or after a modal use of the system', () => {
  it.each([
    [' /week', undefined],
    ['/day, fast answers please', 'daily_active'],
    ['/month on the portal', 'monthly_active'],
    [' and nurses, and all of them will use it every day', 'daily_active'],
    [' in finance would use the tool each month', 'monthly_active'],
  ])('"%s" -> %s', (after, kind) => {
    expect(period(after)).toBe(kind);
  });

  it('does not take a period said of what each of them does', () => {
    expect(
      period(' would use it, sending maybe 8 drafts each per day'),
    ).toBeUndefined();
  });

  it('reads the kind of users in a whole text', () => {
    expect(
      read('need a chatbot for my cafe, around 800 ppl/day').users_kind,
    ).toBe('daily_active');
    expect(
      read(
        'A pricing chatbot: we have 60 analysts and modellers in the unit and all of them would use it daily.',
      ).users_kind,
    ).toBe('daily_active');
  });
});

describe('activePeriodBefore', () => {
  it.each([
    ['every day some ', 'daily_active'],
    ['Daily ', 'daily_active'],
    ['on a typical day about ', 'daily_active'],
    ['daily user is roughly ', 'daily_active'],
    ['monthly visitors are approx. ', 'monthly_active'],
    ['each month up to ', 'monthly_active'],
    ['on the platform each day there are some ', 'daily_active'],
    ['every month, there will be about ', 'monthly_active'],
  ])('"%s" -> %s', (before, kind) => {
    expect(activePeriodBefore(before)).toBe(kind);
  });

  it.each([
    // the period belongs to something else said before
    'we publish reports daily for ',
    'we get 2k requests a day from around ',
    'the daily standup has ',
    'monthly budget for ',
    'there are about ',
  ])('"%s" says no period for the people', before => {
    expect(activePeriodBefore(before)).toBeUndefined();
  });

  it('makes the people counted after it actives', () => {
    const daily = read(
      'Booking bot for a ferry line. Every day roughly 2500 traveller will chat with it.',
    );
    expect(daily.users).toBe(2500);
    expect(daily.users_kind).toBe('daily_active');
    const monthly = read(
      'Support assistant for a bank app: monthly users are about 80,000 people.',
    );
    expect(monthly.users).toBe(80_000);
    expect(monthly.users_kind).toBe('monthly_active');
  });

  it('does not take a period said of other things', () => {
    expect(
      read('We write reports daily for about 300 analysts.').users_kind,
    ).toBe('total');
  });
});

describe('time the people spend, then a period', () => {
  it('reads no actives from hours spent or lost each day', () => {
    expect(period(' spend too much time every day on notes')).toBeUndefined();
    expect(period(' waste hours each day chasing invoices')).toBeUndefined();
    const intent = read(
      'Our 80 paralegals waste hours each day searching old filings, so we want a RAG assistant over them.',
    );
    expect(intent.users).toBe(80);
    expect(intent.users_kind).toBe('total');
  });

  it('still reads what the people do each day', () => {
    expect(period(' search old filings every day')).toBe('daily_active');
    expect(
      read('A RAG assistant: our 80 paralegals search old filings every day.')
        .users_kind,
    ).toBe('daily_active');
  });
});

describe('actives named as the label of a count', () => {
  it('reads "monthly active users is N" as monthly actives', () => {
    const intent = read(
      'Recipe app assistant. Monthly active users is 90,000 and peak is 40 requests per second.',
    );
    expect(intent.users).toBe(90_000);
    expect(intent.users_kind).toBe('monthly_active');
  });

  it('does not take "monthly" said of something else', () => {
    expect(
      read(
        'Recipe app assistant. Users: 90,000, with a monthly budget of $900.',
      ).users_kind,
    ).toBe('total');
  });
});

describe('a period right after a labelled count', () => {
  it('reads "users: N daily" as daily actives', () => {
    const intent = read(
      'Support chatbot.\nusers: 3.4k daily\nbudget: $500/month',
    );
    expect(intent.users).toBe(3400);
    expect(intent.users_kind).toBe('daily_active');
  });

  it('does not take a period said later of something else', () => {
    expect(
      read('Support chatbot. Users: 3,400, and we spend $500 a day on it.')
        .users_kind,
    ).toBe('total');
  });
});

describe('"by" for "per" before the period of activity', () => {
  it('reads "N clients by month" as monthly actives', () => {
    expect(period(' by month use it')).toBe('monthly_active');
    expect(
      read('A shop assistant bot; about 700 buyers by day.').users_kind,
    ).toBe('daily_active');
  });

  it('does not read "by" a period said of something else', () => {
    expect(
      read('A shop assistant bot for 700 buyers, listed by month of signup.')
        .users_kind,
    ).toBe('total');
  });
});

describe('a day of use said before the people, loosely', () => {
  it('reads "on any given day, somewhere around" and "a typical school night" as daily actives', () => {
    const a = read(
      'A grammar helper. On any given day somewhere around 700 people use it.',
    );
    expect(a.users).toBe(700);
    expect(a.users_kind).toBe('daily_active');
    const b = read(
      'Study chat: on a typical exam night about 1,500 pupils use the app.',
    );
    expect(b.users).toBe(1500);
    expect(b.users_kind).toBe('daily_active');
  });
});
