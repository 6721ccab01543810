// PutIntegrationResponse: how an integration's answer maps onto a method response.
import type { IntegrationResponse, PutIntegrationResponseRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { notFound } from '../errors.js';
import { integrationOf, methodOf } from './lookups.js';

export function putIntegrationResponse(
  ctx: ApiGatewayContext,
  input: PutIntegrationResponseRequest,
): IntegrationResponse {
  const method = methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
  const integration = integrationOf(method);
  const status = String(input.statusCode);
  // An integration response maps onto a method response, which must exist first.
  if (!method.methodResponses?.[status]) throw notFound('Invalid Response status code specified');
  const response: IntegrationResponse = {
    statusCode: status,
    selectionPattern: input.selectionPattern,
    responseParameters: input.responseParameters,
    responseTemplates: input.responseTemplates,
    contentHandling: input.contentHandling,
  };
  integration.integrationResponses = { ...integration.integrationResponses, [status]: response };
  return response;
}
