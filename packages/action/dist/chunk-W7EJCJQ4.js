import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-VSEYQAEP.js";
import {
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-LXQWPYFG.js";
import {
  AwsRestJsonProtocol
} from "./chunk-VLWNQS2G.js";
import {
  Sha256Node
} from "./chunk-ZX3B5RNJ.js";
import {
  NodeHttpHandler
} from "./chunk-A35NYCCP.js";
import {
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  createPaginator,
  emitWarningIfUnsupportedVersion,
  getAwsRegionExtensionConfiguration,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  resolveAwsRegionExtensionConfiguration,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-2ST3NFII.js";
import {
  BinaryDecisionDiagram,
  EndpointCache,
  customEndpointFunctions,
  decideEndpoint,
  getEndpointPlugin,
  resolveEndpointConfig
} from "./chunk-5ULBMXNG.js";
import {
  Client,
  NoOpLogger,
  ServiceException,
  createAggregatedClient,
  emitWarningIfUnsupportedVersion as emitWarningIfUnsupportedVersion2,
  getDefaultExtensionConfiguration,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveDefaultRuntimeConfig
} from "./chunk-Z7AS5MZG.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveRegionConfig
} from "./chunk-4NZOGS53.js";
import {
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  resolveHttpHandlerRuntimeConfig
} from "./chunk-7XKFUN2L.js";
import {
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-QD7QKGRY.js";
import {
  HttpRequest,
  TypeRegistry,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl
} from "./chunk-CPE75FZ3.js";

// ../../node_modules/@aws-sdk/middleware-sdk-api-gateway/dist-es/index.js
function acceptHeaderMiddleware() {
  return (next) => async (args) => {
    const { request } = args;
    if (HttpRequest.isInstance(request)) {
      if (request.headers?.accept === void 0) {
        request.headers.accept = "application/json";
      }
    }
    return next({
      ...args,
      request
    });
  };
}
var acceptHeaderMiddlewareOptions = {
  step: "build",
  tags: ["SET_ACCEPT_HEADER", "ACCEPT_HEADER"],
  name: "acceptHeaderMiddleware",
  override: true
};
var getAcceptHeaderPlugin = (unused) => ({
  applyToStack: (clientStack) => {
    clientStack.add(acceptHeaderMiddleware(), acceptHeaderMiddlewareOptions);
  }
});

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/auth/httpAuthSchemeProvider.js
var defaultAPIGatewayHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "apigateway",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultAPIGatewayHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "apigateway"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// ../../node_modules/@aws-sdk/client-api-gateway/package.json
var package_default = {
  name: "@aws-sdk/client-api-gateway",
  version: "3.1142.0",
  description: "AWS SDK for JavaScript Api Gateway Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-api-gateway",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-api-gateway"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.978.1",
    "@aws-sdk/credential-provider-node": "^3.972.84",
    "@aws-sdk/middleware-sdk-api-gateway": "^3.972.30",
    "@aws-sdk/types": "^3.974.6",
    "@smithy/core": "^3.35.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.12.1",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://apigateway-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://apigateway-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://apigateway.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://apigateway.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  12,
  3,
  1,
  4,
  r + 11,
  2,
  5,
  r + 11,
  3,
  8,
  6,
  4,
  7,
  r + 10,
  5,
  r + 8,
  r + 9,
  4,
  10,
  9,
  6,
  r + 6,
  r + 7,
  5,
  11,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  13,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/models/APIGatewayServiceException.js
var APIGatewayServiceException = class _APIGatewayServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _APIGatewayServiceException.prototype);
  }
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/models/errors.js
var BadRequestException = class _BadRequestException extends APIGatewayServiceException {
  name = "BadRequestException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BadRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BadRequestException.prototype);
  }
};
var ConflictException = class _ConflictException extends APIGatewayServiceException {
  name = "ConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends APIGatewayServiceException {
  name = "LimitExceededException";
  $fault = "client";
  retryAfterSeconds;
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
};
var NotFoundException = class _NotFoundException extends APIGatewayServiceException {
  name = "NotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotFoundException.prototype);
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends APIGatewayServiceException {
  name = "TooManyRequestsException";
  $fault = "client";
  retryAfterSeconds;
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
};
var UnauthorizedException = class _UnauthorizedException extends APIGatewayServiceException {
  name = "UnauthorizedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnauthorizedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnauthorizedException.prototype);
  }
};
var ServiceUnavailableException = class _ServiceUnavailableException extends APIGatewayServiceException {
  name = "ServiceUnavailableException";
  $fault = "server";
  retryAfterSeconds;
  constructor(opts) {
    super({
      name: "ServiceUnavailableException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceUnavailableException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/schemas/schemas_0.js
var _A = "Account";
var _AK = "ApiKey";
var _AKI = "ApiKeyIds";
var _AKp = "ApiKeys";
var _ALS = "AccessLogSettings";
var _AS = "ApiStage";
var _Ac = "Accept";
var _Au = "Authorizer";
var _Aut = "Authorizers";
var _BPM = "BasePathMapping";
var _BPMa = "BasePathMappings";
var _BRE = "BadRequestException";
var _CA = "CreateAuthorizer";
var _CAK = "CreateApiKey";
var _CAKR = "CreateApiKeyRequest";
var _CAR = "CreateAuthorizerRequest";
var _CBPM = "CreateBasePathMapping";
var _CBPMR = "CreateBasePathMappingRequest";
var _CC = "ClientCertificate";
var _CCl = "ClientCertificates";
var _CD = "Content-Disposition";
var _CDN = "CreateDomainName";
var _CDNAA = "CreateDomainNameAccessAssociation";
var _CDNAAR = "CreateDomainNameAccessAssociationRequest";
var _CDNR = "CreateDomainNameRequest";
var _CDP = "CreateDocumentationPart";
var _CDPR = "CreateDocumentationPartRequest";
var _CDR = "CreateDeploymentRequest";
var _CDV = "CreateDocumentationVersion";
var _CDVR = "CreateDocumentationVersionRequest";
var _CDr = "CreateDeployment";
var _CE = "ConflictException";
var _CM = "CreateModel";
var _CMR = "CreateModelRequest";
var _CR = "CreateResource";
var _CRA = "CreateRestApi";
var _CRAR = "CreateRestApiRequest";
var _CRR = "CreateResourceRequest";
var _CRV = "CreateRequestValidator";
var _CRVR = "CreateRequestValidatorRequest";
var _CS = "CanarySettings";
var _CSR = "CreateStageRequest";
var _CSr = "CreateStage";
var _CT = "Content-Type";
var _CUP = "CreateUsagePlan";
var _CUPK = "CreateUsagePlanKey";
var _CUPKR = "CreateUsagePlanKeyRequest";
var _CUPR = "CreateUsagePlanRequest";
var _CVL = "CreateVpcLink";
var _CVLR = "CreateVpcLinkRequest";
var _D = "Deployment";
var _DA = "DeleteAuthorizer";
var _DAK = "DeleteApiKey";
var _DAKR = "DeleteApiKeyRequest";
var _DAR = "DeleteAuthorizerRequest";
var _DBPM = "DeleteBasePathMapping";
var _DBPMR = "DeleteBasePathMappingRequest";
var _DCC = "DeleteClientCertificate";
var _DCCR = "DeleteClientCertificateRequest";
var _DCS = "DeploymentCanarySettings";
var _DD = "DeleteDeployment";
var _DDN = "DeleteDomainName";
var _DDNAA = "DeleteDomainNameAccessAssociation";
var _DDNAAR = "DeleteDomainNameAccessAssociationRequest";
var _DDNR = "DeleteDomainNameRequest";
var _DDP = "DeleteDocumentationPart";
var _DDPR = "DeleteDocumentationPartRequest";
var _DDR = "DeleteDeploymentRequest";
var _DDV = "DeleteDocumentationVersion";
var _DDVR = "DeleteDocumentationVersionRequest";
var _DGR = "DeleteGatewayResponse";
var _DGRR = "DeleteGatewayResponseRequest";
var _DI = "DeleteIntegration";
var _DIR = "DeleteIntegrationRequest";
var _DIRR = "DeleteIntegrationResponseRequest";
var _DIRe = "DeleteIntegrationResponse";
var _DM = "DeleteMethod";
var _DMR = "DeleteMethodRequest";
var _DMRR = "DeleteMethodResponseRequest";
var _DMRe = "DeleteModelRequest";
var _DMRel = "DeleteMethodResponse";
var _DMe = "DeleteModel";
var _DN = "DomainName";
var _DNAA = "DomainNameAccessAssociation";
var _DNAAo = "DomainNameAccessAssociations";
var _DNo = "DomainNames";
var _DP = "DocumentationPart";
var _DPI = "DocumentationPartIds";
var _DPL = "DocumentationPartLocation";
var _DPo = "DocumentationParts";
var _DR = "DeleteResource";
var _DRA = "DeleteRestApi";
var _DRAR = "DeleteRestApiRequest";
var _DRR = "DeleteResourceRequest";
var _DRV = "DeleteRequestValidator";
var _DRVR = "DeleteRequestValidatorRequest";
var _DS = "DeleteStage";
var _DSR = "DeleteStageRequest";
var _DUP = "DeleteUsagePlan";
var _DUPK = "DeleteUsagePlanKey";
var _DUPKR = "DeleteUsagePlanKeyRequest";
var _DUPR = "DeleteUsagePlanRequest";
var _DV = "DocumentationVersion";
var _DVL = "DeleteVpcLink";
var _DVLR = "DeleteVpcLinkRequest";
var _DVo = "DocumentationVersions";
var _De = "Deployments";
var _EC = "EndpointConfiguration";
var _ER = "ExportResponse";
var _FSAC = "FlushStageAuthorizersCache";
var _FSACR = "FlushStageAuthorizersCacheRequest";
var _FSC = "FlushStageCache";
var _FSCR = "FlushStageCacheRequest";
var _GA = "GetAccount";
var _GAK = "GetApiKey";
var _GAKR = "GetApiKeyRequest";
var _GAKRe = "GetApiKeysRequest";
var _GAKe = "GetApiKeys";
var _GAR = "GetAccountRequest";
var _GARe = "GetAuthorizerRequest";
var _GARet = "GetAuthorizersRequest";
var _GAe = "GetAuthorizer";
var _GAet = "GetAuthorizers";
var _GBPM = "GetBasePathMapping";
var _GBPMR = "GetBasePathMappingRequest";
var _GBPMRe = "GetBasePathMappingsRequest";
var _GBPMe = "GetBasePathMappings";
var _GCC = "GenerateClientCertificate";
var _GCCR = "GenerateClientCertificateRequest";
var _GCCRe = "GetClientCertificateRequest";
var _GCCRet = "GetClientCertificatesRequest";
var _GCCe = "GetClientCertificate";
var _GCCet = "GetClientCertificates";
var _GD = "GetDeployment";
var _GDN = "GetDomainName";
var _GDNAA = "GetDomainNameAccessAssociations";
var _GDNAAR = "GetDomainNameAccessAssociationsRequest";
var _GDNR = "GetDomainNameRequest";
var _GDNRe = "GetDomainNamesRequest";
var _GDNe = "GetDomainNames";
var _GDP = "GetDocumentationPart";
var _GDPR = "GetDocumentationPartRequest";
var _GDPRe = "GetDocumentationPartsRequest";
var _GDPe = "GetDocumentationParts";
var _GDR = "GetDeploymentRequest";
var _GDRe = "GetDeploymentsRequest";
var _GDV = "GetDocumentationVersion";
var _GDVR = "GetDocumentationVersionRequest";
var _GDVRe = "GetDocumentationVersionsRequest";
var _GDVe = "GetDocumentationVersions";
var _GDe = "GetDeployments";
var _GE = "GetExport";
var _GER = "GetExportRequest";
var _GGR = "GetGatewayResponse";
var _GGRR = "GetGatewayResponseRequest";
var _GGRRe = "GetGatewayResponsesRequest";
var _GGRe = "GetGatewayResponses";
var _GI = "GetIntegration";
var _GIR = "GetIntegrationRequest";
var _GIRR = "GetIntegrationResponseRequest";
var _GIRe = "GetIntegrationResponse";
var _GM = "GetMethod";
var _GMR = "GetMethodRequest";
var _GMRR = "GetMethodResponseRequest";
var _GMRe = "GetModelRequest";
var _GMRet = "GetModelsRequest";
var _GMRete = "GetMethodResponse";
var _GMT = "GetModelTemplate";
var _GMTR = "GetModelTemplateRequest";
var _GMe = "GetModel";
var _GMet = "GetModels";
var _GR = "GatewayResponse";
var _GRA = "GetRestApi";
var _GRAR = "GetRestApiRequest";
var _GRARe = "GetRestApisRequest";
var _GRAe = "GetRestApis";
var _GRR = "GetResourceRequest";
var _GRRe = "GetResourcesRequest";
var _GRV = "GetRequestValidator";
var _GRVR = "GetRequestValidatorRequest";
var _GRVRe = "GetRequestValidatorsRequest";
var _GRVe = "GetRequestValidators";
var _GRa = "GatewayResponses";
var _GRe = "GetResource";
var _GRet = "GetResources";
var _GS = "GetSdk";
var _GSR = "GetSdkRequest";
var _GSRe = "GetStageRequest";
var _GSRet = "GetStagesRequest";
var _GST = "GetSdkType";
var _GSTR = "GetSdkTypeRequest";
var _GSTRe = "GetSdkTypesRequest";
var _GSTe = "GetSdkTypes";
var _GSe = "GetStage";
var _GSet = "GetStages";
var _GT = "GetTags";
var _GTR = "GetTagsRequest";
var _GU = "GetUsage";
var _GUP = "GetUsagePlan";
var _GUPK = "GetUsagePlanKey";
var _GUPKR = "GetUsagePlanKeyRequest";
var _GUPKRe = "GetUsagePlanKeysRequest";
var _GUPKe = "GetUsagePlanKeys";
var _GUPR = "GetUsagePlanRequest";
var _GUPRe = "GetUsagePlansRequest";
var _GUPe = "GetUsagePlans";
var _GUR = "GetUsageRequest";
var _GVL = "GetVpcLink";
var _GVLR = "GetVpcLinkRequest";
var _GVLRe = "GetVpcLinksRequest";
var _GVLe = "GetVpcLinks";
var _I = "Integration";
var _IAK = "ImportApiKeys";
var _IAKR = "ImportApiKeysRequest";
var _IDP = "ImportDocumentationParts";
var _IDPR = "ImportDocumentationPartsRequest";
var _IR = "IntegrationResponse";
var _IRA = "ImportRestApi";
var _IRAR = "ImportRestApiRequest";
var _LEE = "LimitExceededException";
var _LOA = "ListOfAuthorizer";
var _LOAK = "ListOfApiKey";
var _LOAS = "ListOfApiStage";
var _LOBPM = "ListOfBasePathMapping";
var _LOCC = "ListOfClientCertificate";
var _LOD = "ListOfDeployment";
var _LODN = "ListOfDomainName";
var _LODNAA = "ListOfDomainNameAccessAssociation";
var _LODP = "ListOfDocumentationPart";
var _LODV = "ListOfDocumentationVersion";
var _LOGR = "ListOfGatewayResponse";
var _LOM = "ListOfModel";
var _LOPO = "ListOfPatchOperation";
var _LOR = "ListOfResource";
var _LORA = "ListOfRestApi";
var _LORV = "ListOfRequestValidator";
var _LOS = "ListOfStage";
var _LOSCP = "ListOfSdkConfigurationProperty";
var _LOSK = "ListOfStageKeys";
var _LOST = "ListOfSdkType";
var _LOU = "ListOfUsage";
var _LOUP = "ListOfUsagePlan";
var _LOUPK = "ListOfUsagePlanKey";
var _LOVL = "ListOfVpcLink";
var _M = "Method";
var _MOASTS = "MapOfApiStageThrottleSettings";
var _MOIR = "MapOfIntegrationResponse";
var _MOKU = "MapOfKeyUsages";
var _MOM = "MapOfMethod";
var _MOMR = "MapOfMethodResponse";
var _MOMS = "MapOfMethodSettings";
var _MOMSa = "MapOfMethodSnapshot";
var _MOSTL = "MapOfStringToList";
var _MR = "MethodResponse";
var _MS = "MethodSetting";
var _MSe = "MethodSnapshot";
var _MTA = "MutualTlsAuthentication";
var _MTAI = "MutualTlsAuthenticationInput";
var _Mo = "Model";
var _Mod = "Models";
var _NFE = "NotFoundException";
var _PGR = "PutGatewayResponse";
var _PGRR = "PutGatewayResponseRequest";
var _PI = "PutIntegration";
var _PIR = "PutIntegrationRequest";
var _PIRR = "PutIntegrationResponseRequest";
var _PIRu = "PutIntegrationResponse";
var _PM = "PutMethod";
var _PMR = "PutMethodRequest";
var _PMRR = "PutMethodResponseRequest";
var _PMRu = "PutMethodResponse";
var _PO = "PatchOperation";
var _PRA = "PutRestApi";
var _PRAR = "PutRestApiRequest";
var _PTMOMS = "PathToMapOfMethodSnapshot";
var _QS = "QuotaSettings";
var _R = "Resource";
var _RA = "Retry-After";
var _RAe = "RestApi";
var _RAes = "RestApis";
var _RDNAA = "RejectDomainNameAccessAssociation";
var _RDNAAR = "RejectDomainNameAccessAssociationRequest";
var _RV = "RequestValidator";
var _RVe = "RequestValidators";
var _Re = "Resources";
var _S = "Stage";
var _SCP = "SdkConfigurationProperty";
var _SK = "StageKey";
var _SR = "SdkResponse";
var _ST = "SdkType";
var _STd = "SdkTypes";
var _SUE = "ServiceUnavailableException";
var _St = "Stages";
var _T = "Tags";
var _TC = "TlsConfig";
var _TIA = "TestInvokeAuthorizer";
var _TIAR = "TestInvokeAuthorizerRequest";
var _TIARe = "TestInvokeAuthorizerResponse";
var _TIM = "TestInvokeMethod";
var _TIMR = "TestInvokeMethodRequest";
var _TIMRe = "TestInvokeMethodResponse";
var _TMRE = "TooManyRequestsException";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TS = "ThrottleSettings";
var _Te = "Template";
var _U = "Usage";
var _UA = "UpdateAccount";
var _UAK = "UpdateApiKey";
var _UAKR = "UpdateApiKeyRequest";
var _UAR = "UpdateAccountRequest";
var _UARp = "UpdateAuthorizerRequest";
var _UAp = "UpdateAuthorizer";
var _UBPM = "UpdateBasePathMapping";
var _UBPMR = "UpdateBasePathMappingRequest";
var _UCC = "UpdateClientCertificate";
var _UCCR = "UpdateClientCertificateRequest";
var _UD = "UpdateDeployment";
var _UDN = "UpdateDomainName";
var _UDNR = "UpdateDomainNameRequest";
var _UDP = "UpdateDocumentationPart";
var _UDPR = "UpdateDocumentationPartRequest";
var _UDR = "UpdateDeploymentRequest";
var _UDV = "UpdateDocumentationVersion";
var _UDVR = "UpdateDocumentationVersionRequest";
var _UE = "UnauthorizedException";
var _UGR = "UpdateGatewayResponse";
var _UGRR = "UpdateGatewayResponseRequest";
var _UI = "UpdateIntegration";
var _UIR = "UpdateIntegrationRequest";
var _UIRR = "UpdateIntegrationResponseRequest";
var _UIRp = "UpdateIntegrationResponse";
var _UM = "UpdateMethod";
var _UMR = "UpdateMethodRequest";
var _UMRR = "UpdateMethodResponseRequest";
var _UMRp = "UpdateModelRequest";
var _UMRpd = "UpdateMethodResponse";
var _UMp = "UpdateModel";
var _UP = "UsagePlan";
var _UPK = "UsagePlanKey";
var _UPKs = "UsagePlanKeys";
var _UPs = "UsagePlans";
var _UR = "UntagResource";
var _URA = "UpdateRestApi";
var _URAR = "UpdateRestApiRequest";
var _URR = "UntagResourceRequest";
var _URRp = "UpdateResourceRequest";
var _URV = "UpdateRequestValidator";
var _URVR = "UpdateRequestValidatorRequest";
var _URp = "UpdateResource";
var _US = "UpdateStage";
var _USR = "UpdateStageRequest";
var _UU = "UpdateUsage";
var _UUP = "UpdateUsagePlan";
var _UUPR = "UpdateUsagePlanRequest";
var _UUR = "UpdateUsageRequest";
var _UVL = "UpdateVpcLink";
var _UVLR = "UpdateVpcLinkRequest";
var _VL = "VpcLink";
var _VLp = "VpcLinks";
var _a = "accepts";
var _aAS = "accessAssociationSource";
var _aAST = "accessAssociationSourceType";
var _aC = "authorizerCredentials";
var _aCd = "additionalContext";
var _aI = "apiId";
var _aIu = "authorizerId";
var _aK = "apiKey";
var _aKR = "apiKeyRequired";
var _aKS = "apiKeySource";
var _aKV = "apiKeyVersion";
var _aLS = "accessLogSettings";
var _aRTIS = "authorizerResultTtlInSeconds";
var _aS = "apiStages";
var _aSM = "apiStatusMessage";
var _aSp = "apiSummary";
var _aSpi = "apiStatus";
var _aSu = "authorizationScopes";
var _aT = "authType";
var _aTu = "authorizationType";
var _aU = "authorizerUri";
var _au = "authorization";
var _b = "body";
var _bL = "burstLimit";
var _bMT = "binaryMediaTypes";
var _bP = "basePath";
var _c = "client";
var _cA = "certificateArn";
var _cB = "certificateBody";
var _cC = "certificateChain";
var _cCE = "cacheClusterEnabled";
var _cCI = "clientCertificateId";
var _cCS = "cacheClusterSize";
var _cCSa = "cacheClusterStatus";
var _cD = "createdDate";
var _cDE = "cacheDataEncrypted";
var _cDo = "contentDisposition";
var _cE = "cachingEnabled";
var _cF = "cloneFrom";
var _cH = "contentHandling";
var _cI = "customerId";
var _cIo = "connectionId";
var _cKP = "cacheKeyParameters";
var _cN = "certificateName";
var _cNa = "cacheNamespace";
var _cP = "configurationProperties";
var _cPK = "certificatePrivateKey";
var _cRA = "cloudwatchRoleArn";
var _cS = "canarySettings";
var _cSl = "clientStatus";
var _cT = "contentType";
var _cTIS = "cacheTtlInSeconds";
var _cTo = "connectionType";
var _cUD = "certificateUploadDate";
var _cl = "claims";
var _cr = "credentials";
var _d = "description";
var _dA = "destinationArn";
var _dDN = "distributionDomainName";
var _dEAE = "disableExecuteApiEndpoint";
var _dHZI = "distributionHostedZoneId";
var _dI = "deploymentId";
var _dN = "domainName";
var _dNA = "domainNameArn";
var _dNAAA = "domainNameAccessAssociationArn";
var _dNI = "domainNameId";
var _dNS = "domainNameStatus";
var _dNSM = "domainNameStatusMessage";
var _dPI = "documentationPartId";
var _dR = "defaultResponse";
var _dTE = "dataTraceEnabled";
var _dV = "documentationVersion";
var _dVe = "defaultValue";
var _e = "error";
var _eAM = "endpointAccessMode";
var _eC = "endpointConfiguration";
var _eD = "expirationDate";
var _eDn = "endDate";
var _eT = "exportType";
var _em = "embed";
var _en = "enabled";
var _f = "format";
var _fN = "friendlyName";
var _fOW = "failOnWarnings";
var _fa = "failonwarnings";
var _fe = "features";
var _fl = "flatten";
var _fr = "from";
var _gDI = "generateDistinctId";
var _h = "headers";
var _hE = "httpError";
var _hH = "httpHeader";
var _hL = "httpLabel";
var _hM = "httpMethod";
var _hQ = "httpQuery";
var _ht = "http";
var _i = "id";
var _iAT = "ipAddressType";
var _iHM = "integrationHttpMethod";
var _iR = "integrationResponses";
var _iS = "identitySource";
var _iSV = "insecureSkipVerification";
var _iT = "integrationTarget";
var _iV = "includeValue";
var _iVE = "identityValidationExpression";
var _iVn = "includeValues";
var _id = "ids";
var _it = "items";
var _ite = "item";
var _jN = "jsonName";
var _kI = "keyId";
var _kT = "keyType";
var _l = "location";
var _lL = "loggingLevel";
var _lS = "locationStatus";
var _lUD = "lastUpdatedDate";
var _la = "latency";
var _li = "limit";
var _lo = "log";
var _m = "message";
var _mCS = "minimumCompressionSize";
var _mE = "metricsEnabled";
var _mI = "methodIntegration";
var _mN = "modelName";
var _mP = "managementPolicy";
var _mR = "methodResponses";
var _mS = "methodSettings";
var _mTA = "mutualTlsAuthentication";
var _mVH = "multiValueHeaders";
var _me = "method";
var _mo = "mode";
var _n = "name";
var _nQ = "nameQuery";
var _o = "op";
var _oN = "operationName";
var _oVCA = "ownershipVerificationCertificateArn";
var _of = "offset";
var _p = "position";
var _pARN = "providerARNs";
var _pB = "passthroughBehavior";
var _pC = "productCode";
var _pEC = "pemEncodedCertificate";
var _pI = "parentId";
var _pIr = "principalId";
var _pO = "patchOperations";
var _pP = "pathPart";
var _pT = "percentTraffic";
var _pWQS = "pathWithQueryString";
var _pa = "path";
var _par = "parameters";
var _pe = "period";
var _po = "policy";
var _pr = "properties";
var _q = "quota";
var _r = "required";
var _rA = "resourceArn";
var _rAFCC = "requireAuthorizationForCacheControl";
var _rAI = "restApiId";
var _rAS = "retryAfterSeconds";
var _rCA = "regionalCertificateArn";
var _rCN = "regionalCertificateName";
var _rDN = "regionalDomainName";
var _rHM = "requestHttpMethod";
var _rHZI = "regionalHostedZoneId";
var _rI = "resourceId";
var _rL = "rateLimit";
var _rM = "routingMode";
var _rMe = "requestModels";
var _rMes = "responseModels";
var _rMeso = "resourceMethods";
var _rO = "resourceOwner";
var _rP = "responseParameters";
var _rPe = "requestParameters";
var _rRI = "rootResourceId";
var _rT = "responseType";
var _rTM = "responseTransferMode";
var _rTe = "responseTemplates";
var _rTeq = "requestTemplates";
var _rVI = "requestValidatorId";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.apigateway";
var _sC = "statusCode";
var _sD = "stageDescription";
var _sDt = "startDate";
var _sK = "stageKeys";
var _sM = "statusMessage";
var _sN = "stageName";
var _sP = "securityPolicy";
var _sPe = "selectionPattern";
var _sT = "sdkType";
var _sV = "stageVariables";
var _sVO = "stageVariableOverrides";
var _sc = "schema";
var _se = "server";
var _st = "stage";
var _sta = "status";
var _t = "tags";
var _tA = "targetArns";
var _tBL = "throttlingBurstLimit";
var _tC = "tlsConfig";
var _tE = "tracingEnabled";
var _tIM = "timeoutInMillis";
var _tK = "tagKeys";
var _tRL = "throttlingRateLimit";
var _tS = "throttleSettings";
var _tU = "truststoreUri";
var _tV = "truststoreVersion";
var _tW = "truststoreWarnings";
var _th = "throttle";
var _ty = "type";
var _typ = "types";
var _u = "uri";
var _uCCHS = "unauthorizedCacheControlHeaderStrategy";
var _uPI = "usagePlanId";
var _uSC = "useStageCache";
var _v = "value";
var _vEI = "vpcEndpointIds";
var _vLI = "vpcLinkId";
var _vRB = "validateRequestBody";
var _vRP = "validateRequestParameters";
var _va = "variables";
var _val = "values";
var _ve = "version";
var _w = "warnings";
var _wAA = "webAclArn";
var n0 = "com.amazonaws.apigateway";
var _s_registry = new TypeRegistry(_s);
var APIGatewayServiceException$ = [-3, _s, "APIGatewayServiceException", 0, [], []];
_s_registry.registerError(APIGatewayServiceException$, APIGatewayServiceException);
var n0_registry = new TypeRegistry(n0);
var BadRequestException$ = [
  -3,
  n0,
  _BRE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(BadRequestException$, BadRequestException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_e]: _c, [_hE]: 429 },
  [_rAS, _m],
  [[0, { [_hH]: _RA }], 0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var NotFoundException$ = [
  -3,
  n0,
  _NFE,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NotFoundException$, NotFoundException);
var ServiceUnavailableException$ = [
  -3,
  n0,
  _SUE,
  { [_e]: _se, [_hE]: 503 },
  [_rAS, _m],
  [[0, { [_hH]: _RA }], 0]
];
n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
var TooManyRequestsException$ = [
  -3,
  n0,
  _TMRE,
  { [_e]: _c, [_hE]: 429 },
  [_rAS, _m],
  [[0, { [_hH]: _RA }], 0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var UnauthorizedException$ = [
  -3,
  n0,
  _UE,
  { [_e]: _c, [_hE]: 401 },
  [_m],
  [0]
];
n0_registry.registerError(UnauthorizedException$, UnauthorizedException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccessLogSettings$ = [
  3,
  n0,
  _ALS,
  0,
  [_f, _dA],
  [0, 0]
];
var Account$ = [
  3,
  n0,
  _A,
  0,
  [_cRA, _tS, _fe, _aKV],
  [0, () => ThrottleSettings$, 64 | 0, 0]
];
var ApiKey$ = [
  3,
  n0,
  _AK,
  0,
  [_i, _v, _n, _cI, _d, _en, _cD, _lUD, _sK, _t],
  [0, 0, 0, 0, 0, 2, 4, 4, 64 | 0, 128 | 0]
];
var ApiKeyIds$ = [
  3,
  n0,
  _AKI,
  0,
  [_id, _w],
  [64 | 0, 64 | 0]
];
var ApiKeys$ = [
  3,
  n0,
  _AKp,
  0,
  [_w, _it, _p],
  [64 | 0, [() => ListOfApiKey, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var ApiStage$ = [
  3,
  n0,
  _AS,
  0,
  [_aI, _st, _th],
  [0, 0, () => MapOfApiStageThrottleSettings]
];
var Authorizer$ = [
  3,
  n0,
  _Au,
  0,
  [_i, _n, _ty, _pARN, _aT, _aU, _aC, _iS, _iVE, _aRTIS],
  [0, 0, 0, 64 | 0, 0, 0, 0, 0, 0, 1]
];
var Authorizers$ = [
  3,
  n0,
  _Aut,
  0,
  [_it, _p],
  [[() => ListOfAuthorizer, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var BasePathMapping$ = [
  3,
  n0,
  _BPM,
  0,
  [_bP, _rAI, _st],
  [0, 0, 0]
];
var BasePathMappings$ = [
  3,
  n0,
  _BPMa,
  0,
  [_it, _p],
  [[() => ListOfBasePathMapping, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var CanarySettings$ = [
  3,
  n0,
  _CS,
  0,
  [_pT, _dI, _sVO, _uSC],
  [1, 0, 128 | 0, 2]
];
var ClientCertificate$ = [
  3,
  n0,
  _CC,
  0,
  [_cCI, _d, _pEC, _cD, _eD, _t],
  [0, 0, 0, 4, 4, 128 | 0]
];
var ClientCertificates$ = [
  3,
  n0,
  _CCl,
  0,
  [_it, _p],
  [[() => ListOfClientCertificate, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var CreateApiKeyRequest$ = [
  3,
  n0,
  _CAKR,
  0,
  [_n, _d, _en, _gDI, _v, _sK, _cI, _t],
  [0, 0, 2, 2, 0, () => ListOfStageKeys, 0, 128 | 0]
];
var CreateAuthorizerRequest$ = [
  3,
  n0,
  _CAR,
  0,
  [_rAI, _n, _ty, _pARN, _aT, _aU, _aC, _iS, _iVE, _aRTIS],
  [[0, 1], 0, 0, 64 | 0, 0, 0, 0, 0, 0, 1],
  3
];
var CreateBasePathMappingRequest$ = [
  3,
  n0,
  _CBPMR,
  0,
  [_dN, _rAI, _dNI, _bP, _st],
  [[0, 1], 0, [0, { [_hQ]: _dNI }], 0, 0],
  2
];
var CreateDeploymentRequest$ = [
  3,
  n0,
  _CDR,
  0,
  [_rAI, _sN, _sD, _d, _cCE, _cCS, _va, _cS, _tE],
  [[0, 1], 0, 0, 0, 2, 0, 128 | 0, () => DeploymentCanarySettings$, 2],
  1
];
var CreateDocumentationPartRequest$ = [
  3,
  n0,
  _CDPR,
  0,
  [_rAI, _l, _pr],
  [[0, 1], () => DocumentationPartLocation$, 0],
  3
];
var CreateDocumentationVersionRequest$ = [
  3,
  n0,
  _CDVR,
  0,
  [_rAI, _dV, _sN, _d],
  [[0, 1], 0, 0, 0],
  2
];
var CreateDomainNameAccessAssociationRequest$ = [
  3,
  n0,
  _CDNAAR,
  0,
  [_dNA, _aAST, _aAS, _t],
  [0, 0, 0, 128 | 0],
  3
];
var CreateDomainNameRequest$ = [
  3,
  n0,
  _CDNR,
  0,
  [_dN, _cN, _cB, _cPK, _cC, _cA, _rCN, _rCA, _eC, _t, _sP, _eAM, _mTA, _oVCA, _po, _rM],
  [0, 0, 0, 0, 0, 0, 0, 0, () => EndpointConfiguration$, 128 | 0, 0, 0, () => MutualTlsAuthenticationInput$, 0, 0, 0],
  1
];
var CreateModelRequest$ = [
  3,
  n0,
  _CMR,
  0,
  [_rAI, _n, _cT, _d, _sc],
  [[0, 1], 0, 0, 0, 0],
  3
];
var CreateRequestValidatorRequest$ = [
  3,
  n0,
  _CRVR,
  0,
  [_rAI, _n, _vRB, _vRP],
  [[0, 1], 0, 2, 2],
  1
];
var CreateResourceRequest$ = [
  3,
  n0,
  _CRR,
  0,
  [_rAI, _pI, _pP],
  [[0, 1], [0, 1], 0],
  3
];
var CreateRestApiRequest$ = [
  3,
  n0,
  _CRAR,
  0,
  [_n, _d, _ve, _cF, _bMT, _mCS, _aKS, _eC, _po, _t, _dEAE, _sP, _eAM],
  [0, 0, 0, 0, 64 | 0, 1, 0, () => EndpointConfiguration$, 0, 128 | 0, 2, 0, 0],
  1
];
var CreateStageRequest$ = [
  3,
  n0,
  _CSR,
  0,
  [_rAI, _sN, _dI, _d, _cCE, _cCS, _va, _dV, _cS, _tE, _t],
  [[0, 1], 0, 0, 0, 2, 0, 128 | 0, 0, () => CanarySettings$, 2, 128 | 0],
  3
];
var CreateUsagePlanKeyRequest$ = [
  3,
  n0,
  _CUPKR,
  0,
  [_uPI, _kI, _kT],
  [[0, 1], 0, 0],
  3
];
var CreateUsagePlanRequest$ = [
  3,
  n0,
  _CUPR,
  0,
  [_n, _d, _aS, _th, _q, _t],
  [0, 0, () => ListOfApiStage, () => ThrottleSettings$, () => QuotaSettings$, 128 | 0],
  1
];
var CreateVpcLinkRequest$ = [
  3,
  n0,
  _CVLR,
  0,
  [_n, _tA, _d, _t],
  [0, 64 | 0, 0, 128 | 0],
  2
];
var DeleteApiKeyRequest$ = [
  3,
  n0,
  _DAKR,
  0,
  [_aK],
  [[0, 1]],
  1
];
var DeleteAuthorizerRequest$ = [
  3,
  n0,
  _DAR,
  0,
  [_rAI, _aIu],
  [[0, 1], [0, 1]],
  2
];
var DeleteBasePathMappingRequest$ = [
  3,
  n0,
  _DBPMR,
  0,
  [_dN, _bP, _dNI],
  [[0, 1], [0, 1], [0, { [_hQ]: _dNI }]],
  2
];
var DeleteClientCertificateRequest$ = [
  3,
  n0,
  _DCCR,
  0,
  [_cCI],
  [[0, 1]],
  1
];
var DeleteDeploymentRequest$ = [
  3,
  n0,
  _DDR,
  0,
  [_rAI, _dI],
  [[0, 1], [0, 1]],
  2
];
var DeleteDocumentationPartRequest$ = [
  3,
  n0,
  _DDPR,
  0,
  [_rAI, _dPI],
  [[0, 1], [0, 1]],
  2
];
var DeleteDocumentationVersionRequest$ = [
  3,
  n0,
  _DDVR,
  0,
  [_rAI, _dV],
  [[0, 1], [0, 1]],
  2
];
var DeleteDomainNameAccessAssociationRequest$ = [
  3,
  n0,
  _DDNAAR,
  0,
  [_dNAAA],
  [[0, 1]],
  1
];
var DeleteDomainNameRequest$ = [
  3,
  n0,
  _DDNR,
  0,
  [_dN, _dNI],
  [[0, 1], [0, { [_hQ]: _dNI }]],
  1
];
var DeleteGatewayResponseRequest$ = [
  3,
  n0,
  _DGRR,
  0,
  [_rAI, _rT],
  [[0, 1], [0, 1]],
  2
];
var DeleteIntegrationRequest$ = [
  3,
  n0,
  _DIR,
  0,
  [_rAI, _rI, _hM],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteIntegrationResponseRequest$ = [
  3,
  n0,
  _DIRR,
  0,
  [_rAI, _rI, _hM, _sC],
  [[0, 1], [0, 1], [0, 1], [0, 1]],
  4
];
var DeleteMethodRequest$ = [
  3,
  n0,
  _DMR,
  0,
  [_rAI, _rI, _hM],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteMethodResponseRequest$ = [
  3,
  n0,
  _DMRR,
  0,
  [_rAI, _rI, _hM, _sC],
  [[0, 1], [0, 1], [0, 1], [0, 1]],
  4
];
var DeleteModelRequest$ = [
  3,
  n0,
  _DMRe,
  0,
  [_rAI, _mN],
  [[0, 1], [0, 1]],
  2
];
var DeleteRequestValidatorRequest$ = [
  3,
  n0,
  _DRVR,
  0,
  [_rAI, _rVI],
  [[0, 1], [0, 1]],
  2
];
var DeleteResourceRequest$ = [
  3,
  n0,
  _DRR,
  0,
  [_rAI, _rI],
  [[0, 1], [0, 1]],
  2
];
var DeleteRestApiRequest$ = [
  3,
  n0,
  _DRAR,
  0,
  [_rAI],
  [[0, 1]],
  1
];
var DeleteStageRequest$ = [
  3,
  n0,
  _DSR,
  0,
  [_rAI, _sN],
  [[0, 1], [0, 1]],
  2
];
var DeleteUsagePlanKeyRequest$ = [
  3,
  n0,
  _DUPKR,
  0,
  [_uPI, _kI],
  [[0, 1], [0, 1]],
  2
];
var DeleteUsagePlanRequest$ = [
  3,
  n0,
  _DUPR,
  0,
  [_uPI],
  [[0, 1]],
  1
];
var DeleteVpcLinkRequest$ = [
  3,
  n0,
  _DVLR,
  0,
  [_vLI],
  [[0, 1]],
  1
];
var Deployment$ = [
  3,
  n0,
  _D,
  0,
  [_i, _d, _cD, _aSp],
  [0, 0, 4, () => PathToMapOfMethodSnapshot]
];
var DeploymentCanarySettings$ = [
  3,
  n0,
  _DCS,
  0,
  [_pT, _sVO, _uSC],
  [1, 128 | 0, 2]
];
var Deployments$ = [
  3,
  n0,
  _De,
  0,
  [_it, _p],
  [[() => ListOfDeployment, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DocumentationPart$ = [
  3,
  n0,
  _DP,
  0,
  [_i, _l, _pr],
  [0, () => DocumentationPartLocation$, 0]
];
var DocumentationPartIds$ = [
  3,
  n0,
  _DPI,
  0,
  [_id, _w],
  [64 | 0, 64 | 0]
];
var DocumentationPartLocation$ = [
  3,
  n0,
  _DPL,
  0,
  [_ty, _pa, _me, _sC, _n],
  [0, 0, 0, 0, 0],
  1
];
var DocumentationParts$ = [
  3,
  n0,
  _DPo,
  0,
  [_it, _p],
  [[() => ListOfDocumentationPart, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DocumentationVersion$ = [
  3,
  n0,
  _DV,
  0,
  [_ve, _cD, _d],
  [0, 4, 0]
];
var DocumentationVersions$ = [
  3,
  n0,
  _DVo,
  0,
  [_it, _p],
  [[() => ListOfDocumentationVersion, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DomainName$ = [
  3,
  n0,
  _DN,
  0,
  [_dN, _dNI, _dNA, _cN, _cA, _cUD, _rDN, _rHZI, _rCN, _rCA, _dDN, _dHZI, _eC, _dNS, _dNSM, _sP, _eAM, _t, _mTA, _oVCA, _mP, _po, _rM],
  [0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, () => EndpointConfiguration$, 0, 0, 0, 0, 128 | 0, () => MutualTlsAuthentication$, 0, 0, 0, 0]
];
var DomainNameAccessAssociation$ = [
  3,
  n0,
  _DNAA,
  0,
  [_dNAAA, _dNA, _aAST, _aAS, _t],
  [0, 0, 0, 0, 128 | 0]
];
var DomainNameAccessAssociations$ = [
  3,
  n0,
  _DNAAo,
  0,
  [_it, _p],
  [[() => ListOfDomainNameAccessAssociation, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var DomainNames$ = [
  3,
  n0,
  _DNo,
  0,
  [_it, _p],
  [[() => ListOfDomainName, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var EndpointConfiguration$ = [
  3,
  n0,
  _EC,
  0,
  [_typ, _iAT, _vEI],
  [64 | 0, 0, 64 | 0]
];
var ExportResponse$ = [
  3,
  n0,
  _ER,
  0,
  [_cT, _cDo, _b],
  [[0, { [_hH]: _CT }], [0, { [_hH]: _CD }], [21, 16]]
];
var FlushStageAuthorizersCacheRequest$ = [
  3,
  n0,
  _FSACR,
  0,
  [_rAI, _sN],
  [[0, 1], [0, 1]],
  2
];
var FlushStageCacheRequest$ = [
  3,
  n0,
  _FSCR,
  0,
  [_rAI, _sN],
  [[0, 1], [0, 1]],
  2
];
var GatewayResponse$ = [
  3,
  n0,
  _GR,
  0,
  [_rT, _sC, _rP, _rTe, _dR],
  [0, 0, 128 | 0, 128 | 0, 2]
];
var GatewayResponses$ = [
  3,
  n0,
  _GRa,
  0,
  [_it, _p],
  [[() => ListOfGatewayResponse, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var GenerateClientCertificateRequest$ = [
  3,
  n0,
  _GCCR,
  0,
  [_d, _t],
  [0, 128 | 0]
];
var GetAccountRequest$ = [
  3,
  n0,
  _GAR,
  0,
  [],
  []
];
var GetApiKeyRequest$ = [
  3,
  n0,
  _GAKR,
  0,
  [_aK, _iV],
  [[0, 1], [2, { [_hQ]: _iV }]],
  1
];
var GetApiKeysRequest$ = [
  3,
  n0,
  _GAKRe,
  0,
  [_p, _li, _nQ, _cI, _iVn],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _n }], [0, { [_hQ]: _cI }], [2, { [_hQ]: _iVn }]]
];
var GetAuthorizerRequest$ = [
  3,
  n0,
  _GARe,
  0,
  [_rAI, _aIu],
  [[0, 1], [0, 1]],
  2
];
var GetAuthorizersRequest$ = [
  3,
  n0,
  _GARet,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetBasePathMappingRequest$ = [
  3,
  n0,
  _GBPMR,
  0,
  [_dN, _bP, _dNI],
  [[0, 1], [0, 1], [0, { [_hQ]: _dNI }]],
  2
];
var GetBasePathMappingsRequest$ = [
  3,
  n0,
  _GBPMRe,
  0,
  [_dN, _dNI, _p, _li],
  [[0, 1], [0, { [_hQ]: _dNI }], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetClientCertificateRequest$ = [
  3,
  n0,
  _GCCRe,
  0,
  [_cCI],
  [[0, 1]],
  1
];
var GetClientCertificatesRequest$ = [
  3,
  n0,
  _GCCRet,
  0,
  [_p, _li],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var GetDeploymentRequest$ = [
  3,
  n0,
  _GDR,
  0,
  [_rAI, _dI, _em],
  [[0, 1], [0, 1], [64 | 0, { [_hQ]: _em }]],
  2
];
var GetDeploymentsRequest$ = [
  3,
  n0,
  _GDRe,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetDocumentationPartRequest$ = [
  3,
  n0,
  _GDPR,
  0,
  [_rAI, _dPI],
  [[0, 1], [0, 1]],
  2
];
var GetDocumentationPartsRequest$ = [
  3,
  n0,
  _GDPRe,
  0,
  [_rAI, _ty, _nQ, _pa, _p, _li, _lS],
  [[0, 1], [0, { [_hQ]: _ty }], [0, { [_hQ]: _n }], [0, { [_hQ]: _pa }], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _lS }]],
  1
];
var GetDocumentationVersionRequest$ = [
  3,
  n0,
  _GDVR,
  0,
  [_rAI, _dV],
  [[0, 1], [0, 1]],
  2
];
var GetDocumentationVersionsRequest$ = [
  3,
  n0,
  _GDVRe,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetDomainNameAccessAssociationsRequest$ = [
  3,
  n0,
  _GDNAAR,
  0,
  [_p, _li, _rO],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _rO }]]
];
var GetDomainNameRequest$ = [
  3,
  n0,
  _GDNR,
  0,
  [_dN, _dNI],
  [[0, 1], [0, { [_hQ]: _dNI }]],
  1
];
var GetDomainNamesRequest$ = [
  3,
  n0,
  _GDNRe,
  0,
  [_p, _li, _rO],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _rO }]]
];
var GetExportRequest$ = [
  3,
  n0,
  _GER,
  0,
  [_rAI, _sN, _eT, _par, _a],
  [[0, 1], [0, 1], [0, 1], [128 | 0, 64], [0, { [_hH]: _Ac }]],
  3
];
var GetGatewayResponseRequest$ = [
  3,
  n0,
  _GGRR,
  0,
  [_rAI, _rT],
  [[0, 1], [0, 1]],
  2
];
var GetGatewayResponsesRequest$ = [
  3,
  n0,
  _GGRRe,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetIntegrationRequest$ = [
  3,
  n0,
  _GIR,
  0,
  [_rAI, _rI, _hM],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var GetIntegrationResponseRequest$ = [
  3,
  n0,
  _GIRR,
  0,
  [_rAI, _rI, _hM, _sC],
  [[0, 1], [0, 1], [0, 1], [0, 1]],
  4
];
var GetMethodRequest$ = [
  3,
  n0,
  _GMR,
  0,
  [_rAI, _rI, _hM],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var GetMethodResponseRequest$ = [
  3,
  n0,
  _GMRR,
  0,
  [_rAI, _rI, _hM, _sC],
  [[0, 1], [0, 1], [0, 1], [0, 1]],
  4
];
var GetModelRequest$ = [
  3,
  n0,
  _GMRe,
  0,
  [_rAI, _mN, _fl],
  [[0, 1], [0, 1], [2, { [_hQ]: _fl }]],
  2
];
var GetModelsRequest$ = [
  3,
  n0,
  _GMRet,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetModelTemplateRequest$ = [
  3,
  n0,
  _GMTR,
  0,
  [_rAI, _mN],
  [[0, 1], [0, 1]],
  2
];
var GetRequestValidatorRequest$ = [
  3,
  n0,
  _GRVR,
  0,
  [_rAI, _rVI],
  [[0, 1], [0, 1]],
  2
];
var GetRequestValidatorsRequest$ = [
  3,
  n0,
  _GRVRe,
  0,
  [_rAI, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetResourceRequest$ = [
  3,
  n0,
  _GRR,
  0,
  [_rAI, _rI, _em],
  [[0, 1], [0, 1], [64 | 0, { [_hQ]: _em }]],
  2
];
var GetResourcesRequest$ = [
  3,
  n0,
  _GRRe,
  0,
  [_rAI, _p, _li, _em],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [64 | 0, { [_hQ]: _em }]],
  1
];
var GetRestApiRequest$ = [
  3,
  n0,
  _GRAR,
  0,
  [_rAI],
  [[0, 1]],
  1
];
var GetRestApisRequest$ = [
  3,
  n0,
  _GRARe,
  0,
  [_p, _li],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var GetSdkRequest$ = [
  3,
  n0,
  _GSR,
  0,
  [_rAI, _sN, _sT, _par],
  [[0, 1], [0, 1], [0, 1], [128 | 0, 64]],
  3
];
var GetSdkTypeRequest$ = [
  3,
  n0,
  _GSTR,
  0,
  [_i],
  [[0, 1]],
  1
];
var GetSdkTypesRequest$ = [
  3,
  n0,
  _GSTRe,
  0,
  [_p, _li],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var GetStageRequest$ = [
  3,
  n0,
  _GSRe,
  0,
  [_rAI, _sN],
  [[0, 1], [0, 1]],
  2
];
var GetStagesRequest$ = [
  3,
  n0,
  _GSRet,
  0,
  [_rAI, _dI],
  [[0, 1], [0, { [_hQ]: _dI }]],
  1
];
var GetTagsRequest$ = [
  3,
  n0,
  _GTR,
  0,
  [_rA, _p, _li],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  1
];
var GetUsagePlanKeyRequest$ = [
  3,
  n0,
  _GUPKR,
  0,
  [_uPI, _kI],
  [[0, 1], [0, 1]],
  2
];
var GetUsagePlanKeysRequest$ = [
  3,
  n0,
  _GUPKRe,
  0,
  [_uPI, _p, _li, _nQ],
  [[0, 1], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }], [0, { [_hQ]: _n }]],
  1
];
var GetUsagePlanRequest$ = [
  3,
  n0,
  _GUPR,
  0,
  [_uPI],
  [[0, 1]],
  1
];
var GetUsagePlansRequest$ = [
  3,
  n0,
  _GUPRe,
  0,
  [_p, _kI, _li],
  [[0, { [_hQ]: _p }], [0, { [_hQ]: _kI }], [1, { [_hQ]: _li }]]
];
var GetUsageRequest$ = [
  3,
  n0,
  _GUR,
  0,
  [_uPI, _sDt, _eDn, _kI, _p, _li],
  [[0, 1], [0, { [_hQ]: _sDt }], [0, { [_hQ]: _eDn }], [0, { [_hQ]: _kI }], [0, { [_hQ]: _p }], [1, { [_hQ]: _li }]],
  3
];
var GetVpcLinkRequest$ = [
  3,
  n0,
  _GVLR,
  0,
  [_vLI],
  [[0, 1]],
  1
];
var GetVpcLinksRequest$ = [
  3,
  n0,
  _GVLRe,
  0,
  [_p, _li],
  [[0, { [_hQ]: _p }], [1, { [_hQ]: _li }]]
];
var ImportApiKeysRequest$ = [
  3,
  n0,
  _IAKR,
  0,
  [_b, _f, _fOW],
  [[21, 16], [0, { [_hQ]: _f }], [2, { [_hQ]: _fa }]],
  2
];
var ImportDocumentationPartsRequest$ = [
  3,
  n0,
  _IDPR,
  0,
  [_rAI, _b, _mo, _fOW],
  [[0, 1], [21, 16], [0, { [_hQ]: _mo }], [2, { [_hQ]: _fa }]],
  2
];
var ImportRestApiRequest$ = [
  3,
  n0,
  _IRAR,
  0,
  [_b, _fOW, _par],
  [[21, 16], [2, { [_hQ]: _fa }], [128 | 0, 64]],
  1
];
var Integration$ = [
  3,
  n0,
  _I,
  0,
  [_ty, _hM, _u, _cTo, _cIo, _cr, _rPe, _rTeq, _pB, _cH, _tIM, _cNa, _cKP, _iR, _tC, _rTM, _iT],
  [0, 0, 0, 0, 0, 0, 128 | 0, 128 | 0, 0, 0, 1, 0, 64 | 0, () => MapOfIntegrationResponse, () => TlsConfig$, 0, 0]
];
var IntegrationResponse$ = [
  3,
  n0,
  _IR,
  0,
  [_sC, _sPe, _rP, _rTe, _cH],
  [0, 0, 128 | 0, 128 | 0, 0]
];
var Method$ = [
  3,
  n0,
  _M,
  0,
  [_hM, _aTu, _aIu, _aKR, _rVI, _oN, _rPe, _rMe, _mR, _mI, _aSu],
  [0, 0, 0, 2, 0, 0, 128 | 2, 128 | 0, () => MapOfMethodResponse, () => Integration$, 64 | 0]
];
var MethodResponse$ = [
  3,
  n0,
  _MR,
  0,
  [_sC, _rP, _rMes],
  [0, 128 | 2, 128 | 0]
];
var MethodSetting$ = [
  3,
  n0,
  _MS,
  0,
  [_mE, _lL, _dTE, _tBL, _tRL, _cE, _cTIS, _cDE, _rAFCC, _uCCHS],
  [2, 0, 2, 1, 1, 2, 1, 2, 2, 0]
];
var MethodSnapshot$ = [
  3,
  n0,
  _MSe,
  0,
  [_aTu, _aKR],
  [0, 2]
];
var Model$ = [
  3,
  n0,
  _Mo,
  0,
  [_i, _n, _d, _sc, _cT],
  [0, 0, 0, 0, 0]
];
var Models$ = [
  3,
  n0,
  _Mod,
  0,
  [_it, _p],
  [[() => ListOfModel, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var MutualTlsAuthentication$ = [
  3,
  n0,
  _MTA,
  0,
  [_tU, _tV, _tW],
  [0, 0, 64 | 0]
];
var MutualTlsAuthenticationInput$ = [
  3,
  n0,
  _MTAI,
  0,
  [_tU, _tV],
  [0, 0]
];
var PatchOperation$ = [
  3,
  n0,
  _PO,
  0,
  [_o, _pa, _v, _fr],
  [0, 0, 0, 0]
];
var PutGatewayResponseRequest$ = [
  3,
  n0,
  _PGRR,
  0,
  [_rAI, _rT, _sC, _rP, _rTe],
  [[0, 1], [0, 1], 0, 128 | 0, 128 | 0],
  2
];
var PutIntegrationRequest$ = [
  3,
  n0,
  _PIR,
  0,
  [_rAI, _rI, _hM, _ty, _iHM, _u, _cTo, _cIo, _cr, _rPe, _rTeq, _pB, _cNa, _cKP, _cH, _tIM, _tC, _rTM, _iT],
  [[0, 1], [0, 1], [0, { [_hL]: 1, [_jN]: _rHM }], 0, [0, { [_jN]: _hM }], 0, 0, 0, 0, 128 | 0, 128 | 0, 0, 0, 64 | 0, 0, 1, () => TlsConfig$, 0, 0],
  4
];
var PutIntegrationResponseRequest$ = [
  3,
  n0,
  _PIRR,
  0,
  [_rAI, _rI, _hM, _sC, _sPe, _rP, _rTe, _cH],
  [[0, 1], [0, 1], [0, 1], [0, 1], 0, 128 | 0, 128 | 0, 0],
  4
];
var PutMethodRequest$ = [
  3,
  n0,
  _PMR,
  0,
  [_rAI, _rI, _hM, _aTu, _aIu, _aKR, _oN, _rPe, _rMe, _rVI, _aSu],
  [[0, 1], [0, 1], [0, 1], 0, 0, 2, 0, 128 | 2, 128 | 0, 0, 64 | 0],
  4
];
var PutMethodResponseRequest$ = [
  3,
  n0,
  _PMRR,
  0,
  [_rAI, _rI, _hM, _sC, _rP, _rMes],
  [[0, 1], [0, 1], [0, 1], [0, 1], 128 | 2, 128 | 0],
  4
];
var PutRestApiRequest$ = [
  3,
  n0,
  _PRAR,
  0,
  [_rAI, _b, _mo, _fOW, _par],
  [[0, 1], [21, 16], [0, { [_hQ]: _mo }], [2, { [_hQ]: _fa }], [128 | 0, 64]],
  2
];
var QuotaSettings$ = [
  3,
  n0,
  _QS,
  0,
  [_li, _of, _pe],
  [1, 1, 0]
];
var RejectDomainNameAccessAssociationRequest$ = [
  3,
  n0,
  _RDNAAR,
  0,
  [_dNAAA, _dNA],
  [[0, { [_hQ]: _dNAAA }], [0, { [_hQ]: _dNA }]],
  2
];
var RequestValidator$ = [
  3,
  n0,
  _RV,
  0,
  [_i, _n, _vRB, _vRP],
  [0, 0, 2, 2]
];
var RequestValidators$ = [
  3,
  n0,
  _RVe,
  0,
  [_it, _p],
  [[() => ListOfRequestValidator, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var Resource$ = [
  3,
  n0,
  _R,
  0,
  [_i, _pI, _pP, _pa, _rMeso],
  [0, 0, 0, 0, () => MapOfMethod]
];
var Resources$ = [
  3,
  n0,
  _Re,
  0,
  [_it, _p],
  [[() => ListOfResource, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var RestApi$ = [
  3,
  n0,
  _RAe,
  0,
  [_i, _n, _d, _cD, _ve, _w, _bMT, _mCS, _aKS, _eC, _po, _t, _dEAE, _rRI, _sP, _eAM, _aSpi, _aSM],
  [0, 0, 0, 4, 0, 64 | 0, 64 | 0, 1, 0, () => EndpointConfiguration$, 0, 128 | 0, 2, 0, 0, 0, 0, 0]
];
var RestApis$ = [
  3,
  n0,
  _RAes,
  0,
  [_it, _p],
  [[() => ListOfRestApi, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var SdkConfigurationProperty$ = [
  3,
  n0,
  _SCP,
  0,
  [_n, _fN, _d, _r, _dVe],
  [0, 0, 0, 2, 0]
];
var SdkResponse$ = [
  3,
  n0,
  _SR,
  0,
  [_cT, _cDo, _b],
  [[0, { [_hH]: _CT }], [0, { [_hH]: _CD }], [21, 16]]
];
var SdkType$ = [
  3,
  n0,
  _ST,
  0,
  [_i, _fN, _d, _cP],
  [0, 0, 0, () => ListOfSdkConfigurationProperty]
];
var SdkTypes$ = [
  3,
  n0,
  _STd,
  0,
  [_it],
  [[() => ListOfSdkType, { [_jN]: _ite }]]
];
var Stage$ = [
  3,
  n0,
  _S,
  0,
  [_dI, _cCI, _sN, _d, _cCE, _cCS, _cCSa, _mS, _va, _dV, _aLS, _cS, _tE, _wAA, _t, _cD, _lUD],
  [0, 0, 0, 0, 2, 0, 0, () => MapOfMethodSettings, 128 | 0, 0, () => AccessLogSettings$, () => CanarySettings$, 2, 0, 128 | 0, 4, 4]
];
var StageKey$ = [
  3,
  n0,
  _SK,
  0,
  [_rAI, _sN],
  [0, 0]
];
var Stages$ = [
  3,
  n0,
  _St,
  0,
  [_ite],
  [() => ListOfStage]
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_rA, _t],
  [[0, 1], 128 | 0],
  2
];
var Tags$ = [
  3,
  n0,
  _T,
  0,
  [_t],
  [128 | 0]
];
var Template$ = [
  3,
  n0,
  _Te,
  0,
  [_v],
  [0]
];
var TestInvokeAuthorizerRequest$ = [
  3,
  n0,
  _TIAR,
  0,
  [_rAI, _aIu, _h, _mVH, _pWQS, _b, _sV, _aCd],
  [[0, 1], [0, 1], 128 | 0, [2, n0, _MOSTL, 0, 0, 64 | 0], 0, 0, 128 | 0, 128 | 0],
  2
];
var TestInvokeAuthorizerResponse$ = [
  3,
  n0,
  _TIARe,
  0,
  [_cSl, _lo, _la, _pIr, _po, _au, _cl],
  [1, 0, 1, 0, 0, [2, n0, _MOSTL, 0, 0, 64 | 0], 128 | 0]
];
var TestInvokeMethodRequest$ = [
  3,
  n0,
  _TIMR,
  0,
  [_rAI, _rI, _hM, _pWQS, _b, _h, _mVH, _cCI, _sV],
  [[0, 1], [0, 1], [0, 1], 0, 0, 128 | 0, [2, n0, _MOSTL, 0, 0, 64 | 0], 0, 128 | 0],
  3
];
var TestInvokeMethodResponse$ = [
  3,
  n0,
  _TIMRe,
  0,
  [_sta, _b, _h, _mVH, _lo, _la],
  [1, 0, 128 | 0, [2, n0, _MOSTL, 0, 0, 64 | 0], 0, 1]
];
var ThrottleSettings$ = [
  3,
  n0,
  _TS,
  0,
  [_bL, _rL],
  [1, 1]
];
var TlsConfig$ = [
  3,
  n0,
  _TC,
  0,
  [_iSV],
  [2]
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_rA, _tK],
  [[0, 1], [64 | 0, { [_hQ]: _tK }]],
  2
];
var UpdateAccountRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_pO],
  [() => ListOfPatchOperation]
];
var UpdateApiKeyRequest$ = [
  3,
  n0,
  _UAKR,
  0,
  [_aK, _pO],
  [[0, 1], () => ListOfPatchOperation],
  1
];
var UpdateAuthorizerRequest$ = [
  3,
  n0,
  _UARp,
  0,
  [_rAI, _aIu, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateBasePathMappingRequest$ = [
  3,
  n0,
  _UBPMR,
  0,
  [_dN, _bP, _dNI, _pO],
  [[0, 1], [0, 1], [0, { [_hQ]: _dNI }], () => ListOfPatchOperation],
  2
];
var UpdateClientCertificateRequest$ = [
  3,
  n0,
  _UCCR,
  0,
  [_cCI, _pO],
  [[0, 1], () => ListOfPatchOperation],
  1
];
var UpdateDeploymentRequest$ = [
  3,
  n0,
  _UDR,
  0,
  [_rAI, _dI, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateDocumentationPartRequest$ = [
  3,
  n0,
  _UDPR,
  0,
  [_rAI, _dPI, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateDocumentationVersionRequest$ = [
  3,
  n0,
  _UDVR,
  0,
  [_rAI, _dV, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateDomainNameRequest$ = [
  3,
  n0,
  _UDNR,
  0,
  [_dN, _dNI, _pO],
  [[0, 1], [0, { [_hQ]: _dNI }], () => ListOfPatchOperation],
  1
];
var UpdateGatewayResponseRequest$ = [
  3,
  n0,
  _UGRR,
  0,
  [_rAI, _rT, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateIntegrationRequest$ = [
  3,
  n0,
  _UIR,
  0,
  [_rAI, _rI, _hM, _pO],
  [[0, 1], [0, 1], [0, 1], () => ListOfPatchOperation],
  3
];
var UpdateIntegrationResponseRequest$ = [
  3,
  n0,
  _UIRR,
  0,
  [_rAI, _rI, _hM, _sC, _pO],
  [[0, 1], [0, 1], [0, 1], [0, 1], () => ListOfPatchOperation],
  4
];
var UpdateMethodRequest$ = [
  3,
  n0,
  _UMR,
  0,
  [_rAI, _rI, _hM, _pO],
  [[0, 1], [0, 1], [0, 1], () => ListOfPatchOperation],
  3
];
var UpdateMethodResponseRequest$ = [
  3,
  n0,
  _UMRR,
  0,
  [_rAI, _rI, _hM, _sC, _pO],
  [[0, 1], [0, 1], [0, 1], [0, 1], () => ListOfPatchOperation],
  4
];
var UpdateModelRequest$ = [
  3,
  n0,
  _UMRp,
  0,
  [_rAI, _mN, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateRequestValidatorRequest$ = [
  3,
  n0,
  _URVR,
  0,
  [_rAI, _rVI, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateResourceRequest$ = [
  3,
  n0,
  _URRp,
  0,
  [_rAI, _rI, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateRestApiRequest$ = [
  3,
  n0,
  _URAR,
  0,
  [_rAI, _pO],
  [[0, 1], () => ListOfPatchOperation],
  1
];
var UpdateStageRequest$ = [
  3,
  n0,
  _USR,
  0,
  [_rAI, _sN, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateUsagePlanRequest$ = [
  3,
  n0,
  _UUPR,
  0,
  [_uPI, _pO],
  [[0, 1], () => ListOfPatchOperation],
  1
];
var UpdateUsageRequest$ = [
  3,
  n0,
  _UUR,
  0,
  [_uPI, _kI, _pO],
  [[0, 1], [0, 1], () => ListOfPatchOperation],
  2
];
var UpdateVpcLinkRequest$ = [
  3,
  n0,
  _UVLR,
  0,
  [_vLI, _pO],
  [[0, 1], () => ListOfPatchOperation],
  1
];
var Usage$ = [
  3,
  n0,
  _U,
  0,
  [_uPI, _sDt, _eDn, _it, _p],
  [0, 0, 0, [[2, n0, _MOKU, 0, 0, [1, n0, _LOU, 0, 64 | 1]], { [_jN]: _val }], [0, { [_hQ]: _p }]]
];
var UsagePlan$ = [
  3,
  n0,
  _UP,
  0,
  [_i, _n, _d, _aS, _th, _q, _pC, _t],
  [0, 0, 0, () => ListOfApiStage, () => ThrottleSettings$, () => QuotaSettings$, 0, 128 | 0]
];
var UsagePlanKey$ = [
  3,
  n0,
  _UPK,
  0,
  [_i, _ty, _v, _n],
  [0, 0, 0, 0]
];
var UsagePlanKeys$ = [
  3,
  n0,
  _UPKs,
  0,
  [_it, _p],
  [[() => ListOfUsagePlanKey, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var UsagePlans$ = [
  3,
  n0,
  _UPs,
  0,
  [_it, _p],
  [[() => ListOfUsagePlan, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var VpcLink$ = [
  3,
  n0,
  _VL,
  0,
  [_i, _n, _d, _tA, _sta, _sM, _t],
  [0, 0, 0, 64 | 0, 0, 0, 128 | 0]
];
var VpcLinks$ = [
  3,
  n0,
  _VLp,
  0,
  [_it, _p],
  [[() => ListOfVpcLink, { [_jN]: _ite }], [0, { [_hQ]: _p }]]
];
var __Unit = "unit";
var ListOfApiKey = [
  1,
  n0,
  _LOAK,
  0,
  () => ApiKey$
];
var ListOfApiStage = [
  1,
  n0,
  _LOAS,
  0,
  () => ApiStage$
];
var ListOfARNs = 64 | 0;
var ListOfAuthorizer = [
  1,
  n0,
  _LOA,
  0,
  () => Authorizer$
];
var ListOfBasePathMapping = [
  1,
  n0,
  _LOBPM,
  0,
  () => BasePathMapping$
];
var ListOfClientCertificate = [
  1,
  n0,
  _LOCC,
  0,
  () => ClientCertificate$
];
var ListOfDeployment = [
  1,
  n0,
  _LOD,
  0,
  () => Deployment$
];
var ListOfDocumentationPart = [
  1,
  n0,
  _LODP,
  0,
  () => DocumentationPart$
];
var ListOfDocumentationVersion = [
  1,
  n0,
  _LODV,
  0,
  () => DocumentationVersion$
];
var ListOfDomainName = [
  1,
  n0,
  _LODN,
  0,
  () => DomainName$
];
var ListOfDomainNameAccessAssociation = [
  1,
  n0,
  _LODNAA,
  0,
  () => DomainNameAccessAssociation$
];
var ListOfEndpointType = 64 | 0;
var ListOfGatewayResponse = [
  1,
  n0,
  _LOGR,
  0,
  () => GatewayResponse$
];
var ListOfLong = 64 | 1;
var ListOfModel = [
  1,
  n0,
  _LOM,
  0,
  () => Model$
];
var ListOfPatchOperation = [
  1,
  n0,
  _LOPO,
  0,
  () => PatchOperation$
];
var ListOfRequestValidator = [
  1,
  n0,
  _LORV,
  0,
  () => RequestValidator$
];
var ListOfResource = [
  1,
  n0,
  _LOR,
  0,
  () => Resource$
];
var ListOfRestApi = [
  1,
  n0,
  _LORA,
  0,
  () => RestApi$
];
var ListOfSdkConfigurationProperty = [
  1,
  n0,
  _LOSCP,
  0,
  () => SdkConfigurationProperty$
];
var ListOfSdkType = [
  1,
  n0,
  _LOST,
  0,
  () => SdkType$
];
var ListOfStage = [
  1,
  n0,
  _LOS,
  0,
  () => Stage$
];
var ListOfStageKeys = [
  1,
  n0,
  _LOSK,
  0,
  () => StageKey$
];
var ListOfString = 64 | 0;
var ListOfUsage = [
  1,
  n0,
  _LOU,
  0,
  64 | 1
];
var ListOfUsagePlan = [
  1,
  n0,
  _LOUP,
  0,
  () => UsagePlan$
];
var ListOfUsagePlanKey = [
  1,
  n0,
  _LOUPK,
  0,
  () => UsagePlanKey$
];
var ListOfVpcLink = [
  1,
  n0,
  _LOVL,
  0,
  () => VpcLink$
];
var MapOfApiStageThrottleSettings = [
  2,
  n0,
  _MOASTS,
  0,
  0,
  () => ThrottleSettings$
];
var MapOfIntegrationResponse = [
  2,
  n0,
  _MOIR,
  0,
  0,
  () => IntegrationResponse$
];
var MapOfKeyUsages = [
  2,
  n0,
  _MOKU,
  0,
  0,
  [1, n0, _LOU, 0, 64 | 1]
];
var MapOfMethod = [
  2,
  n0,
  _MOM,
  0,
  0,
  () => Method$
];
var MapOfMethodResponse = [
  2,
  n0,
  _MOMR,
  0,
  0,
  () => MethodResponse$
];
var MapOfMethodSettings = [
  2,
  n0,
  _MOMS,
  0,
  0,
  () => MethodSetting$
];
var MapOfMethodSnapshot = [
  2,
  n0,
  _MOMSa,
  0,
  0,
  () => MethodSnapshot$
];
var MapOfStringToBoolean = 128 | 2;
var MapOfStringToList = [
  2,
  n0,
  _MOSTL,
  0,
  0,
  64 | 0
];
var MapOfStringToString = 128 | 0;
var PathToMapOfMethodSnapshot = [
  2,
  n0,
  _PTMOMS,
  0,
  0,
  () => MapOfMethodSnapshot
];
var CreateApiKey$ = [
  9,
  n0,
  _CAK,
  { [_ht]: ["POST", "/apikeys", 201] },
  () => CreateApiKeyRequest$,
  () => ApiKey$
];
var CreateAuthorizer$ = [
  9,
  n0,
  _CA,
  { [_ht]: ["POST", "/restapis/{restApiId}/authorizers", 201] },
  () => CreateAuthorizerRequest$,
  () => Authorizer$
];
var CreateBasePathMapping$ = [
  9,
  n0,
  _CBPM,
  { [_ht]: ["POST", "/domainnames/{domainName}/basepathmappings", 201] },
  () => CreateBasePathMappingRequest$,
  () => BasePathMapping$
];
var CreateDeployment$ = [
  9,
  n0,
  _CDr,
  { [_ht]: ["POST", "/restapis/{restApiId}/deployments", 201] },
  () => CreateDeploymentRequest$,
  () => Deployment$
];
var CreateDocumentationPart$ = [
  9,
  n0,
  _CDP,
  { [_ht]: ["POST", "/restapis/{restApiId}/documentation/parts", 201] },
  () => CreateDocumentationPartRequest$,
  () => DocumentationPart$
];
var CreateDocumentationVersion$ = [
  9,
  n0,
  _CDV,
  { [_ht]: ["POST", "/restapis/{restApiId}/documentation/versions", 201] },
  () => CreateDocumentationVersionRequest$,
  () => DocumentationVersion$
];
var CreateDomainName$ = [
  9,
  n0,
  _CDN,
  { [_ht]: ["POST", "/domainnames", 201] },
  () => CreateDomainNameRequest$,
  () => DomainName$
];
var CreateDomainNameAccessAssociation$ = [
  9,
  n0,
  _CDNAA,
  { [_ht]: ["POST", "/domainnameaccessassociations", 201] },
  () => CreateDomainNameAccessAssociationRequest$,
  () => DomainNameAccessAssociation$
];
var CreateModel$ = [
  9,
  n0,
  _CM,
  { [_ht]: ["POST", "/restapis/{restApiId}/models", 201] },
  () => CreateModelRequest$,
  () => Model$
];
var CreateRequestValidator$ = [
  9,
  n0,
  _CRV,
  { [_ht]: ["POST", "/restapis/{restApiId}/requestvalidators", 201] },
  () => CreateRequestValidatorRequest$,
  () => RequestValidator$
];
var CreateResource$ = [
  9,
  n0,
  _CR,
  { [_ht]: ["POST", "/restapis/{restApiId}/resources/{parentId}", 201] },
  () => CreateResourceRequest$,
  () => Resource$
];
var CreateRestApi$ = [
  9,
  n0,
  _CRA,
  { [_ht]: ["POST", "/restapis", 201] },
  () => CreateRestApiRequest$,
  () => RestApi$
];
var CreateStage$ = [
  9,
  n0,
  _CSr,
  { [_ht]: ["POST", "/restapis/{restApiId}/stages", 201] },
  () => CreateStageRequest$,
  () => Stage$
];
var CreateUsagePlan$ = [
  9,
  n0,
  _CUP,
  { [_ht]: ["POST", "/usageplans", 201] },
  () => CreateUsagePlanRequest$,
  () => UsagePlan$
];
var CreateUsagePlanKey$ = [
  9,
  n0,
  _CUPK,
  { [_ht]: ["POST", "/usageplans/{usagePlanId}/keys", 201] },
  () => CreateUsagePlanKeyRequest$,
  () => UsagePlanKey$
];
var CreateVpcLink$ = [
  9,
  n0,
  _CVL,
  { [_ht]: ["POST", "/vpclinks", 202] },
  () => CreateVpcLinkRequest$,
  () => VpcLink$
];
var DeleteApiKey$ = [
  9,
  n0,
  _DAK,
  { [_ht]: ["DELETE", "/apikeys/{apiKey}", 202] },
  () => DeleteApiKeyRequest$,
  () => __Unit
];
var DeleteAuthorizer$ = [
  9,
  n0,
  _DA,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/authorizers/{authorizerId}", 202] },
  () => DeleteAuthorizerRequest$,
  () => __Unit
];
var DeleteBasePathMapping$ = [
  9,
  n0,
  _DBPM,
  { [_ht]: ["DELETE", "/domainnames/{domainName}/basepathmappings/{basePath}", 202] },
  () => DeleteBasePathMappingRequest$,
  () => __Unit
];
var DeleteClientCertificate$ = [
  9,
  n0,
  _DCC,
  { [_ht]: ["DELETE", "/clientcertificates/{clientCertificateId}", 202] },
  () => DeleteClientCertificateRequest$,
  () => __Unit
];
var DeleteDeployment$ = [
  9,
  n0,
  _DD,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/deployments/{deploymentId}", 202] },
  () => DeleteDeploymentRequest$,
  () => __Unit
];
var DeleteDocumentationPart$ = [
  9,
  n0,
  _DDP,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/documentation/parts/{documentationPartId}", 202] },
  () => DeleteDocumentationPartRequest$,
  () => __Unit
];
var DeleteDocumentationVersion$ = [
  9,
  n0,
  _DDV,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/documentation/versions/{documentationVersion}", 202] },
  () => DeleteDocumentationVersionRequest$,
  () => __Unit
];
var DeleteDomainName$ = [
  9,
  n0,
  _DDN,
  { [_ht]: ["DELETE", "/domainnames/{domainName}", 202] },
  () => DeleteDomainNameRequest$,
  () => __Unit
];
var DeleteDomainNameAccessAssociation$ = [
  9,
  n0,
  _DDNAA,
  { [_ht]: ["DELETE", "/domainnameaccessassociations/{domainNameAccessAssociationArn}", 202] },
  () => DeleteDomainNameAccessAssociationRequest$,
  () => __Unit
];
var DeleteGatewayResponse$ = [
  9,
  n0,
  _DGR,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/gatewayresponses/{responseType}", 202] },
  () => DeleteGatewayResponseRequest$,
  () => __Unit
];
var DeleteIntegration$ = [
  9,
  n0,
  _DI,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 204] },
  () => DeleteIntegrationRequest$,
  () => __Unit
];
var DeleteIntegrationResponse$ = [
  9,
  n0,
  _DIRe,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 204] },
  () => DeleteIntegrationResponseRequest$,
  () => __Unit
];
var DeleteMethod$ = [
  9,
  n0,
  _DM,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 204] },
  () => DeleteMethodRequest$,
  () => __Unit
];
var DeleteMethodResponse$ = [
  9,
  n0,
  _DMRel,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 204] },
  () => DeleteMethodResponseRequest$,
  () => __Unit
];
var DeleteModel$ = [
  9,
  n0,
  _DMe,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/models/{modelName}", 202] },
  () => DeleteModelRequest$,
  () => __Unit
];
var DeleteRequestValidator$ = [
  9,
  n0,
  _DRV,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/requestvalidators/{requestValidatorId}", 202] },
  () => DeleteRequestValidatorRequest$,
  () => __Unit
];
var DeleteResource$ = [
  9,
  n0,
  _DR,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/resources/{resourceId}", 202] },
  () => DeleteResourceRequest$,
  () => __Unit
];
var DeleteRestApi$ = [
  9,
  n0,
  _DRA,
  { [_ht]: ["DELETE", "/restapis/{restApiId}", 202] },
  () => DeleteRestApiRequest$,
  () => __Unit
];
var DeleteStage$ = [
  9,
  n0,
  _DS,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/stages/{stageName}", 202] },
  () => DeleteStageRequest$,
  () => __Unit
];
var DeleteUsagePlan$ = [
  9,
  n0,
  _DUP,
  { [_ht]: ["DELETE", "/usageplans/{usagePlanId}", 202] },
  () => DeleteUsagePlanRequest$,
  () => __Unit
];
var DeleteUsagePlanKey$ = [
  9,
  n0,
  _DUPK,
  { [_ht]: ["DELETE", "/usageplans/{usagePlanId}/keys/{keyId}", 202] },
  () => DeleteUsagePlanKeyRequest$,
  () => __Unit
];
var DeleteVpcLink$ = [
  9,
  n0,
  _DVL,
  { [_ht]: ["DELETE", "/vpclinks/{vpcLinkId}", 202] },
  () => DeleteVpcLinkRequest$,
  () => __Unit
];
var FlushStageAuthorizersCache$ = [
  9,
  n0,
  _FSAC,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/stages/{stageName}/cache/authorizers", 202] },
  () => FlushStageAuthorizersCacheRequest$,
  () => __Unit
];
var FlushStageCache$ = [
  9,
  n0,
  _FSC,
  { [_ht]: ["DELETE", "/restapis/{restApiId}/stages/{stageName}/cache/data", 202] },
  () => FlushStageCacheRequest$,
  () => __Unit
];
var GenerateClientCertificate$ = [
  9,
  n0,
  _GCC,
  { [_ht]: ["POST", "/clientcertificates", 201] },
  () => GenerateClientCertificateRequest$,
  () => ClientCertificate$
];
var GetAccount$ = [
  9,
  n0,
  _GA,
  { [_ht]: ["GET", "/account", 200] },
  () => GetAccountRequest$,
  () => Account$
];
var GetApiKey$ = [
  9,
  n0,
  _GAK,
  { [_ht]: ["GET", "/apikeys/{apiKey}", 200] },
  () => GetApiKeyRequest$,
  () => ApiKey$
];
var GetApiKeys$ = [
  9,
  n0,
  _GAKe,
  { [_ht]: ["GET", "/apikeys", 200] },
  () => GetApiKeysRequest$,
  () => ApiKeys$
];
var GetAuthorizer$ = [
  9,
  n0,
  _GAe,
  { [_ht]: ["GET", "/restapis/{restApiId}/authorizers/{authorizerId}", 200] },
  () => GetAuthorizerRequest$,
  () => Authorizer$
];
var GetAuthorizers$ = [
  9,
  n0,
  _GAet,
  { [_ht]: ["GET", "/restapis/{restApiId}/authorizers", 200] },
  () => GetAuthorizersRequest$,
  () => Authorizers$
];
var GetBasePathMapping$ = [
  9,
  n0,
  _GBPM,
  { [_ht]: ["GET", "/domainnames/{domainName}/basepathmappings/{basePath}", 200] },
  () => GetBasePathMappingRequest$,
  () => BasePathMapping$
];
var GetBasePathMappings$ = [
  9,
  n0,
  _GBPMe,
  { [_ht]: ["GET", "/domainnames/{domainName}/basepathmappings", 200] },
  () => GetBasePathMappingsRequest$,
  () => BasePathMappings$
];
var GetClientCertificate$ = [
  9,
  n0,
  _GCCe,
  { [_ht]: ["GET", "/clientcertificates/{clientCertificateId}", 200] },
  () => GetClientCertificateRequest$,
  () => ClientCertificate$
];
var GetClientCertificates$ = [
  9,
  n0,
  _GCCet,
  { [_ht]: ["GET", "/clientcertificates", 200] },
  () => GetClientCertificatesRequest$,
  () => ClientCertificates$
];
var GetDeployment$ = [
  9,
  n0,
  _GD,
  { [_ht]: ["GET", "/restapis/{restApiId}/deployments/{deploymentId}", 200] },
  () => GetDeploymentRequest$,
  () => Deployment$
];
var GetDeployments$ = [
  9,
  n0,
  _GDe,
  { [_ht]: ["GET", "/restapis/{restApiId}/deployments", 200] },
  () => GetDeploymentsRequest$,
  () => Deployments$
];
var GetDocumentationPart$ = [
  9,
  n0,
  _GDP,
  { [_ht]: ["GET", "/restapis/{restApiId}/documentation/parts/{documentationPartId}", 200] },
  () => GetDocumentationPartRequest$,
  () => DocumentationPart$
];
var GetDocumentationParts$ = [
  9,
  n0,
  _GDPe,
  { [_ht]: ["GET", "/restapis/{restApiId}/documentation/parts", 200] },
  () => GetDocumentationPartsRequest$,
  () => DocumentationParts$
];
var GetDocumentationVersion$ = [
  9,
  n0,
  _GDV,
  { [_ht]: ["GET", "/restapis/{restApiId}/documentation/versions/{documentationVersion}", 200] },
  () => GetDocumentationVersionRequest$,
  () => DocumentationVersion$
];
var GetDocumentationVersions$ = [
  9,
  n0,
  _GDVe,
  { [_ht]: ["GET", "/restapis/{restApiId}/documentation/versions", 200] },
  () => GetDocumentationVersionsRequest$,
  () => DocumentationVersions$
];
var GetDomainName$ = [
  9,
  n0,
  _GDN,
  { [_ht]: ["GET", "/domainnames/{domainName}", 200] },
  () => GetDomainNameRequest$,
  () => DomainName$
];
var GetDomainNameAccessAssociations$ = [
  9,
  n0,
  _GDNAA,
  { [_ht]: ["GET", "/domainnameaccessassociations", 200] },
  () => GetDomainNameAccessAssociationsRequest$,
  () => DomainNameAccessAssociations$
];
var GetDomainNames$ = [
  9,
  n0,
  _GDNe,
  { [_ht]: ["GET", "/domainnames", 200] },
  () => GetDomainNamesRequest$,
  () => DomainNames$
];
var GetExport$ = [
  9,
  n0,
  _GE,
  { [_ht]: ["GET", "/restapis/{restApiId}/stages/{stageName}/exports/{exportType}", 200] },
  () => GetExportRequest$,
  () => ExportResponse$
];
var GetGatewayResponse$ = [
  9,
  n0,
  _GGR,
  { [_ht]: ["GET", "/restapis/{restApiId}/gatewayresponses/{responseType}", 200] },
  () => GetGatewayResponseRequest$,
  () => GatewayResponse$
];
var GetGatewayResponses$ = [
  9,
  n0,
  _GGRe,
  { [_ht]: ["GET", "/restapis/{restApiId}/gatewayresponses", 200] },
  () => GetGatewayResponsesRequest$,
  () => GatewayResponses$
];
var GetIntegration$ = [
  9,
  n0,
  _GI,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 200] },
  () => GetIntegrationRequest$,
  () => Integration$
];
var GetIntegrationResponse$ = [
  9,
  n0,
  _GIRe,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 200] },
  () => GetIntegrationResponseRequest$,
  () => IntegrationResponse$
];
var GetMethod$ = [
  9,
  n0,
  _GM,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 200] },
  () => GetMethodRequest$,
  () => Method$
];
var GetMethodResponse$ = [
  9,
  n0,
  _GMRete,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 200] },
  () => GetMethodResponseRequest$,
  () => MethodResponse$
];
var GetModel$ = [
  9,
  n0,
  _GMe,
  { [_ht]: ["GET", "/restapis/{restApiId}/models/{modelName}", 200] },
  () => GetModelRequest$,
  () => Model$
];
var GetModels$ = [
  9,
  n0,
  _GMet,
  { [_ht]: ["GET", "/restapis/{restApiId}/models", 200] },
  () => GetModelsRequest$,
  () => Models$
];
var GetModelTemplate$ = [
  9,
  n0,
  _GMT,
  { [_ht]: ["GET", "/restapis/{restApiId}/models/{modelName}/default_template", 200] },
  () => GetModelTemplateRequest$,
  () => Template$
];
var GetRequestValidator$ = [
  9,
  n0,
  _GRV,
  { [_ht]: ["GET", "/restapis/{restApiId}/requestvalidators/{requestValidatorId}", 200] },
  () => GetRequestValidatorRequest$,
  () => RequestValidator$
];
var GetRequestValidators$ = [
  9,
  n0,
  _GRVe,
  { [_ht]: ["GET", "/restapis/{restApiId}/requestvalidators", 200] },
  () => GetRequestValidatorsRequest$,
  () => RequestValidators$
];
var GetResource$ = [
  9,
  n0,
  _GRe,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources/{resourceId}", 200] },
  () => GetResourceRequest$,
  () => Resource$
];
var GetResources$ = [
  9,
  n0,
  _GRet,
  { [_ht]: ["GET", "/restapis/{restApiId}/resources", 200] },
  () => GetResourcesRequest$,
  () => Resources$
];
var GetRestApi$ = [
  9,
  n0,
  _GRA,
  { [_ht]: ["GET", "/restapis/{restApiId}", 200] },
  () => GetRestApiRequest$,
  () => RestApi$
];
var GetRestApis$ = [
  9,
  n0,
  _GRAe,
  { [_ht]: ["GET", "/restapis", 200] },
  () => GetRestApisRequest$,
  () => RestApis$
];
var GetSdk$ = [
  9,
  n0,
  _GS,
  { [_ht]: ["GET", "/restapis/{restApiId}/stages/{stageName}/sdks/{sdkType}", 200] },
  () => GetSdkRequest$,
  () => SdkResponse$
];
var GetSdkType$ = [
  9,
  n0,
  _GST,
  { [_ht]: ["GET", "/sdktypes/{id}", 200] },
  () => GetSdkTypeRequest$,
  () => SdkType$
];
var GetSdkTypes$ = [
  9,
  n0,
  _GSTe,
  { [_ht]: ["GET", "/sdktypes", 200] },
  () => GetSdkTypesRequest$,
  () => SdkTypes$
];
var GetStage$ = [
  9,
  n0,
  _GSe,
  { [_ht]: ["GET", "/restapis/{restApiId}/stages/{stageName}", 200] },
  () => GetStageRequest$,
  () => Stage$
];
var GetStages$ = [
  9,
  n0,
  _GSet,
  { [_ht]: ["GET", "/restapis/{restApiId}/stages", 200] },
  () => GetStagesRequest$,
  () => Stages$
];
var GetTags$ = [
  9,
  n0,
  _GT,
  { [_ht]: ["GET", "/tags/{resourceArn}", 200] },
  () => GetTagsRequest$,
  () => Tags$
];
var GetUsage$ = [
  9,
  n0,
  _GU,
  { [_ht]: ["GET", "/usageplans/{usagePlanId}/usage", 200] },
  () => GetUsageRequest$,
  () => Usage$
];
var GetUsagePlan$ = [
  9,
  n0,
  _GUP,
  { [_ht]: ["GET", "/usageplans/{usagePlanId}", 200] },
  () => GetUsagePlanRequest$,
  () => UsagePlan$
];
var GetUsagePlanKey$ = [
  9,
  n0,
  _GUPK,
  { [_ht]: ["GET", "/usageplans/{usagePlanId}/keys/{keyId}", 200] },
  () => GetUsagePlanKeyRequest$,
  () => UsagePlanKey$
];
var GetUsagePlanKeys$ = [
  9,
  n0,
  _GUPKe,
  { [_ht]: ["GET", "/usageplans/{usagePlanId}/keys", 200] },
  () => GetUsagePlanKeysRequest$,
  () => UsagePlanKeys$
];
var GetUsagePlans$ = [
  9,
  n0,
  _GUPe,
  { [_ht]: ["GET", "/usageplans", 200] },
  () => GetUsagePlansRequest$,
  () => UsagePlans$
];
var GetVpcLink$ = [
  9,
  n0,
  _GVL,
  { [_ht]: ["GET", "/vpclinks/{vpcLinkId}", 200] },
  () => GetVpcLinkRequest$,
  () => VpcLink$
];
var GetVpcLinks$ = [
  9,
  n0,
  _GVLe,
  { [_ht]: ["GET", "/vpclinks", 200] },
  () => GetVpcLinksRequest$,
  () => VpcLinks$
];
var ImportApiKeys$ = [
  9,
  n0,
  _IAK,
  { [_ht]: ["POST", "/apikeys?mode=import", 201] },
  () => ImportApiKeysRequest$,
  () => ApiKeyIds$
];
var ImportDocumentationParts$ = [
  9,
  n0,
  _IDP,
  { [_ht]: ["PUT", "/restapis/{restApiId}/documentation/parts", 200] },
  () => ImportDocumentationPartsRequest$,
  () => DocumentationPartIds$
];
var ImportRestApi$ = [
  9,
  n0,
  _IRA,
  { [_ht]: ["POST", "/restapis?mode=import", 201] },
  () => ImportRestApiRequest$,
  () => RestApi$
];
var PutGatewayResponse$ = [
  9,
  n0,
  _PGR,
  { [_ht]: ["PUT", "/restapis/{restApiId}/gatewayresponses/{responseType}", 201] },
  () => PutGatewayResponseRequest$,
  () => GatewayResponse$
];
var PutIntegration$ = [
  9,
  n0,
  _PI,
  { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 201] },
  () => PutIntegrationRequest$,
  () => Integration$
];
var PutIntegrationResponse$ = [
  9,
  n0,
  _PIRu,
  { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 201] },
  () => PutIntegrationResponseRequest$,
  () => IntegrationResponse$
];
var PutMethod$ = [
  9,
  n0,
  _PM,
  { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 201] },
  () => PutMethodRequest$,
  () => Method$
];
var PutMethodResponse$ = [
  9,
  n0,
  _PMRu,
  { [_ht]: ["PUT", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 201] },
  () => PutMethodResponseRequest$,
  () => MethodResponse$
];
var PutRestApi$ = [
  9,
  n0,
  _PRA,
  { [_ht]: ["PUT", "/restapis/{restApiId}", 200] },
  () => PutRestApiRequest$,
  () => RestApi$
];
var RejectDomainNameAccessAssociation$ = [
  9,
  n0,
  _RDNAA,
  { [_ht]: ["POST", "/rejectdomainnameaccessassociations", 202] },
  () => RejectDomainNameAccessAssociationRequest$,
  () => __Unit
];
var TagResource$ = [
  9,
  n0,
  _TR,
  { [_ht]: ["PUT", "/tags/{resourceArn}", 204] },
  () => TagResourceRequest$,
  () => __Unit
];
var TestInvokeAuthorizer$ = [
  9,
  n0,
  _TIA,
  { [_ht]: ["POST", "/restapis/{restApiId}/authorizers/{authorizerId}", 200] },
  () => TestInvokeAuthorizerRequest$,
  () => TestInvokeAuthorizerResponse$
];
var TestInvokeMethod$ = [
  9,
  n0,
  _TIM,
  { [_ht]: ["POST", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 200] },
  () => TestInvokeMethodRequest$,
  () => TestInvokeMethodResponse$
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  { [_ht]: ["DELETE", "/tags/{resourceArn}", 204] },
  () => UntagResourceRequest$,
  () => __Unit
];
var UpdateAccount$ = [
  9,
  n0,
  _UA,
  { [_ht]: ["PATCH", "/account", 200] },
  () => UpdateAccountRequest$,
  () => Account$
];
var UpdateApiKey$ = [
  9,
  n0,
  _UAK,
  { [_ht]: ["PATCH", "/apikeys/{apiKey}", 200] },
  () => UpdateApiKeyRequest$,
  () => ApiKey$
];
var UpdateAuthorizer$ = [
  9,
  n0,
  _UAp,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/authorizers/{authorizerId}", 200] },
  () => UpdateAuthorizerRequest$,
  () => Authorizer$
];
var UpdateBasePathMapping$ = [
  9,
  n0,
  _UBPM,
  { [_ht]: ["PATCH", "/domainnames/{domainName}/basepathmappings/{basePath}", 200] },
  () => UpdateBasePathMappingRequest$,
  () => BasePathMapping$
];
var UpdateClientCertificate$ = [
  9,
  n0,
  _UCC,
  { [_ht]: ["PATCH", "/clientcertificates/{clientCertificateId}", 200] },
  () => UpdateClientCertificateRequest$,
  () => ClientCertificate$
];
var UpdateDeployment$ = [
  9,
  n0,
  _UD,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/deployments/{deploymentId}", 200] },
  () => UpdateDeploymentRequest$,
  () => Deployment$
];
var UpdateDocumentationPart$ = [
  9,
  n0,
  _UDP,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/documentation/parts/{documentationPartId}", 200] },
  () => UpdateDocumentationPartRequest$,
  () => DocumentationPart$
];
var UpdateDocumentationVersion$ = [
  9,
  n0,
  _UDV,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/documentation/versions/{documentationVersion}", 200] },
  () => UpdateDocumentationVersionRequest$,
  () => DocumentationVersion$
];
var UpdateDomainName$ = [
  9,
  n0,
  _UDN,
  { [_ht]: ["PATCH", "/domainnames/{domainName}", 200] },
  () => UpdateDomainNameRequest$,
  () => DomainName$
];
var UpdateGatewayResponse$ = [
  9,
  n0,
  _UGR,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/gatewayresponses/{responseType}", 200] },
  () => UpdateGatewayResponseRequest$,
  () => GatewayResponse$
];
var UpdateIntegration$ = [
  9,
  n0,
  _UI,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration", 200] },
  () => UpdateIntegrationRequest$,
  () => Integration$
];
var UpdateIntegrationResponse$ = [
  9,
  n0,
  _UIRp,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}", 200] },
  () => UpdateIntegrationResponseRequest$,
  () => IntegrationResponse$
];
var UpdateMethod$ = [
  9,
  n0,
  _UM,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}", 200] },
  () => UpdateMethodRequest$,
  () => Method$
];
var UpdateMethodResponse$ = [
  9,
  n0,
  _UMRpd,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}", 201] },
  () => UpdateMethodResponseRequest$,
  () => MethodResponse$
];
var UpdateModel$ = [
  9,
  n0,
  _UMp,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/models/{modelName}", 200] },
  () => UpdateModelRequest$,
  () => Model$
];
var UpdateRequestValidator$ = [
  9,
  n0,
  _URV,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/requestvalidators/{requestValidatorId}", 200] },
  () => UpdateRequestValidatorRequest$,
  () => RequestValidator$
];
var UpdateResource$ = [
  9,
  n0,
  _URp,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/resources/{resourceId}", 200] },
  () => UpdateResourceRequest$,
  () => Resource$
];
var UpdateRestApi$ = [
  9,
  n0,
  _URA,
  { [_ht]: ["PATCH", "/restapis/{restApiId}", 200] },
  () => UpdateRestApiRequest$,
  () => RestApi$
];
var UpdateStage$ = [
  9,
  n0,
  _US,
  { [_ht]: ["PATCH", "/restapis/{restApiId}/stages/{stageName}", 200] },
  () => UpdateStageRequest$,
  () => Stage$
];
var UpdateUsage$ = [
  9,
  n0,
  _UU,
  { [_ht]: ["PATCH", "/usageplans/{usagePlanId}/keys/{keyId}/usage", 200] },
  () => UpdateUsageRequest$,
  () => Usage$
];
var UpdateUsagePlan$ = [
  9,
  n0,
  _UUP,
  { [_ht]: ["PATCH", "/usageplans/{usagePlanId}", 200] },
  () => UpdateUsagePlanRequest$,
  () => UsagePlan$
];
var UpdateVpcLink$ = [
  9,
  n0,
  _UVL,
  { [_ht]: ["PATCH", "/vpclinks/{vpcLinkId}", 200] },
  () => UpdateVpcLinkRequest$,
  () => VpcLink$
];

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2015-07-09",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAPIGatewayHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.apigateway",
      errorTypeRegistries,
      version: "2015-07-09",
      serviceTarget: "BackplaneControlService"
    },
    serviceId: config?.serviceId ?? "API Gateway",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/APIGatewayClient.js
var APIGatewayClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getAcceptHeaderPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultAPIGatewayHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "BackplaneControlService", "APIGatewayClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateApiKeyCommand.js
var CreateApiKeyCommand = class extends command(_ep0, _mw0, "CreateApiKey", CreateApiKey$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateAuthorizerCommand.js
var CreateAuthorizerCommand = class extends command(_ep0, _mw0, "CreateAuthorizer", CreateAuthorizer$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateBasePathMappingCommand.js
var CreateBasePathMappingCommand = class extends command(_ep0, _mw0, "CreateBasePathMapping", CreateBasePathMapping$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateDeploymentCommand.js
var CreateDeploymentCommand = class extends command(_ep0, _mw0, "CreateDeployment", CreateDeployment$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateDocumentationPartCommand.js
var CreateDocumentationPartCommand = class extends command(_ep0, _mw0, "CreateDocumentationPart", CreateDocumentationPart$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateDocumentationVersionCommand.js
var CreateDocumentationVersionCommand = class extends command(_ep0, _mw0, "CreateDocumentationVersion", CreateDocumentationVersion$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateDomainNameAccessAssociationCommand.js
var CreateDomainNameAccessAssociationCommand = class extends command(_ep0, _mw0, "CreateDomainNameAccessAssociation", CreateDomainNameAccessAssociation$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateDomainNameCommand.js
var CreateDomainNameCommand = class extends command(_ep0, _mw0, "CreateDomainName", CreateDomainName$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateModelCommand.js
var CreateModelCommand = class extends command(_ep0, _mw0, "CreateModel", CreateModel$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateRequestValidatorCommand.js
var CreateRequestValidatorCommand = class extends command(_ep0, _mw0, "CreateRequestValidator", CreateRequestValidator$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateResourceCommand.js
var CreateResourceCommand = class extends command(_ep0, _mw0, "CreateResource", CreateResource$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateRestApiCommand.js
var CreateRestApiCommand = class extends command(_ep0, _mw0, "CreateRestApi", CreateRestApi$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateStageCommand.js
var CreateStageCommand = class extends command(_ep0, _mw0, "CreateStage", CreateStage$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateUsagePlanCommand.js
var CreateUsagePlanCommand = class extends command(_ep0, _mw0, "CreateUsagePlan", CreateUsagePlan$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateUsagePlanKeyCommand.js
var CreateUsagePlanKeyCommand = class extends command(_ep0, _mw0, "CreateUsagePlanKey", CreateUsagePlanKey$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/CreateVpcLinkCommand.js
var CreateVpcLinkCommand = class extends command(_ep0, _mw0, "CreateVpcLink", CreateVpcLink$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteApiKeyCommand.js
var DeleteApiKeyCommand = class extends command(_ep0, _mw0, "DeleteApiKey", DeleteApiKey$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteAuthorizerCommand.js
var DeleteAuthorizerCommand = class extends command(_ep0, _mw0, "DeleteAuthorizer", DeleteAuthorizer$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteBasePathMappingCommand.js
var DeleteBasePathMappingCommand = class extends command(_ep0, _mw0, "DeleteBasePathMapping", DeleteBasePathMapping$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteClientCertificateCommand.js
var DeleteClientCertificateCommand = class extends command(_ep0, _mw0, "DeleteClientCertificate", DeleteClientCertificate$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteDeploymentCommand.js
var DeleteDeploymentCommand = class extends command(_ep0, _mw0, "DeleteDeployment", DeleteDeployment$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteDocumentationPartCommand.js
var DeleteDocumentationPartCommand = class extends command(_ep0, _mw0, "DeleteDocumentationPart", DeleteDocumentationPart$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteDocumentationVersionCommand.js
var DeleteDocumentationVersionCommand = class extends command(_ep0, _mw0, "DeleteDocumentationVersion", DeleteDocumentationVersion$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteDomainNameAccessAssociationCommand.js
var DeleteDomainNameAccessAssociationCommand = class extends command(_ep0, _mw0, "DeleteDomainNameAccessAssociation", DeleteDomainNameAccessAssociation$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteDomainNameCommand.js
var DeleteDomainNameCommand = class extends command(_ep0, _mw0, "DeleteDomainName", DeleteDomainName$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteGatewayResponseCommand.js
var DeleteGatewayResponseCommand = class extends command(_ep0, _mw0, "DeleteGatewayResponse", DeleteGatewayResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteIntegrationCommand.js
var DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteIntegrationResponseCommand.js
var DeleteIntegrationResponseCommand = class extends command(_ep0, _mw0, "DeleteIntegrationResponse", DeleteIntegrationResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteMethodCommand.js
var DeleteMethodCommand = class extends command(_ep0, _mw0, "DeleteMethod", DeleteMethod$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteMethodResponseCommand.js
var DeleteMethodResponseCommand = class extends command(_ep0, _mw0, "DeleteMethodResponse", DeleteMethodResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteModelCommand.js
var DeleteModelCommand = class extends command(_ep0, _mw0, "DeleteModel", DeleteModel$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteRequestValidatorCommand.js
var DeleteRequestValidatorCommand = class extends command(_ep0, _mw0, "DeleteRequestValidator", DeleteRequestValidator$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteResourceCommand.js
var DeleteResourceCommand = class extends command(_ep0, _mw0, "DeleteResource", DeleteResource$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteRestApiCommand.js
var DeleteRestApiCommand = class extends command(_ep0, _mw0, "DeleteRestApi", DeleteRestApi$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteStageCommand.js
var DeleteStageCommand = class extends command(_ep0, _mw0, "DeleteStage", DeleteStage$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteUsagePlanCommand.js
var DeleteUsagePlanCommand = class extends command(_ep0, _mw0, "DeleteUsagePlan", DeleteUsagePlan$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteUsagePlanKeyCommand.js
var DeleteUsagePlanKeyCommand = class extends command(_ep0, _mw0, "DeleteUsagePlanKey", DeleteUsagePlanKey$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/DeleteVpcLinkCommand.js
var DeleteVpcLinkCommand = class extends command(_ep0, _mw0, "DeleteVpcLink", DeleteVpcLink$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/FlushStageAuthorizersCacheCommand.js
var FlushStageAuthorizersCacheCommand = class extends command(_ep0, _mw0, "FlushStageAuthorizersCache", FlushStageAuthorizersCache$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/FlushStageCacheCommand.js
var FlushStageCacheCommand = class extends command(_ep0, _mw0, "FlushStageCache", FlushStageCache$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GenerateClientCertificateCommand.js
var GenerateClientCertificateCommand = class extends command(_ep0, _mw0, "GenerateClientCertificate", GenerateClientCertificate$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetAccountCommand.js
var GetAccountCommand = class extends command(_ep0, _mw0, "GetAccount", GetAccount$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetApiKeyCommand.js
var GetApiKeyCommand = class extends command(_ep0, _mw0, "GetApiKey", GetApiKey$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetApiKeysCommand.js
var GetApiKeysCommand = class extends command(_ep0, _mw0, "GetApiKeys", GetApiKeys$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetAuthorizerCommand.js
var GetAuthorizerCommand = class extends command(_ep0, _mw0, "GetAuthorizer", GetAuthorizer$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetAuthorizersCommand.js
var GetAuthorizersCommand = class extends command(_ep0, _mw0, "GetAuthorizers", GetAuthorizers$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetBasePathMappingCommand.js
var GetBasePathMappingCommand = class extends command(_ep0, _mw0, "GetBasePathMapping", GetBasePathMapping$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetBasePathMappingsCommand.js
var GetBasePathMappingsCommand = class extends command(_ep0, _mw0, "GetBasePathMappings", GetBasePathMappings$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetClientCertificateCommand.js
var GetClientCertificateCommand = class extends command(_ep0, _mw0, "GetClientCertificate", GetClientCertificate$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetClientCertificatesCommand.js
var GetClientCertificatesCommand = class extends command(_ep0, _mw0, "GetClientCertificates", GetClientCertificates$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetDeploymentCommand.js
var GetDeploymentCommand = class extends command(_ep0, _mw0, "GetDeployment", GetDeployment$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetDeploymentsCommand.js
var GetDeploymentsCommand = class extends command(_ep0, _mw0, "GetDeployments", GetDeployments$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetDocumentationPartCommand.js
var GetDocumentationPartCommand = class extends command(_ep0, _mw0, "GetDocumentationPart", GetDocumentationPart$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetDocumentationPartsCommand.js
var GetDocumentationPartsCommand = class extends command(_ep0, _mw0, "GetDocumentationParts", GetDocumentationParts$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetDocumentationVersionCommand.js
var GetDocumentationVersionCommand = class extends command(_ep0, _mw0, "GetDocumentationVersion", GetDocumentationVersion$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetDocumentationVersionsCommand.js
var GetDocumentationVersionsCommand = class extends command(_ep0, _mw0, "GetDocumentationVersions", GetDocumentationVersions$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetDomainNameAccessAssociationsCommand.js
var GetDomainNameAccessAssociationsCommand = class extends command(_ep0, _mw0, "GetDomainNameAccessAssociations", GetDomainNameAccessAssociations$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetDomainNameCommand.js
var GetDomainNameCommand = class extends command(_ep0, _mw0, "GetDomainName", GetDomainName$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetDomainNamesCommand.js
var GetDomainNamesCommand = class extends command(_ep0, _mw0, "GetDomainNames", GetDomainNames$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetExportCommand.js
var GetExportCommand = class extends command(_ep0, _mw0, "GetExport", GetExport$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetGatewayResponseCommand.js
var GetGatewayResponseCommand = class extends command(_ep0, _mw0, "GetGatewayResponse", GetGatewayResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetGatewayResponsesCommand.js
var GetGatewayResponsesCommand = class extends command(_ep0, _mw0, "GetGatewayResponses", GetGatewayResponses$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetIntegrationCommand.js
var GetIntegrationCommand = class extends command(_ep0, _mw0, "GetIntegration", GetIntegration$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetIntegrationResponseCommand.js
var GetIntegrationResponseCommand = class extends command(_ep0, _mw0, "GetIntegrationResponse", GetIntegrationResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetMethodCommand.js
var GetMethodCommand = class extends command(_ep0, _mw0, "GetMethod", GetMethod$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetMethodResponseCommand.js
var GetMethodResponseCommand = class extends command(_ep0, _mw0, "GetMethodResponse", GetMethodResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetModelCommand.js
var GetModelCommand = class extends command(_ep0, _mw0, "GetModel", GetModel$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetModelsCommand.js
var GetModelsCommand = class extends command(_ep0, _mw0, "GetModels", GetModels$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetModelTemplateCommand.js
var GetModelTemplateCommand = class extends command(_ep0, _mw0, "GetModelTemplate", GetModelTemplate$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetRequestValidatorCommand.js
var GetRequestValidatorCommand = class extends command(_ep0, _mw0, "GetRequestValidator", GetRequestValidator$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetRequestValidatorsCommand.js
var GetRequestValidatorsCommand = class extends command(_ep0, _mw0, "GetRequestValidators", GetRequestValidators$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetResourceCommand.js
var GetResourceCommand = class extends command(_ep0, _mw0, "GetResource", GetResource$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetResourcesCommand.js
var GetResourcesCommand = class extends command(_ep0, _mw0, "GetResources", GetResources$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetRestApiCommand.js
var GetRestApiCommand = class extends command(_ep0, _mw0, "GetRestApi", GetRestApi$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetRestApisCommand.js
var GetRestApisCommand = class extends command(_ep0, _mw0, "GetRestApis", GetRestApis$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetSdkCommand.js
var GetSdkCommand = class extends command(_ep0, _mw0, "GetSdk", GetSdk$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetSdkTypeCommand.js
var GetSdkTypeCommand = class extends command(_ep0, _mw0, "GetSdkType", GetSdkType$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetSdkTypesCommand.js
var GetSdkTypesCommand = class extends command(_ep0, _mw0, "GetSdkTypes", GetSdkTypes$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetStageCommand.js
var GetStageCommand = class extends command(_ep0, _mw0, "GetStage", GetStage$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetStagesCommand.js
var GetStagesCommand = class extends command(_ep0, _mw0, "GetStages", GetStages$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetTagsCommand.js
var GetTagsCommand = class extends command(_ep0, _mw0, "GetTags", GetTags$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetUsageCommand.js
var GetUsageCommand = class extends command(_ep0, _mw0, "GetUsage", GetUsage$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetUsagePlanCommand.js
var GetUsagePlanCommand = class extends command(_ep0, _mw0, "GetUsagePlan", GetUsagePlan$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetUsagePlanKeyCommand.js
var GetUsagePlanKeyCommand = class extends command(_ep0, _mw0, "GetUsagePlanKey", GetUsagePlanKey$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetUsagePlanKeysCommand.js
var GetUsagePlanKeysCommand = class extends command(_ep0, _mw0, "GetUsagePlanKeys", GetUsagePlanKeys$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetUsagePlansCommand.js
var GetUsagePlansCommand = class extends command(_ep0, _mw0, "GetUsagePlans", GetUsagePlans$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetVpcLinkCommand.js
var GetVpcLinkCommand = class extends command(_ep0, _mw0, "GetVpcLink", GetVpcLink$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/GetVpcLinksCommand.js
var GetVpcLinksCommand = class extends command(_ep0, _mw0, "GetVpcLinks", GetVpcLinks$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/ImportApiKeysCommand.js
var ImportApiKeysCommand = class extends command(_ep0, _mw0, "ImportApiKeys", ImportApiKeys$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/ImportDocumentationPartsCommand.js
var ImportDocumentationPartsCommand = class extends command(_ep0, _mw0, "ImportDocumentationParts", ImportDocumentationParts$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/ImportRestApiCommand.js
var ImportRestApiCommand = class extends command(_ep0, _mw0, "ImportRestApi", ImportRestApi$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/PutGatewayResponseCommand.js
var PutGatewayResponseCommand = class extends command(_ep0, _mw0, "PutGatewayResponse", PutGatewayResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/PutIntegrationCommand.js
var PutIntegrationCommand = class extends command(_ep0, _mw0, "PutIntegration", PutIntegration$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/PutIntegrationResponseCommand.js
var PutIntegrationResponseCommand = class extends command(_ep0, _mw0, "PutIntegrationResponse", PutIntegrationResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/PutMethodCommand.js
var PutMethodCommand = class extends command(_ep0, _mw0, "PutMethod", PutMethod$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/PutMethodResponseCommand.js
var PutMethodResponseCommand = class extends command(_ep0, _mw0, "PutMethodResponse", PutMethodResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/PutRestApiCommand.js
var PutRestApiCommand = class extends command(_ep0, _mw0, "PutRestApi", PutRestApi$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/RejectDomainNameAccessAssociationCommand.js
var RejectDomainNameAccessAssociationCommand = class extends command(_ep0, _mw0, "RejectDomainNameAccessAssociation", RejectDomainNameAccessAssociation$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/TestInvokeAuthorizerCommand.js
var TestInvokeAuthorizerCommand = class extends command(_ep0, _mw0, "TestInvokeAuthorizer", TestInvokeAuthorizer$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/TestInvokeMethodCommand.js
var TestInvokeMethodCommand = class extends command(_ep0, _mw0, "TestInvokeMethod", TestInvokeMethod$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateAccountCommand.js
var UpdateAccountCommand = class extends command(_ep0, _mw0, "UpdateAccount", UpdateAccount$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateApiKeyCommand.js
var UpdateApiKeyCommand = class extends command(_ep0, _mw0, "UpdateApiKey", UpdateApiKey$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateAuthorizerCommand.js
var UpdateAuthorizerCommand = class extends command(_ep0, _mw0, "UpdateAuthorizer", UpdateAuthorizer$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateBasePathMappingCommand.js
var UpdateBasePathMappingCommand = class extends command(_ep0, _mw0, "UpdateBasePathMapping", UpdateBasePathMapping$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateClientCertificateCommand.js
var UpdateClientCertificateCommand = class extends command(_ep0, _mw0, "UpdateClientCertificate", UpdateClientCertificate$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateDeploymentCommand.js
var UpdateDeploymentCommand = class extends command(_ep0, _mw0, "UpdateDeployment", UpdateDeployment$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateDocumentationPartCommand.js
var UpdateDocumentationPartCommand = class extends command(_ep0, _mw0, "UpdateDocumentationPart", UpdateDocumentationPart$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateDocumentationVersionCommand.js
var UpdateDocumentationVersionCommand = class extends command(_ep0, _mw0, "UpdateDocumentationVersion", UpdateDocumentationVersion$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateDomainNameCommand.js
var UpdateDomainNameCommand = class extends command(_ep0, _mw0, "UpdateDomainName", UpdateDomainName$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateGatewayResponseCommand.js
var UpdateGatewayResponseCommand = class extends command(_ep0, _mw0, "UpdateGatewayResponse", UpdateGatewayResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateIntegrationCommand.js
var UpdateIntegrationCommand = class extends command(_ep0, _mw0, "UpdateIntegration", UpdateIntegration$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateIntegrationResponseCommand.js
var UpdateIntegrationResponseCommand = class extends command(_ep0, _mw0, "UpdateIntegrationResponse", UpdateIntegrationResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateMethodCommand.js
var UpdateMethodCommand = class extends command(_ep0, _mw0, "UpdateMethod", UpdateMethod$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateMethodResponseCommand.js
var UpdateMethodResponseCommand = class extends command(_ep0, _mw0, "UpdateMethodResponse", UpdateMethodResponse$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateModelCommand.js
var UpdateModelCommand = class extends command(_ep0, _mw0, "UpdateModel", UpdateModel$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateRequestValidatorCommand.js
var UpdateRequestValidatorCommand = class extends command(_ep0, _mw0, "UpdateRequestValidator", UpdateRequestValidator$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateResourceCommand.js
var UpdateResourceCommand = class extends command(_ep0, _mw0, "UpdateResource", UpdateResource$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateRestApiCommand.js
var UpdateRestApiCommand = class extends command(_ep0, _mw0, "UpdateRestApi", UpdateRestApi$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateStageCommand.js
var UpdateStageCommand = class extends command(_ep0, _mw0, "UpdateStage", UpdateStage$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateUsageCommand.js
var UpdateUsageCommand = class extends command(_ep0, _mw0, "UpdateUsage", UpdateUsage$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateUsagePlanCommand.js
var UpdateUsagePlanCommand = class extends command(_ep0, _mw0, "UpdateUsagePlan", UpdateUsagePlan$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/commands/UpdateVpcLinkCommand.js
var UpdateVpcLinkCommand = class extends command(_ep0, _mw0, "UpdateVpcLink", UpdateVpcLink$) {
};

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetApiKeysPaginator.js
var paginateGetApiKeys = createPaginator(APIGatewayClient, GetApiKeysCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetBasePathMappingsPaginator.js
var paginateGetBasePathMappings = createPaginator(APIGatewayClient, GetBasePathMappingsCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetClientCertificatesPaginator.js
var paginateGetClientCertificates = createPaginator(APIGatewayClient, GetClientCertificatesCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetDeploymentsPaginator.js
var paginateGetDeployments = createPaginator(APIGatewayClient, GetDeploymentsCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetDomainNamesPaginator.js
var paginateGetDomainNames = createPaginator(APIGatewayClient, GetDomainNamesCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetModelsPaginator.js
var paginateGetModels = createPaginator(APIGatewayClient, GetModelsCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetResourcesPaginator.js
var paginateGetResources = createPaginator(APIGatewayClient, GetResourcesCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetRestApisPaginator.js
var paginateGetRestApis = createPaginator(APIGatewayClient, GetRestApisCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetUsagePaginator.js
var paginateGetUsage = createPaginator(APIGatewayClient, GetUsageCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetUsagePlanKeysPaginator.js
var paginateGetUsagePlanKeys = createPaginator(APIGatewayClient, GetUsagePlanKeysCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetUsagePlansPaginator.js
var paginateGetUsagePlans = createPaginator(APIGatewayClient, GetUsagePlansCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/pagination/GetVpcLinksPaginator.js
var paginateGetVpcLinks = createPaginator(APIGatewayClient, GetVpcLinksCommand, "position", "position", "limit");

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/APIGateway.js
var commands = {
  CreateApiKeyCommand,
  CreateAuthorizerCommand,
  CreateBasePathMappingCommand,
  CreateDeploymentCommand,
  CreateDocumentationPartCommand,
  CreateDocumentationVersionCommand,
  CreateDomainNameCommand,
  CreateDomainNameAccessAssociationCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  CreateVpcLinkCommand,
  DeleteApiKeyCommand,
  DeleteAuthorizerCommand,
  DeleteBasePathMappingCommand,
  DeleteClientCertificateCommand,
  DeleteDeploymentCommand,
  DeleteDocumentationPartCommand,
  DeleteDocumentationVersionCommand,
  DeleteDomainNameCommand,
  DeleteDomainNameAccessAssociationCommand,
  DeleteGatewayResponseCommand,
  DeleteIntegrationCommand,
  DeleteIntegrationResponseCommand,
  DeleteMethodCommand,
  DeleteMethodResponseCommand,
  DeleteModelCommand,
  DeleteRequestValidatorCommand,
  DeleteResourceCommand,
  DeleteRestApiCommand,
  DeleteStageCommand,
  DeleteUsagePlanCommand,
  DeleteUsagePlanKeyCommand,
  DeleteVpcLinkCommand,
  FlushStageAuthorizersCacheCommand,
  FlushStageCacheCommand,
  GenerateClientCertificateCommand,
  GetAccountCommand,
  GetApiKeyCommand,
  GetApiKeysCommand,
  GetAuthorizerCommand,
  GetAuthorizersCommand,
  GetBasePathMappingCommand,
  GetBasePathMappingsCommand,
  GetClientCertificateCommand,
  GetClientCertificatesCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetDocumentationPartCommand,
  GetDocumentationPartsCommand,
  GetDocumentationVersionCommand,
  GetDocumentationVersionsCommand,
  GetDomainNameCommand,
  GetDomainNameAccessAssociationsCommand,
  GetDomainNamesCommand,
  GetExportCommand,
  GetGatewayResponseCommand,
  GetGatewayResponsesCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  GetModelCommand,
  GetModelsCommand,
  GetModelTemplateCommand,
  GetRequestValidatorCommand,
  GetRequestValidatorsCommand,
  GetResourceCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  GetSdkCommand,
  GetSdkTypeCommand,
  GetSdkTypesCommand,
  GetStageCommand,
  GetStagesCommand,
  GetTagsCommand,
  GetUsageCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeyCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  GetVpcLinkCommand,
  GetVpcLinksCommand,
  ImportApiKeysCommand,
  ImportDocumentationPartsCommand,
  ImportRestApiCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  PutRestApiCommand,
  RejectDomainNameAccessAssociationCommand,
  TagResourceCommand,
  TestInvokeAuthorizerCommand,
  TestInvokeMethodCommand,
  UntagResourceCommand,
  UpdateAccountCommand,
  UpdateApiKeyCommand,
  UpdateAuthorizerCommand,
  UpdateBasePathMappingCommand,
  UpdateClientCertificateCommand,
  UpdateDeploymentCommand,
  UpdateDocumentationPartCommand,
  UpdateDocumentationVersionCommand,
  UpdateDomainNameCommand,
  UpdateGatewayResponseCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  UpdateMethodResponseCommand,
  UpdateModelCommand,
  UpdateRequestValidatorCommand,
  UpdateResourceCommand,
  UpdateRestApiCommand,
  UpdateStageCommand,
  UpdateUsageCommand,
  UpdateUsagePlanCommand,
  UpdateVpcLinkCommand
};
var paginators = {
  paginateGetApiKeys,
  paginateGetBasePathMappings,
  paginateGetClientCertificates,
  paginateGetDeployments,
  paginateGetDomainNames,
  paginateGetModels,
  paginateGetResources,
  paginateGetRestApis,
  paginateGetUsage,
  paginateGetUsagePlanKeys,
  paginateGetUsagePlans,
  paginateGetVpcLinks
};
var APIGateway = class extends APIGatewayClient {
};
createAggregatedClient(commands, APIGateway, { paginators });

// ../../node_modules/@aws-sdk/client-api-gateway/dist-es/models/enums.js
var AccessAssociationSourceType = {
  VPCE: "VPCE"
};
var ApiKeysFormat = {
  csv: "csv"
};
var ApiKeySourceType = {
  AUTHORIZER: "AUTHORIZER",
  HEADER: "HEADER"
};
var ApiStatus = {
  AVAILABLE: "AVAILABLE",
  FAILED: "FAILED",
  PENDING: "PENDING",
  UPDATING: "UPDATING"
};
var AuthorizerType = {
  COGNITO_USER_POOLS: "COGNITO_USER_POOLS",
  REQUEST: "REQUEST",
  TOKEN: "TOKEN"
};
var CacheClusterSize = {
  SIZE_0_POINT_5_GB: "0.5",
  SIZE_118_GB: "118",
  SIZE_13_POINT_5_GB: "13.5",
  SIZE_1_POINT_6_GB: "1.6",
  SIZE_237_GB: "237",
  SIZE_28_POINT_4_GB: "28.4",
  SIZE_58_POINT_2_GB: "58.2",
  SIZE_6_POINT_1_GB: "6.1"
};
var DocumentationPartType = {
  API: "API",
  AUTHORIZER: "AUTHORIZER",
  METHOD: "METHOD",
  MODEL: "MODEL",
  PATH_PARAMETER: "PATH_PARAMETER",
  QUERY_PARAMETER: "QUERY_PARAMETER",
  REQUEST_BODY: "REQUEST_BODY",
  REQUEST_HEADER: "REQUEST_HEADER",
  RESOURCE: "RESOURCE",
  RESPONSE: "RESPONSE",
  RESPONSE_BODY: "RESPONSE_BODY",
  RESPONSE_HEADER: "RESPONSE_HEADER"
};
var EndpointAccessMode = {
  BASIC: "BASIC",
  STRICT: "STRICT"
};
var IpAddressType = {
  dualstack: "dualstack",
  ipv4: "ipv4"
};
var EndpointType = {
  EDGE: "EDGE",
  PRIVATE: "PRIVATE",
  REGIONAL: "REGIONAL"
};
var RoutingMode = {
  BASE_PATH_MAPPING_ONLY: "BASE_PATH_MAPPING_ONLY",
  ROUTING_RULE_ONLY: "ROUTING_RULE_ONLY",
  ROUTING_RULE_THEN_BASE_PATH_MAPPING: "ROUTING_RULE_THEN_BASE_PATH_MAPPING"
};
var SecurityPolicy = {
  SecurityPolicy_TLS12_2018_EDGE: "SecurityPolicy_TLS12_2018_EDGE",
  SecurityPolicy_TLS12_PFS_2025_EDGE: "SecurityPolicy_TLS12_PFS_2025_EDGE",
  SecurityPolicy_TLS13_1_2_2021_06: "SecurityPolicy_TLS13_1_2_2021_06",
  SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09: "SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09",
  SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09: "SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09",
  SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09: "SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09",
  SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09: "SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09",
  SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09: "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09",
  SecurityPolicy_TLS13_1_2_PQ_2025_09: "SecurityPolicy_TLS13_1_2_PQ_2025_09",
  SecurityPolicy_TLS13_1_3_2025_09: "SecurityPolicy_TLS13_1_3_2025_09",
  SecurityPolicy_TLS13_1_3_FIPS_2025_09: "SecurityPolicy_TLS13_1_3_FIPS_2025_09",
  SecurityPolicy_TLS13_2025_EDGE: "SecurityPolicy_TLS13_2025_EDGE",
  TLS_1_0: "TLS_1_0",
  TLS_1_2: "TLS_1_2"
};
var DomainNameStatus = {
  AVAILABLE: "AVAILABLE",
  FAILED: "FAILED",
  PENDING: "PENDING",
  PENDING_CERTIFICATE_REIMPORT: "PENDING_CERTIFICATE_REIMPORT",
  PENDING_OWNERSHIP_VERIFICATION: "PENDING_OWNERSHIP_VERIFICATION",
  UPDATING: "UPDATING"
};
var ConnectionType = {
  INTERNET: "INTERNET",
  VPC_LINK: "VPC_LINK"
};
var ContentHandlingStrategy = {
  CONVERT_TO_BINARY: "CONVERT_TO_BINARY",
  CONVERT_TO_TEXT: "CONVERT_TO_TEXT"
};
var ResponseTransferMode = {
  BUFFERED: "BUFFERED",
  STREAM: "STREAM"
};
var IntegrationType = {
  AWS: "AWS",
  AWS_PROXY: "AWS_PROXY",
  HTTP: "HTTP",
  HTTP_PROXY: "HTTP_PROXY",
  MOCK: "MOCK"
};
var CacheClusterStatus = {
  AVAILABLE: "AVAILABLE",
  CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
  DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
  FLUSH_IN_PROGRESS: "FLUSH_IN_PROGRESS",
  NOT_AVAILABLE: "NOT_AVAILABLE"
};
var UnauthorizedCacheControlHeaderStrategy = {
  FAIL_WITH_403: "FAIL_WITH_403",
  SUCCEED_WITHOUT_RESPONSE_HEADER: "SUCCEED_WITHOUT_RESPONSE_HEADER",
  SUCCEED_WITH_RESPONSE_HEADER: "SUCCEED_WITH_RESPONSE_HEADER"
};
var QuotaPeriodType = {
  DAY: "DAY",
  MONTH: "MONTH",
  WEEK: "WEEK"
};
var VpcLinkStatus = {
  AVAILABLE: "AVAILABLE",
  DELETING: "DELETING",
  FAILED: "FAILED",
  PENDING: "PENDING"
};
var GatewayResponseType = {
  ACCESS_DENIED: "ACCESS_DENIED",
  API_CONFIGURATION_ERROR: "API_CONFIGURATION_ERROR",
  AUTHORIZER_CONFIGURATION_ERROR: "AUTHORIZER_CONFIGURATION_ERROR",
  AUTHORIZER_FAILURE: "AUTHORIZER_FAILURE",
  BAD_REQUEST_BODY: "BAD_REQUEST_BODY",
  BAD_REQUEST_PARAMETERS: "BAD_REQUEST_PARAMETERS",
  DEFAULT_4XX: "DEFAULT_4XX",
  DEFAULT_5XX: "DEFAULT_5XX",
  EXPIRED_TOKEN: "EXPIRED_TOKEN",
  INTEGRATION_FAILURE: "INTEGRATION_FAILURE",
  INTEGRATION_TIMEOUT: "INTEGRATION_TIMEOUT",
  INVALID_API_KEY: "INVALID_API_KEY",
  INVALID_SIGNATURE: "INVALID_SIGNATURE",
  MISSING_AUTHENTICATION_TOKEN: "MISSING_AUTHENTICATION_TOKEN",
  QUOTA_EXCEEDED: "QUOTA_EXCEEDED",
  REQUEST_TOO_LARGE: "REQUEST_TOO_LARGE",
  RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
  THROTTLED: "THROTTLED",
  UNAUTHORIZED: "UNAUTHORIZED",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  WAF_FILTERED: "WAF_FILTERED"
};
var LocationStatusType = {
  DOCUMENTED: "DOCUMENTED",
  UNDOCUMENTED: "UNDOCUMENTED"
};
var ResourceOwner = {
  OTHER_ACCOUNTS: "OTHER_ACCOUNTS",
  SELF: "SELF"
};
var PutMode = {
  Merge: "merge",
  Overwrite: "overwrite"
};
var Op = {
  add: "add",
  copy: "copy",
  move: "move",
  remove: "remove",
  replace: "replace",
  test: "test"
};

export {
  APIGatewayServiceException,
  BadRequestException,
  ConflictException,
  LimitExceededException,
  NotFoundException,
  TooManyRequestsException,
  UnauthorizedException,
  ServiceUnavailableException,
  APIGatewayServiceException$,
  BadRequestException$,
  ConflictException$,
  LimitExceededException$,
  NotFoundException$,
  ServiceUnavailableException$,
  TooManyRequestsException$,
  UnauthorizedException$,
  errorTypeRegistries,
  AccessLogSettings$,
  Account$,
  ApiKey$,
  ApiKeyIds$,
  ApiKeys$,
  ApiStage$,
  Authorizer$,
  Authorizers$,
  BasePathMapping$,
  BasePathMappings$,
  CanarySettings$,
  ClientCertificate$,
  ClientCertificates$,
  CreateApiKeyRequest$,
  CreateAuthorizerRequest$,
  CreateBasePathMappingRequest$,
  CreateDeploymentRequest$,
  CreateDocumentationPartRequest$,
  CreateDocumentationVersionRequest$,
  CreateDomainNameAccessAssociationRequest$,
  CreateDomainNameRequest$,
  CreateModelRequest$,
  CreateRequestValidatorRequest$,
  CreateResourceRequest$,
  CreateRestApiRequest$,
  CreateStageRequest$,
  CreateUsagePlanKeyRequest$,
  CreateUsagePlanRequest$,
  CreateVpcLinkRequest$,
  DeleteApiKeyRequest$,
  DeleteAuthorizerRequest$,
  DeleteBasePathMappingRequest$,
  DeleteClientCertificateRequest$,
  DeleteDeploymentRequest$,
  DeleteDocumentationPartRequest$,
  DeleteDocumentationVersionRequest$,
  DeleteDomainNameAccessAssociationRequest$,
  DeleteDomainNameRequest$,
  DeleteGatewayResponseRequest$,
  DeleteIntegrationRequest$,
  DeleteIntegrationResponseRequest$,
  DeleteMethodRequest$,
  DeleteMethodResponseRequest$,
  DeleteModelRequest$,
  DeleteRequestValidatorRequest$,
  DeleteResourceRequest$,
  DeleteRestApiRequest$,
  DeleteStageRequest$,
  DeleteUsagePlanKeyRequest$,
  DeleteUsagePlanRequest$,
  DeleteVpcLinkRequest$,
  Deployment$,
  DeploymentCanarySettings$,
  Deployments$,
  DocumentationPart$,
  DocumentationPartIds$,
  DocumentationPartLocation$,
  DocumentationParts$,
  DocumentationVersion$,
  DocumentationVersions$,
  DomainName$,
  DomainNameAccessAssociation$,
  DomainNameAccessAssociations$,
  DomainNames$,
  EndpointConfiguration$,
  ExportResponse$,
  FlushStageAuthorizersCacheRequest$,
  FlushStageCacheRequest$,
  GatewayResponse$,
  GatewayResponses$,
  GenerateClientCertificateRequest$,
  GetAccountRequest$,
  GetApiKeyRequest$,
  GetApiKeysRequest$,
  GetAuthorizerRequest$,
  GetAuthorizersRequest$,
  GetBasePathMappingRequest$,
  GetBasePathMappingsRequest$,
  GetClientCertificateRequest$,
  GetClientCertificatesRequest$,
  GetDeploymentRequest$,
  GetDeploymentsRequest$,
  GetDocumentationPartRequest$,
  GetDocumentationPartsRequest$,
  GetDocumentationVersionRequest$,
  GetDocumentationVersionsRequest$,
  GetDomainNameAccessAssociationsRequest$,
  GetDomainNameRequest$,
  GetDomainNamesRequest$,
  GetExportRequest$,
  GetGatewayResponseRequest$,
  GetGatewayResponsesRequest$,
  GetIntegrationRequest$,
  GetIntegrationResponseRequest$,
  GetMethodRequest$,
  GetMethodResponseRequest$,
  GetModelRequest$,
  GetModelsRequest$,
  GetModelTemplateRequest$,
  GetRequestValidatorRequest$,
  GetRequestValidatorsRequest$,
  GetResourceRequest$,
  GetResourcesRequest$,
  GetRestApiRequest$,
  GetRestApisRequest$,
  GetSdkRequest$,
  GetSdkTypeRequest$,
  GetSdkTypesRequest$,
  GetStageRequest$,
  GetStagesRequest$,
  GetTagsRequest$,
  GetUsagePlanKeyRequest$,
  GetUsagePlanKeysRequest$,
  GetUsagePlanRequest$,
  GetUsagePlansRequest$,
  GetUsageRequest$,
  GetVpcLinkRequest$,
  GetVpcLinksRequest$,
  ImportApiKeysRequest$,
  ImportDocumentationPartsRequest$,
  ImportRestApiRequest$,
  Integration$,
  IntegrationResponse$,
  Method$,
  MethodResponse$,
  MethodSetting$,
  MethodSnapshot$,
  Model$,
  Models$,
  MutualTlsAuthentication$,
  MutualTlsAuthenticationInput$,
  PatchOperation$,
  PutGatewayResponseRequest$,
  PutIntegrationRequest$,
  PutIntegrationResponseRequest$,
  PutMethodRequest$,
  PutMethodResponseRequest$,
  PutRestApiRequest$,
  QuotaSettings$,
  RejectDomainNameAccessAssociationRequest$,
  RequestValidator$,
  RequestValidators$,
  Resource$,
  Resources$,
  RestApi$,
  RestApis$,
  SdkConfigurationProperty$,
  SdkResponse$,
  SdkType$,
  SdkTypes$,
  Stage$,
  StageKey$,
  Stages$,
  TagResourceRequest$,
  Tags$,
  Template$,
  TestInvokeAuthorizerRequest$,
  TestInvokeAuthorizerResponse$,
  TestInvokeMethodRequest$,
  TestInvokeMethodResponse$,
  ThrottleSettings$,
  TlsConfig$,
  UntagResourceRequest$,
  UpdateAccountRequest$,
  UpdateApiKeyRequest$,
  UpdateAuthorizerRequest$,
  UpdateBasePathMappingRequest$,
  UpdateClientCertificateRequest$,
  UpdateDeploymentRequest$,
  UpdateDocumentationPartRequest$,
  UpdateDocumentationVersionRequest$,
  UpdateDomainNameRequest$,
  UpdateGatewayResponseRequest$,
  UpdateIntegrationRequest$,
  UpdateIntegrationResponseRequest$,
  UpdateMethodRequest$,
  UpdateMethodResponseRequest$,
  UpdateModelRequest$,
  UpdateRequestValidatorRequest$,
  UpdateResourceRequest$,
  UpdateRestApiRequest$,
  UpdateStageRequest$,
  UpdateUsagePlanRequest$,
  UpdateUsageRequest$,
  UpdateVpcLinkRequest$,
  Usage$,
  UsagePlan$,
  UsagePlanKey$,
  UsagePlanKeys$,
  UsagePlans$,
  VpcLink$,
  VpcLinks$,
  CreateApiKey$,
  CreateAuthorizer$,
  CreateBasePathMapping$,
  CreateDeployment$,
  CreateDocumentationPart$,
  CreateDocumentationVersion$,
  CreateDomainName$,
  CreateDomainNameAccessAssociation$,
  CreateModel$,
  CreateRequestValidator$,
  CreateResource$,
  CreateRestApi$,
  CreateStage$,
  CreateUsagePlan$,
  CreateUsagePlanKey$,
  CreateVpcLink$,
  DeleteApiKey$,
  DeleteAuthorizer$,
  DeleteBasePathMapping$,
  DeleteClientCertificate$,
  DeleteDeployment$,
  DeleteDocumentationPart$,
  DeleteDocumentationVersion$,
  DeleteDomainName$,
  DeleteDomainNameAccessAssociation$,
  DeleteGatewayResponse$,
  DeleteIntegration$,
  DeleteIntegrationResponse$,
  DeleteMethod$,
  DeleteMethodResponse$,
  DeleteModel$,
  DeleteRequestValidator$,
  DeleteResource$,
  DeleteRestApi$,
  DeleteStage$,
  DeleteUsagePlan$,
  DeleteUsagePlanKey$,
  DeleteVpcLink$,
  FlushStageAuthorizersCache$,
  FlushStageCache$,
  GenerateClientCertificate$,
  GetAccount$,
  GetApiKey$,
  GetApiKeys$,
  GetAuthorizer$,
  GetAuthorizers$,
  GetBasePathMapping$,
  GetBasePathMappings$,
  GetClientCertificate$,
  GetClientCertificates$,
  GetDeployment$,
  GetDeployments$,
  GetDocumentationPart$,
  GetDocumentationParts$,
  GetDocumentationVersion$,
  GetDocumentationVersions$,
  GetDomainName$,
  GetDomainNameAccessAssociations$,
  GetDomainNames$,
  GetExport$,
  GetGatewayResponse$,
  GetGatewayResponses$,
  GetIntegration$,
  GetIntegrationResponse$,
  GetMethod$,
  GetMethodResponse$,
  GetModel$,
  GetModels$,
  GetModelTemplate$,
  GetRequestValidator$,
  GetRequestValidators$,
  GetResource$,
  GetResources$,
  GetRestApi$,
  GetRestApis$,
  GetSdk$,
  GetSdkType$,
  GetSdkTypes$,
  GetStage$,
  GetStages$,
  GetTags$,
  GetUsage$,
  GetUsagePlan$,
  GetUsagePlanKey$,
  GetUsagePlanKeys$,
  GetUsagePlans$,
  GetVpcLink$,
  GetVpcLinks$,
  ImportApiKeys$,
  ImportDocumentationParts$,
  ImportRestApi$,
  PutGatewayResponse$,
  PutIntegration$,
  PutIntegrationResponse$,
  PutMethod$,
  PutMethodResponse$,
  PutRestApi$,
  RejectDomainNameAccessAssociation$,
  TagResource$,
  TestInvokeAuthorizer$,
  TestInvokeMethod$,
  UntagResource$,
  UpdateAccount$,
  UpdateApiKey$,
  UpdateAuthorizer$,
  UpdateBasePathMapping$,
  UpdateClientCertificate$,
  UpdateDeployment$,
  UpdateDocumentationPart$,
  UpdateDocumentationVersion$,
  UpdateDomainName$,
  UpdateGatewayResponse$,
  UpdateIntegration$,
  UpdateIntegrationResponse$,
  UpdateMethod$,
  UpdateMethodResponse$,
  UpdateModel$,
  UpdateRequestValidator$,
  UpdateResource$,
  UpdateRestApi$,
  UpdateStage$,
  UpdateUsage$,
  UpdateUsagePlan$,
  UpdateVpcLink$,
  APIGatewayClient,
  CreateApiKeyCommand,
  CreateAuthorizerCommand,
  CreateBasePathMappingCommand,
  CreateDeploymentCommand,
  CreateDocumentationPartCommand,
  CreateDocumentationVersionCommand,
  CreateDomainNameAccessAssociationCommand,
  CreateDomainNameCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  CreateVpcLinkCommand,
  DeleteApiKeyCommand,
  DeleteAuthorizerCommand,
  DeleteBasePathMappingCommand,
  DeleteClientCertificateCommand,
  DeleteDeploymentCommand,
  DeleteDocumentationPartCommand,
  DeleteDocumentationVersionCommand,
  DeleteDomainNameAccessAssociationCommand,
  DeleteDomainNameCommand,
  DeleteGatewayResponseCommand,
  DeleteIntegrationCommand,
  DeleteIntegrationResponseCommand,
  DeleteMethodCommand,
  DeleteMethodResponseCommand,
  DeleteModelCommand,
  DeleteRequestValidatorCommand,
  DeleteResourceCommand,
  DeleteRestApiCommand,
  DeleteStageCommand,
  DeleteUsagePlanCommand,
  DeleteUsagePlanKeyCommand,
  DeleteVpcLinkCommand,
  FlushStageAuthorizersCacheCommand,
  FlushStageCacheCommand,
  GenerateClientCertificateCommand,
  GetAccountCommand,
  GetApiKeyCommand,
  GetApiKeysCommand,
  GetAuthorizerCommand,
  GetAuthorizersCommand,
  GetBasePathMappingCommand,
  GetBasePathMappingsCommand,
  GetClientCertificateCommand,
  GetClientCertificatesCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetDocumentationPartCommand,
  GetDocumentationPartsCommand,
  GetDocumentationVersionCommand,
  GetDocumentationVersionsCommand,
  GetDomainNameAccessAssociationsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  GetExportCommand,
  GetGatewayResponseCommand,
  GetGatewayResponsesCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  GetModelCommand,
  GetModelsCommand,
  GetModelTemplateCommand,
  GetRequestValidatorCommand,
  GetRequestValidatorsCommand,
  GetResourceCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  GetSdkCommand,
  GetSdkTypeCommand,
  GetSdkTypesCommand,
  GetStageCommand,
  GetStagesCommand,
  GetTagsCommand,
  GetUsageCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeyCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  GetVpcLinkCommand,
  GetVpcLinksCommand,
  ImportApiKeysCommand,
  ImportDocumentationPartsCommand,
  ImportRestApiCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  PutRestApiCommand,
  RejectDomainNameAccessAssociationCommand,
  TagResourceCommand,
  TestInvokeAuthorizerCommand,
  TestInvokeMethodCommand,
  UntagResourceCommand,
  UpdateAccountCommand,
  UpdateApiKeyCommand,
  UpdateAuthorizerCommand,
  UpdateBasePathMappingCommand,
  UpdateClientCertificateCommand,
  UpdateDeploymentCommand,
  UpdateDocumentationPartCommand,
  UpdateDocumentationVersionCommand,
  UpdateDomainNameCommand,
  UpdateGatewayResponseCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  UpdateMethodResponseCommand,
  UpdateModelCommand,
  UpdateRequestValidatorCommand,
  UpdateResourceCommand,
  UpdateRestApiCommand,
  UpdateStageCommand,
  UpdateUsageCommand,
  UpdateUsagePlanCommand,
  UpdateVpcLinkCommand,
  paginateGetApiKeys,
  paginateGetBasePathMappings,
  paginateGetClientCertificates,
  paginateGetDeployments,
  paginateGetDomainNames,
  paginateGetModels,
  paginateGetResources,
  paginateGetRestApis,
  paginateGetUsage,
  paginateGetUsagePlanKeys,
  paginateGetUsagePlans,
  paginateGetVpcLinks,
  APIGateway,
  AccessAssociationSourceType,
  ApiKeysFormat,
  ApiKeySourceType,
  ApiStatus,
  AuthorizerType,
  CacheClusterSize,
  DocumentationPartType,
  EndpointAccessMode,
  IpAddressType,
  EndpointType,
  RoutingMode,
  SecurityPolicy,
  DomainNameStatus,
  ConnectionType,
  ContentHandlingStrategy,
  ResponseTransferMode,
  IntegrationType,
  CacheClusterStatus,
  UnauthorizedCacheControlHeaderStrategy,
  QuotaPeriodType,
  VpcLinkStatus,
  GatewayResponseType,
  LocationStatusType,
  ResourceOwner,
  PutMode,
  Op
};
//# sourceMappingURL=chunk-W7EJCJQ4.js.map
