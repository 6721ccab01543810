import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-VSEYQAEP.js";
import {
  SignatureV4MultiRegion
} from "./chunk-E3UHNKBD.js";
import {
  AwsSdkSigV4ASigner,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  NODE_SIGV4A_CONFIG_OPTIONS,
  resolveAwsSdkSigV4AConfig,
  resolveAwsSdkSigV4Config
} from "./chunk-LXQWPYFG.js";
import {
  AwsJson1_1Protocol
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
  resolveEndpointConfig,
  resolveParams
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

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/endpoint/bdd.js
var o = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "stringEquals";
var g = "getAttr";
var h = { [o]: "Endpoint" };
var i = { [o]: "EndpointId" };
var j = { [o]: d };
var k = { [o]: "Region" };
var l = {};
var m = { "authSchemes": [{ "name": "sigv4a", "signingName": "events", "signingRegionSet": ["*"] }] };
var n = [k];
var _data = {
  conditions: [
    [c, n],
    [c, [h]],
    [c, [i]],
    ["aws.partition", n, d],
    [e, [{ [o]: "UseFIPS" }, b]],
    [e, [{ [o]: "UseDualStack" }, b]],
    [f, [{ fn: g, argv: [j, "name"] }, "aws-us-gov"]],
    ["isValidHostLabel", [i, b]],
    [e, [{ fn: g, argv: [j, "supportsFIPS"] }, b]],
    [e, [{ fn: g, argv: [j, "supportsDualStack"] }, b]],
    [f, [k, "us-gov-east-1"]],
    [f, [k, "us-gov-west-1"]]
  ],
  results: [
    [a],
    ["https://events.{Region}.{PartitionResult#dualStackDnsSuffix}", l],
    [h, m],
    ["https://{EndpointId}.endpoint.events.{PartitionResult#dualStackDnsSuffix}", m],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://{EndpointId}.endpoint.events.{PartitionResult#dnsSuffix}", m],
    [a, "Invalid Configuration: FIPS is not supported with EventBridge multi-region endpoints."],
    [a, "EndpointId must be a valid host label."],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, l],
    ["https://events-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", l],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://events.us-gov-east-1.amazonaws.com", l],
    ["https://events.us-gov-west-1.amazonaws.com", l],
    ["https://events-fips.{Region}.{PartitionResult#dnsSuffix}", l],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://events.{Region}.{PartitionResult#dnsSuffix}", l],
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
  4,
  3,
  1,
  27,
  r + 18,
  1,
  25,
  5,
  2,
  17,
  6,
  3,
  7,
  r + 18,
  4,
  10,
  8,
  5,
  9,
  r + 17,
  9,
  r + 1,
  r + 4,
  5,
  14,
  11,
  8,
  12,
  r + 16,
  10,
  r + 13,
  13,
  11,
  r + 14,
  r + 15,
  6,
  r + 1,
  15,
  8,
  16,
  r + 12,
  9,
  r + 11,
  r + 12,
  3,
  18,
  r + 18,
  4,
  23,
  19,
  5,
  21,
  20,
  7,
  r + 5,
  r + 7,
  7,
  22,
  r + 7,
  9,
  r + 3,
  r + 4,
  5,
  24,
  31,
  6,
  r + 1,
  31,
  2,
  26,
  27,
  3,
  29,
  27,
  4,
  r + 8,
  28,
  5,
  r + 9,
  r + 10,
  4,
  31,
  30,
  7,
  r + 2,
  r + 7,
  7,
  r + 6,
  r + 7
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "EndpointId", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
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
function createAwsAuthSigv4HttpAuthOption(authParameters) {
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
var createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver2, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
  const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
    const endpoint = defaultEndpointResolver2(authParameters);
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
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
    }
  }
  return options;
};
var defaultEventBridgeHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultEventBridgeHttpAuthSchemeProvider, {
  "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
  "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption
});
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  const config_1 = resolveAwsSdkSigV4AConfig(config_0);
  return Object.assign(config_1, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "events"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// ../../node_modules/@aws-sdk/client-eventbridge/package.json
var package_default = {
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
var AccessDeniedException = class _AccessDeniedException extends EventBridgeServiceException {
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
var ResourceNotFoundException = class _ResourceNotFoundException extends EventBridgeServiceException {
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
var LimitExceededException = class _LimitExceededException extends EventBridgeServiceException {
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
var ResourceAlreadyExistsException = class _ResourceAlreadyExistsException extends EventBridgeServiceException {
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
var ThrottlingException = class _ThrottlingException extends EventBridgeServiceException {
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
var _A = "Archive";
var _AA = "ArchiveArn";
var _AD = "ApiDestination";
var _ADA = "ApiDestinationArn";
var _ADE = "AccessDeniedException";
var _ADRL = "ApiDestinationResponseList";
var _ADS = "ApiDestinationState";
var _ADp = "ApiDestinations";
var _AE = "AuthorizationEndpoint";
var _AES = "ActivateEventSource";
var _AESR = "ActivateEventSourceRequest";
var _AHPS = "AuthHeaderParametersSensitive";
var _AKAP = "ApiKeyAuthParameters";
var _AKN = "ApiKeyName";
var _AKV = "ApiKeyValue";
var _AN = "ArchiveName";
var _AP = "ArrayProperties";
var _API = "AssignPublicIp";
var _APu = "AuthParameters";
var _ARL = "ArchiveResponseList";
var _ASP = "AppSyncParameters";
var _AT = "AuthorizationType";
var _AVC = "AwsVpcConfiguration";
var _Ac = "Account";
var _Act = "Action";
var _Ar = "Arn";
var _Arc = "Archives";
var _At = "Attempts";
var _BAP = "BatchArrayProperties";
var _BAPa = "BasicAuthParameters";
var _BP = "BatchParameters";
var _BPo = "BodyParameters";
var _BRS = "BatchRetryStrategy";
var _C = "Condition";
var _CA = "ConnectionArn";
var _CAD = "CreateApiDestination";
var _CADR = "CreateApiDestinationRequest";
var _CADRr = "CreateApiDestinationResponse";
var _CAKARP = "ConnectionApiKeyAuthResponseParameters";
var _CAR = "CreateArchiveRequest";
var _CARP = "ConnectionAuthResponseParameters";
var _CARr = "CreateArchiveResponse";
var _CAr = "CreateArchive";
var _CB = "CreatedBy";
var _CBARP = "ConnectionBasicAuthResponseParameters";
var _CBP = "ConnectionBodyParameter";
var _CBPL = "ConnectionBodyParametersList";
var _CC = "CreateConnection";
var _CCAKARP = "CreateConnectionApiKeyAuthRequestParameters";
var _CCARP = "CreateConnectionAuthRequestParameters";
var _CCBARP = "CreateConnectionBasicAuthRequestParameters";
var _CCOACRP = "CreateConnectionOAuthClientRequestParameters";
var _CCOARP = "CreateConnectionOAuthRequestParameters";
var _CCR = "CreateConnectionRequest";
var _CCRr = "CreateConnectionResponse";
var _CE = "CreateEndpoint";
var _CEB = "CreateEventBus";
var _CEBR = "CreateEventBusRequest";
var _CEBRr = "CreateEventBusResponse";
var _CER = "CreateEndpointRequest";
var _CERr = "CreateEndpointResponse";
var _CHP = "ConnectionHeaderParameter";
var _CHPL = "ConnectionHeaderParametersList";
var _CHPo = "ConnectionHttpParameters";
var _CID = "ClientID";
var _CME = "ConcurrentModificationException";
var _COACRP = "ConnectionOAuthClientResponseParameters";
var _COARP = "ConnectionOAuthResponseParameters";
var _CP = "ConnectivityParameters";
var _CPES = "CreatePartnerEventSource";
var _CPESR = "CreatePartnerEventSourceRequest";
var _CPESRr = "CreatePartnerEventSourceResponse";
var _CPS = "CapacityProviderStrategy";
var _CPSI = "CapacityProviderStrategyItem";
var _CPl = "ClientParameters";
var _CQSP = "ConnectionQueryStringParameter";
var _CQSPL = "ConnectionQueryStringParametersList";
var _CR = "CancelReplay";
var _CRCA = "ConnectivityResourceConfigurationArn";
var _CRL = "ConnectionResponseList";
var _CRP = "ConnectivityResourceParameters";
var _CRR = "CancelReplayRequest";
var _CRRa = "CancelReplayResponse";
var _CS = "ConnectionState";
var _CSl = "ClientSecret";
var _CT = "CreationTime";
var _Co = "Connection";
var _Con = "Connections";
var _D = "Description";
var _DA = "DeleteArchive";
var _DAD = "DeleteApiDestination";
var _DADR = "DeleteApiDestinationRequest";
var _DADRe = "DeleteApiDestinationResponse";
var _DADRes = "DescribeApiDestinationRequest";
var _DADResc = "DescribeApiDestinationResponse";
var _DADe = "DescribeApiDestination";
var _DAR = "DeleteArchiveRequest";
var _DARe = "DeleteArchiveResponse";
var _DARes = "DescribeArchiveRequest";
var _DAResc = "DescribeArchiveResponse";
var _DAe = "DescribeArchive";
var _DC = "DeauthorizeConnection";
var _DCCP = "DescribeConnectionConnectivityParameters";
var _DCR = "DeauthorizeConnectionRequest";
var _DCRP = "DescribeConnectionResourceParameters";
var _DCRe = "DeauthorizeConnectionResponse";
var _DCRel = "DeleteConnectionRequest";
var _DCRele = "DeleteConnectionResponse";
var _DCRes = "DescribeConnectionRequest";
var _DCResc = "DescribeConnectionResponse";
var _DCe = "DeleteConnection";
var _DCes = "DescribeConnection";
var _DE = "DeleteEndpoint";
var _DEB = "DeleteEventBus";
var _DEBR = "DeleteEventBusRequest";
var _DEBRe = "DescribeEventBusRequest";
var _DEBRes = "DescribeEventBusResponse";
var _DEBe = "DescribeEventBus";
var _DER = "DeleteEndpointRequest";
var _DERe = "DeleteEndpointResponse";
var _DERes = "DescribeEndpointRequest";
var _DEResc = "DescribeEndpointResponse";
var _DES = "DeactivateEventSource";
var _DESR = "DeactivateEventSourceRequest";
var _DESRe = "DescribeEventSourceRequest";
var _DESRes = "DescribeEventSourceResponse";
var _DESe = "DescribeEventSource";
var _DEe = "DescribeEndpoint";
var _DLC = "DeadLetterConfig";
var _DPES = "DeletePartnerEventSource";
var _DPESR = "DeletePartnerEventSourceRequest";
var _DPESRe = "DescribePartnerEventSourceRequest";
var _DPESRes = "DescribePartnerEventSourceResponse";
var _DPESe = "DescribePartnerEventSource";
var _DR = "DeleteRule";
var _DRR = "DeleteRuleRequest";
var _DRRe = "DescribeReplayRequest";
var _DRRes = "DescribeReplayResponse";
var _DRResc = "DescribeRuleRequest";
var _DRRescr = "DescribeRuleResponse";
var _DRRi = "DisableRuleRequest";
var _DRe = "DescribeReplay";
var _DRes = "DescribeRule";
var _DRi = "DisableRule";
var _DT = "DetailType";
var _DU = "DbUser";
var _Da = "Database";
var _De = "Destination";
var _Det = "Detail";
var _E = "Endpoint";
var _EB = "EventBuses";
var _EBA = "EventBusArn";
var _EBL = "EventBusList";
var _EBN = "EventBusName";
var _EBv = "EventBus";
var _EC = "EventCount";
var _ECr = "ErrorCode";
var _EEB = "EndpointEventBus";
var _EEBL = "EndpointEventBusList";
var _EEC = "EnableExecuteCommand";
var _EECSMT = "EnableECSManagedTags";
var _EET = "EventEndTime";
var _EI = "EndpointId";
var _EIv = "EventId";
var _EL = "EndpointList";
var _ELRT = "EventLastReplayedTime";
var _EM = "ErrorMessage";
var _EP = "EventPattern";
var _EPc = "EcsParameters";
var _ER = "EnableRule";
var _ERR = "EnableRuleRequest";
var _ES = "EventSource";
var _ESA = "EventSourceArn";
var _ESL = "EventSourceList";
var _ESN = "EventSourceName";
var _EST = "EventStartTime";
var _ESv = "EventSources";
var _ET = "ExpirationTime";
var _EU = "EndpointUrl";
var _En = "Endpoints";
var _Ent = "Entries";
var _Ev = "Event";
var _F = "Force";
var _FA = "FilterArns";
var _FC = "FailoverConfig";
var _FE = "FailedEntries";
var _FEC = "FailedEntryCount";
var _G = "Group";
var _GQLO = "GraphQLOperation";
var _HC = "HealthCheck";
var _HM = "HttpMethod";
var _HP = "HeaderParameters";
var _HPt = "HttpParameters";
var _HR = "HomeRegion";
var _HVS = "HeaderValueSensitive";
var _I = "Ids";
var _ICP = "InvocationConnectivityParameters";
var _ID = "IncludeDetail";
var _IE = "InternalException";
var _IEPE = "InvalidEventPatternException";
var _IEn = "InvocationEndpoint";
var _IHP = "InvocationHttpParameters";
var _IP = "InputPath";
var _IPM = "InputPathsMap";
var _IRLPS = "InvocationRateLimitPerSecond";
var _ISE = "IllegalStatusException";
var _ISEn = "InvalidStateException";
var _IT = "InputTransformer";
var _ITn = "InputTemplate";
var _IVS = "IsValueSecret";
var _Id = "Id";
var _In = "Input";
var _JD = "JobDefinition";
var _JN = "JobName";
var _K = "Key";
var _KKI = "KmsKeyIdentifier";
var _KP = "KinesisParameters";
var _L = "Limit";
var _LA = "ListArchives";
var _LAD = "ListApiDestinations";
var _LADR = "ListApiDestinationsRequest";
var _LADRi = "ListApiDestinationsResponse";
var _LAR = "ListArchivesRequest";
var _LARi = "ListArchivesResponse";
var _LAT = "LastAuthorizedTime";
var _LC = "LogConfig";
var _LCR = "ListConnectionsRequest";
var _LCRi = "ListConnectionsResponse";
var _LCi = "ListConnections";
var _LE = "ListEndpoints";
var _LEB = "ListEventBuses";
var _LEBR = "ListEventBusesRequest";
var _LEBRi = "ListEventBusesResponse";
var _LEE = "LimitExceededException";
var _LER = "ListEndpointsRequest";
var _LERi = "ListEndpointsResponse";
var _LES = "ListEventSources";
var _LESR = "ListEventSourcesRequest";
var _LESRi = "ListEventSourcesResponse";
var _LMT = "LastModifiedTime";
var _LPES = "ListPartnerEventSources";
var _LPESA = "ListPartnerEventSourceAccounts";
var _LPESAR = "ListPartnerEventSourceAccountsRequest";
var _LPESARi = "ListPartnerEventSourceAccountsResponse";
var _LPESR = "ListPartnerEventSourcesRequest";
var _LPESRi = "ListPartnerEventSourcesResponse";
var _LR = "ListReplays";
var _LRNBT = "ListRuleNamesByTarget";
var _LRNBTR = "ListRuleNamesByTargetRequest";
var _LRNBTRi = "ListRuleNamesByTargetResponse";
var _LRR = "ListReplaysRequest";
var _LRRi = "ListReplaysResponse";
var _LRRis = "ListRulesRequest";
var _LRRist = "ListRulesResponse";
var _LRi = "ListRules";
var _LT = "LaunchType";
var _LTBR = "ListTargetsByRule";
var _LTBRR = "ListTargetsByRuleRequest";
var _LTBRRi = "ListTargetsByRuleResponse";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResponse";
var _Le = "Level";
var _MB = "ManagedBy";
var _MEAIS = "MaximumEventAgeInSeconds";
var _MGI = "MessageGroupId";
var _MR = "MaxResults";
var _MRA = "MaximumRetryAttempts";
var _MRE = "ManagedRuleException";
var _N = "Name";
var _NC = "NetworkConfiguration";
var _NP = "NamePrefix";
var _NT = "NextToken";
var _OAHP = "OAuthHttpParameters";
var _OAP = "OAuthParameters";
var _ODE = "OperationDisabledException";
var _P = "Password";
var _PC = "PlacementConstraints";
var _PCl = "PlacementConstraint";
var _PE = "PutEvents";
var _PER = "PutEventsRequest";
var _PERE = "PutEventsRequestEntry";
var _PEREL = "PutEventsRequestEntryList";
var _PERELu = "PutEventsResultEntryList";
var _PEREu = "PutEventsResultEntry";
var _PERu = "PutEventsResponse";
var _PES = "PartnerEventSources";
var _PESA = "PartnerEventSourceAccounts";
var _PESAL = "PartnerEventSourceAccountList";
var _PESAa = "PartnerEventSourceAccount";
var _PESL = "PartnerEventSourceList";
var _PESa = "PartnerEventSource";
var _PKP = "PartitionKeyPath";
var _PLEE = "PolicyLengthExceededException";
var _PP = "PutPermission";
var _PPE = "PutPartnerEvents";
var _PPER = "PutPartnerEventsRequest";
var _PPERE = "PutPartnerEventsRequestEntry";
var _PPEREL = "PutPartnerEventsRequestEntryList";
var _PPERELu = "PutPartnerEventsResultEntryList";
var _PPEREu = "PutPartnerEventsResultEntry";
var _PPERu = "PutPartnerEventsResponse";
var _PPL = "PipelineParameterList";
var _PPR = "PutPermissionRequest";
var _PPV = "PathParameterValues";
var _PR = "PutRule";
var _PRR = "PutRuleRequest";
var _PRRu = "PutRuleResponse";
var _PS = "PlacementStrategy";
var _PSl = "PlacementStrategies";
var _PT = "PropagateTags";
var _PTR = "PutTargetsRequest";
var _PTRE = "PutTargetsResultEntry";
var _PTREL = "PutTargetsResultEntryList";
var _PTRu = "PutTargetsResponse";
var _PTu = "PutTargets";
var _PV = "PlatformVersion";
var _Po = "Policy";
var _Pr = "Primary";
var _Pri = "Principal";
var _QSP = "QueryStringParameters";
var _QSVS = "QueryStringValueSensitive";
var _R = "Replays";
var _RA = "ReplayArn";
var _RAA = "ResourceAssociationArn";
var _RAEE = "ResourceAlreadyExistsException";
var _RAP = "RemoveAllPermissions";
var _RARN = "ResourceARN";
var _RAo = "RoleArn";
var _RAu = "RuleArn";
var _RC = "RoutingConfig";
var _RCA = "ResourceConfigurationArn";
var _RCP = "RunCommandParameters";
var _RCT = "RunCommandTargets";
var _RCTu = "RunCommandTarget";
var _RCe = "ReplicationConfig";
var _RD = "RetentionDays";
var _RDP = "RedshiftDataParameters";
var _RDe = "ReplayDestination";
var _RET = "ReplayEndTime";
var _RI = "ReferenceId";
var _RL = "ReplayList";
var _RN = "ReplayName";
var _RNFE = "ResourceNotFoundException";
var _RNu = "RuleNames";
var _RP = "ResourceParameters";
var _RPR = "RemovePermissionRequest";
var _RPe = "RetryPolicy";
var _RPem = "RemovePermission";
var _RRL = "RuleResponseList";
var _RS = "RetryStrategy";
var _RST = "ReplayStartTime";
var _RT = "RemoveTargets";
var _RTR = "RemoveTargetsRequest";
var _RTRE = "RemoveTargetsResultEntry";
var _RTREL = "RemoveTargetsResultEntryList";
var _RTRe = "RemoveTargetsResponse";
var _Re = "Resources";
var _Rep = "Replay";
var _Res = "Result";
var _Ro = "Route";
var _Ru = "Rules";
var _Rul = "Rule";
var _S = "Sql";
var _SA = "SecretArn";
var _SB = "SizeBytes";
var _SE = "ScheduleExpression";
var _SG = "SecurityGroups";
var _SI = "StatementId";
var _SMA = "SecretManagerArn";
var _SMPP = "SageMakerPipelineParameter";
var _SMPPL = "SageMakerPipelineParameterList";
var _SMPPa = "SageMakerPipelineParameters";
var _SN = "StatementName";
var _SP = "SqsParameters";
var _SR = "StateReason";
var _SRR = "StartReplayRequest";
var _SRRt = "StartReplayResponse";
var _SRt = "StartReplay";
var _SS = "SensitiveString";
var _Se = "Secondary";
var _Si = "Size";
var _So = "Source";
var _Sq = "Sqls";
var _St = "State";
var _Su = "Subnets";
var _T = "Type";
var _TA = "TargetArn";
var _TC = "TaskCount";
var _TDA = "TaskDefinitionArn";
var _TE = "ThrottlingException";
var _TEP = "TestEventPattern";
var _TEPR = "TestEventPatternRequest";
var _TEPRe = "TestEventPatternResponse";
var _TH = "TraceHeader";
var _TI = "TargetId";
var _TK = "TagKeys";
var _TL = "TagList";
var _TLa = "TargetList";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _Ta = "Tags";
var _Tag = "Tag";
var _Tar = "Targets";
var _Targ = "Target";
var _Ti = "Time";
var _U = "Username";
var _UA = "UpdateArchive";
var _UAD = "UpdateApiDestination";
var _UADR = "UpdateApiDestinationRequest";
var _UADRp = "UpdateApiDestinationResponse";
var _UAR = "UpdateArchiveRequest";
var _UARp = "UpdateArchiveResponse";
var _UC = "UpdateConnection";
var _UCAKARP = "UpdateConnectionApiKeyAuthRequestParameters";
var _UCARP = "UpdateConnectionAuthRequestParameters";
var _UCBARP = "UpdateConnectionBasicAuthRequestParameters";
var _UCOACRP = "UpdateConnectionOAuthClientRequestParameters";
var _UCOARP = "UpdateConnectionOAuthRequestParameters";
var _UCR = "UpdateConnectionRequest";
var _UCRp = "UpdateConnectionResponse";
var _UE = "UpdateEndpoint";
var _UEB = "UpdateEventBus";
var _UEBR = "UpdateEventBusRequest";
var _UEBRp = "UpdateEventBusResponse";
var _UER = "UpdateEndpointRequest";
var _UERp = "UpdateEndpointResponse";
var _UR = "UntagResource";
var _URR = "UntagResourceRequest";
var _URRn = "UntagResourceResponse";
var _V = "Value";
var _Va = "Values";
var _WE = "WithEvent";
var _aC = "awsvpcConfiguration";
var _b = "base";
var _c = "client";
var _cP = "capacityProvider";
var _e = "error";
var _ex = "expression";
var _f = "field";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.eventbridge";
var _se = "server";
var _t = "type";
var _w = "weight";
var n0 = "com.amazonaws.eventbridge";
var _s_registry = new TypeRegistry(_s);
var EventBridgeServiceException$ = [-3, _s, "EventBridgeServiceException", 0, [], []];
_s_registry.registerError(EventBridgeServiceException$, EventBridgeServiceException);
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
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var IllegalStatusException$ = [
  -3,
  n0,
  _ISE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(IllegalStatusException$, IllegalStatusException);
var InternalException$ = [
  -3,
  n0,
  _IE,
  { [_e]: _se },
  [_m],
  [0]
];
n0_registry.registerError(InternalException$, InternalException);
var InvalidEventPatternException$ = [
  -3,
  n0,
  _IEPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidEventPatternException$, InvalidEventPatternException);
var InvalidStateException$ = [
  -3,
  n0,
  _ISEn,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidStateException$, InvalidStateException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var ManagedRuleException$ = [
  -3,
  n0,
  _MRE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ManagedRuleException$, ManagedRuleException);
var OperationDisabledException$ = [
  -3,
  n0,
  _ODE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OperationDisabledException$, OperationDisabledException);
var PolicyLengthExceededException$ = [
  -3,
  n0,
  _PLEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(PolicyLengthExceededException$, PolicyLengthExceededException);
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
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AuthHeaderParametersSensitive = [0, n0, _AHPS, 8, 0];
var GraphQLOperation = [0, n0, _GQLO, 8, 0];
var HeaderValueSensitive = [0, n0, _HVS, 8, 0];
var QueryStringValueSensitive = [0, n0, _QSVS, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var Sql = [0, n0, _S, 8, 0];
var ActivateEventSourceRequest$ = [
  3,
  n0,
  _AESR,
  0,
  [_N],
  [0],
  1
];
var ApiDestination$ = [
  3,
  n0,
  _AD,
  0,
  [_ADA, _N, _ADS, _CA, _IEn, _HM, _IRLPS, _CT, _LMT],
  [0, 0, 0, 0, 0, 0, 1, 4, 4]
];
var AppSyncParameters$ = [
  3,
  n0,
  _ASP,
  0,
  [_GQLO],
  [[() => GraphQLOperation, 0]]
];
var Archive$ = [
  3,
  n0,
  _A,
  0,
  [_AN, _ESA, _St, _SR, _RD, _SB, _EC, _CT],
  [0, 0, 0, 0, 1, 1, 1, 4]
];
var AwsVpcConfiguration$ = [
  3,
  n0,
  _AVC,
  0,
  [_Su, _SG, _API],
  [64 | 0, 64 | 0, 0],
  1
];
var BatchArrayProperties$ = [
  3,
  n0,
  _BAP,
  0,
  [_Si],
  [1]
];
var BatchParameters$ = [
  3,
  n0,
  _BP,
  0,
  [_JD, _JN, _AP, _RS],
  [0, 0, () => BatchArrayProperties$, () => BatchRetryStrategy$],
  2
];
var BatchRetryStrategy$ = [
  3,
  n0,
  _BRS,
  0,
  [_At],
  [1]
];
var CancelReplayRequest$ = [
  3,
  n0,
  _CRR,
  0,
  [_RN],
  [0],
  1
];
var CancelReplayResponse$ = [
  3,
  n0,
  _CRRa,
  0,
  [_RA, _St, _SR],
  [0, 0, 0]
];
var CapacityProviderStrategyItem$ = [
  3,
  n0,
  _CPSI,
  0,
  [_cP, _w, _b],
  [0, 1, 1],
  1
];
var Condition$ = [
  3,
  n0,
  _C,
  0,
  [_T, _K, _V],
  [0, 0, 0],
  3
];
var Connection$ = [
  3,
  n0,
  _Co,
  0,
  [_CA, _N, _CS, _SR, _AT, _CT, _LMT, _LAT],
  [0, 0, 0, 0, 0, 4, 4, 4]
];
var ConnectionApiKeyAuthResponseParameters$ = [
  3,
  n0,
  _CAKARP,
  0,
  [_AKN],
  [0]
];
var ConnectionAuthResponseParameters$ = [
  3,
  n0,
  _CARP,
  0,
  [_BAPa, _OAP, _AKAP, _IHP, _CP],
  [() => ConnectionBasicAuthResponseParameters$, [() => ConnectionOAuthResponseParameters$, 0], () => ConnectionApiKeyAuthResponseParameters$, [() => ConnectionHttpParameters$, 0], () => DescribeConnectionConnectivityParameters$]
];
var ConnectionBasicAuthResponseParameters$ = [
  3,
  n0,
  _CBARP,
  0,
  [_U],
  [0]
];
var ConnectionBodyParameter$ = [
  3,
  n0,
  _CBP,
  0,
  [_K, _V, _IVS],
  [0, [() => SensitiveString, 0], 2]
];
var ConnectionHeaderParameter$ = [
  3,
  n0,
  _CHP,
  0,
  [_K, _V, _IVS],
  [0, [() => HeaderValueSensitive, 0], 2]
];
var ConnectionHttpParameters$ = [
  3,
  n0,
  _CHPo,
  0,
  [_HP, _QSP, _BPo],
  [[() => ConnectionHeaderParametersList, 0], [() => ConnectionQueryStringParametersList, 0], [() => ConnectionBodyParametersList, 0]]
];
var ConnectionOAuthClientResponseParameters$ = [
  3,
  n0,
  _COACRP,
  0,
  [_CID],
  [0]
];
var ConnectionOAuthResponseParameters$ = [
  3,
  n0,
  _COARP,
  0,
  [_CPl, _AE, _HM, _OAHP],
  [() => ConnectionOAuthClientResponseParameters$, 0, 0, [() => ConnectionHttpParameters$, 0]]
];
var ConnectionQueryStringParameter$ = [
  3,
  n0,
  _CQSP,
  0,
  [_K, _V, _IVS],
  [0, [() => QueryStringValueSensitive, 0], 2]
];
var ConnectivityResourceConfigurationArn$ = [
  3,
  n0,
  _CRCA,
  0,
  [_RCA],
  [0],
  1
];
var ConnectivityResourceParameters$ = [
  3,
  n0,
  _CRP,
  0,
  [_RP],
  [() => ConnectivityResourceConfigurationArn$],
  1
];
var CreateApiDestinationRequest$ = [
  3,
  n0,
  _CADR,
  0,
  [_N, _CA, _IEn, _HM, _D, _IRLPS],
  [0, 0, 0, 0, 0, 1],
  4
];
var CreateApiDestinationResponse$ = [
  3,
  n0,
  _CADRr,
  0,
  [_ADA, _ADS, _CT, _LMT],
  [0, 0, 4, 4]
];
var CreateArchiveRequest$ = [
  3,
  n0,
  _CAR,
  0,
  [_AN, _ESA, _D, _EP, _RD, _KKI],
  [0, 0, 0, 0, 1, 0],
  2
];
var CreateArchiveResponse$ = [
  3,
  n0,
  _CARr,
  0,
  [_AA, _St, _SR, _CT],
  [0, 0, 0, 4]
];
var CreateConnectionApiKeyAuthRequestParameters$ = [
  3,
  n0,
  _CCAKARP,
  0,
  [_AKN, _AKV],
  [0, [() => AuthHeaderParametersSensitive, 0]],
  2
];
var CreateConnectionAuthRequestParameters$ = [
  3,
  n0,
  _CCARP,
  0,
  [_BAPa, _OAP, _AKAP, _IHP, _CP],
  [[() => CreateConnectionBasicAuthRequestParameters$, 0], [() => CreateConnectionOAuthRequestParameters$, 0], [() => CreateConnectionApiKeyAuthRequestParameters$, 0], [() => ConnectionHttpParameters$, 0], () => ConnectivityResourceParameters$]
];
var CreateConnectionBasicAuthRequestParameters$ = [
  3,
  n0,
  _CCBARP,
  0,
  [_U, _P],
  [0, [() => AuthHeaderParametersSensitive, 0]],
  2
];
var CreateConnectionOAuthClientRequestParameters$ = [
  3,
  n0,
  _CCOACRP,
  0,
  [_CID, _CSl],
  [0, [() => AuthHeaderParametersSensitive, 0]],
  2
];
var CreateConnectionOAuthRequestParameters$ = [
  3,
  n0,
  _CCOARP,
  0,
  [_CPl, _AE, _HM, _OAHP],
  [[() => CreateConnectionOAuthClientRequestParameters$, 0], 0, 0, [() => ConnectionHttpParameters$, 0]],
  3
];
var CreateConnectionRequest$ = [
  3,
  n0,
  _CCR,
  0,
  [_N, _AT, _APu, _D, _ICP, _KKI],
  [0, 0, [() => CreateConnectionAuthRequestParameters$, 0], 0, () => ConnectivityResourceParameters$, 0],
  3
];
var CreateConnectionResponse$ = [
  3,
  n0,
  _CCRr,
  0,
  [_CA, _CS, _CT, _LMT],
  [0, 0, 4, 4]
];
var CreateEndpointRequest$ = [
  3,
  n0,
  _CER,
  0,
  [_N, _RC, _EB, _D, _RCe, _RAo],
  [0, () => RoutingConfig$, () => EndpointEventBusList, 0, () => ReplicationConfig$, 0],
  3
];
var CreateEndpointResponse$ = [
  3,
  n0,
  _CERr,
  0,
  [_N, _Ar, _RC, _RCe, _EB, _RAo, _St],
  [0, 0, () => RoutingConfig$, () => ReplicationConfig$, () => EndpointEventBusList, 0, 0]
];
var CreateEventBusRequest$ = [
  3,
  n0,
  _CEBR,
  0,
  [_N, _ESN, _D, _KKI, _DLC, _LC, _Ta],
  [0, 0, 0, 0, () => DeadLetterConfig$, () => LogConfig$, () => TagList],
  1
];
var CreateEventBusResponse$ = [
  3,
  n0,
  _CEBRr,
  0,
  [_EBA, _D, _KKI, _DLC, _LC],
  [0, 0, 0, () => DeadLetterConfig$, () => LogConfig$]
];
var CreatePartnerEventSourceRequest$ = [
  3,
  n0,
  _CPESR,
  0,
  [_N, _Ac],
  [0, 0],
  2
];
var CreatePartnerEventSourceResponse$ = [
  3,
  n0,
  _CPESRr,
  0,
  [_ESA],
  [0]
];
var DeactivateEventSourceRequest$ = [
  3,
  n0,
  _DESR,
  0,
  [_N],
  [0],
  1
];
var DeadLetterConfig$ = [
  3,
  n0,
  _DLC,
  0,
  [_Ar],
  [0]
];
var DeauthorizeConnectionRequest$ = [
  3,
  n0,
  _DCR,
  0,
  [_N],
  [0],
  1
];
var DeauthorizeConnectionResponse$ = [
  3,
  n0,
  _DCRe,
  0,
  [_CA, _CS, _CT, _LMT, _LAT],
  [0, 0, 4, 4, 4]
];
var DeleteApiDestinationRequest$ = [
  3,
  n0,
  _DADR,
  0,
  [_N],
  [0],
  1
];
var DeleteApiDestinationResponse$ = [
  3,
  n0,
  _DADRe,
  0,
  [],
  []
];
var DeleteArchiveRequest$ = [
  3,
  n0,
  _DAR,
  0,
  [_AN],
  [0],
  1
];
var DeleteArchiveResponse$ = [
  3,
  n0,
  _DARe,
  0,
  [],
  []
];
var DeleteConnectionRequest$ = [
  3,
  n0,
  _DCRel,
  0,
  [_N],
  [0],
  1
];
var DeleteConnectionResponse$ = [
  3,
  n0,
  _DCRele,
  0,
  [_CA, _CS, _CT, _LMT, _LAT],
  [0, 0, 4, 4, 4]
];
var DeleteEndpointRequest$ = [
  3,
  n0,
  _DER,
  0,
  [_N],
  [0],
  1
];
var DeleteEndpointResponse$ = [
  3,
  n0,
  _DERe,
  0,
  [],
  []
];
var DeleteEventBusRequest$ = [
  3,
  n0,
  _DEBR,
  0,
  [_N],
  [0],
  1
];
var DeletePartnerEventSourceRequest$ = [
  3,
  n0,
  _DPESR,
  0,
  [_N, _Ac],
  [0, 0],
  2
];
var DeleteRuleRequest$ = [
  3,
  n0,
  _DRR,
  0,
  [_N, _EBN, _F],
  [0, 0, 2],
  1
];
var DescribeApiDestinationRequest$ = [
  3,
  n0,
  _DADRes,
  0,
  [_N],
  [0],
  1
];
var DescribeApiDestinationResponse$ = [
  3,
  n0,
  _DADResc,
  0,
  [_ADA, _N, _D, _ADS, _CA, _IEn, _HM, _IRLPS, _CT, _LMT],
  [0, 0, 0, 0, 0, 0, 0, 1, 4, 4]
];
var DescribeArchiveRequest$ = [
  3,
  n0,
  _DARes,
  0,
  [_AN],
  [0],
  1
];
var DescribeArchiveResponse$ = [
  3,
  n0,
  _DAResc,
  0,
  [_AA, _AN, _ESA, _D, _EP, _St, _SR, _KKI, _RD, _SB, _EC, _CT],
  [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 4]
];
var DescribeConnectionConnectivityParameters$ = [
  3,
  n0,
  _DCCP,
  0,
  [_RP],
  [() => DescribeConnectionResourceParameters$],
  1
];
var DescribeConnectionRequest$ = [
  3,
  n0,
  _DCRes,
  0,
  [_N],
  [0],
  1
];
var DescribeConnectionResourceParameters$ = [
  3,
  n0,
  _DCRP,
  0,
  [_RCA, _RAA],
  [0, 0],
  2
];
var DescribeConnectionResponse$ = [
  3,
  n0,
  _DCResc,
  0,
  [_CA, _N, _D, _ICP, _CS, _SR, _AT, _SA, _KKI, _APu, _CT, _LMT, _LAT],
  [0, 0, 0, () => DescribeConnectionConnectivityParameters$, 0, 0, 0, 0, 0, [() => ConnectionAuthResponseParameters$, 0], 4, 4, 4]
];
var DescribeEndpointRequest$ = [
  3,
  n0,
  _DERes,
  0,
  [_N, _HR],
  [0, 0],
  1
];
var DescribeEndpointResponse$ = [
  3,
  n0,
  _DEResc,
  0,
  [_N, _D, _Ar, _RC, _RCe, _EB, _RAo, _EI, _EU, _St, _SR, _CT, _LMT],
  [0, 0, 0, () => RoutingConfig$, () => ReplicationConfig$, () => EndpointEventBusList, 0, 0, 0, 0, 0, 4, 4]
];
var DescribeEventBusRequest$ = [
  3,
  n0,
  _DEBRe,
  0,
  [_N],
  [0]
];
var DescribeEventBusResponse$ = [
  3,
  n0,
  _DEBRes,
  0,
  [_N, _Ar, _D, _KKI, _DLC, _Po, _LC, _CT, _LMT, _MB],
  [0, 0, 0, 0, () => DeadLetterConfig$, 0, () => LogConfig$, 4, 4, 0]
];
var DescribeEventSourceRequest$ = [
  3,
  n0,
  _DESRe,
  0,
  [_N],
  [0],
  1
];
var DescribeEventSourceResponse$ = [
  3,
  n0,
  _DESRes,
  0,
  [_Ar, _CB, _CT, _ET, _N, _St],
  [0, 0, 4, 4, 0, 0]
];
var DescribePartnerEventSourceRequest$ = [
  3,
  n0,
  _DPESRe,
  0,
  [_N],
  [0],
  1
];
var DescribePartnerEventSourceResponse$ = [
  3,
  n0,
  _DPESRes,
  0,
  [_Ar, _N],
  [0, 0]
];
var DescribeReplayRequest$ = [
  3,
  n0,
  _DRRe,
  0,
  [_RN],
  [0],
  1
];
var DescribeReplayResponse$ = [
  3,
  n0,
  _DRRes,
  0,
  [_RN, _RA, _D, _St, _SR, _ESA, _De, _EST, _EET, _ELRT, _RST, _RET],
  [0, 0, 0, 0, 0, 0, () => ReplayDestination$, 4, 4, 4, 4, 4]
];
var DescribeRuleRequest$ = [
  3,
  n0,
  _DRResc,
  0,
  [_N, _EBN],
  [0, 0],
  1
];
var DescribeRuleResponse$ = [
  3,
  n0,
  _DRRescr,
  0,
  [_N, _Ar, _EP, _SE, _St, _D, _RAo, _MB, _EBN, _CB],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var DisableRuleRequest$ = [
  3,
  n0,
  _DRRi,
  0,
  [_N, _EBN],
  [0, 0],
  1
];
var EcsParameters$ = [
  3,
  n0,
  _EPc,
  0,
  [_TDA, _TC, _LT, _NC, _PV, _G, _CPS, _EECSMT, _EEC, _PC, _PS, _PT, _RI, _Ta],
  [0, 1, 0, () => NetworkConfiguration$, 0, 0, () => CapacityProviderStrategy, 2, 2, () => PlacementConstraints, () => PlacementStrategies, 0, 0, () => TagList],
  1
];
var EnableRuleRequest$ = [
  3,
  n0,
  _ERR,
  0,
  [_N, _EBN],
  [0, 0],
  1
];
var Endpoint$ = [
  3,
  n0,
  _E,
  0,
  [_N, _D, _Ar, _RC, _RCe, _EB, _RAo, _EI, _EU, _St, _SR, _CT, _LMT],
  [0, 0, 0, () => RoutingConfig$, () => ReplicationConfig$, () => EndpointEventBusList, 0, 0, 0, 0, 0, 4, 4]
];
var EndpointEventBus$ = [
  3,
  n0,
  _EEB,
  0,
  [_EBA],
  [0],
  1
];
var EventBus$ = [
  3,
  n0,
  _EBv,
  0,
  [_N, _Ar, _D, _Po, _CT, _LMT, _MB],
  [0, 0, 0, 0, 4, 4, 0]
];
var EventSource$ = [
  3,
  n0,
  _ES,
  0,
  [_Ar, _CB, _CT, _ET, _N, _St],
  [0, 0, 4, 4, 0, 0]
];
var FailoverConfig$ = [
  3,
  n0,
  _FC,
  0,
  [_Pr, _Se],
  [() => Primary$, () => Secondary$],
  2
];
var HttpParameters$ = [
  3,
  n0,
  _HPt,
  0,
  [_PPV, _HP, _QSP],
  [64 | 0, 128 | 0, 128 | 0]
];
var InputTransformer$ = [
  3,
  n0,
  _IT,
  0,
  [_ITn, _IPM],
  [0, 128 | 0],
  1
];
var KinesisParameters$ = [
  3,
  n0,
  _KP,
  0,
  [_PKP],
  [0],
  1
];
var ListApiDestinationsRequest$ = [
  3,
  n0,
  _LADR,
  0,
  [_NP, _CA, _NT, _L],
  [0, 0, 0, 1]
];
var ListApiDestinationsResponse$ = [
  3,
  n0,
  _LADRi,
  0,
  [_ADp, _NT],
  [() => ApiDestinationResponseList, 0]
];
var ListArchivesRequest$ = [
  3,
  n0,
  _LAR,
  0,
  [_NP, _ESA, _St, _NT, _L],
  [0, 0, 0, 0, 1]
];
var ListArchivesResponse$ = [
  3,
  n0,
  _LARi,
  0,
  [_Arc, _NT],
  [() => ArchiveResponseList, 0]
];
var ListConnectionsRequest$ = [
  3,
  n0,
  _LCR,
  0,
  [_NP, _CS, _NT, _L],
  [0, 0, 0, 1]
];
var ListConnectionsResponse$ = [
  3,
  n0,
  _LCRi,
  0,
  [_Con, _NT],
  [() => ConnectionResponseList, 0]
];
var ListEndpointsRequest$ = [
  3,
  n0,
  _LER,
  0,
  [_NP, _HR, _NT, _MR],
  [0, 0, 0, 1]
];
var ListEndpointsResponse$ = [
  3,
  n0,
  _LERi,
  0,
  [_En, _NT],
  [() => EndpointList, 0]
];
var ListEventBusesRequest$ = [
  3,
  n0,
  _LEBR,
  0,
  [_NP, _NT, _L],
  [0, 0, 1]
];
var ListEventBusesResponse$ = [
  3,
  n0,
  _LEBRi,
  0,
  [_EB, _NT],
  [() => EventBusList, 0]
];
var ListEventSourcesRequest$ = [
  3,
  n0,
  _LESR,
  0,
  [_NP, _NT, _L],
  [0, 0, 1]
];
var ListEventSourcesResponse$ = [
  3,
  n0,
  _LESRi,
  0,
  [_ESv, _NT],
  [() => EventSourceList, 0]
];
var ListPartnerEventSourceAccountsRequest$ = [
  3,
  n0,
  _LPESAR,
  0,
  [_ESN, _NT, _L],
  [0, 0, 1],
  1
];
var ListPartnerEventSourceAccountsResponse$ = [
  3,
  n0,
  _LPESARi,
  0,
  [_PESA, _NT],
  [() => PartnerEventSourceAccountList, 0]
];
var ListPartnerEventSourcesRequest$ = [
  3,
  n0,
  _LPESR,
  0,
  [_NP, _NT, _L],
  [0, 0, 1],
  1
];
var ListPartnerEventSourcesResponse$ = [
  3,
  n0,
  _LPESRi,
  0,
  [_PES, _NT],
  [() => PartnerEventSourceList, 0]
];
var ListReplaysRequest$ = [
  3,
  n0,
  _LRR,
  0,
  [_NP, _St, _ESA, _NT, _L],
  [0, 0, 0, 0, 1]
];
var ListReplaysResponse$ = [
  3,
  n0,
  _LRRi,
  0,
  [_R, _NT],
  [() => ReplayList, 0]
];
var ListRuleNamesByTargetRequest$ = [
  3,
  n0,
  _LRNBTR,
  0,
  [_TA, _EBN, _NT, _L],
  [0, 0, 0, 1],
  1
];
var ListRuleNamesByTargetResponse$ = [
  3,
  n0,
  _LRNBTRi,
  0,
  [_RNu, _NT],
  [64 | 0, 0]
];
var ListRulesRequest$ = [
  3,
  n0,
  _LRRis,
  0,
  [_NP, _EBN, _NT, _L],
  [0, 0, 0, 1]
];
var ListRulesResponse$ = [
  3,
  n0,
  _LRRist,
  0,
  [_Ru, _NT],
  [() => RuleResponseList, 0]
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_RARN],
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
var ListTargetsByRuleRequest$ = [
  3,
  n0,
  _LTBRR,
  0,
  [_Rul, _EBN, _NT, _L],
  [0, 0, 0, 1],
  1
];
var ListTargetsByRuleResponse$ = [
  3,
  n0,
  _LTBRRi,
  0,
  [_Tar, _NT],
  [[() => TargetList, 0], 0]
];
var LogConfig$ = [
  3,
  n0,
  _LC,
  0,
  [_ID, _Le],
  [0, 0]
];
var NetworkConfiguration$ = [
  3,
  n0,
  _NC,
  0,
  [_aC],
  [() => AwsVpcConfiguration$]
];
var PartnerEventSource$ = [
  3,
  n0,
  _PESa,
  0,
  [_Ar, _N],
  [0, 0]
];
var PartnerEventSourceAccount$ = [
  3,
  n0,
  _PESAa,
  0,
  [_Ac, _CT, _ET, _St],
  [0, 4, 4, 0]
];
var PlacementConstraint$ = [
  3,
  n0,
  _PCl,
  0,
  [_t, _ex],
  [0, 0]
];
var PlacementStrategy$ = [
  3,
  n0,
  _PS,
  0,
  [_t, _f],
  [0, 0]
];
var Primary$ = [
  3,
  n0,
  _Pr,
  0,
  [_HC],
  [0],
  1
];
var PutEventsRequest$ = [
  3,
  n0,
  _PER,
  0,
  [_Ent, _EI],
  [() => PutEventsRequestEntryList, 0],
  1
];
var PutEventsRequestEntry$ = [
  3,
  n0,
  _PERE,
  0,
  [_Ti, _So, _Re, _DT, _Det, _EBN, _TH],
  [4, 0, 64 | 0, 0, 0, 0, 0]
];
var PutEventsResponse$ = [
  3,
  n0,
  _PERu,
  0,
  [_FEC, _Ent],
  [1, () => PutEventsResultEntryList]
];
var PutEventsResultEntry$ = [
  3,
  n0,
  _PEREu,
  0,
  [_EIv, _ECr, _EM],
  [0, 0, 0]
];
var PutPartnerEventsRequest$ = [
  3,
  n0,
  _PPER,
  0,
  [_Ent],
  [() => PutPartnerEventsRequestEntryList],
  1
];
var PutPartnerEventsRequestEntry$ = [
  3,
  n0,
  _PPERE,
  0,
  [_Ti, _So, _Re, _DT, _Det],
  [4, 0, 64 | 0, 0, 0]
];
var PutPartnerEventsResponse$ = [
  3,
  n0,
  _PPERu,
  0,
  [_FEC, _Ent],
  [1, () => PutPartnerEventsResultEntryList]
];
var PutPartnerEventsResultEntry$ = [
  3,
  n0,
  _PPEREu,
  0,
  [_EIv, _ECr, _EM],
  [0, 0, 0]
];
var PutPermissionRequest$ = [
  3,
  n0,
  _PPR,
  0,
  [_EBN, _Act, _Pri, _SI, _C, _Po],
  [0, 0, 0, 0, () => Condition$, 0]
];
var PutRuleRequest$ = [
  3,
  n0,
  _PRR,
  0,
  [_N, _SE, _EP, _St, _D, _RAo, _Ta, _EBN],
  [0, 0, 0, 0, 0, 0, () => TagList, 0],
  1
];
var PutRuleResponse$ = [
  3,
  n0,
  _PRRu,
  0,
  [_RAu],
  [0]
];
var PutTargetsRequest$ = [
  3,
  n0,
  _PTR,
  0,
  [_Rul, _Tar, _EBN],
  [0, [() => TargetList, 0], 0],
  2
];
var PutTargetsResponse$ = [
  3,
  n0,
  _PTRu,
  0,
  [_FEC, _FE],
  [1, () => PutTargetsResultEntryList]
];
var PutTargetsResultEntry$ = [
  3,
  n0,
  _PTRE,
  0,
  [_TI, _ECr, _EM],
  [0, 0, 0]
];
var RedshiftDataParameters$ = [
  3,
  n0,
  _RDP,
  0,
  [_Da, _SMA, _DU, _S, _SN, _WE, _Sq],
  [0, 0, 0, [() => Sql, 0], 0, 2, [() => Sqls, 0]],
  1
];
var RemovePermissionRequest$ = [
  3,
  n0,
  _RPR,
  0,
  [_SI, _RAP, _EBN],
  [0, 2, 0]
];
var RemoveTargetsRequest$ = [
  3,
  n0,
  _RTR,
  0,
  [_Rul, _I, _EBN, _F],
  [0, 64 | 0, 0, 2],
  2
];
var RemoveTargetsResponse$ = [
  3,
  n0,
  _RTRe,
  0,
  [_FEC, _FE],
  [1, () => RemoveTargetsResultEntryList]
];
var RemoveTargetsResultEntry$ = [
  3,
  n0,
  _RTRE,
  0,
  [_TI, _ECr, _EM],
  [0, 0, 0]
];
var Replay$ = [
  3,
  n0,
  _Rep,
  0,
  [_RN, _ESA, _St, _SR, _EST, _EET, _ELRT, _RST, _RET],
  [0, 0, 0, 0, 4, 4, 4, 4, 4]
];
var ReplayDestination$ = [
  3,
  n0,
  _RDe,
  0,
  [_Ar, _FA],
  [0, 64 | 0],
  1
];
var ReplicationConfig$ = [
  3,
  n0,
  _RCe,
  0,
  [_St],
  [0]
];
var RetryPolicy$ = [
  3,
  n0,
  _RPe,
  0,
  [_MRA, _MEAIS],
  [1, 1]
];
var RoutingConfig$ = [
  3,
  n0,
  _RC,
  0,
  [_FC],
  [() => FailoverConfig$],
  1
];
var Rule$ = [
  3,
  n0,
  _Rul,
  0,
  [_N, _Ar, _EP, _St, _D, _SE, _RAo, _MB, _EBN],
  [0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var RunCommandParameters$ = [
  3,
  n0,
  _RCP,
  0,
  [_RCT],
  [() => RunCommandTargets],
  1
];
var RunCommandTarget$ = [
  3,
  n0,
  _RCTu,
  0,
  [_K, _Va],
  [0, 64 | 0],
  2
];
var SageMakerPipelineParameter$ = [
  3,
  n0,
  _SMPP,
  0,
  [_N, _V],
  [0, 0],
  2
];
var SageMakerPipelineParameters$ = [
  3,
  n0,
  _SMPPa,
  0,
  [_PPL],
  [() => SageMakerPipelineParameterList]
];
var Secondary$ = [
  3,
  n0,
  _Se,
  0,
  [_Ro],
  [0],
  1
];
var SqsParameters$ = [
  3,
  n0,
  _SP,
  0,
  [_MGI],
  [0]
];
var StartReplayRequest$ = [
  3,
  n0,
  _SRR,
  0,
  [_RN, _ESA, _EST, _EET, _De, _D],
  [0, 0, 4, 4, () => ReplayDestination$, 0],
  5
];
var StartReplayResponse$ = [
  3,
  n0,
  _SRRt,
  0,
  [_RA, _St, _SR, _RST],
  [0, 0, 0, 4]
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
  [_RARN, _Ta],
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
var Target$ = [
  3,
  n0,
  _Targ,
  0,
  [_Id, _Ar, _RAo, _In, _IP, _IT, _KP, _RCP, _EPc, _BP, _SP, _HPt, _RDP, _SMPPa, _DLC, _RPe, _ASP],
  [0, 0, 0, 0, 0, () => InputTransformer$, () => KinesisParameters$, () => RunCommandParameters$, () => EcsParameters$, () => BatchParameters$, () => SqsParameters$, () => HttpParameters$, [() => RedshiftDataParameters$, 0], () => SageMakerPipelineParameters$, () => DeadLetterConfig$, () => RetryPolicy$, [() => AppSyncParameters$, 0]],
  2
];
var TestEventPatternRequest$ = [
  3,
  n0,
  _TEPR,
  0,
  [_EP, _Ev],
  [0, 0],
  2
];
var TestEventPatternResponse$ = [
  3,
  n0,
  _TEPRe,
  0,
  [_Res],
  [2]
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RARN, _TK],
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
var UpdateApiDestinationRequest$ = [
  3,
  n0,
  _UADR,
  0,
  [_N, _D, _CA, _IEn, _HM, _IRLPS],
  [0, 0, 0, 0, 0, 1],
  1
];
var UpdateApiDestinationResponse$ = [
  3,
  n0,
  _UADRp,
  0,
  [_ADA, _ADS, _CT, _LMT],
  [0, 0, 4, 4]
];
var UpdateArchiveRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_AN, _D, _EP, _RD, _KKI],
  [0, 0, 0, 1, 0],
  1
];
var UpdateArchiveResponse$ = [
  3,
  n0,
  _UARp,
  0,
  [_AA, _St, _SR, _CT],
  [0, 0, 0, 4]
];
var UpdateConnectionApiKeyAuthRequestParameters$ = [
  3,
  n0,
  _UCAKARP,
  0,
  [_AKN, _AKV],
  [0, [() => AuthHeaderParametersSensitive, 0]]
];
var UpdateConnectionAuthRequestParameters$ = [
  3,
  n0,
  _UCARP,
  0,
  [_BAPa, _OAP, _AKAP, _IHP, _CP],
  [[() => UpdateConnectionBasicAuthRequestParameters$, 0], [() => UpdateConnectionOAuthRequestParameters$, 0], [() => UpdateConnectionApiKeyAuthRequestParameters$, 0], [() => ConnectionHttpParameters$, 0], () => ConnectivityResourceParameters$]
];
var UpdateConnectionBasicAuthRequestParameters$ = [
  3,
  n0,
  _UCBARP,
  0,
  [_U, _P],
  [0, [() => AuthHeaderParametersSensitive, 0]]
];
var UpdateConnectionOAuthClientRequestParameters$ = [
  3,
  n0,
  _UCOACRP,
  0,
  [_CID, _CSl],
  [0, [() => AuthHeaderParametersSensitive, 0]]
];
var UpdateConnectionOAuthRequestParameters$ = [
  3,
  n0,
  _UCOARP,
  0,
  [_CPl, _AE, _HM, _OAHP],
  [[() => UpdateConnectionOAuthClientRequestParameters$, 0], 0, 0, [() => ConnectionHttpParameters$, 0]]
];
var UpdateConnectionRequest$ = [
  3,
  n0,
  _UCR,
  0,
  [_N, _D, _AT, _APu, _ICP, _KKI],
  [0, 0, 0, [() => UpdateConnectionAuthRequestParameters$, 0], () => ConnectivityResourceParameters$, 0],
  1
];
var UpdateConnectionResponse$ = [
  3,
  n0,
  _UCRp,
  0,
  [_CA, _CS, _CT, _LMT, _LAT],
  [0, 0, 4, 4, 4]
];
var UpdateEndpointRequest$ = [
  3,
  n0,
  _UER,
  0,
  [_N, _D, _RC, _RCe, _EB, _RAo],
  [0, 0, () => RoutingConfig$, () => ReplicationConfig$, () => EndpointEventBusList, 0],
  1
];
var UpdateEndpointResponse$ = [
  3,
  n0,
  _UERp,
  0,
  [_N, _Ar, _RC, _RCe, _EB, _RAo, _EI, _EU, _St],
  [0, 0, () => RoutingConfig$, () => ReplicationConfig$, () => EndpointEventBusList, 0, 0, 0, 0]
];
var UpdateEventBusRequest$ = [
  3,
  n0,
  _UEBR,
  0,
  [_N, _KKI, _D, _DLC, _LC],
  [0, 0, 0, () => DeadLetterConfig$, () => LogConfig$]
];
var UpdateEventBusResponse$ = [
  3,
  n0,
  _UEBRp,
  0,
  [_Ar, _N, _KKI, _D, _DLC, _LC],
  [0, 0, 0, 0, () => DeadLetterConfig$, () => LogConfig$]
];
var __Unit = "unit";
var ApiDestinationResponseList = [
  1,
  n0,
  _ADRL,
  0,
  () => ApiDestination$
];
var ArchiveResponseList = [
  1,
  n0,
  _ARL,
  0,
  () => Archive$
];
var CapacityProviderStrategy = [
  1,
  n0,
  _CPS,
  0,
  () => CapacityProviderStrategyItem$
];
var ConnectionBodyParametersList = [
  1,
  n0,
  _CBPL,
  0,
  [
    () => ConnectionBodyParameter$,
    0
  ]
];
var ConnectionHeaderParametersList = [
  1,
  n0,
  _CHPL,
  0,
  [
    () => ConnectionHeaderParameter$,
    0
  ]
];
var ConnectionQueryStringParametersList = [
  1,
  n0,
  _CQSPL,
  0,
  [
    () => ConnectionQueryStringParameter$,
    0
  ]
];
var ConnectionResponseList = [
  1,
  n0,
  _CRL,
  0,
  () => Connection$
];
var EndpointEventBusList = [
  1,
  n0,
  _EEBL,
  0,
  () => EndpointEventBus$
];
var EndpointList = [
  1,
  n0,
  _EL,
  0,
  () => Endpoint$
];
var EventBusList = [
  1,
  n0,
  _EBL,
  0,
  () => EventBus$
];
var EventResourceList = 64 | 0;
var EventSourceList = [
  1,
  n0,
  _ESL,
  0,
  () => EventSource$
];
var PartnerEventSourceAccountList = [
  1,
  n0,
  _PESAL,
  0,
  () => PartnerEventSourceAccount$
];
var PartnerEventSourceList = [
  1,
  n0,
  _PESL,
  0,
  () => PartnerEventSource$
];
var PathParameterList = 64 | 0;
var PlacementConstraints = [
  1,
  n0,
  _PC,
  0,
  () => PlacementConstraint$
];
var PlacementStrategies = [
  1,
  n0,
  _PSl,
  0,
  () => PlacementStrategy$
];
var PutEventsRequestEntryList = [
  1,
  n0,
  _PEREL,
  0,
  () => PutEventsRequestEntry$
];
var PutEventsResultEntryList = [
  1,
  n0,
  _PERELu,
  0,
  () => PutEventsResultEntry$
];
var PutPartnerEventsRequestEntryList = [
  1,
  n0,
  _PPEREL,
  0,
  () => PutPartnerEventsRequestEntry$
];
var PutPartnerEventsResultEntryList = [
  1,
  n0,
  _PPERELu,
  0,
  () => PutPartnerEventsResultEntry$
];
var PutTargetsResultEntryList = [
  1,
  n0,
  _PTREL,
  0,
  () => PutTargetsResultEntry$
];
var RemoveTargetsResultEntryList = [
  1,
  n0,
  _RTREL,
  0,
  () => RemoveTargetsResultEntry$
];
var ReplayDestinationFilters = 64 | 0;
var ReplayList = [
  1,
  n0,
  _RL,
  0,
  () => Replay$
];
var RuleNameList = 64 | 0;
var RuleResponseList = [
  1,
  n0,
  _RRL,
  0,
  () => Rule$
];
var RunCommandTargets = [
  1,
  n0,
  _RCT,
  0,
  () => RunCommandTarget$
];
var RunCommandTargetValues = 64 | 0;
var SageMakerPipelineParameterList = [
  1,
  n0,
  _SMPPL,
  0,
  () => SageMakerPipelineParameter$
];
var Sqls = [
  1,
  n0,
  _Sq,
  8,
  [
    () => Sql,
    0
  ]
];
var StringList = 64 | 0;
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var TargetIdList = 64 | 0;
var TargetList = [
  1,
  n0,
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
var ActivateEventSource$ = [
  9,
  n0,
  _AES,
  0,
  () => ActivateEventSourceRequest$,
  () => __Unit
];
var CancelReplay$ = [
  9,
  n0,
  _CR,
  0,
  () => CancelReplayRequest$,
  () => CancelReplayResponse$
];
var CreateApiDestination$ = [
  9,
  n0,
  _CAD,
  0,
  () => CreateApiDestinationRequest$,
  () => CreateApiDestinationResponse$
];
var CreateArchive$ = [
  9,
  n0,
  _CAr,
  0,
  () => CreateArchiveRequest$,
  () => CreateArchiveResponse$
];
var CreateConnection$ = [
  9,
  n0,
  _CC,
  0,
  () => CreateConnectionRequest$,
  () => CreateConnectionResponse$
];
var CreateEndpoint$ = [
  9,
  n0,
  _CE,
  0,
  () => CreateEndpointRequest$,
  () => CreateEndpointResponse$
];
var CreateEventBus$ = [
  9,
  n0,
  _CEB,
  0,
  () => CreateEventBusRequest$,
  () => CreateEventBusResponse$
];
var CreatePartnerEventSource$ = [
  9,
  n0,
  _CPES,
  0,
  () => CreatePartnerEventSourceRequest$,
  () => CreatePartnerEventSourceResponse$
];
var DeactivateEventSource$ = [
  9,
  n0,
  _DES,
  0,
  () => DeactivateEventSourceRequest$,
  () => __Unit
];
var DeauthorizeConnection$ = [
  9,
  n0,
  _DC,
  0,
  () => DeauthorizeConnectionRequest$,
  () => DeauthorizeConnectionResponse$
];
var DeleteApiDestination$ = [
  9,
  n0,
  _DAD,
  0,
  () => DeleteApiDestinationRequest$,
  () => DeleteApiDestinationResponse$
];
var DeleteArchive$ = [
  9,
  n0,
  _DA,
  0,
  () => DeleteArchiveRequest$,
  () => DeleteArchiveResponse$
];
var DeleteConnection$ = [
  9,
  n0,
  _DCe,
  0,
  () => DeleteConnectionRequest$,
  () => DeleteConnectionResponse$
];
var DeleteEndpoint$ = [
  9,
  n0,
  _DE,
  0,
  () => DeleteEndpointRequest$,
  () => DeleteEndpointResponse$
];
var DeleteEventBus$ = [
  9,
  n0,
  _DEB,
  0,
  () => DeleteEventBusRequest$,
  () => __Unit
];
var DeletePartnerEventSource$ = [
  9,
  n0,
  _DPES,
  0,
  () => DeletePartnerEventSourceRequest$,
  () => __Unit
];
var DeleteRule$ = [
  9,
  n0,
  _DR,
  0,
  () => DeleteRuleRequest$,
  () => __Unit
];
var DescribeApiDestination$ = [
  9,
  n0,
  _DADe,
  0,
  () => DescribeApiDestinationRequest$,
  () => DescribeApiDestinationResponse$
];
var DescribeArchive$ = [
  9,
  n0,
  _DAe,
  0,
  () => DescribeArchiveRequest$,
  () => DescribeArchiveResponse$
];
var DescribeConnection$ = [
  9,
  n0,
  _DCes,
  0,
  () => DescribeConnectionRequest$,
  () => DescribeConnectionResponse$
];
var DescribeEndpoint$ = [
  9,
  n0,
  _DEe,
  0,
  () => DescribeEndpointRequest$,
  () => DescribeEndpointResponse$
];
var DescribeEventBus$ = [
  9,
  n0,
  _DEBe,
  0,
  () => DescribeEventBusRequest$,
  () => DescribeEventBusResponse$
];
var DescribeEventSource$ = [
  9,
  n0,
  _DESe,
  0,
  () => DescribeEventSourceRequest$,
  () => DescribeEventSourceResponse$
];
var DescribePartnerEventSource$ = [
  9,
  n0,
  _DPESe,
  0,
  () => DescribePartnerEventSourceRequest$,
  () => DescribePartnerEventSourceResponse$
];
var DescribeReplay$ = [
  9,
  n0,
  _DRe,
  0,
  () => DescribeReplayRequest$,
  () => DescribeReplayResponse$
];
var DescribeRule$ = [
  9,
  n0,
  _DRes,
  0,
  () => DescribeRuleRequest$,
  () => DescribeRuleResponse$
];
var DisableRule$ = [
  9,
  n0,
  _DRi,
  0,
  () => DisableRuleRequest$,
  () => __Unit
];
var EnableRule$ = [
  9,
  n0,
  _ER,
  0,
  () => EnableRuleRequest$,
  () => __Unit
];
var ListApiDestinations$ = [
  9,
  n0,
  _LAD,
  0,
  () => ListApiDestinationsRequest$,
  () => ListApiDestinationsResponse$
];
var ListArchives$ = [
  9,
  n0,
  _LA,
  0,
  () => ListArchivesRequest$,
  () => ListArchivesResponse$
];
var ListConnections$ = [
  9,
  n0,
  _LCi,
  0,
  () => ListConnectionsRequest$,
  () => ListConnectionsResponse$
];
var ListEndpoints$ = [
  9,
  n0,
  _LE,
  0,
  () => ListEndpointsRequest$,
  () => ListEndpointsResponse$
];
var ListEventBuses$ = [
  9,
  n0,
  _LEB,
  0,
  () => ListEventBusesRequest$,
  () => ListEventBusesResponse$
];
var ListEventSources$ = [
  9,
  n0,
  _LES,
  0,
  () => ListEventSourcesRequest$,
  () => ListEventSourcesResponse$
];
var ListPartnerEventSourceAccounts$ = [
  9,
  n0,
  _LPESA,
  0,
  () => ListPartnerEventSourceAccountsRequest$,
  () => ListPartnerEventSourceAccountsResponse$
];
var ListPartnerEventSources$ = [
  9,
  n0,
  _LPES,
  0,
  () => ListPartnerEventSourcesRequest$,
  () => ListPartnerEventSourcesResponse$
];
var ListReplays$ = [
  9,
  n0,
  _LR,
  0,
  () => ListReplaysRequest$,
  () => ListReplaysResponse$
];
var ListRuleNamesByTarget$ = [
  9,
  n0,
  _LRNBT,
  0,
  () => ListRuleNamesByTargetRequest$,
  () => ListRuleNamesByTargetResponse$
];
var ListRules$ = [
  9,
  n0,
  _LRi,
  0,
  () => ListRulesRequest$,
  () => ListRulesResponse$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  0,
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$
];
var ListTargetsByRule$ = [
  9,
  n0,
  _LTBR,
  0,
  () => ListTargetsByRuleRequest$,
  () => ListTargetsByRuleResponse$
];
var PutEvents$ = [
  9,
  n0,
  _PE,
  0,
  () => PutEventsRequest$,
  () => PutEventsResponse$
];
var PutPartnerEvents$ = [
  9,
  n0,
  _PPE,
  0,
  () => PutPartnerEventsRequest$,
  () => PutPartnerEventsResponse$
];
var PutPermission$ = [
  9,
  n0,
  _PP,
  0,
  () => PutPermissionRequest$,
  () => __Unit
];
var PutRule$ = [
  9,
  n0,
  _PR,
  0,
  () => PutRuleRequest$,
  () => PutRuleResponse$
];
var PutTargets$ = [
  9,
  n0,
  _PTu,
  0,
  () => PutTargetsRequest$,
  () => PutTargetsResponse$
];
var RemovePermission$ = [
  9,
  n0,
  _RPem,
  0,
  () => RemovePermissionRequest$,
  () => __Unit
];
var RemoveTargets$ = [
  9,
  n0,
  _RT,
  0,
  () => RemoveTargetsRequest$,
  () => RemoveTargetsResponse$
];
var StartReplay$ = [
  9,
  n0,
  _SRt,
  0,
  () => StartReplayRequest$,
  () => StartReplayResponse$
];
var TagResource$ = [
  9,
  n0,
  _TR,
  0,
  () => TagResourceRequest$,
  () => TagResourceResponse$
];
var TestEventPattern$ = [
  9,
  n0,
  _TEP,
  0,
  () => TestEventPatternRequest$,
  () => TestEventPatternResponse$
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  0,
  () => UntagResourceRequest$,
  () => UntagResourceResponse$
];
var UpdateApiDestination$ = [
  9,
  n0,
  _UAD,
  0,
  () => UpdateApiDestinationRequest$,
  () => UpdateApiDestinationResponse$
];
var UpdateArchive$ = [
  9,
  n0,
  _UA,
  0,
  () => UpdateArchiveRequest$,
  () => UpdateArchiveResponse$
];
var UpdateConnection$ = [
  9,
  n0,
  _UC,
  0,
  () => UpdateConnectionRequest$,
  () => UpdateConnectionResponse$
];
var UpdateEndpoint$ = [
  9,
  n0,
  _UE,
  0,
  () => UpdateEndpointRequest$,
  () => UpdateEndpointResponse$
];
var UpdateEventBus$ = [
  9,
  n0,
  _UEB,
  0,
  () => UpdateEventBusRequest$,
  () => UpdateEventBusResponse$
];

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2015-10-07",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
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
      errorTypeRegistries,
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
    sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/auth/httpAuthExtensionConfiguration.js
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

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/EventBridgeClient.js
var EventBridgeClient = class extends Client {
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

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSEvents", "EventBridgeClient", getEndpointPlugin);
var _ep0 = {};
var _ep1 = {
  EndpointId: { type: "contextParams", name: "EndpointId" }
};
var _mw0 = (Command2, cs, config, o2) => [];

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ActivateEventSourceCommand.js
var ActivateEventSourceCommand = class extends command(_ep0, _mw0, "ActivateEventSource", ActivateEventSource$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/CancelReplayCommand.js
var CancelReplayCommand = class extends command(_ep0, _mw0, "CancelReplay", CancelReplay$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/CreateApiDestinationCommand.js
var CreateApiDestinationCommand = class extends command(_ep0, _mw0, "CreateApiDestination", CreateApiDestination$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/CreateArchiveCommand.js
var CreateArchiveCommand = class extends command(_ep0, _mw0, "CreateArchive", CreateArchive$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/CreateConnectionCommand.js
var CreateConnectionCommand = class extends command(_ep0, _mw0, "CreateConnection", CreateConnection$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/CreateEndpointCommand.js
var CreateEndpointCommand = class extends command(_ep0, _mw0, "CreateEndpoint", CreateEndpoint$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/CreateEventBusCommand.js
var CreateEventBusCommand = class extends command(_ep0, _mw0, "CreateEventBus", CreateEventBus$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/CreatePartnerEventSourceCommand.js
var CreatePartnerEventSourceCommand = class extends command(_ep0, _mw0, "CreatePartnerEventSource", CreatePartnerEventSource$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeactivateEventSourceCommand.js
var DeactivateEventSourceCommand = class extends command(_ep0, _mw0, "DeactivateEventSource", DeactivateEventSource$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeauthorizeConnectionCommand.js
var DeauthorizeConnectionCommand = class extends command(_ep0, _mw0, "DeauthorizeConnection", DeauthorizeConnection$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeleteApiDestinationCommand.js
var DeleteApiDestinationCommand = class extends command(_ep0, _mw0, "DeleteApiDestination", DeleteApiDestination$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeleteArchiveCommand.js
var DeleteArchiveCommand = class extends command(_ep0, _mw0, "DeleteArchive", DeleteArchive$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeleteConnectionCommand.js
var DeleteConnectionCommand = class extends command(_ep0, _mw0, "DeleteConnection", DeleteConnection$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeleteEndpointCommand.js
var DeleteEndpointCommand = class extends command(_ep0, _mw0, "DeleteEndpoint", DeleteEndpoint$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeleteEventBusCommand.js
var DeleteEventBusCommand = class extends command(_ep0, _mw0, "DeleteEventBus", DeleteEventBus$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeletePartnerEventSourceCommand.js
var DeletePartnerEventSourceCommand = class extends command(_ep0, _mw0, "DeletePartnerEventSource", DeletePartnerEventSource$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DeleteRuleCommand.js
var DeleteRuleCommand = class extends command(_ep0, _mw0, "DeleteRule", DeleteRule$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribeApiDestinationCommand.js
var DescribeApiDestinationCommand = class extends command(_ep0, _mw0, "DescribeApiDestination", DescribeApiDestination$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribeArchiveCommand.js
var DescribeArchiveCommand = class extends command(_ep0, _mw0, "DescribeArchive", DescribeArchive$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribeConnectionCommand.js
var DescribeConnectionCommand = class extends command(_ep0, _mw0, "DescribeConnection", DescribeConnection$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribeEndpointCommand.js
var DescribeEndpointCommand = class extends command(_ep0, _mw0, "DescribeEndpoint", DescribeEndpoint$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribeEventBusCommand.js
var DescribeEventBusCommand = class extends command(_ep0, _mw0, "DescribeEventBus", DescribeEventBus$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribeEventSourceCommand.js
var DescribeEventSourceCommand = class extends command(_ep0, _mw0, "DescribeEventSource", DescribeEventSource$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribePartnerEventSourceCommand.js
var DescribePartnerEventSourceCommand = class extends command(_ep0, _mw0, "DescribePartnerEventSource", DescribePartnerEventSource$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribeReplayCommand.js
var DescribeReplayCommand = class extends command(_ep0, _mw0, "DescribeReplay", DescribeReplay$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DescribeRuleCommand.js
var DescribeRuleCommand = class extends command(_ep0, _mw0, "DescribeRule", DescribeRule$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/DisableRuleCommand.js
var DisableRuleCommand = class extends command(_ep0, _mw0, "DisableRule", DisableRule$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/EnableRuleCommand.js
var EnableRuleCommand = class extends command(_ep0, _mw0, "EnableRule", EnableRule$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListApiDestinationsCommand.js
var ListApiDestinationsCommand = class extends command(_ep0, _mw0, "ListApiDestinations", ListApiDestinations$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListArchivesCommand.js
var ListArchivesCommand = class extends command(_ep0, _mw0, "ListArchives", ListArchives$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListConnectionsCommand.js
var ListConnectionsCommand = class extends command(_ep0, _mw0, "ListConnections", ListConnections$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListEndpointsCommand.js
var ListEndpointsCommand = class extends command(_ep0, _mw0, "ListEndpoints", ListEndpoints$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListEventBusesCommand.js
var ListEventBusesCommand = class extends command(_ep0, _mw0, "ListEventBuses", ListEventBuses$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListEventSourcesCommand.js
var ListEventSourcesCommand = class extends command(_ep0, _mw0, "ListEventSources", ListEventSources$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListPartnerEventSourceAccountsCommand.js
var ListPartnerEventSourceAccountsCommand = class extends command(_ep0, _mw0, "ListPartnerEventSourceAccounts", ListPartnerEventSourceAccounts$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListPartnerEventSourcesCommand.js
var ListPartnerEventSourcesCommand = class extends command(_ep0, _mw0, "ListPartnerEventSources", ListPartnerEventSources$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListReplaysCommand.js
var ListReplaysCommand = class extends command(_ep0, _mw0, "ListReplays", ListReplays$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListRuleNamesByTargetCommand.js
var ListRuleNamesByTargetCommand = class extends command(_ep0, _mw0, "ListRuleNamesByTarget", ListRuleNamesByTarget$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListRulesCommand.js
var ListRulesCommand = class extends command(_ep0, _mw0, "ListRules", ListRules$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/ListTargetsByRuleCommand.js
var ListTargetsByRuleCommand = class extends command(_ep0, _mw0, "ListTargetsByRule", ListTargetsByRule$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/PutEventsCommand.js
var PutEventsCommand = class extends command(_ep1, _mw0, "PutEvents", PutEvents$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/PutPartnerEventsCommand.js
var PutPartnerEventsCommand = class extends command(_ep0, _mw0, "PutPartnerEvents", PutPartnerEvents$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/PutPermissionCommand.js
var PutPermissionCommand = class extends command(_ep0, _mw0, "PutPermission", PutPermission$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/PutRuleCommand.js
var PutRuleCommand = class extends command(_ep0, _mw0, "PutRule", PutRule$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/PutTargetsCommand.js
var PutTargetsCommand = class extends command(_ep0, _mw0, "PutTargets", PutTargets$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/RemovePermissionCommand.js
var RemovePermissionCommand = class extends command(_ep0, _mw0, "RemovePermission", RemovePermission$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/RemoveTargetsCommand.js
var RemoveTargetsCommand = class extends command(_ep0, _mw0, "RemoveTargets", RemoveTargets$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/StartReplayCommand.js
var StartReplayCommand = class extends command(_ep0, _mw0, "StartReplay", StartReplay$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/TestEventPatternCommand.js
var TestEventPatternCommand = class extends command(_ep0, _mw0, "TestEventPattern", TestEventPattern$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/UpdateApiDestinationCommand.js
var UpdateApiDestinationCommand = class extends command(_ep0, _mw0, "UpdateApiDestination", UpdateApiDestination$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/UpdateArchiveCommand.js
var UpdateArchiveCommand = class extends command(_ep0, _mw0, "UpdateArchive", UpdateArchive$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/UpdateConnectionCommand.js
var UpdateConnectionCommand = class extends command(_ep0, _mw0, "UpdateConnection", UpdateConnection$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/UpdateEndpointCommand.js
var UpdateEndpointCommand = class extends command(_ep0, _mw0, "UpdateEndpoint", UpdateEndpoint$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/commands/UpdateEventBusCommand.js
var UpdateEventBusCommand = class extends command(_ep0, _mw0, "UpdateEventBus", UpdateEventBus$) {
};

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/EventBridge.js
var commands = {
  ActivateEventSourceCommand,
  CancelReplayCommand,
  CreateApiDestinationCommand,
  CreateArchiveCommand,
  CreateConnectionCommand,
  CreateEndpointCommand,
  CreateEventBusCommand,
  CreatePartnerEventSourceCommand,
  DeactivateEventSourceCommand,
  DeauthorizeConnectionCommand,
  DeleteApiDestinationCommand,
  DeleteArchiveCommand,
  DeleteConnectionCommand,
  DeleteEndpointCommand,
  DeleteEventBusCommand,
  DeletePartnerEventSourceCommand,
  DeleteRuleCommand,
  DescribeApiDestinationCommand,
  DescribeArchiveCommand,
  DescribeConnectionCommand,
  DescribeEndpointCommand,
  DescribeEventBusCommand,
  DescribeEventSourceCommand,
  DescribePartnerEventSourceCommand,
  DescribeReplayCommand,
  DescribeRuleCommand,
  DisableRuleCommand,
  EnableRuleCommand,
  ListApiDestinationsCommand,
  ListArchivesCommand,
  ListConnectionsCommand,
  ListEndpointsCommand,
  ListEventBusesCommand,
  ListEventSourcesCommand,
  ListPartnerEventSourceAccountsCommand,
  ListPartnerEventSourcesCommand,
  ListReplaysCommand,
  ListRuleNamesByTargetCommand,
  ListRulesCommand,
  ListTagsForResourceCommand,
  ListTargetsByRuleCommand,
  PutEventsCommand,
  PutPartnerEventsCommand,
  PutPermissionCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemovePermissionCommand,
  RemoveTargetsCommand,
  StartReplayCommand,
  TagResourceCommand,
  TestEventPatternCommand,
  UntagResourceCommand,
  UpdateApiDestinationCommand,
  UpdateArchiveCommand,
  UpdateConnectionCommand,
  UpdateEndpointCommand,
  UpdateEventBusCommand
};
var EventBridge = class extends EventBridgeClient {
};
createAggregatedClient(commands, EventBridge);

// ../../node_modules/@aws-sdk/client-eventbridge/dist-es/models/enums.js
var ApiDestinationState = {
  ACTIVE: "ACTIVE",
  INACTIVE: "INACTIVE"
};
var ApiDestinationHttpMethod = {
  DELETE: "DELETE",
  GET: "GET",
  HEAD: "HEAD",
  OPTIONS: "OPTIONS",
  PATCH: "PATCH",
  POST: "POST",
  PUT: "PUT"
};
var ArchiveState = {
  CREATE_FAILED: "CREATE_FAILED",
  CREATING: "CREATING",
  DISABLED: "DISABLED",
  ENABLED: "ENABLED",
  UPDATE_FAILED: "UPDATE_FAILED",
  UPDATING: "UPDATING"
};
var AssignPublicIp = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED"
};
var ReplayState = {
  CANCELLED: "CANCELLED",
  CANCELLING: "CANCELLING",
  COMPLETED: "COMPLETED",
  FAILED: "FAILED",
  RUNNING: "RUNNING",
  STARTING: "STARTING"
};
var ConnectionAuthorizationType = {
  API_KEY: "API_KEY",
  BASIC: "BASIC",
  OAUTH_CLIENT_CREDENTIALS: "OAUTH_CLIENT_CREDENTIALS"
};
var ConnectionOAuthHttpMethod = {
  GET: "GET",
  POST: "POST",
  PUT: "PUT"
};
var ConnectionState = {
  ACTIVE: "ACTIVE",
  AUTHORIZED: "AUTHORIZED",
  AUTHORIZING: "AUTHORIZING",
  CREATING: "CREATING",
  DEAUTHORIZED: "DEAUTHORIZED",
  DEAUTHORIZING: "DEAUTHORIZING",
  DELETING: "DELETING",
  FAILED_CONNECTIVITY: "FAILED_CONNECTIVITY",
  UPDATING: "UPDATING"
};
var ReplicationState = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED"
};
var EndpointState = {
  ACTIVE: "ACTIVE",
  CREATE_FAILED: "CREATE_FAILED",
  CREATING: "CREATING",
  DELETE_FAILED: "DELETE_FAILED",
  DELETING: "DELETING",
  UPDATE_FAILED: "UPDATE_FAILED",
  UPDATING: "UPDATING"
};
var IncludeDetail = {
  FULL: "FULL",
  NONE: "NONE"
};
var Level = {
  ERROR: "ERROR",
  INFO: "INFO",
  OFF: "OFF",
  TRACE: "TRACE"
};
var EventSourceState = {
  ACTIVE: "ACTIVE",
  DELETED: "DELETED",
  PENDING: "PENDING"
};
var RuleState = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED",
  ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS: "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"
};
var LaunchType = {
  EC2: "EC2",
  EXTERNAL: "EXTERNAL",
  FARGATE: "FARGATE"
};
var PlacementConstraintType = {
  DISTINCT_INSTANCE: "distinctInstance",
  MEMBER_OF: "memberOf"
};
var PlacementStrategyType = {
  BINPACK: "binpack",
  RANDOM: "random",
  SPREAD: "spread"
};
var PropagateTags = {
  TASK_DEFINITION: "TASK_DEFINITION"
};

export {
  EventBridgeServiceException,
  AccessDeniedException,
  ConcurrentModificationException,
  InternalException,
  InvalidStateException,
  OperationDisabledException,
  ResourceNotFoundException,
  IllegalStatusException,
  LimitExceededException,
  ResourceAlreadyExistsException,
  InvalidEventPatternException,
  ThrottlingException,
  ManagedRuleException,
  PolicyLengthExceededException,
  EventBridgeServiceException$,
  AccessDeniedException$,
  ConcurrentModificationException$,
  IllegalStatusException$,
  InternalException$,
  InvalidEventPatternException$,
  InvalidStateException$,
  LimitExceededException$,
  ManagedRuleException$,
  OperationDisabledException$,
  PolicyLengthExceededException$,
  ResourceAlreadyExistsException$,
  ResourceNotFoundException$,
  ThrottlingException$,
  errorTypeRegistries,
  ActivateEventSourceRequest$,
  ApiDestination$,
  AppSyncParameters$,
  Archive$,
  AwsVpcConfiguration$,
  BatchArrayProperties$,
  BatchParameters$,
  BatchRetryStrategy$,
  CancelReplayRequest$,
  CancelReplayResponse$,
  CapacityProviderStrategyItem$,
  Condition$,
  Connection$,
  ConnectionApiKeyAuthResponseParameters$,
  ConnectionAuthResponseParameters$,
  ConnectionBasicAuthResponseParameters$,
  ConnectionBodyParameter$,
  ConnectionHeaderParameter$,
  ConnectionHttpParameters$,
  ConnectionOAuthClientResponseParameters$,
  ConnectionOAuthResponseParameters$,
  ConnectionQueryStringParameter$,
  ConnectivityResourceConfigurationArn$,
  ConnectivityResourceParameters$,
  CreateApiDestinationRequest$,
  CreateApiDestinationResponse$,
  CreateArchiveRequest$,
  CreateArchiveResponse$,
  CreateConnectionApiKeyAuthRequestParameters$,
  CreateConnectionAuthRequestParameters$,
  CreateConnectionBasicAuthRequestParameters$,
  CreateConnectionOAuthClientRequestParameters$,
  CreateConnectionOAuthRequestParameters$,
  CreateConnectionRequest$,
  CreateConnectionResponse$,
  CreateEndpointRequest$,
  CreateEndpointResponse$,
  CreateEventBusRequest$,
  CreateEventBusResponse$,
  CreatePartnerEventSourceRequest$,
  CreatePartnerEventSourceResponse$,
  DeactivateEventSourceRequest$,
  DeadLetterConfig$,
  DeauthorizeConnectionRequest$,
  DeauthorizeConnectionResponse$,
  DeleteApiDestinationRequest$,
  DeleteApiDestinationResponse$,
  DeleteArchiveRequest$,
  DeleteArchiveResponse$,
  DeleteConnectionRequest$,
  DeleteConnectionResponse$,
  DeleteEndpointRequest$,
  DeleteEndpointResponse$,
  DeleteEventBusRequest$,
  DeletePartnerEventSourceRequest$,
  DeleteRuleRequest$,
  DescribeApiDestinationRequest$,
  DescribeApiDestinationResponse$,
  DescribeArchiveRequest$,
  DescribeArchiveResponse$,
  DescribeConnectionConnectivityParameters$,
  DescribeConnectionRequest$,
  DescribeConnectionResourceParameters$,
  DescribeConnectionResponse$,
  DescribeEndpointRequest$,
  DescribeEndpointResponse$,
  DescribeEventBusRequest$,
  DescribeEventBusResponse$,
  DescribeEventSourceRequest$,
  DescribeEventSourceResponse$,
  DescribePartnerEventSourceRequest$,
  DescribePartnerEventSourceResponse$,
  DescribeReplayRequest$,
  DescribeReplayResponse$,
  DescribeRuleRequest$,
  DescribeRuleResponse$,
  DisableRuleRequest$,
  EcsParameters$,
  EnableRuleRequest$,
  Endpoint$,
  EndpointEventBus$,
  EventBus$,
  EventSource$,
  FailoverConfig$,
  HttpParameters$,
  InputTransformer$,
  KinesisParameters$,
  ListApiDestinationsRequest$,
  ListApiDestinationsResponse$,
  ListArchivesRequest$,
  ListArchivesResponse$,
  ListConnectionsRequest$,
  ListConnectionsResponse$,
  ListEndpointsRequest$,
  ListEndpointsResponse$,
  ListEventBusesRequest$,
  ListEventBusesResponse$,
  ListEventSourcesRequest$,
  ListEventSourcesResponse$,
  ListPartnerEventSourceAccountsRequest$,
  ListPartnerEventSourceAccountsResponse$,
  ListPartnerEventSourcesRequest$,
  ListPartnerEventSourcesResponse$,
  ListReplaysRequest$,
  ListReplaysResponse$,
  ListRuleNamesByTargetRequest$,
  ListRuleNamesByTargetResponse$,
  ListRulesRequest$,
  ListRulesResponse$,
  ListTagsForResourceRequest$,
  ListTagsForResourceResponse$,
  ListTargetsByRuleRequest$,
  ListTargetsByRuleResponse$,
  LogConfig$,
  NetworkConfiguration$,
  PartnerEventSource$,
  PartnerEventSourceAccount$,
  PlacementConstraint$,
  PlacementStrategy$,
  Primary$,
  PutEventsRequest$,
  PutEventsRequestEntry$,
  PutEventsResponse$,
  PutEventsResultEntry$,
  PutPartnerEventsRequest$,
  PutPartnerEventsRequestEntry$,
  PutPartnerEventsResponse$,
  PutPartnerEventsResultEntry$,
  PutPermissionRequest$,
  PutRuleRequest$,
  PutRuleResponse$,
  PutTargetsRequest$,
  PutTargetsResponse$,
  PutTargetsResultEntry$,
  RedshiftDataParameters$,
  RemovePermissionRequest$,
  RemoveTargetsRequest$,
  RemoveTargetsResponse$,
  RemoveTargetsResultEntry$,
  Replay$,
  ReplayDestination$,
  ReplicationConfig$,
  RetryPolicy$,
  RoutingConfig$,
  Rule$,
  RunCommandParameters$,
  RunCommandTarget$,
  SageMakerPipelineParameter$,
  SageMakerPipelineParameters$,
  Secondary$,
  SqsParameters$,
  StartReplayRequest$,
  StartReplayResponse$,
  Tag$,
  TagResourceRequest$,
  TagResourceResponse$,
  Target$,
  TestEventPatternRequest$,
  TestEventPatternResponse$,
  UntagResourceRequest$,
  UntagResourceResponse$,
  UpdateApiDestinationRequest$,
  UpdateApiDestinationResponse$,
  UpdateArchiveRequest$,
  UpdateArchiveResponse$,
  UpdateConnectionApiKeyAuthRequestParameters$,
  UpdateConnectionAuthRequestParameters$,
  UpdateConnectionBasicAuthRequestParameters$,
  UpdateConnectionOAuthClientRequestParameters$,
  UpdateConnectionOAuthRequestParameters$,
  UpdateConnectionRequest$,
  UpdateConnectionResponse$,
  UpdateEndpointRequest$,
  UpdateEndpointResponse$,
  UpdateEventBusRequest$,
  UpdateEventBusResponse$,
  ActivateEventSource$,
  CancelReplay$,
  CreateApiDestination$,
  CreateArchive$,
  CreateConnection$,
  CreateEndpoint$,
  CreateEventBus$,
  CreatePartnerEventSource$,
  DeactivateEventSource$,
  DeauthorizeConnection$,
  DeleteApiDestination$,
  DeleteArchive$,
  DeleteConnection$,
  DeleteEndpoint$,
  DeleteEventBus$,
  DeletePartnerEventSource$,
  DeleteRule$,
  DescribeApiDestination$,
  DescribeArchive$,
  DescribeConnection$,
  DescribeEndpoint$,
  DescribeEventBus$,
  DescribeEventSource$,
  DescribePartnerEventSource$,
  DescribeReplay$,
  DescribeRule$,
  DisableRule$,
  EnableRule$,
  ListApiDestinations$,
  ListArchives$,
  ListConnections$,
  ListEndpoints$,
  ListEventBuses$,
  ListEventSources$,
  ListPartnerEventSourceAccounts$,
  ListPartnerEventSources$,
  ListReplays$,
  ListRuleNamesByTarget$,
  ListRules$,
  ListTagsForResource$,
  ListTargetsByRule$,
  PutEvents$,
  PutPartnerEvents$,
  PutPermission$,
  PutRule$,
  PutTargets$,
  RemovePermission$,
  RemoveTargets$,
  StartReplay$,
  TagResource$,
  TestEventPattern$,
  UntagResource$,
  UpdateApiDestination$,
  UpdateArchive$,
  UpdateConnection$,
  UpdateEndpoint$,
  UpdateEventBus$,
  EventBridgeClient,
  ActivateEventSourceCommand,
  CancelReplayCommand,
  CreateApiDestinationCommand,
  CreateArchiveCommand,
  CreateConnectionCommand,
  CreateEndpointCommand,
  CreateEventBusCommand,
  CreatePartnerEventSourceCommand,
  DeactivateEventSourceCommand,
  DeauthorizeConnectionCommand,
  DeleteApiDestinationCommand,
  DeleteArchiveCommand,
  DeleteConnectionCommand,
  DeleteEndpointCommand,
  DeleteEventBusCommand,
  DeletePartnerEventSourceCommand,
  DeleteRuleCommand,
  DescribeApiDestinationCommand,
  DescribeArchiveCommand,
  DescribeConnectionCommand,
  DescribeEndpointCommand,
  DescribeEventBusCommand,
  DescribeEventSourceCommand,
  DescribePartnerEventSourceCommand,
  DescribeReplayCommand,
  DescribeRuleCommand,
  DisableRuleCommand,
  EnableRuleCommand,
  ListApiDestinationsCommand,
  ListArchivesCommand,
  ListConnectionsCommand,
  ListEndpointsCommand,
  ListEventBusesCommand,
  ListEventSourcesCommand,
  ListPartnerEventSourceAccountsCommand,
  ListPartnerEventSourcesCommand,
  ListReplaysCommand,
  ListRuleNamesByTargetCommand,
  ListRulesCommand,
  ListTagsForResourceCommand,
  ListTargetsByRuleCommand,
  PutEventsCommand,
  PutPartnerEventsCommand,
  PutPermissionCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemovePermissionCommand,
  RemoveTargetsCommand,
  StartReplayCommand,
  TagResourceCommand,
  TestEventPatternCommand,
  UntagResourceCommand,
  UpdateApiDestinationCommand,
  UpdateArchiveCommand,
  UpdateConnectionCommand,
  UpdateEndpointCommand,
  UpdateEventBusCommand,
  EventBridge,
  ApiDestinationState,
  ApiDestinationHttpMethod,
  ArchiveState,
  AssignPublicIp,
  ReplayState,
  ConnectionAuthorizationType,
  ConnectionOAuthHttpMethod,
  ConnectionState,
  ReplicationState,
  EndpointState,
  IncludeDetail,
  Level,
  EventSourceState,
  RuleState,
  LaunchType,
  PlacementConstraintType,
  PlacementStrategyType,
  PropagateTags
};
//# sourceMappingURL=chunk-VIZMCPZV.js.map
