import { extractIntent } from './ruleBasedIntent';
import { readShares } from './shares';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { quantityContext } from './__testUtils__/quantityContext';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

const shares = (text: string) =>
  readShares(quantityContext(text)).map(s => [
    Number(s.share.toFixed(3)),
    s.of,
  ]);

describe('shares and what they are shares of', () => {
  it.each([
    ['2 in 5 cashiers', [[0.4, 'people']]],
    ['1 in 20 queries', [[0.05, 'other']]],
    ['a fifth of the stylists', [[0.2, 'people']]],
    ['a tenth of our invoices', [[0.1, 'other']]],
    ['640 tutors, 3 quarters of whom', [[0.75, 'people']]],
    ['10k parcels, half of them', [[0.5, 'other']]],
    ['900 coaches, of whom some 45 %', [[0.45, 'people']]],
  ])('%s', (text, expected) => {
    expect(shares(text)).toEqual(expected);
  });

  it('takes a bare share as a subject only before a predicate', () => {
    expect(shares('700 pharmacists; 15 % would ask it')).toEqual([
      [0.15, 'people'],
    ]);
    expect(shares('700 pharmacists; 15 % lower cost')).toEqual([
      [0.15, undefined],
    ]);
  });

  it('takes a share that has something as the people who have it', () => {
    expect(
      shares('2,300 surveyors; 55 % have the app running most days'),
    ).toEqual([[0.55, 'people']]);
    expect(shares('2,300 surveyors; 55 % higher load in spring')).toEqual([
      [0.55, undefined],
    ]);
  });
});

describe('the share of users active', () => {
  it.each([
    ['Q&A bot for 2,400 drivers, roughly 1 in 6 are on it at once', 1 / 6],
    ['helper for 1,800 tutors, a quarter of whom log in each day', 0.25],
    ['assistant for 5k engineers, about 35 % of them at peak', 0.35],
    ['chat for 600 volunteers, of whom perhaps 40 percent use it daily', 0.4],
    ['bot for 3,000 paralegals; two thirds of them use it every day', 0.6667],
  ])('%s → %d', (text, share) => {
    expect(read(text).active_share).toBeCloseTo(share, 3);
  });

  it('keeps the headcount as the users', () => {
    const intent = read(
      'helper for 1,800 tutors, a quarter of whom log in each day',
    );
    expect(intent.users).toBe(1800);
    expect(intent.active_share).toBeCloseTo(0.25, 4);
  });

  it.each([
    ['chatbot for 700 users; 1 in 8 requests call a tool daily'],
    ['summaries for 300 staff, a third of the tickets are used daily'],
    ['RAG for 1,000 analysts, 25 % cheaper than today, used every day'],
    ['chatbot for 500 users, shipped to 1 in 3 branches, used daily'],
    ['ticket bot: 20k tickets a week, half of them use the refund form'],
  ])('reads no share of users in "%s"', text => {
    expect(read(text).active_share).toBeNull();
  });

  it('needs words saying the people are active', () => {
    expect(
      read('assistant for 4,000 nurses, a third of whom work nights')
        .active_share,
    ).toBeNull();
  });
});

describe('a share named by the activity it measures', () => {
  it('reads "N % daily activity" after a people count as the active share', () => {
    expect(shares('tutor for 200k MAU at 4 % daily activity')).toEqual([
      [0.04, 'people'],
    ]);
    expect(read('tutor for 200k MAU at 4 % daily activity').active_share).toBe(
      0.04,
    );
  });

  it('does not read activity of things as a share of people', () => {
    expect(shares('2,000 sensors, 4 % daily activity')).toEqual([
      [0.04, 'other'],
    ]);
  });
});

describe('a share written as a fraction with a slash', () => {
  it('reads "N/M" before what the people do as a share of them', () => {
    expect(
      shares('chat helper for 3,500 agents, perhaps 2/7 log in daily'),
    ).toEqual([[0.286, 'people']]);
    expect(
      read(
        'search bot over the handbook, 1,200 nurses, about 1/4 use it each day',
      ).active_share,
    ).toBeCloseTo(0.25, 4);
  });

  it('does not read a date or a rate above one as a share', () => {
    expect(shares('600 clerks, launch on 3/4/2026')).toEqual([]);
    expect(shares('600 clerks need it 24/7')).toEqual([]);
  });
});

describe('a share after a count only another reader knows is people', () => {
  it('reads "N % active" after a people count with a describing word', () => {
    const intent = read(
      'doc assistant: 40,000 registered users, 12% active daily, p90 TTFT 900 ms',
    );
    expect(intent.users).toBe(40000);
    expect(intent.active_share).toBeCloseTo(0.12, 4);
  });

  it('does not read it after a count of things', () => {
    expect(
      read('indexing 40,000 registered documents, 12% active daily')
        .active_share,
    ).toBeNull();
  });
});

describe('a fraction said after a pronoun for the people', () => {
  it('reads "of whom roughly a third are ..." as a share of them', () => {
    expect(
      shares('1,800 volunteers, of whom roughly a third are on it'),
    ).toEqual([[0.333, 'people']]);
    const intent = read(
      'a rota assistant for 1,800 volunteers, of whom roughly a third are active on a typical day',
    );
    expect(intent.users).toBe(1800);
    expect(intent.active_share).toBeCloseTo(1 / 3, 3);
  });

  it('does not read a fraction with neither the pronoun nor "of"', () => {
    expect(shares('900 clerks log in daily for half an hour')).toEqual([]);
    expect(shares('we report every quarter to 40 managers')).toEqual([]);
  });
});

describe('a share followed by when the people use it', () => {
  it.each([
    ['tutoring app for 8,000 parents, perhaps 15% on a given day', 0.15],
    ['ticket helper for 2,500 agents; maybe 30 percent log on each day', 0.3],
    ['ward assistant for 600 nurses, roughly 20 per cent at once', 0.2],
  ])('%s', (text, share) => {
    expect(read(text).active_share).toBeCloseTo(share, 4);
  });

  it.each([
    // a growth rate, not a share of the people
    'chatbot for 2,000 members, growing 8% each day',
    'chatbot for 2,000 members, 8% more every day',
    // a share of something else
    'chatbot for 2,000 members, 8% errors each day',
  ])('reads no share of users in "%s"', text => {
    expect(read(text).active_share).toBeNull();
  });

  it('reads the share as of the people before it', () => {
    expect(shares('8,000 parents, perhaps 15% on a typical weekday')).toEqual([
      [0.15, 'people'],
    ]);
    expect(
      shares('8,000 parents, perhaps 15% tokens on a typical day'),
    ).toEqual([[0.15, undefined]]);
  });
});

describe('a percentage in other spellings', () => {
  it.each([
    [
      'letting bot for 9,000 renters, about 12 procent of them use it daily',
      0.12,
    ],
    ['helpdesk for 700 engineers, 20 Prozent of whom use it each day', 0.2],
    ['helpdesk for 700 engineers, 25 per cent of whom use it each day', 0.25],
  ])('%s', (text, share) => {
    expect(read(text).active_share).toBeCloseTo(share, 4);
  });

  it('does not take a longer word for a percentage', () => {
    expect(shares('900 renters, 12 protocols each day')).toEqual([]);
    expect(shares('600 clerks, 95 pctl of them')).toEqual([]);
  });
});

describe('a share of a group placed by a count after it', () => {
  it('passes over the places to the people they hold', () => {
    expect(
      shares('2,400 drivers across 6 depots, and about a third of them'),
    ).toEqual([[0.333, 'people']]);
    expect(
      read(
        'a routing assistant for 2,400 drivers spread over 6 depots; maybe a quarter of them would use it on a given day',
      ).active_share,
    ).toBe(0.25);
  });

  it('keeps a count joined by a verb as what the pronoun stands for', () => {
    expect(
      shares('300 clerks file 9,000 claims a week, a tenth of them by hand'),
    ).toEqual([[0.1, 'other']]);
  });
});

describe('a percent sign before the number', () => {
  it('reads "%N" as N percent of the people before it', () => {
    expect(shares('1,500 members, about %12 of them')).toEqual([
      [0.12, 'people'],
    ]);
    expect(
      read('a bot for 1,500 members; about %12 of them log in daily')
        .active_share,
    ).toBe(0.12);
  });

  it('does not read the modulo of code or a percentage just before', () => {
    expect(shares('400 reviewers check that n%2 == 0')).toEqual([]);
    expect(shares('400 reviewers, 100%2 of them')).not.toContainEqual([
      0.02,
      'people',
    ]);
  });
});

describe('a percent word with a letter or two left out', () => {
  it.each([
    ['40k riders, perhaps 7 prcent of them active each day', 0.07],
    ['40k riders, perhaps 7 pcnt of them active each day', 0.07],
  ])('%s', (text, share) => {
    expect(read(`a trip assistant for ${text}`).active_share).toBe(share);
  });

  it('does not read a percentile as a percentage', () => {
    expect(shares('900 drivers, the 99 percentile of them')).toEqual([]);
  });
});

describe('a share of a group that is its people', () => {
  it.each([
    [
      'a search tool for our 300-person firm; half of the company would use it on any given day',
      0.5,
    ],
    [
      'a coding helper for 80 developers, though maybe a quarter of our team uses it daily',
      0.25,
    ],
  ])('%s', (text, share) => {
    expect(read(text).active_share).toBe(share);
  });

  it("does not take the group's belongings or a thing it names for its people", () => {
    expect(
      shares("for 300 lawyers; a third of the company's revenue, daily"),
    ).toEqual([[0.333, undefined]]);
    expect(
      read(
        'a desk-booking bot for 300 lawyers; a quarter of the office space is used daily',
      ).active_share,
    ).toBeNull();
  });
});

describe('a share active on an ordinary day', () => {
  it('reads "on a normal day N % of them" as the active share', () => {
    expect(
      read(
        'a portal assistant for 90,000 policyholders, and on a normal day about 4% of them get in touch',
      ).active_share,
    ).toBe(0.04);
  });

  it('needs the day: a share of them with no activity is no active share', () => {
    expect(
      read(
        'a portal assistant for 90,000 policyholders, and about 4% of them get in touch',
      ).active_share,
    ).toBeNull();
  });
});

describe('shares of people said loosely', () => {
  it('reads "1 in 4 logs in" and a fraction that is the subject of using it', () => {
    expect(
      read(
        'Partner portal Q&A. 2,000 partners on file; roughly 1 in 5 logs in on a given day.',
      ).active_share,
    ).toBe(0.2);
    expect(
      read(
        'Of our 900 teachers, we expect about a third to use it on a given day.',
      ).active_share,
    ).toBeCloseTo(1 / 3, 3);
    // a quarter as a period is no share
    expect(
      read('chatbot for 900 teachers, budget $2k every quarter').active_share,
    ).toBeNull();
  });
});

describe('a share after "of whom" with a verb of expecting', () => {
  it('reads the share of the people said before', () => {
    const intent = read(
      'About 1,600 teachers would get access, of whom we estimate maybe a fifth on a typical school day. Quiz generation.',
    );
    expect(intent.users).toBe(1600);
    expect(intent.active_share).toBeCloseTo(0.2);
  });
});

describe('a share closing its clause after "not everybody every day"', () => {
  it.each([
    ['Helpdesk bot for our 300 clerks, not all of them daily, maybe 40%.', 0.4],
    [
      'Wiki assistant for 90 engineers, though not everyone every day, perhaps a third.',
      0.3333,
    ],
    [
      'tutor for 2,000 pupils, not everybody on a given day, maybe the half',
      0.5,
    ],
  ])('%s → %d', (text, share) => {
    expect(extractIntent(text).active_share).toBe(share);
  });

  it('reads no share when the clause goes on past it', () => {
    expect(
      extractIntent(
        'Helpdesk bot for our 300 clerks, not all of them daily, maybe 40% cheaper than the old vendor',
      ).active_share,
    ).toBeNull();
  });
});
