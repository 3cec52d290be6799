import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { intentSchema, intentJsonSchema } from './intentSchema';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });

describe('numbers in requests', () => {
  it.each([
    ['chatbot for 5k users', 5000],
    ['chatbot for 2,500 devs', 2500],
    ['chatbot for 2.5k users', 2500],
    ['chatbot for 1.2M users', 1_200_000],
    ['chatbot for ten thousand users', 10_000],
    ['chatbot for fifty people', 50],
    ['chatbot for twenty-five hundred employees', 2500],
    ['chatbot, team of 40', 40],
  ])('%s → %d users', (text, users) => {
    expect(read(text).users).toBe(users);
  });

  it('never reads 5k as 5', () => {
    const intent = read('5k users chatbot');
    expect(intent.users).toBe(5000);
    expect(intent.users).not.toBe(5);
  });

  it('reads a vague amount and says so', () => {
    const intent = read('chatbot for a few hundred users');
    expect(intent.users).toBe(300);
    expect(intent.source.users).toBe('inferred');
    expect(intent.assumptions.join(' ')).toMatch(/a few hundred/);
  });

  it.each([
    ['chatbot, 50 req/s peak', 50, 'peak'],
    ['chatbot, 3000 requests per minute', 50, null],
    ['chatbot, 100k requests/day', 100_000 / 86_400, 'average'],
    ['chatbot handling 20 rps on average with bursts to 80 rps', 80, 'peak'],
  ])('%s → %d req/s (%s)', (text, rate, basis) => {
    const intent = read(text);
    expect(intent.requests_per_s).toBeCloseTo(rate, 3);
    expect(intent.requests_per_s_basis).toBe(basis);
  });

  it('leaves requests_per_s null unless a rate is stated', () => {
    expect(read('chatbot for 5k users').requests_per_s).toBeNull();
  });

  it.each([
    ['chatbot for 100 users, $3k/month', 3000],
    ['chatbot for 100 users, 3,000 USD a month', 3000],
    ['chatbot for 100 users, $36k per year', 3000],
    ['chatbot for 100 users, annual budget of $120,000', 10_000],
    ['chatbot for 100 users, budget 5000', 5000],
  ])('%s → $%d per month', (text, budget) => {
    expect(read(text).budget_usd_per_month).toBeCloseTo(budget, 6);
  });

  it('does not take a GPU-hour price for a budget', () => {
    const intent = read(
      'chatbot for 100 users, H100 at $2.50/hour per GPU is our price',
    );
    expect(intent.budget_usd_per_month).toBeNull();
  });

  it.each([
    ['rag for 100 users, 32k context', 'max_input_tokens', 32_768],
    ['rag for 100 users, 128K tokens of context', 'max_input_tokens', 131_072],
    [
      'rag for 100 users, documents up to 20k tokens',
      'max_input_tokens',
      20_000,
    ],
    ['chatbot for 100 users, prompts around 500 tokens', 'input_tokens', 500],
    [
      'chatbot for 100 users, answers of about 300 tokens',
      'output_tokens',
      300,
    ],
    ['chatbot for 100 users, 2k in 500 out', 'output_tokens', 500],
  ])('%s → %s %d', (text, field, value) => {
    expect((read(text) as unknown as Record<string, unknown>)[field]).toBe(
      value,
    );
  });

  it('reads pages of a document as an inferred token count', () => {
    const intent = read('analyse 100-page contracts for 20 lawyers');
    expect(intent.max_input_tokens).toBe(60_000);
    expect(intent.source.max_input_tokens).toBe('inferred');
    expect(intent.use_case).toBe('long_document_analysis');
  });

  it.each([
    ['50 analysts review filings that can span 300 pages', 180_000],
    ['20 lawyers, agreements often reach 80 pages', 48_000],
  ])('reads a length verb before pages: %s → %d tokens', (text, tokens) => {
    const intent = read(text);
    expect(intent.max_input_tokens).toBe(tokens);
    expect(intent.use_case).toBe('long_document_analysis');
  });

  it('does not read a page volume as a document length', () => {
    expect(read('we translate 40,000 pages a day').max_input_tokens).toBeNull();
  });

  it.each([
    ['agent that books travel, about 120 conversations at the same time', 120],
    ['support bot, 200 simultaneous chats', 200],
  ])('reads sessions at once as concurrent users: %s', (text, users) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe('concurrent');
  });
});

describe('latency targets', () => {
  it('reads "under 200 ms" as TTFT for a chatbot', () => {
    expect(read('chatbot for 100 users, under 200 ms').latency_targets).toEqual(
      [{ metric: 'ttft', ms: 200, percentile: null }],
    );
  });

  it('reads "below 1.5 s" response time as end-to-end', () => {
    expect(
      read('chatbot for 100 users, response time below 1.5 s').latency_targets,
    ).toEqual([{ metric: 'e2e', ms: 1500, percentile: null }]);
  });

  it('keeps the stated percentile and sets the SLO percentile', () => {
    const intent = read('chatbot for 100 users, p99 TTFT under 250ms');
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 250, percentile: 99 },
    ]);
    expect(intent.slo_percentile).toBe(99);
  });

  it('reads several targets with their own metrics', () => {
    const intent = read(
      'chatbot for 100 users, TTFT under 300 ms and under 40 ms per token, p95',
    );
    expect(intent.latency_targets).toEqual(
      expect.arrayContaining([
        { metric: 'ttft', ms: 300, percentile: 95 },
        { metric: 'itl', ms: 40, percentile: 95 },
      ]),
    );
  });

  it('reads streaming speed as a time between tokens', () => {
    expect(
      read('chatbot for 100 users, at least 25 tokens/s per user')
        .latency_targets,
    ).toEqual([{ metric: 'itl', ms: 40, percentile: null }]);
  });

  it('reads a percentile alone as the SLO percentile', () => {
    expect(
      read('chatbot for 100 users, we judge latency at p90').slo_percentile,
    ).toBe(90);
  });
});

describe('use cases', () => {
  it.each([
    ['a chat bot for our customers, 100 users', 'chatbot'],
    ['customer support assistant for 100 users', 'chatbot'],
    ['copilot-like autocomplete for 100 devs', 'code_completion'],
    ['generate code from tickets for 100 devs', 'code_generation'],
    ['knowledge base Q&A for 100 users', 'rag'],
    ['retrieval over our wiki for 100 users', 'rag'],
    ['summarise meeting notes for 100 users', 'summarization'],
    ['summarize emails for 100 users', 'summarization'],
    ['review long contracts for 100 lawyers', 'long_document_analysis'],
    ['translate tickets into English for 100 agents', 'translation'],
    ['marketing copy and blog posts for 100 writers', 'content_generation'],
    ['nightly batch of 1M documents', 'batch_processing'],
    ['an AI agent with tool calling for 100 users', 'agent'],
    ['multi-step agent for 100 users', 'agent'],
    ['IDE plugin with inline completions for 4000 devs', 'code_completion'],
    ['our help center gets 500 questions a day', 'chatbot'],
    [
      'write SEO blog posts for 90k listings, to be finished within 3 days',
      'batch_processing',
    ],
    [
      'summarise 2M old tickets, has to be completed by Monday',
      'batch_processing',
    ],
  ])('%s → %s', (text, useCase) => {
    expect(read(text).use_case).toBe(useCase);
  });

  it('reads a deadline-bound generation job as a batch with its size and window', () => {
    const intent = read(
      'draft product descriptions for 90k listings, done over the weekend (60 hours)',
    );
    expect(intent).toMatchObject({
      use_case: 'batch_processing',
      batch_requests: 90_000,
      batch_window_hours: 60,
      question: null,
    });
    expect(
      read('write blog posts for 5k products, finished within 3 days')
        .batch_window_hours,
    ).toBe(72);
  });

  it('does not take "completion time" or "chat completions" for code completion', () => {
    expect(
      read(
        'coding assistant for 300 developers, p95 completion time under 10 s',
      ).use_case,
    ).toBe('code_generation');
    expect(read('chat completions for 1000 users').use_case).toBe('chatbot');
  });

  it('tolerates typos in keywords and lists the correction', () => {
    const intent = read('chatbto for 100 users, latncy should be low');
    expect(intent.use_case).toBe('chatbot');
    expect(intent.latency_priority).toBe('high');
    expect(intent.assumptions).toContain('read "chatbto" as "chatbot"');
  });

  it('does not "correct" ordinary words that are near keywords', () => {
    const intent = read('RAG for 200 analysts');
    expect(intent.users).toBe(200);
    expect(intent.assumptions.join(' ')).not.toMatch(/analysts/);
  });

  it('defaults to chatbot, says so and asks', () => {
    const intent = read('something for 500 users');
    expect(intent.use_case).toBe('chatbot');
    expect(intent.source.use_case).toBe('default');
    expect(intent.assumptions).toContain(
      'use case not stated: assumed chatbot',
    );
    expect(intent.question).toMatch(/used for/);
  });
});

describe('priorities', () => {
  it.each([
    [
      'chatbot for 100 users, low latency is critical',
      'latency_priority',
      'high',
    ],
    ['real-time chatbot for 100 users', 'latency_priority', 'high'],
    ['snappy chatbot for 100 users', 'latency_priority', 'high'],
    [
      'chatbot for 100 users, latency is not important',
      'latency_priority',
      'low',
    ],
    ['cheapest chatbot for 100 users', 'cost_priority', 'high'],
    ['chatbot for 100 users on a budget', 'cost_priority', 'high'],
    ['chatbot for 100 users, money is no object', 'cost_priority', 'low'],
    ['chatbot for 100 users, best quality', 'quality_priority', 'high'],
    ['most accurate chatbot for 100 users', 'quality_priority', 'high'],
    [
      'chatbot for 100 users, good enough answers are fine',
      'quality_priority',
      'low',
    ],
  ])('%s → %s %s', (text, field, value) => {
    const intent = read(text) as unknown as Record<string, unknown>;
    expect(intent[field]).toBe(value);
    expect((intent.source as Record<string, string>)[field]).toBe('stated');
  });

  it('infers latency from a tight target and from code completion, and marks it', () => {
    expect(
      read('chatbot for 100 users, TTFT under 200 ms').source.latency_priority,
    ).toBe('inferred');
    expect(read('code completion for 100 devs').latency_priority).toBe('high');
  });

  it('marks untouched priorities as defaults', () => {
    const intent = read('chatbot for 100 users');
    expect(intent.cost_priority).toBe('medium');
    expect(intent.source.cost_priority).toBe('default');
    expect(intent.assumptions).toContain('cost priority not stated: medium');
  });
});

describe('models, GPUs and licences', () => {
  it('resolves model names written many ways to kb ids', () => {
    expect(
      read('chatbot for 100 users on Llama 3.1 70B').preferred_models,
    ).toEqual(['meta-llama/Llama-3.1-70B-Instruct']);
    expect(
      read('chatbot for 100 users with qwen3-32b').preferred_models,
    ).toEqual(['Qwen/Qwen3-32B']);
    expect(
      read('chatbot for 100 users with gpt oss 120b').preferred_models,
    ).toEqual(['openai/gpt-oss-120b']);
  });

  it('excludes a whole family', () => {
    const intent = read('chatbot for 100 users, no Llama models');
    expect(intent.excluded_models).toContain(
      'meta-llama/Llama-3.3-70B-Instruct',
    );
    expect(intent.excluded_models.every(id => /llama/i.test(id))).toBe(true);
    expect(intent.preferred_models).toEqual([]);
  });

  it('restricts to "only" models', () => {
    const intent = read('chatbot for 100 users, only Qwen3');
    expect(intent.only_preferred_models).toBe(true);
    expect(
      intent.preferred_models.every(id => id.startsWith('Qwen/Qwen3')),
    ).toBe(true);
  });

  it('reads allowed and excluded GPUs with plurals, counts and vendors', () => {
    expect(read('chatbot for 100 users, we have 8 H100s').allowed_gpus).toEqual(
      ['H100-SXM'],
    );
    expect(read('chatbot for 100 users, we have 8 H100s').max_gpus).toBe(8);
    expect(read('chatbot for 100 users on A100 80GB').allowed_gpus).toEqual([
      'A100-80GB-SXM',
    ]);
    expect(
      read('chatbot for 100 users, avoid L4 and A10G').excluded_gpus,
    ).toEqual(['L4', 'A10G']);
    expect(read('chatbot for 100 users, no AMD').excluded_gpus).toEqual([
      'MI300X',
    ]);
    expect(read('chatbot for 100 users on NVIDIA L40S').allowed_gpus).toEqual([
      'L40S',
    ]);
  });

  it('does not read "no more than 8 H100s" as an exclusion', () => {
    const intent = read('chatbot for 100 users, no more than 8 H100s');
    expect(intent.excluded_gpus).toEqual([]);
    expect(intent.allowed_gpus).toEqual(['H100-SXM']);
  });

  it('asks about a model the kb does not have', () => {
    expect(read('chatbot for 100 users on llama 3.1 13b').question).toMatch(
      /llama 3\.1 13b.*close: .*llama-3\.1-8b/,
    );
  });

  it.each([
    ['chatbot for 100 users, open-source only', { open_source_only: true }],
    [
      'chatbot for 100 users, Apache/MIT only',
      { allowed_licenses: ['apache-2.0', 'mit'] },
    ],
    [
      'chatbot for 100 users, it is for commercial use',
      { commercial_use_required: true },
    ],
    [
      'chatbot for 100 users, non-commercial research',
      { commercial_use_required: false },
    ],
    [
      'chatbot for 100 users, no non-commercial models',
      { commercial_use_required: true },
    ],
    [
      'chatbot for 100 users, non-commercial licences are not allowed',
      { commercial_use_required: true },
    ],
    [
      'chatbot for 100 users, nothing under a non-commercial licence',
      { commercial_use_required: true },
    ],
    ['chatbot for 100 users on gpt-oss-20b', { open_source_only: false }],
  ])('%s → %j', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it('asks when the preferred model breaks the licence constraint', () => {
    expect(
      read('chatbot for 100 users on Llama 3.1 8B, open-source only').question,
    ).toMatch(/not under an open-source licence/);
  });
});

describe('the result', () => {
  it('validates against the intent schema and its JSON Schema exists', () => {
    const intent = read(
      'RAG for 300 concurrent users, p95 TTFT < 500 ms, $5k/month, no Gemma, H100 only',
    );
    expect(() => intentSchema.parse(intent)).not.toThrow();
    expect(intentJsonSchema).toMatchObject({ type: 'object' });
    expect(
      Object.keys((intentJsonSchema as { properties: object }).properties),
    ).toEqual(
      expect.arrayContaining(['use_case', 'users', 'question', 'source']),
    );
  });

  it('marks stated fields as stated', () => {
    const intent = read('chatbot for 5k users');
    expect(intent.source).toMatchObject({
      use_case: 'stated',
      users: 'stated',
    });
  });

  it('works without a knowledge base (names not resolved)', () => {
    const intent = extractIntent(
      'chatbot for 5k users on H100, p95 under 300 ms',
    );
    expect(intent.users).toBe(5000);
    expect(intent.allowed_gpus).toEqual([]);
  });
});

describe('priorities said to matter little', () => {
  it('reads "X matters little" as a low priority, not a high one', () => {
    const i = extractIntent(
      'a chatbot for 500 staff; cost matters little and quality hardly matters, latency counts for little',
    );
    expect(i.cost_priority).toBe('low');
    expect(i.quality_priority).toBe('low');
    expect(i.latency_priority).toBe('low');
    const j = extractIntent('a chatbot for 500 staff; cost matters');
    expect(j.cost_priority).toBe('high');
  });
});
