// AWS::ApiGatewayV2::Stage: CreateStage / UpdateStage; Ref is the stage name.
import {
  CreateStageCommand,
  type CreateStageRequest,
  DeleteStageCommand,
  type RouteSettings,
  UpdateStageCommand,
} from '@aws-sdk/client-apigatewayv2';
import { apiGatewayV2Client, bool, gone, num, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';
import { stringMap } from './apigateway-props.js';

type Props = Record<string, unknown>;

function routeSettings(v: unknown): RouteSettings | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const s = v as Props;
  return {
    DataTraceEnabled: bool(s.DataTraceEnabled),
    DetailedMetricsEnabled: bool(s.DetailedMetricsEnabled),
    LoggingLevel: str(s.LoggingLevel) as RouteSettings['LoggingLevel'],
    ThrottlingBurstLimit: num(s.ThrottlingBurstLimit),
    ThrottlingRateLimit: num(s.ThrottlingRateLimit),
  };
}

function stage(p: Props): CreateStageRequest {
  const log = p.AccessLogSettings as Props | undefined;
  const perRoute = p.RouteSettings as Record<string, unknown> | undefined;
  return {
    ApiId: String(p.ApiId),
    StageName: String(p.StageName),
    AutoDeploy: bool(p.AutoDeploy),
    DeploymentId: str(p.DeploymentId),
    Description: str(p.Description),
    ClientCertificateId: str(p.ClientCertificateId),
    DefaultRouteSettings: routeSettings(p.DefaultRouteSettings),
    RouteSettings:
      perRoute && Object.fromEntries(Object.entries(perRoute).map(([k, v]) => [k, routeSettings(v) ?? {}])),
    StageVariables: stringMap(p.StageVariables),
    AccessLogSettings: log && { DestinationArn: str(log.DestinationArn), Format: str(log.Format) },
  };
}

const provisioned = (name: string) => ({ physicalId: name, ref: name });

export const apiGatewayV2Stage: ResourceHandler = {
  required: ['ApiId', 'StageName'],
  replaceOn: ['ApiId', 'StageName'],
  async create(ctx, props) {
    await apiGatewayV2Client(ctx).send(
      new CreateStageCommand({ ...stage(props), Tags: stringMap(props.Tags) }),
    );
    return provisioned(String(props.StageName));
  },
  async update(ctx, current, props) {
    await apiGatewayV2Client(ctx).send(new UpdateStageCommand(stage(props)));
    return provisioned(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayV2Client(ctx).send(
        new DeleteStageCommand({ ApiId: String(current.properties.ApiId), StageName: current.physicalId }),
      ),
    );
  },
};
