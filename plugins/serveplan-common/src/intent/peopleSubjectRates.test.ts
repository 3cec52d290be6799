import { extractIntent } from './ruleBasedIntent';
import { eachOfThePeopleSaid, onePersonNamed } from './peopleSubjectRates';
import { quantityContext } from './__testUtils__/quantityContext';

const read = (text: string) => extractIntent(text);

describe('one person, or most of them, as the subject of a count', () => {
  it.each([
    'a librarian would open it 6 times a day',
    'the average librarian opens it 6 times a day',
    'most librarians would open it 6 times a day',
    'one clerk might look at it 6 times a day',
  ])('%s', text => expect(onePersonNamed(text)).toBe(true));

  it('leaves a plural subject and things alone', () => {
    expect(onePersonNamed('the librarians open it 6 times a day')).toBe(false);
    expect(onePersonNamed('a server would restart 6 times a day')).toBe(false);
  });

  it.each([
    'An assistant for 90 librarians. A librarian would consult it 6 times a day.',
    'An assistant for 90 librarians. Most librarians would glance at it 6 times a day.',
  ])('reads a count of times per person with any verb: %s', text => {
    const intent = read(text);
    expect(intent.requests_per_user_per_day).toBe(6);
    expect(intent.requests_per_s).toBeNull();
  });
});

describe('the people counted, named again as the subject of a small count', () => {
  it.each([
    [
      'A chat assistant for 250 flight attendants. Attendants would ask it about 4 questions a day.',
      4,
    ],
    [
      'Q&A bot for the 1,200 warehouse pickers, they would send 7 queries a day.',
      7,
    ],
    [
      'An assistant for our 60 paralegals; our paralegals would check it 5 times a day.',
      5,
    ],
  ])('%s → %d per person a day', (text, each) => {
    const intent = read(text);
    expect(intent.requests_per_user_per_day).toBe(each);
    expect(intent.requests_per_s).toBeNull();
  });

  it('keeps a count too big for one person, or not below the people, as the total', () => {
    // more than one person asks in a day
    expect(
      read(
        'A support bot for 3,000 members. Members send about 800 messages a day.',
      ).requests_per_user_per_day,
    ).toBeNull();
    // not fewer than the people counted
    expect(
      read(
        'A coding helper for 6 engineers. They would ask it 20 questions a day.',
      ).requests_per_user_per_day,
    ).toBeNull();
  });

  it('needs the people counted before and a verb of doing', () => {
    const ctx = quantityContext(
      'A booking bot for our guests. Guests ask it 5 questions a day.',
    );
    expect(
      eachOfThePeopleSaid(ctx, ctx.text.indexOf('5 questions'), 5, 'day'),
    ).toBe(false);
    const shifts = quantityContext(
      'A rota helper for 300 porters. Porters work 5 shifts a week.',
    );
    expect(
      eachOfThePeopleSaid(shifts, shifts.text.indexOf('5 shifts'), 5, 'week'),
    ).toBe(false);
    const asked = quantityContext(
      'A rota helper for 300 porters. Porters ask it 5 questions a week.',
    );
    expect(
      eachOfThePeopleSaid(asked, asked.text.indexOf('5 questions'), 5, 'week'),
    ).toBe(true);
  });
});

describe('"they" for the people counted', () => {
  it('reaches back to the sentence before, not further', () => {
    expect(
      read('A help bot for 300 tellers. They would ask it 4 questions a day.')
        .requests_per_user_per_day,
    ).toBe(4);
    expect(
      read(
        'A help bot for 300 tellers. It is hosted in our data centre. They would ask it 4 questions a day.',
      ).requests_per_user_per_day,
    ).toBeNull();
  });
});
