import { MUST_SOURCE } from './obligation';

const MUST_RE = new RegExp(`^${MUST_SOURCE}$`);

describe('MUST_SOURCE', () => {
  it.each([
    ['must'],
    ['has to'],
    ['have to'],
    ['need to'],
    ['needs to'],
    ['should'],
  ])('reads "%s" as a modal of obligation', modal => {
    expect(MUST_RE.test(modal)).toBe(true);
  });

  it.each([['may'], ['could'], ['has'], ['needs'], ['got to'], ['shall']])(
    'does not read "%s" as one',
    word => {
      expect(MUST_RE.test(word)).toBe(false);
    },
  );
});
