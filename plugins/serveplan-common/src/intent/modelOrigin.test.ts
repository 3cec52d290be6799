import { modelsFrom, ORIGIN_RE, originOf } from './modelOrigin';
import { intentVocabulary } from './vocabulary';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const vocabulary = intentVocabulary(repositoryKnowledge());

describe('model origins', () => {
  it('lists the kb models of developers based in a country', () => {
    const chinese = modelsFrom(vocabulary, 'china');
    expect(chinese).toEqual(
      expect.arrayContaining([
        'Qwen/Qwen3-8B',
        'deepseek-ai/DeepSeek-R1-Distill-Qwen-32B',
        'moonshotai/Kimi-K2.5',
        'MiniMaxAI/MiniMax-M2.5',
      ]),
    );
    expect(chinese).not.toContain('meta-llama/Llama-3.1-8B-Instruct');
    expect(modelsFrom(vocabulary, 'europe')).toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
  });

  it.each([
    ['no china-based models', 'china'],
    ['weights trained in the US only', 'usa'],
    ['nothing from Chinese AI labs', 'china'],
    ['EU-based models preferred', 'europe'],
  ])('reads the origin in %j', (text, origin) => {
    const m = new RegExp(ORIGIN_RE.source).exec(text.toLowerCase());
    expect(m && originOf(m[0])).toBe(origin);
  });

  it('needs a model word next to the origin', () => {
    expect(
      new RegExp(ORIGIN_RE.source).exec('we serve american companies'),
    ).toBeNull();
  });
});
