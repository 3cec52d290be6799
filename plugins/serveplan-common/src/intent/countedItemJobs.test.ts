import { COUNTED_ITEM_JOB_CUE } from './countedItemJobs';

const cued = (text: string) =>
  new RegExp(COUNTED_ITEM_JOB_CUE.source).test(text.toLowerCase());

describe('a verb with a counted set of items as its object', () => {
  it('reads thousands of items to work through as a job', () => {
    expect(cued('we must classify 2 million photos before launch')).toBe(true);
    expect(
      cued('translate about 12,000 manuals into polish within six weeks'),
    ).toBe(true);
    expect(cued('summarise all 7.5k case files over the holidays')).toBe(true);
  });

  it('does not read a rate, a small count or a count of people', () => {
    expect(cued('we score 5,000 leads a day')).toBe(false);
    expect(cued('we tag 40k photos every weekend')).toBe(false);
    expect(cued('translate 300 menus before the summer')).toBe(false);
    // no span: what an assistant can do when asked
    expect(
      cued('a helper that can summarise 8,000 pages for our lawyers'),
    ).toBe(false);
    expect(cued('analysts review contracts for 3,000 clients')).toBe(false);
  });
});

describe('a window named in the next sentence', () => {
  it('reads "Window: one weekend" after the set as its span', () => {
    expect(
      cued('re-score 1.5M product reviews for toxicity. Window: one weekend.'),
    ).toBe(true);
    expect(cued('re-score 1.5M product reviews for toxicity. Thanks!')).toBe(
      false,
    );
  });
});
