// GetRolePolicy: an inline policy, its document URL-encoded as AWS sends it.
import { toXml } from '../protocol/xml.js';
import { encoded, type IamOperation } from './shapes.js';
import { noSuchEntity } from './store.js';
import { required } from './validate.js';

export const getRolePolicy: IamOperation = (store, form) => {
  const role = store.role(required(form, 'RoleName'));
  const name = required(form, 'PolicyName');
  const doc = role.inline.get(name);
  if (doc === undefined) throw noSuchEntity(`The role policy with name ${name} cannot be found.`);
  return toXml({ RoleName: role.roleName, PolicyName: name, PolicyDocument: encoded(doc) });
};
