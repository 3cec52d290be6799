import { extractIntent } from './ruleBasedIntent';
import { readRequestOccasions } from './requestOccasions';
import { quantityContext } from './__testUtils__/quantityContext';

const read = (text: string) => extractIntent(text);

describe('a count of times the service is asked, with its period', () => {
  it.each([
    [
      'a translation assistant; the mobile app calls the model roughly 7,200 times an hour',
      2,
    ],
    [
      'store kiosks query the recommender some 43,200 times a day across the chain',
      0.5,
    ],
    ['our intranet search gets hit about 1,800 times a minute', 30],
  ])('%s → %d req/s', (text, rate) => {
    expect(read(text).requests_per_s).toBeCloseTo(rate, 6);
  });

  it('takes the peak said beside it', () => {
    const intent = read(
      'a hint writer for our puzzle app: players request hints about 36,000 times an hour at peak',
    );
    expect(intent.requests_per_s).toBeCloseTo(10, 6);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('reads no load from times that say how often something else happens', () => {
    for (const text of [
      'chat assistant for our staff; we deploy 10 times a day and need p95 under 2 s',
      'a summarizer whose index is rebuilt 6 times an hour',
    ])
      expect(readRequestOccasions(quantityContext(text))).toEqual([]);
    expect(
      read('chat assistant for our staff; we deploy 10 times a day')
        .requests_per_s,
    ).toBeNull();
  });

  it('leaves the count of times a job runs in an offline request alone', () => {
    expect(
      readRequestOccasions(
        quantityContext('the batch job calls the model 4 times a day', true),
      ),
    ).toEqual([]);
  });
});

describe('times that count something other than asking the service', () => {
  it('reads no load from a noun of asking or from a check that a thing is up', () => {
    for (const text of [
      'a tutoring chatbot; each dropped call is redialled 2 times an hour',
      'an ops agent watching 20 probes, each pings the gateway 60 times an hour',
    ])
      expect(readRequestOccasions(quantityContext(text))).toEqual([]);
  });
});

describe('a multiple of a rate, or a noun of asking', () => {
  it('leaves "N times that" to the reader of multiples', () => {
    const intent = read(
      'a booking chatbot with about 3 requests per second on a quiet day and roughly five times that on holidays',
    );
    expect(intent.requests_per_s).toBe(15);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('does not take a noun of asking for the verb', () => {
    for (const text of [
      'we log 2,000 queries per hour and back them up 3 times an hour',
      'the new prompt library is synced 6 times an hour',
    ])
      expect(readRequestOccasions(quantityContext(text))).toEqual([]);
  });
});

describe('a count of what sets each request off, named by its verb', () => {
  it.each([
    [
      'a caption writer that drafts alt text every time an editor uploads a photo; the newsroom sees about 8,640 uploads a day',
      0.1,
    ],
    [
      'a hint generator: whenever a player taps the lightbulb we ask the model, and players make roughly 7,200 taps an hour',
      2,
    ],
    [
      'a tip writer for each time someone opens the budgeting screen; there are 360,000 opens per hour',
      100,
    ],
  ])('%s → %d req/s', (text, rate) => {
    expect(read(text).requests_per_s).toBeCloseTo(rate, 6);
  });

  it('reads no load from the same count when nothing says it sets a request off', () => {
    expect(
      readRequestOccasions(
        quantityContext(
          'a subject-line writer for our newsletter, which gets 50,000 opens a week',
        ),
      ),
    ).toEqual([]);
    expect(
      readRequestOccasions(
        quantityContext(
          'a tip writer for each time someone opens the budgeting screen; the app has 360,000 installs per month',
        ),
      ),
    ).toEqual([]);
  });
});

describe('runs of the served software', () => {
  it('reads "it would run some 30 times an hour" as requests', () => {
    expect(
      read(
        'an agent that triages new support tickets with tool calls. It would run some 30 times an hour.',
      ).requests_per_s,
    ).toBeCloseTo(30 / 3600, 6);
  });

  it('reads nothing from a job or a pipeline that runs', () => {
    expect(
      readRequestOccasions(
        quantityContext('our cleanup job runs 6 times an hour'),
      ),
    ).toEqual([]);
  });
});
