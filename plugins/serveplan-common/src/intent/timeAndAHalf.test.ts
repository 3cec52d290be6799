import { rewriteTimeAndAHalf } from './timeAndAHalf';
import { extractIntent } from './ruleBasedIntent';

describe('a time said as a unit "and a half"', () => {
  it('adds the half to the count before the unit', () => {
    expect(rewriteTimeAndAHalf('done in an hour and a half')).toBe(
      'done in 1.5 hours',
    );
    expect(rewriteTimeAndAHalf('replies within 3 minutes and a half')).toBe(
      'replies within 3.5 minutes',
    );
    expect(rewriteTimeAndAHalf('One second and a half is fine')).toBe(
      '1.5 seconds is fine',
    );
  });

  it('leaves a half that is not of the unit alone', () => {
    expect(rewriteTimeAndAHalf('a minute and a half-price plan')).toBe(
      'a minute and a half-price plan',
    );
    expect(rewriteTimeAndAHalf('two teams and a half')).toBe(
      'two teams and a half',
    );
    expect(rewriteTimeAndAHalf('one and a half seconds')).toBe(
      'one and a half seconds',
    );
  });

  it('keeps the half in a latency target', () => {
    expect(
      extractIntent(
        'tutoring assistant for 300 pupils; the full answer should be back within a minute and a half',
      ).latency_targets,
    ).toEqual([{ metric: 'e2e', ms: 90000, percentile: null }]);
    expect(
      extractIntent(
        'chat helper for 90 clerks, first token under 2 seconds and a half',
      ).latency_targets,
    ).toEqual([{ metric: 'ttft', ms: 2500, percentile: null }]);
  });
});
