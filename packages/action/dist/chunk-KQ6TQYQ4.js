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
  getDefaultSocketTimeout,
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
  TypeRegistry,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl
} from "./chunk-CPE75FZ3.js";

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/auth/httpAuthSchemeProvider.js
var defaultApiGatewayV2HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
var defaultApiGatewayV2HttpAuthSchemeProvider = (authParameters) => {
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

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/endpoint/EndpointParameters.js
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

// ../../node_modules/@aws-sdk/client-apigatewayv2/package.json
var package_default = {
  name: "@aws-sdk/client-apigatewayv2",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Apigatewayv2 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-apigatewayv2",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-apigatewayv2"
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
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
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

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/endpoint/bdd.js
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

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/endpoint/endpointResolver.js
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

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/models/ApiGatewayV2ServiceException.js
var ApiGatewayV2ServiceException = class _ApiGatewayV2ServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.apigatewayv2#ApiGatewayV2ServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _ApiGatewayV2ServiceException.prototype);
  }
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends ApiGatewayV2ServiceException {
  static shapeId = "com.amazonaws.apigatewayv2#AccessDeniedException";
  name = "AccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var BadRequestException = class _BadRequestException extends ApiGatewayV2ServiceException {
  static shapeId = "com.amazonaws.apigatewayv2#BadRequestException";
  name = "BadRequestException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "BadRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BadRequestException.prototype);
    this.Message = opts.Message;
  }
};
var ConflictException = class _ConflictException extends ApiGatewayV2ServiceException {
  static shapeId = "com.amazonaws.apigatewayv2#ConflictException";
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var NotFoundException = class _NotFoundException extends ApiGatewayV2ServiceException {
  static shapeId = "com.amazonaws.apigatewayv2#NotFoundException";
  name = "NotFoundException";
  $fault = "client";
  Message;
  ResourceType;
  constructor(opts) {
    super({
      name: "NotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotFoundException.prototype);
    this.Message = opts.Message;
    this.ResourceType = opts.ResourceType;
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends ApiGatewayV2ServiceException {
  static shapeId = "com.amazonaws.apigatewayv2#TooManyRequestsException";
  name = "TooManyRequestsException";
  $fault = "client";
  LimitType;
  Message;
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
    this.LimitType = opts.LimitType;
    this.Message = opts.Message;
  }
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/schemas/schemas_0.js
var _A = "Api";
var _AC = "AllowCredentials";
var _ACA = "AuthorizerCredentialsArn";
var _ACI = "AppClientId";
var _ACMM = "ACMManaged";
var _ACc = "AccentColor";
var _AD = "AutoDeployed";
var _ADE = "AccessDeniedException";
var _ADu = "AutoDeploy";
var _AE = "ApiEndpoint";
var _AGDN = "ApiGatewayDomainName";
var _AGM = "ApiGatewayManaged";
var _AH = "AllowHeaders";
var _AI = "ApiId";
var _AIu = "AuthorizerId";
var _AKR = "ApiKeyRequired";
var _AKSE = "ApiKeySelectionExpression";
var _ALS = "AccessLogSettings";
var _AM = "ApiMapping";
var _AMI = "ApiMappingId";
var _AMK = "ApiMappingKey";
var _AMSE = "ApiMappingSelectionExpression";
var _AMc = "AcmManaged";
var _AMl = "AllowMethods";
var _AO = "AllowOrigins";
var _AOn = "AnyOf";
var _APFV = "AuthorizerPayloadFormatVersion";
var _ARTIS = "AuthorizerResultTtlInSeconds";
var _AS = "AuthorizationScopes";
var _AT = "AuthorizerType";
var _ATu = "AuthorizationType";
var _AU = "AuthorizerUri";
var _Ac = "Actions";
var _Au = "Authorization";
var _Aud = "Audience";
var _Aut = "Authorizer";
var _B = "Body";
var _BC = "BackgroundColor";
var _BRE = "BadRequestException";
var _Ba = "Basepath";
var _C = "Cors";
var _CA = "CertificateArn";
var _CAM = "CreateApiMapping";
var _CAMR = "CreateApiMappingRequest";
var _CAMRr = "CreateApiMappingResponse";
var _CAR = "CreateApiRequest";
var _CARr = "CreateApiResponse";
var _CARre = "CreateAuthorizerRequest";
var _CARrea = "CreateAuthorizerResponse";
var _CAr = "CredentialsArn";
var _CAre = "CreateApi";
var _CArea = "CreateAuthorizer";
var _CC = "CorsConfiguration";
var _CCI = "ClientCertificateId";
var _CCo = "CognitoConfig";
var _CCu = "CustomColors";
var _CD = "CreatedDate";
var _CDN = "CreateDomainName";
var _CDNR = "CreateDomainNameRequest";
var _CDNRr = "CreateDomainNameResponse";
var _CDR = "CreateDeploymentRequest";
var _CDRr = "CreateDeploymentResponse";
var _CDr = "CreateDeployment";
var _CE = "ConflictException";
var _CHS = "ContentHandlingStrategy";
var _CI = "ConnectionId";
var _CIR = "CreateIntegrationRequest";
var _CIRR = "CreateIntegrationResponseRequest";
var _CIRRr = "CreateIntegrationResponseResponse";
var _CIRr = "CreateIntegrationResult";
var _CIRre = "CreateIntegrationResponse";
var _CIr = "CreateIntegration";
var _CM = "CreateModel";
var _CMR = "CreateModelRequest";
var _CMRr = "CreateModelResponse";
var _CN = "CertificateName";
var _CP = "CreatePortal";
var _CPP = "CreatePortalProduct";
var _CPPR = "CreatePortalProductRequest";
var _CPPRr = "CreatePortalProductResponse";
var _CPPRre = "CreateProductPageRequest";
var _CPPRrea = "CreateProductPageResponse";
var _CPPr = "CreateProductPage";
var _CPR = "CreatePortalRequest";
var _CPREP = "CreateProductRestEndpointPage";
var _CPREPR = "CreateProductRestEndpointPageRequest";
var _CPREPRr = "CreateProductRestEndpointPageResponse";
var _CPRr = "CreatePortalResponse";
var _CR = "CreateRoute";
var _CRR = "CreateRouteRequest";
var _CRRR = "CreateRouteResponseRequest";
var _CRRRr = "CreateRouteResponseResponse";
var _CRRRre = "CreateRoutingRuleRequest";
var _CRRRrea = "CreateRoutingRuleResponse";
var _CRRr = "CreateRouteResult";
var _CRRre = "CreateRouteResponse";
var _CRRrea = "CreateRoutingRule";
var _CS = "CreateStage";
var _CSR = "CreateStageRequest";
var _CSRr = "CreateStageResponse";
var _CT = "ConnectionType";
var _CTo = "ContentType";
var _CUD = "CertificateUploadDate";
var _CVL = "CreateVpcLink";
var _CVLR = "CreateVpcLinkRequest";
var _CVLRr = "CreateVpcLinkResponse";
var _Co = "Conditions";
var _Con = "Contents";
var _D = "Description";
var _DA = "DestinationArn";
var _DALS = "DeleteAccessLogSettings";
var _DALSR = "DeleteAccessLogSettingsRequest";
var _DAM = "DeleteApiMapping";
var _DAMR = "DeleteApiMappingRequest";
var _DAR = "DeleteApiRequest";
var _DARe = "DeleteAuthorizerRequest";
var _DAe = "DeleteApi";
var _DAel = "DeleteAuthorizer";
var _DC = "DisplayContent";
var _DCC = "DeleteCorsConfiguration";
var _DCCR = "DeleteCorsConfigurationRequest";
var _DCO = "DisplayContentOverrides";
var _DD = "DeleteDeployment";
var _DDN = "DeleteDomainName";
var _DDNR = "DeleteDomainNameRequest";
var _DDR = "DeleteDeploymentRequest";
var _DEAE = "DisableExecuteApiEndpoint";
var _DI = "DeploymentId";
var _DIR = "DeleteIntegrationRequest";
var _DIRR = "DeleteIntegrationResponseRequest";
var _DIRe = "DeleteIntegrationResponse";
var _DIe = "DeleteIntegration";
var _DM = "DeleteModel";
var _DME = "DetailedMetricsEnabled";
var _DMR = "DeleteModelRequest";
var _DN = "DomainName";
var _DNA = "DomainNameArn";
var _DNC = "DomainNameConfigurations";
var _DNCo = "DomainNameConfiguration";
var _DNI = "DomainNameId";
var _DNS = "DomainNameStatus";
var _DNSM = "DomainNameStatusMessage";
var _DNi = "DisplayName";
var _DO = "DisplayOrder";
var _DP = "DeletePortal";
var _DPP = "DeletePortalProduct";
var _DPPR = "DeletePortalProductRequest";
var _DPPRe = "DeleteProductPageRequest";
var _DPPSP = "DeletePortalProductSharingPolicy";
var _DPPSPR = "DeletePortalProductSharingPolicyRequest";
var _DPPe = "DeleteProductPage";
var _DPR = "DeletePortalRequest";
var _DPREP = "DeleteProductRestEndpointPage";
var _DPREPR = "DeleteProductRestEndpointPageRequest";
var _DPRi = "DisablePortalRequest";
var _DPi = "DisablePortal";
var _DR = "DeleteRoute";
var _DRR = "DeleteRouteRequest";
var _DRRP = "DeleteRouteRequestParameter";
var _DRRPR = "DeleteRouteRequestParameterRequest";
var _DRRR = "DeleteRouteResponseRequest";
var _DRRRe = "DeleteRoutingRuleRequest";
var _DRRe = "DeleteRouteResponse";
var _DRRel = "DeleteRoutingRule";
var _DRS = "DefaultRouteSettings";
var _DRSR = "DeleteRouteSettingsRequest";
var _DRSe = "DeleteRouteSettings";
var _DS = "DeploymentStatus";
var _DSM = "DeploymentStatusMessage";
var _DSR = "DeleteStageRequest";
var _DSV = "DisableSchemaValidation";
var _DSe = "DeleteStage";
var _DTE = "DataTraceEnabled";
var _DVL = "DeleteVpcLink";
var _DVLR = "DeleteVpcLinkRequest";
var _DVLRe = "DeleteVpcLinkResponse";
var _De = "Deployment";
var _E = "Endpoint";
var _EA = "ExportApi";
var _EAR = "ExportApiRequest";
var _EARx = "ExportApiResponse";
var _EC = "EndpointConfiguration";
var _ECR = "EndpointConfigurationRequest";
var _ECRn = "EndpointConfigurationResponse";
var _EDC = "EndpointDisplayContent";
var _EDCR = "EndpointDisplayContentResponse";
var _EH = "ExposeHeaders";
var _ESR = "EnableSimpleResponses";
var _ET = "EndpointType";
var _EV = "ExportVersion";
var _EVC = "ErrorValidationColor";
var _Ex = "Exception";
var _F = "Format";
var _FOW = "FailOnWarnings";
var _GA = "GetApi";
var _GAM = "GetApiMapping";
var _GAMR = "GetApiMappingRequest";
var _GAMRe = "GetApiMappingResponse";
var _GAMRet = "GetApiMappingsRequest";
var _GAMRetp = "GetApiMappingsResponse";
var _GAMe = "GetApiMappings";
var _GAR = "GetApiRequest";
var _GARe = "GetApiResponse";
var _GARet = "GetApisRequest";
var _GARetp = "GetApisResponse";
var _GARetu = "GetAuthorizerRequest";
var _GARetut = "GetAuthorizerResponse";
var _GARetuth = "GetAuthorizersRequest";
var _GARetutho = "GetAuthorizersResponse";
var _GAe = "GetApis";
var _GAet = "GetAuthorizer";
var _GAetu = "GetAuthorizers";
var _GD = "GetDeployment";
var _GDN = "GetDomainName";
var _GDNR = "GetDomainNameRequest";
var _GDNRe = "GetDomainNameResponse";
var _GDNRet = "GetDomainNamesRequest";
var _GDNReto = "GetDomainNamesResponse";
var _GDNe = "GetDomainNames";
var _GDR = "GetDeploymentRequest";
var _GDRe = "GetDeploymentResponse";
var _GDRet = "GetDeploymentsRequest";
var _GDRete = "GetDeploymentsResponse";
var _GDe = "GetDeployments";
var _GI = "GetIntegration";
var _GIR = "GetIntegrationRequest";
var _GIRR = "GetIntegrationResponseRequest";
var _GIRRe = "GetIntegrationResponseResponse";
var _GIRRet = "GetIntegrationResponsesRequest";
var _GIRRetn = "GetIntegrationResponsesResponse";
var _GIRe = "GetIntegrationResult";
var _GIRet = "GetIntegrationsRequest";
var _GIRetn = "GetIntegrationsResponse";
var _GIRetnt = "GetIntegrationResponse";
var _GIRetnte = "GetIntegrationResponses";
var _GIe = "GetIntegrations";
var _GM = "GetModel";
var _GMR = "GetModelRequest";
var _GMRe = "GetModelResponse";
var _GMRet = "GetModelsRequest";
var _GMReto = "GetModelsResponse";
var _GMT = "GetModelTemplate";
var _GMTR = "GetModelTemplateRequest";
var _GMTRe = "GetModelTemplateResponse";
var _GMe = "GetModels";
var _GP = "GetPortal";
var _GPP = "GetPortalProduct";
var _GPPR = "GetPortalProductRequest";
var _GPPRe = "GetPortalProductResponse";
var _GPPRet = "GetProductPageRequest";
var _GPPRetr = "GetProductPageResponse";
var _GPPSP = "GetPortalProductSharingPolicy";
var _GPPSPR = "GetPortalProductSharingPolicyRequest";
var _GPPSPRe = "GetPortalProductSharingPolicyResponse";
var _GPPe = "GetProductPage";
var _GPR = "GetPortalRequest";
var _GPREP = "GetProductRestEndpointPage";
var _GPREPR = "GetProductRestEndpointPageRequest";
var _GPREPRe = "GetProductRestEndpointPageResponse";
var _GPRe = "GetPortalResponse";
var _GR = "GetRoute";
var _GRR = "GetRouteRequest";
var _GRRR = "GetRouteResponseRequest";
var _GRRRe = "GetRouteResponseResponse";
var _GRRRet = "GetRouteResponsesRequest";
var _GRRReto = "GetRouteResponsesResponse";
var _GRRRetou = "GetRoutingRuleRequest";
var _GRRRetout = "GetRoutingRuleResponse";
var _GRRe = "GetRouteResult";
var _GRRet = "GetRoutesRequest";
var _GRReto = "GetRoutesResponse";
var _GRRetou = "GetRouteResponse";
var _GRRetout = "GetRouteResponses";
var _GRRetouti = "GetRoutingRule";
var _GRe = "GetRoutes";
var _GS = "GetStage";
var _GSR = "GetStageRequest";
var _GSRe = "GetStageResponse";
var _GSRet = "GetStagesRequest";
var _GSRett = "GetStagesResponse";
var _GSe = "GetStages";
var _GT = "GetTags";
var _GTR = "GetTagsRequest";
var _GTRe = "GetTagsResponse";
var _GVL = "GetVpcLink";
var _GVLR = "GetVpcLinkRequest";
var _GVLRe = "GetVpcLinkResponse";
var _GVLRet = "GetVpcLinksRequest";
var _GVLRetp = "GetVpcLinksResponse";
var _GVLe = "GetVpcLinks";
var _H = "Header";
var _HC = "HeaderColor";
var _HZI = "HostedZoneId";
var _I = "Items";
var _IA = "InvokeApi";
var _IAR = "ImportApiRequest";
var _IARm = "ImportApiResponse";
var _IAT = "IpAddressType";
var _IAm = "ImportApi";
var _IE = "IncludeExtensions";
var _II = "ImportInfo";
var _IIn = "IntegrationId";
var _IM = "IntegrationMethod";
var _IP = "IdentifierParts";
var _IPPA = "IncludedPortalProductArns";
var _IR = "IntegrationResponse";
var _IRDC = "IncludeRawDisplayContent";
var _IRI = "IntegrationResponseId";
var _IRK = "IntegrationResponseKey";
var _IRSE = "IntegrationResponseSelectionExpression";
var _IS = "IdentitySource";
var _ISn = "IntegrationSubtype";
var _IT = "IntegrationType";
var _IU = "IntegrationUri";
var _IVE = "IdentityValidationExpression";
var _In = "Integration";
var _Is = "Issuer";
var _JC = "JwtConfiguration";
var _JWTC = "JWTConfiguration";
var _LDSM = "LastDeploymentStatusMessage";
var _LL = "LoggingLevel";
var _LLU = "LogoLastUploaded";
var _LM = "LastModified";
var _LP = "LastPublished";
var _LPD = "LastPublishedDescription";
var _LPP = "ListPortalProducts";
var _LPPR = "ListPortalProductsRequest";
var _LPPRi = "ListPortalProductsResponse";
var _LPPRis = "ListProductPagesRequest";
var _LPPRist = "ListProductPagesResponse";
var _LPPi = "ListProductPages";
var _LPR = "ListPortalsRequest";
var _LPREP = "ListProductRestEndpointPages";
var _LPREPR = "ListProductRestEndpointPagesRequest";
var _LPREPRi = "ListProductRestEndpointPagesResponse";
var _LPRi = "ListPortalsResponse";
var _LPi = "ListPortals";
var _LRR = "ListRoutingRules";
var _LRRR = "ListRoutingRulesRequest";
var _LRRRi = "ListRoutingRulesResponse";
var _LT = "LimitType";
var _LU = "LogoUri";
var _LUD = "LastUpdatedDate";
var _M = "Message";
var _MA = "MaxAge";
var _MBP = "MatchBasePaths";
var _MH = "MatchHeaders";
var _MI = "ModelId";
var _MR = "MaxResults";
var _MSE = "ModelSelectionExpression";
var _MTA = "MutualTlsAuthentication";
var _MTAI = "MutualTlsAuthenticationInput";
var _Me = "Method";
var _Mo = "Model";
var _N = "Name";
var _NC = "NavigationColor";
var _NFE = "NotFoundException";
var _NT = "NextToken";
var _No = "None";
var _O = "Overrides";
var _ON = "OperationName";
var _OPA = "OverviewPageArn";
var _OT = "OutputType";
var _OVCA = "OwnershipVerificationCertificateArn";
var _P = "Priority";
var _PA = "PortalArn";
var _PB = "PassthroughBehavior";
var _PC = "PortalContent";
var _PCa = "ParameterConstraints";
var _PD = "PolicyDocument";
var _PDDN = "PortalDefaultDomainName";
var _PDHZI = "PortalDomainHostedZoneId";
var _PFV = "PayloadFormatVersion";
var _PI = "PortalId";
var _PP = "PreviewPortal";
var _PPA = "PortalProductArn";
var _PPAr = "ProductPageArn";
var _PPAro = "ProductPageArns";
var _PPI = "PortalProductId";
var _PPIr = "ProductPageId";
var _PPPSP = "PutPortalProductSharingPolicy";
var _PPPSPR = "PutPortalProductSharingPolicyRequest";
var _PPPSPRu = "PutPortalProductSharingPolicyResponse";
var _PPR = "PreviewPortalRequest";
var _PPRr = "PreviewPortalResponse";
var _PPRu = "PublishPortalRequest";
var _PPRub = "PublishPortalResponse";
var _PPS = "PortalProductSummary";
var _PPSNB = "ProductPageSummaryNoBody";
var _PPu = "PublishPortal";
var _PREPA = "ProductRestEndpointPageArn";
var _PREPAr = "ProductRestEndpointPageArns";
var _PREPI = "ProductRestEndpointPageId";
var _PREPSNB = "ProductRestEndpointPageSummaryNoBody";
var _PRR = "PutRoutingRule";
var _PRRR = "PutRoutingRuleRequest";
var _PRRRu = "PutRoutingRuleResponse";
var _PS = "PublishStatus";
var _PSo = "PortalSummary";
var _PSr = "PreviewStatus";
var _PT = "ProtocolType";
var _PTa = "PageTitle";
var _PTo = "PortalTheme";
var _PU = "PreviewUrl";
var _Pa = "Path";
var _Pr = "Preview";
var _R = "Required";
var _RA = "ResourceArn";
var _RAC = "ResetAuthorizersCache";
var _RACR = "ResetAuthorizersCacheRequest";
var _RAI = "RestApiId";
var _RAMN = "RumAppMonitorName";
var _RAR = "ReimportApiRequest";
var _RARe = "ReimportApiResponse";
var _RAe = "ReimportApi";
var _RDC = "RawDisplayContent";
var _REI = "RestEndpointIdentifier";
var _RI = "RouteId";
var _RK = "RouteKey";
var _RM = "RoutingMode";
var _RMe = "RequestModels";
var _RMes = "ResponseModels";
var _RO = "ResourceOwner";
var _ROAI = "ResourceOwnerAccountId";
var _RP = "RequestParameters";
var _RPK = "RequestParameterKey";
var _RPe = "ResponseParameters";
var _RPo = "RouteParameters";
var _RR = "RoutingRules";
var _RRA = "RoutingRuleArn";
var _RRAIA = "RoutingRuleActionInvokeApi";
var _RRAo = "RoutingRuleAction";
var _RRC = "RoutingRuleCondition";
var _RRI = "RouteResponseId";
var _RRIo = "RoutingRuleId";
var _RRK = "RouteResponseKey";
var _RRMBP = "RoutingRuleMatchBasePaths";
var _RRMH = "RoutingRuleMatchHeaders";
var _RRMHV = "RoutingRuleMatchHeaderValue";
var _RRSE = "RouteResponseSelectionExpression";
var _RRo = "RouteResponse";
var _RRou = "RoutingRule";
var _RS = "RouteSettings";
var _RSE = "RouteSelectionExpression";
var _RSM = "RouteSettingsMap";
var _RT = "ResourceType";
var _RTe = "RequestTemplates";
var _RTes = "ResponseTemplates";
var _Ro = "Route";
var _S = "Stage";
var _SBP = "StripBasePath";
var _SE = "StatusException";
var _SGI = "SecurityGroupIds";
var _SI = "SubnetIds";
var _SN = "StageName";
var _SNTV = "ServerNameToVerify";
var _SNe = "SectionName";
var _SP = "SecurityPolicy";
var _SV = "StageVariables";
var _Sc = "Schema";
var _Se = "Section";
var _Sp = "Specification";
var _St = "Status";
var _T = "Tags";
var _TBL = "ThrottlingBurstLimit";
var _TC = "TlsConfig";
var _TCI = "TlsConfigInput";
var _TCe = "TextColor";
var _TIM = "TimeoutInMillis";
var _TIS = "TryItState";
var _TK = "TagKeys";
var _TMRE = "TooManyRequestsException";
var _TR = "TagResource";
var _TRL = "ThrottlingRateLimit";
var _TRR = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _TSE = "TemplateSelectionExpression";
var _TU = "TruststoreUri";
var _TV = "TruststoreVersion";
var _TW = "TruststoreWarnings";
var _Ta = "Target";
var _Th = "Theme";
var _Ti = "Title";
var _UA = "UpdateApi";
var _UAM = "UpdateApiMapping";
var _UAMR = "UpdateApiMappingRequest";
var _UAMRp = "UpdateApiMappingResponse";
var _UAR = "UpdateApiRequest";
var _UARp = "UpdateApiResponse";
var _UARpd = "UpdateAuthorizerRequest";
var _UARpda = "UpdateAuthorizerResponse";
var _UAp = "UpdateAuthorizer";
var _UD = "UpdateDeployment";
var _UDN = "UpdateDomainName";
var _UDNR = "UpdateDomainNameRequest";
var _UDNRp = "UpdateDomainNameResponse";
var _UDR = "UpdateDeploymentRequest";
var _UDRp = "UpdateDeploymentResponse";
var _UI = "UpdateIntegration";
var _UIR = "UpdateIntegrationRequest";
var _UIRR = "UpdateIntegrationResponseRequest";
var _UIRRp = "UpdateIntegrationResponseResponse";
var _UIRp = "UpdateIntegrationResult";
var _UIRpd = "UpdateIntegrationResponse";
var _UM = "UpdateModel";
var _UMR = "UpdateModelRequest";
var _UMRp = "UpdateModelResponse";
var _UP = "UpdatePortal";
var _UPA = "UserPoolArn";
var _UPD = "UserPoolDomain";
var _UPP = "UpdatePortalProduct";
var _UPPR = "UpdatePortalProductRequest";
var _UPPRp = "UpdatePortalProductResponse";
var _UPPRpd = "UpdateProductPageRequest";
var _UPPRpda = "UpdateProductPageResponse";
var _UPPp = "UpdateProductPage";
var _UPR = "UpdatePortalRequest";
var _UPREP = "UpdateProductRestEndpointPage";
var _UPREPR = "UpdateProductRestEndpointPageRequest";
var _UPREPRp = "UpdateProductRestEndpointPageResponse";
var _UPRp = "UpdatePortalResponse";
var _UR = "UntagResource";
var _URR = "UntagResourceRequest";
var _URRR = "UpdateRouteResponseRequest";
var _URRRp = "UpdateRouteResponseResponse";
var _URRp = "UpdateRouteRequest";
var _URRpd = "UpdateRouteResult";
var _URRpda = "UpdateRouteResponse";
var _URp = "UpdateRoute";
var _US = "UpdateStage";
var _USR = "UpdateStageRequest";
var _USRp = "UpdateStageResponse";
var _UVL = "UpdateVpcLink";
var _UVLR = "UpdateVpcLinkRequest";
var _UVLRp = "UpdateVpcLinkResponse";
var _V = "Version";
var _VG = "ValueGlob";
var _VL = "VpcLink";
var _VLI = "VpcLinkId";
var _VLS = "VpcLinkStatus";
var _VLSM = "VpcLinkStatusMessage";
var _VLV = "VpcLinkVersion";
var _Va = "Value";
var _W = "Warnings";
var _a = "authorization";
var _aC = "allowCredentials";
var _aCA = "authorizerCredentialsArn";
var _aCI = "appClientId";
var _aCc = "accentColor";
var _aD = "autoDeployed";
var _aDu = "autoDeploy";
var _aE = "apiEndpoint";
var _aGDN = "apiGatewayDomainName";
var _aGM = "apiGatewayManaged";
var _aH = "allowHeaders";
var _aI = "apiId";
var _aIu = "authorizerId";
var _aKR = "apiKeyRequired";
var _aKSE = "apiKeySelectionExpression";
var _aLS = "accessLogSettings";
var _aM = "allowMethods";
var _aMI = "apiMappingId";
var _aMK = "apiMappingKey";
var _aMSE = "apiMappingSelectionExpression";
var _aMc = "acmManaged";
var _aO = "allowOrigins";
var _aOn = "anyOf";
var _aPFV = "authorizerPayloadFormatVersion";
var _aRTIS = "authorizerResultTtlInSeconds";
var _aS = "authorizationScopes";
var _aT = "authorizerType";
var _aTu = "authorizationType";
var _aU = "authorizerUri";
var _ac = "actions";
var _au = "audience";
var _b = "body";
var _bC = "backgroundColor";
var _ba = "basepath";
var _c = "client";
var _cA = "certificateArn";
var _cAr = "credentialsArn";
var _cC = "corsConfiguration";
var _cCI = "clientCertificateId";
var _cCo = "cognitoConfig";
var _cCu = "customColors";
var _cD = "createdDate";
var _cHS = "contentHandlingStrategy";
var _cI = "connectionId";
var _cN = "certificateName";
var _cT = "connectionType";
var _cTo = "contentType";
var _cUD = "certificateUploadDate";
var _co = "conditions";
var _con = "contents";
var _d = "description";
var _dA = "destinationArn";
var _dC = "displayContent";
var _dEAE = "disableExecuteApiEndpoint";
var _dI = "deploymentId";
var _dME = "detailedMetricsEnabled";
var _dN = "domainName";
var _dNA = "domainNameArn";
var _dNC = "domainNameConfigurations";
var _dNI = "domainNameId";
var _dNS = "domainNameStatus";
var _dNSM = "domainNameStatusMessage";
var _dNi = "displayName";
var _dO = "displayOrder";
var _dRS = "defaultRouteSettings";
var _dS = "deploymentStatus";
var _dSM = "deploymentStatusMessage";
var _dSV = "disableSchemaValidation";
var _dTE = "dataTraceEnabled";
var _e = "error";
var _eC = "endpointConfiguration";
var _eH = "exposeHeaders";
var _eSR = "enableSimpleResponses";
var _eT = "endpointType";
var _eV = "exportVersion";
var _eVC = "errorValidationColor";
var _en = "endpoint";
var _ex = "exception";
var _f = "format";
var _fOW = "failOnWarnings";
var _h = "header";
var _hC = "headerColor";
var _hE = "httpError";
var _hQ = "httpQuery";
var _hZI = "hostedZoneId";
var _ht = "http";
var _i = "items";
var _iA = "invokeApi";
var _iAT = "ipAddressType";
var _iE = "includeExtensions";
var _iI = "importInfo";
var _iIn = "integrationId";
var _iM = "integrationMethod";
var _iP = "identifierParts";
var _iPPA = "includedPortalProductArns";
var _iRDC = "includeRawDisplayContent";
var _iRI = "integrationResponseId";
var _iRK = "integrationResponseKey";
var _iRSE = "integrationResponseSelectionExpression";
var _iS = "identitySource";
var _iSn = "integrationSubtype";
var _iT = "integrationType";
var _iU = "integrationUri";
var _iVE = "identityValidationExpression";
var _is = "issuer";
var _jC = "jwtConfiguration";
var _jN = "jsonName";
var _lDSM = "lastDeploymentStatusMessage";
var _lL = "loggingLevel";
var _lLU = "logoLastUploaded";
var _lM = "lastModified";
var _lOA = "__listOfApi";
var _lOAM = "__listOfApiMapping";
var _lOAi = "__listOfAuthorizer";
var _lOD = "__listOfDeployment";
var _lODN = "__listOfDomainName";
var _lOI = "__listOfIntegration";
var _lOIR = "__listOfIntegrationResponse";
var _lOM = "__listOfModel";
var _lOPPS = "__listOfPortalProductSummary";
var _lOPPSNB = "__listOfProductPageSummaryNoBody";
var _lOPREPSNB = "__listOfProductRestEndpointPageSummaryNoBody";
var _lOPS = "__listOfPortalSummary";
var _lOR = "__listOfRoute";
var _lORR = "__listOfRouteResponse";
var _lORRA = "__listOfRoutingRuleAction";
var _lORRC = "__listOfRoutingRuleCondition";
var _lORRMHV = "__listOfRoutingRuleMatchHeaderValue";
var _lORRi = "__listOfRoutingRule";
var _lOS = "__listOfSection";
var _lOSi = "__listOfStage";
var _lOVL = "__listOfVpcLink";
var _lP = "lastPublished";
var _lPD = "lastPublishedDescription";
var _lT = "limitType";
var _lU = "logoUri";
var _lUD = "lastUpdatedDate";
var _m = "message";
var _mA = "maxAge";
var _mBP = "matchBasePaths";
var _mH = "matchHeaders";
var _mI = "modelId";
var _mR = "maxResults";
var _mSE = "modelSelectionExpression";
var _mTA = "mutualTlsAuthentication";
var _me = "method";
var _n = "name";
var _nC = "navigationColor";
var _nT = "nextToken";
var _no = "none";
var _o = "overrides";
var _oN = "operationName";
var _oPA = "overviewPageArn";
var _oT = "outputType";
var _oVCA = "ownershipVerificationCertificateArn";
var _p = "priority";
var _pA = "portalArn";
var _pB = "passthroughBehavior";
var _pC = "portalContent";
var _pD = "policyDocument";
var _pDDN = "portalDefaultDomainName";
var _pDHZI = "portalDomainHostedZoneId";
var _pFV = "payloadFormatVersion";
var _pI = "portalId";
var _pPA = "portalProductArn";
var _pPAr = "productPageArn";
var _pPAro = "productPageArns";
var _pPI = "portalProductId";
var _pPIr = "productPageId";
var _pREPA = "productRestEndpointPageArn";
var _pREPAr = "productRestEndpointPageArns";
var _pREPI = "productRestEndpointPageId";
var _pS = "publishStatus";
var _pSr = "previewStatus";
var _pT = "protocolType";
var _pTa = "pageTitle";
var _pU = "previewUrl";
var _pa = "path";
var _pr = "preview";
var _r = "required";
var _rAI = "restApiId";
var _rAMN = "rumAppMonitorName";
var _rDC = "rawDisplayContent";
var _rEI = "restEndpointIdentifier";
var _rI = "routeId";
var _rK = "routeKey";
var _rM = "routingMode";
var _rMe = "requestModels";
var _rMes = "responseModels";
var _rO = "resourceOwner";
var _rOAI = "resourceOwnerAccountId";
var _rP = "requestParameters";
var _rPe = "responseParameters";
var _rR = "routingRules";
var _rRA = "routingRuleArn";
var _rRI = "routeResponseId";
var _rRIo = "routingRuleId";
var _rRK = "routeResponseKey";
var _rRSE = "routeResponseSelectionExpression";
var _rS = "routeSettings";
var _rSE = "routeSelectionExpression";
var _rT = "resourceType";
var _rTe = "requestTemplates";
var _rTes = "responseTemplates";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.apigatewayv2";
var _sBP = "stripBasePath";
var _sE = "statusException";
var _sGI = "securityGroupIds";
var _sI = "subnetIds";
var _sN = "stageName";
var _sNTV = "serverNameToVerify";
var _sNe = "sectionName";
var _sP = "securityPolicy";
var _sV = "stageVariables";
var _sc = "schema";
var _st = "stage";
var _sta = "status";
var _t = "tags";
var _tBL = "throttlingBurstLimit";
var _tC = "tlsConfig";
var _tCe = "textColor";
var _tIM = "timeoutInMillis";
var _tIS = "tryItState";
var _tK = "tagKeys";
var _tRL = "throttlingRateLimit";
var _tSE = "templateSelectionExpression";
var _tU = "truststoreUri";
var _tV = "truststoreVersion";
var _tW = "truststoreWarnings";
var _ta = "target";
var _th = "theme";
var _ti = "title";
var _uPA = "userPoolArn";
var _uPD = "userPoolDomain";
var _v = "version";
var _vG = "valueGlob";
var _vLI = "vpcLinkId";
var _vLS = "vpcLinkStatus";
var _vLSM = "vpcLinkStatusMessage";
var _vLV = "vpcLinkVersion";
var _va = "value";
var _w = "warnings";
var n0 = "com.amazonaws.apigatewayv2";
var _s_registry = new TypeRegistry(_s);
var ApiGatewayV2ServiceException$ = [-3, _s, "ApiGatewayV2ServiceException", 0, [], []];
_s_registry.registerError(ApiGatewayV2ServiceException$, ApiGatewayV2ServiceException);
var n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { [_e]: _c, [_hE]: 403 },
  [_M],
  [[0, { [_jN]: _m }]]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var BadRequestException$ = [
  -3,
  n0,
  _BRE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [[0, { [_jN]: _m }]]
];
n0_registry.registerError(BadRequestException$, BadRequestException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [[0, { [_jN]: _m }]]
];
n0_registry.registerError(ConflictException$, ConflictException);
var NotFoundException$ = [
  -3,
  n0,
  _NFE,
  { [_e]: _c, [_hE]: 404 },
  [_M, _RT],
  [[0, { [_jN]: _m }], [0, { [_jN]: _rT }]]
];
n0_registry.registerError(NotFoundException$, NotFoundException);
var TooManyRequestsException$ = [
  -3,
  n0,
  _TMRE,
  { [_e]: _c, [_hE]: 429 },
  [_LT, _M],
  [[0, { [_jN]: _lT }], [0, { [_jN]: _m }]]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccessLogSettings$ = [
  3,
  n0,
  _ALS,
  0,
  [_DA, _F],
  [[0, { [_jN]: _dA }], [0, { [_jN]: _f }]]
];
var ACMManaged$ = [
  3,
  n0,
  _ACMM,
  0,
  [_CA, _DN],
  [[0, { [_jN]: _cA }], [0, { [_jN]: _dN }]],
  2
];
var Api$ = [
  3,
  n0,
  _A,
  0,
  [_N, _PT, _RSE, _AE, _AGM, _AI, _AKSE, _CC, _CD, _D, _DSV, _DEAE, _II, _IAT, _T, _V, _W],
  [[0, { [_jN]: _n }], [0, { [_jN]: _pT }], [0, { [_jN]: _rSE }], [0, { [_jN]: _aE }], [2, { [_jN]: _aGM }], [0, { [_jN]: _aI }], [0, { [_jN]: _aKSE }], [() => Cors$, { [_jN]: _cC }], [5, { [_jN]: _cD }], [0, { [_jN]: _d }], [2, { [_jN]: _dSV }], [2, { [_jN]: _dEAE }], [64 | 0, { [_jN]: _iI }], [0, { [_jN]: _iAT }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _v }], [64 | 0, { [_jN]: _w }]],
  3
];
var ApiMapping$ = [
  3,
  n0,
  _AM,
  0,
  [_AI, _S, _AMI, _AMK],
  [[0, { [_jN]: _aI }], [0, { [_jN]: _st }], [0, { [_jN]: _aMI }], [0, { [_jN]: _aMK }]],
  2
];
var Authorization$ = [
  3,
  n0,
  _Au,
  0,
  [_CCo, _No],
  [[() => CognitoConfig$, { [_jN]: _cCo }], [() => None$, { [_jN]: _no }]]
];
var Authorizer$ = [
  3,
  n0,
  _Aut,
  0,
  [_N, _ACA, _AIu, _APFV, _ARTIS, _AT, _AU, _ESR, _IS, _IVE, _JC],
  [[0, { [_jN]: _n }], [0, { [_jN]: _aCA }], [0, { [_jN]: _aIu }], [0, { [_jN]: _aPFV }], [1, { [_jN]: _aRTIS }], [0, { [_jN]: _aT }], [0, { [_jN]: _aU }], [2, { [_jN]: _eSR }], [64 | 0, { [_jN]: _iS }], [0, { [_jN]: _iVE }], [() => JWTConfiguration$, { [_jN]: _jC }]],
  1
];
var CognitoConfig$ = [
  3,
  n0,
  _CCo,
  0,
  [_ACI, _UPA, _UPD],
  [[0, { [_jN]: _aCI }], [0, { [_jN]: _uPA }], [0, { [_jN]: _uPD }]],
  3
];
var Cors$ = [
  3,
  n0,
  _C,
  0,
  [_AC, _AH, _AMl, _AO, _EH, _MA],
  [[2, { [_jN]: _aC }], [64 | 0, { [_jN]: _aH }], [64 | 0, { [_jN]: _aM }], [64 | 0, { [_jN]: _aO }], [64 | 0, { [_jN]: _eH }], [1, { [_jN]: _mA }]]
];
var CreateApiMappingRequest$ = [
  3,
  n0,
  _CAMR,
  0,
  [_AI, _DN, _S, _AMK],
  [[0, { [_jN]: _aI }], [0, 1], [0, { [_jN]: _st }], [0, { [_jN]: _aMK }]],
  3
];
var CreateApiMappingResponse$ = [
  3,
  n0,
  _CAMRr,
  0,
  [_AI, _AMI, _AMK, _S],
  [[0, { [_jN]: _aI }], [0, { [_jN]: _aMI }], [0, { [_jN]: _aMK }], [0, { [_jN]: _st }]]
];
var CreateApiRequest$ = [
  3,
  n0,
  _CAR,
  0,
  [_N, _PT, _AKSE, _CC, _CAr, _D, _DSV, _DEAE, _IAT, _RK, _RSE, _T, _Ta, _V],
  [[0, { [_jN]: _n }], [0, { [_jN]: _pT }], [0, { [_jN]: _aKSE }], [() => Cors$, { [_jN]: _cC }], [0, { [_jN]: _cAr }], [0, { [_jN]: _d }], [2, { [_jN]: _dSV }], [2, { [_jN]: _dEAE }], [0, { [_jN]: _iAT }], [0, { [_jN]: _rK }], [0, { [_jN]: _rSE }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _ta }], [0, { [_jN]: _v }]],
  2
];
var CreateApiResponse$ = [
  3,
  n0,
  _CARr,
  0,
  [_AE, _AGM, _AI, _AKSE, _CC, _CD, _D, _DSV, _DEAE, _II, _IAT, _N, _PT, _RSE, _T, _V, _W],
  [[0, { [_jN]: _aE }], [2, { [_jN]: _aGM }], [0, { [_jN]: _aI }], [0, { [_jN]: _aKSE }], [() => Cors$, { [_jN]: _cC }], [5, { [_jN]: _cD }], [0, { [_jN]: _d }], [2, { [_jN]: _dSV }], [2, { [_jN]: _dEAE }], [64 | 0, { [_jN]: _iI }], [0, { [_jN]: _iAT }], [0, { [_jN]: _n }], [0, { [_jN]: _pT }], [0, { [_jN]: _rSE }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _v }], [64 | 0, { [_jN]: _w }]]
];
var CreateAuthorizerRequest$ = [
  3,
  n0,
  _CARre,
  0,
  [_AI, _AT, _IS, _N, _ACA, _APFV, _ARTIS, _AU, _ESR, _IVE, _JC],
  [[0, 1], [0, { [_jN]: _aT }], [64 | 0, { [_jN]: _iS }], [0, { [_jN]: _n }], [0, { [_jN]: _aCA }], [0, { [_jN]: _aPFV }], [1, { [_jN]: _aRTIS }], [0, { [_jN]: _aU }], [2, { [_jN]: _eSR }], [0, { [_jN]: _iVE }], [() => JWTConfiguration$, { [_jN]: _jC }]],
  4
];
var CreateAuthorizerResponse$ = [
  3,
  n0,
  _CARrea,
  0,
  [_ACA, _AIu, _APFV, _ARTIS, _AT, _AU, _ESR, _IS, _IVE, _JC, _N],
  [[0, { [_jN]: _aCA }], [0, { [_jN]: _aIu }], [0, { [_jN]: _aPFV }], [1, { [_jN]: _aRTIS }], [0, { [_jN]: _aT }], [0, { [_jN]: _aU }], [2, { [_jN]: _eSR }], [64 | 0, { [_jN]: _iS }], [0, { [_jN]: _iVE }], [() => JWTConfiguration$, { [_jN]: _jC }], [0, { [_jN]: _n }]]
];
var CreateDeploymentRequest$ = [
  3,
  n0,
  _CDR,
  0,
  [_AI, _D, _SN],
  [[0, 1], [0, { [_jN]: _d }], [0, { [_jN]: _sN }]],
  1
];
var CreateDeploymentResponse$ = [
  3,
  n0,
  _CDRr,
  0,
  [_AD, _CD, _DI, _DS, _DSM, _D],
  [[2, { [_jN]: _aD }], [5, { [_jN]: _cD }], [0, { [_jN]: _dI }], [0, { [_jN]: _dS }], [0, { [_jN]: _dSM }], [0, { [_jN]: _d }]]
];
var CreateDomainNameRequest$ = [
  3,
  n0,
  _CDNR,
  0,
  [_DN, _DNC, _MTA, _RM, _T],
  [[0, { [_jN]: _dN }], [() => DomainNameConfigurations, { [_jN]: _dNC }], [() => MutualTlsAuthenticationInput$, { [_jN]: _mTA }], [0, { [_jN]: _rM }], [128 | 0, { [_jN]: _t }]],
  1
];
var CreateDomainNameResponse$ = [
  3,
  n0,
  _CDNRr,
  0,
  [_AMSE, _DN, _DNA, _DNC, _MTA, _RM, _T],
  [[0, { [_jN]: _aMSE }], [0, { [_jN]: _dN }], [0, { [_jN]: _dNA }], [() => DomainNameConfigurations, { [_jN]: _dNC }], [() => MutualTlsAuthentication$, { [_jN]: _mTA }], [0, { [_jN]: _rM }], [128 | 0, { [_jN]: _t }]]
];
var CreateIntegrationRequest$ = [
  3,
  n0,
  _CIR,
  0,
  [_AI, _IT, _CI, _CT, _CHS, _CAr, _D, _IM, _ISn, _IU, _PB, _PFV, _RP, _RTe, _RPe, _TSE, _TIM, _TC],
  [[0, 1], [0, { [_jN]: _iT }], [0, { [_jN]: _cI }], [0, { [_jN]: _cT }], [0, { [_jN]: _cHS }], [0, { [_jN]: _cAr }], [0, { [_jN]: _d }], [0, { [_jN]: _iM }], [0, { [_jN]: _iSn }], [0, { [_jN]: _iU }], [0, { [_jN]: _pB }], [0, { [_jN]: _pFV }], [128 | 0, { [_jN]: _rP }], [128 | 0, { [_jN]: _rTe }], [[2, n0, _RPe, 0, 0, 128 | 0], { [_jN]: _rPe }], [0, { [_jN]: _tSE }], [1, { [_jN]: _tIM }], [() => TlsConfigInput$, { [_jN]: _tC }]],
  2
];
var CreateIntegrationResponseRequest$ = [
  3,
  n0,
  _CIRR,
  0,
  [_AI, _IIn, _IRK, _CHS, _RPe, _RTes, _TSE],
  [[0, 1], [0, 1], [0, { [_jN]: _iRK }], [0, { [_jN]: _cHS }], [128 | 0, { [_jN]: _rPe }], [128 | 0, { [_jN]: _rTes }], [0, { [_jN]: _tSE }]],
  3
];
var CreateIntegrationResponseResponse$ = [
  3,
  n0,
  _CIRRr,
  0,
  [_CHS, _IRI, _IRK, _RPe, _RTes, _TSE],
  [[0, { [_jN]: _cHS }], [0, { [_jN]: _iRI }], [0, { [_jN]: _iRK }], [128 | 0, { [_jN]: _rPe }], [128 | 0, { [_jN]: _rTes }], [0, { [_jN]: _tSE }]]
];
var CreateIntegrationResult$ = [
  3,
  n0,
  _CIRr,
  0,
  [_AGM, _CI, _CT, _CHS, _CAr, _D, _IIn, _IM, _IRSE, _ISn, _IT, _IU, _PB, _PFV, _RP, _RTe, _RPe, _TSE, _TIM, _TC],
  [[2, { [_jN]: _aGM }], [0, { [_jN]: _cI }], [0, { [_jN]: _cT }], [0, { [_jN]: _cHS }], [0, { [_jN]: _cAr }], [0, { [_jN]: _d }], [0, { [_jN]: _iIn }], [0, { [_jN]: _iM }], [0, { [_jN]: _iRSE }], [0, { [_jN]: _iSn }], [0, { [_jN]: _iT }], [0, { [_jN]: _iU }], [0, { [_jN]: _pB }], [0, { [_jN]: _pFV }], [128 | 0, { [_jN]: _rP }], [128 | 0, { [_jN]: _rTe }], [[2, n0, _RPe, 0, 0, 128 | 0], { [_jN]: _rPe }], [0, { [_jN]: _tSE }], [1, { [_jN]: _tIM }], [() => TlsConfig$, { [_jN]: _tC }]]
];
var CreateModelRequest$ = [
  3,
  n0,
  _CMR,
  0,
  [_AI, _N, _Sc, _CTo, _D],
  [[0, 1], [0, { [_jN]: _n }], [0, { [_jN]: _sc }], [0, { [_jN]: _cTo }], [0, { [_jN]: _d }]],
  3
];
var CreateModelResponse$ = [
  3,
  n0,
  _CMRr,
  0,
  [_CTo, _D, _MI, _N, _Sc],
  [[0, { [_jN]: _cTo }], [0, { [_jN]: _d }], [0, { [_jN]: _mI }], [0, { [_jN]: _n }], [0, { [_jN]: _sc }]]
];
var CreatePortalProductRequest$ = [
  3,
  n0,
  _CPPR,
  0,
  [_DNi, _D, _T],
  [[0, { [_jN]: _dNi }], [0, { [_jN]: _d }], [128 | 0, { [_jN]: _t }]],
  1
];
var CreatePortalProductResponse$ = [
  3,
  n0,
  _CPPRr,
  0,
  [_D, _DNi, _DO, _LM, _PPA, _PPI, _T],
  [[0, { [_jN]: _d }], [0, { [_jN]: _dNi }], [() => DisplayOrder$, { [_jN]: _dO }], [5, { [_jN]: _lM }], [0, { [_jN]: _pPA }], [0, { [_jN]: _pPI }], [128 | 0, { [_jN]: _t }]]
];
var CreatePortalRequest$ = [
  3,
  n0,
  _CPR,
  0,
  [_Au, _EC, _PC, _IPPA, _LU, _RAMN, _T],
  [[() => Authorization$, { [_jN]: _a }], [() => EndpointConfigurationRequest$, { [_jN]: _eC }], [() => PortalContent$, { [_jN]: _pC }], [64 | 0, { [_jN]: _iPPA }], [0, { [_jN]: _lU }], [0, { [_jN]: _rAMN }], [128 | 0, { [_jN]: _t }]],
  3
];
var CreatePortalResponse$ = [
  3,
  n0,
  _CPRr,
  0,
  [_Au, _EC, _IPPA, _LM, _LP, _LPD, _PA, _PC, _PI, _PS, _RAMN, _SE, _T],
  [[() => Authorization$, { [_jN]: _a }], [() => EndpointConfigurationResponse$, { [_jN]: _eC }], [64 | 0, { [_jN]: _iPPA }], [5, { [_jN]: _lM }], [5, { [_jN]: _lP }], [0, { [_jN]: _lPD }], [0, { [_jN]: _pA }], [() => PortalContent$, { [_jN]: _pC }], [0, { [_jN]: _pI }], [0, { [_jN]: _pS }], [0, { [_jN]: _rAMN }], [() => StatusException$, { [_jN]: _sE }], [128 | 0, { [_jN]: _t }]]
];
var CreateProductPageRequest$ = [
  3,
  n0,
  _CPPRre,
  0,
  [_DC, _PPI],
  [[() => DisplayContent$, { [_jN]: _dC }], [0, 1]],
  2
];
var CreateProductPageResponse$ = [
  3,
  n0,
  _CPPRrea,
  0,
  [_DC, _LM, _PPAr, _PPIr],
  [[() => DisplayContent$, { [_jN]: _dC }], [5, { [_jN]: _lM }], [0, { [_jN]: _pPAr }], [0, { [_jN]: _pPIr }]]
];
var CreateProductRestEndpointPageRequest$ = [
  3,
  n0,
  _CPREPR,
  0,
  [_PPI, _REI, _DC, _TIS],
  [[0, 1], [() => RestEndpointIdentifier$, { [_jN]: _rEI }], [() => EndpointDisplayContent$, { [_jN]: _dC }], [0, { [_jN]: _tIS }]],
  2
];
var CreateProductRestEndpointPageResponse$ = [
  3,
  n0,
  _CPREPRr,
  0,
  [_DC, _LM, _PREPA, _PREPI, _REI, _St, _SE, _TIS],
  [[() => EndpointDisplayContentResponse$, { [_jN]: _dC }], [5, { [_jN]: _lM }], [0, { [_jN]: _pREPA }], [0, { [_jN]: _pREPI }], [() => RestEndpointIdentifier$, { [_jN]: _rEI }], [0, { [_jN]: _sta }], [() => StatusException$, { [_jN]: _sE }], [0, { [_jN]: _tIS }]]
];
var CreateRouteRequest$ = [
  3,
  n0,
  _CRR,
  0,
  [_AI, _RK, _AKR, _AS, _ATu, _AIu, _MSE, _ON, _RMe, _RP, _RRSE, _Ta],
  [[0, 1], [0, { [_jN]: _rK }], [2, { [_jN]: _aKR }], [64 | 0, { [_jN]: _aS }], [0, { [_jN]: _aTu }], [0, { [_jN]: _aIu }], [0, { [_jN]: _mSE }], [0, { [_jN]: _oN }], [128 | 0, { [_jN]: _rMe }], [() => RouteParameters, { [_jN]: _rP }], [0, { [_jN]: _rRSE }], [0, { [_jN]: _ta }]],
  2
];
var CreateRouteResponseRequest$ = [
  3,
  n0,
  _CRRR,
  0,
  [_AI, _RI, _RRK, _MSE, _RMes, _RPe],
  [[0, 1], [0, 1], [0, { [_jN]: _rRK }], [0, { [_jN]: _mSE }], [128 | 0, { [_jN]: _rMes }], [() => RouteParameters, { [_jN]: _rPe }]],
  3
];
var CreateRouteResponseResponse$ = [
  3,
  n0,
  _CRRRr,
  0,
  [_MSE, _RMes, _RPe, _RRI, _RRK],
  [[0, { [_jN]: _mSE }], [128 | 0, { [_jN]: _rMes }], [() => RouteParameters, { [_jN]: _rPe }], [0, { [_jN]: _rRI }], [0, { [_jN]: _rRK }]]
];
var CreateRouteResult$ = [
  3,
  n0,
  _CRRr,
  0,
  [_AGM, _AKR, _AS, _ATu, _AIu, _MSE, _ON, _RMe, _RP, _RI, _RK, _RRSE, _Ta],
  [[2, { [_jN]: _aGM }], [2, { [_jN]: _aKR }], [64 | 0, { [_jN]: _aS }], [0, { [_jN]: _aTu }], [0, { [_jN]: _aIu }], [0, { [_jN]: _mSE }], [0, { [_jN]: _oN }], [128 | 0, { [_jN]: _rMe }], [() => RouteParameters, { [_jN]: _rP }], [0, { [_jN]: _rI }], [0, { [_jN]: _rK }], [0, { [_jN]: _rRSE }], [0, { [_jN]: _ta }]]
];
var CreateRoutingRuleRequest$ = [
  3,
  n0,
  _CRRRre,
  0,
  [_Ac, _Co, _DN, _P, _DNI],
  [[() => __listOfRoutingRuleAction, { [_jN]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN]: _co }], [0, 1], [1, { [_jN]: _p }], [0, { [_hQ]: _dNI }]],
  4
];
var CreateRoutingRuleResponse$ = [
  3,
  n0,
  _CRRRrea,
  0,
  [_Ac, _Co, _P, _RRA, _RRIo],
  [[() => __listOfRoutingRuleAction, { [_jN]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN]: _co }], [1, { [_jN]: _p }], [0, { [_jN]: _rRA }], [0, { [_jN]: _rRIo }]]
];
var CreateStageRequest$ = [
  3,
  n0,
  _CSR,
  0,
  [_AI, _SN, _ALS, _ADu, _CCI, _DRS, _DI, _D, _RS, _SV, _T],
  [[0, 1], [0, { [_jN]: _sN }], [() => AccessLogSettings$, { [_jN]: _aLS }], [2, { [_jN]: _aDu }], [0, { [_jN]: _cCI }], [() => RouteSettings$, { [_jN]: _dRS }], [0, { [_jN]: _dI }], [0, { [_jN]: _d }], [() => RouteSettingsMap, { [_jN]: _rS }], [128 | 0, { [_jN]: _sV }], [128 | 0, { [_jN]: _t }]],
  2
];
var CreateStageResponse$ = [
  3,
  n0,
  _CSRr,
  0,
  [_ALS, _AGM, _ADu, _CCI, _CD, _DRS, _DI, _D, _LDSM, _LUD, _RS, _SN, _SV, _T],
  [[() => AccessLogSettings$, { [_jN]: _aLS }], [2, { [_jN]: _aGM }], [2, { [_jN]: _aDu }], [0, { [_jN]: _cCI }], [5, { [_jN]: _cD }], [() => RouteSettings$, { [_jN]: _dRS }], [0, { [_jN]: _dI }], [0, { [_jN]: _d }], [0, { [_jN]: _lDSM }], [5, { [_jN]: _lUD }], [() => RouteSettingsMap, { [_jN]: _rS }], [0, { [_jN]: _sN }], [128 | 0, { [_jN]: _sV }], [128 | 0, { [_jN]: _t }]]
];
var CreateVpcLinkRequest$ = [
  3,
  n0,
  _CVLR,
  0,
  [_N, _SI, _SGI, _T],
  [[0, { [_jN]: _n }], [64 | 0, { [_jN]: _sI }], [64 | 0, { [_jN]: _sGI }], [128 | 0, { [_jN]: _t }]],
  2
];
var CreateVpcLinkResponse$ = [
  3,
  n0,
  _CVLRr,
  0,
  [_CD, _N, _SGI, _SI, _T, _VLI, _VLS, _VLSM, _VLV],
  [[5, { [_jN]: _cD }], [0, { [_jN]: _n }], [64 | 0, { [_jN]: _sGI }], [64 | 0, { [_jN]: _sI }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _vLI }], [0, { [_jN]: _vLS }], [0, { [_jN]: _vLSM }], [0, { [_jN]: _vLV }]]
];
var CustomColors$ = [
  3,
  n0,
  _CCu,
  0,
  [_ACc, _BC, _EVC, _HC, _NC, _TCe],
  [[0, { [_jN]: _aCc }], [0, { [_jN]: _bC }], [0, { [_jN]: _eVC }], [0, { [_jN]: _hC }], [0, { [_jN]: _nC }], [0, { [_jN]: _tCe }]],
  6
];
var DeleteAccessLogSettingsRequest$ = [
  3,
  n0,
  _DALSR,
  0,
  [_AI, _SN],
  [[0, 1], [0, 1]],
  2
];
var DeleteApiMappingRequest$ = [
  3,
  n0,
  _DAMR,
  0,
  [_AMI, _DN],
  [[0, 1], [0, 1]],
  2
];
var DeleteApiRequest$ = [
  3,
  n0,
  _DAR,
  0,
  [_AI],
  [[0, 1]],
  1
];
var DeleteAuthorizerRequest$ = [
  3,
  n0,
  _DARe,
  0,
  [_AI, _AIu],
  [[0, 1], [0, 1]],
  2
];
var DeleteCorsConfigurationRequest$ = [
  3,
  n0,
  _DCCR,
  0,
  [_AI],
  [[0, 1]],
  1
];
var DeleteDeploymentRequest$ = [
  3,
  n0,
  _DDR,
  0,
  [_AI, _DI],
  [[0, 1], [0, 1]],
  2
];
var DeleteDomainNameRequest$ = [
  3,
  n0,
  _DDNR,
  0,
  [_DN],
  [[0, 1]],
  1
];
var DeleteIntegrationRequest$ = [
  3,
  n0,
  _DIR,
  0,
  [_AI, _IIn],
  [[0, 1], [0, 1]],
  2
];
var DeleteIntegrationResponseRequest$ = [
  3,
  n0,
  _DIRR,
  0,
  [_AI, _IIn, _IRI],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteModelRequest$ = [
  3,
  n0,
  _DMR,
  0,
  [_AI, _MI],
  [[0, 1], [0, 1]],
  2
];
var DeletePortalProductRequest$ = [
  3,
  n0,
  _DPPR,
  0,
  [_PPI],
  [[0, 1]],
  1
];
var DeletePortalProductSharingPolicyRequest$ = [
  3,
  n0,
  _DPPSPR,
  0,
  [_PPI],
  [[0, 1]],
  1
];
var DeletePortalRequest$ = [
  3,
  n0,
  _DPR,
  0,
  [_PI],
  [[0, 1]],
  1
];
var DeleteProductPageRequest$ = [
  3,
  n0,
  _DPPRe,
  0,
  [_PPI, _PPIr],
  [[0, 1], [0, 1]],
  2
];
var DeleteProductRestEndpointPageRequest$ = [
  3,
  n0,
  _DPREPR,
  0,
  [_PPI, _PREPI],
  [[0, 1], [0, 1]],
  2
];
var DeleteRouteRequest$ = [
  3,
  n0,
  _DRR,
  0,
  [_AI, _RI],
  [[0, 1], [0, 1]],
  2
];
var DeleteRouteRequestParameterRequest$ = [
  3,
  n0,
  _DRRPR,
  0,
  [_AI, _RPK, _RI],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteRouteResponseRequest$ = [
  3,
  n0,
  _DRRR,
  0,
  [_AI, _RI, _RRI],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteRouteSettingsRequest$ = [
  3,
  n0,
  _DRSR,
  0,
  [_AI, _RK, _SN],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DeleteRoutingRuleRequest$ = [
  3,
  n0,
  _DRRRe,
  0,
  [_DN, _RRIo, _DNI],
  [[0, 1], [0, 1], [0, { [_hQ]: _dNI }]],
  2
];
var DeleteStageRequest$ = [
  3,
  n0,
  _DSR,
  0,
  [_AI, _SN],
  [[0, 1], [0, 1]],
  2
];
var DeleteVpcLinkRequest$ = [
  3,
  n0,
  _DVLR,
  0,
  [_VLI],
  [[0, 1]],
  1
];
var DeleteVpcLinkResponse$ = [
  3,
  n0,
  _DVLRe,
  0,
  [],
  []
];
var Deployment$ = [
  3,
  n0,
  _De,
  0,
  [_AD, _CD, _DI, _DS, _DSM, _D],
  [[2, { [_jN]: _aD }], [5, { [_jN]: _cD }], [0, { [_jN]: _dI }], [0, { [_jN]: _dS }], [0, { [_jN]: _dSM }], [0, { [_jN]: _d }]]
];
var DisablePortalRequest$ = [
  3,
  n0,
  _DPRi,
  0,
  [_PI],
  [[0, 1]],
  1
];
var DisplayContent$ = [
  3,
  n0,
  _DC,
  0,
  [_B, _Ti],
  [[0, { [_jN]: _b }], [0, { [_jN]: _ti }]],
  2
];
var DisplayContentOverrides$ = [
  3,
  n0,
  _DCO,
  0,
  [_B, _E, _ON],
  [[0, { [_jN]: _b }], [0, { [_jN]: _en }], [0, { [_jN]: _oN }]]
];
var DisplayOrder$ = [
  3,
  n0,
  _DO,
  0,
  [_Con, _OPA, _PPAro],
  [[() => __listOfSection, { [_jN]: _con }], [0, { [_jN]: _oPA }], [64 | 0, { [_jN]: _pPAro }]]
];
var DomainName$ = [
  3,
  n0,
  _DN,
  0,
  [_DN, _AMSE, _DNA, _DNC, _MTA, _RM, _T],
  [[0, { [_jN]: _dN }], [0, { [_jN]: _aMSE }], [0, { [_jN]: _dNA }], [() => DomainNameConfigurations, { [_jN]: _dNC }], [() => MutualTlsAuthentication$, { [_jN]: _mTA }], [0, { [_jN]: _rM }], [128 | 0, { [_jN]: _t }]],
  1
];
var DomainNameConfiguration$ = [
  3,
  n0,
  _DNCo,
  0,
  [_AGDN, _CA, _CN, _CUD, _DNS, _DNSM, _ET, _HZI, _IAT, _SP, _OVCA],
  [[0, { [_jN]: _aGDN }], [0, { [_jN]: _cA }], [0, { [_jN]: _cN }], [5, { [_jN]: _cUD }], [0, { [_jN]: _dNS }], [0, { [_jN]: _dNSM }], [0, { [_jN]: _eT }], [0, { [_jN]: _hZI }], [0, { [_jN]: _iAT }], [0, { [_jN]: _sP }], [0, { [_jN]: _oVCA }]]
];
var EndpointConfigurationRequest$ = [
  3,
  n0,
  _ECR,
  0,
  [_AMc, _No],
  [[() => ACMManaged$, { [_jN]: _aMc }], [() => None$, { [_jN]: _no }]]
];
var EndpointConfigurationResponse$ = [
  3,
  n0,
  _ECRn,
  0,
  [_PDDN, _PDHZI, _CA, _DN],
  [[0, { [_jN]: _pDDN }], [0, { [_jN]: _pDHZI }], [0, { [_jN]: _cA }], [0, { [_jN]: _dN }]],
  2
];
var EndpointDisplayContent$ = [
  3,
  n0,
  _EDC,
  0,
  [_No, _O],
  [[() => None$, { [_jN]: _no }], [() => DisplayContentOverrides$, { [_jN]: _o }]]
];
var EndpointDisplayContentResponse$ = [
  3,
  n0,
  _EDCR,
  0,
  [_E, _B, _ON],
  [[0, { [_jN]: _en }], [0, { [_jN]: _b }], [0, { [_jN]: _oN }]],
  1
];
var ExportApiRequest$ = [
  3,
  n0,
  _EAR,
  0,
  [_AI, _OT, _Sp, _EV, _IE, _SN],
  [[0, 1], [0, { [_hQ]: _oT }], [0, 1], [0, { [_hQ]: _eV }], [2, { [_hQ]: _iE }], [0, { [_hQ]: _sN }]],
  3
];
var ExportApiResponse$ = [
  3,
  n0,
  _EARx,
  0,
  [_b],
  [[21, 16]]
];
var GetApiMappingRequest$ = [
  3,
  n0,
  _GAMR,
  0,
  [_AMI, _DN],
  [[0, 1], [0, 1]],
  2
];
var GetApiMappingResponse$ = [
  3,
  n0,
  _GAMRe,
  0,
  [_AI, _AMI, _AMK, _S],
  [[0, { [_jN]: _aI }], [0, { [_jN]: _aMI }], [0, { [_jN]: _aMK }], [0, { [_jN]: _st }]]
];
var GetApiMappingsRequest$ = [
  3,
  n0,
  _GAMRet,
  0,
  [_DN, _MR, _NT],
  [[0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var GetApiMappingsResponse$ = [
  3,
  n0,
  _GAMRetp,
  0,
  [_I, _NT],
  [[() => __listOfApiMapping, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetApiRequest$ = [
  3,
  n0,
  _GAR,
  0,
  [_AI],
  [[0, 1]],
  1
];
var GetApiResponse$ = [
  3,
  n0,
  _GARe,
  0,
  [_AE, _AGM, _AI, _AKSE, _CC, _CD, _D, _DSV, _DEAE, _II, _IAT, _N, _PT, _RSE, _T, _V, _W],
  [[0, { [_jN]: _aE }], [2, { [_jN]: _aGM }], [0, { [_jN]: _aI }], [0, { [_jN]: _aKSE }], [() => Cors$, { [_jN]: _cC }], [5, { [_jN]: _cD }], [0, { [_jN]: _d }], [2, { [_jN]: _dSV }], [2, { [_jN]: _dEAE }], [64 | 0, { [_jN]: _iI }], [0, { [_jN]: _iAT }], [0, { [_jN]: _n }], [0, { [_jN]: _pT }], [0, { [_jN]: _rSE }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _v }], [64 | 0, { [_jN]: _w }]]
];
var GetApisRequest$ = [
  3,
  n0,
  _GARet,
  0,
  [_MR, _NT],
  [[0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var GetApisResponse$ = [
  3,
  n0,
  _GARetp,
  0,
  [_I, _NT],
  [[() => __listOfApi, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetAuthorizerRequest$ = [
  3,
  n0,
  _GARetu,
  0,
  [_AI, _AIu],
  [[0, 1], [0, 1]],
  2
];
var GetAuthorizerResponse$ = [
  3,
  n0,
  _GARetut,
  0,
  [_ACA, _AIu, _APFV, _ARTIS, _AT, _AU, _ESR, _IS, _IVE, _JC, _N],
  [[0, { [_jN]: _aCA }], [0, { [_jN]: _aIu }], [0, { [_jN]: _aPFV }], [1, { [_jN]: _aRTIS }], [0, { [_jN]: _aT }], [0, { [_jN]: _aU }], [2, { [_jN]: _eSR }], [64 | 0, { [_jN]: _iS }], [0, { [_jN]: _iVE }], [() => JWTConfiguration$, { [_jN]: _jC }], [0, { [_jN]: _n }]]
];
var GetAuthorizersRequest$ = [
  3,
  n0,
  _GARetuth,
  0,
  [_AI, _MR, _NT],
  [[0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var GetAuthorizersResponse$ = [
  3,
  n0,
  _GARetutho,
  0,
  [_I, _NT],
  [[() => __listOfAuthorizer, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetDeploymentRequest$ = [
  3,
  n0,
  _GDR,
  0,
  [_AI, _DI],
  [[0, 1], [0, 1]],
  2
];
var GetDeploymentResponse$ = [
  3,
  n0,
  _GDRe,
  0,
  [_AD, _CD, _DI, _DS, _DSM, _D],
  [[2, { [_jN]: _aD }], [5, { [_jN]: _cD }], [0, { [_jN]: _dI }], [0, { [_jN]: _dS }], [0, { [_jN]: _dSM }], [0, { [_jN]: _d }]]
];
var GetDeploymentsRequest$ = [
  3,
  n0,
  _GDRet,
  0,
  [_AI, _MR, _NT],
  [[0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var GetDeploymentsResponse$ = [
  3,
  n0,
  _GDRete,
  0,
  [_I, _NT],
  [[() => __listOfDeployment, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetDomainNameRequest$ = [
  3,
  n0,
  _GDNR,
  0,
  [_DN],
  [[0, 1]],
  1
];
var GetDomainNameResponse$ = [
  3,
  n0,
  _GDNRe,
  0,
  [_AMSE, _DN, _DNA, _DNC, _MTA, _RM, _T],
  [[0, { [_jN]: _aMSE }], [0, { [_jN]: _dN }], [0, { [_jN]: _dNA }], [() => DomainNameConfigurations, { [_jN]: _dNC }], [() => MutualTlsAuthentication$, { [_jN]: _mTA }], [0, { [_jN]: _rM }], [128 | 0, { [_jN]: _t }]]
];
var GetDomainNamesRequest$ = [
  3,
  n0,
  _GDNRet,
  0,
  [_MR, _NT],
  [[0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var GetDomainNamesResponse$ = [
  3,
  n0,
  _GDNReto,
  0,
  [_I, _NT],
  [[() => __listOfDomainName, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetIntegrationRequest$ = [
  3,
  n0,
  _GIR,
  0,
  [_AI, _IIn],
  [[0, 1], [0, 1]],
  2
];
var GetIntegrationResponseRequest$ = [
  3,
  n0,
  _GIRR,
  0,
  [_AI, _IIn, _IRI],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var GetIntegrationResponseResponse$ = [
  3,
  n0,
  _GIRRe,
  0,
  [_CHS, _IRI, _IRK, _RPe, _RTes, _TSE],
  [[0, { [_jN]: _cHS }], [0, { [_jN]: _iRI }], [0, { [_jN]: _iRK }], [128 | 0, { [_jN]: _rPe }], [128 | 0, { [_jN]: _rTes }], [0, { [_jN]: _tSE }]]
];
var GetIntegrationResponsesRequest$ = [
  3,
  n0,
  _GIRRet,
  0,
  [_AI, _IIn, _MR, _NT],
  [[0, 1], [0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  2
];
var GetIntegrationResponsesResponse$ = [
  3,
  n0,
  _GIRRetn,
  0,
  [_I, _NT],
  [[() => __listOfIntegrationResponse, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetIntegrationResult$ = [
  3,
  n0,
  _GIRe,
  0,
  [_AGM, _CI, _CT, _CHS, _CAr, _D, _IIn, _IM, _IRSE, _ISn, _IT, _IU, _PB, _PFV, _RP, _RTe, _RPe, _TSE, _TIM, _TC],
  [[2, { [_jN]: _aGM }], [0, { [_jN]: _cI }], [0, { [_jN]: _cT }], [0, { [_jN]: _cHS }], [0, { [_jN]: _cAr }], [0, { [_jN]: _d }], [0, { [_jN]: _iIn }], [0, { [_jN]: _iM }], [0, { [_jN]: _iRSE }], [0, { [_jN]: _iSn }], [0, { [_jN]: _iT }], [0, { [_jN]: _iU }], [0, { [_jN]: _pB }], [0, { [_jN]: _pFV }], [128 | 0, { [_jN]: _rP }], [128 | 0, { [_jN]: _rTe }], [[2, n0, _RPe, 0, 0, 128 | 0], { [_jN]: _rPe }], [0, { [_jN]: _tSE }], [1, { [_jN]: _tIM }], [() => TlsConfig$, { [_jN]: _tC }]]
];
var GetIntegrationsRequest$ = [
  3,
  n0,
  _GIRet,
  0,
  [_AI, _MR, _NT],
  [[0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var GetIntegrationsResponse$ = [
  3,
  n0,
  _GIRetn,
  0,
  [_I, _NT],
  [[() => __listOfIntegration, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetModelRequest$ = [
  3,
  n0,
  _GMR,
  0,
  [_AI, _MI],
  [[0, 1], [0, 1]],
  2
];
var GetModelResponse$ = [
  3,
  n0,
  _GMRe,
  0,
  [_CTo, _D, _MI, _N, _Sc],
  [[0, { [_jN]: _cTo }], [0, { [_jN]: _d }], [0, { [_jN]: _mI }], [0, { [_jN]: _n }], [0, { [_jN]: _sc }]]
];
var GetModelsRequest$ = [
  3,
  n0,
  _GMRet,
  0,
  [_AI, _MR, _NT],
  [[0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var GetModelsResponse$ = [
  3,
  n0,
  _GMReto,
  0,
  [_I, _NT],
  [[() => __listOfModel, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetModelTemplateRequest$ = [
  3,
  n0,
  _GMTR,
  0,
  [_AI, _MI],
  [[0, 1], [0, 1]],
  2
];
var GetModelTemplateResponse$ = [
  3,
  n0,
  _GMTRe,
  0,
  [_Va],
  [[0, { [_jN]: _va }]]
];
var GetPortalProductRequest$ = [
  3,
  n0,
  _GPPR,
  0,
  [_PPI, _ROAI],
  [[0, 1], [0, { [_hQ]: _rOAI }]],
  1
];
var GetPortalProductResponse$ = [
  3,
  n0,
  _GPPRe,
  0,
  [_D, _DNi, _DO, _LM, _PPA, _PPI, _T],
  [[0, { [_jN]: _d }], [0, { [_jN]: _dNi }], [() => DisplayOrder$, { [_jN]: _dO }], [5, { [_jN]: _lM }], [0, { [_jN]: _pPA }], [0, { [_jN]: _pPI }], [128 | 0, { [_jN]: _t }]]
];
var GetPortalProductSharingPolicyRequest$ = [
  3,
  n0,
  _GPPSPR,
  0,
  [_PPI],
  [[0, 1]],
  1
];
var GetPortalProductSharingPolicyResponse$ = [
  3,
  n0,
  _GPPSPRe,
  0,
  [_PD, _PPI],
  [[0, { [_jN]: _pD }], [0, { [_jN]: _pPI }]]
];
var GetPortalRequest$ = [
  3,
  n0,
  _GPR,
  0,
  [_PI],
  [[0, 1]],
  1
];
var GetPortalResponse$ = [
  3,
  n0,
  _GPRe,
  0,
  [_Au, _EC, _IPPA, _LM, _LP, _LPD, _PA, _PC, _PI, _Pr, _PS, _RAMN, _SE, _T],
  [[() => Authorization$, { [_jN]: _a }], [() => EndpointConfigurationResponse$, { [_jN]: _eC }], [64 | 0, { [_jN]: _iPPA }], [5, { [_jN]: _lM }], [5, { [_jN]: _lP }], [0, { [_jN]: _lPD }], [0, { [_jN]: _pA }], [() => PortalContent$, { [_jN]: _pC }], [0, { [_jN]: _pI }], [() => Preview$, { [_jN]: _pr }], [0, { [_jN]: _pS }], [0, { [_jN]: _rAMN }], [() => StatusException$, { [_jN]: _sE }], [128 | 0, { [_jN]: _t }]]
];
var GetProductPageRequest$ = [
  3,
  n0,
  _GPPRet,
  0,
  [_PPI, _PPIr, _ROAI],
  [[0, 1], [0, 1], [0, { [_hQ]: _rOAI }]],
  2
];
var GetProductPageResponse$ = [
  3,
  n0,
  _GPPRetr,
  0,
  [_DC, _LM, _PPAr, _PPIr],
  [[() => DisplayContent$, { [_jN]: _dC }], [5, { [_jN]: _lM }], [0, { [_jN]: _pPAr }], [0, { [_jN]: _pPIr }]]
];
var GetProductRestEndpointPageRequest$ = [
  3,
  n0,
  _GPREPR,
  0,
  [_PPI, _PREPI, _IRDC, _ROAI],
  [[0, 1], [0, 1], [0, { [_hQ]: _iRDC }], [0, { [_hQ]: _rOAI }]],
  2
];
var GetProductRestEndpointPageResponse$ = [
  3,
  n0,
  _GPREPRe,
  0,
  [_DC, _LM, _PREPA, _PREPI, _RDC, _REI, _St, _SE, _TIS],
  [[() => EndpointDisplayContentResponse$, { [_jN]: _dC }], [5, { [_jN]: _lM }], [0, { [_jN]: _pREPA }], [0, { [_jN]: _pREPI }], [0, { [_jN]: _rDC }], [() => RestEndpointIdentifier$, { [_jN]: _rEI }], [0, { [_jN]: _sta }], [() => StatusException$, { [_jN]: _sE }], [0, { [_jN]: _tIS }]]
];
var GetRouteRequest$ = [
  3,
  n0,
  _GRR,
  0,
  [_AI, _RI],
  [[0, 1], [0, 1]],
  2
];
var GetRouteResponseRequest$ = [
  3,
  n0,
  _GRRR,
  0,
  [_AI, _RI, _RRI],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var GetRouteResponseResponse$ = [
  3,
  n0,
  _GRRRe,
  0,
  [_MSE, _RMes, _RPe, _RRI, _RRK],
  [[0, { [_jN]: _mSE }], [128 | 0, { [_jN]: _rMes }], [() => RouteParameters, { [_jN]: _rPe }], [0, { [_jN]: _rRI }], [0, { [_jN]: _rRK }]]
];
var GetRouteResponsesRequest$ = [
  3,
  n0,
  _GRRRet,
  0,
  [_AI, _RI, _MR, _NT],
  [[0, 1], [0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  2
];
var GetRouteResponsesResponse$ = [
  3,
  n0,
  _GRRReto,
  0,
  [_I, _NT],
  [[() => __listOfRouteResponse, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetRouteResult$ = [
  3,
  n0,
  _GRRe,
  0,
  [_AGM, _AKR, _AS, _ATu, _AIu, _MSE, _ON, _RMe, _RP, _RI, _RK, _RRSE, _Ta],
  [[2, { [_jN]: _aGM }], [2, { [_jN]: _aKR }], [64 | 0, { [_jN]: _aS }], [0, { [_jN]: _aTu }], [0, { [_jN]: _aIu }], [0, { [_jN]: _mSE }], [0, { [_jN]: _oN }], [128 | 0, { [_jN]: _rMe }], [() => RouteParameters, { [_jN]: _rP }], [0, { [_jN]: _rI }], [0, { [_jN]: _rK }], [0, { [_jN]: _rRSE }], [0, { [_jN]: _ta }]]
];
var GetRoutesRequest$ = [
  3,
  n0,
  _GRRet,
  0,
  [_AI, _MR, _NT],
  [[0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var GetRoutesResponse$ = [
  3,
  n0,
  _GRReto,
  0,
  [_I, _NT],
  [[() => __listOfRoute, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetRoutingRuleRequest$ = [
  3,
  n0,
  _GRRRetou,
  0,
  [_DN, _RRIo, _DNI],
  [[0, 1], [0, 1], [0, { [_hQ]: _dNI }]],
  2
];
var GetRoutingRuleResponse$ = [
  3,
  n0,
  _GRRRetout,
  0,
  [_Ac, _Co, _P, _RRA, _RRIo],
  [[() => __listOfRoutingRuleAction, { [_jN]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN]: _co }], [1, { [_jN]: _p }], [0, { [_jN]: _rRA }], [0, { [_jN]: _rRIo }]]
];
var GetStageRequest$ = [
  3,
  n0,
  _GSR,
  0,
  [_AI, _SN],
  [[0, 1], [0, 1]],
  2
];
var GetStageResponse$ = [
  3,
  n0,
  _GSRe,
  0,
  [_ALS, _AGM, _ADu, _CCI, _CD, _DRS, _DI, _D, _LDSM, _LUD, _RS, _SN, _SV, _T],
  [[() => AccessLogSettings$, { [_jN]: _aLS }], [2, { [_jN]: _aGM }], [2, { [_jN]: _aDu }], [0, { [_jN]: _cCI }], [5, { [_jN]: _cD }], [() => RouteSettings$, { [_jN]: _dRS }], [0, { [_jN]: _dI }], [0, { [_jN]: _d }], [0, { [_jN]: _lDSM }], [5, { [_jN]: _lUD }], [() => RouteSettingsMap, { [_jN]: _rS }], [0, { [_jN]: _sN }], [128 | 0, { [_jN]: _sV }], [128 | 0, { [_jN]: _t }]]
];
var GetStagesRequest$ = [
  3,
  n0,
  _GSRet,
  0,
  [_AI, _MR, _NT],
  [[0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var GetStagesResponse$ = [
  3,
  n0,
  _GSRett,
  0,
  [_I, _NT],
  [[() => __listOfStage, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var GetTagsRequest$ = [
  3,
  n0,
  _GTR,
  0,
  [_RA],
  [[0, 1]],
  1
];
var GetTagsResponse$ = [
  3,
  n0,
  _GTRe,
  0,
  [_T],
  [[128 | 0, { [_jN]: _t }]]
];
var GetVpcLinkRequest$ = [
  3,
  n0,
  _GVLR,
  0,
  [_VLI],
  [[0, 1]],
  1
];
var GetVpcLinkResponse$ = [
  3,
  n0,
  _GVLRe,
  0,
  [_CD, _N, _SGI, _SI, _T, _VLI, _VLS, _VLSM, _VLV],
  [[5, { [_jN]: _cD }], [0, { [_jN]: _n }], [64 | 0, { [_jN]: _sGI }], [64 | 0, { [_jN]: _sI }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _vLI }], [0, { [_jN]: _vLS }], [0, { [_jN]: _vLSM }], [0, { [_jN]: _vLV }]]
];
var GetVpcLinksRequest$ = [
  3,
  n0,
  _GVLRet,
  0,
  [_MR, _NT],
  [[0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var GetVpcLinksResponse$ = [
  3,
  n0,
  _GVLRetp,
  0,
  [_I, _NT],
  [[() => __listOfVpcLink, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var IdentifierParts$ = [
  3,
  n0,
  _IP,
  0,
  [_Me, _Pa, _RAI, _S],
  [[0, { [_jN]: _me }], [0, { [_jN]: _pa }], [0, { [_jN]: _rAI }], [0, { [_jN]: _st }]],
  4
];
var ImportApiRequest$ = [
  3,
  n0,
  _IAR,
  0,
  [_B, _Ba, _FOW],
  [[0, { [_jN]: _b }], [0, { [_hQ]: _ba }], [2, { [_hQ]: _fOW }]],
  1
];
var ImportApiResponse$ = [
  3,
  n0,
  _IARm,
  0,
  [_AE, _AGM, _AI, _AKSE, _CC, _CD, _D, _DSV, _DEAE, _II, _IAT, _N, _PT, _RSE, _T, _V, _W],
  [[0, { [_jN]: _aE }], [2, { [_jN]: _aGM }], [0, { [_jN]: _aI }], [0, { [_jN]: _aKSE }], [() => Cors$, { [_jN]: _cC }], [5, { [_jN]: _cD }], [0, { [_jN]: _d }], [2, { [_jN]: _dSV }], [2, { [_jN]: _dEAE }], [64 | 0, { [_jN]: _iI }], [0, { [_jN]: _iAT }], [0, { [_jN]: _n }], [0, { [_jN]: _pT }], [0, { [_jN]: _rSE }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _v }], [64 | 0, { [_jN]: _w }]]
];
var Integration$ = [
  3,
  n0,
  _In,
  0,
  [_AGM, _CI, _CT, _CHS, _CAr, _D, _IIn, _IM, _IRSE, _ISn, _IT, _IU, _PB, _PFV, _RP, _RTe, _RPe, _TSE, _TIM, _TC],
  [[2, { [_jN]: _aGM }], [0, { [_jN]: _cI }], [0, { [_jN]: _cT }], [0, { [_jN]: _cHS }], [0, { [_jN]: _cAr }], [0, { [_jN]: _d }], [0, { [_jN]: _iIn }], [0, { [_jN]: _iM }], [0, { [_jN]: _iRSE }], [0, { [_jN]: _iSn }], [0, { [_jN]: _iT }], [0, { [_jN]: _iU }], [0, { [_jN]: _pB }], [0, { [_jN]: _pFV }], [128 | 0, { [_jN]: _rP }], [128 | 0, { [_jN]: _rTe }], [[2, n0, _RPe, 0, 0, 128 | 0], { [_jN]: _rPe }], [0, { [_jN]: _tSE }], [1, { [_jN]: _tIM }], [() => TlsConfig$, { [_jN]: _tC }]]
];
var IntegrationResponse$ = [
  3,
  n0,
  _IR,
  0,
  [_IRK, _CHS, _IRI, _RPe, _RTes, _TSE],
  [[0, { [_jN]: _iRK }], [0, { [_jN]: _cHS }], [0, { [_jN]: _iRI }], [128 | 0, { [_jN]: _rPe }], [128 | 0, { [_jN]: _rTes }], [0, { [_jN]: _tSE }]],
  1
];
var JWTConfiguration$ = [
  3,
  n0,
  _JWTC,
  0,
  [_Aud, _Is],
  [[64 | 0, { [_jN]: _au }], [0, { [_jN]: _is }]]
];
var ListPortalProductsRequest$ = [
  3,
  n0,
  _LPPR,
  0,
  [_MR, _NT, _RO],
  [[0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _rO }]]
];
var ListPortalProductsResponse$ = [
  3,
  n0,
  _LPPRi,
  0,
  [_I, _NT],
  [[() => __listOfPortalProductSummary, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var ListPortalsRequest$ = [
  3,
  n0,
  _LPR,
  0,
  [_MR, _NT],
  [[0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListPortalsResponse$ = [
  3,
  n0,
  _LPRi,
  0,
  [_I, _NT],
  [[() => __listOfPortalSummary, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var ListProductPagesRequest$ = [
  3,
  n0,
  _LPPRis,
  0,
  [_PPI, _MR, _NT, _ROAI],
  [[0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _rOAI }]],
  1
];
var ListProductPagesResponse$ = [
  3,
  n0,
  _LPPRist,
  0,
  [_I, _NT],
  [[() => __listOfProductPageSummaryNoBody, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var ListProductRestEndpointPagesRequest$ = [
  3,
  n0,
  _LPREPR,
  0,
  [_PPI, _MR, _NT, _ROAI],
  [[0, 1], [0, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _rOAI }]],
  1
];
var ListProductRestEndpointPagesResponse$ = [
  3,
  n0,
  _LPREPRi,
  0,
  [_I, _NT],
  [[() => __listOfProductRestEndpointPageSummaryNoBody, { [_jN]: _i }], [0, { [_jN]: _nT }]]
];
var ListRoutingRulesRequest$ = [
  3,
  n0,
  _LRRR,
  0,
  [_DN, _DNI, _MR, _NT],
  [[0, 1], [0, { [_hQ]: _dNI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var ListRoutingRulesResponse$ = [
  3,
  n0,
  _LRRRi,
  0,
  [_NT, _RR],
  [[0, { [_jN]: _nT }], [() => __listOfRoutingRule, { [_jN]: _rR }]]
];
var Model$ = [
  3,
  n0,
  _Mo,
  0,
  [_N, _CTo, _D, _MI, _Sc],
  [[0, { [_jN]: _n }], [0, { [_jN]: _cTo }], [0, { [_jN]: _d }], [0, { [_jN]: _mI }], [0, { [_jN]: _sc }]],
  1
];
var MutualTlsAuthentication$ = [
  3,
  n0,
  _MTA,
  0,
  [_TU, _TV, _TW],
  [[0, { [_jN]: _tU }], [0, { [_jN]: _tV }], [64 | 0, { [_jN]: _tW }]]
];
var MutualTlsAuthenticationInput$ = [
  3,
  n0,
  _MTAI,
  0,
  [_TU, _TV],
  [[0, { [_jN]: _tU }], [0, { [_jN]: _tV }]]
];
var None$ = [
  3,
  n0,
  _No,
  0,
  [],
  []
];
var ParameterConstraints$ = [
  3,
  n0,
  _PCa,
  0,
  [_R],
  [[2, { [_jN]: _r }]]
];
var PortalContent$ = [
  3,
  n0,
  _PC,
  0,
  [_DNi, _Th, _D],
  [[0, { [_jN]: _dNi }], [() => PortalTheme$, { [_jN]: _th }], [0, { [_jN]: _d }]],
  2
];
var PortalProductSummary$ = [
  3,
  n0,
  _PPS,
  0,
  [_D, _DNi, _LM, _PPA, _PPI, _T],
  [[0, { [_jN]: _d }], [0, { [_jN]: _dNi }], [5, { [_jN]: _lM }], [0, { [_jN]: _pPA }], [0, { [_jN]: _pPI }], [128 | 0, { [_jN]: _t }]],
  5
];
var PortalSummary$ = [
  3,
  n0,
  _PSo,
  0,
  [_Au, _EC, _IPPA, _LM, _PA, _PC, _PI, _LP, _LPD, _Pr, _PS, _RAMN, _SE, _T],
  [[() => Authorization$, { [_jN]: _a }], [() => EndpointConfigurationResponse$, { [_jN]: _eC }], [64 | 0, { [_jN]: _iPPA }], [5, { [_jN]: _lM }], [0, { [_jN]: _pA }], [() => PortalContent$, { [_jN]: _pC }], [0, { [_jN]: _pI }], [5, { [_jN]: _lP }], [0, { [_jN]: _lPD }], [() => Preview$, { [_jN]: _pr }], [0, { [_jN]: _pS }], [0, { [_jN]: _rAMN }], [() => StatusException$, { [_jN]: _sE }], [128 | 0, { [_jN]: _t }]],
  7
];
var PortalTheme$ = [
  3,
  n0,
  _PTo,
  0,
  [_CCu, _LLU],
  [[() => CustomColors$, { [_jN]: _cCu }], [5, { [_jN]: _lLU }]],
  1
];
var Preview$ = [
  3,
  n0,
  _Pr,
  0,
  [_PSr, _PU, _SE],
  [[0, { [_jN]: _pSr }], [0, { [_jN]: _pU }], [() => StatusException$, { [_jN]: _sE }]],
  1
];
var PreviewPortalRequest$ = [
  3,
  n0,
  _PPR,
  0,
  [_PI],
  [[0, 1]],
  1
];
var PreviewPortalResponse$ = [
  3,
  n0,
  _PPRr,
  0,
  [],
  []
];
var ProductPageSummaryNoBody$ = [
  3,
  n0,
  _PPSNB,
  0,
  [_LM, _PTa, _PPAr, _PPIr],
  [[5, { [_jN]: _lM }], [0, { [_jN]: _pTa }], [0, { [_jN]: _pPAr }], [0, { [_jN]: _pPIr }]],
  4
];
var ProductRestEndpointPageSummaryNoBody$ = [
  3,
  n0,
  _PREPSNB,
  0,
  [_E, _LM, _PREPA, _PREPI, _REI, _St, _TIS, _ON, _SE],
  [[0, { [_jN]: _en }], [5, { [_jN]: _lM }], [0, { [_jN]: _pREPA }], [0, { [_jN]: _pREPI }], [() => RestEndpointIdentifier$, { [_jN]: _rEI }], [0, { [_jN]: _sta }], [0, { [_jN]: _tIS }], [0, { [_jN]: _oN }], [() => StatusException$, { [_jN]: _sE }]],
  7
];
var PublishPortalRequest$ = [
  3,
  n0,
  _PPRu,
  0,
  [_PI, _D],
  [[0, 1], [0, { [_jN]: _d }]],
  1
];
var PublishPortalResponse$ = [
  3,
  n0,
  _PPRub,
  0,
  [],
  []
];
var PutPortalProductSharingPolicyRequest$ = [
  3,
  n0,
  _PPPSPR,
  0,
  [_PD, _PPI],
  [[0, { [_jN]: _pD }], [0, 1]],
  2
];
var PutPortalProductSharingPolicyResponse$ = [
  3,
  n0,
  _PPPSPRu,
  0,
  [],
  []
];
var PutRoutingRuleRequest$ = [
  3,
  n0,
  _PRRR,
  0,
  [_Ac, _Co, _DN, _P, _RRIo, _DNI],
  [[() => __listOfRoutingRuleAction, { [_jN]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN]: _co }], [0, 1], [1, { [_jN]: _p }], [0, 1], [0, { [_hQ]: _dNI }]],
  5
];
var PutRoutingRuleResponse$ = [
  3,
  n0,
  _PRRRu,
  0,
  [_Ac, _Co, _P, _RRA, _RRIo],
  [[() => __listOfRoutingRuleAction, { [_jN]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN]: _co }], [1, { [_jN]: _p }], [0, { [_jN]: _rRA }], [0, { [_jN]: _rRIo }]]
];
var ReimportApiRequest$ = [
  3,
  n0,
  _RAR,
  0,
  [_AI, _B, _Ba, _FOW],
  [[0, 1], [0, { [_jN]: _b }], [0, { [_hQ]: _ba }], [2, { [_hQ]: _fOW }]],
  2
];
var ReimportApiResponse$ = [
  3,
  n0,
  _RARe,
  0,
  [_AE, _AGM, _AI, _AKSE, _CC, _CD, _D, _DSV, _DEAE, _II, _IAT, _N, _PT, _RSE, _T, _V, _W],
  [[0, { [_jN]: _aE }], [2, { [_jN]: _aGM }], [0, { [_jN]: _aI }], [0, { [_jN]: _aKSE }], [() => Cors$, { [_jN]: _cC }], [5, { [_jN]: _cD }], [0, { [_jN]: _d }], [2, { [_jN]: _dSV }], [2, { [_jN]: _dEAE }], [64 | 0, { [_jN]: _iI }], [0, { [_jN]: _iAT }], [0, { [_jN]: _n }], [0, { [_jN]: _pT }], [0, { [_jN]: _rSE }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _v }], [64 | 0, { [_jN]: _w }]]
];
var ResetAuthorizersCacheRequest$ = [
  3,
  n0,
  _RACR,
  0,
  [_AI, _SN],
  [[0, 1], [0, 1]],
  2
];
var RestEndpointIdentifier$ = [
  3,
  n0,
  _REI,
  0,
  [_IP],
  [[() => IdentifierParts$, { [_jN]: _iP }]]
];
var Route$ = [
  3,
  n0,
  _Ro,
  0,
  [_RK, _AGM, _AKR, _AS, _ATu, _AIu, _MSE, _ON, _RMe, _RP, _RI, _RRSE, _Ta],
  [[0, { [_jN]: _rK }], [2, { [_jN]: _aGM }], [2, { [_jN]: _aKR }], [64 | 0, { [_jN]: _aS }], [0, { [_jN]: _aTu }], [0, { [_jN]: _aIu }], [0, { [_jN]: _mSE }], [0, { [_jN]: _oN }], [128 | 0, { [_jN]: _rMe }], [() => RouteParameters, { [_jN]: _rP }], [0, { [_jN]: _rI }], [0, { [_jN]: _rRSE }], [0, { [_jN]: _ta }]],
  1
];
var RouteResponse$ = [
  3,
  n0,
  _RRo,
  0,
  [_RRK, _MSE, _RMes, _RPe, _RRI],
  [[0, { [_jN]: _rRK }], [0, { [_jN]: _mSE }], [128 | 0, { [_jN]: _rMes }], [() => RouteParameters, { [_jN]: _rPe }], [0, { [_jN]: _rRI }]],
  1
];
var RouteSettings$ = [
  3,
  n0,
  _RS,
  0,
  [_DTE, _DME, _LL, _TBL, _TRL],
  [[2, { [_jN]: _dTE }], [2, { [_jN]: _dME }], [0, { [_jN]: _lL }], [1, { [_jN]: _tBL }], [1, { [_jN]: _tRL }]]
];
var RoutingRule$ = [
  3,
  n0,
  _RRou,
  0,
  [_Ac, _Co, _P, _RRA, _RRIo],
  [[() => __listOfRoutingRuleAction, { [_jN]: _ac }], [() => __listOfRoutingRuleCondition, { [_jN]: _co }], [1, { [_jN]: _p }], [0, { [_jN]: _rRA }], [0, { [_jN]: _rRIo }]]
];
var RoutingRuleAction$ = [
  3,
  n0,
  _RRAo,
  0,
  [_IA],
  [[() => RoutingRuleActionInvokeApi$, { [_jN]: _iA }]],
  1
];
var RoutingRuleActionInvokeApi$ = [
  3,
  n0,
  _RRAIA,
  0,
  [_AI, _S, _SBP],
  [[0, { [_jN]: _aI }], [0, { [_jN]: _st }], [2, { [_jN]: _sBP }]],
  2
];
var RoutingRuleCondition$ = [
  3,
  n0,
  _RRC,
  0,
  [_MBP, _MH],
  [[() => RoutingRuleMatchBasePaths$, { [_jN]: _mBP }], [() => RoutingRuleMatchHeaders$, { [_jN]: _mH }]]
];
var RoutingRuleMatchBasePaths$ = [
  3,
  n0,
  _RRMBP,
  0,
  [_AOn],
  [[64 | 0, { [_jN]: _aOn }]],
  1
];
var RoutingRuleMatchHeaders$ = [
  3,
  n0,
  _RRMH,
  0,
  [_AOn],
  [[() => __listOfRoutingRuleMatchHeaderValue, { [_jN]: _aOn }]],
  1
];
var RoutingRuleMatchHeaderValue$ = [
  3,
  n0,
  _RRMHV,
  0,
  [_H, _VG],
  [[0, { [_jN]: _h }], [0, { [_jN]: _vG }]],
  2
];
var Section$ = [
  3,
  n0,
  _Se,
  0,
  [_PREPAr, _SNe],
  [[64 | 0, { [_jN]: _pREPAr }], [0, { [_jN]: _sNe }]],
  2
];
var Stage$ = [
  3,
  n0,
  _S,
  0,
  [_SN, _ALS, _AGM, _ADu, _CCI, _CD, _DRS, _DI, _D, _LDSM, _LUD, _RS, _SV, _T],
  [[0, { [_jN]: _sN }], [() => AccessLogSettings$, { [_jN]: _aLS }], [2, { [_jN]: _aGM }], [2, { [_jN]: _aDu }], [0, { [_jN]: _cCI }], [5, { [_jN]: _cD }], [() => RouteSettings$, { [_jN]: _dRS }], [0, { [_jN]: _dI }], [0, { [_jN]: _d }], [0, { [_jN]: _lDSM }], [5, { [_jN]: _lUD }], [() => RouteSettingsMap, { [_jN]: _rS }], [128 | 0, { [_jN]: _sV }], [128 | 0, { [_jN]: _t }]],
  1
];
var StatusException$ = [
  3,
  n0,
  _SE,
  0,
  [_Ex, _M],
  [[0, { [_jN]: _ex }], [0, { [_jN]: _m }]]
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_RA, _T],
  [[0, 1], [128 | 0, { [_jN]: _t }]],
  1
];
var TagResourceResponse$ = [
  3,
  n0,
  _TRRa,
  0,
  [],
  []
];
var TlsConfig$ = [
  3,
  n0,
  _TC,
  0,
  [_SNTV],
  [[0, { [_jN]: _sNTV }]]
];
var TlsConfigInput$ = [
  3,
  n0,
  _TCI,
  0,
  [_SNTV],
  [[0, { [_jN]: _sNTV }]]
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RA, _TK],
  [[0, 1], [64 | 0, { [_hQ]: _tK }]],
  2
];
var UpdateApiMappingRequest$ = [
  3,
  n0,
  _UAMR,
  0,
  [_AI, _AMI, _DN, _AMK, _S],
  [[0, { [_jN]: _aI }], [0, 1], [0, 1], [0, { [_jN]: _aMK }], [0, { [_jN]: _st }]],
  3
];
var UpdateApiMappingResponse$ = [
  3,
  n0,
  _UAMRp,
  0,
  [_AI, _AMI, _AMK, _S],
  [[0, { [_jN]: _aI }], [0, { [_jN]: _aMI }], [0, { [_jN]: _aMK }], [0, { [_jN]: _st }]]
];
var UpdateApiRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_AI, _AKSE, _CC, _CAr, _D, _DSV, _DEAE, _IAT, _N, _RK, _RSE, _Ta, _V],
  [[0, 1], [0, { [_jN]: _aKSE }], [() => Cors$, { [_jN]: _cC }], [0, { [_jN]: _cAr }], [0, { [_jN]: _d }], [2, { [_jN]: _dSV }], [2, { [_jN]: _dEAE }], [0, { [_jN]: _iAT }], [0, { [_jN]: _n }], [0, { [_jN]: _rK }], [0, { [_jN]: _rSE }], [0, { [_jN]: _ta }], [0, { [_jN]: _v }]],
  1
];
var UpdateApiResponse$ = [
  3,
  n0,
  _UARp,
  0,
  [_AE, _AGM, _AI, _AKSE, _CC, _CD, _D, _DSV, _DEAE, _II, _IAT, _N, _PT, _RSE, _T, _V, _W],
  [[0, { [_jN]: _aE }], [2, { [_jN]: _aGM }], [0, { [_jN]: _aI }], [0, { [_jN]: _aKSE }], [() => Cors$, { [_jN]: _cC }], [5, { [_jN]: _cD }], [0, { [_jN]: _d }], [2, { [_jN]: _dSV }], [2, { [_jN]: _dEAE }], [64 | 0, { [_jN]: _iI }], [0, { [_jN]: _iAT }], [0, { [_jN]: _n }], [0, { [_jN]: _pT }], [0, { [_jN]: _rSE }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _v }], [64 | 0, { [_jN]: _w }]]
];
var UpdateAuthorizerRequest$ = [
  3,
  n0,
  _UARpd,
  0,
  [_AI, _AIu, _ACA, _APFV, _ARTIS, _AT, _AU, _ESR, _IS, _IVE, _JC, _N],
  [[0, 1], [0, 1], [0, { [_jN]: _aCA }], [0, { [_jN]: _aPFV }], [1, { [_jN]: _aRTIS }], [0, { [_jN]: _aT }], [0, { [_jN]: _aU }], [2, { [_jN]: _eSR }], [64 | 0, { [_jN]: _iS }], [0, { [_jN]: _iVE }], [() => JWTConfiguration$, { [_jN]: _jC }], [0, { [_jN]: _n }]],
  2
];
var UpdateAuthorizerResponse$ = [
  3,
  n0,
  _UARpda,
  0,
  [_ACA, _AIu, _APFV, _ARTIS, _AT, _AU, _ESR, _IS, _IVE, _JC, _N],
  [[0, { [_jN]: _aCA }], [0, { [_jN]: _aIu }], [0, { [_jN]: _aPFV }], [1, { [_jN]: _aRTIS }], [0, { [_jN]: _aT }], [0, { [_jN]: _aU }], [2, { [_jN]: _eSR }], [64 | 0, { [_jN]: _iS }], [0, { [_jN]: _iVE }], [() => JWTConfiguration$, { [_jN]: _jC }], [0, { [_jN]: _n }]]
];
var UpdateDeploymentRequest$ = [
  3,
  n0,
  _UDR,
  0,
  [_AI, _DI, _D],
  [[0, 1], [0, 1], [0, { [_jN]: _d }]],
  2
];
var UpdateDeploymentResponse$ = [
  3,
  n0,
  _UDRp,
  0,
  [_AD, _CD, _DI, _DS, _DSM, _D],
  [[2, { [_jN]: _aD }], [5, { [_jN]: _cD }], [0, { [_jN]: _dI }], [0, { [_jN]: _dS }], [0, { [_jN]: _dSM }], [0, { [_jN]: _d }]]
];
var UpdateDomainNameRequest$ = [
  3,
  n0,
  _UDNR,
  0,
  [_DN, _DNC, _MTA, _RM],
  [[0, 1], [() => DomainNameConfigurations, { [_jN]: _dNC }], [() => MutualTlsAuthenticationInput$, { [_jN]: _mTA }], [0, { [_jN]: _rM }]],
  1
];
var UpdateDomainNameResponse$ = [
  3,
  n0,
  _UDNRp,
  0,
  [_AMSE, _DN, _DNA, _DNC, _MTA, _RM, _T],
  [[0, { [_jN]: _aMSE }], [0, { [_jN]: _dN }], [0, { [_jN]: _dNA }], [() => DomainNameConfigurations, { [_jN]: _dNC }], [() => MutualTlsAuthentication$, { [_jN]: _mTA }], [0, { [_jN]: _rM }], [128 | 0, { [_jN]: _t }]]
];
var UpdateIntegrationRequest$ = [
  3,
  n0,
  _UIR,
  0,
  [_AI, _IIn, _CI, _CT, _CHS, _CAr, _D, _IM, _ISn, _IT, _IU, _PB, _PFV, _RP, _RTe, _RPe, _TSE, _TIM, _TC],
  [[0, 1], [0, 1], [0, { [_jN]: _cI }], [0, { [_jN]: _cT }], [0, { [_jN]: _cHS }], [0, { [_jN]: _cAr }], [0, { [_jN]: _d }], [0, { [_jN]: _iM }], [0, { [_jN]: _iSn }], [0, { [_jN]: _iT }], [0, { [_jN]: _iU }], [0, { [_jN]: _pB }], [0, { [_jN]: _pFV }], [128 | 0, { [_jN]: _rP }], [128 | 0, { [_jN]: _rTe }], [[2, n0, _RPe, 0, 0, 128 | 0], { [_jN]: _rPe }], [0, { [_jN]: _tSE }], [1, { [_jN]: _tIM }], [() => TlsConfigInput$, { [_jN]: _tC }]],
  2
];
var UpdateIntegrationResponseRequest$ = [
  3,
  n0,
  _UIRR,
  0,
  [_AI, _IIn, _IRI, _CHS, _IRK, _RPe, _RTes, _TSE],
  [[0, 1], [0, 1], [0, 1], [0, { [_jN]: _cHS }], [0, { [_jN]: _iRK }], [128 | 0, { [_jN]: _rPe }], [128 | 0, { [_jN]: _rTes }], [0, { [_jN]: _tSE }]],
  3
];
var UpdateIntegrationResponseResponse$ = [
  3,
  n0,
  _UIRRp,
  0,
  [_CHS, _IRI, _IRK, _RPe, _RTes, _TSE],
  [[0, { [_jN]: _cHS }], [0, { [_jN]: _iRI }], [0, { [_jN]: _iRK }], [128 | 0, { [_jN]: _rPe }], [128 | 0, { [_jN]: _rTes }], [0, { [_jN]: _tSE }]]
];
var UpdateIntegrationResult$ = [
  3,
  n0,
  _UIRp,
  0,
  [_AGM, _CI, _CT, _CHS, _CAr, _D, _IIn, _IM, _IRSE, _ISn, _IT, _IU, _PB, _PFV, _RP, _RTe, _RPe, _TSE, _TIM, _TC],
  [[2, { [_jN]: _aGM }], [0, { [_jN]: _cI }], [0, { [_jN]: _cT }], [0, { [_jN]: _cHS }], [0, { [_jN]: _cAr }], [0, { [_jN]: _d }], [0, { [_jN]: _iIn }], [0, { [_jN]: _iM }], [0, { [_jN]: _iRSE }], [0, { [_jN]: _iSn }], [0, { [_jN]: _iT }], [0, { [_jN]: _iU }], [0, { [_jN]: _pB }], [0, { [_jN]: _pFV }], [128 | 0, { [_jN]: _rP }], [128 | 0, { [_jN]: _rTe }], [[2, n0, _RPe, 0, 0, 128 | 0], { [_jN]: _rPe }], [0, { [_jN]: _tSE }], [1, { [_jN]: _tIM }], [() => TlsConfig$, { [_jN]: _tC }]]
];
var UpdateModelRequest$ = [
  3,
  n0,
  _UMR,
  0,
  [_AI, _MI, _CTo, _D, _N, _Sc],
  [[0, 1], [0, 1], [0, { [_jN]: _cTo }], [0, { [_jN]: _d }], [0, { [_jN]: _n }], [0, { [_jN]: _sc }]],
  2
];
var UpdateModelResponse$ = [
  3,
  n0,
  _UMRp,
  0,
  [_CTo, _D, _MI, _N, _Sc],
  [[0, { [_jN]: _cTo }], [0, { [_jN]: _d }], [0, { [_jN]: _mI }], [0, { [_jN]: _n }], [0, { [_jN]: _sc }]]
];
var UpdatePortalProductRequest$ = [
  3,
  n0,
  _UPPR,
  0,
  [_PPI, _D, _DNi, _DO],
  [[0, 1], [0, { [_jN]: _d }], [0, { [_jN]: _dNi }], [() => DisplayOrder$, { [_jN]: _dO }]],
  1
];
var UpdatePortalProductResponse$ = [
  3,
  n0,
  _UPPRp,
  0,
  [_D, _DNi, _DO, _LM, _PPA, _PPI, _T],
  [[0, { [_jN]: _d }], [0, { [_jN]: _dNi }], [() => DisplayOrder$, { [_jN]: _dO }], [5, { [_jN]: _lM }], [0, { [_jN]: _pPA }], [0, { [_jN]: _pPI }], [128 | 0, { [_jN]: _t }]]
];
var UpdatePortalRequest$ = [
  3,
  n0,
  _UPR,
  0,
  [_PI, _Au, _EC, _IPPA, _LU, _PC, _RAMN],
  [[0, 1], [() => Authorization$, { [_jN]: _a }], [() => EndpointConfigurationRequest$, { [_jN]: _eC }], [64 | 0, { [_jN]: _iPPA }], [0, { [_jN]: _lU }], [() => PortalContent$, { [_jN]: _pC }], [0, { [_jN]: _rAMN }]],
  1
];
var UpdatePortalResponse$ = [
  3,
  n0,
  _UPRp,
  0,
  [_Au, _EC, _IPPA, _LM, _LP, _LPD, _PA, _PC, _PI, _Pr, _PS, _RAMN, _SE, _T],
  [[() => Authorization$, { [_jN]: _a }], [() => EndpointConfigurationResponse$, { [_jN]: _eC }], [64 | 0, { [_jN]: _iPPA }], [5, { [_jN]: _lM }], [5, { [_jN]: _lP }], [0, { [_jN]: _lPD }], [0, { [_jN]: _pA }], [() => PortalContent$, { [_jN]: _pC }], [0, { [_jN]: _pI }], [() => Preview$, { [_jN]: _pr }], [0, { [_jN]: _pS }], [0, { [_jN]: _rAMN }], [() => StatusException$, { [_jN]: _sE }], [128 | 0, { [_jN]: _t }]]
];
var UpdateProductPageRequest$ = [
  3,
  n0,
  _UPPRpd,
  0,
  [_PPI, _PPIr, _DC],
  [[0, 1], [0, 1], [() => DisplayContent$, { [_jN]: _dC }]],
  2
];
var UpdateProductPageResponse$ = [
  3,
  n0,
  _UPPRpda,
  0,
  [_DC, _LM, _PPAr, _PPIr],
  [[() => DisplayContent$, { [_jN]: _dC }], [5, { [_jN]: _lM }], [0, { [_jN]: _pPAr }], [0, { [_jN]: _pPIr }]]
];
var UpdateProductRestEndpointPageRequest$ = [
  3,
  n0,
  _UPREPR,
  0,
  [_PPI, _PREPI, _DC, _TIS],
  [[0, 1], [0, 1], [() => EndpointDisplayContent$, { [_jN]: _dC }], [0, { [_jN]: _tIS }]],
  2
];
var UpdateProductRestEndpointPageResponse$ = [
  3,
  n0,
  _UPREPRp,
  0,
  [_DC, _LM, _PREPA, _PREPI, _REI, _St, _SE, _TIS],
  [[() => EndpointDisplayContentResponse$, { [_jN]: _dC }], [5, { [_jN]: _lM }], [0, { [_jN]: _pREPA }], [0, { [_jN]: _pREPI }], [() => RestEndpointIdentifier$, { [_jN]: _rEI }], [0, { [_jN]: _sta }], [() => StatusException$, { [_jN]: _sE }], [0, { [_jN]: _tIS }]]
];
var UpdateRouteRequest$ = [
  3,
  n0,
  _URRp,
  0,
  [_AI, _RI, _AKR, _AS, _ATu, _AIu, _MSE, _ON, _RMe, _RP, _RK, _RRSE, _Ta],
  [[0, 1], [0, 1], [2, { [_jN]: _aKR }], [64 | 0, { [_jN]: _aS }], [0, { [_jN]: _aTu }], [0, { [_jN]: _aIu }], [0, { [_jN]: _mSE }], [0, { [_jN]: _oN }], [128 | 0, { [_jN]: _rMe }], [() => RouteParameters, { [_jN]: _rP }], [0, { [_jN]: _rK }], [0, { [_jN]: _rRSE }], [0, { [_jN]: _ta }]],
  2
];
var UpdateRouteResponseRequest$ = [
  3,
  n0,
  _URRR,
  0,
  [_AI, _RI, _RRI, _MSE, _RMes, _RPe, _RRK],
  [[0, 1], [0, 1], [0, 1], [0, { [_jN]: _mSE }], [128 | 0, { [_jN]: _rMes }], [() => RouteParameters, { [_jN]: _rPe }], [0, { [_jN]: _rRK }]],
  3
];
var UpdateRouteResponseResponse$ = [
  3,
  n0,
  _URRRp,
  0,
  [_MSE, _RMes, _RPe, _RRI, _RRK],
  [[0, { [_jN]: _mSE }], [128 | 0, { [_jN]: _rMes }], [() => RouteParameters, { [_jN]: _rPe }], [0, { [_jN]: _rRI }], [0, { [_jN]: _rRK }]]
];
var UpdateRouteResult$ = [
  3,
  n0,
  _URRpd,
  0,
  [_AGM, _AKR, _AS, _ATu, _AIu, _MSE, _ON, _RMe, _RP, _RI, _RK, _RRSE, _Ta],
  [[2, { [_jN]: _aGM }], [2, { [_jN]: _aKR }], [64 | 0, { [_jN]: _aS }], [0, { [_jN]: _aTu }], [0, { [_jN]: _aIu }], [0, { [_jN]: _mSE }], [0, { [_jN]: _oN }], [128 | 0, { [_jN]: _rMe }], [() => RouteParameters, { [_jN]: _rP }], [0, { [_jN]: _rI }], [0, { [_jN]: _rK }], [0, { [_jN]: _rRSE }], [0, { [_jN]: _ta }]]
];
var UpdateStageRequest$ = [
  3,
  n0,
  _USR,
  0,
  [_AI, _SN, _ALS, _ADu, _CCI, _DRS, _DI, _D, _RS, _SV],
  [[0, 1], [0, 1], [() => AccessLogSettings$, { [_jN]: _aLS }], [2, { [_jN]: _aDu }], [0, { [_jN]: _cCI }], [() => RouteSettings$, { [_jN]: _dRS }], [0, { [_jN]: _dI }], [0, { [_jN]: _d }], [() => RouteSettingsMap, { [_jN]: _rS }], [128 | 0, { [_jN]: _sV }]],
  2
];
var UpdateStageResponse$ = [
  3,
  n0,
  _USRp,
  0,
  [_ALS, _AGM, _ADu, _CCI, _CD, _DRS, _DI, _D, _LDSM, _LUD, _RS, _SN, _SV, _T],
  [[() => AccessLogSettings$, { [_jN]: _aLS }], [2, { [_jN]: _aGM }], [2, { [_jN]: _aDu }], [0, { [_jN]: _cCI }], [5, { [_jN]: _cD }], [() => RouteSettings$, { [_jN]: _dRS }], [0, { [_jN]: _dI }], [0, { [_jN]: _d }], [0, { [_jN]: _lDSM }], [5, { [_jN]: _lUD }], [() => RouteSettingsMap, { [_jN]: _rS }], [0, { [_jN]: _sN }], [128 | 0, { [_jN]: _sV }], [128 | 0, { [_jN]: _t }]]
];
var UpdateVpcLinkRequest$ = [
  3,
  n0,
  _UVLR,
  0,
  [_VLI, _N],
  [[0, 1], [0, { [_jN]: _n }]],
  1
];
var UpdateVpcLinkResponse$ = [
  3,
  n0,
  _UVLRp,
  0,
  [_CD, _N, _SGI, _SI, _T, _VLI, _VLS, _VLSM, _VLV],
  [[5, { [_jN]: _cD }], [0, { [_jN]: _n }], [64 | 0, { [_jN]: _sGI }], [64 | 0, { [_jN]: _sI }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _vLI }], [0, { [_jN]: _vLS }], [0, { [_jN]: _vLSM }], [0, { [_jN]: _vLV }]]
];
var VpcLink$ = [
  3,
  n0,
  _VL,
  0,
  [_N, _SGI, _SI, _VLI, _CD, _T, _VLS, _VLSM, _VLV],
  [[0, { [_jN]: _n }], [64 | 0, { [_jN]: _sGI }], [64 | 0, { [_jN]: _sI }], [0, { [_jN]: _vLI }], [5, { [_jN]: _cD }], [128 | 0, { [_jN]: _t }], [0, { [_jN]: _vLS }], [0, { [_jN]: _vLSM }], [0, { [_jN]: _vLV }]],
  4
];
var __Unit = "unit";
var __listOf__string = 64 | 0;
var __listOf__stringMin20Max2048 = 64 | 0;
var __listOfApi = [
  1,
  n0,
  _lOA,
  0,
  [
    () => Api$,
    0
  ]
];
var __listOfApiMapping = [
  1,
  n0,
  _lOAM,
  0,
  [
    () => ApiMapping$,
    0
  ]
];
var __listOfAuthorizer = [
  1,
  n0,
  _lOAi,
  0,
  [
    () => Authorizer$,
    0
  ]
];
var __listOfDeployment = [
  1,
  n0,
  _lOD,
  0,
  [
    () => Deployment$,
    0
  ]
];
var __listOfDomainName = [
  1,
  n0,
  _lODN,
  0,
  [
    () => DomainName$,
    0
  ]
];
var __listOfIntegration = [
  1,
  n0,
  _lOI,
  0,
  [
    () => Integration$,
    0
  ]
];
var __listOfIntegrationResponse = [
  1,
  n0,
  _lOIR,
  0,
  [
    () => IntegrationResponse$,
    0
  ]
];
var __listOfModel = [
  1,
  n0,
  _lOM,
  0,
  [
    () => Model$,
    0
  ]
];
var __listOfPortalProductSummary = [
  1,
  n0,
  _lOPPS,
  0,
  [
    () => PortalProductSummary$,
    0
  ]
];
var __listOfPortalSummary = [
  1,
  n0,
  _lOPS,
  0,
  [
    () => PortalSummary$,
    0
  ]
];
var __listOfProductPageSummaryNoBody = [
  1,
  n0,
  _lOPPSNB,
  0,
  [
    () => ProductPageSummaryNoBody$,
    0
  ]
];
var __listOfProductRestEndpointPageSummaryNoBody = [
  1,
  n0,
  _lOPREPSNB,
  0,
  [
    () => ProductRestEndpointPageSummaryNoBody$,
    0
  ]
];
var __listOfRoute = [
  1,
  n0,
  _lOR,
  0,
  [
    () => Route$,
    0
  ]
];
var __listOfRouteResponse = [
  1,
  n0,
  _lORR,
  0,
  [
    () => RouteResponse$,
    0
  ]
];
var __listOfRoutingRule = [
  1,
  n0,
  _lORRi,
  0,
  [
    () => RoutingRule$,
    0
  ]
];
var __listOfRoutingRuleAction = [
  1,
  n0,
  _lORRA,
  0,
  [
    () => RoutingRuleAction$,
    0
  ]
];
var __listOfRoutingRuleCondition = [
  1,
  n0,
  _lORRC,
  0,
  [
    () => RoutingRuleCondition$,
    0
  ]
];
var __listOfRoutingRuleMatchHeaderValue = [
  1,
  n0,
  _lORRMHV,
  0,
  [
    () => RoutingRuleMatchHeaderValue$,
    0
  ]
];
var __listOfSection = [
  1,
  n0,
  _lOS,
  0,
  [
    () => Section$,
    0
  ]
];
var __listOfSelectionKey = 64 | 0;
var __listOfStage = [
  1,
  n0,
  _lOSi,
  0,
  [
    () => Stage$,
    0
  ]
];
var __listOfVpcLink = [
  1,
  n0,
  _lOVL,
  0,
  [
    () => VpcLink$,
    0
  ]
];
var AuthorizationScopes = 64 | 0;
var CorsHeaderList = 64 | 0;
var CorsMethodList = 64 | 0;
var CorsOriginList = 64 | 0;
var DomainNameConfigurations = [
  1,
  n0,
  _DNC,
  0,
  [
    () => DomainNameConfiguration$,
    0
  ]
];
var IdentitySourceList = 64 | 0;
var SecurityGroupIdList = 64 | 0;
var SubnetIdList = 64 | 0;
var IntegrationParameters = 128 | 0;
var ResponseParameters = [
  2,
  n0,
  _RPe,
  0,
  0,
  128 | 0
];
var RouteModels = 128 | 0;
var RouteParameters = [
  2,
  n0,
  _RPo,
  0,
  [
    0,
    0
  ],
  [
    () => ParameterConstraints$,
    0
  ]
];
var RouteSettingsMap = [
  2,
  n0,
  _RSM,
  0,
  [
    0,
    0
  ],
  [
    () => RouteSettings$,
    0
  ]
];
var StageVariablesMap = 128 | 0;
var Tags = 128 | 0;
var TemplateMap = 128 | 0;
var CreateApi$ = [
  9,
  n0,
  _CAre,
  { [_ht]: ["POST", "/v2/apis", 201] },
  () => CreateApiRequest$,
  () => CreateApiResponse$
];
var CreateApiMapping$ = [
  9,
  n0,
  _CAM,
  { [_ht]: ["POST", "/v2/domainnames/{DomainName}/apimappings", 201] },
  () => CreateApiMappingRequest$,
  () => CreateApiMappingResponse$
];
var CreateAuthorizer$ = [
  9,
  n0,
  _CArea,
  { [_ht]: ["POST", "/v2/apis/{ApiId}/authorizers", 201] },
  () => CreateAuthorizerRequest$,
  () => CreateAuthorizerResponse$
];
var CreateDeployment$ = [
  9,
  n0,
  _CDr,
  { [_ht]: ["POST", "/v2/apis/{ApiId}/deployments", 201] },
  () => CreateDeploymentRequest$,
  () => CreateDeploymentResponse$
];
var CreateDomainName$ = [
  9,
  n0,
  _CDN,
  { [_ht]: ["POST", "/v2/domainnames", 201] },
  () => CreateDomainNameRequest$,
  () => CreateDomainNameResponse$
];
var CreateIntegration$ = [
  9,
  n0,
  _CIr,
  { [_ht]: ["POST", "/v2/apis/{ApiId}/integrations", 201] },
  () => CreateIntegrationRequest$,
  () => CreateIntegrationResult$
];
var CreateIntegrationResponse$ = [
  9,
  n0,
  _CIRre,
  { [_ht]: ["POST", "/v2/apis/{ApiId}/integrations/{IntegrationId}/integrationresponses", 201] },
  () => CreateIntegrationResponseRequest$,
  () => CreateIntegrationResponseResponse$
];
var CreateModel$ = [
  9,
  n0,
  _CM,
  { [_ht]: ["POST", "/v2/apis/{ApiId}/models", 201] },
  () => CreateModelRequest$,
  () => CreateModelResponse$
];
var CreatePortal$ = [
  9,
  n0,
  _CP,
  { [_ht]: ["POST", "/v2/portals", 201] },
  () => CreatePortalRequest$,
  () => CreatePortalResponse$
];
var CreatePortalProduct$ = [
  9,
  n0,
  _CPP,
  { [_ht]: ["POST", "/v2/portalproducts", 201] },
  () => CreatePortalProductRequest$,
  () => CreatePortalProductResponse$
];
var CreateProductPage$ = [
  9,
  n0,
  _CPPr,
  { [_ht]: ["POST", "/v2/portalproducts/{PortalProductId}/productpages", 201] },
  () => CreateProductPageRequest$,
  () => CreateProductPageResponse$
];
var CreateProductRestEndpointPage$ = [
  9,
  n0,
  _CPREP,
  { [_ht]: ["POST", "/v2/portalproducts/{PortalProductId}/productrestendpointpages", 201] },
  () => CreateProductRestEndpointPageRequest$,
  () => CreateProductRestEndpointPageResponse$
];
var CreateRoute$ = [
  9,
  n0,
  _CR,
  { [_ht]: ["POST", "/v2/apis/{ApiId}/routes", 201] },
  () => CreateRouteRequest$,
  () => CreateRouteResult$
];
var CreateRouteResponse$ = [
  9,
  n0,
  _CRRre,
  { [_ht]: ["POST", "/v2/apis/{ApiId}/routes/{RouteId}/routeresponses", 201] },
  () => CreateRouteResponseRequest$,
  () => CreateRouteResponseResponse$
];
var CreateRoutingRule$ = [
  9,
  n0,
  _CRRrea,
  { [_ht]: ["POST", "/v2/domainnames/{DomainName}/routingrules", 201] },
  () => CreateRoutingRuleRequest$,
  () => CreateRoutingRuleResponse$
];
var CreateStage$ = [
  9,
  n0,
  _CS,
  { [_ht]: ["POST", "/v2/apis/{ApiId}/stages", 201] },
  () => CreateStageRequest$,
  () => CreateStageResponse$
];
var CreateVpcLink$ = [
  9,
  n0,
  _CVL,
  { [_ht]: ["POST", "/v2/vpclinks", 201] },
  () => CreateVpcLinkRequest$,
  () => CreateVpcLinkResponse$
];
var DeleteAccessLogSettings$ = [
  9,
  n0,
  _DALS,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/stages/{StageName}/accesslogsettings", 204] },
  () => DeleteAccessLogSettingsRequest$,
  () => __Unit
];
var DeleteApi$ = [
  9,
  n0,
  _DAe,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}", 204] },
  () => DeleteApiRequest$,
  () => __Unit
];
var DeleteApiMapping$ = [
  9,
  n0,
  _DAM,
  { [_ht]: ["DELETE", "/v2/domainnames/{DomainName}/apimappings/{ApiMappingId}", 204] },
  () => DeleteApiMappingRequest$,
  () => __Unit
];
var DeleteAuthorizer$ = [
  9,
  n0,
  _DAel,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/authorizers/{AuthorizerId}", 204] },
  () => DeleteAuthorizerRequest$,
  () => __Unit
];
var DeleteCorsConfiguration$ = [
  9,
  n0,
  _DCC,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/cors", 204] },
  () => DeleteCorsConfigurationRequest$,
  () => __Unit
];
var DeleteDeployment$ = [
  9,
  n0,
  _DD,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/deployments/{DeploymentId}", 204] },
  () => DeleteDeploymentRequest$,
  () => __Unit
];
var DeleteDomainName$ = [
  9,
  n0,
  _DDN,
  { [_ht]: ["DELETE", "/v2/domainnames/{DomainName}", 204] },
  () => DeleteDomainNameRequest$,
  () => __Unit
];
var DeleteIntegration$ = [
  9,
  n0,
  _DIe,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/integrations/{IntegrationId}", 204] },
  () => DeleteIntegrationRequest$,
  () => __Unit
];
var DeleteIntegrationResponse$ = [
  9,
  n0,
  _DIRe,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/integrations/{IntegrationId}/integrationresponses/{IntegrationResponseId}", 204] },
  () => DeleteIntegrationResponseRequest$,
  () => __Unit
];
var DeleteModel$ = [
  9,
  n0,
  _DM,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/models/{ModelId}", 204] },
  () => DeleteModelRequest$,
  () => __Unit
];
var DeletePortal$ = [
  9,
  n0,
  _DP,
  { [_ht]: ["DELETE", "/v2/portals/{PortalId}", 204] },
  () => DeletePortalRequest$,
  () => __Unit
];
var DeletePortalProduct$ = [
  9,
  n0,
  _DPP,
  { [_ht]: ["DELETE", "/v2/portalproducts/{PortalProductId}", 204] },
  () => DeletePortalProductRequest$,
  () => __Unit
];
var DeletePortalProductSharingPolicy$ = [
  9,
  n0,
  _DPPSP,
  { [_ht]: ["DELETE", "/v2/portalproducts/{PortalProductId}/sharingpolicy", 204] },
  () => DeletePortalProductSharingPolicyRequest$,
  () => __Unit
];
var DeleteProductPage$ = [
  9,
  n0,
  _DPPe,
  { [_ht]: ["DELETE", "/v2/portalproducts/{PortalProductId}/productpages/{ProductPageId}", 204] },
  () => DeleteProductPageRequest$,
  () => __Unit
];
var DeleteProductRestEndpointPage$ = [
  9,
  n0,
  _DPREP,
  { [_ht]: ["DELETE", "/v2/portalproducts/{PortalProductId}/productrestendpointpages/{ProductRestEndpointPageId}", 204] },
  () => DeleteProductRestEndpointPageRequest$,
  () => __Unit
];
var DeleteRoute$ = [
  9,
  n0,
  _DR,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/routes/{RouteId}", 204] },
  () => DeleteRouteRequest$,
  () => __Unit
];
var DeleteRouteRequestParameter$ = [
  9,
  n0,
  _DRRP,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/routes/{RouteId}/requestparameters/{RequestParameterKey}", 204] },
  () => DeleteRouteRequestParameterRequest$,
  () => __Unit
];
var DeleteRouteResponse$ = [
  9,
  n0,
  _DRRe,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/routes/{RouteId}/routeresponses/{RouteResponseId}", 204] },
  () => DeleteRouteResponseRequest$,
  () => __Unit
];
var DeleteRouteSettings$ = [
  9,
  n0,
  _DRSe,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/stages/{StageName}/routesettings/{RouteKey}", 204] },
  () => DeleteRouteSettingsRequest$,
  () => __Unit
];
var DeleteRoutingRule$ = [
  9,
  n0,
  _DRRel,
  { [_ht]: ["DELETE", "/v2/domainnames/{DomainName}/routingrules/{RoutingRuleId}", 204] },
  () => DeleteRoutingRuleRequest$,
  () => __Unit
];
var DeleteStage$ = [
  9,
  n0,
  _DSe,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/stages/{StageName}", 204] },
  () => DeleteStageRequest$,
  () => __Unit
];
var DeleteVpcLink$ = [
  9,
  n0,
  _DVL,
  { [_ht]: ["DELETE", "/v2/vpclinks/{VpcLinkId}", 202] },
  () => DeleteVpcLinkRequest$,
  () => DeleteVpcLinkResponse$
];
var DisablePortal$ = [
  9,
  n0,
  _DPi,
  { [_ht]: ["DELETE", "/v2/portals/{PortalId}/publish", 204] },
  () => DisablePortalRequest$,
  () => __Unit
];
var ExportApi$ = [
  9,
  n0,
  _EA,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/exports/{Specification}", 200] },
  () => ExportApiRequest$,
  () => ExportApiResponse$
];
var GetApi$ = [
  9,
  n0,
  _GA,
  { [_ht]: ["GET", "/v2/apis/{ApiId}", 200] },
  () => GetApiRequest$,
  () => GetApiResponse$
];
var GetApiMapping$ = [
  9,
  n0,
  _GAM,
  { [_ht]: ["GET", "/v2/domainnames/{DomainName}/apimappings/{ApiMappingId}", 200] },
  () => GetApiMappingRequest$,
  () => GetApiMappingResponse$
];
var GetApiMappings$ = [
  9,
  n0,
  _GAMe,
  { [_ht]: ["GET", "/v2/domainnames/{DomainName}/apimappings", 200] },
  () => GetApiMappingsRequest$,
  () => GetApiMappingsResponse$
];
var GetApis$ = [
  9,
  n0,
  _GAe,
  { [_ht]: ["GET", "/v2/apis", 200] },
  () => GetApisRequest$,
  () => GetApisResponse$
];
var GetAuthorizer$ = [
  9,
  n0,
  _GAet,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/authorizers/{AuthorizerId}", 200] },
  () => GetAuthorizerRequest$,
  () => GetAuthorizerResponse$
];
var GetAuthorizers$ = [
  9,
  n0,
  _GAetu,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/authorizers", 200] },
  () => GetAuthorizersRequest$,
  () => GetAuthorizersResponse$
];
var GetDeployment$ = [
  9,
  n0,
  _GD,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/deployments/{DeploymentId}", 200] },
  () => GetDeploymentRequest$,
  () => GetDeploymentResponse$
];
var GetDeployments$ = [
  9,
  n0,
  _GDe,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/deployments", 200] },
  () => GetDeploymentsRequest$,
  () => GetDeploymentsResponse$
];
var GetDomainName$ = [
  9,
  n0,
  _GDN,
  { [_ht]: ["GET", "/v2/domainnames/{DomainName}", 200] },
  () => GetDomainNameRequest$,
  () => GetDomainNameResponse$
];
var GetDomainNames$ = [
  9,
  n0,
  _GDNe,
  { [_ht]: ["GET", "/v2/domainnames", 200] },
  () => GetDomainNamesRequest$,
  () => GetDomainNamesResponse$
];
var GetIntegration$ = [
  9,
  n0,
  _GI,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/integrations/{IntegrationId}", 200] },
  () => GetIntegrationRequest$,
  () => GetIntegrationResult$
];
var GetIntegrationResponse$ = [
  9,
  n0,
  _GIRetnt,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/integrations/{IntegrationId}/integrationresponses/{IntegrationResponseId}", 200] },
  () => GetIntegrationResponseRequest$,
  () => GetIntegrationResponseResponse$
];
var GetIntegrationResponses$ = [
  9,
  n0,
  _GIRetnte,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/integrations/{IntegrationId}/integrationresponses", 200] },
  () => GetIntegrationResponsesRequest$,
  () => GetIntegrationResponsesResponse$
];
var GetIntegrations$ = [
  9,
  n0,
  _GIe,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/integrations", 200] },
  () => GetIntegrationsRequest$,
  () => GetIntegrationsResponse$
];
var GetModel$ = [
  9,
  n0,
  _GM,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/models/{ModelId}", 200] },
  () => GetModelRequest$,
  () => GetModelResponse$
];
var GetModels$ = [
  9,
  n0,
  _GMe,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/models", 200] },
  () => GetModelsRequest$,
  () => GetModelsResponse$
];
var GetModelTemplate$ = [
  9,
  n0,
  _GMT,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/models/{ModelId}/template", 200] },
  () => GetModelTemplateRequest$,
  () => GetModelTemplateResponse$
];
var GetPortal$ = [
  9,
  n0,
  _GP,
  { [_ht]: ["GET", "/v2/portals/{PortalId}", 200] },
  () => GetPortalRequest$,
  () => GetPortalResponse$
];
var GetPortalProduct$ = [
  9,
  n0,
  _GPP,
  { [_ht]: ["GET", "/v2/portalproducts/{PortalProductId}", 200] },
  () => GetPortalProductRequest$,
  () => GetPortalProductResponse$
];
var GetPortalProductSharingPolicy$ = [
  9,
  n0,
  _GPPSP,
  { [_ht]: ["GET", "/v2/portalproducts/{PortalProductId}/sharingpolicy", 200] },
  () => GetPortalProductSharingPolicyRequest$,
  () => GetPortalProductSharingPolicyResponse$
];
var GetProductPage$ = [
  9,
  n0,
  _GPPe,
  { [_ht]: ["GET", "/v2/portalproducts/{PortalProductId}/productpages/{ProductPageId}", 200] },
  () => GetProductPageRequest$,
  () => GetProductPageResponse$
];
var GetProductRestEndpointPage$ = [
  9,
  n0,
  _GPREP,
  { [_ht]: ["GET", "/v2/portalproducts/{PortalProductId}/productrestendpointpages/{ProductRestEndpointPageId}", 200] },
  () => GetProductRestEndpointPageRequest$,
  () => GetProductRestEndpointPageResponse$
];
var GetRoute$ = [
  9,
  n0,
  _GR,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/routes/{RouteId}", 200] },
  () => GetRouteRequest$,
  () => GetRouteResult$
];
var GetRouteResponse$ = [
  9,
  n0,
  _GRRetou,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/routes/{RouteId}/routeresponses/{RouteResponseId}", 200] },
  () => GetRouteResponseRequest$,
  () => GetRouteResponseResponse$
];
var GetRouteResponses$ = [
  9,
  n0,
  _GRRetout,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/routes/{RouteId}/routeresponses", 200] },
  () => GetRouteResponsesRequest$,
  () => GetRouteResponsesResponse$
];
var GetRoutes$ = [
  9,
  n0,
  _GRe,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/routes", 200] },
  () => GetRoutesRequest$,
  () => GetRoutesResponse$
];
var GetRoutingRule$ = [
  9,
  n0,
  _GRRetouti,
  { [_ht]: ["GET", "/v2/domainnames/{DomainName}/routingrules/{RoutingRuleId}", 200] },
  () => GetRoutingRuleRequest$,
  () => GetRoutingRuleResponse$
];
var GetStage$ = [
  9,
  n0,
  _GS,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/stages/{StageName}", 200] },
  () => GetStageRequest$,
  () => GetStageResponse$
];
var GetStages$ = [
  9,
  n0,
  _GSe,
  { [_ht]: ["GET", "/v2/apis/{ApiId}/stages", 200] },
  () => GetStagesRequest$,
  () => GetStagesResponse$
];
var GetTags$ = [
  9,
  n0,
  _GT,
  { [_ht]: ["GET", "/v2/tags/{ResourceArn}", 200] },
  () => GetTagsRequest$,
  () => GetTagsResponse$
];
var GetVpcLink$ = [
  9,
  n0,
  _GVL,
  { [_ht]: ["GET", "/v2/vpclinks/{VpcLinkId}", 200] },
  () => GetVpcLinkRequest$,
  () => GetVpcLinkResponse$
];
var GetVpcLinks$ = [
  9,
  n0,
  _GVLe,
  { [_ht]: ["GET", "/v2/vpclinks", 200] },
  () => GetVpcLinksRequest$,
  () => GetVpcLinksResponse$
];
var ImportApi$ = [
  9,
  n0,
  _IAm,
  { [_ht]: ["PUT", "/v2/apis", 201] },
  () => ImportApiRequest$,
  () => ImportApiResponse$
];
var ListPortalProducts$ = [
  9,
  n0,
  _LPP,
  { [_ht]: ["GET", "/v2/portalproducts", 200] },
  () => ListPortalProductsRequest$,
  () => ListPortalProductsResponse$
];
var ListPortals$ = [
  9,
  n0,
  _LPi,
  { [_ht]: ["GET", "/v2/portals", 200] },
  () => ListPortalsRequest$,
  () => ListPortalsResponse$
];
var ListProductPages$ = [
  9,
  n0,
  _LPPi,
  { [_ht]: ["GET", "/v2/portalproducts/{PortalProductId}/productpages", 200] },
  () => ListProductPagesRequest$,
  () => ListProductPagesResponse$
];
var ListProductRestEndpointPages$ = [
  9,
  n0,
  _LPREP,
  { [_ht]: ["GET", "/v2/portalproducts/{PortalProductId}/productrestendpointpages", 200] },
  () => ListProductRestEndpointPagesRequest$,
  () => ListProductRestEndpointPagesResponse$
];
var ListRoutingRules$ = [
  9,
  n0,
  _LRR,
  { [_ht]: ["GET", "/v2/domainnames/{DomainName}/routingrules", 200] },
  () => ListRoutingRulesRequest$,
  () => ListRoutingRulesResponse$
];
var PreviewPortal$ = [
  9,
  n0,
  _PP,
  { [_ht]: ["POST", "/v2/portals/{PortalId}/preview", 202] },
  () => PreviewPortalRequest$,
  () => PreviewPortalResponse$
];
var PublishPortal$ = [
  9,
  n0,
  _PPu,
  { [_ht]: ["POST", "/v2/portals/{PortalId}/publish", 202] },
  () => PublishPortalRequest$,
  () => PublishPortalResponse$
];
var PutPortalProductSharingPolicy$ = [
  9,
  n0,
  _PPPSP,
  { [_ht]: ["PUT", "/v2/portalproducts/{PortalProductId}/sharingpolicy", 200] },
  () => PutPortalProductSharingPolicyRequest$,
  () => PutPortalProductSharingPolicyResponse$
];
var PutRoutingRule$ = [
  9,
  n0,
  _PRR,
  { [_ht]: ["PUT", "/v2/domainnames/{DomainName}/routingrules/{RoutingRuleId}", 200] },
  () => PutRoutingRuleRequest$,
  () => PutRoutingRuleResponse$
];
var ReimportApi$ = [
  9,
  n0,
  _RAe,
  { [_ht]: ["PUT", "/v2/apis/{ApiId}", 201] },
  () => ReimportApiRequest$,
  () => ReimportApiResponse$
];
var ResetAuthorizersCache$ = [
  9,
  n0,
  _RAC,
  { [_ht]: ["DELETE", "/v2/apis/{ApiId}/stages/{StageName}/cache/authorizers", 204] },
  () => ResetAuthorizersCacheRequest$,
  () => __Unit
];
var TagResource$ = [
  9,
  n0,
  _TR,
  { [_ht]: ["POST", "/v2/tags/{ResourceArn}", 201] },
  () => TagResourceRequest$,
  () => TagResourceResponse$
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  { [_ht]: ["DELETE", "/v2/tags/{ResourceArn}", 204] },
  () => UntagResourceRequest$,
  () => __Unit
];
var UpdateApi$ = [
  9,
  n0,
  _UA,
  { [_ht]: ["PATCH", "/v2/apis/{ApiId}", 200] },
  () => UpdateApiRequest$,
  () => UpdateApiResponse$
];
var UpdateApiMapping$ = [
  9,
  n0,
  _UAM,
  { [_ht]: ["PATCH", "/v2/domainnames/{DomainName}/apimappings/{ApiMappingId}", 200] },
  () => UpdateApiMappingRequest$,
  () => UpdateApiMappingResponse$
];
var UpdateAuthorizer$ = [
  9,
  n0,
  _UAp,
  { [_ht]: ["PATCH", "/v2/apis/{ApiId}/authorizers/{AuthorizerId}", 200] },
  () => UpdateAuthorizerRequest$,
  () => UpdateAuthorizerResponse$
];
var UpdateDeployment$ = [
  9,
  n0,
  _UD,
  { [_ht]: ["PATCH", "/v2/apis/{ApiId}/deployments/{DeploymentId}", 200] },
  () => UpdateDeploymentRequest$,
  () => UpdateDeploymentResponse$
];
var UpdateDomainName$ = [
  9,
  n0,
  _UDN,
  { [_ht]: ["PATCH", "/v2/domainnames/{DomainName}", 200] },
  () => UpdateDomainNameRequest$,
  () => UpdateDomainNameResponse$
];
var UpdateIntegration$ = [
  9,
  n0,
  _UI,
  { [_ht]: ["PATCH", "/v2/apis/{ApiId}/integrations/{IntegrationId}", 200] },
  () => UpdateIntegrationRequest$,
  () => UpdateIntegrationResult$
];
var UpdateIntegrationResponse$ = [
  9,
  n0,
  _UIRpd,
  { [_ht]: ["PATCH", "/v2/apis/{ApiId}/integrations/{IntegrationId}/integrationresponses/{IntegrationResponseId}", 200] },
  () => UpdateIntegrationResponseRequest$,
  () => UpdateIntegrationResponseResponse$
];
var UpdateModel$ = [
  9,
  n0,
  _UM,
  { [_ht]: ["PATCH", "/v2/apis/{ApiId}/models/{ModelId}", 200] },
  () => UpdateModelRequest$,
  () => UpdateModelResponse$
];
var UpdatePortal$ = [
  9,
  n0,
  _UP,
  { [_ht]: ["PATCH", "/v2/portals/{PortalId}", 200] },
  () => UpdatePortalRequest$,
  () => UpdatePortalResponse$
];
var UpdatePortalProduct$ = [
  9,
  n0,
  _UPP,
  { [_ht]: ["PATCH", "/v2/portalproducts/{PortalProductId}", 200] },
  () => UpdatePortalProductRequest$,
  () => UpdatePortalProductResponse$
];
var UpdateProductPage$ = [
  9,
  n0,
  _UPPp,
  { [_ht]: ["PATCH", "/v2/portalproducts/{PortalProductId}/productpages/{ProductPageId}", 200] },
  () => UpdateProductPageRequest$,
  () => UpdateProductPageResponse$
];
var UpdateProductRestEndpointPage$ = [
  9,
  n0,
  _UPREP,
  { [_ht]: ["PATCH", "/v2/portalproducts/{PortalProductId}/productrestendpointpages/{ProductRestEndpointPageId}", 200] },
  () => UpdateProductRestEndpointPageRequest$,
  () => UpdateProductRestEndpointPageResponse$
];
var UpdateRoute$ = [
  9,
  n0,
  _URp,
  { [_ht]: ["PATCH", "/v2/apis/{ApiId}/routes/{RouteId}", 200] },
  () => UpdateRouteRequest$,
  () => UpdateRouteResult$
];
var UpdateRouteResponse$ = [
  9,
  n0,
  _URRpda,
  { [_ht]: ["PATCH", "/v2/apis/{ApiId}/routes/{RouteId}/routeresponses/{RouteResponseId}", 200] },
  () => UpdateRouteResponseRequest$,
  () => UpdateRouteResponseResponse$
];
var UpdateStage$ = [
  9,
  n0,
  _US,
  { [_ht]: ["PATCH", "/v2/apis/{ApiId}/stages/{StageName}", 200] },
  () => UpdateStageRequest$,
  () => UpdateStageResponse$
];
var UpdateVpcLink$ = [
  9,
  n0,
  _UVL,
  { [_ht]: ["PATCH", "/v2/vpclinks/{VpcLinkId}", 200] },
  () => UpdateVpcLinkRequest$,
  () => UpdateVpcLinkResponse$
];

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2018-11-29",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultApiGatewayV2HttpAuthSchemeProvider,
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
      defaultNamespace: "com.amazonaws.apigatewayv2",
      errorTypeRegistries,
      version: "2018-11-29",
      serviceTarget: "ApiGatewayV2"
    },
    serviceId: config?.serviceId ?? "ApiGatewayV2",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/runtimeConfig.js
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
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

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/auth/httpAuthExtensionConfiguration.js
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

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/ApiGatewayV2Client.js
var ApiGatewayV2Client = class extends Client {
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
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultApiGatewayV2HttpAuthSchemeParametersProvider,
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

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "ApiGatewayV2", "ApiGatewayV2Client", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateApiCommand.js
var CreateApiCommand = class extends command(_ep0, _mw0, "CreateApi", CreateApi$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateApiMappingCommand.js
var CreateApiMappingCommand = class extends command(_ep0, _mw0, "CreateApiMapping", CreateApiMapping$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateAuthorizerCommand.js
var CreateAuthorizerCommand = class extends command(_ep0, _mw0, "CreateAuthorizer", CreateAuthorizer$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateDeploymentCommand.js
var CreateDeploymentCommand = class extends command(_ep0, _mw0, "CreateDeployment", CreateDeployment$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateDomainNameCommand.js
var CreateDomainNameCommand = class extends command(_ep0, _mw0, "CreateDomainName", CreateDomainName$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateIntegrationCommand.js
var CreateIntegrationCommand = class extends command(_ep0, _mw0, "CreateIntegration", CreateIntegration$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateIntegrationResponseCommand.js
var CreateIntegrationResponseCommand = class extends command(_ep0, _mw0, "CreateIntegrationResponse", CreateIntegrationResponse$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateModelCommand.js
var CreateModelCommand = class extends command(_ep0, _mw0, "CreateModel", CreateModel$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreatePortalCommand.js
var CreatePortalCommand = class extends command(_ep0, _mw0, "CreatePortal", CreatePortal$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreatePortalProductCommand.js
var CreatePortalProductCommand = class extends command(_ep0, _mw0, "CreatePortalProduct", CreatePortalProduct$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateProductPageCommand.js
var CreateProductPageCommand = class extends command(_ep0, _mw0, "CreateProductPage", CreateProductPage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateProductRestEndpointPageCommand.js
var CreateProductRestEndpointPageCommand = class extends command(_ep0, _mw0, "CreateProductRestEndpointPage", CreateProductRestEndpointPage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateRouteCommand.js
var CreateRouteCommand = class extends command(_ep0, _mw0, "CreateRoute", CreateRoute$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateRouteResponseCommand.js
var CreateRouteResponseCommand = class extends command(_ep0, _mw0, "CreateRouteResponse", CreateRouteResponse$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateRoutingRuleCommand.js
var CreateRoutingRuleCommand = class extends command(_ep0, _mw0, "CreateRoutingRule", CreateRoutingRule$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateStageCommand.js
var CreateStageCommand = class extends command(_ep0, _mw0, "CreateStage", CreateStage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/CreateVpcLinkCommand.js
var CreateVpcLinkCommand = class extends command(_ep0, _mw0, "CreateVpcLink", CreateVpcLink$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteAccessLogSettingsCommand.js
var DeleteAccessLogSettingsCommand = class extends command(_ep0, _mw0, "DeleteAccessLogSettings", DeleteAccessLogSettings$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteApiCommand.js
var DeleteApiCommand = class extends command(_ep0, _mw0, "DeleteApi", DeleteApi$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteApiMappingCommand.js
var DeleteApiMappingCommand = class extends command(_ep0, _mw0, "DeleteApiMapping", DeleteApiMapping$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteAuthorizerCommand.js
var DeleteAuthorizerCommand = class extends command(_ep0, _mw0, "DeleteAuthorizer", DeleteAuthorizer$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteCorsConfigurationCommand.js
var DeleteCorsConfigurationCommand = class extends command(_ep0, _mw0, "DeleteCorsConfiguration", DeleteCorsConfiguration$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteDeploymentCommand.js
var DeleteDeploymentCommand = class extends command(_ep0, _mw0, "DeleteDeployment", DeleteDeployment$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteDomainNameCommand.js
var DeleteDomainNameCommand = class extends command(_ep0, _mw0, "DeleteDomainName", DeleteDomainName$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteIntegrationCommand.js
var DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteIntegrationResponseCommand.js
var DeleteIntegrationResponseCommand = class extends command(_ep0, _mw0, "DeleteIntegrationResponse", DeleteIntegrationResponse$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteModelCommand.js
var DeleteModelCommand = class extends command(_ep0, _mw0, "DeleteModel", DeleteModel$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeletePortalCommand.js
var DeletePortalCommand = class extends command(_ep0, _mw0, "DeletePortal", DeletePortal$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeletePortalProductCommand.js
var DeletePortalProductCommand = class extends command(_ep0, _mw0, "DeletePortalProduct", DeletePortalProduct$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeletePortalProductSharingPolicyCommand.js
var DeletePortalProductSharingPolicyCommand = class extends command(_ep0, _mw0, "DeletePortalProductSharingPolicy", DeletePortalProductSharingPolicy$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteProductPageCommand.js
var DeleteProductPageCommand = class extends command(_ep0, _mw0, "DeleteProductPage", DeleteProductPage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteProductRestEndpointPageCommand.js
var DeleteProductRestEndpointPageCommand = class extends command(_ep0, _mw0, "DeleteProductRestEndpointPage", DeleteProductRestEndpointPage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteRouteCommand.js
var DeleteRouteCommand = class extends command(_ep0, _mw0, "DeleteRoute", DeleteRoute$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteRouteRequestParameterCommand.js
var DeleteRouteRequestParameterCommand = class extends command(_ep0, _mw0, "DeleteRouteRequestParameter", DeleteRouteRequestParameter$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteRouteResponseCommand.js
var DeleteRouteResponseCommand = class extends command(_ep0, _mw0, "DeleteRouteResponse", DeleteRouteResponse$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteRouteSettingsCommand.js
var DeleteRouteSettingsCommand = class extends command(_ep0, _mw0, "DeleteRouteSettings", DeleteRouteSettings$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteRoutingRuleCommand.js
var DeleteRoutingRuleCommand = class extends command(_ep0, _mw0, "DeleteRoutingRule", DeleteRoutingRule$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteStageCommand.js
var DeleteStageCommand = class extends command(_ep0, _mw0, "DeleteStage", DeleteStage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DeleteVpcLinkCommand.js
var DeleteVpcLinkCommand = class extends command(_ep0, _mw0, "DeleteVpcLink", DeleteVpcLink$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/DisablePortalCommand.js
var DisablePortalCommand = class extends command(_ep0, _mw0, "DisablePortal", DisablePortal$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/ExportApiCommand.js
var ExportApiCommand = class extends command(_ep0, _mw0, "ExportApi", ExportApi$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetApiCommand.js
var GetApiCommand = class extends command(_ep0, _mw0, "GetApi", GetApi$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetApiMappingCommand.js
var GetApiMappingCommand = class extends command(_ep0, _mw0, "GetApiMapping", GetApiMapping$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetApiMappingsCommand.js
var GetApiMappingsCommand = class extends command(_ep0, _mw0, "GetApiMappings", GetApiMappings$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetApisCommand.js
var GetApisCommand = class extends command(_ep0, _mw0, "GetApis", GetApis$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetAuthorizerCommand.js
var GetAuthorizerCommand = class extends command(_ep0, _mw0, "GetAuthorizer", GetAuthorizer$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetAuthorizersCommand.js
var GetAuthorizersCommand = class extends command(_ep0, _mw0, "GetAuthorizers", GetAuthorizers$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetDeploymentCommand.js
var GetDeploymentCommand = class extends command(_ep0, _mw0, "GetDeployment", GetDeployment$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetDeploymentsCommand.js
var GetDeploymentsCommand = class extends command(_ep0, _mw0, "GetDeployments", GetDeployments$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetDomainNameCommand.js
var GetDomainNameCommand = class extends command(_ep0, _mw0, "GetDomainName", GetDomainName$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetDomainNamesCommand.js
var GetDomainNamesCommand = class extends command(_ep0, _mw0, "GetDomainNames", GetDomainNames$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetIntegrationCommand.js
var GetIntegrationCommand = class extends command(_ep0, _mw0, "GetIntegration", GetIntegration$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetIntegrationResponseCommand.js
var GetIntegrationResponseCommand = class extends command(_ep0, _mw0, "GetIntegrationResponse", GetIntegrationResponse$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetIntegrationResponsesCommand.js
var GetIntegrationResponsesCommand = class extends command(_ep0, _mw0, "GetIntegrationResponses", GetIntegrationResponses$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetIntegrationsCommand.js
var GetIntegrationsCommand = class extends command(_ep0, _mw0, "GetIntegrations", GetIntegrations$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetModelCommand.js
var GetModelCommand = class extends command(_ep0, _mw0, "GetModel", GetModel$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetModelsCommand.js
var GetModelsCommand = class extends command(_ep0, _mw0, "GetModels", GetModels$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetModelTemplateCommand.js
var GetModelTemplateCommand = class extends command(_ep0, _mw0, "GetModelTemplate", GetModelTemplate$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetPortalCommand.js
var GetPortalCommand = class extends command(_ep0, _mw0, "GetPortal", GetPortal$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetPortalProductCommand.js
var GetPortalProductCommand = class extends command(_ep0, _mw0, "GetPortalProduct", GetPortalProduct$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetPortalProductSharingPolicyCommand.js
var GetPortalProductSharingPolicyCommand = class extends command(_ep0, _mw0, "GetPortalProductSharingPolicy", GetPortalProductSharingPolicy$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetProductPageCommand.js
var GetProductPageCommand = class extends command(_ep0, _mw0, "GetProductPage", GetProductPage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetProductRestEndpointPageCommand.js
var GetProductRestEndpointPageCommand = class extends command(_ep0, _mw0, "GetProductRestEndpointPage", GetProductRestEndpointPage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetRouteCommand.js
var GetRouteCommand = class extends command(_ep0, _mw0, "GetRoute", GetRoute$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetRouteResponseCommand.js
var GetRouteResponseCommand = class extends command(_ep0, _mw0, "GetRouteResponse", GetRouteResponse$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetRouteResponsesCommand.js
var GetRouteResponsesCommand = class extends command(_ep0, _mw0, "GetRouteResponses", GetRouteResponses$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetRoutesCommand.js
var GetRoutesCommand = class extends command(_ep0, _mw0, "GetRoutes", GetRoutes$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetRoutingRuleCommand.js
var GetRoutingRuleCommand = class extends command(_ep0, _mw0, "GetRoutingRule", GetRoutingRule$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetStageCommand.js
var GetStageCommand = class extends command(_ep0, _mw0, "GetStage", GetStage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetStagesCommand.js
var GetStagesCommand = class extends command(_ep0, _mw0, "GetStages", GetStages$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetTagsCommand.js
var GetTagsCommand = class extends command(_ep0, _mw0, "GetTags", GetTags$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetVpcLinkCommand.js
var GetVpcLinkCommand = class extends command(_ep0, _mw0, "GetVpcLink", GetVpcLink$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/GetVpcLinksCommand.js
var GetVpcLinksCommand = class extends command(_ep0, _mw0, "GetVpcLinks", GetVpcLinks$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/ImportApiCommand.js
var ImportApiCommand = class extends command(_ep0, _mw0, "ImportApi", ImportApi$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/ListPortalProductsCommand.js
var ListPortalProductsCommand = class extends command(_ep0, _mw0, "ListPortalProducts", ListPortalProducts$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/ListPortalsCommand.js
var ListPortalsCommand = class extends command(_ep0, _mw0, "ListPortals", ListPortals$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/ListProductPagesCommand.js
var ListProductPagesCommand = class extends command(_ep0, _mw0, "ListProductPages", ListProductPages$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/ListProductRestEndpointPagesCommand.js
var ListProductRestEndpointPagesCommand = class extends command(_ep0, _mw0, "ListProductRestEndpointPages", ListProductRestEndpointPages$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/ListRoutingRulesCommand.js
var ListRoutingRulesCommand = class extends command(_ep0, _mw0, "ListRoutingRules", ListRoutingRules$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/PreviewPortalCommand.js
var PreviewPortalCommand = class extends command(_ep0, _mw0, "PreviewPortal", PreviewPortal$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/PublishPortalCommand.js
var PublishPortalCommand = class extends command(_ep0, _mw0, "PublishPortal", PublishPortal$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/PutPortalProductSharingPolicyCommand.js
var PutPortalProductSharingPolicyCommand = class extends command(_ep0, _mw0, "PutPortalProductSharingPolicy", PutPortalProductSharingPolicy$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/PutRoutingRuleCommand.js
var PutRoutingRuleCommand = class extends command(_ep0, _mw0, "PutRoutingRule", PutRoutingRule$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/ReimportApiCommand.js
var ReimportApiCommand = class extends command(_ep0, _mw0, "ReimportApi", ReimportApi$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/ResetAuthorizersCacheCommand.js
var ResetAuthorizersCacheCommand = class extends command(_ep0, _mw0, "ResetAuthorizersCache", ResetAuthorizersCache$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateApiCommand.js
var UpdateApiCommand = class extends command(_ep0, _mw0, "UpdateApi", UpdateApi$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateApiMappingCommand.js
var UpdateApiMappingCommand = class extends command(_ep0, _mw0, "UpdateApiMapping", UpdateApiMapping$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateAuthorizerCommand.js
var UpdateAuthorizerCommand = class extends command(_ep0, _mw0, "UpdateAuthorizer", UpdateAuthorizer$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateDeploymentCommand.js
var UpdateDeploymentCommand = class extends command(_ep0, _mw0, "UpdateDeployment", UpdateDeployment$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateDomainNameCommand.js
var UpdateDomainNameCommand = class extends command(_ep0, _mw0, "UpdateDomainName", UpdateDomainName$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateIntegrationCommand.js
var UpdateIntegrationCommand = class extends command(_ep0, _mw0, "UpdateIntegration", UpdateIntegration$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateIntegrationResponseCommand.js
var UpdateIntegrationResponseCommand = class extends command(_ep0, _mw0, "UpdateIntegrationResponse", UpdateIntegrationResponse$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateModelCommand.js
var UpdateModelCommand = class extends command(_ep0, _mw0, "UpdateModel", UpdateModel$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdatePortalCommand.js
var UpdatePortalCommand = class extends command(_ep0, _mw0, "UpdatePortal", UpdatePortal$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdatePortalProductCommand.js
var UpdatePortalProductCommand = class extends command(_ep0, _mw0, "UpdatePortalProduct", UpdatePortalProduct$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateProductPageCommand.js
var UpdateProductPageCommand = class extends command(_ep0, _mw0, "UpdateProductPage", UpdateProductPage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateProductRestEndpointPageCommand.js
var UpdateProductRestEndpointPageCommand = class extends command(_ep0, _mw0, "UpdateProductRestEndpointPage", UpdateProductRestEndpointPage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateRouteCommand.js
var UpdateRouteCommand = class extends command(_ep0, _mw0, "UpdateRoute", UpdateRoute$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateRouteResponseCommand.js
var UpdateRouteResponseCommand = class extends command(_ep0, _mw0, "UpdateRouteResponse", UpdateRouteResponse$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateStageCommand.js
var UpdateStageCommand = class extends command(_ep0, _mw0, "UpdateStage", UpdateStage$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/commands/UpdateVpcLinkCommand.js
var UpdateVpcLinkCommand = class extends command(_ep0, _mw0, "UpdateVpcLink", UpdateVpcLink$) {
};

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/pagination/ListRoutingRulesPaginator.js
var paginateListRoutingRules = createPaginator(ApiGatewayV2Client, ListRoutingRulesCommand, "NextToken", "NextToken", "MaxResults");

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/ApiGatewayV2.js
var commands = {
  CreateApiCommand,
  CreateApiMappingCommand,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  CreateIntegrationCommand,
  CreateIntegrationResponseCommand,
  CreateModelCommand,
  CreatePortalCommand,
  CreatePortalProductCommand,
  CreateProductPageCommand,
  CreateProductRestEndpointPageCommand,
  CreateRouteCommand,
  CreateRouteResponseCommand,
  CreateRoutingRuleCommand,
  CreateStageCommand,
  CreateVpcLinkCommand,
  DeleteAccessLogSettingsCommand,
  DeleteApiCommand,
  DeleteApiMappingCommand,
  DeleteAuthorizerCommand,
  DeleteCorsConfigurationCommand,
  DeleteDeploymentCommand,
  DeleteDomainNameCommand,
  DeleteIntegrationCommand,
  DeleteIntegrationResponseCommand,
  DeleteModelCommand,
  DeletePortalCommand,
  DeletePortalProductCommand,
  DeletePortalProductSharingPolicyCommand,
  DeleteProductPageCommand,
  DeleteProductRestEndpointPageCommand,
  DeleteRouteCommand,
  DeleteRouteRequestParameterCommand,
  DeleteRouteResponseCommand,
  DeleteRouteSettingsCommand,
  DeleteRoutingRuleCommand,
  DeleteStageCommand,
  DeleteVpcLinkCommand,
  DisablePortalCommand,
  ExportApiCommand,
  GetApiCommand,
  GetApiMappingCommand,
  GetApiMappingsCommand,
  GetApisCommand,
  GetAuthorizerCommand,
  GetAuthorizersCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetIntegrationResponsesCommand,
  GetIntegrationsCommand,
  GetModelCommand,
  GetModelsCommand,
  GetModelTemplateCommand,
  GetPortalCommand,
  GetPortalProductCommand,
  GetPortalProductSharingPolicyCommand,
  GetProductPageCommand,
  GetProductRestEndpointPageCommand,
  GetRouteCommand,
  GetRouteResponseCommand,
  GetRouteResponsesCommand,
  GetRoutesCommand,
  GetRoutingRuleCommand,
  GetStageCommand,
  GetStagesCommand,
  GetTagsCommand,
  GetVpcLinkCommand,
  GetVpcLinksCommand,
  ImportApiCommand,
  ListPortalProductsCommand,
  ListPortalsCommand,
  ListProductPagesCommand,
  ListProductRestEndpointPagesCommand,
  ListRoutingRulesCommand,
  PreviewPortalCommand,
  PublishPortalCommand,
  PutPortalProductSharingPolicyCommand,
  PutRoutingRuleCommand,
  ReimportApiCommand,
  ResetAuthorizersCacheCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateApiCommand,
  UpdateApiMappingCommand,
  UpdateAuthorizerCommand,
  UpdateDeploymentCommand,
  UpdateDomainNameCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateModelCommand,
  UpdatePortalCommand,
  UpdatePortalProductCommand,
  UpdateProductPageCommand,
  UpdateProductRestEndpointPageCommand,
  UpdateRouteCommand,
  UpdateRouteResponseCommand,
  UpdateStageCommand,
  UpdateVpcLinkCommand
};
var paginators = {
  paginateListRoutingRules
};
var ApiGatewayV2 = class extends ApiGatewayV2Client {
};
createAggregatedClient(commands, ApiGatewayV2, { paginators });

// ../../node_modules/@aws-sdk/client-apigatewayv2/dist-es/models/enums.js
var IpAddressType = {
  dualstack: "dualstack",
  ipv4: "ipv4"
};
var ProtocolType = {
  HTTP: "HTTP",
  WEBSOCKET: "WEBSOCKET"
};
var AuthorizerType = {
  JWT: "JWT",
  REQUEST: "REQUEST"
};
var DeploymentStatus = {
  DEPLOYED: "DEPLOYED",
  FAILED: "FAILED",
  PENDING: "PENDING"
};
var DomainNameStatus = {
  AVAILABLE: "AVAILABLE",
  PENDING_CERTIFICATE_REIMPORT: "PENDING_CERTIFICATE_REIMPORT",
  PENDING_OWNERSHIP_VERIFICATION: "PENDING_OWNERSHIP_VERIFICATION",
  UPDATING: "UPDATING"
};
var EndpointType = {
  EDGE: "EDGE",
  REGIONAL: "REGIONAL"
};
var SecurityPolicy = {
  TLS_1_0: "TLS_1_0",
  TLS_1_2: "TLS_1_2"
};
var RoutingMode = {
  API_MAPPING_ONLY: "API_MAPPING_ONLY",
  ROUTING_RULE_ONLY: "ROUTING_RULE_ONLY",
  ROUTING_RULE_THEN_API_MAPPING: "ROUTING_RULE_THEN_API_MAPPING"
};
var ConnectionType = {
  INTERNET: "INTERNET",
  VPC_LINK: "VPC_LINK"
};
var ContentHandlingStrategy = {
  CONVERT_TO_BINARY: "CONVERT_TO_BINARY",
  CONVERT_TO_TEXT: "CONVERT_TO_TEXT"
};
var IntegrationType = {
  AWS: "AWS",
  AWS_PROXY: "AWS_PROXY",
  HTTP: "HTTP",
  HTTP_PROXY: "HTTP_PROXY",
  MOCK: "MOCK"
};
var PassthroughBehavior = {
  NEVER: "NEVER",
  WHEN_NO_MATCH: "WHEN_NO_MATCH",
  WHEN_NO_TEMPLATES: "WHEN_NO_TEMPLATES"
};
var PreviewStatus = {
  PREVIEW_FAILED: "PREVIEW_FAILED",
  PREVIEW_IN_PROGRESS: "PREVIEW_IN_PROGRESS",
  PREVIEW_READY: "PREVIEW_READY"
};
var PublishStatus = {
  DISABLED: "DISABLED",
  DISABLE_FAILED: "DISABLE_FAILED",
  DISABLE_IN_PROGRESS: "DISABLE_IN_PROGRESS",
  PUBLISHED: "PUBLISHED",
  PUBLISH_FAILED: "PUBLISH_FAILED",
  PUBLISH_IN_PROGRESS: "PUBLISH_IN_PROGRESS"
};
var Status = {
  AVAILABLE: "AVAILABLE",
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS"
};
var TryItState = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED"
};
var AuthorizationType = {
  AWS_IAM: "AWS_IAM",
  CUSTOM: "CUSTOM",
  JWT: "JWT",
  NONE: "NONE"
};
var LoggingLevel = {
  ERROR: "ERROR",
  INFO: "INFO",
  OFF: "OFF"
};
var VpcLinkStatus = {
  AVAILABLE: "AVAILABLE",
  DELETING: "DELETING",
  FAILED: "FAILED",
  INACTIVE: "INACTIVE",
  PENDING: "PENDING"
};
var VpcLinkVersion = {
  V2: "V2"
};

export {
  ApiGatewayV2ServiceException,
  AccessDeniedException,
  BadRequestException,
  ConflictException,
  NotFoundException,
  TooManyRequestsException,
  ApiGatewayV2ServiceException$,
  AccessDeniedException$,
  BadRequestException$,
  ConflictException$,
  NotFoundException$,
  TooManyRequestsException$,
  errorTypeRegistries,
  AccessLogSettings$,
  ACMManaged$,
  Api$,
  ApiMapping$,
  Authorization$,
  Authorizer$,
  CognitoConfig$,
  Cors$,
  CreateApiMappingRequest$,
  CreateApiMappingResponse$,
  CreateApiRequest$,
  CreateApiResponse$,
  CreateAuthorizerRequest$,
  CreateAuthorizerResponse$,
  CreateDeploymentRequest$,
  CreateDeploymentResponse$,
  CreateDomainNameRequest$,
  CreateDomainNameResponse$,
  CreateIntegrationRequest$,
  CreateIntegrationResponseRequest$,
  CreateIntegrationResponseResponse$,
  CreateIntegrationResult$,
  CreateModelRequest$,
  CreateModelResponse$,
  CreatePortalProductRequest$,
  CreatePortalProductResponse$,
  CreatePortalRequest$,
  CreatePortalResponse$,
  CreateProductPageRequest$,
  CreateProductPageResponse$,
  CreateProductRestEndpointPageRequest$,
  CreateProductRestEndpointPageResponse$,
  CreateRouteRequest$,
  CreateRouteResponseRequest$,
  CreateRouteResponseResponse$,
  CreateRouteResult$,
  CreateRoutingRuleRequest$,
  CreateRoutingRuleResponse$,
  CreateStageRequest$,
  CreateStageResponse$,
  CreateVpcLinkRequest$,
  CreateVpcLinkResponse$,
  CustomColors$,
  DeleteAccessLogSettingsRequest$,
  DeleteApiMappingRequest$,
  DeleteApiRequest$,
  DeleteAuthorizerRequest$,
  DeleteCorsConfigurationRequest$,
  DeleteDeploymentRequest$,
  DeleteDomainNameRequest$,
  DeleteIntegrationRequest$,
  DeleteIntegrationResponseRequest$,
  DeleteModelRequest$,
  DeletePortalProductRequest$,
  DeletePortalProductSharingPolicyRequest$,
  DeletePortalRequest$,
  DeleteProductPageRequest$,
  DeleteProductRestEndpointPageRequest$,
  DeleteRouteRequest$,
  DeleteRouteRequestParameterRequest$,
  DeleteRouteResponseRequest$,
  DeleteRouteSettingsRequest$,
  DeleteRoutingRuleRequest$,
  DeleteStageRequest$,
  DeleteVpcLinkRequest$,
  DeleteVpcLinkResponse$,
  Deployment$,
  DisablePortalRequest$,
  DisplayContent$,
  DisplayContentOverrides$,
  DisplayOrder$,
  DomainName$,
  DomainNameConfiguration$,
  EndpointConfigurationRequest$,
  EndpointConfigurationResponse$,
  EndpointDisplayContent$,
  EndpointDisplayContentResponse$,
  ExportApiRequest$,
  ExportApiResponse$,
  GetApiMappingRequest$,
  GetApiMappingResponse$,
  GetApiMappingsRequest$,
  GetApiMappingsResponse$,
  GetApiRequest$,
  GetApiResponse$,
  GetApisRequest$,
  GetApisResponse$,
  GetAuthorizerRequest$,
  GetAuthorizerResponse$,
  GetAuthorizersRequest$,
  GetAuthorizersResponse$,
  GetDeploymentRequest$,
  GetDeploymentResponse$,
  GetDeploymentsRequest$,
  GetDeploymentsResponse$,
  GetDomainNameRequest$,
  GetDomainNameResponse$,
  GetDomainNamesRequest$,
  GetDomainNamesResponse$,
  GetIntegrationRequest$,
  GetIntegrationResponseRequest$,
  GetIntegrationResponseResponse$,
  GetIntegrationResponsesRequest$,
  GetIntegrationResponsesResponse$,
  GetIntegrationResult$,
  GetIntegrationsRequest$,
  GetIntegrationsResponse$,
  GetModelRequest$,
  GetModelResponse$,
  GetModelsRequest$,
  GetModelsResponse$,
  GetModelTemplateRequest$,
  GetModelTemplateResponse$,
  GetPortalProductRequest$,
  GetPortalProductResponse$,
  GetPortalProductSharingPolicyRequest$,
  GetPortalProductSharingPolicyResponse$,
  GetPortalRequest$,
  GetPortalResponse$,
  GetProductPageRequest$,
  GetProductPageResponse$,
  GetProductRestEndpointPageRequest$,
  GetProductRestEndpointPageResponse$,
  GetRouteRequest$,
  GetRouteResponseRequest$,
  GetRouteResponseResponse$,
  GetRouteResponsesRequest$,
  GetRouteResponsesResponse$,
  GetRouteResult$,
  GetRoutesRequest$,
  GetRoutesResponse$,
  GetRoutingRuleRequest$,
  GetRoutingRuleResponse$,
  GetStageRequest$,
  GetStageResponse$,
  GetStagesRequest$,
  GetStagesResponse$,
  GetTagsRequest$,
  GetTagsResponse$,
  GetVpcLinkRequest$,
  GetVpcLinkResponse$,
  GetVpcLinksRequest$,
  GetVpcLinksResponse$,
  IdentifierParts$,
  ImportApiRequest$,
  ImportApiResponse$,
  Integration$,
  IntegrationResponse$,
  JWTConfiguration$,
  ListPortalProductsRequest$,
  ListPortalProductsResponse$,
  ListPortalsRequest$,
  ListPortalsResponse$,
  ListProductPagesRequest$,
  ListProductPagesResponse$,
  ListProductRestEndpointPagesRequest$,
  ListProductRestEndpointPagesResponse$,
  ListRoutingRulesRequest$,
  ListRoutingRulesResponse$,
  Model$,
  MutualTlsAuthentication$,
  MutualTlsAuthenticationInput$,
  None$,
  ParameterConstraints$,
  PortalContent$,
  PortalProductSummary$,
  PortalSummary$,
  PortalTheme$,
  Preview$,
  PreviewPortalRequest$,
  PreviewPortalResponse$,
  ProductPageSummaryNoBody$,
  ProductRestEndpointPageSummaryNoBody$,
  PublishPortalRequest$,
  PublishPortalResponse$,
  PutPortalProductSharingPolicyRequest$,
  PutPortalProductSharingPolicyResponse$,
  PutRoutingRuleRequest$,
  PutRoutingRuleResponse$,
  ReimportApiRequest$,
  ReimportApiResponse$,
  ResetAuthorizersCacheRequest$,
  RestEndpointIdentifier$,
  Route$,
  RouteResponse$,
  RouteSettings$,
  RoutingRule$,
  RoutingRuleAction$,
  RoutingRuleActionInvokeApi$,
  RoutingRuleCondition$,
  RoutingRuleMatchBasePaths$,
  RoutingRuleMatchHeaders$,
  RoutingRuleMatchHeaderValue$,
  Section$,
  Stage$,
  StatusException$,
  TagResourceRequest$,
  TagResourceResponse$,
  TlsConfig$,
  TlsConfigInput$,
  UntagResourceRequest$,
  UpdateApiMappingRequest$,
  UpdateApiMappingResponse$,
  UpdateApiRequest$,
  UpdateApiResponse$,
  UpdateAuthorizerRequest$,
  UpdateAuthorizerResponse$,
  UpdateDeploymentRequest$,
  UpdateDeploymentResponse$,
  UpdateDomainNameRequest$,
  UpdateDomainNameResponse$,
  UpdateIntegrationRequest$,
  UpdateIntegrationResponseRequest$,
  UpdateIntegrationResponseResponse$,
  UpdateIntegrationResult$,
  UpdateModelRequest$,
  UpdateModelResponse$,
  UpdatePortalProductRequest$,
  UpdatePortalProductResponse$,
  UpdatePortalRequest$,
  UpdatePortalResponse$,
  UpdateProductPageRequest$,
  UpdateProductPageResponse$,
  UpdateProductRestEndpointPageRequest$,
  UpdateProductRestEndpointPageResponse$,
  UpdateRouteRequest$,
  UpdateRouteResponseRequest$,
  UpdateRouteResponseResponse$,
  UpdateRouteResult$,
  UpdateStageRequest$,
  UpdateStageResponse$,
  UpdateVpcLinkRequest$,
  UpdateVpcLinkResponse$,
  VpcLink$,
  CreateApi$,
  CreateApiMapping$,
  CreateAuthorizer$,
  CreateDeployment$,
  CreateDomainName$,
  CreateIntegration$,
  CreateIntegrationResponse$,
  CreateModel$,
  CreatePortal$,
  CreatePortalProduct$,
  CreateProductPage$,
  CreateProductRestEndpointPage$,
  CreateRoute$,
  CreateRouteResponse$,
  CreateRoutingRule$,
  CreateStage$,
  CreateVpcLink$,
  DeleteAccessLogSettings$,
  DeleteApi$,
  DeleteApiMapping$,
  DeleteAuthorizer$,
  DeleteCorsConfiguration$,
  DeleteDeployment$,
  DeleteDomainName$,
  DeleteIntegration$,
  DeleteIntegrationResponse$,
  DeleteModel$,
  DeletePortal$,
  DeletePortalProduct$,
  DeletePortalProductSharingPolicy$,
  DeleteProductPage$,
  DeleteProductRestEndpointPage$,
  DeleteRoute$,
  DeleteRouteRequestParameter$,
  DeleteRouteResponse$,
  DeleteRouteSettings$,
  DeleteRoutingRule$,
  DeleteStage$,
  DeleteVpcLink$,
  DisablePortal$,
  ExportApi$,
  GetApi$,
  GetApiMapping$,
  GetApiMappings$,
  GetApis$,
  GetAuthorizer$,
  GetAuthorizers$,
  GetDeployment$,
  GetDeployments$,
  GetDomainName$,
  GetDomainNames$,
  GetIntegration$,
  GetIntegrationResponse$,
  GetIntegrationResponses$,
  GetIntegrations$,
  GetModel$,
  GetModels$,
  GetModelTemplate$,
  GetPortal$,
  GetPortalProduct$,
  GetPortalProductSharingPolicy$,
  GetProductPage$,
  GetProductRestEndpointPage$,
  GetRoute$,
  GetRouteResponse$,
  GetRouteResponses$,
  GetRoutes$,
  GetRoutingRule$,
  GetStage$,
  GetStages$,
  GetTags$,
  GetVpcLink$,
  GetVpcLinks$,
  ImportApi$,
  ListPortalProducts$,
  ListPortals$,
  ListProductPages$,
  ListProductRestEndpointPages$,
  ListRoutingRules$,
  PreviewPortal$,
  PublishPortal$,
  PutPortalProductSharingPolicy$,
  PutRoutingRule$,
  ReimportApi$,
  ResetAuthorizersCache$,
  TagResource$,
  UntagResource$,
  UpdateApi$,
  UpdateApiMapping$,
  UpdateAuthorizer$,
  UpdateDeployment$,
  UpdateDomainName$,
  UpdateIntegration$,
  UpdateIntegrationResponse$,
  UpdateModel$,
  UpdatePortal$,
  UpdatePortalProduct$,
  UpdateProductPage$,
  UpdateProductRestEndpointPage$,
  UpdateRoute$,
  UpdateRouteResponse$,
  UpdateStage$,
  UpdateVpcLink$,
  ApiGatewayV2Client,
  CreateApiCommand,
  CreateApiMappingCommand,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  CreateIntegrationCommand,
  CreateIntegrationResponseCommand,
  CreateModelCommand,
  CreatePortalCommand,
  CreatePortalProductCommand,
  CreateProductPageCommand,
  CreateProductRestEndpointPageCommand,
  CreateRouteCommand,
  CreateRouteResponseCommand,
  CreateRoutingRuleCommand,
  CreateStageCommand,
  CreateVpcLinkCommand,
  DeleteAccessLogSettingsCommand,
  DeleteApiCommand,
  DeleteApiMappingCommand,
  DeleteAuthorizerCommand,
  DeleteCorsConfigurationCommand,
  DeleteDeploymentCommand,
  DeleteDomainNameCommand,
  DeleteIntegrationCommand,
  DeleteIntegrationResponseCommand,
  DeleteModelCommand,
  DeletePortalCommand,
  DeletePortalProductCommand,
  DeletePortalProductSharingPolicyCommand,
  DeleteProductPageCommand,
  DeleteProductRestEndpointPageCommand,
  DeleteRouteCommand,
  DeleteRouteRequestParameterCommand,
  DeleteRouteResponseCommand,
  DeleteRouteSettingsCommand,
  DeleteRoutingRuleCommand,
  DeleteStageCommand,
  DeleteVpcLinkCommand,
  DisablePortalCommand,
  ExportApiCommand,
  GetApiCommand,
  GetApiMappingCommand,
  GetApiMappingsCommand,
  GetApisCommand,
  GetAuthorizerCommand,
  GetAuthorizersCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetIntegrationResponsesCommand,
  GetIntegrationsCommand,
  GetModelCommand,
  GetModelsCommand,
  GetModelTemplateCommand,
  GetPortalCommand,
  GetPortalProductCommand,
  GetPortalProductSharingPolicyCommand,
  GetProductPageCommand,
  GetProductRestEndpointPageCommand,
  GetRouteCommand,
  GetRouteResponseCommand,
  GetRouteResponsesCommand,
  GetRoutesCommand,
  GetRoutingRuleCommand,
  GetStageCommand,
  GetStagesCommand,
  GetTagsCommand,
  GetVpcLinkCommand,
  GetVpcLinksCommand,
  ImportApiCommand,
  ListPortalProductsCommand,
  ListPortalsCommand,
  ListProductPagesCommand,
  ListProductRestEndpointPagesCommand,
  ListRoutingRulesCommand,
  PreviewPortalCommand,
  PublishPortalCommand,
  PutPortalProductSharingPolicyCommand,
  PutRoutingRuleCommand,
  ReimportApiCommand,
  ResetAuthorizersCacheCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateApiCommand,
  UpdateApiMappingCommand,
  UpdateAuthorizerCommand,
  UpdateDeploymentCommand,
  UpdateDomainNameCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateModelCommand,
  UpdatePortalCommand,
  UpdatePortalProductCommand,
  UpdateProductPageCommand,
  UpdateProductRestEndpointPageCommand,
  UpdateRouteCommand,
  UpdateRouteResponseCommand,
  UpdateStageCommand,
  UpdateVpcLinkCommand,
  paginateListRoutingRules,
  ApiGatewayV2,
  IpAddressType,
  ProtocolType,
  AuthorizerType,
  DeploymentStatus,
  DomainNameStatus,
  EndpointType,
  SecurityPolicy,
  RoutingMode,
  ConnectionType,
  ContentHandlingStrategy,
  IntegrationType,
  PassthroughBehavior,
  PreviewStatus,
  PublishStatus,
  Status,
  TryItState,
  AuthorizationType,
  LoggingLevel,
  VpcLinkStatus,
  VpcLinkVersion
};
//# sourceMappingURL=chunk-KQ6TQYQ4.js.map
