import { extractWeekWindow } from './weekWindows';
import { extractIntent } from './ruleBasedIntent';
import { quantityContext } from './__testUtils__/quantityContext';

const windowOf = (text: string, batch = true) => {
  const ctx = quantityContext(text.toLowerCase(), batch);
  extractWeekWindow(ctx);
  return ctx.signals.values.batch_window_hours;
};

describe('a batch window said in weeks', () => {
  it.each([
    ['everything must be done within 3 weeks of kickoff', 504],
    ['the backfill can run over 2 weeks', 336],
    ['it has to be finished within a week', 168],
    ['we can finish inside a fortnight', 336],
    ['we get a 1-week window for it', 168],
  ])('%s → %d h', (text, hours) => {
    expect(windowOf(text)).toBe(hours);
  });

  it('reads the window in words from a whole request', () => {
    expect(
      extractIntent(
        'Offline batch job: tag 600,000 insurance photos; the vendor must deliver within four weeks of the purchase order.',
      ).batch_window_hours,
    ).toBe(672);
  });

  it.each([
    ['a batch job over 2 weeks of server logs'],
    ['in 2 weeks we go live with the batch job'],
    ['we started the batch 2 weeks ago'],
    ['the data is 3 weeks worth of chats'],
    ['a release every 6 weeks'],
    ['the inspectors arrive in 3 weeks'],
    ['our new store opens in 2 weeks'],
  ])('reads no window from "%s"', text => {
    expect(windowOf(text)).toBeUndefined();
  });

  it('reads no window in weeks outside a batch request without "window"', () => {
    expect(windowOf('a chatbot we want live within 2 weeks', false)).toBe(
      undefined,
    );
    expect(windowOf('a 2-week window', false)).toBe(336);
  });

  it('keeps a window read before', () => {
    const ctx = quantityContext(
      'done in 8 hours, within 2 weeks of kickoff',
      true,
    );
    ctx.signals.values.batch_window_hours = 8;
    extractWeekWindow(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(8);
  });
});
