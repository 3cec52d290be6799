/**
 * Operations: the bounded admission queue, failure injection, slow readiness, the API key,
 * client disconnects and graceful shutdown.
 */
import {
  postJson,
  scrape,
  startTestSimulator,
  valueOf,
} from './__testUtils__/simulator';

const model = 'meta-llama/Llama-3.2-1B-Instruct';
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

function stream(url: string, maxTokens: number, signal?: AbortSignal) {
  return fetch(`${url}/v1/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model,
      prompt: 'a long answer please',
      max_tokens: maxTokens,
      stream: true,
    }),
    signal,
  });
}

describe('operations', () => {
  it('refuses requests beyond --max-num-queued-reqs with 503 and a clear body, and serves the rest', async () => {
    const t = await startTestSimulator([
      '--max-num-seqs',
      '1',
      '--max-num-batched-tokens',
      '64',
      '--max-num-queued-reqs',
      '2',
    ]);
    try {
      const running = stream(t.url, 200);
      await sleep(100);
      const queued = [stream(t.url, 5), stream(t.url, 5)];
      await sleep(50);
      const refused = await postJson(`${t.url}/v1/completions`, {
        model,
        prompt: 'one more',
        max_tokens: 5,
      });
      expect(refused.status).toBe(503);
      expect(refused.json.error.message).toMatch(
        /overloaded: 2 requests are already waiting \(limit --max-num-queued-reqs 2\)/,
      );
      expect(refused.headers.get('retry-after')).toBe('1');
      for (const r of [running, ...queued])
        expect((await (await r).text()).endsWith('data: [DONE]\n\n')).toBe(
          true,
        );
      const after = await postJson(`${t.url}/v1/completions`, {
        model,
        prompt: 'now there is room',
        max_tokens: 5,
      });
      expect(after.status).toBe(200);
    } finally {
      await t.stop();
    }
  }, 30_000);

  it('injects failures by rate and by header, including an error in the middle of a stream', async () => {
    const t = await startTestSimulator([
      '--failure-rate',
      '0.5',
      '--failure-codes',
      '500,429',
      '--seed',
      '3',
    ]);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++)
        statuses.push(
          (
            await postJson(`${t.url}/v1/completions`, {
              model,
              prompt: 'x',
              max_tokens: 1,
            })
          ).status,
        );
      const failed = statuses.filter(s => s !== 200);
      expect(failed.length).toBeGreaterThan(8);
      expect(failed.length).toBeLessThan(32);
      expect(new Set(failed)).toEqual(new Set([500, 429]));

      const forced = await postJson(
        `${t.url}/v1/completions`,
        { model, prompt: 'x', max_tokens: 1 },
        { 'x-serveplan-fault': '502' },
      );
      expect(forced.status).toBe(502);
      expect(forced.json.error).toMatchObject({
        code: 502,
        type: 'BadGatewayError',
      });
      const badHeader = await postJson(
        `${t.url}/v1/completions`,
        { model, prompt: 'x', max_tokens: 1 },
        { 'x-serveplan-fault': 'please' },
      );
      expect(badHeader.status).toBe(400);
    } finally {
      await t.stop();
    }
    const s = await startTestSimulator();
    try {
      const res = await fetch(`${s.url}/v1/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-serveplan-fault': 'stream',
        },
        body: JSON.stringify({
          model,
          prompt: 'x',
          max_tokens: 50,
          stream: true,
        }),
      });
      expect(res.status).toBe(200);
      const events = (await res.text()).split('\n\n').filter(Boolean);
      expect(events.at(-1)).toBe('data: [DONE]');
      const err = JSON.parse(events.at(-2)!.slice(6));
      expect(err.error.code).toBe(500);
      expect(events.length).toBeLessThan(10);
      const m = await scrape(s.url);
      expect(
        valueOf(m, 'vllm:request_success_total', { finished_reason: 'error' }),
      ).toBe(1);
      expect(valueOf(m, 'vllm:num_requests_running')).toBe(0);
    } finally {
      await s.stop();
    }
  }, 30_000);

  it('answers 503 on /health until --ready-delay has passed', async () => {
    const t = await startTestSimulator(['--ready-delay', '0.6']);
    try {
      const early = await fetch(`${t.url}/health`);
      expect(early.status).toBe(503);
      expect(
        (
          await postJson(`${t.url}/v1/completions`, {
            model,
            prompt: 'x',
            max_tokens: 1,
          })
        ).status,
      ).toBe(503);
      await sleep(900);
      const ready = await fetch(`${t.url}/health`);
      expect(ready.status).toBe(200);
      expect(await ready.text()).toBe('');
    } finally {
      await t.stop();
    }
  });

  it('requires the API key on /v1 routes only, as vLLM does', async () => {
    const t = await startTestSimulator(['--api-key', 'sekret']);
    try {
      const denied = await postJson(`${t.url}/v1/completions`, {
        model,
        prompt: 'x',
        max_tokens: 1,
      });
      expect(denied.status).toBe(401);
      expect(denied.json).toEqual({ error: 'Unauthorized' });
      const ok = await postJson(
        `${t.url}/v1/completions`,
        { model, prompt: 'x', max_tokens: 1 },
        { authorization: 'Bearer sekret' },
      );
      expect(ok.status).toBe(200);
      expect((await fetch(`${t.url}/health`)).status).toBe(200);
      expect((await fetch(`${t.url}/version`)).status).toBe(200);
    } finally {
      await t.stop();
    }
  });

  it('aborts the engine request when the client goes away', async () => {
    const t = await startTestSimulator();
    try {
      const ac = new AbortController();
      const res = await stream(t.url, 2000, ac.signal);
      const reader = res.body!.getReader();
      await reader.read();
      await reader.read();
      ac.abort();
      await sleep(200);
      const m = await scrape(t.url);
      expect(
        valueOf(m, 'vllm:request_success_total', { finished_reason: 'abort' }),
      ).toBe(1);
      expect(valueOf(m, 'vllm:num_requests_running')).toBe(0);
      expect(valueOf(m, 'vllm:kv_cache_usage_perc')).toBe(0);
    } finally {
      await t.stop();
    }
  });

  it('shuts down gracefully: streams in flight finish, new requests are refused', async () => {
    const t = await startTestSimulator();
    const running = stream(t.url, 150).then(r => r.text());
    await sleep(100);
    const stopping = t.sim.shutdown();
    await sleep(20);
    const late = await fetch(`${t.url}/v1/models`).then(
      r => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    const body = await running;
    expect(body.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(body.split('\n\n').filter(Boolean)).toHaveLength(151);
    await stopping;
    await t.sim.closed;
    expect(t.logs.some(l => l.includes('"stopped"'))).toBe(true);
  }, 30_000);
});
