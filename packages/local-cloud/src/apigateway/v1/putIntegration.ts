// PutIntegration: what a method calls (a Lambda proxy, an HTTP endpoint, an AWS service or a mock).
import type { Integration, PutIntegrationRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, missing } from '../errors.js';
import { methodOf } from './lookups.js';

const TYPES = ['HTTP', 'AWS', 'MOCK', 'HTTP_PROXY', 'AWS_PROXY'];
/** API Gateway's default and ceiling for an integration's time-out. */
const DEFAULT_TIMEOUT_MS = 29_000;

export function putIntegration(ctx: ApiGatewayContext, input: PutIntegrationRequest): Integration {
  const method = methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
  if (!input.type) throw missing('type');
  if (!TYPES.includes(input.type))
    throw badRequest(`Invalid integration type specified. Valid options are ${TYPES.join(',')}`);
  if (input.type !== 'MOCK') {
    if (!input.uri) throw badRequest('Invalid integration URI specified');
    if (!input.integrationHttpMethod) throw badRequest('Enumeration value for HttpMethod must be non-empty');
  }
  const integration: Integration = {
    type: input.type,
    httpMethod: input.integrationHttpMethod,
    uri: input.uri,
    connectionType: input.connectionType ?? 'INTERNET',
    connectionId: input.connectionId,
    credentials: input.credentials,
    requestParameters: input.requestParameters,
    requestTemplates: input.requestTemplates,
    passthroughBehavior: input.passthroughBehavior ?? 'WHEN_NO_MATCH',
    contentHandling: input.contentHandling,
    timeoutInMillis: input.timeoutInMillis ?? DEFAULT_TIMEOUT_MS,
    cacheNamespace: input.cacheNamespace ?? input.resourceId,
    cacheKeyParameters: input.cacheKeyParameters ?? [],
    tlsConfig: input.tlsConfig,
  };
  method.methodIntegration = integration;
  return integration;
}
