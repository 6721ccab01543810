// UpdateAssumeRolePolicy: replaces a role's trust policy.
import type { UpdateAssumeRolePolicyRequest } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { parseDocument } from './store.js';
import { required } from './validate.js';

export function updateAssumeRolePolicy(ctx: IamContext, input: UpdateAssumeRolePolicyRequest): void {
  const role = ctx.store.role(required(input.RoleName, 'RoleName'));
  const doc = required(input.PolicyDocument, 'PolicyDocument');
  parseDocument(doc);
  role.assumeRolePolicyDocument = doc;
}
