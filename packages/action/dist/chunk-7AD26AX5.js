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
  AwsQueryProtocol
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

// ../../node_modules/@aws-sdk/client-sns/dist-es/auth/httpAuthSchemeProvider.js
var defaultSNSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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

// ../../node_modules/@aws-sdk/client-sns/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "sns"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// ../../node_modules/@aws-sdk/client-sns/package.json
var package_default = {
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
    ["https://sns-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://sns.us-gov-east-1.amazonaws.com", k],
    ["https://sns.us-gov-west-1.amazonaws.com", k],
    ["https://sns-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://sns.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://sns.{Region}.{PartitionResult#dnsSuffix}", k],
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

// ../../node_modules/@aws-sdk/client-sns/dist-es/endpoint/endpointResolver.js
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
var InvalidParameterException = class _InvalidParameterException extends SNSServiceException {
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
var ResourceNotFoundException = class _ResourceNotFoundException extends SNSServiceException {
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
var InvalidStateException = class _InvalidStateException extends SNSServiceException {
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
var ValidationException = class _ValidationException extends SNSServiceException {
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
var _A = "Attributes";
var _AEE = "AuthorizationErrorException";
var _AN = "ActionName";
var _ANt = "AttributeName";
var _AOU = "AuthenticateOnUnsubscribe";
var _AP = "AddPermission";
var _API = "AddPermissionInput";
var _AV = "AttributeValue";
var _AWSAI = "AWSAccountId";
var _BEINDE = "BatchEntryIdsNotDistinctException";
var _BREE = "BatchResultErrorEntry";
var _BREEL = "BatchResultErrorEntryList";
var _BRTLE = "BatchRequestTooLongException";
var _BV = "BinaryValue";
var _C = "Code";
var _CA = "CreatedAt";
var _CAE = "ConcurrentAccessException";
var _CER = "CreateEndpointResponse";
var _CIPNIOO = "CheckIfPhoneNumberIsOptedOut";
var _CIPNIOOI = "CheckIfPhoneNumberIsOptedOutInput";
var _CIPNIOOR = "CheckIfPhoneNumberIsOptedOutResponse";
var _CPA = "CreatePlatformApplication";
var _CPAI = "CreatePlatformApplicationInput";
var _CPAR = "CreatePlatformApplicationResponse";
var _CPE = "CreatePlatformEndpoint";
var _CPEI = "CreatePlatformEndpointInput";
var _CS = "ConfirmSubscription";
var _CSI = "ConfirmSubscriptionInput";
var _CSMSSPN = "CreateSMSSandboxPhoneNumber";
var _CSMSSPNI = "CreateSMSSandboxPhoneNumberInput";
var _CSMSSPNR = "CreateSMSSandboxPhoneNumberResult";
var _CSR = "ConfirmSubscriptionResponse";
var _CT = "CreateTopic";
var _CTI = "CreateTopicInput";
var _CTR = "CreateTopicResponse";
var _CUD = "CustomUserData";
var _DE = "DeleteEndpoint";
var _DEI = "DeleteEndpointInput";
var _DPA = "DeletePlatformApplication";
var _DPAI = "DeletePlatformApplicationInput";
var _DPP = "DataProtectionPolicy";
var _DSMSSPN = "DeleteSMSSandboxPhoneNumber";
var _DSMSSPNI = "DeleteSMSSandboxPhoneNumberInput";
var _DSMSSPNR = "DeleteSMSSandboxPhoneNumberResult";
var _DT = "DataType";
var _DTI = "DeleteTopicInput";
var _DTe = "DeleteTopic";
var _E = "Endpoint";
var _EA = "EndpointArn";
var _EBRE = "EmptyBatchRequestException";
var _EDE = "EndpointDisabledException";
var _En = "Endpoints";
var _F = "Failed";
var _FPLEE = "FilterPolicyLimitExceededException";
var _GDPP = "GetDataProtectionPolicy";
var _GDPPI = "GetDataProtectionPolicyInput";
var _GDPPR = "GetDataProtectionPolicyResponse";
var _GEA = "GetEndpointAttributes";
var _GEAI = "GetEndpointAttributesInput";
var _GEAR = "GetEndpointAttributesResponse";
var _GPAA = "GetPlatformApplicationAttributes";
var _GPAAI = "GetPlatformApplicationAttributesInput";
var _GPAAR = "GetPlatformApplicationAttributesResponse";
var _GSA = "GetSubscriptionAttributes";
var _GSAI = "GetSubscriptionAttributesInput";
var _GSAR = "GetSubscriptionAttributesResponse";
var _GSMSA = "GetSMSAttributes";
var _GSMSAI = "GetSMSAttributesInput";
var _GSMSAR = "GetSMSAttributesResponse";
var _GSMSSAS = "GetSMSSandboxAccountStatus";
var _GSMSSASI = "GetSMSSandboxAccountStatusInput";
var _GSMSSASR = "GetSMSSandboxAccountStatusResult";
var _GTA = "GetTopicAttributes";
var _GTAI = "GetTopicAttributesInput";
var _GTAR = "GetTopicAttributesResponse";
var _I = "Id";
var _IBEIE = "InvalidBatchEntryIdException";
var _ICC = "Iso2CountryCode";
var _IEE = "InternalErrorException";
var _IIS = "IsInSandbox";
var _IPE = "InvalidParameterException";
var _IPVE = "InvalidParameterValueException";
var _ISE = "InvalidSecurityException";
var _ISEn = "InvalidStateException";
var _K = "Key";
var _KMSADE = "KMSAccessDeniedException";
var _KMSDE = "KMSDisabledException";
var _KMSISE = "KMSInvalidStateException";
var _KMSNFE = "KMSNotFoundException";
var _KMSOIR = "KMSOptInRequired";
var _KMSTE = "KMSThrottlingException";
var _L = "Label";
var _LC = "LanguageCode";
var _LEBPA = "ListEndpointsByPlatformApplication";
var _LEBPAI = "ListEndpointsByPlatformApplicationInput";
var _LEBPAR = "ListEndpointsByPlatformApplicationResponse";
var _LOE = "ListOfEndpoints";
var _LON = "ListOriginationNumbers";
var _LONR = "ListOriginationNumbersRequest";
var _LONRi = "ListOriginationNumbersResult";
var _LOPA = "ListOfPlatformApplications";
var _LPA = "ListPlatformApplications";
var _LPAI = "ListPlatformApplicationsInput";
var _LPAR = "ListPlatformApplicationsResponse";
var _LPNOO = "ListPhoneNumbersOptedOut";
var _LPNOOI = "ListPhoneNumbersOptedOutInput";
var _LPNOOR = "ListPhoneNumbersOptedOutResponse";
var _LS = "ListSubscriptions";
var _LSBT = "ListSubscriptionsByTopic";
var _LSBTI = "ListSubscriptionsByTopicInput";
var _LSBTR = "ListSubscriptionsByTopicResponse";
var _LSI = "ListSubscriptionsInput";
var _LSMSSPN = "ListSMSSandboxPhoneNumbers";
var _LSMSSPNI = "ListSMSSandboxPhoneNumbersInput";
var _LSMSSPNR = "ListSMSSandboxPhoneNumbersResult";
var _LSR = "ListSubscriptionsResponse";
var _LT = "ListTopics";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResponse";
var _LTI = "ListTopicsInput";
var _LTR = "ListTopicsResponse";
var _M = "Message";
var _MA = "MessageAttributes";
var _MAM = "MessageAttributeMap";
var _MAV = "MessageAttributeValue";
var _MDI = "MessageDeduplicationId";
var _MGI = "MessageGroupId";
var _MI = "MessageId";
var _MR = "MaxResults";
var _MS = "MessageStructure";
var _N = "Name";
var _NC = "NumberCapabilities";
var _NFE = "NotFoundException";
var _NT = "NextToken";
var _O = "Owner";
var _OIPN = "OptInPhoneNumber";
var _OIPNI = "OptInPhoneNumberInput";
var _OIPNR = "OptInPhoneNumberResponse";
var _OOE = "OptedOutException";
var _OTP = "OneTimePassword";
var _P = "Platform";
var _PA = "PlatformApplications";
var _PAA = "PlatformApplicationArn";
var _PADE = "PlatformApplicationDisabledException";
var _PAl = "PlatformApplication";
var _PB = "PublishBatch";
var _PBI = "PublishBatchInput";
var _PBR = "PublishBatchResponse";
var _PBRE = "PublishBatchRequestEntries";
var _PBREL = "PublishBatchRequestEntryList";
var _PBRELu = "PublishBatchResultEntryList";
var _PBREu = "PublishBatchRequestEntry";
var _PBREub = "PublishBatchResultEntry";
var _PDPP = "PutDataProtectionPolicy";
var _PDPPI = "PutDataProtectionPolicyInput";
var _PI = "PublishInput";
var _PN = "PhoneNumber";
var _PNI = "PhoneNumberInformation";
var _PNIL = "PhoneNumberInformationList";
var _PNL = "PhoneNumberList";
var _PNS = "PhoneNumberString";
var _PNh = "PhoneNumbers";
var _PR = "PublishResponse";
var _Pr = "Protocol";
var _Pu = "Publish";
var _RA = "ResourceArn";
var _RLEE = "ReplayLimitExceededException";
var _RNFE = "ResourceNotFoundException";
var _RP = "RemovePermission";
var _RPI = "RemovePermissionInput";
var _RSA = "ReturnSubscriptionArn";
var _RT = "RouteType";
var _S = "Status";
var _SA = "SubscriptionArn";
var _SEA = "SetEndpointAttributes";
var _SEAI = "SetEndpointAttributesInput";
var _SF = "SenderFault";
var _SI = "SubscribeInput";
var _SL = "SubscriptionsList";
var _SLEE = "SubscriptionLimitExceededException";
var _SMSSPN = "SMSSandboxPhoneNumber";
var _SMSSPNL = "SMSSandboxPhoneNumberList";
var _SN = "SequenceNumber";
var _SPAA = "SetPlatformApplicationAttributes";
var _SPAAI = "SetPlatformApplicationAttributesInput";
var _SR = "SubscribeResponse";
var _SSA = "SetSubscriptionAttributes";
var _SSAI = "SetSubscriptionAttributesInput";
var _SSMSA = "SetSMSAttributes";
var _SSMSAI = "SetSMSAttributesInput";
var _SSMSAR = "SetSMSAttributesResponse";
var _STA = "SetTopicAttributes";
var _STAI = "SetTopicAttributesInput";
var _STE = "StaleTagException";
var _SV = "StringValue";
var _Su = "Subscriptions";
var _Sub = "Subject";
var _Subs = "Subscription";
var _Subsc = "Subscribe";
var _Suc = "Successful";
var _T = "Token";
var _TA = "TopicArn";
var _TAa = "TargetArn";
var _TE = "ThrottledException";
var _TK = "TagKeys";
var _TL = "TagList";
var _TLEE = "TagLimitExceededException";
var _TLEEo = "TopicLimitExceededException";
var _TLo = "TopicsList";
var _TMEIBRE = "TooManyEntriesInBatchRequestException";
var _TPE = "TagPolicyException";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _Ta = "Tags";
var _Tag = "Tag";
var _To = "Topics";
var _Top = "Topic";
var _U = "Unsubscribe";
var _UEE = "UserErrorException";
var _UI = "UnsubscribeInput";
var _UR = "UntagResource";
var _URR = "UntagResourceRequest";
var _URRn = "UntagResourceResponse";
var _V = "Value";
var _VE = "ValidationException";
var _VEe = "VerificationException";
var _VSMSSPN = "VerifySMSSandboxPhoneNumber";
var _VSMSSPNI = "VerifySMSSandboxPhoneNumberInput";
var _VSMSSPNR = "VerifySMSSandboxPhoneNumberResult";
var _a = "attributes";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _hE = "httpError";
var _iOO = "isOptedOut";
var _m = "message";
var _nT = "nextToken";
var _pN = "phoneNumber";
var _pNh = "phoneNumbers";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.sns";
var _se = "server";
var _xN = "xmlName";
var n0 = "com.amazonaws.sns";
var _s_registry = new TypeRegistry(_s);
var SNSServiceException$ = [-3, _s, "SNSServiceException", 0, [], []];
_s_registry.registerError(SNSServiceException$, SNSServiceException);
var n0_registry = new TypeRegistry(n0);
var AuthorizationErrorException$ = [
  -3,
  n0,
  _AEE,
  { [_aQE]: [`AuthorizationError`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(AuthorizationErrorException$, AuthorizationErrorException);
var BatchEntryIdsNotDistinctException$ = [
  -3,
  n0,
  _BEINDE,
  { [_aQE]: [`BatchEntryIdsNotDistinct`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(BatchEntryIdsNotDistinctException$, BatchEntryIdsNotDistinctException);
var BatchRequestTooLongException$ = [
  -3,
  n0,
  _BRTLE,
  { [_aQE]: [`BatchRequestTooLong`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(BatchRequestTooLongException$, BatchRequestTooLongException);
var ConcurrentAccessException$ = [
  -3,
  n0,
  _CAE,
  { [_aQE]: [`ConcurrentAccess`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ConcurrentAccessException$, ConcurrentAccessException);
var EmptyBatchRequestException$ = [
  -3,
  n0,
  _EBRE,
  { [_aQE]: [`EmptyBatchRequest`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(EmptyBatchRequestException$, EmptyBatchRequestException);
var EndpointDisabledException$ = [
  -3,
  n0,
  _EDE,
  { [_aQE]: [`EndpointDisabled`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(EndpointDisabledException$, EndpointDisabledException);
var FilterPolicyLimitExceededException$ = [
  -3,
  n0,
  _FPLEE,
  { [_aQE]: [`FilterPolicyLimitExceeded`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(FilterPolicyLimitExceededException$, FilterPolicyLimitExceededException);
var InternalErrorException$ = [
  -3,
  n0,
  _IEE,
  { [_aQE]: [`InternalError`, 500], [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(InternalErrorException$, InternalErrorException);
var InvalidBatchEntryIdException$ = [
  -3,
  n0,
  _IBEIE,
  { [_aQE]: [`InvalidBatchEntryId`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidBatchEntryIdException$, InvalidBatchEntryIdException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { [_aQE]: [`InvalidParameter`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { [_aQE]: [`ParameterValueInvalid`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidSecurityException$ = [
  -3,
  n0,
  _ISE,
  { [_aQE]: [`InvalidSecurity`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSecurityException$, InvalidSecurityException);
var InvalidStateException$ = [
  -3,
  n0,
  _ISEn,
  { [_aQE]: [`InvalidState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidStateException$, InvalidStateException);
var KMSAccessDeniedException$ = [
  -3,
  n0,
  _KMSADE,
  { [_aQE]: [`KMSAccessDenied`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
var KMSDisabledException$ = [
  -3,
  n0,
  _KMSDE,
  { [_aQE]: [`KMSDisabled`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSDisabledException$, KMSDisabledException);
var KMSInvalidStateException$ = [
  -3,
  n0,
  _KMSISE,
  { [_aQE]: [`KMSInvalidState`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
var KMSNotFoundException$ = [
  -3,
  n0,
  _KMSNFE,
  { [_aQE]: [`KMSNotFound`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSNotFoundException$, KMSNotFoundException);
var KMSOptInRequired$ = [
  -3,
  n0,
  _KMSOIR,
  { [_aQE]: [`KMSOptInRequired`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(KMSOptInRequired$, KMSOptInRequired);
var KMSThrottlingException$ = [
  -3,
  n0,
  _KMSTE,
  { [_aQE]: [`KMSThrottling`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(KMSThrottlingException$, KMSThrottlingException);
var NotFoundException$ = [
  -3,
  n0,
  _NFE,
  { [_aQE]: [`NotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NotFoundException$, NotFoundException);
var OptedOutException$ = [
  -3,
  n0,
  _OOE,
  { [_aQE]: [`OptedOut`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(OptedOutException$, OptedOutException);
var PlatformApplicationDisabledException$ = [
  -3,
  n0,
  _PADE,
  { [_aQE]: [`PlatformApplicationDisabled`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(PlatformApplicationDisabledException$, PlatformApplicationDisabledException);
var ReplayLimitExceededException$ = [
  -3,
  n0,
  _RLEE,
  { [_aQE]: [`ReplayLimitExceeded`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(ReplayLimitExceededException$, ReplayLimitExceededException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_aQE]: [`ResourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var StaleTagException$ = [
  -3,
  n0,
  _STE,
  { [_aQE]: [`StaleTag`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(StaleTagException$, StaleTagException);
var SubscriptionLimitExceededException$ = [
  -3,
  n0,
  _SLEE,
  { [_aQE]: [`SubscriptionLimitExceeded`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(SubscriptionLimitExceededException$, SubscriptionLimitExceededException);
var TagLimitExceededException$ = [
  -3,
  n0,
  _TLEE,
  { [_aQE]: [`TagLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TagLimitExceededException$, TagLimitExceededException);
var TagPolicyException$ = [
  -3,
  n0,
  _TPE,
  { [_aQE]: [`TagPolicy`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TagPolicyException$, TagPolicyException);
var ThrottledException$ = [
  -3,
  n0,
  _TE,
  { [_aQE]: [`Throttled`, 429], [_e]: _c, [_hE]: 429 },
  [_m],
  [0]
];
n0_registry.registerError(ThrottledException$, ThrottledException);
var TooManyEntriesInBatchRequestException$ = [
  -3,
  n0,
  _TMEIBRE,
  { [_aQE]: [`TooManyEntriesInBatchRequest`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyEntriesInBatchRequestException$, TooManyEntriesInBatchRequestException);
var TopicLimitExceededException$ = [
  -3,
  n0,
  _TLEEo,
  { [_aQE]: [`TopicLimitExceeded`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(TopicLimitExceededException$, TopicLimitExceededException);
var UserErrorException$ = [
  -3,
  n0,
  _UEE,
  { [_aQE]: [`UserError`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UserErrorException$, UserErrorException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { [_aQE]: [`ValidationException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0],
  1
];
n0_registry.registerError(ValidationException$, ValidationException);
var VerificationException$ = [
  -3,
  n0,
  _VEe,
  { [_e]: _c },
  [_M, _S],
  [0, 0],
  2
];
n0_registry.registerError(VerificationException$, VerificationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var PhoneNumber = [0, n0, _PN, 8, 0];
var PhoneNumberString = [0, n0, _PNS, 8, 0];
var AddPermissionInput$ = [
  3,
  n0,
  _API,
  0,
  [_TA, _L, _AWSAI, _AN],
  [0, 0, 64 | 0, 64 | 0],
  4
];
var BatchResultErrorEntry$ = [
  3,
  n0,
  _BREE,
  0,
  [_I, _C, _SF, _M],
  [0, 0, 2, 0],
  3
];
var CheckIfPhoneNumberIsOptedOutInput$ = [
  3,
  n0,
  _CIPNIOOI,
  0,
  [_pN],
  [[() => PhoneNumber, 0]],
  1
];
var CheckIfPhoneNumberIsOptedOutResponse$ = [
  3,
  n0,
  _CIPNIOOR,
  0,
  [_iOO],
  [2]
];
var ConfirmSubscriptionInput$ = [
  3,
  n0,
  _CSI,
  0,
  [_TA, _T, _AOU],
  [0, 0, 0],
  2
];
var ConfirmSubscriptionResponse$ = [
  3,
  n0,
  _CSR,
  0,
  [_SA],
  [0]
];
var CreateEndpointResponse$ = [
  3,
  n0,
  _CER,
  0,
  [_EA],
  [0]
];
var CreatePlatformApplicationInput$ = [
  3,
  n0,
  _CPAI,
  0,
  [_N, _P, _A],
  [0, 0, 128 | 0],
  3
];
var CreatePlatformApplicationResponse$ = [
  3,
  n0,
  _CPAR,
  0,
  [_PAA],
  [0]
];
var CreatePlatformEndpointInput$ = [
  3,
  n0,
  _CPEI,
  0,
  [_PAA, _T, _CUD, _A],
  [0, 0, 0, 128 | 0],
  2
];
var CreateSMSSandboxPhoneNumberInput$ = [
  3,
  n0,
  _CSMSSPNI,
  0,
  [_PN, _LC],
  [[() => PhoneNumberString, 0], 0],
  1
];
var CreateSMSSandboxPhoneNumberResult$ = [
  3,
  n0,
  _CSMSSPNR,
  0,
  [],
  []
];
var CreateTopicInput$ = [
  3,
  n0,
  _CTI,
  0,
  [_N, _A, _Ta, _DPP],
  [0, 128 | 0, () => TagList, 0],
  1
];
var CreateTopicResponse$ = [
  3,
  n0,
  _CTR,
  0,
  [_TA],
  [0]
];
var DeleteEndpointInput$ = [
  3,
  n0,
  _DEI,
  0,
  [_EA],
  [0],
  1
];
var DeletePlatformApplicationInput$ = [
  3,
  n0,
  _DPAI,
  0,
  [_PAA],
  [0],
  1
];
var DeleteSMSSandboxPhoneNumberInput$ = [
  3,
  n0,
  _DSMSSPNI,
  0,
  [_PN],
  [[() => PhoneNumberString, 0]],
  1
];
var DeleteSMSSandboxPhoneNumberResult$ = [
  3,
  n0,
  _DSMSSPNR,
  0,
  [],
  []
];
var DeleteTopicInput$ = [
  3,
  n0,
  _DTI,
  0,
  [_TA],
  [0],
  1
];
var Endpoint$ = [
  3,
  n0,
  _E,
  0,
  [_EA, _A],
  [0, 128 | 0]
];
var GetDataProtectionPolicyInput$ = [
  3,
  n0,
  _GDPPI,
  0,
  [_RA],
  [0],
  1
];
var GetDataProtectionPolicyResponse$ = [
  3,
  n0,
  _GDPPR,
  0,
  [_DPP],
  [0]
];
var GetEndpointAttributesInput$ = [
  3,
  n0,
  _GEAI,
  0,
  [_EA],
  [0],
  1
];
var GetEndpointAttributesResponse$ = [
  3,
  n0,
  _GEAR,
  0,
  [_A],
  [128 | 0]
];
var GetPlatformApplicationAttributesInput$ = [
  3,
  n0,
  _GPAAI,
  0,
  [_PAA],
  [0],
  1
];
var GetPlatformApplicationAttributesResponse$ = [
  3,
  n0,
  _GPAAR,
  0,
  [_A],
  [128 | 0]
];
var GetSMSAttributesInput$ = [
  3,
  n0,
  _GSMSAI,
  0,
  [_a],
  [64 | 0]
];
var GetSMSAttributesResponse$ = [
  3,
  n0,
  _GSMSAR,
  0,
  [_a],
  [128 | 0]
];
var GetSMSSandboxAccountStatusInput$ = [
  3,
  n0,
  _GSMSSASI,
  0,
  [],
  []
];
var GetSMSSandboxAccountStatusResult$ = [
  3,
  n0,
  _GSMSSASR,
  0,
  [_IIS],
  [2],
  1
];
var GetSubscriptionAttributesInput$ = [
  3,
  n0,
  _GSAI,
  0,
  [_SA],
  [0],
  1
];
var GetSubscriptionAttributesResponse$ = [
  3,
  n0,
  _GSAR,
  0,
  [_A],
  [128 | 0]
];
var GetTopicAttributesInput$ = [
  3,
  n0,
  _GTAI,
  0,
  [_TA],
  [0],
  1
];
var GetTopicAttributesResponse$ = [
  3,
  n0,
  _GTAR,
  0,
  [_A],
  [128 | 0]
];
var ListEndpointsByPlatformApplicationInput$ = [
  3,
  n0,
  _LEBPAI,
  0,
  [_PAA, _NT],
  [0, 0],
  1
];
var ListEndpointsByPlatformApplicationResponse$ = [
  3,
  n0,
  _LEBPAR,
  0,
  [_En, _NT],
  [() => ListOfEndpoints, 0]
];
var ListOriginationNumbersRequest$ = [
  3,
  n0,
  _LONR,
  0,
  [_NT, _MR],
  [0, 1]
];
var ListOriginationNumbersResult$ = [
  3,
  n0,
  _LONRi,
  0,
  [_NT, _PNh],
  [0, [() => PhoneNumberInformationList, 0]]
];
var ListPhoneNumbersOptedOutInput$ = [
  3,
  n0,
  _LPNOOI,
  0,
  [_nT],
  [0]
];
var ListPhoneNumbersOptedOutResponse$ = [
  3,
  n0,
  _LPNOOR,
  0,
  [_pNh, _nT],
  [[() => PhoneNumberList, 0], 0]
];
var ListPlatformApplicationsInput$ = [
  3,
  n0,
  _LPAI,
  0,
  [_NT],
  [0]
];
var ListPlatformApplicationsResponse$ = [
  3,
  n0,
  _LPAR,
  0,
  [_PA, _NT],
  [() => ListOfPlatformApplications, 0]
];
var ListSMSSandboxPhoneNumbersInput$ = [
  3,
  n0,
  _LSMSSPNI,
  0,
  [_NT, _MR],
  [0, 1]
];
var ListSMSSandboxPhoneNumbersResult$ = [
  3,
  n0,
  _LSMSSPNR,
  0,
  [_PNh, _NT],
  [[() => SMSSandboxPhoneNumberList, 0], 0],
  1
];
var ListSubscriptionsByTopicInput$ = [
  3,
  n0,
  _LSBTI,
  0,
  [_TA, _NT],
  [0, 0],
  1
];
var ListSubscriptionsByTopicResponse$ = [
  3,
  n0,
  _LSBTR,
  0,
  [_Su, _NT],
  [() => SubscriptionsList, 0]
];
var ListSubscriptionsInput$ = [
  3,
  n0,
  _LSI,
  0,
  [_NT],
  [0]
];
var ListSubscriptionsResponse$ = [
  3,
  n0,
  _LSR,
  0,
  [_Su, _NT],
  [() => SubscriptionsList, 0]
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_RA],
  [0],
  1
];
var ListTagsForResourceResponse$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_Ta],
  [() => TagList]
];
var ListTopicsInput$ = [
  3,
  n0,
  _LTI,
  0,
  [_NT],
  [0]
];
var ListTopicsResponse$ = [
  3,
  n0,
  _LTR,
  0,
  [_To, _NT],
  [() => TopicsList, 0]
];
var MessageAttributeValue$ = [
  3,
  n0,
  _MAV,
  0,
  [_DT, _SV, _BV],
  [0, 0, 21],
  1
];
var OptInPhoneNumberInput$ = [
  3,
  n0,
  _OIPNI,
  0,
  [_pN],
  [[() => PhoneNumber, 0]],
  1
];
var OptInPhoneNumberResponse$ = [
  3,
  n0,
  _OIPNR,
  0,
  [],
  []
];
var PhoneNumberInformation$ = [
  3,
  n0,
  _PNI,
  0,
  [_CA, _PN, _S, _ICC, _RT, _NC],
  [4, [() => PhoneNumber, 0], 0, 0, 0, 64 | 0]
];
var PlatformApplication$ = [
  3,
  n0,
  _PAl,
  0,
  [_PAA, _A],
  [0, 128 | 0]
];
var PublishBatchInput$ = [
  3,
  n0,
  _PBI,
  0,
  [_TA, _PBRE],
  [0, [() => PublishBatchRequestEntryList, 0]],
  2
];
var PublishBatchRequestEntry$ = [
  3,
  n0,
  _PBREu,
  0,
  [_I, _M, _Sub, _MS, _MA, _MDI, _MGI],
  [0, 0, 0, 0, [() => MessageAttributeMap, 0], 0, 0],
  2
];
var PublishBatchResponse$ = [
  3,
  n0,
  _PBR,
  0,
  [_Suc, _F],
  [() => PublishBatchResultEntryList, () => BatchResultErrorEntryList]
];
var PublishBatchResultEntry$ = [
  3,
  n0,
  _PBREub,
  0,
  [_I, _MI, _SN],
  [0, 0, 0]
];
var PublishInput$ = [
  3,
  n0,
  _PI,
  0,
  [_M, _TA, _TAa, _PN, _Sub, _MS, _MA, _MDI, _MGI],
  [0, 0, 0, [() => PhoneNumber, 0], 0, 0, [() => MessageAttributeMap, 0], 0, 0],
  1
];
var PublishResponse$ = [
  3,
  n0,
  _PR,
  0,
  [_MI, _SN],
  [0, 0]
];
var PutDataProtectionPolicyInput$ = [
  3,
  n0,
  _PDPPI,
  0,
  [_RA, _DPP],
  [0, 0],
  2
];
var RemovePermissionInput$ = [
  3,
  n0,
  _RPI,
  0,
  [_TA, _L],
  [0, 0],
  2
];
var SetEndpointAttributesInput$ = [
  3,
  n0,
  _SEAI,
  0,
  [_EA, _A],
  [0, 128 | 0],
  2
];
var SetPlatformApplicationAttributesInput$ = [
  3,
  n0,
  _SPAAI,
  0,
  [_PAA, _A],
  [0, 128 | 0],
  2
];
var SetSMSAttributesInput$ = [
  3,
  n0,
  _SSMSAI,
  0,
  [_a],
  [128 | 0],
  1
];
var SetSMSAttributesResponse$ = [
  3,
  n0,
  _SSMSAR,
  0,
  [],
  []
];
var SetSubscriptionAttributesInput$ = [
  3,
  n0,
  _SSAI,
  0,
  [_SA, _ANt, _AV],
  [0, 0, 0],
  2
];
var SetTopicAttributesInput$ = [
  3,
  n0,
  _STAI,
  0,
  [_TA, _ANt, _AV],
  [0, 0, 0],
  2
];
var SMSSandboxPhoneNumber$ = [
  3,
  n0,
  _SMSSPN,
  0,
  [_PN, _S],
  [[() => PhoneNumberString, 0], 0]
];
var SubscribeInput$ = [
  3,
  n0,
  _SI,
  0,
  [_TA, _Pr, _E, _A, _RSA],
  [0, 0, 0, 128 | 0, 2],
  2
];
var SubscribeResponse$ = [
  3,
  n0,
  _SR,
  0,
  [_SA],
  [0]
];
var Subscription$ = [
  3,
  n0,
  _Subs,
  0,
  [_SA, _O, _Pr, _E, _TA],
  [0, 0, 0, 0, 0]
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _V],
  [0, 0],
  2
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_RA, _Ta],
  [0, () => TagList],
  2
];
var TagResourceResponse$ = [
  3,
  n0,
  _TRRa,
  0,
  [],
  []
];
var Topic$ = [
  3,
  n0,
  _Top,
  0,
  [_TA],
  [0]
];
var UnsubscribeInput$ = [
  3,
  n0,
  _UI,
  0,
  [_SA],
  [0],
  1
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RA, _TK],
  [0, 64 | 0],
  2
];
var UntagResourceResponse$ = [
  3,
  n0,
  _URRn,
  0,
  [],
  []
];
var VerifySMSSandboxPhoneNumberInput$ = [
  3,
  n0,
  _VSMSSPNI,
  0,
  [_PN, _OTP],
  [[() => PhoneNumberString, 0], 0],
  2
];
var VerifySMSSandboxPhoneNumberResult$ = [
  3,
  n0,
  _VSMSSPNR,
  0,
  [],
  []
];
var __Unit = "unit";
var ActionsList = 64 | 0;
var BatchResultErrorEntryList = [
  1,
  n0,
  _BREEL,
  0,
  () => BatchResultErrorEntry$
];
var DelegatesList = 64 | 0;
var ListOfEndpoints = [
  1,
  n0,
  _LOE,
  0,
  () => Endpoint$
];
var ListOfPlatformApplications = [
  1,
  n0,
  _LOPA,
  0,
  () => PlatformApplication$
];
var ListString = 64 | 0;
var NumberCapabilityList = 64 | 0;
var PhoneNumberInformationList = [
  1,
  n0,
  _PNIL,
  0,
  [
    () => PhoneNumberInformation$,
    0
  ]
];
var PhoneNumberList = [
  1,
  n0,
  _PNL,
  0,
  [
    () => PhoneNumber,
    0
  ]
];
var PublishBatchRequestEntryList = [
  1,
  n0,
  _PBREL,
  0,
  [
    () => PublishBatchRequestEntry$,
    0
  ]
];
var PublishBatchResultEntryList = [
  1,
  n0,
  _PBRELu,
  0,
  () => PublishBatchResultEntry$
];
var SMSSandboxPhoneNumberList = [
  1,
  n0,
  _SMSSPNL,
  0,
  [
    () => SMSSandboxPhoneNumber$,
    0
  ]
];
var SubscriptionsList = [
  1,
  n0,
  _SL,
  0,
  () => Subscription$
];
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var TopicsList = [
  1,
  n0,
  _TLo,
  0,
  () => Topic$
];
var MapStringToString = 128 | 0;
var MessageAttributeMap = [
  2,
  n0,
  _MAM,
  0,
  [
    0,
    { [_xN]: _N }
  ],
  [
    () => MessageAttributeValue$,
    { [_xN]: _V }
  ]
];
var SubscriptionAttributesMap = 128 | 0;
var TopicAttributesMap = 128 | 0;
var AddPermission$ = [
  9,
  n0,
  _AP,
  0,
  () => AddPermissionInput$,
  () => __Unit
];
var CheckIfPhoneNumberIsOptedOut$ = [
  9,
  n0,
  _CIPNIOO,
  0,
  () => CheckIfPhoneNumberIsOptedOutInput$,
  () => CheckIfPhoneNumberIsOptedOutResponse$
];
var ConfirmSubscription$ = [
  9,
  n0,
  _CS,
  0,
  () => ConfirmSubscriptionInput$,
  () => ConfirmSubscriptionResponse$
];
var CreatePlatformApplication$ = [
  9,
  n0,
  _CPA,
  0,
  () => CreatePlatformApplicationInput$,
  () => CreatePlatformApplicationResponse$
];
var CreatePlatformEndpoint$ = [
  9,
  n0,
  _CPE,
  0,
  () => CreatePlatformEndpointInput$,
  () => CreateEndpointResponse$
];
var CreateSMSSandboxPhoneNumber$ = [
  9,
  n0,
  _CSMSSPN,
  0,
  () => CreateSMSSandboxPhoneNumberInput$,
  () => CreateSMSSandboxPhoneNumberResult$
];
var CreateTopic$ = [
  9,
  n0,
  _CT,
  0,
  () => CreateTopicInput$,
  () => CreateTopicResponse$
];
var DeleteEndpoint$ = [
  9,
  n0,
  _DE,
  0,
  () => DeleteEndpointInput$,
  () => __Unit
];
var DeletePlatformApplication$ = [
  9,
  n0,
  _DPA,
  0,
  () => DeletePlatformApplicationInput$,
  () => __Unit
];
var DeleteSMSSandboxPhoneNumber$ = [
  9,
  n0,
  _DSMSSPN,
  0,
  () => DeleteSMSSandboxPhoneNumberInput$,
  () => DeleteSMSSandboxPhoneNumberResult$
];
var DeleteTopic$ = [
  9,
  n0,
  _DTe,
  0,
  () => DeleteTopicInput$,
  () => __Unit
];
var GetDataProtectionPolicy$ = [
  9,
  n0,
  _GDPP,
  0,
  () => GetDataProtectionPolicyInput$,
  () => GetDataProtectionPolicyResponse$
];
var GetEndpointAttributes$ = [
  9,
  n0,
  _GEA,
  0,
  () => GetEndpointAttributesInput$,
  () => GetEndpointAttributesResponse$
];
var GetPlatformApplicationAttributes$ = [
  9,
  n0,
  _GPAA,
  0,
  () => GetPlatformApplicationAttributesInput$,
  () => GetPlatformApplicationAttributesResponse$
];
var GetSMSAttributes$ = [
  9,
  n0,
  _GSMSA,
  0,
  () => GetSMSAttributesInput$,
  () => GetSMSAttributesResponse$
];
var GetSMSSandboxAccountStatus$ = [
  9,
  n0,
  _GSMSSAS,
  0,
  () => GetSMSSandboxAccountStatusInput$,
  () => GetSMSSandboxAccountStatusResult$
];
var GetSubscriptionAttributes$ = [
  9,
  n0,
  _GSA,
  0,
  () => GetSubscriptionAttributesInput$,
  () => GetSubscriptionAttributesResponse$
];
var GetTopicAttributes$ = [
  9,
  n0,
  _GTA,
  0,
  () => GetTopicAttributesInput$,
  () => GetTopicAttributesResponse$
];
var ListEndpointsByPlatformApplication$ = [
  9,
  n0,
  _LEBPA,
  0,
  () => ListEndpointsByPlatformApplicationInput$,
  () => ListEndpointsByPlatformApplicationResponse$
];
var ListOriginationNumbers$ = [
  9,
  n0,
  _LON,
  0,
  () => ListOriginationNumbersRequest$,
  () => ListOriginationNumbersResult$
];
var ListPhoneNumbersOptedOut$ = [
  9,
  n0,
  _LPNOO,
  0,
  () => ListPhoneNumbersOptedOutInput$,
  () => ListPhoneNumbersOptedOutResponse$
];
var ListPlatformApplications$ = [
  9,
  n0,
  _LPA,
  0,
  () => ListPlatformApplicationsInput$,
  () => ListPlatformApplicationsResponse$
];
var ListSMSSandboxPhoneNumbers$ = [
  9,
  n0,
  _LSMSSPN,
  0,
  () => ListSMSSandboxPhoneNumbersInput$,
  () => ListSMSSandboxPhoneNumbersResult$
];
var ListSubscriptions$ = [
  9,
  n0,
  _LS,
  0,
  () => ListSubscriptionsInput$,
  () => ListSubscriptionsResponse$
];
var ListSubscriptionsByTopic$ = [
  9,
  n0,
  _LSBT,
  0,
  () => ListSubscriptionsByTopicInput$,
  () => ListSubscriptionsByTopicResponse$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  0,
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$
];
var ListTopics$ = [
  9,
  n0,
  _LT,
  0,
  () => ListTopicsInput$,
  () => ListTopicsResponse$
];
var OptInPhoneNumber$ = [
  9,
  n0,
  _OIPN,
  0,
  () => OptInPhoneNumberInput$,
  () => OptInPhoneNumberResponse$
];
var Publish$ = [
  9,
  n0,
  _Pu,
  0,
  () => PublishInput$,
  () => PublishResponse$
];
var PublishBatch$ = [
  9,
  n0,
  _PB,
  0,
  () => PublishBatchInput$,
  () => PublishBatchResponse$
];
var PutDataProtectionPolicy$ = [
  9,
  n0,
  _PDPP,
  0,
  () => PutDataProtectionPolicyInput$,
  () => __Unit
];
var RemovePermission$ = [
  9,
  n0,
  _RP,
  0,
  () => RemovePermissionInput$,
  () => __Unit
];
var SetEndpointAttributes$ = [
  9,
  n0,
  _SEA,
  0,
  () => SetEndpointAttributesInput$,
  () => __Unit
];
var SetPlatformApplicationAttributes$ = [
  9,
  n0,
  _SPAA,
  0,
  () => SetPlatformApplicationAttributesInput$,
  () => __Unit
];
var SetSMSAttributes$ = [
  9,
  n0,
  _SSMSA,
  0,
  () => SetSMSAttributesInput$,
  () => SetSMSAttributesResponse$
];
var SetSubscriptionAttributes$ = [
  9,
  n0,
  _SSA,
  0,
  () => SetSubscriptionAttributesInput$,
  () => __Unit
];
var SetTopicAttributes$ = [
  9,
  n0,
  _STA,
  0,
  () => SetTopicAttributesInput$,
  () => __Unit
];
var Subscribe$ = [
  9,
  n0,
  _Subsc,
  0,
  () => SubscribeInput$,
  () => SubscribeResponse$
];
var TagResource$ = [
  9,
  n0,
  _TR,
  0,
  () => TagResourceRequest$,
  () => TagResourceResponse$
];
var Unsubscribe$ = [
  9,
  n0,
  _U,
  0,
  () => UnsubscribeInput$,
  () => __Unit
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  0,
  () => UntagResourceRequest$,
  () => UntagResourceResponse$
];
var VerifySMSSandboxPhoneNumber$ = [
  9,
  n0,
  _VSMSSPN,
  0,
  () => VerifySMSSandboxPhoneNumberInput$,
  () => VerifySMSSandboxPhoneNumberResult$
];

// ../../node_modules/@aws-sdk/client-sns/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2010-03-31",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
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
      errorTypeRegistries,
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

// ../../node_modules/@aws-sdk/client-sns/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/SNSClient.js
var SNSClient = class extends Client {
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

// ../../node_modules/@aws-sdk/client-sns/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AmazonSimpleNotificationService", "SNSClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/AddPermissionCommand.js
var AddPermissionCommand = class extends command(_ep0, _mw0, "AddPermission", AddPermission$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/CheckIfPhoneNumberIsOptedOutCommand.js
var CheckIfPhoneNumberIsOptedOutCommand = class extends command(_ep0, _mw0, "CheckIfPhoneNumberIsOptedOut", CheckIfPhoneNumberIsOptedOut$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/ConfirmSubscriptionCommand.js
var ConfirmSubscriptionCommand = class extends command(_ep0, _mw0, "ConfirmSubscription", ConfirmSubscription$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/CreatePlatformApplicationCommand.js
var CreatePlatformApplicationCommand = class extends command(_ep0, _mw0, "CreatePlatformApplication", CreatePlatformApplication$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/CreatePlatformEndpointCommand.js
var CreatePlatformEndpointCommand = class extends command(_ep0, _mw0, "CreatePlatformEndpoint", CreatePlatformEndpoint$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/CreateSMSSandboxPhoneNumberCommand.js
var CreateSMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "CreateSMSSandboxPhoneNumber", CreateSMSSandboxPhoneNumber$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/CreateTopicCommand.js
var CreateTopicCommand = class extends command(_ep0, _mw0, "CreateTopic", CreateTopic$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/DeleteEndpointCommand.js
var DeleteEndpointCommand = class extends command(_ep0, _mw0, "DeleteEndpoint", DeleteEndpoint$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/DeletePlatformApplicationCommand.js
var DeletePlatformApplicationCommand = class extends command(_ep0, _mw0, "DeletePlatformApplication", DeletePlatformApplication$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/DeleteSMSSandboxPhoneNumberCommand.js
var DeleteSMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "DeleteSMSSandboxPhoneNumber", DeleteSMSSandboxPhoneNumber$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/DeleteTopicCommand.js
var DeleteTopicCommand = class extends command(_ep0, _mw0, "DeleteTopic", DeleteTopic$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/GetDataProtectionPolicyCommand.js
var GetDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "GetDataProtectionPolicy", GetDataProtectionPolicy$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/GetEndpointAttributesCommand.js
var GetEndpointAttributesCommand = class extends command(_ep0, _mw0, "GetEndpointAttributes", GetEndpointAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/GetPlatformApplicationAttributesCommand.js
var GetPlatformApplicationAttributesCommand = class extends command(_ep0, _mw0, "GetPlatformApplicationAttributes", GetPlatformApplicationAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/GetSMSAttributesCommand.js
var GetSMSAttributesCommand = class extends command(_ep0, _mw0, "GetSMSAttributes", GetSMSAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/GetSMSSandboxAccountStatusCommand.js
var GetSMSSandboxAccountStatusCommand = class extends command(_ep0, _mw0, "GetSMSSandboxAccountStatus", GetSMSSandboxAccountStatus$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/GetSubscriptionAttributesCommand.js
var GetSubscriptionAttributesCommand = class extends command(_ep0, _mw0, "GetSubscriptionAttributes", GetSubscriptionAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/GetTopicAttributesCommand.js
var GetTopicAttributesCommand = class extends command(_ep0, _mw0, "GetTopicAttributes", GetTopicAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/ListEndpointsByPlatformApplicationCommand.js
var ListEndpointsByPlatformApplicationCommand = class extends command(_ep0, _mw0, "ListEndpointsByPlatformApplication", ListEndpointsByPlatformApplication$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/ListOriginationNumbersCommand.js
var ListOriginationNumbersCommand = class extends command(_ep0, _mw0, "ListOriginationNumbers", ListOriginationNumbers$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/ListPhoneNumbersOptedOutCommand.js
var ListPhoneNumbersOptedOutCommand = class extends command(_ep0, _mw0, "ListPhoneNumbersOptedOut", ListPhoneNumbersOptedOut$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/ListPlatformApplicationsCommand.js
var ListPlatformApplicationsCommand = class extends command(_ep0, _mw0, "ListPlatformApplications", ListPlatformApplications$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/ListSMSSandboxPhoneNumbersCommand.js
var ListSMSSandboxPhoneNumbersCommand = class extends command(_ep0, _mw0, "ListSMSSandboxPhoneNumbers", ListSMSSandboxPhoneNumbers$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/ListSubscriptionsByTopicCommand.js
var ListSubscriptionsByTopicCommand = class extends command(_ep0, _mw0, "ListSubscriptionsByTopic", ListSubscriptionsByTopic$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/ListSubscriptionsCommand.js
var ListSubscriptionsCommand = class extends command(_ep0, _mw0, "ListSubscriptions", ListSubscriptions$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/ListTopicsCommand.js
var ListTopicsCommand = class extends command(_ep0, _mw0, "ListTopics", ListTopics$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/OptInPhoneNumberCommand.js
var OptInPhoneNumberCommand = class extends command(_ep0, _mw0, "OptInPhoneNumber", OptInPhoneNumber$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/PublishBatchCommand.js
var PublishBatchCommand = class extends command(_ep0, _mw0, "PublishBatch", PublishBatch$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/PublishCommand.js
var PublishCommand = class extends command(_ep0, _mw0, "Publish", Publish$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/PutDataProtectionPolicyCommand.js
var PutDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "PutDataProtectionPolicy", PutDataProtectionPolicy$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/RemovePermissionCommand.js
var RemovePermissionCommand = class extends command(_ep0, _mw0, "RemovePermission", RemovePermission$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/SetEndpointAttributesCommand.js
var SetEndpointAttributesCommand = class extends command(_ep0, _mw0, "SetEndpointAttributes", SetEndpointAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/SetPlatformApplicationAttributesCommand.js
var SetPlatformApplicationAttributesCommand = class extends command(_ep0, _mw0, "SetPlatformApplicationAttributes", SetPlatformApplicationAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/SetSMSAttributesCommand.js
var SetSMSAttributesCommand = class extends command(_ep0, _mw0, "SetSMSAttributes", SetSMSAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/SetSubscriptionAttributesCommand.js
var SetSubscriptionAttributesCommand = class extends command(_ep0, _mw0, "SetSubscriptionAttributes", SetSubscriptionAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/SetTopicAttributesCommand.js
var SetTopicAttributesCommand = class extends command(_ep0, _mw0, "SetTopicAttributes", SetTopicAttributes$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/SubscribeCommand.js
var SubscribeCommand = class extends command(_ep0, _mw0, "Subscribe", Subscribe$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/UnsubscribeCommand.js
var UnsubscribeCommand = class extends command(_ep0, _mw0, "Unsubscribe", Unsubscribe$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/commands/VerifySMSSandboxPhoneNumberCommand.js
var VerifySMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "VerifySMSSandboxPhoneNumber", VerifySMSSandboxPhoneNumber$) {
};

// ../../node_modules/@aws-sdk/client-sns/dist-es/pagination/ListEndpointsByPlatformApplicationPaginator.js
var paginateListEndpointsByPlatformApplication = createPaginator(SNSClient, ListEndpointsByPlatformApplicationCommand, "NextToken", "NextToken", "");

// ../../node_modules/@aws-sdk/client-sns/dist-es/pagination/ListOriginationNumbersPaginator.js
var paginateListOriginationNumbers = createPaginator(SNSClient, ListOriginationNumbersCommand, "NextToken", "NextToken", "MaxResults");

// ../../node_modules/@aws-sdk/client-sns/dist-es/pagination/ListPhoneNumbersOptedOutPaginator.js
var paginateListPhoneNumbersOptedOut = createPaginator(SNSClient, ListPhoneNumbersOptedOutCommand, "nextToken", "nextToken", "");

// ../../node_modules/@aws-sdk/client-sns/dist-es/pagination/ListPlatformApplicationsPaginator.js
var paginateListPlatformApplications = createPaginator(SNSClient, ListPlatformApplicationsCommand, "NextToken", "NextToken", "");

// ../../node_modules/@aws-sdk/client-sns/dist-es/pagination/ListSMSSandboxPhoneNumbersPaginator.js
var paginateListSMSSandboxPhoneNumbers = createPaginator(SNSClient, ListSMSSandboxPhoneNumbersCommand, "NextToken", "NextToken", "MaxResults");

// ../../node_modules/@aws-sdk/client-sns/dist-es/pagination/ListSubscriptionsByTopicPaginator.js
var paginateListSubscriptionsByTopic = createPaginator(SNSClient, ListSubscriptionsByTopicCommand, "NextToken", "NextToken", "");

// ../../node_modules/@aws-sdk/client-sns/dist-es/pagination/ListSubscriptionsPaginator.js
var paginateListSubscriptions = createPaginator(SNSClient, ListSubscriptionsCommand, "NextToken", "NextToken", "");

// ../../node_modules/@aws-sdk/client-sns/dist-es/pagination/ListTopicsPaginator.js
var paginateListTopics = createPaginator(SNSClient, ListTopicsCommand, "NextToken", "NextToken", "");

// ../../node_modules/@aws-sdk/client-sns/dist-es/SNS.js
var commands = {
  AddPermissionCommand,
  CheckIfPhoneNumberIsOptedOutCommand,
  ConfirmSubscriptionCommand,
  CreatePlatformApplicationCommand,
  CreatePlatformEndpointCommand,
  CreateSMSSandboxPhoneNumberCommand,
  CreateTopicCommand,
  DeleteEndpointCommand,
  DeletePlatformApplicationCommand,
  DeleteSMSSandboxPhoneNumberCommand,
  DeleteTopicCommand,
  GetDataProtectionPolicyCommand,
  GetEndpointAttributesCommand,
  GetPlatformApplicationAttributesCommand,
  GetSMSAttributesCommand,
  GetSMSSandboxAccountStatusCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListEndpointsByPlatformApplicationCommand,
  ListOriginationNumbersCommand,
  ListPhoneNumbersOptedOutCommand,
  ListPlatformApplicationsCommand,
  ListSMSSandboxPhoneNumbersCommand,
  ListSubscriptionsCommand,
  ListSubscriptionsByTopicCommand,
  ListTagsForResourceCommand,
  ListTopicsCommand,
  OptInPhoneNumberCommand,
  PublishCommand,
  PublishBatchCommand,
  PutDataProtectionPolicyCommand,
  RemovePermissionCommand,
  SetEndpointAttributesCommand,
  SetPlatformApplicationAttributesCommand,
  SetSMSAttributesCommand,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SubscribeCommand,
  TagResourceCommand,
  UnsubscribeCommand,
  UntagResourceCommand,
  VerifySMSSandboxPhoneNumberCommand
};
var paginators = {
  paginateListEndpointsByPlatformApplication,
  paginateListOriginationNumbers,
  paginateListPhoneNumbersOptedOut,
  paginateListPlatformApplications,
  paginateListSMSSandboxPhoneNumbers,
  paginateListSubscriptions,
  paginateListSubscriptionsByTopic,
  paginateListTopics
};
var SNS = class extends SNSClient {
};
createAggregatedClient(commands, SNS, { paginators });

// ../../node_modules/@aws-sdk/client-sns/dist-es/models/enums.js
var LanguageCodeString = {
  de_DE: "de-DE",
  en_GB: "en-GB",
  en_US: "en-US",
  es_419: "es-419",
  es_ES: "es-ES",
  fr_CA: "fr-CA",
  fr_FR: "fr-FR",
  it_IT: "it-IT",
  jp_JP: "ja-JP",
  kr_KR: "kr-KR",
  pt_BR: "pt-BR",
  zh_CN: "zh-CN",
  zh_TW: "zh-TW"
};
var NumberCapability = {
  MMS: "MMS",
  SMS: "SMS",
  VOICE: "VOICE"
};
var RouteType = {
  Premium: "Premium",
  Promotional: "Promotional",
  Transactional: "Transactional"
};
var SMSSandboxPhoneNumberVerificationStatus = {
  Pending: "Pending",
  Verified: "Verified"
};

export {
  SNSServiceException,
  AuthorizationErrorException,
  InternalErrorException,
  InvalidParameterException,
  NotFoundException,
  ThrottledException,
  FilterPolicyLimitExceededException,
  ReplayLimitExceededException,
  SubscriptionLimitExceededException,
  OptedOutException,
  UserErrorException,
  ConcurrentAccessException,
  InvalidSecurityException,
  StaleTagException,
  TagLimitExceededException,
  TagPolicyException,
  TopicLimitExceededException,
  ResourceNotFoundException,
  InvalidStateException,
  ValidationException,
  EndpointDisabledException,
  InvalidParameterValueException,
  KMSAccessDeniedException,
  KMSDisabledException,
  KMSInvalidStateException,
  KMSNotFoundException,
  KMSOptInRequired,
  KMSThrottlingException,
  PlatformApplicationDisabledException,
  BatchEntryIdsNotDistinctException,
  BatchRequestTooLongException,
  EmptyBatchRequestException,
  InvalidBatchEntryIdException,
  TooManyEntriesInBatchRequestException,
  VerificationException,
  SNSServiceException$,
  AuthorizationErrorException$,
  BatchEntryIdsNotDistinctException$,
  BatchRequestTooLongException$,
  ConcurrentAccessException$,
  EmptyBatchRequestException$,
  EndpointDisabledException$,
  FilterPolicyLimitExceededException$,
  InternalErrorException$,
  InvalidBatchEntryIdException$,
  InvalidParameterException$,
  InvalidParameterValueException$,
  InvalidSecurityException$,
  InvalidStateException$,
  KMSAccessDeniedException$,
  KMSDisabledException$,
  KMSInvalidStateException$,
  KMSNotFoundException$,
  KMSOptInRequired$,
  KMSThrottlingException$,
  NotFoundException$,
  OptedOutException$,
  PlatformApplicationDisabledException$,
  ReplayLimitExceededException$,
  ResourceNotFoundException$,
  StaleTagException$,
  SubscriptionLimitExceededException$,
  TagLimitExceededException$,
  TagPolicyException$,
  ThrottledException$,
  TooManyEntriesInBatchRequestException$,
  TopicLimitExceededException$,
  UserErrorException$,
  ValidationException$,
  VerificationException$,
  errorTypeRegistries,
  AddPermissionInput$,
  BatchResultErrorEntry$,
  CheckIfPhoneNumberIsOptedOutInput$,
  CheckIfPhoneNumberIsOptedOutResponse$,
  ConfirmSubscriptionInput$,
  ConfirmSubscriptionResponse$,
  CreateEndpointResponse$,
  CreatePlatformApplicationInput$,
  CreatePlatformApplicationResponse$,
  CreatePlatformEndpointInput$,
  CreateSMSSandboxPhoneNumberInput$,
  CreateSMSSandboxPhoneNumberResult$,
  CreateTopicInput$,
  CreateTopicResponse$,
  DeleteEndpointInput$,
  DeletePlatformApplicationInput$,
  DeleteSMSSandboxPhoneNumberInput$,
  DeleteSMSSandboxPhoneNumberResult$,
  DeleteTopicInput$,
  Endpoint$,
  GetDataProtectionPolicyInput$,
  GetDataProtectionPolicyResponse$,
  GetEndpointAttributesInput$,
  GetEndpointAttributesResponse$,
  GetPlatformApplicationAttributesInput$,
  GetPlatformApplicationAttributesResponse$,
  GetSMSAttributesInput$,
  GetSMSAttributesResponse$,
  GetSMSSandboxAccountStatusInput$,
  GetSMSSandboxAccountStatusResult$,
  GetSubscriptionAttributesInput$,
  GetSubscriptionAttributesResponse$,
  GetTopicAttributesInput$,
  GetTopicAttributesResponse$,
  ListEndpointsByPlatformApplicationInput$,
  ListEndpointsByPlatformApplicationResponse$,
  ListOriginationNumbersRequest$,
  ListOriginationNumbersResult$,
  ListPhoneNumbersOptedOutInput$,
  ListPhoneNumbersOptedOutResponse$,
  ListPlatformApplicationsInput$,
  ListPlatformApplicationsResponse$,
  ListSMSSandboxPhoneNumbersInput$,
  ListSMSSandboxPhoneNumbersResult$,
  ListSubscriptionsByTopicInput$,
  ListSubscriptionsByTopicResponse$,
  ListSubscriptionsInput$,
  ListSubscriptionsResponse$,
  ListTagsForResourceRequest$,
  ListTagsForResourceResponse$,
  ListTopicsInput$,
  ListTopicsResponse$,
  MessageAttributeValue$,
  OptInPhoneNumberInput$,
  OptInPhoneNumberResponse$,
  PhoneNumberInformation$,
  PlatformApplication$,
  PublishBatchInput$,
  PublishBatchRequestEntry$,
  PublishBatchResponse$,
  PublishBatchResultEntry$,
  PublishInput$,
  PublishResponse$,
  PutDataProtectionPolicyInput$,
  RemovePermissionInput$,
  SetEndpointAttributesInput$,
  SetPlatformApplicationAttributesInput$,
  SetSMSAttributesInput$,
  SetSMSAttributesResponse$,
  SetSubscriptionAttributesInput$,
  SetTopicAttributesInput$,
  SMSSandboxPhoneNumber$,
  SubscribeInput$,
  SubscribeResponse$,
  Subscription$,
  Tag$,
  TagResourceRequest$,
  TagResourceResponse$,
  Topic$,
  UnsubscribeInput$,
  UntagResourceRequest$,
  UntagResourceResponse$,
  VerifySMSSandboxPhoneNumberInput$,
  VerifySMSSandboxPhoneNumberResult$,
  AddPermission$,
  CheckIfPhoneNumberIsOptedOut$,
  ConfirmSubscription$,
  CreatePlatformApplication$,
  CreatePlatformEndpoint$,
  CreateSMSSandboxPhoneNumber$,
  CreateTopic$,
  DeleteEndpoint$,
  DeletePlatformApplication$,
  DeleteSMSSandboxPhoneNumber$,
  DeleteTopic$,
  GetDataProtectionPolicy$,
  GetEndpointAttributes$,
  GetPlatformApplicationAttributes$,
  GetSMSAttributes$,
  GetSMSSandboxAccountStatus$,
  GetSubscriptionAttributes$,
  GetTopicAttributes$,
  ListEndpointsByPlatformApplication$,
  ListOriginationNumbers$,
  ListPhoneNumbersOptedOut$,
  ListPlatformApplications$,
  ListSMSSandboxPhoneNumbers$,
  ListSubscriptions$,
  ListSubscriptionsByTopic$,
  ListTagsForResource$,
  ListTopics$,
  OptInPhoneNumber$,
  Publish$,
  PublishBatch$,
  PutDataProtectionPolicy$,
  RemovePermission$,
  SetEndpointAttributes$,
  SetPlatformApplicationAttributes$,
  SetSMSAttributes$,
  SetSubscriptionAttributes$,
  SetTopicAttributes$,
  Subscribe$,
  TagResource$,
  Unsubscribe$,
  UntagResource$,
  VerifySMSSandboxPhoneNumber$,
  SNSClient,
  AddPermissionCommand,
  CheckIfPhoneNumberIsOptedOutCommand,
  ConfirmSubscriptionCommand,
  CreatePlatformApplicationCommand,
  CreatePlatformEndpointCommand,
  CreateSMSSandboxPhoneNumberCommand,
  CreateTopicCommand,
  DeleteEndpointCommand,
  DeletePlatformApplicationCommand,
  DeleteSMSSandboxPhoneNumberCommand,
  DeleteTopicCommand,
  GetDataProtectionPolicyCommand,
  GetEndpointAttributesCommand,
  GetPlatformApplicationAttributesCommand,
  GetSMSAttributesCommand,
  GetSMSSandboxAccountStatusCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListEndpointsByPlatformApplicationCommand,
  ListOriginationNumbersCommand,
  ListPhoneNumbersOptedOutCommand,
  ListPlatformApplicationsCommand,
  ListSMSSandboxPhoneNumbersCommand,
  ListSubscriptionsByTopicCommand,
  ListSubscriptionsCommand,
  ListTagsForResourceCommand,
  ListTopicsCommand,
  OptInPhoneNumberCommand,
  PublishBatchCommand,
  PublishCommand,
  PutDataProtectionPolicyCommand,
  RemovePermissionCommand,
  SetEndpointAttributesCommand,
  SetPlatformApplicationAttributesCommand,
  SetSMSAttributesCommand,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SubscribeCommand,
  TagResourceCommand,
  UnsubscribeCommand,
  UntagResourceCommand,
  VerifySMSSandboxPhoneNumberCommand,
  paginateListEndpointsByPlatformApplication,
  paginateListOriginationNumbers,
  paginateListPhoneNumbersOptedOut,
  paginateListPlatformApplications,
  paginateListSMSSandboxPhoneNumbers,
  paginateListSubscriptionsByTopic,
  paginateListSubscriptions,
  paginateListTopics,
  SNS,
  LanguageCodeString,
  NumberCapability,
  RouteType,
  SMSSandboxPhoneNumberVerificationStatus
};
//# sourceMappingURL=chunk-7AD26AX5.js.map
