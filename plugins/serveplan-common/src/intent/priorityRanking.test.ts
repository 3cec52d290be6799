import { readRankedPriorities } from './priorityRanking';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const ranked = (text: string) => readRankedPriorities(text.toLowerCase());

describe('priorities said as a ranking', () => {
  it.each([
    ['what we care about: 1) accuracy 2) price 3) speed', 'quality_priority'],
    ['Priority order: 1. latency; 2. budget', 'latency_priority'],
    ['ranking - 1. price', 'cost_priority'],
    ['in order of importance: speed, accuracy, cost', 'latency_priority'],
    ['our priorities are price, then accuracy', 'cost_priority'],
  ])('%s → %s high', (text, field) => {
    const r = ranked(text);
    expect(Object.keys(r)).toEqual([field]);
    expect(r[field as 'cost_priority']?.value).toBe('high');
  });

  it.each([
    // a numbered list of requirements, not a ranking
    'needs: 1. cost: $900 a month 2. latency: 300 ms',
    // a number alone, with nothing said to rank
    'step 1. cost estimate, step 2. pilot',
    // a low place named first
    'low priority: cost',
    // the aspect is followed by what is said of it
    'priorities: latency does not matter much',
    // figures, not list numbers
    'we have $1.5 cost per call, 2. quality reports',
  ])('reads nothing from %j', text => {
    expect(ranked(text)).toEqual({});
  });

  it('fills the first place of a whole request', () => {
    const intent = extractIntent(
      'ticket triage bot, 40 agents. what matters: 1. quality, 2. cost, speed = whatever',
      { knowledgeBase },
    );
    expect(intent.quality_priority).toBe('high');
  });
});
