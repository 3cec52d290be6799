import {
  ApiBlueprint,
  coreApis,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import DeviceHubIcon from '@material-ui/icons/DeviceHub';
import { serveplanApiRef, ServeplanClient } from './api';
import { rootRouteRef } from './routes';

/** The serveplan API: the client generated from the backend's OpenAPI spec. */
export const serveplanApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: serveplanApiRef,
      deps: { discoveryApi: coreApis.discovery, fetchApi: coreApis.fetch },
      factory: ({ discoveryApi, fetchApi }) =>
        new ServeplanClient({ discoveryApi, fetchApi }),
    }),
});

/** The page at /serveplan; its title and icon also make its item in the sidebar. */
export const serveplanPage = PageBlueprint.make({
  params: {
    path: '/serveplan',
    title: 'LLM planner',
    icon: <DeviceHubIcon />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/ServeplanPage').then(m => <m.ServeplanPage />),
  },
});

/**
 * serveplan in the portal (new frontend system): describe a workload, get model × GPU plans,
 * explore what-ifs.
 *
 * @public
 */
export const serveplanPlugin = createFrontendPlugin({
  pluginId: 'serveplan',
  title: 'serveplan',
  icon: <DeviceHubIcon />,
  info: { packageJson: () => import('../package.json') },
  extensions: [serveplanApi, serveplanPage],
  routes: {
    root: rootRouteRef,
  },
});
