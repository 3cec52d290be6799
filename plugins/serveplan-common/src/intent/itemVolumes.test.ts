import { readItemVolumes } from './itemVolumes';
import { attachNumbers } from './numberAttachment';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { quantityContext } from './__testUtils__/quantityContext';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

const context = quantityContext;

const DAY = 86_400;
const MONTH = 730 * 3600;

describe('the period a count is per', () => {
  it.each([
    ['some 8,000 invoices get matched per business day', 'day'],
    ['around 900 claims come in on a quiet weekday', 'day'],
    ['2m rows/week', 'week'],
    ['400k log lines overnight', 'night'],
    ['35 memos per analyst a month', 'month'],
  ])('%s → %s', (text, period) => {
    expect(attachNumbers(context(text))[0].period).toBe(period);
  });

  it('keeps whom a count is per', () => {
    expect(
      attachNumbers(context('35 memos per analyst a month'))[0],
    ).toMatchObject({ noun: 'memos', perWhom: 'analyst', period: 'month' });
  });

  it('finds no period in words that are not one', () => {
    const [r] = attachNumbers(context('7,500 forms from last year'));
    expect(r.period).toBeUndefined();
    expect(r.periodEnd).toBe(r.phraseEnd);
  });

  it('takes a singular noun before another noun as its modifier', () => {
    expect(attachNumbers(context('3k customer emails'))[0]).toMatchObject({
      noun: 'emails',
      describing: ['customer'],
      kind: 'work',
    });
  });

  it('reads an acronym plural as a count of things', () => {
    expect(attachNumbers(context('about 700 prs'))[0]).toMatchObject({
      noun: 'prs',
      kind: 'thing',
    });
  });
});

describe('item volumes from the attachment', () => {
  it('keeps counts of work and of other plural things', () => {
    const volumes = readItemVolumes(
      context('1,200 podcasts and 40k invoices each week, 5 languages, 8 GPUs'),
    );
    expect(volumes.map(v => [v.noun, v.work, v.period])).toEqual([
      ['podcasts', false, undefined],
      ['invoices', true, 'week'],
    ]);
  });

  it('leaves out people, time, money and kinds of thing', () => {
    expect(
      readItemVolumes(
        context('300 nurses, 4 hours, 20 dollars, 3 models, 12 variants'),
      ),
    ).toEqual([]);
  });
});

describe('daily and monthly volumes as a rate', () => {
  it('converts a volume whose verb sits before the period', () => {
    const intent = read(
      'draft replies for the helpdesk; about 43,200 emails arrive each day',
    );
    expect(intent.requests_per_s).toBeCloseTo(43_200 / DAY, 6);
    expect(intent.requests_per_s_basis).toBe('average');
  });

  it('takes a month as 730 hours', () => {
    expect(
      read('summaries of 1.46M call transcripts a month').requests_per_s,
    ).toBeCloseTo(1_460_000 / MONTH, 6);
  });

  it('reads a period said as an occasion', () => {
    expect(
      read('triage bot: roughly 8,640 alerts fire on a typical workday')
        .requests_per_s,
    ).toBeCloseTo(0.1, 6);
  });

  it('reads a count per person as a per-user rate', () => {
    const intent = read(
      'contract review for 90 lawyers, 12 contracts per lawyer a day',
    );
    expect(intent.requests_per_user_per_day).toBe(12);
    expect(intent.requests_per_s).toBeNull();
  });

  it('keeps a count of one with a short period', () => {
    expect(read('agent, 1 call per second at most').requests_per_s).toBe(1);
  });
});

describe('batch sizes from item counts', () => {
  it.each([
    ['offline: caption our back catalogue of 64k lectures', 64_000],
    ['nightly run over 2.5 million receipts', 2_500_000],
    ['backfill job, re-embed 700k support threads by Monday', 700_000],
    ['a one-off batch over 9,000 filings', 9000],
  ])('%s → %d', (text, size) => {
    expect(read(text).batch_requests).toBe(size);
  });

  it('reads a nightly volume as one batch', () => {
    const intent = read('we tag 120k photos nightly');
    expect(intent.batch_requests).toBe(120_000);
    expect(intent.requests_per_s).toBeNull();
  });

  it('does not take one job for a batch of one', () => {
    expect(
      read('a single batch job every night over the 30k new listings')
        .batch_requests,
    ).toBe(30_000);
    expect(
      read('offline scoring, one job per night on one GPU').batch_requests,
    ).toBeNull();
  });

  it('does not size a batch by a model, a GPU or languages', () => {
    const intent = read(
      'offline translation into 6 languages with one model on a single GPU',
    );
    expect(intent.batch_requests).toBeNull();
  });

  it('does not read a count of things as a volume outside a batch', () => {
    const intent = read('support chatbot for our 4,000 franchise stores');
    expect(intent.batch_requests).toBeNull();
    expect(intent.requests_per_s).toBeNull();
  });
});

describe('a period said before the count', () => {
  it.each([
    ['on an ordinary weekday, we reckon 17,280 chats reach the desk', 'day'],
    ['per week the clinic files roughly 6,000 referrals', 'week'],
    ['every hour around 3,600 lookups come through', 'hour'],
    ['nightly, 90k listings get re-scored', 'night'],
    ['during the night we re-embed 2m passages', 'night'],
    ['on a hectic night the kitchen prints 900 orders', 'day'],
    ['in 2 days we clear 900 orders', undefined],
    ['on a slow night we still get 4,320 orders', 'day'],
  ])('%s → %s', (text, period) => {
    const volume = readItemVolumes(context(text)).pop();
    expect(volume?.period).toBe(period);
  });

  it('turns a count after its period into a rate', () => {
    expect(
      read('each month the claims team sees about 73k claims').requests_per_s,
    ).toBeCloseTo(73_000 / MONTH, 6);
    expect(
      read('triage bot; every hour roughly 720 alerts arrive').requests_per_s,
    ).toBeCloseTo(0.2, 6);
  });

  it('reads a nightly count said first as one batch', () => {
    const intent = read('every night, 400k invoices to reconcile');
    expect(intent.batch_requests).toBe(400_000);
    expect(intent.requests_per_s).toBeNull();
  });

  it('gives the period only to the nearest count after it', () => {
    const [first, second] = readItemVolumes(
      context('300 reports each evening and 2k memos later'),
    );
    expect(first.period).toBeUndefined();
    expect(second.period).toBeUndefined();
    const volumes = readItemVolumes(
      context('1,200 scans every day, 40k invoices at month end'),
    );
    expect(volumes.map(v => v.period)).toEqual(['day', undefined]);
  });

  it('lets a count of people stand between the period and the count', () => {
    const [volume] = readItemVolumes(
      context('each day our 40 paralegals review 1,800 filings'),
    );
    expect(volume).toMatchObject({ noun: 'filings', period: 'day' });
  });

  it('does not give a period to things at once or to people', () => {
    expect(
      readItemVolumes(context('every day, up to 150 concurrent sessions'))[0]
        ?.period,
    ).toBeUndefined();
    expect(read('every day 3k employees log in').requests_per_s).toBeNull();
  });
});

describe('money said without a currency word is not traffic', () => {
  it.each([
    'we have 48k a year for this, support chatbot',
    "support bot; we've got 1.5k per month to play with",
    'chatbot, we can afford maybe 2k a month',
    "there's 900 a month available for the pilot, chatbot",
    'chatbot: we could spend about 4k credits a month',
  ])('%s', text => {
    expect(read(text).requests_per_s).toBeNull();
  });

  it('still reads counts with a verb of having as traffic', () => {
    expect(
      read('support chatbot, we have about 8,640 a day coming in')
        .requests_per_s,
    ).toBeCloseTo(0.1, 6);
    expect(
      read('triage bot, we have 17,280 tickets a day for this').requests_per_s,
    ).toBeCloseTo(0.2, 6);
  });
});

describe('a noun the work is done per counts items', () => {
  it('reads a count of a kind noun as the batch size when the work is done per one of them', () => {
    const intent = read(
      'overnight job that drafts one forecast per region; roughly 3,000 regions in total',
    );
    expect(intent.batch_requests).toBe(3000);
  });

  it('keeps a kind noun a part of the setup when nothing is done per one of them', () => {
    expect(
      readItemVolumes(
        context(
          'nightly batch over forms with 300 fields and 12 columns',
          true,
        ),
      ),
    ).toEqual([]);
    const intent = read(
      'nightly extraction of 40 fields from each of 20,000 forms',
    );
    expect(intent.batch_requests).toBe(20_000);
  });
});

describe('"each" between a count and its period', () => {
  it('reads the period past "each" and marks the count as per one of something', () => {
    expect(
      attachNumbers(context('roughly 7 lookups each per day'))[0],
    ).toMatchObject({ noun: 'lookups', period: 'day', each: true });
    expect(attachNumbers(context('2 reports apiece a week'))[0]).toMatchObject({
      period: 'week',
      each: true,
    });
  });

  it('does not take the "each" of "each day" for a distributive one', () => {
    expect(
      attachNumbers(context('about 9,000 tickets close each day'))[0],
    ).toMatchObject({ period: 'day', each: false });
  });
});

describe('how often one person uses it ("N times a day")', () => {
  it.each([
    'code assistant for 150 developers; each developer queries it around 15 times a day',
    'chatbot for 400 analysts, every analyst opens it 15 times per day',
    'drafting tool for 90 lawyers, used 15 times a day per lawyer',
    'ward assistant: 700 nurses, each checks it about 15 times daily',
  ])('%s', text => {
    expect(read(text).requests_per_user_per_day).toBe(15);
  });

  it('reads no volume from how often a thing happens', () => {
    for (const text of [
      'summaries of support tickets; the sync job runs 6 times a day',
      'chatbot for 300 users; each failed call is retried 3 times a day',
      'ops agent: 12 bots, each pings the API 50 times a day',
    ]) {
      const intent = read(text);
      expect(intent.requests_per_user_per_day).toBeNull();
      expect(intent.requests_per_s).toBeNull();
    }
  });
});

describe('a count said per run of the job', () => {
  it.each([
    'we score leads weekly, about 15,000 leads per run',
    'every monthly run ingests roughly 2,000 contracts',
    'a single run covers some 700 invoices',
  ])('%s', text => {
    const [volume] = readItemVolumes(context(text));
    expect(volume.perRun).toBe(true);
    expect(volume.period).toBeUndefined();
  });

  it('is no run when "run" is the verb', () => {
    const [volume] = readItemVolumes(
      context('we run 5,000 prompts per day through it'),
    );
    expect(volume.perRun).toBe(false);
    expect(volume.period).toBe('day');
  });
});

describe('counts said as one batch', () => {
  it('reads what a batch holds as its size, whatever the noun', () => {
    expect(
      read('monthly batch of 900k reasoning steps, deadline 48 h')
        .batch_requests,
    ).toBe(900_000);
  });

  it('does not read steps outside a batch as items', () => {
    expect(
      read('offline job with 12 steps, deadline 48 h').batch_requests,
    ).toBeNull();
  });

  it('reads the count handled on each run day as the batch', () => {
    expect(
      read(
        'every Friday the shop uploads about 45,000 product photos and a batch job must caption them within 8 hours',
      ).batch_requests,
    ).toBe(45_000);
  });

  it('reads no batch from a count on a single day that is no occasion', () => {
    expect(
      read(
        'founded on Friday with 45,000 staff, we need a batch job within 8 hours',
      ).batch_requests,
    ).not.toBe(45_000);
  });
});

describe('a count said on each occasion the job runs', () => {
  it('reads a count after its occasion, in a batch request, as one run', () => {
    const [volume] = readItemVolumes(
      context('about 50k drafts each sunday, then the queue is empty', true),
    );
    expect(volume).toMatchObject({ perRun: true, period: undefined });
    const [chat] = readItemVolumes(
      context('about 50k drafts each sunday, then the queue is empty'),
    );
    expect(chat.perRun).toBe(false);
  });

  it('takes the occasion that opens the sentence, past the object, for a count of "them"', () => {
    const intent = read(
      'Offline job. We own 1,800 delivery vans. Each evening the warehouse exports its shipping manifests, some 90k of them, for checking.',
    );
    expect(intent.batch_requests).toBe(90_000);
  });

  it('reads no count of "them" said outside an occasion of the job', () => {
    const [volume] = readItemVolumes(
      context(
        'batch job: we keep the scanned blueprints, about 20k of them, in s3',
        true,
      ),
    );
    expect(volume).toBeUndefined();
  });

  it('prefers the things one run handles to a count of the fleet said before', () => {
    expect(
      read(
        'We run 300 stores. Every Sunday we re-score about 1.2M SKUs overnight.',
      ).batch_requests,
    ).toBe(1_200_000);
  });

  it('does not take a few parts of a setup handled each run as the job', () => {
    expect(
      read('Offline job: every night we rebuild 4 search indexes.')
        .batch_requests,
    ).toBeNull();
  });
});

describe('a count with a period handled in one run', () => {
  it.each([
    ['2.5 million rows a month, scored in a single pass', 2_500_000],
    ['some 600k images per week, all captioned in one go', 600_000],
  ])('%s', (text, size) => {
    expect(read(`offline captioning and scoring: ${text}`).batch_requests).toBe(
      size,
    );
  });

  it('stays a rate when the words after it say nothing of one run', () => {
    const intent = read('2.5 million rows a month, scored in one region');
    expect(intent.batch_requests).toBeNull();
    expect(intent.requests_per_s).toBeCloseTo(2_500_000 / MONTH, 4);
  });
});

describe('what a batch is said to be after a colon', () => {
  it('reads its items whatever the noun', () => {
    expect(
      read('Weekly batch: roughly 75k versions of the headline, due by Friday')
        .batch_requests,
    ).toBe(75_000);
  });

  it('does not read versions outside a batch as items', () => {
    expect(
      read(
        'Weekly batch job; we compare 3 versions of the prompt, due by Friday',
      ).batch_requests,
    ).toBeNull();
  });
});

describe('a count of the items the work is done on each of', () => {
  it('is the job size, ahead of a larger count of other things said first', () => {
    expect(
      read(
        'Our monorepo has about 9 million lines of Java. We want a batch job that writes a summary for each module, roughly 80,000 modules, over the weekend.',
      ).batch_requests,
    ).toBe(80_000);
  });

  it('comes first among the volumes, as work', () => {
    const volumes = readItemVolumes(
      context(
        'the site has 2 million lines of markup; tag every image, about 5,000 images',
        true,
      ),
    );
    expect(volumes[0]).toMatchObject({
      noun: 'images',
      work: true,
      workedOnEach: true,
    });
  });

  it('does not come from a ratio per unit, nor from a count under a hundred', () => {
    expect(
      read(
        'The archive spans 14 floors, about 300 boxes per floor; in a batch job we need to classify 2 million letters.',
      ).batch_requests,
    ).toBe(2_000_000);
    const volumes = readItemVolumes(
      context('summarise each region: 12 regions, 40,000 reports', true),
    );
    expect(volumes.find(v => v.noun === 'regions')?.workedOnEach ?? false).toBe(
      false,
    );
  });
});

describe('a count set off after the plural noun it counts', () => {
  it.each([
    [
      'Every Sunday night the shops upload their receipts, typically around 45,000, and a batch job should categorise each one.',
      45000,
    ],
    [
      'Each night we fetch the new patent filings, roughly 3,200, for an overnight batch that must be done by 7am.',
      3200,
    ],
  ])('%s', (text, size) => {
    expect(read(text).batch_requests).toBe(size);
  });

  it('reads the noun into the volume', () => {
    const [volume] = readItemVolumes(
      context('every night we pull the fresh preprints, about 9,000.', true),
    );
    expect(volume).toMatchObject({
      noun: 'preprints',
      perRun: true,
      work: true,
    });
  });

  it('counts nothing when no run of the job is said, or when the count goes on to a noun', () => {
    expect(
      readItemVolumes(
        context(
          'we serve the regional clinics, about 40, and want a chatbot',
          true,
        ),
      ),
    ).toEqual([]);
    expect(
      readItemVolumes(
        context(
          'every night we pull the fresh preprints, about 9,000 of 12 topics',
          true,
        ),
      ).find(v => v.noun === 'preprints'),
    ).toBeUndefined();
  });
});

describe('a part of a set, and what a backlog holds', () => {
  it('does not read a part of the set as the size of the job', () => {
    const intent = read(
      'Nobody waits on this: our store holds about 52,000 site drawings, and it can finish over the weekend. A few of the files are huge and 12 of these files run to 9 pages.',
    );
    expect(intent.batch_requests).toBe(52000);
  });

  it('still counts a part of the set said per period', () => {
    expect(
      readItemVolumes(
        context('400 of the tickets a day need a second look'),
      )[0],
    ).toMatchObject({ noun: 'tickets', period: 'day' });
  });

  it('reads what a backlog holds as work, whatever its noun', () => {
    const [v] = readItemVolumes(
      context('we sit on a backlog of around 6,500 floor plans', true),
    );
    expect(v).toMatchObject({ noun: 'plans', work: true });
    expect(
      readItemVolumes(context('we keep around 6,500 floor plans', true))[0]
        ?.work ?? false,
    ).toBe(false);
  });

  it('reads a scale word written in the plural ("3 thousands")', () => {
    const intent = read(
      'Every day we must convert around 3 thousands claim letters to plain text; done within 10 hours.',
    );
    expect(intent.batch_requests).toBe(3000);
  });
});

describe('a count said of one run, with clock times or of the last run', () => {
  it('reads the count after an occasion with a clock time between as the batch', () => {
    const intent = read(
      "We see about 9 million page views a day. Every morning after the export finishes at 4:30 am, we want a model to label the previous day's complaints, typically around 6,500 tickets, as an offline batch.",
    );
    expect(intent.batch_requests).toBe(6500);
  });

  it('reads a count said of the last run as one batch', () => {
    const intent = read(
      'Each morning a nightly batch job should check the orders from 30 partner shops. Last night it was roughly 7,300 orders, which is normal.',
    );
    expect(intent.batch_requests).toBe(7300);
  });

  it('does not read a count after another number as one run', () => {
    const intent = read(
      'Every night we get 40 feeds in a batch and the archive holds 2,000,000 records per month.',
    );
    expect(intent.batch_requests).not.toBe(2_000_000);
  });
});

describe('a pronoun counting the things the work is done on each of', () => {
  const volumeOf = (text: string) =>
    readItemVolumes(context(text.toLowerCase(), true)).find(v =>
      /\d/.test(text.slice(v.start, v.end)),
    );

  it.each([
    ['we need to tag every product photo; there are 80,000 of them.', 'photos'],
    [
      'please summarise each support call. roughly 12k of those in total',
      'calls',
    ],
    [
      'run the checker over every library entry, about 4,500 of them',
      'entries',
    ],
  ])('%s → %s', (text, noun) => {
    expect(volumeOf(text)).toMatchObject({
      noun,
      work: true,
      workedOnEach: true,
    });
  });

  it('sizes the job from it', () => {
    expect(
      read(
        'one-off backfill: we want to translate every product listing into German; there are 220,000 of them.',
      ).batch_requests,
    ).toBe(220000);
  });

  it('reads no set from a part of it, nor from a pronoun far from the work', () => {
    expect(
      volumeOf('we need to tag every product photo; 3,000 of them are blurry.'),
    ).toBeUndefined();
    expect(
      volumeOf(
        'we tag every product photo. the shop is big. the owners say 3,000 of them.',
      ),
    ).toBeUndefined();
  });
});

describe('a count of work items with its noun left singular', () => {
  it('is as many items as with the plural ending', () => {
    const [v] = readItemVolumes(
      context(
        'each evening roughly 2,500 report is coming from the branches',
        true,
      ),
    );
    expect(v).toMatchObject({ noun: 'report', plural: true });
  });

  it('stays one thing, or a few, below a hundred', () => {
    const [v] = readItemVolumes(
      context('we upload 5 report every evening', true),
    );
    expect(v?.plural ?? false).toBe(false);
  });
});

describe('a whole-set count of a pronoun in a batch request', () => {
  const text =
    'we would like the archived survey photos geotagged into map layers: there are 60,000 of them.';

  it('counts the plural before it, passing over parts of a setup', () => {
    const [v] = readItemVolumes(context(text, true));
    expect(v).toMatchObject({ noun: 'photos', workedOnEach: true, work: true });
    expect(v.reading.value).toBe(60_000);
  });

  it('is no job size outside a batch request, nor as a part of the set', () => {
    expect(readItemVolumes(context(text))).toHaveLength(0);
    expect(
      readItemVolumes(
        context(
          'we keep the survey photos. there are 600 of them blurry',
          true,
        ),
      ).filter(v => v.workedOnEach),
    ).toHaveLength(0);
  });
});

describe('counts of the items worked on each of', () => {
  it('puts the count said after the work ahead of one said before it', () => {
    const volumes = readItemVolumes(
      context(
        'last spring we captioned 500 clips by hand. now we want a caption for every clip, and the library holds about 20,000 clips.',
        true,
      ),
    );
    expect(volumes.map(v => v.reading.value)).toEqual([20_000, 500]);
  });

  it('keeps text order when both counts come before the work', () => {
    const volumes = readItemVolumes(
      context(
        'we have 300 clips in one folder and 900 clips in another; add a caption to every clip',
        true,
      ),
    );
    expect(volumes.map(v => v.reading.value)).toEqual([300, 900]);
  });
});

describe('a pronoun count of a set made ready for the job', () => {
  const text =
    'since 1990 the lab has kept film negatives, and we have digitised roughly 95,000 of them. tag each one by subject.';

  it('counts the plural before it in a batch request', () => {
    const [v] = readItemVolumes(context(text, true));
    expect(v).toMatchObject({ noun: 'negatives', work: true });
    expect(v.reading.value).toBe(95_000);
  });

  it('is no job size outside a batch request, nor a part of the set', () => {
    expect(readItemVolumes(context(text))).toHaveLength(0);
    expect(
      readItemVolumes(
        context(
          'the lab keeps film negatives and we have digitised 900 of them twice',
          true,
        ),
      ),
    ).toHaveLength(0);
  });
});

describe('amounts of material in physical units', () => {
  it('are no items, so the job counts what it works on', () => {
    expect(
      read(
        'the plant ships 45,000 litres of juice a day. overnight we label 12,000 delivery notes.',
      ).batch_requests,
    ).toBe(12_000);
  });

  it('leave other nouns counted as before', () => {
    const volumes = readItemVolumes(
      context('the yard handles 8,000 tonnes and 2,000 crates a week', true),
    );
    expect(volumes.map(v => v.noun)).toEqual(['crates']);
  });
});

describe('a count as the value of a plural key in a structured request', () => {
  it.each([
    ['kind: batch\nrecords: 2.4M\ndeadline: 8h', 2_400_000],
    ['job: nightly enrichment\n- documents: ~75k\nout: 50 tokens', 75_000],
  ])('%j → %s', (text, size) => {
    expect(read(text).batch_requests).toBe(size);
  });

  it('is no count when the key names no items or the line goes on', () => {
    const volumes = (text: string) =>
      readItemVolumes(context(text, true)).map(v => v.reading.value);
    expect(volumes('kind: batch\ntimeout: 300\n')).toEqual([]);
    expect(volumes('kind: batch\nrecords: 300 max per file\n')).not.toContain(
      300,
    );
    expect(volumes('kind: batch\nbudget: 5000\n')).toEqual([]);
  });
});

describe('the whole set of a batch said with a pronoun or after "each of"', () => {
  const batch = (text: string) =>
    extractIntent(text, { knowledgeBase }).batch_requests;
  it('reads "there\'s N of them" and "it\'s N of them"', () => {
    expect(
      batch(
        "we need all our old invoice scans classified over a weekend. there's about 90,000 of them.",
      ),
    ).toBe(90000);
    expect(
      batch(
        "we keep scanned permits going back years; Ann thinks it's 40,000 of them. each one should be tagged within 72 hours.",
      ),
    ).toBe(40000);
  });
  it('reads the items after "for each of N" with a describing word', () => {
    expect(
      batch(
        'batch job: a short abstract for each of 75,000 scanned theses, done within 3 days',
      ),
    ).toBe(75000);
  });
  it('reads a window in weeks', () => {
    expect(
      extractIntent(
        'backfill of 2M call notes, done within three weeks of wall-clock time',
        {
          knowledgeBase,
        },
      ).batch_window_hours,
    ).toBe(504);
  });
});

describe('a count per week in a job run once a week', () => {
  const batch = (text: string) =>
    extractIntent(text, { knowledgeBase }).batch_requests;
  it('is one run of the batch', () => {
    expect(
      batch(
        'a weekly tagging job: 600,000 support tickets every saturday night, done within 10 hours',
      ),
    ).toBe(600000);
  });
});
