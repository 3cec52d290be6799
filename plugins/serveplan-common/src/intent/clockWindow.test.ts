import {
  WEEKDAY_NAME,
  clockHour,
  CLOCK_RANGE_SOURCE,
  clockWindowStart,
  hoursBetween,
  START_THEN_DUE_SOURCE,
  DUE_THEN_START_SOURCE,
  WINDOW_END_MOVED_SOURCE,
  windowHours,
} from './clockWindow';
import { extractBatchWindow } from './rates';
import { quantityContext } from './__testUtils__/quantityContext';

describe('clock times', () => {
  it.each([
    ['11pm', 23],
    ['12am', 0],
    ['12 pm', 12],
    ['7:30 am', 7.5],
    ['23:15', 23.25],
    ['midnight', 0],
    ['noon', 12],
  ])('%s → %d h', (time, hour) => {
    expect(clockHour(time)).toBe(hour);
  });

  it('rejects what is no clock time', () => {
    expect(clockHour('13pm')).toBeUndefined();
    expect(clockHour('7')).toBeUndefined();
    expect(clockHour('25:00')).toBeUndefined();
  });

  it('counts the hours across midnight', () => {
    expect(hoursBetween('11pm', '5am')).toBe(6);
    expect(hoursBetween('01:00', '04:30')).toBe(3.5);
    expect(hoursBetween('midnight', '7am')).toBe(7);
    expect(hoursBetween('9am', '9am')).toBeUndefined();
  });

  it('finds a range written with "-", "to" or "between ... and"', () => {
    const re = new RegExp(CLOCK_RANGE_SOURCE);
    expect(re.exec('runs from 1am to 5am')?.groups).toMatchObject({
      from: '1am',
      to: '5am',
    });
    expect(re.exec('between 23:00 and 04:00')?.groups).toMatchObject({
      from: '23:00',
      to: '04:00',
    });
    expect(re.exec('we have 20 to 30 users')).toBeNull();
  });
});

describe('windows across named weekdays', () => {
  it('counts the days between two named weekdays', () => {
    expect(
      windowHours({
        from: '8pm',
        to: '6am',
        fromDay: 'friday',
        toDay: 'monday',
      }),
    ).toBe(58);
    expect(
      windowHours({
        from: '23:00',
        to: '07:00',
        fromDay: 'saturday',
        toDay: 'sunday',
      }),
    ).toBe(8);
    expect(
      windowHours({
        from: '9am',
        to: '5pm',
        fromDay: 'tuesday',
        toDay: 'tuesday',
      }),
    ).toBe(8);
  });

  it('falls back to the clock without both days, and rejects an end before the start', () => {
    expect(windowHours({ from: '10pm', to: '4am', fromDay: 'friday' })).toBe(6);
    expect(
      windowHours({
        from: '5pm',
        to: '9am',
        fromDay: 'monday',
        toDay: 'monday',
      }),
    ).toBeUndefined();
  });

  it('reads a weekday before each time of a range', () => {
    const re = new RegExp(CLOCK_RANGE_SOURCE);
    expect(re.exec('from saturday 9pm to sunday 5am')?.groups).toMatchObject({
      fromDay: 'saturday',
      from: '9pm',
      toDay: 'sunday',
      to: '5am',
    });
  });
});

describe('a start time and a due time', () => {
  const re = new RegExp(START_THEN_DUE_SOURCE);
  it.each([
    [
      'the export begins at 23:30 and the files are ready by 04:30',
      '23:30',
      '04:30',
    ],
    ['it fires thursday 7pm and results are due friday 3am', '7pm', '3am'],
    ['the job starts at 1am and has to finish by 6am', '1am', '6am'],
  ])('%s', (text, from, to) => {
    expect(re.exec(text)?.groups).toMatchObject({ from, to });
  });

  it('needs a due time after the start, with no other number between', () => {
    expect(re.exec('the job starts at 1am and takes 3 hours')).toBeNull();
    expect(re.exec('starts at 1am with 40 workers, done by 6am')).toBeNull();
  });
});

describe('a due time, then the start', () => {
  const re = new RegExp(DUE_THEN_START_SOURCE);
  it.each([
    [
      'results must be ready by 5:30 am Tuesday; the export starts at 9pm',
      '9pm',
      '5:30 am',
    ],
    ['it has to be done by 6am and we launch it at 1am', '1am', '6am'],
  ])('%s', (text, from, to) => {
    expect(re.exec(text)?.groups).toMatchObject({ from, to });
  });

  it('reads the window of a batch from due time back to the start', () => {
    const ctx = quantityContext(
      'nightly batch: it must be finished by 4am; we fire it off at 10pm',
      true,
    );
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(6);
  });

  it('needs a start verb after the due time', () => {
    expect(
      re.exec('it has to be done by 6am, the office opens at 9am'),
    ).toBeNull();
    expect(re.exec('done by 6am. We start it at 1am')).toBeNull();
  });
});

describe('a start and a due time in two sentences', () => {
  it.each([
    [
      'all of it must be scored before the 8am standup. the export starts at 1am.',
      DUE_THEN_START_SOURCE,
      '1am',
      '8am',
    ],
    [
      'the import begins at 9pm. everything has to be finished by 4am.',
      START_THEN_DUE_SOURCE,
      '9pm',
      '4am',
    ],
    [
      'the crawl fires at 22:00 and all of it is read before the 05:00 backup',
      START_THEN_DUE_SOURCE,
      '22:00',
      '05:00',
    ],
  ])('%s', (text, source, from, to) => {
    expect(new RegExp(source).exec(text)?.groups).toMatchObject({ from, to });
  });

  it('reads the window of a batch from them', () => {
    const ctx = quantityContext(
      'batch scoring. results are needed before the 9am meeting. our nightly job kicks off at 2am.',
      true,
    );
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(7);
  });

  it('needs the job named as what starts in the other sentence', () => {
    expect(
      new RegExp(DUE_THEN_START_SOURCE).exec(
        'the desk closes before 9pm. the team starts at 10am.',
      ),
    ).toBeNull();
    expect(
      new RegExp(START_THEN_DUE_SOURCE).exec(
        'it starts at 9pm. results are due by 4am.',
      ),
    ).toBeNull();
  });
});

describe('short weekday names', () => {
  it('counts the days between them', () => {
    expect(
      windowHours({ from: '08:00', to: '20:00', fromDay: 'tue', toDay: 'thu' }),
    ).toBe(60);
    expect(
      windowHours({ from: '6pm', to: '6am', fromDay: 'sat', toDay: 'monday' }),
    ).toBe(36);
  });

  it('reads them before the times of a window', () => {
    const ctx = quantityContext(
      'offline run: begins thurs 18:00 and must finish sat 06:00',
      true,
    );
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(36);
  });

  it('takes no weekday from the start of a longer word', () => {
    expect(
      new RegExp(CLOCK_RANGE_SOURCE).exec('monitoring 1am to 5am')?.groups
        ?.fromDay,
    ).toBeUndefined();
  });
});

describe('a follow-up moving only the end of a window', () => {
  it('remembers where the last window of a text starts', () => {
    expect(clockWindowStart('Our window is 11pm-3am.')).toBe('11pm');
    expect(clockWindowStart('about 20k files a night')).toBeUndefined();
  });

  it.each([
    ['the deadline was pushed back to 6am', '6am'],
    ['we now have to finish by 7:30 am', '7:30 am'],
    ['the window has been extended until 05:00', '05:00'],
  ])('%s', (text, to) => {
    expect(new RegExp(WINDOW_END_MOVED_SOURCE).exec(text)?.groups?.to).toBe(to);
  });

  it('gives the window from the start said before to the new end', () => {
    const ctx = {
      ...quantityContext('update: the window got extended to 7am', true),
      windowStart: '2am',
    };
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(5);
  });

  it('reads no window from a new end without a start said before', () => {
    const ctx = quantityContext('update: the window got extended to 7am', true);
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBeUndefined();
  });
});

describe('clock times with dots in the marker', () => {
  it.each([
    ['2 a.m.', 2],
    ['9 p.m', 21],
    ['11:30 p.m.', 23.5],
  ])('%s → %d h', (time, hour) => {
    expect(clockHour(time)).toBe(hour);
  });

  it('reads a window between two dotted times, leaving the last dot to the sentence', () => {
    const ctx = quantityContext(
      'a nightly run over 8,000 claims, to be done from 10 p.m. to 3 a.m. Accuracy first.',
      true,
    );
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(5);
  });

  it('takes no dotted letters that are no time marker', () => {
    expect(
      new RegExp(CLOCK_RANGE_SOURCE).exec('we have 2 to 3 a.k.a. staff'),
    ).toBeNull();
  });
});

describe('a due time said with a modal, "be" and any participle', () => {
  it.each([
    ['the job kicks off at 8pm and it has to be uploaded by 2am', 6],
    ['we begin at 21:00 and everything should be fully indexed by 04:30', 7.5],
    // a slip in the participle does not hide the deadline
    ['our export starts at 22:00 and it must be deliverd by 03:00', 5],
  ])('%s', (text, hours) => {
    const ctx = quantityContext(`nightly batch of 9,000 logs; ${text}`, true);
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(hours);
  });

  it('reads no due time from a participle with no "by" after it', () => {
    const ctx = quantityContext(
      'nightly batch of 9,000 logs; it starts at 8pm and must be reviewed at some point after 2am',
      true,
    );
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBeUndefined();
  });
});

describe('a start said with words before its time, and a due time when people arrive', () => {
  const re = new RegExp(START_THEN_DUE_SOURCE);
  it.each([
    [
      'the job begins once the warehouse closes at 8 pm and has to be done before the drivers arrive at 5 am',
      '8 pm',
      '5 am',
    ],
    [
      'each evening the supplier feed arrives, price lists and stock files, usually around 11pm, and we want all of it matched before the 4am shift',
      '11pm',
      '4am',
    ],
  ])('%s', (text, from, to) => {
    expect(re.exec(text)?.groups).toMatchObject({ from, to });
  });

  it('needs "at" or "around" before the start time, and no number between', () => {
    expect(
      re.exec('the job starts after 3 retries, done before the 6am standup'),
    ).toBeNull();
    expect(
      re.exec('the feed arrives from 12 suppliers around 9pm, done by 2am'),
    ).toBeNull();
    expect(
      re.exec('it starts whenever we like, done before the clerks arrive'),
    ).toBeNull();
  });
});

describe('a start said with the object inside the verb, or as the feeding step ending', () => {
  const re = new RegExp(START_THEN_DUE_SOURCE);
  it.each([
    [
      'we fire the scoring run off thursday at 9 pm and all of it must be done by 5 am',
      '9 pm',
      '5 am',
    ],
    [
      'they kicked it off at 23:00 and it has to finish by 03:30',
      '23:00',
      '03:30',
    ],
    ['we start things going at 8pm and results are due at 2am', '8pm', '2am'],
    [
      'the upload completes around 2am and the summaries must be ready by 9am',
      '2am',
      '9am',
    ],
    [
      'once the dump is done at 3 am, everything is due by 7 am',
      '3 am',
      '7 am',
    ],
  ])('%s', (text, from, to) => {
    expect(re.exec(text)?.groups).toMatchObject({ from, to });
  });

  it('reads the window of a batch from them', () => {
    const ctx = quantityContext(
      'weekly batch: the extract finishes at 11pm and the scores have to be back by 4:30am',
      true,
    );
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(5.5);
  });

  it('reads "start it" with no "off" before a weekday and time', () => {
    expect(
      re.exec(
        'we could start it sunday 10pm and need every file done by tuesday 4am',
      )?.groups,
    ).toMatchObject({ fromDay: 'sunday', from: '10pm', to: '4am' });
    const ctx = quantityContext(
      'one-off batch of 9,000 invoices: we start the job thursday 7pm, all must be finished by friday 7am',
      true,
    );
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(12);
    // "start it" with no time after it starts nothing at a time
    expect(
      re.exec('we start it when the export lands and need it done by 6am'),
    ).toBeNull();
  });

  it('takes the job itself ending as the due time, not a start', () => {
    expect(
      re.exec('the job finishes at 6am and the team reviews it by 10am'),
    ).toBeNull();
    expect(re.exec('we kick the tyres at 9am and are done by 5pm')).toBeNull();
  });
});

describe('a due time said as when a place opens', () => {
  it('reads "before the branches open 8am" as the end of the window', () => {
    const ctx = quantityContext(
      'the run starts at 1am and has to be through before the branches open 8am',
      true,
    );
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(7);
  });

  it('reads no end from a place that opens with no time', () => {
    const ctx = quantityContext(
      'the run starts at 1am and we read it before the branches open',
      true,
    );
    extractBatchWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBeUndefined();
  });
});

describe('WEEKDAY_NAME', () => {
  const re = new RegExp(`^${WEEKDAY_NAME}$`);
  it.each(['monday', 'wednesday', 'saturday'])('reads "%s"', day => {
    expect(re.test(day)).toBe(true);
  });
  it.each(['mon', 'weekday', 'holiday'])('does not read "%s"', word => {
    expect(re.test(word)).toBe(false);
  });
});
