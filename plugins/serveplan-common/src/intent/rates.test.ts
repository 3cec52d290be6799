import { extractIntent } from './ruleBasedIntent';

const read = (text: string) => extractIntent(text);

describe('a rate reached at the highest point is the peak', () => {
  it.each([
    'ticket triage bot: the queue peaked at roughly 30 tickets per second during the outage',
    'chatbot whose traffic tops out at about 12 requests per second in December',
    'our search assistant spiked to ~45 queries per second on launch day',
    'code review bot; we saw a peak of 8 requests per second after the release',
  ])('%s', text => {
    expect(read(text).requests_per_s_basis).toBe('peak');
  });

  it('keeps the peak verb before the rate even with an average in the clause', () => {
    const intent = read(
      'chatbot that peaked at 90 requests per second while the average sits near 20 rps',
    );
    expect(intent.requests_per_s).toBe(90);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('does not make a rate a peak when the peak word says nothing about it', () => {
    expect(
      read(
        'chatbot, 25 requests per second on average; usage peaked last spring',
      ).requests_per_s_basis,
    ).toBe('average');
    expect(
      read('helpdesk bot handling 6 requests per second').requests_per_s_basis,
    ).toBeNull();
  });
});

describe('a count of other things beside a count of the work', () => {
  it('sizes for the work, not for what the business makes or sells', () => {
    const intent = read(
      'our bakery chain sells about 90,000 loaves a week; the assistant should draft roughly 600 replies per day to reviews',
    );
    expect(intent.requests_per_s).toBeCloseTo(600 / 86400, 6);
    expect(intent.notes.requests_per_s).toMatch(/not read as requests/);
  });

  it('still reads a count of things as the rate when nothing else is said', () => {
    expect(
      read('a merge-request reviewer; we open about 4,000 MRs a week')
        .requests_per_s,
    ).toBeCloseTo(4000 / (7 * 86400), 6);
  });
});

describe('a rate written with a decimal comma before its suffix', () => {
  it('reads "N,Nm" as a decimal number of requests', () => {
    expect(
      read('summarizer, around 2,4M summaries per month').requests_per_s,
    ).toBeCloseTo(2_400_000 / (730 * 3600), 6);
    expect(
      read('support bot handling 8,5k chats a day').requests_per_s,
    ).toBeCloseTo(8500 / 86_400, 6);
  });

  it('keeps a three-digit group after the comma as thousands', () => {
    expect(
      read('support bot handling 8,500 chats a day').requests_per_s,
    ).toBeCloseTo(8500 / 86_400, 6);
    expect(
      read('summarizer, around 2,400k summaries per month').requests_per_s,
    ).toBeCloseTo(2_400_000 / (730 * 3600), 6);
  });
});
