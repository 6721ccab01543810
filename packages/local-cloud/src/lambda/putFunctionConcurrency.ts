// PutFunctionConcurrency: reserves concurrency for a function (0 stops it from running at all).
import type { Concurrency, PutFunctionConcurrencyRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { nullFailure, unreservedBelowMinimum, validationError } from './errors.js';
import { rangeFailures, throwIfAny } from './validation.js';

export function putFunctionConcurrency(
  ctx: LambdaContext,
  input: PutFunctionConcurrencyRequest,
): Concurrency {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  const value = input.ReservedConcurrentExecutions;
  if (value === undefined || value === null)
    throw validationError([nullFailure('reservedConcurrentExecutions')]);
  throwIfAny(rangeFailures(value, 'reservedConcurrentExecutions', 0, Number.MAX_SAFE_INTEGER));
  const account = ctx.cloud.config.accountConcurrency;
  // Lambda keeps part of the account unreserved: 100 of 1000 (a tenth, for small local limits).
  const minimum = Math.min(100, Math.floor(account / 10));
  const others = ctx.store
    .all()
    .filter((f) => f !== fn)
    .reduce((sum, f) => sum + (f.reservedConcurrency ?? 0), 0);
  if (account - others - value < minimum) throw unreservedBelowMinimum(minimum);
  fn.reservedConcurrency = value;
  return { ReservedConcurrentExecutions: value };
}
