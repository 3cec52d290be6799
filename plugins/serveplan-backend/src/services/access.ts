/** Who is calling, and whether the permission policy lets them. */
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';

/** The caller as stored in created_by: a user entity ref, or service:<subject>. */
export function principalRef(credentials: BackstageCredentials): string {
  const p = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (p.type === 'user' && p.userEntityRef) return p.userEntityRef;
  if (p.type === 'service' && p.subject) return `service:${p.subject}`;
  return 'anonymous';
}

const WHAT: Record<string, string> = {
  'serveplan.plan.create': 'create plans',
  'serveplan.kb.update': 'change the knowledge base',
};

/** Throws NotAllowedError (403) unless the policy allows the permission for these credentials. */
export async function authorize(
  permissions: PermissionsService,
  permission: BasicPermission,
  credentials: BackstageCredentials,
): Promise<void> {
  const [decision] = await permissions.authorize([{ permission }], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `${principalRef(credentials)} may not ${
        WHAT[permission.name] ?? permission.name
      } (permission ${permission.name})`,
    );
  }
}
