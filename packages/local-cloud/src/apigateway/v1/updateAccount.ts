// UpdateAccount: patch operations on the account's settings: the role API Gateway logs to CloudWatch with.
import type { Account, UpdateAccountRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { applyPatches, type PatchRule, scalar } from '../patch.js';
import { accountView } from './getAccount.js';

const RULES: PatchRule<Account>[] = [scalar('cloudwatchRoleArn')];

export function updateAccount(ctx: ApiGatewayContext, input: UpdateAccountRequest): Account {
  const account = ctx.store.account(ctx.region);
  applyPatches(account, input.patchOperations, RULES);
  // A role set to nothing is no role.
  if (account.cloudwatchRoleArn === '') delete account.cloudwatchRoleArn;
  return accountView(account);
}
