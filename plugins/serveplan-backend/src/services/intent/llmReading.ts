/**
 * One reading of a request by a language model: structured output under the intent's JSON
 * Schema, validated by `parseLlmIntent`, retried with the validation errors, and on failure a
 * notice saying why the built-in rules answer alone.
 */
import {
  KnowledgeBase,
  LLM_INTENT_INSTRUCTIONS,
  LlmIntent,
  llmIntentJsonSchema,
  parseLlmIntent,
} from '@serveplan/plugin-serveplan-common';
import {
  ChatMessage,
  classify,
  LlmCallError,
  StructuredChatClient,
} from './chatClients';

export type LlmReading =
  | {
      ok: true;
      intent: Partial<LlmIntent>;
      notices: string[];
      attempts: number;
    }
  | { ok: false; notice: string; attempts: number };

/** Why a call failed, in a few words. */
export function describeFailure(
  error: LlmCallError,
  timeoutMs: number,
): string {
  switch (error.kind) {
    case 'timeout':
      return `did not answer within ${Math.round(timeoutMs / 100) / 10} s`;
    case 'unreachable':
      return `is not reachable (${error.message})`;
    case 'http':
      return `answered HTTP ${error.status}${
        error.message ? `: ${error.message}` : ''
      }`;
    default:
      return `failed: ${error.message}`;
  }
}

export async function readWithLlm(
  client: StructuredChatClient,
  text: string,
  knowledgeBase: KnowledgeBase,
  options: { timeoutMs: number; maxAttempts: number },
): Promise<LlmReading> {
  const messages: ChatMessage[] = [
    { role: 'system', content: LLM_INTENT_INSTRUCTIONS },
    { role: 'user', content: text },
  ];
  let errors: string[] = [];
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    let raw: string;
    try {
      raw = await client.complete(
        messages,
        llmIntentJsonSchema as Record<string, unknown>,
        { timeoutMs: options.timeoutMs },
      );
    } catch (error) {
      return {
        ok: false,
        attempts: attempt,
        notice: `the language model (${client.description}) ${describeFailure(
          classify(error, false, options.timeoutMs),
          options.timeoutMs,
        )}; the built-in rules read the request instead`,
      };
    }
    const parsed = parseLlmIntent(raw, { knowledgeBase });
    if (parsed.ok)
      return {
        ok: true,
        intent: parsed.intent,
        notices: parsed.notices,
        attempts: attempt,
      };
    errors = parsed.errors;
    messages.push(
      { role: 'assistant', content: raw.slice(0, 8000) },
      {
        role: 'user',
        content: `That reply is not valid: ${errors
          .slice(0, 20)
          .join(
            '; ',
          )}. Reply again with one JSON object that follows the schema.`,
      },
    );
  }
  return {
    ok: false,
    attempts: options.maxAttempts,
    notice: `the language model (${
      client.description
    }) returned unusable output ${options.maxAttempts} time(s) (${errors
      .slice(0, 3)
      .join('; ')}); the built-in rules read the request instead`,
  };
}
