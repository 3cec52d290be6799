/** POST /v1/chat/completions: messages rendered with the simulator's chat template. */
import type { FastifyInstance } from 'fastify';
import { performance } from 'node:perf_hooks';
import { FAULT_HEADER } from '../faults';
import { renderChat } from '../tokenizer';
import type { ApiDeps } from './deps';
import { ApiError } from './errors';
import { runGeneration } from './generation';
import { planChoices } from './requestPlan';
import { ChatRequest, chatRequestSchema, parseBody } from './schemas';
import { stopList } from './completions';

/** The text of a message's content; the simulated models are text-only. */
export function messageText(
  content: ChatRequest['messages'][number]['content'],
): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  return content
    .map(part => {
      if (part.type !== 'text') {
        throw new ApiError(
          400,
          `The simulated model is text-only: content part type "${part.type}" is not supported.`,
          'messages',
        );
      }
      return part.text ?? '';
    })
    .join('\n');
}

export function renderMessages(
  messages: ChatRequest['messages'],
  addGenerationPrompt: boolean,
): string {
  return renderChat(
    messages.map(m => ({ role: m.role, content: messageText(m.content) })),
    addGenerationPrompt,
  );
}

export function registerChat(app: FastifyInstance, deps: ApiDeps) {
  app.post('/v1/chat/completions', async (request, reply) => {
    const receivedAt = performance.now();
    const body = parseBody(chatRequestSchema, request.body);
    deps.checkModel(body.model);
    const text = renderMessages(
      body.messages,
      body.add_generation_prompt ?? true,
    );
    const n = body.n ?? 1;
    const plans = planChoices(
      [{ text }],
      {
        maxTokens: body.max_completion_tokens ?? body.max_tokens,
        n,
        stop: stopList(body.stop),
        ignoreEos: body.ignore_eos ?? false,
        minTokens: body.min_tokens ?? 0,
        seed: body.seed,
      },
      deps.plan,
    );
    const stream = body.stream ?? false;
    const fault = deps.faults.decide(request.headers[FAULT_HEADER]);
    if (fault?.kind === 'http') throw fault.error;
    if (fault?.kind === 'stream' && !stream)
      throw new ApiError(500, 'Injected failure: the engine failed.');
    deps.admission.check(plans.length);
    void runGeneration(deps.gen, reply, plans, {
      kind: 'chat',
      stream,
      includeUsage:
        stream &&
        (!!body.stream_options?.include_usage || deps.gen.forceIncludeUsage),
      continuousUsage: stream && !!body.stream_options?.continuous_usage_stats,
      n,
      promptTokens: [plans[0].promptTokens],
      fault,
      receivedAt,
    });
    return reply;
  });
}
