import { mayCountSamePeople, saidOfThePast } from './samePopulation';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

/** The two counts as they sit in `text`: each found by its written words. */
function counts(
  text: string,
  whole: [string, string | undefined],
  atOnce: [string, string | undefined],
) {
  const at = (written: string) => text.toLowerCase().indexOf(written);
  return mayCountSamePeople(
    { written: whole[0], noun: whole[1], start: at(whole[0]) },
    { written: atOnce[0], noun: atOnce[1], start: at(atOnce[0]) },
    text.toLowerCase(),
  );
}

describe('mayCountSamePeople', () => {
  it('compares counts of the same people or of nobody in particular', () => {
    expect(
      counts(
        'helpdesk bot, 900 users overall, 1,400 simultaneous at busy times',
        ['900 users', 'users'],
        ['1,400 simultaneous', 'simultaneous'],
      ),
    ).toBe(true);
    expect(
      counts(
        'tutor for 300 pupils, 450 pupils online at the same time',
        ['300 pupils', 'pupils'],
        ['450 pupils', 'pupils'],
      ),
    ).toBe(true);
    expect(
      counts(
        'a helper for a squad of 12, 30 concurrent users',
        ['squad of 12', 'squad'],
        ['30 concurrent users', 'users'],
      ),
    ).toBe(true);
  });

  it('does not compare different people', () => {
    expect(
      counts(
        'a booking bot: a crew of 8 runs the hotel, 150 guests chat at the same time',
        ['crew of 8', 'crew'],
        ['150 guests', 'guests'],
      ),
    ).toBe(false);
  });

  it('does not compare the writer’s own or past group', () => {
    expect(
      counts(
        'we built the first version with a team of 9; 60 users at once now',
        ['team of 9', 'team'],
        ['60 users', 'users'],
      ),
    ).toBe(false);
    expect(
      counts(
        'our previous app had 300 users. the new one: 800 users at once',
        ['300 users', 'users'],
        ['800 users', 'users'],
      ),
    ).toBe(false);
  });
});

describe('saidOfThePast', () => {
  it('reads a past verb or an earlier thing before the count', () => {
    const text = 'back then we ran it for 200 users; today 900 at once';
    expect(saidOfThePast(text, text.indexOf('200'))).toBe(true);
    expect(saidOfThePast(text, text.indexOf('900'))).toBe(false);
  });

  it('reads an earlier occasion or a peak already reached as the past', () => {
    for (const text of [
      'during the last festival 70,000 visitors used the app',
      'the shop peaked at 4,000 buyers on black friday',
      'the previous campaign reached 30,000 donors',
    ])
      expect(saidOfThePast(text, text.search(/\d/))).toBe(true);
  });

  it('does not read "last" that names no earlier occasion', () => {
    for (const text of [
      'at last we can give 300 agents a proper search',
      'the last step is a review by 40 editors',
    ])
      expect(saidOfThePast(text, text.search(/\d/))).toBe(false);
  });

  it('reads a start as the past, and a sentence come back to now as not', () => {
    const text =
      'we began in 2015 with 4 volunteers, and three years later we coach 600 athletes';
    expect(saidOfThePast(text, text.indexOf('4 volunteers'))).toBe(true);
    expect(saidOfThePast(text, text.indexOf('600'))).toBe(false);
    const later =
      'we began with two vans, and a year later we deliver for 90 shops';
    expect(saidOfThePast(later, later.indexOf('90'))).toBe(false);
    const now =
      'we founded the club with 12 members and today 480 people train';
    expect(saidOfThePast(now, now.indexOf('12'))).toBe(true);
    expect(saidOfThePast(now, now.indexOf('480'))).toBe(false);
  });

  it('does not read a plan as the past', () => {
    const text = 'we will roll it out to 200 users next spring';
    expect(saidOfThePast(text, text.indexOf('200'))).toBe(false);
  });
});

describe('the writer counted with their team beside people at once', () => {
  const knowledgeBase = repositoryKnowledge();
  const read = (text: string) => extractIntent(text, { knowledgeBase });

  it('are other people: no contradiction, the people at once are the users', () => {
    const intent = read(
      "It's me and two staff at the bakery. We want a chatbot for customer orders on the website; on Saturday mornings maybe 30 people order at once.",
    );
    expect(intent.users).toBe(30);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('are the same people when the count at once is said of them', () => {
    expect(() =>
      read('A chatbot for me and 3 colleagues, 10 of us at once.'),
    ).toThrow(/more people at once/);
  });
});

describe('a count of a group named right before it', () => {
  const knowledgeBase = repositoryKnowledge();
  it('is that group, not the people who use it at once', () => {
    const intent = extractIntent(
      'A policy lookup bot. Our review board (5 people) approved it; about 90 clerks would be on it at the same time.',
      { knowledgeBase },
    );
    expect(intent.users).toBe(90);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('still contradicts a count at once said of the same people', () => {
    expect(() =>
      extractIntent(
        'A drafting tool for the firm: about 9 people in all, but it must take 30 of us using it at the exact same time.',
        { knowledgeBase },
      ),
    ).toThrow(/more people at once/);
  });
});

describe('a count at once said "of them" after a headcount', () => {
  const knowledgeBase = repositoryKnowledge();
  it('is a part of that headcount, so more at once than in all is put back', () => {
    expect(() =>
      extractIntent(
        'digest bot for the support desk, 20 clerks total, but it must serve 70 of them chatting at the same time.',
        { knowledgeBase },
      ),
    ).toThrow(/more people at once/);
  });
});

describe('more at once than the writer counts of their own people', () => {
  const run = (text: string) =>
    extractIntent(text, { knowledgeBase: repositoryKnowledge() });

  it('is a contradiction when the count at once is of the same people as the organisation', () => {
    expect(() =>
      run(
        'We are 45 dispatchers in total across both depots. We want an assistant for them; at peak 90 dispatchers use it at the same time.',
      ),
    ).toThrow(/more people at once than the 45/);
    expect(() =>
      run(
        'We are a small architecture firm, 12 of us in the studio. We want our own private ChatGPT, and on deadline days all 30 of us are on it at the same time.',
      ),
    ).toThrow(/more people at once than the 12/);
    expect(() =>
      run(
        'Our clinic has 25 staff in total. We want a chatbot for them. Please plan for 40 of our staff using it simultaneously.',
      ),
    ).toThrow(/more people at once than the 25/);
  });

  it('is no contradiction when the people at once are others, or fewer', () => {
    expect(
      run(
        'We are 11 engineers in total. We want a shop assistant for our customers, about 500 shoppers using it at the same time.',
      ).users,
    ).toBe(500);
    expect(
      run(
        'We are 45 dispatchers in total. We want an assistant for them; at peak 20 dispatchers use it at the same time.',
      ).users,
    ).toBe(20);
  });
});
