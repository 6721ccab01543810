// DeleteRole: refused while the role still has inline or attached policies, as on AWS.
import { AwsError } from '../protocol/errors.js';
import type { IamOperation } from './shapes.js';
import { required } from './validate.js';

export const deleteRole: IamOperation = (store, form) => {
  const role = store.role(required(form, 'RoleName'));
  if (role.inline.size > 0)
    throw new AwsError('DeleteConflict', 'Cannot delete entity, must delete policies first.', 409);
  if (role.attached.length > 0) {
    throw new AwsError('DeleteConflict', 'Cannot delete entity, must detach all policies first.', 409);
  }
  store.roles.delete(role.roleName);
  return undefined;
};
