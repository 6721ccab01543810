import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  changeSetAlreadyExists,
  changeSetNotFound,
  changeSetStackDoesNotExist,
  changeSetStatusInvalid,
  checkShapes,
  checkStackName,
  creationOrder,
  dependencies,
  evaluateConditions,
  noUpdates,
  parameterValues,
  parseArn,
  parseTemplate,
  physicalName,
  randomSuffix,
  references,
  resolve,
  resolveParameters,
  stackAlreadyExists,
  stackDoesNotExist,
  stackExistsForCreateChangeSet,
  stackNotUpdatable,
  templateError,
  zipSync
} from "./chunk-3Q6RD3VT.js";
import {
  AwsError
} from "./chunk-GVSLWIJQ.js";
import {
  apiGatewayClient,
  apiGatewayV2Client,
  bool,
  clientConfig,
  cloudWatchClient,
  codeOf,
  eventsClient,
  exists,
  gone,
  iamClient,
  isNotFound,
  jsonText,
  lambdaClient,
  logsClient,
  num,
  optional,
  s3Client,
  snsClient,
  sqsClient,
  str,
  tagMap
} from "./chunk-K4VLPNN4.js";
import {
  CreateApiCommand,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateIntegrationCommand,
  CreateRouteCommand,
  CreateStageCommand,
  DeleteApiCommand,
  DeleteAuthorizerCommand,
  DeleteDeploymentCommand,
  DeleteIntegrationCommand,
  DeleteRouteCommand,
  DeleteStageCommand,
  UpdateApiCommand,
  UpdateDeploymentCommand,
  UpdateIntegrationCommand,
  UpdateRouteCommand,
  UpdateStageCommand
} from "./chunk-KQ6TQYQ4.js";
import {
  CreateApiKeyCommand,
  CreateAuthorizerCommand as CreateAuthorizerCommand2,
  CreateDeploymentCommand as CreateDeploymentCommand2,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand as CreateStageCommand2,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  DeleteAuthorizerCommand as DeleteAuthorizerCommand2,
  DeleteDeploymentCommand as DeleteDeploymentCommand2,
  DeleteMethodCommand,
  DeleteModelCommand,
  DeleteRequestValidatorCommand,
  DeleteResourceCommand,
  DeleteRestApiCommand,
  DeleteStageCommand as DeleteStageCommand2,
  DeleteUsagePlanCommand,
  DeleteUsagePlanKeyCommand,
  GetStageCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateDeploymentCommand as UpdateDeploymentCommand2,
  UpdateRestApiCommand,
  UpdateStageCommand as UpdateStageCommand2
} from "./chunk-W7EJCJQ4.js";
import {
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  PutMetricAlarmCommand
} from "./chunk-2X5HLXTQ.js";
import {
  PLACEHOLDER_REASON_PREFIX,
  STRICT_TAG
} from "./chunk-TGRPST5Q.js";
import {
  CreateEventBusCommand,
  DeleteEventBusCommand,
  DeleteRuleCommand,
  DescribeEventBusCommand,
  DescribeRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand
} from "./chunk-VIZMCPZV.js";
import {
  CreateTopicCommand,
  DeleteTopicCommand,
  GetTopicAttributesCommand,
  PublishCommand,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SubscribeCommand,
  UnsubscribeCommand
} from "./chunk-7AD26AX5.js";
import {
  CreateQueueCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  SetQueueAttributesCommand
} from "./chunk-235HVGAZ.js";
import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand
} from "./chunk-GX45JUQT.js";
import {
  AddLayerVersionPermissionCommand,
  AddPermissionCommand,
  CreateAliasCommand,
  CreateEventSourceMappingCommand,
  CreateFunctionCommand,
  DeleteAliasCommand,
  DeleteEventSourceMappingCommand,
  DeleteFunctionCommand,
  DeleteFunctionConcurrencyCommand,
  DeleteFunctionEventInvokeConfigCommand,
  DeleteLayerVersionCommand,
  InvokeCommand,
  PublishLayerVersionCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
  RemoveLayerVersionPermissionCommand,
  RemovePermissionCommand,
  UpdateAliasCommand,
  UpdateEventSourceMappingCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand
} from "./chunk-IZJAQB5K.js";
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteBucketPolicyCommand,
  GetObjectCommand,
  HeadBucketCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client
} from "./chunk-6BCDY4AP.js";
import "./chunk-QDZGVRZ6.js";
import {
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DeleteRetentionPolicyCommand,
  PutRetentionPolicyCommand
} from "./chunk-W4K56SDA.js";
import "./chunk-VSEYQAEP.js";
import "./chunk-E3UHNKBD.js";
import "./chunk-LXQWPYFG.js";
import "./chunk-6MWGFO5T.js";
import "./chunk-VLWNQS2G.js";
import "./chunk-6OP734ML.js";
import "./chunk-TZP22VI7.js";
import "./chunk-MOEOEYN6.js";
import "./chunk-ZX3B5RNJ.js";
import "./chunk-MVEBVMQP.js";
import "./chunk-A35NYCCP.js";
import "./chunk-2ST3NFII.js";
import "./chunk-5ULBMXNG.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-4NZOGS53.js";
import "./chunk-7XKFUN2L.js";
import "./chunk-QD7QKGRY.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-DBFYPCXS.js";

// ../local-cloud/src/persistence/stackState.ts
var STACKS = "cloudformation.stack";
var StackState = class {
  constructor(db) {
    this.db = db;
  }
  db;
  save(stack) {
    const { operation: _operation, ...kept } = stack;
    this.db.putRecord(STACKS, stack.stackId, kept);
  }
  saveAll(store) {
    this.db.atomically(() => {
      for (const s of store.all) this.save(s);
    });
  }
  restore(store) {
    for (const [, stack] of this.db.records(STACKS)) store.all.push(stack);
  }
};

// ../local-cloud/src/stacks/changeSets.ts
import { randomUUID as randomUUID4 } from "node:crypto";

// ../local-cloud/src/stacks/canonical.ts
function canonical(v) {
  return JSON.stringify(
    v ?? null,
    (_k, value) => value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : value
  );
}

// ../local-cloud/src/stacks/resources/apigateway-apiKey.ts
var apiGatewayApiKey = {
  async create(ctx, props) {
    const k = await apiGatewayClient(ctx).send(
      new CreateApiKeyCommand({
        name: str(props.Name) ?? ctx.physicalName({ maxLength: 1024 }),
        description: str(props.Description),
        enabled: bool(props.Enabled),
        generateDistinctId: bool(props.GenerateDistinctId),
        value: str(props.Value),
        customerId: str(props.CustomerId),
        stageKeys: (props.StageKeys ?? []).map((s) => ({
          restApiId: str(s.RestApiId),
          stageName: str(s.StageName)
        })),
        tags: tagMap(props.Tags)
      })
    );
    return { physicalId: k.id, ref: k.id, attributes: { APIKeyId: k.id } };
  },
  async delete(ctx, current) {
    await gone(() => apiGatewayClient(ctx).send(new DeleteApiKeyCommand({ apiKey: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/apigateway-props.ts
var list = (v) => Array.isArray(v) ? v.map(String) : void 0;
function boolMap(v) {
  if (!v || typeof v !== "object") return void 0;
  return Object.fromEntries(Object.entries(v).map(([k, b]) => [k, b === true || b === "true"]));
}
function stringMap(v) {
  if (!v || typeof v !== "object") return void 0;
  return Object.fromEntries(Object.entries(v).map(([k, s]) => [k, String(s)]));
}
var jsonString = (v) => v === void 0 || v === "" ? void 0 : typeof v === "string" ? v : JSON.stringify(v);
var SETTINGS = [
  ["MetricsEnabled", "metrics/enabled"],
  ["LoggingLevel", "logging/loglevel"],
  ["DataTraceEnabled", "logging/dataTrace"],
  ["ThrottlingBurstLimit", "throttling/burstLimit"],
  ["ThrottlingRateLimit", "throttling/rateLimit"],
  ["CachingEnabled", "caching/enabled"],
  ["CacheTtlInSeconds", "caching/ttlInSeconds"],
  ["CacheDataEncrypted", "caching/dataEncrypted"]
];
function stagePatches(p) {
  const ops = [];
  for (const s of p.MethodSettings ?? []) {
    const path = String(s.ResourcePath ?? "/*");
    const resource = path === "/*" ? "*" : path.replace(/~/g, "~0").replace(/\//g, "~1");
    const prefix = `/${resource}/${String(s.HttpMethod ?? "*")}`;
    for (const [prop, suffix] of SETTINGS)
      if (s[prop] !== void 0)
        ops.push({ op: "replace", path: `${prefix}/${suffix}`, value: String(s[prop]) });
  }
  const log = p.AccessLogSetting;
  if (log?.DestinationArn !== void 0)
    ops.push({ op: "replace", path: "/accessLogSettings/destinationArn", value: String(log.DestinationArn) });
  if (log?.Format !== void 0)
    ops.push({ op: "replace", path: "/accessLogSettings/format", value: String(log.Format) });
  return ops;
}

// ../local-cloud/src/stacks/resources/apigateway-authorizer.ts
var apiGatewayAuthorizer = {
  required: ["RestApiId", "Type", "Name"],
  async create(ctx, props) {
    const a = await apiGatewayClient(ctx).send(
      new CreateAuthorizerCommand2({
        restApiId: String(props.RestApiId),
        name: String(props.Name),
        type: String(props.Type),
        providerARNs: list(props.ProviderARNs),
        authType: str(props.AuthType),
        authorizerUri: str(props.AuthorizerUri),
        authorizerCredentials: str(props.AuthorizerCredentials),
        identitySource: str(props.IdentitySource),
        identityValidationExpression: str(props.IdentityValidationExpression),
        authorizerResultTtlInSeconds: num(props.AuthorizerResultTtlInSeconds)
      })
    );
    return { physicalId: a.id, ref: a.id, attributes: { AuthorizerId: a.id } };
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayClient(ctx).send(
        new DeleteAuthorizerCommand2({
          restApiId: String(current.properties.RestApiId),
          authorizerId: current.physicalId
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/apigateway-deployment.ts
var provisioned = (id) => ({ physicalId: id, ref: id, attributes: { DeploymentId: id } });
async function stageSettings(ctx, restApiId, stageName, sd) {
  const patchOperations = stagePatches(sd);
  if (patchOperations.length > 0)
    await apiGatewayClient(ctx).send(new UpdateStageCommand2({ restApiId, stageName, patchOperations }));
}
var apiGatewayDeployment = {
  required: ["RestApiId"],
  replaceOn: ["RestApiId", "DeploymentCanarySettings"],
  async create(ctx, props) {
    const restApiId = String(props.RestApiId);
    const stageName = str(props.StageName);
    const sd = props.StageDescription ?? {};
    const d = await apiGatewayClient(ctx).send(
      new CreateDeploymentCommand2({
        restApiId,
        stageName,
        description: str(props.Description),
        stageDescription: str(sd.Description),
        variables: stringMap(sd.Variables),
        tracingEnabled: bool(sd.TracingEnabled),
        cacheClusterEnabled: bool(sd.CacheClusterEnabled),
        cacheClusterSize: str(sd.CacheClusterSize)
      })
    );
    if (stageName) await stageSettings(ctx, restApiId, stageName, sd);
    return provisioned(d.id);
  },
  async update(ctx, current, props) {
    const ag = apiGatewayClient(ctx);
    const restApiId = String(props.RestApiId);
    await ag.send(
      new UpdateDeploymentCommand2({
        restApiId,
        deploymentId: current.physicalId,
        patchOperations: [{ op: "replace", path: "/description", value: str(props.Description) ?? "" }]
      })
    );
    const stageName = str(props.StageName);
    if (stageName) {
      await ag.send(
        new UpdateStageCommand2({
          restApiId,
          stageName,
          patchOperations: [{ op: "replace", path: "/deploymentId", value: current.physicalId }]
        })
      );
      await stageSettings(ctx, restApiId, stageName, props.StageDescription ?? {});
    }
    return provisioned(current.physicalId);
  },
  async delete(ctx, current) {
    const ag = apiGatewayClient(ctx);
    const restApiId = String(current.properties.RestApiId);
    const stageName = str(current.properties.StageName);
    if (stageName) {
      let stage2;
      try {
        stage2 = await ag.send(new GetStageCommand({ restApiId, stageName }));
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
      if (stage2?.deploymentId === current.physicalId)
        await gone(() => ag.send(new DeleteStageCommand2({ restApiId, stageName })));
    }
    await gone(() => ag.send(new DeleteDeploymentCommand2({ restApiId, deploymentId: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/apigateway-method.ts
async function put(ctx, p) {
  const ag = apiGatewayClient(ctx);
  const at = {
    restApiId: String(p.RestApiId),
    resourceId: String(p.ResourceId),
    httpMethod: String(p.HttpMethod).toUpperCase()
  };
  await ag.send(
    new PutMethodCommand({
      ...at,
      authorizationType: str(p.AuthorizationType) ?? "NONE",
      authorizerId: str(p.AuthorizerId),
      apiKeyRequired: bool(p.ApiKeyRequired),
      requestValidatorId: str(p.RequestValidatorId),
      operationName: str(p.OperationName),
      requestParameters: boolMap(p.RequestParameters),
      requestModels: stringMap(p.RequestModels),
      authorizationScopes: list(p.AuthorizationScopes)
    })
  );
  for (const r of p.MethodResponses ?? []) {
    await ag.send(
      new PutMethodResponseCommand({
        ...at,
        statusCode: String(r.StatusCode),
        responseParameters: boolMap(r.ResponseParameters),
        responseModels: stringMap(r.ResponseModels)
      })
    );
  }
  const i = p.Integration;
  if (i) {
    await ag.send(
      new PutIntegrationCommand({
        ...at,
        type: str(i.Type),
        integrationHttpMethod: str(i.IntegrationHttpMethod),
        uri: str(i.Uri),
        connectionType: str(i.ConnectionType),
        connectionId: str(i.ConnectionId),
        credentials: str(i.Credentials),
        requestParameters: stringMap(i.RequestParameters),
        requestTemplates: stringMap(i.RequestTemplates),
        passthroughBehavior: str(i.PassthroughBehavior),
        contentHandling: str(i.ContentHandling),
        timeoutInMillis: num(i.TimeoutInMillis),
        cacheNamespace: str(i.CacheNamespace),
        cacheKeyParameters: list(i.CacheKeyParameters)
      })
    );
    for (const r of i.IntegrationResponses ?? []) {
      await ag.send(
        new PutIntegrationResponseCommand({
          ...at,
          statusCode: String(r.StatusCode),
          selectionPattern: str(r.SelectionPattern),
          responseParameters: stringMap(r.ResponseParameters),
          responseTemplates: stringMap(r.ResponseTemplates),
          contentHandling: str(r.ContentHandling)
        })
      );
    }
  }
  const id = `${at.restApiId}|${at.resourceId}|${at.httpMethod}`;
  return { physicalId: id, ref: id };
}
async function remove(ctx, p) {
  await gone(
    () => apiGatewayClient(ctx).send(
      new DeleteMethodCommand({
        restApiId: String(p.RestApiId),
        resourceId: String(p.ResourceId),
        httpMethod: String(p.HttpMethod).toUpperCase()
      })
    )
  );
}
var apiGatewayMethod = {
  required: ["HttpMethod", "ResourceId", "RestApiId"],
  replaceOn: ["HttpMethod", "ResourceId", "RestApiId"],
  create: put,
  async update(ctx, current, props) {
    await remove(ctx, current.properties);
    return put(ctx, props);
  },
  async delete(ctx, current) {
    await remove(ctx, current.properties);
  }
};

// ../local-cloud/src/stacks/resources/apigateway-model.ts
var apiGatewayModel = {
  nameProperty: "Name",
  required: ["RestApiId"],
  async create(ctx, props) {
    const name = str(props.Name) ?? ctx.physicalName({ maxLength: 128 }).replace(/[^a-zA-Z0-9]/g, "");
    await apiGatewayClient(ctx).send(
      new CreateModelCommand({
        restApiId: String(props.RestApiId),
        name,
        contentType: str(props.ContentType) ?? "application/json",
        description: str(props.Description),
        schema: jsonString(props.Schema)
      })
    );
    return { physicalId: name, ref: name };
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayClient(ctx).send(
        new DeleteModelCommand({
          restApiId: String(current.properties.RestApiId),
          modelName: current.physicalId
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/apigateway-requestValidator.ts
var apiGatewayRequestValidator = {
  required: ["RestApiId"],
  async create(ctx, props) {
    const v = await apiGatewayClient(ctx).send(
      new CreateRequestValidatorCommand({
        restApiId: String(props.RestApiId),
        name: str(props.Name),
        validateRequestBody: bool(props.ValidateRequestBody),
        validateRequestParameters: bool(props.ValidateRequestParameters)
      })
    );
    return { physicalId: v.id, ref: v.id, attributes: { RequestValidatorId: v.id } };
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayClient(ctx).send(
        new DeleteRequestValidatorCommand({
          restApiId: String(current.properties.RestApiId),
          requestValidatorId: current.physicalId
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/apigateway-resource.ts
var apiGatewayResource = {
  required: ["ParentId", "PathPart", "RestApiId"],
  replaceOn: ["ParentId", "PathPart", "RestApiId"],
  async create(ctx, props) {
    const r = await apiGatewayClient(ctx).send(
      new CreateResourceCommand({
        restApiId: String(props.RestApiId),
        parentId: String(props.ParentId),
        pathPart: String(props.PathPart)
      })
    );
    return { physicalId: r.id, ref: r.id, attributes: { ResourceId: r.id } };
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayClient(ctx).send(
        new DeleteResourceCommand({
          restApiId: String(current.properties.RestApiId),
          resourceId: current.physicalId
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/apigateway-restApi.ts
var provisioned2 = (id, root) => ({
  physicalId: id,
  ref: id,
  attributes: { RestApiId: id, RootResourceId: root }
});
function patches(p) {
  const values = [
    ["/name", str(p.Name)],
    ["/description", str(p.Description) ?? ""],
    ["/policy", jsonString(p.Policy) ?? ""],
    ["/apiKeySource", str(p.ApiKeySourceType) ?? "HEADER"],
    ["/disableExecuteApiEndpoint", String(bool(p.DisableExecuteApiEndpoint) ?? false)]
  ];
  if (p.MinimumCompressionSize !== void 0)
    values.push(["/minimumCompressionSize", String(p.MinimumCompressionSize)]);
  return values.filter(([, v]) => v !== void 0).map(([path, value]) => ({ op: "replace", path, value }));
}
var apiGatewayRestApi = {
  async create(ctx, props) {
    if (props.Body !== void 0 || props.BodyS3Location !== void 0)
      ctx.warn("the OpenAPI Body of a RestApi is not imported by this local cloud; the API is created empty");
    const endpoint = props.EndpointConfiguration;
    const api = await apiGatewayClient(ctx).send(
      new CreateRestApiCommand({
        name: str(props.Name) ?? ctx.physicalName({ maxLength: 1024 }),
        description: str(props.Description),
        binaryMediaTypes: list(props.BinaryMediaTypes),
        minimumCompressionSize: num(props.MinimumCompressionSize),
        apiKeySource: str(props.ApiKeySourceType),
        endpointConfiguration: endpoint && {
          types: list(endpoint.Types),
          vpcEndpointIds: list(endpoint.VpcEndpointIds)
        },
        policy: jsonString(props.Policy),
        tags: tagMap(props.Tags),
        disableExecuteApiEndpoint: bool(props.DisableExecuteApiEndpoint)
      })
    );
    return provisioned2(api.id, api.rootResourceId);
  },
  async update(ctx, current, props) {
    await apiGatewayClient(ctx).send(
      new UpdateRestApiCommand({ restApiId: current.physicalId, patchOperations: patches(props) })
    );
    return provisioned2(current.physicalId, String(current.attributes.RootResourceId));
  },
  async delete(ctx, current) {
    await gone(() => apiGatewayClient(ctx).send(new DeleteRestApiCommand({ restApiId: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/apigateway-stage.ts
var provisioned3 = (name) => ({ physicalId: name, ref: name });
function updates(before, after) {
  const ops = [
    { op: "replace", path: "/deploymentId", value: String(after.DeploymentId) },
    { op: "replace", path: "/description", value: str(after.Description) ?? "" },
    { op: "replace", path: "/tracingEnabled", value: String(bool(after.TracingEnabled) ?? false) },
    { op: "replace", path: "/cacheClusterEnabled", value: String(bool(after.CacheClusterEnabled) ?? false) }
  ];
  const vars = stringMap(after.Variables) ?? {};
  for (const name of Object.keys(stringMap(before.Variables) ?? {}))
    if (!(name in vars)) ops.push({ op: "remove", path: `/variables/${name}` });
  for (const [name, value] of Object.entries(vars))
    ops.push({ op: "replace", path: `/variables/${name}`, value });
  return [...ops, ...stagePatches(after)];
}
var apiGatewayStage = {
  required: ["RestApiId"],
  replaceOn: ["RestApiId", "StageName"],
  async create(ctx, props) {
    const ag = apiGatewayClient(ctx);
    const restApiId = String(props.RestApiId);
    const stageName = str(props.StageName) ?? ctx.physicalName({ maxLength: 128 }).replace(/[^a-zA-Z0-9_-]/g, "");
    await ag.send(
      new CreateStageCommand2({
        restApiId,
        stageName,
        deploymentId: str(props.DeploymentId),
        description: str(props.Description),
        variables: stringMap(props.Variables),
        tracingEnabled: bool(props.TracingEnabled),
        cacheClusterEnabled: bool(props.CacheClusterEnabled),
        cacheClusterSize: str(props.CacheClusterSize),
        documentationVersion: str(props.DocumentationVersion),
        tags: tagMap(props.Tags)
      })
    );
    const patchOperations = stagePatches(props);
    if (patchOperations.length > 0)
      await ag.send(new UpdateStageCommand2({ restApiId, stageName, patchOperations }));
    return provisioned3(stageName);
  },
  async update(ctx, current, props) {
    await apiGatewayClient(ctx).send(
      new UpdateStageCommand2({
        restApiId: String(props.RestApiId),
        stageName: current.physicalId,
        patchOperations: updates(current.properties, props)
      })
    );
    return provisioned3(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayClient(ctx).send(
        new DeleteStageCommand2({
          restApiId: String(current.properties.RestApiId),
          stageName: current.physicalId
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/apigateway-usagePlan.ts
var throttle = (t) => t && { burstLimit: num(t.BurstLimit), rateLimit: num(t.RateLimit) };
var apiGatewayUsagePlan = {
  async create(ctx, props) {
    const quota = props.Quota;
    const plan = await apiGatewayClient(ctx).send(
      new CreateUsagePlanCommand({
        name: str(props.UsagePlanName) ?? ctx.physicalName({ maxLength: 1024 }),
        description: str(props.Description),
        apiStages: (props.ApiStages ?? []).map((s) => ({
          apiId: str(s.ApiId),
          stage: str(s.Stage)
        })),
        quota: quota && {
          limit: num(quota.Limit),
          offset: num(quota.Offset),
          period: str(quota.Period)
        },
        throttle: throttle(props.Throttle),
        tags: tagMap(props.Tags)
      })
    );
    return { physicalId: plan.id, ref: plan.id, attributes: { Id: plan.id } };
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayClient(ctx).send(new DeleteUsagePlanCommand({ usagePlanId: current.physicalId }))
    );
  }
};

// ../local-cloud/src/stacks/resources/apigateway-usagePlanKey.ts
var apiGatewayUsagePlanKey = {
  required: ["KeyId", "KeyType", "UsagePlanId"],
  async create(ctx, props) {
    const key = await apiGatewayClient(ctx).send(
      new CreateUsagePlanKeyCommand({
        usagePlanId: String(props.UsagePlanId),
        keyId: String(props.KeyId),
        keyType: String(props.KeyType)
      })
    );
    return { physicalId: key.id, ref: key.id, attributes: { Id: key.id } };
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayClient(ctx).send(
        new DeleteUsagePlanKeyCommand({
          usagePlanId: String(current.properties.UsagePlanId),
          keyId: current.physicalId
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/apigatewayv2-api.ts
function settings(p) {
  const cors = p.CorsConfiguration;
  return {
    Description: str(p.Description),
    RouteSelectionExpression: str(p.RouteSelectionExpression),
    ApiKeySelectionExpression: str(p.ApiKeySelectionExpression),
    DisableExecuteApiEndpoint: bool(p.DisableExecuteApiEndpoint),
    DisableSchemaValidation: bool(p.DisableSchemaValidation),
    Version: str(p.Version),
    CorsConfiguration: cors && {
      AllowCredentials: bool(cors.AllowCredentials),
      AllowHeaders: list(cors.AllowHeaders),
      AllowMethods: list(cors.AllowMethods),
      AllowOrigins: list(cors.AllowOrigins),
      ExposeHeaders: list(cors.ExposeHeaders),
      MaxAge: num(cors.MaxAge)
    }
  };
}
var provisioned4 = (id, endpoint) => ({
  physicalId: id,
  ref: id,
  attributes: { ApiId: id, ApiEndpoint: endpoint }
});
var apiGatewayV2Api = {
  replaceOn: ["ProtocolType"],
  async create(ctx, props) {
    if (props.Body !== void 0 || props.BodyS3Location !== void 0)
      ctx.warn(
        "the OpenAPI Body of an ApiGatewayV2 Api is not imported by this local cloud; the API is created empty"
      );
    const api = await apiGatewayV2Client(ctx).send(
      new CreateApiCommand({
        ...settings(props),
        Name: str(props.Name) ?? ctx.physicalName({ maxLength: 128 }),
        ProtocolType: str(props.ProtocolType) ?? "HTTP",
        Target: str(props.Target),
        RouteKey: str(props.RouteKey),
        CredentialsArn: str(props.CredentialsArn),
        Tags: stringMap(props.Tags)
      })
    );
    return provisioned4(api.ApiId, api.ApiEndpoint);
  },
  async update(ctx, current, props) {
    const api = await apiGatewayV2Client(ctx).send(
      new UpdateApiCommand({ ...settings(props), ApiId: current.physicalId, Name: str(props.Name) })
    );
    return provisioned4(current.physicalId, api.ApiEndpoint);
  },
  async delete(ctx, current) {
    await gone(() => apiGatewayV2Client(ctx).send(new DeleteApiCommand({ ApiId: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/apigatewayv2-authorizer.ts
var apiGatewayV2Authorizer = {
  required: ["ApiId", "AuthorizerType", "Name"],
  async create(ctx, props) {
    const jwt = props.JwtConfiguration;
    const a = await apiGatewayV2Client(ctx).send(
      new CreateAuthorizerCommand({
        ApiId: String(props.ApiId),
        Name: String(props.Name),
        AuthorizerType: String(props.AuthorizerType),
        IdentitySource: list(props.IdentitySource) ?? [],
        JwtConfiguration: jwt && { Audience: list(jwt.Audience), Issuer: str(jwt.Issuer) },
        AuthorizerUri: str(props.AuthorizerUri),
        AuthorizerCredentialsArn: str(props.AuthorizerCredentialsArn),
        AuthorizerPayloadFormatVersion: str(props.AuthorizerPayloadFormatVersion),
        AuthorizerResultTtlInSeconds: num(props.AuthorizerResultTtlInSeconds),
        EnableSimpleResponses: bool(props.EnableSimpleResponses),
        IdentityValidationExpression: str(props.IdentityValidationExpression)
      })
    );
    return {
      physicalId: a.AuthorizerId,
      ref: a.AuthorizerId,
      attributes: { AuthorizerId: a.AuthorizerId }
    };
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayV2Client(ctx).send(
        new DeleteAuthorizerCommand({
          ApiId: String(current.properties.ApiId),
          AuthorizerId: current.physicalId
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/apigatewayv2-deployment.ts
var provisioned5 = (id) => ({ physicalId: id, ref: id, attributes: { DeploymentId: id } });
var apiGatewayV2Deployment = {
  required: ["ApiId"],
  replaceOn: ["ApiId"],
  async create(ctx, props) {
    const d = await apiGatewayV2Client(ctx).send(
      new CreateDeploymentCommand({
        ApiId: String(props.ApiId),
        Description: str(props.Description),
        StageName: str(props.StageName)
      })
    );
    return provisioned5(d.DeploymentId);
  },
  async update(ctx, current, props) {
    const v2 = apiGatewayV2Client(ctx);
    const ApiId = String(props.ApiId);
    await v2.send(
      new UpdateDeploymentCommand({
        ApiId,
        DeploymentId: current.physicalId,
        Description: str(props.Description)
      })
    );
    const StageName = str(props.StageName);
    if (StageName)
      await v2.send(new UpdateStageCommand({ ApiId, StageName, DeploymentId: current.physicalId }));
    return provisioned5(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayV2Client(ctx).send(
        new DeleteDeploymentCommand({
          ApiId: String(current.properties.ApiId),
          DeploymentId: current.physicalId
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/apigatewayv2-integration.ts
function responseParameters(v) {
  if (!v || typeof v !== "object") return void 0;
  return Object.fromEntries(
    Object.entries(v).map(([status, m]) => [
      status,
      Object.fromEntries(
        (m.ResponseParameters ?? []).map((r) => [
          String(r.Destination),
          String(r.Source)
        ])
      )
    ])
  );
}
function integration(p) {
  const tls = p.TlsConfig;
  return {
    ApiId: String(p.ApiId),
    IntegrationType: String(p.IntegrationType),
    IntegrationUri: str(p.IntegrationUri),
    IntegrationMethod: str(p.IntegrationMethod),
    IntegrationSubtype: str(p.IntegrationSubtype),
    PayloadFormatVersion: str(p.PayloadFormatVersion),
    TimeoutInMillis: num(p.TimeoutInMillis),
    ConnectionType: str(p.ConnectionType),
    ConnectionId: str(p.ConnectionId),
    CredentialsArn: str(p.CredentialsArn),
    Description: str(p.Description),
    PassthroughBehavior: str(p.PassthroughBehavior),
    ContentHandlingStrategy: str(
      p.ContentHandlingStrategy
    ),
    RequestParameters: stringMap(p.RequestParameters),
    RequestTemplates: stringMap(p.RequestTemplates),
    ResponseParameters: responseParameters(p.ResponseParameters),
    TemplateSelectionExpression: str(p.TemplateSelectionExpression),
    TlsConfig: tls && { ServerNameToVerify: str(tls.ServerNameToVerify) }
  };
}
var provisioned6 = (id) => ({ physicalId: id, ref: id, attributes: { IntegrationId: id } });
var apiGatewayV2Integration = {
  required: ["ApiId", "IntegrationType"],
  replaceOn: ["ApiId"],
  async create(ctx, props) {
    const i = await apiGatewayV2Client(ctx).send(new CreateIntegrationCommand(integration(props)));
    return provisioned6(i.IntegrationId);
  },
  async update(ctx, current, props) {
    await apiGatewayV2Client(ctx).send(
      new UpdateIntegrationCommand({ ...integration(props), IntegrationId: current.physicalId })
    );
    return provisioned6(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayV2Client(ctx).send(
        new DeleteIntegrationCommand({
          ApiId: String(current.properties.ApiId),
          IntegrationId: current.physicalId
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/apigatewayv2-route.ts
function route(p) {
  return {
    ApiId: String(p.ApiId),
    RouteKey: String(p.RouteKey),
    Target: str(p.Target),
    AuthorizationType: str(p.AuthorizationType),
    AuthorizerId: str(p.AuthorizerId),
    AuthorizationScopes: list(p.AuthorizationScopes),
    ApiKeyRequired: bool(p.ApiKeyRequired),
    OperationName: str(p.OperationName),
    RequestModels: stringMap(p.RequestModels),
    ModelSelectionExpression: str(p.ModelSelectionExpression),
    RouteResponseSelectionExpression: str(p.RouteResponseSelectionExpression)
  };
}
var provisioned7 = (id) => ({ physicalId: id, ref: id, attributes: { RouteId: id } });
var apiGatewayV2Route = {
  required: ["ApiId", "RouteKey"],
  replaceOn: ["ApiId"],
  async create(ctx, props) {
    const r = await apiGatewayV2Client(ctx).send(new CreateRouteCommand(route(props)));
    return provisioned7(r.RouteId);
  },
  async update(ctx, current, props) {
    await apiGatewayV2Client(ctx).send(
      new UpdateRouteCommand({ ...route(props), RouteId: current.physicalId })
    );
    return provisioned7(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayV2Client(ctx).send(
        new DeleteRouteCommand({ ApiId: String(current.properties.ApiId), RouteId: current.physicalId })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/apigatewayv2-stage.ts
function routeSettings(v) {
  if (!v || typeof v !== "object") return void 0;
  const s = v;
  return {
    DataTraceEnabled: bool(s.DataTraceEnabled),
    DetailedMetricsEnabled: bool(s.DetailedMetricsEnabled),
    LoggingLevel: str(s.LoggingLevel),
    ThrottlingBurstLimit: num(s.ThrottlingBurstLimit),
    ThrottlingRateLimit: num(s.ThrottlingRateLimit)
  };
}
function stage(p) {
  const log = p.AccessLogSettings;
  const perRoute = p.RouteSettings;
  return {
    ApiId: String(p.ApiId),
    StageName: String(p.StageName),
    AutoDeploy: bool(p.AutoDeploy),
    DeploymentId: str(p.DeploymentId),
    Description: str(p.Description),
    ClientCertificateId: str(p.ClientCertificateId),
    DefaultRouteSettings: routeSettings(p.DefaultRouteSettings),
    RouteSettings: perRoute && Object.fromEntries(Object.entries(perRoute).map(([k, v]) => [k, routeSettings(v) ?? {}])),
    StageVariables: stringMap(p.StageVariables),
    AccessLogSettings: log && { DestinationArn: str(log.DestinationArn), Format: str(log.Format) }
  };
}
var provisioned8 = (name) => ({ physicalId: name, ref: name });
var apiGatewayV2Stage = {
  required: ["ApiId", "StageName"],
  replaceOn: ["ApiId", "StageName"],
  async create(ctx, props) {
    await apiGatewayV2Client(ctx).send(
      new CreateStageCommand({ ...stage(props), Tags: stringMap(props.Tags) })
    );
    return provisioned8(String(props.StageName));
  },
  async update(ctx, current, props) {
    await apiGatewayV2Client(ctx).send(new UpdateStageCommand(stage(props)));
    return provisioned8(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(
      () => apiGatewayV2Client(ctx).send(
        new DeleteStageCommand({ ApiId: String(current.properties.ApiId), StageName: current.physicalId })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/cdk-metadata.ts
var cdkMetadata = {
  async create(ctx) {
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(_ctx, current) {
    return { physicalId: current.physicalId };
  },
  async delete() {
  }
};

// ../local-cloud/src/stacks/handlerErrors.ts
import { randomUUID } from "node:crypto";
function handlerFailure(message, code) {
  const reason = `Resource handler returned message: "${message}" (RequestToken: ${randomUUID()}, HandlerErrorCode: ${code})`;
  return code === "AlreadyExists" ? new AlreadyExistsError(reason) : new Error(reason);
}
var AlreadyExistsError = class extends Error {
};
function alreadyExists(type2, identifier) {
  return handlerFailure(
    `Resource of type '${type2}' with identifier '${identifier}' already exists.`,
    "AlreadyExists"
  );
}
function serviceMessage(err, service) {
  const e = err;
  return `${e.message ?? String(err)} (Service: ${service}, Status Code: ${e.$metadata?.httpStatusCode ?? 400}, Request ID: ${e.$metadata?.requestId ?? randomUUID()})`;
}
var FailedResource = class extends Error {
  constructor(message, physicalId) {
    super(message);
    this.physicalId = physicalId;
  }
  physicalId;
  undo = "added";
};

// ../local-cloud/src/stacks/resources/cloudwatch-alarm.ts
var dimensions = (v) => Array.isArray(v) ? v.map((d) => ({ Name: String(d.Name), Value: String(d.Value) })) : void 0;
var strings = (v) => Array.isArray(v) ? v.map(String) : void 0;
function query(q) {
  const stat = q.MetricStat;
  const metric = stat?.Metric;
  return {
    Id: str(q.Id),
    Expression: str(q.Expression),
    Label: str(q.Label),
    ReturnData: bool(q.ReturnData),
    Period: num(q.Period),
    AccountId: str(q.AccountId),
    MetricStat: stat && {
      Metric: metric && {
        Namespace: str(metric.Namespace),
        MetricName: str(metric.MetricName),
        Dimensions: dimensions(metric.Dimensions)
      },
      Period: num(stat.Period),
      Stat: str(stat.Stat),
      Unit: str(stat.Unit)
    }
  };
}
function input(name, p) {
  return {
    AlarmName: name,
    AlarmDescription: str(p.AlarmDescription),
    ActionsEnabled: bool(p.ActionsEnabled),
    AlarmActions: strings(p.AlarmActions),
    OKActions: strings(p.OKActions),
    InsufficientDataActions: strings(p.InsufficientDataActions),
    MetricName: str(p.MetricName),
    Namespace: str(p.Namespace),
    Statistic: str(p.Statistic),
    ExtendedStatistic: str(p.ExtendedStatistic),
    Dimensions: dimensions(p.Dimensions),
    Period: num(p.Period),
    Unit: str(p.Unit),
    EvaluationPeriods: num(p.EvaluationPeriods),
    DatapointsToAlarm: num(p.DatapointsToAlarm),
    Threshold: num(p.Threshold),
    ComparisonOperator: str(p.ComparisonOperator),
    TreatMissingData: str(p.TreatMissingData),
    EvaluateLowSampleCountPercentile: str(p.EvaluateLowSampleCountPercentile),
    Metrics: Array.isArray(p.Metrics) ? p.Metrics.map((q) => query(q)) : void 0,
    ThresholdMetricId: str(p.ThresholdMetricId),
    Tags: p.Tags
  };
}
function provisioned9(ctx, name) {
  return {
    physicalId: name,
    ref: name,
    attributes: { Arn: `arn:${ctx.partition}:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:${name}` }
  };
}
var cloudWatchAlarm = {
  nameProperty: "AlarmName",
  replaceOn: ["AlarmName"],
  required: ["ComparisonOperator", "EvaluationPeriods"],
  async create(ctx, props) {
    const cw = cloudWatchClient(ctx);
    const name = str(props.AlarmName) ?? ctx.physicalName({ maxLength: 255 });
    const found = await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
    if ((found.MetricAlarms ?? []).length > 0) throw alreadyExists("AWS::CloudWatch::Alarm", name);
    await cw.send(new PutMetricAlarmCommand(input(name, props)));
    return provisioned9(ctx, name);
  },
  async update(ctx, current, props) {
    await cloudWatchClient(ctx).send(new PutMetricAlarmCommand(input(current.physicalId, props)));
    return provisioned9(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(
      () => cloudWatchClient(ctx).send(new DeleteAlarmsCommand({ AlarmNames: [current.physicalId] }))
    );
  }
};

// ../local-cloud/src/stacks/customResponses.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var MAX_RESPONSE_BYTES = 4096;
var URL_LIFETIME_SECONDS = 7200;
var DEFAULT_SERVICE_TIMEOUT_SECONDS = 3600;
var MIN_WAIT_SECONDS = 60;
function waitMs(cloud, timeoutSeconds) {
  return Math.max(cloud.scaled(timeoutSeconds * 1e3), Math.min(timeoutSeconds, MIN_WAIT_SECONDS) * 1e3);
}
var responseBucket = (region) => `cloudformation-custom-resource-response-${region.replace(/-/g, "")}`;
var noResponse = (requestId) => `CloudFormation did not receive a response from your Custom Resource. Please check your logs for requestId [${requestId}]. If you are using the Python cfn-response module, you may need to update your Lambda function code so that CloudFormation can attach the updated version.`;
var CustomResourceChannel = class {
  constructor(cloud) {
    this.cloud = cloud;
  }
  cloud;
  /** Waiting requests by the response object's key. */
  waiting = /* @__PURE__ */ new Map();
  stops = /* @__PURE__ */ new Set();
  ownedRegions = /* @__PURE__ */ new Set();
  /** Sends the request to its ServiceToken and waits for the provider's answer; throws the failure's reason. */
  async send(ctx, request2, timeoutSeconds) {
    const requestId = randomUUID2();
    const key = `${request2.StackId}|${request2.LogicalResourceId}|${requestId}`;
    const full = {
      RequestType: request2.RequestType,
      ServiceToken: request2.ServiceToken,
      ResponseURL: await this.responseUrl(ctx.region, key),
      StackId: request2.StackId,
      RequestId: requestId,
      LogicalResourceId: request2.LogicalResourceId,
      PhysicalResourceId: request2.PhysicalResourceId,
      ResourceType: request2.ResourceType,
      ResourceProperties: request2.ResourceProperties,
      OldResourceProperties: request2.OldResourceProperties
    };
    const answer = this.expect(key, requestId, timeoutSeconds);
    try {
      await this.deliver(ctx, full);
    } catch (err) {
      answer.cancel();
      throw err;
    }
    return { response: parse(await answer.body), requestId };
  }
  /** Ends every wait (the cloud is stopping): their resources fail. */
  stop() {
    for (const stop of [...this.stops]) stop();
  }
  /** The answer to come for `key`, or CloudFormation's timeout; `cancel` ends the wait unanswered. */
  expect(key, requestId, timeoutSeconds) {
    let cancel = () => {
    };
    const body = new Promise((resolve2, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(key);
        this.stops.delete(stop);
      };
      const stop = () => {
        done();
        reject(new Error("The local cloud stopped before the custom resource answered"));
      };
      const timer = setTimeout(
        () => {
          done();
          reject(new Error(noResponse(requestId)));
        },
        waitMs(this.cloud, timeoutSeconds)
      );
      timer.unref();
      this.stops.add(stop);
      this.waiting.set(key, (b) => {
        done();
        resolve2(b);
      });
      cancel = () => {
        done();
        resolve2(Buffer.alloc(0));
      };
    });
    return { body, cancel };
  }
  /** A presigned PutObject URL into CloudFormation's response bucket, on the local cloud's own endpoint. */
  async responseUrl(region, key) {
    const bucket = responseBucket(region);
    if (!this.ownedRegions.has(region)) {
      const s3 = this.cloud.s3;
      if (!s3) throw new Error("Custom resources need S3, which this local cloud does not serve");
      s3.ownBucket(bucket, (k, body) => this.waiting.get(k)?.(body));
      this.ownedRegions.add(region);
    }
    const { getSignedUrl } = await import("./dist-es-AR52X2ST.js");
    const client4 = new S3Client({
      ...clientConfig(this.cloud.endpoint, region, this.cloud.credentials),
      forcePathStyle: true,
      // Otherwise the URL signs the checksum of an empty body.
      requestChecksumCalculation: "WHEN_REQUIRED"
    });
    return getSignedUrl(client4, new PutObjectCommand({ Bucket: bucket, Key: key }), {
      expiresIn: URL_LIFETIME_SECONDS
    });
  }
  /** Invokes the function asynchronously, or publishes to the topic, as CloudFormation does. */
  async deliver(ctx, request2) {
    const token = request2.ServiceToken;
    const arn = parseArn(token);
    const body = JSON.stringify(request2);
    if (arn?.service === "lambda" && arn.region === ctx.region) {
      await lambdaClient(ctx).send(
        new InvokeCommand({ FunctionName: token, InvocationType: "Event", Payload: Buffer.from(body) })
      );
      return;
    }
    if (arn?.service === "sns" && arn.region === ctx.region) {
      await snsClient(ctx).send(
        new PublishCommand({
          TopicArn: token,
          Subject: "AWS CloudFormation custom resource request",
          Message: body
        })
      );
      return;
    }
    throw new Error(
      `Invalid service token ${token}: a custom resource's ServiceToken is the ARN of a Lambda function or an SNS topic in the stack's region (${ctx.region})`
    );
  }
};
function parse(body) {
  if (body.length > MAX_RESPONSE_BYTES) throw new Error("Response object is too long.");
  let response;
  try {
    response = JSON.parse(body.toString("utf8"));
  } catch {
    throw new Error("Response object is not valid JSON.");
  }
  if (response === null || typeof response !== "object" || Array.isArray(response)) {
    throw new Error("Response object is not valid JSON.");
  }
  if (response.Status !== "SUCCESS" && response.Status !== "FAILED") {
    throw new Error(`Invalid response status [${String(response.Status)}]: it must be SUCCESS or FAILED.`);
  }
  const id = response.PhysicalResourceId;
  if (typeof id !== "string" || id === "" || Buffer.byteLength(id) > 1024) {
    throw new Error("Invalid PhysicalResourceId");
  }
  return response;
}

// ../local-cloud/src/stacks/resources/custom-resource.ts
function isCustomResourceType(type2) {
  return type2.startsWith("Custom::") || type2 === "AWS::CloudFormation::CustomResource";
}
function asSent(value) {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(asSent);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asSent(v)]));
  }
  return value;
}
function timeoutOf(ctx, props) {
  if (props.ServiceTimeout === void 0) return DEFAULT_SERVICE_TIMEOUT_SECONDS;
  const seconds = Number(props.ServiceTimeout);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) {
    throw new Error(
      `Properties validation failed for resource ${ctx.logicalId} with message: #/ServiceTimeout: expected an integer from 1 to 3600, got ${String(props.ServiceTimeout)}`
    );
  }
  return seconds;
}
var failedReason = (response, requestId) => `Received response status [FAILED] from custom resource. Message returned: ${response.Reason ?? ""} (RequestId: ${requestId})`;
async function request(ctx, type2, props, current) {
  const outgoing = {
    RequestType: type2,
    ServiceToken: str(props.ServiceToken) ?? "",
    StackId: ctx.stackId,
    LogicalResourceId: ctx.logicalId,
    PhysicalResourceId: current?.physicalId,
    ResourceType: ctx.resourceType,
    ResourceProperties: asSent(props),
    OldResourceProperties: type2 === "Update" && current ? asSent(current.properties) : void 0
  };
  return ctx.customResources.send(ctx, outgoing, timeoutOf(ctx, props));
}
function provisioned10(ctx, response, requestId) {
  const data = response.Data !== null && typeof response.Data === "object" ? response.Data : {};
  return {
    physicalId: response.PhysicalResourceId,
    attributes: { ...data },
    attributeError: `CustomResource attribute error: Vendor response doesn't contain {attribute} key in object ${ctx.stackId}|${ctx.logicalId}|${requestId} in S3 bucket ${responseBucket(ctx.region).replace("-response-", "-storage-")}`
  };
}
var customResource = {
  required: ["ServiceToken"],
  newIdReplaces: true,
  async create(ctx, props) {
    const { response, requestId } = await request(ctx, "Create", props);
    if (response.Status === "FAILED") {
      throw new FailedResource(failedReason(response, requestId), response.PhysicalResourceId);
    }
    return provisioned10(ctx, response, requestId);
  },
  async update(ctx, current, props) {
    if (str(props.ServiceToken) !== str(current.properties.ServiceToken)) {
      throw new Error("Modifying service token is not allowed.");
    }
    const { response, requestId } = await request(ctx, "Update", props, current);
    if (response.Status === "FAILED") {
      throw new FailedResource(failedReason(response, requestId), current.physicalId);
    }
    return provisioned10(ctx, response, requestId);
  },
  async delete(ctx, current) {
    const { response, requestId } = await request(ctx, "Delete", current.properties, current);
    if (response.Status === "FAILED") throw new Error(failedReason(response, requestId));
  }
};

// ../local-cloud/src/stacks/resources/dynamodb-table.ts
async function client(ctx) {
  const ddb = await import("./dist-es-X7B7QMJT.js");
  return { ddb, client: new ddb.DynamoDBClient(clientConfig(ctx.endpoint, ctx.region, ctx.credentials)) };
}
function throughput(v) {
  if (!v) return void 0;
  const t = v;
  return { ReadCapacityUnits: Number(t.ReadCapacityUnits), WriteCapacityUnits: Number(t.WriteCapacityUnits) };
}
function globalIndexes(props) {
  const list2 = props.GlobalSecondaryIndexes;
  return list2?.map((g) => ({
    IndexName: String(g.IndexName),
    KeySchema: g.KeySchema,
    Projection: g.Projection,
    ProvisionedThroughput: throughput(g.ProvisionedThroughput)
  }));
}
function localIndexes(props) {
  const list2 = props.LocalSecondaryIndexes;
  return list2?.map((l) => ({
    IndexName: String(l.IndexName),
    KeySchema: l.KeySchema,
    Projection: l.Projection
  }));
}
function ttl(props) {
  const t = props.TimeToLiveSpecification;
  if (!t) return void 0;
  return { AttributeName: String(t.AttributeName), Enabled: t.Enabled === true || t.Enabled === "true" };
}
async function active(ctx, name) {
  const { ddb, client: c } = await client(ctx);
  for (let i = 0; ; i++) {
    const { Table: t } = await c.send(new ddb.DescribeTableCommand({ TableName: name }));
    const indexesReady = (t?.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === "ACTIVE");
    if (t?.TableStatus === "ACTIVE" && indexesReady) {
      return { arn: String(t.TableArn), created: t.CreationDateTime ?? /* @__PURE__ */ new Date() };
    }
    if (i >= 600) throw new Error(`Table ${name} did not become ACTIVE`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
function provisioned11(name, arn, created, props) {
  const attributes4 = { Arn: arn };
  if (props.StreamSpecification) {
    attributes4.StreamArn = `${arn}/stream/${created.toISOString().replace("Z", "")}`;
  }
  return { physicalId: name, ref: name, attributes: attributes4 };
}
async function setTimeToLive(ctx, name, spec) {
  const { ddb, client: c } = await client(ctx);
  await c.send(new ddb.UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: spec }));
}
var dynamodbTable = {
  nameProperty: "TableName",
  replaceOn: ["TableName", "KeySchema", "LocalSecondaryIndexes"],
  required: ["KeySchema"],
  async create(ctx, props) {
    const name = str(props.TableName) ?? ctx.physicalName({ maxLength: 255 });
    const { ddb, client: c } = await client(ctx);
    if (await exists(() => c.send(new ddb.DescribeTableCommand({ TableName: name })))) {
      throw alreadyExists("AWS::DynamoDB::Table", name);
    }
    const out = await c.send(
      new ddb.CreateTableCommand({
        TableName: name,
        KeySchema: props.KeySchema,
        AttributeDefinitions: props.AttributeDefinitions,
        BillingMode: str(props.BillingMode),
        ProvisionedThroughput: throughput(props.ProvisionedThroughput),
        GlobalSecondaryIndexes: globalIndexes(props),
        LocalSecondaryIndexes: localIndexes(props)
      })
    );
    const { arn, created } = await active(ctx, name);
    const tags = props.Tags;
    if (tags?.length) {
      await c.send(
        new ddb.TagResourceCommand({
          ResourceArn: out.TableDescription?.TableArn ?? arn,
          Tags: tags.map((t) => ({ Key: t.Key, Value: String(t.Value) }))
        })
      );
    }
    const spec = ttl(props);
    if (spec?.Enabled) await setTimeToLive(ctx, name, spec);
    return provisioned11(name, arn, created, props);
  },
  async update(ctx, current, props) {
    const name = current.physicalId;
    const before = current.properties;
    const { ddb, client: c } = await client(ctx);
    const mode = str(props.BillingMode) ?? "PROVISIONED";
    const modeChanged = mode !== (str(before.BillingMode) ?? "PROVISIONED");
    const wanted = throughput(props.ProvisionedThroughput);
    const had = throughput(before.ProvisionedThroughput);
    const throughputChanged = wanted !== void 0 && (wanted.ReadCapacityUnits !== had?.ReadCapacityUnits || wanted.WriteCapacityUnits !== had?.WriteCapacityUnits);
    if (modeChanged || throughputChanged) {
      await c.send(
        new ddb.UpdateTableCommand({
          TableName: name,
          BillingMode: modeChanged ? mode : void 0,
          ProvisionedThroughput: mode === "PROVISIONED" ? wanted : void 0
        })
      );
      await active(ctx, name);
    }
    const old = new Map((globalIndexes(before) ?? []).map((g) => [g.IndexName, g]));
    const next = globalIndexes(props) ?? [];
    for (const g of old.values()) {
      if (next.some((n) => n.IndexName === g.IndexName)) continue;
      await c.send(
        new ddb.UpdateTableCommand({
          TableName: name,
          GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: g.IndexName } }]
        })
      );
      await active(ctx, name);
    }
    for (const g of next) {
      if (old.has(g.IndexName)) continue;
      await c.send(
        new ddb.UpdateTableCommand({
          TableName: name,
          AttributeDefinitions: props.AttributeDefinitions,
          GlobalSecondaryIndexUpdates: [{ Create: g }]
        })
      );
      await active(ctx, name);
    }
    const was = ttl(before);
    const now = ttl(props);
    if ((was?.Enabled ?? false) !== (now?.Enabled ?? false)) {
      await setTimeToLive(
        ctx,
        name,
        now?.Enabled ? now : { AttributeName: String(was?.AttributeName), Enabled: false }
      );
    }
    const { arn, created } = await active(ctx, name);
    return provisioned11(name, arn, created, props);
  },
  async delete(ctx, current) {
    const { ddb, client: c } = await client(ctx);
    await gone(() => c.send(new ddb.DeleteTableCommand({ TableName: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/events-eventBus.ts
var eventsEventBus = {
  required: ["Name"],
  nameProperty: "Name",
  replaceOn: ["Name", "EventSourceName"],
  async create(ctx, props) {
    const name = String(props.Name);
    const out = await eventsClient(ctx).send(
      new CreateEventBusCommand({
        Name: name,
        EventSourceName: str(props.EventSourceName),
        Description: str(props.Description),
        Tags: props.Tags
      })
    ).catch((err) => {
      if (codeOf(err) !== "ResourceAlreadyExistsException") throw err;
      throw handlerFailure(serviceMessage(err, "EventBridge"), "AlreadyExists");
    });
    const arn = out.EventBusArn ?? `arn:${ctx.partition}:events:${ctx.region}:${ctx.accountId}:event-bus/${name}`;
    return { physicalId: name, ref: name, attributes: { Arn: arn, Name: name, Policy: "" } };
  },
  async update(ctx, current) {
    const out = await eventsClient(ctx).send(new DescribeEventBusCommand({ Name: current.physicalId }));
    return {
      physicalId: current.physicalId,
      attributes: { ...current.attributes, Policy: out.Policy ?? "" }
    };
  },
  async delete(ctx, current) {
    await gone(() => eventsClient(ctx).send(new DeleteEventBusCommand({ Name: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/events-rule.ts
function busName(props) {
  const bus = str(props.EventBusName);
  if (!bus) return void 0;
  return bus.startsWith("arn:") ? bus.slice(bus.indexOf("event-bus/") + "event-bus/".length) : bus;
}
function targets(props) {
  return (props.Targets ?? []).map((t) => ({
    ...t,
    Input: t.Input === void 0 ? void 0 : jsonText(t.Input)
  }));
}
async function put2(ctx, name, props) {
  const events = eventsClient(ctx);
  const bus = busName(props);
  const out = await events.send(
    new PutRuleCommand({
      Name: name,
      EventBusName: str(props.EventBusName),
      EventPattern: jsonText(props.EventPattern),
      ScheduleExpression: str(props.ScheduleExpression),
      State: str(props.State) ?? "ENABLED",
      Description: str(props.Description),
      RoleArn: str(props.RoleArn)
    })
  );
  const list2 = targets(props);
  if (list2.length > 0) {
    const res = await events.send(
      new PutTargetsCommand({ Rule: name, EventBusName: str(props.EventBusName), Targets: list2 })
    );
    if (res.FailedEntryCount) throw new Error(`PutTargets failed: ${res.FailedEntries?.[0]?.ErrorMessage}`);
  }
  const ref = bus && bus !== "default" ? `${bus}|${name}` : name;
  return { physicalId: ref, ref, attributes: { Arn: out.RuleArn } };
}
function ruleName(physicalId) {
  return physicalId.includes("|") ? physicalId.slice(physicalId.indexOf("|") + 1) : physicalId;
}
var eventsRule = {
  nameProperty: "Name",
  replaceOn: ["Name", "EventBusName"],
  async create(ctx, props) {
    const name = str(props.Name) ?? ctx.physicalName({ maxLength: 64 });
    const read = new DescribeRuleCommand({ Name: name, EventBusName: str(props.EventBusName) });
    if (await exists(() => eventsClient(ctx).send(read))) throw alreadyExists("AWS::Events::Rule", name);
    return put2(ctx, name, props);
  },
  async update(ctx, current, props) {
    const name = ruleName(current.physicalId);
    const keep = new Set(targets(props).map((t) => t.Id));
    const dropped = targets(current.properties).map((t) => t.Id).filter((id) => !keep.has(id));
    if (dropped.length > 0) {
      await eventsClient(ctx).send(
        new RemoveTargetsCommand({ Rule: name, EventBusName: str(props.EventBusName), Ids: dropped })
      );
    }
    return put2(ctx, name, props);
  },
  async delete(ctx, current) {
    const events = eventsClient(ctx);
    const name = ruleName(current.physicalId);
    const bus = str(current.properties.EventBusName);
    const ids = targets(current.properties).map((t) => t.Id);
    if (ids.length > 0)
      await gone(() => events.send(new RemoveTargetsCommand({ Rule: name, EventBusName: bus, Ids: ids })));
    await gone(() => events.send(new DeleteRuleCommand({ Name: name, EventBusName: bus })));
  }
};

// ../local-cloud/src/stacks/resources/iam-policy.ts
async function put3(ctx, props) {
  if (props.Users?.length || props.Groups?.length) {
    ctx.warn("IAM users and groups are not served by this local cloud; only Roles get the policy");
  }
  for (const role of props.Roles ?? []) {
    await iamClient(ctx).send(
      new PutRolePolicyCommand({
        RoleName: String(role),
        PolicyName: String(props.PolicyName),
        PolicyDocument: jsonText(props.PolicyDocument)
      })
    );
  }
}
async function remove2(ctx, roles, policyName) {
  for (const role of roles) {
    await gone(
      () => iamClient(ctx).send(new DeleteRolePolicyCommand({ RoleName: role, PolicyName: policyName }))
    );
  }
}
var iamPolicy = {
  required: ["PolicyDocument", "PolicyName"],
  async create(ctx, props) {
    await put3(ctx, props);
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    const before = current.properties.Roles ?? [];
    const after = props.Roles ?? [];
    const renamed = current.properties.PolicyName !== props.PolicyName;
    await remove2(
      ctx,
      renamed ? before : before.filter((r) => !after.includes(r)),
      String(current.properties.PolicyName)
    );
    await put3(ctx, props);
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await remove2(ctx, current.properties.Roles ?? [], String(current.properties.PolicyName));
  }
};

// ../local-cloud/src/stacks/resources/iam-role.ts
async function putPolicies(ctx, role, policies) {
  for (const p of policies) {
    await iamClient(ctx).send(
      new PutRolePolicyCommand({
        RoleName: role,
        PolicyName: p.PolicyName,
        PolicyDocument: jsonText(p.PolicyDocument)
      })
    );
  }
}
async function attach(ctx, role, arns) {
  for (const arn of arns)
    await iamClient(ctx).send(new AttachRolePolicyCommand({ RoleName: role, PolicyArn: arn }));
}
function provisioned12(name, arn, id) {
  return { physicalId: name, ref: name, attributes: { Arn: arn, RoleId: id } };
}
var iamRole = {
  required: ["AssumeRolePolicyDocument"],
  nameProperty: "RoleName",
  replaceOn: ["RoleName", "Path"],
  async create(ctx, props) {
    const name = str(props.RoleName) ?? ctx.physicalName({ maxLength: 64 });
    const out = await iamClient(ctx).send(
      new CreateRoleCommand({
        RoleName: name,
        Path: str(props.Path),
        AssumeRolePolicyDocument: jsonText(props.AssumeRolePolicyDocument),
        Description: str(props.Description),
        MaxSessionDuration: num(props.MaxSessionDuration),
        PermissionsBoundary: str(props.PermissionsBoundary),
        Tags: props.Tags
      })
    ).catch((err) => {
      throw codeOf(err) === "EntityAlreadyExistsException" ? alreadyExists("AWS::IAM::Role", name) : err;
    });
    await putPolicies(ctx, name, props.Policies ?? []);
    await attach(ctx, name, props.ManagedPolicyArns ?? []);
    return provisioned12(name, out.Role.Arn, out.Role.RoleId);
  },
  async update(ctx, current, props) {
    const iam = iamClient(ctx);
    const name = current.physicalId;
    if (canonical(props.AssumeRolePolicyDocument) !== canonical(current.properties.AssumeRolePolicyDocument)) {
      await iam.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: name,
          PolicyDocument: jsonText(props.AssumeRolePolicyDocument)
        })
      );
    }
    const before = current.properties.Policies ?? [];
    const after = props.Policies ?? [];
    for (const p of before) {
      if (!after.some((a) => a.PolicyName === p.PolicyName)) {
        await gone(() => iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: p.PolicyName })));
      }
    }
    await putPolicies(ctx, name, after);
    const oldArns = current.properties.ManagedPolicyArns ?? [];
    const newArns = props.ManagedPolicyArns ?? [];
    for (const arn of oldArns.filter((a) => !newArns.includes(a))) {
      await gone(() => iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: arn })));
    }
    await attach(
      ctx,
      name,
      newArns.filter((a) => !oldArns.includes(a))
    );
    return provisioned12(name, String(current.attributes.Arn), String(current.attributes.RoleId));
  },
  async delete(ctx, current) {
    const iam = iamClient(ctx);
    const name = current.physicalId;
    for (const p of current.properties.Policies ?? []) {
      await gone(() => iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: p.PolicyName })));
    }
    for (const arn of current.properties.ManagedPolicyArns ?? []) {
      await gone(() => iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: arn })));
    }
    await gone(() => iam.send(new DeleteRoleCommand({ RoleName: name })));
  }
};

// ../local-cloud/src/stacks/resources/lambda-alias.ts
var lambdaAlias = {
  required: ["FunctionName", "FunctionVersion", "Name"],
  replaceOn: ["FunctionName", "Name"],
  async create(ctx, props) {
    const out = await lambdaClient(ctx).send(
      new CreateAliasCommand({
        FunctionName: String(props.FunctionName),
        Name: String(props.Name),
        FunctionVersion: String(props.FunctionVersion),
        Description: str(props.Description),
        RoutingConfig: props.RoutingConfig
      })
    );
    return { physicalId: out.AliasArn, ref: out.AliasArn, attributes: { AliasArn: out.AliasArn } };
  },
  async update(ctx, current, props) {
    const out = await lambdaClient(ctx).send(
      new UpdateAliasCommand({
        FunctionName: String(props.FunctionName),
        Name: String(props.Name),
        FunctionVersion: String(props.FunctionVersion),
        Description: str(props.Description),
        RoutingConfig: props.RoutingConfig
      })
    );
    return { physicalId: current.physicalId, ref: out.AliasArn, attributes: { AliasArn: out.AliasArn } };
  },
  async delete(ctx, current) {
    await gone(
      () => lambdaClient(ctx).send(
        new DeleteAliasCommand({
          FunctionName: String(current.properties.FunctionName),
          Name: String(current.properties.Name)
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-eventInvokeConfig.ts
async function put4(ctx, props) {
  const out = await lambdaClient(ctx).send(
    new PutFunctionEventInvokeConfigCommand({
      FunctionName: String(props.FunctionName),
      Qualifier: String(props.Qualifier),
      MaximumRetryAttempts: num(props.MaximumRetryAttempts),
      MaximumEventAgeInSeconds: num(props.MaximumEventAgeInSeconds),
      DestinationConfig: props.DestinationConfig
    })
  );
  const id = out.FunctionArn ?? `${props.FunctionName}:${props.Qualifier}`;
  return { physicalId: id };
}
var lambdaEventInvokeConfig = {
  required: ["FunctionName", "Qualifier"],
  replaceOn: ["FunctionName", "Qualifier"],
  create: put4,
  update: (ctx, _current, props) => put4(ctx, props),
  async delete(ctx, current) {
    await gone(
      () => lambdaClient(ctx).send(
        new DeleteFunctionEventInvokeConfigCommand({
          FunctionName: String(current.properties.FunctionName),
          Qualifier: String(current.properties.Qualifier)
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-eventSourceMapping.ts
function settings2(props) {
  return {
    FunctionName: String(props.FunctionName),
    Enabled: bool(props.Enabled),
    BatchSize: num(props.BatchSize),
    MaximumBatchingWindowInSeconds: num(props.MaximumBatchingWindowInSeconds),
    FunctionResponseTypes: props.FunctionResponseTypes,
    FilterCriteria: props.FilterCriteria,
    ScalingConfig: props.ScalingConfig
  };
}
function provisioned13(uuid, arn) {
  return { physicalId: uuid, attributes: { Id: uuid, EventSourceMappingArn: arn } };
}
var lambdaEventSourceMapping = {
  required: ["FunctionName"],
  replaceOn: ["EventSourceArn", "StartingPosition"],
  async create(ctx, props) {
    const out = await lambdaClient(ctx).send(
      new CreateEventSourceMappingCommand({
        ...settings2(props),
        EventSourceArn: str(props.EventSourceArn),
        StartingPosition: str(props.StartingPosition)
      })
    );
    return provisioned13(out.UUID, out.EventSourceMappingArn);
  },
  async update(ctx, current, props) {
    const out = await lambdaClient(ctx).send(
      new UpdateEventSourceMappingCommand({ UUID: current.physicalId, ...settings2(props) })
    );
    return provisioned13(current.physicalId, out.EventSourceMappingArn);
  },
  async delete(ctx, current) {
    await gone(
      () => lambdaClient(ctx).send(new DeleteEventSourceMappingCommand({ UUID: current.physicalId }))
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-function.ts
async function codeBytes(ctx, code, runtime) {
  if (typeof code.ZipFile === "string") {
    const ext = runtime.startsWith("python") ? "py" : runtime.startsWith("nodejs") ? "js" : "txt";
    return zipSync({ [`index.${ext}`]: new TextEncoder().encode(code.ZipFile) });
  }
  if (code.S3Bucket === void 0 || code.S3Key === void 0) {
    throw new Error("Properties validation failed: Code must have S3Bucket and S3Key, or ZipFile");
  }
  try {
    const out = await s3Client(ctx).send(
      new GetObjectCommand({
        Bucket: String(code.S3Bucket),
        Key: String(code.S3Key),
        VersionId: str(code.S3ObjectVersion)
      })
    );
    return await out.Body.transformToByteArray();
  } catch (err) {
    const name = err.name;
    const message = name === "NoSuchKey" ? "The specified key does not exist." : name === "NoSuchBucket" ? "The specified bucket does not exist" : err.message;
    throw new Error(
      `Error occurred while GetObject. S3 Error Code: ${name}. S3 Error Message: ${message} (s3://${code.S3Bucket}/${code.S3Key})`
    );
  }
}
function configuration(props) {
  return {
    Role: str(props.Role),
    Handler: str(props.Handler),
    Runtime: str(props.Runtime),
    Description: str(props.Description),
    Timeout: num(props.Timeout),
    MemorySize: num(props.MemorySize),
    Environment: props.Environment,
    DeadLetterConfig: props.DeadLetterConfig,
    TracingConfig: props.TracingConfig,
    Layers: props.Layers,
    EphemeralStorage: props.EphemeralStorage,
    LoggingConfig: props.LoggingConfig
  };
}
async function concurrency(ctx, name, value, before) {
  const lambda = lambdaClient(ctx);
  if (value !== void 0) {
    await optional(
      ctx,
      "PutFunctionConcurrency",
      () => lambda.send(
        new PutFunctionConcurrencyCommand({
          FunctionName: name,
          ReservedConcurrentExecutions: Number(value)
        })
      )
    );
  } else if (before !== void 0) {
    await optional(
      ctx,
      "DeleteFunctionConcurrency",
      () => lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: name }))
    );
  }
}
function provisioned14(arn, name) {
  return { physicalId: name, ref: name, attributes: { Arn: arn } };
}
var lambdaFunction = {
  required: ["Code", "Role"],
  nameProperty: "FunctionName",
  replaceOn: ["FunctionName", "PackageType"],
  async create(ctx, props) {
    const name = str(props.FunctionName) ?? ctx.physicalName({ maxLength: 64 });
    const code = props.Code;
    const out = await lambdaClient(ctx).send(
      new CreateFunctionCommand({
        FunctionName: name,
        ...configuration(props),
        Code: code.ImageUri ? { ImageUri: String(code.ImageUri) } : { ZipFile: await codeBytes(ctx, code, String(props.Runtime ?? "")) },
        PackageType: str(props.PackageType),
        Architectures: props.Architectures,
        VpcConfig: props.VpcConfig,
        Tags: tagMap(props.Tags)
      })
    ).catch((err) => {
      throw codeOf(err) === "ResourceConflictException" ? alreadyExists("AWS::Lambda::Function", name) : err;
    });
    await concurrency(ctx, name, props.ReservedConcurrentExecutions, void 0);
    return provisioned14(out.FunctionArn, name);
  },
  async update(ctx, current, props) {
    const lambda = lambdaClient(ctx);
    const name = current.physicalId;
    const out = await lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: name,
        ...configuration(props),
        // Layers left out of the template are removed, as CloudFormation does.
        Layers: props.Layers ?? (current.properties.Layers ? [] : void 0)
      })
    );
    if (canonical(props.Code) !== canonical(current.properties.Code)) {
      const code = props.Code;
      await lambda.send(
        new UpdateFunctionCodeCommand({
          FunctionName: name,
          ...code.ImageUri ? { ImageUri: String(code.ImageUri) } : { ZipFile: await codeBytes(ctx, code, String(props.Runtime ?? "")) }
        })
      );
    }
    if (canonical(props.ReservedConcurrentExecutions) !== canonical(current.properties.ReservedConcurrentExecutions)) {
      await concurrency(
        ctx,
        name,
        props.ReservedConcurrentExecutions,
        current.properties.ReservedConcurrentExecutions
      );
    }
    return provisioned14(out.FunctionArn ?? String(current.attributes.Arn), name);
  },
  async delete(ctx, current) {
    await gone(() => lambdaClient(ctx).send(new DeleteFunctionCommand({ FunctionName: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/lambda-layerVersion.ts
var lambdaLayerVersion = {
  required: ["Content"],
  async create(ctx, props) {
    const content = props.Content ?? {};
    if (content.S3Bucket === void 0 || content.S3Key === void 0) {
      throw new Error("Properties validation failed: Content must have S3Bucket and S3Key");
    }
    const out = await lambdaClient(ctx).send(
      new PublishLayerVersionCommand({
        LayerName: str(props.LayerName) ?? ctx.physicalName({ maxLength: 140 }),
        Description: str(props.Description),
        Content: {
          S3Bucket: String(content.S3Bucket),
          S3Key: String(content.S3Key),
          S3ObjectVersion: str(content.S3ObjectVersion)
        },
        CompatibleRuntimes: props.CompatibleRuntimes,
        CompatibleArchitectures: props.CompatibleArchitectures,
        LicenseInfo: str(props.LicenseInfo)
      })
    );
    const arn = out.LayerVersionArn;
    return { physicalId: arn, ref: arn, attributes: { LayerVersionArn: arn } };
  },
  async delete(ctx, current) {
    const arn = parseArn(current.physicalId);
    if (!arn?.subresource) return;
    const version = Number(arn.subresource);
    await gone(
      () => lambdaClient(ctx).send(
        new DeleteLayerVersionCommand({ LayerName: arn.resourceName, VersionNumber: version })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-layerVersionPermission.ts
function layerOf(versionArn) {
  const cut = versionArn.lastIndexOf(":");
  return { layerName: versionArn.slice(0, cut), version: Number(versionArn.slice(cut + 1)) };
}
var lambdaLayerVersionPermission = {
  required: ["Action", "LayerVersionArn", "Principal"],
  async create(ctx, props) {
    const arn = String(props.LayerVersionArn);
    const { layerName, version } = layerOf(arn);
    const statementId = ctx.physicalName({ maxLength: 100 });
    await lambdaClient(ctx).send(
      new AddLayerVersionPermissionCommand({
        LayerName: layerName,
        VersionNumber: version,
        StatementId: statementId,
        Action: String(props.Action),
        Principal: String(props.Principal),
        OrganizationId: str(props.OrganizationId)
      })
    );
    const id = `${arn}#${statementId}`;
    return { physicalId: id, ref: id };
  },
  async delete(ctx, current) {
    const hash = current.physicalId.lastIndexOf("#");
    const { layerName, version } = layerOf(current.physicalId.slice(0, hash));
    await gone(
      () => lambdaClient(ctx).send(
        new RemoveLayerVersionPermissionCommand({
          LayerName: layerName,
          VersionNumber: version,
          StatementId: current.physicalId.slice(hash + 1)
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-permission.ts
var lambdaPermission = {
  required: ["Action", "FunctionName", "Principal"],
  async create(ctx, props) {
    const statementId = ctx.physicalName({ maxLength: 100 });
    await optional(
      ctx,
      "Lambda AddPermission",
      () => lambdaClient(ctx).send(
        new AddPermissionCommand({
          FunctionName: String(props.FunctionName),
          StatementId: statementId,
          Action: String(props.Action),
          Principal: String(props.Principal),
          SourceArn: str(props.SourceArn),
          SourceAccount: str(props.SourceAccount),
          EventSourceToken: str(props.EventSourceToken),
          PrincipalOrgID: str(props.PrincipalOrgID)
        })
      )
    );
    return { physicalId: statementId };
  },
  async delete(ctx, current) {
    await optional(
      ctx,
      "Lambda RemovePermission",
      () => gone(
        () => lambdaClient(ctx).send(
          new RemovePermissionCommand({
            FunctionName: String(current.properties.FunctionName),
            StatementId: current.physicalId
          })
        )
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-version.ts
var lambdaVersion = {
  required: ["FunctionName"],
  async create(ctx, props) {
    const out = await lambdaClient(ctx).send(
      new PublishVersionCommand({
        FunctionName: String(props.FunctionName),
        Description: str(props.Description),
        CodeSha256: str(props.CodeSha256)
      })
    );
    const arn = out.FunctionArn;
    return {
      physicalId: arn,
      ref: arn,
      attributes: { Version: out.Version, FunctionArn: arn.slice(0, arn.lastIndexOf(":")) }
    };
  },
  async delete(ctx, current) {
    const arn = current.physicalId;
    const cut = arn.lastIndexOf(":");
    await gone(
      () => lambdaClient(ctx).send(
        new DeleteFunctionCommand({ FunctionName: arn.slice(0, cut), Qualifier: arn.slice(cut + 1) })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/logs-logGroup.ts
function provisioned15(ctx, name) {
  return {
    physicalId: name,
    ref: name,
    attributes: { Arn: `arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:log-group:${name}:*` }
  };
}
async function retention(ctx, name, days, before) {
  const logs = logsClient(ctx);
  if (days !== void 0) {
    await optional(
      ctx,
      "Logs PutRetentionPolicy",
      () => logs.send(new PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: Number(days) }))
    );
  } else if (before !== void 0) {
    await optional(
      ctx,
      "Logs DeleteRetentionPolicy",
      () => logs.send(new DeleteRetentionPolicyCommand({ logGroupName: name }))
    );
  }
}
var logsLogGroup = {
  nameProperty: "LogGroupName",
  replaceOn: ["LogGroupName", "LogGroupClass"],
  async create(ctx, props) {
    const name = str(props.LogGroupName) ?? ctx.physicalName({ maxLength: 512 });
    try {
      await logsClient(ctx).send(
        new CreateLogGroupCommand({
          logGroupName: name,
          kmsKeyId: str(props.KmsKeyId),
          tags: tagMap(props.Tags)
        })
      );
    } catch (err) {
      if (codeOf(err) === "ResourceAlreadyExistsException") {
        throw alreadyExists("AWS::Logs::LogGroup", JSON.stringify({ "/properties/LogGroupName": name }));
      }
      throw err;
    }
    await retention(ctx, name, props.RetentionInDays, void 0);
    return provisioned15(ctx, name);
  },
  async update(ctx, current, props) {
    if (props.RetentionInDays !== current.properties.RetentionInDays) {
      await retention(ctx, current.physicalId, props.RetentionInDays, current.properties.RetentionInDays);
    }
    return provisioned15(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => logsClient(ctx).send(new DeleteLogGroupCommand({ logGroupName: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/s3-bucket.ts
function provisioned16(ctx, name) {
  const suffix = ctx.region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  return {
    physicalId: name,
    ref: name,
    attributes: {
      Arn: `arn:${ctx.partition}:s3:::${name}`,
      DomainName: `${name}.s3.${suffix}`,
      RegionalDomainName: `${name}.s3.${ctx.region}.${suffix}`,
      DualStackDomainName: `${name}.s3.dualstack.${ctx.region}.${suffix}`,
      WebsiteURL: `http://${name}.s3-website-${ctx.region}.${suffix}`
    }
  };
}
async function versioning(ctx, name, config) {
  if (config === void 0) return;
  await optional(
    ctx,
    "S3 PutBucketVersioning",
    () => s3Client(ctx).send(
      new PutBucketVersioningCommand({
        Bucket: name,
        VersioningConfiguration: config
      })
    )
  );
}
function destination(c) {
  const rules = c.Filter?.S3Key?.Rules;
  return { Events: [String(c.Event)], Filter: rules ? { Key: { FilterRules: rules } } : void 0 };
}
function notificationConfiguration(props) {
  const p = props ?? {};
  return {
    LambdaFunctionConfigurations: p.LambdaConfigurations?.map((c) => ({
      LambdaFunctionArn: str(c.Function),
      ...destination(c)
    })),
    QueueConfigurations: p.QueueConfigurations?.map((c) => ({ QueueArn: str(c.Queue), ...destination(c) })),
    TopicConfigurations: p.TopicConfigurations?.map((c) => ({ TopicArn: str(c.Topic), ...destination(c) })),
    EventBridgeConfiguration: p.EventBridgeConfiguration?.EventBridgeEnabled === true || p.EventBridgeConfiguration?.EventBridgeEnabled === "true" ? {} : void 0
  };
}
async function notifications(ctx, name, config) {
  await s3Client(ctx).send(
    new PutBucketNotificationConfigurationCommand({
      Bucket: name,
      NotificationConfiguration: notificationConfiguration(config)
    })
  );
}
var s3Bucket = {
  nameProperty: "BucketName",
  replaceOn: ["BucketName", "ObjectLockEnabled"],
  async create(ctx, props) {
    const name = str(props.BucketName) ?? ctx.physicalName({ maxLength: 63, lowercase: true });
    const taken = new AlreadyExistsError(`${name} already exists`);
    if (await exists(() => s3Client(ctx).send(new HeadBucketCommand({ Bucket: name })))) throw taken;
    await s3Client(ctx).send(
      new CreateBucketCommand({
        Bucket: name,
        CreateBucketConfiguration: ctx.region === "us-east-1" ? void 0 : { LocationConstraint: ctx.region }
      })
    ).catch((err) => {
      throw ["BucketAlreadyOwnedByYou", "BucketAlreadyExists"].includes(codeOf(err)) ? taken : err;
    });
    await versioning(ctx, name, props.VersioningConfiguration);
    if (props.NotificationConfiguration !== void 0)
      await notifications(ctx, name, props.NotificationConfiguration);
    return provisioned16(ctx, name);
  },
  async update(ctx, current, props) {
    if (canonical(props.VersioningConfiguration) !== canonical(current.properties.VersioningConfiguration)) {
      await versioning(ctx, current.physicalId, props.VersioningConfiguration);
    }
    if (canonical(props.NotificationConfiguration) !== canonical(current.properties.NotificationConfiguration)) {
      await notifications(ctx, current.physicalId, props.NotificationConfiguration);
    }
    return provisioned16(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => s3Client(ctx).send(new DeleteBucketCommand({ Bucket: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/s3-bucketPolicy.ts
async function put5(ctx, props) {
  await optional(
    ctx,
    "S3 PutBucketPolicy",
    () => s3Client(ctx).send(
      new PutBucketPolicyCommand({ Bucket: String(props.Bucket), Policy: jsonText(props.PolicyDocument) })
    )
  );
}
var s3BucketPolicy = {
  required: ["Bucket", "PolicyDocument"],
  replaceOn: ["Bucket"],
  async create(ctx, props) {
    await put5(ctx, props);
    return { physicalId: String(props.Bucket) };
  },
  async update(ctx, current, props) {
    await put5(ctx, props);
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await optional(
      ctx,
      "S3 DeleteBucketPolicy",
      () => gone(() => s3Client(ctx).send(new DeleteBucketPolicyCommand({ Bucket: current.physicalId })))
    );
  }
};

// ../local-cloud/src/stacks/resources/secretsmanager-secret.ts
async function client2(ctx) {
  const sm = await import("./dist-es-VPVSJWAK.js");
  return { sm, client: new sm.SecretsManagerClient(clientConfig(ctx.endpoint, ctx.region, ctx.credentials)) };
}
async function secretString(ctx, props) {
  const generate = props.GenerateSecretString;
  if (props.SecretString !== void 0 && generate) {
    throw handlerFailure("You can't specify both SecretString and GenerateSecretString", "InvalidRequest");
  }
  if (!generate) return str(props.SecretString);
  const { sm, client: c } = await client2(ctx);
  const request2 = {
    PasswordLength: num(generate.PasswordLength),
    ExcludeCharacters: str(generate.ExcludeCharacters),
    ExcludeLowercase: bool(generate.ExcludeLowercase),
    ExcludeUppercase: bool(generate.ExcludeUppercase),
    ExcludeNumbers: bool(generate.ExcludeNumbers),
    ExcludePunctuation: bool(generate.ExcludePunctuation),
    IncludeSpace: bool(generate.IncludeSpace),
    RequireEachIncludedType: bool(generate.RequireEachIncludedType)
  };
  const { RandomPassword: password = "" } = await c.send(new sm.GetRandomPasswordCommand(request2));
  const key = str(generate.GenerateStringKey);
  const template = str(generate.SecretStringTemplate);
  if (key === void 0 !== (template === void 0)) {
    throw handlerFailure(
      "GenerateStringKey and SecretStringTemplate must be given together in GenerateSecretString",
      "InvalidRequest"
    );
  }
  if (key === void 0 || template === void 0) return password;
  let doc;
  try {
    doc = JSON.parse(template);
  } catch {
    throw handlerFailure("SecretStringTemplate must be a JSON object", "InvalidRequest");
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw handlerFailure("SecretStringTemplate must be a JSON object", "InvalidRequest");
  }
  return JSON.stringify({ ...doc, [key]: password });
}
function provisioned17(arn) {
  return { physicalId: arn, ref: arn, attributes: { Id: arn } };
}
var secretsManagerSecret = {
  nameProperty: "Name",
  replaceOn: ["Name"],
  async create(ctx, props) {
    const name = str(props.Name) ?? ctx.physicalName({ maxLength: 512 });
    const { sm, client: c } = await client2(ctx);
    if (await exists(() => c.send(new sm.DescribeSecretCommand({ SecretId: name })))) {
      throw alreadyExists("AWS::SecretsManager::Secret", name);
    }
    const out = await c.send(
      new sm.CreateSecretCommand({
        Name: name,
        Description: str(props.Description),
        KmsKeyId: str(props.KmsKeyId),
        SecretString: await secretString(ctx, props),
        Tags: props.Tags
      })
    );
    return provisioned17(String(out.ARN));
  },
  async update(ctx, current, props) {
    const before = current.properties;
    const { sm, client: c } = await client2(ctx);
    const changed = (k) => JSON.stringify(before[k]) !== JSON.stringify(props[k]);
    const value = changed("SecretString") || changed("GenerateSecretString") ? await secretString(ctx, props) : void 0;
    await c.send(
      new sm.UpdateSecretCommand({
        SecretId: current.physicalId,
        Description: str(props.Description) ?? "",
        KmsKeyId: str(props.KmsKeyId),
        SecretString: value
      })
    );
    return provisioned17(current.physicalId);
  },
  async delete(ctx, current) {
    const { sm, client: c } = await client2(ctx);
    await gone(
      () => c.send(new sm.DeleteSecretCommand({ SecretId: current.physicalId, ForceDeleteWithoutRecovery: true }))
    );
  }
};

// ../local-cloud/src/stacks/resources/sns-subscription.ts
var ATTRIBUTES = [
  "DeliveryPolicy",
  "FilterPolicy",
  "FilterPolicyScope",
  "RawMessageDelivery",
  "RedrivePolicy",
  "SubscriptionRoleArn",
  "ReplayPolicy"
];
function attributes(props) {
  const out = {};
  for (const a of ATTRIBUTES) {
    if (props[a] !== void 0)
      out[a] = typeof props[a] === "object" ? jsonText(props[a]) : String(props[a]);
  }
  return out;
}
var snsSubscription = {
  required: ["Protocol", "TopicArn"],
  replaceOn: ["TopicArn", "Protocol", "Endpoint", "Region"],
  async create(ctx, props) {
    const region = props.Region ? String(props.Region) : ctx.region;
    const out = await snsClient({ ...ctx, region }).send(
      new SubscribeCommand({
        TopicArn: String(props.TopicArn),
        Protocol: String(props.Protocol),
        Endpoint: props.Endpoint === void 0 ? void 0 : String(props.Endpoint),
        Attributes: attributes(props),
        ReturnSubscriptionArn: true
      })
    );
    return { physicalId: out.SubscriptionArn, ref: out.SubscriptionArn };
  },
  async update(ctx, current, props) {
    const before = attributes(current.properties);
    const after = attributes(props);
    for (const a of ATTRIBUTES) {
      if (canonical(before[a]) === canonical(after[a])) continue;
      const value = after[a] ?? (a === "RawMessageDelivery" ? "false" : "");
      await snsClient(ctx).send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: current.physicalId,
          AttributeName: a,
          AttributeValue: value
        })
      );
    }
    return { physicalId: current.physicalId, ref: current.physicalId };
  },
  async delete(ctx, current) {
    await gone(() => snsClient(ctx).send(new UnsubscribeCommand({ SubscriptionArn: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/sns-topic.ts
function attributes2(props) {
  const out = {};
  if (props.DisplayName !== void 0) out.DisplayName = String(props.DisplayName);
  if (props.KmsMasterKeyId !== void 0) out.KmsMasterKeyId = String(props.KmsMasterKeyId);
  if (props.ContentBasedDeduplication !== void 0)
    out.ContentBasedDeduplication = String(props.ContentBasedDeduplication);
  if (props.DeliveryStatusLogging !== void 0) out.DeliveryPolicy = jsonText(props.DeliveryStatusLogging);
  if (props.ArchivePolicy !== void 0) out.ArchivePolicy = jsonText(props.ArchivePolicy);
  return out;
}
async function subscribe(ctx, topicArn, subs) {
  for (const s of subs) {
    await snsClient(ctx).send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: s.Protocol,
        Endpoint: s.Endpoint,
        ReturnSubscriptionArn: true
      })
    );
  }
}
function provisioned18(arn) {
  return {
    physicalId: arn,
    ref: arn,
    attributes: { TopicArn: arn, TopicName: parseArn(arn)?.resourceName ?? arn }
  };
}
var snsTopic = {
  nameProperty: "TopicName",
  replaceOn: ["TopicName", "FifoTopic"],
  async create(ctx, props) {
    const fifo = bool(props.FifoTopic) === true;
    const name = str(props.TopicName) ?? ctx.physicalName({ maxLength: 256, suffix: fifo ? ".fifo" : "" });
    const arn = `arn:${ctx.partition}:sns:${ctx.region}:${ctx.accountId}:${name}`;
    if (await exists(() => snsClient(ctx).send(new GetTopicAttributesCommand({ TopicArn: arn })))) {
      throw alreadyExists("AWS::SNS::Topic", name);
    }
    const attrs = attributes2(props);
    if (fifo) attrs.FifoTopic = "true";
    const tags = props.Tags;
    const out = await snsClient(ctx).send(
      new CreateTopicCommand({ Name: name, Attributes: attrs, Tags: tags })
    );
    await subscribe(ctx, out.TopicArn, props.Subscription ?? []);
    return provisioned18(out.TopicArn);
  },
  async update(ctx, current, props) {
    const sns = snsClient(ctx);
    for (const [name, value] of Object.entries(attributes2(props))) {
      await sns.send(
        new SetTopicAttributesCommand({
          TopicArn: current.physicalId,
          AttributeName: name,
          AttributeValue: value
        })
      );
    }
    const before = current.properties.Subscription ?? [];
    const after = props.Subscription ?? [];
    const key = (s) => `${s.Protocol} ${s.Endpoint}`;
    await subscribe(
      ctx,
      current.physicalId,
      after.filter((s) => !before.some((b) => key(b) === key(s)))
    );
    if (before.some((b) => !after.some((s) => key(b) === key(s)))) {
      ctx.warn(
        "removing an inline Subscription of a topic is not done by this local cloud; unsubscribe it yourself"
      );
    }
    return provisioned18(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => snsClient(ctx).send(new DeleteTopicCommand({ TopicArn: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/sns-topicPolicy.ts
async function setPolicy(ctx, topics, policy) {
  for (const arn of topics ?? []) {
    await snsClient(ctx).send(
      new SetTopicAttributesCommand({
        TopicArn: String(arn),
        AttributeName: "Policy",
        AttributeValue: policy
      })
    );
  }
}
var snsTopicPolicy = {
  required: ["PolicyDocument", "Topics"],
  async create(ctx, props) {
    await setPolicy(ctx, props.Topics, jsonText(props.PolicyDocument));
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    await setPolicy(ctx, props.Topics, jsonText(props.PolicyDocument));
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await gone(() => setPolicy(ctx, current.properties.Topics, ""));
  }
};

// ../local-cloud/src/stacks/resources/sqs-queue.ts
var ATTRIBUTES2 = [
  "ContentBasedDeduplication",
  "DeduplicationScope",
  "DelaySeconds",
  "FifoThroughputLimit",
  "KmsDataKeyReusePeriodSeconds",
  "KmsMasterKeyId",
  "MaximumMessageSize",
  "MessageRetentionPeriod",
  "ReceiveMessageWaitTimeSeconds",
  "RedriveAllowPolicy",
  "RedrivePolicy",
  "SqsManagedSseEnabled",
  "VisibilityTimeout"
];
function attributes3(props, defaults) {
  const out = {};
  for (const a of ATTRIBUTES2) {
    if (props[a] !== void 0) out[a] = a.endsWith("Policy") ? jsonText(props[a]) : String(props[a]);
  }
  if (bool(props.FifoQueue)) out.FifoQueue = "true";
  if (defaults) {
    const back = {
      DelaySeconds: "0",
      MaximumMessageSize: "262144",
      MessageRetentionPeriod: "345600",
      ReceiveMessageWaitTimeSeconds: "0",
      VisibilityTimeout: "30",
      RedrivePolicy: ""
    };
    for (const [k, v] of Object.entries(back)) if (out[k] === void 0) out[k] = v;
  }
  return out;
}
async function describe(ctx, url) {
  const out = await sqsClient(ctx).send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] })
  );
  const arn = out.Attributes?.QueueArn ?? "";
  const name = url.slice(url.lastIndexOf("/") + 1);
  return { physicalId: url, ref: url, attributes: { Arn: arn, QueueName: name, QueueUrl: url } };
}
var sqsQueue = {
  nameProperty: "QueueName",
  replaceOn: ["QueueName", "FifoQueue"],
  async create(ctx, props) {
    const fifo = bool(props.FifoQueue) === true;
    const name = props.QueueName !== void 0 ? String(props.QueueName) : ctx.physicalName({ maxLength: 80, suffix: fifo ? ".fifo" : "" });
    if (await exists(() => sqsClient(ctx).send(new GetQueueUrlCommand({ QueueName: name })))) {
      throw alreadyExists("AWS::SQS::Queue", name);
    }
    const out = await sqsClient(ctx).send(
      new CreateQueueCommand({
        QueueName: name,
        Attributes: attributes3(props, false),
        tags: tagMap(props.Tags)
      })
    );
    return describe(ctx, out.QueueUrl);
  },
  async update(ctx, current, props) {
    const attrs = attributes3(props, true);
    delete attrs.FifoQueue;
    await sqsClient(ctx).send(
      new SetQueueAttributesCommand({ QueueUrl: current.physicalId, Attributes: attrs })
    );
    return describe(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => sqsClient(ctx).send(new DeleteQueueCommand({ QueueUrl: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/sqs-queuePolicy.ts
async function setPolicy2(ctx, queues, policy) {
  for (const url of queues ?? []) {
    await sqsClient(ctx).send(
      new SetQueueAttributesCommand({ QueueUrl: String(url), Attributes: { Policy: policy } })
    );
  }
}
var sqsQueuePolicy = {
  required: ["PolicyDocument", "Queues"],
  async create(ctx, props) {
    await setPolicy2(ctx, props.Queues, jsonText(props.PolicyDocument));
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    const dropped = (current.properties.Queues ?? []).filter(
      (q) => !props.Queues.includes(q)
    );
    await gone(() => setPolicy2(ctx, dropped, ""));
    await setPolicy2(ctx, props.Queues, jsonText(props.PolicyDocument));
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await gone(() => setPolicy2(ctx, current.properties.Queues, ""));
  }
};

// ../local-cloud/src/stacks/resources/ssm-parameter.ts
var MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
async function client3(ctx) {
  const ssm = await import("./dist-es-V5SZ4FIF.js");
  return { ssm, client: new ssm.SSMClient(clientConfig(ctx.endpoint, ctx.region, ctx.credentials)) };
}
function type(props) {
  const t = String(props.Type);
  if (t !== "String" && t !== "StringList") {
    throw handlerFailure(
      `Type ${t} is not valid for AWS::SSM::Parameter: CloudFormation creates String and StringList parameters only`,
      "InvalidRequest"
    );
  }
  return t;
}
function common(props) {
  return {
    Type: type(props),
    Value: String(props.Value),
    Description: str(props.Description),
    AllowedPattern: str(props.AllowedPattern),
    Tier: str(props.Tier),
    DataType: str(props.DataType),
    Policies: str(props.Policies)
  };
}
function provisioned19(name, props) {
  return {
    physicalId: name,
    ref: name,
    attributes: { Type: String(props.Type), Value: String(props.Value) }
  };
}
var ssmParameter = {
  nameProperty: "Name",
  replaceOn: ["Name"],
  required: ["Type", "Value"],
  async create(ctx, props) {
    const name = str(props.Name) ?? `CFN-${ctx.logicalId}-${randomSuffix(12, MIXED)}`;
    const { ssm, client: c } = await client3(ctx);
    if (await exists(() => c.send(new ssm.GetParameterCommand({ Name: name })))) {
      throw alreadyExists("AWS::SSM::Parameter", name);
    }
    const tags = props.Tags;
    await c.send(
      new ssm.PutParameterCommand({
        Name: name,
        ...common(props),
        Tags: tags ? Object.entries(tags).map(([Key, Value]) => ({ Key, Value: String(Value) })) : void 0
      })
    );
    return provisioned19(name, props);
  },
  async update(ctx, current, props) {
    const { ssm, client: c } = await client3(ctx);
    await c.send(
      new ssm.PutParameterCommand({ Name: current.physicalId, ...common(props), Overwrite: true })
    );
    return provisioned19(current.physicalId, props);
  },
  async delete(ctx, current) {
    const { ssm, client: c } = await client3(ctx);
    await gone(() => c.send(new ssm.DeleteParameterCommand({ Name: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/index.ts
var HANDLERS = {
  "AWS::Lambda::Function": lambdaFunction,
  "AWS::Lambda::Version": lambdaVersion,
  "AWS::Lambda::Alias": lambdaAlias,
  "AWS::Lambda::Permission": lambdaPermission,
  "AWS::Lambda::EventInvokeConfig": lambdaEventInvokeConfig,
  "AWS::Lambda::EventSourceMapping": lambdaEventSourceMapping,
  "AWS::Lambda::LayerVersion": lambdaLayerVersion,
  "AWS::Lambda::LayerVersionPermission": lambdaLayerVersionPermission,
  "AWS::SQS::Queue": sqsQueue,
  "AWS::SQS::QueuePolicy": sqsQueuePolicy,
  "AWS::SNS::Topic": snsTopic,
  "AWS::SNS::Subscription": snsSubscription,
  "AWS::SNS::TopicPolicy": snsTopicPolicy,
  "AWS::Events::EventBus": eventsEventBus,
  "AWS::Events::Rule": eventsRule,
  "AWS::S3::Bucket": s3Bucket,
  "AWS::S3::BucketPolicy": s3BucketPolicy,
  "AWS::IAM::Role": iamRole,
  "AWS::IAM::Policy": iamPolicy,
  "AWS::Logs::LogGroup": logsLogGroup,
  "AWS::CDK::Metadata": cdkMetadata,
  "AWS::DynamoDB::Table": dynamodbTable,
  "AWS::SSM::Parameter": ssmParameter,
  "AWS::SecretsManager::Secret": secretsManagerSecret,
  "AWS::CloudWatch::Alarm": cloudWatchAlarm,
  "AWS::ApiGateway::RestApi": apiGatewayRestApi,
  "AWS::ApiGateway::Resource": apiGatewayResource,
  "AWS::ApiGateway::Method": apiGatewayMethod,
  "AWS::ApiGateway::Deployment": apiGatewayDeployment,
  "AWS::ApiGateway::Stage": apiGatewayStage,
  "AWS::ApiGateway::Authorizer": apiGatewayAuthorizer,
  "AWS::ApiGateway::RequestValidator": apiGatewayRequestValidator,
  "AWS::ApiGateway::Model": apiGatewayModel,
  "AWS::ApiGateway::ApiKey": apiGatewayApiKey,
  "AWS::ApiGateway::UsagePlan": apiGatewayUsagePlan,
  "AWS::ApiGateway::UsagePlanKey": apiGatewayUsagePlanKey,
  "AWS::ApiGatewayV2::Api": apiGatewayV2Api,
  "AWS::ApiGatewayV2::Route": apiGatewayV2Route,
  "AWS::ApiGatewayV2::Integration": apiGatewayV2Integration,
  "AWS::ApiGatewayV2::Stage": apiGatewayV2Stage,
  "AWS::ApiGatewayV2::Deployment": apiGatewayV2Deployment,
  "AWS::ApiGatewayV2::Authorizer": apiGatewayV2Authorizer
};
function handlerFor(type2) {
  return HANDLERS[type2] ?? (isCustomResourceType(type2) ? customResource : void 0);
}

// ../local-cloud/src/stacks/changes.ts
function computeChanges(stack, next, parameters) {
  const changes = [];
  const current = stack.template.Resources;
  const changedParams = new Set(
    Object.keys({ ...parameters, ...stack.parameters }).filter((k) => parameters[k] !== stack.parameters[k])
  );
  for (const [id, r] of Object.entries(next.Resources)) {
    const old = current[id];
    if (!old || !stack.resources.has(id)) {
      changes.push({ action: "Add", logicalId: id, type: r.Type, scope: [] });
      continue;
    }
    const propsChanged = canonical(r.Properties ?? {}) !== canonical(old.Properties ?? {});
    const paramChanged = [...references(r.Properties ?? {})].some((n) => changedParams.has(n));
    if (!propsChanged && !paramChanged && r.Type === old.Type) continue;
    const replaceOn = handlerFor(r.Type)?.replaceOn ?? [];
    const replaced = r.Type !== old.Type || replaceOn.some((p) => canonical(r.Properties?.[p]) !== canonical(old.Properties?.[p]));
    changes.push({
      action: "Modify",
      logicalId: id,
      physicalId: stack.resources.get(id)?.physicalId,
      type: r.Type,
      replacement: replaced ? "True" : paramChanged && !propsChanged ? "Conditional" : "False",
      scope: ["Properties"]
    });
  }
  for (const [id, r] of Object.entries(current)) {
    if (id in next.Resources) continue;
    changes.push({
      action: "Remove",
      logicalId: id,
      physicalId: stack.resources.get(id)?.physicalId,
      type: r.Type,
      scope: []
    });
  }
  return changes;
}

// ../local-cloud/src/stacks/placeholderFormats.ts
import { randomInt, randomUUID as randomUUID3 } from "node:crypto";
var LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
var MIXED2 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
var HEX = "0123456789abcdef";
var upper = (n) => randomSuffix(n);
var lower = (n) => randomSuffix(n, LOWER);
var mixed = (n) => randomSuffix(n, MIXED2);
var hex = (n) => randomSuffix(n, HEX);
function arnOf(p, service, resource, region = p.region) {
  return `arn:${p.partition}:${service}:${region}:${p.accountId}:${resource}`;
}
var str2 = (v) => typeof v === "string" && v !== "" ? v : void 0;
function shortRegion(region) {
  const [area, direction = "", number = ""] = region.split("-");
  const d = direction.replace(/(north|south)?(east|west|central)?/, (_, ns, ew) => {
    return (ns ? ns[0] : "") + (ew ? ew[0] : "");
  });
  return `${area}${d}${number}`;
}
function rdsPort(engine) {
  const e = String(engine ?? "mysql").toLowerCase();
  if (e.includes("postgres")) return "5432";
  if (e.startsWith("oracle")) return "1521";
  if (e.startsWith("sqlserver")) return "1433";
  return "3306";
}
function ec2(prefix, idAttribute, extra) {
  return {
    make: (p) => {
      const id = `${prefix}-${hex(17)}`;
      return { ref: id, attributes: { [idAttribute]: id, ...extra?.(p) } };
    }
  };
}
function named(prop, service, path, maxLength = 128) {
  return {
    from: [prop],
    make: (p) => {
      const name = p.name(prop, { maxLength });
      return { ref: name, attributes: { Arn: arnOf(p, service, path(name)) } };
    }
  };
}
function appSyncArn(p, rest) {
  return arnOf(p, "appsync", `apis/${str2(p.props.ApiId) ?? lower(26)}/${rest}`);
}
var FORMATS = {
  "AWS::Kinesis::Stream": named("Name", "kinesis", (n) => `stream/${n}`),
  "AWS::KinesisFirehose::DeliveryStream": named(
    "DeliveryStreamName",
    "firehose",
    (n) => `deliverystream/${n}`,
    64
  ),
  "AWS::StepFunctions::StateMachine": {
    from: ["StateMachineName"],
    make: (p) => {
      const name = str2(p.props.StateMachineName) ?? `${p.logicalId}-${mixed(12)}`;
      const arn = arnOf(p, "states", `stateMachine:${name}`);
      return { ref: arn, attributes: { Arn: arn, Name: name } };
    }
  },
  "AWS::StepFunctions::Activity": {
    from: ["Name"],
    make: (p) => {
      const name = p.name("Name", { maxLength: 80 });
      const arn = arnOf(p, "states", `activity:${name}`);
      return { ref: arn, attributes: { Arn: arn, Name: name } };
    }
  },
  "AWS::Cognito::UserPool": {
    make: (p) => {
      const id = `${p.region}_${mixed(9)}`;
      const provider = `cognito-idp.${p.region}.amazonaws.com/${id}`;
      return {
        ref: id,
        attributes: {
          Arn: arnOf(p, "cognito-idp", `userpool/${id}`),
          ProviderName: provider,
          ProviderURL: `https://${provider}`,
          UserPoolId: id
        }
      };
    }
  },
  "AWS::Cognito::UserPoolClient": {
    make: (p) => {
      const id = lower(26);
      return {
        ref: id,
        attributes: { ClientId: id, ClientSecret: lower(51), Name: str2(p.props.ClientName) ?? id }
      };
    }
  },
  "AWS::Cognito::IdentityPool": {
    make: (p) => {
      const id = `${p.region}:${randomUUID3()}`;
      return { ref: id, attributes: { Id: id, Name: str2(p.props.IdentityPoolName) ?? p.logicalId } };
    }
  },
  "AWS::Cognito::UserPoolDomain": {
    from: ["Domain"],
    make: (p) => ({
      ref: p.name("Domain", { lowercase: true, maxLength: 63 }),
      attributes: { CloudFrontDistribution: `d${lower(13)}.cloudfront.net` }
    })
  },
  "AWS::KMS::Key": {
    make: (p) => {
      const id = randomUUID3();
      return { ref: id, attributes: { Arn: arnOf(p, "kms", `key/${id}`), KeyId: id } };
    }
  },
  "AWS::KMS::Alias": {
    from: ["AliasName"],
    make: (p) => ({ ref: str2(p.props.AliasName) ?? `alias/${p.name(void 0)}`, attributes: {} })
  },
  "AWS::ElastiCache::CacheCluster": {
    from: ["ClusterName", "Engine"],
    make: (p) => {
      const name = p.name("ClusterName", { maxLength: 40, lowercase: true });
      const host = `${name}.${lower(6)}`;
      const memcached = String(p.props.Engine ?? "").toLowerCase() === "memcached";
      const region = shortRegion(p.region);
      return {
        ref: name,
        attributes: {
          "RedisEndpoint.Address": `${host}.0001.${region}.cache.amazonaws.com`,
          "RedisEndpoint.Port": "6379",
          "ConfigurationEndpoint.Address": `${host}.cfg.${region}.cache.amazonaws.com`,
          "ConfigurationEndpoint.Port": memcached ? "11211" : "6379"
        }
      };
    }
  },
  "AWS::ElastiCache::ReplicationGroup": {
    from: ["ReplicationGroupId"],
    make: (p) => {
      const id = p.name("ReplicationGroupId", { maxLength: 40, lowercase: true });
      const zone = `${lower(6)}.ng.0001.${shortRegion(p.region)}.cache.amazonaws.com`;
      return {
        ref: id,
        attributes: {
          "PrimaryEndPoint.Address": `${id}.${zone}`,
          "PrimaryEndPoint.Port": "6379",
          "ReaderEndPoint.Address": `${id}-ro.${zone}`,
          "ReaderEndPoint.Port": "6379",
          "ConfigurationEndPoint.Address": `${id}.${lower(6)}.clustercfg.${shortRegion(p.region)}.cache.amazonaws.com`,
          "ConfigurationEndPoint.Port": "6379"
        }
      };
    }
  },
  "AWS::ElastiCache::ServerlessCache": {
    from: ["ServerlessCacheName"],
    make: (p) => {
      const name = p.name("ServerlessCacheName", { maxLength: 40, lowercase: true });
      const host = `${name}-${lower(6)}.serverless.${shortRegion(p.region)}.cache.amazonaws.com`;
      return {
        ref: name,
        attributes: {
          ARN: arnOf(p, "elasticache", `serverlesscache:${name}`),
          "Endpoint.Address": host,
          "Endpoint.Port": "6379",
          "ReaderEndpoint.Address": host,
          "ReaderEndpoint.Port": "6380"
        }
      };
    }
  },
  "AWS::ElastiCache::SubnetGroup": {
    from: ["CacheSubnetGroupName"],
    make: (p) => ({
      ref: p.name("CacheSubnetGroupName", { lowercase: true, maxLength: 255 }),
      attributes: {}
    })
  },
  "AWS::RDS::DBInstance": {
    from: ["DBInstanceIdentifier", "Engine"],
    make: (p) => {
      const id = p.name("DBInstanceIdentifier", { maxLength: 63, lowercase: true });
      return {
        ref: id,
        attributes: {
          "Endpoint.Address": `${id}.${lower(12)}.${p.region}.rds.amazonaws.com`,
          "Endpoint.Port": rdsPort(p.props.Engine),
          DBInstanceArn: arnOf(p, "rds", `db:${id}`),
          DbiResourceId: `db-${upper(26)}`
        }
      };
    }
  },
  "AWS::RDS::DBCluster": {
    from: ["DBClusterIdentifier", "Engine"],
    make: (p) => {
      const id = p.name("DBClusterIdentifier", { maxLength: 63, lowercase: true });
      const zone = `${lower(12)}.${p.region}.rds.amazonaws.com`;
      return {
        ref: id,
        attributes: {
          "Endpoint.Address": `${id}.cluster-${zone}`,
          "Endpoint.Port": rdsPort(p.props.Engine),
          "ReadEndpoint.Address": `${id}.cluster-ro-${zone}`,
          DBClusterArn: arnOf(p, "rds", `cluster:${id}`),
          DBClusterResourceId: `cluster-${upper(26)}`
        }
      };
    }
  },
  "AWS::RDS::DBSubnetGroup": {
    from: ["DBSubnetGroupName"],
    make: (p) => ({ ref: p.name("DBSubnetGroupName", { lowercase: true, maxLength: 255 }), attributes: {} })
  },
  "AWS::CloudFront::Distribution": {
    make: () => {
      const id = `E${upper(13)}`;
      return { ref: id, attributes: { Id: id, DomainName: `d${lower(13)}.cloudfront.net` } };
    }
  },
  "AWS::CloudFront::CloudFrontOriginAccessIdentity": {
    make: () => {
      const id = `E${upper(13)}`;
      return { ref: id, attributes: { Id: id, S3CanonicalUserId: hex(96) } };
    }
  },
  "AWS::CloudFront::OriginAccessControl": {
    make: () => {
      const id = `E${upper(13)}`;
      return { ref: id, attributes: { Id: id } };
    }
  },
  "AWS::WAFv2::WebACL": {
    from: ["Name", "Scope"],
    make: (p) => {
      const name = p.name("Name", { maxLength: 128 });
      const id = randomUUID3();
      const scope = str2(p.props.Scope) ?? "REGIONAL";
      const arn = scope === "CLOUDFRONT" ? arnOf(p, "wafv2", `global/webacl/${name}/${id}`, "us-east-1") : arnOf(p, "wafv2", `regional/webacl/${name}/${id}`);
      return {
        ref: `${name}|${id}|${scope}`,
        attributes: {
          Arn: arn,
          Id: id,
          Capacity: 0,
          LabelNamespace: `awswaf:${p.accountId}:webacl:${name}:`
        }
      };
    }
  },
  "AWS::AppSync::GraphQLApi": {
    make: (p) => {
      const apiId = lower(26);
      const arn = arnOf(p, "appsync", `apis/${apiId}`);
      const sub = lower(26);
      const dns = `${sub}.appsync-api.${p.region}.amazonaws.com`;
      const realtime = `${sub}.appsync-realtime-api.${p.region}.amazonaws.com`;
      return {
        ref: arn,
        attributes: {
          ApiId: apiId,
          Arn: arn,
          GraphQLUrl: `https://${dns}/graphql`,
          GraphQLDns: dns,
          RealtimeUrl: `wss://${realtime}/graphql`,
          RealtimeDns: realtime
        }
      };
    }
  },
  "AWS::AppSync::DataSource": {
    from: ["ApiId", "Name"],
    make: (p) => {
      const name = str2(p.props.Name) ?? p.logicalId;
      const arn = appSyncArn(p, `datasources/${name}`);
      return { ref: arn, attributes: { DataSourceArn: arn, Name: name } };
    }
  },
  "AWS::AppSync::Resolver": {
    from: ["ApiId", "TypeName", "FieldName"],
    make: (p) => {
      const [type2, field] = [str2(p.props.TypeName) ?? "Query", str2(p.props.FieldName) ?? p.logicalId];
      const arn = appSyncArn(p, `types/${type2}/resolvers/${field}`);
      return { ref: arn, attributes: { ResolverArn: arn, TypeName: type2, FieldName: field } };
    }
  },
  "AWS::AppSync::FunctionConfiguration": {
    from: ["ApiId"],
    make: (p) => {
      const id = lower(26);
      const arn = appSyncArn(p, `functions/${id}`);
      return {
        ref: arn,
        attributes: {
          FunctionArn: arn,
          FunctionId: id,
          Name: str2(p.props.Name) ?? p.logicalId,
          DataSourceName: str2(p.props.DataSourceName) ?? ""
        }
      };
    }
  },
  "AWS::AppSync::ApiKey": {
    from: ["ApiId"],
    make: (p) => {
      const key = `da2-${lower(26)}`;
      const arn = appSyncArn(p, `apikeys/${key}`);
      return { ref: arn, attributes: { ApiKey: key, ApiKeyId: key, Arn: arn } };
    }
  },
  "AWS::Route53::RecordSet": {
    from: ["Name"],
    make: (p) => ({ ref: str2(p.props.Name) ?? p.name(void 0), attributes: {} })
  },
  "AWS::Route53::HostedZone": {
    make: () => {
      const id = `Z${upper(20)}`;
      const servers = ["com", "net", "org", "co.uk"].map(
        (tld) => `ns-${randomInt(2048)}.awsdns-${String(randomInt(64)).padStart(2, "0")}.${tld}`
      );
      return { ref: id, attributes: { Id: id, NameServers: servers } };
    }
  },
  "AWS::CertificateManager::Certificate": {
    make: (p) => ({ ref: arnOf(p, "acm", `certificate/${randomUUID3()}`), attributes: {} })
  },
  "AWS::ApiGateway::DomainName": {
    from: ["DomainName"],
    make: (p) => ({
      ref: str2(p.props.DomainName) ?? p.name(void 0),
      attributes: {
        DistributionDomainName: `d${lower(13)}.cloudfront.net`,
        // CloudFront's one hosted zone, the same for every distribution
        DistributionHostedZoneId: "Z2FDTNDATAQYW2",
        RegionalDomainName: `d-${lower(10)}.execute-api.${p.region}.amazonaws.com`
      }
    })
  },
  "AWS::ApiGatewayV2::DomainName": {
    from: ["DomainName"],
    make: (p) => ({
      ref: str2(p.props.DomainName) ?? p.name(void 0),
      attributes: { RegionalDomainName: `d-${lower(10)}.execute-api.${p.region}.amazonaws.com` }
    })
  },
  "AWS::Lambda::Url": {
    from: ["TargetFunctionArn", "Qualifier"],
    make: (p) => {
      const target = str2(p.props.TargetFunctionArn) ?? p.logicalId;
      const base = target.startsWith("arn:") ? target : arnOf(p, "lambda", `function:${target}`);
      const arn = str2(p.props.Qualifier) ? `${base}:${p.props.Qualifier}` : base;
      return {
        ref: arn,
        attributes: { FunctionArn: arn, FunctionUrl: `https://${lower(32)}.lambda-url.${p.region}.on.aws/` }
      };
    }
  },
  "AWS::EC2::VPC": ec2("vpc", "VpcId", (p) => ({
    CidrBlock: p.props.CidrBlock ?? "10.0.0.0/16",
    DefaultSecurityGroup: `sg-${hex(17)}`,
    DefaultNetworkAcl: `acl-${hex(17)}`
  })),
  "AWS::EC2::Subnet": ec2("subnet", "SubnetId", (p) => ({
    VpcId: p.props.VpcId,
    AvailabilityZone: p.props.AvailabilityZone ?? `${p.region}a`,
    CidrBlock: p.props.CidrBlock
  })),
  "AWS::EC2::SecurityGroup": {
    from: ["GroupName", "VpcId"],
    make: (p) => {
      const id = `sg-${hex(17)}`;
      const ref = p.props.VpcId ? id : p.name("GroupName", { maxLength: 255 });
      return { ref, attributes: { GroupId: id, VpcId: p.props.VpcId ?? `vpc-${hex(17)}` } };
    }
  },
  "AWS::EC2::InternetGateway": ec2("igw", "InternetGatewayId"),
  "AWS::EC2::RouteTable": ec2("rtb", "RouteTableId"),
  "AWS::EC2::NatGateway": ec2("nat", "NatGatewayId"),
  "AWS::EC2::VPCEndpoint": ec2("vpce", "Id"),
  "AWS::EFS::FileSystem": {
    make: (p) => {
      const id = `fs-${hex(17)}`;
      return {
        ref: id,
        attributes: { FileSystemId: id, Arn: arnOf(p, "elasticfilesystem", `file-system/${id}`) }
      };
    }
  },
  "AWS::EFS::AccessPoint": {
    make: (p) => {
      const id = `fsap-${hex(17)}`;
      return {
        ref: id,
        attributes: { AccessPointId: id, Arn: arnOf(p, "elasticfilesystem", `access-point/${id}`) }
      };
    }
  },
  "AWS::ECR::Repository": {
    from: ["RepositoryName"],
    make: (p) => {
      const name = p.name("RepositoryName", { maxLength: 256, lowercase: true });
      return {
        ref: name,
        attributes: {
          Arn: arnOf(p, "ecr", `repository/${name}`),
          RepositoryUri: `${p.accountId}.dkr.ecr.${p.region}.amazonaws.com/${name}`
        }
      };
    }
  },
  "AWS::Scheduler::Schedule": {
    from: ["Name", "GroupName"],
    make: (p) => {
      const name = p.name("Name", { maxLength: 64 });
      const group = str2(p.props.GroupName) ?? "default";
      return { ref: name, attributes: { Arn: arnOf(p, "scheduler", `schedule/${group}/${name}`) } };
    }
  },
  "AWS::Scheduler::ScheduleGroup": named("Name", "scheduler", (n) => `schedule-group/${n}`, 64),
  "AWS::IAM::ManagedPolicy": {
    from: ["ManagedPolicyName", "Path"],
    make: (p) => {
      const name = p.name("ManagedPolicyName", { maxLength: 128 });
      const arn = `arn:${p.partition}:iam::${p.accountId}:policy${str2(p.props.Path) ?? "/"}${name}`;
      return { ref: arn, attributes: { PolicyArn: arn, PolicyId: `ANPA${upper(17)}` } };
    }
  },
  "AWS::DynamoDB::GlobalTable": {
    from: ["TableName"],
    make: (p) => {
      const name = p.name("TableName", { maxLength: 255 });
      const arn = arnOf(p, "dynamodb", `table/${name}`);
      const label = (/* @__PURE__ */ new Date()).toISOString().replace("Z", "");
      return {
        ref: name,
        attributes: { Arn: arn, StreamArn: `${arn}/stream/${label}`, TableId: randomUUID3() }
      };
    }
  },
  "AWS::OpenSearchService::Domain": {
    from: ["DomainName"],
    make: (p) => {
      const name = p.name("DomainName", { maxLength: 28, lowercase: true });
      const arn = arnOf(p, "es", `domain/${name}`);
      return {
        ref: name,
        attributes: {
          Arn: arn,
          DomainArn: arn,
          DomainEndpoint: `search-${name}-${lower(26)}.${p.region}.es.amazonaws.com`
        }
      };
    }
  },
  "AWS::CloudFormation::Stack": {
    make: (p) => {
      const arn = arnOf(p, "cloudformation", `stack/${p.name(void 0)}/${randomUUID3()}`);
      return { ref: arn, attributes: {} };
    }
  }
};
function placeholderAttribute(r, attribute) {
  if (/Arn$|ARN$/.test(attribute) && r.placeholder?.fallbackArn) return r.placeholder.fallbackArn;
  return `placeholder-${r.logicalId}-${attribute.replace(/\./g, "-")}`;
}

// ../local-cloud/src/stacks/intrinsicContext.ts
function partitionOf(region) {
  return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
}
function intrinsicContext(cloud, exports, scope) {
  const { region, template, resources } = scope;
  return {
    pseudo: {
      "AWS::AccountId": cloud.accountId,
      "AWS::Region": region,
      "AWS::Partition": partitionOf(region),
      "AWS::StackName": scope.stackName,
      "AWS::StackId": scope.stackId,
      "AWS::URLSuffix": region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com",
      "AWS::NotificationARNs": []
    },
    parameters: parameterValues(template, scope.parameters),
    conditions: scope.conditions,
    mappings: template.Mappings ?? {},
    ref: (id) => {
      const r = resources.get(id);
      if (!r) {
        if (id in template.Resources)
          throw templateError(`Resource ${id} is not created (its condition is false or it failed)`);
        throw new AwsError(
          "ValidationError",
          `Template format error: Unresolved resource dependencies [${id}] in the Resources block of the template`
        );
      }
      return r.ref;
    },
    getAtt: (id, attribute) => {
      const r = resources.get(id);
      if (!r) {
        if (id in template.Resources)
          throw templateError(`Resource ${id} is not created (its condition is false or it failed)`);
        throw templateError(`instance of Fn::GetAtt references undefined resource ${id}`);
      }
      if (!(attribute in r.attributes)) {
        if (r.placeholder) return placeholderAttribute(r, attribute);
        if (r.attributeError)
          throw new AwsError("ValidationError", r.attributeError.replace("{attribute}", attribute));
        throw templateError(`resource ${id} does not support attribute type ${attribute} in Fn::GetAtt`);
      }
      return r.attributes[attribute];
    },
    importValue: (name) => exports.importValue(region, name, scope.stackId, scope.stack)
  };
}
function stackContext(cloud, exports, stack, plan) {
  return intrinsicContext(cloud, exports, {
    region: stack.region,
    stackName: stack.stackName,
    stackId: stack.stackId,
    template: plan.template,
    parameters: plan.parameters,
    conditions: plan.conditions,
    resources: stack.resources,
    stack
  });
}

// ../local-cloud/src/stacks/plan.ts
function planStack(cloud, exports, region, stackName, body, given, previous) {
  const template = parseTemplate(body);
  if (template.Transform !== void 0) {
    const names = Array.isArray(template.Transform) ? template.Transform : [template.Transform];
    throw new AwsError(
      "ValidationError",
      `Template format error: transform ${names.map(String).join(", ")} is not supported by this local cloud (SAM templates must be transformed first, e.g. with 'sam package' or 'sam build')`
    );
  }
  const parameters = resolveParameters(template, given, previous);
  const ctx = intrinsicContext(cloud, exports, {
    region,
    stackName,
    stackId: "arn:pending",
    template,
    parameters,
    conditions: {},
    resources: /* @__PURE__ */ new Map()
  });
  const conditions = evaluateConditions(template.Conditions ?? {}, ctx);
  const order = creationOrder(dependencies(template));
  for (const [id, r] of Object.entries(template.Resources)) {
    checkShapes(r.Properties ?? {}, `/Resources/${id}/Properties`, conditions);
  }
  for (const [id, o] of Object.entries(template.Outputs ?? {})) checkShapes(o, `/Outputs/${id}`, conditions);
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Condition !== void 0 && !(r.Condition in conditions)) {
      throw templateError(`Unresolved condition dependency ${r.Condition} in resource ${id}`);
    }
  }
  return { template, parameters, conditions, order };
}
function included(plan, id) {
  const c = plan.template.Resources[id].Condition;
  return c === void 0 || plan.conditions[c] === true;
}
function previousValues(stack, input2) {
  return Object.fromEntries(
    (input2.previousParameters ?? []).map((k) => [k, stack.parameters[k]]).filter(([, v]) => v !== void 0)
  );
}
function safeOrder(template) {
  try {
    return creationOrder(dependencies(template));
  } catch {
    return Object.keys(template.Resources);
  }
}

// ../local-cloud/src/stacks/changeSets.ts
var ChangeSets = class {
  constructor(cloud, stacks, events, lifecycle) {
    this.cloud = cloud;
    this.stacks = stacks;
    this.events = events;
    this.lifecycle = lifecycle;
  }
  cloud;
  stacks;
  events;
  lifecycle;
  /** A CREATE change set of a new stack puts the stack in REVIEW_IN_PROGRESS, with no resources. */
  create(region, input2) {
    const type2 = input2.changeSetType === "CREATE" ? "CREATE" : "UPDATE";
    let stack = this.stacks.find(region, input2.stackName);
    if (type2 === "CREATE") {
      if (stack && stack.status !== "REVIEW_IN_PROGRESS") {
        throw stackExistsForCreateChangeSet(input2.stackName, input2.changeSetName);
      }
    } else if (!stack || stack.status === "REVIEW_IN_PROGRESS") {
      throw changeSetStackDoesNotExist(input2.stackName);
    }
    if (stack?.changeSets.has(input2.changeSetName)) {
      throw changeSetAlreadyExists(input2.changeSetName);
    }
    checkStackName(input2.stackName, "CreateChangeSet");
    const previous = stack ? previousValues(stack, input2) : {};
    const plan = this.lifecycle.plan(
      region,
      input2.stackName,
      input2.templateBody,
      input2.parameters ?? {},
      previous
    );
    if (!stack) {
      stack = this.stacks.add(region, input2, plan.template, plan.parameters);
      stack.status = "REVIEW_IN_PROGRESS";
      stack.statusReason = "User Initiated";
      stack.template = { Resources: {} };
      stack.templateBody = '{"Resources":{}}';
      this.events.stack(stack, "REVIEW_IN_PROGRESS", "User Initiated");
    }
    const changes = computeChanges(stack, plan.template, plan.parameters);
    const noChanges = type2 === "UPDATE" && changes.length === 0 && canonical(plan.template.Outputs ?? {}) === canonical(stack.template.Outputs ?? {});
    const cs = {
      id: `arn:aws:cloudformation:${region}:${this.cloud.accountId}:changeSet/${input2.changeSetName}/${randomUUID4()}`,
      name: input2.changeSetName,
      type: type2,
      status: noChanges ? "FAILED" : "CREATE_COMPLETE",
      executionStatus: noChanges ? "UNAVAILABLE" : "AVAILABLE",
      statusReason: noChanges ? "The submitted information didn't contain changes. Submit different information to create a change set." : void 0,
      description: input2.description,
      creationTime: /* @__PURE__ */ new Date(),
      templateBody: input2.templateBody,
      template: plan.template,
      parameters: plan.parameters,
      capabilities: input2.capabilities ?? [],
      tags: input2.tags ?? stack.tags,
      changes
    };
    stack.changeSets.set(cs.name, cs);
    return { stack, changeSet: cs };
  }
  /** The change set by ARN, or by name within a stack. */
  find(region, changeSetName, stackName) {
    for (const stack of this.stacks.all) {
      if (stack.region !== region) continue;
      if (changeSetName.startsWith("arn:")) {
        for (const cs of stack.changeSets.values())
          if (cs.id === changeSetName) return { stack, changeSet: cs };
      } else if (stackName && (stack.stackName === stackName || stack.stackId === stackName) && stack.status !== "DELETE_COMPLETE") {
        const cs = stack.changeSets.get(changeSetName);
        if (cs) return { stack, changeSet: cs };
      }
    }
    throw changeSetNotFound(changeSetName);
  }
  /** Runs the change set as a create or an update; the stack's other change sets become obsolete. */
  execute(region, changeSetName, stackName) {
    const { stack, changeSet } = this.find(region, changeSetName, stackName);
    if (changeSet.executionStatus !== "AVAILABLE") {
      throw changeSetStatusInvalid(changeSet.id, changeSet.status, "executed");
    }
    const plan = this.lifecycle.plan(region, stack.stackName, changeSet.templateBody, changeSet.parameters);
    changeSet.executionStatus = "EXECUTE_IN_PROGRESS";
    const input2 = {
      stackName: stack.stackName,
      templateBody: changeSet.templateBody,
      parameters: changeSet.parameters,
      capabilities: changeSet.capabilities,
      tags: changeSet.tags
    };
    for (const other of stack.changeSets.values())
      if (other !== changeSet) other.executionStatus = "OBSOLETE";
    const run = changeSet.type === "CREATE" ? this.lifecycle.runCreate(stack, plan, input2) : this.lifecycle.runUpdate(stack, input2, plan);
    stack.operation = run.then(() => {
      const ok = stack.status === "CREATE_COMPLETE" || stack.status === "UPDATE_COMPLETE";
      changeSet.executionStatus = ok ? "EXECUTE_COMPLETE" : "EXECUTE_FAILED";
      stack.changeSets.clear();
    });
  }
  delete(region, changeSetName, stackName) {
    if (!changeSetName.startsWith("arn:") && stackName && this.stacks.find(region, stackName)) {
      if (!this.stacks.get(region, stackName).changeSets.has(changeSetName)) return;
    }
    const { stack, changeSet } = this.find(region, changeSetName, stackName);
    if (changeSet.executionStatus === "EXECUTE_IN_PROGRESS") {
      throw changeSetStatusInvalid(changeSet.id, changeSet.status, "deleted");
    }
    stack.changeSets.delete(changeSet.name);
  }
};

// ../local-cloud/src/stacks/events.ts
import { randomUUID as randomUUID5 } from "node:crypto";
var StackEvents = class {
  constructor(cloud, keep) {
    this.cloud = cloud;
    this.keep = keep;
  }
  cloud;
  keep;
  /** Records a resource's event; a failure with a reason is also logged. */
  resource(stack, logicalId, physicalId, type2, status, reason) {
    const e = {
      eventId: randomUUID5(),
      logicalId,
      physicalId,
      type: type2,
      timestamp: /* @__PURE__ */ new Date(),
      status,
      reason
    };
    stack.events.push(e);
    this.keep?.(stack);
    if (reason && status.endsWith("FAILED"))
      this.cloud.log("info", `cloudformation ${stack.stackName} ${logicalId} ${status}: ${reason}`);
  }
  /** An event of the stack itself (its logical id is the stack name). */
  stack(stack, status, reason) {
    this.resource(stack, stack.stackName, stack.stackId, "AWS::CloudFormation::Stack", status, reason);
  }
  /** Moves the stack to a status, with its event. */
  status(stack, status, reason) {
    stack.status = status;
    stack.statusReason = reason;
    this.stack(stack, status, reason);
  }
};

// ../local-cloud/src/stacks/exports.ts
var Exports = class {
  constructor(stacks) {
    this.stacks = stacks;
  }
  stacks;
  /** Export names each stack's last successful deploy imported, by stack id. */
  imports = /* @__PURE__ */ new Map();
  /** Export names the running operation of a stack resolved so far. */
  pending = /* @__PURE__ */ new Map();
  /** The exports of the region's live stacks. */
  of(region) {
    const out = [];
    for (const s of this.stacks.all) {
      if (s.region !== region || s.status === "DELETE_COMPLETE" || s.status === "REVIEW_IN_PROGRESS")
        continue;
      for (const o of s.outputs)
        if (o.exportName) out.push({ name: o.exportName, value: o.value, stackId: s.stackId });
    }
    return out;
  }
  /** Stacks (other than `self`) whose last deploy imported the export. */
  importers(region, exportName, self) {
    return this.stacks.all.filter(
      (s) => s !== self && s.region === region && s.status !== "DELETE_COMPLETE" && (this.imports.get(s.stackId)?.has(exportName) ?? false)
    );
  }
  /** Fn::ImportValue's answer for a stack (`stack` given: the import is noted for its running operation). */
  importValue(region, name, stackId, stack) {
    const found = this.of(region).find((e) => e.name === name && e.stackId !== stackId);
    if (!found) throw new AwsError("ValidationError", `No export named ${name} found.`);
    if (stack) {
      let set = this.pending.get(stack.stackId);
      if (!set) {
        set = /* @__PURE__ */ new Set();
        this.pending.set(stack.stackId, set);
      }
      set.add(name);
    }
    return found.value;
  }
  /**
   * Throws when the stack's new outputs take another stack's export name, or drop or change an export
   * another stack imports; otherwise makes them the stack's outputs and its pending imports its imports.
   */
  replaceOutputs(stack, outputs) {
    const others = this.of(stack.region).filter((e) => e.stackId !== stack.stackId);
    for (const o of outputs) {
      const taken = others.find((e) => e.name === o.exportName);
      if (taken) {
        const owner = this.stacks.all.find((s) => s.stackId === taken.stackId);
        throw new Error(`Export with name ${o.exportName} is already exported by stack ${owner?.stackName}`);
      }
    }
    for (const old of stack.outputs) {
      if (!old.exportName) continue;
      const users = this.importers(stack.region, old.exportName, stack);
      if (users.length === 0) continue;
      const now = outputs.find((o) => o.exportName === old.exportName);
      if (!now)
        throw new Error(`Cannot delete export ${old.exportName} as it is in use by ${users[0].stackName}.`);
      if (now.value !== old.value) {
        throw new Error(`Cannot update export ${old.exportName} as it is in use by ${users[0].stackName}.`);
      }
    }
    stack.outputs = outputs;
    this.imports.set(stack.stackId, this.pending.get(stack.stackId) ?? /* @__PURE__ */ new Set());
    this.pending.delete(stack.stackId);
  }
  /** Why the stack can't be deleted (an export of it is imported), or undefined. */
  blockingDelete(stack) {
    for (const o of stack.outputs) {
      if (!o.exportName) continue;
      const users = this.importers(stack.region, o.exportName, stack);
      if (users.length > 0)
        return `Export ${o.exportName} cannot be deleted as it is in use by ${users.map((u) => u.stackName).join(", ")}`;
    }
    return void 0;
  }
  /** A deleted stack imports nothing any more. */
  forget(stack) {
    this.imports.delete(stack.stackId);
  }
};

// ../local-cloud/src/stacks/outputs.ts
function resolveOutputs(plan, ctx) {
  const outputs = [];
  for (const [key, o] of Object.entries(plan.template.Outputs ?? {})) {
    if (o.Condition !== void 0 && !plan.conditions[o.Condition]) continue;
    const value = resolve(o.Value, ctx);
    const exportName = o.Export ? String(resolve(o.Export.Name, ctx)) : void 0;
    outputs.push({
      key,
      value: Array.isArray(value) ? value.join(",") : typeof value === "string" ? value : JSON.stringify(value),
      description: o.Description,
      exportName
    });
  }
  return outputs;
}

// ../local-cloud/src/stacks/placeholders.ts
function isCustom(type2) {
  return type2.startsWith("Custom::") || type2 === "AWS::CloudFormation::CustomResource";
}
function needsPlaceholder(type2) {
  return !handlerFor(type2) && !isCustom(type2);
}
function isStrict(stack) {
  return stack.tags.some((t) => t.Key === STRICT_TAG && t.Value === "true");
}
function placeholderReason(type2) {
  return `${PLACEHOLDER_REASON_PREFIX}${type2} is not emulated by this local cloud: an inert placeholder stands in, with Ref and Fn::GetAtt values in AWS's formats; a handler that calls it will fail`;
}
function strictReason(type2, id) {
  return `Resource type ${type2} of resource ${id} is not emulated by this local cloud, and strict mode (stack tag ${STRICT_TAG}=true) allows no placeholders`;
}
function unserved(plan, included2) {
  return plan.order.filter((id) => included2(id) && needsPlaceholder(plan.template.Resources[id].Type));
}
function generic(type2) {
  return {
    make: (p) => {
      const name = p.name(nameKeys(type2, p.props).find((k) => typeof p.props[k] === "string"));
      return { ref: name, attributes: { Arn: genericArn(p, type2, name) } };
    }
  };
}
function genericArn(p, type2, name) {
  const [, service = "unknown", resource = "resource"] = type2.split("::");
  return arnOf(p, service.toLowerCase(), `${resource.toLowerCase()}/${name}`);
}
function nameKeys(type2, ...props) {
  const own = `${type2.split("::").pop()}Name`;
  const keys = [...new Set(props.flatMap((p) => Object.keys(p)))];
  const tails = keys.filter((k) => k !== own && k.endsWith("Name") && own.endsWith(k));
  return ["Name", own, ...tails].filter((k) => keys.includes(k));
}
function makePlaceholder(ctx, type2, props) {
  const input2 = {
    stackName: ctx.stackName,
    logicalId: ctx.logicalId,
    region: ctx.region,
    accountId: ctx.accountId,
    partition: ctx.partition,
    props,
    name: (prop, options) => {
      const given = prop === void 0 ? void 0 : props[prop];
      if (typeof given === "string" && given !== "") return options?.lowercase ? given.toLowerCase() : given;
      return physicalName(ctx.stackName, ctx.logicalId, options);
    }
  };
  const made = (FORMATS[type2] ?? generic(type2)).make(input2);
  const fallbackArn = typeof made.attributes.Arn === "string" ? made.attributes.Arn : genericArn(input2, type2, String(made.ref));
  return {
    physicalId: made.physicalId ?? made.ref,
    ref: made.ref,
    attributes: made.attributes,
    placeholder: { reason: placeholderReason(type2), fallbackArn }
  };
}
function keepsValues(type2, old, props) {
  if (!old.placeholder || old.type !== type2) return false;
  const from = FORMATS[type2] ? FORMATS[type2].from ?? [] : nameKeys(type2, props, old.properties);
  return from.every((p) => canonical(props[p]) === canonical(old.properties[p]));
}

// ../local-cloud/src/stacks/provision.ts
function reasonOf(err) {
  if (err instanceof Error) {
    const code = err.name;
    const sdk = err.$metadata !== void 0;
    return sdk && code && code !== "Error" ? `${err.message} (Service: ${code})` : err.message;
  }
  return String(err);
}
var REPLACING = "Requested update requires the creation of a new physical resource; hence creating one.";
var Provisioner = class {
  constructor(cloud, stacks, exports, events, warnings, customResources) {
    this.cloud = cloud;
    this.stacks = stacks;
    this.exports = exports;
    this.events = events;
    this.warnings = warnings;
    this.customResources = customResources;
  }
  cloud;
  stacks;
  exports;
  events;
  warnings;
  customResources;
  async create(stack, plan, id) {
    const def = plan.template.Resources[id];
    this.events.resource(stack, id, "", def.Type, "CREATE_IN_PROGRESS");
    const props = this.resolveProps(stack, plan, id, "", "CREATE_FAILED");
    const handler = handlerFor(def.Type);
    if (!handler) {
      if (needsPlaceholder(def.Type)) {
        this.placehold(stack, id, def, props, "CREATE_COMPLETE");
        return;
      }
      const message = `Resource type ${def.Type} of resource ${id} is not supported by this local cloud`;
      this.events.resource(stack, id, "", def.Type, "CREATE_FAILED", message);
      throw new Error(message);
    }
    const missing = (handler.required ?? []).filter((p) => props[p] === void 0);
    try {
      if (missing.length > 0) {
        throw new Error(
          `Properties validation failed for resource ${id} with message: #: required key [${missing[0]}] not found`
        );
      }
      const made = await handler.create(this.handlerContext(stack, id, def.Type), props);
      this.record(stack, id, def, props, made, "CREATE_COMPLETE");
    } catch (err) {
      this.warnings.take(stack, id);
      if (err instanceof FailedResource) this.keep(stack, id, def, props, err.physicalId, "CREATE_FAILED");
      const failure = err instanceof AlreadyExistsError ? this.ownedElsewhere(stack, def.Type, handler, props) ?? err : err;
      this.events.resource(stack, id, "", def.Type, "CREATE_FAILED", reasonOf(failure));
      throw failure;
    }
  }
  /** Updates in place or replaces when needed; undefined when nothing changed. */
  async update(stack, plan, id, old) {
    const def = plan.template.Resources[id];
    const props = this.resolveProps(stack, plan, id, old.physicalId, "UPDATE_FAILED");
    if (def.Type === old.type && canonical(props) === canonical(old.properties)) return void 0;
    const handler = handlerFor(def.Type);
    if (!handler && needsPlaceholder(def.Type)) {
      const keep = keepsValues(def.Type, old, props);
      this.events.resource(
        stack,
        id,
        old.physicalId,
        def.Type,
        "UPDATE_IN_PROGRESS",
        keep ? void 0 : REPLACING
      );
      this.placehold(stack, id, def, props, "UPDATE_COMPLETE", keep ? old : void 0);
      return keep ? "updated" : "replaced";
    }
    const replace = def.Type !== old.type || !handler?.update || (handler.replaceOn ?? []).some((p) => canonical(props[p]) !== canonical(old.properties[p]));
    if (!handler) {
      throw new Error(`Resource type ${def.Type} of resource ${id} is not supported by this local cloud`);
    }
    const name = handler.nameProperty === void 0 ? void 0 : props[handler.nameProperty];
    if (replace && def.Type === old.type && name !== void 0 && canonical(name) === canonical(old.properties[handler.nameProperty])) {
      const message = `CloudFormation cannot update a stack when a custom-named resource requires replacing. Rename ${String(name)} and update the stack again.`;
      this.events.resource(stack, id, old.physicalId, def.Type, "UPDATE_FAILED", message);
      throw new Error(message);
    }
    this.events.resource(
      stack,
      id,
      old.physicalId,
      def.Type,
      "UPDATE_IN_PROGRESS",
      replace ? REPLACING : void 0
    );
    try {
      const ctx = this.handlerContext(stack, id, def.Type);
      const made = replace ? await handler.create(ctx, props) : await handler.update(ctx, old, props);
      this.record(stack, id, def, props, made, "UPDATE_COMPLETE");
      return replace || handler.newIdReplaces && made.physicalId !== old.physicalId ? "replaced" : "updated";
    } catch (err) {
      if (err instanceof FailedResource) {
        err.undo = replace ? "replaced" : "updated";
        this.keep(stack, id, def, props, err.physicalId, "UPDATE_FAILED");
      }
      const failure = err instanceof AlreadyExistsError ? this.ownedElsewhere(stack, def.Type, handler, props) ?? err : err;
      this.events.resource(stack, id, old.physicalId, def.Type, "UPDATE_FAILED", reasonOf(failure));
      throw failure;
    }
  }
  /** Puts an in-place update back to the resource's previous properties. */
  async revert(stack, id, old) {
    const current = stack.resources.get(id);
    this.events.resource(stack, id, current.physicalId, old.type, "UPDATE_IN_PROGRESS");
    if (!old.placeholder)
      await handlerFor(old.type).update(this.handlerContext(stack, id, old.type), current, old.properties);
    stack.resources.set(id, old);
    this.events.resource(stack, id, old.physicalId, old.type, "UPDATE_COMPLETE");
  }
  /** Deletes one resource (a `Retain` one is skipped unless rolling back its creation). */
  async delete(stack, r, rollback) {
    if (!rollback && r.deletionPolicy === "Retain") {
      this.events.resource(stack, r.logicalId, r.physicalId, r.type, "DELETE_SKIPPED");
      return;
    }
    this.events.resource(stack, r.logicalId, r.physicalId, r.type, "DELETE_IN_PROGRESS");
    const handler = handlerFor(r.type);
    try {
      if (handler && !r.placeholder) await handler.delete(this.handlerContext(stack, r.logicalId, r.type), r);
    } catch (err) {
      this.events.resource(stack, r.logicalId, r.physicalId, r.type, "DELETE_FAILED", reasonOf(err));
      throw err;
    }
    this.events.resource(stack, r.logicalId, r.physicalId, r.type, "DELETE_COMPLETE");
  }
  /**
   * Strict mode: every resource a placeholder would stand in for fails at once, each with its event,
   * before anything is created; returns their ids (none outside strict mode).
   */
  refuseUnserved(stack, plan) {
    if (!isStrict(stack)) return [];
    const ids = unserved(plan, (id) => included(plan, id));
    for (const id of ids) {
      const type2 = plan.template.Resources[id].Type;
      const old = stack.resources.get(id);
      const status = old ? "UPDATE_FAILED" : "CREATE_FAILED";
      this.events.resource(stack, id, old?.physicalId ?? "", type2, status, strictReason(type2, id));
    }
    return ids;
  }
  /** Deletes in the given order; returns false when one failed (the failed ones stay in the stack). */
  async deleteAll(stack, ids, rollback) {
    let ok = true;
    for (const id of ids) {
      const r = stack.resources.get(id);
      if (!r) continue;
      try {
        await this.delete(stack, r, rollback);
        stack.resources.delete(id);
      } catch {
        ok = false;
      }
    }
    return ok;
  }
  /** A taken name that another live stack made: CloudFormation's reason names that stack. */
  ownedElsewhere(stack, type2, handler, props) {
    const prop = handler.nameProperty;
    if (prop === void 0 || props[prop] === void 0) return void 0;
    const global = type2 === "AWS::S3::Bucket" || type2.startsWith("AWS::IAM::");
    for (const other of this.stacks.all) {
      if (other === stack || other.status === "DELETE_COMPLETE") continue;
      if (!global && other.region !== stack.region) continue;
      for (const r of other.resources.values()) {
        if (r.type === type2 && canonical(r.properties[prop]) === canonical(props[prop]))
          return new Error(`${r.physicalId} already exists in stack ${other.stackId}`);
      }
    }
    return void 0;
  }
  /** The resource's resolved properties; a failure is recorded as the `failed` event, then thrown. */
  resolveProps(stack, plan, id, physicalId, failed) {
    const def = plan.template.Resources[id];
    try {
      return resolve(def.Properties ?? {}, stackContext(this.cloud, this.exports, stack, plan));
    } catch (err) {
      this.events.resource(stack, id, physicalId, def.Type, failed, reasonOf(err));
      throw err;
    }
  }
  /** Stores what a handler provisioned as the stack's resource and records the completing event. */
  record(stack, id, def, props, made, status) {
    const r = {
      logicalId: id,
      type: def.Type,
      physicalId: made.physicalId,
      ref: made.ref ?? made.physicalId,
      attributes: made.attributes ?? {},
      properties: props,
      attributeError: made.attributeError,
      status,
      statusReason: this.warnings.take(stack, id),
      lastUpdated: /* @__PURE__ */ new Date(),
      deletionPolicy: def.DeletionPolicy
    };
    stack.resources.set(id, r);
    this.events.resource(stack, id, r.physicalId, def.Type, status, r.statusReason);
  }
  /** Records an inert placeholder for a type no handler serves: new values, or those of `keep`. */
  placehold(stack, id, def, props, status, keep) {
    const values = keep ?? makePlaceholder(this.handlerContext(stack, id, def.Type), def.Type, props);
    const r = {
      logicalId: id,
      type: def.Type,
      physicalId: values.physicalId,
      ref: values.ref,
      attributes: values.attributes,
      placeholder: values.placeholder,
      properties: props,
      status,
      statusReason: values.placeholder.reason,
      lastUpdated: /* @__PURE__ */ new Date(),
      deletionPolicy: def.DeletionPolicy
    };
    stack.resources.set(id, r);
    this.warnings.log(stack, `${id}: ${r.statusReason}`);
    this.events.resource(stack, id, r.physicalId, def.Type, status, r.statusReason);
  }
  /** A resource whose operation failed but that the stack keeps, for its rollback (FailedResource). */
  keep(stack, id, def, props, physicalId, status) {
    stack.resources.set(id, {
      logicalId: id,
      type: def.Type,
      physicalId,
      ref: physicalId,
      attributes: {},
      properties: props,
      status,
      lastUpdated: /* @__PURE__ */ new Date(),
      deletionPolicy: def.DeletionPolicy
    });
  }
  handlerContext(stack, logicalId, resourceType) {
    return {
      stackName: stack.stackName,
      stackId: stack.stackId,
      logicalId,
      resourceType,
      region: stack.region,
      accountId: this.cloud.accountId,
      partition: partitionOf(stack.region),
      endpoint: this.cloud.endpoint,
      credentials: this.cloud.credentials,
      physicalName: (o) => physicalName(stack.stackName, logicalId, o),
      warn: (m) => this.warnings.add(stack, logicalId, m),
      customResources: this.customResources
    };
  }
};

// ../local-cloud/src/stacks/lifecycle.ts
var STABLE = [
  "CREATE_COMPLETE",
  "UPDATE_COMPLETE",
  "UPDATE_ROLLBACK_COMPLETE",
  "ROLLBACK_COMPLETE",
  "CREATE_FAILED",
  "UPDATE_ROLLBACK_FAILED",
  "DELETE_FAILED",
  "ROLLBACK_FAILED",
  "REVIEW_IN_PROGRESS"
];
var UPDATABLE = ["CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE"];
function tick() {
  return new Promise((r) => setImmediate(r));
}
var Lifecycle = class {
  constructor(cloud, stacks, exports, events, provisioner) {
    this.cloud = cloud;
    this.stacks = stacks;
    this.exports = exports;
    this.events = events;
    this.provisioner = provisioner;
  }
  cloud;
  stacks;
  exports;
  events;
  provisioner;
  /** Checks the template and parameters the way CloudFormation does before it starts. */
  plan(region, stackName, body, given, previous) {
    return planStack(this.cloud, this.exports, region, stackName, body, given, previous);
  }
  createStack(region, input2) {
    if (this.stacks.find(region, input2.stackName)) {
      throw stackAlreadyExists(input2.stackName);
    }
    checkStackName(input2.stackName, "CreateStack");
    const plan = this.plan(region, input2.stackName, input2.templateBody, input2.parameters ?? {});
    const stack = this.stacks.add(region, input2, plan.template, plan.parameters);
    stack.operation = this.runCreate(stack, plan);
    return stack;
  }
  updateStack(region, nameOrId, input2) {
    const stack = this.stacks.get(region, nameOrId);
    if (!UPDATABLE.includes(stack.status)) {
      throw stackNotUpdatable(stack.stackId, stack.status);
    }
    const previous = previousValues(stack, input2);
    const plan = this.plan(region, stack.stackName, input2.templateBody, input2.parameters ?? {}, previous);
    if (canonical(plan.template) === canonical(stack.template) && canonical(plan.parameters) === canonical(stack.parameters) && (input2.tags === void 0 || canonical(input2.tags) === canonical(stack.tags))) {
      throw noUpdates();
    }
    stack.operation = this.runUpdate(stack, input2, plan);
    return stack;
  }
  deleteStack(region, nameOrId) {
    const stack = this.stacks.find(region, nameOrId);
    if (!stack || stack.status === "DELETE_COMPLETE" || stack.status === "DELETE_IN_PROGRESS") return stack;
    if (!STABLE.includes(stack.status)) {
      const previous = stack.operation ?? Promise.resolve();
      stack.operation = previous.then(() => this.runDelete(stack));
      return stack;
    }
    stack.operation = this.runDelete(stack);
    return stack;
  }
  /** Creates every resource in order; on a failure deletes what it created (unless rollback is off). */
  async runCreate(stack, plan, input2) {
    if (input2) {
      stack.capabilities = input2.capabilities ?? [];
      stack.tags = input2.tags ?? [];
    }
    stack.template = plan.template;
    stack.templateBody = input2?.templateBody ?? stack.templateBody;
    stack.parameters = plan.parameters;
    stack.description = plan.template.Description;
    stack.creationTime = /* @__PURE__ */ new Date();
    this.events.status(stack, "CREATE_IN_PROGRESS", "User Initiated");
    await tick();
    const created = [];
    let failure = this.refused(stack, plan);
    for (const id of plan.order) {
      if (failure) break;
      if (!included(plan, id)) continue;
      try {
        await this.provisioner.create(stack, plan, id);
        created.push(id);
      } catch (err) {
        if (err instanceof FailedResource) created.push(id);
        failure = { id, reason: reasonOf(err) };
        break;
      }
    }
    if (!failure) {
      try {
        this.finishOutputs(stack, plan);
        this.events.status(stack, "CREATE_COMPLETE");
        return;
      } catch (err) {
        failure = { id: stack.stackName, reason: reasonOf(err) };
      }
    }
    if (stack.disableRollback) {
      this.events.status(
        stack,
        "CREATE_FAILED",
        `The following resource(s) failed to create: [${failure.id}]. `
      );
      return;
    }
    this.events.status(
      stack,
      "ROLLBACK_IN_PROGRESS",
      failure.id === stack.stackName ? failure.reason : `The following resource(s) failed to create: [${failure.id}]. Rollback requested by user.`
    );
    const ok = await this.provisioner.deleteAll(stack, created.reverse(), true);
    stack.outputs = [];
    this.events.status(stack, ok ? "ROLLBACK_COMPLETE" : "ROLLBACK_FAILED");
  }
  /** Adds, updates and replaces in order, then removes what the template dropped; on a failure undoes. */
  async runUpdate(stack, input2, plan) {
    const before = {
      template: stack.template,
      templateBody: stack.templateBody,
      parameters: stack.parameters,
      resources: new Map(stack.resources),
      outputs: stack.outputs,
      tags: stack.tags,
      capabilities: stack.capabilities,
      description: stack.description
    };
    stack.template = plan.template;
    stack.templateBody = input2.templateBody;
    stack.parameters = plan.parameters;
    stack.tags = input2.tags ?? stack.tags;
    stack.capabilities = input2.capabilities ?? stack.capabilities;
    stack.description = plan.template.Description;
    stack.lastUpdatedTime = /* @__PURE__ */ new Date();
    this.events.status(stack, "UPDATE_IN_PROGRESS", "User Initiated");
    await tick();
    const undo = [];
    let failure = this.refused(stack, plan);
    for (const id of plan.order) {
      if (failure) break;
      if (!included(plan, id)) continue;
      const old = before.resources.get(id);
      try {
        if (!old) {
          await this.provisioner.create(stack, plan, id);
          undo.push({ kind: "added", id });
          continue;
        }
        const kind = await this.provisioner.update(stack, plan, id, old);
        if (kind) undo.push({ kind, id, old });
      } catch (err) {
        if (err instanceof FailedResource) undo.push({ kind: old ? err.undo : "added", id, old });
        failure = { id, reason: reasonOf(err) };
        break;
      }
    }
    if (!failure) {
      try {
        this.finishOutputs(stack, plan);
      } catch (err) {
        failure = { id: stack.stackName, reason: reasonOf(err) };
      }
    }
    if (!failure) {
      this.events.status(stack, "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS");
      const removed = [...before.resources.keys()].filter(
        (id) => !(id in plan.template.Resources) || !included(plan, id)
      );
      const oldOrder = safeOrder(before.template).reverse();
      const toDelete = oldOrder.filter((id) => removed.includes(id));
      await this.provisioner.deleteAll(stack, toDelete, false);
      for (const u of undo.filter((u2) => u2.kind === "replaced")) {
        await this.provisioner.delete(stack, u.old, false).catch(() => void 0);
      }
      this.events.status(stack, "UPDATE_COMPLETE");
      return;
    }
    this.events.status(
      stack,
      "UPDATE_ROLLBACK_IN_PROGRESS",
      failure.id === stack.stackName ? failure.reason : `The following resource(s) failed to update: [${failure.id}]. `
    );
    let ok = true;
    for (const u of undo.reverse()) {
      try {
        if (u.kind === "added") {
          const r = stack.resources.get(u.id);
          if (r) await this.provisioner.delete(stack, r, true);
          stack.resources.delete(u.id);
        } else if (u.kind === "updated") {
          await this.provisioner.revert(stack, u.id, u.old);
        } else {
          const r = stack.resources.get(u.id);
          if (r && r.physicalId !== u.old.physicalId) await this.provisioner.delete(stack, r, true);
          stack.resources.set(u.id, u.old);
        }
      } catch (err) {
        ok = false;
        this.cloud.log("error", `rollback of ${u.id} in ${stack.stackName}: ${reasonOf(err)}`);
      }
    }
    Object.assign(stack, {
      template: before.template,
      templateBody: before.templateBody,
      parameters: before.parameters,
      outputs: before.outputs,
      tags: before.tags,
      capabilities: before.capabilities,
      description: before.description
    });
    for (const [id, r] of before.resources) if (!stack.resources.has(id)) stack.resources.set(id, r);
    this.events.status(stack, ok ? "UPDATE_ROLLBACK_COMPLETE" : "UPDATE_ROLLBACK_FAILED");
  }
  /** Deletes every resource in reverse creation order, unless another stack imports an export of it. */
  async runDelete(stack) {
    this.events.status(stack, "DELETE_IN_PROGRESS", "User Initiated");
    await tick();
    const blocked = this.exports.blockingDelete(stack);
    if (blocked) {
      this.events.status(stack, "DELETE_FAILED", blocked);
      return;
    }
    const order = safeOrder(stack.template).filter((id) => stack.resources.has(id));
    const rest = [...stack.resources.keys()].filter((id) => !order.includes(id));
    const ok = await this.provisioner.deleteAll(stack, [...order.reverse(), ...rest], false);
    if (!ok) {
      const failed = [...stack.resources.keys()];
      this.events.status(
        stack,
        "DELETE_FAILED",
        `The following resource(s) failed to delete: [${failed.join(", ")}]. `
      );
      return;
    }
    stack.outputs = [];
    this.exports.forget(stack);
    stack.deletionTime = /* @__PURE__ */ new Date();
    this.events.status(stack, "DELETE_COMPLETE");
  }
  /** Strict mode's refusal of every type the local cloud would make a placeholder of, as one failure. */
  refused(stack, plan) {
    const ids = this.provisioner.refuseUnserved(stack, plan);
    return ids.length > 0 ? { id: ids.join(", "), reason: "strict mode allows no placeholders" } : void 0;
  }
  /** Resolves the outputs and makes them the stack's, if its exports allow; throws otherwise. */
  finishOutputs(stack, plan) {
    const outputs = resolveOutputs(plan, stackContext(this.cloud, this.exports, stack, plan));
    this.exports.replaceOutputs(stack, outputs);
  }
};

// ../local-cloud/src/stacks/stackStore.ts
import { randomUUID as randomUUID6 } from "node:crypto";
var StackStore = class {
  constructor(cloud) {
    this.cloud = cloud;
  }
  cloud;
  /** Deleted stacks stay: DescribeStacks by id and ListStacks show them. */
  all = [];
  /** The live stack with this name or id (a deleted one only by id), or undefined. */
  find(region, nameOrId) {
    if (nameOrId.startsWith("arn:")) return this.all.find((s) => s.stackId === nameOrId);
    return this.all.find(
      (s) => s.region === region && s.stackName === nameOrId && s.status !== "DELETE_COMPLETE"
    );
  }
  /** As find, with CloudFormation's error for a missing stack. */
  get(region, nameOrId) {
    const s = this.find(region, nameOrId);
    if (!s) throw stackDoesNotExist(nameOrId);
    return s;
  }
  /** A new stack in CREATE_IN_PROGRESS, kept from now on. */
  add(region, input2, template, parameters) {
    const stack = {
      stackId: `arn:${partitionOf(region)}:cloudformation:${region}:${this.cloud.accountId}:stack/${input2.stackName}/${randomUUID6()}`,
      stackName: input2.stackName,
      region,
      status: "CREATE_IN_PROGRESS",
      description: template.Description,
      creationTime: /* @__PURE__ */ new Date(),
      templateBody: input2.templateBody,
      template,
      parameterValues: input2.parameters ?? {},
      parameters,
      capabilities: input2.capabilities ?? [],
      tags: input2.tags ?? [],
      resources: /* @__PURE__ */ new Map(),
      outputs: [],
      events: [],
      changeSets: /* @__PURE__ */ new Map(),
      disableRollback: input2.disableRollback ?? false
    };
    this.all.push(stack);
    return stack;
  }
};

// ../local-cloud/src/stacks/warnings.ts
var ResourceWarnings = class {
  constructor(cloud) {
    this.cloud = cloud;
  }
  cloud;
  pending = /* @__PURE__ */ new Map();
  /** Logs a message about the stack (warnings and skipped resources). */
  log(stack, message) {
    this.cloud.log("info", `cloudformation ${stack.stackName}: ${message}`);
  }
  add(stack, logicalId, message) {
    this.log(stack, `${logicalId}: ${message}`);
    const key = `${stack.stackId} ${logicalId}`;
    const list2 = this.pending.get(key) ?? [];
    if (!list2.includes(message)) list2.push(message);
    this.pending.set(key, list2);
  }
  /** The resource's warnings as its status reason, forgetting them; undefined when there are none. */
  take(stack, logicalId) {
    const key = `${stack.stackId} ${logicalId}`;
    const list2 = this.pending.get(key);
    this.pending.delete(key);
    return list2 && list2.length > 0 ? `Warning: ${list2.join("; ")}` : void 0;
  }
};

// ../local-cloud/src/stacks/engine.ts
var StackEngine = class {
  store;
  exportList;
  lifecycle;
  changeSets;
  customResources;
  /** With --state-dir: where stacks are kept. */
  disk;
  constructor(cloud) {
    this.customResources = new CustomResourceChannel(cloud);
    this.store = new StackStore(cloud);
    this.disk = cloud.state ? new StackState(cloud.state) : void 0;
    this.disk?.restore(this.store);
    this.exportList = new Exports(this.store);
    const disk = this.disk;
    const events = new StackEvents(cloud, disk && ((stack) => disk.save(stack)));
    const provisioner = new Provisioner(
      cloud,
      this.store,
      this.exportList,
      events,
      new ResourceWarnings(cloud),
      this.customResources
    );
    this.lifecycle = new Lifecycle(cloud, this.store, this.exportList, events, provisioner);
    this.changeSets = new ChangeSets(cloud, this.store, events, this.lifecycle);
  }
  /** Saves every stack (after an operation that may have changed one without an event: change sets). */
  save() {
    this.disk?.saveAll(this.store);
  }
  /** Every stack ever made, deleted ones included (DescribeStacks by id and ListStacks show them). */
  get stacks() {
    return this.store.all;
  }
  find(region, nameOrId) {
    return this.store.find(region, nameOrId);
  }
  get(region, nameOrId) {
    return this.store.get(region, nameOrId);
  }
  exportsOf(region) {
    return this.exportList.of(region);
  }
  importers(region, exportName, self) {
    return this.exportList.importers(region, exportName, self);
  }
  plan(region, stackName, body, given, previous) {
    return this.lifecycle.plan(region, stackName, body, given, previous);
  }
  createStack(region, input2) {
    return this.lifecycle.createStack(region, input2);
  }
  updateStack(region, nameOrId, input2) {
    return this.lifecycle.updateStack(region, nameOrId, input2);
  }
  deleteStack(region, nameOrId) {
    return this.lifecycle.deleteStack(region, nameOrId);
  }
  createChangeSet(region, input2) {
    return this.changeSets.create(region, input2);
  }
  findChangeSet(region, changeSetName, stackName) {
    return this.changeSets.find(region, changeSetName, stackName);
  }
  executeChangeSet(region, changeSetName, stackName) {
    this.changeSets.execute(region, changeSetName, stackName);
  }
  deleteChangeSet(region, changeSetName, stackName) {
    this.changeSets.delete(region, changeSetName, stackName);
  }
  /** Ends the waits for custom resources' answers, then waits for running operations. */
  async stop() {
    this.customResources.stop();
    await Promise.allSettled(this.store.all.map((s) => s.operation));
  }
};
export {
  StackEngine
};
//# sourceMappingURL=engine-LPD3NX3Q.js.map
