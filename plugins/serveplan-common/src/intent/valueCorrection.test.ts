import { labelledChange, readCorrectionOfPrevious } from './valueCorrection';
import { emptyIntentFields } from './intentSchema';

describe('readCorrectionOfPrevious', () => {
  const previous = {
    ...emptyIntentFields(),
    users: 120,
    budget_usd_per_month: 900,
  };

  it('replaces the field whose value is the number said after "not"', () => {
    expect(
      readCorrectionOfPrevious('oops, it is 90 at peak, not 120.', previous),
    ).toMatchObject({ field: 'users', value: 90 });
    expect(
      readCorrectionOfPrevious('my mistake: $1,100 a month, not 900', previous),
    ).toMatchObject({ field: 'budget_usd_per_month', value: 1100 });
  });

  it('does nothing when no field has the replaced value', () => {
    expect(
      readCorrectionOfPrevious('it is 90 at peak, not 300.', previous),
    ).toBeUndefined();
  });

  it('does nothing without a number after "not"', () => {
    expect(
      readCorrectionOfPrevious('we have 120 staff, not all of them', previous),
    ).toBeUndefined();
  });
});

describe('labelledChange', () => {
  it('reads "change <label> -> <value>" as a labelled statement', () => {
    expect(labelledChange('change budget -> 3.5k monthly. thanks')).toBe(
      'budget: 3.5k monthly',
    );
    expect(labelledChange('please change the users to 800 weekly')).toBe(
      'users: 800 weekly',
    );
  });

  it('leaves "change it to" and changes without a number alone', () => {
    expect(labelledChange('change it to 400')).toBeUndefined();
    expect(labelledChange('change the model to something smaller')).toBe(
      undefined,
    );
  });
});

describe('a value taken back, then the new one', () => {
  it('replaces the field that held the old value', () => {
    expect(
      readCorrectionOfPrevious(
        'forget the 300, sales just told me it is 120 firms so far',
        { users: 300 } as never,
      ),
    ).toEqual(expect.objectContaining({ field: 'users', value: 120 }));
  });
});

describe('a value denied, then the new one', () => {
  const previous = { ...emptyIntentFields(), users: 120 };

  it('replaces the field that held the denied value', () => {
    expect(
      readCorrectionOfPrevious(
        "update: we're not 120 drivers, we're 160 with the night shift",
        previous,
      ),
    ).toMatchObject({ field: 'users', value: 160 });
    expect(
      readCorrectionOfPrevious('not 120 people but about 95', previous),
    ).toMatchObject({ field: 'users', value: 95 });
  });

  it('leaves a denial with no new number after it alone', () => {
    expect(
      readCorrectionOfPrevious(
        'not 120 of them use it daily, maybe half; budget is 2,000',
        previous,
      ),
    ).toBeUndefined();
  });
});

describe('a length in tokens taken back, then the new one', () => {
  it('matches the binary length and reads the new one the same way', () => {
    expect(
      readCorrectionOfPrevious('scratch the 16k, make it 64k', {
        max_input_tokens: 16384,
      } as never),
    ).toEqual(
      expect.objectContaining({ field: 'max_input_tokens', value: 65536 }),
    );
  });
});
