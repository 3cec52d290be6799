/**
 * The language-model path over real HTTP. A local server speaking Ollama's API (/api/chat) and
 * the OpenAI-compatible API (/v1/chat/completions) stands in for the model: the reply contents
 * below are what a model would have written. The backend's real `ollama` and `openai` clients
 * talk to it.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  extractIntent,
  llmIntentJsonSchema,
  ServeplanInputError,
} from '@serveplan/plugin-serveplan-common';
import { readServeplanConfig } from '../../config';
import {
  closedPortUrl,
  FakeLlmServer,
} from '../../__testUtils__/fakeLlmServer';
import { repoKnowledgeBase } from '../../__testUtils__/knowledgeBase';
import { IntentService } from './IntentService';

const kb = repoKnowledgeBase();

/** What a model would answer for "support chatbot for 300 users": it adds a typical answer length. */
const MODEL_READING = JSON.stringify({
  use_case: 'chatbot',
  users: 300,
  users_kind: 'total',
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
  output_tokens: 450,
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
  assumptions: ['answers of about 450 tokens'],
  question: null,
});

const TEXT = 'support chatbot for 300 users';

const schema = JSON.parse(JSON.stringify(llmIntentJsonSchema));

const providers = [
  {
    provider: 'ollama' as const,
    path: '/api/chat',
    configFor: (url: string) => ({
      ollama: { baseUrl: url, model: 'llama3.1:8b' },
    }),
    // Ollama's structured output: the JSON Schema as `format`.
    expectedRequest: { model: 'llama3.1:8b', format: schema, stream: false },
  },
  {
    provider: 'openai' as const,
    path: '/v1/chat/completions',
    configFor: (url: string) => ({
      openai: {
        baseUrl: `${url}/v1`,
        model: 'qwen2.5-7b-instruct',
        apiKey: 'sk-test',
      },
    }),
    // OpenAI-compatible structured output: response_format json_schema.
    expectedRequest: {
      model: 'qwen2.5-7b-instruct',
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'serveplan_intent', schema, strict: true },
      },
    },
  },
];

describe.each(providers)(
  'IntentService with $provider over HTTP',
  ({ provider, path, configFor, expectedRequest }) => {
    const server = new FakeLlmServer();
    let url: string;

    beforeAll(async () => {
      url = await server.start();
    });
    afterAll(() => server.stop());

    const service = (baseUrl = url, extra: Record<string, unknown> = {}) =>
      IntentService.create({
        config: readServeplanConfig(
          new ConfigReader({
            serveplan: {
              intent: {
                provider,
                timeoutMs: 2000,
                maxAttempts: 2,
                ...configFor(baseUrl),
                ...extra,
              },
            },
          }),
        ),
        logger: mockServices.logger.mock(),
      });

    it('merges a valid reply and asks for structured output with the intent JSON Schema', async () => {
      server.script({ content: MODEL_READING });
      const reading = await service().extract(TEXT, kb);

      expect(reading.provider).toBe(provider);
      expect(reading.notices).toEqual([]);
      expect(reading.intent.users).toBe(300);
      expect(reading.intent.output_tokens).toBe(450);
      expect(reading.intent.source.output_tokens).toBe('inferred');
      expect(reading.intent.assumptions).toContain(
        'language model: answers of about 450 tokens',
      );

      expect(server.requests).toHaveLength(1);
      const [request] = server.requests;
      expect(request.path).toBe(path);
      expect(request.body.messages?.map(m => m.role)).toEqual([
        'system',
        'user',
      ]);
      expect(request.body.messages?.[1].content).toBe(TEXT);
      expect(request.body).toMatchObject(expectedRequest);
    });

    it('retries with the validation errors after garbage, then uses the valid reply', async () => {
      server.script(
        { content: 'Sure! The users are "many" and it is a chat thing.' },
        { content: MODEL_READING },
      );
      const reading = await service().extract(TEXT, kb);

      expect(reading.provider).toBe(provider);
      expect(reading.intent.output_tokens).toBe(450);
      expect(server.requests).toHaveLength(2);
      const retry = server.requests[1].body.messages!;
      expect(retry.map(m => m.role)).toEqual([
        'system',
        'user',
        'assistant',
        'user',
      ]);
      expect(retry[2].content).toContain('The users are "many"');
      expect(retry[3].content).toMatch(/not valid: the reply is not JSON/);
    });

    it('retries when the JSON is well formed but out of range', async () => {
      server.script(
        {
          content: JSON.stringify({ ...JSON.parse(MODEL_READING), users: -5 }),
        },
        { content: MODEL_READING },
      );
      const reading = await service().extract(TEXT, kb);
      expect(reading.provider).toBe(provider);
      expect(server.requests).toHaveLength(2);
      expect(server.requests[1].body.messages![3].content).toMatch(/users/);
    });

    it('falls back to the built-in rules with a notice when every reply is garbage', async () => {
      server.script({ content: '{"users": "a lot", ' });
      const reading = await service().extract(TEXT, kb);

      expect(server.requests).toHaveLength(2);
      expect(reading.provider).toBe('rules');
      expect(reading.intent).toEqual(
        extractIntent(TEXT, { knowledgeBase: kb }),
      );
      expect(reading.notices).toHaveLength(1);
      expect(reading.notices[0]).toMatch(
        /returned unusable output 2 time\(s\).*the built-in rules read the request instead/,
      );
    });

    it('falls back to the built-in rules with a notice when the server is down', async () => {
      const reading = await service(await closedPortUrl()).extract(TEXT, kb);
      expect(reading.provider).toBe('rules');
      expect(reading.intent).toEqual(
        extractIntent(TEXT, { knowledgeBase: kb }),
      );
      expect(reading.notices[0]).toMatch(
        /is not reachable \((ECONNREFUSED|.*[Cc]onnection.*)\).*the built-in rules read the request instead/,
      );
    });

    it('falls back with a notice when the model does not answer in time', async () => {
      server.script({ hang: true });
      const started = Date.now();
      const reading = await service(url, { timeoutMs: 300 }).extract(TEXT, kb);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(reading.provider).toBe('rules');
      expect(reading.notices[0]).toMatch(/did not answer within 0\.3 s/);
    });

    it('falls back with a notice on an HTTP error', async () => {
      server.script({ status: 500, body: '{"error":"model not loaded"}' });
      const reading = await service().extract(TEXT, kb);
      expect(reading.provider).toBe('rules');
      expect(reading.notices[0]).toMatch(
        /the language model \(.*\) answered HTTP 500/,
      );
    });

    it('reads with the rules, with a notice, while maxConcurrent model reads are in flight', async () => {
      server.script({ hang: true }, { content: MODEL_READING });
      const limited = service(url, { timeoutMs: 1000, maxConcurrent: 1 });
      const first = limited.extract(TEXT, kb);
      for (let i = 0; i < 200 && server.requests.length === 0; i++)
        await new Promise(r => setTimeout(r, 5));
      expect(server.requests).toHaveLength(1);

      const busy = await limited.extract(TEXT, kb);
      expect(busy.provider).toBe('rules');
      expect(busy.intent).toEqual(extractIntent(TEXT, { knowledgeBase: kb }));
      expect(busy.notices).toEqual([
        'the language model is busy (1 requests in flight, serveplan.intent.maxConcurrent is 1); read with the built-in rules',
      ]);
      expect(server.requests).toHaveLength(1);

      await first;
      // The slot is free again: the model is asked.
      const after = await limited.extract(TEXT, kb);
      expect(after.provider).toBe(provider);
      expect(after.intent.output_tokens).toBe(450);
    });

    it('never sends unusable text to the model', async () => {
      server.script({ content: MODEL_READING });
      await expect(service().extract('   ', kb)).rejects.toThrow(
        ServeplanInputError,
      );
      expect(server.requests).toHaveLength(0);
    });

    it('refines a conversation: the rules apply the follow-up, the model reads the whole conversation', async () => {
      const first = extractIntent(TEXT, { knowledgeBase: kb });
      server.script({
        content: JSON.stringify({ ...JSON.parse(MODEL_READING), users: 5000 }),
      });
      const refined = await service().refine(
        first,
        [TEXT],
        'now 5000 users',
        kb,
      );
      expect(refined.provider).toBe(provider);
      expect(refined.intent.users).toBe(5000);
      expect(refined.changes.join(' ')).toMatch(/users/);
      const sent = server.requests[0].body.messages![1].content;
      expect(sent).toContain(`Request: ${TEXT}`);
      expect(sent).toContain('Follow-up 1: now 5000 users');
    });

    it("keeps a follow-up's explicit change when the model's reading of the conversation disagrees", async () => {
      const first = extractIntent(`${TEXT}, only L40S, no Llama models`, {
        knowledgeBase: kb,
      });
      expect(first.allowed_gpus).toEqual(['L40S']);
      expect(first.excluded_models.length).toBeGreaterThan(0);
      // A model that still reads the first message's restrictions into the whole conversation.
      server.script({
        content: JSON.stringify({
          ...JSON.parse(MODEL_READING),
          allowed_gpus: ['L40S'],
          excluded_models: first.excluded_models,
        }),
      });
      const refined = await service().refine(
        first,
        [`${TEXT}, only L40S, no Llama models`],
        'any GPU is fine now',
        kb,
      );
      expect(server.requests).toHaveLength(1);
      expect(refined.provider).toBe(provider);
      expect(refined.intent.allowed_gpus).toEqual([]);
      expect(refined.changes.join(' ')).toMatch(/GPU/i);
      // The model still fills what the follow-up did not touch.
      expect(refined.intent.output_tokens).toBe(450);
      // ...and what the follow-up did not change keeps the earlier exclusions.
      expect(refined.intent.excluded_models).toEqual(first.excluded_models);
    });
  },
);

describe('IntentService without a language model', () => {
  it('reads with the rules alone', async () => {
    const service = IntentService.create({
      config: readServeplanConfig(new ConfigReader({})),
      logger: mockServices.logger.mock(),
    });
    expect(service.provider).toBe('rules');
    const reading = await service.extract(TEXT, kb);
    expect(reading).toEqual({
      intent: extractIntent(TEXT, { knowledgeBase: kb }),
      provider: 'rules',
      notices: [],
    });
  });
});
