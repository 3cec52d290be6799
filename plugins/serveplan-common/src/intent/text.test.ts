import { cleanText, negatedBefore, splitClauses } from './text';

describe('cleanText', () => {
  it('folds case, smart quotes, control and invisible characters', () => {
    expect(cleanText('Don\u2019t \u201cUse\u201d\u0007 Llama\u200b')).toBe(
      'don\'t "use"  llama',
    );
    expect(cleanText('p95 \u2264 300 ms')).toBe('p95 <= 300 ms');
    expect(cleanText('upto 8k')).toBe('up to 8k');
  });

  it('splits "atleast" written as one word, and no word that only contains it', () => {
    expect(cleanText('Atleast 40 seats')).toBe('at least 40 seats');
    expect(cleanText('the flatleast index')).toBe('the flatleast index');
  });
});

describe('splitClauses', () => {
  it('splits at punctuation and "but", keeping decimals and thousands together', () => {
    const parts = splitClauses(
      'llama 3.1 is ok, 3,000 users; no h100 but a100 is fine. done',
    ).map(c => c.text.trim());
    expect(parts).toEqual([
      'llama 3.1 is ok',
      '3,000 users',
      'no h100',
      'a100 is fine',
      'done',
    ]);
  });

  it('keeps an abbreviated limit before a number in its clause: "max. 64k"', () => {
    expect(
      splitClauses('window max. 64k tokens. min. 8 users').map(c =>
        c.text.trim(),
      ),
    ).toEqual(['window max. 64k tokens', 'min. 8 users']);
    expect(
      splitClauses('we use the max. Then 8 users').map(c => c.text.trim()),
    ).toEqual(['we use the max', 'Then 8 users']);
  });

  it('splits at the conjunction "while" but not at the noun ("takes a while")', () => {
    expect(
      splitClauses('it may take a while to answer while people type').map(c =>
        c.text.trim(),
      ),
    ).toEqual(['it may take a while to answer', 'people type']);
  });
});

describe('negatedBefore', () => {
  it('sees a negation before a mention in the same clause', () => {
    expect(negatedBefore('no llama models', 3)).toBe(true);
    expect(negatedBefore('avoid l4/a10g', 9)).toBe(true);
  });

  it('ignores "no more than" and a later positive verb', () => {
    expect(negatedBefore('no more than 8 h100s', 15)).toBe(false);
    expect(negatedBefore('no llama and we prefer qwen', 23)).toBe(false);
  });
});
