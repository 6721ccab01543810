// GetRequestValidator: one request validator of a REST API.
import type { GetRequestValidatorRequest, RequestValidator } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';

export function getRequestValidator(
  ctx: ApiGatewayContext,
  input: GetRequestValidatorRequest,
): RequestValidator {
  const v = ctx.restApi(input.restApiId).validators.get(String(input.requestValidatorId));
  if (!v) throw invalidIdentifier('Request Validator', ctx.accountId, String(input.requestValidatorId));
  return v;
}
