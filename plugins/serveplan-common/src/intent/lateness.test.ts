import {
  describesTheNetwork,
  saysHowLate,
  saysHowLongItTakes,
} from './lateness';
import { extractIntent } from './ruleBasedIntent';

const targets = (text: string) => extractIntent(text).latency_targets;

describe('a time that says how late something runs', () => {
  it.each([
    ['today the notices are often ', ' late. each one'],
    ['the dashboard runs ', ' behind the feed'],
    ['updates arrive delayed by ', ' on a bad day'],
    ['the bulletin lags by about ', ', which annoys people'],
  ])('"%s<time>%s" is no target', (before, after) => {
    expect(saysHowLate(before, after)).toBe(true);
  });

  it.each([
    ['notices must never be more than ', ' late'],
    ['captions no more than ', ' behind the speaker'],
    ['each translation within ', ' of publishing'],
  ])('"%s<time>%s" is a limit', (before, after) => {
    expect(saysHowLate(before, after)).toBe(false);
  });

  it('drops the lateness and keeps the real target', () => {
    expect(
      targets(
        'ferry notice translation, 300 notices a day; today the notices are often 15 minutes late. Each translation within 4 s.',
      ),
    ).toEqual([{ metric: 'e2e', ms: 4000, percentile: null }]);
  });

  it('keeps an allowed lateness as a target', () => {
    expect(
      targets(
        'ferry notice translation, 300 notices a day; notices must never be more than 2 minutes late',
      ),
    ).toEqual([{ metric: 'e2e', ms: 120_000, percentile: null }]);
  });
});

describe('a time that says how long something usually takes now', () => {
  it.each([
    'right now a typical claim review takes about ',
    'and on average each site inspection lasts ',
    'the usual tram ride takes ',
    'currently the monthly close takes roughly ',
  ])('"%s<time>" is no target', before => {
    expect(saysHowLongItTakes(before)).toBe(true);
  });

  it.each([
    // a modal, a condition or a limit: what is allowed
    'on average each reply should take ',
    'a typical answer needs to take ',
    'if a typical answer takes ',
    'a typical answer takes under ',
    // no word of the usual or the present: not judged
    'the reply takes ',
  ])('"%s<time>" is not judged a fact', before => {
    expect(saysHowLongItTakes(before)).toBe(false);
  });

  it('drops the usual duration and keeps the real target', () => {
    expect(
      targets(
        'Our 30 vets see pets all day, and a typical consultation lasts 25 minutes. We want a note-writing assistant; each note ready within 6 s.',
      ),
    ).toEqual([{ metric: 'e2e', ms: 6000, percentile: null }]);
  });

  it('keeps a time allowed under a condition', () => {
    expect(
      targets(
        'note-writing assistant for 30 vets; if a note takes 20 seconds that is fine',
      ),
    ).toEqual([{ metric: 'e2e', ms: 20_000, percentile: null }]);
  });
});

describe('a time that says how slow the network is', () => {
  it('is no target beside a word of the link', () => {
    expect(
      describesTheNetwork('the cellular link is poor, ', '', ' ping at best'),
    ).toBe(true);
    expect(
      targets(
        'field app for 700 inspectors; the cellular link is poor, 900 ms ping at best, so the model must start answering within 400 ms',
      ),
    ).toEqual([{ metric: 'ttft', ms: 400, percentile: null }]);
  });

  it('stays a target with a limit word or without a network', () => {
    expect(
      describesTheNetwork('over the vpn the whole ', 'under ', ' round trip'),
    ).toBe(false);
    expect(targets('agent for 50 devs, 5 s round trip')).toEqual([
      { metric: 'e2e', ms: 5000, percentile: null },
    ]);
  });
});
