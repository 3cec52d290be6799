import { peoplePerUnit } from './peoplePerUnit';

describe('peoplePerUnit', () => {
  it.each([
    ['a copilot for 250 branches x ~4 tellers each.', 4 * 250],
    ['40 stores with about 12 staff each', 480],
    ['25 clinics × 8 nurses per clinic', 200],
    ['300 depots * 5 reps apiece', 1500],
    ['12 depots up north, 6 drivers each', 72],
    ['8 partner agencies signed, about 15 recruiters each.', 120],
  ])('"%s" -> %d people', (text, value) => {
    expect(peoplePerUnit(text).map(p => p.value)).toEqual([value]);
  });

  it.each([
    '3 days x 40 people each',
    '500 documents x 20 pages each',
    '25 clinics × 8 nurses per shift',
    '60 servers x 8 gpus each',
    '3 days ahead, 40 people each',
    '500 documents, 20 pages each',
    '2 weeks, 12 staff each',
    '12 depots up north, 6 drivers per shift',
  ])('"%s" is not people in all', text => {
    expect(peoplePerUnit(text)).toEqual([]);
  });
});
