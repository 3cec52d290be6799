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
