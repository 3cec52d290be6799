import { saysHowLate } from './lateness';
import { extractIntent } from './ruleBasedIntent';

const targets = (text: string) => extractIntent(text).latency_targets;

describe('a time that says how late something runs', () => {
  it.each([
    ['today the notices are often ', ' late. each one'],
    ['the dashboard runs ', ' behind the feed'],
    ['updates arrive delayed by ', ' on a bad day'],
    ['the bulletin lags by about ', ', which annoys people'],
  ])('"%s<time>%s" is no target', (before, after) => {
    expect(saysHowLate(before, after)).toBe(true);
  });

  it.each([
    ['notices must never be more than ', ' late'],
    ['captions no more than ', ' behind the speaker'],
    ['each translation within ', ' of publishing'],
  ])('"%s<time>%s" is a limit', (before, after) => {
    expect(saysHowLate(before, after)).toBe(false);
  });

  it('drops the lateness and keeps the real target', () => {
    expect(
      targets(
        'ferry notice translation, 300 notices a day; today the notices are often 15 minutes late. Each translation within 4 s.',
      ),
    ).toEqual([{ metric: 'e2e', ms: 4000, percentile: null }]);
  });

  it('keeps an allowed lateness as a target', () => {
    expect(
      targets(
        'ferry notice translation, 300 notices a day; notices must never be more than 2 minutes late',
      ),
    ).toEqual([{ metric: 'e2e', ms: 120_000, percentile: null }]);
  });
});
