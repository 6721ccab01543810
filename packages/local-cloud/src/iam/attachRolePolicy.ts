// AttachRolePolicy: a customer managed policy of this account, or an AWS managed one (by ARN).
import type { AttachRolePolicyRequest } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { noSuchEntity } from './errors.js';
import { required } from './validate.js';

export function attachRolePolicy(ctx: IamContext, input: AttachRolePolicyRequest): void {
  const role = ctx.store.role(required(input.RoleName, 'RoleName'));
  const arn = required(input.PolicyArn, 'PolicyArn');
  // AWS managed policies the store has no statements for are still attachable; they grant nothing here.
  const known = ctx.store.policy(arn) !== undefined || /^arn:aws[\w-]*:iam::aws:policy\//.test(arn);
  if (!known) throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
  if (!role.attached.includes(arn)) role.attached.push(arn);
}
