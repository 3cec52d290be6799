import { createApiRef } from '@backstage/frontend-plugin-api';
import type { KnowledgeBase } from '@serveplan/plugin-serveplan-common';
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

/**
 * The effective knowledge base from the backend, validated into the engine's type so the
 * isomorphic engine can run on it in the browser.
 *
 * @public
 */
export interface EffectiveKnowledgeBase {
  kb: KnowledgeBase;
}

/**
 * serveplan's backend, as the page uses it. Every method throws a `ServeplanApiError` on
 * failure.
 *
 * @public
 */
export interface ServeplanApi {
  createConversation(
    request: NewConversationRequest,
  ): Promise<ConversationTurn>;
  postMessage(
    conversationId: string,
    request: MessageRequest,
  ): Promise<ConversationTurn>;
  getConversation(conversationId: string): Promise<ConversationDetail>;
  listConversations(options?: {
    limit?: number;
    offset?: number;
  }): Promise<ConversationList>;
  createPlan(request: PlanRequest): Promise<Plan>;
  getPlan(planId: string): Promise<Plan>;
  getKnowledgeBase(): Promise<EffectiveKnowledgeBase>;
  sweepRequestRate(request: RateSweepRequest): Promise<RateSweep>;
  sweepInputLength(request: InputLengthSweepRequest): Promise<InputLengthSweep>;
}

/**
 * The serveplan API.
 *
 * @public
 */
export const serveplanApiRef = createApiRef<ServeplanApi>().with({
  id: 'plugin.serveplan.api',
  pluginId: 'serveplan',
});
