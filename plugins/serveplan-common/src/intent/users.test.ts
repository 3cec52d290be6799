import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('people said to do something each day are daily actives', () => {
  it.each([
    'about 2,400 drivers open the route app each day',
    'roughly 900 agents work through their queue every day with it',
    'some 5k staff ask it questions daily',
  ])('%s', text => {
    expect(read(text).users_kind).toBe('daily_active');
  });

  it('leaves the day to a number said between the people and it', () => {
    const intent = read('chatbot for 500 engineers who send 30 prompts a day');
    expect(intent.users).toBe(500);
    expect(intent.users_kind).toBe('total');
  });

  it('does not read a day said in another clause as theirs', () => {
    expect(
      read('a bot for 700 nurses; the ward logs are refreshed every day')
        .users_kind,
    ).toBe('total');
  });
});

describe('a headcount settled on right after a range', () => {
  it('takes the value said after the range', () => {
    expect(
      read('onboarding assistant for 80-120 trainees, call it 100').users,
    ).toBe(100);
    expect(read('chatbot for 3-5k employees (say 4k)').users).toBe(4000);
  });

  it('keeps the upper end when the words after it count a part', () => {
    expect(
      read('chatbot for 3-5k employees, roughly 4k of them in Europe').users,
    ).toBe(5000);
  });
});
