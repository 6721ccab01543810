// ListRolePolicies: the names of a role's inline policies.
import type { ListRolePoliciesRequest, ListRolePoliciesResponse } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { required } from './validate.js';

export function listRolePolicies(ctx: IamContext, input: ListRolePoliciesRequest): ListRolePoliciesResponse {
  const role = ctx.store.role(required(input.RoleName, 'RoleName'));
  return { PolicyNames: [...role.inline.keys()], IsTruncated: false };
}
