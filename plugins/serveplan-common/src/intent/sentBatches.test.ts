import { extractIntent } from './ruleBasedIntent';
import { readSentBatches } from './sentBatches';
import { quantityContext } from './__testUtils__/quantityContext';

const read = (text: string) => extractIntent(text);

describe('batches sent to the service as a stream', () => {
  it.each([
    [
      'log summaries: the upstream pipeline pushes 600 log bundles per minute to us',
      10,
    ],
    ['triage of sensor readings; we receive about 90 chunks a second', 90],
    [
      'transcript summaries, where 7,200 chunks an hour come in from the recorder',
      2,
    ],
  ])('%s → %d req/s', (text, rate) => {
    expect(read(text).requests_per_s).toBeCloseTo(rate, 6);
  });

  it('is a peak in a burst', () => {
    const intent = read(
      'incident digests: during a failover the monitor sends us spikes of up to 300 event batches per second',
    );
    expect(intent.requests_per_s).toBe(300);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('does not read batches nobody sends, a long period, or batches of counted items', () => {
    for (const text of [
      'summaries: we split the backlog into 600 chunks per hour',
      'the vendor sends us 3 batches a day',
      'the vendor sends us 40 batches an hour of 500 records each',
      'the vendor sends us 40 models per minute',
    ])
      expect(readSentBatches(quantityContext(text))).toEqual([]);
  });
});
