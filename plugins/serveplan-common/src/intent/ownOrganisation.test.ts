import {
  countsOwnOrganisation,
  countsWritersSide,
  namesOnCallCrew,
  namesOwnGroup,
  saysWhoUsesIt,
} from './ownOrganisation';

describe('countsOwnOrganisation', () => {
  it.each([
    "hello, we're about ",
    'so we are a design agency, twelve years old, ',
    "we're a team of ",
    'our studio has roughly ',
    'we are a small consulting firm of ',
    'the growth team, which is ',
    'my ml platform group has about ',
    'our weekend rota has ',
    'the night shift, which is ',
    'the analytics team i lead is just ',
    'our ops group we run has ',
  ])('"%s" is the writer’s group', before => {
    expect(countsOwnOrganisation(before)).toBe(true);
  });

  it.each([
    "we're building a helpdesk bot for ",
    "we're a bank with ",
    "we're expecting ",
    "we're a startup. the app has ",
    'a chatbot for a team of ',
    'a rota planner that suggests cover for ',
    'the bot will answer the support team, which gets ',
  ])('"%s" is not', before => {
    expect(countsOwnOrganisation(before)).toBe(false);
  });
});

describe('saysWhoUsesIt', () => {
  it('reads use, access, a part singled out, who it is for, and active users', () => {
    expect(
      saysWhoUsesIt('', '12 editors', ' would use it daily', 'total'),
    ).toBe(true);
    expect(saysWhoUsesIt('', '30 nurses', ' will get access', 'total')).toBe(
      true,
    );
    expect(saysWhoUsesIt('and just the ', '9 buyers', '', 'total')).toBe(true);
    expect(saysWhoUsesIt('a portal for our ', '4k tenants', '', 'total')).toBe(
      true,
    );
    expect(saysWhoUsesIt('', '70k subscribers', '', 'total')).toBe(true);
    expect(saysWhoUsesIt('', '500 people', ' online', 'concurrent')).toBe(true);
  });

  it('reads a product’s users named in the singular, as some writers put it', () => {
    expect(saysWhoUsesIt('maybe ', '3,500 member', '', 'total')).toBe(true);
    expect(saysWhoUsesIt('', '800 subscriber', ' visit', 'total')).toBe(true);
    // a worker named in the singular is no user of a product by its noun
    expect(saysWhoUsesIt('', '9 cook', ' in the kitchen', 'total')).toBe(false);
  });

  it('does not read a count that only says where people are', () => {
    expect(
      saysWhoUsesIt(
        'and ',
        '14 designers',
        ' sit in the berlin office',
        'total',
      ),
    ).toBe(false);
  });
});

describe('countsOwnOrganisation with the count’s words', () => {
  it('reads a workforce counted after "our ... has" or "employs"', () => {
    expect(
      countsOwnOrganisation('our insurance group employs ', '4,100 staff'),
    ).toBe(true);
    expect(
      countsOwnOrganisation('so, my hospital has roughly ', '3k employees'),
    ).toBe(true);
  });

  it('does not read the users of a product as the workforce', () => {
    expect(countsOwnOrganisation('our app has ', '90k users')).toBe(false);
  });

  it('reads the size as one more item of the group’s description', () => {
    expect(
      countsOwnOrganisation(
        'for context, our agency is based in Lyon, ',
        '35 people',
      ),
    ).toBe(true);
    expect(
      countsOwnOrganisation(
        'our company is building a bot for clinics, ',
        '300 people',
      ),
    ).toBe(false);
    expect(
      countsOwnOrganisation('our startup is two years old, ', '8k customers'),
    ).toBe(false);
  });
});

describe('namesOwnGroup', () => {
  it('reads a group noun in a sentence the writer speaks of themselves in', () => {
    expect(namesOwnGroup('we launched v1 with a ', 'crew of 7', 'crew')).toBe(
      true,
    );
    expect(namesOwnGroup('honestly my ', 'team of 5', 'team')).toBe(true);
  });

  it('does not read who something is for, or a group the writer is not in', () => {
    expect(namesOwnGroup('we need a bot for our ', 'team of 40', 'team')).toBe(
      false,
    );
    expect(namesOwnGroup('a planner for a ', 'crew of 7', 'crew')).toBe(false);
    expect(namesOwnGroup('we expect ', '300 players', 'players')).toBe(false);
  });
});

describe('saysWhoUsesIt for the size of the group it is for', () => {
  it('reads the size said right after the group', () => {
    expect(
      saysWhoUsesIt(
        'a search tool for the audit division only, which is roughly ',
        '210 people',
        '',
        'total',
      ),
    ).toBe(true);
    expect(
      saysWhoUsesIt(
        'summaries for our tax team (about ',
        '75 people',
        ')',
        'total',
      ),
    ).toBe(true);
  });

  it('reads the size said after an organisation it is for', () => {
    expect(
      saysWhoUsesIt(
        'a wiki assistant for the finance org, ',
        '420 accountants',
        '',
        'total',
      ),
    ).toBe(true);
    expect(
      saysWhoUsesIt(
        'drafting help for the whole company - about ',
        '1,900 people',
        '',
        'total',
      ),
    ).toBe(true);
  });

  it('does not read an organisation it is not said to be for', () => {
    expect(
      saysWhoUsesIt('the finance org has ', '420 accountants', '', 'total'),
    ).toBe(false);
  });

  it('does not read a group the system is not for', () => {
    expect(
      saysWhoUsesIt(
        'the audit division, which is roughly ',
        '210 people',
        '',
        'total',
      ),
    ).toBe(false);
  });
});

describe('countsWritersSide', () => {
  it.each([
    ['there are two sites and roughly ', '90 of us', '', ' in finance'],
    ['we opened the bakery in 2018, ', '12 people', 'people', ' on the team'],
    [
      'i am the platform lead at a regional bank, about ',
      '4,100 employees',
      'employees',
      ' across 9 branches',
    ],
    ['we launched it with a ', 'team of 30', 'team', ''],
  ])('"%s%s%s" is the writer’s side', (before, written, noun, after) => {
    expect(countsWritersSide(before, written, noun, after)).toBe(true);
  });

  it.each([
    ['a helpdesk bot for ', '90 of us', '', ''],
    ["i'm building a triage tool for a clinic, ", '300 nurses', 'nurses', ''],
    ['the site gets about ', '12 people', 'people', ' a minute'],
    [
      'i am the platform lead at a regional bank, about ',
      '4,100 customers',
      'customers',
      '',
    ],
  ])('"%s%s%s" is not', (before, written, noun, after) => {
    expect(countsWritersSide(before, written, noun, after)).toBe(false);
  });
});

describe('saysWhoUsesIt in other frames of use', () => {
  it.each([
    [
      'the ones who would really use it are the line leads, roughly ',
      '150 of them',
      '',
    ],
    ['the main users will be our claims handlers, some ', '60 people', ''],
    ['the tool would mostly be used by the night porters, about ', '30', ''],
    ['', '45 mentors', ' in the programme who will use the app'],
    [
      'a search tool the customs desk, roughly ',
      '25 people',
      ', uses constantly',
    ],
    ['the night desk, ', '8 editors', ', would use it'],
    ['', '3,000 visitors', ' on the website each day'],
    ['', '40k shoppers', ' to our web shop a month'],
  ])('"%s%s%s" says who uses it', (before, written, after) => {
    expect(saysWhoUsesIt(before, written, after, 'total')).toBe(true);
  });

  it.each([
    [
      'the people who built it are the platform engineers, about ',
      '30 of them',
      '',
    ],
    [
      'the ones who would really use it are the line leads. we have ',
      '2,400 operators',
      '',
    ],
    ['', '45 mentors', ' in the programme who run the sessions'],
    ['the customs desk, roughly ', '25 people', ', uses sap every day'],
    ['', '3,000 visitors', ' to the garden centre each day'],
  ])('"%s%s%s" does not', (before, written, after) => {
    expect(saysWhoUsesIt(before, written, after, 'total')).toBe(false);
  });
});

describe('saysWhoUsesIt for people the system meets, restated or summed', () => {
  it.each([
    // the system as the subject of a verb that meets people
    ['we reckon the kiosk would serve around ', '800 people', ' a day'],
    ['the assistant will probably handle ', '1,500 callers', ' a week'],
    ['it would talk to roughly ', '250 tenants', ''],
    // a count restating a group said to use it
    ['only the night shift uses it, so about ', '30 nurses', ''],
    ['the claims desk will use the tool daily - some ', '18 adjusters', ''],
    ['just legal would use this (roughly ', '25 lawyers', ')'],
    // a group it is for, joined by "of"
    ['a drafting aid for our sales team of ', '14 reps', ''],
    // people who log in, with no other system named
    ['', '4,000 applicants', ' log in on a typical day'],
    ['', '600 tenants', ' sign in each week'],
  ])('"%s%s%s" says who uses it', (before, written, after) => {
    expect(saysWhoUsesIt(before, written, after, 'total')).toBe(true);
  });

  it('reads a sum of people after a sentence that says they can use it', () => {
    expect(
      saysWhoUsesIt(
        'a wiki bot the porters and the ward clerks could query for rotas. altogether that makes ',
        '140 people',
        '',
        'total',
      ),
    ).toBe(true);
  });

  it.each([
    // the system not the subject, or a verb that meets no one
    ['the old kiosk was replaced and we now serve ', '800 people', ''],
    ['the assistant was built by ', '6 contractors', ''],
    // a use denied, or a group not said to use it
    ["the kitchen staff don't use it, that's ", '30 cooks', ''],
    ['the night shift starts at ten, so about ', '30 nurses', ''],
    // "of" after a group it is not said to be for
    ['our sales team of ', '14 reps', ' sits in leeds'],
    // logging in to another system
    ['', '4,000 applicants', ' log in to the old ats daily'],
  ])('"%s%s%s" does not', (before, written, after) => {
    expect(saysWhoUsesIt(before, written, after, 'total')).toBe(false);
  });

  it('does not read a sum after a sentence that says nothing of use', () => {
    expect(
      saysWhoUsesIt(
        'the porters and the ward clerks share one break room. altogether that makes ',
        '140 people',
        '',
        'total',
      ),
    ).toBe(false);
    expect(
      saysWhoUsesIt(
        'the clerks would not use it for rotas. altogether that makes ',
        '140 people',
        '',
        'total',
      ),
    ).toBe(false);
  });
});

describe('namesOnCallCrew', () => {
  it.each([
    ['and our pager rota of ', '5 engineers', ''],
    ['during the outage ', '6 sres', ' on call'],
    ['', '12 on-call engineers', ''],
  ])('"%s%s%s" is an on-call crew', (before, written, after) => {
    expect(namesOnCallCrew(before, written, after)).toBe(true);
  });

  it.each([
    ['our support team of ', '5 engineers', ''],
    ['', '6 sres', ' in two time zones'],
  ])('"%s%s%s" is not', (before, written, after) => {
    expect(namesOnCallCrew(before, written, after)).toBe(false);
  });
});

describe('saysWhoUsesIt: users named, shares said later, people of a site', () => {
  it.each([
    ['the users will be the roughly ', '300 nurses', ''],
    ['for the kiosk project. our users are our ', '45 clerks', ''],
    [
      'we employ ',
      '7,200 colleagues',
      ', and on a busy day perhaps a quarter of them would open it',
    ],
    ['last quarter our app had about ', '9,000 daily riders', ''],
  ])('"%s|%s|%s" says who uses it', (before, written, after) => {
    expect(saysWhoUsesIt(before, written, after, 'total')).toBe(true);
  });

  it.each([
    ['the users are happy with ', '300 nurses', ''],
    [
      'we employ ',
      '7,200 colleagues',
      ', and a quarter of them work part-time',
    ],
    ['last quarter our depot had about ', '9,000 daily riders', ''],
    ['the site has ', '210 people', ' who work in the office'],
  ])('"%s|%s|%s" does not', (before, written, after) => {
    expect(saysWhoUsesIt(before, written, after, 'total')).toBe(false);
  });
});
