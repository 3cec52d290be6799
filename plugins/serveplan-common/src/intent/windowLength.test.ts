import { extractWindowLength } from './windowLength';
import { intentFromConversation } from './conversation';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { quantityContext } from './__testUtils__/quantityContext';

const windowOf = (text: string, batch = true) => {
  const ctx = quantityContext(text.toLowerCase(), batch);
  extractWindowLength(ctx);
  return ctx.signals.values.batch_window_hours;
};

describe('a window said as what the window is', () => {
  it.each([
    ['update: our batch window is just 7 hours now', 7],
    ['the processing window got cut to 90 minutes', 1.5],
    ['window: 5 hrs, on A100s only', 5],
    ["the window's now about 10 hours", 10],
  ])('%s → %d h', (text, hours) => {
    expect(windowOf(text)).toBe(hours);
  });

  it.each([
    ['the maintenance window is 2 hours on sundays'],
    ['we have a context window of 6 hours of audio'],
    ['the window faces the street and we serve 3 hours of video'],
  ])('reads no window from "%s"', text => {
    expect(windowOf(text)).toBeUndefined();
  });

  it('reads no window outside a batch request, where it is a turnaround or a service level', () => {
    expect(windowOf('the window is 4 hours', false)).toBeUndefined();
    expect(windowOf('our sla window is 4 hours', true)).toBeUndefined();
    const { intent } = intentFromConversation(
      [
        'Chatbot for the help desk: 2,000 tickets a day. The SLA window is 4 hours.',
      ],
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.batch_window_hours).toBeNull();
    expect(intent.batch_requests).toBeNull();
  });

  it('keeps a window read before', () => {
    const ctx = quantityContext('window is 3 hours', true);
    ctx.signals.values.batch_window_hours = 6;
    extractWindowLength(ctx);
    expect(ctx.signals.values.batch_window_hours).toBe(6);
  });

  it('replaces the window in a follow-up', () => {
    const { intent } = intentFromConversation(
      [
        'We translate product manuals overnight, about 900 of them a night, from 10pm to 6am.',
        'Update: the window is now just 3 hours.',
      ],
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.batch_window_hours).toBe(3);
  });
});

describe('a window said in days or weeks', () => {
  it('reads days and weeks as hours', () => {
    expect(windowOf('extraction job, the window is 2.5 days')).toBe(60);
    expect(windowOf('re-indexing run; processing window: 1 week')).toBe(168);
  });
});
