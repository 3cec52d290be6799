import { extractIntent } from './ruleBasedIntent';
import { USE_CASE_QUESTION } from './clarify';
import { requestShapeStated } from './requestShape';
import { IntentFields } from './intentSchema';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const questionOf = (text: string) =>
  extractIntent(text, { knowledgeBase }).question;

describe('a request that gives its own shape', () => {
  const base = {
    latency_targets: [],
    input_tokens: null,
    max_input_tokens: null,
    output_tokens: null,
  } as unknown as IntentFields;

  it('counts token lengths, or a latency target with a trade-off', () => {
    expect(
      requestShapeStated({ ...base, input_tokens: 80, output_tokens: 20 }, {}),
    ).toBe(true);
    expect(
      requestShapeStated(
        { ...base, max_input_tokens: 4096, output_tokens: 64 },
        {},
      ),
    ).toBe(true);
    expect(
      requestShapeStated(
        {
          ...base,
          latency_targets: [{ metric: 'ttft', ms: 300, percentile: null }],
        },
        { latency_priority: 'stated', cost_priority: 'stated' },
      ),
    ).toBe(true);
  });

  it('does not count a lone length, a lone target or one priority', () => {
    expect(requestShapeStated({ ...base, input_tokens: 80 }, {})).toBe(false);
    expect(
      requestShapeStated(
        {
          ...base,
          latency_targets: [{ metric: 'e2e', ms: 900, percentile: null }],
        },
        { latency_priority: 'stated' },
      ),
    ).toBe(false);
    expect(
      requestShapeStated(base, {
        latency_priority: 'stated',
        quality_priority: 'stated',
      }),
    ).toBe(false);
  });

  it('plans a task outside the listed use cases without asking for one', () => {
    expect(
      questionOf(
        'Headline rewording for our news app: 90 requests/s at peak, prompts ~50 tokens, answers ~20 tokens.',
      ),
    ).toBeNull();
    expect(
      questionOf(
        'spelling correction for the search bar. 120 rps peak, p90 e2e 200ms. speed over accuracy, cheap is better.',
      ),
    ).toBeNull();
  });

  it('still asks when only the scale and a target are given', () => {
    expect(
      questionOf(
        'spelling correction for the search bar. 120 rps peak, p90 e2e 200ms.',
      ),
    ).toBe(USE_CASE_QUESTION);
    expect(
      questionOf(
        'a shared endpoint for five internal apps, 90 req/s, p95 ttft 300ms',
      ),
    ).toBe(USE_CASE_QUESTION);
  });
});
