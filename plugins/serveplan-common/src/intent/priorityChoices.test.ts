import { readPriorities } from './priorities';
import { readChoices, readUnneededTopModels } from './priorityChoices';

const read = (text: string) => readPriorities(text.toLowerCase());

describe('a choice between two aspects', () => {
  it.each([
    [
      'between price and accuracy, we would pick accuracy every time',
      { quality_priority: 'high', cost_priority: 'low' },
    ],
    [
      "of latency or cost, i'd rather it be cheap since usage is internal",
      { cost_priority: 'high', latency_priority: 'low' },
    ],
    [
      'between quality and speed our vote goes to speed',
      { latency_priority: 'high', quality_priority: 'low' },
    ],
  ])('%s', (text, expected) => {
    const r = read(text);
    for (const [field, value] of Object.entries(expected))
      expect(r[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads no choice when the pick is none of the two, is negated or missing', () => {
    // the pick is a third aspect
    expect(
      readChoices('between price and speed, we would pick accuracy'),
    ).toEqual([]);
    // the pick is negated
    expect(
      readChoices("between cost and latency i'd rather not be slow"),
    ).toEqual([]);
    // no verb of choosing: a topic
    expect(
      readChoices('the bot explains the difference between price and quality'),
    ).toEqual([]);
  });
});

describe('a top model said not to be needed', () => {
  it.each([
    'for tagging tickets we do not need the smartest llm on the market',
    "the assistant needn't be the most sophisticated model, just steady",
    'there is no need for a frontier model here',
  ])('%s → quality low', text => {
    expect(read(text).quality_priority?.value).toBe('low');
  });

  it('corrects a wish cue said inside the denial', () => {
    // "best model" alone is a wish; four words after the denial it is still denied
    expect(
      read("it doesn't need to be the best model around").quality_priority
        ?.value,
    ).toBe('low');
  });

  it('reads nothing from a top model that is wanted', () => {
    expect(
      readUnneededTopModels('we need the cleverest model we can rent'),
    ).toEqual([]);
    expect(
      read('legal drafting needs the most capable model available')
        .quality_priority?.value,
    ).not.toBe('low');
  });
});

describe('a top model said not to have to be used', () => {
  it.each([
    'the assistant does not have to be the strongest model on the market',
    "we don't have to use the largest llm",
    'it need not run the biggest model',
  ])('%s → quality low', text => {
    expect(read(text).quality_priority?.value).toBe('low');
  });

  it('keeps a top model that has to be used', () => {
    expect(
      read('it has to be the strongest model on the market').quality_priority
        ?.value,
    ).toBe('high');
  });
});
