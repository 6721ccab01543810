// DeleteRolePolicy: removes one inline policy of a role.
import type { DeleteRolePolicyRequest } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { noSuchEntity } from './errors.js';
import { required } from './validate.js';

export function deleteRolePolicy(ctx: IamContext, input: DeleteRolePolicyRequest): void {
  const role = ctx.store.role(required(input.RoleName, 'RoleName'));
  const name = required(input.PolicyName, 'PolicyName');
  if (!role.inline.delete(name)) throw noSuchEntity(`The role policy with name ${name} cannot be found.`);
}
