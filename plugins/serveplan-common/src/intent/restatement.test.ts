import { emptyIntentFields } from './intentSchema';
import {
  readRestatedCountOverPeriod,
  readRestatedNumber,
  restatedField,
  restatedFieldOverPeriod,
} from './restatement';
import { Spans } from './signals';

describe('restated numbers', () => {
  it('reads a bare number after "change it to", "actually", "I meant"', () => {
    expect(readRestatedNumber('change it to 750', new Spans())?.value).toBe(
      750,
    );
    expect(
      readRestatedNumber('sorry, I meant 1.2k, and add H100', new Spans())
        ?.value,
    ).toBe(1200);
  });

  it('reads a bare number after "sorry" or "oops" opening the message', () => {
    expect(
      readRestatedNumber('Sorry, 240 - forgot the night crew', new Spans())
        ?.value,
    ).toBe(240);
    expect(readRestatedNumber('oops 3.5k', new Spans())?.value).toBe(3500);
    // not opening the message, or with a noun after it
    expect(
      readRestatedNumber('we said sorry, 240 times', new Spans()),
    ).toBeUndefined();
    expect(
      readRestatedNumber('sorry, 240 of them are temps', new Spans()),
    ).toBeUndefined();
  });

  it('reads a bare number after "more like" or "closer to", with a clause of why after it', () => {
    expect(
      readRestatedNumber(
        'the total is more like 2.4 million once you count last year',
        new Spans(),
      )?.value,
    ).toBe(2_400_000);
    expect(
      readRestatedNumber(
        "it's closer to 900, because of the new site",
        new Spans(),
      )?.value,
    ).toBe(900);
    // a noun after it makes it a count of something said
    expect(
      readRestatedNumber('closer to 900 pages once printed', new Spans()),
    ).toBeUndefined();
  });

  it('ignores a number that corrects one said earlier in its own sentence', () => {
    expect(
      readRestatedNumber(
        'each of them sends 10 a day, actually 5',
        new Spans(),
      ),
    ).toBeUndefined();
    // in a sentence of its own it restates
    expect(
      readRestatedNumber('They send 10 a day. Actually 5.', new Spans())?.value,
    ).toBe(5);
  });

  it('ignores a number with a noun or one already read', () => {
    expect(readRestatedNumber('actually 300 users', new Spans())).toBe(
      undefined,
    );
    const spans = new Spans();
    spans.take(13, 17);
    expect(readRestatedNumber('make that 1234', spans)).toBeUndefined();
  });

  it('corrects the one field it is close to, or says which are', () => {
    const fields = {
      ...emptyIntentFields(),
      users: 800,
      budget_usd_per_month: 40_000,
    };
    expect(restatedField(fields, 1000)).toEqual({ field: 'users' });
    expect(restatedField(fields, 50_000)).toEqual({
      field: 'budget_usd_per_month',
    });
    expect(
      restatedField({ ...fields, budget_usd_per_month: 1500 }, 1000),
    ).toEqual({ ambiguous: ['users', 'monthly budget'] });
    expect(restatedField(fields, 10)).toEqual({ none: true });
  });
});

describe('a restated number near one field and farther from another', () => {
  it('corrects the field it is much closer to', () => {
    const fields = {
      ...emptyIntentFields(),
      users: 600,
      budget_usd_per_month: 3000,
    };
    expect(restatedField(fields, 3500)).toEqual({
      field: 'budget_usd_per_month',
    });
    expect(restatedField(fields, 700)).toEqual({ field: 'users' });
  });

  it('still asks when it is about as close to both', () => {
    const fields = {
      ...emptyIntentFields(),
      users: 1000,
      budget_usd_per_month: 1800,
    };
    expect(restatedField(fields, 1400)).toEqual({
      ambiguous: ['users', 'monthly budget'],
    });
  });
});

describe('a restated number with thousands or a reason after it', () => {
  it('reads the whole number before a dash or a bracket', () => {
    expect(
      readRestatedNumber(
        'actually make that 2,300 - two more offices joined',
        new Spans(),
      )?.value,
    ).toBe(2300);
    expect(
      readRestatedNumber('change it to 1,250 (we hired)', new Spans())?.value,
    ).toBe(1250);
    expect(
      readRestatedNumber('make that 800 - 2 more teams joined', new Spans())
        ?.value,
    ).toBe(800);
  });

  it('does not read the first number of a thousands group or of a range', () => {
    expect(
      readRestatedNumber('make that 4,700 seats', new Spans()),
    ).toBeUndefined();
    expect(
      readRestatedNumber('make it 2 - 3 replicas', new Spans()),
    ).toBeUndefined();
  });
});

describe('a restated count with its period', () => {
  it('reads the count and the period, and nothing with a noun', () => {
    expect(
      readRestatedCountOverPeriod('actually make that 4,500 weekly'),
    ).toEqual({
      value: 4500,
      seconds: 7 * 86400,
      text: 'make that 4,500 weekly',
    });
    expect(
      readRestatedCountOverPeriod('sorry, I meant 120 per minute, not less')
        ?.seconds,
    ).toBe(60);
    expect(
      readRestatedCountOverPeriod('make that 4,500 patients a day'),
    ).toBeUndefined();
    expect(readRestatedCountOverPeriod('make that 4,500')).toBeUndefined();
  });

  it('corrects the field it is close to over the same period', () => {
    const fields = {
      ...emptyIntentFields(),
      users: 2000,
      requests_per_s: 0.5,
      budget_usd_per_month: 900,
    };
    expect(
      restatedFieldOverPeriod(fields, { value: 2600, seconds: 86400 }),
    ).toEqual({ field: 'users', value: 2600 });
    expect(restatedFieldOverPeriod(fields, { value: 45, seconds: 60 })).toEqual(
      { field: 'requests_per_s', value: 0.75 },
    );
    expect(
      restatedFieldOverPeriod(fields, {
        value: 12_000,
        seconds: 12 * 730 * 3600,
      }),
    ).toEqual({ field: 'budget_usd_per_month', value: 1000 });
  });

  it('corrects the requests each user sends, over the same period', () => {
    const fields = {
      ...emptyIntentFields(),
      users: 1200,
      requests_per_user_per_day: 8,
    };
    expect(
      restatedFieldOverPeriod(fields, { value: 10, seconds: 86400 }),
    ).toEqual({ field: 'requests_per_user_per_day', value: 10 });
    expect(
      restatedFieldOverPeriod(fields, { value: 42, seconds: 7 * 86400 }),
    ).toEqual({ field: 'requests_per_user_per_day', value: 6 });
    // a count near the users corrects the users, not the per-user rate
    expect(
      restatedFieldOverPeriod(fields, { value: 1500, seconds: 86400 }),
    ).toEqual({ field: 'users', value: 1500 });
  });

  it('does not take a count per minute for the users', () => {
    const fields = { ...emptyIntentFields(), users: 50 };
    expect(restatedFieldOverPeriod(fields, { value: 60, seconds: 60 })).toEqual(
      { none: true },
    );
  });
});
