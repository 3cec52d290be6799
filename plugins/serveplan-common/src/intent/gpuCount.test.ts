import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('a cap said bare right after the GPUs are named', () => {
  it.each([
    ['support chatbot for 600 staff; L4s (max 6)', 6],
    ['summarise call notes on A100s, at most 16.', 16],
    ['RAG for our wiki, L40S only, 4 max, 300 users', 4],
    ['legal drafting assistant on H200 GPUs only - max of 12', 12],
  ])('%s → %d', (text, gpus) => {
    expect(read(text).max_gpus).toBe(gpus);
  });

  it('keeps a cap with a noun after it for that noun', () => {
    const intent = read('chatbot on H100 for 40 users, 8 max concurrent');
    expect(intent.max_gpus).toBeNull();
    expect(intent.users).toBe(40);
  });

  it('leaves a time after "max" to the latency reader', () => {
    const intent = read('chatbot on H100, max 200 ms to first token');
    expect(intent.max_gpus).toBeNull();
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 200, percentile: null },
    ]);
  });

  it('needs the cap next to the name, not in a later sentence or after other counts', () => {
    expect(read('chatbot, H100 only. 300 users, 50 max.').max_gpus).toBeNull();
    expect(read('chatbot on H100 for 300 users, 50 max.').max_gpus).toBeNull();
  });
});
