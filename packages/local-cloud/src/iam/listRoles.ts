// ListRoles: every role, optionally under a path prefix.
import type { ListRolesRequest, ListRolesResponse } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { roleView } from './views.js';

export function listRoles(ctx: IamContext, input: ListRolesRequest): ListRolesResponse {
  const prefix = input.PathPrefix ?? '/';
  const roles = [...ctx.store.roles.values()].filter((r) => r.path.startsWith(prefix));
  return { Roles: roles.map(roleView), IsTruncated: false };
}
