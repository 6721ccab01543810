// ListRolePolicies: the names of a role's inline policies.
import { toXml } from '../protocol/xml.js';
import type { IamOperation } from './shapes.js';
import { required } from './validate.js';

export const listRolePolicies: IamOperation = (store, form) => {
  const role = store.role(required(form, 'RoleName'));
  return toXml({ PolicyNames: { member: [...role.inline.keys()] }, IsTruncated: false });
};
