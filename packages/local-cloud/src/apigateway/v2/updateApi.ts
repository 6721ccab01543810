// UpdateApi: the members given replace the API's.
import type { UpdateApiRequest, UpdateApiResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { mergeGiven } from './merge.js';

export function updateApi(ctx: ApiGatewayContext, input: UpdateApiRequest): UpdateApiResponse {
  const api = ctx.httpApi(input.ApiId).api;
  const { ApiId: _id, Target: _target, RouteKey: _key, CredentialsArn: _credentials, ...changes } = input;
  mergeGiven(api, changes);
  return api;
}
