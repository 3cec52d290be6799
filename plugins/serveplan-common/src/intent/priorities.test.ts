import { readPriorities } from './priorities';

const read = (text: string) => readPriorities(text.toLowerCase());

describe('priority cues', () => {
  it.each([
    [
      'what matters is the thing not costing a fortune',
      'cost_priority',
      'high',
    ],
    ["it mustn't break the bank", 'cost_priority', 'high'],
    [
      'we need this without it costing an arm and a leg',
      'cost_priority',
      'high',
    ],
    ['no particular latency need for the reports', 'latency_priority', 'low'],
    ['there is no strict response time expectation', 'latency_priority', 'low'],
  ])('%s → %s %s', (text, field, value) => {
    expect(read(text)[field as 'cost_priority']?.value).toBe(value);
  });

  it('reads no cost priority from a fortune said of something else', () => {
    expect(read('the team spent a fortune on the launch party')).toEqual({});
  });
});

describe('spending more', () => {
  it('is no willingness to pay when it is a cap ("spend more than $X")', () => {
    expect(
      read("we can't spend more than 900 dollars a month").cost_priority?.value,
    ).not.toBe('low');
    expect(
      read('i do not plan to spend more than $60 on it').cost_priority?.value,
    ).not.toBe('low');
  });

  it('is a willingness to pay when nothing caps it', () => {
    expect(
      read('we are willing to spend more for quality').cost_priority?.value,
    ).toBe('low');
  });
});
