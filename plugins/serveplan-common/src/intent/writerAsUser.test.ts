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
});
