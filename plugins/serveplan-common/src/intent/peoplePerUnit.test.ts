import { peoplePerUnit } from './peoplePerUnit';

describe('peoplePerUnit', () => {
  it.each([
    ['a copilot for 250 branches x ~4 tellers each.', 4 * 250],
    ['40 stores with about 12 staff each', 480],
    ['25 clinics × 8 nurses per clinic', 200],
    ['300 depots * 5 reps apiece', 1500],
    ['12 depots up north, 6 drivers each', 72],
    ['8 partner agencies signed, about 15 recruiters each.', 120],
    ['20 branches x 45 tellers = 900 in all', 900],
    ['6 hospitals × 1,250 nurses = 7,500', 7500],
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
    '20 branches x 45 tellers = 1,200',
    '20 branches with 45 tellers = 900',
    '4 weeks x 30 interns = 120',
  ])('"%s" is not people in all', text => {
    expect(peoplePerUnit(text)).toEqual([]);
  });
});
