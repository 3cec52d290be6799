import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { serveplanPermissions } from '@serveplan/plugin-serveplan-common';
import { createRouter } from './router/router';
import { registerActions } from './actions/registerActions';
import { knowledgeBaseServiceRef } from './services/kb/KnowledgeBaseService';
import { intentServiceRef } from './services/intent/IntentService';
import { planServiceRef } from './services/plan/PlanService';
import { conversationServiceRef } from './services/conversation/ConversationService';
import { engineServiceRef } from './services/engine/EngineService';

/**
 * serveplan's backend: words → intent → plan over Backstage's database, as a REST API
 * (src/schema/openapi.yaml) and as actions.
 *
 * @public
 */
export const serveplanPlugin = createBackendPlugin({
  pluginId: 'serveplan',
  register(env) {
    env.registerInit({
      deps: {
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissionsRegistry: coreServices.permissionsRegistry,
        actionsRegistry: actionsRegistryServiceRef,
        knowledgeBase: knowledgeBaseServiceRef,
        intent: intentServiceRef,
        plans: planServiceRef,
        conversations: conversationServiceRef,
        engine: engineServiceRef,
      },
      async init({
        httpAuth,
        httpRouter,
        permissionsRegistry,
        actionsRegistry,
        knowledgeBase,
        intent,
        plans,
        conversations,
        engine,
      }) {
        permissionsRegistry.addPermissions(serveplanPermissions);
        registerActions({
          actionsRegistry,
          knowledgeBase,
          intent,
          plans,
          engine,
        });
        httpRouter.use(
          await createRouter({
            httpAuth,
            knowledgeBase,
            intent,
            plans,
            conversations,
            engine,
          }),
        );
      },
    });
  },
});
