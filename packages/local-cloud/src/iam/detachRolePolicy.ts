// DetachRolePolicy.
import type { IamOperation } from './shapes.js';
import { noSuchEntity } from './store.js';
import { required } from './validate.js';

export const detachRolePolicy: IamOperation = (store, form) => {
  const role = store.role(required(form, 'RoleName'));
  const arn = required(form, 'PolicyArn');
  const i = role.attached.indexOf(arn);
  if (i < 0) throw noSuchEntity(`Policy ${arn} was not found.`);
  role.attached.splice(i, 1);
  return undefined;
};
