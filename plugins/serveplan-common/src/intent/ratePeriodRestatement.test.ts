import { intentFromConversation } from './conversation';
import { readPeriodRestatement } from './ratePeriodRestatement';

describe('a follow-up correcting only the period of a count', () => {
  it('scales by the old period over the new one', () => {
    const r = readPeriodRestatement('oops, I meant per second', [
      'we get 40 queries a minute',
    ]);
    expect(r?.factor).toBe(60);
    expect(r?.of).toBe('count');
    expect(
      readPeriodRestatement('per day, not per week', [
        'about 3k tickets per week',
      ])?.factor,
    ).toBe(7);
    expect(
      readPeriodRestatement('make that per hour', ['roughly 30 rpm'])?.factor,
    ).toBe(1 / 60);
  });

  it('takes the old period the follow-up names over the one said before', () => {
    expect(
      readPeriodRestatement('not per day but per hour', [
        'something like 500 per week, and 30 per day in the evening',
      ])?.factor,
    ).toBe(24);
  });

  it('knows a money amount and reads peak or average beside the period', () => {
    expect(
      readPeriodRestatement('sorry, per week', ['we can spend $250 a day'])?.of,
    ).toBe('money');
    expect(
      readPeriodRestatement('I meant per minute, at the busiest hour', [
        '90 lookups per hour',
      ])?.basis,
    ).toBe('peak');
  });

  it('ignores a new count, a period of something else, or no period said before', () => {
    expect(
      readPeriodRestatement('I meant 50 per minute', ['90 lookups per hour']),
    ).toBeUndefined();
    expect(
      readPeriodRestatement('I meant per minute of audio', [
        '90 lookups per hour',
      ]),
    ).toBeUndefined();
    expect(
      readPeriodRestatement('I meant per minute', [
        'a search bot for 40 staff',
      ]),
    ).toBeUndefined();
    expect(
      readPeriodRestatement('I meant per hour', ['90 lookups per hour']),
    ).toBeUndefined();
  });

  it('applies to the rate of a conversation', () => {
    const { intent } = intentFromConversation([
      'Search over our wiki for engineers.',
      'About 120 lookups an hour.',
      'No wait, I meant per minute at the busiest time.',
    ]);
    expect(intent.requests_per_s).toBe(2);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('applies to a budget said per period', () => {
    const { intent } = intentFromConversation([
      'Chatbot for 300 staff, budget $400 a day.',
      'Sorry, I meant per week.',
    ]);
    expect(intent.budget_usd_per_month).toBeCloseTo((400 * 730) / 168, 0);
  });
});

describe('a follow-up repeating a count with a new period', () => {
  it('restates the period of that count', () => {
    expect(
      readPeriodRestatement('Sorry: the 2,400 was per minute.', [
        'Roughly 2,400 events per hour reach the bot.',
      ])?.factor,
    ).toBe(60);
    expect(
      readPeriodRestatement('that 6k figure is actually per day', [
        'we answer 6,000 emails a week',
      ])?.factor,
    ).toBe(7);
  });

  it('reads the peak said in the same sentence', () => {
    expect(
      readPeriodRestatement(
        'Fix: 2,400 is per minute, on launch days, which is the peak.',
        ['Roughly 2,400 events per hour reach the bot.'],
      )?.basis,
    ).toBe('peak');
  });

  it('ignores a count that was not said before with a period', () => {
    expect(
      readPeriodRestatement('And 900 is per hour.', [
        'we get about 1,200 leads per day',
      ]),
    ).toBeUndefined();
    expect(
      readPeriodRestatement('1,200 is per day, as I said', [
        'we get about 1,200 leads per day',
      ]),
    ).toBeUndefined();
  });

  it('scales the rate of a conversation and sets its basis', () => {
    const { intent } = intentFromConversation([
      'An agent that files incident tickets from monitoring alerts.',
      'We see about 7,200 alerts per hour.',
      'Correction: 7,200 is per minute when a region fails, so that is our peak.',
    ]);
    expect(intent.requests_per_s).toBe(120);
    expect(intent.requests_per_s_basis).toBe('peak');
  });
});

describe('a bare count after a word of money is money', () => {
  it('reads "we can spend about 6k a month" as money to restate', () => {
    const r = readPeriodRestatement('per week, not per month', [
      'we can spend about 6k a month on hosting',
    ]);
    expect(r?.of).toBe('money');
  });

  it('keeps a count with no word of money a count', () => {
    const r = readPeriodRestatement('per week, not per month', [
      'the clinic files about 6k forms a month',
    ]);
    expect(r?.of).toBe('count');
  });

  it('corrects a yearly budget said without a sign to a quarterly one', () => {
    const { intent } = intentFromConversation([
      'An internal search assistant for 80 lawyers.',
      'Our budget is roughly 24k per year.',
      'Correction: 24k per quarter, not per year.',
    ]);
    expect(intent.budget_usd_per_month).toBeCloseTo(8000, 0);
  });
});
