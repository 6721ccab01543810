// The HTTP and WebSocket API (v2) operations by name: Api, Route, Integration, Stage, Deployment and
// Authorizer.
import type { Operations } from '../../protocol/service.js';
import type { ApiGatewayContext } from '../context.js';
import { createApi } from './createApi.js';
import { createAuthorizer } from './createAuthorizer.js';
import { createDeployment } from './createDeployment.js';
import { createIntegration } from './createIntegration.js';
import { createRoute } from './createRoute.js';
import { createStage } from './createStage.js';
import { deleteApi } from './deleteApi.js';
import { deleteAuthorizer } from './deleteAuthorizer.js';
import { deleteDeployment } from './deleteDeployment.js';
import { deleteIntegration } from './deleteIntegration.js';
import { deleteRoute } from './deleteRoute.js';
import { deleteStage } from './deleteStage.js';
import { getApi } from './getApi.js';
import { getApis } from './getApis.js';
import { getAuthorizer } from './getAuthorizer.js';
import { getAuthorizers } from './getAuthorizers.js';
import { getDeployment } from './getDeployment.js';
import { getDeployments } from './getDeployments.js';
import { getIntegration } from './getIntegration.js';
import { getIntegrations } from './getIntegrations.js';
import { getRoute } from './getRoute.js';
import { getRoutes } from './getRoutes.js';
import { getStage } from './getStage.js';
import { getStages } from './getStages.js';
import { getTags } from './getTags.js';
import { tagResource } from './tagResource.js';
import { untagResource } from './untagResource.js';
import { updateApi } from './updateApi.js';
import { updateDeployment } from './updateDeployment.js';
import { updateIntegration } from './updateIntegration.js';
import { updateRoute } from './updateRoute.js';
import { updateStage } from './updateStage.js';

export const V2_OPERATIONS: Operations<ApiGatewayContext> = {
  CreateApi: createApi,
  CreateAuthorizer: createAuthorizer,
  CreateDeployment: createDeployment,
  CreateIntegration: createIntegration,
  CreateRoute: createRoute,
  CreateStage: createStage,
  DeleteApi: deleteApi,
  DeleteAuthorizer: deleteAuthorizer,
  DeleteDeployment: deleteDeployment,
  DeleteIntegration: deleteIntegration,
  DeleteRoute: deleteRoute,
  DeleteStage: deleteStage,
  GetApi: getApi,
  GetApis: getApis,
  GetAuthorizer: getAuthorizer,
  GetAuthorizers: getAuthorizers,
  GetDeployment: getDeployment,
  GetDeployments: getDeployments,
  GetIntegration: getIntegration,
  GetIntegrations: getIntegrations,
  GetRoute: getRoute,
  GetRoutes: getRoutes,
  GetStage: getStage,
  GetStages: getStages,
  GetTags: getTags,
  TagResource: tagResource,
  UntagResource: untagResource,
  UpdateApi: updateApi,
  UpdateDeployment: updateDeployment,
  UpdateIntegration: updateIntegration,
  UpdateRoute: updateRoute,
  UpdateStage: updateStage,
};
