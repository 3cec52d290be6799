import {
  isBinaryK,
  NUMBER_SOURCE,
  parseNumberToken,
  parseQuantity,
  parseTokenCount,
  perMonth,
  perSecond,
  rewriteNumberWords,
  toMilliseconds,
} from './numbers';

describe('parseNumberToken', () => {
  it.each([
    ['5k', 5000],
    ['5K', 5000],
    ['2,500', 2500],
    ['2.5k', 2500],
    ['1.2M', 1_200_000],
    ['1.2m', 1_200_000],
    ['3 thousand', 3000],
    ['2 million', 2_000_000],
    ['1bn', 1e9],
    ['1e6', 1e6],
    ['10^15', 1e15],
    ['10**9', 1e9],
    ['-50', -50],
    ['0.5', 0.5],
    ['1,000,000', 1e6],
  ])('%s → %d', (token, value) => {
    expect(parseNumberToken(token)).toBe(value);
  });

  it('rejects what is not a number', () => {
    expect(parseNumberToken('abc')).toBeNaN();
    expect(parseNumberToken('5 apples')).toBeNaN();
    expect(parseNumberToken('-')).toBeNaN();
  });
});

describe('NUMBER_SOURCE', () => {
  const all = (text: string) =>
    [...text.matchAll(new RegExp(NUMBER_SOURCE, 'gi'))].map(m =>
      parseNumberToken(m[0]),
    );

  it('does not read digits inside names (H100, p95, llama-3.1-8b)', () => {
    expect(all('H100 with p95 on llama-3.1-8b')).toEqual([]);
  });

  it('finds numbers with suffixes and separators', () => {
    expect(all('5k users, 2,500 devs and 1.2M requests')).toEqual([
      5000, 2500, 1_200_000,
    ]);
  });

  it('does not take the m of ms or min as million', () => {
    expect(all('200ms')).toEqual([200]);
    expect(all('5min')).toEqual([5]);
  });
});

describe('rewriteNumberWords', () => {
  it.each([
    ['ten thousand users', '10000 users'],
    ['fifty people', '50 people'],
    ['twenty-five hundred devs', '2500 devs'],
    ['forty two thousand users', '42000 users'],
    ['two hundred and fifty seats', '250 seats'],
    ['two and a half thousand users', '2500 users'],
    ['half a million requests', '500000 requests'],
    ['one and a half million', '1500000'],
    ['a hundred users', '100 users'],
    ['a dozen engineers', '12 engineers'],
    ['under half a second', 'under 0.5 second'],
    ['one million two hundred thousand', '1200000'],
  ])('%s → %s', (input, output) => {
    expect(rewriteNumberWords(input).text).toBe(output);
  });

  it('leaves articles and conjunctions that are not part of a number alone', () => {
    expect(rewriteNumberWords('a chatbot and a RAG app').text).toBe(
      'a chatbot and a RAG app',
    );
    expect(rewriteNumberWords('one or two GPUs').text).toBe('1 or 2 GPUs');
  });

  it('marks vague amounts as approximate', () => {
    const r = rewriteNumberWords(
      'a few hundred users and several thousand documents',
    );
    expect(r.text).toBe('300 users and 5000 documents');
    expect(r.replacements.map(x => [x.phrase, x.approximate])).toEqual([
      ['a few hundred', true],
      ['several thousand', true],
    ]);
  });

  it('records where the digits are in the rewritten text', () => {
    const r = rewriteNumberWords('for ten thousand users');
    const [rep] = r.replacements;
    expect(r.text.slice(rep.start, rep.end)).toBe('10000');
  });
});

describe('token counts', () => {
  it('reads powers of two with k as binary and others as decimal', () => {
    expect(isBinaryK('32k')).toBe(true);
    expect(parseTokenCount('32k')).toBe(32768);
    expect(parseTokenCount('128K')).toBe(131072);
    expect(parseTokenCount('20k')).toBe(20000);
    expect(parseTokenCount('100k')).toBe(100000);
    expect(parseTokenCount('1.5k')).toBe(1500);
  });
});

describe('parseQuantity', () => {
  it('reads digits and words', () => {
    expect(parseQuantity('5k')).toBe(5000);
    expect(parseQuantity('ten thousand')).toBe(10000);
    expect(parseQuantity('fifty')).toBe(50);
    expect(parseQuantity('')).toBeUndefined();
    expect(parseQuantity('lots')).toBeUndefined();
  });
});

describe('unit conversions', () => {
  it('converts rates to per second', () => {
    expect(perSecond(3000, 'minute')).toBe(50);
    expect(perSecond(100_000, 'day')).toBeCloseTo(1.1574, 4);
    expect(perSecond(1, 'fortnight')).toBeUndefined();
  });

  it('converts amounts to per month', () => {
    expect(perMonth(36_000, 'year')).toBe(3000);
    expect(perMonth(3000, 'month')).toBe(3000);
    expect(perMonth(50, 'hour')).toBe(36_500);
  });

  it('converts durations to milliseconds', () => {
    expect(toMilliseconds(200, 'ms')).toBe(200);
    expect(toMilliseconds(1.5, 's')).toBe(1500);
    expect(toMilliseconds(2, 'minutes')).toBe(120_000);
    expect(toMilliseconds(1, 'parsec')).toBeUndefined();
  });
});

describe('vague plurals', () => {
  it('reads "thousands of" as about three thousand, marked approximate', () => {
    const r = rewriteNumberWords(
      'thousands of users and tens of thousands of requests',
    );
    expect(r.text).toBe('3000 users and 30000 requests');
    expect(r.replacements.every(x => x.approximate)).toBe(true);
  });
});

describe('digits with scale words', () => {
  it('reads "15 thousand" and "3 hundred" as one number', () => {
    expect(rewriteNumberWords('15 thousand dollars').text).toBe(
      '15 thousand dollars',
    );
    expect(
      [...'15 thousand dollars'.matchAll(new RegExp(NUMBER_SOURCE, 'gi'))].map(
        m => parseNumberToken(m[0]),
      ),
    ).toEqual([15000]);
    expect(parseNumberToken('3 hundred')).toBe(300);
  });
});
