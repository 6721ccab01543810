// PutRolePolicy: adds or replaces an inline policy of a role.
import type { PutRolePolicyRequest } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { parseDocument } from './store.js';
import { entityName, required } from './validate.js';

export function putRolePolicy(ctx: IamContext, input: PutRolePolicyRequest): void {
  const role = ctx.store.role(required(input.RoleName, 'RoleName'));
  const name = entityName(input.PolicyName, 'PolicyName', 128);
  const doc = required(input.PolicyDocument, 'PolicyDocument');
  parseDocument(doc);
  role.inline.set(name, doc);
}
