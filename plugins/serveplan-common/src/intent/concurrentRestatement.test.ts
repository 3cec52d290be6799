import { readConcurrentRestatement } from './concurrentRestatement';
import { intentFromConversation } from './conversation';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();

describe('a count of people at once restated in a follow-up', () => {
  it.each([
    ["update: it's closer to 90 at the same time", 90],
    ['sorry, more like 1,200 at once on launch day', 1200],
    ['actually ~40 concurrently', 40],
  ])('%s', (text, value) => {
    expect(readConcurrentRestatement(text)?.value).toBe(value);
  });

  it('reads nothing from two counts, or from a count of things', () => {
    expect(
      readConcurrentRestatement("it's 90 at once, or more like 120 at once"),
    ).toBeUndefined();
    expect(readConcurrentRestatement('we run 4 jobs a day')).toBeUndefined();
  });

  it('changes the users of a conversation that counted people at once', () => {
    const { intent } = intentFromConversation(
      [
        'Chat assistant for our call centre.',
        'About 60 agents on the phones at the same time.',
        "Correction, checked the rota: it's closer to 85 at the same time.",
      ],
      { knowledgeBase },
    );
    expect(intent.users).toBe(85);
    expect(intent.users_kind).toBe('concurrent');
  });

  it('leaves users counted in all', () => {
    const { intent } = intentFromConversation(
      [
        'Chat assistant for our 300 staff.',
        "Correction: it's closer to 85 at the same time.",
      ],
      { knowledgeBase },
    );
    expect(intent.users).not.toBe(85);
  });
});
