/**
 * Request bodies of the OpenAI-compatible routes. Fields vLLM accepts but the simulator has no
 * use for (temperature, top_p, logprobs, tools, ...) are type-checked where vLLM checks them and
 * otherwise passed through, as vLLM ignores unknown fields.
 */
import { z } from 'zod';
import { ApiError } from './errors';

const optInt = z.number().int().nullish();
const optNumber = z.number().nullish();

const sampling = {
  model: z.string().nullish(),
  max_tokens: optInt,
  n: z.number().int().min(1).max(128).nullish(),
  stream: z.boolean().nullish(),
  stream_options: z
    .object({
      include_usage: z.boolean().nullish(),
      continuous_usage_stats: z.boolean().nullish(),
    })
    .nullish(),
  stop: z.union([z.string(), z.array(z.string())]).nullish(),
  temperature: z.number().min(0).nullish(),
  top_p: z.number().gt(0).max(1).nullish(),
  top_k: optInt,
  min_p: optNumber,
  frequency_penalty: optNumber,
  presence_penalty: optNumber,
  repetition_penalty: optNumber,
  seed: optInt,
  ignore_eos: z.boolean().nullish(),
  min_tokens: z.number().int().min(0).nullish(),
  user: z.string().nullish(),
  request_id: z.string().nullish(),
};

export const completionRequestSchema = z.looseObject({
  ...sampling,
  prompt: z.union([
    z.string(),
    z.array(z.string()).min(1),
    z.array(z.number().int().min(0)).min(1),
    z.array(z.array(z.number().int().min(0)).min(1)).min(1),
  ]),
  echo: z.boolean().nullish(),
  logprobs: optInt,
  suffix: z.string().nullish(),
});
export type CompletionRequest = z.infer<typeof completionRequestSchema>;

const contentPart = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
});
const message = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(contentPart)]).nullish(),
  name: z.string().nullish(),
});

export const chatRequestSchema = z.looseObject({
  ...sampling,
  messages: z.array(message).min(1),
  max_completion_tokens: optInt,
  logprobs: z.boolean().nullish(),
  top_logprobs: optInt,
  add_generation_prompt: z.boolean().nullish(),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

export const tokenizeRequestSchema = z
  .looseObject({
    model: z.string().nullish(),
    prompt: z.string().optional(),
    messages: z.array(message).min(1).optional(),
    add_generation_prompt: z.boolean().nullish(),
    add_special_tokens: z.boolean().nullish(),
    return_token_strs: z.boolean().nullish(),
  })
  .refine(b => (b.prompt === undefined) !== (b.messages === undefined), {
    message: 'give either prompt or messages',
  });

export const detokenizeRequestSchema = z.looseObject({
  model: z.string().nullish(),
  tokens: z.array(z.number().int()),
});

/** Validates a body; on failure, a 400 naming every offending field (vLLM turns FastAPI's 422 into 400). */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'Invalid request: the body must be a JSON object');
  }
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 5).map(i => {
    const path = i.path.length ? i.path.join('.') : 'body';
    return `${path}: ${i.message}`;
  });
  const first = r.error.issues[0];
  const param = first && first.path.length ? String(first.path[0]) : null;
  throw new ApiError(400, `Invalid request: ${issues.join('; ')}`, param);
}
