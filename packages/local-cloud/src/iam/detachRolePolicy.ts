// DetachRolePolicy: removes one managed policy from a role.
import type { DetachRolePolicyRequest } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { noSuchEntity } from './errors.js';
import { required } from './validate.js';

export function detachRolePolicy(ctx: IamContext, input: DetachRolePolicyRequest): void {
  const role = ctx.store.role(required(input.RoleName, 'RoleName'));
  const arn = required(input.PolicyArn, 'PolicyArn');
  const i = role.attached.indexOf(arn);
  if (i < 0) throw noSuchEntity(`Policy ${arn} was not found.`);
  role.attached.splice(i, 1);
}
