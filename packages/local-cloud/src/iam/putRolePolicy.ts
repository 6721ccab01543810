// PutRolePolicy: adds or replaces an inline policy of a role.
import type { IamOperation } from './shapes.js';
import { parseDocument } from './store.js';
import { entityName, required } from './validate.js';

export const putRolePolicy: IamOperation = (store, form) => {
  const role = store.role(required(form, 'RoleName'));
  const name = entityName(form, 'PolicyName', 128);
  const doc = required(form, 'PolicyDocument');
  parseDocument(doc);
  role.inline.set(name, doc);
  return undefined;
};
