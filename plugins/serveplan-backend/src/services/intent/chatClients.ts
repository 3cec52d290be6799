/**
 * Language-model endpoints for the intent engine, each asked for structured output that follows
 * a JSON Schema: Ollama (`format`) through the `ollama` client, and any OpenAI-compatible API
 * (`response_format: json_schema`) through the `openai` client.
 */
import { Ollama } from 'ollama';
import OpenAI from 'openai';
import { IntentProviderName, LlmEndpointConfig } from '../../config';

/** Why a call to a language model failed, classified for the notice a person reads. */
export class LlmCallError extends Error {
  readonly kind: 'timeout' | 'unreachable' | 'http' | 'other';
  readonly status?: number;

  constructor(kind: LlmCallError['kind'], message: string, status?: number) {
    super(message);
    this.name = 'LlmCallError';
    this.kind = kind;
    this.status = status;
  }
}

const NETWORK_CODES = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
];

/** The innermost error code of a fetch failure (fetch wraps the socket error in `cause`). */
function networkCode(error: unknown): string | undefined {
  let e = error as { code?: string; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++) {
    if (e.code && NETWORK_CODES.includes(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/** Maps a client's error to an LlmCallError, knowing whether our own deadline fired. */
export function classify(
  error: unknown,
  timedOut: boolean,
  timeoutMs: number,
): LlmCallError {
  if (error instanceof LlmCallError) return error;
  if (timedOut)
    return new LlmCallError('timeout', `no answer within ${timeoutMs} ms`);
  const code = networkCode(error);
  const e = error as {
    status?: unknown;
    status_code?: unknown;
    message?: string;
  };
  if (code) return new LlmCallError('unreachable', code);
  const status = [e?.status, e?.status_code].find(
    (v): v is number => typeof v === 'number',
  );
  if (status !== undefined)
    return new LlmCallError('http', (e.message ?? '').slice(0, 200), status);
  if (/fetch failed|connection error/i.test(e?.message ?? ''))
    return new LlmCallError('unreachable', e.message ?? '');
  return new LlmCallError('other', (e?.message ?? String(error)).slice(0, 200));
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface StructuredChatClient {
  readonly provider: Exclude<IntentProviderName, 'rules'>;
  /** For notices and logs: "Ollama model llama3.1:8b at http://localhost:11434". */
  readonly description: string;
  /** The model's reply (expected to be JSON following `schema`); throws LlmCallError. */
  complete(
    messages: ChatMessage[],
    schema: Record<string, unknown>,
    options: { timeoutMs: number },
  ): Promise<string>;
}

export class OllamaChatClient implements StructuredChatClient {
  readonly provider = 'ollama' as const;
  readonly description: string;

  constructor(private readonly config: LlmEndpointConfig) {
    this.description = `Ollama model ${config.model} at ${config.baseUrl}`;
  }

  async complete(
    messages: ChatMessage[],
    schema: Record<string, unknown>,
    options: { timeoutMs: number },
  ): Promise<string> {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const client = new Ollama({
      host: this.config.baseUrl,
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          signal: init?.signal
            ? AbortSignal.any([init.signal, timeout])
            : timeout,
        }),
    });
    try {
      const response = await client.chat({
        model: this.config.model,
        messages,
        format: schema,
        stream: false,
        options: { temperature: 0 },
      });
      return response.message?.content ?? '';
    } catch (error) {
      throw classify(error, timeout.aborted, options.timeoutMs);
    }
  }
}

export class OpenAiChatClient implements StructuredChatClient {
  readonly provider = 'openai' as const;
  readonly description: string;

  constructor(private readonly config: LlmEndpointConfig) {
    this.description = `model ${config.model} at ${config.baseUrl}`;
  }

  async complete(
    messages: ChatMessage[],
    schema: Record<string, unknown>,
    options: { timeoutMs: number },
  ): Promise<string> {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const client = new OpenAI({
      baseURL: this.config.baseUrl,
      // Local OpenAI-compatible servers accept any key; the client insists on one.
      apiKey: this.config.apiKey ?? 'no-key',
      timeout: options.timeoutMs,
      maxRetries: 0,
    });
    let content: string;
    try {
      const completion = await client.chat.completions.create(
        {
          model: this.config.model,
          messages,
          temperature: 0,
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'serveplan_intent', schema, strict: true },
          },
        },
        { signal: timeout },
      );
      const message = completion.choices[0]?.message;
      if (message?.refusal)
        throw new LlmCallError(
          'other',
          `the model refused: ${message.refusal}`,
        );
      content = message?.content ?? '';
    } catch (error) {
      throw classify(error, timeout.aborted, options.timeoutMs);
    }
    return content;
  }
}
