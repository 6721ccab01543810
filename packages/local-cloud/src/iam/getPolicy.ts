// GetPolicy: a customer managed policy, or an AWS managed one the store knows.
import type { GetPolicyRequest, GetPolicyResponse } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { noSuchEntity } from './errors.js';
import { required } from './validate.js';
import { policyView } from './views.js';

export function getPolicy(ctx: IamContext, input: GetPolicyRequest): GetPolicyResponse {
  const arn = required(input.PolicyArn, 'PolicyArn');
  const found = ctx.store.policy(arn);
  if (!found) throw noSuchEntity(`Policy ${arn} was not found.`);
  const epoch = new Date(0);
  const managed = found.managed ?? {
    policyName: arn.slice(arn.lastIndexOf('/') + 1),
    policyId: `ANPA${Buffer.from(arn).toString('hex').slice(-17).toUpperCase()}`,
    arn,
    path: arn.slice(arn.indexOf(':policy') + 7, arn.lastIndexOf('/') + 1),
    createDate: epoch,
    updateDate: epoch,
    document: found.document,
    defaultVersionId: 'v1',
  };
  return { Policy: policyView(managed, ctx.store) };
}
