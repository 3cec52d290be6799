/**
 * One request to an OpenAI-compatible server, timed on the client with performance.now():
 * send, first token (first chunk carrying generated text), each later token chunk (the
 * inter-token gaps go straight to a callback, nothing is kept per token), last token and end of
 * the response. SSE is parsed with eventsource-parser; errors are classified by type.
 */
import { createParser } from 'eventsource-parser';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import type { Dispatcher } from 'undici';
import type { Endpoint } from './prompt';

export interface ClientConfig {
  /** Base URL without the /v1 suffix. */
  base: string;
  endpoint: Endpoint;
  model: string;
  stream: boolean;
  ignoreEos: boolean;
  headers: Record<string, string>;
  dispatcher: Dispatcher;
  timeoutMs: number;
}

export interface RequestOutcome {
  ok: boolean;
  errorType?: string;
  errorMessage?: string;
  sentAt: number;
  firstTokenAt?: number;
  lastTokenAt?: number;
  endAt: number;
  /** usage.completion_tokens when the server sent usage, else the token chunks counted. */
  outputTokens: number;
  /** usage.prompt_tokens, when sent. */
  promptTokens?: number;
  tokenChunks: number;
  usageReported: boolean;
  /** The simulator's x-serveplan-timing response header: where its timing comes from. */
  timing?: string;
}

function errorTypeOf(e: unknown): string {
  // AbortSignal.timeout's DOMException: the request's total time ran out.
  if ((e as { name?: string }).name === 'TimeoutError') return 'timeout';
  const code = (e as { code?: string }).code ?? '';
  if (code === 'ECONNREFUSED') return 'connection_refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
    return 'connection_reset';
  if (
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  )
    return 'timeout';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  return 'client_error';
}

function messageOf(body: string): string {
  try {
    const j = JSON.parse(body);
    const m =
      j?.error?.message ??
      j?.message ??
      j?.detail ??
      (typeof j?.error === 'string' ? j.error : undefined);
    if (typeof m === 'string') return m.slice(0, 300);
  } catch {
    // not JSON
  }
  return body.slice(0, 300);
}

/** The generated text a chunk carries, or undefined for a chunk without any (role-only, usage). */
function chunkText(choice: any): string | undefined {
  if (!choice) return undefined;
  if (typeof choice.text === 'string') return choice.text;
  const d = choice.delta;
  if (!d) return undefined;
  if (typeof d.content === 'string' && !(d.role && d.content === ''))
    return d.content;
  if (typeof d.reasoning_content === 'string') return d.reasoning_content;
  if (Array.isArray(d.tool_calls) && d.tool_calls.length > 0) return '';
  return undefined;
}

export function requestBody(
  cfg: ClientConfig,
  prompt: string,
  maxTokens: number,
): string {
  const common: Record<string, unknown> = {
    model: cfg.model,
    max_tokens: maxTokens,
    stream: cfg.stream,
  };
  if (cfg.stream) common.stream_options = { include_usage: true };
  if (cfg.ignoreEos) common.ignore_eos = true;
  return JSON.stringify(
    cfg.endpoint === 'chat'
      ? { ...common, messages: [{ role: 'user', content: prompt }] }
      : { ...common, prompt },
  );
}

export async function sendRequest(
  cfg: ClientConfig,
  prompt: string,
  maxTokens: number,
  onGap: (seconds: number) => void,
): Promise<RequestOutcome> {
  const path =
    cfg.endpoint === 'chat' ? '/v1/chat/completions' : '/v1/completions';
  const body = requestBody(cfg, prompt, maxTokens);
  const out: RequestOutcome = {
    ok: false,
    sentAt: performance.now(),
    endAt: 0,
    outputTokens: 0,
    tokenChunks: 0,
    usageReported: false,
  };
  // --timeout bounds the whole request, a stream that trickles included; undici's idle timeouts
  // (between bytes) are set to the same value so their 300 s defaults never cut in first.
  const signal = AbortSignal.timeout(cfg.timeoutMs);
  const fail = (type: string, message: string) => {
    out.ok = false;
    out.errorType = type;
    out.errorMessage =
      type === 'timeout' && signal.aborted
        ? `no complete response within the ${
            cfg.timeoutMs / 1000
          } s per-request timeout`
        : message;
    out.endAt = performance.now();
    return out;
  };
  let res: Dispatcher.ResponseData;
  try {
    res = await request(`${cfg.base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: cfg.stream ? 'text/event-stream' : 'application/json',
        ...cfg.headers,
      },
      body,
      dispatcher: cfg.dispatcher,
      signal,
      headersTimeout: cfg.timeoutMs,
      bodyTimeout: cfg.timeoutMs,
    });
  } catch (e) {
    return fail(errorTypeOf(e), (e as Error).message);
  }
  const timing = res.headers['x-serveplan-timing'];
  if (typeof timing === 'string') out.timing = timing;
  if (res.statusCode !== 200) {
    let text = '';
    try {
      text = await res.body.text();
    } catch {
      // ignore
    }
    return fail(`http_${res.statusCode}`, messageOf(text));
  }
  if (!cfg.stream) {
    try {
      const json = (await res.body.json()) as any;
      out.endAt = performance.now();
      const usage = json?.usage;
      out.usageReported = typeof usage?.completion_tokens === 'number';
      out.outputTokens = out.usageReported ? usage.completion_tokens : 0;
      if (typeof usage?.prompt_tokens === 'number')
        out.promptTokens = usage.prompt_tokens;
      out.ok = Array.isArray(json?.choices);
      if (!out.ok) return fail('bad_response', 'no choices in the response');
      return out;
    } catch (e) {
      return fail(
        errorTypeOf(e) === 'client_error' ? 'bad_response' : errorTypeOf(e),
        (e as Error).message,
      );
    }
  }
  let done = false;
  let streamError: string | undefined;
  let badChunk: string | undefined;
  let now = 0;
  const parser = createParser({
    onEvent(ev) {
      if (done || streamError || badChunk) return;
      const data = ev.data;
      if (data === '[DONE]') {
        done = true;
        return;
      }
      let j: any;
      try {
        j = JSON.parse(data);
      } catch {
        badChunk = data.slice(0, 200);
        return;
      }
      if (j?.error) {
        streamError =
          typeof j.error === 'string'
            ? j.error
            : j.error.message ?? JSON.stringify(j.error);
        return;
      }
      if (j?.usage && typeof j.usage.completion_tokens === 'number') {
        out.usageReported = true;
        out.outputTokens = j.usage.completion_tokens;
        if (typeof j.usage.prompt_tokens === 'number')
          out.promptTokens = j.usage.prompt_tokens;
      }
      const text = chunkText(j?.choices?.[0]);
      if (text === undefined) return;
      if (out.firstTokenAt === undefined) out.firstTokenAt = now;
      else onGap((now - out.lastTokenAt!) / 1000);
      out.lastTokenAt = now;
      out.tokenChunks++;
    },
  });
  try {
    const decoder = new TextDecoder();
    for await (const chunk of res.body) {
      now = performance.now();
      parser.feed(decoder.decode(chunk as Uint8Array, { stream: true }));
      if (streamError || badChunk) break;
    }
  } catch (e) {
    return fail(errorTypeOf(e), (e as Error).message);
  }
  if (streamError) {
    res.body.destroy();
    return fail('stream_error', streamError.slice(0, 300));
  }
  if (badChunk) {
    res.body.destroy();
    return fail('bad_response', `unparseable SSE data: ${badChunk}`);
  }
  out.endAt = performance.now();
  if (!done)
    return fail('incomplete_stream', 'the stream ended without data: [DONE]');
  if (out.tokenChunks === 0)
    return fail('no_tokens', 'the stream carried no generated text');
  if (!out.usageReported) out.outputTokens = out.tokenChunks;
  out.ok = true;
  return out;
}
