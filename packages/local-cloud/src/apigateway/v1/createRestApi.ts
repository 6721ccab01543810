// CreateRestApi: a REST API with its root resource `/`.
import type { CreateRestApiRequest, RestApi } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, missing } from '../errors.js';
import { API_ID_LENGTH, newId } from '../ids.js';
import type { RestApiRecord } from '../store.js';

export function createRestApi(ctx: ApiGatewayContext, input: CreateRestApiRequest): RestApi {
  if (!input.name) throw missing('name');
  if (input.cloneFrom) throw badRequest('Cloning an API (cloneFrom) is not supported by this local cloud');
  const id = newId(API_ID_LENGTH, (x) => ctx.store.apiIdTaken(ctx.region, x));
  const rootResourceId = newId(API_ID_LENGTH);
  const record: RestApiRecord = {
    region: ctx.region,
    api: {
      id,
      name: input.name,
      description: input.description,
      createdDate: new Date(),
      version: input.version,
      binaryMediaTypes: input.binaryMediaTypes,
      minimumCompressionSize: input.minimumCompressionSize,
      apiKeySource: input.apiKeySource ?? 'HEADER',
      endpointConfiguration: {
        types: input.endpointConfiguration?.types ?? ['EDGE'],
        ipAddressType: input.endpointConfiguration?.ipAddressType ?? 'ipv4',
        vpcEndpointIds: input.endpointConfiguration?.vpcEndpointIds,
      },
      // An empty policy (the Serverless Framework writes "") is no policy.
      policy: input.policy || undefined,
      tags: input.tags,
      disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false,
      rootResourceId,
    },
    resources: new Map([[rootResourceId, { id: rootResourceId, path: '/', methods: new Map() }]]),
    deployments: new Map(),
    stages: new Map(),
    authorizers: new Map(),
    validators: new Map(),
    models: new Map(),
  };
  ctx.store.restApis.set(ctx.region, id, record);
  return record.api;
}
