/** GET /v1/models: each served name, with vLLM's fields (`root` = --model, `max_model_len`). */
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from './deps';

export function registerModels(
  app: FastifyInstance,
  deps: ApiDeps,
  created: number,
) {
  app.get('/v1/models', async () => ({
    object: 'list',
    data: deps.cfg.servedModelNames.map(id => ({
      id,
      object: 'model',
      created,
      owned_by: 'vllm',
      root: deps.cfg.model,
      parent: null,
      max_model_len: deps.maxModelLen,
      permission: [
        {
          id: `modelperm-${id.replace(/[^A-Za-z0-9]/g, '').slice(0, 24)}`,
          object: 'model_permission',
          created,
          allow_create_engine: false,
          allow_sampling: true,
          allow_logprobs: true,
          allow_search_indices: false,
          allow_view: true,
          allow_fine_tuning: false,
          organization: '*',
          group: null,
          is_blocking: false,
        },
      ],
    })),
  }));
}
