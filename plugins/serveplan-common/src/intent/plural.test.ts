import { plural } from './plural';

describe('plural', () => {
  it.each([
    ['invoice', 'invoices'],
    ['pharmacist', 'pharmacists'],
    ['query', 'queries'],
    ['delivery', 'deliveries'],
    ['glass', 'glasses'],
    ['dish', 'dishes'],
    ['sketch', 'sketches'],
    ['fax', 'faxes'],
    ['quiz', 'quizes'],
  ])('makes "%s" plural as "%s"', (word, expected) => {
    expect(plural(word)).toBe(expected);
  });

  it.each([['receipts'], ['clicks'], ['bus']])(
    'keeps "%s", which already ends in a single "s"',
    word => {
      expect(plural(word)).toBe(word);
    },
  );

  it('does not turn a vowel then "y" into "ies"', () => {
    expect(plural('survey')).toBe('surveys');
    expect(plural('journey')).toBe('journeys');
  });
});
