// UpdateFunctionEventInvokeConfig: merges the given settings into the existing config.

import type { LocalRequest } from '../protocol/request.js';
import { jsonBody, type RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { configAnswer, configTarget, epochSeconds, noConfig } from './eventInvokeConfigs.js';
import {
  type EventInvokeConfigInput,
  validateMeaning,
  validateShape,
} from './eventInvokeConfigValidation.js';
import type { StoredEventInvokeConfig } from './store.js';

export function updateFunctionEventInvokeConfig(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const input = jsonBody<EventInvokeConfigInput>(req);
  validateShape(input);
  const target = configTarget(ctx, params.FunctionName, req.query.get('Qualifier'), req.region);
  const old = target.fn.eventInvokeConfigs.get(target.qualifier);
  if (!old) throw noConfig(target);
  const merged: StoredEventInvokeConfig = {
    LastModified: epochSeconds(),
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
  validateMeaning(ctx, target.fn, { ...merged, MaximumRetryAttempts: merged.MaximumRetryAttempts });
  target.fn.eventInvokeConfigs.set(target.qualifier, merged);
  return { body: configAnswer(merged) };
}
