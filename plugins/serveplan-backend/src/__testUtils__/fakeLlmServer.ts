/**
 * A local HTTP server speaking Ollama's chat API (POST /api/chat) and the OpenAI-compatible
 * one (POST /v1/chat/completions). It stands in for a language model: each reply's content is
 * what the test scripts (valid JSON, garbage, silence), so the backend's real clients, timeouts,
 * retries and fallbacks run over real HTTP.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';

export type ScriptedReply =
  | { content: string }
  /** Never answer (a model that is too slow). */
  | { hang: true }
  /** Answer with an HTTP error. */
  | { status: number; body: string };

export interface RecordedRequest {
  path: string;
  body: {
    model?: string;
    messages?: Array<{ role: string; content: string }>;
    format?: unknown;
    response_format?: {
      type?: string;
      json_schema?: { name?: string; schema?: unknown; strict?: boolean };
    };
    stream?: boolean;
  };
}

export class FakeLlmServer {
  readonly requests: RecordedRequest[] = [];
  #replies: ScriptedReply[] = [];
  #last: ScriptedReply = { content: '' };
  #server?: http.Server;

  /** Replies in order; the last one repeats. */
  script(...replies: ScriptedReply[]): this {
    this.#replies = [...replies];
    this.#last = replies[replies.length - 1] ?? { content: '' };
    this.requests.length = 0;
    return this;
  }

  async start(): Promise<string> {
    this.#server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', chunk => {
        raw += chunk;
      });
      req.on('end', () => {
        const body = raw ? JSON.parse(raw) : {};
        this.requests.push({ path: req.url ?? '', body });
        const reply = this.#replies.shift() ?? this.#last;
        if ('hang' in reply) return;
        if ('status' in reply) {
          res
            .writeHead(reply.status, { 'content-type': 'application/json' })
            .end(reply.body);
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        if (req.url === '/api/chat') {
          res.end(
            JSON.stringify({
              model: body.model,
              created_at: new Date().toISOString(),
              message: { role: 'assistant', content: reply.content },
              done: true,
              done_reason: 'stop',
              total_duration: 1,
              load_duration: 1,
              prompt_eval_count: 1,
              prompt_eval_duration: 1,
              eval_count: 1,
              eval_duration: 1,
            }),
          );
        } else if (req.url === '/v1/chat/completions') {
          res.end(
            JSON.stringify({
              id: 'chatcmpl-test',
              object: 'chat.completion',
              created: Math.floor(Date.now() / 1000),
              model: body.model,
              choices: [
                {
                  index: 0,
                  message: {
                    role: 'assistant',
                    content: reply.content,
                    refusal: null,
                  },
                  finish_reason: 'stop',
                  logprobs: null,
                },
              ],
              usage: {
                prompt_tokens: 1,
                completion_tokens: 1,
                total_tokens: 2,
              },
            }),
          );
        } else {
          res.writeHead(404).end();
        }
      });
    });
    await new Promise<void>(resolve =>
      this.#server!.listen(0, '127.0.0.1', resolve),
    );
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (!this.#server) return;
    this.#server.closeAllConnections();
    await new Promise<void>(resolve => this.#server!.close(() => resolve()));
  }
}

/** A port nothing listens on (a model server that is down). */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>(resolve => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
