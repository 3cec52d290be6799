/**
 * serveplan for apps on the legacy frontend system: `import { serveplanPlugin, ServeplanPage }
 * from '@serveplan/plugin-serveplan/legacy'` and route `<Route path="/serveplan"
 * element={<ServeplanPage />} />`. The page and the API are the same as in the new system.
 *
 * @packageDocumentation
 */
import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { serveplanApiRef, ServeplanClient } from './api';
import { rootRouteRef } from './routes';

/**
 * The serveplan page in a legacy app: the new system's route ref, converted by Backstage's
 * compat layer, so both systems name the page with one route.
 *
 * @public
 */
export const legacyRootRouteRef = convertLegacyRouteRef(rootRouteRef);

/** The serveplan plugin for legacy apps. @public */
export const serveplanPlugin = createPlugin({
  id: 'serveplan',
  apis: [
    createApiFactory({
      api: serveplanApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ServeplanClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { root: legacyRootRouteRef },
});

/** The serveplan page for legacy apps. @public */
export const ServeplanPage = serveplanPlugin.provide(
  createRoutableExtension({
    name: 'ServeplanPage',
    component: () =>
      import('./components/ServeplanPage').then(m => m.ServeplanPage),
    mountPoint: legacyRootRouteRef,
  }),
);

export { serveplanApiRef, ServeplanClient, ServeplanApiError } from './api';
export type { ServeplanApi, EffectiveKnowledgeBase } from './api';
