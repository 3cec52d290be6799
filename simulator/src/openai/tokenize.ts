/** POST /tokenize and /detokenize with the simulator's tokenizer (vLLM's request and response fields). */
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from './deps';
import {
  detokenizeRequestSchema,
  parseBody,
  tokenizeRequestSchema,
} from './schemas';
import { renderMessages } from './chat';

export function registerTokenize(app: FastifyInstance, deps: ApiDeps) {
  app.post('/tokenize', async request => {
    const body = parseBody(tokenizeRequestSchema, request.body);
    deps.checkModel(body.model);
    const text = body.messages
      ? renderMessages(body.messages, body.add_generation_prompt ?? true)
      : body.prompt ?? '';
    const pieces = deps.tokenizer.pieces(text);
    return {
      count: pieces.length,
      max_model_len: deps.maxModelLen,
      tokens: pieces.map(p => deps.tokenizer.idOf(p)),
      token_strs: body.return_token_strs ? pieces : null,
    };
  });
  app.post('/detokenize', async request => {
    const body = parseBody(detokenizeRequestSchema, request.body);
    deps.checkModel(body.model);
    return { prompt: deps.tokenizer.decode(body.tokens) };
  });
}
