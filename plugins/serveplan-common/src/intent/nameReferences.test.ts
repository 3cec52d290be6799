import { restrictedByNothingElse, sizeReferences } from './nameReferences';
import { splitClauses } from './text';
import { findNameMentions, intentVocabulary } from './vocabulary';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const vocabulary = intentVocabulary(repositoryKnowledge());
const resolve = (text: string, contextModels: string[] = []) =>
  sizeReferences(
    text,
    findNameMentions(text, vocabulary),
    vocabulary,
    contextModels,
  );

describe('sizeReferences', () => {
  it('picks the size out of the family named just before', () => {
    const { references, unresolved } = resolve(
      'we would use gemma 2, the 9b model',
    );
    expect(unresolved).toEqual([]);
    expect(references.map(r => r.mention.ids)).toEqual([
      ['google/gemma-2-9b-it'],
    ]);
    expect([...(references[0].family ?? [])].sort()).toEqual([
      'google/gemma-2-27b-it',
      'google/gemma-2-9b-it',
    ]);
  });

  it('reads a total size with its active size, and "MoE" as a noun of models', () => {
    const { references, unresolved } = resolve(
      'qwen3 8b for the pilot, maybe the 235b-a22b moe later',
    );
    expect(unresolved).toEqual([]);
    expect(references.map(r => r.mention.ids)).toEqual([
      ['Qwen/Qwen3-235B-A22B'],
    ]);
  });

  it('resolves no model for an active size the family does not have', () => {
    const { references } = resolve('qwen3 8b, or the 235b-a3b moe');
    expect(references).toEqual([]);
  });

  it('reads a list of sizes as one reference', () => {
    const { references } = resolve('qwen2.5, those 7b and 14b ones');
    expect([...references[0].mention.ids].sort()).toEqual([
      'Qwen/Qwen2.5-14B-Instruct',
      'Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it('reads a list of sizes with a determiner before each as one reference', () => {
    const { references } = resolve(
      'qwen2.5 suits us, either the 7b or the 14b',
    );
    expect([...references[0].mention.ids].sort()).toEqual([
      'Qwen/Qwen2.5-14B-Instruct',
      'Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it('does not join a size to a second one that names no model', () => {
    const { references } = resolve(
      'qwen2.5, the 7b or the 14b parameters we read about',
    );
    expect(references).toEqual([]);
  });

  it('picks from the models the conversation prefers when the text names none', () => {
    const { references, unresolved } = resolve('swap out the 70b one', [
      'meta-llama/Llama-3.3-70B-Instruct',
      'google/gemma-3-27b-it',
    ]);
    expect(unresolved).toEqual([]);
    expect(references[0].mention.ids).toEqual([
      'meta-llama/Llama-3.3-70B-Instruct',
    ]);
    expect(references[0].family).toBeUndefined();
  });

  it('falls back to the kb when one family has that size', () => {
    expect(resolve('not the 405b model').references[0].mention.ids).toEqual([
      'meta-llama/Llama-3.1-405B-Instruct',
    ]);
  });

  it('leaves a size several kb families share unresolved, with the candidates', () => {
    const { references, unresolved } = resolve('not the 8b one');
    expect(references).toEqual([]);
    expect(unresolved[0].text).toBe('the 8b one');
    expect(unresolved[0].candidates).toContain('Qwen/Qwen3-8B');
    expect(unresolved[0].candidates).toContain(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
  });

  it('leaves a size the family named lacks unresolved', () => {
    expect(resolve('mixtral, the 8x7b one').references[0].mention.ids).toEqual([
      'mistralai/Mixtral-8x7B-Instruct-v0.1',
    ]);
    expect(resolve('mixtral, the 22b one').unresolved).toEqual([
      { text: 'the 22b one', candidates: [] },
    ]);
  });

  it.each([
    'the 70b parameters need a lot of memory',
    'a 32b model would do',
    'llama 3.1 8b is the 8b we know',
  ])('finds no reference in %j', text => {
    const { references, unresolved } = resolve(text);
    expect([...references, ...unresolved]).toEqual([]);
  });
});

describe('restrictedByNothingElse with a pronoun and "only"', () => {
  const restricted = (text: string) =>
    restrictedByNothingElse(
      text,
      splitClauses(text),
      findNameMentions(text, vocabulary),
    );

  it.each([
    'move to phi-4, and only that one',
    'we picked gemma 2 9b; that model only',
    'granite 3.3 8b, that one and nothing else',
    'phi-4, and just that',
  ])('restricts to the last name before it: %s', text => {
    expect(restricted(text)).toEqual([0]);
  });

  it.each([
    'move to phi-4, not just that one',
    'move to phi-4, not just that',
    'phi-4, the only thing is that it must be fast',
    'phi-4. only that latency matters',
  ])('restricts nothing: %s', text => {
    expect(restricted(text)).toEqual([]);
  });
});
