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

describe('people at once said "in the same time"', () => {
  it.each([
    'support chatbot, expect about 2,500 shoppers in the same time during the sale',
    'FAQ bot; we think 450 students will ask it in the same time before exams',
  ])('%s', text => {
    expect(read(text).users_kind).toBe('concurrent');
  });

  it('does not read another "same" phrase as at once', () => {
    const intent = read(
      'support chatbot for 600 students, and in the same week we launch a new course',
    );
    expect(intent.users).toBe(600);
    expect(intent.users_kind).toBe('total');
  });
});

describe('people at the same time said without a preposition', () => {
  it('reads "3000 user same time at peak" as people at once', () => {
    const intent = read(
      'shop bot that checks orders, 3000 user same time at peak',
    );
    expect(intent.users).toBe(3000);
    expect(intent.users_kind).toBe('concurrent');
  });
});

describe('at the same time, denied', () => {
  it('does not read "never all of them in same time" as people at once', () => {
    const intent = read(
      'an agent that plans experiments. We are around sixty chemists but never all of them in same time.',
    );
    expect(intent.users).toBe(60);
    expect(intent.users_kind).toBe('total');
  });
});

describe('"in the same moment" before the people', () => {
  it.each([
    [
      'In the same moment about 35 dispatchers are typing to the assistant.',
      35,
    ],
    ['At the same moment maybe 120 students write to the tutor bot.', 120],
  ])('reads %j as people at once', (text, users) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('leaves a count whose clause says no time together', () => {
    expect(
      read(
        'About 35 dispatchers use the assistant; the moment matters to them.',
      ).users_kind,
    ).toBe('total');
  });
});
