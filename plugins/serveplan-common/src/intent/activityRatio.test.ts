import { extractIntent } from './ruleBasedIntent';
import { extractActivityRatio } from './activityRatio';
import { quantityContext } from './__testUtils__/quantityContext';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });
const ratio = (text: string) => {
  const ctx = quantityContext(text);
  extractActivityRatio(ctx);
  return ctx.signals.values.active_share;
};

describe('a daily-to-monthly active ratio', () => {
  it.each([
    ['a DAU:MAU ratio of about 0.3', 0.3],
    ['our DAU-to-MAU is 25 percent', 0.25],
    ['15 % DAU/MAU', 0.15],
    ['daily-to-monthly active ratio at 40%', 0.4],
    ['9 procent DAU/MAU', 0.09],
    ['DAU/MAU at 30 per cent', 0.3],
  ])('%s', (text, share) => {
    expect(ratio(text)).toBeCloseTo(share, 6);
  });

  it('is the share active per day of the monthly users', () => {
    const intent = read('assistant with 40,000 MAU; DAU/MAU 12%; 5 chats each');
    expect(intent.users).toBe(40000);
    expect(intent.users_kind).toBe('monthly_active');
    expect(intent.active_share).toBeCloseTo(0.12, 6);
  });

  it.each([
    // neither a percentage nor a fraction
    'DAU/MAU 8',
    // two counts, no ratio
    '120 DAU and 900 MAU',
    // a share of something else
    'MAU grew 8% last month',
  ])('"%s" is no ratio', text => {
    expect(ratio(text)).toBeUndefined();
  });
});

describe('a percentage of the users said as daily actives', () => {
  it.each([
    ['wiki helper: 2,400 staff, 20% DAU, 6 searches/staff/day', 0.2],
    ['a 45 percent DAU among 900 agents', 0.45],
    ['1k seats, 60% daily actives', 0.6],
  ])('%s', (text, share) => {
    expect(ratio(text)).toBeCloseTo(share, 6);
  });

  it('keeps the users counted as a whole', () => {
    const intent = read(
      'note-taking bot: 1,500 nurses, 40% DAU, 8 notes/nurse/day',
    );
    expect(intent.users).toBe(1500);
    expect(intent.active_share).toBeCloseTo(0.4, 6);
  });

  it.each([
    // a change in the daily actives
    'we saw 30% DAU growth last quarter',
    // a part of the daily actives
    '35% of DAU use the search box',
    // a plain count of daily actives
    '3,500 DAU',
  ])('"%s" is no share active per day', text => {
    expect(ratio(text)).toBeUndefined();
  });
});

describe('the daily actives named, then a percentage', () => {
  it.each([
    ['loyalty app bot, 600k members; DAU ~3.5%', 0.035],
    ['tutor chat: 20k pupils, daily actives: 12 %', 0.12],
    ['intranet helper, 8,000 staff, daily active rate around 30 percent', 0.3],
  ])('%s', (text, share) => {
    expect(ratio(text)).toBeCloseTo(share, 6);
  });

  it.each([
    // a change in the daily actives
    'DAU up 5% this quarter',
    // a ratio is read as a ratio, with its own note
    'DAU:MAU 20',
    // a count, not a share
    'DAU 4,000',
  ])('"%s" is no share said after the label', text => {
    expect(ratio(text)).toBeUndefined();
  });
});
