import { countBreakdowns, inBreakdown } from './countBreakdown';

describe('countBreakdowns', () => {
  it('reads the terms of a sum that adds up, and the groups counted before it', () => {
    const text =
      'assistant for two regional banks: 12,000 + 8,000 = 20,000 mau';
    const [b] = countBreakdowns(text);
    expect(text.slice(b.termsStart, b.termsEnd)).toBe('12,000 + 8,000 = ');
    expect(text.slice(b.groups!.start, b.groups!.end)).toBe(
      'two regional banks: ',
    );
    expect(inBreakdown([b], text.indexOf('12,000'), text.indexOf(' +'))).toBe(
      true,
    );
    expect(inBreakdown([b], text.indexOf('20,000'), text.length)).toBe(false);
  });

  it('does not take a count before the sum that is not as many as its terms', () => {
    const [b] = countBreakdowns(
      'a helpdesk for 5 depots: 300 + 250 + 150 = 700 drivers',
    );
    expect(b.groups).toBeUndefined();
  });

  it('does not read a sum whose terms do not add up to its total', () => {
    expect(countBreakdowns('2 schools: 1,500 + 900 = 3,000 pupils')).toEqual(
      [],
    );
  });
});
