// UpdateFunctionEventInvokeConfig: merges the given settings into the existing config.
import type {
  FunctionEventInvokeConfig,
  UpdateFunctionEventInvokeConfigRequest,
} from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { configAnswer, configTarget, noConfig } from './eventInvokeConfigs.js';
import { validateMeaning, validateShape, validateSomethingToSet } from './eventInvokeConfigValidation.js';
import type { StoredEventInvokeConfig } from './store.js';

export function updateFunctionEventInvokeConfig(
  ctx: LambdaContext,
  input: UpdateFunctionEventInvokeConfigRequest,
): FunctionEventInvokeConfig {
  validateShape(input);
  const target = configTarget(ctx, input.FunctionName!, input.Qualifier);
  const old = target.fn.eventInvokeConfigs.get(target.qualifier);
  if (!old) throw noConfig(target);
  const merged: StoredEventInvokeConfig = {
    LastModified: new Date(),
    FunctionArn: target.functionArn,
    MaximumRetryAttempts: input.MaximumRetryAttempts ?? old.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: input.MaximumEventAgeInSeconds ?? old.MaximumEventAgeInSeconds,
    DestinationConfig: {
      OnSuccess: input.DestinationConfig?.OnSuccess
        ? { Destination: input.DestinationConfig.OnSuccess.Destination || undefined }
        : old.DestinationConfig.OnSuccess,
      OnFailure: input.DestinationConfig?.OnFailure
        ? { Destination: input.DestinationConfig.OnFailure.Destination || undefined }
        : old.DestinationConfig.OnFailure,
    },
  };
  validateSomethingToSet(merged);
  validateMeaning(ctx, target.fn, merged);
  target.fn.eventInvokeConfigs.set(target.qualifier, merged);
  return configAnswer(merged);
}
