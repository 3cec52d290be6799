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

describe('"averages" as a verb makes a rate the average', () => {
  it.each([
    'helpdesk assistant whose load averages 14 queries per second',
    'the search bot averaged about 3 rps last month',
    'a review bot, averaging 20 requests/min over the day',
  ])('%s', text => {
    expect(read(text).requests_per_s_basis).toBe('average');
  });

  it('leaves a rate beside an averaged length without a basis', () => {
    const intent = read(
      'translation bot handling 6 requests per second; documents average 900 tokens',
    );
    expect(intent.requests_per_s).toBe(6);
    expect(intent.requests_per_s_basis).toBeNull();
  });
});

describe('a count said per run of the job is one batch', () => {
  it.each([
    [
      'offline job tagging support transcripts monthly, roughly 250,000 transcripts per run, within 3 days',
      250_000,
    ],
    [
      'batch enrichment of listings: every nightly run processes about 80k listings',
      80_000,
    ],
    [
      'we caption product photos in bulk; each monthly run covers some 300,000 images and must finish in 36 hours',
      300_000,
    ],
  ])('%s', (text, size) => {
    const intent = read(text);
    expect(intent.batch_requests).toBe(size);
    expect(intent.requests_per_user_per_day).toBeNull();
    expect(intent.question).toBeNull();
  });

  it('keeps a weekly count with no run a rate', () => {
    const intent = read(
      'moderation assistant that checks about 70,000 posts a week',
    );
    expect(intent.batch_requests).toBeNull();
    expect(intent.requests_per_s).toBeCloseTo(70_000 / (7 * 86_400), 6);
  });

  it('reads "each" before a recurring run as no person', () => {
    expect(
      read(
        'summarise call logs in batch: each weekly run handles 40,000 logs within 12 hours',
      ).requests_per_user_per_day,
    ).toBeNull();
  });
});

describe("the batch's own count before a count of the past", () => {
  it('sizes the batch by the count per night, not by a total said first', () => {
    const intent = read(
      'our CRM logged 2.1 million interactions last year. We want an overnight job that drafts follow-up notes, about 4,000 notes per night, done between midnight and 5am',
    );
    expect(intent.batch_requests).toBe(4000);
    expect(intent.batch_window_hours).toBe(5);
  });

  it('keeps the count with no period when nothing is said per night', () => {
    expect(
      read('nightly batch job over 600,000 archived emails, 6h window')
        .batch_requests,
    ).toBe(600_000);
  });
});

describe('a rate per person that makes the total stated beside it', () => {
  it('asks nothing when the total is said too', () => {
    const intent = read(
      'code assistant for 120 engineers online at once, 10 suggestions/min each (~20 req/s); ctx 4k',
    );
    expect(intent.question).toBeNull();
    expect(intent.requests_per_s).toBe(20);
    expect(intent.assumptions.join(' ')).toMatch(/makes the 20 requests/);
  });

  it('still asks when the stated total does not agree', () => {
    const intent = read(
      'code assistant for 120 engineers online at once, 10 suggestions/min each (~90 req/s); ctx 4k',
    );
    expect(intent.question).toMatch(/more than a person sends/);
  });
});

describe('a window from the start to the time the results are due', () => {
  it.each([
    [
      'weekly batch of 50k claims; the run kicks off Saturday 20:00 and results are due Sunday 08:00',
      12,
    ],
    [
      'nightly batch over 30,000 contracts: it starts at 10pm and must be done by 4am',
      6,
    ],
    ['batch job over 9,000 reports from Friday 6pm to Monday 7am', 61],
  ])('%s', (text, hours) => {
    expect(read(text).batch_window_hours).toBe(hours);
  });

  it('reads no window outside a batch job', () => {
    expect(
      read('chatbot for 300 users; the webinar starts at 9am and ends at 11am')
        .batch_window_hours,
    ).toBeNull();
  });
});

describe('a rate the traffic can reach is its peak', () => {
  it.each([
    'a recipe chatbot: in the week before holidays it can hit 50 questions a minute',
    'booking assistant; on match days the load may reach 120 requests per second',
    'help bot that could climb to 15 rps when a release ships',
  ])('%s', text => {
    expect(read(text).requests_per_s_basis).toBe('peak');
  });

  it('does not call a rate the service can merely handle a peak', () => {
    expect(
      read('a recipe chatbot: it can handle 50 questions a minute')
        .requests_per_s_basis,
    ).toBeNull();
  });
});

describe('a calculation written with an arrow or an equals sign', () => {
  it('reads the rate after the arrow as the total, the one before as per person', () => {
    const intent = read(
      'ticket assistant: 2,000 agents online at busy times, 0.02 req/s each => 40 req/s at peak',
    );
    expect(intent.requests_per_s).toBe(40);
    expect(intent.requests_per_s_basis).toBe('peak');
    expect(intent.requests_per_user_per_day).toBeCloseTo(0.02 * 86400, 3);
    expect(intent.question).toBeNull();
  });

  it('reads "= N req/s" the same way', () => {
    expect(
      read('study helper, 600 pupils, 0.1 req/s each = 60 req/s')
        .requests_per_s,
    ).toBe(60);
  });

  it('keeps "each" on the rate it is said of when no step comes between', () => {
    const intent = read('tutor bot for our pupils: 5 req/s each');
    expect(intent.requests_per_s).toBeNull();
    expect(intent.question).toMatch(/from each user/);
  });

  it('does not take "<=" for a step', () => {
    const intent = read('chatbot, 50 users, 3 req/s each, TTFT <= 500 ms');
    expect(intent.requests_per_s).not.toBe(3);
  });
});

describe('a count said by a pronoun for the items before it, with a period', () => {
  it('reads "N of them a month" as that many items per period', () => {
    const intent = read(
      'claims assistant: claim files run to about 15k tokens each and we process some 2,500 of them per month',
    );
    expect(intent.requests_per_s).toBeCloseTo(2500 / (730 * 3600), 8);
    expect(intent.requests_per_user_per_day).toBeNull();
  });

  it.each([
    'a leave-policy chatbot for 900 nurses and about 150 of them a day would ask it something',
    'a leave-policy chatbot for 900 nurses, about 150 of them a day',
  ])(
    'does not read a count of people said by a pronoun as requests: %j',
    text => {
      expect(read(text).requests_per_s).toBeNull();
    },
  );
});

describe('"each" after the length of an item', () => {
  it('is the size of each item, not a rate per person', () => {
    const intent = read(
      'summarise grant proposals: they are 30k tokens each and we review 80 of these per day',
    );
    expect(intent.requests_per_s).toBeCloseTo(80 / 86400, 8);
    expect(intent.requests_per_user_per_day).toBeNull();
  });

  it('keeps "each" after a count of work as per person', () => {
    const intent = read('tutor bot for 400 pupils, 6 questions each per day');
    expect(intent.requests_per_user_per_day).toBe(6);
  });
});

describe('two peaks, one said in requests', () => {
  it('sizes for the peak said in requests over a peak of business items', () => {
    const intent = read(
      'Our ticket shop peaked at 50k tickets sold per minute on release day. For the new FAQ assistant we expect 300 requests per second at peak.',
    );
    expect(intent.requests_per_s).toBe(300);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('keeps a peak of other items over an average said in requests', () => {
    const intent = read(
      'FAQ assistant: on average 20 requests per second; on launch days it peaks at 6,000 questions per minute',
    );
    expect(intent.requests_per_s).toBe(100);
    expect(intent.requests_per_s_basis).toBe('peak');
  });
});

describe('a deadline in days for a batch job', () => {
  it.each([
    ['the deadline moved up to 5 days', 120],
    ['the turnaround is 3 days', 72],
    ['with a deadline of 2 days', 48],
  ])('offline tagging of 80,000 photos, %s', (phrase, hours) => {
    expect(
      read(`offline tagging of 80,000 photos as a batch job, ${phrase}`)
        .batch_window_hours,
    ).toBe(hours);
  });

  it('does not read the days of data to process as the window', () => {
    expect(
      read(
        'offline batch job: tag the last 30 days of photos, about 80,000 of them, before the deadline',
      ).batch_window_hours,
    ).toBeNull();
  });
});

describe('a peak time named in the sentence lead-in', () => {
  it.each([
    'ticketing assistant. During the heaviest stretch, Friday evenings, we expect roughly 900 queries an hour.',
    'booking bot. On public holidays, which are our peak, we get around 300 questions a minute.',
    'exam helper. Results week is the big concern: students might send 25 questions a second then.',
    'dispatch summaries. On a hectic afternoon the desk could file 300 incident reports an hour.',
    'a claims helper; during busy weeks adjusters might send 40 questions a minute.',
  ])('%s', text => {
    expect(read(text).requests_per_s_basis).toBe('peak');
  });

  it('leaves a quiet or ordinary time unsaid', () => {
    for (const text of [
      'dispatch summaries. On a normal afternoon the desk could file 300 incident reports an hour.',
      'dispatch summaries. On a bad afternoon the desk has 12 people, and they file 300 incident reports an hour.',
    ])
      expect(read(text).requests_per_s_basis).toBeNull();
  });

  it('leaves the basis unsaid when the lead-in names no high point', () => {
    expect(
      read(
        'booking bot. On public holidays, when the office is shut, we get around 300 questions a minute.',
      ).requests_per_s_basis,
    ).toBeNull();
  });

  it('does not take a priority word ("top") as a peak', () => {
    expect(
      read(
        'booking bot. Our top wish, honestly, is to serve around 300 questions a minute.',
      ).requests_per_s_basis,
    ).toBeNull();
  });
});

describe('a heading that names a peak time, before a list of figures', () => {
  it.each([
    'Ticket-routing assistant, Black Friday peak: 420 concurrent agents, 90,000 requests/hour, p95 under 2 s.',
    'Campus helpdesk bot. Busiest week: 3,000 students, 1,800 queries per minute, 4k-token prompts.',
    'Campus helpdesk bot. At peak: 3,000 students, 30 req/s.',
  ])('%s', text => {
    expect(read(text).requests_per_s_basis).toBe('peak');
  });

  it('does not take a peak measure or an average after the heading for a peak time', () => {
    for (const text of [
      'Campus helpdesk bot. Peak latency: 3,000 students, 1,800 queries per minute.',
      'Campus helpdesk bot, exam peak: 3,000 students, typically 1,800 queries per minute.',
    ])
      expect(read(text).requests_per_s_basis).not.toBe('peak');
  });
});

describe("the planned load over today's", () => {
  it('sizes for what the assistant will handle, not what the staff see now', () => {
    const intent = read(
      'support bot for a courier firm. Our desk currently answers about 900 emails a day. We expect the assistant to take some 14,000 conversations a week.',
    );
    expect(intent.requests_per_s).toBeCloseTo(14000 / (7 * 86400), 6);
  });

  it('keeps the only rate said, even when it is said of today', () => {
    expect(
      read('support bot; right now we get about 900 questions a day')
        .requests_per_s,
    ).toBeCloseTo(900 / 86400, 6);
  });
});

describe('a rate the sentence names the peak after it', () => {
  it.each([
    'triage bot for a hospital: on flu days it is about 40 requests per minute, so size for that peak',
    'support chatbot taking 3 requests per second on launch day, and that is the peak',
    // more than the rest of the time
    'claims assistant: about 50 requests an hour during storm season, fewer otherwise',
    'booking bot taking 120 messages an hour when a sale is on, less at other times',
  ])('%s', text => {
    expect(read(text).requests_per_s_basis).toBe('peak');
  });

  it('leaves a rate said to be less than another time', () => {
    expect(
      read('booking bot taking 120 messages an hour, less than last year')
        .requests_per_s_basis,
    ).toBeNull();
  });

  it('does not make a rate the peak when another count follows the pointer', () => {
    expect(
      read(
        'support chatbot taking 3 requests per second; the peak is 9 requests per second',
      ).requests_per_s,
    ).toBe(9);
    expect(
      read('support chatbot taking 3 requests per second, plan for the team')
        .requests_per_s_basis,
    ).toBeNull();
  });
});

describe('a length called a window, among other lengths', () => {
  it('is the batch window, though a length of each item comes first', () => {
    const intent = read(
      'Batch job: each lecture recording is about 45 minutes; transcribe-and-summarise all 3,000 of them in a 72-hour window.',
    );
    expect(intent.batch_window_hours).toBe(72);
  });
});

describe('a window said as "a fortnight" with time to finish', () => {
  it('is fourteen days', () => {
    const intent = read(
      'Batch job: 90,000 archived letters need a one-line summary; we have a fortnight to get through them.',
    );
    expect(intent.batch_requests).toBe(90000);
    expect(intent.batch_window_hours).toBe(336);
  });

  it('keeps a period said as "once a fortnight" out of the window', () => {
    const intent = read(
      'Batch job: 90,000 archived letters need a one-line summary; we run it once a fortnight, overnight in 8 hours.',
    );
    expect(intent.batch_window_hours).toBe(8);
  });
});

describe('"each" said of the items, not of people', () => {
  it('leaves a set of items that each need work one batch', () => {
    expect(
      extractIntent(
        'an offline job: some 75,000 invoices that each need to be classified, all done by Friday',
      ).batch_requests,
    ).toBe(75000);
  });
});

describe('requests within each session', () => {
  it('multiplies sessions by the requests in each', () => {
    expect(
      extractIntent(
        'help assistant: about 30,000 chat sessions a month, roughly 5 questions each',
      ).requests_per_s,
    ).toBeCloseTo(150000 / (730 * 3600), 6);
  });
});

describe('one person named as the one who sends', () => {
  it.each([
    [
      'Tutor chatbot for 90,000 monthly learners; one learner sends about 30 messages per day.',
      30,
    ],
    [
      'Helpdesk bot, 2,000 staff; an average employee asks 3 questions a day.',
      3,
    ],
    [
      'Code assistant for 300 engineers, the typical developer runs 40 prompts a day.',
      40,
    ],
  ])('%s', (text, perUser) => {
    const intent = read(text);
    expect(intent.requests_per_user_per_day).toBe(perUser);
    expect(intent.requests_per_s).toBeNull();
  });

  it('leaves a thing that sends as a total', () => {
    // a kiosk is no person: its count a day is a rate of the whole service
    const intent = read(
      'Chatbot on a kiosk in the lobby; one kiosk sends about 900 questions a day.',
    );
    expect(intent.requests_per_user_per_day).toBeNull();
  });
});

describe('lengths in a batch request that are no time to work', () => {
  it('skips a length of what each item holds for the window said later', () => {
    expect(
      read(
        'one-off batch: 4,000 lecture recordings, each about 50 minutes of speech, all summarised within 6 days of us starting',
      ).batch_window_hours,
    ).toBe(144);
  });

  it('keeps a window counted from an event with "of"', () => {
    expect(
      read('nightly batch: 900 tenders to score, 10 hours of compute at most')
        .batch_window_hours,
    ).toBe(10);
  });

  it('skips "in" a length after a verb of something happening', () => {
    expect(
      read(
        'batch job: 7,000 dossiers to summarise; the board meets in 3 weeks, so it has to be done within 9 days',
      ).batch_window_hours,
    ).toBe(216);
    expect(
      read(
        'batch job: 7,000 dossiers to summarise, the inspectors arrive in 20 days',
      ).batch_window_hours,
    ).toBeNull();
    // "in" after a verb of doing the work stays a window
    expect(
      read('batch job: 7,000 dossiers, summarised in 20 days')
        .batch_window_hours,
    ).toBe(480);
  });
});

describe('a limit said of a rate makes it the peak', () => {
  it.each([
    'parcel-tracking bot: 40 queries per second at most on sale days',
    'HR assistant, at the most 6 requests per second',
  ])('%s', text => {
    expect(read(text).requests_per_s_basis).toBe('peak');
  });

  it('leaves a rate with no limit word alone', () => {
    expect(
      read('HR assistant, around 6 requests per second').requests_per_s_basis,
    ).toBeNull();
  });
});

describe('a count said of most of the people', () => {
  it.each([
    [
      'Helpdesk bot for 900 nurses. Most nurses would send it 3 queries a day.',
      3,
    ],
    [
      'We have 500 drivers; many of our drivers ask it about 5 questions a day.',
      5,
    ],
  ])('reads %j as a rate per user', (text, rate) => {
    const intent = read(text);
    expect(intent.requests_per_user_per_day).toBe(rate);
    expect(intent.requests_per_s).toBeNull();
  });

  it('leaves a total said after "most" names where people are', () => {
    const intent = read(
      'Helpdesk bot for 500 drivers. Most drivers are in Spain, and we get 3,000 questions a day.',
    );
    expect(intent.requests_per_user_per_day).toBeNull();
    expect(intent.requests_per_s).toBeCloseTo(3000 / 86400, 6);
  });
});

describe('a peak time named after the other counts of the lead-in', () => {
  it.each([
    'The portal has 30,000 members, and in the worst hour (right before payday) we see about 600 requests a minute.',
    'Our shop serves 12,000 buyers a month, and at the busiest time (the Black Friday morning) we get roughly 600 requests a minute.',
  ])('reads %j as a peak rate', text => {
    const intent = read(text);
    expect(intent.requests_per_s).toBe(10);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it.each([
    // a busy time with a word naming which between
    'Support inbox: on a busy winter morning we get about 600 questions an hour.',
    // the peak's own time said in brackets, digits and all
    'Helpdesk: in the peak (Mondays, 8-10) it is roughly 600 tickets an hour.',
  ])('reads %j as a peak rate', text => {
    const intent = read(text);
    expect(intent.requests_per_s).toBeCloseTo(600 / 3600, 6);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('leaves a rate after a peak said of another count', () => {
    const intent = read(
      'At peak 300 users are online, and we get 5,000 requests a day.',
    );
    expect(intent.requests_per_s_basis).toBe('average');
  });
});
