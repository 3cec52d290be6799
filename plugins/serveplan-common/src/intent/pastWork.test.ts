import { withoutPastWork } from './pastWork';

describe('sentences of finished past work', () => {
  it('blanks a sentence with a past deed and its time, keeping positions', () => {
    const text =
      'our team migrated the billing code 3 years ago. now we need a support bot.';
    const out = withoutPastWork(text);
    expect(out).toHaveLength(text.length);
    expect(out.trim()).toBe('now we need a support bot.');
  });

  it('reads "which took" a span as a past time, and keeps decimals inside a sentence', () => {
    expect(
      withoutPastWork(
        'we rebuilt the 2.5 million page site, which took 9 months; next is a chat widget',
      ).trim(),
    ).toBe('next is a chat widget');
  });

  it('keeps a sentence with a time but no past deed, or a plan about last year', () => {
    const plan = "we need summaries of last year's board minutes.";
    expect(withoutPastWork(plan)).toBe(plan);
    const wish = 'last spring traffic doubled and we need a bigger cluster.';
    expect(withoutPastWork(wish)).toBe(wish);
  });
});
