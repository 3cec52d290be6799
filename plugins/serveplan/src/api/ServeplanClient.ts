import {
  calibrationSchema,
  engineDefaultsSchema,
  gpuSchema,
  KnowledgeBase,
  modelSchema,
  priceSchema,
  useCasesFileSchema,
} from '@serveplan/plugin-serveplan-common';
import { z } from 'zod';
import { DefaultApiClient, TypedResponse } from '../schema/openapi';
import type {
  ConversationDetail,
  ConversationList,
  ConversationTurn,
  InputLengthSweep,
  InputLengthSweepRequest,
  MessageRequest,
  NewConversationRequest,
  Plan,
  PlanRequest,
  RateSweep,
  RateSweepRequest,
} from '../schema/openapi';
import { EffectiveKnowledgeBase, ServeplanApi } from './ServeplanApi';
import { ServeplanApiError } from './ServeplanApiError';

/** The engine's view of the kb body: the backend sends a `KnowledgeBase` plus bookkeeping. */
const knowledgeBaseSchema = z.object({
  version: z.string(),
  models: z.array(modelSchema),
  gpus: z.array(gpuSchema),
  prices: z.array(priceSchema),
  engine: engineDefaultsSchema,
  calibration: calibrationSchema,
  useCases: useCasesFileSchema,
});

/**
 * The serveplan API over the client generated from the backend's OpenAPI spec
 * (`src/schema/openapi.yaml` of the backend plugin), with Backstage's discovery and fetch APIs.
 *
 * @public
 */
export class ServeplanClient implements ServeplanApi {
  readonly #client: DefaultApiClient;
  #kb: Promise<EffectiveKnowledgeBase> | undefined;

  constructor(options: {
    discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
    fetchApi: { fetch: typeof fetch };
  }) {
    this.#client = new DefaultApiClient(options);
  }

  createConversation(
    request: NewConversationRequest,
  ): Promise<ConversationTurn> {
    return this.#json(() => this.#client.createConversation({ body: request }));
  }

  postMessage(
    conversationId: string,
    request: MessageRequest,
  ): Promise<ConversationTurn> {
    return this.#json(() =>
      this.#client.postMessage({ path: { conversationId }, body: request }),
    );
  }

  getConversation(conversationId: string): Promise<ConversationDetail> {
    return this.#json(() =>
      this.#client.getConversation({ path: { conversationId } }),
    );
  }

  listConversations(
    options: { limit?: number; offset?: number } = {},
  ): Promise<ConversationList> {
    return this.#json(() => this.#client.listConversations({ query: options }));
  }

  createPlan(request: PlanRequest): Promise<Plan> {
    return this.#json(() => this.#client.createPlan({ body: request }));
  }

  getPlan(planId: string): Promise<Plan> {
    return this.#json(() => this.#client.getPlan({ path: { planId } }));
  }

  /** Fetched once per page session (the kb changes only when an operator edits prices or files). */
  getKnowledgeBase(): Promise<EffectiveKnowledgeBase> {
    if (!this.#kb) {
      this.#kb = this.#json(() => this.#client.getKnowledgeBase({})).then(
        body => {
          const parsed = knowledgeBaseSchema.safeParse(body);
          if (!parsed.success) {
            throw new ServeplanApiError({
              message: `the knowledge base from the backend does not match this page's engine (${parsed.error.issues[0]?.path.join(
                '.',
              )}: ${
                parsed.error.issues[0]?.message
              }); reload the page after upgrading both plugins`,
              status: 200,
              fromBackend: true,
              incompatible: true,
            });
          }
          const kb: KnowledgeBase = parsed.data;
          return { kb };
        },
      );
      this.#kb.catch(() => {
        this.#kb = undefined;
      });
    }
    return this.#kb;
  }

  sweepRequestRate(request: RateSweepRequest): Promise<RateSweep> {
    return this.#json(() => this.#client.sweepRequestRate({ body: request }));
  }

  sweepInputLength(
    request: InputLengthSweepRequest,
  ): Promise<InputLengthSweep> {
    return this.#json(() => this.#client.sweepInputLength({ body: request }));
  }

  async #json<T>(call: () => Promise<TypedResponse<T>>): Promise<T> {
    let response: TypedResponse<T>;
    try {
      response = await call();
    } catch (e) {
      throw ServeplanApiError.unreachable(e);
    }
    if (!response.ok) throw await ServeplanApiError.fromResponse(response);
    return response.json();
  }
}
