import { extractIntent } from './ruleBasedIntent';
import { intentFromConversation } from './conversation';

describe('a count of work items to get through once', () => {
  it.each([
    [
      'we want to translate about 80,000 pages of old manuals into German',
      80000,
    ],
    ['our team has to go through a backlog of 30,000 insurance claims', 30000],
    ['summarise the 120,000 archived call transcripts we keep', 120000],
    ['we plan to label 2 million product reviews from the past 3 years', 2e6],
  ])('%s', (text, size) => {
    const intent = extractIntent(text);
    expect(intent.batch_requests).toBe(size);
    expect(intent.users).toBeNull();
  });

  it('keeps the size when the batch words come in a later message', () => {
    const intent = intentFromConversation([
      'We have to tag 900,000 client emails from the previous quarter for an audit.',
      'It runs once, over a long weekend of 60 hours.',
    ]).intent;
    expect(intent.batch_requests).toBe(900000);
    expect(intent.batch_window_hours).toBe(60);
  });

  it('is no job size when a period makes it a rate, or when nothing says it is done once', () => {
    const rate = extractIntent(
      'support chatbot; we need to triage about 4,000 tickets a day',
    );
    expect(rate.batch_requests).toBeNull();
    expect(rate.requests_per_s).toBeCloseTo(4000 / 86400, 6);
    expect(
      extractIntent('chat assistant that can translate 3,000 emails for sales')
        .batch_requests,
    ).toBeNull();
    expect(
      extractIntent(
        'chat assistant for 40 analysts, each needs to review 300 reports',
      ).batch_requests,
    ).toBeNull();
  });
});

describe('the items said first, then what is to be done to them', () => {
  it.each([
    ['the museum has 60,000 handwritten letters to transcribe.', 60000],
    [
      'there are roughly 1.4 million support emails left to categorise by March',
      1.4e6,
    ],
  ])('%s', (text, size) => {
    expect(extractIntent(text).batch_requests).toBe(size);
  });

  it('is no job when the verb has an object of its own, a period follows, or the items are few', () => {
    expect(
      extractIntent('we hired 2,000 contractors to review the contracts')
        .batch_requests,
    ).toBeNull();
    expect(
      extractIntent(
        'chat tool; the desk gets 3,000 tickets to triage every day',
      ).batch_requests,
    ).toBeNull();
    expect(
      extractIntent(
        'an assistant where a lawyer uploads 5 leases to summarise.',
      ).batch_requests,
    ).toBeNull();
  });
});

describe('work wished for on each of the items counted before', () => {
  it.each([
    [
      'We hold 65,000 scanned delivery notes and want the totals read off each one.',
      65000,
    ],
    [
      'There are 12k patient letters in the archive and we need every one of them anonymised.',
      12000,
    ],
  ])('%s', (text, size) => {
    expect(extractIntent(text).batch_requests).toBe(size);
  });

  it('reads no job without a wish before "each one", or for a handful of items', () => {
    expect(
      extractIntent(
        'a chat assistant: we have 40,000 customer emails and each one gets a reply from an agent',
      ).batch_requests,
    ).toBeNull();
    expect(
      extractIntent(
        'a chat assistant: I have 6 emails and want a short reply drafted for each one',
      ).batch_requests,
    ).toBeNull();
  });
});
