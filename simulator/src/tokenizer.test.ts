import { Rng } from '@serveplan/plugin-serveplan-common';
import { findStop, textSource } from './textGenerator';
import { EOS_TOKEN, renderChat, SimTokenizer } from './tokenizer';

describe('SimTokenizer', () => {
  const tok = new SimTokenizer();

  it('splits words and punctuation runs like the Hugging Face Whitespace pre-tokenizer', () => {
    expect(tok.pieces("Hello, world! It's 2026...")).toEqual([
      'hello',
      ',',
      'world',
      '!',
      'it',
      "'",
      's',
      '2026',
      '...',
    ]);
    expect(tok.count("Hello, world! It's 2026...")).toBe(9);
    expect(tok.pieces('naïve café über')).toEqual(['naïve', 'café', 'über']);
    expect(tok.pieces(`a${EOS_TOKEN}b`)).toEqual(['a', EOS_TOKEN, 'b']);
    expect(tok.count('')).toBe(0);
    expect(tok.count('   \n\t ')).toBe(0);
  });

  it('maps known words to their ids, others to unk, and decodes', () => {
    const ids = tok.encode('the model zyzzyva');
    expect(ids[0]).toBe(tok.idOf('the'));
    expect(ids[2]).toBe(tok.unkId);
    expect(tok.decode(ids)).toBe('the model unk');
    expect(tok.encode(EOS_TOKEN)).toEqual([tok.eosId]);
  });

  it('exports itself as a Hugging Face WordLevel tokenizer with the same vocabulary and chat template', () => {
    const files = tok.huggingFaceFiles(4096);
    const t = JSON.parse(files['tokenizer.json']);
    expect(t.model.type).toBe('WordLevel');
    expect(t.pre_tokenizer.type).toBe('Whitespace');
    expect(t.model.vocab.the).toBe(tok.idOf('the'));
    expect(Object.keys(t.model.vocab)).toHaveLength(tok.size);
    const c = JSON.parse(files['tokenizer_config.json']);
    expect(c.model_max_length).toBe(4096);
    expect(c.chat_template).toContain('add_generation_prompt');
  });

  it('renders chat messages as the exported template does', () => {
    expect(renderChat([{ role: 'user', content: 'Hi there' }])).toBe(
      'user: Hi there\n\nassistant:',
    );
    expect(tok.count(renderChat([{ role: 'user', content: 'Hi there' }]))).toBe(
      6,
    );
  });

  it('generates deterministic filler that re-tokenizes to exactly the tokens generated', () => {
    for (const seed of [1, 2, 3]) {
      const a = textSource('filler', tok, seed, () => []);
      const b = textSource('filler', tok, seed, () => []);
      const n = 50 + new Rng(seed).next() * 200;
      let text = '';
      for (let i = 0; i < n; i++) {
        const p = a.next();
        expect(b.next()).toBe(p);
        text += p;
      }
      expect(tok.count(text)).toBe(Math.floor(n) + (n % 1 > 0 ? 1 : 0));
    }
    const other = textSource('filler', tok, 99, () => []);
    const first = textSource('filler', tok, 1, () => []);
    expect([1, 2, 3, 4].map(() => other.next()).join('')).not.toBe(
      [1, 2, 3, 4].map(() => first.next()).join(''),
    );
  });

  it('echoes the prompt in echo mode', () => {
    const src = textSource('echo', tok, 1, () => tok.pieces('Hello, world'));
    expect([0, 1, 2, 3].map(() => src.next()).join('')).toBe(
      ' hello, world hello',
    );
  });

  it('finds the first stop string and cuts the text before it', () => {
    const make = () =>
      textSource('echo', tok, 1, () => tok.pieces('alpha beta gamma delta'));
    expect(findStop(make, 10, ['gamma'])).toEqual({
      tokens: 3,
      text: ' alpha beta ',
      stop: 'gamma',
    });
    expect(findStop(make, 2, ['gamma'])).toBeNull();
    expect(findStop(make, 10, [])).toBeNull();
  });
});
