// CreateRole: a role with its trust policy.
import type { CreateRoleRequest, CreateRoleResponse } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { parseDocument } from './store.js';
import { entityName, path, required } from './validate.js';
import { roleView } from './views.js';

export function createRole(ctx: IamContext, input: CreateRoleRequest): CreateRoleResponse {
  const name = entityName(input.RoleName, 'RoleName', 64);
  const trust = required(input.AssumeRolePolicyDocument, 'AssumeRolePolicyDocument');
  parseDocument(trust);
  const role = ctx.store.createRole({
    roleName: name,
    path: path(input.Path),
    assumeRolePolicyDocument: trust,
    description: input.Description,
    maxSessionDuration: input.MaxSessionDuration ?? 3600,
    tags: (input.Tags ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' })),
  });
  return { Role: roleView(role) };
}
