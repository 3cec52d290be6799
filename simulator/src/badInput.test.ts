/**
 * Bad input gets vLLM-shaped errors and status codes, and the server keeps serving everyone
 * else: a stream started before the bad requests finishes intact.
 */
import {
  postJson,
  startTestSimulator,
  TestSimulator,
} from './__testUtils__/simulator';

describe('bad input', () => {
  let t: TestSimulator;
  beforeAll(async () => {
    t = await startTestSimulator(['--max-request-body-bytes', '65536']);
  });
  afterAll(async () => {
    await t.stop();
  });
  const model = 'meta-llama/Llama-3.2-1B-Instruct';
  const completions = () => `${t.url}/v1/completions`;

  const expectVllmError = (
    r: { status: number; json: any },
    status: number,
    message: RegExp | string,
  ) => {
    expect(r.status).toBe(status);
    expect(Object.keys(r.json)).toEqual(['error']);
    expect(r.json.error.code).toBe(status);
    expect(typeof r.json.error.type).toBe('string');
    expect('param' in r.json.error).toBe(true);
    if (typeof message === 'string') expect(r.json.error.message).toBe(message);
    else expect(r.json.error.message).toMatch(message);
  };

  it('answers each kind of bad request with the right status while a stream keeps flowing', async () => {
    // A long stream in flight during all the bad requests.
    const streaming = fetch(completions(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model,
        prompt: 'keep going',
        max_tokens: 300,
        stream: true,
      }),
    }).then(r => r.text());

    const raw = await fetch(completions(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"model": "x", "prompt": ',
    });
    expectVllmError(
      { status: raw.status, json: await raw.json() },
      400,
      /^JSON decode error/,
    );

    expectVllmError(
      await postJson(completions(), { model, prompt: 'hi', max_tokens: 'ten' }),
      400,
      /max_tokens/,
    );
    expectVllmError(
      await postJson(completions(), { model, prompt: 42 }),
      400,
      /prompt/,
    );
    expectVllmError(
      await postJson(completions(), { model, prompt: 'hi', stream: 'yes' }),
      400,
      /stream/,
    );
    expectVllmError(
      await postJson(`${t.url}/v1/chat/completions`, {
        model,
        messages: 'hello',
      }),
      400,
      /messages/,
    );
    expectVllmError(
      await postJson(`${t.url}/v1/chat/completions`, { model, messages: [] }),
      400,
      /messages/,
    );
    expectVllmError(
      await postJson(completions(), [1, 2, 3]),
      400,
      /JSON object/,
    );

    const huge = await postJson(completions(), {
      model,
      prompt: 'x '.repeat(40_000),
      max_tokens: 5,
    });
    expectVllmError(huge, 413, /limit is 65536 bytes/);

    const long = await postJson(completions(), {
      model,
      prompt: 'word '.repeat(2048),
      max_tokens: 5,
    });
    expectVllmError(
      long,
      400,
      "This model's maximum context length is 2048 tokens. However, your request has 2048 input tokens. Please reduce the length of the input messages.",
    );
    const tooMany = await postJson(completions(), {
      model,
      prompt: 'word '.repeat(1000),
      max_tokens: 1100,
    });
    expectVllmError(
      tooMany,
      400,
      "'max_tokens' or 'max_completion_tokens' is too large: 1100. This model's maximum context length is 2048 tokens and your request has 1000 input tokens (1100 > 2048 - 1000).",
    );
    expectVllmError(
      await postJson(completions(), { model, prompt: 'hi', max_tokens: 0 }),
      400,
      'max_tokens must be at least 1, got 0.',
    );
    expectVllmError(
      await postJson(completions(), { model, prompt: 'hi', max_tokens: -3 }),
      400,
      'max_tokens must be at least 1, got -3.',
    );
    const unknown = await postJson(completions(), {
      model: 'gpt-5',
      prompt: 'hi',
      max_tokens: 3,
    });
    expectVllmError(unknown, 404, 'The model `gpt-5` does not exist.');
    expect(unknown.json.error.type).toBe('NotFoundError');
    const notFound = await fetch(`${t.url}/v1/nothing`);
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ detail: 'Not Found' });
    expectVllmError(
      await postJson(`${t.url}/v1/chat/completions`, {
        model,
        messages: [
          {
            role: 'user',
            content: [{ type: 'image_url', image_url: { url: 'x' } }],
          },
        ],
      }),
      400,
      /text-only/,
    );

    const body = await streaming;
    const events = body.split('\n\n').filter(e => e.startsWith('data: '));
    expect(events.at(-1)).toBe('data: [DONE]');
    expect(events.length).toBe(301);

    // And a normal request still works afterwards.
    const ok = await postJson(completions(), {
      model,
      prompt: 'still here?',
      max_tokens: 4,
    });
    expect(ok.status).toBe(200);
    expect(ok.json.usage.completion_tokens).toBe(4);
  }, 30_000);
});
