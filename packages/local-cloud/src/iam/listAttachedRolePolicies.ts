// ListAttachedRolePolicies: name and ARN of each managed policy attached to a role.
import type { ListAttachedRolePoliciesRequest, ListAttachedRolePoliciesResponse } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { required } from './validate.js';

export function listAttachedRolePolicies(
  ctx: IamContext,
  input: ListAttachedRolePoliciesRequest,
): ListAttachedRolePoliciesResponse {
  const role = ctx.store.role(required(input.RoleName, 'RoleName'));
  return {
    AttachedPolicies: role.attached.map((arn) => ({
      PolicyName: arn.slice(arn.lastIndexOf('/') + 1),
      PolicyArn: arn,
    })),
    IsTruncated: false,
  };
}
