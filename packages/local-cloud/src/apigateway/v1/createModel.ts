// CreateModel: a JSON schema a REST API's methods may name, kept as a record (nothing is validated).
import type { CreateModelRequest, Model } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, conflict, missing } from '../errors.js';
import { newId, SHORT_ID_LENGTH } from '../ids.js';

export function createModel(ctx: ApiGatewayContext, input: CreateModelRequest): Model {
  const api = ctx.restApi(input.restApiId);
  if (!input.name) throw missing('name');
  if (!/^[a-zA-Z0-9]+$/.test(input.name)) throw badRequest('Model name must be alphanumeric');
  if (!input.contentType) throw missing('contentType');
  if (api.models.has(input.name)) throw conflict('Model name already exists for this REST API');
  const model = {
    id: newId(SHORT_ID_LENGTH),
    name: input.name,
    description: input.description,
    schema: input.schema,
    contentType: input.contentType,
  };
  api.models.set(input.name, model);
  return model;
}
