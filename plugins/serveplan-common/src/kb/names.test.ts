import { closestNames, normalizeName } from './names';

describe('normalizeName', () => {
  it('folds case, spaces and underscores', () => {
    expect(normalizeName(' Llama 3.1_8B ')).toBe('llama-3.1-8b');
  });
});

describe('closestNames', () => {
  const names = [
    'llama-3.1-8b',
    'llama-3.1-70b',
    'qwen2.5-7b',
    'mistral-7b',
    'H100-SXM',
    'H200',
  ];

  it('suggests the nearest names for a typo', () => {
    expect(closestNames('lama-3.1-8b', names)[0]).toBe('llama-3.1-8b');
    expect(closestNames('H100 SMX', names)[0]).toBe('H100-SXM');
  });

  it('matches partial names', () => {
    expect(closestNames('mistral', names)).toContain('mistral-7b');
  });

  it('suggests nothing for unrelated input', () => {
    expect(closestNames('zzzzzzzzzz', names)).toEqual([]);
  });
});
