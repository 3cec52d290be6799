/**
 * sendRequest's --timeout is a limit on the whole request: a server that keeps the stream alive
 * with a token now and then (never idle long enough for an idle timeout) is still cut off.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { ClientConfig, sendRequest } from './client';

describe('sendRequest --timeout', () => {
  let server: http.Server;
  let base: string;
  let dispatcher: Agent;
  const closed: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let timer: NodeJS.Timeout | undefined;
      res.on('close', () => {
        clearInterval(timer);
        closed.push(req.url ?? '');
      });
      req.resume();
      req.on('end', () => {
        if (req.url === '/v1/completions') {
          // Streaming: a token every 100 ms, forever.
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          timer = setInterval(
            () => res.write('data: {"choices":[{"text":"x"}]}\n\n'),
            100,
          );
        } else {
          // Non-streaming: a JSON body that arrives one byte every 100 ms.
          const body = JSON.stringify({
            choices: [],
            padding: 'y'.repeat(200),
          });
          res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': body.length,
          });
          let i = 0;
          timer = setInterval(() => res.write(body[i++] ?? ''), 100);
        }
      });
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dispatcher = new Agent();
  });
  afterAll(async () => {
    await dispatcher.close();
    server.closeAllConnections();
    await new Promise(r => server.close(r));
  });

  const config = (stream: boolean): ClientConfig => ({
    base,
    endpoint: stream ? 'completions' : 'chat',
    model: 'm',
    stream,
    ignoreEos: true,
    headers: {},
    dispatcher,
    timeoutMs: 800,
  });

  it.each([
    ['a stream that trickles', true],
    ['a body that trickles', false],
  ])('gives up on %s after the timeout', async (_what, stream) => {
    const gaps: number[] = [];
    const o = await sendRequest(config(stream), 'hello', 10, g => gaps.push(g));
    expect(o.ok).toBe(false);
    expect(o.errorType).toBe('timeout');
    expect(o.errorMessage).toMatch(/0\.8 s per-request timeout/);
    const took = o.endAt - o.sentAt;
    expect(took).toBeGreaterThanOrEqual(750);
    expect(took).toBeLessThan(3000);
    // A trickling stream delivered tokens before the timeout; a buffered body delivered none.
    expect(gaps.length > 2).toBe(stream);
    // The connection to the server was given up, not left streaming.
    const url = stream ? '/v1/completions' : '/v1/chat/completions';
    for (let i = 0; i < 50 && !closed.includes(url); i++)
      await new Promise(r => setTimeout(r, 20));
    expect(closed).toContain(url);
  });
});
