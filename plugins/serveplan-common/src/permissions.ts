/**
 * Permissions of the serveplan plugins, for the backend's checks and the frontend's
 * `usePermission` / `RequirePermission`.
 */
import { createPermission } from '@backstage/plugin-permission-common';

/** Creating a plan (POST /plans, starting or continuing a conversation, the recommend action). */
export const serveplanPlanCreatePermission = createPermission({
  name: 'serveplan.plan.create',
  attributes: { action: 'create' },
});

/** Changing the knowledge base through the API: measured benchmark rows and price overrides. */
export const serveplanKbUpdatePermission = createPermission({
  name: 'serveplan.kb.update',
  attributes: { action: 'update' },
});

/** Every serveplan permission, for `permissionsRegistry.addPermissions`. */
export const serveplanPermissions = [
  serveplanPlanCreatePermission,
  serveplanKbUpdatePermission,
];
