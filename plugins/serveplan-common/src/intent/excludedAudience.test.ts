import { countsPeopleNotServed, peopleNotServed } from './excludedAudience';

describe('peopleNotServed', () => {
  it.each([
    ['a scheduling helper for the front desk, not for guests', 'guest'],
    ['it is not meant for our retail members at all', 'member'],
    ['a back-office tool, never tenant-facing', 'tenant'],
    ['the volunteers will not use it, only the coordinators', 'volunteer'],
    ['built for the pharmacists rather than the patients', 'patient'],
    ['we serve 30,000 shoppers, but they would never see this', 'shopper'],
    ['about 400 franchisees who will not touch the dashboard', 'franchisee'],
    ["some 250 drivers, who don't ever interact with the app", 'driver'],
    ["the auditors shouldn't ever see this", 'auditor'],
    // most of those counted, denied access or use
    [
      'the forum has 20,000 followers but most are lurkers and will not get access',
      'follower',
    ],
    ["9k subscribers, and the bulk of them won't use it", 'subscriber'],
    // an aside past where they are, denying all of them use it
    [
      'the launch drew 80k listeners on Spotify (they will not all use it, fine)',
      'listener',
    ],
  ])('"%s" is not for %ss', (text, noun) => {
    expect(peopleNotServed(text)).toContain(noun);
  });

  it.each([
    'a bot not only for guests but for staff too',
    'this is not just for members',
    'not for members only: staff use it as well',
    'we want it rather than making tenants wait on hold',
    'a helper that is for the guests',
    'we have 900 guests and they would all use it',
    'some 300 tenants, but they never call the office',
    'we have 900 tenants but most of them will get access',
    'about 700 tenants on the portal (they would all use it)',
    'we host 5,000 tenants, but most never call the office',
    // a bare noun that "doesn't" see it says how it works, not who it is not for
    "it runs overnight, so tenants don't see it",
  ])('"%s" leaves no one out', text => {
    const notServed = peopleNotServed(text);
    for (const noun of ['guest', 'member', 'tenant'])
      expect(notServed).not.toContain(noun);
  });
});

describe('countsPeopleNotServed', () => {
  it('matches the noun of a count in the singular or the plural', () => {
    const notServed = peopleNotServed('an internal tool, not for coaches');
    expect(countsPeopleNotServed('coaches', notServed)).toBe(true);
    expect(countsPeopleNotServed('senior coaches', notServed)).toBe(true);
    expect(countsPeopleNotServed('athletes', notServed)).toBe(false);
    expect(countsPeopleNotServed(undefined, notServed)).toBe(false);
  });
});
