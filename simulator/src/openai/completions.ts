/** POST /v1/completions: text or token-id prompts (one or a batch), n choices, streaming or not. */
import type { FastifyInstance } from 'fastify';
import { performance } from 'node:perf_hooks';
import { FAULT_HEADER } from '../faults';
import type { ApiDeps } from './deps';
import { runGeneration } from './generation';
import { planChoices, PromptInput } from './requestPlan';
import {
  completionRequestSchema,
  CompletionRequest,
  parseBody,
} from './schemas';
import { ApiError } from './errors';

function toPrompts(prompt: CompletionRequest['prompt']): PromptInput[] {
  if (typeof prompt === 'string') return [{ text: prompt }];
  if (prompt.length > 0 && typeof prompt[0] === 'number')
    return [{ ids: prompt as number[] }];
  if (prompt.length > 0 && typeof prompt[0] === 'string')
    return (prompt as string[]).map(text => ({ text }));
  return (prompt as number[][]).map(ids => ({ ids }));
}

export function stopList(stop: string | string[] | null | undefined): string[] {
  if (stop === null || stop === undefined) return [];
  return (typeof stop === 'string' ? [stop] : stop).filter(s => s.length > 0);
}

export function registerCompletions(app: FastifyInstance, deps: ApiDeps) {
  app.post('/v1/completions', async (request, reply) => {
    const receivedAt = performance.now();
    const body = parseBody(completionRequestSchema, request.body);
    deps.checkModel(body.model);
    const prompts = toPrompts(body.prompt);
    const n = body.n ?? 1;
    const plans = planChoices(
      prompts,
      {
        maxTokens: body.max_tokens,
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
    const echoPrompts = body.echo
      ? prompts.map(p => (p.ids ? deps.tokenizer.decode(p.ids) : p.text ?? ''))
      : undefined;
    void runGeneration(deps.gen, reply, plans, {
      kind: 'completion',
      stream,
      includeUsage:
        stream &&
        (!!body.stream_options?.include_usage || deps.gen.forceIncludeUsage),
      continuousUsage: stream && !!body.stream_options?.continuous_usage_stats,
      echoPrompts,
      n,
      promptTokens: plans
        .filter(p => p.index % n === 0)
        .map(p => p.promptTokens),
      fault,
      receivedAt,
    });
    return reply;
  });
}
