// DeleteRequestValidator: a request validator of a REST API.
import type { DeleteRequestValidatorRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';

export function deleteRequestValidator(
  ctx: ApiGatewayContext,
  input: DeleteRequestValidatorRequest,
): Record<string, never> {
  const api = ctx.restApi(input.restApiId);
  if (!api.validators.delete(String(input.requestValidatorId)))
    throw invalidIdentifier('Request Validator', ctx.accountId, String(input.requestValidatorId));
  return {};
}
