// GetAccount: the account's API Gateway settings in the region (the CloudWatch role, throttling).
import type { Account, GetAccountRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';

/** The settings in API Gateway's member order. */
export function accountView(a: Account): Account {
  return {
    cloudwatchRoleArn: a.cloudwatchRoleArn,
    throttleSettings: a.throttleSettings,
    features: a.features,
    apiKeyVersion: a.apiKeyVersion,
  };
}

export function getAccount(ctx: ApiGatewayContext, _input: GetAccountRequest): Account {
  return accountView(ctx.store.account(ctx.region));
}
