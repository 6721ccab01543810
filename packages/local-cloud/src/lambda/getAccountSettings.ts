// GetAccountSettings: the account's limits (the local concurrency limit) and usage.
import type { GetAccountSettingsResponse } from '@aws-sdk/client-lambda';
import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

export function getAccountSettings(ctx: LambdaContext, req: LocalRequest): RestAnswer {
  const fns = ctx.store.list(req.region);
  const reserved = ctx.store.all().reduce((sum, f) => sum + (f.reservedConcurrency ?? 0), 0);
  const limit = ctx.cloud.config.accountConcurrency;
  const body: GetAccountSettingsResponse = {
    AccountLimit: {
      TotalCodeSize: 80530636800,
      CodeSizeUnzipped: 262144000,
      CodeSizeZipped: 52428800,
      ConcurrentExecutions: limit,
      UnreservedConcurrentExecutions: limit - reserved,
    },
    AccountUsage: {
      TotalCodeSize: fns.reduce((sum, f) => sum + (f.latest.config.CodeSize ?? 0), 0),
      FunctionCount: fns.length,
    },
  };
  return { body };
}
