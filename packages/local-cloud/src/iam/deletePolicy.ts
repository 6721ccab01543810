// DeletePolicy: refused while attached, as on AWS.
import { AwsError } from '../protocol/errors.js';
import type { IamOperation } from './shapes.js';
import { noSuchEntity } from './store.js';
import { required } from './validate.js';

export const deletePolicy: IamOperation = (store, form) => {
  const arn = required(form, 'PolicyArn');
  if (!store.policies.has(arn)) throw noSuchEntity(`Policy ${arn} was not found.`);
  if ([...store.roles.values()].some((r) => r.attached.includes(arn))) {
    throw new AwsError('DeleteConflict', 'Cannot delete a policy attached to entities.', 409);
  }
  store.policies.delete(arn);
  return undefined;
};
