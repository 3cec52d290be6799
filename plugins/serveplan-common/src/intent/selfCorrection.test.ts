import { readSelfCorrections } from './selfCorrection';
import { extractIntent } from './ruleBasedIntent';

describe('a number corrected in the same message', () => {
  it('reads the correction with the noun of the first, keeping offsets', () => {
    const text = 'we are about 300 engineers - sorry, 220, the 300 was before';
    const read = readSelfCorrections(text);
    expect(read.text).toHaveLength(text.length);
    expect(read.text).toMatch(/^we are about 220 engineers\s+, the 300/);
    expect(
      extractIntent('coding assistant for 5k users, I mean 4k').users,
    ).toBe(4000);
  });
  it('leaves "no" alone: in other languages it means "not"', () => {
    expect(readSelfCorrections('5 mil usuarios, no 3 mil').corrections).toEqual(
      [],
    );
    expect(readSelfCorrections('40 users, no more').corrections).toEqual([]);
  });
});

describe('a number put forward, then settled on', () => {
  it('reads the settled number', () => {
    expect(
      extractIntent(
        "code generation for 40 devs. I was thinking 8k context, but some files are huge, so let's say 16k to be safe.",
      ).max_input_tokens,
    ).toBe(16384);
  });
});

describe('a number taken back a few words later', () => {
  it('reads the restated number in place of the first, keeping the length', () => {
    const text =
      "about 600k messages a month - actually, no, that was last year's number, it's closer to 750k a month now";
    const read = readSelfCorrections(text);
    expect(read.text).toHaveLength(text.length);
    expect(read.text).toMatch(/^about 750k messages a month/);
    expect(read.text).not.toMatch(/closer to 750k/);
    expect(
      extractIntent(
        "tag roughly 3.5 million prior-authorization requests from the last two years (actually no, it's closer to 4.2 million once you include dental) over 72 hours",
      ).batch_requests,
    ).toBe(4200000);
  });

  it('needs a word of restating and a number of the same size', () => {
    for (const text of [
      'chatbot for 300 users, actually no, most of them send 10 requests a day',
      '5k users - actually, no, it is 40 GPUs we have',
    ])
      expect(readSelfCorrections(text).corrections).toEqual([]);
  });

  it('settles on the number chosen after "I said"', () => {
    expect(
      extractIntent(
        'RAG for reporters. I said 150 users a day in the meeting, but the dashboard says closer to 220 daily actives, so go with 220.',
      ).users,
    ).toBe(220);
  });

  it('takes back a number said with a dot before three digits, after "sorry"', () => {
    // "2.000" is 2,000 here, so 2,600 is a correction of it, not a number ten times bigger
    const intent = extractIntent(
      'Support chatbot for 90 agents. We can spend 2.000 pounds... sorry, finance works in dollars, it is 2,600 dollars a month.',
    );
    expect(intent.budget_usd_per_month).toBe(2600);
    // read as said, in dollars a month: no note of pounds or of a missing period
    expect(intent.notes.budget_usd_per_month ?? '').not.toMatch(
      /GBP|pound|no period/i,
    );
    expect(
      readSelfCorrections(
        'about 3 reviewers... sorry for the typos, it is 400 documents a day',
      ).corrections,
    ).toEqual([]);
  });

  it('settles on an amount of money restated in another currency', () => {
    expect(
      extractIntent(
        "chatbot for 35 consultants. Budget is 4 thousand euro per month but in dollars it is a little more, so let's say 4,500 dollars.",
      ).budget_usd_per_month,
    ).toBe(4500);
    // another amount, not money: left alone
    expect(
      readSelfCorrections("budget 4000 dollars, so let's say 20 users")
        .corrections,
    ).toEqual([]);
  });
});

describe('a number taken back to zero', () => {
  it('is corrected, for its reader to reject, not silently kept', () => {
    expect(() =>
      extractIntent(
        "chatbot for 300 users - actually, no, it's closer to 0 users",
      ),
    ).toThrow(/at least 1/);
  });
});

describe('corrections with a restating word after "no" or "actually"', () => {
  it.each([
    [
      'RAG bot for 60 nurses; each looks up maybe 30 of those a shift, wait, no, more like 18, 30 was flu season',
      '18 of those a shift',
    ],
    [
      'Summaries for 40 adjusters, about 12 claims each - no, more like 8 in summer',
      '8 claims each',
    ],
    [
      "Chatbot; the budget is $2.5k a month, hmm, actually let's say $1,900 to be safe",
      '1,900 a month',
    ],
    [
      'Translation for the ward clerks, roughly 300 pages a week... actually make that 450, the night shift too',
      '450 pages a week',
    ],
    [
      'Eight surveyors, each files about 12 reports a week. Oh wait, more like 9, it is winter',
      '9 reports a week',
    ],
    ['Each planner drafts 20 schedules a month, closer to 16', '16 schedules'],
  ])('%s', (text, corrected) => {
    const read = readSelfCorrections(text);
    expect(read.text).toHaveLength(text.length);
    expect(read.text).toContain(corrected);
  });

  it('reads the corrected budget', () => {
    expect(
      extractIntent(
        "Chatbot for 300 staff; budget $2.5k a month, hmm, actually let's say $1,900.",
      ).budget_usd_per_month,
    ).toBe(1900);
  });

  it('crosses a sentence end only for "wait"', () => {
    expect(
      readSelfCorrections(
        'A helpdesk bot for 300 users. Sorry, 20 of them are admins.',
      ).corrections,
    ).toEqual([]);
  });

  it('leaves "no" before other words, and "actually" without a restating word', () => {
    expect(
      readSelfCorrections('40 users - no, 40 is right, we checked').corrections,
    ).toEqual([]);
    expect(
      readSelfCorrections('about 300 agents, actually 2 teams of them')
        .corrections,
    ).toEqual([]);
  });
});

describe('a size to plan for said against one given before', () => {
  it('replaces the earlier number', () => {
    const text =
      'about 30 dispatchers today, the centre doubles to 60 next year, so plan for 60, not 30.';
    const read = readSelfCorrections(text);
    expect(read.text).toHaveLength(text.length);
    expect(read.text).toMatch(/^about 60 dispatchers/);
    expect(extractIntent(`Chat assistant for dispatch. ${text}`).users).toBe(
      60,
    );
  });

  it('leaves a number that was never said before', () => {
    expect(
      readSelfCorrections('chatbot, plan for 60, not 30 of them at once')
        .corrections,
    ).toEqual([]);
  });
});
