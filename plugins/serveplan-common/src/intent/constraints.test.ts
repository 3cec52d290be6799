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

describe('origins with the cue anywhere in the clause', () => {
  const chinese = knowledgeBase.models
    .filter(m => m.developer_country.code === 'CN')
    .map(m => m.id);
  const french = knowledgeBase.models
    .filter(m => m.developer_country.code === 'FR')
    .map(m => m.id);
  const american = knowledgeBase.models
    .filter(m => m.developer_country.code === 'US')
    .map(m => m.id);

  it.each([
    'travel FAQ bot for 80 agents, and we are not allowed to deploy anything that originates from China',
    'travel FAQ bot for 80 agents; no Chinese-built weights',
    'travel FAQ bot for 80 agents. Nothing developed by a Chinese lab',
  ])('excludes the origin: %s', text => {
    const intent = read(text);
    expect([...intent.excluded_models].sort()).toEqual([...chinese].sort());
  });

  it('requires every origin of a list with "only"', () => {
    const intent = read(
      'travel FAQ bot for 80 agents, the weights have to come from a French or American developer',
    );
    expect([...intent.preferred_models].sort()).toEqual(
      [...french, ...american].sort(),
    );
    expect(intent.only_preferred_models).toBe(true);
  });

  it('reads an origin without kb models as nothing to exclude', () => {
    expect(
      read('travel FAQ bot for 80 agents, no Canadian models').excluded_models,
    ).toEqual([]);
  });

  it.each([
    'travel FAQ bot for 80 agents, most of our travellers come from China',
    'travel FAQ bot for 80 agents; we do not sell to Chinese companies',
    'travel FAQ bot for 80 agents, it must answer in French only',
  ])('reads no origin constraint in %j', text => {
    const intent = read(text);
    expect(intent.excluded_models).toEqual([]);
    expect(intent.preferred_models).toEqual([]);
  });
});
