// The Lambda operations by their AWS names; routes come from the SDK model's http traits.
import type { Operations } from '../protocol/service.js';
import { addLayerVersionPermission } from './addLayerVersionPermission.js';
import { addPermission } from './addPermission.js';
import type { LambdaContext } from './context.js';
import { createAlias } from './createAlias.js';
import { createEventSourceMapping } from './createEventSourceMapping.js';
import { createFunction } from './createFunction.js';
import { deleteAlias } from './deleteAlias.js';
import { deleteEventSourceMapping } from './deleteEventSourceMapping.js';
import { deleteFunction } from './deleteFunction.js';
import { deleteFunctionConcurrency } from './deleteFunctionConcurrency.js';
import { deleteFunctionEventInvokeConfig } from './deleteFunctionEventInvokeConfig.js';
import { deleteLayerVersion } from './deleteLayerVersion.js';
import { getAccountSettings } from './getAccountSettings.js';
import { getAlias } from './getAlias.js';
import { getEventSourceMapping } from './getEventSourceMapping.js';
import { getFunction } from './getFunction.js';
import { getFunctionConcurrency } from './getFunctionConcurrency.js';
import { getFunctionConfiguration } from './getFunctionConfiguration.js';
import { getFunctionEventInvokeConfig } from './getFunctionEventInvokeConfig.js';
import { getLayerVersion } from './getLayerVersion.js';
import { getLayerVersionByArn } from './getLayerVersionByArn.js';
import { getLayerVersionPolicy } from './getLayerVersionPolicy.js';
import { getPolicy } from './getPolicy.js';
import { invoke } from './invoke.js';
import { listAliases } from './listAliases.js';
import { listEventSourceMappings } from './listEventSourceMappings.js';
import { listFunctionEventInvokeConfigs } from './listFunctionEventInvokeConfigs.js';
import { listFunctions } from './listFunctions.js';
import { listLayers } from './listLayers.js';
import { listLayerVersions } from './listLayerVersions.js';
import { listTags } from './listTags.js';
import { listVersionsByFunction } from './listVersionsByFunction.js';
import { publishLayerVersion } from './publishLayerVersion.js';
import { publishVersion } from './publishVersion.js';
import { putFunctionConcurrency } from './putFunctionConcurrency.js';
import { putFunctionEventInvokeConfig } from './putFunctionEventInvokeConfig.js';
import { removeLayerVersionPermission } from './removeLayerVersionPermission.js';
import { removePermission } from './removePermission.js';
import { tagResource } from './tagResource.js';
import { untagResource } from './untagResource.js';
import { updateAlias } from './updateAlias.js';
import { updateEventSourceMapping } from './updateEventSourceMapping.js';
import { updateFunctionCode } from './updateFunctionCode.js';
import { updateFunctionConfiguration } from './updateFunctionConfiguration.js';
import { updateFunctionEventInvokeConfig } from './updateFunctionEventInvokeConfig.js';

export const OPERATIONS: Operations<LambdaContext> = {
  CreateFunction: createFunction,
  ListFunctions: listFunctions,
  GetFunction: getFunction,
  DeleteFunction: deleteFunction,
  GetFunctionConfiguration: getFunctionConfiguration,
  UpdateFunctionConfiguration: updateFunctionConfiguration,
  UpdateFunctionCode: updateFunctionCode,
  Invoke: invoke,
  PublishVersion: publishVersion,
  ListVersionsByFunction: listVersionsByFunction,
  CreateAlias: createAlias,
  ListAliases: listAliases,
  GetAlias: getAlias,
  UpdateAlias: updateAlias,
  DeleteAlias: deleteAlias,
  AddPermission: addPermission,
  GetPolicy: getPolicy,
  RemovePermission: removePermission,
  PutFunctionConcurrency: putFunctionConcurrency,
  DeleteFunctionConcurrency: deleteFunctionConcurrency,
  GetFunctionConcurrency: getFunctionConcurrency,
  ListFunctionEventInvokeConfigs: listFunctionEventInvokeConfigs,
  PutFunctionEventInvokeConfig: putFunctionEventInvokeConfig,
  UpdateFunctionEventInvokeConfig: updateFunctionEventInvokeConfig,
  GetFunctionEventInvokeConfig: getFunctionEventInvokeConfig,
  DeleteFunctionEventInvokeConfig: deleteFunctionEventInvokeConfig,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTags: listTags,
  GetAccountSettings: getAccountSettings,
  CreateEventSourceMapping: createEventSourceMapping,
  GetEventSourceMapping: getEventSourceMapping,
  ListEventSourceMappings: listEventSourceMappings,
  UpdateEventSourceMapping: updateEventSourceMapping,
  DeleteEventSourceMapping: deleteEventSourceMapping,
  AddLayerVersionPermission: addLayerVersionPermission,
  DeleteLayerVersion: deleteLayerVersion,
  GetLayerVersion: getLayerVersion,
  GetLayerVersionByArn: getLayerVersionByArn,
  GetLayerVersionPolicy: getLayerVersionPolicy,
  ListLayers: listLayers,
  ListLayerVersions: listLayerVersions,
  PublishLayerVersion: publishLayerVersion,
  RemoveLayerVersionPermission: removeLayerVersionPermission,
};
