// GetAccountSettings: the account's limits (the local concurrency limit) and usage.
import type { GetAccountSettingsRequest, GetAccountSettingsResponse } from '@aws-sdk/client-lambda';
import { MAX_UNZIPPED_BYTES } from './code.js';
import type { LambdaContext } from './context.js';

export function getAccountSettings(
  ctx: LambdaContext,
  _input: GetAccountSettingsRequest,
): GetAccountSettingsResponse {
  const fns = ctx.store.list(ctx.region);
  const reserved = ctx.store.all().reduce((sum, f) => sum + (f.reservedConcurrency ?? 0), 0);
  const limit = ctx.cloud.config.accountConcurrency;
  return {
    AccountLimit: {
      TotalCodeSize: 80530636800,
      CodeSizeUnzipped: MAX_UNZIPPED_BYTES,
      CodeSizeZipped: 52428800,
      ConcurrentExecutions: limit,
      UnreservedConcurrentExecutions: limit - reserved,
    },
    AccountUsage: {
      TotalCodeSize: fns.reduce((sum, f) => sum + (f.latest.config.CodeSize ?? 0), 0),
      FunctionCount: fns.length,
    },
  };
}
