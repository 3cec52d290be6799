import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';
import { intentSchema, intentJsonSchema } from './intentSchema';
import { perMonth } from './numbers';

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

describe('ranges', () => {
  it.each([
    // a scale after the upper bound applies to a bare lower bound
    ['chatbot for 1-2 million users', 2_000_000, '1,000,000 to 2,000,000'],
    ['chatbot for 5-10M users', 10_000_000, '5,000,000 to 10,000,000'],
    ['chatbot for 10 to 20 thousand users', 20_000, '10,000 to 20,000'],
    ['chatbot for 5 thousand to 10 thousand users', 10_000, '5,000 to 10,000'],
    ['support bot for 3-4 million customers', 4_000_000, '3,000,000 to'],
    ['assistant for between 2 and 3 thousand employees', 3000, '2,000 to'],
    ['chatbot for 1.5-2.5k users', 2500, '1,500 to 2,500'],
    ['chatbot for 30k to 45k users', 45_000, '30,000 to 45,000'],
    ['helpdesk bot, a 40-60 person team', 60, '40 to 60'],
  ])('%s → %d users, the upper end, noted', (text, users, note) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.source.users).toBe('inferred');
    expect(intent.assumptions.join(' ')).toContain(note);
    expect(intent.assumptions.join(' ')).toMatch(/upper end/);
  });

  it('keeps a lower bound without the scale when the scale would put it above the upper one', () => {
    const intent = read('chatbot for 500 to 2 million users');
    expect(intent.users).toBe(2_000_000);
    expect(intent.assumptions.join(' ')).toContain('500 to 2,000,000');
  });

  it.each([
    ['chatbot, 10-20 requests per second', 20],
    ['chatbot, 300 to 600 queries per minute', 10],
    ['chatbot at 40-60 rps', 60],
    ['chatbot, 1,000-2,000 requests per minute', 2000 / 60],
    ['chatbot, between 7 and 9k requests an hour', 9000 / 3600],
  ])('%s → the upper rate', (text, rate) => {
    const intent = read(text);
    expect(intent.requests_per_s).toBeCloseTo(rate, 4);
    expect(intent.assumptions.join(' ')).toMatch(/upper end/);
  });

  it.each([
    ['chatbot for 50 users, latency 200-500 ms', 'ttft', 500],
    ['chatbot for 50 users, ttft 150 to 250 ms', 'ttft', 250],
    ['chatbot for 50 users, ttft 300ms-1s', 'ttft', 1000],
    ['chatbot for 50 users, response time 2-4 seconds', 'e2e', 4000],
  ])('%s → a %s target at the upper end', (text, metric, ms) => {
    const intent = read(text);
    expect(intent.latency_targets).toEqual([{ metric, ms, percentile: null }]);
    expect(intent.assumptions.join(' ')).toMatch(/upper end/);
  });

  it('reads "from 2 s to 500 ms" as the new target, not as two', () => {
    expect(
      read('chatbot for 50 users, bring ttft from 2 s to 500 ms')
        .latency_targets,
    ).toEqual([{ metric: 'ttft', ms: 500, percentile: null }]);
  });

  it.each([
    ['chatbot for 100 users, $5-10k per month', 10_000],
    ['chatbot for 200 users, $2k to $4k a month', 4000],
    ['chatbot for 50 users, budget of 20-30k per year', 2500],
    ['chatbot for 50 users, €1-2k monthly', 2000],
    ['chatbot for 50 users, we can spend 3-6k a month', 6000],
  ])('%s → the upper amount as the monthly budget', (text, budget) => {
    const intent = read(text);
    expect(intent.budget_usd_per_month).toBeCloseTo(budget, 6);
    expect(intent.assumptions.join(' ')).toMatch(/upper end/);
  });

  it('reads ranges of GPUs, batch sizes and windows at the upper end, a typical length at its middle', () => {
    expect(read('chatbot for 100 users on 4-8 GPUs').max_gpus).toBe(8);
    const batch = read(
      'nightly batch of 10-20k documents, finished within 4-6 hours',
    );
    expect(batch.batch_requests).toBe(20_000);
    expect(batch.batch_window_hours).toBe(6);
    expect(
      read('chatbot for 40 users, answers of 300-500 tokens').output_tokens,
    ).toBe(400);
    // the longest input is sized for: the upper end
    expect(
      read('chatbot for 40 users, prompts up to 3-4k tokens').max_input_tokens,
    ).toBe(4096);
  });
});

describe('budget periods', () => {
  it.each([
    ['chatbot for 2k daily active users with a budget of $3k', 3000],
    ['summarize 10k emails per day with a budget of $10k', 10_000],
    ['RAG for 800 daily users and a budget of $6k', 6000],
    ['translate 40k messages per day on a budget of $2,500', 2500],
    ['transcribe 300 calls daily with $4,000 to spend', 4000],
    ['chatbot answering 5k questions per hour with up to $900', 900],
  ])('does not take the period of another quantity: %s', (text, budget) => {
    const intent = read(text);
    expect(intent.budget_usd_per_month).toBe(budget);
    expect(intent.assumptions.join(' ')).toMatch(
      /no period given for .*: read as per month/,
    );
  });

  it.each([
    ['chatbot for 300 users with a daily budget of $200', 200, 'day'],
    ['chatbot for 300 users, per week we can spend $1,000', 1000, 'week'],
    ['chatbot for 300 users; $50 is our hourly cap', 50, 'hour'],
    ['chatbot for 300 users, budget per year is $48k', 48_000, 'year'],
    ['chatbot for 300 users, $700 budget per week', 700, 'week'],
    ['chatbot for 300 users, $100/day', 100, 'day'],
  ])('takes a period attached to the budget: %s', (text, amount, unit) => {
    expect(read(text).budget_usd_per_month).toBeCloseTo(
      perMonth(amount, unit)!,
      1,
    );
  });
});

describe('10-K filings and the quantity 10k', () => {
  it.each([
    ['an internal assistant for 10k employees', 'chatbot'],
    ['translation service, 10k requests per hour, budget $10k', 'translation'],
    ['an assistant for 10k staff', 'chatbot'],
    ['translate chat logs, 10k messages an hour, $10k monthly', 'translation'],
    ['summarize 10k reports a day', 'summarization'],
  ])('does not read a count of 10k as a filing: %s', (text, useCase) => {
    expect(read(text).use_case).toBe(useCase);
  });

  it.each([
    'pull risk factors out of 10-K filings for 30 analysts',
    'compare 10-Qs for 30 analysts',
    'analyze SEC 10k filings for our analysts',
  ])('still reads a filing as long-document analysis: %s', text => {
    expect(read(text).use_case).toBe('long_document_analysis');
  });
});

describe('thousands separators in requests', () => {
  it.each([
    ['chatbot for 25 000 users', 25_000],
    ["chatbot for 25'000 users", 25_000],
    ['chatbot for 7 500 employees', 7500],
    ["chatbot for 12'000 staff", 12_000],
    ['chatbot for 7\u00a0500 users', 7500],
    ['chatbot for 1.200.000 users', 1_200_000],
  ])('%s → %d users', (text, users) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.source.users).toBe('stated');
  });

  it.each([
    ['chatbot for 25.000 users', 'users', 25_000],
    ['chatbot for 4.500 employees', 'users', 4500],
    ['chatbot, 36.000 requests per hour', 'requests_per_s', 10],
  ])(
    'reads "dd.ddd" in a count as thousands and says so: %s',
    (text, field, value) => {
      const intent = read(text);
      expect((intent as unknown as Record<string, number>)[field]).toBe(value);
      expect(intent.assumptions.join(' ')).toMatch(
        /read as [\d,]+ \(a dot before three digits taken as a thousands separator\)/,
      );
    },
  );

  it('keeps decimals where they make sense', () => {
    expect(
      read('chatbot for 50 users, ttft under 1.500 s').latency_targets,
    ).toEqual([{ metric: 'ttft', ms: 1500, percentile: null }]);
  });

  it('still reads a number right after a model name', () => {
    expect(read('chatbot on llama 3 200 users').users).toBe(200);
  });
});

describe('counts joined to GPU names', () => {
  it.each([
    ['chatbot for 100 users on 8xH100', ['H100-SXM'], 8],
    ['chatbot for 100 users on 8×H100', ['H100-SXM'], 8],
    ['chatbot for 100 users on 4xl40s', ['L40S'], 4],
    ['chatbot for 100 users, we have 2×A100 80GB', ['A100-80GB-SXM'], 2],
  ])('%s → %j, %d GPUs', (text, gpus, count) => {
    const intent = read(text);
    expect(intent.allowed_gpus).toEqual(gpus);
    expect(intent.max_gpus).toBe(count);
  });

  it('keeps "8x7b" a model size', () => {
    expect(
      read('chatbot with mixtral 8x7b for 20 users').preferred_models,
    ).toEqual(['mistralai/Mixtral-8x7B-Instruct-v0.1']);
  });
});

describe('budgets per quarter, per year in words, per day and per hour', () => {
  it.each([
    ['RAG for 90 lawyers, we can spend $60k a quarter', 20_000],
    ['chatbot for 300 users, quarterly budget of 24,000 EUR', 8000],
    [
      'chatbot for 300 users, management signed off 24k euros for the year',
      2000,
    ],
    ['chatbot for 300 users, spend at most $300/day', perMonth(300, 'day')!],
    ['chatbot for 300 users, $9/hr tops', perMonth(9, 'hour')!],
  ])('%s', (text, monthly) => {
    expect(read(text).budget_usd_per_month).toBeCloseTo(monthly, 1);
  });
});

describe('token lengths: which is the input and which the output', () => {
  it('gives a cue to its nearest number, not to the next one', () => {
    const intent = read(
      'summarise call transcripts for 300 agents: a call is typically 3,500 tokens and the recap must stay under 250 tokens',
    );
    expect(intent.input_tokens).toBe(3500);
    expect(intent.output_tokens).toBe(250);
  });

  it('reads a typical document length as the typical input', () => {
    const intent = read(
      'summarisation for 200 users; reports are usually about 7,000 tokens',
    );
    expect(intent.input_tokens).toBe(7000);
    expect(intent.max_input_tokens).toBeNull();
  });

  it('reads "N tokens out", "N tokens of output" and a second bare length as output', () => {
    expect(read('chatbot for 50 users, ~60 tokens out').output_tokens).toBe(60);
    expect(
      read('agent for 40 analysts, up to 3k tokens of output').output_tokens,
    ).toBe(3000);
    const intent = read(
      'chatbot for 100 users: people paste roughly 1,200 tokens in and it replies in about 90 tokens',
    );
    expect(intent.input_tokens).toBe(1200);
    expect(intent.output_tokens).toBe(90);
  });
});

describe('rates said in prose', () => {
  it.each([
    ['content generation: we publish roughly 1,200 a day', 1200 / 86_400],
    ['summaries: about 7,200 support chats end every day', 7200 / 86_400],
    ['code review bot, around 1,800 PRs on a typical workday', 1800 / 86_400],
  ])('%s', (text, rate) => {
    const intent = read(text);
    expect(intent.requests_per_s).toBeCloseTo(rate, 5);
    expect(intent.question ?? '').not.toMatch(/how many users/i);
  });

  it('reads a bare count per period after "each" as per user', () => {
    const intent = read(
      'agent that books travel for 3,000 staff, each roughly 2 per month',
    );
    expect(intent.requests_per_user_per_day).toBeCloseTo(
      (2 * 86_400) / (730 * 3600),
      5,
    );
  });

  it('does not take "each about N words" for a per-user rate', () => {
    const intent = read(
      'marketing copy, roughly 900 a day, each about 80 words',
    );
    expect(intent.requests_per_s).toBeCloseTo(900 / 86_400, 6);
    expect(intent.requests_per_user_per_day).toBeNull();
  });

  it('reads "N times that" after a rate as its peak', () => {
    const intent = read(
      'chatbot doing 15 requests per second normally, with twice that on Black Friday',
    );
    expect(intent.requests_per_s).toBe(30);
    expect(intent.requests_per_s_basis).toBe('peak');
  });
});

describe('users said in other words', () => {
  it.each([
    ['voice agent handling 250 concurrent calls', 250, 'concurrent'],
    ['hotline bot for 120 callers at once', 120, 'concurrent'],
    ['RAG for about 35 moderators', 35, 'total'],
    ['chatbot: 8k users (DAU)', 8000, 'daily_active'],
    // what the people do, then a day: daily actives, with or without "it" (users.ts)
    ['assistant that 1,500 employees use every day', 1500, 'daily_active'],
    [
      'internal chatbot, 1,500 employees use it every day',
      1500,
      'daily_active',
    ],
  ])('%s', (text, users, kind) => {
    const intent = read(text);
    expect(intent.users).toBe(users);
    expect(intent.users_kind).toBe(kind);
  });
});

describe('batch sizes and windows', () => {
  it('reads a clock window in a batch job', () => {
    expect(
      read('nightly batch: classify 200k invoices between 11pm and 5am')
        .batch_window_hours,
    ).toBe(6);
    expect(
      read('summarise 50k docs, 01:00-04:30 window').batch_window_hours,
    ).toBe(3.5);
  });

  it('reads a count of any items as the size of a batch', () => {
    const intent = read(
      'offline job over the weekend: re-embed about 4 million product reviews, 6 languages',
    );
    expect(intent.batch_requests).toBe(4_000_000);
  });

  it('does not take a count of nodes or languages for the batch size', () => {
    expect(
      read('nightly batch on 4 nodes translating into 25 languages')
        .batch_requests,
    ).toBeNull();
  });
});

describe('latency metrics said in other words', () => {
  it('reads a streaming pace after a first-token target as ITL', () => {
    const intent = read(
      'chatbot: first token within 400 ms, then a new token at least every 40 ms at p95',
    );
    expect(intent.latency_targets).toEqual([
      { metric: 'ttft', ms: 400, percentile: 95 },
      { metric: 'itl', ms: 40, percentile: 95 },
    ]);
  });

  it.each([
    'chatbot; each answer has to be fully done within 4 s',
    'code generation: a function may take up to 4 seconds to generate',
  ])('reads a whole-answer time as E2E: %s', text => {
    expect(read(text).latency_targets).toEqual([
      { metric: 'e2e', ms: 4000, percentile: null },
    ]);
  });

  it('keeps "take a second look" out of the targets', () => {
    expect(
      read('take a second look at our chatbot for 200 users').latency_targets,
    ).toEqual([]);
  });
});

describe('priorities said in other words', () => {
  it.each([
    [
      'chatbot for 100 users; correctness comes before everything',
      'quality_priority',
      'high',
    ],
    [
      'RAG for 100 users, precision is far more important than latency',
      'quality_priority',
      'high',
    ],
    [
      'RAG for 100 users; give us the biggest model that fits',
      'quality_priority',
      'high',
    ],
    [
      'chatbot for 100 users; hallucinations are a big issue for us',
      'quality_priority',
      'high',
    ],
    [
      'blog posts for 20 writers, top-notch writing quality please',
      'quality_priority',
      'high',
    ],
    [
      'chatbot for 100 users, price matters a lot to us',
      'cost_priority',
      'high',
    ],
    [
      'chatbot for 100 users; savings are the main goal',
      'cost_priority',
      'high',
    ],
    [
      'summaries for 100 users, no strict latency targets',
      'latency_priority',
      'low',
    ],
    [
      'translation for 100 users, no time pressure at all',
      'latency_priority',
      'low',
    ],
    [
      'extraction for 100 users, within a day is fine',
      'latency_priority',
      'low',
    ],
    [
      'chatbot for 100 users, it does not need to be instant',
      'latency_priority',
      'low',
    ],
    [
      'chatbot for 100 users; speed is really important',
      'latency_priority',
      'high',
    ],
    ['we want something quick, 50 rps', 'latency_priority', 'high'],
  ])('%s', (text, field, value) => {
    expect(read(text)[field as 'cost_priority']).toBe(value);
  });
});

describe('use cases said in other words', () => {
  it.each([
    [
      'a bot that generates integration tests for our repos, 300 devs',
      'code_generation',
    ],
    [
      'an assistant that reviews pull requests for 200 engineers',
      'code_generation',
    ],
    [
      'a tool that writes cold emails for our 40 account executives',
      'content_generation',
    ],
    [
      'an agent that executes commands on servers and checks the output, 50 SREs',
      'agent',
    ],
    ['Q&A over internal clinical papers with citations, 90 researchers', 'rag'],
    [
      'document understanding for insurance claims: extract the key fields, 10k a day',
      'long_document_analysis',
    ],
  ])('%s', (text, useCase) => {
    expect(read(text).use_case).toBe(useCase);
  });
});

describe('models excluded by origin, by licence, and developers named to describe', () => {
  it('excludes every kb model of developers from a country', () => {
    const intent = read('chatbot for 100 users, nothing from Chinese AI labs');
    expect(intent.excluded_models).toEqual(
      expect.arrayContaining(['Qwen/Qwen3-32B', 'moonshotai/Kimi-K2.5']),
    );
    expect(intent.excluded_models).not.toContain(
      'mistralai/Mistral-7B-Instruct-v0.3',
    );
  });

  it('restricts to a region with "only"', () => {
    const intent = read('chatbot for 100 users, only European models');
    expect(intent.preferred_models).toEqual([
      'mistralai/Mistral-7B-Instruct-v0.3',
      'mistralai/Mixtral-8x7B-Instruct-v0.1',
    ]);
    expect(intent.only_preferred_models).toBe(true);
  });

  it('excludes every model under a licence named after a brand', () => {
    const intent = read(
      'chatbot for 100 users; legal will not accept the Gemma terms of use',
    );
    expect(intent.excluded_models).toEqual([
      'google/gemma-2-27b-it',
      'google/gemma-2-9b-it',
      'google/gemma-3-12b-it',
      'google/gemma-3-27b-it',
    ]);
    expect(
      read('chatbot for 100 users, avoid anything under the Llama license')
        .excluded_models,
    ).toContain('deepseek-ai/DeepSeek-R1-Distill-Llama-8B');
  });

  it('does not add a developer named to describe a model', () => {
    expect(
      read(
        'chatbot for 100 users, we like Llama 3.1 8B because it is made by Meta',
      ).preferred_models,
    ).toEqual(['meta-llama/Llama-3.1-8B-Instruct']);
  });
});

describe('limits on the whole response', () => {
  it.each([
    ['code generation bot for 40 devs, answers under 6 s', 6000, null],
    [
      'support agent for 300 users, replies must come back within 8 seconds',
      8000,
      null,
    ],
    [
      'chatbot for 100 users, 30 seconds is the most anyone will wait',
      30_000,
      null,
    ],
    [
      'rebooking assistant for 500 users: for 99 % of callers the flow must complete in under 5 seconds',
      5000,
      99,
    ],
  ])('%s → e2e', (text, ms, percentile) => {
    expect(read(text).latency_targets).toEqual([
      { metric: 'e2e', ms, percentile },
    ]);
  });

  it('keeps a named first-token limit, however long', () => {
    expect(
      read('chatbot for 100 users, first token within 12 seconds')
        .latency_targets,
    ).toEqual([{ metric: 'ttft', ms: 12_000, percentile: null }]);
  });

  it('does not read a share of users as a percentile without a time limit', () => {
    expect(
      read('chatbot for 2k staff, 80 % of employees use it daily')
        .slo_percentile,
    ).toBeNull();
  });
});

describe('GPU counts across nodes and after the GPU name', () => {
  it.each([
    ['chatbot for 100 users, 3 servers with 4 A100 80GB each', 12],
    ['chatbot for 100 users, 8 H100s per node across 2 nodes', 16],
    ['summaries for 50 users on our A10G cards, 12 of them', 12],
    ['chatbot for 100 users, it runs on L4s and we own 6.', 6],
  ])('%s → %d', (text, gpus) => {
    expect(read(text).max_gpus).toBe(gpus);
  });
});

describe('priorities said as comparisons, complaints and needs', () => {
  it.each([
    ['chatbot for 100 users, accuracy > latency', 'quality_priority', 'high'],
    [
      'RAG for 100 users; correctness is non-negotiable',
      'quality_priority',
      'high',
    ],
    [
      'RAG for 100 users, quality really matters a lot here',
      'quality_priority',
      'high',
    ],
    [
      'chatbot for 100 users, our budget is pretty tight',
      'cost_priority',
      'high',
    ],
    ['chatbot for 100 users, we can’t spend much', 'cost_priority', 'high'],
    [
      'summaries for 100 users, the API costs are killing us',
      'cost_priority',
      'high',
    ],
    [
      'summaries for 100 users; no one is waiting for the result',
      'latency_priority',
      'low',
    ],
    ['replies for 100 users need not be immediate', 'latency_priority', 'low'],
    [
      'RAG for 100 users, it should feel interactive',
      'latency_priority',
      'high',
    ],
  ])('%s → %s %s', (text, field, value) => {
    expect(read(text)[field as 'cost_priority']).toBe(value);
  });
});

describe('use cases said in yet other words', () => {
  it.each([
    ['port our Fortran to Python for 30 engineers', 'code_generation'],
    [
      'tool that writes Pulumi and CloudFormation for 60 engineers',
      'code_generation',
    ],
    [
      'we want the model to draft answers to complaints; support agents review each draft before it goes out. 200 users',
      'content_generation',
    ],
    ['internal helper for 900 staff, answers drawn from our runbooks', 'rag'],
    [
      'translate 2,000 manuals a month into German, turnaround within 6 hours is fine',
      'translation',
    ],
    [
      'analysts upload a company’s filings and the model pulls out the key figures, 40 users',
      'long_document_analysis',
    ],
  ])('%s → %s', (text, useCase) => {
    expect(read(text).use_case).toBe(useCase);
  });

  it('still reads an agent that checks an order as software', () => {
    expect(
      read('an agent that checks the order in our OMS and approves refunds')
        .use_case,
    ).toBe('agent');
  });
});

describe('budgets said as caps and in grand', () => {
  it.each([
    ['chatbot for 100 users, they capped it at 7k per month', 7000],
    ['chatbot for 100 users, keep it below 24k a year', 2000],
    ['chatbot for 100 users, ideally under 5 grand a month', 5000],
  ])('%s → %d', (text, budget) => {
    expect(read(text).budget_usd_per_month).toBe(budget);
  });

  it('does not take a daily cap for a budget', () => {
    expect(
      read('chatbot for 100 users, capped at 500 a day').budget_usd_per_month,
    ).toBeNull();
  });
});

describe('rates with the period first, one-off jobs and tokens of something', () => {
  it('reads a period before the count and a multiple at peak', () => {
    const intent = read(
      'support bot: in a typical week we handle about 70,000 tickets, and three times that around Christmas',
    );
    expect(intent.requests_per_s).toBeCloseTo((70_000 * 3) / (7 * 86_400), 4);
    expect(intent.requests_per_s_basis).toBe('peak');
  });

  it('does not read "one-time" as a batch of one', () => {
    expect(
      read('a one-time backfill: classify 2 million records by Friday')
        .batch_requests,
    ).toBe(2_000_000);
  });

  it('reads "tokens of X out" as the output length', () => {
    const intent = read(
      'code generation for 20 devs, 3,000 tokens of schema in and 800 tokens of SQL out',
    );
    expect(intent.input_tokens).toBe(3000);
    expect(intent.output_tokens).toBe(800);
  });
});

describe('a population narrowed to the people who will use it', () => {
  it('takes the realistic count said after the population', () => {
    const i = read(
      'help bot for our members: 40,000 registered accounts, but in practice maybe 900 people using it on a typical day',
    );
    expect(i.users).toBe(900);
    expect(i.users_kind).toBe('daily_active');
  });

  it('keeps the first count when the later one is no narrowing', () => {
    const i = read(
      'help bot for 4,000 members, and 900 people joined last month',
    );
    expect(i.users).toBe(4000);
  });
});

describe('a volume said to be low in words', () => {
  it('asks for no count after "not high volume"', () => {
    expect(
      read(
        'an agent that triages build failures by calling our CI tools. It is not a high-volume thing.',
      ).question,
    ).toBeNull();
  });

  it('still asks for a count when the volume is said to be high', () => {
    expect(
      read(
        'an agent that triages build failures by calling our CI tools. Heavy traffic expected.',
      ).question,
    ).toMatch(/How many users/);
  });
});

describe('a limit on the input below the typical input', () => {
  it('asks which is right', () => {
    const i = read(
      'summaries of board packs for 60 directors; input capped at no more than 4k tokens of input, whereas a usual pack is around 30k tokens',
    );
    expect(i.max_input_tokens).toBe(4096);
    expect(i.question).toMatch(/longer than the 4,096-token context/);
  });
});

describe('numbers said as words or as decades', () => {
  it('reads "one point two million" as 1.2 million', () => {
    expect(
      extractIntent('batch: one point two million receipts, within 5 days', {
        knowledgeBase,
      }).batch_requests,
    ).toBe(1200000);
  });
  it('reads "a 1980s contract" as a decade, not a latency', () => {
    expect(
      extractIntent(
        'review for 20 lawyers; the oldest is a 1980s contract; answers within a minute',
        {
          knowledgeBase,
        },
      ).latency_targets,
    ).toEqual([{ metric: 'e2e', ms: 60000, percentile: null }]);
  });
});

describe('a hyphen joining a word of another script to a number', () => {
  it('is no minus sign', () => {
    const i = extractIntent(
      'סיכום מסמכים, כל מסמך בין 2k ל-6k tokens, הסיכום ~200 tokens',
      {
        knowledgeBase,
      },
    );
    expect(i.output_tokens).toBe(200);
    expect(i.input_tokens).toBeGreaterThan(0);
  });
});
