import {
  compactName,
  findNameMentions,
  gpuModelVariants,
  intentVocabulary,
} from './vocabulary';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const vocabulary = intentVocabulary(repositoryKnowledge());
const mentions = (text: string) =>
  findNameMentions(text, vocabulary).map(m => ({
    kind: m.kind,
    ids: m.ids,
    text: m.text,
  }));

describe('intentVocabulary', () => {
  it('folds names to letters and digits', () => {
    expect(compactName('Llama 3.1 8B')).toBe(compactName('llama-3.1-8b'));
  });

  it('is built once per knowledge base', () => {
    expect(intentVocabulary(repositoryKnowledge())).toBe(vocabulary);
  });

  it('knows the cheapest GPU-month and the longest context', () => {
    expect(vocabulary.cheapestGpuMonth!.usd).toBeGreaterThan(0);
    expect(vocabulary.maxContext).toBeGreaterThanOrEqual(131_072);
  });
});

describe('findNameMentions', () => {
  it('takes the longest name first', () => {
    expect(mentions('llama 3.1 8b instruct please')).toEqual([
      {
        kind: 'model',
        ids: ['meta-llama/Llama-3.1-8B-Instruct'],
        text: 'llama 3.1 8b instruct',
      },
    ]);
  });

  it('reads a family with a major version as every minor version', () => {
    const [m] = mentions('llama 3 models');
    expect(m.kind).toBe('model_group');
    expect(m.ids).toEqual(
      expect.arrayContaining([
        'meta-llama/Llama-3.1-8B-Instruct',
        'meta-llama/Llama-3.2-1B-Instruct',
        'meta-llama/Llama-3.3-70B-Instruct',
      ]),
    );
  });

  it('does not join a name across a dash set off by spaces, which starts an aside', () => {
    expect(mentions('no gemma - 3 of our reviewers distrust it')).toEqual([
      {
        kind: 'model_group',
        ids: expect.arrayContaining(['google/gemma-3-12b-it']),
        text: 'gemma',
      },
    ]);
    // a hyphen between the parts of a name still joins them
    expect(mentions('gemma-3-12b please')).toEqual([
      { kind: 'model', ids: ['google/gemma-3-12b-it'], text: 'gemma-3-12b' },
    ]);
  });

  it('reads GPU plurals and sized variants', () => {
    expect(mentions('8 h100s and two a100 40gb')).toEqual([
      { kind: 'gpu', ids: ['H100-SXM'], text: 'h100s' },
      { kind: 'gpu', ids: ['A100-40GB'], text: 'a100 40gb' },
    ]);
  });

  it('reports a size the family lacks as an unknown model with suggestions', () => {
    const found = findNameMentions('qwen3 9b', vocabulary);
    expect(found[0].kind).toBe('unknown_model');
    expect(found[0].suggestions!.length).toBeGreaterThan(0);
  });

  it('does not read ordinary words as names', () => {
    expect(mentions('we want a fast chatbot for our staff')).toEqual([]);
  });
});

describe('findNameMentions with a count joined by "x"', () => {
  it('reads the GPU after "8x" and "8×", with the offsets of the text', () => {
    const [m] = findNameMentions('on 8xh100s', vocabulary);
    expect(m).toMatchObject({ kind: 'gpu', ids: ['H100-SXM'], text: 'h100s' });
    expect('on 8xh100s'.slice(m.start, m.end)).toBe('h100s');
    expect(mentions('2×mi300x')).toEqual([
      { kind: 'gpu', ids: ['MI300X'], text: 'mi300x' },
    ]);
  });

  it('does not split model sizes or instance names', () => {
    expect(mentions('mixtral 8x7b on p4d.24xlarge')).toEqual([
      expect.objectContaining({ kind: 'model', text: 'mixtral 8x7b' }),
    ]);
  });
});

describe('findNameMentions across punctuation', () => {
  it('does not join words across a comma or a slash', () => {
    expect(mentions('no llama, $3k/month')).toEqual([
      { kind: 'model_group', ids: expect.any(Array), text: 'llama' },
    ]);
    expect(mentions('l4/a10g')).toEqual([
      { kind: 'gpu', ids: ['L4'], text: 'l4' },
      { kind: 'gpu', ids: ['A10G'], text: 'a10g' },
    ]);
  });
});

describe('sizes and developers after names', () => {
  it('reads a bare size after a model as its sibling', () => {
    expect(mentions('llama 3.1 8b or 70b').flatMap(m => m.ids)).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
      'meta-llama/Llama-3.1-70B-Instruct',
    ]);
  });

  it('reads a developer name before "models" as all its models', () => {
    const ids = mentions('stick with google models').flatMap(m => m.ids);
    expect(ids).toEqual(
      expect.arrayContaining(['google/gemma-2-9b-it', 'google/gemma-3-27b-it']),
    );
  });
});

describe('gpuModelVariants', () => {
  it.each([
    ['a100s', ['A100-40GB', 'A100-80GB-PCIe', 'A100-80GB-SXM']],
    ['h100', ['H100-NVL', 'H100-PCIe', 'H100-SXM']],
    ['nvidia h100s', ['H100-NVL', 'H100-PCIe', 'H100-SXM']],
  ])('lists every kb variant of %s', (written, ids) => {
    expect(gpuModelVariants(written, vocabulary)).toEqual(ids);
  });

  it.each(['h100 pcie', 'a100 40gb', 'l40s', 'a10g', 'l4s'])(
    'has none for a name with its variant or a GPU of one kb entry: %s',
    written => {
      expect(gpuModelVariants(written, vocabulary)).toBeUndefined();
    },
  );
});

describe('a slip of a brand before a noun of models', () => {
  it.each([
    ['avoid gema models', 'gema'],
    ['nothing from the quen family please', 'quen'],
    ['we like mixtal weights', 'mixtal'],
  ])('reads the brand: %s', (text, written) => {
    const found = mentions(text);
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('model_group');
    expect(found[0].text).toBe(written);
    expect(found[0].ids.length).toBeGreaterThan(0);
  });

  it('reads the family the slip stands for', () => {
    const ids = mentions('no gema models')[0].ids;
    expect(ids).toContain('google/gemma-2-9b-it');
    expect(ids.every(id => id.startsWith('google/'))).toBe(true);
  });

  it.each([
    'the gema project has 300 users',
    'no small models',
    'no local models',
    'a quen in the office',
  ])('reads no name without a noun of models after a slip: %s', text => {
    expect(mentions(text)).toEqual([]);
  });
});

describe('a brand with a size and no version', () => {
  it('names the one model of the brand with that size', () => {
    expect(mentions('we would try qwen 235b first')).toEqual([
      {
        kind: 'model',
        ids: ['Qwen/Qwen3-235B-A22B'],
        text: 'qwen 235b',
      },
    ]);
  });

  it('stays unknown when two models, or none, have that size', () => {
    expect(mentions('llama 70b')[0].kind).toBe('unknown_model');
    expect(mentions('qwen 13b')[0].kind).toBe('unknown_model');
  });
});

describe('a GPU with its memory size written first', () => {
  it('reads "the 40GB A100s" as the A100 40GB', () => {
    expect(mentions('two 40gb a100 cards for the pilot')).toContainEqual(
      expect.objectContaining({ kind: 'gpu', ids: ['A100-40GB'] }),
    );
  });

  it('reads no GPU from a memory size alone', () => {
    expect(mentions('we keep 40gb of logs a day')).toEqual([]);
  });
});

describe('a dash set off by spaces', () => {
  it('ends a name: "no gemma - one of us ..." names the family, not "gemma 1"', () => {
    const found = mentions('no gemma - 1 of us tried it');
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('gemma');
  });

  it('still joins a name written with a hyphen', () => {
    expect(mentions('gemma-3 27b please')[0].ids).toEqual([
      'google/gemma-3-27b-it',
    ]);
  });
});
