import { readFocusPriorities } from './priorityFocus';
import { extractIntent } from './ruleBasedIntent';

const focus = (text: string) => readFocusPriorities(text.toLowerCase());

describe('what is said to matter most', () => {
  it.each([
    [
      'What matters to our editors is that the headlines are genuinely great.',
      'quality_priority',
    ],
    [
      'The most important thing for the clinic is that it gives careful, factual advice.',
      'quality_priority',
    ],
    ['Our main concern is that replies come back fast.', 'latency_priority'],
    ['What we care about most is that it stays affordable.', 'cost_priority'],
    [
      "What's important to us is the accuracy of the totals.",
      'quality_priority',
    ],
    [
      'The key thing here is getting the part numbers right.',
      'quality_priority',
    ],
  ])('%s → %s high', (text, field) => {
    expect(focus(text)[field as 'cost_priority']?.value).toBe('high');
  });

  it('reads nothing from a negated or losing side', () => {
    const r = focus('What matters most is accuracy rather than speed.');
    expect(r.quality_priority?.value).toBe('high');
    expect(r.latency_priority).toBeUndefined();
    expect(
      focus("The main thing is that it isn't cheap junk.").cost_priority,
    ).toBeUndefined();
  });

  it('reads no quality from praise that is only enough or a fit', () => {
    expect(
      focus('What matters is that it is good enough for drafts.')
        .quality_priority,
    ).toBeUndefined();
    expect(
      focus('The main thing is that we pick the right model.').quality_priority,
    ).toBeUndefined();
  });

  it('reads nothing without the frame, or after a caveat frame', () => {
    expect(
      focus('The answers are good and the tool is fast.').quality_priority,
    ).toBeUndefined();
    expect(
      focus('The only thing is that it should be fast.').latency_priority,
    ).toBeUndefined();
  });

  it('stops the statement at a reason', () => {
    expect(
      focus(
        'What matters is the budget, because a fast model would be wasted on us.',
      ).latency_priority,
    ).toBeUndefined();
  });

  it('fills a priority the request states no other way', () => {
    expect(
      extractIntent(
        'Newsletter writer for a chain of 4 garden centres, 3 staff use it. What matters to me is that the copy is good and warm.',
      ).quality_priority,
    ).toBe('high');
  });
});

describe('"most important is" and mistakes denied', () => {
  it.each([
    ['Most important is it reads fluently.'],
    ['Most important for us is it never invents prices.'],
    ['What matters is that it does not get the totals wrong.'],
  ])('%s → quality high', text => {
    expect(focus(text).quality_priority?.value).toBe('high');
  });

  it('ends the statement at a new subject with its own verb', () => {
    const r = focus('Most important is low cost, accuracy can be average.');
    expect(r.cost_priority?.value).toBe('high');
    expect(r.quality_priority).toBeUndefined();
  });

  it('reads no frame from "the most important" before a noun', () => {
    expect(
      focus('The most important customers are in Leeds, it sounds natural.')
        .quality_priority,
    ).toBeUndefined();
  });
});
