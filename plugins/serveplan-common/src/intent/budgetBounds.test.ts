import { boundBefore, contradictoryBounds } from './budgetBounds';

describe('the side of the budget an amount bounds', () => {
  it.each([
    ['the spend must be at least ', 'floor'],
    ['a minimum of ', 'floor'],
    ['it should not go below ', 'floor'],
    ['it must never exceed ', 'ceiling'],
    ['no more than about ', 'ceiling'],
    ['it must not be more than ', 'ceiling'],
    ['finance capped it at ', 'ceiling'],
  ])('%j → %s', (before, bound) => {
    expect(boundBefore(before)?.bound).toBe(bound);
  });

  it('names no side for a plain amount', () => {
    expect(boundBefore('our budget is ')).toBeUndefined();
    expect(boundBefore('we have ')).toBeUndefined();
  });
});

describe('bounds that cannot both hold', () => {
  it('is a question when a floor is above a ceiling, nothing otherwise', () => {
    expect(
      contradictoryBounds([
        { monthly: 7000, bound: 'floor', written: 'at least $7k' },
        { monthly: 1000, bound: 'ceiling', written: 'under $1k' },
      ])?.message,
    ).toMatch(/at least \$7,000 a month .* at most \$1,000 a month/);
    expect(
      contradictoryBounds([
        { monthly: 1000, bound: 'floor', written: 'at least $1k' },
        { monthly: 7000, bound: 'ceiling', written: 'under $7k' },
      ]),
    ).toBeUndefined();
    expect(
      contradictoryBounds([
        { monthly: 7000, bound: 'ceiling', written: 'under $7k' },
        { monthly: 1000, bound: 'ceiling', written: 'under $1k' },
      ]),
    ).toBeUndefined();
  });
});
