// CreateRequestValidator: which parts of a request a REST API checks, kept as a record.
import type { CreateRequestValidatorRequest, RequestValidator } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { newId, SHORT_ID_LENGTH } from '../ids.js';

export function createRequestValidator(
  ctx: ApiGatewayContext,
  input: CreateRequestValidatorRequest,
): RequestValidator {
  const api = ctx.restApi(input.restApiId);
  const id = newId(SHORT_ID_LENGTH, (x) => api.validators.has(x));
  const validator = {
    id,
    name: input.name,
    validateRequestBody: input.validateRequestBody ?? false,
    validateRequestParameters: input.validateRequestParameters ?? false,
  };
  api.validators.set(id, validator);
  return validator;
}
