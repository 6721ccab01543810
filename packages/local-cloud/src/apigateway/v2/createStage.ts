// CreateStage: a named stage of an HTTP or WebSocket API (`$default` serves the API's root URL); with
// AutoDeploy it is deployed at once and after every change.
import type { CreateStageRequest, CreateStageResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, conflict, missing } from '../errors.js';
import { autoDeploy } from './deployments.js';

export function createStage(ctx: ApiGatewayContext, input: CreateStageRequest): CreateStageResponse {
  const api = ctx.httpApi(input.ApiId);
  const name = input.StageName;
  if (!name) throw missing('StageName');
  if (!/^(\$default|[a-zA-Z0-9_-]{1,128})$/.test(name))
    throw badRequest(`Invalid stage name specified: ${name}`);
  if (api.stages.has(name)) throw conflict(`Stage ${name} already exists`);
  if (input.DeploymentId && !api.deployments.has(input.DeploymentId))
    throw badRequest(`Invalid deployment identifier specified: ${input.DeploymentId}`);
  const now = new Date();
  const stage = {
    AccessLogSettings: input.AccessLogSettings,
    AutoDeploy: input.AutoDeploy ?? false,
    ClientCertificateId: input.ClientCertificateId,
    CreatedDate: now,
    DefaultRouteSettings: { DetailedMetricsEnabled: false, ...input.DefaultRouteSettings },
    DeploymentId: input.DeploymentId,
    Description: input.Description,
    LastUpdatedDate: now,
    RouteSettings: input.RouteSettings ?? {},
    StageName: name,
    StageVariables: input.StageVariables ?? {},
    Tags: input.Tags ?? {},
  };
  api.stages.set(name, stage);
  autoDeploy(api, name);
  return stage;
}
