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

describe("past work told of someone on the writer's side", () => {
  it('blanks what a relative or an old vendor did long ago', () => {
    expect(
      withoutPastWork(
        'my cousin built our shop app in kotlin ages ago. now we want a chat helper.',
      ).trim(),
    ).toBe('now we want a chat helper.');
    expect(
      withoutPastWork(
        'our old agency wrote the booking code a while ago; a faq bot is next',
      ).trim(),
    ).toBe('a faq bot is next');
  });

  it('keeps such a deed without a past time, and a past time without a deed', () => {
    const deed = 'my uncle wrote the perl scripts for our shop.';
    expect(withoutPastWork(deed)).toBe(deed);
    const time = 'my uncle runs the shop, it opened long ago.';
    expect(withoutPastWork(time)).toBe(time);
  });
});
