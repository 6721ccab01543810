// What the EventInvokeConfig operations share: finding the function and qualifier, and the answer shape.
import type { LocalCloud } from '../cloud.js';
import { AwsError } from '../protocol/errors.js';
import type { LambdaContext } from './context.js';
import { functionRef } from './names.js';
import type { LambdaFunction, StoredEventInvokeConfig } from './store.js';

export interface ConfigTarget {
  fn: LambdaFunction;
  qualifier: string;
  functionArn: string;
}

/** The function and qualifier named; Lambda's 404 "The function doesn't exist." otherwise. */
export function configTarget(
  ctx: LambdaContext,
  name: string,
  qualifierParam: string | null,
  region: string,
): ConfigTarget {
  const ref = functionRef(name, qualifierParam);
  const fn = ctx.store.find(ref, region);
  const qualifier = ref.qualifier ?? '$LATEST';
  const missing = () => new AwsError('ResourceNotFoundException', "The function doesn't exist.", 404);
  if (!fn) throw missing();
  if (qualifier !== '$LATEST' && !fn.versions.has(qualifier) && !fn.aliases.has(qualifier)) throw missing();
  return { fn, qualifier, functionArn: `${fn.arn}:${qualifier}` };
}

export function noConfig(target: ConfigTarget): AwsError {
  return new AwsError(
    'ResourceNotFoundException',
    `The function ${target.functionArn} doesn't have an EventInvokeConfig`,
    404,
  );
}

/** The wire shape: unset limits left out, both destination members always present. */
export function configAnswer(c: StoredEventInvokeConfig): StoredEventInvokeConfig {
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

/** Epoch seconds with milliseconds, as Lambda sends LastModified here. */
export function epochSeconds(_cloud?: LocalCloud): number {
  return Date.now() / 1000;
}
