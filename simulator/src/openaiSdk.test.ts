/**
 * The official `openai` npm SDK against the simulator over real HTTP, streaming and not; then
 * /metrics (parsed with a Prometheus text parser) checked against what the client observed.
 */
import OpenAI from 'openai';
import { performance } from 'node:perf_hooks';
import { ITL_BUCKETS, REQUEST_LATENCY_BUCKETS, TTFT_BUCKETS } from './metrics';
import {
  postJson,
  scrape,
  startTestSimulator,
  TEST_MODEL,
  TestSimulator,
  valueOf,
} from './__testUtils__/simulator';

describe('the simulator with the openai npm SDK', () => {
  let t: TestSimulator;
  let client: OpenAI;
  const observed = {
    requests: 0,
    prompt: 0,
    completion: 0,
    ttftSum: 0,
    streamed: 0,
  };

  beforeAll(async () => {
    t = await startTestSimulator([
      '--served-model-name',
      'sim-model',
      TEST_MODEL,
      '--seed',
      '7',
    ]);
    client = new OpenAI({
      baseURL: `${t.url}/v1`,
      apiKey: 'unused',
      maxRetries: 0,
    });
  });
  afterAll(async () => {
    await t.stop();
  });

  const count = async (text: string) =>
    (await postJson(`${t.url}/tokenize`, { model: 'sim-model', prompt: text }))
      .json.count as number;

  it('lists the served models with vLLM fields', async () => {
    const ids: string[] = [];
    for await (const m of client.models.list()) {
      ids.push(m.id);
      expect(m.owned_by).toBe('vllm');
      expect((m as unknown as { max_model_len: number }).max_model_len).toBe(
        2048,
      );
      expect((m as unknown as { root: string }).root).toBe(TEST_MODEL);
    }
    expect(ids).toEqual(['sim-model', TEST_MODEL]);
  });

  it('completes text without streaming: max_tokens tokens, usage, finish_reason length', async () => {
    const prompt = 'The quick brown fox jumps over the lazy dog.';
    const r = await client.completions.create({
      model: 'sim-model',
      prompt,
      max_tokens: 20,
    });
    expect(r.object).toBe('text_completion');
    expect(r.choices).toHaveLength(1);
    expect(r.choices[0].finish_reason).toBe('length');
    expect(r.usage).toMatchObject({
      prompt_tokens: 10,
      completion_tokens: 20,
      total_tokens: 30,
    });
    expect(await count(r.choices[0].text)).toBe(20);
    observed.requests += 1;
    observed.prompt += 10;
    observed.completion += 20;
    // Deterministic with the seed: the same request gives the same text.
    const again = await client.completions.create({
      model: 'sim-model',
      prompt,
      max_tokens: 20,
    });
    expect(again.choices[0].text).toBe(r.choices[0].text);
    observed.requests += 1;
    observed.prompt += 10;
    observed.completion += 20;
  });

  it('streams completions token by token with usage at the end', async () => {
    const sentAt = performance.now();
    const stream = await client.completions.create({
      model: 'sim-model',
      prompt: 'one two three four five',
      max_tokens: 15,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let chunks = 0;
    let firstAt = 0;
    let usage: OpenAI.CompletionUsage | undefined;
    let finish: string | null = null;
    for await (const c of stream) {
      if (c.usage) usage = c.usage;
      if (c.choices.length === 0) continue;
      if (chunks === 0) firstAt = performance.now();
      chunks++;
      text += c.choices[0].text;
      finish = c.choices[0].finish_reason ?? finish;
    }
    expect(chunks).toBe(15);
    expect(finish).toBe('length');
    expect(usage).toMatchObject({
      prompt_tokens: 5,
      completion_tokens: 15,
      total_tokens: 20,
    });
    expect(await count(text)).toBe(15);
    observed.requests += 1;
    observed.prompt += 5;
    observed.completion += 15;
    observed.ttftSum += (firstAt - sentAt) / 1000;
    observed.streamed += 1;
  });

  it('chats without streaming and with streaming (role chunk first, finish reason on the last)', async () => {
    const messages = [
      { role: 'user' as const, content: 'Tell me about continuous batching.' },
    ];
    const r = await client.chat.completions.create({
      model: 'sim-model',
      messages,
      max_completion_tokens: 12,
    });
    expect(r.object).toBe('chat.completion');
    expect(r.choices[0].message.role).toBe('assistant');
    expect(await count(r.choices[0].message.content!)).toBe(12);
    const promptTokens = (
      await postJson(`${t.url}/tokenize`, { model: 'sim-model', messages })
    ).json.count;
    expect(r.usage).toMatchObject({
      prompt_tokens: promptTokens,
      completion_tokens: 12,
    });
    observed.requests += 1;
    observed.prompt += promptTokens;
    observed.completion += 12;

    const sentAt = performance.now();
    const stream = await client.chat.completions.create({
      model: 'sim-model',
      messages,
      max_tokens: 8,
      stream: true,
      stream_options: { include_usage: true },
    });
    const deltas: OpenAI.ChatCompletionChunk[] = [];
    let firstAt = 0;
    for await (const c of stream) {
      if (c.choices[0]?.delta.content && !firstAt) firstAt = performance.now();
      deltas.push(c);
    }
    expect(deltas[0].choices[0].delta).toEqual({
      role: 'assistant',
      content: '',
    });
    const content = deltas.filter(
      d => d.choices.length > 0 && d.choices[0].delta.content,
    );
    expect(content).toHaveLength(8);
    expect(content[7].choices[0].finish_reason).toBe('length');
    expect(
      content.slice(0, 7).every(d => d.choices[0].finish_reason === null),
    ).toBe(true);
    expect(new Set(deltas.map(d => d.id)).size).toBe(1);
    expect(deltas.at(-1)!.usage).toMatchObject({
      prompt_tokens: promptTokens,
      completion_tokens: 8,
    });
    observed.requests += 1;
    observed.prompt += promptTokens;
    observed.completion += 8;
    observed.ttftSum += (firstAt - sentAt) / 1000;
    observed.streamed += 1;
  });

  it('honours n, stop strings and the absence of max_tokens', async () => {
    const r = await client.completions.create({
      model: 'sim-model',
      prompt: 'alpha beta gamma',
      max_tokens: 6,
      n: 3,
    });
    expect(r.choices.map(c => c.index)).toEqual([0, 1, 2]);
    expect(new Set(r.choices.map(c => c.text)).size).toBe(3);
    expect(r.usage).toMatchObject({ prompt_tokens: 3, completion_tokens: 18 });
    observed.requests += 3;
    observed.prompt += 9;
    observed.completion += 18;

    // Echo mode would be needed to know the words; find a word of the filler text and stop on it.
    const probe = await client.completions.create({
      model: 'sim-model',
      prompt: 'stop test',
      max_tokens: 30,
    });
    const word = probe.choices[0].text.trim().split(/\s+/)[5];
    const stopped = await client.completions.create({
      model: 'sim-model',
      prompt: 'stop test',
      max_tokens: 30,
      stop: [word],
    });
    expect(stopped.choices[0].finish_reason).toBe('stop');
    expect(
      (stopped.choices[0] as unknown as { stop_reason: string }).stop_reason,
    ).toBe(word);
    expect(probe.choices[0].text.startsWith(stopped.choices[0].text)).toBe(
      true,
    );
    expect(stopped.choices[0].text).not.toContain(word);
    expect(stopped.usage!.completion_tokens).toBeLessThan(30);
    observed.requests += 2;
    observed.prompt += 4;
    observed.completion += 30 + stopped.usage!.completion_tokens;

    const natural = await client.completions.create({
      model: 'sim-model',
      prompt: 'no limit given',
    });
    expect(['stop', 'length']).toContain(natural.choices[0].finish_reason);
    expect(natural.usage!.completion_tokens).toBeGreaterThan(0);
    expect(natural.usage!.completion_tokens).toBeLessThanOrEqual(2048 - 3);
    observed.requests += 1;
    observed.prompt += 3;
    observed.completion += natural.usage!.completion_tokens;
  });

  it("exposes vLLM's metrics, consistent with what the client observed", async () => {
    const m = await scrape(t.url);
    const labels = { model_name: 'sim-model', engine: '0' };
    expect(m.get('vllm:request_success_total')!.type).toBe('COUNTER');
    expect(valueOf(m, 'vllm:request_success_total', labels)).toBe(
      observed.requests,
    );
    expect(
      valueOf(m, 'vllm:request_success_total', {
        ...labels,
        finished_reason: 'abort',
      }),
    ).toBe(0);
    expect(valueOf(m, 'vllm:prompt_tokens_total', labels)).toBe(
      observed.prompt,
    );
    expect(valueOf(m, 'vllm:generation_tokens_total', labels)).toBe(
      observed.completion,
    );
    expect(valueOf(m, 'vllm:num_requests_running', labels)).toBe(0);
    expect(valueOf(m, 'vllm:num_requests_waiting', labels)).toBe(0);
    expect(m.get('vllm:num_requests_running')!.type).toBe('GAUGE');
    expect(valueOf(m, 'vllm:kv_cache_usage_perc', labels)).toBe(0);
    for (const [name, buckets] of [
      ['vllm:time_to_first_token_seconds', TTFT_BUCKETS],
      ['vllm:inter_token_latency_seconds', ITL_BUCKETS],
      ['vllm:e2e_request_latency_seconds', REQUEST_LATENCY_BUCKETS],
      ['vllm:request_queue_time_seconds', REQUEST_LATENCY_BUCKETS],
    ] as const) {
      const series = m.histograms.get(name)!;
      expect(series).toHaveLength(1);
      expect(series[0].labels).toEqual(labels);
      expect(series[0].buckets.map(b => b[0])).toEqual([...buckets, Infinity]);
      expect(series[0].buckets.at(-1)![1]).toBe(series[0].count);
    }
    const hist = (name: string) => m.histograms.get(name)![0];
    expect(hist('vllm:time_to_first_token_seconds').count).toBe(
      observed.requests,
    );
    expect(hist('vllm:e2e_request_latency_seconds').count).toBe(
      observed.requests,
    );
    expect(hist('vllm:inter_token_latency_seconds').count).toBe(
      observed.completion - observed.requests,
    );
    expect(hist('vllm:request_generation_tokens').sum).toBe(
      observed.completion,
    );
    expect(hist('vllm:request_prompt_tokens').sum).toBe(observed.prompt);
    expect(
      hist('vllm:request_prompt_tokens')
        .buckets.slice(0, 4)
        .map(b => b[0]),
    ).toEqual([1, 2, 5, 10]);
    expect(hist('vllm:iteration_tokens_total').sum).toBeGreaterThanOrEqual(
      observed.prompt + observed.completion - observed.requests,
    );
    expect(m.get('vllm:prompt_tokens_total')!.type).toBe('COUNTER');
    expect(valueOf(m, 'vllm:cache_config_info', { block_size: '16' })).toBe(1);
    expect(observed.streamed).toBe(2);
  });
});
