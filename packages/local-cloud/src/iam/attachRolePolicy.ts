// AttachRolePolicy: a customer managed policy of this account, or an AWS managed one (by ARN).
import { AwsError } from '../protocol/errors.js';
import type { IamOperation } from './shapes.js';
import { required } from './validate.js';

export const attachRolePolicy: IamOperation = (store, form) => {
  const role = store.role(required(form, 'RoleName'));
  const arn = required(form, 'PolicyArn');
  // AWS managed policies the store has no statements for are still attachable; they grant nothing here.
  const known = store.policy(arn) !== undefined || /^arn:aws[\w-]*:iam::aws:policy\//.test(arn);
  if (!known) throw new AwsError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`, 404);
  if (!role.attached.includes(arn)) role.attached.push(arn);
  return undefined;
};
