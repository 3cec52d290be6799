import { clockHour, CLOCK_RANGE_SOURCE, hoursBetween } from './clockWindow';

describe('clock times', () => {
  it.each([
    ['11pm', 23],
    ['12am', 0],
    ['12 pm', 12],
    ['7:30 am', 7.5],
    ['23:15', 23.25],
    ['midnight', 0],
    ['noon', 12],
  ])('%s → %d h', (time, hour) => {
    expect(clockHour(time)).toBe(hour);
  });

  it('rejects what is no clock time', () => {
    expect(clockHour('13pm')).toBeUndefined();
    expect(clockHour('7')).toBeUndefined();
    expect(clockHour('25:00')).toBeUndefined();
  });

  it('counts the hours across midnight', () => {
    expect(hoursBetween('11pm', '5am')).toBe(6);
    expect(hoursBetween('01:00', '04:30')).toBe(3.5);
    expect(hoursBetween('midnight', '7am')).toBe(7);
    expect(hoursBetween('9am', '9am')).toBeUndefined();
  });

  it('finds a range written with "-", "to" or "between ... and"', () => {
    const re = new RegExp(CLOCK_RANGE_SOURCE);
    expect(re.exec('runs from 1am to 5am')?.groups).toMatchObject({
      from: '1am',
      to: '5am',
    });
    expect(re.exec('between 23:00 and 04:00')?.groups).toMatchObject({
      from: '23:00',
      to: '04:00',
    });
    expect(re.exec('we have 20 to 30 users')).toBeNull();
  });
});
