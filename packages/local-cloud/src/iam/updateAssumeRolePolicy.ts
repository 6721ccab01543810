// UpdateAssumeRolePolicy: replaces a role's trust policy.
import type { IamOperation } from './shapes.js';
import { parseDocument } from './store.js';
import { required } from './validate.js';

export const updateAssumeRolePolicy: IamOperation = (store, form) => {
  const role = store.role(required(form, 'RoleName'));
  const doc = required(form, 'PolicyDocument');
  parseDocument(doc);
  role.assumeRolePolicyDocument = doc;
  return undefined;
};
