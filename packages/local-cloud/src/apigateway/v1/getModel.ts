// GetModel: one model of a REST API, by name.
import type { GetModelRequest, Model } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';

export function getModel(ctx: ApiGatewayContext, input: GetModelRequest): Model {
  const m = ctx.restApi(input.restApiId).models.get(String(input.modelName));
  if (!m) throw invalidIdentifier('Model', ctx.accountId, String(input.modelName));
  return m;
}
