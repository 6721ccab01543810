// GetCallerIdentity: the account, its root ARN and user id (Serverless calls it before deploying).
import type { GetCallerIdentityRequest, GetCallerIdentityResponse } from '@aws-sdk/client-sts';
import type { StsContext } from './context.js';
import { callerArn } from './identity.js';

export function getCallerIdentity(
  ctx: StsContext,
  _input: GetCallerIdentityRequest,
): GetCallerIdentityResponse {
  // AWS's element order: Arn, UserId, Account.
  return { Arn: callerArn(ctx.accountId), UserId: ctx.accountId, Account: ctx.accountId };
}
