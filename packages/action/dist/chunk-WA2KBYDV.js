import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-USKHDH5L.js";
import {
  SignatureV4MultiRegion
} from "./chunk-ICFWPHZT.js";
import {
  eventStreamSerdeProvider2 as eventStreamSerdeProvider,
  resolveEventStreamSerdeConfig
} from "./chunk-5UABYKYS.js";
import {
  AwsJson1_1Protocol,
  AwsQueryProtocol,
  AwsSdkSigV4ASigner,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  NODE_SIGV4A_CONFIG_OPTIONS,
  resolveAwsSdkSigV4AConfig,
  resolveAwsSdkSigV4Config
} from "./chunk-TXLY2R7U.js";
import {
  Sha256Node
} from "./chunk-L5RRZF5F.js";
import {
  NodeHttpHandler
} from "./chunk-MOH3A3KK.js";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveParams,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-L5RTCSRA.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunk-CD3RXBJC.js";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-3JE6MROH.js";

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudWatchLogsHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "logs",
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
var defaultCloudWatchLogsHttpAuthSchemeProvider = (authParameters) => {
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

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "logs"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/package.json
var package_default = {
  name: "@aws-sdk/client-cloudwatch-logs",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Cloudwatch Logs Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudwatch-logs",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudwatch-logs"
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
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
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
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/bdd.js
var m = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = "stringEquals";
var h = { [m]: "Endpoint" };
var i = { [m]: d };
var j = { [m]: "Region" };
var k = {};
var l = [j];
var _data = {
  conditions: [
    [c, [h]],
    [c, l],
    ["aws.partition", l, d],
    [e, [{ [m]: "UseFIPS" }, b]],
    [e, [{ [m]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
    [g, [j, "us-gov-east-1"]],
    [g, [j, "us-gov-west-1"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, k],
    ["https://logs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://logs.us-gov-east-1.amazonaws.com", k],
    ["https://logs.us-gov-west-1.amazonaws.com", k],
    ["https://logs-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://logs.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://logs.{Region}.{PartitionResult#dnsSuffix}", k],
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
  14,
  3,
  1,
  4,
  r + 13,
  2,
  5,
  r + 13,
  3,
  8,
  6,
  4,
  7,
  r + 12,
  5,
  r + 10,
  r + 11,
  4,
  12,
  9,
  6,
  10,
  r + 9,
  7,
  r + 6,
  11,
  8,
  r + 7,
  r + 8,
  5,
  13,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  15,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/endpointResolver.js
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

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/models/CloudWatchLogsServiceException.js
var CloudWatchLogsServiceException = class _CloudWatchLogsServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs#CloudWatchLogsServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudWatchLogsServiceException.prototype);
  }
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#AccessDeniedException";
  name = "AccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
  }
};
var InvalidParameterException = class _InvalidParameterException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#InvalidParameterException";
  name = "InvalidParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
  }
};
var OperationAbortedException = class _OperationAbortedException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#OperationAbortedException";
  name = "OperationAbortedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OperationAbortedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationAbortedException.prototype);
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};
var ServiceUnavailableException = class _ServiceUnavailableException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ServiceUnavailableException";
  name = "ServiceUnavailableException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServiceUnavailableException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceUnavailableException.prototype);
  }
};
var InternalServerException = class _InternalServerException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#InternalServerException";
  name = "InternalServerException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerException.prototype);
  }
};
var ThrottlingException = class _ThrottlingException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ThrottlingException";
  name = "ThrottlingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
  }
};
var ValidationException = class _ValidationException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ValidationException";
  name = "ValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
  }
};
var InvalidOperationException = class _InvalidOperationException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#InvalidOperationException";
  name = "InvalidOperationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOperationException.prototype);
  }
};
var ConflictException = class _ConflictException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ConflictException";
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
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ServiceQuotaExceededException";
  name = "ServiceQuotaExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var ResourceAlreadyExistsException = class _ResourceAlreadyExistsException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ResourceAlreadyExistsException";
  name = "ResourceAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceAlreadyExistsException.prototype);
  }
};
var DataAlreadyAcceptedException = class _DataAlreadyAcceptedException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#DataAlreadyAcceptedException";
  name = "DataAlreadyAcceptedException";
  $fault = "client";
  expectedSequenceToken;
  constructor(opts) {
    super({
      name: "DataAlreadyAcceptedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DataAlreadyAcceptedException.prototype);
    this.expectedSequenceToken = opts.expectedSequenceToken;
  }
};
var InternalStreamingException = class _InternalStreamingException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#InternalStreamingException";
  name = "InternalStreamingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InternalStreamingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalStreamingException.prototype);
  }
};
var InvalidSequenceTokenException = class _InvalidSequenceTokenException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#InvalidSequenceTokenException";
  name = "InvalidSequenceTokenException";
  $fault = "client";
  expectedSequenceToken;
  constructor(opts) {
    super({
      name: "InvalidSequenceTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSequenceTokenException.prototype);
    this.expectedSequenceToken = opts.expectedSequenceToken;
  }
};
var UnrecognizedClientException = class _UnrecognizedClientException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#UnrecognizedClientException";
  name = "UnrecognizedClientException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnrecognizedClientException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnrecognizedClientException.prototype);
  }
};
var SessionStreamingException = class _SessionStreamingException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#SessionStreamingException";
  name = "SessionStreamingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SessionStreamingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SessionStreamingException.prototype);
  }
};
var SessionTimeoutException = class _SessionTimeoutException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#SessionTimeoutException";
  name = "SessionTimeoutException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SessionTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SessionTimeoutException.prototype);
  }
};
var MalformedQueryException = class _MalformedQueryException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#MalformedQueryException";
  name = "MalformedQueryException";
  $fault = "client";
  queryCompileError;
  constructor(opts) {
    super({
      name: "MalformedQueryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedQueryException.prototype);
    this.queryCompileError = opts.queryCompileError;
  }
};
var TooManyTagsException = class _TooManyTagsException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#TooManyTagsException";
  name = "TooManyTagsException";
  $fault = "client";
  resourceName;
  constructor(opts) {
    super({
      name: "TooManyTagsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTagsException.prototype);
    this.resourceName = opts.resourceName;
  }
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/schemas/schemas_0.js
var _A = "Anomaly";
var _AD = "AnomalyDetector";
var _ADE = "AccessDeniedException";
var _AF = "AllowedFields";
var _AK = "AddKeys";
var _AKE = "AddKeyEntry";
var _AKEd = "AddKeyEntries";
var _CDR = "CreateDeliveryRequest";
var _CE = "ConflictException";
var _CLADR = "CreateLogAnomalyDetectorRequest";
var _CLG = "CreateLogGroup";
var _CLGR = "CreateLogGroupRequest";
var _CLTR = "CreateLookupTableRequest";
var _CSQR = "CreateScheduledQueryRequest";
var _CSV = "CSV";
var _CT = "ConfigurationTemplate";
var _CTDCV = "ConfigurationTemplateDeliveryConfigValues";
var _CV = "CopyValue";
var _CVE = "CopyValueEntry";
var _CVEo = "CopyValueEntries";
var _D = "Delivery";
var _DAAE = "DataAlreadyAcceptedException";
var _DAPRes = "DescribeAccountPoliciesRequest";
var _DC = "DestinationConfiguration";
var _DCTR = "DescribeConfigurationTemplatesRequest";
var _DD = "DeliveryDestination";
var _DDC = "DeliveryDestinationConfiguration";
var _DDDRe = "DescribeDeliveryDestinationsRequest";
var _DDRes = "DescribeDeliveriesRequest";
var _DDSRe = "DescribeDeliverySourcesRequest";
var _DFIR = "DescribeFieldIndexesRequest";
var _DIPRes = "DescribeIndexPoliciesRequest";
var _DITBR = "DescribeImportTaskBatchesRequest";
var _DK = "DeleteKeys";
var _DLG = "DeleteLogGroup";
var _DLGR = "DeleteLogGroupRequest";
var _DLGRe = "DescribeLogGroupsRequest";
var _DRPRe = "DeleteRetentionPolicyRequest";
var _DRPe = "DeleteRetentionPolicy";
var _DSCS = "DeliverySourceConfigurationSchema";
var _DSCSe = "DeliverySourceConfigurationSchemas";
var _DSF = "DataSourceFilter";
var _DSFa = "DataSourceFilters";
var _DSe = "DeliverySource";
var _DTC = "DateTimeConverter";
var _E = "Entity";
var _FD = "FieldsData";
var _FLE = "FilteredLogEvent";
var _FLER = "FilterLogEventsRequest";
var _FLERi = "FilterLogEventsResponse";
var _FLEi = "FilteredLogEvents";
var _FLEil = "FilterLogEvents";
var _G = "Grok";
var _GLADRe = "GetLogAnomalyDetectorResponse";
var _GLO = "GetLogObject";
var _GLOR = "GetLogObjectRequest";
var _GLORS = "GetLogObjectResponseStream";
var _GLORe = "GetLogObjectResponse";
var _GLRRe = "GetLogRecordResponse";
var _GSQHR = "GetScheduledQueryHistoryRequest";
var _GSQRe = "GetScheduledQueryResponse";
var _IOE = "InvalidOperationException";
var _IPE = "InvalidParameterException";
var _ISE = "InternalServerException";
var _ISEn = "InternalStreamingException";
var _ISTE = "InvalidSequenceTokenException";
var _LALGSR = "ListAggregateLogGroupSummariesRequest";
var _LCS = "LowerCaseString";
var _LE = "LogEvent";
var _LEE = "LimitExceededException";
var _LG = "LogGroup";
var _LLGFQRi = "ListLogGroupsForQueryResponse";
var _LLGR = "ListLogGroupsRequest";
var _LSo = "LogSamples";
var _LT = "LookupTable";
var _LTC = "LookupTableConfiguration";
var _LTFRRi = "ListTagsForResourceResponse";
var _LTLGRi = "ListTagsLogGroupResponse";
var _LTM = "ListToMap";
var _LTSLE = "LiveTailSessionLogEvent";
var _LTSM = "LiveTailSessionMetadata";
var _LTSR = "LiveTailSessionResults";
var _LTSS = "LiveTailSessionStart";
var _LTSU = "LiveTailSessionUpdate";
var _MF = "MetricFilter";
var _MFMR = "MetricFilterMatchRecord";
var _MK = "MoveKeys";
var _MKE = "MoveKeyEntry";
var _MKEo = "MoveKeyEntries";
var _MQE = "MalformedQueryException";
var _MT = "MetricTransformation";
var _MTe = "MetricTransformations";
var _OAE = "OperationAbortedException";
var _OSRC = "OpenSearchResourceConfig";
var _PC = "ParseCloudfront";
var _PDDR = "PutDeliveryDestinationRequest";
var _PDR = "PutDestinationRequest";
var _PDSR = "PutDeliverySourceRequest";
var _PJSON = "ParseJSON";
var _PKV = "ParseKeyValue";
var _PMFR = "PutMetricFilterRequest";
var _PP = "ParsePostgres";
var _PQDR = "PutQueryDefinitionRequest";
var _PR = "ParseRoute53";
var _PRPRut = "PutRetentionPolicyRequest";
var _PRPu = "PutRetentionPolicy";
var _PSFR = "PutSubscriptionFilterRequest";
var _PT = "PatternToken";
var _PTOCSF = "ParseToOCSF";
var _PTa = "PatternTokens";
var _PVPC = "ParseVPC";
var _PWAF = "ParseWAF";
var _Pr = "Processor";
var _Pro = "Processors";
var _QCE = "QueryCompileError";
var _QCEL = "QueryCompileErrorLocation";
var _QD = "QueryDefinition";
var _QP = "QueryParameter";
var _QPL = "QueryParameterList";
var _RAEE = "ResourceAlreadyExistsException";
var _RF = "RecordField";
var _RK = "RenameKeys";
var _RKE = "RenameKeyEntry";
var _RKEe = "RenameKeyEntries";
var _RNFE = "ResourceNotFoundException";
var _SC = "S3Configuration";
var _SDC = "S3DeliveryConfiguration";
var _SF = "SubscriptionFilter";
var _SLS = "SearchedLogStream";
var _SLSe = "SearchedLogStreams";
var _SLT = "StartLiveTail";
var _SLTR = "StartLiveTailRequest";
var _SLTRS = "StartLiveTailResponseStream";
var _SLTRt = "StartLiveTailResponse";
var _SQEE = "ServiceQuotaExceededException";
var _SQR = "StartQueryRequest";
var _SS = "SplitString";
var _SSE = "SessionStreamingException";
var _SSEp = "SplitStringEntry";
var _SSEpl = "SplitStringEntries";
var _SSEu = "SubstituteStringEntry";
var _SSEub = "SubstituteStringEntries";
var _SSu = "SubstituteString";
var _STE = "SessionTimeoutException";
var _STI = "S3TablesIntegration";
var _SUE = "ServiceUnavailableException";
var _TC = "TypeConverter";
var _TCE = "TypeConverterEntry";
var _TCEy = "TypeConverterEntries";
var _TE = "ThrottlingException";
var _TF = "TagFilter";
var _TFa = "TagFilters";
var _TLGR = "TagLogGroupRequest";
var _TMFR = "TestMetricFilterRequest";
var _TMTE = "TooManyTagsException";
var _TRR = "TagResourceRequest";
var _TS = "TrimString";
var _TTR = "TestTransformerRequest";
var _UCE = "UnrecognizedClientException";
var _UCS = "UpperCaseString";
var _UDCR = "UpdateDeliveryConfigurationRequest";
var _ULGR = "UntagLogGroupRequest";
var _URR = "UntagResourceRequest";
var _USQR = "UpdateScheduledQueryRequest";
var _USQRp = "UpdateScheduledQueryResponse";
var _VE = "ValidationException";
var _a = "active";
var _aA = "applicationArn";
var _aAFAVLDFR = "allowedActionForAllowVendedLogsDeliveryForResource";
var _aDA = "anomalyDetectorArn";
var _aDS = "anomalyDetectorStatus";
var _aF = "allowedFields";
var _aFD = "allowedFieldDelimiters";
var _aIc = "accountIdentifiers";
var _aIn = "anomalyId";
var _aK = "addKeys";
var _aOF = "allowedOutputFormats";
var _aOTL = "applyOnTransformedLogs";
var _aSPF = "allowedSuffixPathFields";
var _aVT = "anomalyVisibilityTime";
var _ar = "arn";
var _at = "attributes";
var _bIS = "batchImportStatus";
var _bTAE = "bearerTokenAuthenticationEnabled";
var _c = "client";
var _cT = "creationTime";
var _cTS = "creationTimeStamp";
var _cTl = "clientToken";
var _cV = "copyValue";
var _co = "columns";
var _cs = "csv";
var _d = "description";
var _dA = "destinationArn";
var _dC = "destinationConfiguration";
var _dDA = "deliveryDestinationArn";
var _dDC = "deliveryDestinationConfiguration";
var _dDCV = "defaultDeliveryConfigValues";
var _dDT = "deliveryDestinationType";
var _dDTe = "deliveryDestinationTypes";
var _dI = "destinationIdentifier";
var _dK = "deleteKeys";
var _dN = "detectorName";
var _dNa = "datasourceName";
var _dNe = "destinationName";
var _dPE = "deletionProtectionEnabled";
var _dPS = "dataProtectionStatus";
var _dRA = "destinationResourceArn";
var _dSC = "deliverySourceConfiguration";
var _dSN = "deliverySourceName";
var _dSNe = "deliverySourceNames";
var _dSRA = "dataSourceRoleArn";
var _dSa = "dataSources";
var _dT = "datasourceType";
var _dTC = "dateTimeConverter";
var _dTP = "dynamicTokenPosition";
var _dV = "defaultValue";
var _dVP = "dashboardViewerPrincipals";
var _da = "data";
var _del = "delimiter";
var _des = "destination";
var _di = "dimensions";
var _dis = "distribution";
var _e = "error";
var _eCO = "endCharOffset";
var _eF = "evaluationFrequency";
var _eHCP = "enableHiveCompatiblePath";
var _eIv = "eventId";
var _eMv = "eventMessage";
var _eN = "eventNumber";
var _eRA = "executionRoleArn";
var _eS = "executionStatuses";
var _eSF = "emitSystemFields";
var _eSFD = "emitSystemFieldDimensions";
var _eST = "expectedSequenceToken";
var _eSv = "eventSource";
var _eTO = "endTimeOffset";
var _eTn = "endTime";
var _eV = "extractedValues";
var _en = "entries";
var _end = "endpoint";
var _enu = "enumerations";
var _ev = "events";
var _f = "from";
var _fD = "fieldDelimiter";
var _fE = "flattenedElement";
var _fINi = "fieldIndexNames";
var _fN = "filterName";
var _fP = "filterPattern";
var _fS = "firstSeen";
var _fSC = "fieldSelectionCriteria";
var _fSi = "fieldStream";
var _fi = "fields";
var _fl = "flatten";
var _g = "grok";
var _gB = "groupBy";
var _h = "histogram";
var _hE = "httpError";
var _i = "identifier";
var _iC = "indexCategories";
var _iDs = "isDynamic";
var _iI = "importId";
var _iLA = "includeLinkedAccounts";
var _iPLS = "isPatternLevelSuppression";
var _iPn = "inheritedProperties";
var _iT = "ingestionTime";
var _iTN = "inferredTokenName";
var _id = "id";
var _in = "interleaved";
var _k = "key";
var _kA = "keyAttributes";
var _kKA = "kmsKeyArn";
var _kKI = "kmsKeyId";
var _kN = "keyName";
var _kP = "keyPrefix";
var _kVD = "keyValueDelimiter";
var _l = "locale";
var _lCS = "lowerCaseString";
var _lEFP = "logEventFilterPattern";
var _lEM = "logEventMessages";
var _lES = "lastExecutionStatus";
var _lGA = "logGroupArn";
var _lGAL = "logGroupArnList";
var _lGCo = "logGroupClass";
var _lGI = "logGroupIdentifiers";
var _lGIo = "logGroupIdentifier";
var _lGN = "logGroupName";
var _lGNP = "logGroupNamePrefix";
var _lGNPo = "logGroupNamePattern";
var _lGNo = "logGroupNames";
var _lGT = "logGroupTags";
var _lM = "lastModified";
var _lMTS = "lastModifiedTimeStamp";
var _lOP = "logObjectPointer";
var _lR = "logRecord";
var _lS = "lastSeen";
var _lSN = "logStreamName";
var _lSNP = "logStreamNamePrefix";
var _lSNPo = "logStreamNamePrefixes";
var _lSNo = "logStreamNames";
var _lSo = "logSamples";
var _lT = "logType";
var _lTA = "lookupTableArn";
var _lTC = "lookupTableConfiguration";
var _lTM = "listToMap";
var _lTN = "lookupTableName";
var _lTT = "lastTriggeredTime";
var _lTo = "logTypes";
var _lUT = "lastUpdatedTime";
var _li = "limit";
var _lo = "location";
var _m = "message";
var _mFC = "metricFilterCount";
var _mK = "moveKeys";
var _mN = "metricName";
var _mNe = "metricNamespace";
var _mP = "matchPatterns";
var _mR = "maxResults";
var _mT = "metricTransformations";
var _mV = "minValue";
var _mVa = "maxValue";
var _mVap = "mappingVersion";
var _mVe = "metricValue";
var _ma = "match";
var _man = "mandatory";
var _n = "name";
var _nMV = "nonMatchValue";
var _nT = "nextToken";
var _na = "names";
var _oAI = "ownerAccountId";
var _oF = "outputFormat";
var _oIE = "overwriteIfExists";
var _oV = "ocsfVersion";
var _p = "priority";
var _pC = "parseCloudfront";
var _pI = "patternId";
var _pJSON = "parseJSON";
var _pKV = "parseKeyValue";
var _pN = "policyName";
var _pP = "parsePostgres";
var _pR = "patternRegex";
var _pRa = "parseRoute53";
var _pS = "patternString";
var _pT = "policyType";
var _pTOCSF = "parseToOCSF";
var _pTa = "patternTokens";
var _pVPC = "parseVPC";
var _pWAF = "parseWAF";
var _pa = "parameters";
var _qC = "quoteCharacter";
var _qCE = "queryCompileError";
var _qDI = "queryDefinitionId";
var _qI = "queryId";
var _qL = "queryLanguage";
var _qS = "queryString";
var _rA = "resourceArn";
var _rAe = "resourceArns";
var _rAo = "roleArn";
var _rC = "recordsCount";
var _rD = "retentionDays";
var _rF = "recordFields";
var _rID = "retentionInDays";
var _rIe = "requestId";
var _rK = "renameKeys";
var _rN = "resourceName";
var _rPN = "retentionPolicyName";
var _rSe = "responseStream";
var _rT = "resourceType";
var _rTe = "resourceTypes";
var _rTen = "renameTo";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs";
var _sB = "sizeBytes";
var _sBt = "storedBytes";
var _sCO = "startCharOffset";
var _sCe = "searchedCompletely";
var _sCo = "s3Configuration";
var _sD = "suppressedDate";
var _sDC = "s3DeliveryConfiguration";
var _sE = "scheduleExpression";
var _sET = "scheduleEndTime";
var _sFH = "startFromHead";
var _sI = "sessionId";
var _sLS = "searchedLogStreams";
var _sM = "sessionMetadata";
var _sP = "suffixPath";
var _sQA = "scheduledQueryArn";
var _sR = "statusReason";
var _sRe = "sessionResults";
var _sST = "scheduleStartTime";
var _sSe = "sessionStart";
var _sSp = "splitString";
var _sSu = "substituteString";
var _sT = "sourceTimezone";
var _sTI = "s3TablesIntegration";
var _sTO = "startTimeOffset";
var _sTc = "scheduleType";
var _sTt = "startTime";
var _sU = "suppressedUntil";
var _sUe = "sessionUpdate";
var _sV = "supportedValues";
var _sa = "sampled";
var _se = "server";
var _ser = "service";
var _so = "source";
var _st = "state";
var _sta = "status";
var _str = "streaming";
var _su = "suppressed";
var _t = "target";
var _tA = "targetArn";
var _tB = "tableBody";
var _tC = "transformerConfig";
var _tCy = "typeConverter";
var _tF = "targetFormat";
var _tFa = "tableFields";
var _tK = "tagKeys";
var _tNa = "tableName";
var _tS = "tokenString";
var _tSr = "trimString";
var _tT = "targetTimezone";
var _ta = "tags";
var _ti = "timezone";
var _tim = "timestamp";
var _to = "to";
var _ty = "type";
var _u = "unmask";
var _uCS = "upperCaseString";
var _un = "unit";
var _v = "value";
var _vK = "valueKey";
var _vT = "valueType";
var _va = "values";
var _wK = "withKeys";
var n0 = "com.amazonaws.cloudwatchlogs";
var _s_registry = new TypeRegistry(_s);
var CloudWatchLogsServiceException$ = [-3, _s, "CloudWatchLogsServiceException", 0, [], []];
_s_registry.registerError(CloudWatchLogsServiceException$, CloudWatchLogsServiceException);
var n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DataAlreadyAcceptedException$ = [
  -3,
  n0,
  _DAAE,
  { [_e]: _c },
  [_eST, _m],
  [0, 0]
];
n0_registry.registerError(DataAlreadyAcceptedException$, DataAlreadyAcceptedException);
var InternalServerException$ = [
  -3,
  n0,
  _ISE,
  { [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var InternalStreamingException$ = [
  -3,
  n0,
  _ISEn,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InternalStreamingException$, InternalStreamingException);
var InvalidOperationException$ = [
  -3,
  n0,
  _IOE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidSequenceTokenException$ = [
  -3,
  n0,
  _ISTE,
  { [_e]: _c },
  [_eST, _m],
  [0, 0]
];
n0_registry.registerError(InvalidSequenceTokenException$, InvalidSequenceTokenException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MalformedQueryException$ = [
  -3,
  n0,
  _MQE,
  { [_e]: _c },
  [_qCE, _m],
  [() => QueryCompileError$, 0]
];
n0_registry.registerError(MalformedQueryException$, MalformedQueryException);
var OperationAbortedException$ = [
  -3,
  n0,
  _OAE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OperationAbortedException$, OperationAbortedException);
var ResourceAlreadyExistsException$ = [
  -3,
  n0,
  _RAEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ServiceUnavailableException$ = [
  -3,
  n0,
  _SUE,
  { [_e]: _se },
  [_m],
  [0]
];
n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
var SessionStreamingException$ = [
  -3,
  n0,
  _SSE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(SessionStreamingException$, SessionStreamingException);
var SessionTimeoutException$ = [
  -3,
  n0,
  _STE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(SessionTimeoutException$, SessionTimeoutException);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TooManyTagsException$ = [
  -3,
  n0,
  _TMTE,
  { [_e]: _c, [_hE]: 400 },
  [_m, _rN],
  [0, 0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
var UnrecognizedClientException$ = [
  -3,
  n0,
  _UCE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnrecognizedClientException$, UnrecognizedClientException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AddKeyEntry$ = [
  3,
  n0,
  _AKE,
  0,
  [_k, _v, _oIE],
  [0, 0, 2],
  2
];
var AddKeys$ = [
  3,
  n0,
  _AK,
  0,
  [_en],
  [() => AddKeyEntries],
  1
];
var Anomaly$ = [
  3,
  n0,
  _A,
  0,
  [_aIn, _pI, _aDA, _pS, _fS, _lS, _d, _a, _st, _h, _lSo, _pTa, _lGAL, _pR, _p, _su, _sD, _sU, _iPLS],
  [0, 0, 0, 0, 1, 1, 0, 2, 0, 128 | 1, () => LogSamples, () => PatternTokens, 64 | 0, 0, 0, 2, 1, 1, 2],
  13
];
var AnomalyDetector$ = [
  3,
  n0,
  _AD,
  0,
  [_aDA, _dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
  [0, 0, 64 | 0, 0, 0, 0, 0, 1, 1, 1]
];
var ConfigurationTemplate$ = [
  3,
  n0,
  _CT,
  0,
  [_ser, _lT, _rT, _dDT, _dDCV, _aF, _aOF, _aAFAVLDFR, _aFD, _aSPF, _dSC, _sTI],
  [0, 0, 0, 0, () => ConfigurationTemplateDeliveryConfigValues$, () => AllowedFields, 64 | 0, 0, 64 | 0, 64 | 0, () => DeliverySourceConfigurationSchemas, () => S3TablesIntegration$]
];
var ConfigurationTemplateDeliveryConfigValues$ = [
  3,
  n0,
  _CTDCV,
  0,
  [_rF, _fD, _sDC],
  [64 | 0, 0, () => S3DeliveryConfiguration$]
];
var CopyValue$ = [
  3,
  n0,
  _CV,
  0,
  [_en],
  [() => CopyValueEntries],
  1
];
var CopyValueEntry$ = [
  3,
  n0,
  _CVE,
  0,
  [_so, _t, _oIE],
  [0, 0, 2],
  2
];
var CreateDeliveryRequest$ = [
  3,
  n0,
  _CDR,
  0,
  [_dSN, _dDA, _rF, _fD, _sDC, _ta],
  [0, 0, 64 | 0, 0, () => S3DeliveryConfiguration$, 128 | 0],
  2
];
var CreateLogAnomalyDetectorRequest$ = [
  3,
  n0,
  _CLADR,
  0,
  [_lGAL, _dN, _eF, _fP, _kKI, _aVT, _ta],
  [64 | 0, 0, 0, 0, 0, 1, 128 | 0],
  1
];
var CreateLogGroupRequest$ = [
  3,
  n0,
  _CLGR,
  0,
  [_lGN, _kKI, _ta, _lGCo, _dPE],
  [0, 0, 128 | 0, 0, 2],
  1
];
var CreateLookupTableRequest$ = [
  3,
  n0,
  _CLTR,
  0,
  [_lTN, _d, _tB, _qI, _kKI, _ta],
  [0, 0, 0, 0, 0, 128 | 0],
  1
];
var CreateScheduledQueryRequest$ = [
  3,
  n0,
  _CSQR,
  0,
  [_n, _qL, _qS, _sE, _eRA, _d, _lGI, _ti, _sTO, _eTO, _dC, _sST, _sET, _st, _ta],
  [0, 0, 0, 0, 0, 0, 64 | 0, 0, 1, 1, () => DestinationConfiguration$, 1, 1, 0, 128 | 0],
  5
];
var CSV$ = [
  3,
  n0,
  _CSV,
  0,
  [_qC, _del, _co, _so, _des],
  [0, 0, 64 | 0, 0, 0]
];
var DataSourceFilter$ = [
  3,
  n0,
  _DSF,
  0,
  [_n, _ty],
  [0, 0],
  1
];
var DateTimeConverter$ = [
  3,
  n0,
  _DTC,
  0,
  [_so, _t, _mP, _tF, _sT, _tT, _l],
  [0, 0, 64 | 0, 0, 0, 0, 0],
  3
];
var DeleteKeys$ = [
  3,
  n0,
  _DK,
  0,
  [_wK],
  [64 | 0],
  1
];
var DeleteLogGroupRequest$ = [
  3,
  n0,
  _DLGR,
  0,
  [_lGN],
  [0],
  1
];
var DeleteRetentionPolicyRequest$ = [
  3,
  n0,
  _DRPRe,
  0,
  [_lGN],
  [0],
  1
];
var Delivery$ = [
  3,
  n0,
  _D,
  0,
  [_id, _ar, _dSN, _dDA, _dDT, _rF, _fD, _sDC, _ta],
  [0, 0, 0, 0, 0, 64 | 0, 0, () => S3DeliveryConfiguration$, 128 | 0]
];
var DeliveryDestination$ = [
  3,
  n0,
  _DD,
  0,
  [_n, _ar, _dDT, _oF, _dDC, _rAo, _ta],
  [0, 0, 0, 0, () => DeliveryDestinationConfiguration$, 0, 128 | 0]
];
var DeliveryDestinationConfiguration$ = [
  3,
  n0,
  _DDC,
  0,
  [_dRA],
  [0],
  1
];
var DeliverySource$ = [
  3,
  n0,
  _DSe,
  0,
  [_n, _ar, _rAe, _ser, _lT, _ta, _dSC, _sta, _sR],
  [0, 0, 64 | 0, 0, 0, 128 | 0, 128 | 0, 0, 0]
];
var DeliverySourceConfigurationSchema$ = [
  3,
  n0,
  _DSCS,
  0,
  [_kN, _vT, _dV, _sV, _mV, _mVa],
  [0, 0, 0, 64 | 0, 1, 1],
  3
];
var DescribeAccountPoliciesRequest$ = [
  3,
  n0,
  _DAPRes,
  0,
  [_pT, _pN, _aIc, _nT],
  [0, 0, 64 | 0, 0],
  1
];
var DescribeConfigurationTemplatesRequest$ = [
  3,
  n0,
  _DCTR,
  0,
  [_ser, _lTo, _rTe, _dDTe, _nT, _li],
  [0, 64 | 0, 64 | 0, 64 | 0, 0, 1]
];
var DescribeDeliveriesRequest$ = [
  3,
  n0,
  _DDRes,
  0,
  [_nT, _li, _dSNe],
  [0, 1, 64 | 0]
];
var DescribeDeliveryDestinationsRequest$ = [
  3,
  n0,
  _DDDRe,
  0,
  [_nT, _li, _na],
  [0, 1, 64 | 0]
];
var DescribeDeliverySourcesRequest$ = [
  3,
  n0,
  _DDSRe,
  0,
  [_nT, _li, _rAe],
  [0, 1, 64 | 0]
];
var DescribeFieldIndexesRequest$ = [
  3,
  n0,
  _DFIR,
  0,
  [_lGI, _iC, _nT],
  [64 | 0, 64 | 0, 0],
  1
];
var DescribeImportTaskBatchesRequest$ = [
  3,
  n0,
  _DITBR,
  0,
  [_iI, _bIS, _li, _nT],
  [0, 64 | 0, 1, 0],
  1
];
var DescribeIndexPoliciesRequest$ = [
  3,
  n0,
  _DIPRes,
  0,
  [_lGI, _nT],
  [64 | 0, 0],
  1
];
var DescribeLogGroupsRequest$ = [
  3,
  n0,
  _DLGRe,
  0,
  [_aIc, _lGNP, _lGNPo, _nT, _li, _iLA, _lGCo, _lGI],
  [64 | 0, 0, 0, 0, 1, 2, 0, 64 | 0]
];
var DestinationConfiguration$ = [
  3,
  n0,
  _DC,
  0,
  [_sCo, _lTC],
  [() => S3Configuration$, () => LookupTableConfiguration$]
];
var Entity$ = [
  3,
  n0,
  _E,
  0,
  [_kA, _at],
  [128 | 0, 128 | 0]
];
var FieldsData$ = [
  3,
  n0,
  _FD,
  0,
  [_da],
  [21]
];
var FilteredLogEvent$ = [
  3,
  n0,
  _FLE,
  0,
  [_lSN, _tim, _m, _iT, _eIv],
  [0, 1, 0, 1, 0]
];
var FilterLogEventsRequest$ = [
  3,
  n0,
  _FLER,
  0,
  [_lGN, _lGIo, _lSNo, _lSNP, _sTt, _eTn, _fP, _nT, _li, _sFH, _in, _u],
  [0, 0, 64 | 0, 0, 1, 1, 0, 0, 1, 2, 2, 2]
];
var FilterLogEventsResponse$ = [
  3,
  n0,
  _FLERi,
  0,
  [_ev, _sLS, _nT],
  [() => FilteredLogEvents, () => SearchedLogStreams, 0]
];
var GetLogAnomalyDetectorResponse$ = [
  3,
  n0,
  _GLADRe,
  0,
  [_dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
  [0, 64 | 0, 0, 0, 0, 0, 1, 1, 1]
];
var GetLogObjectRequest$ = [
  3,
  n0,
  _GLOR,
  0,
  [_lOP, _u],
  [0, 2],
  1
];
var GetLogObjectResponse$ = [
  3,
  n0,
  _GLORe,
  0,
  [_fSi],
  [[() => GetLogObjectResponseStream$, 0]]
];
var GetLogRecordResponse$ = [
  3,
  n0,
  _GLRRe,
  0,
  [_lR],
  [128 | 0]
];
var GetScheduledQueryHistoryRequest$ = [
  3,
  n0,
  _GSQHR,
  0,
  [_i, _sTt, _eTn, _eS, _mR, _nT],
  [0, 1, 1, 64 | 0, 1, 0],
  3
];
var GetScheduledQueryResponse$ = [
  3,
  n0,
  _GSQRe,
  0,
  [_sQA, _n, _d, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
];
var Grok$ = [
  3,
  n0,
  _G,
  0,
  [_ma, _so],
  [0, 0],
  1
];
var ListAggregateLogGroupSummariesRequest$ = [
  3,
  n0,
  _LALGSR,
  0,
  [_gB, _aIc, _iLA, _lGCo, _lGNPo, _dSa, _nT, _li],
  [0, 64 | 0, 2, 0, 0, () => DataSourceFilters, 0, 1],
  1
];
var ListLogGroupsForQueryResponse$ = [
  3,
  n0,
  _LLGFQRi,
  0,
  [_lGI, _nT],
  [64 | 0, 0]
];
var ListLogGroupsRequest$ = [
  3,
  n0,
  _LLGR,
  0,
  [_lGNPo, _lGCo, _iLA, _aIc, _nT, _li, _dSa, _fINi, _lGT],
  [0, 0, 2, 64 | 0, 0, 1, () => DataSourceFilters, 64 | 0, () => TagFilters]
];
var ListTagsForResourceResponse$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_ta],
  [128 | 0]
];
var ListTagsLogGroupResponse$ = [
  3,
  n0,
  _LTLGRi,
  0,
  [_ta],
  [128 | 0]
];
var ListToMap$ = [
  3,
  n0,
  _LTM,
  0,
  [_so, _k, _vK, _t, _fl, _fE],
  [0, 0, 0, 0, 2, 0],
  2
];
var LiveTailSessionLogEvent$ = [
  3,
  n0,
  _LTSLE,
  0,
  [_lSN, _lGIo, _m, _tim, _iT],
  [0, 0, 0, 1, 1]
];
var LiveTailSessionMetadata$ = [
  3,
  n0,
  _LTSM,
  0,
  [_sa],
  [2]
];
var LiveTailSessionStart$ = [
  3,
  n0,
  _LTSS,
  0,
  [_rIe, _sI, _lGI, _lSNo, _lSNPo, _lEFP],
  [0, 0, 64 | 0, 64 | 0, 64 | 0, 0]
];
var LiveTailSessionUpdate$ = [
  3,
  n0,
  _LTSU,
  0,
  [_sM, _sRe],
  [() => LiveTailSessionMetadata$, () => LiveTailSessionResults]
];
var LogEvent$ = [
  3,
  n0,
  _LE,
  0,
  [_tim, _m],
  [1, 0]
];
var LogGroup$ = [
  3,
  n0,
  _LG,
  0,
  [_lGN, _cT, _rID, _mFC, _ar, _sBt, _kKI, _dPS, _iPn, _lGCo, _lGA, _dPE, _bTAE, _rPN],
  [0, 1, 1, 1, 0, 1, 0, 0, 64 | 0, 0, 0, 2, 2, 0]
];
var LookupTable$ = [
  3,
  n0,
  _LT,
  0,
  [_lTA, _lTN, _d, _tFa, _rC, _sB, _lUT, _kKI],
  [0, 0, 0, 64 | 0, 1, 1, 1, 0]
];
var LookupTableConfiguration$ = [
  3,
  n0,
  _LTC,
  0,
  [_tNa, _rAo, _d, _kKI, _ta],
  [0, 0, 0, 0, 128 | 0],
  2
];
var LowerCaseString$ = [
  3,
  n0,
  _LCS,
  0,
  [_wK],
  [64 | 0],
  1
];
var MetricFilter$ = [
  3,
  n0,
  _MF,
  0,
  [_fN, _fP, _mT, _cT, _lGN, _aOTL, _fSC, _eSFD],
  [0, 0, () => MetricTransformations, 1, 0, 2, 0, 64 | 0]
];
var MetricFilterMatchRecord$ = [
  3,
  n0,
  _MFMR,
  0,
  [_eN, _eMv, _eV],
  [1, 0, 128 | 0]
];
var MetricTransformation$ = [
  3,
  n0,
  _MT,
  0,
  [_mN, _mNe, _mVe, _dV, _di, _un],
  [0, 0, 0, 1, 128 | 0, 0],
  3
];
var MoveKeyEntry$ = [
  3,
  n0,
  _MKE,
  0,
  [_so, _t, _oIE],
  [0, 0, 2],
  2
];
var MoveKeys$ = [
  3,
  n0,
  _MK,
  0,
  [_en],
  [() => MoveKeyEntries],
  1
];
var OpenSearchResourceConfig$ = [
  3,
  n0,
  _OSRC,
  0,
  [_dSRA, _dVP, _rD, _kKA, _aA],
  [0, 64 | 0, 1, 0, 0],
  3
];
var ParseCloudfront$ = [
  3,
  n0,
  _PC,
  0,
  [_so],
  [0]
];
var ParseJSON$ = [
  3,
  n0,
  _PJSON,
  0,
  [_so, _des],
  [0, 0]
];
var ParseKeyValue$ = [
  3,
  n0,
  _PKV,
  0,
  [_so, _des, _fD, _kVD, _kP, _nMV, _oIE],
  [0, 0, 0, 0, 0, 0, 2]
];
var ParsePostgres$ = [
  3,
  n0,
  _PP,
  0,
  [_so],
  [0]
];
var ParseRoute53$ = [
  3,
  n0,
  _PR,
  0,
  [_so],
  [0]
];
var ParseToOCSF$ = [
  3,
  n0,
  _PTOCSF,
  0,
  [_eSv, _oV, _so, _mVap],
  [0, 0, 0, 0],
  2
];
var ParseVPC$ = [
  3,
  n0,
  _PVPC,
  0,
  [_so],
  [0]
];
var ParseWAF$ = [
  3,
  n0,
  _PWAF,
  0,
  [_so],
  [0]
];
var PatternToken$ = [
  3,
  n0,
  _PT,
  0,
  [_dTP, _iDs, _tS, _enu, _iTN],
  [1, 2, 0, 128 | 1, 0]
];
var Processor$ = [
  3,
  n0,
  _Pr,
  0,
  [_aK, _cV, _cs, _dTC, _dK, _g, _lTM, _lCS, _mK, _pC, _pJSON, _pKV, _pRa, _pTOCSF, _pP, _pVPC, _pWAF, _rK, _sSp, _sSu, _tSr, _tCy, _uCS],
  [() => AddKeys$, () => CopyValue$, () => CSV$, () => DateTimeConverter$, () => DeleteKeys$, () => Grok$, () => ListToMap$, () => LowerCaseString$, () => MoveKeys$, () => ParseCloudfront$, () => ParseJSON$, () => ParseKeyValue$, () => ParseRoute53$, () => ParseToOCSF$, () => ParsePostgres$, () => ParseVPC$, () => ParseWAF$, () => RenameKeys$, () => SplitString$, () => SubstituteString$, () => TrimString$, () => TypeConverter$, () => UpperCaseString$]
];
var PutDeliveryDestinationRequest$ = [
  3,
  n0,
  _PDDR,
  0,
  [_n, _oF, _dDC, _dDT, _rAo, _ta],
  [0, 0, () => DeliveryDestinationConfiguration$, 0, 0, 128 | 0],
  1
];
var PutDeliverySourceRequest$ = [
  3,
  n0,
  _PDSR,
  0,
  [_n, _rA, _lT, _ta, _dSC],
  [0, 0, 0, 128 | 0, 128 | 0],
  3
];
var PutDestinationRequest$ = [
  3,
  n0,
  _PDR,
  0,
  [_dNe, _tA, _rAo, _ta],
  [0, 0, 0, 128 | 0],
  3
];
var PutMetricFilterRequest$ = [
  3,
  n0,
  _PMFR,
  0,
  [_lGN, _fN, _fP, _mT, _aOTL, _fSC, _eSFD],
  [0, 0, 0, () => MetricTransformations, 2, 0, 64 | 0],
  4
];
var PutQueryDefinitionRequest$ = [
  3,
  n0,
  _PQDR,
  0,
  [_n, _qS, _qL, _qDI, _lGNo, _cTl, _pa],
  [0, 0, 0, 0, 64 | 0, [0, 4], () => QueryParameterList],
  2
];
var PutRetentionPolicyRequest$ = [
  3,
  n0,
  _PRPRut,
  0,
  [_lGN, _rID],
  [0, 1],
  2
];
var PutSubscriptionFilterRequest$ = [
  3,
  n0,
  _PSFR,
  0,
  [_lGN, _fN, _fP, _dA, _rAo, _dis, _aOTL, _fSC, _eSF],
  [0, 0, 0, 0, 0, 0, 2, 0, 64 | 0],
  4
];
var QueryCompileError$ = [
  3,
  n0,
  _QCE,
  0,
  [_lo, _m],
  [() => QueryCompileErrorLocation$, 0]
];
var QueryCompileErrorLocation$ = [
  3,
  n0,
  _QCEL,
  0,
  [_sCO, _eCO],
  [1, 1]
];
var QueryDefinition$ = [
  3,
  n0,
  _QD,
  0,
  [_qL, _qDI, _n, _qS, _lM, _lGNo, _pa],
  [0, 0, 0, 0, 1, 64 | 0, () => QueryParameterList]
];
var QueryParameter$ = [
  3,
  n0,
  _QP,
  0,
  [_n, _dV, _d],
  [0, 0, 0],
  1
];
var RecordField$ = [
  3,
  n0,
  _RF,
  0,
  [_n, _man],
  [0, 2]
];
var RenameKeyEntry$ = [
  3,
  n0,
  _RKE,
  0,
  [_k, _rTen, _oIE],
  [0, 0, 2],
  2
];
var RenameKeys$ = [
  3,
  n0,
  _RK,
  0,
  [_en],
  [() => RenameKeyEntries],
  1
];
var S3Configuration$ = [
  3,
  n0,
  _SC,
  0,
  [_dI, _rAo, _oAI, _kKI],
  [0, 0, 0, 0],
  2
];
var S3DeliveryConfiguration$ = [
  3,
  n0,
  _SDC,
  0,
  [_sP, _eHCP],
  [0, 2]
];
var S3TablesIntegration$ = [
  3,
  n0,
  _STI,
  0,
  [_dNa, _dT],
  [0, 0]
];
var SearchedLogStream$ = [
  3,
  n0,
  _SLS,
  0,
  [_lSN, _sCe],
  [0, 2]
];
var SplitString$ = [
  3,
  n0,
  _SS,
  0,
  [_en],
  [() => SplitStringEntries],
  1
];
var SplitStringEntry$ = [
  3,
  n0,
  _SSEp,
  0,
  [_so, _del],
  [0, 0],
  2
];
var StartLiveTailRequest$ = [
  3,
  n0,
  _SLTR,
  0,
  [_lGI, _lSNo, _lSNPo, _lEFP],
  [64 | 0, 64 | 0, 64 | 0, 0],
  1
];
var StartLiveTailResponse$ = [
  3,
  n0,
  _SLTRt,
  0,
  [_rSe],
  [[() => StartLiveTailResponseStream$, 0]]
];
var StartQueryRequest$ = [
  3,
  n0,
  _SQR,
  0,
  [_sTt, _eTn, _qS, _qL, _lGN, _lGNo, _lGI, _li],
  [1, 1, 0, 0, 0, 64 | 0, 64 | 0, 1],
  3
];
var SubscriptionFilter$ = [
  3,
  n0,
  _SF,
  0,
  [_fN, _lGN, _fP, _dA, _rAo, _dis, _aOTL, _cT, _fSC, _eSF],
  [0, 0, 0, 0, 0, 0, 2, 1, 0, 64 | 0]
];
var SubstituteString$ = [
  3,
  n0,
  _SSu,
  0,
  [_en],
  [() => SubstituteStringEntries],
  1
];
var SubstituteStringEntry$ = [
  3,
  n0,
  _SSEu,
  0,
  [_so, _f, _to],
  [0, 0, 0],
  3
];
var TagFilter$ = [
  3,
  n0,
  _TF,
  0,
  [_k, _va],
  [0, 64 | 0],
  1
];
var TagLogGroupRequest$ = [
  3,
  n0,
  _TLGR,
  0,
  [_lGN, _ta],
  [0, 128 | 0],
  2
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_rA, _ta],
  [0, 128 | 0],
  2
];
var TestMetricFilterRequest$ = [
  3,
  n0,
  _TMFR,
  0,
  [_fP, _lEM],
  [0, 64 | 0],
  2
];
var TestTransformerRequest$ = [
  3,
  n0,
  _TTR,
  0,
  [_tC, _lEM],
  [() => Processors, 64 | 0],
  2
];
var TrimString$ = [
  3,
  n0,
  _TS,
  0,
  [_wK],
  [64 | 0],
  1
];
var TypeConverter$ = [
  3,
  n0,
  _TC,
  0,
  [_en],
  [() => TypeConverterEntries],
  1
];
var TypeConverterEntry$ = [
  3,
  n0,
  _TCE,
  0,
  [_k, _ty],
  [0, 0],
  2
];
var UntagLogGroupRequest$ = [
  3,
  n0,
  _ULGR,
  0,
  [_lGN, _ta],
  [0, 64 | 0],
  2
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_rA, _tK],
  [0, 64 | 0],
  2
];
var UpdateDeliveryConfigurationRequest$ = [
  3,
  n0,
  _UDCR,
  0,
  [_id, _rF, _fD, _sDC],
  [0, 64 | 0, 0, () => S3DeliveryConfiguration$],
  1
];
var UpdateScheduledQueryRequest$ = [
  3,
  n0,
  _USQR,
  0,
  [_i, _qL, _qS, _sE, _eRA, _d, _lGI, _ti, _sTO, _eTO, _dC, _sST, _sET, _st],
  [0, 0, 0, 0, 0, 0, 64 | 0, 0, 1, 1, () => DestinationConfiguration$, 1, 1, 0],
  5
];
var UpdateScheduledQueryResponse$ = [
  3,
  n0,
  _USQRp,
  0,
  [_sQA, _n, _d, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
];
var UpperCaseString$ = [
  3,
  n0,
  _UCS,
  0,
  [_wK],
  [64 | 0],
  1
];
var __Unit = "unit";
var AccountIds = 64 | 0;
var AddKeyEntries = [
  1,
  n0,
  _AKEd,
  0,
  () => AddKeyEntry$
];
var AllowedFieldDelimiters = 64 | 0;
var AllowedFields = [
  1,
  n0,
  _AF,
  0,
  () => RecordField$
];
var Columns = 64 | 0;
var CopyValueEntries = [
  1,
  n0,
  _CVEo,
  0,
  () => CopyValueEntry$
];
var DashboardViewerPrincipals = 64 | 0;
var DataSourceFilters = [
  1,
  n0,
  _DSFa,
  0,
  () => DataSourceFilter$
];
var DeleteWithKeys = 64 | 0;
var DeliveryDestinationNames = 64 | 0;
var DeliveryDestinationTypes = 64 | 0;
var DeliverySourceConfigurationSchemas = [
  1,
  n0,
  _DSCSe,
  0,
  () => DeliverySourceConfigurationSchema$
];
var DeliverySourceConfigurationSupportedValues = 64 | 0;
var DeliverySourceNames = 64 | 0;
var DescribeFieldIndexesLogGroupIdentifiers = 64 | 0;
var DescribeIndexPoliciesLogGroupIdentifiers = 64 | 0;
var DescribeLogGroupsLogGroupIdentifiers = 64 | 0;
var EmitSystemFields = 64 | 0;
var ExecutionStatusList = 64 | 0;
var FieldIndexNames = 64 | 0;
var FilteredLogEvents = [
  1,
  n0,
  _FLEi,
  0,
  () => FilteredLogEvent$
];
var FilterResourceArns = 64 | 0;
var ImportStatusList = 64 | 0;
var IndexCategories = 64 | 0;
var InheritedProperties = 64 | 0;
var InputLogStreamNames = 64 | 0;
var LiveTailSessionResults = [
  1,
  n0,
  _LTSR,
  0,
  () => LiveTailSessionLogEvent$
];
var LogGroupArnList = 64 | 0;
var LogGroupIdentifiers = 64 | 0;
var LogGroupNames = 64 | 0;
var LogSamples = [
  1,
  n0,
  _LSo,
  0,
  () => LogEvent$
];
var LogTypes = 64 | 0;
var LowerCaseStringWithKeys = 64 | 0;
var MatchPatterns = 64 | 0;
var MetricTransformations = [
  1,
  n0,
  _MTe,
  0,
  () => MetricTransformation$
];
var MoveKeyEntries = [
  1,
  n0,
  _MKEo,
  0,
  () => MoveKeyEntry$
];
var OutputFormats = 64 | 0;
var PatternTokens = [
  1,
  n0,
  _PTa,
  0,
  () => PatternToken$
];
var Processors = [
  1,
  n0,
  _Pro,
  0,
  () => Processor$
];
var QueryParameterList = [
  1,
  n0,
  _QPL,
  0,
  () => QueryParameter$
];
var RecordFields = 64 | 0;
var RenameKeyEntries = [
  1,
  n0,
  _RKEe,
  0,
  () => RenameKeyEntry$
];
var ResourceArns = 64 | 0;
var ResourceTypes = 64 | 0;
var ScheduledQueryLogGroupIdentifiers = 64 | 0;
var SearchedLogStreams = [
  1,
  n0,
  _SLSe,
  0,
  () => SearchedLogStream$
];
var SplitStringEntries = [
  1,
  n0,
  _SSEpl,
  0,
  () => SplitStringEntry$
];
var StartLiveTailLogGroupIdentifiers = 64 | 0;
var SubstituteStringEntries = [
  1,
  n0,
  _SSEub,
  0,
  () => SubstituteStringEntry$
];
var TableFields = 64 | 0;
var TagFilters = [
  1,
  n0,
  _TFa,
  0,
  () => TagFilter$
];
var TagFilterValues = 64 | 0;
var TagKeyList = 64 | 0;
var TagList = 64 | 0;
var TestEventMessages = 64 | 0;
var TrimStringWithKeys = 64 | 0;
var TypeConverterEntries = [
  1,
  n0,
  _TCEy,
  0,
  () => TypeConverterEntry$
];
var UpperCaseStringWithKeys = 64 | 0;
var DeliverySourceConfiguration = 128 | 0;
var Dimensions = 128 | 0;
var EntityAttributes = 128 | 0;
var EntityKeyAttributes = 128 | 0;
var Enumerations = 128 | 1;
var ExtractedValues = 128 | 0;
var Histogram = 128 | 1;
var LogRecord = 128 | 0;
var Tags = 128 | 0;
var GetLogObjectResponseStream$ = [
  4,
  n0,
  _GLORS,
  { [_str]: 1 },
  [_fi, _ISEn],
  [() => FieldsData$, [() => InternalStreamingException$, 0]]
];
var StartLiveTailResponseStream$ = [
  4,
  n0,
  _SLTRS,
  { [_str]: 1 },
  [_sSe, _sUe, _STE, _SSE],
  [() => LiveTailSessionStart$, () => LiveTailSessionUpdate$, [() => SessionTimeoutException$, 0], [() => SessionStreamingException$, 0]]
];
var CreateLogGroup$ = [
  9,
  n0,
  _CLG,
  0,
  () => CreateLogGroupRequest$,
  () => __Unit
];
var DeleteLogGroup$ = [
  9,
  n0,
  _DLG,
  0,
  () => DeleteLogGroupRequest$,
  () => __Unit
];
var DeleteRetentionPolicy$ = [
  9,
  n0,
  _DRPe,
  0,
  () => DeleteRetentionPolicyRequest$,
  () => __Unit
];
var FilterLogEvents$ = [
  9,
  n0,
  _FLEil,
  0,
  () => FilterLogEventsRequest$,
  () => FilterLogEventsResponse$
];
var GetLogObject$ = [
  9,
  n0,
  _GLO,
  { [_end]: ["stream-"] },
  () => GetLogObjectRequest$,
  () => GetLogObjectResponse$
];
var PutRetentionPolicy$ = [
  9,
  n0,
  _PRPu,
  0,
  () => PutRetentionPolicyRequest$,
  () => __Unit
];
var StartLiveTail$ = [
  9,
  n0,
  _SLT,
  { [_end]: ["stream-"] },
  () => StartLiveTailRequest$,
  () => StartLiveTailResponse$
];

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2014-03-28",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchLogsHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudwatchlogs",
      errorTypeRegistries,
      xmlNamespace: "http://monitoring.amazonaws.com/doc/2014-03-28/",
      version: "2014-03-28",
      serviceTarget: "Logs_20140328"
    },
    serviceId: config?.serviceId ?? "CloudWatch Logs",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeConfig.js
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
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

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/auth/httpAuthExtensionConfiguration.js
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

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/CloudWatchLogsClient.js
var CloudWatchLogsClient = class extends Client {
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
    const _config_7 = resolveEventStreamSerdeConfig(_config_6);
    const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
    const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
    this.config = _config_9;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCloudWatchLogsHttpAuthSchemeParametersProvider,
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

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/endpoint/bdd.js
var o = "ref";
var a2 = -1;
var b2 = true;
var c2 = "isSet";
var d2 = "PartitionResult";
var e2 = "booleanEquals";
var f2 = "stringEquals";
var g2 = "getAttr";
var h2 = { [o]: "Endpoint" };
var i2 = { [o]: "EndpointId" };
var j2 = { [o]: d2 };
var k2 = { [o]: "Region" };
var l2 = {};
var m2 = { "authSchemes": [{ "name": "sigv4a", "signingName": "events", "signingRegionSet": ["*"] }] };
var n = [k2];
var _data2 = {
  conditions: [
    [c2, n],
    [c2, [h2]],
    [c2, [i2]],
    ["aws.partition", n, d2],
    [e2, [{ [o]: "UseFIPS" }, b2]],
    [e2, [{ [o]: "UseDualStack" }, b2]],
    [f2, [{ fn: g2, argv: [j2, "name"] }, "aws-us-gov"]],
    ["isValidHostLabel", [i2, b2]],
    [e2, [{ fn: g2, argv: [j2, "supportsFIPS"] }, b2]],
    [e2, [{ fn: g2, argv: [j2, "supportsDualStack"] }, b2]],
    [f2, [k2, "us-gov-east-1"]],
    [f2, [k2, "us-gov-west-1"]]
  ],
  results: [
    [a2],
    ["https://events.{Region}.{PartitionResult#dualStackDnsSuffix}", l2],
    [h2, m2],
    ["https://{EndpointId}.endpoint.events.{PartitionResult#dualStackDnsSuffix}", m2],
    [a2, "DualStack is enabled but this partition does not support DualStack"],
    ["https://{EndpointId}.endpoint.events.{PartitionResult#dnsSuffix}", m2],
    [a2, "Invalid Configuration: FIPS is not supported with EventBridge multi-region endpoints."],
    [a2, "EndpointId must be a valid host label."],
    [a2, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a2, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h2, l2],
    ["https://events-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", l2],
    [a2, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://events.us-gov-east-1.amazonaws.com", l2],
    ["https://events.us-gov-west-1.amazonaws.com", l2],
    ["https://events-fips.{Region}.{PartitionResult#dnsSuffix}", l2],
    [a2, "FIPS is enabled but this partition does not support FIPS"],
    ["https://events.{Region}.{PartitionResult#dnsSuffix}", l2],
    [a2, "Invalid Configuration: Missing Region"]
  ]
};
var root2 = 2;
var r2 = 1e8;
var nodes2 = new Int32Array([
  -1,
  1,
  -1,
  0,
  4,
  3,
  1,
  27,
  r2 + 18,
  1,
  25,
  5,
  2,
  17,
  6,
  3,
  7,
  r2 + 18,
  4,
  10,
  8,
  5,
  9,
  r2 + 17,
  9,
  r2 + 1,
  r2 + 4,
  5,
  14,
  11,
  8,
  12,
  r2 + 16,
  10,
  r2 + 13,
  13,
  11,
  r2 + 14,
  r2 + 15,
  6,
  r2 + 1,
  15,
  8,
  16,
  r2 + 12,
  9,
  r2 + 11,
  r2 + 12,
  3,
  18,
  r2 + 18,
  4,
  23,
  19,
  5,
  21,
  20,
  7,
  r2 + 5,
  r2 + 7,
  7,
  22,
  r2 + 7,
  9,
  r2 + 3,
  r2 + 4,
  5,
  24,
  31,
  6,
  r2 + 1,
  31,
  2,
  26,
  27,
  3,
  29,
  27,
  4,
  r2 + 8,
  28,
  5,
  r2 + 9,
  r2 + 10,
  4,
  31,
  30,
  7,
  r2 + 2,
  r2 + 7,
  7,
  r2 + 6,
  r2 + 7
]);
var bdd2 = BinaryDecisionDiagram.from(nodes2, root2, _data2.conditions, _data2.results);

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/endpoint/endpointResolver.js
var cache2 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "EndpointId", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver2 = (endpointParams, context = {}) => {
  return cache2.get(endpointParams, () => decideEndpoint(bdd2, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/auth/httpAuthSchemeProvider.js
var createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
  if (!input) {
    throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
  }
  const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
  const instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
  if (!instructionsFn) {
    throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
  }
  const endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
  return Object.assign(defaultParameters, endpointParameters);
};
var _defaultEventBridgeHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
var defaultEventBridgeHttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultEventBridgeHttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption2(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "events",
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
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: {
      name: "events",
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
var createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver4, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
  const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
    const endpoint = defaultEndpointResolver4(authParameters);
    const authSchemes = endpoint.properties?.authSchemes;
    if (!authSchemes) {
      return defaultHttpAuthSchemeResolver(authParameters);
    }
    const options = [];
    for (const scheme of authSchemes) {
      const { name: resolvedName, properties = {}, ...rest } = scheme;
      const name = resolvedName.toLowerCase();
      if (resolvedName !== name) {
        console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
      }
      let schemeId;
      if (name === "sigv4a") {
        schemeId = "aws.auth#sigv4a";
        const sigv4Present = authSchemes.find((s) => {
          const name2 = s.name.toLowerCase();
          return name2 !== "sigv4a" && name2.startsWith("sigv4");
        });
        if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) {
          continue;
        }
      } else if (name.startsWith("sigv4")) {
        schemeId = "aws.auth#sigv4";
      } else {
        throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
      }
      const createOption = createHttpAuthOptionFunctions[schemeId];
      if (!createOption) {
        throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
      }
      const option = createOption(authParameters);
      option.schemeId = schemeId;
      option.signingProperties = { ...option.signingProperties || {}, ...rest, ...properties };
      options.push(option);
    }
    return options;
  };
  return endpointRuleSetHttpAuthSchemeProvider;
};
var _defaultEventBridgeHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption2(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
    }
  }
  return options;
};
var defaultEventBridgeHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver2, _defaultEventBridgeHttpAuthSchemeProvider, {
  "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption2,
  "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption
});
var resolveHttpAuthSchemeConfig2 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  const config_1 = resolveAwsSdkSigV4AConfig(config_0);
  return Object.assign(config_1, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters2 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "events"
  });
};
var commonParams2 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// ../../node_modules/@aws-sdk/client-eventbridge/package.json
var package_default2 = {
  name: "@aws-sdk/client-eventbridge",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Eventbridge Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-eventbridge",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-eventbridge"
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
    test: "yarn g:vitest run",
    "test:watch": "yarn g:vitest watch",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/signature-v4-multi-region": "^3.996.52",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@aws-sdk/signature-v4-crt": "3.1169.0",
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

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/models/EventBridgeServiceException.js
var EventBridgeServiceException = class _EventBridgeServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.eventbridge#EventBridgeServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _EventBridgeServiceException.prototype);
  }
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/models/errors.js
var AccessDeniedException2 = class _AccessDeniedException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#AccessDeniedException";
  name = "AccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
  }
};
var ConcurrentModificationException = class _ConcurrentModificationException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#ConcurrentModificationException";
  name = "ConcurrentModificationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
  }
};
var InternalException = class _InternalException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#InternalException";
  name = "InternalException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "InternalException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalException.prototype);
  }
};
var InvalidStateException = class _InvalidStateException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#InvalidStateException";
  name = "InvalidStateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidStateException.prototype);
  }
};
var OperationDisabledException = class _OperationDisabledException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#OperationDisabledException";
  name = "OperationDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OperationDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationDisabledException.prototype);
  }
};
var ResourceNotFoundException2 = class _ResourceNotFoundException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};
var IllegalStatusException = class _IllegalStatusException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#IllegalStatusException";
  name = "IllegalStatusException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IllegalStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IllegalStatusException.prototype);
  }
};
var LimitExceededException2 = class _LimitExceededException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var ResourceAlreadyExistsException2 = class _ResourceAlreadyExistsException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#ResourceAlreadyExistsException";
  name = "ResourceAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceAlreadyExistsException.prototype);
  }
};
var InvalidEventPatternException = class _InvalidEventPatternException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#InvalidEventPatternException";
  name = "InvalidEventPatternException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidEventPatternException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventPatternException.prototype);
  }
};
var ThrottlingException2 = class _ThrottlingException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#ThrottlingException";
  name = "ThrottlingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
  }
};
var ManagedRuleException = class _ManagedRuleException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#ManagedRuleException";
  name = "ManagedRuleException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ManagedRuleException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ManagedRuleException.prototype);
  }
};
var PolicyLengthExceededException = class _PolicyLengthExceededException extends EventBridgeServiceException {
  static shapeId = "com.amazonaws.eventbridge#PolicyLengthExceededException";
  name = "PolicyLengthExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PolicyLengthExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyLengthExceededException.prototype);
  }
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/schemas/schemas_0.js
var _ADE2 = "AccessDeniedException";
var _AP = "ArrayProperties";
var _API = "AssignPublicIp";
var _ASP = "AppSyncParameters";
var _AVC = "AwsVpcConfiguration";
var _Ar = "Arn";
var _At = "Attempts";
var _BAP = "BatchArrayProperties";
var _BP = "BatchParameters";
var _BRS = "BatchRetryStrategy";
var _CB = "CreatedBy";
var _CEB = "CreateEventBus";
var _CEBR = "CreateEventBusRequest";
var _CEBRr = "CreateEventBusResponse";
var _CME = "ConcurrentModificationException";
var _CPS = "CapacityProviderStrategy";
var _CPSI = "CapacityProviderStrategyItem";
var _CT2 = "CreationTime";
var _D2 = "Description";
var _DEB = "DeleteEventBus";
var _DEBR = "DeleteEventBusRequest";
var _DEBRe = "DescribeEventBusRequest";
var _DEBRes = "DescribeEventBusResponse";
var _DEBe = "DescribeEventBus";
var _DLC = "DeadLetterConfig";
var _DR = "DeleteRule";
var _DRR = "DeleteRuleRequest";
var _DRResc = "DescribeRuleRequest";
var _DRRescr = "DescribeRuleResponse";
var _DRes = "DescribeRule";
var _DT = "DetailType";
var _DU = "DbUser";
var _Da = "Database";
var _Det = "Detail";
var _EBA = "EventBusArn";
var _EBN = "EventBusName";
var _ECr = "ErrorCode";
var _EEC = "EnableExecuteCommand";
var _EECSMT = "EnableECSManagedTags";
var _EM = "ErrorMessage";
var _EP = "EventPattern";
var _EPc = "EcsParameters";
var _ESN = "EventSourceName";
var _F = "Force";
var _FA = "FilterArns";
var _FE = "FailedEntries";
var _FEC = "FailedEntryCount";
var _G2 = "Group";
var _GQLO = "GraphQLOperation";
var _HP = "HeaderParameters";
var _HPt = "HttpParameters";
var _I = "Ids";
var _ID = "IncludeDetail";
var _IE = "InternalException";
var _IEPE = "InvalidEventPatternException";
var _IP = "InputPath";
var _IPM = "InputPathsMap";
var _ISE2 = "IllegalStatusException";
var _ISEn2 = "InvalidStateException";
var _IT = "InputTransformer";
var _ITn = "InputTemplate";
var _Id = "Id";
var _In = "Input";
var _JD = "JobDefinition";
var _JN = "JobName";
var _K = "Key";
var _KKI = "KmsKeyIdentifier";
var _KP = "KinesisParameters";
var _LC = "LogConfig";
var _LEE2 = "LimitExceededException";
var _LMT = "LastModifiedTime";
var _LRNBTRi = "ListRuleNamesByTargetResponse";
var _LT2 = "LaunchType";
var _Le = "Level";
var _MB = "ManagedBy";
var _MEAIS = "MaximumEventAgeInSeconds";
var _MGI = "MessageGroupId";
var _MRA = "MaximumRetryAttempts";
var _MRE = "ManagedRuleException";
var _N = "Name";
var _NC = "NetworkConfiguration";
var _NT = "NextToken";
var _ODE = "OperationDisabledException";
var _PC2 = "PlacementConstraints";
var _PCl = "PlacementConstraint";
var _PERE = "PutEventsRequestEntry";
var _PKP = "PartitionKeyPath";
var _PLEE = "PolicyLengthExceededException";
var _PPERE = "PutPartnerEventsRequestEntry";
var _PPL = "PipelineParameterList";
var _PPV = "PathParameterValues";
var _PR2 = "PutRule";
var _PRR = "PutRuleRequest";
var _PRRu = "PutRuleResponse";
var _PS = "PlacementStrategy";
var _PSl = "PlacementStrategies";
var _PT2 = "PropagateTags";
var _PTR = "PutTargetsRequest";
var _PTRE = "PutTargetsResultEntry";
var _PTREL = "PutTargetsResultEntryList";
var _PTRu = "PutTargetsResponse";
var _PTu = "PutTargets";
var _PV = "PlatformVersion";
var _Po = "Policy";
var _QSP = "QueryStringParameters";
var _RAEE2 = "ResourceAlreadyExistsException";
var _RARN = "ResourceARN";
var _RAo = "RoleArn";
var _RAu = "RuleArn";
var _RCP = "RunCommandParameters";
var _RCT = "RunCommandTargets";
var _RCTu = "RunCommandTarget";
var _RDP = "RedshiftDataParameters";
var _RDe = "ReplayDestination";
var _RI = "ReferenceId";
var _RNFE2 = "ResourceNotFoundException";
var _RNu = "RuleNames";
var _RPe = "RetryPolicy";
var _RS = "RetryStrategy";
var _RT = "RemoveTargets";
var _RTR = "RemoveTargetsRequest";
var _RTRE = "RemoveTargetsResultEntry";
var _RTREL = "RemoveTargetsResultEntryList";
var _RTRe = "RemoveTargetsResponse";
var _Re = "Resources";
var _Rul = "Rule";
var _S = "Sql";
var _SE = "ScheduleExpression";
var _SG = "SecurityGroups";
var _SMA = "SecretManagerArn";
var _SMPP = "SageMakerPipelineParameter";
var _SMPPL = "SageMakerPipelineParameterList";
var _SMPPa = "SageMakerPipelineParameters";
var _SN = "StatementName";
var _SP = "SqsParameters";
var _Si = "Size";
var _So = "Source";
var _Sq = "Sqls";
var _St = "State";
var _Su = "Subnets";
var _TC2 = "TaskCount";
var _TDA = "TaskDefinitionArn";
var _TE2 = "ThrottlingException";
var _TH = "TraceHeader";
var _TI = "TargetId";
var _TK = "TagKeys";
var _TL = "TagList";
var _TLa = "TargetList";
var _Ta = "Tags";
var _Tag = "Tag";
var _Tar = "Targets";
var _Targ = "Target";
var _Ti = "Time";
var _URR2 = "UntagResourceRequest";
var _V = "Value";
var _Va = "Values";
var _WE = "WithEvent";
var _aC = "awsvpcConfiguration";
var _b = "base";
var _c2 = "client";
var _cP = "capacityProvider";
var _e2 = "error";
var _ex = "expression";
var _f2 = "field";
var _m2 = "message";
var _s2 = "smithy.ts.sdk.synthetic.com.amazonaws.eventbridge";
var _se2 = "server";
var _t2 = "type";
var _w = "weight";
var n02 = "com.amazonaws.eventbridge";
var _s_registry2 = new TypeRegistry(_s2);
var EventBridgeServiceException$ = [-3, _s2, "EventBridgeServiceException", 0, [], []];
_s_registry2.registerError(EventBridgeServiceException$, EventBridgeServiceException);
var n0_registry2 = new TypeRegistry(n02);
var AccessDeniedException$2 = [
  -3,
  n02,
  _ADE2,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(AccessDeniedException$2, AccessDeniedException2);
var ConcurrentModificationException$ = [
  -3,
  n02,
  _CME,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var IllegalStatusException$ = [
  -3,
  n02,
  _ISE2,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(IllegalStatusException$, IllegalStatusException);
var InternalException$ = [
  -3,
  n02,
  _IE,
  { [_e2]: _se2 },
  [_m2],
  [0]
];
n0_registry2.registerError(InternalException$, InternalException);
var InvalidEventPatternException$ = [
  -3,
  n02,
  _IEPE,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(InvalidEventPatternException$, InvalidEventPatternException);
var InvalidStateException$ = [
  -3,
  n02,
  _ISEn2,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(InvalidStateException$, InvalidStateException);
var LimitExceededException$2 = [
  -3,
  n02,
  _LEE2,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(LimitExceededException$2, LimitExceededException2);
var ManagedRuleException$ = [
  -3,
  n02,
  _MRE,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(ManagedRuleException$, ManagedRuleException);
var OperationDisabledException$ = [
  -3,
  n02,
  _ODE,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(OperationDisabledException$, OperationDisabledException);
var PolicyLengthExceededException$ = [
  -3,
  n02,
  _PLEE,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(PolicyLengthExceededException$, PolicyLengthExceededException);
var ResourceAlreadyExistsException$2 = [
  -3,
  n02,
  _RAEE2,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(ResourceAlreadyExistsException$2, ResourceAlreadyExistsException2);
var ResourceNotFoundException$2 = [
  -3,
  n02,
  _RNFE2,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(ResourceNotFoundException$2, ResourceNotFoundException2);
var ThrottlingException$2 = [
  -3,
  n02,
  _TE2,
  { [_e2]: _c2 },
  [_m2],
  [0]
];
n0_registry2.registerError(ThrottlingException$2, ThrottlingException2);
var errorTypeRegistries2 = [
  _s_registry2,
  n0_registry2
];
var GraphQLOperation = [0, n02, _GQLO, 8, 0];
var Sql = [0, n02, _S, 8, 0];
var AppSyncParameters$ = [
  3,
  n02,
  _ASP,
  0,
  [_GQLO],
  [[() => GraphQLOperation, 0]]
];
var AwsVpcConfiguration$ = [
  3,
  n02,
  _AVC,
  0,
  [_Su, _SG, _API],
  [64 | 0, 64 | 0, 0],
  1
];
var BatchArrayProperties$ = [
  3,
  n02,
  _BAP,
  0,
  [_Si],
  [1]
];
var BatchParameters$ = [
  3,
  n02,
  _BP,
  0,
  [_JD, _JN, _AP, _RS],
  [0, 0, () => BatchArrayProperties$, () => BatchRetryStrategy$],
  2
];
var BatchRetryStrategy$ = [
  3,
  n02,
  _BRS,
  0,
  [_At],
  [1]
];
var CapacityProviderStrategyItem$ = [
  3,
  n02,
  _CPSI,
  0,
  [_cP, _w, _b],
  [0, 1, 1],
  1
];
var CreateEventBusRequest$ = [
  3,
  n02,
  _CEBR,
  0,
  [_N, _ESN, _D2, _KKI, _DLC, _LC, _Ta],
  [0, 0, 0, 0, () => DeadLetterConfig$, () => LogConfig$, () => TagList2],
  1
];
var CreateEventBusResponse$ = [
  3,
  n02,
  _CEBRr,
  0,
  [_EBA, _D2, _KKI, _DLC, _LC],
  [0, 0, 0, () => DeadLetterConfig$, () => LogConfig$]
];
var DeadLetterConfig$ = [
  3,
  n02,
  _DLC,
  0,
  [_Ar],
  [0]
];
var DeleteEventBusRequest$ = [
  3,
  n02,
  _DEBR,
  0,
  [_N],
  [0],
  1
];
var DeleteRuleRequest$ = [
  3,
  n02,
  _DRR,
  0,
  [_N, _EBN, _F],
  [0, 0, 2],
  1
];
var DescribeEventBusRequest$ = [
  3,
  n02,
  _DEBRe,
  0,
  [_N],
  [0]
];
var DescribeEventBusResponse$ = [
  3,
  n02,
  _DEBRes,
  0,
  [_N, _Ar, _D2, _KKI, _DLC, _Po, _LC, _CT2, _LMT, _MB],
  [0, 0, 0, 0, () => DeadLetterConfig$, 0, () => LogConfig$, 4, 4, 0]
];
var DescribeRuleRequest$ = [
  3,
  n02,
  _DRResc,
  0,
  [_N, _EBN],
  [0, 0],
  1
];
var DescribeRuleResponse$ = [
  3,
  n02,
  _DRRescr,
  0,
  [_N, _Ar, _EP, _SE, _St, _D2, _RAo, _MB, _EBN, _CB],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var EcsParameters$ = [
  3,
  n02,
  _EPc,
  0,
  [_TDA, _TC2, _LT2, _NC, _PV, _G2, _CPS, _EECSMT, _EEC, _PC2, _PS, _PT2, _RI, _Ta],
  [0, 1, 0, () => NetworkConfiguration$, 0, 0, () => CapacityProviderStrategy, 2, 2, () => PlacementConstraints, () => PlacementStrategies, 0, 0, () => TagList2],
  1
];
var HttpParameters$ = [
  3,
  n02,
  _HPt,
  0,
  [_PPV, _HP, _QSP],
  [64 | 0, 128 | 0, 128 | 0]
];
var InputTransformer$ = [
  3,
  n02,
  _IT,
  0,
  [_ITn, _IPM],
  [0, 128 | 0],
  1
];
var KinesisParameters$ = [
  3,
  n02,
  _KP,
  0,
  [_PKP],
  [0],
  1
];
var ListRuleNamesByTargetResponse$ = [
  3,
  n02,
  _LRNBTRi,
  0,
  [_RNu, _NT],
  [64 | 0, 0]
];
var LogConfig$ = [
  3,
  n02,
  _LC,
  0,
  [_ID, _Le],
  [0, 0]
];
var NetworkConfiguration$ = [
  3,
  n02,
  _NC,
  0,
  [_aC],
  [() => AwsVpcConfiguration$]
];
var PlacementConstraint$ = [
  3,
  n02,
  _PCl,
  0,
  [_t2, _ex],
  [0, 0]
];
var PlacementStrategy$ = [
  3,
  n02,
  _PS,
  0,
  [_t2, _f2],
  [0, 0]
];
var PutEventsRequestEntry$ = [
  3,
  n02,
  _PERE,
  0,
  [_Ti, _So, _Re, _DT, _Det, _EBN, _TH],
  [4, 0, 64 | 0, 0, 0, 0, 0]
];
var PutPartnerEventsRequestEntry$ = [
  3,
  n02,
  _PPERE,
  0,
  [_Ti, _So, _Re, _DT, _Det],
  [4, 0, 64 | 0, 0, 0]
];
var PutRuleRequest$ = [
  3,
  n02,
  _PRR,
  0,
  [_N, _SE, _EP, _St, _D2, _RAo, _Ta, _EBN],
  [0, 0, 0, 0, 0, 0, () => TagList2, 0],
  1
];
var PutRuleResponse$ = [
  3,
  n02,
  _PRRu,
  0,
  [_RAu],
  [0]
];
var PutTargetsRequest$ = [
  3,
  n02,
  _PTR,
  0,
  [_Rul, _Tar, _EBN],
  [0, [() => TargetList, 0], 0],
  2
];
var PutTargetsResponse$ = [
  3,
  n02,
  _PTRu,
  0,
  [_FEC, _FE],
  [1, () => PutTargetsResultEntryList]
];
var PutTargetsResultEntry$ = [
  3,
  n02,
  _PTRE,
  0,
  [_TI, _ECr, _EM],
  [0, 0, 0]
];
var RedshiftDataParameters$ = [
  3,
  n02,
  _RDP,
  0,
  [_Da, _SMA, _DU, _S, _SN, _WE, _Sq],
  [0, 0, 0, [() => Sql, 0], 0, 2, [() => Sqls, 0]],
  1
];
var RemoveTargetsRequest$ = [
  3,
  n02,
  _RTR,
  0,
  [_Rul, _I, _EBN, _F],
  [0, 64 | 0, 0, 2],
  2
];
var RemoveTargetsResponse$ = [
  3,
  n02,
  _RTRe,
  0,
  [_FEC, _FE],
  [1, () => RemoveTargetsResultEntryList]
];
var RemoveTargetsResultEntry$ = [
  3,
  n02,
  _RTRE,
  0,
  [_TI, _ECr, _EM],
  [0, 0, 0]
];
var ReplayDestination$ = [
  3,
  n02,
  _RDe,
  0,
  [_Ar, _FA],
  [0, 64 | 0],
  1
];
var RetryPolicy$ = [
  3,
  n02,
  _RPe,
  0,
  [_MRA, _MEAIS],
  [1, 1]
];
var RunCommandParameters$ = [
  3,
  n02,
  _RCP,
  0,
  [_RCT],
  [() => RunCommandTargets],
  1
];
var RunCommandTarget$ = [
  3,
  n02,
  _RCTu,
  0,
  [_K, _Va],
  [0, 64 | 0],
  2
];
var SageMakerPipelineParameter$ = [
  3,
  n02,
  _SMPP,
  0,
  [_N, _V],
  [0, 0],
  2
];
var SageMakerPipelineParameters$ = [
  3,
  n02,
  _SMPPa,
  0,
  [_PPL],
  [() => SageMakerPipelineParameterList]
];
var SqsParameters$ = [
  3,
  n02,
  _SP,
  0,
  [_MGI],
  [0]
];
var Tag$ = [
  3,
  n02,
  _Tag,
  0,
  [_K, _V],
  [0, 0],
  2
];
var Target$ = [
  3,
  n02,
  _Targ,
  0,
  [_Id, _Ar, _RAo, _In, _IP, _IT, _KP, _RCP, _EPc, _BP, _SP, _HPt, _RDP, _SMPPa, _DLC, _RPe, _ASP],
  [0, 0, 0, 0, 0, () => InputTransformer$, () => KinesisParameters$, () => RunCommandParameters$, () => EcsParameters$, () => BatchParameters$, () => SqsParameters$, () => HttpParameters$, [() => RedshiftDataParameters$, 0], () => SageMakerPipelineParameters$, () => DeadLetterConfig$, () => RetryPolicy$, [() => AppSyncParameters$, 0]],
  2
];
var UntagResourceRequest$2 = [
  3,
  n02,
  _URR2,
  0,
  [_RARN, _TK],
  [0, 64 | 0],
  2
];
var __Unit2 = "unit";
var CapacityProviderStrategy = [
  1,
  n02,
  _CPS,
  0,
  () => CapacityProviderStrategyItem$
];
var EventResourceList = 64 | 0;
var PathParameterList = 64 | 0;
var PlacementConstraints = [
  1,
  n02,
  _PC2,
  0,
  () => PlacementConstraint$
];
var PlacementStrategies = [
  1,
  n02,
  _PSl,
  0,
  () => PlacementStrategy$
];
var PutTargetsResultEntryList = [
  1,
  n02,
  _PTREL,
  0,
  () => PutTargetsResultEntry$
];
var RemoveTargetsResultEntryList = [
  1,
  n02,
  _RTREL,
  0,
  () => RemoveTargetsResultEntry$
];
var ReplayDestinationFilters = 64 | 0;
var RuleNameList = 64 | 0;
var RunCommandTargets = [
  1,
  n02,
  _RCT,
  0,
  () => RunCommandTarget$
];
var RunCommandTargetValues = 64 | 0;
var SageMakerPipelineParameterList = [
  1,
  n02,
  _SMPPL,
  0,
  () => SageMakerPipelineParameter$
];
var Sqls = [
  1,
  n02,
  _Sq,
  8,
  [
    () => Sql,
    0
  ]
];
var StringList = 64 | 0;
var TagKeyList2 = 64 | 0;
var TagList2 = [
  1,
  n02,
  _TL,
  0,
  () => Tag$
];
var TargetIdList = 64 | 0;
var TargetList = [
  1,
  n02,
  _TLa,
  0,
  [
    () => Target$,
    0
  ]
];
var HeaderParametersMap = 128 | 0;
var QueryStringParametersMap = 128 | 0;
var TransformerPaths = 128 | 0;
var CreateEventBus$ = [
  9,
  n02,
  _CEB,
  0,
  () => CreateEventBusRequest$,
  () => CreateEventBusResponse$
];
var DeleteEventBus$ = [
  9,
  n02,
  _DEB,
  0,
  () => DeleteEventBusRequest$,
  () => __Unit2
];
var DeleteRule$ = [
  9,
  n02,
  _DR,
  0,
  () => DeleteRuleRequest$,
  () => __Unit2
];
var DescribeEventBus$ = [
  9,
  n02,
  _DEBe,
  0,
  () => DescribeEventBusRequest$,
  () => DescribeEventBusResponse$
];
var DescribeRule$ = [
  9,
  n02,
  _DRes,
  0,
  () => DescribeRuleRequest$,
  () => DescribeRuleResponse$
];
var PutRule$ = [
  9,
  n02,
  _PR2,
  0,
  () => PutRuleRequest$,
  () => PutRuleResponse$
];
var PutTargets$ = [
  9,
  n02,
  _PTu,
  0,
  () => PutTargetsRequest$,
  () => PutTargetsResponse$
];
var RemoveTargets$ = [
  9,
  n02,
  _RT,
  0,
  () => RemoveTargetsRequest$,
  () => RemoveTargetsResponse$
];

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/runtimeConfig.shared.js
var getRuntimeConfig3 = (config) => {
  return {
    apiVersion: "2015-10-07",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver2,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEventBridgeHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      },
      {
        schemeId: "aws.auth#sigv4a",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
        signer: new AwsSdkSigV4ASigner()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.eventbridge",
      errorTypeRegistries: errorTypeRegistries2,
      xmlNamespace: "http://events.amazonaws.com/doc/2015-10-07",
      version: "2015-10-07",
      serviceTarget: "AWSEvents"
    },
    serviceId: config?.serviceId ?? "EventBridge",
    sha256: config?.sha256 ?? Sha256Node,
    signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/runtimeConfig.js
var getRuntimeConfig4 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig3(config);
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default2.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration2 = (runtimeConfig) => {
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
var resolveHttpAuthRuntimeConfig2 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions2 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration2(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig2(extensionConfiguration));
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/EventBridgeClient.js
var EventBridgeClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig4(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters2(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig2(_config_6);
    const _config_8 = resolveRuntimeExtensions2(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultEventBridgeHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials,
        "aws.auth#sigv4a": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/auth/httpAuthSchemeProvider.js
var defaultSNSHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption3(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "sns",
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
var defaultSNSHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption3(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig3 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters3 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "sns"
  });
};
var commonParams3 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// ../../node_modules/@aws-sdk/client-sns/package.json
var package_default3 = {
  name: "@aws-sdk/client-sns",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Sns Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-sns",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-sns"
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

// ../../node_modules/@aws-sdk/client-sns/dist-es/endpoint/bdd.js
var m3 = "ref";
var a3 = -1;
var b3 = true;
var c3 = "isSet";
var d3 = "PartitionResult";
var e3 = "booleanEquals";
var f3 = "getAttr";
var g3 = "stringEquals";
var h3 = { [m3]: "Endpoint" };
var i3 = { [m3]: d3 };
var j3 = { [m3]: "Region" };
var k3 = {};
var l3 = [j3];
var _data3 = {
  conditions: [
    [c3, [h3]],
    [c3, l3],
    ["aws.partition", l3, d3],
    [e3, [{ [m3]: "UseFIPS" }, b3]],
    [e3, [{ [m3]: "UseDualStack" }, b3]],
    [e3, [{ fn: f3, argv: [i3, "supportsDualStack"] }, b3]],
    [e3, [{ fn: f3, argv: [i3, "supportsFIPS"] }, b3]],
    [g3, [j3, "us-gov-east-1"]],
    [g3, [j3, "us-gov-west-1"]]
  ],
  results: [
    [a3],
    [a3, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a3, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h3, k3],
    ["https://sns-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k3],
    [a3, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://sns.us-gov-east-1.amazonaws.com", k3],
    ["https://sns.us-gov-west-1.amazonaws.com", k3],
    ["https://sns-fips.{Region}.{PartitionResult#dnsSuffix}", k3],
    [a3, "FIPS is enabled but this partition does not support FIPS"],
    ["https://sns.{Region}.{PartitionResult#dualStackDnsSuffix}", k3],
    [a3, "DualStack is enabled but this partition does not support DualStack"],
    ["https://sns.{Region}.{PartitionResult#dnsSuffix}", k3],
    [a3, "Invalid Configuration: Missing Region"]
  ]
};
var root3 = 2;
var r3 = 1e8;
var nodes3 = new Int32Array([
  -1,
  1,
  -1,
  0,
  14,
  3,
  1,
  4,
  r3 + 13,
  2,
  5,
  r3 + 13,
  3,
  8,
  6,
  4,
  7,
  r3 + 12,
  5,
  r3 + 10,
  r3 + 11,
  4,
  12,
  9,
  6,
  10,
  r3 + 9,
  7,
  r3 + 6,
  11,
  8,
  r3 + 7,
  r3 + 8,
  5,
  13,
  r3 + 5,
  6,
  r3 + 4,
  r3 + 5,
  3,
  r3 + 1,
  15,
  4,
  r3 + 2,
  r3 + 3
]);
var bdd3 = BinaryDecisionDiagram.from(nodes3, root3, _data3.conditions, _data3.results);

// ../../node_modules/@aws-sdk/client-sns/dist-es/endpoint/endpointResolver.js
var cache3 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver3 = (endpointParams, context = {}) => {
  return cache3.get(endpointParams, () => decideEndpoint(bdd3, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// ../../node_modules/@aws-sdk/client-sns/dist-es/models/SNSServiceException.js
var SNSServiceException = class _SNSServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sns#SNSServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SNSServiceException.prototype);
  }
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/models/errors.js
var AuthorizationErrorException = class _AuthorizationErrorException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#AuthorizationErrorException";
  name = "AuthorizationErrorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AuthorizationErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AuthorizationErrorException.prototype);
  }
};
var InternalErrorException = class _InternalErrorException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InternalErrorException";
  name = "InternalErrorException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "InternalErrorException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalErrorException.prototype);
  }
};
var InvalidParameterException2 = class _InvalidParameterException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InvalidParameterException";
  name = "InvalidParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
  }
};
var NotFoundException = class _NotFoundException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#NotFoundException";
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
var ThrottledException = class _ThrottledException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#ThrottledException";
  name = "ThrottledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ThrottledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottledException.prototype);
  }
};
var FilterPolicyLimitExceededException = class _FilterPolicyLimitExceededException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#FilterPolicyLimitExceededException";
  name = "FilterPolicyLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FilterPolicyLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FilterPolicyLimitExceededException.prototype);
  }
};
var ReplayLimitExceededException = class _ReplayLimitExceededException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#ReplayLimitExceededException";
  name = "ReplayLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReplayLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplayLimitExceededException.prototype);
  }
};
var SubscriptionLimitExceededException = class _SubscriptionLimitExceededException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#SubscriptionLimitExceededException";
  name = "SubscriptionLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SubscriptionLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubscriptionLimitExceededException.prototype);
  }
};
var OptedOutException = class _OptedOutException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#OptedOutException";
  name = "OptedOutException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OptedOutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OptedOutException.prototype);
  }
};
var UserErrorException = class _UserErrorException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#UserErrorException";
  name = "UserErrorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UserErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UserErrorException.prototype);
  }
};
var ConcurrentAccessException = class _ConcurrentAccessException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#ConcurrentAccessException";
  name = "ConcurrentAccessException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentAccessException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentAccessException.prototype);
  }
};
var InvalidSecurityException = class _InvalidSecurityException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InvalidSecurityException";
  name = "InvalidSecurityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSecurityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSecurityException.prototype);
  }
};
var StaleTagException = class _StaleTagException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#StaleTagException";
  name = "StaleTagException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StaleTagException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StaleTagException.prototype);
  }
};
var TagLimitExceededException = class _TagLimitExceededException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#TagLimitExceededException";
  name = "TagLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TagLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagLimitExceededException.prototype);
  }
};
var TagPolicyException = class _TagPolicyException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#TagPolicyException";
  name = "TagPolicyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TagPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagPolicyException.prototype);
  }
};
var TopicLimitExceededException = class _TopicLimitExceededException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#TopicLimitExceededException";
  name = "TopicLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TopicLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TopicLimitExceededException.prototype);
  }
};
var ResourceNotFoundException3 = class _ResourceNotFoundException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};
var InvalidStateException2 = class _InvalidStateException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InvalidStateException";
  name = "InvalidStateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidStateException.prototype);
  }
};
var ValidationException2 = class _ValidationException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#ValidationException";
  name = "ValidationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.Message = opts.Message;
  }
};
var EndpointDisabledException = class _EndpointDisabledException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#EndpointDisabledException";
  name = "EndpointDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EndpointDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EndpointDisabledException.prototype);
  }
};
var InvalidParameterValueException = class _InvalidParameterValueException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InvalidParameterValueException";
  name = "InvalidParameterValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
  }
};
var KMSAccessDeniedException = class _KMSAccessDeniedException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSAccessDeniedException";
  name = "KMSAccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSAccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSAccessDeniedException.prototype);
  }
};
var KMSDisabledException = class _KMSDisabledException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSDisabledException";
  name = "KMSDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSDisabledException.prototype);
  }
};
var KMSInvalidStateException = class _KMSInvalidStateException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSInvalidStateException";
  name = "KMSInvalidStateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSInvalidStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSInvalidStateException.prototype);
  }
};
var KMSNotFoundException = class _KMSNotFoundException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSNotFoundException";
  name = "KMSNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSNotFoundException.prototype);
  }
};
var KMSOptInRequired = class _KMSOptInRequired extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSOptInRequired";
  name = "KMSOptInRequired";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSOptInRequired",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSOptInRequired.prototype);
  }
};
var KMSThrottlingException = class _KMSThrottlingException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#KMSThrottlingException";
  name = "KMSThrottlingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KMSThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSThrottlingException.prototype);
  }
};
var PlatformApplicationDisabledException = class _PlatformApplicationDisabledException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#PlatformApplicationDisabledException";
  name = "PlatformApplicationDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PlatformApplicationDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PlatformApplicationDisabledException.prototype);
  }
};
var BatchEntryIdsNotDistinctException = class _BatchEntryIdsNotDistinctException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#BatchEntryIdsNotDistinctException";
  name = "BatchEntryIdsNotDistinctException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BatchEntryIdsNotDistinctException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BatchEntryIdsNotDistinctException.prototype);
  }
};
var BatchRequestTooLongException = class _BatchRequestTooLongException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#BatchRequestTooLongException";
  name = "BatchRequestTooLongException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BatchRequestTooLongException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BatchRequestTooLongException.prototype);
  }
};
var EmptyBatchRequestException = class _EmptyBatchRequestException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#EmptyBatchRequestException";
  name = "EmptyBatchRequestException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EmptyBatchRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EmptyBatchRequestException.prototype);
  }
};
var InvalidBatchEntryIdException = class _InvalidBatchEntryIdException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#InvalidBatchEntryIdException";
  name = "InvalidBatchEntryIdException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidBatchEntryIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidBatchEntryIdException.prototype);
  }
};
var TooManyEntriesInBatchRequestException = class _TooManyEntriesInBatchRequestException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#TooManyEntriesInBatchRequestException";
  name = "TooManyEntriesInBatchRequestException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyEntriesInBatchRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyEntriesInBatchRequestException.prototype);
  }
};
var VerificationException = class _VerificationException extends SNSServiceException {
  static shapeId = "com.amazonaws.sns#VerificationException";
  name = "VerificationException";
  $fault = "client";
  Message;
  Status;
  constructor(opts) {
    super({
      name: "VerificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _VerificationException.prototype);
    this.Message = opts.Message;
    this.Status = opts.Status;
  }
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/schemas/schemas_0.js
var _A2 = "Attributes";
var _AEE = "AuthorizationErrorException";
var _AN = "ActionName";
var _ANt = "AttributeName";
var _API2 = "AddPermissionInput";
var _AV = "AttributeValue";
var _AWSAI = "AWSAccountId";
var _BEINDE = "BatchEntryIdsNotDistinctException";
var _BRTLE = "BatchRequestTooLongException";
var _BV = "BinaryValue";
var _CA = "CreatedAt";
var _CAE = "ConcurrentAccessException";
var _CPAI = "CreatePlatformApplicationInput";
var _CPEI = "CreatePlatformEndpointInput";
var _CT3 = "CreateTopic";
var _CTI = "CreateTopicInput";
var _CTR = "CreateTopicResponse";
var _CUD = "CustomUserData";
var _DPP = "DataProtectionPolicy";
var _DT2 = "DataType";
var _DTI = "DeleteTopicInput";
var _DTe = "DeleteTopic";
var _E2 = "Endpoint";
var _EA = "EndpointArn";
var _EBRE = "EmptyBatchRequestException";
var _EDE = "EndpointDisabledException";
var _FPLEE = "FilterPolicyLimitExceededException";
var _GEAR = "GetEndpointAttributesResponse";
var _GPAAR = "GetPlatformApplicationAttributesResponse";
var _GSAR = "GetSubscriptionAttributesResponse";
var _GSMSAI = "GetSMSAttributesInput";
var _GSMSAR = "GetSMSAttributesResponse";
var _GTA = "GetTopicAttributes";
var _GTAI = "GetTopicAttributesInput";
var _GTAR = "GetTopicAttributesResponse";
var _IBEIE = "InvalidBatchEntryIdException";
var _ICC = "Iso2CountryCode";
var _IEE = "InternalErrorException";
var _IPE2 = "InvalidParameterException";
var _IPVE = "InvalidParameterValueException";
var _ISE3 = "InvalidSecurityException";
var _ISEn3 = "InvalidStateException";
var _K2 = "Key";
var _KMSADE = "KMSAccessDeniedException";
var _KMSDE = "KMSDisabledException";
var _KMSISE = "KMSInvalidStateException";
var _KMSNFE = "KMSNotFoundException";
var _KMSOIR = "KMSOptInRequired";
var _KMSTE = "KMSThrottlingException";
var _L = "Label";
var _M = "Message";
var _MAM = "MessageAttributeMap";
var _MAV = "MessageAttributeValue";
var _N2 = "Name";
var _NC2 = "NumberCapabilities";
var _NFE = "NotFoundException";
var _OOE = "OptedOutException";
var _P = "Platform";
var _PAA = "PlatformApplicationArn";
var _PADE = "PlatformApplicationDisabledException";
var _PAl = "PlatformApplication";
var _PN = "PhoneNumber";
var _PNI = "PhoneNumberInformation";
var _Pr2 = "Protocol";
var _RA = "ResourceArn";
var _RLEE = "ReplayLimitExceededException";
var _RNFE3 = "ResourceNotFoundException";
var _RSA = "ReturnSubscriptionArn";
var _RT2 = "RouteType";
var _S2 = "Status";
var _SA = "SubscriptionArn";
var _SEAI = "SetEndpointAttributesInput";
var _SI = "SubscribeInput";
var _SLEE = "SubscriptionLimitExceededException";
var _SPAAI = "SetPlatformApplicationAttributesInput";
var _SR = "SubscribeResponse";
var _SSA = "SetSubscriptionAttributes";
var _SSAI = "SetSubscriptionAttributesInput";
var _SSMSAI = "SetSMSAttributesInput";
var _STA = "SetTopicAttributes";
var _STAI = "SetTopicAttributesInput";
var _STE2 = "StaleTagException";
var _SV = "StringValue";
var _Subsc = "Subscribe";
var _T = "Token";
var _TA = "TopicArn";
var _TE3 = "ThrottledException";
var _TK2 = "TagKeys";
var _TL2 = "TagList";
var _TLEE = "TagLimitExceededException";
var _TLEEo = "TopicLimitExceededException";
var _TMEIBRE = "TooManyEntriesInBatchRequestException";
var _TPE = "TagPolicyException";
var _Ta2 = "Tags";
var _Tag2 = "Tag";
var _U = "Unsubscribe";
var _UEE = "UserErrorException";
var _UI = "UnsubscribeInput";
var _URR3 = "UntagResourceRequest";
var _V2 = "Value";
var _VE2 = "ValidationException";
var _VEe = "VerificationException";
var _a2 = "attributes";
var _aQE = "awsQueryError";
var _c3 = "client";
var _e3 = "error";
var _hE2 = "httpError";
var _m3 = "message";
var _s3 = "smithy.ts.sdk.synthetic.com.amazonaws.sns";
var _se3 = "server";
var _xN = "xmlName";
var n03 = "com.amazonaws.sns";
var _s_registry3 = new TypeRegistry(_s3);
var SNSServiceException$ = [-3, _s3, "SNSServiceException", 0, [], []];
_s_registry3.registerError(SNSServiceException$, SNSServiceException);
var n0_registry3 = new TypeRegistry(n03);
var AuthorizationErrorException$ = [
  -3,
  n03,
  _AEE,
  { [_aQE]: [`AuthorizationError`, 403], [_e3]: _c3, [_hE2]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(AuthorizationErrorException$, AuthorizationErrorException);
var BatchEntryIdsNotDistinctException$ = [
  -3,
  n03,
  _BEINDE,
  { [_aQE]: [`BatchEntryIdsNotDistinct`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(BatchEntryIdsNotDistinctException$, BatchEntryIdsNotDistinctException);
var BatchRequestTooLongException$ = [
  -3,
  n03,
  _BRTLE,
  { [_aQE]: [`BatchRequestTooLong`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(BatchRequestTooLongException$, BatchRequestTooLongException);
var ConcurrentAccessException$ = [
  -3,
  n03,
  _CAE,
  { [_aQE]: [`ConcurrentAccess`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(ConcurrentAccessException$, ConcurrentAccessException);
var EmptyBatchRequestException$ = [
  -3,
  n03,
  _EBRE,
  { [_aQE]: [`EmptyBatchRequest`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(EmptyBatchRequestException$, EmptyBatchRequestException);
var EndpointDisabledException$ = [
  -3,
  n03,
  _EDE,
  { [_aQE]: [`EndpointDisabled`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(EndpointDisabledException$, EndpointDisabledException);
var FilterPolicyLimitExceededException$ = [
  -3,
  n03,
  _FPLEE,
  { [_aQE]: [`FilterPolicyLimitExceeded`, 403], [_e3]: _c3, [_hE2]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(FilterPolicyLimitExceededException$, FilterPolicyLimitExceededException);
var InternalErrorException$ = [
  -3,
  n03,
  _IEE,
  { [_aQE]: [`InternalError`, 500], [_e3]: _se3, [_hE2]: 500 },
  [_m3],
  [0]
];
n0_registry3.registerError(InternalErrorException$, InternalErrorException);
var InvalidBatchEntryIdException$ = [
  -3,
  n03,
  _IBEIE,
  { [_aQE]: [`InvalidBatchEntryId`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidBatchEntryIdException$, InvalidBatchEntryIdException);
var InvalidParameterException$2 = [
  -3,
  n03,
  _IPE2,
  { [_aQE]: [`InvalidParameter`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidParameterException$2, InvalidParameterException2);
var InvalidParameterValueException$ = [
  -3,
  n03,
  _IPVE,
  { [_aQE]: [`ParameterValueInvalid`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidSecurityException$ = [
  -3,
  n03,
  _ISE3,
  { [_aQE]: [`InvalidSecurity`, 403], [_e3]: _c3, [_hE2]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidSecurityException$, InvalidSecurityException);
var InvalidStateException$2 = [
  -3,
  n03,
  _ISEn3,
  { [_aQE]: [`InvalidState`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidStateException$2, InvalidStateException2);
var KMSAccessDeniedException$ = [
  -3,
  n03,
  _KMSADE,
  { [_aQE]: [`KMSAccessDenied`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
var KMSDisabledException$ = [
  -3,
  n03,
  _KMSDE,
  { [_aQE]: [`KMSDisabled`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(KMSDisabledException$, KMSDisabledException);
var KMSInvalidStateException$ = [
  -3,
  n03,
  _KMSISE,
  { [_aQE]: [`KMSInvalidState`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(KMSInvalidStateException$, KMSInvalidStateException);
var KMSNotFoundException$ = [
  -3,
  n03,
  _KMSNFE,
  { [_aQE]: [`KMSNotFound`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(KMSNotFoundException$, KMSNotFoundException);
var KMSOptInRequired$ = [
  -3,
  n03,
  _KMSOIR,
  { [_aQE]: [`KMSOptInRequired`, 403], [_e3]: _c3, [_hE2]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(KMSOptInRequired$, KMSOptInRequired);
var KMSThrottlingException$ = [
  -3,
  n03,
  _KMSTE,
  { [_aQE]: [`KMSThrottling`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(KMSThrottlingException$, KMSThrottlingException);
var NotFoundException$ = [
  -3,
  n03,
  _NFE,
  { [_aQE]: [`NotFound`, 404], [_e3]: _c3, [_hE2]: 404 },
  [_m3],
  [0]
];
n0_registry3.registerError(NotFoundException$, NotFoundException);
var OptedOutException$ = [
  -3,
  n03,
  _OOE,
  { [_aQE]: [`OptedOut`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(OptedOutException$, OptedOutException);
var PlatformApplicationDisabledException$ = [
  -3,
  n03,
  _PADE,
  { [_aQE]: [`PlatformApplicationDisabled`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(PlatformApplicationDisabledException$, PlatformApplicationDisabledException);
var ReplayLimitExceededException$ = [
  -3,
  n03,
  _RLEE,
  { [_aQE]: [`ReplayLimitExceeded`, 403], [_e3]: _c3, [_hE2]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(ReplayLimitExceededException$, ReplayLimitExceededException);
var ResourceNotFoundException$3 = [
  -3,
  n03,
  _RNFE3,
  { [_aQE]: [`ResourceNotFound`, 404], [_e3]: _c3, [_hE2]: 404 },
  [_m3],
  [0]
];
n0_registry3.registerError(ResourceNotFoundException$3, ResourceNotFoundException3);
var StaleTagException$ = [
  -3,
  n03,
  _STE2,
  { [_aQE]: [`StaleTag`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(StaleTagException$, StaleTagException);
var SubscriptionLimitExceededException$ = [
  -3,
  n03,
  _SLEE,
  { [_aQE]: [`SubscriptionLimitExceeded`, 403], [_e3]: _c3, [_hE2]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(SubscriptionLimitExceededException$, SubscriptionLimitExceededException);
var TagLimitExceededException$ = [
  -3,
  n03,
  _TLEE,
  { [_aQE]: [`TagLimitExceeded`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(TagLimitExceededException$, TagLimitExceededException);
var TagPolicyException$ = [
  -3,
  n03,
  _TPE,
  { [_aQE]: [`TagPolicy`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(TagPolicyException$, TagPolicyException);
var ThrottledException$ = [
  -3,
  n03,
  _TE3,
  { [_aQE]: [`Throttled`, 429], [_e3]: _c3, [_hE2]: 429 },
  [_m3],
  [0]
];
n0_registry3.registerError(ThrottledException$, ThrottledException);
var TooManyEntriesInBatchRequestException$ = [
  -3,
  n03,
  _TMEIBRE,
  { [_aQE]: [`TooManyEntriesInBatchRequest`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(TooManyEntriesInBatchRequestException$, TooManyEntriesInBatchRequestException);
var TopicLimitExceededException$ = [
  -3,
  n03,
  _TLEEo,
  { [_aQE]: [`TopicLimitExceeded`, 403], [_e3]: _c3, [_hE2]: 403 },
  [_m3],
  [0]
];
n0_registry3.registerError(TopicLimitExceededException$, TopicLimitExceededException);
var UserErrorException$ = [
  -3,
  n03,
  _UEE,
  { [_aQE]: [`UserError`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_m3],
  [0]
];
n0_registry3.registerError(UserErrorException$, UserErrorException);
var ValidationException$2 = [
  -3,
  n03,
  _VE2,
  { [_aQE]: [`ValidationException`, 400], [_e3]: _c3, [_hE2]: 400 },
  [_M],
  [0],
  1
];
n0_registry3.registerError(ValidationException$2, ValidationException2);
var VerificationException$ = [
  -3,
  n03,
  _VEe,
  { [_e3]: _c3 },
  [_M, _S2],
  [0, 0],
  2
];
n0_registry3.registerError(VerificationException$, VerificationException);
var errorTypeRegistries3 = [
  _s_registry3,
  n0_registry3
];
var PhoneNumber = [0, n03, _PN, 8, 0];
var AddPermissionInput$ = [
  3,
  n03,
  _API2,
  0,
  [_TA, _L, _AWSAI, _AN],
  [0, 0, 64 | 0, 64 | 0],
  4
];
var CreatePlatformApplicationInput$ = [
  3,
  n03,
  _CPAI,
  0,
  [_N2, _P, _A2],
  [0, 0, 128 | 0],
  3
];
var CreatePlatformEndpointInput$ = [
  3,
  n03,
  _CPEI,
  0,
  [_PAA, _T, _CUD, _A2],
  [0, 0, 0, 128 | 0],
  2
];
var CreateTopicInput$ = [
  3,
  n03,
  _CTI,
  0,
  [_N2, _A2, _Ta2, _DPP],
  [0, 128 | 0, () => TagList3, 0],
  1
];
var CreateTopicResponse$ = [
  3,
  n03,
  _CTR,
  0,
  [_TA],
  [0]
];
var DeleteTopicInput$ = [
  3,
  n03,
  _DTI,
  0,
  [_TA],
  [0],
  1
];
var Endpoint$ = [
  3,
  n03,
  _E2,
  0,
  [_EA, _A2],
  [0, 128 | 0]
];
var GetEndpointAttributesResponse$ = [
  3,
  n03,
  _GEAR,
  0,
  [_A2],
  [128 | 0]
];
var GetPlatformApplicationAttributesResponse$ = [
  3,
  n03,
  _GPAAR,
  0,
  [_A2],
  [128 | 0]
];
var GetSMSAttributesInput$ = [
  3,
  n03,
  _GSMSAI,
  0,
  [_a2],
  [64 | 0]
];
var GetSMSAttributesResponse$ = [
  3,
  n03,
  _GSMSAR,
  0,
  [_a2],
  [128 | 0]
];
var GetSubscriptionAttributesResponse$ = [
  3,
  n03,
  _GSAR,
  0,
  [_A2],
  [128 | 0]
];
var GetTopicAttributesInput$ = [
  3,
  n03,
  _GTAI,
  0,
  [_TA],
  [0],
  1
];
var GetTopicAttributesResponse$ = [
  3,
  n03,
  _GTAR,
  0,
  [_A2],
  [128 | 0]
];
var MessageAttributeValue$ = [
  3,
  n03,
  _MAV,
  0,
  [_DT2, _SV, _BV],
  [0, 0, 21],
  1
];
var PhoneNumberInformation$ = [
  3,
  n03,
  _PNI,
  0,
  [_CA, _PN, _S2, _ICC, _RT2, _NC2],
  [4, [() => PhoneNumber, 0], 0, 0, 0, 64 | 0]
];
var PlatformApplication$ = [
  3,
  n03,
  _PAl,
  0,
  [_PAA, _A2],
  [0, 128 | 0]
];
var SetEndpointAttributesInput$ = [
  3,
  n03,
  _SEAI,
  0,
  [_EA, _A2],
  [0, 128 | 0],
  2
];
var SetPlatformApplicationAttributesInput$ = [
  3,
  n03,
  _SPAAI,
  0,
  [_PAA, _A2],
  [0, 128 | 0],
  2
];
var SetSMSAttributesInput$ = [
  3,
  n03,
  _SSMSAI,
  0,
  [_a2],
  [128 | 0],
  1
];
var SetSubscriptionAttributesInput$ = [
  3,
  n03,
  _SSAI,
  0,
  [_SA, _ANt, _AV],
  [0, 0, 0],
  2
];
var SetTopicAttributesInput$ = [
  3,
  n03,
  _STAI,
  0,
  [_TA, _ANt, _AV],
  [0, 0, 0],
  2
];
var SubscribeInput$ = [
  3,
  n03,
  _SI,
  0,
  [_TA, _Pr2, _E2, _A2, _RSA],
  [0, 0, 0, 128 | 0, 2],
  2
];
var SubscribeResponse$ = [
  3,
  n03,
  _SR,
  0,
  [_SA],
  [0]
];
var Tag$2 = [
  3,
  n03,
  _Tag2,
  0,
  [_K2, _V2],
  [0, 0],
  2
];
var UnsubscribeInput$ = [
  3,
  n03,
  _UI,
  0,
  [_SA],
  [0],
  1
];
var UntagResourceRequest$3 = [
  3,
  n03,
  _URR3,
  0,
  [_RA, _TK2],
  [0, 64 | 0],
  2
];
var __Unit3 = "unit";
var ActionsList = 64 | 0;
var DelegatesList = 64 | 0;
var ListString = 64 | 0;
var NumberCapabilityList = 64 | 0;
var TagKeyList3 = 64 | 0;
var TagList3 = [
  1,
  n03,
  _TL2,
  0,
  () => Tag$2
];
var MapStringToString = 128 | 0;
var MessageAttributeMap = [
  2,
  n03,
  _MAM,
  0,
  [
    0,
    { [_xN]: _N2 }
  ],
  [
    () => MessageAttributeValue$,
    { [_xN]: _V2 }
  ]
];
var SubscriptionAttributesMap = 128 | 0;
var TopicAttributesMap = 128 | 0;
var CreateTopic$ = [
  9,
  n03,
  _CT3,
  0,
  () => CreateTopicInput$,
  () => CreateTopicResponse$
];
var DeleteTopic$ = [
  9,
  n03,
  _DTe,
  0,
  () => DeleteTopicInput$,
  () => __Unit3
];
var GetTopicAttributes$ = [
  9,
  n03,
  _GTA,
  0,
  () => GetTopicAttributesInput$,
  () => GetTopicAttributesResponse$
];
var SetSubscriptionAttributes$ = [
  9,
  n03,
  _SSA,
  0,
  () => SetSubscriptionAttributesInput$,
  () => __Unit3
];
var SetTopicAttributes$ = [
  9,
  n03,
  _STA,
  0,
  () => SetTopicAttributesInput$,
  () => __Unit3
];
var Subscribe$ = [
  9,
  n03,
  _Subsc,
  0,
  () => SubscribeInput$,
  () => SubscribeResponse$
];
var Unsubscribe$ = [
  9,
  n03,
  _U,
  0,
  () => UnsubscribeInput$,
  () => __Unit3
];

// ../../node_modules/@aws-sdk/client-sns/dist-es/runtimeConfig.shared.js
var getRuntimeConfig5 = (config) => {
  return {
    apiVersion: "2010-03-31",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver3,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSNSHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.sns",
      errorTypeRegistries: errorTypeRegistries3,
      xmlNamespace: "http://sns.amazonaws.com/doc/2010-03-31/",
      version: "2010-03-31",
      serviceTarget: "AmazonSimpleNotificationService"
    },
    serviceId: config?.serviceId ?? "SNS",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/runtimeConfig.js
var getRuntimeConfig6 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig5(config);
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default3.version }),
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

// ../../node_modules/@aws-sdk/client-sns/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration3 = (runtimeConfig) => {
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
var resolveHttpAuthRuntimeConfig3 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions3 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration3(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig3(extensionConfiguration));
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/SNSClient.js
var SNSClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig6(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters3(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig3(_config_6);
    const _config_8 = resolveRuntimeExtensions3(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultSNSHttpAuthSchemeParametersProvider,
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

export {
  commonParams,
  CreateLogGroup$,
  DeleteLogGroup$,
  DeleteRetentionPolicy$,
  FilterLogEvents$,
  PutRetentionPolicy$,
  CloudWatchLogsClient,
  commonParams2,
  CreateEventBus$,
  DeleteEventBus$,
  DeleteRule$,
  DescribeEventBus$,
  DescribeRule$,
  PutRule$,
  PutTargets$,
  RemoveTargets$,
  EventBridgeClient,
  commonParams3,
  CreateTopic$,
  DeleteTopic$,
  GetTopicAttributes$,
  SetSubscriptionAttributes$,
  SetTopicAttributes$,
  Subscribe$,
  Unsubscribe$,
  SNSClient
};
//# sourceMappingURL=chunk-WA2KBYDV.js.map
