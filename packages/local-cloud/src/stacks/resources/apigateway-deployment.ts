// AWS::ApiGateway::Deployment: CreateDeployment, which with StageName makes (or points) that stage;
// Ref is the deployment id. Deleting it deletes the stage it made when that stage still serves it.
import {
  CreateDeploymentCommand,
  DeleteDeploymentCommand,
  DeleteStageCommand,
  GetStageCommand,
  UpdateDeploymentCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, bool, gone, isNotFound, str } from '../clients.js';
import type { HandlerContext, ResourceHandler } from '../types.js';
import { stagePatches, stringMap } from './apigateway-props.js';

type Props = Record<string, unknown>;

const provisioned = (id: string) => ({ physicalId: id, ref: id, attributes: { DeploymentId: id } });

/** The stage's settings beyond what CreateDeployment takes (method settings, access logs). */
async function stageSettings(
  ctx: HandlerContext,
  restApiId: string,
  stageName: string,
  sd: Props,
): Promise<void> {
  const patchOperations = stagePatches(sd);
  if (patchOperations.length > 0)
    await apiGatewayClient(ctx).send(new UpdateStageCommand({ restApiId, stageName, patchOperations }));
}

export const apiGatewayDeployment: ResourceHandler = {
  required: ['RestApiId'],
  replaceOn: ['RestApiId', 'DeploymentCanarySettings'],
  async create(ctx, props) {
    const restApiId = String(props.RestApiId);
    const stageName = str(props.StageName);
    const sd = (props.StageDescription as Props | undefined) ?? {};
    const d = await apiGatewayClient(ctx).send(
      new CreateDeploymentCommand({
        restApiId,
        stageName,
        description: str(props.Description),
        stageDescription: str(sd.Description),
        variables: stringMap(sd.Variables),
        tracingEnabled: bool(sd.TracingEnabled),
        cacheClusterEnabled: bool(sd.CacheClusterEnabled),
        cacheClusterSize: str(sd.CacheClusterSize) as '0.5' | undefined,
      }),
    );
    if (stageName) await stageSettings(ctx, restApiId, stageName, sd);
    return provisioned(d.id as string);
  },
  async update(ctx, current, props) {
    const ag = apiGatewayClient(ctx);
    const restApiId = String(props.RestApiId);
    await ag.send(
      new UpdateDeploymentCommand({
        restApiId,
        deploymentId: current.physicalId,
        patchOperations: [{ op: 'replace', path: '/description', value: str(props.Description) ?? '' }],
      }),
    );
    const stageName = str(props.StageName);
    if (stageName) {
      await ag.send(
        new UpdateStageCommand({
          restApiId,
          stageName,
          patchOperations: [{ op: 'replace', path: '/deploymentId', value: current.physicalId }],
        }),
      );
      await stageSettings(ctx, restApiId, stageName, (props.StageDescription as Props | undefined) ?? {});
    }
    return provisioned(current.physicalId);
  },
  async delete(ctx, current) {
    const ag = apiGatewayClient(ctx);
    const restApiId = String(current.properties.RestApiId);
    const stageName = str(current.properties.StageName);
    if (stageName) {
      // A later deployment may serve the stage now (the Serverless Framework makes one per deploy).
      let stage: { deploymentId?: string } | undefined;
      try {
        stage = await ag.send(new GetStageCommand({ restApiId, stageName }));
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
      if (stage?.deploymentId === current.physicalId)
        await gone(() => ag.send(new DeleteStageCommand({ restApiId, stageName })));
    }
    await gone(() => ag.send(new DeleteDeploymentCommand({ restApiId, deploymentId: current.physicalId })));
  },
};
