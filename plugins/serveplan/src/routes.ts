import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The serveplan page. */
export const rootRouteRef = createRouteRef();
