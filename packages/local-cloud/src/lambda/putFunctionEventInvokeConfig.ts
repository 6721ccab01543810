// PutFunctionEventInvokeConfig: replaces the whole asynchronous-invocation config of a qualifier.
import type { FunctionEventInvokeConfig, PutFunctionEventInvokeConfigRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { configAnswer, configTarget } from './eventInvokeConfigs.js';
import { validateMeaning, validateShape, validateSomethingToSet } from './eventInvokeConfigValidation.js';
import type { StoredEventInvokeConfig } from './store.js';

export function putFunctionEventInvokeConfig(
  ctx: LambdaContext,
  input: PutFunctionEventInvokeConfigRequest,
): FunctionEventInvokeConfig {
  validateShape(input);
  validateSomethingToSet(input);
  const target = configTarget(ctx, input.FunctionName!, input.Qualifier);
  validateMeaning(ctx, target.fn, input);
  const stored: StoredEventInvokeConfig = {
    LastModified: new Date(),
    FunctionArn: target.functionArn,
    MaximumRetryAttempts: input.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: input.MaximumEventAgeInSeconds,
    DestinationConfig: {
      OnSuccess: { Destination: input.DestinationConfig?.OnSuccess?.Destination || undefined },
      OnFailure: { Destination: input.DestinationConfig?.OnFailure?.Destination || undefined },
    },
  };
  target.fn.eventInvokeConfigs.set(target.qualifier, stored);
  return configAnswer(stored);
}
