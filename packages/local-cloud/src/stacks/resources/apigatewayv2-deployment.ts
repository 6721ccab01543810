// AWS::ApiGatewayV2::Deployment: CreateDeployment (pointing StageName at it); Ref is the deployment id.
import {
  CreateDeploymentCommand,
  DeleteDeploymentCommand,
  UpdateDeploymentCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-apigatewayv2';
import { apiGatewayV2Client, gone, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';

const provisioned = (id: string) => ({ physicalId: id, ref: id, attributes: { DeploymentId: id } });

export const apiGatewayV2Deployment: ResourceHandler = {
  required: ['ApiId'],
  replaceOn: ['ApiId'],
  async create(ctx, props) {
    const d = await apiGatewayV2Client(ctx).send(
      new CreateDeploymentCommand({
        ApiId: String(props.ApiId),
        Description: str(props.Description),
        StageName: str(props.StageName),
      }),
    );
    return provisioned(d.DeploymentId as string);
  },
  async update(ctx, current, props) {
    const v2 = apiGatewayV2Client(ctx);
    const ApiId = String(props.ApiId);
    await v2.send(
      new UpdateDeploymentCommand({
        ApiId,
        DeploymentId: current.physicalId,
        Description: str(props.Description),
      }),
    );
    const StageName = str(props.StageName);
    if (StageName)
      await v2.send(new UpdateStageCommand({ ApiId, StageName, DeploymentId: current.physicalId }));
    return provisioned(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayV2Client(ctx).send(
        new DeleteDeploymentCommand({
          ApiId: String(current.properties.ApiId),
          DeploymentId: current.physicalId,
        }),
      ),
    );
  },
};
