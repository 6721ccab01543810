// AWS::ApiGateway::Stage: CreateStage, then UpdateStage for method settings and access logs; Ref is the
// stage name. Updates go through UpdateStage's patch operations.
import {
  CreateStageCommand,
  DeleteStageCommand,
  type PatchOperation,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, bool, gone, str, tagMap } from '../clients.js';
import type { ResourceHandler } from '../types.js';
import { stagePatches, stringMap } from './apigateway-props.js';

type Props = Record<string, unknown>;

const provisioned = (name: string) => ({ physicalId: name, ref: name });

function updates(before: Props, after: Props): PatchOperation[] {
  const ops: PatchOperation[] = [
    { op: 'replace', path: '/deploymentId', value: String(after.DeploymentId) },
    { op: 'replace', path: '/description', value: str(after.Description) ?? '' },
    { op: 'replace', path: '/tracingEnabled', value: String(bool(after.TracingEnabled) ?? false) },
    { op: 'replace', path: '/cacheClusterEnabled', value: String(bool(after.CacheClusterEnabled) ?? false) },
  ];
  const vars = stringMap(after.Variables) ?? {};
  for (const name of Object.keys(stringMap(before.Variables) ?? {}))
    if (!(name in vars)) ops.push({ op: 'remove', path: `/variables/${name}` });
  for (const [name, value] of Object.entries(vars))
    ops.push({ op: 'replace', path: `/variables/${name}`, value });
  return [...ops, ...stagePatches(after)];
}

export const apiGatewayStage: ResourceHandler = {
  required: ['RestApiId'],
  replaceOn: ['RestApiId', 'StageName'],
  async create(ctx, props) {
    const ag = apiGatewayClient(ctx);
    const restApiId = String(props.RestApiId);
    const stageName =
      str(props.StageName) ?? ctx.physicalName({ maxLength: 128 }).replace(/[^a-zA-Z0-9_-]/g, '');
    await ag.send(
      new CreateStageCommand({
        restApiId,
        stageName,
        deploymentId: str(props.DeploymentId),
        description: str(props.Description),
        variables: stringMap(props.Variables),
        tracingEnabled: bool(props.TracingEnabled),
        cacheClusterEnabled: bool(props.CacheClusterEnabled),
        cacheClusterSize: str(props.CacheClusterSize) as '0.5' | undefined,
        documentationVersion: str(props.DocumentationVersion),
        tags: tagMap(props.Tags),
      }),
    );
    const patchOperations = stagePatches(props);
    if (patchOperations.length > 0)
      await ag.send(new UpdateStageCommand({ restApiId, stageName, patchOperations }));
    return provisioned(stageName);
  },
  async update(ctx, current, props) {
    await apiGatewayClient(ctx).send(
      new UpdateStageCommand({
        restApiId: String(props.RestApiId),
        stageName: current.physicalId,
        patchOperations: updates(current.properties, props),
      }),
    );
    return provisioned(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayClient(ctx).send(
        new DeleteStageCommand({
          restApiId: String(current.properties.RestApiId),
          stageName: current.physicalId,
        }),
      ),
    );
  },
};
