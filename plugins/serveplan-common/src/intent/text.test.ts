import {
  cleanText,
  correctTypos,
  negatedBefore,
  osaDistance,
  splitClauses,
} from './text';

describe('osaDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(osaDistance('chatbto', 'chatbot')).toBe(1);
    expect(osaDistance('latncy', 'latency')).toBe(1);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('correctTypos', () => {
  const keywords = [
    'chatbot',
    'latency',
    'summarize',
    'quality',
    'analysis',
    'content',
    'context',
  ];

  it('fixes typos of keywords', () => {
    expect(correctTypos('chatbto with low latncy', keywords).text).toBe(
      'chatbot with low latency',
    );
    expect(correctTypos('summerize', keywords).text).toBe('summarize');
  });

  it('leaves ordinary words, inflections and protected names alone', () => {
    expect(
      correctTypos('analysts want quantity, content and context', keywords)
        .text,
    ).toBe('analysts want quantity, content and context');
    expect(correctTypos('summarized chatbots', keywords).text).toBe(
      'summarized chatbots',
    );
    expect(correctTypos('mixtral', ['mistral'], ['mixtral']).text).toBe(
      'mixtral',
    );
  });
});

describe('cleanText', () => {
  it('folds case, smart quotes, control and invisible characters', () => {
    expect(cleanText('Don\u2019t \u201cUse\u201d\u0007 Llama\u200b')).toBe(
      'don\'t "use"  llama',
    );
    expect(cleanText('p95 \u2264 300 ms')).toBe('p95 <= 300 ms');
    expect(cleanText('upto 8k')).toBe('up to 8k');
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
