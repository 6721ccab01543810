// DeletePolicy: refused while attached, as on AWS.
import type { DeletePolicyRequest } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { deleteConflict, noSuchEntity } from './errors.js';
import { required } from './validate.js';

export function deletePolicy(ctx: IamContext, input: DeletePolicyRequest): void {
  const { store } = ctx;
  const arn = required(input.PolicyArn, 'PolicyArn');
  if (!store.policies.has(arn)) throw noSuchEntity(`Policy ${arn} was not found.`);
  if ([...store.roles.values()].some((r) => r.attached.includes(arn))) {
    throw deleteConflict('Cannot delete a policy attached to entities.');
  }
  store.policies.delete(arn);
}
