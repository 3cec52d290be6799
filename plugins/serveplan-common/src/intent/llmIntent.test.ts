import { extractIntent } from './ruleBasedIntent';
import {
  LlmIntent,
  llmIntentJsonSchema,
  llmIntentSchema,
  mergeIntents,
  parseLlmIntent,
} from './llmIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();

function okOf(parsed: ReturnType<typeof parseLlmIntent>) {
  if (!parsed.ok)
    throw new Error(
      `expected a parsed intent, got errors: ${parsed.errors.join('; ')}`,
    );
  return parsed;
}

function errorsOf(parsed: ReturnType<typeof parseLlmIntent>): string {
  return parsed.ok ? 'no errors' : parsed.errors.join('\n');
}

/** A complete, empty LLM answer to build test replies from. */
function reply(fields: Partial<LlmIntent>): LlmIntent {
  return {
    use_case: null,
    users: null,
    users_kind: null,
    active_share: null,
    requests_per_s: null,
    requests_per_s_basis: null,
    requests_per_user_per_day: null,
    batch_requests: null,
    batch_window_hours: null,
    latency_priority: null,
    cost_priority: null,
    quality_priority: null,
    budget_usd_per_month: null,
    max_input_tokens: null,
    input_tokens: null,
    output_tokens: null,
    latency_targets: [],
    slo_percentile: null,
    preferred_models: [],
    only_preferred_models: false,
    excluded_models: [],
    allowed_gpus: [],
    excluded_gpus: [],
    max_gpus: null,
    open_source_only: false,
    commercial_use_required: false,
    allowed_licenses: [],
    assumptions: [],
    question: null,
    ...fields,
  };
}

describe('llmIntentJsonSchema', () => {
  it('describes every field for structured output', () => {
    const schema = llmIntentJsonSchema as {
      type: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'use_case',
        'users',
        'requests_per_s',
        'latency_priority',
        'question',
      ]),
    );
    expect(Object.keys(schema.properties)).toHaveLength(
      Object.keys(llmIntentSchema.shape).length,
    );
  });

  it('accepts a complete answer', () => {
    expect(
      llmIntentSchema.safeParse(reply({ use_case: 'rag', users: 300 })).success,
    ).toBe(true);
  });
});

describe('parseLlmIntent', () => {
  it('reads JSON in a code fence and normalises words to the schema', () => {
    const raw = `Here you go:\n\`\`\`json\n${JSON.stringify({
      use_case: 'Customer support chatbot',
      users: '5k',
      budget_usd_per_month: '$3,000',
      latency_priority: 'High',
      latency_targets: [
        { metric: 'time to first token', ms: '300', percentile: 'p95' },
      ],
      preferred_models: ['Llama 3.1 70B'],
      allowed_gpus: ['H100s'],
      excluded_models: ['Qwen'],
      allowed_licenses: ['Apache 2.0', 'MIT'],
    })}\n\`\`\``;
    const parsed = okOf(parseLlmIntent(raw, { knowledgeBase }));
    expect(parsed.intent).toMatchObject({
      use_case: 'chatbot',
      users: 5000,
      budget_usd_per_month: 3000,
      latency_priority: 'high',
      latency_targets: [{ metric: 'ttft', ms: 300, percentile: 95 }],
      preferred_models: ['meta-llama/Llama-3.1-70B-Instruct'],
      allowed_gpus: ['H100-SXM'],
      allowed_licenses: ['apache-2.0', 'mit'],
    });
    expect(parsed.intent.excluded_models!.length).toBeGreaterThan(5);
  });

  it('drops names the knowledge base lacks, with a notice', () => {
    const parsed = okOf(
      parseLlmIntent(
        { preferred_models: ['GPT-4o', 'llama-3.1-8b'] },
        { knowledgeBase },
      ),
    );
    expect(parsed.intent.preferred_models).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
    ]);
    expect(parsed.notices.join(' ')).toMatch(
      /"GPT-4o" that is not in the knowledge base/,
    );
  });

  it.each([
    ['', /empty reply/],
    ['I think you want a chatbot.', /not JSON/],
    ['[1, 2]', /one JSON object/],
    [{ users: 'lots of them' }, /^users: /],
    [{ use_case: 'poetry slam' }, /^use_case: /],
    [{ latency_priority: 'urgent-ish' }, /^latency_priority: /],
    [{ users: -3 }, /^users: /],
    [{ users: 1e15 }, /^users: .*out of range/],
    [{ surprise: true }, /Unrecognized key/],
  ])('rejects %j with a specific error', (raw, message) => {
    expect(errorsOf(parseLlmIntent(raw, { knowledgeBase }))).toMatch(message);
  });
});

describe('mergeIntents', () => {
  it('keeps numbers the rules read from the words over the model', () => {
    const rules = extractIntent('chatbot for 5k users', { knowledgeBase });
    const merged = mergeIntents(rules, reply({ users: 5, use_case: 'rag' }), {
      knowledgeBase,
    });
    expect(merged.users).toBe(5000);
    expect(merged.use_case).toBe('chatbot');
  });

  it('lets the model fill what the rules defaulted or missed, marked inferred', () => {
    const text =
      'an assistant that answers employee questions from our handbook, around five hundred colleagues';
    const rules = extractIntent(text, { knowledgeBase });
    const merged = mergeIntents(
      rules,
      reply({
        use_case: 'rag',
        quality_priority: 'high',
        budget_usd_per_month: 4000,
      }),
      { knowledgeBase, text },
    );
    expect(merged.use_case).toBe('rag');
    expect(merged.quality_priority).toBe('high');
    expect(merged.source.quality_priority).toBe('inferred');
    expect(merged.budget_usd_per_month).toBe(4000);
    expect(merged.source.budget_usd_per_month).toBe('inferred');
    expect(merged.assumptions.join(' ')).toMatch(
      /budget .* from the language model/,
    );
  });

  it('adds exclusions from both and keeps excluded models out of the preferred ones', () => {
    const rules = extractIntent(
      'chatbot for 100 users on Llama 3.1 8B or Qwen3 8B',
      { knowledgeBase },
    );
    const merged = mergeIntents(
      rules,
      reply({ excluded_models: ['meta-llama/Llama-3.1-8B-Instruct'] }),
      { knowledgeBase },
    );
    expect(merged.excluded_models).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
    ]);
    expect(merged.preferred_models).toEqual(['Qwen/Qwen3-8B']);
  });

  it('drops the question once the model supplied the missing fact', () => {
    const text = 'a chatbot for our helpdesk';
    const rules = extractIntent(text, { knowledgeBase });
    expect(rules.question).toMatch(/How many users/);
    const merged = mergeIntents(rules, reply({ users: 800 }), {
      knowledgeBase,
      text,
    });
    expect(merged.question).toBeNull();
  });

  it('keeps a contradiction question from the rules', () => {
    const text = '10 users, 5000 requests per second each';
    const rules = extractIntent(text, { knowledgeBase });
    const merged = mergeIntents(rules, reply({ use_case: 'chatbot' }), {
      knowledgeBase,
      text,
    });
    expect(merged.question).toBe(rules.question);
  });

  it("marks the model's own assumptions", () => {
    const rules = extractIntent('chatbot for 100 users', { knowledgeBase });
    const merged = mergeIntents(
      rules,
      reply({ assumptions: ['users are employees'] }),
      { knowledgeBase },
    );
    expect(merged.assumptions).toContain('language model: users are employees');
  });
});
