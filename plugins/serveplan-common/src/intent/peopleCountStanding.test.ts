import {
  highestStanding,
  namedElsewhereAsServed,
  PeopleCountCandidate,
  peopleCountStanding,
} from './peopleCountStanding';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();

/** A candidate for the words `written` as they stand in `text`. */
function at(
  text: string,
  written: string,
  noun: string,
  extra: Partial<PeopleCountCandidate> = {},
): PeopleCountCandidate {
  const start = text.indexOf(written);
  return {
    start,
    end: start + written.length,
    value: Number(/[\d,]+/.exec(written)?.[0].replace(/,/g, '') ?? 1),
    written,
    kind: 'total',
    noun,
    ...extra,
  };
}

describe('namedElsewhereAsServed', () => {
  const text =
    'We employ 40 dispatchers. The assistant is for the dispatcher on shift; the planners open it too.';
  const start = text.indexOf('40');
  const end = start + '40 dispatchers'.length;

  it('finds the people named as who the system serves, outside the count', () => {
    expect(namedElsewhereAsServed(text, 'dispatcher', start, end)).toBe(true);
    expect(namedElsewhereAsServed(text, 'planner', start, end)).toBe(true);
    expect(
      namedElsewhereAsServed(
        'a help bot on the tenant portal; 900 tenants',
        'tenant',
        36,
        47,
      ),
    ).toBe(true);
  });

  it('does not count the count itself, or people named only as background', () => {
    expect(
      namedElsewhereAsServed('a bot for 40 dispatchers', 'dispatcher', 10, 24),
    ).toBe(false);
    expect(
      namedElsewhereAsServed(
        'we have 9 auditors; the tool drafts letters for clients',
        'auditor',
        8,
        18,
      ),
    ).toBe(false);
  });
});

describe('peopleCountStanding', () => {
  it('raises a count said to use it and lowers the past, the own team and denied use', () => {
    // the engine reads lower-case text
    const text =
      'back in 2012 we had 5 volunteers. our team has 11 engineers. the club has 80,000 fans, though none of them would ever see this; 300 coaches would use it daily.';
    const standing = (written: string, noun: string) =>
      peopleCountStanding(text, at(text, written, noun));
    expect(standing('300 coaches', 'coaches')).toBeGreaterThan(0);
    expect(standing('5 volunteers', 'volunteers')).toBeLessThan(0);
    expect(standing('11 engineers', 'engineers')).toBeLessThan(0);
    expect(standing('80,000 fans', 'fans')).toBeLessThan(0);
  });

  it('does not lower a count of the last month, which is today’s measure', () => {
    const text = 'last month the app had 12,000 monthly active riders.';
    expect(
      peopleCountStanding(
        text,
        at(text, '12,000 monthly active riders', 'riders', {
          kind: 'monthly_active',
        }),
      ),
    ).toBeGreaterThan(0);
  });

  it('lowers one person picked out of a group and a singular noun after a larger count', () => {
    const text = 'one of the nurses asked; the 2020 rollout went fine';
    expect(
      peopleCountStanding(text, {
        ...at(text, 'one of the nurses', 'nurses'),
        value: 1,
      }),
    ).toBeLessThan(0);
    const singular = 'the 2020 rollout';
    expect(
      peopleCountStanding(singular, at(singular, '2020 rollout', 'rollout')),
    ).toBeLessThan(0);
  });

  it('keeps the first of several counts that nothing tells apart', () => {
    const text = '200 nurses and 50 doctors';
    const first = at(text, '200 nurses', 'nurses');
    expect(
      highestStanding(text, [first, at(text, '50 doctors', 'doctors')]),
    ).toBe(first);
  });
});

describe('the users among several counts of people', () => {
  const users = (text: string) => extractIntent(text, { knowledgeBase }).users;

  it('reads the people the system is named for, past the writer’s team and the public', () => {
    expect(
      users(
        'Our city has 600,000 residents, none of whom would use this directly. The records team I run is just 12 people. We want a summariser of planning files for the case officer: there are 45 case officers.',
      ),
    ).toBe(45);
  });

  it('reads a count of today past a start in the past', () => {
    expect(
      users(
        'We started with 4 tutors in 2018 and we are 60 staff now. The study helper is for our learners: about 7,000 learners open the app each week. A chatbot.',
      ),
    ).toBe(7000);
  });

  it('reads people whose share said to use it follows their count', () => {
    expect(
      users(
        'Our last audit found 3 minor issues. RAG over the policy library for the compliance staff; that is about 90 people, of whom roughly half would use it weekly.',
      ),
    ).toBe(90);
  });
});

describe('use said past a second noun or a period after the count', () => {
  const users = (text: string) => extractIntent(text, { knowledgeBase });

  it('reads the count whose people, joined with others, are said to use it', () => {
    const intent = users(
      'I run a clinic group - founded 1990, 14 partners, about 300 corporate clients. We want a letter summariser. About 60 nurses and receptionists would use it, each about 20 letters a day.',
    );
    expect(intent.users).toBe(60);
  });

  it('reads a count said to use it past where its people are', () => {
    const intent = users(
      'The hospital has about 6,000 staff on three sites. We would like the 45 nurses of the oncology unit to use it for handover notes.',
    );
    expect(intent.users).toBe(45);
  });

  it('reads a count of people wished able to do something with it', () => {
    const intent = users(
      'Our agency employs 3,000 people in four offices. We want the 60 people of the legal desk to be able to upload a contract and get the key dates back.',
    );
    expect(intent.users).toBe(60);
  });

  it('reads a count said to use it over a period', () => {
    const intent = users(
      'Our town has 90,000 residents. We want a RAG assistant on the permits site; roughly 1,200 people a week use the permits site.',
    );
    expect(intent.users).toBe(1200);
  });
});
