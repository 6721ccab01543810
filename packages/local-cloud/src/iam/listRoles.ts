// ListRoles: every role, optionally under a path prefix.
import { toXml } from '../protocol/xml.js';
import { type IamOperation, roleXml } from './shapes.js';

export const listRoles: IamOperation = (store, form) => {
  const prefix = form.PathPrefix ?? '/';
  const roles = [...store.roles.values()].filter((r) => r.path.startsWith(prefix));
  return toXml({ Roles: { member: roles.map(roleXml) }, IsTruncated: false });
};
