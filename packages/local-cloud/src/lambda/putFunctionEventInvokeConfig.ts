// PutFunctionEventInvokeConfig: replaces the whole asynchronous-invocation config of a qualifier.

import type { LocalRequest } from '../protocol/request.js';
import { jsonBody, type RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { configAnswer, configTarget, epochSeconds } from './eventInvokeConfigs.js';
import {
  type EventInvokeConfigInput,
  validateMeaning,
  validateShape,
} from './eventInvokeConfigValidation.js';
import type { StoredEventInvokeConfig } from './store.js';

export function putFunctionEventInvokeConfig(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const input = jsonBody<EventInvokeConfigInput>(req);
  validateShape(input);
  const target = configTarget(ctx, params.FunctionName, req.query.get('Qualifier'), req.region);
  validateMeaning(ctx, target.fn, input);
  const stored: StoredEventInvokeConfig = {
    LastModified: epochSeconds(),
    FunctionArn: target.functionArn,
    MaximumRetryAttempts: input.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: input.MaximumEventAgeInSeconds,
    DestinationConfig: {
      OnSuccess: { Destination: input.DestinationConfig?.OnSuccess?.Destination || undefined },
      OnFailure: { Destination: input.DestinationConfig?.OnFailure?.Destination || undefined },
    },
  };
  target.fn.eventInvokeConfigs.set(target.qualifier, stored);
  return { body: configAnswer(stored) };
}
