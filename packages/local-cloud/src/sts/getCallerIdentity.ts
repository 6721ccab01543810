// GetCallerIdentity: the account, its root ARN and user id (Serverless calls it before deploying).
import type { GetCallerIdentityResponse } from '@aws-sdk/client-sts';
import type { LocalCloud } from '../cloud.js';
import { callerArn } from './identity.js';

export function getCallerIdentity(cloud: LocalCloud): GetCallerIdentityResponse {
  return { UserId: cloud.accountId, Account: cloud.accountId, Arn: callerArn(cloud.accountId) };
}
