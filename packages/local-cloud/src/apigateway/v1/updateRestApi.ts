// UpdateRestApi: patch operations on a REST API's name, description, policy and settings.
import type { RestApi, UpdateRestApiRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { applyPatches, type PatchRule, scalar, unescapePointer } from '../patch.js';

const RULES: PatchRule<RestApi>[] = [
  scalar('name'),
  scalar('description'),
  scalar('policy'),
  scalar('apiKeySource'),
  scalar('minimumCompressionSize', 'number'),
  scalar('disableExecuteApiEndpoint', 'boolean'),
  {
    path: /^\/binaryMediaTypes\/(.+)$/,
    apply(api, op, _value, m) {
      const type = unescapePointer(m[1]);
      const types = (api.binaryMediaTypes ?? []).filter((t) => t !== type);
      if (op !== 'remove') types.push(type);
      api.binaryMediaTypes = types;
    },
  },
  {
    path: /^\/endpointConfiguration\/types\/(.+)$/,
    apply(api, _op, value) {
      if (value) api.endpointConfiguration = { ...api.endpointConfiguration, types: [value as 'EDGE'] };
    },
  },
];

export function updateRestApi(ctx: ApiGatewayContext, input: UpdateRestApiRequest): RestApi {
  const api = ctx.restApi(input.restApiId).api;
  applyPatches(api, input.patchOperations, RULES);
  return api;
}
