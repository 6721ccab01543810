// GetRole: one role by name.
import type { GetRoleRequest, GetRoleResponse } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { required } from './validate.js';
import { roleView } from './views.js';

export function getRole(ctx: IamContext, input: GetRoleRequest): GetRoleResponse {
  return { Role: roleView(ctx.store.role(required(input.RoleName, 'RoleName'))) };
}
