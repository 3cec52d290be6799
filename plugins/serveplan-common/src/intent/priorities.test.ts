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
