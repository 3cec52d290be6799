import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('a share active said after a hedge', () => {
  it('reads the population of whom a share logs in', () => {
    const intent = read(
      'We run a gym chain with a member app. Membership is about 12,000 members, but realistically a third of them log in on a given day. 4 of us in IT maintain it.',
    );
    expect(intent.users).toBe(12000);
  });
});
