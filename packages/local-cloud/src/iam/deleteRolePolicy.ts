// DeleteRolePolicy.
import type { IamOperation } from './shapes.js';
import { noSuchEntity } from './store.js';
import { required } from './validate.js';

export const deleteRolePolicy: IamOperation = (store, form) => {
  const role = store.role(required(form, 'RoleName'));
  const name = required(form, 'PolicyName');
  if (!role.inline.delete(name)) throw noSuchEntity(`The role policy with name ${name} cannot be found.`);
  return undefined;
};
