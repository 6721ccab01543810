// AWS::ApiGateway::RestApi: CreateRestApi; Ref is the API id, GetAtt RootResourceId its `/` resource.
// An OpenAPI Body is not imported (the API is created empty, with a warning).
import {
  CreateRestApiCommand,
  DeleteRestApiCommand,
  type EndpointType,
  type PatchOperation,
  UpdateRestApiCommand,
} from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, bool, gone, num, str, tagMap } from '../clients.js';
import type { Provisioned, ResourceHandler } from '../types.js';
import { jsonString, list } from './apigateway-props.js';

type Props = Record<string, unknown>;

const provisioned = (id: string, root: string): Provisioned => ({
  physicalId: id,
  ref: id,
  attributes: { RestApiId: id, RootResourceId: root },
});

/** The settings UpdateRestApi can replace, as patch operations. */
function patches(p: Props): PatchOperation[] {
  const values: [string, string | undefined][] = [
    ['/name', str(p.Name)],
    ['/description', str(p.Description) ?? ''],
    ['/policy', jsonString(p.Policy) ?? ''],
    ['/apiKeySource', str(p.ApiKeySourceType) ?? 'HEADER'],
    ['/disableExecuteApiEndpoint', String(bool(p.DisableExecuteApiEndpoint) ?? false)],
  ];
  if (p.MinimumCompressionSize !== undefined)
    values.push(['/minimumCompressionSize', String(p.MinimumCompressionSize)]);
  return values.filter(([, v]) => v !== undefined).map(([path, value]) => ({ op: 'replace', path, value }));
}

export const apiGatewayRestApi: ResourceHandler = {
  async create(ctx, props) {
    if (props.Body !== undefined || props.BodyS3Location !== undefined)
      ctx.warn('the OpenAPI Body of a RestApi is not imported by this local cloud; the API is created empty');
    const endpoint = props.EndpointConfiguration as Props | undefined;
    const api = await apiGatewayClient(ctx).send(
      new CreateRestApiCommand({
        name: str(props.Name) ?? ctx.physicalName({ maxLength: 1024 }),
        description: str(props.Description),
        binaryMediaTypes: list(props.BinaryMediaTypes),
        minimumCompressionSize: num(props.MinimumCompressionSize),
        apiKeySource: str(props.ApiKeySourceType) as 'HEADER' | undefined,
        endpointConfiguration: endpoint && {
          types: list(endpoint.Types) as EndpointType[] | undefined,
          vpcEndpointIds: list(endpoint.VpcEndpointIds),
        },
        policy: jsonString(props.Policy),
        tags: tagMap(props.Tags),
        disableExecuteApiEndpoint: bool(props.DisableExecuteApiEndpoint),
      }),
    );
    return provisioned(api.id as string, api.rootResourceId as string);
  },
  async update(ctx, current, props) {
    await apiGatewayClient(ctx).send(
      new UpdateRestApiCommand({ restApiId: current.physicalId, patchOperations: patches(props) }),
    );
    return provisioned(current.physicalId, String(current.attributes.RootResourceId));
  },
  async delete(ctx, current) {
    await gone(() => apiGatewayClient(ctx).send(new DeleteRestApiCommand({ restApiId: current.physicalId })));
  },
};
