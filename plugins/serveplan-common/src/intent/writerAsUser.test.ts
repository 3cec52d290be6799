import { writerCount } from './writerAsUser';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('the writer counted among the users', () => {
  it.each([
    ['a wiki bot for me and 4 coworkers', 5],
    ['summaries for myself and my 2 colleagues', 3],
    ['me + 6 others on a single 4090', 7],
    ['only me using it, on a laptop gpu', 1],
    ['side project, just me.', 1],
  ])('%s', (text, users) => {
    expect(writerCount(text)?.value).toBe(users);
  });

  it('reads the writer said to be the only one using it', () => {
    for (const text of [
      "i'm the only one using it, on a mac studio",
      'i am the only person who will use this',
      "i'd be the only user, a few prompts an hour",
      "it's only me using it",
    ]) {
      expect(writerCount(text)?.value).toBe(1);
      expect(writerCount(text)?.saysUse).toBe(true);
    }
    expect(writerCount('side project, just me.')?.saysUse).toBe(false);
  });

  it('does not read being the only one at something else as use', () => {
    expect(
      writerCount("i'm the only one on the team who knows rust"),
    ).toBeUndefined();
    expect(writerCount('i am the only person in the office')).toBeUndefined();
  });

  it('does not count things beside the writer or the writer going on', () => {
    expect(writerCount('send me 2 options for the cluster')).toBeUndefined();
    expect(writerCount('a box for me and 2 gpus spare')).toBeUndefined();
    expect(writerCount('maybe that is just me being cautious')).toBeUndefined();
    expect(writerCount('only me and the ops team know')).toBeUndefined();
  });

  it('reads the users from a request', () => {
    const intent = read(
      'private chat assistant for me and three flatmates on one RTX 4090',
    );
    expect(intent.users).toBe(4);
    expect(intent.users_kind).toBe('total');
    expect(read('summarizing my notes, only me, one A10G').users).toBe(1);
  });

  it('leaves the writer alone to any other count of people', () => {
    expect(
      read('just me building it, but 250 customers will chat with it').users,
    ).toBe(250);
  });

  it('reads the writer said to use it alone over counts of others not said to use it', () => {
    expect(
      read(
        'I run a bakery with 12 bakers on two shifts. I want a recipe costing helper and I am the only one who will use it.',
      ).users,
    ).toBe(1);
    expect(
      read(
        'Our lab has 9 postdocs and a shared printer. A paper triage agent, only me using it for now.',
      ).users,
    ).toBe(1);
  });

  it('leaves a count said to use it beside the writer said to use it', () => {
    expect(
      read(
        "I'm the only one using it this month, but 30 analysts will use it from June.",
      ).users,
    ).toBe(30);
  });
});
