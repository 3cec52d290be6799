import {
  impossiblePerPersonRate,
  REQUESTS_PER_S_SANITY_BOUND,
} from './personRates';

describe('a rate said for each person', () => {
  it('is an error, naming the numbers, when it is above the sanity bound on a whole deployment', () => {
    const error = impossiblePerPersonRate(
      4_000_000,
      'each analyst firing 4 million requests per second',
      12,
    );
    expect(error?.field).toBe('requests_per_s');
    expect(error?.message).toMatch(
      /4,000,000 requests per second from one person/,
    );
    expect(error?.message).toMatch(
      /for 12 people .* 48,000,000 requests per second in all/,
    );
  });

  it('leaves a high rate that a total could explain to the question', () => {
    // "5,000 requests per second each" may be 5,000 in total: a question (rates.ts)
    expect(
      impossiblePerPersonRate(5000, '5000 requests per second each', 10),
    ).toBeUndefined();
    expect(
      impossiblePerPersonRate(REQUESTS_PER_S_SANITY_BOUND, 'a million each'),
    ).toBeUndefined();
  });

  it('names no head count when the text gives none', () => {
    expect(
      impossiblePerPersonRate(3e6, '3 million a second per person')?.message,
    ).not.toMatch(/in all/);
  });
});
