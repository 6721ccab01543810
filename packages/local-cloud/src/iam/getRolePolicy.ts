// GetRolePolicy: an inline policy, its document URL-encoded as AWS sends it.
import type { GetRolePolicyRequest, GetRolePolicyResponse } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { noSuchEntity } from './errors.js';
import { required } from './validate.js';
import { encoded } from './views.js';

export function getRolePolicy(ctx: IamContext, input: GetRolePolicyRequest): GetRolePolicyResponse {
  const role = ctx.store.role(required(input.RoleName, 'RoleName'));
  const name = required(input.PolicyName, 'PolicyName');
  const doc = role.inline.get(name);
  if (doc === undefined) throw noSuchEntity(`The role policy with name ${name} cannot be found.`);
  return { RoleName: role.roleName, PolicyName: name, PolicyDocument: encoded(doc) };
}
