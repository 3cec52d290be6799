import { extractIntent } from './ruleBasedIntent';
import { readIntervalRates } from './requestIntervals';
import { quantityContext } from './__testUtils__/quantityContext';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('a rate said as the interval between each sender’s requests', () => {
  it.each([
    [
      'voice assistant for delivery vans: 600 drivers on the road at once, each pinging it about every 30 seconds',
      20,
    ],
    [
      'a ward assistant with 300 nurses logged in; each of them asks it something once every 2 minutes',
      2.5,
    ],
    [
      'museum guide bot on 120 kiosks in the halls, each sending 3 lookups every 2 minutes',
      3,
    ],
    [
      'coding helper for a team of 90 developers, every developer sends a prompt every 15 seconds',
      6,
    ],
    ['chatbot for 45 call-centre agents, they each ask it every minute', 0.75],
  ])('%s → %d req/s', (text, rate) => {
    expect(read(text).requests_per_s).toBeCloseTo(rate, 6);
  });

  it('takes the peak from the clause of the interval', () => {
    const intent = read(
      'quiz bot: at peak 1,200 students answer together, each submitting an answer every 40 seconds',
    );
    expect(intent.requests_per_s).toBeCloseTo(30, 6);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('reads no rate from an interval nobody counted sends at', () => {
    expect(
      readIntervalRates(
        quantityContext(
          'a dashboard for 500 managers that refreshes every 30 seconds',
        ),
      ),
    ).toEqual([]);
  });

  it('reads no rate from machines doing their own work every few seconds', () => {
    expect(
      read('we run 40 servers, each running a health check every 10 seconds')
        .requests_per_s,
    ).toBeNull();
  });

  it('leaves a token pace in milliseconds to the latency reader', () => {
    const intent = read(
      'chatbot for 200 analysts, each token every 40 ms at most',
    );
    expect(intent.requests_per_s).toBeNull();
    expect(intent.latency_targets).toEqual([
      { metric: 'itl', ms: 40, percentile: null },
    ]);
  });

  it('reads no interval of an hour or more', () => {
    expect(
      readIntervalRates(
        quantityContext('80 clerks, each filing a report every 90 minutes'),
      ),
    ).toEqual([]);
  });
});

describe('the senders of an interval rate as the users', () => {
  it('reads counted machines sending requests as the users in all', () => {
    const intent = read(
      'each kiosk pings the assistant every 30 seconds while the mall is open, and there are 12 kiosks on the floor',
    );
    expect(intent.requests_per_s).toBeCloseTo(0.4, 6);
    expect(intent.users).toBe(12);
    expect(intent.users_kind).toBe('total');
  });

  it('reads the count a distributive "each" stands for', () => {
    const intent = read(
      'voice helper on 25 delivery tablets, each sending a request every 2 minutes',
    );
    expect(intent.users).toBe(25);
  });

  it('keeps the people the users reader found', () => {
    const intent = read(
      'a ward assistant with 300 nurses logged in; each of them asks it something once every 2 minutes',
    );
    expect(intent.users).toBe(300);
  });

  it.each([
    // nobody counted sends
    'the dashboard refreshes every 30 seconds',
    // machines doing their own work send no requests
    'we run 40 servers, each running a health check every 10 seconds',
  ])('"%s" has no users', text => {
    expect(read(text).users).toBeNull();
  });
});

describe('an interval said with "per" and a number of units', () => {
  it.each([
    ['tutoring bot: 480 pupils × 2 questions per 3 min each', (480 * 2) / 180],
    ['dispatch assistant for 90 drivers, 1 lookup per 45 seconds each', 2],
  ])('%s', (text, rate) => {
    expect(read(text).requests_per_s).toBeCloseTo(rate, 4);
  });

  it('reads no rate from "per" with a count of nobody', () => {
    expect(
      read('the status page refreshes 1 time per 30 seconds').requests_per_s,
    ).toBeNull();
  });
});
