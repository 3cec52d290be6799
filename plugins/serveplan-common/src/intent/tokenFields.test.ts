import { extractIntent } from './ruleBasedIntent';

describe('"mil" in a length of one text', () => {
  it('reads it as a thousand', () => {
    expect(
      extractIntent(
        'Necesito resumir contratos, cada uno hasta 35 mil tokens, about 90 per day.',
      ).max_input_tokens,
    ).toBe(35000);
  });

  it('keeps "million" a million', () => {
    expect(
      extractIntent(
        'Necesito resumir contratos, cada uno hasta 35 million tokens, about 90 per day.',
      ).max_input_tokens,
    ).toBe(35000000);
  });
});
