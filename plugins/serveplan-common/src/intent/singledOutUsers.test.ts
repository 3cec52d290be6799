import { singledOutUsersAfter } from './singledOutUsers';

describe('singledOutUsersAfter', () => {
  it('reads fewer people singled out as the ones who use it, with their period', () => {
    const after =
      ', yet just 150 will use the bot every day, mostly in the morning';
    expect(singledOutUsersAfter(after, 100, 2000)).toMatchObject({
      value: 150,
      kind: 'daily_active',
      start: 100 + after.indexOf('150'),
    });
  });

  it('reads a part with no period as a headcount', () => {
    expect(
      singledOutUsersAfter(' and only about 40 would need it', 0, 600),
    ).toMatchObject({ value: 40, kind: 'total' });
  });

  it.each([
    [', of whom 150 are based in Leeds', 2000],
    [', but only 150 work night shifts', 2000],
    [', but only 3,000 would use it', 2000],
    [' and we plan to use it for 150 tickets', 2000],
  ])('"%s" singles out no users', (after, group) => {
    expect(singledOutUsersAfter(after, 0, group)).toBeUndefined();
  });
});
