// DeleteRole: refused while the role still has inline or attached policies, as on AWS.
import type { DeleteRoleRequest } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { deleteConflict } from './errors.js';
import { required } from './validate.js';

export function deleteRole(ctx: IamContext, input: DeleteRoleRequest): void {
  const role = ctx.store.role(required(input.RoleName, 'RoleName'));
  if (role.inline.size > 0) throw deleteConflict('Cannot delete entity, must delete policies first.');
  if (role.attached.length > 0) throw deleteConflict('Cannot delete entity, must detach all policies first.');
  ctx.store.roles.delete(role.roleName);
}
