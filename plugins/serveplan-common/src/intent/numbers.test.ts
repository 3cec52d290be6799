import {
  dotThousands,
  isBinaryK,
  NUMBER_SOURCE,
  parseNumberToken,
  parseQuantity,
  parseRange,
  RANGE_SEPARATOR_SOURCE,
  RANGE_UPPER_SOURCE,
  parseTokenCount,
  perMonth,
  perSecond,
  rewriteNumberWords,
  toMilliseconds,
} from './numbers';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

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

  it('reads a dot before exactly three digits as a thousands separator', () => {
    expect(parseTokenCount('4.000')).toBe(4000);
    expect(parseTokenCount('12.500')).toBe(12500);
    // not a decimal of another length, nor a "k"
    expect(parseTokenCount('1.25')).toBe(1.25);
    expect(parseTokenCount('2.5k')).toBe(2500);
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
    expect(perMonth(9000, 'quarter')).toBeCloseTo(3000, 6);
    expect(perMonth(9000, 'quarterly')).toBeCloseTo(3000, 6);
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

describe('thousands separators', () => {
  const all = (text: string) =>
    [...text.matchAll(new RegExp(NUMBER_SOURCE, 'gi'))].map(m =>
      parseNumberToken(m[0]),
    );

  it.each([
    ['25 000', 25_000],
    ["25'000", 25_000],
    ['7\u00a0500', 7500],
    ['7\u202f500', 7500],
    ["1'250'000", 1_250_000],
    ['3 400 000', 3_400_000],
    ['1.250.000', 1_250_000],
    ['40.000.000', 40_000_000],
  ])('parses %s as %d', (token, value) => {
    expect(parseNumberToken(token)).toBe(value);
  });

  it('reads a number grouped with spaces or apostrophes as one number', () => {
    expect(all('for 25 000 users')).toEqual([25_000]);
    expect(all("for 12'500 staff")).toEqual([12_500]);
    expect(all('about 2 000 000 requests a day')).toEqual([2_000_000]);
    expect(all('for 1.200.000 users.')).toEqual([1_200_000]);
  });

  it('keeps numbers apart when the groups are not thousands', () => {
    // only groups of exactly three digits join, and never a group running into a word
    expect(all('for 2 3000-token prompts')).toEqual([2, 3000]);
    expect(all('5 200-token answers')).toEqual([5, 200]);
    expect(all('4 128k contexts')).toEqual([4, 128_000]);
    expect(all('3 45 users')).toEqual([3, 45]);
  });

  it('never starts a number inside another after a separator', () => {
    // "2,000" after "1,000-" and "000" after a rejected group are never read as 0
    expect(all('1,000-2,000 requests')).toEqual([1000]);
    expect(all('7,500-9,000 users')).toEqual([7500]);
    expect(all('25 000-token prompts')).toEqual([25]);
    expect(all('1,5 million')).toEqual([1]);
  });

  it('reads "dd.ddd" as thousands only where a whole count is meant', () => {
    expect(dotThousands('25.000')).toBe(25_000);
    expect(dotThousands('4.500')).toBe(4500);
    expect(dotThousands('1.5')).toBeUndefined();
    expect(dotThousands('2.2500')).toBeUndefined();
    // as a plain number "25.000" stays 25: a duration or a price may have decimals
    expect(parseNumberToken('25.000')).toBe(25);
  });
});

describe('ranges', () => {
  const RANGE = new RegExp(
    `(${NUMBER_SOURCE})${RANGE_SEPARATOR_SOURCE}(${RANGE_UPPER_SOURCE})`,
    'i',
  );
  const bounds = (text: string) => {
    const m = RANGE.exec(text);
    return m ? parseRange(m[1], m[2]) : undefined;
  };

  it.each([
    ['1-2 million', 1e6, 2e6],
    ['5-10M', 5e6, 1e7],
    ['10 to 20 thousand', 10_000, 20_000],
    ['5 thousand to 10 thousand', 5000, 10_000],
    ['3-4 million', 3e6, 4e6],
    ['between 2 and 3 thousand', 2000, 3000],
    ['7 to 9k', 7000, 9000],
    ['1.5-2.5k', 1500, 2500],
    ['30k through 45k', 30_000, 45_000],
    ['1,000-2,000', 1000, 2000],
    ['6 000 to 8 000', 6000, 8000],
    ['between 4 000 and 6 000', 4000, 6000],
  ])('%s → %d to %d', (text, low, high) => {
    expect(bounds(text)).toEqual({ low, high, ascending: true });
  });

  it('applies the scale to the lower bound only when it stays below the upper one', () => {
    expect(bounds('500 to 2 million')).toEqual({
      low: 500,
      high: 2e6,
      ascending: true,
    });
    expect(bounds('from 800 to 300')).toEqual({
      low: 800,
      high: 300,
      ascending: false,
    });
  });

  it('joins with "and" only after "between"', () => {
    expect(bounds('2 and 3 thousand')).toBeUndefined();
  });
});

describe('rewriteNumberWords: ordinals and fractions of a time unit', () => {
  const rewrite = (text: string) => rewriteNumberWords(text).text;

  it('writes compound and tens ordinals as digits with their suffix', () => {
    expect(rewrite('the seventy-fifth percentile')).toBe('the 75th percentile');
    expect(rewrite('ninety ninth percentile')).toBe('99th percentile');
    expect(rewrite('at the fiftieth')).toBe('at the 50th');
    expect(rewrite('twenty-first')).toBe('21st');
    expect(rewrite('ninety-second percentile')).toBe('92nd percentile');
  });

  it('leaves lone ordinals and a count of seconds alone', () => {
    expect(rewrite('first token in the fifth request')).toBe(
      'first token in the fifth request',
    );
    // "ninety second" is a duration unless "percentile" follows
    expect(rewrite('a ninety second timeout')).toBe('a 90 second timeout');
  });

  it('reads a quarter, three quarters or a half of a time unit', () => {
    expect(rewrite('within a quarter of a second')).toBe('within 0.25 second');
    expect(rewrite('a quarter-second')).toBe('0.25 second');
    expect(rewrite('three quarters of an hour')).toBe('0.75 hour');
    expect(rewrite('a half second')).toBe('0.5 second');
    expect(rewrite('half an hour')).toBe('0.5 hour');
    expect(rewrite('two and a half minutes')).toBe('2.5 minutes');
    expect(rewrite('one and a half seconds')).toBe('1.5 seconds');
  });

  it('does not read a quarter that is not of a time unit', () => {
    expect(rewrite('a quarter of the users')).toBe('a quarter of the users');
    expect(rewrite('$9k a quarter')).toBe('$9k a quarter');
    expect(rewrite('three quarters')).toBe('3 quarters');
  });
});

describe('fractions and decimal commas before a time unit', () => {
  const rewrite = (t: string) => rewriteNumberWords(t).text;

  it('reads a digit fraction of a time unit as its value', () => {
    expect(rewrite('answers start in 1/2 sec')).toBe(
      'answers start in 0.5 sec',
    );
    expect(rewrite('3/4 s for the first token')).toBe(
      '0.75 s for the first token',
    );
    // NFKC turns the vulgar fraction into digits around a fraction slash
    expect(rewrite('ttft \u00bd minute'.normalize('NFKC'))).toBe(
      'ttft 0.5 minute',
    );
  });

  it('leaves fractions that are not durations alone', () => {
    expect(rewrite('support runs 24/7')).toBe('support runs 24/7');
    expect(rewrite('1/2 of the staff')).toBe('1/2 of the staff');
    expect(rewrite('5/3 s')).toBe('5/3 s');
  });

  it('reads a comma before one or two digits and a time unit as a decimal', () => {
    expect(rewrite('p95 under 0,8 s')).toBe('p95 under 0.8 s');
    expect(rewrite('first token in 2,25 seconds')).toBe(
      'first token in 2.25 seconds',
    );
  });

  it('keeps a comma before three digits a thousands separator', () => {
    expect(rewrite('within 1,500 ms')).toBe('within 1,500 ms');
    expect(rewrite('4,5 users')).toBe('4,5 users');
  });
});

describe('"one" standing for a thing named before', () => {
  it.each([
    ['the biggest one was 70k tokens', 'the biggest one was 70k tokens'],
    ['the Llama 8B one, and gpt-oss', 'the Llama 8B one, and gpt-oss'],
    ['I like that one.', 'I like that one.'],
  ])('%s', (input, output) => {
    expect(rewriteNumberWords(input).text).toBe(output);
  });

  it('still counts "one" before a noun, even after a determiner', () => {
    expect(rewriteNumberWords('the one A100 we own').text).toBe(
      'the 1 A100 we own',
    );
    expect(rewriteNumberWords('one of them').text).toBe('1 of them');
  });

  it('reads "one" before a hedged size as a pronoun, not a count', () => {
    expect(rewriteNumberWords('the longest one maybe 70k tokens').text).toBe(
      'the longest one maybe 70k tokens',
    );
    expect(rewriteNumberWords('the slowest one at ~9 s').text).toBe(
      'the slowest one at ~9 s',
    );
    // a count still: no determiner before it
    expect(rewriteNumberWords('we add one around 5 pm').text).toBe(
      'we add 1 around 5 pm',
    );
  });

  it('reads "each one" and "every one" as a pronoun, not a count', () => {
    expect(
      rewriteNumberWords('2,000 riders a week and each one books 3 trips').text,
    ).toBe('2,000 riders a week and each one books 3 trips');
    expect(rewriteNumberWords('every one of the stores').text).toBe(
      'every one of the stores',
    );
  });

  it('keeps a count after "every" before a time unit or a hyphen', () => {
    expect(rewriteNumberWords('a check every one hour').text).toBe(
      'a check every 1 hour',
    );
    expect(rewriteNumberWords('each one-hour slot').text).toBe(
      'each 1-hour slot',
    );
  });
});

describe('a decimal comma before a magnitude suffix', () => {
  const rewrite = (t: string) => rewriteNumberWords(t).text;

  it('reads a comma before one or two digits and k, M or a scale word as a decimal', () => {
    expect(rewrite('about 3,5k visitors')).toBe('about 3.5k visitors');
    expect(rewrite('7,25M rows')).toBe('7.25M rows');
    expect(rewrite('4,2 Mio requests')).toBe('4.2 Mio requests');
    expect(rewrite('1,8 million calls')).toBe('1.8 million calls');
    expect(parseQuantity('6,5k')).toBe(6500);
    expect(parseQuantity('0,75M')).toBe(750_000);
  });

  it('reads the lower bound of a range whose upper bound has the suffix', () => {
    expect(rewrite('between 4,5 and 6,5k seats')).toBe(
      'between 4.5 and 6.5k seats',
    );
    expect(rewrite('1,2-1,8M docs')).toBe('1.2-1.8M docs');
  });

  it('keeps a comma before three digits a thousands separator, suffix or not', () => {
    // "3,400k" is read the English way, 3.4 million: a three-digit group is always thousands
    expect(rewrite('3,400 seats')).toBe('3,400 seats');
    expect(rewrite('3,400k tokens')).toBe('3,400k tokens');
    expect(parseQuantity('3,400k')).toBe(3_400_000);
  });

  it('leaves a comma without a suffix, or before a word, alone', () => {
    expect(rewrite('6,5 agents')).toBe('6,5 agents');
    expect(rewrite('sizes 8,16 and 32')).toBe('sizes 8,16 and 32');
    expect(rewrite('2,5 models')).toBe('2,5 models');
    expect(rewrite('batch 1,2,4k')).toBe('batch 1,2,4k');
  });
});

describe('a fraction said before a scale word', () => {
  const rewrite = (t: string) => rewriteNumberWords(t).text;

  it.each([
    ['a quarter of a million euros', '250000 euros'],
    ['three quarters of a billion tokens', '750000000 tokens'],
    ['3 quarters of a billion tokens', '750000000 tokens'],
    ['two-thirds of a million rows', '666667 rows'],
    ['a half million visitors', '500000 visitors'],
    ['half of a thousand seats', '500 seats'],
    ['one fifth of a million', '200000'],
    ['a tenth of a billion', '100000000'],
    ['a quarter of one million', '250000'],
    ['A Quarter Million calls', '250000 calls'],
    ['a quarter-million pages', '250000 pages'],
    ['a half-million chats', '500000 chats'],
    ['half million', '500000'],
    [
      'a fifth of them and a quarter of a million files',
      'a fifth of them and 250000 files',
    ],
  ])('%s → %s', (input, output) => {
    expect(rewrite(input)).toBe(output);
  });

  it('reports the whole phrase as one replacement', () => {
    expect(
      rewriteNumberWords('about three quarters of a thousand agents')
        .replacements,
    ).toEqual([
      {
        phrase: 'three quarters of a thousand',
        value: 750,
        approximate: false,
        start: 6,
        end: 9,
      },
    ]);
  });

  it.each([
    // a period, then an amount
    ['every quarter a million', 'every quarter 1000000'],
    ['per quarter a million dollars', 'per quarter 1000000 dollars'],
    ['quarter million', 'quarter 1000000'],
    // a part of an amount written with digits
    ['a quarter of 2 million', 'a quarter of 2 million'],
    // "of" wants the article and the bare scale none
    ['a quarter of million', 'a quarter of 1000000'],
    ['a quarter a million', 'a quarter 1000000'],
    // a count of parts with the wrong number, or as many parts as the whole
    ['three quarter of a million', '3 quarter of 1000000'],
    ['a quarters of a million', 'a quarters of 1000000'],
    ['two halves of a million', '2 halves of 1000000'],
    // a mixed number stays the word parser's
    ['one and a half million', '1500000'],
    ['half a million', '500000'],
  ])('reads no fraction of the scale in %j', (input, output) => {
    expect(rewrite(input)).toBe(output);
  });

  describe('every reader sees the one number', () => {
    const knowledgeBase = repositoryKnowledge();
    const read = (text: string) => extractIntent(text, { knowledgeBase });

    it('counts users', () => {
      expect(
        read('a helpdesk assistant for a quarter of a million users').users,
      ).toBe(250_000);
    });

    it('reads a rate', () => {
      expect(
        read('a helpdesk assistant taking a quarter-million requests a day')
          .requests_per_s,
      ).toBeCloseTo(250_000 / 86_400, 2);
    });

    it('keeps a quarter that is the period of the amount', () => {
      expect(
        read(
          'a helpdesk assistant for 300 users, budget every quarter a million dollars',
        ).budget_usd_per_month,
      ).toBeCloseTo(1_000_000 / 3, 0);
    });
  });
});

describe('Indian English scale words after digits', () => {
  it.each([
    ['3 lakh', 300_000],
    ['4.5 lakhs', 450_000],
    ['12 lac', 1_200_000],
    ['1.2 crore', 12_000_000],
    ['2 crores', 20_000_000],
  ])('%s → %d', (token, value) => {
    expect(parseNumberToken(token)).toBe(value);
  });

  it('takes the scale word with the digits, but not a word that starts like it', () => {
    const all = (text: string) =>
      [...text.matchAll(new RegExp(NUMBER_SOURCE, 'gi'))].map(m => m[0]);
    expect(all('about 6 lakh readers a month')).toEqual(['6 lakh']);
    expect(all('7 lakeside cabins and 3 lacquer jobs')).toEqual(['7', '3']);
  });

  it('reads a count of people in lakhs', () => {
    const intent = extractIntent(
      'A helpdesk bot for our portal, roughly 6 lakh registered learners.',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.users).toBe(600_000);
  });
});

describe('number words repeated or followed by "of"', () => {
  it('reads "forty (40)" as one number, as contracts write it', () => {
    expect(rewriteNumberWords('capped at twelve (12) seats').text).toBe(
      'capped at 12 seats',
    );
    // a different number in brackets is a second number
    expect(rewriteNumberWords('twelve (14) seats').text).toBe('12 (14) seats');
  });

  it('reads "a couple of minutes" as 2 minutes, keeping "of" before a whole', () => {
    expect(rewriteNumberWords('within a couple of hours').text).toBe(
      'within 2 hours',
    );
    expect(rewriteNumberWords('a few of them use it').text).toBe(
      '3 of them use it',
    );
    expect(rewriteNumberWords('several of our staff').text).toBe(
      '5 of our staff',
    );
    // a hedge after the words is dropped with them
    expect(rewriteNumberWords('a hundred and twenty-ish tokens').text).toBe(
      '120 tokens',
    );
  });
});
