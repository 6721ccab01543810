// DeleteModel: a model of a REST API, by name.
import type { DeleteModelRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';

export function deleteModel(ctx: ApiGatewayContext, input: DeleteModelRequest): Record<string, never> {
  if (!ctx.restApi(input.restApiId).models.delete(String(input.modelName)))
    throw invalidIdentifier('Model', ctx.accountId, String(input.modelName));
  return {};
}
