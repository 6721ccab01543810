// PutFunctionConcurrency: reserves concurrency for a function (0 stops it from running at all).
import type { PutFunctionConcurrencyRequest } from '@aws-sdk/client-lambda';
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import { jsonBody, type RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { rangeFailures, throwIfAny } from './validation.js';

export function putFunctionConcurrency(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const input = jsonBody<PutFunctionConcurrencyRequest>(req);
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const value = input.ReservedConcurrentExecutions;
  if (value === undefined || value === null) {
    throw new AwsError(
      'ValidationException',
      "1 validation error detected: Value null at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must not be null",
      400,
    );
  }
  throwIfAny(rangeFailures(value, 'reservedConcurrentExecutions', 0, Number.MAX_SAFE_INTEGER));
  const account = ctx.cloud.config.accountConcurrency;
  // Lambda keeps part of the account unreserved: 100 of 1000 (a tenth, for small local limits).
  const minimum = Math.min(100, Math.floor(account / 10));
  const others = ctx.store
    .all()
    .filter((f) => f !== fn)
    .reduce((sum, f) => sum + (f.reservedConcurrency ?? 0), 0);
  if (account - others - value < minimum) {
    throw new AwsError(
      'InvalidParameterValueException',
      `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`,
      400,
    );
  }
  fn.reservedConcurrency = value;
  return { body: { ReservedConcurrentExecutions: value } };
}
