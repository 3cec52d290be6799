import {
  mockApis,
  renderInTestApp,
  TestAppRenderResult,
} from '@backstage/frontend-test-utils';
import { ServeplanPage } from '../components/ServeplanPage';
import { serveplanApi } from '../plugin';

export const BASE = 'http://localhost:7007/api/serveplan';

/**
 * The page in a test app with the plugin's real API extension (the generated client over
 * Backstage's fetch and discovery); the backend is msw at the HTTP edge.
 */
export async function renderPage(
  options: { url?: string; storage?: ReturnType<typeof mockApis.storage> } = {},
): Promise<TestAppRenderResult> {
  const common = {
    extensions: [serveplanApi],
    mountPath: '/serveplan',
    initialRouteEntries: [options.url ?? '/serveplan'],
  };
  return options.storage
    ? renderInTestApp(<ServeplanPage />, { ...common, apis: [options.storage] })
    : renderInTestApp(<ServeplanPage />, common);
}
