import { whenPeopleUseIt, WordsAroundPeople } from './whenPeopleUseIt';

const words = (w: Partial<WordsAroundPeople>): WordsAroundPeople => ({
  before: '',
  after: '',
  longer: '',
  next: '',
  following: '',
  ...w,
});

describe('whenPeopleUseIt', () => {
  it('reads a period after the people', () => {
    const after = ' open it every day';
    expect(whenPeopleUseIt(words({ after, longer: after }))).toBe(
      'daily_active',
    );
  });

  it('reads a period before the people', () => {
    expect(whenPeopleUseIt(words({ before: 'each month about ' }))).toBe(
      'monthly_active',
    );
  });

  it('reads all of them on it at once in the words after', () => {
    expect(
      whenPeopleUseIt(
        words({
          following: '. At shift start all of them log in at the same time.',
        }),
      ),
    ).toBe('concurrent');
  });

  it('puts a period said after the people first', () => {
    const after = ' use it daily';
    expect(
      whenPeopleUseIt(
        words({
          after,
          longer: after,
          following: `${after}, all of them at once at 8am`,
        }),
      ),
    ).toBe('daily_active');
  });

  it('says nothing when no words around the people do', () => {
    expect(
      whenPeopleUseIt(
        words({
          before: 'a portal for ',
          after: ' in three regions',
          following: ' in three regions. They like it.',
        }),
      ),
    ).toBeUndefined();
  });
});

describe('a time at once right after the people', () => {
  it('reads "in same time" and "simultaneously" past a few words', () => {
    const longer = ' on the portal in same time during exams';
    expect(whenPeopleUseIt(words({ after: longer, longer }))).toBe(
      'concurrent',
    );
    const logged = ' logged in simultaneously';
    expect(whenPeopleUseIt(words({ after: logged, longer: logged }))).toBe(
      'concurrent',
    );
  });

  it('comes before a period said before the people', () => {
    const longer = ' are logged in at the same time';
    expect(
      whenPeopleUseIt(
        words({ before: 'on a busy day about ', after: longer, longer }),
      ),
    ).toBe('concurrent');
  });

  it('leaves a time at once said of another count', () => {
    const longer = ' send 40 requests at once';
    expect(whenPeopleUseIt(words({ after: longer, longer }))).toBeUndefined();
  });
});
