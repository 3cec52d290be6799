import { countsOwnOrganisation, saysWhoUsesIt } from './ownOrganisation';

describe('countsOwnOrganisation', () => {
  it.each([
    "hello, we're about ",
    'so we are a design agency, twelve years old, ',
    "we're a team of ",
    'our studio has roughly ',
    'we are a small consulting firm of ',
    'the growth team, which is ',
    'my ml platform group has about ',
  ])('"%s" is the writer’s group', before => {
    expect(countsOwnOrganisation(before)).toBe(true);
  });

  it.each([
    "we're building a helpdesk bot for ",
    "we're a bank with ",
    "we're expecting ",
    "we're a startup. the app has ",
    'a chatbot for a team of ',
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
