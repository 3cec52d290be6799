import { readAmount, settledInRange } from './quantityReading';

describe('a value settled on right after a range', () => {
  it.each([
    [' (call it 450)', 450],
    [", let's say 420.", 420],
    [' - say 480 tokens', 480],
    [', roughly 410', 410],
    [', call it 500 to be safe', 500],
  ])('400 to 500 then "%s" → %d', (after, value) => {
    expect(settledInRange(after, 400, 500, { unit: 'tokens?' })?.value).toBe(
      value,
    );
  });

  it('settles nothing outside the range, with other words after, or without a settling word', () => {
    expect(settledInRange(', say 900.', 400, 500)).toBeUndefined();
    expect(
      settledInRange(', say 450 of them active', 400, 500),
    ).toBeUndefined();
    expect(settledInRange(', 450 on weekdays', 400, 500)).toBeUndefined();
    expect(settledInRange(' and 450 users', 400, 500)).toBeUndefined();
  });

  it('gives the settled value and where its words end, else the upper end', () => {
    const after = ', call it 35; budget';
    expect(readAmount('30', '40', { after: { text: after } })).toMatchObject({
      value: 35,
      settledEnd: after.indexOf(';'),
    });
    expect(readAmount('30', '40', { after: { text: '; budget' } })).toEqual({
      value: 40,
      notes: ['30 to 40 read as 40, the upper end'],
      low: 30,
    });
  });
});
