import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  createExtensionTester,
  registerMswTestHooks,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  renderInTestApp as renderInLegacyTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { Route, Routes } from 'react-router-dom';
import serveplanPlugin from './index';
import { serveplanPage } from './plugin';
import {
  ServeplanPage,
  serveplanPlugin as legacyPlugin,
  serveplanApiRef,
  ServeplanClient,
} from './legacy';

describe('serveplan plugin', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('is a frontend plugin with the page and the API', () => {
    expect(serveplanPlugin.pluginId).toBe('serveplan');
    expect(serveplanPlugin.getExtension('page:serveplan')).toBeDefined();
    expect(serveplanPlugin.getExtension('api:serveplan')).toBeDefined();
    expect(createExtensionTester(serveplanPage).snapshot().outputs).toEqual(
      expect.arrayContaining(['core.routing.path', 'core.reactElement']),
    );
  });

  it('mounts the page at /serveplan in an app', async () => {
    server.use(
      http.get('*/api/serveplan/conversations', () =>
        HttpResponse.json({ items: [], total: 0 }),
      ),
    );
    renderTestApp({
      features: [serveplanPlugin],
      initialRouteEntries: ['/serveplan'],
    });
    expect(
      await screen.findByRole('tab', { name: 'Chat', selected: true }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'LLM planner' }),
    ).toBeInTheDocument();
    // The page's title and icon make its item in the sidebar.
    const links = screen.getAllByRole('link', { name: /LLM planner/ });
    expect(links.some(l => l.getAttribute('href') === '/serveplan')).toBe(true);
  });

  it('has a legacy entry point for apps on the old frontend system', async () => {
    expect(legacyPlugin.getId()).toBe('serveplan');
    server.use(
      http.get('http://legacy.test/api/serveplan/conversations', () =>
        HttpResponse.json({ items: [], total: 0 }),
      ),
    );
    const discoveryApi = {
      getBaseUrl: async (id: string) => `http://legacy.test/api/${id}`,
    };
    const fetchApi = {
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        fetch(input, init),
    };
    await renderInLegacyTestApp(
      <TestApiProvider
        apis={[
          [discoveryApiRef, discoveryApi],
          [fetchApiRef, fetchApi],
          [serveplanApiRef, new ServeplanClient({ discoveryApi, fetchApi })],
        ]}
      >
        <Routes>
          <Route path="/serveplan" element={<ServeplanPage />} />
        </Routes>
      </TestApiProvider>,
      { routeEntries: ['/serveplan'] },
    );
    expect(
      await screen.findByRole('heading', { name: 'Describe your workload' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/None yet/)).toBeInTheDocument();
  });
});
