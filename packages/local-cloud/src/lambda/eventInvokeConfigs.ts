// What the EventInvokeConfig operations share: finding the function and qualifier, and the answer shape.
import type { FunctionEventInvokeConfig } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { functionDoesNotExist, noEventInvokeConfig } from './errors.js';
import { functionRef } from './names.js';
import type { LambdaFunction, StoredEventInvokeConfig } from './store.js';

export interface ConfigTarget {
  fn: LambdaFunction;
  qualifier: string;
  functionArn: string;
}

/** The function and qualifier named; Lambda's 404 "The function doesn't exist." otherwise. */
export function configTarget(ctx: LambdaContext, name: string, qualifierParam?: string): ConfigTarget {
  const ref = functionRef(name, qualifierParam, ctx.region);
  const fn = ctx.store.find(ref, ctx.region);
  const qualifier = ref.qualifier ?? '$LATEST';
  if (!fn) throw functionDoesNotExist();
  if (qualifier !== '$LATEST' && !fn.versions.has(qualifier) && !fn.aliases.has(qualifier))
    throw functionDoesNotExist();
  return { fn, qualifier, functionArn: `${fn.arn}:${qualifier}` };
}

export const noConfig = (target: ConfigTarget) => noEventInvokeConfig(target.functionArn);

/** The answer: unset limits left out, both destination members always present. */
export function configAnswer(c: StoredEventInvokeConfig): FunctionEventInvokeConfig {
  return {
    LastModified: c.LastModified,
    FunctionArn: c.FunctionArn,
    MaximumRetryAttempts: c.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: c.MaximumEventAgeInSeconds,
    DestinationConfig: {
      OnSuccess: c.DestinationConfig.OnSuccess?.Destination
        ? { Destination: c.DestinationConfig.OnSuccess.Destination }
        : {},
      OnFailure: c.DestinationConfig.OnFailure?.Destination
        ? { Destination: c.DestinationConfig.OnFailure.Destination }
        : {},
    },
  };
}
