import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('verbs of keeping away from a model family or origin', () => {
  it.each([
    'internal Q&A bot for 300 staff; please steer clear of Qwen',
    'internal Q&A bot for 300 staff, and rule out anything Qwen',
    'internal Q&A bot for 300 staff. Legal wants us to stay away from Qwen models.',
  ])('excludes the family: %s', text => {
    const intent = read(text);
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.preferred_models).toEqual([]);
  });

  it('excludes an origin after such a verb', () => {
    const intent = read(
      'internal Q&A bot for 300 staff, keep away from Chinese models',
    );
    expect(intent.excluded_models).toContain('Qwen/Qwen3-8B');
    expect(intent.excluded_models).not.toContain(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
  });

  it('does not exclude a family named without such a verb', () => {
    const intent = read(
      'internal Q&A bot for 300 staff, keep the costs low, Qwen is our favourite',
    );
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toContain('Qwen/Qwen3-8B');
  });
});
