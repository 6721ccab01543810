// The REST API (v1) operations by name: RestApi, Resource, Method, Integration, Deployment, Stage and the
// records around them (authorizers, validators, models, API keys, usage plans, the account's settings).
import type { Operations } from '../../protocol/service.js';
import type { ApiGatewayContext } from '../context.js';
import { createApiKey } from './createApiKey.js';
import { createAuthorizer } from './createAuthorizer.js';
import { createDeployment } from './createDeployment.js';
import { createModel } from './createModel.js';
import { createRequestValidator } from './createRequestValidator.js';
import { createResource } from './createResource.js';
import { createRestApi } from './createRestApi.js';
import { createStage } from './createStage.js';
import { createUsagePlan } from './createUsagePlan.js';
import { createUsagePlanKey } from './createUsagePlanKey.js';
import { deleteApiKey } from './deleteApiKey.js';
import { deleteAuthorizer } from './deleteAuthorizer.js';
import { deleteDeployment } from './deleteDeployment.js';
import { deleteIntegration } from './deleteIntegration.js';
import { deleteMethod } from './deleteMethod.js';
import { deleteModel } from './deleteModel.js';
import { deleteRequestValidator } from './deleteRequestValidator.js';
import { deleteResource } from './deleteResource.js';
import { deleteRestApi } from './deleteRestApi.js';
import { deleteStage } from './deleteStage.js';
import { deleteUsagePlan } from './deleteUsagePlan.js';
import { deleteUsagePlanKey } from './deleteUsagePlanKey.js';
import { getAccount } from './getAccount.js';
import { getApiKey } from './getApiKey.js';
import { getApiKeys } from './getApiKeys.js';
import { getAuthorizer } from './getAuthorizer.js';
import { getAuthorizers } from './getAuthorizers.js';
import { getDeployment } from './getDeployment.js';
import { getDeployments } from './getDeployments.js';
import { getIntegration } from './getIntegration.js';
import { getMethod } from './getMethod.js';
import { getModel } from './getModel.js';
import { getModels } from './getModels.js';
import { getRequestValidator } from './getRequestValidator.js';
import { getRequestValidators } from './getRequestValidators.js';
import { getResource } from './getResource.js';
import { getResources } from './getResources.js';
import { getRestApi } from './getRestApi.js';
import { getRestApis } from './getRestApis.js';
import { getStage } from './getStage.js';
import { getStages } from './getStages.js';
import { getTags } from './getTags.js';
import { getUsagePlan } from './getUsagePlan.js';
import { getUsagePlanKey } from './getUsagePlanKey.js';
import { getUsagePlanKeys } from './getUsagePlanKeys.js';
import { getUsagePlans } from './getUsagePlans.js';
import { putIntegration } from './putIntegration.js';
import { putIntegrationResponse } from './putIntegrationResponse.js';
import { putMethod } from './putMethod.js';
import { putMethodResponse } from './putMethodResponse.js';
import { tagResource } from './tagResource.js';
import { untagResource } from './untagResource.js';
import { updateAccount } from './updateAccount.js';
import { updateDeployment } from './updateDeployment.js';
import { updateRestApi } from './updateRestApi.js';
import { updateStage } from './updateStage.js';
import { updateUsagePlan } from './updateUsagePlan.js';

export const V1_OPERATIONS: Operations<ApiGatewayContext> = {
  CreateApiKey: createApiKey,
  CreateAuthorizer: createAuthorizer,
  CreateDeployment: createDeployment,
  CreateModel: createModel,
  CreateRequestValidator: createRequestValidator,
  CreateResource: createResource,
  CreateRestApi: createRestApi,
  CreateStage: createStage,
  CreateUsagePlan: createUsagePlan,
  CreateUsagePlanKey: createUsagePlanKey,
  DeleteApiKey: deleteApiKey,
  DeleteAuthorizer: deleteAuthorizer,
  DeleteDeployment: deleteDeployment,
  DeleteIntegration: deleteIntegration,
  DeleteMethod: deleteMethod,
  DeleteModel: deleteModel,
  DeleteRequestValidator: deleteRequestValidator,
  DeleteResource: deleteResource,
  DeleteRestApi: deleteRestApi,
  DeleteStage: deleteStage,
  DeleteUsagePlan: deleteUsagePlan,
  DeleteUsagePlanKey: deleteUsagePlanKey,
  GetAccount: getAccount,
  GetApiKey: getApiKey,
  GetApiKeys: getApiKeys,
  GetAuthorizer: getAuthorizer,
  GetAuthorizers: getAuthorizers,
  GetDeployment: getDeployment,
  GetDeployments: getDeployments,
  GetIntegration: getIntegration,
  GetMethod: getMethod,
  GetModel: getModel,
  GetModels: getModels,
  GetRequestValidator: getRequestValidator,
  GetRequestValidators: getRequestValidators,
  GetResource: getResource,
  GetResources: getResources,
  GetRestApi: getRestApi,
  GetRestApis: getRestApis,
  GetStage: getStage,
  GetStages: getStages,
  GetTags: getTags,
  GetUsagePlan: getUsagePlan,
  GetUsagePlanKey: getUsagePlanKey,
  GetUsagePlanKeys: getUsagePlanKeys,
  GetUsagePlans: getUsagePlans,
  PutIntegration: putIntegration,
  PutIntegrationResponse: putIntegrationResponse,
  PutMethod: putMethod,
  PutMethodResponse: putMethodResponse,
  TagResource: tagResource,
  UntagResource: untagResource,
  UpdateAccount: updateAccount,
  UpdateDeployment: updateDeployment,
  UpdateRestApi: updateRestApi,
  UpdateStage: updateStage,
  UpdateUsagePlan: updateUsagePlan,
};
