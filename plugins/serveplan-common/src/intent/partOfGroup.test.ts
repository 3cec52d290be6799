import { clauseBeforeParts, partOfGroupAfter } from './partOfGroup';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('partOfGroupAfter', () => {
  it('reads a part and what it does, with its offsets', () => {
    const after = ', of whom about 1,500 log in each day; answers in 2 s';
    const part = partOfGroupAfter(after, 100);
    expect(part).toMatchObject({ value: 1500, kind: 'daily_active' });
    expect(after.slice(part!.start - 100, part!.end - 100)).toBe(
      '1,500 log in each day',
    );
    expect(partOfGroupAfter(', 250 of them online at once', 0)).toMatchObject({
      value: 250,
      kind: 'concurrent',
    });
    expect(
      partOfGroupAfter(', of which 9k are active in a typical month', 0),
    ).toMatchObject({ value: 9000, kind: 'monthly_active' });
  });

  it('reads "in the same time" as at once', () => {
    expect(
      partOfGroupAfter(', of whom 120 chat with it in the same time', 0),
    ).toMatchObject({ value: 120, kind: 'concurrent' });
    expect(
      partOfGroupAfter(', of whom 120 joined in the same month', 0),
    ).toBeUndefined();
  });

  it('reads "at same time", without the article, as at once', () => {
    expect(
      partOfGroupAfter(', 70 of them on the portal at same time', 0),
    ).toMatchObject({ value: 70, kind: 'concurrent' });
    expect(
      partOfGroupAfter(', 70 of them hired at same company', 0),
    ).toBeUndefined();
  });

  it.each([
    // a share, read by shares.ts
    ', of whom maybe 60 % code on any given day',
    ', of whom 1 in 4 use it daily',
    // a part with no activity said of it
    ', of whom 300 are based in Lisbon',
    // no part at all
    ' and 300 contractors use it daily',
  ])('"%s" is not a part read here', after => {
    expect(partOfGroupAfter(after, 0)).toBeUndefined();
  });
});

describe('parts of the users', () => {
  it('asks when a part is larger than the group it is part of', () => {
    const intent = read(
      'contract drafting assistant for 900 paralegals, of whom 1,400 are active on a given day; p90 ttft 2 s',
    );
    expect(intent.users).toBe(900);
    expect(intent.question).toMatch(/1,400.*900/);
  });

  it('reads the daily actives of the users as the share active on a day', () => {
    const intent = read(
      'helpdesk chatbot for 12,000 members, of whom about 1,500 log in each day',
    );
    expect(intent.users).toBe(12000);
    expect(intent.active_share).toBeCloseTo(0.125);
    expect(intent.question).toBeNull();
  });

  it('asks when daily actives outnumber the same people in all', () => {
    expect(
      read(
        'tutoring chatbot, 3,000 total learners, 7,000 daily active learners, p95 ttft 600 ms',
      ).question,
    ).toMatch(/7,000.*3,000/);
  });

  it('does not compare counts of different people', () => {
    const intent = read(
      'support chatbot for our 40 agents, who handle 3,000 customers a day; p95 ttft 1 s',
    );
    expect(intent.users).toBe(40);
    expect(intent.question ?? '').not.toMatch(/which number is right/);
  });
});

describe('clauseBeforeParts', () => {
  it('cuts what is said of a part of the people counted before it', () => {
    expect(
      clauseBeforeParts(
        'we serve 900 drivers and expect 1,200 of them online at once',
      ),
    ).toBe('we serve 900 drivers and expect');
    expect(
      clauseBeforeParts('300 members of whom about 40 log in daily').trim(),
    ).toBe('300 members');
  });

  it('keeps a "part" with no count before it, which is the count itself', () => {
    const clause = 'for our claims staff, roughly 70 of them concurrently';
    expect(clauseBeforeParts(clause)).toBe(clause);
    expect(clauseBeforeParts('a bot for 90 of us at once')).toBe(
      'a bot for 90 of us at once',
    );
  });

  it('keeps the whole a headcount when the part is said at once', () => {
    expect(() =>
      read(
        'Pharmacy chatbot. We have 3,000 members in total and must serve 8,000 of them simultaneously.',
      ),
    ).toThrow(/more people at once/);
  });
});
