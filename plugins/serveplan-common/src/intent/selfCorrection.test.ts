import { readSelfCorrections } from './selfCorrection';
import { extractIntent } from './ruleBasedIntent';

describe('a number corrected in the same message', () => {
  it('reads the correction with the noun of the first, keeping offsets', () => {
    const text = 'we are about 300 engineers - sorry, 220, the 300 was before';
    const read = readSelfCorrections(text);
    expect(read.text).toHaveLength(text.length);
    expect(read.text).toMatch(/^we are about 220 engineers\s+, the 300/);
    expect(
      extractIntent('coding assistant for 5k users, I mean 4k').users,
    ).toBe(4000);
  });
  it('leaves "no" alone: in other languages it means "not"', () => {
    expect(readSelfCorrections('5 mil usuarios, no 3 mil').corrections).toEqual(
      [],
    );
    expect(readSelfCorrections('40 users, no more').corrections).toEqual([]);
  });
});

describe('a number put forward, then settled on', () => {
  it('reads the settled number', () => {
    expect(
      extractIntent(
        "code generation for 40 devs. I was thinking 8k context, but some files are huge, so let's say 16k to be safe.",
      ).max_input_tokens,
    ).toBe(16384);
  });
});
