import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist,
  require_dist_cjs,
  require_dist_cjs10 as require_dist_cjs9,
  require_dist_cjs3 as require_dist_cjs2,
  require_dist_cjs4 as require_dist_cjs3,
  require_dist_cjs5 as require_dist_cjs4,
  require_dist_cjs6 as require_dist_cjs5,
  require_dist_cjs7 as require_dist_cjs6,
  require_dist_cjs8 as require_dist_cjs7,
  require_dist_cjs9 as require_dist_cjs8,
  retry_exports
} from "./chunk-LKTKAQ2C.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-QSR5JTMT.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./chunk-QL5DKQCF.js";

// ../../node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var require_dist_cjs10 = __commonJS({
  "../../node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsQueryProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultCloudFormationHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "cloudformation",
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
    var defaultCloudFormationHttpAuthSchemeProvider = (authParameters) => {
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
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "cloudformation"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1168.0";
    var packageInfo = {
      version
    };
    var k = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [k]: "Endpoint" };
    var h = { [k]: d };
    var i2 = {};
    var j = [{ [k]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i2],
        ["https://cloudformation-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i2],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://cloudformation.{Region}.amazonaws.com", i2],
        ["https://cloudformation-fips.{Region}.{PartitionResult#dnsSuffix}", i2],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://cloudformation.{Region}.{PartitionResult#dualStackDnsSuffix}", i2],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://cloudformation.{Region}.{PartitionResult#dnsSuffix}", i2],
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
      13,
      3,
      1,
      4,
      r + 12,
      2,
      5,
      r + 12,
      3,
      8,
      6,
      4,
      7,
      r + 11,
      5,
      r + 9,
      r + 10,
      4,
      11,
      9,
      6,
      10,
      r + 8,
      7,
      r + 6,
      r + 7,
      5,
      12,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      14,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache2 = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache2.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var CloudFormationServiceException = class _CloudFormationServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudformation#CloudFormationServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _CloudFormationServiceException.prototype);
      }
    };
    var InvalidOperationException = class _InvalidOperationException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#InvalidOperationException";
      name = "InvalidOperationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidOperationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidOperationException.prototype);
        this.Message = opts.Message;
      }
    };
    var OperationNotFoundException = class _OperationNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#OperationNotFoundException";
      name = "OperationNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OperationNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OperationNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var CFNRegistryException = class _CFNRegistryException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#CFNRegistryException";
      name = "CFNRegistryException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CFNRegistryException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CFNRegistryException.prototype);
        this.Message = opts.Message;
      }
    };
    var TypeNotFoundException = class _TypeNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#TypeNotFoundException";
      name = "TypeNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TypeNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TypeNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var AlreadyExistsException = class _AlreadyExistsException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#AlreadyExistsException";
      name = "AlreadyExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var TypeConfigurationNotFoundException = class _TypeConfigurationNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#TypeConfigurationNotFoundException";
      name = "TypeConfigurationNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TypeConfigurationNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TypeConfigurationNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var TokenAlreadyExistsException = class _TokenAlreadyExistsException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#TokenAlreadyExistsException";
      name = "TokenAlreadyExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TokenAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TokenAlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var ChangeSetNotFoundException = class _ChangeSetNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#ChangeSetNotFoundException";
      name = "ChangeSetNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ChangeSetNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ChangeSetNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InsufficientCapabilitiesException = class _InsufficientCapabilitiesException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#InsufficientCapabilitiesException";
      name = "InsufficientCapabilitiesException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InsufficientCapabilitiesException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientCapabilitiesException.prototype);
        this.Message = opts.Message;
      }
    };
    var LimitExceededException = class _LimitExceededException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConcurrentResourcesLimitExceededException = class _ConcurrentResourcesLimitExceededException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#ConcurrentResourcesLimitExceededException";
      name = "ConcurrentResourcesLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentResourcesLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConcurrentResourcesLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var OperationIdAlreadyExistsException = class _OperationIdAlreadyExistsException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#OperationIdAlreadyExistsException";
      name = "OperationIdAlreadyExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OperationIdAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OperationIdAlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var OperationInProgressException = class _OperationInProgressException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#OperationInProgressException";
      name = "OperationInProgressException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OperationInProgressException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OperationInProgressException.prototype);
        this.Message = opts.Message;
      }
    };
    var StackSetNotFoundException = class _StackSetNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#StackSetNotFoundException";
      name = "StackSetNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "StackSetNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StackSetNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var StaleRequestException = class _StaleRequestException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#StaleRequestException";
      name = "StaleRequestException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "StaleRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StaleRequestException.prototype);
        this.Message = opts.Message;
      }
    };
    var CreatedButModifiedException = class _CreatedButModifiedException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#CreatedButModifiedException";
      name = "CreatedButModifiedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CreatedButModifiedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CreatedButModifiedException.prototype);
        this.Message = opts.Message;
      }
    };
    var NameAlreadyExistsException = class _NameAlreadyExistsException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#NameAlreadyExistsException";
      name = "NameAlreadyExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "NameAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NameAlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidChangeSetStatusException = class _InvalidChangeSetStatusException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#InvalidChangeSetStatusException";
      name = "InvalidChangeSetStatusException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidChangeSetStatusException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidChangeSetStatusException.prototype);
        this.Message = opts.Message;
      }
    };
    var GeneratedTemplateNotFoundException = class _GeneratedTemplateNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#GeneratedTemplateNotFoundException";
      name = "GeneratedTemplateNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "GeneratedTemplateNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _GeneratedTemplateNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var StackSetNotEmptyException = class _StackSetNotEmptyException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#StackSetNotEmptyException";
      name = "StackSetNotEmptyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "StackSetNotEmptyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StackSetNotEmptyException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceScanNotFoundException = class _ResourceScanNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#ResourceScanNotFoundException";
      name = "ResourceScanNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceScanNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceScanNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var StackInstanceNotFoundException = class _StackInstanceNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#StackInstanceNotFoundException";
      name = "StackInstanceNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "StackInstanceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StackInstanceNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var StackRefactorNotFoundException = class _StackRefactorNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#StackRefactorNotFoundException";
      name = "StackRefactorNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "StackRefactorNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StackRefactorNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var HookResultNotFoundException = class _HookResultNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#HookResultNotFoundException";
      name = "HookResultNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "HookResultNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HookResultNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var StackNotFoundException = class _StackNotFoundException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#StackNotFoundException";
      name = "StackNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "StackNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StackNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceScanInProgressException = class _ResourceScanInProgressException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#ResourceScanInProgressException";
      name = "ResourceScanInProgressException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceScanInProgressException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceScanInProgressException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidStateTransitionException = class _InvalidStateTransitionException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#InvalidStateTransitionException";
      name = "InvalidStateTransitionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidStateTransitionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidStateTransitionException.prototype);
        this.Message = opts.Message;
      }
    };
    var OperationStatusCheckFailedException = class _OperationStatusCheckFailedException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#OperationStatusCheckFailedException";
      name = "OperationStatusCheckFailedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OperationStatusCheckFailedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OperationStatusCheckFailedException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceScanLimitExceededException = class _ResourceScanLimitExceededException extends CloudFormationServiceException {
      static shapeId = "com.amazonaws.cloudformation#ResourceScanLimitExceededException";
      name = "ResourceScanLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceScanLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceScanLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var _A = "Arn";
    var _AC = "AfterContext";
    var _ACT = "AttributeChangeType";
    var _AD = "AutoDeployment";
    var _AEE = "AlreadyExistsException";
    var _AFT = "AccountFilterType";
    var _AGR = "AccountGateResult";
    var _AL = "AccountLimit";
    var _ALL = "AccountLimitList";
    var _ALc = "AccountLimits";
    var _ALn = "AnnotationList";
    var _AN = "AnnotationName";
    var _ANl = "AliasName";
    var _AOA = "ActivateOrganizationsAccess";
    var _AOAI = "ActivateOrganizationsAccessInput";
    var _AOAO = "ActivateOrganizationsAccessOutput";
    var _AP = "ActualProperties";
    var _AR = "AddResources";
    var _ARARN = "AdministrationRoleARN";
    var _AT = "ActivateType";
    var _ATAC = "AcceptTermsAndConditions";
    var _ATI = "ActivateTypeInput";
    var _ATO = "ActivateTypeOutput";
    var _AU = "AutoUpdate";
    var _AUc = "AccountsUrl";
    var _AV = "ActualValue";
    var _AVF = "AfterValueFrom";
    var _AVf = "AfterValue";
    var _AVl = "AllowedValues";
    var _Ac = "Accounts";
    var _Acc = "Account";
    var _Act = "Action";
    var _Acti = "Active";
    var _Al = "Alias";
    var _An = "Annotation";
    var _Ann = "Annotations";
    var _At = "Attribute";
    var _BC = "BeforeContext";
    var _BDTC = "BatchDescribeTypeConfigurations";
    var _BDTCE = "BatchDescribeTypeConfigurationsError";
    var _BDTCEa = "BatchDescribeTypeConfigurationsErrors";
    var _BDTCI = "BatchDescribeTypeConfigurationsInput";
    var _BDTCO = "BatchDescribeTypeConfigurationsOutput";
    var _BT = "BearerToken";
    var _BV = "BeforeValue";
    var _BVF = "BeforeValueFrom";
    var _C = "Change";
    var _CA = "CallAs";
    var _CAo = "ConnectionArn";
    var _CAon = "ConfigurationAlias";
    var _CAonf = "ConfigurationArn";
    var _CBME = "CreatedButModifiedException";
    var _CCS = "CreateChangeSet";
    var _CCSI = "CreateChangeSetInput";
    var _CCSO = "CreateChangeSetOutput";
    var _CE = "CausingEntity";
    var _CFNRE = "CFNRegistryException";
    var _CGT = "CreateGeneratedTemplate";
    var _CGTI = "CreateGeneratedTemplateInput";
    var _CGTO = "CreateGeneratedTemplateOutput";
    var _CM = "ConcurrencyMode";
    var _COS = "CurrentOperationStatus";
    var _CR = "CapabilitiesReason";
    var _CRLEE = "ConcurrentResourcesLimitExceededException";
    var _CRT = "ClientRequestToken";
    var _CS = "ConfigurationSchema";
    var _CSH = "ChangeSetHook";
    var _CSHRTD = "ChangeSetHookResourceTargetDetails";
    var _CSHTD = "ChangeSetHookTargetDetails";
    var _CSHh = "ChangeSetHooks";
    var _CSI = "ChangeSetId";
    var _CSII = "CreateStackInstancesInput";
    var _CSIO = "CreateStackInstancesOutput";
    var _CSIr = "CreateStackInput";
    var _CSIre = "CreateStackInstances";
    var _CSN = "ChangeSetName";
    var _CSNFE = "ChangeSetNotFoundException";
    var _CSO = "CreateStackOutput";
    var _CSR = "CreateStackRefactor";
    var _CSRI = "CreateStackRefactorInput";
    var _CSRO = "CreateStackRefactorOutput";
    var _CSS = "ChangeSetSummary";
    var _CSSI = "CreateStackSetInput";
    var _CSSO = "CreateStackSetOutput";
    var _CSSh = "ChangeSetSummaries";
    var _CSSr = "CreateStackSet";
    var _CST = "ChangeSetType";
    var _CSh = "ChangeSource";
    var _CSr = "CreateStack";
    var _CT = "CreationTime";
    var _CTl = "ClientToken";
    var _CTr = "CreationTimestamp";
    var _CUR = "ContinueUpdateRollback";
    var _CURI = "ContinueUpdateRollbackInput";
    var _CURO = "ContinueUpdateRollbackOutput";
    var _CUS = "CancelUpdateStack";
    var _CUSI = "CancelUpdateStackInput";
    var _Ca = "Capabilities";
    var _Cat = "Category";
    var _Ch = "Changes";
    var _Co = "Configuration";
    var _D = "Description";
    var _DAL = "DescribeAccountLimits";
    var _DALI = "DescribeAccountLimitsInput";
    var _DALO = "DescribeAccountLimitsOutput";
    var _DC = "DeploymentConfig";
    var _DCS = "DeleteChangeSet";
    var _DCSH = "DescribeChangeSetHooks";
    var _DCSHI = "DescribeChangeSetHooksInput";
    var _DCSHO = "DescribeChangeSetHooksOutput";
    var _DCSI = "DeleteChangeSetInput";
    var _DCSIe = "DescribeChangeSetInput";
    var _DCSO = "DeleteChangeSetOutput";
    var _DCSOe = "DescribeChangeSetOutput";
    var _DCSe = "DescribeChangeSet";
    var _DDS = "DriftDetectionStatus";
    var _DDT = "DriftDetectionTimestamp";
    var _DE = "DescribeEvents";
    var _DEI = "DescribeEventsInput";
    var _DEO = "DescribeEventsOutput";
    var _DGT = "DeleteGeneratedTemplate";
    var _DGTI = "DeleteGeneratedTemplateInput";
    var _DGTIe = "DescribeGeneratedTemplateInput";
    var _DGTO = "DescribeGeneratedTemplateOutput";
    var _DGTe = "DescribeGeneratedTemplate";
    var _DI = "DriftInformation";
    var _DM = "DeploymentMode";
    var _DMe = "DeletionMode";
    var _DO = "DependsOn";
    var _DOA = "DeactivateOrganizationsAccess";
    var _DOAI = "DeactivateOrganizationsAccessInput";
    var _DOAIe = "DescribeOrganizationsAccessInput";
    var _DOAO = "DeactivateOrganizationsAccessOutput";
    var _DOAOe = "DescribeOrganizationsAccessOutput";
    var _DOAe = "DescribeOrganizationsAccess";
    var _DP = "DeletionPolicy";
    var _DPI = "DescribePublisherInput";
    var _DPO = "DescribePublisherOutput";
    var _DPe = "DescribePublisher";
    var _DR = "DisableRollback";
    var _DRS = "DescribeResourceScan";
    var _DRSI = "DescribeResourceScanInput";
    var _DRSO = "DescribeResourceScanOutput";
    var _DRe = "DetectionReason";
    var _DS = "DetectionStatus";
    var _DSD = "DetectStackDrift";
    var _DSDDS = "DescribeStackDriftDetectionStatus";
    var _DSDDSI = "DescribeStackDriftDetectionStatusInput";
    var _DSDDSO = "DescribeStackDriftDetectionStatusOutput";
    var _DSDI = "DetectStackDriftInput";
    var _DSDO = "DetectStackDriftOutput";
    var _DSE = "DescribeStackEvents";
    var _DSEI = "DescribeStackEventsInput";
    var _DSEO = "DescribeStackEventsOutput";
    var _DSI = "DeleteStackInput";
    var _DSIC = "DriftedStackInstancesCount";
    var _DSII = "DeleteStackInstancesInput";
    var _DSIIe = "DescribeStackInstanceInput";
    var _DSIO = "DeleteStackInstancesOutput";
    var _DSIOe = "DescribeStackInstanceOutput";
    var _DSIe = "DescribeStacksInput";
    var _DSIel = "DeleteStackInstances";
    var _DSIes = "DescribeStackInstance";
    var _DSO = "DescribeStacksOutput";
    var _DSR = "DetectionStatusReason";
    var _DSRC = "DriftedStackResourceCount";
    var _DSRD = "DescribeStackResourceDrifts";
    var _DSRDI = "DescribeStackResourceDriftsInput";
    var _DSRDIe = "DetectStackResourceDriftInput";
    var _DSRDO = "DescribeStackResourceDriftsOutput";
    var _DSRDOe = "DetectStackResourceDriftOutput";
    var _DSRDe = "DetectStackResourceDrift";
    var _DSRI = "DescribeStackRefactorInput";
    var _DSRIe = "DescribeStackResourceInput";
    var _DSRIes = "DescribeStackResourcesInput";
    var _DSRO = "DescribeStackRefactorOutput";
    var _DSROe = "DescribeStackResourceOutput";
    var _DSROes = "DescribeStackResourcesOutput";
    var _DSRe = "DescribeStackRefactor";
    var _DSRes = "DescribeStackResource";
    var _DSResc = "DescribeStackResources";
    var _DSRr = "DriftStatusReason";
    var _DSS = "DeleteStackSet";
    var _DSSD = "DetectStackSetDrift";
    var _DSSDI = "DetectStackSetDriftInput";
    var _DSSDO = "DetectStackSetDriftOutput";
    var _DSSI = "DeleteStackSetInput";
    var _DSSIe = "DescribeStackSetInput";
    var _DSSO = "DeleteStackSetOutput";
    var _DSSOI = "DescribeStackSetOperationInput";
    var _DSSOO = "DescribeStackSetOperationOutput";
    var _DSSOe = "DescribeStackSetOutput";
    var _DSSOes = "DescribeStackSetOperation";
    var _DSSe = "DescribeStackSet";
    var _DSe = "DeprecatedStatus";
    var _DSel = "DeleteStack";
    var _DSes = "DescribeStacks";
    var _DSet = "DetailedStatus";
    var _DSr = "DriftStatus";
    var _DT = "DeploymentTargets";
    var _DTI = "DeactivateTypeInput";
    var _DTIe = "DeregisterTypeInput";
    var _DTIes = "DescribeTypeInput";
    var _DTO = "DeactivateTypeOutput";
    var _DTOe = "DeregisterTypeOutput";
    var _DTOes = "DescribeTypeOutput";
    var _DTR = "DescribeTypeRegistration";
    var _DTRI = "DescribeTypeRegistrationInput";
    var _DTRO = "DescribeTypeRegistrationOutput";
    var _DTe = "DeclaredTransforms";
    var _DTea = "DeactivateType";
    var _DTel = "DeletionTime";
    var _DTer = "DeregisterType";
    var _DTes = "DescribeType";
    var _DTi = "DifferenceType";
    var _DU = "DocumentationUrl";
    var _DV = "DisableValidation";
    var _DVI = "DefaultVersionId";
    var _DVe = "DefaultValue";
    var _De = "Details";
    var _Des = "Destination";
    var _Det = "Detection";
    var _Dr = "Drift";
    var _E = "Enabled";
    var _EC = "ErrorCode";
    var _ECS = "ExecuteChangeSet";
    var _ECSI = "ExecuteChangeSetInput";
    var _ECSO = "ExecuteChangeSetOutput";
    var _EF = "EventFilter";
    var _EI = "EventId";
    var _EM = "ErrorMessage";
    var _EN = "ExportName";
    var _EP = "ExpectedProperties";
    var _ERA = "ExecutionRoleArn";
    var _ERN = "ExecutionRoleName";
    var _ES = "ExecutionStatus";
    var _ESC = "EnableStackCreation";
    var _ESF = "ExecutionStatusFilter";
    var _ESI = "ExportingStackId";
    var _ESR = "ExecutionStatusReason";
    var _ESRI = "ExecuteStackRefactorInput";
    var _ESRx = "ExecuteStackRefactor";
    var _ET = "EndTime";
    var _ETC = "EstimateTemplateCost";
    var _ETCI = "EstimateTemplateCostInput";
    var _ETCO = "EstimateTemplateCostOutput";
    var _ETP = "EnableTerminationProtection";
    var _ETn = "EndTimestamp";
    var _ETv = "EventType";
    var _EV = "ExpectedValue";
    var _En = "Entity";
    var _Er = "Errors";
    var _Ev = "Evaluation";
    var _Ex = "Export";
    var _Exp = "Exports";
    var _F = "Filters";
    var _FE = "FailedEvents";
    var _FM = "FailureMode";
    var _FR = "ForceRollback";
    var _FSIC = "FailedStackInstancesCount";
    var _FTC = "FailureToleranceCount";
    var _FTP = "FailureTolerancePercentage";
    var _Fo = "Format";
    var _GGT = "GetGeneratedTemplate";
    var _GGTI = "GetGeneratedTemplateInput";
    var _GGTO = "GetGeneratedTemplateOutput";
    var _GHR = "GetHookResult";
    var _GHRI = "GetHookResultInput";
    var _GHRO = "GetHookResultOutput";
    var _GSP = "GetStackPolicy";
    var _GSPI = "GetStackPolicyInput";
    var _GSPO = "GetStackPolicyOutput";
    var _GT = "GetTemplate";
    var _GTI = "GeneratedTemplateId";
    var _GTIe = "GetTemplateInput";
    var _GTN = "GeneratedTemplateName";
    var _GTNFE = "GeneratedTemplateNotFoundException";
    var _GTO = "GetTemplateOutput";
    var _GTS = "GetTemplateSummary";
    var _GTSI = "GetTemplateSummaryInput";
    var _GTSO = "GetTemplateSummaryOutput";
    var _H = "Hooks";
    var _HET = "HookExecutionTarget";
    var _HFM = "HookFailureMode";
    var _HIC = "HookInvocationCount";
    var _HII = "HookInvocationId";
    var _HIP = "HookInvocationPoint";
    var _HR = "HookResults";
    var _HRI = "HookResultId";
    var _HRNFE = "HookResultNotFoundException";
    var _HRS = "HookResultSummary";
    var _HRSo = "HookResultSummaries";
    var _HS = "HookStatus";
    var _HSR = "HookStatusReason";
    var _HT = "HookTarget";
    var _HTo = "HookType";
    var _I = "Id";
    var _IA = "IsActivated";
    var _IAn = "InvokedAt";
    var _ICE = "InsufficientCapabilitiesException";
    var _ICSSE = "InvalidChangeSetStatusException";
    var _IDC = "IsDefaultConfiguration";
    var _IDV = "IsDefaultVersion";
    var _IER = "ImportExistingResources";
    var _INS = "IncludeNestedStacks";
    var _IOE = "InvalidOperationException";
    var _IP = "InvocationPoint";
    var _IPSIC = "InProgressStackInstancesCount";
    var _IPV = "IncludePropertyValues";
    var _IPd = "IdentityProvider";
    var _ISSIC = "InSyncStackInstancesCount";
    var _ISTE = "InvalidStateTransitionException";
    var _ISTSS = "ImportStacksToStackSet";
    var _ISTSSI = "ImportStacksToStackSetInput";
    var _ISTSSO = "ImportStacksToStackSetOutput";
    var _Im = "Imports";
    var _K = "Key";
    var _LC = "LoggingConfig";
    var _LCS = "ListChangeSets";
    var _LCSI = "ListChangeSetsInput";
    var _LCSO = "ListChangeSetsOutput";
    var _LCT = "LastCheckTimestamp";
    var _LDB = "LogDeliveryBucket";
    var _LDCT = "LastDriftCheckTimestamp";
    var _LE = "ListExports";
    var _LEE = "LimitExceededException";
    var _LEI = "ListExportsInput";
    var _LEO = "ListExportsOutput";
    var _LGN = "LogGroupName";
    var _LGT = "ListGeneratedTemplates";
    var _LGTI = "ListGeneratedTemplatesInput";
    var _LGTO = "ListGeneratedTemplatesOutput";
    var _LHR = "ListHookResults";
    var _LHRI = "ListHookResultsInput";
    var _LHRO = "ListHookResultsOutput";
    var _LI = "ListImports";
    var _LIH = "LogicalIdHierarchy";
    var _LII = "ListImportsInput";
    var _LIO = "ListImportsOutput";
    var _LO = "LastOperations";
    var _LOI = "LastOperationId";
    var _LPV = "LatestPublicVersion";
    var _LRA = "LogRoleArn";
    var _LRD = "LiveResourceDrift";
    var _LRI = "LogicalResourceId";
    var _LRIo = "LogicalResourceIds";
    var _LRS = "ListResourceScans";
    var _LRSI = "ListResourceScansInput";
    var _LRSO = "ListResourceScansOutput";
    var _LRSR = "ListResourceScanResources";
    var _LRSRI = "ListResourceScanResourcesInput";
    var _LRSRO = "ListResourceScanResourcesOutput";
    var _LRSRR = "ListResourceScanRelatedResources";
    var _LRSRRI = "ListResourceScanRelatedResourcesInput";
    var _LRSRRO = "ListResourceScanRelatedResourcesOutput";
    var _LS = "ListStacks";
    var _LSI = "ListStacksInput";
    var _LSII = "ListStackInstancesInput";
    var _LSIO = "ListStackInstancesOutput";
    var _LSIRD = "ListStackInstanceResourceDrifts";
    var _LSIRDI = "ListStackInstanceResourceDriftsInput";
    var _LSIRDO = "ListStackInstanceResourceDriftsOutput";
    var _LSIi = "ListStackInstances";
    var _LSO = "ListStacksOutput";
    var _LSR = "ListStackRefactors";
    var _LSRA = "ListStackRefactorActions";
    var _LSRAI = "ListStackRefactorActionsInput";
    var _LSRAO = "ListStackRefactorActionsOutput";
    var _LSRI = "ListStackRefactorsInput";
    var _LSRIi = "ListStackResourcesInput";
    var _LSRO = "ListStackRefactorsOutput";
    var _LSROi = "ListStackResourcesOutput";
    var _LSRi = "ListStackResources";
    var _LSS = "ListStackSets";
    var _LSSADT = "ListStackSetAutoDeploymentTargets";
    var _LSSADTI = "ListStackSetAutoDeploymentTargetsInput";
    var _LSSADTO = "ListStackSetAutoDeploymentTargetsOutput";
    var _LSSI = "ListStackSetsInput";
    var _LSSO = "ListStackSetsOutput";
    var _LSSOI = "ListStackSetOperationsInput";
    var _LSSOO = "ListStackSetOperationsOutput";
    var _LSSOR = "ListStackSetOperationResults";
    var _LSSORI = "ListStackSetOperationResultsInput";
    var _LSSORO = "ListStackSetOperationResultsOutput";
    var _LSSOi = "ListStackSetOperations";
    var _LT = "ListTypes";
    var _LTI = "ListTypesInput";
    var _LTO = "ListTypesOutput";
    var _LTR = "ListTypeRegistrations";
    var _LTRI = "ListTypeRegistrationsInput";
    var _LTRO = "ListTypeRegistrationsOutput";
    var _LTV = "ListTypeVersions";
    var _LTVI = "ListTypeVersionsInput";
    var _LTVO = "ListTypeVersionsOutput";
    var _LU = "LastUpdated";
    var _LUT = "LastUpdatedTime";
    var _LUTa = "LastUpdatedTimestamp";
    var _M = "Message";
    var _MBS = "ManagedByStack";
    var _MCC = "MaxConcurrentCount";
    var _MCP = "MaxConcurrentPercentage";
    var _ME = "ManagedExecution";
    var _MI = "ModuleInfo";
    var _MR = "MaxResults";
    var _MTIM = "MonitoringTimeInMinutes";
    var _MV = "MajorVersion";
    var _Me = "Metadata";
    var _Mo = "Mode";
    var _N = "Name";
    var _NAEE = "NameAlreadyExistsException";
    var _NARN = "NotificationARNs";
    var _NE = "NoEcho";
    var _NGTN = "NewGeneratedTemplateName";
    var _NOR = "NumberOfResources";
    var _NT = "NextToken";
    var _O = "Output";
    var _OE = "OperationEvents";
    var _OEp = "OperationEntry";
    var _OEpe = "OperationEvent";
    var _OF = "OnFailure";
    var _OI = "OperationId";
    var _OIAEE = "OperationIdAlreadyExistsException";
    var _OIPE = "OperationInProgressException";
    var _OK = "OutputKey";
    var _ONFE = "OperationNotFoundException";
    var _OP = "OperationPreferences";
    var _ORF = "OperationResultFilter";
    var _ORFp = "OperationResultFilters";
    var _OS = "OperationStatus";
    var _OSCFE = "OperationStatusCheckFailedException";
    var _OSF = "OnStackFailure";
    var _OT = "OperationType";
    var _OTA = "OriginalTypeArn";
    var _OTN = "OriginalTypeName";
    var _OUI = "OrganizationalUnitIds";
    var _OUIr = "OrganizationalUnitId";
    var _OV = "OutputValue";
    var _Ou = "Outputs";
    var _P = "Parameters";
    var _PA = "PolicyAction";
    var _PC = "PercentageCompleted";
    var _PCSI = "ParentChangeSetId";
    var _PCa = "ParameterConstraints";
    var _PD = "ParameterDeclaration";
    var _PDC = "PreviousDeploymentContext";
    var _PDa = "ParameterDeclarations";
    var _PDr = "PropertyDifference";
    var _PDro = "PropertyDifferences";
    var _PI = "PublisherId";
    var _PIa = "ParentId";
    var _PIu = "PublisherIdentity";
    var _PK = "ParameterKey";
    var _PM = "PermissionModel";
    var _PN = "PublisherName";
    var _PO = "ParameterOverrides";
    var _PP = "PublisherProfile";
    var _PPr = "PropertyPath";
    var _PRI = "PhysicalResourceId";
    var _PRIC = "PhysicalResourceIdContext";
    var _PRICKVP = "PhysicalResourceIdContextKeyValuePair";
    var _PS = "PublisherStatus";
    var _PSr = "ProgressStatus";
    var _PT = "ProvisioningType";
    var _PTA = "PublicTypeArn";
    var _PTI = "PublishTypeInput";
    var _PTO = "PublishTypeOutput";
    var _PTa = "ParameterType";
    var _PTu = "PublishType";
    var _PV = "PreviousValue";
    var _PVN = "PublicVersionNumber";
    var _PVa = "ParameterValue";
    var _Pa = "Parameter";
    var _Pat = "Path";
    var _Pr = "Progress";
    var _Pro = "Properties";
    var _R = "Resources";
    var _RA = "ResourceAction";
    var _RAI = "RemoveAliasInput";
    var _RAR = "RefreshAllResources";
    var _RARN = "RoleARN";
    var _RAT = "RequiredActivatedTypes";
    var _RATe = "RequiredActivatedType";
    var _RAe = "RemoveAlias";
    var _RC = "ResourceChange";
    var _RCD = "ResourceChangeDetail";
    var _RCDe = "ResourceChangeDetails";
    var _RCSI = "RootChangeSetId";
    var _RCT = "RegionConcurrencyType";
    var _RCo = "RollbackConfiguration";
    var _RD = "ResourceDefinition";
    var _RDIA = "ResourceDriftIgnoredAttributes";
    var _RDIAe = "ResourceDriftIgnoredAttribute";
    var _RDS = "ResourceDriftStatus";
    var _RDe = "ResourceDetail";
    var _RDes = "ResourceDefinitions";
    var _RDeso = "ResourceDetails";
    var _REOC = "RetainExceptOnCreate";
    var _RF = "ResourcesFailed";
    var _RHP = "RecordHandlerProgress";
    var _RHPI = "RecordHandlerProgressInput";
    var _RHPO = "RecordHandlerProgressOutput";
    var _RI = "ResourceIdentifier";
    var _RIS = "ResourceIdentifierSummaries";
    var _RISe = "ResourceIdentifierSummary";
    var _RIe = "ResourceIdentifiers";
    var _RIo = "RootId";
    var _RL = "RemediationLink";
    var _RLe = "ResourceLocation";
    var _RM = "RemediationMessage";
    var _RMe = "ResourceMappings";
    var _RMes = "ResourceModel";
    var _RMeso = "ResourceMapping";
    var _RO = "RegionOrder";
    var _RP = "ResourceProperties";
    var _RPI = "RegisterPublisherInput";
    var _RPO = "RegisterPublisherOutput";
    var _RPe = "ResourcesProcessing";
    var _RPeg = "RegisterPublisher";
    var _RPes = "ResourcesPending";
    var _RR = "RetainResources";
    var _RRe = "ResourcesRead";
    var _RRel = "RelatedResources";
    var _RRem = "RemoveResources";
    var _RReq = "RequiresRecreation";
    var _RS = "RetainStacks";
    var _RSF = "RegistrationStatusFilter";
    var _RSI = "ResourceScanId";
    var _RSIPE = "ResourceScanInProgressException";
    var _RSIo = "RollbackStackInput";
    var _RSLEE = "ResourceScanLimitExceededException";
    var _RSNFE = "ResourceScanNotFoundException";
    var _RSO = "RollbackStackOutput";
    var _RSOAR = "RetainStacksOnAccountRemoval";
    var _RSR = "ResourceStatusReason";
    var _RSS = "ResourceScanSummaries";
    var _RSSe = "ResourceScanSummary";
    var _RSe = "ResourcesScanned";
    var _RSes = "ResourceStatus";
    var _RSeso = "ResourcesSucceeded";
    var _RSo = "RollbackStack";
    var _RT = "ResourceType";
    var _RTD = "ResourceTargetDetails";
    var _RTDe = "ResourceTargetDefinition";
    var _RTI = "ResourcesToImport";
    var _RTIe = "RegisterTypeInput";
    var _RTIes = "ResourceToImport";
    var _RTL = "RegistrationTokenList";
    var _RTO = "RegisterTypeOutput";
    var _RTP = "ResourceTypePrefix";
    var _RTS = "ResourcesToSkip";
    var _RTe = "ResourceTypes";
    var _RTeg = "RegistrationToken";
    var _RTegi = "RegisterType";
    var _RTo = "RollbackTriggers";
    var _RTol = "RollbackTrigger";
    var _RV = "ResolvedValue";
    var _Re = "Regions";
    var _Rea = "Reason";
    var _Reg = "Region";
    var _Rep = "Replacement";
    var _Req = "Required";
    var _S = "Status";
    var _SA = "StagesAvailable";
    var _SAI = "SetAliasInput";
    var _SAe = "SetAlias";
    var _SD = "StackDefinitions";
    var _SDDI = "StackDriftDetectionId";
    var _SDI = "StackDriftInformation";
    var _SDIS = "StackDriftInformationSummary";
    var _SDS = "StackDriftStatus";
    var _SDt = "StackDefinition";
    var _SDta = "StatusDetails";
    var _SE = "StackEvents";
    var _SEt = "StackEvent";
    var _SF = "ScanFilters";
    var _SFc = "ScanFilter";
    var _SHP = "SchemaHandlerPackage";
    var _SI = "StackId";
    var _SIA = "StackInstanceAccount";
    var _SICS = "StackInstanceComprehensiveStatus";
    var _SIF = "StackInstanceFilter";
    var _SIFt = "StackInstanceFilters";
    var _SINFE = "StackInstanceNotFoundException";
    var _SIR = "StackInstanceRegion";
    var _SIRDS = "StackInstanceResourceDriftStatuses";
    var _SIRDSt = "StackInstanceResourceDriftsSummary";
    var _SIRDSta = "StackInstanceResourceDriftsSummaries";
    var _SIS = "StackInstanceStatus";
    var _SISt = "StackInstanceSummary";
    var _SISta = "StackInstanceSummaries";
    var _SIU = "StackIdsUrl";
    var _SIt = "StackInstance";
    var _SIta = "StackIds";
    var _SL = "SeverityLevel";
    var _SM = "StatusMessage";
    var _SMV = "SupportedMajorVersions";
    var _SN = "StackName";
    var _SNFE = "StackNotFoundException";
    var _SPB = "StackPolicyBody";
    var _SPDUB = "StackPolicyDuringUpdateBody";
    var _SPDUURL = "StackPolicyDuringUpdateURL";
    var _SPURL = "StackPolicyURL";
    var _SR = "StatusReason";
    var _SRA = "StackRefactorActions";
    var _SRAt = "StackRefactorAction";
    var _SRD = "StackResourceDrifts";
    var _SRDI = "StackResourceDriftInformation";
    var _SRDIS = "StackResourceDriftInformationSummary";
    var _SRDS = "StackResourceDriftStatus";
    var _SRDSF = "StackResourceDriftStatusFilters";
    var _SRDt = "StackResourceDetail";
    var _SRDta = "StackResourceDrift";
    var _SRE = "StaleRequestException";
    var _SRI = "StackRefactorId";
    var _SRIc = "ScannedResourceIdentifier";
    var _SRIca = "ScannedResourceIdentifiers";
    var _SRIi = "SignalResourceInput";
    var _SRNFE = "StackRefactorNotFoundException";
    var _SRS = "StackRefactorSummaries";
    var _SRSI = "StartResourceScanInput";
    var _SRSO = "StartResourceScanOutput";
    var _SRSt = "StackResourceSummaries";
    var _SRSta = "StackRefactorSummary";
    var _SRStac = "StackResourceSummary";
    var _SRStar = "StartResourceScan";
    var _SRTR = "StackRefactorTagResources";
    var _SRc = "ScannedResource";
    var _SRca = "ScannedResources";
    var _SRi = "SignalResource";
    var _SRt = "StackResources";
    var _SRta = "StackResource";
    var _SS = "StackSet";
    var _SSADTS = "StackSetAutoDeploymentTargetSummary";
    var _SSADTSt = "StackSetAutoDeploymentTargetSummaries";
    var _SSARN = "StackSetARN";
    var _SSDDD = "StackSetDriftDetectionDetails";
    var _SSF = "StackStatusFilter";
    var _SSI = "StackSetId";
    var _SSN = "StackSetName";
    var _SSNEE = "StackSetNotEmptyException";
    var _SSNFE = "StackSetNotFoundException";
    var _SSO = "StackSetOperation";
    var _SSOP = "StackSetOperationPreferences";
    var _SSORS = "StackSetOperationResultSummary";
    var _SSORSt = "StackSetOperationResultSummaries";
    var _SSOS = "StackSetOperationSummary";
    var _SSOSD = "StackSetOperationStatusDetails";
    var _SSOSt = "StackSetOperationSummaries";
    var _SSP = "SetStackPolicy";
    var _SSPI = "SetStackPolicyInput";
    var _SSR = "StackStatusReason";
    var _SSS = "StackSetSummary";
    var _SSSO = "StopStackSetOperation";
    var _SSSOI = "StopStackSetOperationInput";
    var _SSSOO = "StopStackSetOperationOutput";
    var _SSSt = "StackSetSummaries";
    var _SSt = "StackSummaries";
    var _SSta = "StackStatus";
    var _SStac = "StackSummary";
    var _ST = "StartTime";
    var _STC = "SetTypeConfiguration";
    var _STCI = "SetTypeConfigurationInput";
    var _STCO = "SetTypeConfigurationOutput";
    var _STDV = "SetTypeDefaultVersion";
    var _STDVI = "SetTypeDefaultVersionInput";
    var _STDVO = "SetTypeDefaultVersionOutput";
    var _STF = "ScanTypeFilter";
    var _STc = "ScanType";
    var _SU = "SourceUrl";
    var _Sc = "Schema";
    var _Sco = "Scope";
    var _So = "Source";
    var _St = "Stacks";
    var _Sta = "Stack";
    var _Su = "Summaries";
    var _T = "Type";
    var _TA = "TypeArn";
    var _TAEE = "TokenAlreadyExistsException";
    var _TB = "TemplateBody";
    var _TC = "TypeConfigurations";
    var _TCA = "TypeConfigurationAlias";
    var _TCAy = "TypeConfigurationArn";
    var _TCD = "TypeConfigurationDetails";
    var _TCDL = "TypeConfigurationDetailsList";
    var _TCI = "TypeConfigurationIdentifier";
    var _TCIy = "TypeConfigurationIdentifiers";
    var _TCNFE = "TypeConfigurationNotFoundException";
    var _TCVI = "TypeConfigurationVersionId";
    var _TCe = "TemplateConfiguration";
    var _TCi = "TimeCreated";
    var _TD = "TargetDetails";
    var _TDe = "TemplateDescription";
    var _TF = "TypeFilters";
    var _TH = "TypeHierarchy";
    var _TI = "TargetId";
    var _TIM = "TimeoutInMinutes";
    var _TK = "TagKey";
    var _TN = "TypeName";
    var _TNA = "TypeNameAlias";
    var _TNFE = "TypeNotFoundException";
    var _TNP = "TypeNamePrefix";
    var _TP = "TemplateParameter";
    var _TPe = "TemplateProgress";
    var _TPem = "TemplateParameters";
    var _TR = "TagResources";
    var _TS = "TemplateStage";
    var _TSC = "TemplateSummaryConfig";
    var _TSIC = "TotalStackInstancesCount";
    var _TSe = "TemplateSummary";
    var _TSem = "TemplateSummaries";
    var _TSy = "TypeSummaries";
    var _TSyp = "TypeSummary";
    var _TT = "TargetType";
    var _TTI = "TestTypeInput";
    var _TTN = "TargetTypeName";
    var _TTO = "TestTypeOutput";
    var _TTS = "TypeTestsStatus";
    var _TTSD = "TypeTestsStatusDescription";
    var _TTe = "TestType";
    var _TURL = "TemplateURL";
    var _TURTAW = "TreatUnrecognizedResourceTypesAsWarnings";
    var _TV = "TagValue";
    var _TVA = "TypeVersionArn";
    var _TVI = "TypeVersionId";
    var _TVS = "TypeVersionSummaries";
    var _TVSy = "TypeVersionSummary";
    var _TW = "TotalWarnings";
    var _Ta = "Tags";
    var _Tag = "Tag";
    var _Tar = "Target";
    var _Ti = "Timestamp";
    var _Ty = "Types";
    var _U = "Url";
    var _UGT = "UpdateGeneratedTemplate";
    var _UGTI = "UpdateGeneratedTemplateInput";
    var _UGTO = "UpdateGeneratedTemplateOutput";
    var _UI = "UniqueId";
    var _UPT = "UsePreviousTemplate";
    var _UPV = "UsePreviousValue";
    var _UR = "UntagResources";
    var _URP = "UpdateReplacePolicy";
    var _URT = "UnrecognizedResourceTypes";
    var _US = "UpdateStack";
    var _USI = "UpdateStackInput";
    var _USII = "UpdateStackInstancesInput";
    var _USIO = "UpdateStackInstancesOutput";
    var _USIp = "UpdateStackInstances";
    var _USO = "UpdateStackOutput";
    var _USS = "UpdateStackSet";
    var _USSI = "UpdateStackSetInput";
    var _USSO = "UpdateStackSetOutput";
    var _UTC = "UnprocessedTypeConfigurations";
    var _UTP = "UpdateTerminationProtection";
    var _UTPI = "UpdateTerminationProtectionInput";
    var _UTPO = "UpdateTerminationProtectionOutput";
    var _V = "Value";
    var _VB = "VersionBump";
    var _VFM = "ValidationFailureMode";
    var _VI = "VersionId";
    var _VN = "ValidationName";
    var _VP = "ValidationPath";
    var _VS = "ValidationStatus";
    var _VSR = "ValidationStatusReason";
    var _VT = "ValidateTemplate";
    var _VTI = "ValidateTemplateInput";
    var _VTO = "ValidateTemplateOutput";
    var _Va = "Values";
    var _Ve = "Version";
    var _Vi = "Visibility";
    var _W = "Warnings";
    var _WD = "WarningDetail";
    var _WDa = "WarningDetails";
    var _WP = "WarningProperty";
    var _WPa = "WarningProperties";
    var _aQE = "awsQueryError";
    var _c = "client";
    var _e = "error";
    var _hE = "httpError";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudformation";
    var n0 = "com.amazonaws.cloudformation";
    var _s_registry = new TypeRegistry(_s);
    var CloudFormationServiceException$ = [-3, _s, "CloudFormationServiceException", 0, [], []];
    _s_registry.registerError(CloudFormationServiceException$, CloudFormationServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AlreadyExistsException$ = [
      -3,
      n0,
      _AEE,
      { [_aQE]: [`AlreadyExistsException`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
    var CFNRegistryException$ = [
      -3,
      n0,
      _CFNRE,
      { [_aQE]: [`CFNRegistryException`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CFNRegistryException$, CFNRegistryException);
    var ChangeSetNotFoundException$ = [
      -3,
      n0,
      _CSNFE,
      { [_aQE]: [`ChangeSetNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ChangeSetNotFoundException$, ChangeSetNotFoundException);
    var ConcurrentResourcesLimitExceededException$ = [
      -3,
      n0,
      _CRLEE,
      { [_aQE]: [`ConcurrentResourcesLimitExceeded`, 429], [_e]: _c, [_hE]: 429 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentResourcesLimitExceededException$, ConcurrentResourcesLimitExceededException);
    var CreatedButModifiedException$ = [
      -3,
      n0,
      _CBME,
      { [_aQE]: [`CreatedButModifiedException`, 409], [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CreatedButModifiedException$, CreatedButModifiedException);
    var GeneratedTemplateNotFoundException$ = [
      -3,
      n0,
      _GTNFE,
      { [_aQE]: [`GeneratedTemplateNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(GeneratedTemplateNotFoundException$, GeneratedTemplateNotFoundException);
    var HookResultNotFoundException$ = [
      -3,
      n0,
      _HRNFE,
      { [_aQE]: [`HookResultNotFound`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(HookResultNotFoundException$, HookResultNotFoundException);
    var InsufficientCapabilitiesException$ = [
      -3,
      n0,
      _ICE,
      { [_aQE]: [`InsufficientCapabilitiesException`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InsufficientCapabilitiesException$, InsufficientCapabilitiesException);
    var InvalidChangeSetStatusException$ = [
      -3,
      n0,
      _ICSSE,
      { [_aQE]: [`InvalidChangeSetStatus`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidChangeSetStatusException$, InvalidChangeSetStatusException);
    var InvalidOperationException$ = [
      -3,
      n0,
      _IOE,
      { [_aQE]: [`InvalidOperationException`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
    var InvalidStateTransitionException$ = [
      -3,
      n0,
      _ISTE,
      { [_aQE]: [`InvalidStateTransition`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidStateTransitionException$, InvalidStateTransitionException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_aQE]: [`LimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var NameAlreadyExistsException$ = [
      -3,
      n0,
      _NAEE,
      { [_aQE]: [`NameAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(NameAlreadyExistsException$, NameAlreadyExistsException);
    var OperationIdAlreadyExistsException$ = [
      -3,
      n0,
      _OIAEE,
      { [_aQE]: [`OperationIdAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OperationIdAlreadyExistsException$, OperationIdAlreadyExistsException);
    var OperationInProgressException$ = [
      -3,
      n0,
      _OIPE,
      { [_aQE]: [`OperationInProgressException`, 409], [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OperationInProgressException$, OperationInProgressException);
    var OperationNotFoundException$ = [
      -3,
      n0,
      _ONFE,
      { [_aQE]: [`OperationNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OperationNotFoundException$, OperationNotFoundException);
    var OperationStatusCheckFailedException$ = [
      -3,
      n0,
      _OSCFE,
      { [_aQE]: [`ConditionalCheckFailed`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OperationStatusCheckFailedException$, OperationStatusCheckFailedException);
    var ResourceScanInProgressException$ = [
      -3,
      n0,
      _RSIPE,
      { [_aQE]: [`ResourceScanInProgress`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceScanInProgressException$, ResourceScanInProgressException);
    var ResourceScanLimitExceededException$ = [
      -3,
      n0,
      _RSLEE,
      { [_aQE]: [`ResourceScanLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceScanLimitExceededException$, ResourceScanLimitExceededException);
    var ResourceScanNotFoundException$ = [
      -3,
      n0,
      _RSNFE,
      { [_aQE]: [`ResourceScanNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceScanNotFoundException$, ResourceScanNotFoundException);
    var StackInstanceNotFoundException$ = [
      -3,
      n0,
      _SINFE,
      { [_aQE]: [`StackInstanceNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(StackInstanceNotFoundException$, StackInstanceNotFoundException);
    var StackNotFoundException$ = [
      -3,
      n0,
      _SNFE,
      { [_aQE]: [`StackNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(StackNotFoundException$, StackNotFoundException);
    var StackRefactorNotFoundException$ = [
      -3,
      n0,
      _SRNFE,
      { [_aQE]: [`StackRefactorNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(StackRefactorNotFoundException$, StackRefactorNotFoundException);
    var StackSetNotEmptyException$ = [
      -3,
      n0,
      _SSNEE,
      { [_aQE]: [`StackSetNotEmptyException`, 409], [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(StackSetNotEmptyException$, StackSetNotEmptyException);
    var StackSetNotFoundException$ = [
      -3,
      n0,
      _SSNFE,
      { [_aQE]: [`StackSetNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(StackSetNotFoundException$, StackSetNotFoundException);
    var StaleRequestException$ = [
      -3,
      n0,
      _SRE,
      { [_aQE]: [`StaleRequestException`, 409], [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(StaleRequestException$, StaleRequestException);
    var TokenAlreadyExistsException$ = [
      -3,
      n0,
      _TAEE,
      { [_aQE]: [`TokenAlreadyExistsException`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TokenAlreadyExistsException$, TokenAlreadyExistsException);
    var TypeConfigurationNotFoundException$ = [
      -3,
      n0,
      _TCNFE,
      { [_aQE]: [`TypeConfigurationNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TypeConfigurationNotFoundException$, TypeConfigurationNotFoundException);
    var TypeNotFoundException$ = [
      -3,
      n0,
      _TNFE,
      { [_aQE]: [`TypeNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TypeNotFoundException$, TypeNotFoundException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccountGateResult$ = [
      3,
      n0,
      _AGR,
      0,
      [_S, _SR],
      [0, 0]
    ];
    var AccountLimit$ = [
      3,
      n0,
      _AL,
      0,
      [_N, _V],
      [0, 1]
    ];
    var ActivateOrganizationsAccessInput$ = [
      3,
      n0,
      _AOAI,
      0,
      [],
      []
    ];
    var ActivateOrganizationsAccessOutput$ = [
      3,
      n0,
      _AOAO,
      0,
      [],
      []
    ];
    var ActivateTypeInput$ = [
      3,
      n0,
      _ATI,
      0,
      [_T, _PTA, _PI, _TN, _TNA, _AU, _LC, _ERA, _VB, _MV],
      [0, 0, 0, 0, 0, 2, () => LoggingConfig$, 0, 0, 1]
    ];
    var ActivateTypeOutput$ = [
      3,
      n0,
      _ATO,
      0,
      [_A],
      [0]
    ];
    var Annotation$ = [
      3,
      n0,
      _An,
      0,
      [_AN, _S, _SM, _RM, _RL, _SL],
      [0, 0, 0, 0, 0, 0]
    ];
    var AutoDeployment$ = [
      3,
      n0,
      _AD,
      0,
      [_E, _RSOAR, _DO],
      [2, 2, 64 | 0]
    ];
    var BatchDescribeTypeConfigurationsError$ = [
      3,
      n0,
      _BDTCE,
      0,
      [_EC, _EM, _TCI],
      [0, 0, () => TypeConfigurationIdentifier$]
    ];
    var BatchDescribeTypeConfigurationsInput$ = [
      3,
      n0,
      _BDTCI,
      0,
      [_TCIy],
      [() => TypeConfigurationIdentifiers],
      1
    ];
    var BatchDescribeTypeConfigurationsOutput$ = [
      3,
      n0,
      _BDTCO,
      0,
      [_Er, _UTC, _TC],
      [() => BatchDescribeTypeConfigurationsErrors, () => UnprocessedTypeConfigurations, () => TypeConfigurationDetailsList]
    ];
    var CancelUpdateStackInput$ = [
      3,
      n0,
      _CUSI,
      0,
      [_SN, _CRT],
      [0, 0],
      1
    ];
    var Change$ = [
      3,
      n0,
      _C,
      0,
      [_T, _HIC, _RC],
      [0, 1, () => ResourceChange$]
    ];
    var ChangeSetHook$ = [
      3,
      n0,
      _CSH,
      0,
      [_IP, _FM, _TN, _TVI, _TCVI, _TD],
      [0, 0, 0, 0, 0, () => ChangeSetHookTargetDetails$]
    ];
    var ChangeSetHookResourceTargetDetails$ = [
      3,
      n0,
      _CSHRTD,
      0,
      [_LRI, _RT, _RA],
      [0, 0, 0]
    ];
    var ChangeSetHookTargetDetails$ = [
      3,
      n0,
      _CSHTD,
      0,
      [_TT, _RTD],
      [0, () => ChangeSetHookResourceTargetDetails$]
    ];
    var ChangeSetSummary$ = [
      3,
      n0,
      _CSS,
      0,
      [_SI, _SN, _CSI, _CSN, _ES, _S, _SR, _CT, _D, _INS, _PCSI, _RCSI, _IER],
      [0, 0, 0, 0, 0, 0, 0, 4, 0, 2, 0, 0, 2]
    ];
    var ContinueUpdateRollbackInput$ = [
      3,
      n0,
      _CURI,
      0,
      [_SN, _RARN, _RTS, _CRT, _FR],
      [0, 0, 64 | 0, 0, 2],
      1
    ];
    var ContinueUpdateRollbackOutput$ = [
      3,
      n0,
      _CURO,
      0,
      [],
      []
    ];
    var CreateChangeSetInput$ = [
      3,
      n0,
      _CCSI,
      0,
      [_SN, _CSN, _TB, _TURL, _UPT, _P, _Ca, _RTe, _RARN, _RCo, _NARN, _Ta, _CTl, _D, _CST, _RTI, _INS, _OSF, _IER, _DM, _DC, _DV],
      [0, 0, 0, 0, 2, () => _Parameters, 64 | 0, 64 | 0, 0, () => RollbackConfiguration$, 64 | 0, () => Tags, 0, 0, 0, () => ResourcesToImport, 2, 0, 2, 0, () => DeploymentConfig$, 2],
      2
    ];
    var CreateChangeSetOutput$ = [
      3,
      n0,
      _CCSO,
      0,
      [_I, _SI],
      [0, 0]
    ];
    var CreateGeneratedTemplateInput$ = [
      3,
      n0,
      _CGTI,
      0,
      [_GTN, _R, _SN, _TCe],
      [0, () => ResourceDefinitions, 0, () => TemplateConfiguration$],
      1
    ];
    var CreateGeneratedTemplateOutput$ = [
      3,
      n0,
      _CGTO,
      0,
      [_GTI],
      [0]
    ];
    var CreateStackInput$ = [
      3,
      n0,
      _CSIr,
      0,
      [_SN, _TB, _TURL, _P, _DR, _RCo, _TIM, _NARN, _Ca, _RTe, _RARN, _OF, _SPB, _SPURL, _Ta, _CRT, _ETP, _REOC, _DC, _DV],
      [0, 0, 0, () => _Parameters, 2, () => RollbackConfiguration$, 1, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, () => Tags, 0, 2, 2, () => DeploymentConfig$, 2],
      1
    ];
    var CreateStackInstancesInput$ = [
      3,
      n0,
      _CSII,
      0,
      [_SSN, _Re, _Ac, _DT, _PO, _OP, _OI, _CA],
      [0, 64 | 0, 64 | 0, () => DeploymentTargets$, () => _Parameters, () => StackSetOperationPreferences$, [0, 4], 0],
      2
    ];
    var CreateStackInstancesOutput$ = [
      3,
      n0,
      _CSIO,
      0,
      [_OI],
      [0]
    ];
    var CreateStackOutput$ = [
      3,
      n0,
      _CSO,
      0,
      [_SI, _OI],
      [0, 0]
    ];
    var CreateStackRefactorInput$ = [
      3,
      n0,
      _CSRI,
      0,
      [_SD, _D, _ESC, _RMe],
      [() => StackDefinitions, 0, 2, () => ResourceMappings],
      1
    ];
    var CreateStackRefactorOutput$ = [
      3,
      n0,
      _CSRO,
      0,
      [_SRI],
      [0],
      1
    ];
    var CreateStackSetInput$ = [
      3,
      n0,
      _CSSI,
      0,
      [_SSN, _D, _TB, _TURL, _SI, _P, _Ca, _Ta, _ARARN, _ERN, _PM, _AD, _CA, _CRT, _ME],
      [0, 0, 0, 0, 0, () => _Parameters, 64 | 0, () => Tags, 0, 0, 0, () => AutoDeployment$, 0, [0, 4], () => ManagedExecution$],
      1
    ];
    var CreateStackSetOutput$ = [
      3,
      n0,
      _CSSO,
      0,
      [_SSI],
      [0]
    ];
    var DeactivateOrganizationsAccessInput$ = [
      3,
      n0,
      _DOAI,
      0,
      [],
      []
    ];
    var DeactivateOrganizationsAccessOutput$ = [
      3,
      n0,
      _DOAO,
      0,
      [],
      []
    ];
    var DeactivateTypeInput$ = [
      3,
      n0,
      _DTI,
      0,
      [_TN, _T, _A],
      [0, 0, 0]
    ];
    var DeactivateTypeOutput$ = [
      3,
      n0,
      _DTO,
      0,
      [],
      []
    ];
    var DeleteChangeSetInput$ = [
      3,
      n0,
      _DCSI,
      0,
      [_CSN, _SN],
      [0, 0],
      1
    ];
    var DeleteChangeSetOutput$ = [
      3,
      n0,
      _DCSO,
      0,
      [],
      []
    ];
    var DeleteGeneratedTemplateInput$ = [
      3,
      n0,
      _DGTI,
      0,
      [_GTN],
      [0],
      1
    ];
    var DeleteStackInput$ = [
      3,
      n0,
      _DSI,
      0,
      [_SN, _RR, _RARN, _CRT, _DMe, _DC],
      [0, 64 | 0, 0, 0, 0, () => DeploymentConfig$],
      1
    ];
    var DeleteStackInstancesInput$ = [
      3,
      n0,
      _DSII,
      0,
      [_SSN, _Re, _RS, _Ac, _DT, _OP, _OI, _CA],
      [0, 64 | 0, 2, 64 | 0, () => DeploymentTargets$, () => StackSetOperationPreferences$, [0, 4], 0],
      3
    ];
    var DeleteStackInstancesOutput$ = [
      3,
      n0,
      _DSIO,
      0,
      [_OI],
      [0]
    ];
    var DeleteStackSetInput$ = [
      3,
      n0,
      _DSSI,
      0,
      [_SSN, _CA],
      [0, 0],
      1
    ];
    var DeleteStackSetOutput$ = [
      3,
      n0,
      _DSSO,
      0,
      [],
      []
    ];
    var DeploymentConfig$ = [
      3,
      n0,
      _DC,
      0,
      [_Mo, _DR],
      [0, 2]
    ];
    var DeploymentTargets$ = [
      3,
      n0,
      _DT,
      0,
      [_Ac, _AUc, _OUI, _AFT],
      [64 | 0, 0, 64 | 0, 0]
    ];
    var DeregisterTypeInput$ = [
      3,
      n0,
      _DTIe,
      0,
      [_A, _T, _TN, _VI],
      [0, 0, 0, 0]
    ];
    var DeregisterTypeOutput$ = [
      3,
      n0,
      _DTOe,
      0,
      [],
      []
    ];
    var DescribeAccountLimitsInput$ = [
      3,
      n0,
      _DALI,
      0,
      [_NT],
      [0]
    ];
    var DescribeAccountLimitsOutput$ = [
      3,
      n0,
      _DALO,
      0,
      [_ALc, _NT],
      [() => AccountLimitList, 0]
    ];
    var DescribeChangeSetHooksInput$ = [
      3,
      n0,
      _DCSHI,
      0,
      [_CSN, _SN, _NT, _LRI],
      [0, 0, 0, 0],
      1
    ];
    var DescribeChangeSetHooksOutput$ = [
      3,
      n0,
      _DCSHO,
      0,
      [_CSI, _CSN, _H, _S, _NT, _SI, _SN],
      [0, 0, () => ChangeSetHooks, 0, 0, 0, 0]
    ];
    var DescribeChangeSetInput$ = [
      3,
      n0,
      _DCSIe,
      0,
      [_CSN, _SN, _NT, _IPV],
      [0, 0, 0, 2],
      1
    ];
    var DescribeChangeSetOutput$ = [
      3,
      n0,
      _DCSOe,
      0,
      [_CSN, _CSI, _SI, _SN, _D, _P, _CT, _ES, _S, _SR, _SDS, _NARN, _RCo, _Ca, _Ta, _Ch, _NT, _INS, _PCSI, _RCSI, _OSF, _IER, _DM, _DC],
      [0, 0, 0, 0, 0, () => _Parameters, 4, 0, 0, 0, 0, 64 | 0, () => RollbackConfiguration$, 64 | 0, () => Tags, () => Changes, 0, 2, 0, 0, 0, 2, 0, () => DeploymentConfig$]
    ];
    var DescribeEventsInput$ = [
      3,
      n0,
      _DEI,
      0,
      [_SN, _CSN, _OI, _F, _NT],
      [0, 0, 0, () => EventFilter$, 0]
    ];
    var DescribeEventsOutput$ = [
      3,
      n0,
      _DEO,
      0,
      [_OE, _NT],
      [() => OperationEvents, 0]
    ];
    var DescribeGeneratedTemplateInput$ = [
      3,
      n0,
      _DGTIe,
      0,
      [_GTN],
      [0],
      1
    ];
    var DescribeGeneratedTemplateOutput$ = [
      3,
      n0,
      _DGTO,
      0,
      [_GTI, _GTN, _R, _S, _SR, _CT, _LUT, _Pr, _SI, _TCe, _TW],
      [0, 0, () => ResourceDetails, 0, 0, 4, 4, () => TemplateProgress$, 0, () => TemplateConfiguration$, 1]
    ];
    var DescribeOrganizationsAccessInput$ = [
      3,
      n0,
      _DOAIe,
      0,
      [_CA],
      [0]
    ];
    var DescribeOrganizationsAccessOutput$ = [
      3,
      n0,
      _DOAOe,
      0,
      [_S],
      [0]
    ];
    var DescribePublisherInput$ = [
      3,
      n0,
      _DPI,
      0,
      [_PI],
      [0]
    ];
    var DescribePublisherOutput$ = [
      3,
      n0,
      _DPO,
      0,
      [_PI, _PS, _IPd, _PP],
      [0, 0, 0, 0]
    ];
    var DescribeResourceScanInput$ = [
      3,
      n0,
      _DRSI,
      0,
      [_RSI],
      [0],
      1
    ];
    var DescribeResourceScanOutput$ = [
      3,
      n0,
      _DRSO,
      0,
      [_RSI, _S, _SR, _ST, _ET, _PC, _RTe, _RSe, _RRe, _SF],
      [0, 0, 0, 4, 4, 1, 64 | 0, 1, 1, () => ScanFilters]
    ];
    var DescribeStackDriftDetectionStatusInput$ = [
      3,
      n0,
      _DSDDSI,
      0,
      [_SDDI],
      [0],
      1
    ];
    var DescribeStackDriftDetectionStatusOutput$ = [
      3,
      n0,
      _DSDDSO,
      0,
      [_SI, _SDDI, _DS, _Ti, _SDS, _DSR, _DSRC],
      [0, 0, 0, 4, 0, 0, 1],
      4
    ];
    var DescribeStackEventsInput$ = [
      3,
      n0,
      _DSEI,
      0,
      [_SN, _NT],
      [0, 0],
      1
    ];
    var DescribeStackEventsOutput$ = [
      3,
      n0,
      _DSEO,
      0,
      [_SE, _NT],
      [() => StackEvents, 0]
    ];
    var DescribeStackInstanceInput$ = [
      3,
      n0,
      _DSIIe,
      0,
      [_SSN, _SIA, _SIR, _CA],
      [0, 0, 0, 0],
      3
    ];
    var DescribeStackInstanceOutput$ = [
      3,
      n0,
      _DSIOe,
      0,
      [_SIt],
      [() => StackInstance$]
    ];
    var DescribeStackRefactorInput$ = [
      3,
      n0,
      _DSRI,
      0,
      [_SRI],
      [0],
      1
    ];
    var DescribeStackRefactorOutput$ = [
      3,
      n0,
      _DSRO,
      0,
      [_D, _SRI, _SIta, _ES, _ESR, _S, _SR],
      [0, 0, 64 | 0, 0, 0, 0, 0]
    ];
    var DescribeStackResourceDriftsInput$ = [
      3,
      n0,
      _DSRDI,
      0,
      [_SN, _SRDSF, _NT, _MR],
      [0, 64 | 0, 0, 1],
      1
    ];
    var DescribeStackResourceDriftsOutput$ = [
      3,
      n0,
      _DSRDO,
      0,
      [_SRD, _NT],
      [() => StackResourceDrifts, 0],
      1
    ];
    var DescribeStackResourceInput$ = [
      3,
      n0,
      _DSRIe,
      0,
      [_SN, _LRI],
      [0, 0],
      2
    ];
    var DescribeStackResourceOutput$ = [
      3,
      n0,
      _DSROe,
      0,
      [_SRDt],
      [() => StackResourceDetail$]
    ];
    var DescribeStackResourcesInput$ = [
      3,
      n0,
      _DSRIes,
      0,
      [_SN, _LRI, _PRI],
      [0, 0, 0]
    ];
    var DescribeStackResourcesOutput$ = [
      3,
      n0,
      _DSROes,
      0,
      [_SRt],
      [() => StackResources]
    ];
    var DescribeStackSetInput$ = [
      3,
      n0,
      _DSSIe,
      0,
      [_SSN, _CA],
      [0, 0],
      1
    ];
    var DescribeStackSetOperationInput$ = [
      3,
      n0,
      _DSSOI,
      0,
      [_SSN, _OI, _CA],
      [0, 0, 0],
      2
    ];
    var DescribeStackSetOperationOutput$ = [
      3,
      n0,
      _DSSOO,
      0,
      [_SSO],
      [() => StackSetOperation$]
    ];
    var DescribeStackSetOutput$ = [
      3,
      n0,
      _DSSOe,
      0,
      [_SS],
      [() => StackSet$]
    ];
    var DescribeStacksInput$ = [
      3,
      n0,
      _DSIe,
      0,
      [_SN, _NT],
      [0, 0]
    ];
    var DescribeStacksOutput$ = [
      3,
      n0,
      _DSO,
      0,
      [_St, _NT],
      [() => Stacks, 0]
    ];
    var DescribeTypeInput$ = [
      3,
      n0,
      _DTIes,
      0,
      [_T, _TN, _A, _VI, _PI, _PVN],
      [0, 0, 0, 0, 0, 0]
    ];
    var DescribeTypeOutput$ = [
      3,
      n0,
      _DTOes,
      0,
      [_A, _T, _TN, _DVI, _IDV, _TTS, _TTSD, _D, _Sc, _PT, _DSe, _LC, _RAT, _ERA, _Vi, _SU, _DU, _LU, _TCi, _CS, _PI, _OTN, _OTA, _PVN, _LPV, _IA, _AU],
      [0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, () => LoggingConfig$, () => RequiredActivatedTypes, 0, 0, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 2, 2]
    ];
    var DescribeTypeRegistrationInput$ = [
      3,
      n0,
      _DTRI,
      0,
      [_RTeg],
      [0],
      1
    ];
    var DescribeTypeRegistrationOutput$ = [
      3,
      n0,
      _DTRO,
      0,
      [_PSr, _D, _TA, _TVA],
      [0, 0, 0, 0]
    ];
    var DetectStackDriftInput$ = [
      3,
      n0,
      _DSDI,
      0,
      [_SN, _LRIo],
      [0, 64 | 0],
      1
    ];
    var DetectStackDriftOutput$ = [
      3,
      n0,
      _DSDO,
      0,
      [_SDDI],
      [0],
      1
    ];
    var DetectStackResourceDriftInput$ = [
      3,
      n0,
      _DSRDIe,
      0,
      [_SN, _LRI],
      [0, 0],
      2
    ];
    var DetectStackResourceDriftOutput$ = [
      3,
      n0,
      _DSRDOe,
      0,
      [_SRDta],
      [() => StackResourceDrift$],
      1
    ];
    var DetectStackSetDriftInput$ = [
      3,
      n0,
      _DSSDI,
      0,
      [_SSN, _OP, _OI, _CA],
      [0, () => StackSetOperationPreferences$, [0, 4], 0],
      1
    ];
    var DetectStackSetDriftOutput$ = [
      3,
      n0,
      _DSSDO,
      0,
      [_OI],
      [0]
    ];
    var EstimateTemplateCostInput$ = [
      3,
      n0,
      _ETCI,
      0,
      [_TB, _TURL, _P],
      [0, 0, () => _Parameters]
    ];
    var EstimateTemplateCostOutput$ = [
      3,
      n0,
      _ETCO,
      0,
      [_U],
      [0]
    ];
    var EventFilter$ = [
      3,
      n0,
      _EF,
      0,
      [_FE],
      [2]
    ];
    var ExecuteChangeSetInput$ = [
      3,
      n0,
      _ECSI,
      0,
      [_CSN, _SN, _CRT, _DR, _REOC],
      [0, 0, 0, 2, 2],
      1
    ];
    var ExecuteChangeSetOutput$ = [
      3,
      n0,
      _ECSO,
      0,
      [],
      []
    ];
    var ExecuteStackRefactorInput$ = [
      3,
      n0,
      _ESRI,
      0,
      [_SRI],
      [0],
      1
    ];
    var Export$ = [
      3,
      n0,
      _Ex,
      0,
      [_ESI, _N, _V],
      [0, 0, 0]
    ];
    var GetGeneratedTemplateInput$ = [
      3,
      n0,
      _GGTI,
      0,
      [_GTN, _Fo],
      [0, 0],
      1
    ];
    var GetGeneratedTemplateOutput$ = [
      3,
      n0,
      _GGTO,
      0,
      [_S, _TB],
      [0, 0]
    ];
    var GetHookResultInput$ = [
      3,
      n0,
      _GHRI,
      0,
      [_HRI],
      [0]
    ];
    var GetHookResultOutput$ = [
      3,
      n0,
      _GHRO,
      0,
      [_HRI, _IP, _FM, _TN, _OTN, _TVI, _TCVI, _TA, _S, _HSR, _IAn, _Tar, _Ann],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, () => HookTarget$, () => AnnotationList]
    ];
    var GetStackPolicyInput$ = [
      3,
      n0,
      _GSPI,
      0,
      [_SN],
      [0],
      1
    ];
    var GetStackPolicyOutput$ = [
      3,
      n0,
      _GSPO,
      0,
      [_SPB],
      [0]
    ];
    var GetTemplateInput$ = [
      3,
      n0,
      _GTIe,
      0,
      [_SN, _CSN, _TS],
      [0, 0, 0]
    ];
    var GetTemplateOutput$ = [
      3,
      n0,
      _GTO,
      0,
      [_TB, _SA],
      [0, 64 | 0]
    ];
    var GetTemplateSummaryInput$ = [
      3,
      n0,
      _GTSI,
      0,
      [_TB, _TURL, _SN, _SSN, _CA, _TSC],
      [0, 0, 0, 0, 0, () => TemplateSummaryConfig$]
    ];
    var GetTemplateSummaryOutput$ = [
      3,
      n0,
      _GTSO,
      0,
      [_P, _D, _Ca, _CR, _RTe, _Ve, _Me, _DTe, _RIS, _W],
      [() => ParameterDeclarations, 0, 64 | 0, 0, 64 | 0, 0, 0, 64 | 0, () => ResourceIdentifierSummaries, () => Warnings$]
    ];
    var HookResultSummary$ = [
      3,
      n0,
      _HRS,
      0,
      [_HRI, _IP, _FM, _TN, _TVI, _TCVI, _S, _HSR, _IAn, _TT, _TI, _TA, _HET],
      [0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0]
    ];
    var HookTarget$ = [
      3,
      n0,
      _HT,
      0,
      [_TT, _TTN, _TI, _Act],
      [0, 0, 0, 0],
      4
    ];
    var ImportStacksToStackSetInput$ = [
      3,
      n0,
      _ISTSSI,
      0,
      [_SSN, _SIta, _SIU, _OUI, _OP, _OI, _CA],
      [0, 64 | 0, 0, 64 | 0, () => StackSetOperationPreferences$, [0, 4], 0],
      1
    ];
    var ImportStacksToStackSetOutput$ = [
      3,
      n0,
      _ISTSSO,
      0,
      [_OI],
      [0]
    ];
    var ListChangeSetsInput$ = [
      3,
      n0,
      _LCSI,
      0,
      [_SN, _NT],
      [0, 0],
      1
    ];
    var ListChangeSetsOutput$ = [
      3,
      n0,
      _LCSO,
      0,
      [_Su, _NT],
      [() => ChangeSetSummaries, 0]
    ];
    var ListExportsInput$ = [
      3,
      n0,
      _LEI,
      0,
      [_NT],
      [0]
    ];
    var ListExportsOutput$ = [
      3,
      n0,
      _LEO,
      0,
      [_Exp, _NT],
      [() => Exports, 0]
    ];
    var ListGeneratedTemplatesInput$ = [
      3,
      n0,
      _LGTI,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListGeneratedTemplatesOutput$ = [
      3,
      n0,
      _LGTO,
      0,
      [_Su, _NT],
      [() => TemplateSummaries, 0]
    ];
    var ListHookResultsInput$ = [
      3,
      n0,
      _LHRI,
      0,
      [_TT, _TI, _TA, _S, _NT],
      [0, 0, 0, 0, 0]
    ];
    var ListHookResultsOutput$ = [
      3,
      n0,
      _LHRO,
      0,
      [_TT, _TI, _HR, _NT],
      [0, 0, () => HookResultSummaries, 0]
    ];
    var ListImportsInput$ = [
      3,
      n0,
      _LII,
      0,
      [_EN, _NT],
      [0, 0],
      1
    ];
    var ListImportsOutput$ = [
      3,
      n0,
      _LIO,
      0,
      [_Im, _NT],
      [64 | 0, 0]
    ];
    var ListResourceScanRelatedResourcesInput$ = [
      3,
      n0,
      _LRSRRI,
      0,
      [_RSI, _R, _NT, _MR],
      [0, () => ScannedResourceIdentifiers, 0, 1],
      2
    ];
    var ListResourceScanRelatedResourcesOutput$ = [
      3,
      n0,
      _LRSRRO,
      0,
      [_RRel, _NT],
      [() => RelatedResources, 0]
    ];
    var ListResourceScanResourcesInput$ = [
      3,
      n0,
      _LRSRI,
      0,
      [_RSI, _RI, _RTP, _TK, _TV, _NT, _MR],
      [0, 0, 0, 0, 0, 0, 1],
      1
    ];
    var ListResourceScanResourcesOutput$ = [
      3,
      n0,
      _LRSRO,
      0,
      [_R, _NT],
      [() => ScannedResources, 0]
    ];
    var ListResourceScansInput$ = [
      3,
      n0,
      _LRSI,
      0,
      [_NT, _MR, _STF],
      [0, 1, 0]
    ];
    var ListResourceScansOutput$ = [
      3,
      n0,
      _LRSO,
      0,
      [_RSS, _NT],
      [() => ResourceScanSummaries, 0]
    ];
    var ListStackInstanceResourceDriftsInput$ = [
      3,
      n0,
      _LSIRDI,
      0,
      [_SSN, _SIA, _SIR, _OI, _NT, _MR, _SIRDS, _CA],
      [0, 0, 0, 0, 0, 1, 64 | 0, 0],
      4
    ];
    var ListStackInstanceResourceDriftsOutput$ = [
      3,
      n0,
      _LSIRDO,
      0,
      [_Su, _NT],
      [() => StackInstanceResourceDriftsSummaries, 0]
    ];
    var ListStackInstancesInput$ = [
      3,
      n0,
      _LSII,
      0,
      [_SSN, _NT, _MR, _F, _SIA, _SIR, _CA],
      [0, 0, 1, () => StackInstanceFilters, 0, 0, 0],
      1
    ];
    var ListStackInstancesOutput$ = [
      3,
      n0,
      _LSIO,
      0,
      [_Su, _NT],
      [() => StackInstanceSummaries, 0]
    ];
    var ListStackRefactorActionsInput$ = [
      3,
      n0,
      _LSRAI,
      0,
      [_SRI, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListStackRefactorActionsOutput$ = [
      3,
      n0,
      _LSRAO,
      0,
      [_SRA, _NT],
      [() => StackRefactorActions, 0],
      1
    ];
    var ListStackRefactorsInput$ = [
      3,
      n0,
      _LSRI,
      0,
      [_ESF, _NT, _MR],
      [64 | 0, 0, 1]
    ];
    var ListStackRefactorsOutput$ = [
      3,
      n0,
      _LSRO,
      0,
      [_SRS, _NT],
      [() => StackRefactorSummaries, 0],
      1
    ];
    var ListStackResourcesInput$ = [
      3,
      n0,
      _LSRIi,
      0,
      [_SN, _NT],
      [0, 0],
      1
    ];
    var ListStackResourcesOutput$ = [
      3,
      n0,
      _LSROi,
      0,
      [_SRSt, _NT],
      [() => StackResourceSummaries, 0]
    ];
    var ListStackSetAutoDeploymentTargetsInput$ = [
      3,
      n0,
      _LSSADTI,
      0,
      [_SSN, _NT, _MR, _CA],
      [0, 0, 1, 0],
      1
    ];
    var ListStackSetAutoDeploymentTargetsOutput$ = [
      3,
      n0,
      _LSSADTO,
      0,
      [_Su, _NT],
      [() => StackSetAutoDeploymentTargetSummaries, 0]
    ];
    var ListStackSetOperationResultsInput$ = [
      3,
      n0,
      _LSSORI,
      0,
      [_SSN, _OI, _NT, _MR, _CA, _F],
      [0, 0, 0, 1, 0, () => OperationResultFilters],
      2
    ];
    var ListStackSetOperationResultsOutput$ = [
      3,
      n0,
      _LSSORO,
      0,
      [_Su, _NT],
      [() => StackSetOperationResultSummaries, 0]
    ];
    var ListStackSetOperationsInput$ = [
      3,
      n0,
      _LSSOI,
      0,
      [_SSN, _NT, _MR, _CA],
      [0, 0, 1, 0],
      1
    ];
    var ListStackSetOperationsOutput$ = [
      3,
      n0,
      _LSSOO,
      0,
      [_Su, _NT],
      [() => StackSetOperationSummaries, 0]
    ];
    var ListStackSetsInput$ = [
      3,
      n0,
      _LSSI,
      0,
      [_NT, _MR, _S, _CA],
      [0, 1, 0, 0]
    ];
    var ListStackSetsOutput$ = [
      3,
      n0,
      _LSSO,
      0,
      [_Su, _NT],
      [() => StackSetSummaries, 0]
    ];
    var ListStacksInput$ = [
      3,
      n0,
      _LSI,
      0,
      [_NT, _SSF],
      [0, 64 | 0]
    ];
    var ListStacksOutput$ = [
      3,
      n0,
      _LSO,
      0,
      [_SSt, _NT],
      [() => StackSummaries, 0]
    ];
    var ListTypeRegistrationsInput$ = [
      3,
      n0,
      _LTRI,
      0,
      [_T, _TN, _TA, _RSF, _MR, _NT],
      [0, 0, 0, 0, 1, 0]
    ];
    var ListTypeRegistrationsOutput$ = [
      3,
      n0,
      _LTRO,
      0,
      [_RTL, _NT],
      [64 | 0, 0]
    ];
    var ListTypesInput$ = [
      3,
      n0,
      _LTI,
      0,
      [_Vi, _PT, _DSe, _T, _F, _MR, _NT],
      [0, 0, 0, 0, () => TypeFilters$, 1, 0]
    ];
    var ListTypesOutput$ = [
      3,
      n0,
      _LTO,
      0,
      [_TSy, _NT],
      [() => TypeSummaries, 0]
    ];
    var ListTypeVersionsInput$ = [
      3,
      n0,
      _LTVI,
      0,
      [_T, _TN, _A, _MR, _NT, _DSe, _PI],
      [0, 0, 0, 1, 0, 0, 0]
    ];
    var ListTypeVersionsOutput$ = [
      3,
      n0,
      _LTVO,
      0,
      [_TVS, _NT],
      [() => TypeVersionSummaries, 0]
    ];
    var LiveResourceDrift$ = [
      3,
      n0,
      _LRD,
      0,
      [_PV, _AV, _DDT],
      [0, 0, 4]
    ];
    var LoggingConfig$ = [
      3,
      n0,
      _LC,
      0,
      [_LRA, _LGN],
      [0, 0],
      2
    ];
    var ManagedExecution$ = [
      3,
      n0,
      _ME,
      0,
      [_Acti],
      [2]
    ];
    var ModuleInfo$ = [
      3,
      n0,
      _MI,
      0,
      [_TH, _LIH],
      [0, 0]
    ];
    var OperationEntry$ = [
      3,
      n0,
      _OEp,
      0,
      [_OT, _OI],
      [0, 0]
    ];
    var OperationEvent$ = [
      3,
      n0,
      _OEpe,
      0,
      [_EI, _SI, _OI, _OT, _OS, _ETv, _LRI, _PRI, _RT, _Ti, _ST, _ET, _RSes, _RSR, _RP, _CRT, _HTo, _HS, _HSR, _HIP, _HFM, _DSet, _VFM, _VN, _VS, _VSR, _VP],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var OperationResultFilter$ = [
      3,
      n0,
      _ORF,
      0,
      [_N, _Va],
      [0, 0]
    ];
    var Output$ = [
      3,
      n0,
      _O,
      0,
      [_OK, _OV, _D, _EN],
      [0, 0, 0, 0]
    ];
    var Parameter$ = [
      3,
      n0,
      _Pa,
      0,
      [_PK, _PVa, _UPV, _RV],
      [0, 0, 2, 0]
    ];
    var ParameterConstraints$ = [
      3,
      n0,
      _PCa,
      0,
      [_AVl],
      [64 | 0]
    ];
    var ParameterDeclaration$ = [
      3,
      n0,
      _PD,
      0,
      [_PK, _DVe, _PTa, _NE, _D, _PCa],
      [0, 0, 0, 2, 0, () => ParameterConstraints$]
    ];
    var PhysicalResourceIdContextKeyValuePair$ = [
      3,
      n0,
      _PRICKVP,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var PropertyDifference$ = [
      3,
      n0,
      _PDr,
      0,
      [_PPr, _EV, _AV, _DTi],
      [0, 0, 0, 0],
      4
    ];
    var PublishTypeInput$ = [
      3,
      n0,
      _PTI,
      0,
      [_T, _A, _TN, _PVN],
      [0, 0, 0, 0]
    ];
    var PublishTypeOutput$ = [
      3,
      n0,
      _PTO,
      0,
      [_PTA],
      [0]
    ];
    var RecordHandlerProgressInput$ = [
      3,
      n0,
      _RHPI,
      0,
      [_BT, _OS, _COS, _SM, _EC, _RMes, _CRT],
      [0, 0, 0, 0, 0, 0, 0],
      2
    ];
    var RecordHandlerProgressOutput$ = [
      3,
      n0,
      _RHPO,
      0,
      [],
      []
    ];
    var RegisterPublisherInput$ = [
      3,
      n0,
      _RPI,
      0,
      [_ATAC, _CAo],
      [2, 0]
    ];
    var RegisterPublisherOutput$ = [
      3,
      n0,
      _RPO,
      0,
      [_PI],
      [0]
    ];
    var RegisterTypeInput$ = [
      3,
      n0,
      _RTIe,
      0,
      [_TN, _SHP, _T, _LC, _ERA, _CRT],
      [0, 0, 0, () => LoggingConfig$, 0, 0],
      2
    ];
    var RegisterTypeOutput$ = [
      3,
      n0,
      _RTO,
      0,
      [_RTeg],
      [0]
    ];
    var RemoveAliasInput$ = [
      3,
      n0,
      _RAI,
      0,
      [_ANl],
      [0],
      1
    ];
    var RequiredActivatedType$ = [
      3,
      n0,
      _RATe,
      0,
      [_TNA, _OTN, _PI, _SMV],
      [0, 0, 0, 64 | 1]
    ];
    var ResourceChange$ = [
      3,
      n0,
      _RC,
      0,
      [_PA, _Act, _LRI, _PRI, _RT, _Rep, _Sco, _RDS, _RDIA, _De, _CSI, _MI, _BC, _AC, _PDC],
      [0, 0, 0, 0, 0, 0, 64 | 0, 0, () => ResourceDriftIgnoredAttributes, () => ResourceChangeDetails, 0, () => ModuleInfo$, 0, 0, 0]
    ];
    var ResourceChangeDetail$ = [
      3,
      n0,
      _RCD,
      0,
      [_Tar, _Ev, _CSh, _CE],
      [() => ResourceTargetDefinition$, 0, 0, 0]
    ];
    var ResourceDefinition$ = [
      3,
      n0,
      _RD,
      0,
      [_RT, _RI, _LRI],
      [0, 128 | 0, 0],
      2
    ];
    var ResourceDetail$ = [
      3,
      n0,
      _RDe,
      0,
      [_RT, _LRI, _RI, _RSes, _RSR, _W],
      [0, 0, 128 | 0, 0, 0, () => WarningDetails]
    ];
    var ResourceDriftIgnoredAttribute$ = [
      3,
      n0,
      _RDIAe,
      0,
      [_Pat, _Rea],
      [0, 0]
    ];
    var ResourceIdentifierSummary$ = [
      3,
      n0,
      _RISe,
      0,
      [_RT, _LRIo, _RIe],
      [0, 64 | 0, 64 | 0]
    ];
    var ResourceLocation$ = [
      3,
      n0,
      _RLe,
      0,
      [_SN, _LRI],
      [0, 0],
      2
    ];
    var ResourceMapping$ = [
      3,
      n0,
      _RMeso,
      0,
      [_So, _Des],
      [() => ResourceLocation$, () => ResourceLocation$],
      2
    ];
    var ResourceScanSummary$ = [
      3,
      n0,
      _RSSe,
      0,
      [_RSI, _S, _SR, _ST, _ET, _PC, _STc],
      [0, 0, 0, 4, 4, 1, 0]
    ];
    var ResourceTargetDefinition$ = [
      3,
      n0,
      _RTDe,
      0,
      [_At, _N, _RReq, _Pat, _BV, _AVf, _BVF, _AVF, _Dr, _ACT],
      [0, 0, 0, 0, 0, 0, 0, 0, () => LiveResourceDrift$, 0]
    ];
    var ResourceToImport$ = [
      3,
      n0,
      _RTIes,
      0,
      [_RT, _LRI, _RI],
      [0, 0, 128 | 0],
      3
    ];
    var RollbackConfiguration$ = [
      3,
      n0,
      _RCo,
      0,
      [_RTo, _MTIM],
      [() => RollbackTriggers, 1]
    ];
    var RollbackStackInput$ = [
      3,
      n0,
      _RSIo,
      0,
      [_SN, _RARN, _CRT, _REOC, _DC],
      [0, 0, 0, 2, () => DeploymentConfig$],
      1
    ];
    var RollbackStackOutput$ = [
      3,
      n0,
      _RSO,
      0,
      [_SI, _OI],
      [0, 0]
    ];
    var RollbackTrigger$ = [
      3,
      n0,
      _RTol,
      0,
      [_A, _T],
      [0, 0],
      2
    ];
    var ScanFilter$ = [
      3,
      n0,
      _SFc,
      0,
      [_Ty],
      [64 | 0]
    ];
    var ScannedResource$ = [
      3,
      n0,
      _SRc,
      0,
      [_RT, _RI, _MBS],
      [0, 128 | 0, 2]
    ];
    var ScannedResourceIdentifier$ = [
      3,
      n0,
      _SRIc,
      0,
      [_RT, _RI],
      [0, 128 | 0],
      2
    ];
    var SetAliasInput$ = [
      3,
      n0,
      _SAI,
      0,
      [_SN, _ANl],
      [0, 0],
      2
    ];
    var SetStackPolicyInput$ = [
      3,
      n0,
      _SSPI,
      0,
      [_SN, _SPB, _SPURL],
      [0, 0, 0],
      1
    ];
    var SetTypeConfigurationInput$ = [
      3,
      n0,
      _STCI,
      0,
      [_Co, _TA, _CAon, _TN, _T],
      [0, 0, 0, 0, 0],
      1
    ];
    var SetTypeConfigurationOutput$ = [
      3,
      n0,
      _STCO,
      0,
      [_CAonf],
      [0]
    ];
    var SetTypeDefaultVersionInput$ = [
      3,
      n0,
      _STDVI,
      0,
      [_A, _T, _TN, _VI],
      [0, 0, 0, 0]
    ];
    var SetTypeDefaultVersionOutput$ = [
      3,
      n0,
      _STDVO,
      0,
      [],
      []
    ];
    var SignalResourceInput$ = [
      3,
      n0,
      _SRIi,
      0,
      [_SN, _LRI, _UI, _S],
      [0, 0, 0, 0],
      4
    ];
    var Stack$ = [
      3,
      n0,
      _Sta,
      0,
      [_SN, _CT, _SSta, _SI, _CSI, _D, _P, _DTel, _LUT, _RCo, _SSR, _DR, _DC, _NARN, _TIM, _Ca, _Ou, _RARN, _Ta, _ETP, _PIa, _RIo, _DI, _REOC, _DMe, _DSet, _LO, _ANl],
      [0, 4, 0, 0, 0, 0, () => _Parameters, 4, 4, () => RollbackConfiguration$, 0, 2, () => DeploymentConfig$, 64 | 0, 1, 64 | 0, () => Outputs, 0, () => Tags, 2, 0, 0, () => StackDriftInformation$, 2, 0, 0, () => LastOperations, 0],
      3
    ];
    var StackDefinition$ = [
      3,
      n0,
      _SDt,
      0,
      [_SN, _TB, _TURL],
      [0, 0, 0]
    ];
    var StackDriftInformation$ = [
      3,
      n0,
      _SDI,
      0,
      [_SDS, _LCT],
      [0, 4],
      1
    ];
    var StackDriftInformationSummary$ = [
      3,
      n0,
      _SDIS,
      0,
      [_SDS, _LCT],
      [0, 4],
      1
    ];
    var StackEvent$ = [
      3,
      n0,
      _SEt,
      0,
      [_SI, _EI, _SN, _Ti, _OI, _LRI, _PRI, _RT, _RSes, _RSR, _RP, _CRT, _HTo, _HS, _HSR, _HIP, _HII, _HFM, _DSet],
      [0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      4
    ];
    var StackInstance$ = [
      3,
      n0,
      _SIt,
      0,
      [_SSI, _Reg, _Acc, _SI, _PO, _S, _SIS, _SR, _OUIr, _DSr, _LDCT, _LOI],
      [0, 0, 0, 0, () => _Parameters, 0, () => StackInstanceComprehensiveStatus$, 0, 0, 0, 4, 0]
    ];
    var StackInstanceComprehensiveStatus$ = [
      3,
      n0,
      _SICS,
      0,
      [_DSet],
      [0]
    ];
    var StackInstanceFilter$ = [
      3,
      n0,
      _SIF,
      0,
      [_N, _Va],
      [0, 0]
    ];
    var StackInstanceResourceDriftsSummary$ = [
      3,
      n0,
      _SIRDSt,
      0,
      [_SI, _LRI, _RT, _SRDS, _Ti, _PRI, _PRIC, _PDro],
      [0, 0, 0, 0, 4, 0, () => PhysicalResourceIdContext, () => PropertyDifferences],
      5
    ];
    var StackInstanceSummary$ = [
      3,
      n0,
      _SISt,
      0,
      [_SSI, _Reg, _Acc, _SI, _S, _SR, _SIS, _OUIr, _DSr, _LDCT, _LOI],
      [0, 0, 0, 0, 0, 0, () => StackInstanceComprehensiveStatus$, 0, 0, 4, 0]
    ];
    var StackRefactorAction$ = [
      3,
      n0,
      _SRAt,
      0,
      [_Act, _En, _PRI, _RI, _D, _Det, _DRe, _TR, _UR, _RMeso],
      [0, 0, 0, 0, 0, 0, 0, () => StackRefactorTagResources, 64 | 0, () => ResourceMapping$]
    ];
    var StackRefactorSummary$ = [
      3,
      n0,
      _SRSta,
      0,
      [_SRI, _D, _ES, _ESR, _S, _SR],
      [0, 0, 0, 0, 0, 0]
    ];
    var StackResource$ = [
      3,
      n0,
      _SRta,
      0,
      [_LRI, _RT, _Ti, _RSes, _SN, _SI, _PRI, _RSR, _D, _DI, _MI],
      [0, 0, 4, 0, 0, 0, 0, 0, 0, () => StackResourceDriftInformation$, () => ModuleInfo$],
      4
    ];
    var StackResourceDetail$ = [
      3,
      n0,
      _SRDt,
      0,
      [_LRI, _RT, _LUTa, _RSes, _SN, _SI, _PRI, _RSR, _D, _Me, _DI, _MI],
      [0, 0, 4, 0, 0, 0, 0, 0, 0, 0, () => StackResourceDriftInformation$, () => ModuleInfo$],
      4
    ];
    var StackResourceDrift$ = [
      3,
      n0,
      _SRDta,
      0,
      [_SI, _LRI, _RT, _SRDS, _Ti, _PRI, _PRIC, _EP, _AP, _PDro, _MI, _DSRr],
      [0, 0, 0, 0, 4, 0, () => PhysicalResourceIdContext, 0, 0, () => PropertyDifferences, () => ModuleInfo$, 0],
      5
    ];
    var StackResourceDriftInformation$ = [
      3,
      n0,
      _SRDI,
      0,
      [_SRDS, _LCT],
      [0, 4],
      1
    ];
    var StackResourceDriftInformationSummary$ = [
      3,
      n0,
      _SRDIS,
      0,
      [_SRDS, _LCT],
      [0, 4],
      1
    ];
    var StackResourceSummary$ = [
      3,
      n0,
      _SRStac,
      0,
      [_LRI, _RT, _LUTa, _RSes, _PRI, _RSR, _DI, _MI],
      [0, 0, 4, 0, 0, 0, () => StackResourceDriftInformationSummary$, () => ModuleInfo$],
      4
    ];
    var StackSet$ = [
      3,
      n0,
      _SS,
      0,
      [_SSN, _SSI, _D, _S, _TB, _P, _Ca, _Ta, _SSARN, _ARARN, _ERN, _SSDDD, _AD, _PM, _OUI, _ME, _Re],
      [0, 0, 0, 0, 0, () => _Parameters, 64 | 0, () => Tags, 0, 0, 0, () => StackSetDriftDetectionDetails$, () => AutoDeployment$, 0, 64 | 0, () => ManagedExecution$, 64 | 0]
    ];
    var StackSetAutoDeploymentTargetSummary$ = [
      3,
      n0,
      _SSADTS,
      0,
      [_OUIr, _Re],
      [0, 64 | 0]
    ];
    var StackSetDriftDetectionDetails$ = [
      3,
      n0,
      _SSDDD,
      0,
      [_DSr, _DDS, _LDCT, _TSIC, _DSIC, _ISSIC, _IPSIC, _FSIC],
      [0, 0, 4, 1, 1, 1, 1, 1]
    ];
    var StackSetOperation$ = [
      3,
      n0,
      _SSO,
      0,
      [_OI, _SSI, _Act, _S, _OP, _RS, _ARARN, _ERN, _CTr, _ETn, _DT, _SSDDD, _SR, _SDta],
      [0, 0, 0, 0, () => StackSetOperationPreferences$, 2, 0, 0, 4, 4, () => DeploymentTargets$, () => StackSetDriftDetectionDetails$, 0, () => StackSetOperationStatusDetails$]
    ];
    var StackSetOperationPreferences$ = [
      3,
      n0,
      _SSOP,
      0,
      [_RCT, _RO, _FTC, _FTP, _MCC, _MCP, _CM],
      [0, 64 | 0, 1, 1, 1, 1, 0]
    ];
    var StackSetOperationResultSummary$ = [
      3,
      n0,
      _SSORS,
      0,
      [_Acc, _Reg, _S, _SR, _AGR, _OUIr],
      [0, 0, 0, 0, () => AccountGateResult$, 0]
    ];
    var StackSetOperationStatusDetails$ = [
      3,
      n0,
      _SSOSD,
      0,
      [_FSIC],
      [1]
    ];
    var StackSetOperationSummary$ = [
      3,
      n0,
      _SSOS,
      0,
      [_OI, _Act, _S, _CTr, _ETn, _SR, _SDta, _OP],
      [0, 0, 0, 4, 4, 0, () => StackSetOperationStatusDetails$, () => StackSetOperationPreferences$]
    ];
    var StackSetSummary$ = [
      3,
      n0,
      _SSS,
      0,
      [_SSN, _SSI, _D, _S, _AD, _PM, _DSr, _LDCT, _ME],
      [0, 0, 0, 0, () => AutoDeployment$, 0, 0, 4, () => ManagedExecution$]
    ];
    var StackSummary$ = [
      3,
      n0,
      _SStac,
      0,
      [_SN, _CT, _SSta, _SI, _TDe, _LUT, _DTel, _SSR, _PIa, _RIo, _DI, _LO],
      [0, 4, 0, 0, 0, 4, 4, 0, 0, 0, () => StackDriftInformationSummary$, () => LastOperations],
      3
    ];
    var StartResourceScanInput$ = [
      3,
      n0,
      _SRSI,
      0,
      [_CRT, _SF],
      [0, () => ScanFilters]
    ];
    var StartResourceScanOutput$ = [
      3,
      n0,
      _SRSO,
      0,
      [_RSI],
      [0]
    ];
    var StopStackSetOperationInput$ = [
      3,
      n0,
      _SSSOI,
      0,
      [_SSN, _OI, _CA],
      [0, 0, 0],
      2
    ];
    var StopStackSetOperationOutput$ = [
      3,
      n0,
      _SSSOO,
      0,
      [],
      []
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
    var TemplateConfiguration$ = [
      3,
      n0,
      _TCe,
      0,
      [_DP, _URP],
      [0, 0]
    ];
    var TemplateParameter$ = [
      3,
      n0,
      _TP,
      0,
      [_PK, _DVe, _NE, _D],
      [0, 0, 2, 0]
    ];
    var TemplateProgress$ = [
      3,
      n0,
      _TPe,
      0,
      [_RSeso, _RF, _RPe, _RPes],
      [1, 1, 1, 1]
    ];
    var TemplateSummary$ = [
      3,
      n0,
      _TSe,
      0,
      [_GTI, _GTN, _S, _SR, _CT, _LUT, _NOR],
      [0, 0, 0, 0, 4, 4, 1]
    ];
    var TemplateSummaryConfig$ = [
      3,
      n0,
      _TSC,
      0,
      [_TURTAW],
      [2]
    ];
    var TestTypeInput$ = [
      3,
      n0,
      _TTI,
      0,
      [_A, _T, _TN, _VI, _LDB],
      [0, 0, 0, 0, 0]
    ];
    var TestTypeOutput$ = [
      3,
      n0,
      _TTO,
      0,
      [_TVA],
      [0]
    ];
    var TypeConfigurationDetails$ = [
      3,
      n0,
      _TCD,
      0,
      [_A, _Al, _Co, _LU, _TA, _TN, _IDC],
      [0, 0, 0, 4, 0, 0, 2]
    ];
    var TypeConfigurationIdentifier$ = [
      3,
      n0,
      _TCI,
      0,
      [_TA, _TCA, _TCAy, _T, _TN],
      [0, 0, 0, 0, 0]
    ];
    var TypeFilters$ = [
      3,
      n0,
      _TF,
      0,
      [_Cat, _PI, _TNP],
      [0, 0, 0]
    ];
    var TypeSummary$ = [
      3,
      n0,
      _TSyp,
      0,
      [_T, _TN, _DVI, _TA, _LU, _D, _PI, _OTN, _PVN, _LPV, _PIu, _PN, _IA],
      [0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 2]
    ];
    var TypeVersionSummary$ = [
      3,
      n0,
      _TVSy,
      0,
      [_T, _TN, _VI, _IDV, _A, _TCi, _D, _PVN],
      [0, 0, 0, 2, 0, 4, 0, 0]
    ];
    var UpdateGeneratedTemplateInput$ = [
      3,
      n0,
      _UGTI,
      0,
      [_GTN, _NGTN, _AR, _RRem, _RAR, _TCe],
      [0, 0, () => ResourceDefinitions, 64 | 0, 2, () => TemplateConfiguration$],
      1
    ];
    var UpdateGeneratedTemplateOutput$ = [
      3,
      n0,
      _UGTO,
      0,
      [_GTI],
      [0]
    ];
    var UpdateStackInput$ = [
      3,
      n0,
      _USI,
      0,
      [_SN, _TB, _TURL, _UPT, _SPDUB, _SPDUURL, _P, _Ca, _RTe, _RARN, _RCo, _SPB, _SPURL, _NARN, _Ta, _DR, _CRT, _REOC, _DC, _DV],
      [0, 0, 0, 2, 0, 0, () => _Parameters, 64 | 0, 64 | 0, 0, () => RollbackConfiguration$, 0, 0, 64 | 0, () => Tags, 2, 0, 2, () => DeploymentConfig$, 2],
      1
    ];
    var UpdateStackInstancesInput$ = [
      3,
      n0,
      _USII,
      0,
      [_SSN, _Re, _Ac, _DT, _PO, _OP, _OI, _CA],
      [0, 64 | 0, 64 | 0, () => DeploymentTargets$, () => _Parameters, () => StackSetOperationPreferences$, [0, 4], 0],
      2
    ];
    var UpdateStackInstancesOutput$ = [
      3,
      n0,
      _USIO,
      0,
      [_OI],
      [0]
    ];
    var UpdateStackOutput$ = [
      3,
      n0,
      _USO,
      0,
      [_SI, _OI],
      [0, 0]
    ];
    var UpdateStackSetInput$ = [
      3,
      n0,
      _USSI,
      0,
      [_SSN, _D, _TB, _TURL, _UPT, _P, _Ca, _Ta, _OP, _ARARN, _ERN, _DT, _PM, _AD, _OI, _Ac, _Re, _CA, _ME],
      [0, 0, 0, 0, 2, () => _Parameters, 64 | 0, () => Tags, () => StackSetOperationPreferences$, 0, 0, () => DeploymentTargets$, 0, () => AutoDeployment$, [0, 4], 64 | 0, 64 | 0, 0, () => ManagedExecution$],
      1
    ];
    var UpdateStackSetOutput$ = [
      3,
      n0,
      _USSO,
      0,
      [_OI],
      [0]
    ];
    var UpdateTerminationProtectionInput$ = [
      3,
      n0,
      _UTPI,
      0,
      [_ETP, _SN],
      [2, 0],
      2
    ];
    var UpdateTerminationProtectionOutput$ = [
      3,
      n0,
      _UTPO,
      0,
      [_SI],
      [0]
    ];
    var ValidateTemplateInput$ = [
      3,
      n0,
      _VTI,
      0,
      [_TB, _TURL],
      [0, 0]
    ];
    var ValidateTemplateOutput$ = [
      3,
      n0,
      _VTO,
      0,
      [_P, _D, _Ca, _CR, _DTe],
      [() => TemplateParameters, 0, 64 | 0, 0, 64 | 0]
    ];
    var WarningDetail$ = [
      3,
      n0,
      _WD,
      0,
      [_T, _Pro],
      [0, () => WarningProperties]
    ];
    var WarningProperty$ = [
      3,
      n0,
      _WP,
      0,
      [_PPr, _Req, _D],
      [0, 2, 0]
    ];
    var Warnings$ = [
      3,
      n0,
      _W,
      0,
      [_URT],
      [64 | 0]
    ];
    var __Unit = "unit";
    var AccountLimitList = [
      1,
      n0,
      _ALL,
      0,
      () => AccountLimit$
    ];
    var AnnotationList = [
      1,
      n0,
      _ALn,
      0,
      () => Annotation$
    ];
    var BatchDescribeTypeConfigurationsErrors = [
      1,
      n0,
      _BDTCEa,
      0,
      () => BatchDescribeTypeConfigurationsError$
    ];
    var Changes = [
      1,
      n0,
      _Ch,
      0,
      () => Change$
    ];
    var ChangeSetHooks = [
      1,
      n0,
      _CSHh,
      0,
      () => ChangeSetHook$
    ];
    var ChangeSetSummaries = [
      1,
      n0,
      _CSSh,
      0,
      () => ChangeSetSummary$
    ];
    var Exports = [
      1,
      n0,
      _Exp,
      0,
      () => Export$
    ];
    var HookResultSummaries = [
      1,
      n0,
      _HRSo,
      0,
      () => HookResultSummary$
    ];
    var LastOperations = [
      1,
      n0,
      _LO,
      0,
      () => OperationEntry$
    ];
    var OperationEvents = [
      1,
      n0,
      _OE,
      0,
      () => OperationEvent$
    ];
    var OperationResultFilters = [
      1,
      n0,
      _ORFp,
      0,
      () => OperationResultFilter$
    ];
    var Outputs = [
      1,
      n0,
      _Ou,
      0,
      () => Output$
    ];
    var ParameterDeclarations = [
      1,
      n0,
      _PDa,
      0,
      () => ParameterDeclaration$
    ];
    var _Parameters = [
      1,
      n0,
      _P,
      0,
      () => Parameter$
    ];
    var PhysicalResourceIdContext = [
      1,
      n0,
      _PRIC,
      0,
      () => PhysicalResourceIdContextKeyValuePair$
    ];
    var PropertyDifferences = [
      1,
      n0,
      _PDro,
      0,
      () => PropertyDifference$
    ];
    var RelatedResources = [
      1,
      n0,
      _RRel,
      0,
      () => ScannedResource$
    ];
    var RequiredActivatedTypes = [
      1,
      n0,
      _RAT,
      0,
      () => RequiredActivatedType$
    ];
    var ResourceChangeDetails = [
      1,
      n0,
      _RCDe,
      0,
      () => ResourceChangeDetail$
    ];
    var ResourceDefinitions = [
      1,
      n0,
      _RDes,
      0,
      () => ResourceDefinition$
    ];
    var ResourceDetails = [
      1,
      n0,
      _RDeso,
      0,
      () => ResourceDetail$
    ];
    var ResourceDriftIgnoredAttributes = [
      1,
      n0,
      _RDIA,
      0,
      () => ResourceDriftIgnoredAttribute$
    ];
    var ResourceIdentifierSummaries = [
      1,
      n0,
      _RIS,
      0,
      () => ResourceIdentifierSummary$
    ];
    var ResourceMappings = [
      1,
      n0,
      _RMe,
      0,
      () => ResourceMapping$
    ];
    var ResourceScanSummaries = [
      1,
      n0,
      _RSS,
      0,
      () => ResourceScanSummary$
    ];
    var ResourcesToImport = [
      1,
      n0,
      _RTI,
      0,
      () => ResourceToImport$
    ];
    var RollbackTriggers = [
      1,
      n0,
      _RTo,
      0,
      () => RollbackTrigger$
    ];
    var ScanFilters = [
      1,
      n0,
      _SF,
      0,
      () => ScanFilter$
    ];
    var ScannedResourceIdentifiers = [
      1,
      n0,
      _SRIca,
      0,
      () => ScannedResourceIdentifier$
    ];
    var ScannedResources = [
      1,
      n0,
      _SRca,
      0,
      () => ScannedResource$
    ];
    var StackDefinitions = [
      1,
      n0,
      _SD,
      0,
      () => StackDefinition$
    ];
    var StackEvents = [
      1,
      n0,
      _SE,
      0,
      () => StackEvent$
    ];
    var StackInstanceFilters = [
      1,
      n0,
      _SIFt,
      0,
      () => StackInstanceFilter$
    ];
    var StackInstanceResourceDriftsSummaries = [
      1,
      n0,
      _SIRDSta,
      0,
      () => StackInstanceResourceDriftsSummary$
    ];
    var StackInstanceSummaries = [
      1,
      n0,
      _SISta,
      0,
      () => StackInstanceSummary$
    ];
    var StackRefactorActions = [
      1,
      n0,
      _SRA,
      0,
      () => StackRefactorAction$
    ];
    var StackRefactorSummaries = [
      1,
      n0,
      _SRS,
      0,
      () => StackRefactorSummary$
    ];
    var StackRefactorTagResources = [
      1,
      n0,
      _SRTR,
      0,
      () => Tag$
    ];
    var StackResourceDrifts = [
      1,
      n0,
      _SRD,
      0,
      () => StackResourceDrift$
    ];
    var StackResources = [
      1,
      n0,
      _SRt,
      0,
      () => StackResource$
    ];
    var StackResourceSummaries = [
      1,
      n0,
      _SRSt,
      0,
      () => StackResourceSummary$
    ];
    var Stacks = [
      1,
      n0,
      _St,
      0,
      () => Stack$
    ];
    var StackSetAutoDeploymentTargetSummaries = [
      1,
      n0,
      _SSADTSt,
      0,
      () => StackSetAutoDeploymentTargetSummary$
    ];
    var StackSetOperationResultSummaries = [
      1,
      n0,
      _SSORSt,
      0,
      () => StackSetOperationResultSummary$
    ];
    var StackSetOperationSummaries = [
      1,
      n0,
      _SSOSt,
      0,
      () => StackSetOperationSummary$
    ];
    var StackSetSummaries = [
      1,
      n0,
      _SSSt,
      0,
      () => StackSetSummary$
    ];
    var StackSummaries = [
      1,
      n0,
      _SSt,
      0,
      () => StackSummary$
    ];
    var Tags = [
      1,
      n0,
      _Ta,
      0,
      () => Tag$
    ];
    var TemplateParameters = [
      1,
      n0,
      _TPem,
      0,
      () => TemplateParameter$
    ];
    var TemplateSummaries = [
      1,
      n0,
      _TSem,
      0,
      () => TemplateSummary$
    ];
    var TypeConfigurationDetailsList = [
      1,
      n0,
      _TCDL,
      0,
      () => TypeConfigurationDetails$
    ];
    var TypeConfigurationIdentifiers = [
      1,
      n0,
      _TCIy,
      0,
      () => TypeConfigurationIdentifier$
    ];
    var TypeSummaries = [
      1,
      n0,
      _TSy,
      0,
      () => TypeSummary$
    ];
    var TypeVersionSummaries = [
      1,
      n0,
      _TVS,
      0,
      () => TypeVersionSummary$
    ];
    var UnprocessedTypeConfigurations = [
      1,
      n0,
      _UTC,
      0,
      () => TypeConfigurationIdentifier$
    ];
    var WarningDetails = [
      1,
      n0,
      _WDa,
      0,
      () => WarningDetail$
    ];
    var WarningProperties = [
      1,
      n0,
      _WPa,
      0,
      () => WarningProperty$
    ];
    var ActivateOrganizationsAccess$ = [
      9,
      n0,
      _AOA,
      0,
      () => ActivateOrganizationsAccessInput$,
      () => ActivateOrganizationsAccessOutput$
    ];
    var ActivateType$ = [
      9,
      n0,
      _AT,
      2,
      () => ActivateTypeInput$,
      () => ActivateTypeOutput$
    ];
    var BatchDescribeTypeConfigurations$ = [
      9,
      n0,
      _BDTC,
      0,
      () => BatchDescribeTypeConfigurationsInput$,
      () => BatchDescribeTypeConfigurationsOutput$
    ];
    var CancelUpdateStack$ = [
      9,
      n0,
      _CUS,
      0,
      () => CancelUpdateStackInput$,
      () => __Unit
    ];
    var ContinueUpdateRollback$ = [
      9,
      n0,
      _CUR,
      0,
      () => ContinueUpdateRollbackInput$,
      () => ContinueUpdateRollbackOutput$
    ];
    var CreateChangeSet$ = [
      9,
      n0,
      _CCS,
      0,
      () => CreateChangeSetInput$,
      () => CreateChangeSetOutput$
    ];
    var CreateGeneratedTemplate$ = [
      9,
      n0,
      _CGT,
      0,
      () => CreateGeneratedTemplateInput$,
      () => CreateGeneratedTemplateOutput$
    ];
    var CreateStack$ = [
      9,
      n0,
      _CSr,
      0,
      () => CreateStackInput$,
      () => CreateStackOutput$
    ];
    var CreateStackInstances$ = [
      9,
      n0,
      _CSIre,
      0,
      () => CreateStackInstancesInput$,
      () => CreateStackInstancesOutput$
    ];
    var CreateStackRefactor$ = [
      9,
      n0,
      _CSR,
      0,
      () => CreateStackRefactorInput$,
      () => CreateStackRefactorOutput$
    ];
    var CreateStackSet$ = [
      9,
      n0,
      _CSSr,
      0,
      () => CreateStackSetInput$,
      () => CreateStackSetOutput$
    ];
    var DeactivateOrganizationsAccess$ = [
      9,
      n0,
      _DOA,
      0,
      () => DeactivateOrganizationsAccessInput$,
      () => DeactivateOrganizationsAccessOutput$
    ];
    var DeactivateType$ = [
      9,
      n0,
      _DTea,
      2,
      () => DeactivateTypeInput$,
      () => DeactivateTypeOutput$
    ];
    var DeleteChangeSet$ = [
      9,
      n0,
      _DCS,
      0,
      () => DeleteChangeSetInput$,
      () => DeleteChangeSetOutput$
    ];
    var DeleteGeneratedTemplate$ = [
      9,
      n0,
      _DGT,
      0,
      () => DeleteGeneratedTemplateInput$,
      () => __Unit
    ];
    var DeleteStack$ = [
      9,
      n0,
      _DSel,
      0,
      () => DeleteStackInput$,
      () => __Unit
    ];
    var DeleteStackInstances$ = [
      9,
      n0,
      _DSIel,
      0,
      () => DeleteStackInstancesInput$,
      () => DeleteStackInstancesOutput$
    ];
    var DeleteStackSet$ = [
      9,
      n0,
      _DSS,
      0,
      () => DeleteStackSetInput$,
      () => DeleteStackSetOutput$
    ];
    var DeregisterType$ = [
      9,
      n0,
      _DTer,
      2,
      () => DeregisterTypeInput$,
      () => DeregisterTypeOutput$
    ];
    var DescribeAccountLimits$ = [
      9,
      n0,
      _DAL,
      0,
      () => DescribeAccountLimitsInput$,
      () => DescribeAccountLimitsOutput$
    ];
    var DescribeChangeSet$ = [
      9,
      n0,
      _DCSe,
      0,
      () => DescribeChangeSetInput$,
      () => DescribeChangeSetOutput$
    ];
    var DescribeChangeSetHooks$ = [
      9,
      n0,
      _DCSH,
      0,
      () => DescribeChangeSetHooksInput$,
      () => DescribeChangeSetHooksOutput$
    ];
    var DescribeEvents$ = [
      9,
      n0,
      _DE,
      0,
      () => DescribeEventsInput$,
      () => DescribeEventsOutput$
    ];
    var DescribeGeneratedTemplate$ = [
      9,
      n0,
      _DGTe,
      0,
      () => DescribeGeneratedTemplateInput$,
      () => DescribeGeneratedTemplateOutput$
    ];
    var DescribeOrganizationsAccess$ = [
      9,
      n0,
      _DOAe,
      0,
      () => DescribeOrganizationsAccessInput$,
      () => DescribeOrganizationsAccessOutput$
    ];
    var DescribePublisher$ = [
      9,
      n0,
      _DPe,
      2,
      () => DescribePublisherInput$,
      () => DescribePublisherOutput$
    ];
    var DescribeResourceScan$ = [
      9,
      n0,
      _DRS,
      0,
      () => DescribeResourceScanInput$,
      () => DescribeResourceScanOutput$
    ];
    var DescribeStackDriftDetectionStatus$ = [
      9,
      n0,
      _DSDDS,
      0,
      () => DescribeStackDriftDetectionStatusInput$,
      () => DescribeStackDriftDetectionStatusOutput$
    ];
    var DescribeStackEvents$ = [
      9,
      n0,
      _DSE,
      0,
      () => DescribeStackEventsInput$,
      () => DescribeStackEventsOutput$
    ];
    var DescribeStackInstance$ = [
      9,
      n0,
      _DSIes,
      0,
      () => DescribeStackInstanceInput$,
      () => DescribeStackInstanceOutput$
    ];
    var DescribeStackRefactor$ = [
      9,
      n0,
      _DSRe,
      0,
      () => DescribeStackRefactorInput$,
      () => DescribeStackRefactorOutput$
    ];
    var DescribeStackResource$ = [
      9,
      n0,
      _DSRes,
      0,
      () => DescribeStackResourceInput$,
      () => DescribeStackResourceOutput$
    ];
    var DescribeStackResourceDrifts$ = [
      9,
      n0,
      _DSRD,
      0,
      () => DescribeStackResourceDriftsInput$,
      () => DescribeStackResourceDriftsOutput$
    ];
    var DescribeStackResources$ = [
      9,
      n0,
      _DSResc,
      0,
      () => DescribeStackResourcesInput$,
      () => DescribeStackResourcesOutput$
    ];
    var DescribeStacks$ = [
      9,
      n0,
      _DSes,
      0,
      () => DescribeStacksInput$,
      () => DescribeStacksOutput$
    ];
    var DescribeStackSet$ = [
      9,
      n0,
      _DSSe,
      0,
      () => DescribeStackSetInput$,
      () => DescribeStackSetOutput$
    ];
    var DescribeStackSetOperation$ = [
      9,
      n0,
      _DSSOes,
      0,
      () => DescribeStackSetOperationInput$,
      () => DescribeStackSetOperationOutput$
    ];
    var DescribeType$ = [
      9,
      n0,
      _DTes,
      2,
      () => DescribeTypeInput$,
      () => DescribeTypeOutput$
    ];
    var DescribeTypeRegistration$ = [
      9,
      n0,
      _DTR,
      2,
      () => DescribeTypeRegistrationInput$,
      () => DescribeTypeRegistrationOutput$
    ];
    var DetectStackDrift$ = [
      9,
      n0,
      _DSD,
      0,
      () => DetectStackDriftInput$,
      () => DetectStackDriftOutput$
    ];
    var DetectStackResourceDrift$ = [
      9,
      n0,
      _DSRDe,
      0,
      () => DetectStackResourceDriftInput$,
      () => DetectStackResourceDriftOutput$
    ];
    var DetectStackSetDrift$ = [
      9,
      n0,
      _DSSD,
      0,
      () => DetectStackSetDriftInput$,
      () => DetectStackSetDriftOutput$
    ];
    var EstimateTemplateCost$ = [
      9,
      n0,
      _ETC,
      0,
      () => EstimateTemplateCostInput$,
      () => EstimateTemplateCostOutput$
    ];
    var ExecuteChangeSet$ = [
      9,
      n0,
      _ECS,
      0,
      () => ExecuteChangeSetInput$,
      () => ExecuteChangeSetOutput$
    ];
    var ExecuteStackRefactor$ = [
      9,
      n0,
      _ESRx,
      0,
      () => ExecuteStackRefactorInput$,
      () => __Unit
    ];
    var GetGeneratedTemplate$ = [
      9,
      n0,
      _GGT,
      0,
      () => GetGeneratedTemplateInput$,
      () => GetGeneratedTemplateOutput$
    ];
    var GetHookResult$ = [
      9,
      n0,
      _GHR,
      0,
      () => GetHookResultInput$,
      () => GetHookResultOutput$
    ];
    var GetStackPolicy$ = [
      9,
      n0,
      _GSP,
      0,
      () => GetStackPolicyInput$,
      () => GetStackPolicyOutput$
    ];
    var GetTemplate$ = [
      9,
      n0,
      _GT,
      0,
      () => GetTemplateInput$,
      () => GetTemplateOutput$
    ];
    var GetTemplateSummary$ = [
      9,
      n0,
      _GTS,
      0,
      () => GetTemplateSummaryInput$,
      () => GetTemplateSummaryOutput$
    ];
    var ImportStacksToStackSet$ = [
      9,
      n0,
      _ISTSS,
      0,
      () => ImportStacksToStackSetInput$,
      () => ImportStacksToStackSetOutput$
    ];
    var ListChangeSets$ = [
      9,
      n0,
      _LCS,
      0,
      () => ListChangeSetsInput$,
      () => ListChangeSetsOutput$
    ];
    var ListExports$ = [
      9,
      n0,
      _LE,
      0,
      () => ListExportsInput$,
      () => ListExportsOutput$
    ];
    var ListGeneratedTemplates$ = [
      9,
      n0,
      _LGT,
      0,
      () => ListGeneratedTemplatesInput$,
      () => ListGeneratedTemplatesOutput$
    ];
    var ListHookResults$ = [
      9,
      n0,
      _LHR,
      0,
      () => ListHookResultsInput$,
      () => ListHookResultsOutput$
    ];
    var ListImports$ = [
      9,
      n0,
      _LI,
      0,
      () => ListImportsInput$,
      () => ListImportsOutput$
    ];
    var ListResourceScanRelatedResources$ = [
      9,
      n0,
      _LRSRR,
      0,
      () => ListResourceScanRelatedResourcesInput$,
      () => ListResourceScanRelatedResourcesOutput$
    ];
    var ListResourceScanResources$ = [
      9,
      n0,
      _LRSR,
      0,
      () => ListResourceScanResourcesInput$,
      () => ListResourceScanResourcesOutput$
    ];
    var ListResourceScans$ = [
      9,
      n0,
      _LRS,
      0,
      () => ListResourceScansInput$,
      () => ListResourceScansOutput$
    ];
    var ListStackInstanceResourceDrifts$ = [
      9,
      n0,
      _LSIRD,
      0,
      () => ListStackInstanceResourceDriftsInput$,
      () => ListStackInstanceResourceDriftsOutput$
    ];
    var ListStackInstances$ = [
      9,
      n0,
      _LSIi,
      0,
      () => ListStackInstancesInput$,
      () => ListStackInstancesOutput$
    ];
    var ListStackRefactorActions$ = [
      9,
      n0,
      _LSRA,
      0,
      () => ListStackRefactorActionsInput$,
      () => ListStackRefactorActionsOutput$
    ];
    var ListStackRefactors$ = [
      9,
      n0,
      _LSR,
      0,
      () => ListStackRefactorsInput$,
      () => ListStackRefactorsOutput$
    ];
    var ListStackResources$ = [
      9,
      n0,
      _LSRi,
      0,
      () => ListStackResourcesInput$,
      () => ListStackResourcesOutput$
    ];
    var ListStacks$ = [
      9,
      n0,
      _LS,
      0,
      () => ListStacksInput$,
      () => ListStacksOutput$
    ];
    var ListStackSetAutoDeploymentTargets$ = [
      9,
      n0,
      _LSSADT,
      0,
      () => ListStackSetAutoDeploymentTargetsInput$,
      () => ListStackSetAutoDeploymentTargetsOutput$
    ];
    var ListStackSetOperationResults$ = [
      9,
      n0,
      _LSSOR,
      0,
      () => ListStackSetOperationResultsInput$,
      () => ListStackSetOperationResultsOutput$
    ];
    var ListStackSetOperations$ = [
      9,
      n0,
      _LSSOi,
      0,
      () => ListStackSetOperationsInput$,
      () => ListStackSetOperationsOutput$
    ];
    var ListStackSets$ = [
      9,
      n0,
      _LSS,
      0,
      () => ListStackSetsInput$,
      () => ListStackSetsOutput$
    ];
    var ListTypeRegistrations$ = [
      9,
      n0,
      _LTR,
      2,
      () => ListTypeRegistrationsInput$,
      () => ListTypeRegistrationsOutput$
    ];
    var ListTypes$ = [
      9,
      n0,
      _LT,
      2,
      () => ListTypesInput$,
      () => ListTypesOutput$
    ];
    var ListTypeVersions$ = [
      9,
      n0,
      _LTV,
      2,
      () => ListTypeVersionsInput$,
      () => ListTypeVersionsOutput$
    ];
    var PublishType$ = [
      9,
      n0,
      _PTu,
      2,
      () => PublishTypeInput$,
      () => PublishTypeOutput$
    ];
    var RecordHandlerProgress$ = [
      9,
      n0,
      _RHP,
      2,
      () => RecordHandlerProgressInput$,
      () => RecordHandlerProgressOutput$
    ];
    var RegisterPublisher$ = [
      9,
      n0,
      _RPeg,
      2,
      () => RegisterPublisherInput$,
      () => RegisterPublisherOutput$
    ];
    var RegisterType$ = [
      9,
      n0,
      _RTegi,
      2,
      () => RegisterTypeInput$,
      () => RegisterTypeOutput$
    ];
    var RemoveAlias$ = [
      9,
      n0,
      _RAe,
      0,
      () => RemoveAliasInput$,
      () => __Unit
    ];
    var RollbackStack$ = [
      9,
      n0,
      _RSo,
      0,
      () => RollbackStackInput$,
      () => RollbackStackOutput$
    ];
    var SetAlias$ = [
      9,
      n0,
      _SAe,
      0,
      () => SetAliasInput$,
      () => __Unit
    ];
    var SetStackPolicy$ = [
      9,
      n0,
      _SSP,
      0,
      () => SetStackPolicyInput$,
      () => __Unit
    ];
    var SetTypeConfiguration$ = [
      9,
      n0,
      _STC,
      0,
      () => SetTypeConfigurationInput$,
      () => SetTypeConfigurationOutput$
    ];
    var SetTypeDefaultVersion$ = [
      9,
      n0,
      _STDV,
      2,
      () => SetTypeDefaultVersionInput$,
      () => SetTypeDefaultVersionOutput$
    ];
    var SignalResource$ = [
      9,
      n0,
      _SRi,
      0,
      () => SignalResourceInput$,
      () => __Unit
    ];
    var StartResourceScan$ = [
      9,
      n0,
      _SRStar,
      0,
      () => StartResourceScanInput$,
      () => StartResourceScanOutput$
    ];
    var StopStackSetOperation$ = [
      9,
      n0,
      _SSSO,
      0,
      () => StopStackSetOperationInput$,
      () => StopStackSetOperationOutput$
    ];
    var TestType$ = [
      9,
      n0,
      _TTe,
      2,
      () => TestTypeInput$,
      () => TestTypeOutput$
    ];
    var UpdateGeneratedTemplate$ = [
      9,
      n0,
      _UGT,
      0,
      () => UpdateGeneratedTemplateInput$,
      () => UpdateGeneratedTemplateOutput$
    ];
    var UpdateStack$ = [
      9,
      n0,
      _US,
      0,
      () => UpdateStackInput$,
      () => UpdateStackOutput$
    ];
    var UpdateStackInstances$ = [
      9,
      n0,
      _USIp,
      0,
      () => UpdateStackInstancesInput$,
      () => UpdateStackInstancesOutput$
    ];
    var UpdateStackSet$ = [
      9,
      n0,
      _USS,
      0,
      () => UpdateStackSetInput$,
      () => UpdateStackSetOutput$
    ];
    var UpdateTerminationProtection$ = [
      9,
      n0,
      _UTP,
      0,
      () => UpdateTerminationProtectionInput$,
      () => UpdateTerminationProtectionOutput$
    ];
    var ValidateTemplate$ = [
      9,
      n0,
      _VT,
      0,
      () => ValidateTemplateInput$,
      () => ValidateTemplateOutput$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2010-05-15",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudFormationHttpAuthSchemeProvider,
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
          defaultNamespace: "com.amazonaws.cloudformation",
          errorTypeRegistries,
          xmlNamespace: "http://cloudformation.amazonaws.com/doc/2010-05-15/",
          version: "2010-05-15",
          serviceTarget: "CloudFormation"
        },
        serviceId: config?.serviceId ?? "CloudFormation",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
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
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
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
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var CloudFormationClient4 = class extends Client {
      config;
      constructor(...[configuration2]) {
        const _config_0 = getRuntimeConfig(configuration2 || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration2?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultCloudFormationHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "CloudFormation", "CloudFormationClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var ActivateOrganizationsAccessCommand = class extends command(_ep0, _mw0, "ActivateOrganizationsAccess", ActivateOrganizationsAccess$) {
    };
    var ActivateTypeCommand = class extends command(_ep0, _mw0, "ActivateType", ActivateType$) {
    };
    var BatchDescribeTypeConfigurationsCommand = class extends command(_ep0, _mw0, "BatchDescribeTypeConfigurations", BatchDescribeTypeConfigurations$) {
    };
    var CancelUpdateStackCommand = class extends command(_ep0, _mw0, "CancelUpdateStack", CancelUpdateStack$) {
    };
    var ContinueUpdateRollbackCommand = class extends command(_ep0, _mw0, "ContinueUpdateRollback", ContinueUpdateRollback$) {
    };
    var CreateChangeSetCommand = class extends command(_ep0, _mw0, "CreateChangeSet", CreateChangeSet$) {
    };
    var CreateGeneratedTemplateCommand = class extends command(_ep0, _mw0, "CreateGeneratedTemplate", CreateGeneratedTemplate$) {
    };
    var CreateStackCommand2 = class extends command(_ep0, _mw0, "CreateStack", CreateStack$) {
    };
    var CreateStackInstancesCommand = class extends command(_ep0, _mw0, "CreateStackInstances", CreateStackInstances$) {
    };
    var CreateStackRefactorCommand = class extends command(_ep0, _mw0, "CreateStackRefactor", CreateStackRefactor$) {
    };
    var CreateStackSetCommand = class extends command(_ep0, _mw0, "CreateStackSet", CreateStackSet$) {
    };
    var DeactivateOrganizationsAccessCommand = class extends command(_ep0, _mw0, "DeactivateOrganizationsAccess", DeactivateOrganizationsAccess$) {
    };
    var DeactivateTypeCommand = class extends command(_ep0, _mw0, "DeactivateType", DeactivateType$) {
    };
    var DeleteChangeSetCommand = class extends command(_ep0, _mw0, "DeleteChangeSet", DeleteChangeSet$) {
    };
    var DeleteGeneratedTemplateCommand = class extends command(_ep0, _mw0, "DeleteGeneratedTemplate", DeleteGeneratedTemplate$) {
    };
    var DeleteStackCommand3 = class extends command(_ep0, _mw0, "DeleteStack", DeleteStack$) {
    };
    var DeleteStackInstancesCommand = class extends command(_ep0, _mw0, "DeleteStackInstances", DeleteStackInstances$) {
    };
    var DeleteStackSetCommand = class extends command(_ep0, _mw0, "DeleteStackSet", DeleteStackSet$) {
    };
    var DeregisterTypeCommand = class extends command(_ep0, _mw0, "DeregisterType", DeregisterType$) {
    };
    var DescribeAccountLimitsCommand = class extends command(_ep0, _mw0, "DescribeAccountLimits", DescribeAccountLimits$) {
    };
    var DescribeChangeSetCommand = class extends command(_ep0, _mw0, "DescribeChangeSet", DescribeChangeSet$) {
    };
    var DescribeChangeSetHooksCommand = class extends command(_ep0, _mw0, "DescribeChangeSetHooks", DescribeChangeSetHooks$) {
    };
    var DescribeEventsCommand = class extends command(_ep0, _mw0, "DescribeEvents", DescribeEvents$) {
    };
    var DescribeGeneratedTemplateCommand = class extends command(_ep0, _mw0, "DescribeGeneratedTemplate", DescribeGeneratedTemplate$) {
    };
    var DescribeOrganizationsAccessCommand = class extends command(_ep0, _mw0, "DescribeOrganizationsAccess", DescribeOrganizationsAccess$) {
    };
    var DescribePublisherCommand = class extends command(_ep0, _mw0, "DescribePublisher", DescribePublisher$) {
    };
    var DescribeResourceScanCommand = class extends command(_ep0, _mw0, "DescribeResourceScan", DescribeResourceScan$) {
    };
    var DescribeStackDriftDetectionStatusCommand = class extends command(_ep0, _mw0, "DescribeStackDriftDetectionStatus", DescribeStackDriftDetectionStatus$) {
    };
    var DescribeStackEventsCommand2 = class extends command(_ep0, _mw0, "DescribeStackEvents", DescribeStackEvents$) {
    };
    var DescribeStackInstanceCommand = class extends command(_ep0, _mw0, "DescribeStackInstance", DescribeStackInstance$) {
    };
    var DescribeStackRefactorCommand = class extends command(_ep0, _mw0, "DescribeStackRefactor", DescribeStackRefactor$) {
    };
    var DescribeStackResourceCommand2 = class extends command(_ep0, _mw0, "DescribeStackResource", DescribeStackResource$) {
    };
    var DescribeStackResourceDriftsCommand = class extends command(_ep0, _mw0, "DescribeStackResourceDrifts", DescribeStackResourceDrifts$) {
    };
    var DescribeStackResourcesCommand = class extends command(_ep0, _mw0, "DescribeStackResources", DescribeStackResources$) {
    };
    var DescribeStacksCommand3 = class extends command(_ep0, _mw0, "DescribeStacks", DescribeStacks$) {
    };
    var DescribeStackSetCommand = class extends command(_ep0, _mw0, "DescribeStackSet", DescribeStackSet$) {
    };
    var DescribeStackSetOperationCommand = class extends command(_ep0, _mw0, "DescribeStackSetOperation", DescribeStackSetOperation$) {
    };
    var DescribeTypeCommand = class extends command(_ep0, _mw0, "DescribeType", DescribeType$) {
    };
    var DescribeTypeRegistrationCommand = class extends command(_ep0, _mw0, "DescribeTypeRegistration", DescribeTypeRegistration$) {
    };
    var DetectStackDriftCommand = class extends command(_ep0, _mw0, "DetectStackDrift", DetectStackDrift$) {
    };
    var DetectStackResourceDriftCommand = class extends command(_ep0, _mw0, "DetectStackResourceDrift", DetectStackResourceDrift$) {
    };
    var DetectStackSetDriftCommand = class extends command(_ep0, _mw0, "DetectStackSetDrift", DetectStackSetDrift$) {
    };
    var EstimateTemplateCostCommand = class extends command(_ep0, _mw0, "EstimateTemplateCost", EstimateTemplateCost$) {
    };
    var ExecuteChangeSetCommand = class extends command(_ep0, _mw0, "ExecuteChangeSet", ExecuteChangeSet$) {
    };
    var ExecuteStackRefactorCommand = class extends command(_ep0, _mw0, "ExecuteStackRefactor", ExecuteStackRefactor$) {
    };
    var GetGeneratedTemplateCommand = class extends command(_ep0, _mw0, "GetGeneratedTemplate", GetGeneratedTemplate$) {
    };
    var GetHookResultCommand = class extends command(_ep0, _mw0, "GetHookResult", GetHookResult$) {
    };
    var GetStackPolicyCommand = class extends command(_ep0, _mw0, "GetStackPolicy", GetStackPolicy$) {
    };
    var GetTemplateCommand = class extends command(_ep0, _mw0, "GetTemplate", GetTemplate$) {
    };
    var GetTemplateSummaryCommand = class extends command(_ep0, _mw0, "GetTemplateSummary", GetTemplateSummary$) {
    };
    var ImportStacksToStackSetCommand = class extends command(_ep0, _mw0, "ImportStacksToStackSet", ImportStacksToStackSet$) {
    };
    var ListChangeSetsCommand = class extends command(_ep0, _mw0, "ListChangeSets", ListChangeSets$) {
    };
    var ListExportsCommand = class extends command(_ep0, _mw0, "ListExports", ListExports$) {
    };
    var ListGeneratedTemplatesCommand = class extends command(_ep0, _mw0, "ListGeneratedTemplates", ListGeneratedTemplates$) {
    };
    var ListHookResultsCommand = class extends command(_ep0, _mw0, "ListHookResults", ListHookResults$) {
    };
    var ListImportsCommand = class extends command(_ep0, _mw0, "ListImports", ListImports$) {
    };
    var ListResourceScanRelatedResourcesCommand = class extends command(_ep0, _mw0, "ListResourceScanRelatedResources", ListResourceScanRelatedResources$) {
    };
    var ListResourceScanResourcesCommand = class extends command(_ep0, _mw0, "ListResourceScanResources", ListResourceScanResources$) {
    };
    var ListResourceScansCommand = class extends command(_ep0, _mw0, "ListResourceScans", ListResourceScans$) {
    };
    var ListStackInstanceResourceDriftsCommand = class extends command(_ep0, _mw0, "ListStackInstanceResourceDrifts", ListStackInstanceResourceDrifts$) {
    };
    var ListStackInstancesCommand = class extends command(_ep0, _mw0, "ListStackInstances", ListStackInstances$) {
    };
    var ListStackRefactorActionsCommand = class extends command(_ep0, _mw0, "ListStackRefactorActions", ListStackRefactorActions$) {
    };
    var ListStackRefactorsCommand = class extends command(_ep0, _mw0, "ListStackRefactors", ListStackRefactors$) {
    };
    var ListStackResourcesCommand3 = class extends command(_ep0, _mw0, "ListStackResources", ListStackResources$) {
    };
    var ListStacksCommand = class extends command(_ep0, _mw0, "ListStacks", ListStacks$) {
    };
    var ListStackSetAutoDeploymentTargetsCommand = class extends command(_ep0, _mw0, "ListStackSetAutoDeploymentTargets", ListStackSetAutoDeploymentTargets$) {
    };
    var ListStackSetOperationResultsCommand = class extends command(_ep0, _mw0, "ListStackSetOperationResults", ListStackSetOperationResults$) {
    };
    var ListStackSetOperationsCommand = class extends command(_ep0, _mw0, "ListStackSetOperations", ListStackSetOperations$) {
    };
    var ListStackSetsCommand = class extends command(_ep0, _mw0, "ListStackSets", ListStackSets$) {
    };
    var ListTypeRegistrationsCommand = class extends command(_ep0, _mw0, "ListTypeRegistrations", ListTypeRegistrations$) {
    };
    var ListTypesCommand = class extends command(_ep0, _mw0, "ListTypes", ListTypes$) {
    };
    var ListTypeVersionsCommand = class extends command(_ep0, _mw0, "ListTypeVersions", ListTypeVersions$) {
    };
    var PublishTypeCommand = class extends command(_ep0, _mw0, "PublishType", PublishType$) {
    };
    var RecordHandlerProgressCommand = class extends command(_ep0, _mw0, "RecordHandlerProgress", RecordHandlerProgress$) {
    };
    var RegisterPublisherCommand = class extends command(_ep0, _mw0, "RegisterPublisher", RegisterPublisher$) {
    };
    var RegisterTypeCommand = class extends command(_ep0, _mw0, "RegisterType", RegisterType$) {
    };
    var RemoveAliasCommand = class extends command(_ep0, _mw0, "RemoveAlias", RemoveAlias$) {
    };
    var RollbackStackCommand = class extends command(_ep0, _mw0, "RollbackStack", RollbackStack$) {
    };
    var SetAliasCommand = class extends command(_ep0, _mw0, "SetAlias", SetAlias$) {
    };
    var SetStackPolicyCommand = class extends command(_ep0, _mw0, "SetStackPolicy", SetStackPolicy$) {
    };
    var SetTypeConfigurationCommand = class extends command(_ep0, _mw0, "SetTypeConfiguration", SetTypeConfiguration$) {
    };
    var SetTypeDefaultVersionCommand = class extends command(_ep0, _mw0, "SetTypeDefaultVersion", SetTypeDefaultVersion$) {
    };
    var SignalResourceCommand = class extends command(_ep0, _mw0, "SignalResource", SignalResource$) {
    };
    var StartResourceScanCommand = class extends command(_ep0, _mw0, "StartResourceScan", StartResourceScan$) {
    };
    var StopStackSetOperationCommand = class extends command(_ep0, _mw0, "StopStackSetOperation", StopStackSetOperation$) {
    };
    var TestTypeCommand = class extends command(_ep0, _mw0, "TestType", TestType$) {
    };
    var UpdateGeneratedTemplateCommand = class extends command(_ep0, _mw0, "UpdateGeneratedTemplate", UpdateGeneratedTemplate$) {
    };
    var UpdateStackCommand2 = class extends command(_ep0, _mw0, "UpdateStack", UpdateStack$) {
    };
    var UpdateStackInstancesCommand = class extends command(_ep0, _mw0, "UpdateStackInstances", UpdateStackInstances$) {
    };
    var UpdateStackSetCommand = class extends command(_ep0, _mw0, "UpdateStackSet", UpdateStackSet$) {
    };
    var UpdateTerminationProtectionCommand = class extends command(_ep0, _mw0, "UpdateTerminationProtection", UpdateTerminationProtection$) {
    };
    var ValidateTemplateCommand = class extends command(_ep0, _mw0, "ValidateTemplate", ValidateTemplate$) {
    };
    var paginateDescribeAccountLimits = createPaginator(CloudFormationClient4, DescribeAccountLimitsCommand, "NextToken", "NextToken", "");
    var paginateDescribeChangeSet = createPaginator(CloudFormationClient4, DescribeChangeSetCommand, "NextToken", "NextToken", "");
    var paginateDescribeEvents = createPaginator(CloudFormationClient4, DescribeEventsCommand, "NextToken", "NextToken", "");
    var paginateDescribeStackEvents = createPaginator(CloudFormationClient4, DescribeStackEventsCommand2, "NextToken", "NextToken", "");
    var paginateDescribeStackResourceDrifts = createPaginator(CloudFormationClient4, DescribeStackResourceDriftsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeStacks = createPaginator(CloudFormationClient4, DescribeStacksCommand3, "NextToken", "NextToken", "");
    var paginateListChangeSets = createPaginator(CloudFormationClient4, ListChangeSetsCommand, "NextToken", "NextToken", "");
    var paginateListExports = createPaginator(CloudFormationClient4, ListExportsCommand, "NextToken", "NextToken", "");
    var paginateListGeneratedTemplates = createPaginator(CloudFormationClient4, ListGeneratedTemplatesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListImports = createPaginator(CloudFormationClient4, ListImportsCommand, "NextToken", "NextToken", "");
    var paginateListResourceScanRelatedResources = createPaginator(CloudFormationClient4, ListResourceScanRelatedResourcesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListResourceScanResources = createPaginator(CloudFormationClient4, ListResourceScanResourcesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListResourceScans = createPaginator(CloudFormationClient4, ListResourceScansCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListStackInstances = createPaginator(CloudFormationClient4, ListStackInstancesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListStackRefactorActions = createPaginator(CloudFormationClient4, ListStackRefactorActionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListStackRefactors = createPaginator(CloudFormationClient4, ListStackRefactorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListStackResources = createPaginator(CloudFormationClient4, ListStackResourcesCommand3, "NextToken", "NextToken", "");
    var paginateListStackSetOperationResults = createPaginator(CloudFormationClient4, ListStackSetOperationResultsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListStackSetOperations = createPaginator(CloudFormationClient4, ListStackSetOperationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListStackSets = createPaginator(CloudFormationClient4, ListStackSetsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListStacks = createPaginator(CloudFormationClient4, ListStacksCommand, "NextToken", "NextToken", "");
    var paginateListTypeRegistrations = createPaginator(CloudFormationClient4, ListTypeRegistrationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTypes = createPaginator(CloudFormationClient4, ListTypesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTypeVersions = createPaginator(CloudFormationClient4, ListTypeVersionsCommand, "NextToken", "NextToken", "MaxResults");
    var checkState$9 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeChangeSetCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "CREATE_COMPLETE") {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "FAILED") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForChangeSetCreateComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$9);
    };
    var waitUntilChangeSetCreateComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$9);
      return checkExceptions(result);
    };
    var checkState$8 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeStacksCommand3(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "CREATE_COMPLETE";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_COMPLETE";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_IN_PROGRESS";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_FAILED";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_ROLLBACK_IN_PROGRESS";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_ROLLBACK_FAILED";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_ROLLBACK_COMPLETE";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "CREATE_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "DELETE_COMPLETE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "DELETE_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "ROLLBACK_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "ROLLBACK_COMPLETE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForStackCreateComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
    };
    var waitUntilStackCreateComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
      return checkExceptions(result);
    };
    var checkState$7 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeStacksCommand3(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "DELETE_COMPLETE";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "DELETE_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "CREATE_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "ROLLBACK_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "UPDATE_ROLLBACK_IN_PROGRESS") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "UPDATE_ROLLBACK_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "UPDATE_ROLLBACK_COMPLETE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "UPDATE_COMPLETE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
          return { state: WaiterState.SUCCESS, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForStackDeleteComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
    };
    var waitUntilStackDeleteComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
      return checkExceptions(result);
    };
    var checkState$6 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeStacksCommand3(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
      } catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
          return { state: WaiterState.RETRY, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForStackExists = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
    };
    var waitUntilStackExists = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
      return checkExceptions(result);
    };
    var checkState$5 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeStacksCommand3(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "IMPORT_COMPLETE";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "ROLLBACK_COMPLETE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "ROLLBACK_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "IMPORT_ROLLBACK_IN_PROGRESS") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "IMPORT_ROLLBACK_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "IMPORT_ROLLBACK_COMPLETE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForStackImportComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
    };
    var waitUntilStackImportComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
      return checkExceptions(result);
    };
    var checkState$4 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeStackRefactorCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "CREATE_COMPLETE") {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "CREATE_FAILED") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForStackRefactorCreateComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
    };
    var waitUntilStackRefactorCreateComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
      return checkExceptions(result);
    };
    var checkState$3 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeStackRefactorCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.ExecutionStatus;
          };
          if (returnComparator() === "EXECUTE_COMPLETE") {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.ExecutionStatus;
          };
          if (returnComparator() === "EXECUTE_FAILED") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.ExecutionStatus;
          };
          if (returnComparator() === "ROLLBACK_COMPLETE") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForStackRefactorExecuteComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    };
    var waitUntilStackRefactorExecuteComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
      return checkExceptions(result);
    };
    var checkState$2 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeStacksCommand3(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_ROLLBACK_COMPLETE";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "UPDATE_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "UPDATE_ROLLBACK_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "DELETE_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForStackRollbackComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    };
    var waitUntilStackRollbackComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
      return checkExceptions(result);
    };
    var checkState$1 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeStacksCommand3(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "UPDATE_COMPLETE";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "UPDATE_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "UPDATE_ROLLBACK_FAILED") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.Stacks);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.StackStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "UPDATE_ROLLBACK_COMPLETE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
          return { state: WaiterState.FAILURE, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForStackUpdateComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    };
    var waitUntilStackUpdateComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
      return checkExceptions(result);
    };
    var checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeTypeRegistrationCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.ProgressStatus;
          };
          if (returnComparator() === "COMPLETE") {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.ProgressStatus;
          };
          if (returnComparator() === "FAILED") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForTypeRegistrationComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    };
    var waitUntilTypeRegistrationComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
      return checkExceptions(result);
    };
    var commands = {
      ActivateOrganizationsAccessCommand,
      ActivateTypeCommand,
      BatchDescribeTypeConfigurationsCommand,
      CancelUpdateStackCommand,
      ContinueUpdateRollbackCommand,
      CreateChangeSetCommand,
      CreateGeneratedTemplateCommand,
      CreateStackCommand: CreateStackCommand2,
      CreateStackInstancesCommand,
      CreateStackRefactorCommand,
      CreateStackSetCommand,
      DeactivateOrganizationsAccessCommand,
      DeactivateTypeCommand,
      DeleteChangeSetCommand,
      DeleteGeneratedTemplateCommand,
      DeleteStackCommand: DeleteStackCommand3,
      DeleteStackInstancesCommand,
      DeleteStackSetCommand,
      DeregisterTypeCommand,
      DescribeAccountLimitsCommand,
      DescribeChangeSetCommand,
      DescribeChangeSetHooksCommand,
      DescribeEventsCommand,
      DescribeGeneratedTemplateCommand,
      DescribeOrganizationsAccessCommand,
      DescribePublisherCommand,
      DescribeResourceScanCommand,
      DescribeStackDriftDetectionStatusCommand,
      DescribeStackEventsCommand: DescribeStackEventsCommand2,
      DescribeStackInstanceCommand,
      DescribeStackRefactorCommand,
      DescribeStackResourceCommand: DescribeStackResourceCommand2,
      DescribeStackResourceDriftsCommand,
      DescribeStackResourcesCommand,
      DescribeStacksCommand: DescribeStacksCommand3,
      DescribeStackSetCommand,
      DescribeStackSetOperationCommand,
      DescribeTypeCommand,
      DescribeTypeRegistrationCommand,
      DetectStackDriftCommand,
      DetectStackResourceDriftCommand,
      DetectStackSetDriftCommand,
      EstimateTemplateCostCommand,
      ExecuteChangeSetCommand,
      ExecuteStackRefactorCommand,
      GetGeneratedTemplateCommand,
      GetHookResultCommand,
      GetStackPolicyCommand,
      GetTemplateCommand,
      GetTemplateSummaryCommand,
      ImportStacksToStackSetCommand,
      ListChangeSetsCommand,
      ListExportsCommand,
      ListGeneratedTemplatesCommand,
      ListHookResultsCommand,
      ListImportsCommand,
      ListResourceScanRelatedResourcesCommand,
      ListResourceScanResourcesCommand,
      ListResourceScansCommand,
      ListStackInstanceResourceDriftsCommand,
      ListStackInstancesCommand,
      ListStackRefactorActionsCommand,
      ListStackRefactorsCommand,
      ListStackResourcesCommand: ListStackResourcesCommand3,
      ListStacksCommand,
      ListStackSetAutoDeploymentTargetsCommand,
      ListStackSetOperationResultsCommand,
      ListStackSetOperationsCommand,
      ListStackSetsCommand,
      ListTypeRegistrationsCommand,
      ListTypesCommand,
      ListTypeVersionsCommand,
      PublishTypeCommand,
      RecordHandlerProgressCommand,
      RegisterPublisherCommand,
      RegisterTypeCommand,
      RemoveAliasCommand,
      RollbackStackCommand,
      SetAliasCommand,
      SetStackPolicyCommand,
      SetTypeConfigurationCommand,
      SetTypeDefaultVersionCommand,
      SignalResourceCommand,
      StartResourceScanCommand,
      StopStackSetOperationCommand,
      TestTypeCommand,
      UpdateGeneratedTemplateCommand,
      UpdateStackCommand: UpdateStackCommand2,
      UpdateStackInstancesCommand,
      UpdateStackSetCommand,
      UpdateTerminationProtectionCommand,
      ValidateTemplateCommand
    };
    var paginators = {
      paginateDescribeAccountLimits,
      paginateDescribeChangeSet,
      paginateDescribeEvents,
      paginateDescribeStackEvents,
      paginateDescribeStackResourceDrifts,
      paginateDescribeStacks,
      paginateListChangeSets,
      paginateListExports,
      paginateListGeneratedTemplates,
      paginateListImports,
      paginateListResourceScanRelatedResources,
      paginateListResourceScanResources,
      paginateListResourceScans,
      paginateListStackInstances,
      paginateListStackRefactorActions,
      paginateListStackRefactors,
      paginateListStackResources,
      paginateListStacks,
      paginateListStackSetOperationResults,
      paginateListStackSetOperations,
      paginateListStackSets,
      paginateListTypeRegistrations,
      paginateListTypes,
      paginateListTypeVersions
    };
    var waiters = {
      waitUntilChangeSetCreateComplete,
      waitUntilStackRefactorCreateComplete,
      waitUntilStackRefactorExecuteComplete,
      waitUntilStackCreateComplete,
      waitUntilStackDeleteComplete,
      waitUntilStackExists,
      waitUntilStackImportComplete,
      waitUntilStackRollbackComplete,
      waitUntilStackUpdateComplete,
      waitUntilTypeRegistrationComplete
    };
    var CloudFormation = class extends CloudFormationClient4 {
    };
    createAggregatedClient(commands, CloudFormation, { paginators, waiters });
    var AccountFilterType = {
      DIFFERENCE: "DIFFERENCE",
      INTERSECTION: "INTERSECTION",
      NONE: "NONE",
      UNION: "UNION"
    };
    var AccountGateStatus = {
      FAILED: "FAILED",
      SKIPPED: "SKIPPED",
      SUCCEEDED: "SUCCEEDED"
    };
    var ThirdPartyType = {
      HOOK: "HOOK",
      MODULE: "MODULE",
      RESOURCE: "RESOURCE"
    };
    var VersionBump = {
      MAJOR: "MAJOR",
      MINOR: "MINOR"
    };
    var AfterValueFrom = {
      TEMPLATE: "TEMPLATE"
    };
    var AnnotationSeverityLevel = {
      CRITICAL: "CRITICAL",
      HIGH: "HIGH",
      INFORMATIONAL: "INFORMATIONAL",
      LOW: "LOW",
      MEDIUM: "MEDIUM"
    };
    var AnnotationStatus = {
      FAILED: "FAILED",
      PASSED: "PASSED",
      SKIPPED: "SKIPPED"
    };
    var AttributeChangeType = {
      Add: "Add",
      Modify: "Modify",
      Remove: "Remove",
      SyncWithActual: "SyncWithActual"
    };
    var BeaconStackOperationStatus = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SUCCEEDED: "SUCCEEDED"
    };
    var BeforeValueFrom = {
      ACTUAL_STATE: "ACTUAL_STATE",
      PREVIOUS_DEPLOYMENT_STATE: "PREVIOUS_DEPLOYMENT_STATE"
    };
    var CallAs = {
      DELEGATED_ADMIN: "DELEGATED_ADMIN",
      SELF: "SELF"
    };
    var Capability = {
      CAPABILITY_AUTO_EXPAND: "CAPABILITY_AUTO_EXPAND",
      CAPABILITY_IAM: "CAPABILITY_IAM",
      CAPABILITY_NAMED_IAM: "CAPABILITY_NAMED_IAM"
    };
    var Category = {
      ACTIVATED: "ACTIVATED",
      AWS_TYPES: "AWS_TYPES",
      REGISTERED: "REGISTERED",
      THIRD_PARTY: "THIRD_PARTY"
    };
    var ChangeAction = {
      Add: "Add",
      Dynamic: "Dynamic",
      Import: "Import",
      Modify: "Modify",
      Remove: "Remove",
      SyncWithActual: "SyncWithActual"
    };
    var ChangeSource = {
      Automatic: "Automatic",
      DirectModification: "DirectModification",
      NoModification: "NoModification",
      ParameterReference: "ParameterReference",
      ResourceAttribute: "ResourceAttribute",
      ResourceReference: "ResourceReference"
    };
    var EvaluationType = {
      Dynamic: "Dynamic",
      Static: "Static"
    };
    var ResourceAttribute = {
      CreationPolicy: "CreationPolicy",
      DeletionPolicy: "DeletionPolicy",
      Metadata: "Metadata",
      Properties: "Properties",
      Tags: "Tags",
      UpdatePolicy: "UpdatePolicy",
      UpdateReplacePolicy: "UpdateReplacePolicy"
    };
    var RequiresRecreation = {
      Always: "Always",
      Conditionally: "Conditionally",
      Never: "Never"
    };
    var PolicyAction = {
      Delete: "Delete",
      ReplaceAndDelete: "ReplaceAndDelete",
      ReplaceAndRetain: "ReplaceAndRetain",
      ReplaceAndSnapshot: "ReplaceAndSnapshot",
      Retain: "Retain",
      Snapshot: "Snapshot"
    };
    var Replacement = {
      Conditional: "Conditional",
      False: "False",
      True: "True"
    };
    var DriftIgnoredReason = {
      MANAGED_BY_AWS: "MANAGED_BY_AWS",
      SENSITIVE_PROPERTY: "SENSITIVE_PROPERTY",
      WRITE_ONLY_PROPERTY: "WRITE_ONLY_PROPERTY"
    };
    var StackResourceDriftStatus = {
      DELETED: "DELETED",
      IN_SYNC: "IN_SYNC",
      MODIFIED: "MODIFIED",
      NOT_CHECKED: "NOT_CHECKED",
      UNKNOWN: "UNKNOWN",
      UNSUPPORTED: "UNSUPPORTED"
    };
    var ChangeType = {
      Resource: "Resource"
    };
    var HookFailureMode = {
      FAIL: "FAIL",
      WARN: "WARN"
    };
    var HookInvocationPoint = {
      PRE_PROVISION: "PRE_PROVISION"
    };
    var HookTargetType = {
      RESOURCE: "RESOURCE"
    };
    var ChangeSetHooksStatus = {
      PLANNED: "PLANNED",
      PLANNING: "PLANNING",
      UNAVAILABLE: "UNAVAILABLE"
    };
    var ChangeSetStatus = {
      CREATE_COMPLETE: "CREATE_COMPLETE",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      CREATE_PENDING: "CREATE_PENDING",
      DELETE_COMPLETE: "DELETE_COMPLETE",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      DELETE_PENDING: "DELETE_PENDING",
      FAILED: "FAILED"
    };
    var ExecutionStatus = {
      AVAILABLE: "AVAILABLE",
      EXECUTE_COMPLETE: "EXECUTE_COMPLETE",
      EXECUTE_FAILED: "EXECUTE_FAILED",
      EXECUTE_IN_PROGRESS: "EXECUTE_IN_PROGRESS",
      OBSOLETE: "OBSOLETE",
      UNAVAILABLE: "UNAVAILABLE"
    };
    var ChangeSetType = {
      CREATE: "CREATE",
      IMPORT: "IMPORT",
      UPDATE: "UPDATE"
    };
    var DeploymentConfigMode = {
      EXPRESS: "EXPRESS",
      STANDARD: "STANDARD"
    };
    var DeploymentMode = {
      REVERT_DRIFT: "REVERT_DRIFT"
    };
    var OnStackFailure = {
      DELETE: "DELETE",
      DO_NOTHING: "DO_NOTHING",
      ROLLBACK: "ROLLBACK"
    };
    var GeneratedTemplateDeletionPolicy = {
      DELETE: "DELETE",
      RETAIN: "RETAIN"
    };
    var GeneratedTemplateUpdateReplacePolicy = {
      DELETE: "DELETE",
      RETAIN: "RETAIN"
    };
    var OnFailure = {
      DELETE: "DELETE",
      DO_NOTHING: "DO_NOTHING",
      ROLLBACK: "ROLLBACK"
    };
    var ConcurrencyMode = {
      SOFT_FAILURE_TOLERANCE: "SOFT_FAILURE_TOLERANCE",
      STRICT_FAILURE_TOLERANCE: "STRICT_FAILURE_TOLERANCE"
    };
    var RegionConcurrencyType = {
      PARALLEL: "PARALLEL",
      SEQUENTIAL: "SEQUENTIAL"
    };
    var PermissionModels = {
      SELF_MANAGED: "SELF_MANAGED",
      SERVICE_MANAGED: "SERVICE_MANAGED"
    };
    var DeletionMode = {
      FORCE_DELETE_STACK: "FORCE_DELETE_STACK",
      STANDARD: "STANDARD"
    };
    var RegistryType = {
      HOOK: "HOOK",
      MODULE: "MODULE",
      RESOURCE: "RESOURCE"
    };
    var StackDriftStatus = {
      DRIFTED: "DRIFTED",
      IN_SYNC: "IN_SYNC",
      NOT_CHECKED: "NOT_CHECKED",
      UNKNOWN: "UNKNOWN"
    };
    var DetailedStatus = {
      CONFIGURATION_COMPLETE: "CONFIGURATION_COMPLETE",
      VALIDATION_FAILED: "VALIDATION_FAILED"
    };
    var EventType = {
      HOOK_INVOCATION_ERROR: "HOOK_INVOCATION_ERROR",
      PROGRESS_EVENT: "PROGRESS_EVENT",
      PROVISIONING_ERROR: "PROVISIONING_ERROR",
      STACK_EVENT: "STACK_EVENT",
      VALIDATION_ERROR: "VALIDATION_ERROR"
    };
    var HookStatus = {
      HOOK_COMPLETE_FAILED: "HOOK_COMPLETE_FAILED",
      HOOK_COMPLETE_SUCCEEDED: "HOOK_COMPLETE_SUCCEEDED",
      HOOK_FAILED: "HOOK_FAILED",
      HOOK_IN_PROGRESS: "HOOK_IN_PROGRESS"
    };
    var OperationType = {
      CONTINUE_ROLLBACK: "CONTINUE_ROLLBACK",
      CREATE_CHANGESET: "CREATE_CHANGESET",
      CREATE_STACK: "CREATE_STACK",
      DELETE_STACK: "DELETE_STACK",
      ROLLBACK: "ROLLBACK",
      UPDATE_STACK: "UPDATE_STACK"
    };
    var ResourceStatus = {
      CREATE_COMPLETE: "CREATE_COMPLETE",
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      DELETE_COMPLETE: "DELETE_COMPLETE",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      DELETE_SKIPPED: "DELETE_SKIPPED",
      EXPORT_COMPLETE: "EXPORT_COMPLETE",
      EXPORT_FAILED: "EXPORT_FAILED",
      EXPORT_IN_PROGRESS: "EXPORT_IN_PROGRESS",
      EXPORT_ROLLBACK_COMPLETE: "EXPORT_ROLLBACK_COMPLETE",
      EXPORT_ROLLBACK_FAILED: "EXPORT_ROLLBACK_FAILED",
      EXPORT_ROLLBACK_IN_PROGRESS: "EXPORT_ROLLBACK_IN_PROGRESS",
      IMPORT_COMPLETE: "IMPORT_COMPLETE",
      IMPORT_FAILED: "IMPORT_FAILED",
      IMPORT_IN_PROGRESS: "IMPORT_IN_PROGRESS",
      IMPORT_ROLLBACK_COMPLETE: "IMPORT_ROLLBACK_COMPLETE",
      IMPORT_ROLLBACK_FAILED: "IMPORT_ROLLBACK_FAILED",
      IMPORT_ROLLBACK_IN_PROGRESS: "IMPORT_ROLLBACK_IN_PROGRESS",
      ROLLBACK_COMPLETE: "ROLLBACK_COMPLETE",
      ROLLBACK_FAILED: "ROLLBACK_FAILED",
      ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
      UPDATE_COMPLETE: "UPDATE_COMPLETE",
      UPDATE_FAILED: "UPDATE_FAILED",
      UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
      UPDATE_ROLLBACK_COMPLETE: "UPDATE_ROLLBACK_COMPLETE",
      UPDATE_ROLLBACK_FAILED: "UPDATE_ROLLBACK_FAILED",
      UPDATE_ROLLBACK_IN_PROGRESS: "UPDATE_ROLLBACK_IN_PROGRESS"
    };
    var ValidationStatus = {
      FAILED: "FAILED",
      SKIPPED: "SKIPPED"
    };
    var GeneratedTemplateResourceStatus = {
      COMPLETE: "COMPLETE",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      PENDING: "PENDING"
    };
    var WarningType = {
      EXCLUDED_PROPERTIES: "EXCLUDED_PROPERTIES",
      EXCLUDED_RESOURCES: "EXCLUDED_RESOURCES",
      MUTUALLY_EXCLUSIVE_PROPERTIES: "MUTUALLY_EXCLUSIVE_PROPERTIES",
      MUTUALLY_EXCLUSIVE_TYPES: "MUTUALLY_EXCLUSIVE_TYPES",
      UNSUPPORTED_PROPERTIES: "UNSUPPORTED_PROPERTIES"
    };
    var GeneratedTemplateStatus = {
      COMPLETE: "COMPLETE",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      CREATE_PENDING: "CREATE_PENDING",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      DELETE_PENDING: "DELETE_PENDING",
      FAILED: "FAILED",
      UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
      UPDATE_PENDING: "UPDATE_PENDING"
    };
    var OrganizationStatus = {
      DISABLED: "DISABLED",
      DISABLED_PERMANENTLY: "DISABLED_PERMANENTLY",
      ENABLED: "ENABLED"
    };
    var IdentityProvider = {
      AWS_Marketplace: "AWS_Marketplace",
      Bitbucket: "Bitbucket",
      GitHub: "GitHub"
    };
    var PublisherStatus = {
      UNVERIFIED: "UNVERIFIED",
      VERIFIED: "VERIFIED"
    };
    var ResourceScanStatus = {
      COMPLETE: "COMPLETE",
      EXPIRED: "EXPIRED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var StackDriftDetectionStatus = {
      DETECTION_COMPLETE: "DETECTION_COMPLETE",
      DETECTION_FAILED: "DETECTION_FAILED",
      DETECTION_IN_PROGRESS: "DETECTION_IN_PROGRESS"
    };
    var StackInstanceDetailedStatus = {
      CANCELLED: "CANCELLED",
      FAILED: "FAILED",
      FAILED_IMPORT: "FAILED_IMPORT",
      INOPERABLE: "INOPERABLE",
      PENDING: "PENDING",
      RUNNING: "RUNNING",
      SKIPPED_SUSPENDED_ACCOUNT: "SKIPPED_SUSPENDED_ACCOUNT",
      SUCCEEDED: "SUCCEEDED"
    };
    var StackInstanceStatus = {
      CURRENT: "CURRENT",
      INOPERABLE: "INOPERABLE",
      OUTDATED: "OUTDATED"
    };
    var StackRefactorExecutionStatus = {
      AVAILABLE: "AVAILABLE",
      EXECUTE_COMPLETE: "EXECUTE_COMPLETE",
      EXECUTE_FAILED: "EXECUTE_FAILED",
      EXECUTE_IN_PROGRESS: "EXECUTE_IN_PROGRESS",
      OBSOLETE: "OBSOLETE",
      ROLLBACK_COMPLETE: "ROLLBACK_COMPLETE",
      ROLLBACK_FAILED: "ROLLBACK_FAILED",
      ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
      UNAVAILABLE: "UNAVAILABLE"
    };
    var StackRefactorStatus = {
      CREATE_COMPLETE: "CREATE_COMPLETE",
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      DELETE_COMPLETE: "DELETE_COMPLETE",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS"
    };
    var DifferenceType = {
      ADD: "ADD",
      NOT_EQUAL: "NOT_EQUAL",
      REMOVE: "REMOVE"
    };
    var StackStatus = {
      CREATE_COMPLETE: "CREATE_COMPLETE",
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      DELETE_COMPLETE: "DELETE_COMPLETE",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      IMPORT_COMPLETE: "IMPORT_COMPLETE",
      IMPORT_IN_PROGRESS: "IMPORT_IN_PROGRESS",
      IMPORT_ROLLBACK_COMPLETE: "IMPORT_ROLLBACK_COMPLETE",
      IMPORT_ROLLBACK_FAILED: "IMPORT_ROLLBACK_FAILED",
      IMPORT_ROLLBACK_IN_PROGRESS: "IMPORT_ROLLBACK_IN_PROGRESS",
      REVIEW_IN_PROGRESS: "REVIEW_IN_PROGRESS",
      ROLLBACK_COMPLETE: "ROLLBACK_COMPLETE",
      ROLLBACK_FAILED: "ROLLBACK_FAILED",
      ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
      UPDATE_COMPLETE: "UPDATE_COMPLETE",
      UPDATE_COMPLETE_CLEANUP_IN_PROGRESS: "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS",
      UPDATE_FAILED: "UPDATE_FAILED",
      UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
      UPDATE_ROLLBACK_COMPLETE: "UPDATE_ROLLBACK_COMPLETE",
      UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS: "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS",
      UPDATE_ROLLBACK_FAILED: "UPDATE_ROLLBACK_FAILED",
      UPDATE_ROLLBACK_IN_PROGRESS: "UPDATE_ROLLBACK_IN_PROGRESS"
    };
    var StackSetDriftDetectionStatus = {
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      PARTIAL_SUCCESS: "PARTIAL_SUCCESS",
      STOPPED: "STOPPED"
    };
    var StackSetDriftStatus = {
      DRIFTED: "DRIFTED",
      IN_SYNC: "IN_SYNC",
      NOT_CHECKED: "NOT_CHECKED"
    };
    var StackSetStatus = {
      ACTIVE: "ACTIVE",
      DELETED: "DELETED"
    };
    var StackSetOperationAction = {
      CREATE: "CREATE",
      DELETE: "DELETE",
      DETECT_DRIFT: "DETECT_DRIFT",
      UPDATE: "UPDATE"
    };
    var StackSetOperationStatus = {
      FAILED: "FAILED",
      QUEUED: "QUEUED",
      RUNNING: "RUNNING",
      STOPPED: "STOPPED",
      STOPPING: "STOPPING",
      SUCCEEDED: "SUCCEEDED"
    };
    var DeprecatedStatus = {
      DEPRECATED: "DEPRECATED",
      LIVE: "LIVE"
    };
    var ProvisioningType = {
      FULLY_MUTABLE: "FULLY_MUTABLE",
      IMMUTABLE: "IMMUTABLE",
      NON_PROVISIONABLE: "NON_PROVISIONABLE"
    };
    var TypeTestsStatus = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      NOT_TESTED: "NOT_TESTED",
      PASSED: "PASSED"
    };
    var Visibility = {
      PRIVATE: "PRIVATE",
      PUBLIC: "PUBLIC"
    };
    var RegistrationStatus = {
      COMPLETE: "COMPLETE",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var TemplateFormat = {
      JSON: "JSON",
      YAML: "YAML"
    };
    var HookTargetAction = {
      CREATE: "CREATE",
      DELETE: "DELETE",
      IMPORT: "IMPORT",
      UPDATE: "UPDATE"
    };
    var TemplateStage = {
      Original: "Original",
      Processed: "Processed"
    };
    var ListHookResultsTargetType = {
      CHANGE_SET: "CHANGE_SET",
      CLOUD_CONTROL: "CLOUD_CONTROL",
      RESOURCE: "RESOURCE",
      STACK: "STACK"
    };
    var ScanType = {
      FULL: "FULL",
      PARTIAL: "PARTIAL"
    };
    var StackInstanceFilterName = {
      DETAILED_STATUS: "DETAILED_STATUS",
      DRIFT_STATUS: "DRIFT_STATUS",
      LAST_OPERATION_ID: "LAST_OPERATION_ID"
    };
    var StackRefactorActionType = {
      CREATE: "CREATE",
      MOVE: "MOVE"
    };
    var StackRefactorDetection = {
      AUTO: "AUTO",
      MANUAL: "MANUAL"
    };
    var StackRefactorActionEntity = {
      RESOURCE: "RESOURCE",
      STACK: "STACK"
    };
    var OperationResultFilterName = {
      OPERATION_RESULT_STATUS: "OPERATION_RESULT_STATUS"
    };
    var StackSetOperationResultStatus = {
      CANCELLED: "CANCELLED",
      FAILED: "FAILED",
      PENDING: "PENDING",
      RUNNING: "RUNNING",
      SUCCEEDED: "SUCCEEDED"
    };
    var OperationStatus = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      PENDING: "PENDING",
      SUCCESS: "SUCCESS"
    };
    var HandlerErrorCode = {
      AccessDenied: "AccessDenied",
      AlreadyExists: "AlreadyExists",
      GeneralServiceException: "GeneralServiceException",
      HandlerInternalFailure: "HandlerInternalFailure",
      InternalFailure: "InternalFailure",
      InvalidCredentials: "InvalidCredentials",
      InvalidRequest: "InvalidRequest",
      InvalidTypeConfiguration: "InvalidTypeConfiguration",
      NetworkFailure: "NetworkFailure",
      NonCompliant: "NonCompliant",
      NotFound: "NotFound",
      NotUpdatable: "NotUpdatable",
      ResourceConflict: "ResourceConflict",
      ServiceInternalError: "ServiceInternalError",
      ServiceLimitExceeded: "ServiceLimitExceeded",
      ServiceTimeout: "NotStabilized",
      Throttling: "Throttling",
      Unknown: "Unknown",
      UnsupportedTarget: "UnsupportedTarget"
    };
    var ResourceSignalStatus = {
      FAILURE: "FAILURE",
      SUCCESS: "SUCCESS"
    };
    exports.AccountFilterType = AccountFilterType;
    exports.AccountGateResult$ = AccountGateResult$;
    exports.AccountGateStatus = AccountGateStatus;
    exports.AccountLimit$ = AccountLimit$;
    exports.ActivateOrganizationsAccess$ = ActivateOrganizationsAccess$;
    exports.ActivateOrganizationsAccessCommand = ActivateOrganizationsAccessCommand;
    exports.ActivateOrganizationsAccessInput$ = ActivateOrganizationsAccessInput$;
    exports.ActivateOrganizationsAccessOutput$ = ActivateOrganizationsAccessOutput$;
    exports.ActivateType$ = ActivateType$;
    exports.ActivateTypeCommand = ActivateTypeCommand;
    exports.ActivateTypeInput$ = ActivateTypeInput$;
    exports.ActivateTypeOutput$ = ActivateTypeOutput$;
    exports.AfterValueFrom = AfterValueFrom;
    exports.AlreadyExistsException = AlreadyExistsException;
    exports.AlreadyExistsException$ = AlreadyExistsException$;
    exports.Annotation$ = Annotation$;
    exports.AnnotationSeverityLevel = AnnotationSeverityLevel;
    exports.AnnotationStatus = AnnotationStatus;
    exports.AttributeChangeType = AttributeChangeType;
    exports.AutoDeployment$ = AutoDeployment$;
    exports.BatchDescribeTypeConfigurations$ = BatchDescribeTypeConfigurations$;
    exports.BatchDescribeTypeConfigurationsCommand = BatchDescribeTypeConfigurationsCommand;
    exports.BatchDescribeTypeConfigurationsError$ = BatchDescribeTypeConfigurationsError$;
    exports.BatchDescribeTypeConfigurationsInput$ = BatchDescribeTypeConfigurationsInput$;
    exports.BatchDescribeTypeConfigurationsOutput$ = BatchDescribeTypeConfigurationsOutput$;
    exports.BeaconStackOperationStatus = BeaconStackOperationStatus;
    exports.BeforeValueFrom = BeforeValueFrom;
    exports.CFNRegistryException = CFNRegistryException;
    exports.CFNRegistryException$ = CFNRegistryException$;
    exports.CallAs = CallAs;
    exports.CancelUpdateStack$ = CancelUpdateStack$;
    exports.CancelUpdateStackCommand = CancelUpdateStackCommand;
    exports.CancelUpdateStackInput$ = CancelUpdateStackInput$;
    exports.Capability = Capability;
    exports.Category = Category;
    exports.Change$ = Change$;
    exports.ChangeAction = ChangeAction;
    exports.ChangeSetHook$ = ChangeSetHook$;
    exports.ChangeSetHookResourceTargetDetails$ = ChangeSetHookResourceTargetDetails$;
    exports.ChangeSetHookTargetDetails$ = ChangeSetHookTargetDetails$;
    exports.ChangeSetHooksStatus = ChangeSetHooksStatus;
    exports.ChangeSetNotFoundException = ChangeSetNotFoundException;
    exports.ChangeSetNotFoundException$ = ChangeSetNotFoundException$;
    exports.ChangeSetStatus = ChangeSetStatus;
    exports.ChangeSetSummary$ = ChangeSetSummary$;
    exports.ChangeSetType = ChangeSetType;
    exports.ChangeSource = ChangeSource;
    exports.ChangeType = ChangeType;
    exports.CloudFormation = CloudFormation;
    exports.CloudFormationClient = CloudFormationClient4;
    exports.CloudFormationServiceException = CloudFormationServiceException;
    exports.CloudFormationServiceException$ = CloudFormationServiceException$;
    exports.ConcurrencyMode = ConcurrencyMode;
    exports.ConcurrentResourcesLimitExceededException = ConcurrentResourcesLimitExceededException;
    exports.ConcurrentResourcesLimitExceededException$ = ConcurrentResourcesLimitExceededException$;
    exports.ContinueUpdateRollback$ = ContinueUpdateRollback$;
    exports.ContinueUpdateRollbackCommand = ContinueUpdateRollbackCommand;
    exports.ContinueUpdateRollbackInput$ = ContinueUpdateRollbackInput$;
    exports.ContinueUpdateRollbackOutput$ = ContinueUpdateRollbackOutput$;
    exports.CreateChangeSet$ = CreateChangeSet$;
    exports.CreateChangeSetCommand = CreateChangeSetCommand;
    exports.CreateChangeSetInput$ = CreateChangeSetInput$;
    exports.CreateChangeSetOutput$ = CreateChangeSetOutput$;
    exports.CreateGeneratedTemplate$ = CreateGeneratedTemplate$;
    exports.CreateGeneratedTemplateCommand = CreateGeneratedTemplateCommand;
    exports.CreateGeneratedTemplateInput$ = CreateGeneratedTemplateInput$;
    exports.CreateGeneratedTemplateOutput$ = CreateGeneratedTemplateOutput$;
    exports.CreateStack$ = CreateStack$;
    exports.CreateStackCommand = CreateStackCommand2;
    exports.CreateStackInput$ = CreateStackInput$;
    exports.CreateStackInstances$ = CreateStackInstances$;
    exports.CreateStackInstancesCommand = CreateStackInstancesCommand;
    exports.CreateStackInstancesInput$ = CreateStackInstancesInput$;
    exports.CreateStackInstancesOutput$ = CreateStackInstancesOutput$;
    exports.CreateStackOutput$ = CreateStackOutput$;
    exports.CreateStackRefactor$ = CreateStackRefactor$;
    exports.CreateStackRefactorCommand = CreateStackRefactorCommand;
    exports.CreateStackRefactorInput$ = CreateStackRefactorInput$;
    exports.CreateStackRefactorOutput$ = CreateStackRefactorOutput$;
    exports.CreateStackSet$ = CreateStackSet$;
    exports.CreateStackSetCommand = CreateStackSetCommand;
    exports.CreateStackSetInput$ = CreateStackSetInput$;
    exports.CreateStackSetOutput$ = CreateStackSetOutput$;
    exports.CreatedButModifiedException = CreatedButModifiedException;
    exports.CreatedButModifiedException$ = CreatedButModifiedException$;
    exports.DeactivateOrganizationsAccess$ = DeactivateOrganizationsAccess$;
    exports.DeactivateOrganizationsAccessCommand = DeactivateOrganizationsAccessCommand;
    exports.DeactivateOrganizationsAccessInput$ = DeactivateOrganizationsAccessInput$;
    exports.DeactivateOrganizationsAccessOutput$ = DeactivateOrganizationsAccessOutput$;
    exports.DeactivateType$ = DeactivateType$;
    exports.DeactivateTypeCommand = DeactivateTypeCommand;
    exports.DeactivateTypeInput$ = DeactivateTypeInput$;
    exports.DeactivateTypeOutput$ = DeactivateTypeOutput$;
    exports.DeleteChangeSet$ = DeleteChangeSet$;
    exports.DeleteChangeSetCommand = DeleteChangeSetCommand;
    exports.DeleteChangeSetInput$ = DeleteChangeSetInput$;
    exports.DeleteChangeSetOutput$ = DeleteChangeSetOutput$;
    exports.DeleteGeneratedTemplate$ = DeleteGeneratedTemplate$;
    exports.DeleteGeneratedTemplateCommand = DeleteGeneratedTemplateCommand;
    exports.DeleteGeneratedTemplateInput$ = DeleteGeneratedTemplateInput$;
    exports.DeleteStack$ = DeleteStack$;
    exports.DeleteStackCommand = DeleteStackCommand3;
    exports.DeleteStackInput$ = DeleteStackInput$;
    exports.DeleteStackInstances$ = DeleteStackInstances$;
    exports.DeleteStackInstancesCommand = DeleteStackInstancesCommand;
    exports.DeleteStackInstancesInput$ = DeleteStackInstancesInput$;
    exports.DeleteStackInstancesOutput$ = DeleteStackInstancesOutput$;
    exports.DeleteStackSet$ = DeleteStackSet$;
    exports.DeleteStackSetCommand = DeleteStackSetCommand;
    exports.DeleteStackSetInput$ = DeleteStackSetInput$;
    exports.DeleteStackSetOutput$ = DeleteStackSetOutput$;
    exports.DeletionMode = DeletionMode;
    exports.DeploymentConfig$ = DeploymentConfig$;
    exports.DeploymentConfigMode = DeploymentConfigMode;
    exports.DeploymentMode = DeploymentMode;
    exports.DeploymentTargets$ = DeploymentTargets$;
    exports.DeprecatedStatus = DeprecatedStatus;
    exports.DeregisterType$ = DeregisterType$;
    exports.DeregisterTypeCommand = DeregisterTypeCommand;
    exports.DeregisterTypeInput$ = DeregisterTypeInput$;
    exports.DeregisterTypeOutput$ = DeregisterTypeOutput$;
    exports.DescribeAccountLimits$ = DescribeAccountLimits$;
    exports.DescribeAccountLimitsCommand = DescribeAccountLimitsCommand;
    exports.DescribeAccountLimitsInput$ = DescribeAccountLimitsInput$;
    exports.DescribeAccountLimitsOutput$ = DescribeAccountLimitsOutput$;
    exports.DescribeChangeSet$ = DescribeChangeSet$;
    exports.DescribeChangeSetCommand = DescribeChangeSetCommand;
    exports.DescribeChangeSetHooks$ = DescribeChangeSetHooks$;
    exports.DescribeChangeSetHooksCommand = DescribeChangeSetHooksCommand;
    exports.DescribeChangeSetHooksInput$ = DescribeChangeSetHooksInput$;
    exports.DescribeChangeSetHooksOutput$ = DescribeChangeSetHooksOutput$;
    exports.DescribeChangeSetInput$ = DescribeChangeSetInput$;
    exports.DescribeChangeSetOutput$ = DescribeChangeSetOutput$;
    exports.DescribeEvents$ = DescribeEvents$;
    exports.DescribeEventsCommand = DescribeEventsCommand;
    exports.DescribeEventsInput$ = DescribeEventsInput$;
    exports.DescribeEventsOutput$ = DescribeEventsOutput$;
    exports.DescribeGeneratedTemplate$ = DescribeGeneratedTemplate$;
    exports.DescribeGeneratedTemplateCommand = DescribeGeneratedTemplateCommand;
    exports.DescribeGeneratedTemplateInput$ = DescribeGeneratedTemplateInput$;
    exports.DescribeGeneratedTemplateOutput$ = DescribeGeneratedTemplateOutput$;
    exports.DescribeOrganizationsAccess$ = DescribeOrganizationsAccess$;
    exports.DescribeOrganizationsAccessCommand = DescribeOrganizationsAccessCommand;
    exports.DescribeOrganizationsAccessInput$ = DescribeOrganizationsAccessInput$;
    exports.DescribeOrganizationsAccessOutput$ = DescribeOrganizationsAccessOutput$;
    exports.DescribePublisher$ = DescribePublisher$;
    exports.DescribePublisherCommand = DescribePublisherCommand;
    exports.DescribePublisherInput$ = DescribePublisherInput$;
    exports.DescribePublisherOutput$ = DescribePublisherOutput$;
    exports.DescribeResourceScan$ = DescribeResourceScan$;
    exports.DescribeResourceScanCommand = DescribeResourceScanCommand;
    exports.DescribeResourceScanInput$ = DescribeResourceScanInput$;
    exports.DescribeResourceScanOutput$ = DescribeResourceScanOutput$;
    exports.DescribeStackDriftDetectionStatus$ = DescribeStackDriftDetectionStatus$;
    exports.DescribeStackDriftDetectionStatusCommand = DescribeStackDriftDetectionStatusCommand;
    exports.DescribeStackDriftDetectionStatusInput$ = DescribeStackDriftDetectionStatusInput$;
    exports.DescribeStackDriftDetectionStatusOutput$ = DescribeStackDriftDetectionStatusOutput$;
    exports.DescribeStackEvents$ = DescribeStackEvents$;
    exports.DescribeStackEventsCommand = DescribeStackEventsCommand2;
    exports.DescribeStackEventsInput$ = DescribeStackEventsInput$;
    exports.DescribeStackEventsOutput$ = DescribeStackEventsOutput$;
    exports.DescribeStackInstance$ = DescribeStackInstance$;
    exports.DescribeStackInstanceCommand = DescribeStackInstanceCommand;
    exports.DescribeStackInstanceInput$ = DescribeStackInstanceInput$;
    exports.DescribeStackInstanceOutput$ = DescribeStackInstanceOutput$;
    exports.DescribeStackRefactor$ = DescribeStackRefactor$;
    exports.DescribeStackRefactorCommand = DescribeStackRefactorCommand;
    exports.DescribeStackRefactorInput$ = DescribeStackRefactorInput$;
    exports.DescribeStackRefactorOutput$ = DescribeStackRefactorOutput$;
    exports.DescribeStackResource$ = DescribeStackResource$;
    exports.DescribeStackResourceCommand = DescribeStackResourceCommand2;
    exports.DescribeStackResourceDrifts$ = DescribeStackResourceDrifts$;
    exports.DescribeStackResourceDriftsCommand = DescribeStackResourceDriftsCommand;
    exports.DescribeStackResourceDriftsInput$ = DescribeStackResourceDriftsInput$;
    exports.DescribeStackResourceDriftsOutput$ = DescribeStackResourceDriftsOutput$;
    exports.DescribeStackResourceInput$ = DescribeStackResourceInput$;
    exports.DescribeStackResourceOutput$ = DescribeStackResourceOutput$;
    exports.DescribeStackResources$ = DescribeStackResources$;
    exports.DescribeStackResourcesCommand = DescribeStackResourcesCommand;
    exports.DescribeStackResourcesInput$ = DescribeStackResourcesInput$;
    exports.DescribeStackResourcesOutput$ = DescribeStackResourcesOutput$;
    exports.DescribeStackSet$ = DescribeStackSet$;
    exports.DescribeStackSetCommand = DescribeStackSetCommand;
    exports.DescribeStackSetInput$ = DescribeStackSetInput$;
    exports.DescribeStackSetOperation$ = DescribeStackSetOperation$;
    exports.DescribeStackSetOperationCommand = DescribeStackSetOperationCommand;
    exports.DescribeStackSetOperationInput$ = DescribeStackSetOperationInput$;
    exports.DescribeStackSetOperationOutput$ = DescribeStackSetOperationOutput$;
    exports.DescribeStackSetOutput$ = DescribeStackSetOutput$;
    exports.DescribeStacks$ = DescribeStacks$;
    exports.DescribeStacksCommand = DescribeStacksCommand3;
    exports.DescribeStacksInput$ = DescribeStacksInput$;
    exports.DescribeStacksOutput$ = DescribeStacksOutput$;
    exports.DescribeType$ = DescribeType$;
    exports.DescribeTypeCommand = DescribeTypeCommand;
    exports.DescribeTypeInput$ = DescribeTypeInput$;
    exports.DescribeTypeOutput$ = DescribeTypeOutput$;
    exports.DescribeTypeRegistration$ = DescribeTypeRegistration$;
    exports.DescribeTypeRegistrationCommand = DescribeTypeRegistrationCommand;
    exports.DescribeTypeRegistrationInput$ = DescribeTypeRegistrationInput$;
    exports.DescribeTypeRegistrationOutput$ = DescribeTypeRegistrationOutput$;
    exports.DetailedStatus = DetailedStatus;
    exports.DetectStackDrift$ = DetectStackDrift$;
    exports.DetectStackDriftCommand = DetectStackDriftCommand;
    exports.DetectStackDriftInput$ = DetectStackDriftInput$;
    exports.DetectStackDriftOutput$ = DetectStackDriftOutput$;
    exports.DetectStackResourceDrift$ = DetectStackResourceDrift$;
    exports.DetectStackResourceDriftCommand = DetectStackResourceDriftCommand;
    exports.DetectStackResourceDriftInput$ = DetectStackResourceDriftInput$;
    exports.DetectStackResourceDriftOutput$ = DetectStackResourceDriftOutput$;
    exports.DetectStackSetDrift$ = DetectStackSetDrift$;
    exports.DetectStackSetDriftCommand = DetectStackSetDriftCommand;
    exports.DetectStackSetDriftInput$ = DetectStackSetDriftInput$;
    exports.DetectStackSetDriftOutput$ = DetectStackSetDriftOutput$;
    exports.DifferenceType = DifferenceType;
    exports.DriftIgnoredReason = DriftIgnoredReason;
    exports.EstimateTemplateCost$ = EstimateTemplateCost$;
    exports.EstimateTemplateCostCommand = EstimateTemplateCostCommand;
    exports.EstimateTemplateCostInput$ = EstimateTemplateCostInput$;
    exports.EstimateTemplateCostOutput$ = EstimateTemplateCostOutput$;
    exports.EvaluationType = EvaluationType;
    exports.EventFilter$ = EventFilter$;
    exports.EventType = EventType;
    exports.ExecuteChangeSet$ = ExecuteChangeSet$;
    exports.ExecuteChangeSetCommand = ExecuteChangeSetCommand;
    exports.ExecuteChangeSetInput$ = ExecuteChangeSetInput$;
    exports.ExecuteChangeSetOutput$ = ExecuteChangeSetOutput$;
    exports.ExecuteStackRefactor$ = ExecuteStackRefactor$;
    exports.ExecuteStackRefactorCommand = ExecuteStackRefactorCommand;
    exports.ExecuteStackRefactorInput$ = ExecuteStackRefactorInput$;
    exports.ExecutionStatus = ExecutionStatus;
    exports.Export$ = Export$;
    exports.GeneratedTemplateDeletionPolicy = GeneratedTemplateDeletionPolicy;
    exports.GeneratedTemplateNotFoundException = GeneratedTemplateNotFoundException;
    exports.GeneratedTemplateNotFoundException$ = GeneratedTemplateNotFoundException$;
    exports.GeneratedTemplateResourceStatus = GeneratedTemplateResourceStatus;
    exports.GeneratedTemplateStatus = GeneratedTemplateStatus;
    exports.GeneratedTemplateUpdateReplacePolicy = GeneratedTemplateUpdateReplacePolicy;
    exports.GetGeneratedTemplate$ = GetGeneratedTemplate$;
    exports.GetGeneratedTemplateCommand = GetGeneratedTemplateCommand;
    exports.GetGeneratedTemplateInput$ = GetGeneratedTemplateInput$;
    exports.GetGeneratedTemplateOutput$ = GetGeneratedTemplateOutput$;
    exports.GetHookResult$ = GetHookResult$;
    exports.GetHookResultCommand = GetHookResultCommand;
    exports.GetHookResultInput$ = GetHookResultInput$;
    exports.GetHookResultOutput$ = GetHookResultOutput$;
    exports.GetStackPolicy$ = GetStackPolicy$;
    exports.GetStackPolicyCommand = GetStackPolicyCommand;
    exports.GetStackPolicyInput$ = GetStackPolicyInput$;
    exports.GetStackPolicyOutput$ = GetStackPolicyOutput$;
    exports.GetTemplate$ = GetTemplate$;
    exports.GetTemplateCommand = GetTemplateCommand;
    exports.GetTemplateInput$ = GetTemplateInput$;
    exports.GetTemplateOutput$ = GetTemplateOutput$;
    exports.GetTemplateSummary$ = GetTemplateSummary$;
    exports.GetTemplateSummaryCommand = GetTemplateSummaryCommand;
    exports.GetTemplateSummaryInput$ = GetTemplateSummaryInput$;
    exports.GetTemplateSummaryOutput$ = GetTemplateSummaryOutput$;
    exports.HandlerErrorCode = HandlerErrorCode;
    exports.HookFailureMode = HookFailureMode;
    exports.HookInvocationPoint = HookInvocationPoint;
    exports.HookResultNotFoundException = HookResultNotFoundException;
    exports.HookResultNotFoundException$ = HookResultNotFoundException$;
    exports.HookResultSummary$ = HookResultSummary$;
    exports.HookStatus = HookStatus;
    exports.HookTarget$ = HookTarget$;
    exports.HookTargetAction = HookTargetAction;
    exports.HookTargetType = HookTargetType;
    exports.IdentityProvider = IdentityProvider;
    exports.ImportStacksToStackSet$ = ImportStacksToStackSet$;
    exports.ImportStacksToStackSetCommand = ImportStacksToStackSetCommand;
    exports.ImportStacksToStackSetInput$ = ImportStacksToStackSetInput$;
    exports.ImportStacksToStackSetOutput$ = ImportStacksToStackSetOutput$;
    exports.InsufficientCapabilitiesException = InsufficientCapabilitiesException;
    exports.InsufficientCapabilitiesException$ = InsufficientCapabilitiesException$;
    exports.InvalidChangeSetStatusException = InvalidChangeSetStatusException;
    exports.InvalidChangeSetStatusException$ = InvalidChangeSetStatusException$;
    exports.InvalidOperationException = InvalidOperationException;
    exports.InvalidOperationException$ = InvalidOperationException$;
    exports.InvalidStateTransitionException = InvalidStateTransitionException;
    exports.InvalidStateTransitionException$ = InvalidStateTransitionException$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListChangeSets$ = ListChangeSets$;
    exports.ListChangeSetsCommand = ListChangeSetsCommand;
    exports.ListChangeSetsInput$ = ListChangeSetsInput$;
    exports.ListChangeSetsOutput$ = ListChangeSetsOutput$;
    exports.ListExports$ = ListExports$;
    exports.ListExportsCommand = ListExportsCommand;
    exports.ListExportsInput$ = ListExportsInput$;
    exports.ListExportsOutput$ = ListExportsOutput$;
    exports.ListGeneratedTemplates$ = ListGeneratedTemplates$;
    exports.ListGeneratedTemplatesCommand = ListGeneratedTemplatesCommand;
    exports.ListGeneratedTemplatesInput$ = ListGeneratedTemplatesInput$;
    exports.ListGeneratedTemplatesOutput$ = ListGeneratedTemplatesOutput$;
    exports.ListHookResults$ = ListHookResults$;
    exports.ListHookResultsCommand = ListHookResultsCommand;
    exports.ListHookResultsInput$ = ListHookResultsInput$;
    exports.ListHookResultsOutput$ = ListHookResultsOutput$;
    exports.ListHookResultsTargetType = ListHookResultsTargetType;
    exports.ListImports$ = ListImports$;
    exports.ListImportsCommand = ListImportsCommand;
    exports.ListImportsInput$ = ListImportsInput$;
    exports.ListImportsOutput$ = ListImportsOutput$;
    exports.ListResourceScanRelatedResources$ = ListResourceScanRelatedResources$;
    exports.ListResourceScanRelatedResourcesCommand = ListResourceScanRelatedResourcesCommand;
    exports.ListResourceScanRelatedResourcesInput$ = ListResourceScanRelatedResourcesInput$;
    exports.ListResourceScanRelatedResourcesOutput$ = ListResourceScanRelatedResourcesOutput$;
    exports.ListResourceScanResources$ = ListResourceScanResources$;
    exports.ListResourceScanResourcesCommand = ListResourceScanResourcesCommand;
    exports.ListResourceScanResourcesInput$ = ListResourceScanResourcesInput$;
    exports.ListResourceScanResourcesOutput$ = ListResourceScanResourcesOutput$;
    exports.ListResourceScans$ = ListResourceScans$;
    exports.ListResourceScansCommand = ListResourceScansCommand;
    exports.ListResourceScansInput$ = ListResourceScansInput$;
    exports.ListResourceScansOutput$ = ListResourceScansOutput$;
    exports.ListStackInstanceResourceDrifts$ = ListStackInstanceResourceDrifts$;
    exports.ListStackInstanceResourceDriftsCommand = ListStackInstanceResourceDriftsCommand;
    exports.ListStackInstanceResourceDriftsInput$ = ListStackInstanceResourceDriftsInput$;
    exports.ListStackInstanceResourceDriftsOutput$ = ListStackInstanceResourceDriftsOutput$;
    exports.ListStackInstances$ = ListStackInstances$;
    exports.ListStackInstancesCommand = ListStackInstancesCommand;
    exports.ListStackInstancesInput$ = ListStackInstancesInput$;
    exports.ListStackInstancesOutput$ = ListStackInstancesOutput$;
    exports.ListStackRefactorActions$ = ListStackRefactorActions$;
    exports.ListStackRefactorActionsCommand = ListStackRefactorActionsCommand;
    exports.ListStackRefactorActionsInput$ = ListStackRefactorActionsInput$;
    exports.ListStackRefactorActionsOutput$ = ListStackRefactorActionsOutput$;
    exports.ListStackRefactors$ = ListStackRefactors$;
    exports.ListStackRefactorsCommand = ListStackRefactorsCommand;
    exports.ListStackRefactorsInput$ = ListStackRefactorsInput$;
    exports.ListStackRefactorsOutput$ = ListStackRefactorsOutput$;
    exports.ListStackResources$ = ListStackResources$;
    exports.ListStackResourcesCommand = ListStackResourcesCommand3;
    exports.ListStackResourcesInput$ = ListStackResourcesInput$;
    exports.ListStackResourcesOutput$ = ListStackResourcesOutput$;
    exports.ListStackSetAutoDeploymentTargets$ = ListStackSetAutoDeploymentTargets$;
    exports.ListStackSetAutoDeploymentTargetsCommand = ListStackSetAutoDeploymentTargetsCommand;
    exports.ListStackSetAutoDeploymentTargetsInput$ = ListStackSetAutoDeploymentTargetsInput$;
    exports.ListStackSetAutoDeploymentTargetsOutput$ = ListStackSetAutoDeploymentTargetsOutput$;
    exports.ListStackSetOperationResults$ = ListStackSetOperationResults$;
    exports.ListStackSetOperationResultsCommand = ListStackSetOperationResultsCommand;
    exports.ListStackSetOperationResultsInput$ = ListStackSetOperationResultsInput$;
    exports.ListStackSetOperationResultsOutput$ = ListStackSetOperationResultsOutput$;
    exports.ListStackSetOperations$ = ListStackSetOperations$;
    exports.ListStackSetOperationsCommand = ListStackSetOperationsCommand;
    exports.ListStackSetOperationsInput$ = ListStackSetOperationsInput$;
    exports.ListStackSetOperationsOutput$ = ListStackSetOperationsOutput$;
    exports.ListStackSets$ = ListStackSets$;
    exports.ListStackSetsCommand = ListStackSetsCommand;
    exports.ListStackSetsInput$ = ListStackSetsInput$;
    exports.ListStackSetsOutput$ = ListStackSetsOutput$;
    exports.ListStacks$ = ListStacks$;
    exports.ListStacksCommand = ListStacksCommand;
    exports.ListStacksInput$ = ListStacksInput$;
    exports.ListStacksOutput$ = ListStacksOutput$;
    exports.ListTypeRegistrations$ = ListTypeRegistrations$;
    exports.ListTypeRegistrationsCommand = ListTypeRegistrationsCommand;
    exports.ListTypeRegistrationsInput$ = ListTypeRegistrationsInput$;
    exports.ListTypeRegistrationsOutput$ = ListTypeRegistrationsOutput$;
    exports.ListTypeVersions$ = ListTypeVersions$;
    exports.ListTypeVersionsCommand = ListTypeVersionsCommand;
    exports.ListTypeVersionsInput$ = ListTypeVersionsInput$;
    exports.ListTypeVersionsOutput$ = ListTypeVersionsOutput$;
    exports.ListTypes$ = ListTypes$;
    exports.ListTypesCommand = ListTypesCommand;
    exports.ListTypesInput$ = ListTypesInput$;
    exports.ListTypesOutput$ = ListTypesOutput$;
    exports.LiveResourceDrift$ = LiveResourceDrift$;
    exports.LoggingConfig$ = LoggingConfig$;
    exports.ManagedExecution$ = ManagedExecution$;
    exports.ModuleInfo$ = ModuleInfo$;
    exports.NameAlreadyExistsException = NameAlreadyExistsException;
    exports.NameAlreadyExistsException$ = NameAlreadyExistsException$;
    exports.OnFailure = OnFailure;
    exports.OnStackFailure = OnStackFailure;
    exports.OperationEntry$ = OperationEntry$;
    exports.OperationEvent$ = OperationEvent$;
    exports.OperationIdAlreadyExistsException = OperationIdAlreadyExistsException;
    exports.OperationIdAlreadyExistsException$ = OperationIdAlreadyExistsException$;
    exports.OperationInProgressException = OperationInProgressException;
    exports.OperationInProgressException$ = OperationInProgressException$;
    exports.OperationNotFoundException = OperationNotFoundException;
    exports.OperationNotFoundException$ = OperationNotFoundException$;
    exports.OperationResultFilter$ = OperationResultFilter$;
    exports.OperationResultFilterName = OperationResultFilterName;
    exports.OperationStatus = OperationStatus;
    exports.OperationStatusCheckFailedException = OperationStatusCheckFailedException;
    exports.OperationStatusCheckFailedException$ = OperationStatusCheckFailedException$;
    exports.OperationType = OperationType;
    exports.OrganizationStatus = OrganizationStatus;
    exports.Output$ = Output$;
    exports.Parameter$ = Parameter$;
    exports.ParameterConstraints$ = ParameterConstraints$;
    exports.ParameterDeclaration$ = ParameterDeclaration$;
    exports.PermissionModels = PermissionModels;
    exports.PhysicalResourceIdContextKeyValuePair$ = PhysicalResourceIdContextKeyValuePair$;
    exports.PolicyAction = PolicyAction;
    exports.PropertyDifference$ = PropertyDifference$;
    exports.ProvisioningType = ProvisioningType;
    exports.PublishType$ = PublishType$;
    exports.PublishTypeCommand = PublishTypeCommand;
    exports.PublishTypeInput$ = PublishTypeInput$;
    exports.PublishTypeOutput$ = PublishTypeOutput$;
    exports.PublisherStatus = PublisherStatus;
    exports.RecordHandlerProgress$ = RecordHandlerProgress$;
    exports.RecordHandlerProgressCommand = RecordHandlerProgressCommand;
    exports.RecordHandlerProgressInput$ = RecordHandlerProgressInput$;
    exports.RecordHandlerProgressOutput$ = RecordHandlerProgressOutput$;
    exports.RegionConcurrencyType = RegionConcurrencyType;
    exports.RegisterPublisher$ = RegisterPublisher$;
    exports.RegisterPublisherCommand = RegisterPublisherCommand;
    exports.RegisterPublisherInput$ = RegisterPublisherInput$;
    exports.RegisterPublisherOutput$ = RegisterPublisherOutput$;
    exports.RegisterType$ = RegisterType$;
    exports.RegisterTypeCommand = RegisterTypeCommand;
    exports.RegisterTypeInput$ = RegisterTypeInput$;
    exports.RegisterTypeOutput$ = RegisterTypeOutput$;
    exports.RegistrationStatus = RegistrationStatus;
    exports.RegistryType = RegistryType;
    exports.RemoveAlias$ = RemoveAlias$;
    exports.RemoveAliasCommand = RemoveAliasCommand;
    exports.RemoveAliasInput$ = RemoveAliasInput$;
    exports.Replacement = Replacement;
    exports.RequiredActivatedType$ = RequiredActivatedType$;
    exports.RequiresRecreation = RequiresRecreation;
    exports.ResourceAttribute = ResourceAttribute;
    exports.ResourceChange$ = ResourceChange$;
    exports.ResourceChangeDetail$ = ResourceChangeDetail$;
    exports.ResourceDefinition$ = ResourceDefinition$;
    exports.ResourceDetail$ = ResourceDetail$;
    exports.ResourceDriftIgnoredAttribute$ = ResourceDriftIgnoredAttribute$;
    exports.ResourceIdentifierSummary$ = ResourceIdentifierSummary$;
    exports.ResourceLocation$ = ResourceLocation$;
    exports.ResourceMapping$ = ResourceMapping$;
    exports.ResourceScanInProgressException = ResourceScanInProgressException;
    exports.ResourceScanInProgressException$ = ResourceScanInProgressException$;
    exports.ResourceScanLimitExceededException = ResourceScanLimitExceededException;
    exports.ResourceScanLimitExceededException$ = ResourceScanLimitExceededException$;
    exports.ResourceScanNotFoundException = ResourceScanNotFoundException;
    exports.ResourceScanNotFoundException$ = ResourceScanNotFoundException$;
    exports.ResourceScanStatus = ResourceScanStatus;
    exports.ResourceScanSummary$ = ResourceScanSummary$;
    exports.ResourceSignalStatus = ResourceSignalStatus;
    exports.ResourceStatus = ResourceStatus;
    exports.ResourceTargetDefinition$ = ResourceTargetDefinition$;
    exports.ResourceToImport$ = ResourceToImport$;
    exports.RollbackConfiguration$ = RollbackConfiguration$;
    exports.RollbackStack$ = RollbackStack$;
    exports.RollbackStackCommand = RollbackStackCommand;
    exports.RollbackStackInput$ = RollbackStackInput$;
    exports.RollbackStackOutput$ = RollbackStackOutput$;
    exports.RollbackTrigger$ = RollbackTrigger$;
    exports.ScanFilter$ = ScanFilter$;
    exports.ScanType = ScanType;
    exports.ScannedResource$ = ScannedResource$;
    exports.ScannedResourceIdentifier$ = ScannedResourceIdentifier$;
    exports.SetAlias$ = SetAlias$;
    exports.SetAliasCommand = SetAliasCommand;
    exports.SetAliasInput$ = SetAliasInput$;
    exports.SetStackPolicy$ = SetStackPolicy$;
    exports.SetStackPolicyCommand = SetStackPolicyCommand;
    exports.SetStackPolicyInput$ = SetStackPolicyInput$;
    exports.SetTypeConfiguration$ = SetTypeConfiguration$;
    exports.SetTypeConfigurationCommand = SetTypeConfigurationCommand;
    exports.SetTypeConfigurationInput$ = SetTypeConfigurationInput$;
    exports.SetTypeConfigurationOutput$ = SetTypeConfigurationOutput$;
    exports.SetTypeDefaultVersion$ = SetTypeDefaultVersion$;
    exports.SetTypeDefaultVersionCommand = SetTypeDefaultVersionCommand;
    exports.SetTypeDefaultVersionInput$ = SetTypeDefaultVersionInput$;
    exports.SetTypeDefaultVersionOutput$ = SetTypeDefaultVersionOutput$;
    exports.SignalResource$ = SignalResource$;
    exports.SignalResourceCommand = SignalResourceCommand;
    exports.SignalResourceInput$ = SignalResourceInput$;
    exports.Stack$ = Stack$;
    exports.StackDefinition$ = StackDefinition$;
    exports.StackDriftDetectionStatus = StackDriftDetectionStatus;
    exports.StackDriftInformation$ = StackDriftInformation$;
    exports.StackDriftInformationSummary$ = StackDriftInformationSummary$;
    exports.StackDriftStatus = StackDriftStatus;
    exports.StackEvent$ = StackEvent$;
    exports.StackInstance$ = StackInstance$;
    exports.StackInstanceComprehensiveStatus$ = StackInstanceComprehensiveStatus$;
    exports.StackInstanceDetailedStatus = StackInstanceDetailedStatus;
    exports.StackInstanceFilter$ = StackInstanceFilter$;
    exports.StackInstanceFilterName = StackInstanceFilterName;
    exports.StackInstanceNotFoundException = StackInstanceNotFoundException;
    exports.StackInstanceNotFoundException$ = StackInstanceNotFoundException$;
    exports.StackInstanceResourceDriftsSummary$ = StackInstanceResourceDriftsSummary$;
    exports.StackInstanceStatus = StackInstanceStatus;
    exports.StackInstanceSummary$ = StackInstanceSummary$;
    exports.StackNotFoundException = StackNotFoundException;
    exports.StackNotFoundException$ = StackNotFoundException$;
    exports.StackRefactorAction$ = StackRefactorAction$;
    exports.StackRefactorActionEntity = StackRefactorActionEntity;
    exports.StackRefactorActionType = StackRefactorActionType;
    exports.StackRefactorDetection = StackRefactorDetection;
    exports.StackRefactorExecutionStatus = StackRefactorExecutionStatus;
    exports.StackRefactorNotFoundException = StackRefactorNotFoundException;
    exports.StackRefactorNotFoundException$ = StackRefactorNotFoundException$;
    exports.StackRefactorStatus = StackRefactorStatus;
    exports.StackRefactorSummary$ = StackRefactorSummary$;
    exports.StackResource$ = StackResource$;
    exports.StackResourceDetail$ = StackResourceDetail$;
    exports.StackResourceDrift$ = StackResourceDrift$;
    exports.StackResourceDriftInformation$ = StackResourceDriftInformation$;
    exports.StackResourceDriftInformationSummary$ = StackResourceDriftInformationSummary$;
    exports.StackResourceDriftStatus = StackResourceDriftStatus;
    exports.StackResourceSummary$ = StackResourceSummary$;
    exports.StackSet$ = StackSet$;
    exports.StackSetAutoDeploymentTargetSummary$ = StackSetAutoDeploymentTargetSummary$;
    exports.StackSetDriftDetectionDetails$ = StackSetDriftDetectionDetails$;
    exports.StackSetDriftDetectionStatus = StackSetDriftDetectionStatus;
    exports.StackSetDriftStatus = StackSetDriftStatus;
    exports.StackSetNotEmptyException = StackSetNotEmptyException;
    exports.StackSetNotEmptyException$ = StackSetNotEmptyException$;
    exports.StackSetNotFoundException = StackSetNotFoundException;
    exports.StackSetNotFoundException$ = StackSetNotFoundException$;
    exports.StackSetOperation$ = StackSetOperation$;
    exports.StackSetOperationAction = StackSetOperationAction;
    exports.StackSetOperationPreferences$ = StackSetOperationPreferences$;
    exports.StackSetOperationResultStatus = StackSetOperationResultStatus;
    exports.StackSetOperationResultSummary$ = StackSetOperationResultSummary$;
    exports.StackSetOperationStatus = StackSetOperationStatus;
    exports.StackSetOperationStatusDetails$ = StackSetOperationStatusDetails$;
    exports.StackSetOperationSummary$ = StackSetOperationSummary$;
    exports.StackSetStatus = StackSetStatus;
    exports.StackSetSummary$ = StackSetSummary$;
    exports.StackStatus = StackStatus;
    exports.StackSummary$ = StackSummary$;
    exports.StaleRequestException = StaleRequestException;
    exports.StaleRequestException$ = StaleRequestException$;
    exports.StartResourceScan$ = StartResourceScan$;
    exports.StartResourceScanCommand = StartResourceScanCommand;
    exports.StartResourceScanInput$ = StartResourceScanInput$;
    exports.StartResourceScanOutput$ = StartResourceScanOutput$;
    exports.StopStackSetOperation$ = StopStackSetOperation$;
    exports.StopStackSetOperationCommand = StopStackSetOperationCommand;
    exports.StopStackSetOperationInput$ = StopStackSetOperationInput$;
    exports.StopStackSetOperationOutput$ = StopStackSetOperationOutput$;
    exports.Tag$ = Tag$;
    exports.TemplateConfiguration$ = TemplateConfiguration$;
    exports.TemplateFormat = TemplateFormat;
    exports.TemplateParameter$ = TemplateParameter$;
    exports.TemplateProgress$ = TemplateProgress$;
    exports.TemplateStage = TemplateStage;
    exports.TemplateSummary$ = TemplateSummary$;
    exports.TemplateSummaryConfig$ = TemplateSummaryConfig$;
    exports.TestType$ = TestType$;
    exports.TestTypeCommand = TestTypeCommand;
    exports.TestTypeInput$ = TestTypeInput$;
    exports.TestTypeOutput$ = TestTypeOutput$;
    exports.ThirdPartyType = ThirdPartyType;
    exports.TokenAlreadyExistsException = TokenAlreadyExistsException;
    exports.TokenAlreadyExistsException$ = TokenAlreadyExistsException$;
    exports.TypeConfigurationDetails$ = TypeConfigurationDetails$;
    exports.TypeConfigurationIdentifier$ = TypeConfigurationIdentifier$;
    exports.TypeConfigurationNotFoundException = TypeConfigurationNotFoundException;
    exports.TypeConfigurationNotFoundException$ = TypeConfigurationNotFoundException$;
    exports.TypeFilters$ = TypeFilters$;
    exports.TypeNotFoundException = TypeNotFoundException;
    exports.TypeNotFoundException$ = TypeNotFoundException$;
    exports.TypeSummary$ = TypeSummary$;
    exports.TypeTestsStatus = TypeTestsStatus;
    exports.TypeVersionSummary$ = TypeVersionSummary$;
    exports.UpdateGeneratedTemplate$ = UpdateGeneratedTemplate$;
    exports.UpdateGeneratedTemplateCommand = UpdateGeneratedTemplateCommand;
    exports.UpdateGeneratedTemplateInput$ = UpdateGeneratedTemplateInput$;
    exports.UpdateGeneratedTemplateOutput$ = UpdateGeneratedTemplateOutput$;
    exports.UpdateStack$ = UpdateStack$;
    exports.UpdateStackCommand = UpdateStackCommand2;
    exports.UpdateStackInput$ = UpdateStackInput$;
    exports.UpdateStackInstances$ = UpdateStackInstances$;
    exports.UpdateStackInstancesCommand = UpdateStackInstancesCommand;
    exports.UpdateStackInstancesInput$ = UpdateStackInstancesInput$;
    exports.UpdateStackInstancesOutput$ = UpdateStackInstancesOutput$;
    exports.UpdateStackOutput$ = UpdateStackOutput$;
    exports.UpdateStackSet$ = UpdateStackSet$;
    exports.UpdateStackSetCommand = UpdateStackSetCommand;
    exports.UpdateStackSetInput$ = UpdateStackSetInput$;
    exports.UpdateStackSetOutput$ = UpdateStackSetOutput$;
    exports.UpdateTerminationProtection$ = UpdateTerminationProtection$;
    exports.UpdateTerminationProtectionCommand = UpdateTerminationProtectionCommand;
    exports.UpdateTerminationProtectionInput$ = UpdateTerminationProtectionInput$;
    exports.UpdateTerminationProtectionOutput$ = UpdateTerminationProtectionOutput$;
    exports.ValidateTemplate$ = ValidateTemplate$;
    exports.ValidateTemplateCommand = ValidateTemplateCommand;
    exports.ValidateTemplateInput$ = ValidateTemplateInput$;
    exports.ValidateTemplateOutput$ = ValidateTemplateOutput$;
    exports.ValidationStatus = ValidationStatus;
    exports.VersionBump = VersionBump;
    exports.Visibility = Visibility;
    exports.WarningDetail$ = WarningDetail$;
    exports.WarningProperty$ = WarningProperty$;
    exports.WarningType = WarningType;
    exports.Warnings$ = Warnings$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeAccountLimits = paginateDescribeAccountLimits;
    exports.paginateDescribeChangeSet = paginateDescribeChangeSet;
    exports.paginateDescribeEvents = paginateDescribeEvents;
    exports.paginateDescribeStackEvents = paginateDescribeStackEvents;
    exports.paginateDescribeStackResourceDrifts = paginateDescribeStackResourceDrifts;
    exports.paginateDescribeStacks = paginateDescribeStacks;
    exports.paginateListChangeSets = paginateListChangeSets;
    exports.paginateListExports = paginateListExports;
    exports.paginateListGeneratedTemplates = paginateListGeneratedTemplates;
    exports.paginateListImports = paginateListImports;
    exports.paginateListResourceScanRelatedResources = paginateListResourceScanRelatedResources;
    exports.paginateListResourceScanResources = paginateListResourceScanResources;
    exports.paginateListResourceScans = paginateListResourceScans;
    exports.paginateListStackInstances = paginateListStackInstances;
    exports.paginateListStackRefactorActions = paginateListStackRefactorActions;
    exports.paginateListStackRefactors = paginateListStackRefactors;
    exports.paginateListStackResources = paginateListStackResources;
    exports.paginateListStackSetOperationResults = paginateListStackSetOperationResults;
    exports.paginateListStackSetOperations = paginateListStackSetOperations;
    exports.paginateListStackSets = paginateListStackSets;
    exports.paginateListStacks = paginateListStacks;
    exports.paginateListTypeRegistrations = paginateListTypeRegistrations;
    exports.paginateListTypeVersions = paginateListTypeVersions;
    exports.paginateListTypes = paginateListTypes;
    exports.waitForChangeSetCreateComplete = waitForChangeSetCreateComplete;
    exports.waitForStackCreateComplete = waitForStackCreateComplete;
    exports.waitForStackDeleteComplete = waitForStackDeleteComplete;
    exports.waitForStackExists = waitForStackExists;
    exports.waitForStackImportComplete = waitForStackImportComplete;
    exports.waitForStackRefactorCreateComplete = waitForStackRefactorCreateComplete;
    exports.waitForStackRefactorExecuteComplete = waitForStackRefactorExecuteComplete;
    exports.waitForStackRollbackComplete = waitForStackRollbackComplete;
    exports.waitForStackUpdateComplete = waitForStackUpdateComplete;
    exports.waitForTypeRegistrationComplete = waitForTypeRegistrationComplete;
    exports.waitUntilChangeSetCreateComplete = waitUntilChangeSetCreateComplete;
    exports.waitUntilStackCreateComplete = waitUntilStackCreateComplete;
    exports.waitUntilStackDeleteComplete = waitUntilStackDeleteComplete;
    exports.waitUntilStackExists = waitUntilStackExists;
    exports.waitUntilStackImportComplete = waitUntilStackImportComplete;
    exports.waitUntilStackRefactorCreateComplete = waitUntilStackRefactorCreateComplete;
    exports.waitUntilStackRefactorExecuteComplete = waitUntilStackRefactorExecuteComplete;
    exports.waitUntilStackRollbackComplete = waitUntilStackRollbackComplete;
    exports.waitUntilStackUpdateComplete = waitUntilStackUpdateComplete;
    exports.waitUntilTypeRegistrationComplete = waitUntilTypeRegistrationComplete;
  }
});

// ../local-cloud/src/cloud.ts
var DEFAULT_CONFIG = {
  host: "127.0.0.1",
  port: 4566,
  region: "us-east-1",
  accountId: "000000000000",
  timeScale: 1,
  allowOrigins: [],
  accountConcurrency: 1e3,
  logLevel: "error"
};
var LEVELS = { quiet: 0, error: 1, info: 2, debug: 3 };
var LocalCloud = class {
  config;
  startedAt = Date.now();
  /** `http://host:port`, known once listening. */
  endpoint = "";
  services = /* @__PURE__ */ new Map();
  /** Counters by name then dimension, e.g. DestinationDeliveryFailures -> function name -> n. */
  metrics = /* @__PURE__ */ new Map();
  sqs;
  sns;
  events;
  s3;
  lambda;
  logs;
  iam;
  constructor(config = {}) {
    this.config = { ...DEFAULT_CONFIG, ...config };
  }
  get accountId() {
    return this.config.accountId;
  }
  register(service) {
    this.services.set(service.name, service);
  }
  /** A duration of AWS's scaled by --time-scale (retry delays, event age). */
  scaled(ms) {
    return ms * this.config.timeScale;
  }
  count(metric, dimension, by = 1) {
    let m = this.metrics.get(metric);
    if (!m) {
      m = /* @__PURE__ */ new Map();
      this.metrics.set(metric, m);
    }
    m.set(dimension, (m.get(dimension) ?? 0) + by);
  }
  log(level, message) {
    if (LEVELS[level] <= LEVELS[this.config.logLevel]) process.stderr.write(`[local-cloud] ${message}
`);
  }
  async stop() {
    for (const s of this.services.values()) await s.stop?.();
  }
};

// ../local-cloud/src/protocol/errors.ts
var AwsError = class extends Error {
  code;
  status;
  fault;
  queryCode;
  headers;
  fields;
  constructor(code, message, status = 400, options = {}) {
    super(message);
    this.name = code;
    this.code = code;
    this.status = status;
    this.fault = options.fault ?? (status >= 500 ? "Receiver" : "Sender");
    this.queryCode = options.queryCode;
    this.headers = options.headers ?? {};
    this.fields = options.fields ?? {};
  }
};
function toAwsError(err2) {
  if (err2 instanceof AwsError) return err2;
  const message = err2 instanceof Error ? err2.message : String(err2);
  return new AwsError(
    "InternalFailure",
    `We encountered an internal error. Please try again. (${message})`,
    500
  );
}

// ../local-cloud/src/server.ts
import { randomUUID as randomUUID10 } from "node:crypto";
import { createServer as createServer2 } from "node:http";

// ../local-cloud/src/protocol/response.ts
function send(res, status, body, headers = {}) {
  const payload = body === void 0 ? void 0 : typeof body === "string" ? Buffer.from(body) : body;
  res.statusCode = status;
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader("Content-Length", payload ? payload.length : 0);
  res.end(payload);
}
function sendJson(res, status, body, contentType = "application/json", headers = {}) {
  send(res, status, body === void 0 ? "" : JSON.stringify(body), {
    "Content-Type": contentType,
    ...headers
  });
}

// ../local-cloud/src/router.ts
var TARGET_PREFIXES = {
  AmazonSQS: "sqs",
  AWSEvents: "events",
  Logs_20140328: "logs"
};
var SQS_ACTIONS = /* @__PURE__ */ new Set([
  "CreateQueue",
  "GetQueueUrl",
  "ListQueues",
  "GetQueueAttributes",
  "SetQueueAttributes",
  "SendMessage",
  "SendMessageBatch",
  "ReceiveMessage",
  "DeleteMessage",
  "DeleteMessageBatch",
  "ChangeMessageVisibility",
  "ChangeMessageVisibilityBatch",
  "PurgeQueue",
  "DeleteQueue",
  "TagQueue",
  "UntagQueue",
  "ListQueueTags",
  "ListDeadLetterSourceQueues",
  "AddPermission",
  "RemovePermission"
]);
var SNS_ACTIONS = /* @__PURE__ */ new Set([
  "CreateTopic",
  "DeleteTopic",
  "ListTopics",
  "GetTopicAttributes",
  "SetTopicAttributes",
  "Subscribe",
  "Unsubscribe",
  "ListSubscriptions",
  "ListSubscriptionsByTopic",
  "GetSubscriptionAttributes",
  "SetSubscriptionAttributes",
  "Publish",
  "PublishBatch",
  "ConfirmSubscription"
]);
var STS_ACTIONS = /* @__PURE__ */ new Set(["GetCallerIdentity", "AssumeRole", "GetSessionToken"]);
function credentialScope(headers, query) {
  const auth = String(headers.authorization ?? "");
  const m = /Credential=[^/,\s]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  if (m) return { region: m[1], service: m[2] };
  const q = query.get("X-Amz-Credential");
  const parts = q?.split("/");
  if (parts && parts.length >= 5) return { region: parts[2], service: parts[3] };
  return void 0;
}
function normalise(service) {
  if (service === "execute-api") return "apigateway";
  return service;
}
function routeRequest(_method, path5, headers, query, formAction) {
  const scope = credentialScope(headers, query);
  if (scope) return { service: normalise(scope.service), region: scope.region };
  const target = String(headers["x-amz-target"] ?? "");
  if (target) {
    const prefix = target.slice(0, target.indexOf("."));
    if (TARGET_PREFIXES[prefix]) return { service: TARGET_PREFIXES[prefix] };
  }
  if (/^\/20\d\d-\d\d-\d\d\/(functions|event-source-mappings|tags|layers)/.test(path5))
    return { service: "lambda" };
  const action = formAction();
  if (action) {
    if (SQS_ACTIONS.has(action)) return { service: "sqs" };
    if (SNS_ACTIONS.has(action)) return { service: "sns" };
    if (STS_ACTIONS.has(action)) return { service: "sts" };
    if (/Stack|ChangeSet|Template|Export/.test(action)) return { service: "cloudformation" };
    if (/Role|Policy|User|Simulate/.test(action)) return { service: "iam" };
  }
  return { service: "s3" };
}

// ../local-cloud/src/protocol/xml.ts
function escapeXml(s) {
  return s.replace(
    /[&<>"'\r]/g,
    (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : c === "'" ? "&apos;" : "&#xD;"
  );
}
function toXml(node) {
  let out = "";
  for (const [name, value] of Object.entries(node)) out += element(name, value);
  return out;
}
function element(name, value) {
  if (value === void 0 || value === null) return "";
  if (Array.isArray(value)) return value.map((v) => element(name, v)).join("");
  if (typeof value === "object") return `<${name}>${toXml(value)}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

// ../local-cloud/src/protocol/awsQuery.ts
function parseForm(req) {
  const form = {};
  for (const [k, v] of req.query) form[k] = v;
  const type = String(req.headers["content-type"] ?? "");
  if (req.body.length > 0 && (type === "" || type.includes("x-www-form-urlencoded"))) {
    for (const [k, v] of new URLSearchParams(req.body.toString("utf8"))) form[k] = v;
  }
  return form;
}
function queryList(form, prefix) {
  const out = [];
  for (let i2 = 1; ; i2++) {
    const v = form[`${prefix}.${i2}`];
    if (v === void 0) break;
    out.push(v);
  }
  return out;
}
function queryStructs(form, prefix) {
  const out = [];
  for (let i2 = 1; ; i2++) {
    const start = `${prefix}.${i2}.`;
    const item = {};
    let found = false;
    for (const [k, v] of Object.entries(form)) {
      if (k.startsWith(start)) {
        item[k.slice(start.length)] = v;
        found = true;
      }
    }
    if (!found) break;
    out.push(item);
  }
  return out;
}
function queryMap(form, prefix, keyName = "Name", valueName = "Value") {
  const map = {};
  for (const s of queryStructs(form, prefix)) {
    if (s[keyName] !== void 0) map[s[keyName]] = s[valueName] ?? "";
  }
  return map;
}
async function serveAwsQuery(svc, req, res, form) {
  form ??= parseForm(req);
  const action = form.Action;
  try {
    const op = action ? svc.operations[action] : void 0;
    if (!op) {
      throw new AwsError(
        "InvalidAction",
        `The action or operation requested is invalid. Verify that the action is typed correctly.`,
        400
      );
    }
    const result = await op(form, req);
    const inner = result === void 0 ? "" : `<${action}Result>${result}</${action}Result>`;
    const xml = `<?xml version="1.0"?><${action}Response xmlns="${svc.namespace}">${inner}<ResponseMetadata><RequestId>${req.requestId}</RequestId></ResponseMetadata></${action}Response>`;
    send(res, 200, xml, { "Content-Type": "text/xml", "x-amzn-RequestId": req.requestId });
  } catch (thrown) {
    writeQueryError(svc, req, res, toAwsError(thrown));
  }
}
function writeQueryError(svc, req, res, err2) {
  if (err2.status >= 500) req.cloud.log("error", `${req.service}: ${err2.message}`);
  const xml = `<?xml version="1.0"?><ErrorResponse xmlns="${svc.namespace}"><Error><Type>${err2.fault}</Type><Code>${escapeXml(err2.queryCode ?? err2.code)}</Code><Message>${escapeXml(err2.message)}</Message><Detail/></Error><RequestId>${req.requestId}</RequestId></ErrorResponse>`;
  send(res, err2.status, xml, {
    "Content-Type": "text/xml",
    "x-amzn-RequestId": req.requestId,
    ...err2.headers
  });
}

// ../local-cloud/src/stacks/engine.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// ../local-cloud/src/stacks/canonical.ts
function canonical(v) {
  return JSON.stringify(
    v ?? null,
    (_k, value) => value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : value
  );
}

// ../local-cloud/src/stacks/intrinsics.ts
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
var templateError = (message) => new AwsError("ValidationError", `Template error: ${message}`);
function isIntrinsic(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === "Ref" || keys[0] === "Condition" || keys[0].startsWith("Fn::"));
}
function resolve(value, ctx) {
  if (Array.isArray(value)) return value.map((v) => resolve(v, ctx)).filter((v) => v !== NO_VALUE);
  if (value === null || typeof value !== "object") return value;
  if (isIntrinsic(value)) {
    const [name, arg] = Object.entries(value)[0];
    if (name !== "Condition") return call(name, arg, ctx);
  }
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    const r = resolve(v, ctx);
    if (r !== NO_VALUE) out[k] = r;
  }
  return out;
}
function call(name, arg, ctx) {
  switch (name) {
    case "Ref":
      return ref(arg, ctx);
    case "Fn::GetAtt": {
      const [id, attr] = getAttArgs(arg);
      return ctx.getAtt(id, String(resolve(attr, ctx)));
    }
    case "Fn::Sub":
      return sub(arg, ctx);
    case "Fn::Join": {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string") {
        throw templateError(
          "every Fn::Join object requires two parameters, (1) a string delimiter and (2) a list of strings to be joined or a function that returns a list of strings (such as Fn::GetAZs) to be joined."
        );
      }
      const list2 = resolve(arg[1], ctx);
      if (!Array.isArray(list2)) throw templateError("Fn::Join requires a list of strings as its second parameter.");
      return list2.map((v) => scalar(v, "Fn::Join")).join(arg[0]);
    }
    case "Fn::Select": {
      if (!Array.isArray(arg) || arg.length !== 2) {
        throw templateError("Fn::Select requires a list argument with two elements: an integer index and a list");
      }
      const index = Number(resolve(arg[0], ctx));
      const list2 = resolve(arg[1], ctx);
      if (!Array.isArray(list2) || !Number.isInteger(index) || index < 0 || index >= list2.length) {
        throw templateError(`Fn::Select cannot select nonexistent value at index ${arg[0]}`);
      }
      return list2[index];
    }
    case "Fn::Split": {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string") {
        throw templateError("Fn::Split requires a list argument with two elements: a string delimiter and a string");
      }
      return scalar(resolve(arg[1], ctx), "Fn::Split").split(arg[0]);
    }
    case "Fn::ImportValue":
      return ctx.importValue(scalar(resolve(arg, ctx), "Fn::ImportValue"));
    case "Fn::If": {
      if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== "string") {
        throw templateError("Fn::If requires a list argument with three elements: a condition name, a value if true and a value if false");
      }
      return resolve(condition(arg[0], ctx) ? arg[1] : arg[2], ctx);
    }
    case "Fn::Equals":
    case "Fn::And":
    case "Fn::Or":
    case "Fn::Not":
      return evaluateCondition({ [name]: arg }, ctx);
    case "Fn::FindInMap": {
      if (!Array.isArray(arg) || arg.length < 3) {
        throw templateError("Fn::FindInMap requires a list argument with three elements");
      }
      const [m, top, second] = arg.slice(0, 3).map((v) => scalar(resolve(v, ctx), "Fn::FindInMap"));
      const found = ctx.mappings[m]?.[top]?.[second];
      if (found === void 0) {
        const fallback = arg[3]?.DefaultValue;
        if (fallback !== void 0) return resolve(fallback, ctx);
        if (!ctx.mappings[m]) throw templateError(`Mapping named '${m}' is not present in the 'Mappings' section of template.`);
        throw templateError(`Unable to get mapping for ${m}::${top}::${second}`);
      }
      return found;
    }
    case "Fn::GetAZs": {
      const r = scalar(resolve(arg, ctx), "Fn::GetAZs") || String(ctx.pseudo["AWS::Region"]);
      return ["a", "b", "c"].map((z) => `${r}${z}`);
    }
    case "Fn::Base64":
      return Buffer.from(scalar(resolve(arg, ctx), "Fn::Base64")).toString("base64");
    case "Fn::ToJsonString":
      return JSON.stringify(resolve(arg, ctx));
    case "Fn::Length": {
      const list2 = resolve(arg, ctx);
      if (!Array.isArray(list2)) throw templateError("Fn::Length requires a list");
      return list2.length;
    }
    default:
      throw templateError(`Encountered unsupported function: ${name} Supported functions are: [Fn::Base64, Fn::GetAtt, Fn::GetAZs, Fn::ImportValue, Fn::Join, Fn::Split, Fn::FindInMap, Fn::Select, Ref, Fn::Equals, Fn::If, Fn::Not, Condition, Fn::And, Fn::Or, Fn::Sub, Fn::ToJsonString, Fn::Length]`);
  }
}
function ref(arg, ctx) {
  if (typeof arg !== "string") throw templateError("Ref requires a string: the logical id of a resource or parameter");
  if (arg === "AWS::NoValue") return NO_VALUE;
  if (arg in ctx.pseudo) return ctx.pseudo[arg];
  if (arg in ctx.parameters) return ctx.parameters[arg];
  return ctx.ref(arg);
}
function getAttArgs(arg) {
  if (typeof arg === "string") {
    const dot = arg.indexOf(".");
    if (dot > 0) return [arg.slice(0, dot), arg.slice(dot + 1)];
  }
  if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === "string") return [arg[0], arg[1]];
  throw templateError(
    "Fn::GetAtt requires a list argument with two elements: the logical id of a resource and an attribute name"
  );
}
function scalar(v, fn) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw templateError(`${fn} requires a string; got ${JSON.stringify(v)}`);
}
function subVariables(s) {
  const out = [];
  for (const m of s.matchAll(/\$\{([^}]*)\}/g)) if (!m[1].startsWith("!")) out.push(m[1].trim());
  return out;
}
function sub(arg, ctx) {
  let text = arg;
  let vars = {};
  if (Array.isArray(arg)) {
    if (arg.length !== 2 || typeof arg[0] !== "string" || arg[1] === null || typeof arg[1] !== "object") {
      throw templateError("One or more Fn::Sub intrinsic functions don't specify expected arguments. Specify a string as first argument, and an optional second argument to specify a mapping of values to replace in the string");
    }
    text = arg[0];
    vars = resolve(arg[1], ctx);
  }
  if (typeof text !== "string") {
    throw templateError("One or more Fn::Sub intrinsic functions don't specify expected arguments. Specify a string as first argument, and an optional second argument to specify a mapping of values to replace in the string");
  }
  return text.replace(/\$\{([^}]*)\}/g, (_m, raw) => {
    if (raw.startsWith("!")) return `\${${raw.slice(1)}}`;
    const name = raw.trim();
    if (name in vars) return scalar(vars[name], "Fn::Sub");
    const dot = name.indexOf(".");
    if (dot > 0 && !name.startsWith("AWS::")) {
      return scalar(ctx.getAtt(name.slice(0, dot), name.slice(dot + 1)), "Fn::Sub");
    }
    const v = ref(name, ctx);
    return Array.isArray(v) ? v.join(",") : scalar(v, "Fn::Sub");
  });
}
function evaluateCondition(expr, ctx) {
  if (typeof expr === "boolean") return expr;
  if (expr === "true" || expr === "false") return expr === "true";
  if (!isIntrinsic(expr)) throw templateError(`Invalid condition: ${JSON.stringify(expr)}`);
  const [name, arg] = Object.entries(expr)[0];
  switch (name) {
    case "Condition":
      return condition(String(arg), ctx);
    case "Fn::Equals": {
      if (!Array.isArray(arg) || arg.length !== 2) throw templateError("Fn::Equals requires a list of two values");
      const [a, b] = arg.map((v) => resolve(v, ctx));
      return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
    }
    case "Fn::And":
    case "Fn::Or": {
      if (!Array.isArray(arg) || arg.length < 2 || arg.length > 10) {
        throw templateError(`${name} requires a list of 2 to 10 conditions`);
      }
      const values = arg.map((c) => evaluateCondition(c, ctx));
      return name === "Fn::And" ? values.every(Boolean) : values.some(Boolean);
    }
    case "Fn::Not":
      if (!Array.isArray(arg) || arg.length !== 1) throw templateError("Fn::Not requires a list of one condition");
      return !evaluateCondition(arg[0], ctx);
    default: {
      const v = resolve(expr, ctx);
      if (typeof v === "boolean") return v;
      if (v === "true" || v === "false") return v === "true";
      throw templateError(`${name} is not a condition function`);
    }
  }
}
function normal(v) {
  return typeof v === "number" || typeof v === "boolean" ? String(v) : v;
}
function condition(name, ctx) {
  if (!(name in ctx.conditions)) throw templateError(`Unresolved condition dependency ${name} in Fn::If or Condition`);
  return ctx.conditions[name];
}
function evaluateConditions(conditions, ctx) {
  const done = {};
  const visiting = /* @__PURE__ */ new Set();
  const evalOne = (name) => {
    if (name in done) return done[name];
    if (!(name in conditions)) throw templateError(`Unresolved condition dependency ${name} in Fn::If or Condition`);
    if (visiting.has(name)) throw templateError(`Circular dependency between conditions: [${[...visiting].join(", ")}]`);
    visiting.add(name);
    const proxy = new Proxy({}, {
      has: (_t, k) => typeof k === "string" && k in conditions,
      get: (_t, k) => evalOne(String(k))
    });
    done[name] = evaluateCondition(conditions[name], { ...ctx, conditions: proxy });
    visiting.delete(name);
    return done[name];
  };
  for (const name of Object.keys(conditions)) evalOne(name);
  return done;
}
function references(value, out = /* @__PURE__ */ new Set()) {
  if (Array.isArray(value)) {
    for (const v of value) references(v, out);
    return out;
  }
  if (value === null || typeof value !== "object") return out;
  for (const [k, v] of Object.entries(value)) {
    if (k === "Ref" && typeof v === "string") out.add(v);
    else if (k === "Fn::GetAtt") {
      try {
        out.add(getAttArgs(v)[0]);
      } catch {
      }
      references(v, out);
    } else if (k === "Fn::Sub") {
      const [text, vars] = Array.isArray(v) ? [v[0], v[1]] : [v, {}];
      if (typeof text === "string") {
        for (const name of subVariables(text)) {
          if (vars && typeof vars === "object" && name in vars) continue;
          const dot = name.indexOf(".");
          out.add(dot > 0 && !name.startsWith("AWS::") ? name.slice(0, dot) : name);
        }
      }
      references(vars, out);
    } else references(v, out);
  }
  return out;
}
var SHAPES = {
  Ref: (a) => typeof a === "string",
  "Fn::Join": (a) => Array.isArray(a) && a.length === 2 && typeof a[0] === "string",
  "Fn::Select": (a) => Array.isArray(a) && a.length === 2,
  "Fn::Split": (a) => Array.isArray(a) && a.length === 2 && typeof a[0] === "string",
  "Fn::If": (a) => Array.isArray(a) && a.length === 3 && typeof a[0] === "string",
  "Fn::Sub": (a) => typeof a === "string" || Array.isArray(a) && a.length === 2 && typeof a[0] === "string" && a[1] !== null && typeof a[1] === "object",
  "Fn::FindInMap": (a) => Array.isArray(a) && a.length >= 3 && a.length <= 4,
  "Fn::Equals": (a) => Array.isArray(a) && a.length === 2,
  "Fn::Not": (a) => Array.isArray(a) && a.length === 1,
  "Fn::And": (a) => Array.isArray(a) && a.length >= 2 && a.length <= 10,
  "Fn::Or": (a) => Array.isArray(a) && a.length >= 2 && a.length <= 10,
  "Fn::GetAtt": (a) => {
    try {
      getAttArgs(a);
      return true;
    } catch {
      return false;
    }
  },
  "Fn::ImportValue": () => true,
  "Fn::GetAZs": () => true,
  "Fn::Base64": () => true,
  "Fn::ToJsonString": () => true,
  "Fn::Length": () => true,
  Condition: (a) => typeof a === "string"
};
function checkShapes(value, where, conditions) {
  if (Array.isArray(value)) {
    value.forEach((v, i2) => {
      checkShapes(v, `${where}/${i2}`, conditions);
    });
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (isIntrinsic(value)) {
    const [name, arg] = Object.entries(value)[0];
    const ok = SHAPES[name];
    if (!ok || !ok(arg)) {
      let message;
      try {
        resolve(value, {
          pseudo: {},
          parameters: {},
          conditions,
          mappings: {},
          ref: () => "",
          getAtt: () => "",
          importValue: () => ""
        });
        message = templateError(`${name} has an invalid shape`).message;
      } catch (err2) {
        message = err2.message;
      }
      throw new AwsError("ValidationError", `${message} [${where}]`);
    }
    if (name === "Fn::If" && !(arg[0] in conditions)) {
      throw templateError(`Unresolved condition dependency ${arg[0]} in Fn::If [${where}]`);
    }
    checkShapes(arg, `${where}/${name}`, conditions);
    return;
  }
  for (const [k, v] of Object.entries(value)) checkShapes(v, `${where}/${k}`, conditions);
}

// ../local-cloud/src/stacks/resources/events-eventBus.ts
var import_client_eventbridge2 = __toESM(require_dist_cjs4(), 1);

// ../local-cloud/src/stacks/clients.ts
var import_client_cloudwatch_logs = __toESM(require_dist_cjs3(), 1);
var import_client_eventbridge = __toESM(require_dist_cjs4(), 1);
var import_client_iam = __toESM(require_dist_cjs5(), 1);
var import_client_lambda = __toESM(require_dist_cjs6(), 1);
var import_client_s3 = __toESM(require_dist_cjs7(), 1);
var import_client_sns = __toESM(require_dist_cjs8(), 1);
var import_client_sqs = __toESM(require_dist_cjs9(), 1);
var LOCAL_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
function clientConfig(endpoint, region) {
  return { endpoint, region, credentials: LOCAL_CREDENTIALS, maxAttempts: 2 };
}
var sqsClient = (c) => new import_client_sqs.SQSClient(clientConfig(c.endpoint, c.region));
var snsClient = (c) => new import_client_sns.SNSClient(clientConfig(c.endpoint, c.region));
var lambdaClient = (c) => new import_client_lambda.LambdaClient(clientConfig(c.endpoint, c.region));
var eventsClient = (c) => new import_client_eventbridge.EventBridgeClient(clientConfig(c.endpoint, c.region));
var logsClient = (c) => new import_client_cloudwatch_logs.CloudWatchLogsClient(clientConfig(c.endpoint, c.region));
var iamClient = (c) => new import_client_iam.IAMClient(clientConfig(c.endpoint, c.region));
var s3Client = (c) => new import_client_s3.S3Client({ ...clientConfig(c.endpoint, c.region), forcePathStyle: true });
function codeOf(err2) {
  return String(err2?.name ?? err2?.Code ?? "");
}
function statusOf(err2) {
  return err2?.$metadata?.httpStatusCode;
}
function isUnsupported(err2) {
  const code = codeOf(err2);
  return ["NotImplemented", "UnknownOperationException", "InvalidAction", "UnknownService"].includes(code) || statusOf(err2) === 501;
}
function isNotFound(err2) {
  const code = codeOf(err2);
  return /NotFound|NoSuch|DoesNotExist/.test(code) || code === "AWS.SimpleQueueService.NonExistentQueue";
}
async function optional(ctx, what, step) {
  try {
    await step();
  } catch (err2) {
    if (!isUnsupported(err2)) throw err2;
    ctx.warn(`${what} is not served by this local cloud; skipped`);
  }
}
async function gone(step) {
  try {
    await step();
  } catch (err2) {
    if (!isNotFound(err2)) throw err2;
  }
}
function tagMap(tags2) {
  if (!Array.isArray(tags2) || tags2.length === 0) return void 0;
  return Object.fromEntries(tags2.map((t) => [t.Key, String(t.Value)]));
}
function jsonText(v) {
  if (v === void 0) return void 0;
  return typeof v === "string" ? v : JSON.stringify(v);
}
var str = (v) => v === void 0 ? void 0 : String(v);
var num = (v) => v === void 0 ? void 0 : Number(v);
var bool = (v) => v === void 0 ? void 0 : v === true || v === "true";

// ../local-cloud/src/stacks/resources/events-eventBus.ts
var eventsEventBus = {
  required: ["Name"],
  replaceOn: ["Name", "EventSourceName"],
  async create(ctx, props) {
    const name = String(props.Name);
    const out = await eventsClient(ctx).send(
      new import_client_eventbridge2.CreateEventBusCommand({
        Name: name,
        EventSourceName: str(props.EventSourceName),
        Description: str(props.Description),
        Tags: props.Tags
      })
    );
    const arn = out.EventBusArn ?? `arn:${ctx.partition}:events:${ctx.region}:${ctx.accountId}:event-bus/${name}`;
    return { physicalId: name, ref: name, attributes: { Arn: arn, Name: name, Policy: "" } };
  },
  async update(ctx, current) {
    const out = await eventsClient(ctx).send(new import_client_eventbridge2.DescribeEventBusCommand({ Name: current.physicalId }));
    return { physicalId: current.physicalId, attributes: { ...current.attributes, Policy: out.Policy ?? "" } };
  },
  async delete(ctx, current) {
    await gone(() => eventsClient(ctx).send(new import_client_eventbridge2.DeleteEventBusCommand({ Name: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/events-rule.ts
var import_client_eventbridge3 = __toESM(require_dist_cjs4(), 1);
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
async function put(ctx, name, props) {
  const events = eventsClient(ctx);
  const bus = busName(props);
  const out = await events.send(
    new import_client_eventbridge3.PutRuleCommand({
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
    const res = await events.send(new import_client_eventbridge3.PutTargetsCommand({ Rule: name, EventBusName: str(props.EventBusName), Targets: list2 }));
    if (res.FailedEntryCount) throw new Error(`PutTargets failed: ${res.FailedEntries?.[0]?.ErrorMessage}`);
  }
  const ref2 = bus && bus !== "default" ? `${bus}|${name}` : name;
  return { physicalId: ref2, ref: ref2, attributes: { Arn: out.RuleArn } };
}
function ruleName(physicalId) {
  return physicalId.includes("|") ? physicalId.slice(physicalId.indexOf("|") + 1) : physicalId;
}
var eventsRule = {
  replaceOn: ["Name", "EventBusName"],
  async create(ctx, props) {
    const name = str(props.Name) ?? ctx.physicalName({ maxLength: 64 });
    return put(ctx, name, props);
  },
  async update(ctx, current, props) {
    const name = ruleName(current.physicalId);
    const keep = new Set(targets(props).map((t) => t.Id));
    const dropped = targets(current.properties).map((t) => t.Id).filter((id) => !keep.has(id));
    if (dropped.length > 0) {
      await eventsClient(ctx).send(new import_client_eventbridge3.RemoveTargetsCommand({ Rule: name, EventBusName: str(props.EventBusName), Ids: dropped }));
    }
    return put(ctx, name, props);
  },
  async delete(ctx, current) {
    const events = eventsClient(ctx);
    const name = ruleName(current.physicalId);
    const bus = str(current.properties.EventBusName);
    const ids = targets(current.properties).map((t) => t.Id);
    if (ids.length > 0) await gone(() => events.send(new import_client_eventbridge3.RemoveTargetsCommand({ Rule: name, EventBusName: bus, Ids: ids })));
    await gone(() => events.send(new import_client_eventbridge3.DeleteRuleCommand({ Name: name, EventBusName: bus })));
  }
};

// ../local-cloud/src/stacks/resources/iam-policy.ts
var import_client_iam2 = __toESM(require_dist_cjs5(), 1);
async function put2(ctx, props) {
  if (props.Users?.length || props.Groups?.length) {
    ctx.warn("IAM users and groups are not served by this local cloud; only Roles get the policy");
  }
  for (const role of props.Roles ?? []) {
    await iamClient(ctx).send(
      new import_client_iam2.PutRolePolicyCommand({
        RoleName: String(role),
        PolicyName: String(props.PolicyName),
        PolicyDocument: jsonText(props.PolicyDocument)
      })
    );
  }
}
async function remove(ctx, roles, policyName) {
  for (const role of roles) {
    await gone(() => iamClient(ctx).send(new import_client_iam2.DeleteRolePolicyCommand({ RoleName: role, PolicyName: policyName })));
  }
}
var iamPolicy = {
  required: ["PolicyDocument", "PolicyName"],
  async create(ctx, props) {
    await put2(ctx, props);
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    const before = current.properties.Roles ?? [];
    const after = props.Roles ?? [];
    const renamed = current.properties.PolicyName !== props.PolicyName;
    await remove(ctx, renamed ? before : before.filter((r) => !after.includes(r)), String(current.properties.PolicyName));
    await put2(ctx, props);
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await remove(ctx, current.properties.Roles ?? [], String(current.properties.PolicyName));
  }
};

// ../local-cloud/src/stacks/resources/iam-role.ts
var import_client_iam3 = __toESM(require_dist_cjs5(), 1);
async function putPolicies(ctx, role, policies) {
  for (const p of policies) {
    await iamClient(ctx).send(
      new import_client_iam3.PutRolePolicyCommand({ RoleName: role, PolicyName: p.PolicyName, PolicyDocument: jsonText(p.PolicyDocument) })
    );
  }
}
async function attach(ctx, role, arns) {
  for (const arn of arns) await iamClient(ctx).send(new import_client_iam3.AttachRolePolicyCommand({ RoleName: role, PolicyArn: arn }));
}
function provisioned(name, arn, id) {
  return { physicalId: name, ref: name, attributes: { Arn: arn, RoleId: id } };
}
var iamRole = {
  required: ["AssumeRolePolicyDocument"],
  replaceOn: ["RoleName", "Path"],
  async create(ctx, props) {
    const name = str(props.RoleName) ?? ctx.physicalName({ maxLength: 64 });
    const out = await iamClient(ctx).send(
      new import_client_iam3.CreateRoleCommand({
        RoleName: name,
        Path: str(props.Path),
        AssumeRolePolicyDocument: jsonText(props.AssumeRolePolicyDocument),
        Description: str(props.Description),
        MaxSessionDuration: num(props.MaxSessionDuration),
        PermissionsBoundary: str(props.PermissionsBoundary),
        Tags: props.Tags
      })
    );
    await putPolicies(ctx, name, props.Policies ?? []);
    await attach(ctx, name, props.ManagedPolicyArns ?? []);
    return provisioned(name, out.Role.Arn, out.Role.RoleId);
  },
  async update(ctx, current, props) {
    const iam = iamClient(ctx);
    const name = current.physicalId;
    if (canonical(props.AssumeRolePolicyDocument) !== canonical(current.properties.AssumeRolePolicyDocument)) {
      await iam.send(new import_client_iam3.UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: jsonText(props.AssumeRolePolicyDocument) }));
    }
    const before = current.properties.Policies ?? [];
    const after = props.Policies ?? [];
    for (const p of before) {
      if (!after.some((a) => a.PolicyName === p.PolicyName)) {
        await gone(() => iam.send(new import_client_iam3.DeleteRolePolicyCommand({ RoleName: name, PolicyName: p.PolicyName })));
      }
    }
    await putPolicies(ctx, name, after);
    const oldArns = current.properties.ManagedPolicyArns ?? [];
    const newArns = props.ManagedPolicyArns ?? [];
    for (const arn of oldArns.filter((a) => !newArns.includes(a))) {
      await gone(() => iam.send(new import_client_iam3.DetachRolePolicyCommand({ RoleName: name, PolicyArn: arn })));
    }
    await attach(ctx, name, newArns.filter((a) => !oldArns.includes(a)));
    return provisioned(name, String(current.attributes.Arn), String(current.attributes.RoleId));
  },
  async delete(ctx, current) {
    const iam = iamClient(ctx);
    const name = current.physicalId;
    for (const p of current.properties.Policies ?? []) {
      await gone(() => iam.send(new import_client_iam3.DeleteRolePolicyCommand({ RoleName: name, PolicyName: p.PolicyName })));
    }
    for (const arn of current.properties.ManagedPolicyArns ?? []) {
      await gone(() => iam.send(new import_client_iam3.DetachRolePolicyCommand({ RoleName: name, PolicyArn: arn })));
    }
    await gone(() => iam.send(new import_client_iam3.DeleteRoleCommand({ RoleName: name })));
  }
};

// ../local-cloud/src/stacks/resources/lambda-alias.ts
var import_client_lambda2 = __toESM(require_dist_cjs6(), 1);
var lambdaAlias = {
  required: ["FunctionName", "FunctionVersion", "Name"],
  replaceOn: ["FunctionName", "Name"],
  async create(ctx, props) {
    const out = await lambdaClient(ctx).send(
      new import_client_lambda2.CreateAliasCommand({
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
      new import_client_lambda2.UpdateAliasCommand({
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
        new import_client_lambda2.DeleteAliasCommand({ FunctionName: String(current.properties.FunctionName), Name: String(current.properties.Name) })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-eventInvokeConfig.ts
var import_client_lambda3 = __toESM(require_dist_cjs6(), 1);
async function put3(ctx, props) {
  const out = await lambdaClient(ctx).send(
    new import_client_lambda3.PutFunctionEventInvokeConfigCommand({
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
  create: put3,
  update: (ctx, _current, props) => put3(ctx, props),
  async delete(ctx, current) {
    await gone(
      () => lambdaClient(ctx).send(
        new import_client_lambda3.DeleteFunctionEventInvokeConfigCommand({
          FunctionName: String(current.properties.FunctionName),
          Qualifier: String(current.properties.Qualifier)
        })
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-eventSourceMapping.ts
var import_client_sqs3 = __toESM(require_dist_cjs9(), 1);
import { randomUUID } from "node:crypto";

// ../local-cloud/src/stacks/eventSourceMapping/poller.ts
var import_client_lambda4 = __toESM(require_dist_cjs6(), 1);
var import_client_sqs2 = __toESM(require_dist_cjs9(), 1);
function sqsEvent(messages, queueArn, region) {
  return {
    Records: messages.map((m) => ({
      messageId: m.MessageId,
      receiptHandle: m.ReceiptHandle,
      body: m.Body,
      attributes: m.Attributes ?? {},
      messageAttributes: Object.fromEntries(
        Object.entries(m.MessageAttributes ?? {}).map(([k, v]) => [
          k,
          {
            stringValue: v.StringValue,
            binaryValue: v.BinaryValue ? Buffer.from(v.BinaryValue).toString("base64") : void 0,
            stringListValues: [],
            binaryListValues: [],
            dataType: v.DataType
          }
        ])
      ),
      md5OfBody: m.MD5OfBody,
      eventSource: "aws:sqs",
      eventSourceARN: queueArn,
      awsRegion: region
    }))
  };
}
function succeeded(messages, functionError, payload, reportBatchItemFailures) {
  if (functionError) return [];
  if (!reportBatchItemFailures) return messages;
  let failures;
  try {
    failures = payload ? JSON.parse(payload)?.batchItemFailures : void 0;
  } catch {
    return [];
  }
  if (failures === void 0 || failures === null) return messages;
  if (!Array.isArray(failures)) return [];
  const ids = /* @__PURE__ */ new Set();
  for (const f of failures) {
    const id = f?.itemIdentifier;
    if (typeof id !== "string" || id === "" || !messages.some((m) => m.MessageId === id)) return [];
    ids.add(id);
  }
  return messages.filter((m) => !ids.has(m.MessageId));
}
var SqsPoller = class {
  constructor(o) {
    this.o = o;
    this.done = this.loop();
  }
  o;
  abort = new AbortController();
  done;
  async stop() {
    this.abort.abort();
    await this.done;
  }
  async loop() {
    const signal = this.abort.signal;
    while (!signal.aborted) {
      try {
        const messages = await this.receive(signal);
        if (signal.aborted || messages.length === 0) continue;
        const out = await this.o.lambda.send(
          new import_client_lambda4.InvokeCommand({
            FunctionName: this.o.functionName,
            InvocationType: "RequestResponse",
            Payload: Buffer.from(JSON.stringify(sqsEvent(messages, this.o.queueArn, this.o.region)))
          }),
          { abortSignal: signal }
        );
        const payload = out.Payload ? Buffer.from(out.Payload).toString("utf8") : "";
        const ok = succeeded(messages, out.FunctionError, payload, this.o.reportBatchItemFailures);
        for (let i2 = 0; i2 < ok.length; i2 += 10) {
          await this.o.sqs.send(
            new import_client_sqs2.DeleteMessageBatchCommand({
              QueueUrl: this.o.queueUrl,
              Entries: ok.slice(i2, i2 + 10).map((m, n) => ({ Id: String(n), ReceiptHandle: m.ReceiptHandle }))
            })
          );
        }
      } catch (err2) {
        if (signal.aborted) break;
        this.o.onError?.(`event source mapping ${this.o.queueArn} -> ${this.o.functionName}: ${err2.message}`);
        await sleep(this.o.errorBackoffMs ?? 1e3, signal);
      }
    }
  }
  async receive(signal) {
    const batch = [];
    while (batch.length < this.o.batchSize && !signal.aborted) {
      const out = await this.o.sqs.send(
        new import_client_sqs2.ReceiveMessageCommand({
          QueueUrl: this.o.queueUrl,
          MaxNumberOfMessages: Math.min(10, this.o.batchSize - batch.length),
          // long-poll for the first messages, then take what is there right now
          WaitTimeSeconds: batch.length === 0 ? 20 : 0,
          MessageSystemAttributeNames: ["All"],
          MessageAttributeNames: ["All"]
        }),
        { abortSignal: signal }
      );
      const got = out.Messages ?? [];
      batch.push(...got);
      if (got.length === 0 || batch.length >= this.o.batchSize || got.length < 10) break;
    }
    return batch;
  }
};
function sleep(ms, signal) {
  return new Promise((resolve3) => {
    const t = setTimeout(resolve3, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(t);
      resolve3();
    });
  });
}

// ../local-cloud/src/stacks/resources/lambda-eventSourceMapping.ts
async function startPoller(ctx, id, props) {
  const arn = String(props.EventSourceArn);
  const parts = arn.split(":");
  if (parts[2] !== "sqs") {
    throw new Error(`Event source ${arn} is not supported by this local cloud: only SQS queues are polled`);
  }
  if (props.Enabled === false || props.Enabled === "false") return;
  const sqs = sqsClient({ endpoint: ctx.endpoint, region: parts[3] || ctx.region });
  const url = await sqs.send(new import_client_sqs3.GetQueueUrlCommand({ QueueName: parts[5], QueueOwnerAWSAccountId: parts[4] }));
  const types = props.FunctionResponseTypes ?? [];
  const poller = new SqsPoller({
    functionName: String(props.FunctionName),
    queueUrl: url.QueueUrl,
    queueArn: arn,
    region: parts[3] || ctx.region,
    batchSize: Number(props.BatchSize ?? 10),
    reportBatchItemFailures: types.includes("ReportBatchItemFailures"),
    sqs,
    lambda: lambdaClient(ctx),
    onError: (m) => ctx.warn(m)
  });
  ctx.pollers.start(id, () => poller.stop());
}
function provisioned2(ctx, id) {
  return {
    physicalId: id,
    attributes: { Id: id, EventSourceMappingArn: `arn:${ctx.partition}:lambda:${ctx.region}:${ctx.accountId}:event-source-mapping:${id}` }
  };
}
var lambdaEventSourceMapping = {
  required: ["FunctionName"],
  replaceOn: ["EventSourceArn", "StartingPosition"],
  async create(ctx, props) {
    const id = randomUUID();
    await startPoller(ctx, id, props);
    return provisioned2(ctx, id);
  },
  async update(ctx, current, props) {
    await ctx.pollers.stop(current.physicalId);
    await startPoller(ctx, current.physicalId, props);
    return provisioned2(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await ctx.pollers.stop(current.physicalId);
  }
};

// ../local-cloud/src/stacks/resources/lambda-function.ts
var import_client_s32 = __toESM(require_dist_cjs7(), 1);
var import_client_lambda5 = __toESM(require_dist_cjs6(), 1);

// ../../node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i2 = 0; i2 < d.length; ++i2) {
    if (d[i2])
      t.push({ s: i2, f: d[i2] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i22].f ? i0++ : i22++];
    r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i2 = 1; i2 < s; ++i2) {
    if (t2[i2].s > maxSym)
      maxSym = t2[i2].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i2 = 0, dt = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i2].s;
      if (tr[i2_2] < mb)
        dt -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i2;
    }
    for (; i2 >= 0 && dt; --i2) {
      var i2_3 = t2[i2].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w = function(v) {
    cl[cli++] = v;
  };
  for (var i2 = 1; i2 <= s; ++i2) {
    if (c[i2] == cln && i2 != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w(32754);
        if (cls > 2) {
          w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6)
          w(8304);
        if (cls > 2)
          w(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w(cln);
      cls = 1;
      cln = c[i2];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l = 0;
  for (var i2 = 0; i2 < cl.length; ++i2)
    l += cf[i2] * cl[i2];
  return l;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2)
    out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i2 = 0; i2 < lclt.length; ++i2)
    ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2)
    ++lcfreq[lcdt[i2] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2)
      wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
      for (var i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i2 + 2 < s; ++i2) {
      var hv = hsh(i2);
      var imod = i2 & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
          li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i2);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i2 + l] == dat[i2 + l - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                ;
              if (nl > l) {
                l = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i2 + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
      syms[li++] = dat[i2];
      ++lf[dat[i2]];
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head, st.p = prev, st.i = i2, st.w = wi;
    }
  } else {
    for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      if (e >= s) {
        w[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w, pos + 1, dat.subarray(i2, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i2 = 0; i2 < 256; ++i2) {
    var c = i2, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i2] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr = c;
      for (var i2 = 0; i2 < d.length; ++i2)
        cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var mrg = function(a, b) {
  var o = {};
  for (var k in a)
    o[k] = a[k];
  for (var k in b)
    o[k] = b[k];
  return o;
};
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
var wbytes = function(d, b, v) {
  for (; v; ++b)
    d[b] = v, v >>>= 8;
};
function deflateSync(data, opts) {
  return dopt(data, opts || {}, 0, 0);
}
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var fltn = function(d, p, t, o) {
  for (var k in d) {
    var val = d[k], n = p + k, op = o;
    if (Array.isArray(val))
      op = mrg(o, val[1]), val = val[0];
    if (ArrayBuffer.isView(val))
      t[n] = [val, op];
    else {
      t[n += "/"] = [new u8(0), op];
      fltn(val, n, t, o);
    }
  }
};
var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strToU8(str2, latin1) {
  if (latin1) {
    var ar_1 = new u8(str2.length);
    for (var i2 = 0; i2 < str2.length; ++i2)
      ar_1[i2] = str2.charCodeAt(i2);
    return ar_1;
  }
  if (te)
    return te.encode(str2);
  var l = str2.length;
  var ar = new u8(str2.length + (str2.length >> 1));
  var ai = 0;
  var w = function(v) {
    ar[ai++] = v;
  };
  for (var i2 = 0; i2 < l; ++i2) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i2 << 1));
      n.set(ar);
      ar = n;
    }
    var c = str2.charCodeAt(i2);
    if (c < 128 || latin1)
      w(c);
    else if (c < 2048)
      w(192 | c >> 6), w(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str2.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
    else
      w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
var exfl = function(ex) {
  var le = 0;
  if (ex) {
    for (var k in ex) {
      var l = ex[k].length;
      if (l > 65535)
        err(9);
      le += l + 4;
    }
  }
  return le;
};
var wzh = function(d, b, f, fn, u, c, ce, co) {
  var fl2 = fn.length, ex = f.extra, col = co && co.length;
  var exl = exfl(ex);
  wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
  if (ce != null)
    d[b++] = 20, d[b++] = f.os;
  d[b] = 20, b += 2;
  d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
  d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
  var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
  if (y < 0 || y > 119)
    err(10);
  wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
  if (c != -1) {
    wbytes(d, b, f.crc);
    wbytes(d, b + 4, c < 0 ? -c - 2 : c);
    wbytes(d, b + 8, f.size);
  }
  wbytes(d, b + 12, fl2);
  wbytes(d, b + 14, exl), b += 16;
  if (ce != null) {
    wbytes(d, b, col);
    wbytes(d, b + 6, f.attrs);
    wbytes(d, b + 10, ce), b += 14;
  }
  d.set(fn, b);
  b += fl2;
  if (exl) {
    for (var k in ex) {
      var exf = ex[k], l = exf.length;
      wbytes(d, b, +k);
      wbytes(d, b + 2, l);
      d.set(exf, b + 4), b += 4 + l;
    }
  }
  if (col)
    d.set(co, b), b += col;
  return b;
};
var wzf = function(o, b, c, d, e) {
  wbytes(o, b, 101010256);
  wbytes(o, b + 8, c);
  wbytes(o, b + 10, c);
  wbytes(o, b + 12, d);
  wbytes(o, b + 16, e);
};
function zipSync(data, opts) {
  if (!opts)
    opts = {};
  var r = {};
  var files = [];
  fltn(data, "", r, opts);
  var o = 0;
  var tot = 0;
  for (var fn in r) {
    var _a2 = r[fn], file = _a2[0], p = _a2[1];
    var compression = p.level == 0 ? 0 : 8;
    var f = strToU8(fn), s = f.length;
    var com = p.comment, m = com && strToU8(com), ms = m && m.length;
    var exl = exfl(p.extra);
    if (s > 65535)
      err(11);
    var d = compression ? deflateSync(file, p) : file, l = d.length;
    var c = crc();
    c.p(file);
    files.push(mrg(p, {
      size: file.length,
      crc: c.d(),
      c: d,
      f,
      m,
      u: s != fn.length || m && com.length != ms,
      o,
      compression
    }));
    o += 30 + s + exl + l;
    tot += 76 + 2 * (s + exl) + (ms || 0) + l;
  }
  var out = new u8(tot + 22), oe = o, cdl = tot - o;
  for (var i2 = 0; i2 < files.length; ++i2) {
    var f = files[i2];
    wzh(out, f.o, f, f.f, f.u, f.c.length);
    var badd = 30 + f.f.length + exfl(f.extra);
    out.set(f.c, f.o + badd);
    wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
  }
  wzf(out, o, files.length, cdl, oe);
  return out;
}
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

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
      new import_client_s32.GetObjectCommand({ Bucket: String(code.S3Bucket), Key: String(code.S3Key), VersionId: str(code.S3ObjectVersion) })
    );
    return await out.Body.transformToByteArray();
  } catch (err2) {
    const name = err2.name;
    const message = name === "NoSuchKey" ? "The specified key does not exist." : name === "NoSuchBucket" ? "The specified bucket does not exist" : err2.message;
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
      () => lambda.send(new import_client_lambda5.PutFunctionConcurrencyCommand({ FunctionName: name, ReservedConcurrentExecutions: Number(value) }))
    );
  } else if (before !== void 0) {
    await optional(
      ctx,
      "DeleteFunctionConcurrency",
      () => lambda.send(new import_client_lambda5.DeleteFunctionConcurrencyCommand({ FunctionName: name }))
    );
  }
}
function provisioned3(arn, name) {
  return { physicalId: name, ref: name, attributes: { Arn: arn } };
}
var lambdaFunction = {
  required: ["Code", "Role"],
  replaceOn: ["FunctionName", "PackageType"],
  async create(ctx, props) {
    const name = str(props.FunctionName) ?? ctx.physicalName({ maxLength: 64 });
    const code = props.Code;
    const out = await lambdaClient(ctx).send(
      new import_client_lambda5.CreateFunctionCommand({
        FunctionName: name,
        ...configuration(props),
        Code: code.ImageUri ? { ImageUri: String(code.ImageUri) } : { ZipFile: await codeBytes(ctx, code, String(props.Runtime ?? "")) },
        PackageType: str(props.PackageType),
        Architectures: props.Architectures,
        VpcConfig: props.VpcConfig,
        Tags: tagMap(props.Tags)
      })
    );
    await concurrency(ctx, name, props.ReservedConcurrentExecutions, void 0);
    return provisioned3(out.FunctionArn, name);
  },
  async update(ctx, current, props) {
    const lambda = lambdaClient(ctx);
    const name = current.physicalId;
    const out = await lambda.send(
      new import_client_lambda5.UpdateFunctionConfigurationCommand({ FunctionName: name, ...configuration(props) })
    );
    if (canonical(props.Code) !== canonical(current.properties.Code)) {
      const code = props.Code;
      await lambda.send(
        new import_client_lambda5.UpdateFunctionCodeCommand({
          FunctionName: name,
          ...code.ImageUri ? { ImageUri: String(code.ImageUri) } : { ZipFile: await codeBytes(ctx, code, String(props.Runtime ?? "")) }
        })
      );
    }
    if (canonical(props.ReservedConcurrentExecutions) !== canonical(current.properties.ReservedConcurrentExecutions)) {
      await concurrency(ctx, name, props.ReservedConcurrentExecutions, current.properties.ReservedConcurrentExecutions);
    }
    return provisioned3(out.FunctionArn ?? String(current.attributes.Arn), name);
  },
  async delete(ctx, current) {
    await gone(() => lambdaClient(ctx).send(new import_client_lambda5.DeleteFunctionCommand({ FunctionName: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/lambda-permission.ts
var import_client_lambda6 = __toESM(require_dist_cjs6(), 1);
var lambdaPermission = {
  required: ["Action", "FunctionName", "Principal"],
  async create(ctx, props) {
    const statementId = ctx.physicalName({ maxLength: 100 });
    await optional(
      ctx,
      "Lambda AddPermission",
      () => lambdaClient(ctx).send(
        new import_client_lambda6.AddPermissionCommand({
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
          new import_client_lambda6.RemovePermissionCommand({ FunctionName: String(current.properties.FunctionName), StatementId: current.physicalId })
        )
      )
    );
  }
};

// ../local-cloud/src/stacks/resources/lambda-version.ts
var import_client_lambda7 = __toESM(require_dist_cjs6(), 1);
var lambdaVersion = {
  required: ["FunctionName"],
  async create(ctx, props) {
    const out = await lambdaClient(ctx).send(
      new import_client_lambda7.PublishVersionCommand({
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
      () => lambdaClient(ctx).send(new import_client_lambda7.DeleteFunctionCommand({ FunctionName: arn.slice(0, cut), Qualifier: arn.slice(cut + 1) }))
    );
  }
};

// ../local-cloud/src/stacks/resources/logs-logGroup.ts
var import_client_cloudwatch_logs2 = __toESM(require_dist_cjs3(), 1);
function provisioned4(ctx, name) {
  return { physicalId: name, ref: name, attributes: { Arn: `arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:log-group:${name}:*` } };
}
async function retention(ctx, name, days, before) {
  const logs = logsClient(ctx);
  if (days !== void 0) {
    await optional(
      ctx,
      "Logs PutRetentionPolicy",
      () => logs.send(new import_client_cloudwatch_logs2.PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: Number(days) }))
    );
  } else if (before !== void 0) {
    await optional(ctx, "Logs DeleteRetentionPolicy", () => logs.send(new import_client_cloudwatch_logs2.DeleteRetentionPolicyCommand({ logGroupName: name })));
  }
}
var logsLogGroup = {
  replaceOn: ["LogGroupName", "LogGroupClass"],
  async create(ctx, props) {
    const name = str(props.LogGroupName) ?? ctx.physicalName({ maxLength: 512 });
    try {
      await logsClient(ctx).send(
        new import_client_cloudwatch_logs2.CreateLogGroupCommand({ logGroupName: name, kmsKeyId: str(props.KmsKeyId), tags: tagMap(props.Tags) })
      );
    } catch (err2) {
      if (err2.name === "ResourceAlreadyExistsException") {
        throw new Error(`Resource of type 'AWS::Logs::LogGroup' with identifier '{"/properties/LogGroupName":"${name}"}' already exists.`);
      }
      throw err2;
    }
    await retention(ctx, name, props.RetentionInDays, void 0);
    return provisioned4(ctx, name);
  },
  async update(ctx, current, props) {
    if (props.RetentionInDays !== current.properties.RetentionInDays) {
      await retention(ctx, current.physicalId, props.RetentionInDays, current.properties.RetentionInDays);
    }
    return provisioned4(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => logsClient(ctx).send(new import_client_cloudwatch_logs2.DeleteLogGroupCommand({ logGroupName: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/s3-bucket.ts
var import_client_s33 = __toESM(require_dist_cjs7(), 1);
function provisioned5(ctx, name) {
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
    () => s3Client(ctx).send(new import_client_s33.PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: config }))
  );
}
var s3Bucket = {
  replaceOn: ["BucketName", "ObjectLockEnabled"],
  async create(ctx, props) {
    const name = str(props.BucketName) ?? ctx.physicalName({ maxLength: 63, lowercase: true });
    await s3Client(ctx).send(
      new import_client_s33.CreateBucketCommand({
        Bucket: name,
        CreateBucketConfiguration: ctx.region === "us-east-1" ? void 0 : { LocationConstraint: ctx.region }
      })
    );
    await versioning(ctx, name, props.VersioningConfiguration);
    return provisioned5(ctx, name);
  },
  async update(ctx, current, props) {
    if (canonical(props.VersioningConfiguration) !== canonical(current.properties.VersioningConfiguration)) {
      await versioning(ctx, current.physicalId, props.VersioningConfiguration);
    }
    return provisioned5(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => s3Client(ctx).send(new import_client_s33.DeleteBucketCommand({ Bucket: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/s3-bucketPolicy.ts
var import_client_s34 = __toESM(require_dist_cjs7(), 1);
async function put4(ctx, props) {
  await optional(
    ctx,
    "S3 PutBucketPolicy",
    () => s3Client(ctx).send(new import_client_s34.PutBucketPolicyCommand({ Bucket: String(props.Bucket), Policy: jsonText(props.PolicyDocument) }))
  );
}
var s3BucketPolicy = {
  required: ["Bucket", "PolicyDocument"],
  replaceOn: ["Bucket"],
  async create(ctx, props) {
    await put4(ctx, props);
    return { physicalId: String(props.Bucket) };
  },
  async update(ctx, current, props) {
    await put4(ctx, props);
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await optional(
      ctx,
      "S3 DeleteBucketPolicy",
      () => gone(() => s3Client(ctx).send(new import_client_s34.DeleteBucketPolicyCommand({ Bucket: current.physicalId })))
    );
  }
};

// ../local-cloud/src/stacks/resources/sns-subscription.ts
var import_client_sns2 = __toESM(require_dist_cjs8(), 1);
var ATTRIBUTES = ["DeliveryPolicy", "FilterPolicy", "FilterPolicyScope", "RawMessageDelivery", "RedrivePolicy", "SubscriptionRoleArn", "ReplayPolicy"];
function attributes(props) {
  const out = {};
  for (const a of ATTRIBUTES) {
    if (props[a] !== void 0) out[a] = typeof props[a] === "object" ? jsonText(props[a]) : String(props[a]);
  }
  return out;
}
var snsSubscription = {
  required: ["Protocol", "TopicArn"],
  replaceOn: ["TopicArn", "Protocol", "Endpoint", "Region"],
  async create(ctx, props) {
    const region = props.Region ? String(props.Region) : ctx.region;
    const out = await snsClient({ endpoint: ctx.endpoint, region }).send(
      new import_client_sns2.SubscribeCommand({
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
        new import_client_sns2.SetSubscriptionAttributesCommand({ SubscriptionArn: current.physicalId, AttributeName: a, AttributeValue: value })
      );
    }
    return { physicalId: current.physicalId, ref: current.physicalId };
  },
  async delete(ctx, current) {
    await gone(() => snsClient(ctx).send(new import_client_sns2.UnsubscribeCommand({ SubscriptionArn: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/sns-topic.ts
var import_client_sns3 = __toESM(require_dist_cjs8(), 1);
function attributes2(props) {
  const out = {};
  if (props.DisplayName !== void 0) out.DisplayName = String(props.DisplayName);
  if (props.KmsMasterKeyId !== void 0) out.KmsMasterKeyId = String(props.KmsMasterKeyId);
  if (props.ContentBasedDeduplication !== void 0) out.ContentBasedDeduplication = String(props.ContentBasedDeduplication);
  if (props.DeliveryStatusLogging !== void 0) out.DeliveryPolicy = jsonText(props.DeliveryStatusLogging);
  if (props.ArchivePolicy !== void 0) out.ArchivePolicy = jsonText(props.ArchivePolicy);
  return out;
}
async function subscribe(ctx, topicArn, subs) {
  for (const s of subs) {
    await snsClient(ctx).send(
      new import_client_sns3.SubscribeCommand({ TopicArn: topicArn, Protocol: s.Protocol, Endpoint: s.Endpoint, ReturnSubscriptionArn: true })
    );
  }
}
function provisioned6(arn) {
  return { physicalId: arn, ref: arn, attributes: { TopicArn: arn, TopicName: arn.slice(arn.lastIndexOf(":") + 1) } };
}
var snsTopic = {
  replaceOn: ["TopicName", "FifoTopic"],
  async create(ctx, props) {
    const fifo = bool(props.FifoTopic) === true;
    const name = str(props.TopicName) ?? ctx.physicalName({ maxLength: 256, suffix: fifo ? ".fifo" : "" });
    const attrs = attributes2(props);
    if (fifo) attrs.FifoTopic = "true";
    const tags2 = props.Tags;
    const out = await snsClient(ctx).send(new import_client_sns3.CreateTopicCommand({ Name: name, Attributes: attrs, Tags: tags2 }));
    await subscribe(ctx, out.TopicArn, props.Subscription ?? []);
    return provisioned6(out.TopicArn);
  },
  async update(ctx, current, props) {
    const sns = snsClient(ctx);
    for (const [name, value] of Object.entries(attributes2(props))) {
      await sns.send(new import_client_sns3.SetTopicAttributesCommand({ TopicArn: current.physicalId, AttributeName: name, AttributeValue: value }));
    }
    const before = current.properties.Subscription ?? [];
    const after = props.Subscription ?? [];
    const key = (s) => `${s.Protocol} ${s.Endpoint}`;
    await subscribe(ctx, current.physicalId, after.filter((s) => !before.some((b) => key(b) === key(s))));
    if (before.some((b) => !after.some((s) => key(b) === key(s)))) {
      ctx.warn("removing an inline Subscription of a topic is not done by this local cloud; unsubscribe it yourself");
    }
    return provisioned6(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => snsClient(ctx).send(new import_client_sns3.DeleteTopicCommand({ TopicArn: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/sns-topicPolicy.ts
var import_client_sns4 = __toESM(require_dist_cjs8(), 1);
async function setPolicy(ctx, topics, policy) {
  for (const arn of topics ?? []) {
    await snsClient(ctx).send(new import_client_sns4.SetTopicAttributesCommand({ TopicArn: String(arn), AttributeName: "Policy", AttributeValue: policy }));
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
var import_client_sqs4 = __toESM(require_dist_cjs9(), 1);
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
    const back = { DelaySeconds: "0", MaximumMessageSize: "262144", MessageRetentionPeriod: "345600", ReceiveMessageWaitTimeSeconds: "0", VisibilityTimeout: "30", RedrivePolicy: "" };
    for (const [k, v] of Object.entries(back)) if (out[k] === void 0) out[k] = v;
  }
  return out;
}
async function describe(ctx, url) {
  const out = await sqsClient(ctx).send(new import_client_sqs4.GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] }));
  const arn = out.Attributes?.QueueArn ?? "";
  const name = url.slice(url.lastIndexOf("/") + 1);
  return { physicalId: url, ref: url, attributes: { Arn: arn, QueueName: name, QueueUrl: url } };
}
var sqsQueue = {
  replaceOn: ["QueueName", "FifoQueue"],
  async create(ctx, props) {
    const fifo = bool(props.FifoQueue) === true;
    const name = props.QueueName !== void 0 ? String(props.QueueName) : ctx.physicalName({ maxLength: 80, suffix: fifo ? ".fifo" : "" });
    const out = await sqsClient(ctx).send(
      new import_client_sqs4.CreateQueueCommand({ QueueName: name, Attributes: attributes3(props, false), tags: tagMap(props.Tags) })
    );
    return describe(ctx, out.QueueUrl);
  },
  async update(ctx, current, props) {
    const attrs = attributes3(props, true);
    delete attrs.FifoQueue;
    await sqsClient(ctx).send(new import_client_sqs4.SetQueueAttributesCommand({ QueueUrl: current.physicalId, Attributes: attrs }));
    return describe(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() => sqsClient(ctx).send(new import_client_sqs4.DeleteQueueCommand({ QueueUrl: current.physicalId })));
  }
};

// ../local-cloud/src/stacks/resources/sqs-queuePolicy.ts
var import_client_sqs5 = __toESM(require_dist_cjs9(), 1);
async function setPolicy2(ctx, queues, policy) {
  for (const url of queues ?? []) {
    await sqsClient(ctx).send(new import_client_sqs5.SetQueueAttributesCommand({ QueueUrl: String(url), Attributes: { Policy: policy } }));
  }
}
var sqsQueuePolicy = {
  required: ["PolicyDocument", "Queues"],
  async create(ctx, props) {
    await setPolicy2(ctx, props.Queues, jsonText(props.PolicyDocument));
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(ctx, current, props) {
    const dropped = (current.properties.Queues ?? []).filter((q) => !props.Queues.includes(q));
    await gone(() => setPolicy2(ctx, dropped, ""));
    await setPolicy2(ctx, props.Queues, jsonText(props.PolicyDocument));
    return { physicalId: current.physicalId };
  },
  async delete(ctx, current) {
    await gone(() => setPolicy2(ctx, current.properties.Queues, ""));
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
  "AWS::Logs::LogGroup": logsLogGroup
};
function handlerFor(type) {
  return HANDLERS[type];
}
var SUPPORTED_TYPES = Object.keys(HANDLERS);

// ../local-cloud/src/stacks/changes.ts
function computeChanges(stack, next, parameters2) {
  const changes = [];
  const current = stack.template.Resources;
  const changedParams = new Set(
    Object.keys({ ...parameters2, ...stack.parameters }).filter((k) => parameters2[k] !== stack.parameters[k])
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

// ../local-cloud/src/stacks/graph.ts
var PSEUDO = /* @__PURE__ */ new Set([
  "AWS::AccountId",
  "AWS::Region",
  "AWS::Partition",
  "AWS::StackName",
  "AWS::StackId",
  "AWS::URLSuffix",
  "AWS::NoValue",
  "AWS::NotificationARNs"
]);
function dependencies(template) {
  const resources = template.Resources;
  const params = template.Parameters ?? {};
  const deps = /* @__PURE__ */ new Map();
  const unresolved = /* @__PURE__ */ new Set();
  for (const [id, r] of Object.entries(resources)) {
    const set = /* @__PURE__ */ new Set();
    for (const name of references(r.Properties ?? {})) {
      if (name in resources) set.add(name);
      else if (!(name in params) && !PSEUDO.has(name)) unresolved.add(name);
    }
    const dependsOn = r.DependsOn === void 0 ? [] : Array.isArray(r.DependsOn) ? r.DependsOn : [r.DependsOn];
    for (const d of dependsOn) {
      if (typeof d !== "string" || !(d in resources)) {
        throw new AwsError(
          "ValidationError",
          `Template format error: Unresolved resource dependencies [${String(d)}] in the Resources block of the template`
        );
      }
      set.add(d);
    }
    deps.set(id, set);
  }
  for (const [id, o] of Object.entries(template.Outputs ?? {})) {
    for (const name of references(o)) {
      if (!(name in resources) && !(name in params) && !PSEUDO.has(name)) {
        throw new AwsError(
          "ValidationError",
          `Template format error: Unresolved resource dependencies [${name}] in the Outputs block of the template (output ${id})`
        );
      }
    }
  }
  if (unresolved.size > 0) {
    throw new AwsError(
      "ValidationError",
      `Template format error: Unresolved resource dependencies [${[...unresolved].join(", ")}] in the Resources block of the template`
    );
  }
  return deps;
}
function creationOrder(deps) {
  const order = [];
  const state = /* @__PURE__ */ new Map();
  const path5 = [];
  const visit = (id) => {
    const s = state.get(id);
    if (s === "done") return;
    if (s === "visiting") {
      const cycle = path5.slice(path5.indexOf(id));
      throw new AwsError(
        "ValidationError",
        `Circular dependency between resources: [${cycle.sort().join(", ")}]`
      );
    }
    state.set(id, "visiting");
    path5.push(id);
    for (const d of deps.get(id) ?? []) visit(d);
    path5.pop();
    state.set(id, "done");
    order.push(id);
  };
  for (const id of deps.keys()) visit(id);
  return order;
}

// ../local-cloud/src/stacks/names.ts
import { randomInt } from "node:crypto";
var UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
function randomSuffix(length = 13, alphabet = UPPER) {
  let s = "";
  for (let i2 = 0; i2 < length; i2++) s += alphabet[randomInt(alphabet.length)];
  return s;
}
function physicalName(stackName, logicalId, options = {}) {
  const max2 = options.maxLength ?? 64;
  const tail = options.suffix ?? "";
  const random = randomSuffix(13);
  const budget = max2 - random.length - tail.length - 2;
  let stack = stackName;
  let logical = logicalId;
  if (stack.length + logical.length > budget) {
    const half = Math.floor(budget / 2);
    if (stack.length > half && logical.length > budget - half) {
      stack = stack.slice(0, half);
      logical = logical.slice(0, budget - half);
    } else if (stack.length > half) stack = stack.slice(0, budget - logical.length);
    else logical = logical.slice(0, budget - stack.length);
  }
  const name = `${stack}-${logical}-${random}${tail}`;
  return options.lowercase ? name.toLowerCase() : name;
}

// ../local-cloud/src/stacks/parameters.ts
var invalid = (message) => new AwsError("ValidationError", message);
function resolveParameters(template, given, previous = {}) {
  const declared = template.Parameters ?? {};
  const unknown = Object.keys(given).filter((k) => !(k in declared));
  if (unknown.length > 0) throw invalid(`Parameters: [${unknown.join(", ")}] do not exist in the template`);
  const values = {};
  const missing = [];
  for (const [name, p] of Object.entries(declared)) {
    const v = given[name] ?? previous[name] ?? (p.Default === void 0 ? void 0 : stringify(p.Default));
    if (v === void 0) {
      missing.push(name);
      continue;
    }
    if (p.AllowedValues && !p.AllowedValues.map(stringify).includes(v)) {
      throw invalid(`Parameter '${name}' must be one of AllowedValues`);
    }
    if (p.AllowedPattern && !new RegExp(`^(?:${p.AllowedPattern})$`).test(v)) {
      throw invalid(`Parameter '${name}' must match pattern ${p.AllowedPattern}`);
    }
    if (p.Type === "Number" && (v.trim() === "" || Number.isNaN(Number(v)))) {
      throw invalid(`Parameter '${name}' must be a number.`);
    }
    if (p.MinLength !== void 0 && v.length < Number(p.MinLength)) {
      throw invalid(`Parameter '${name}' must contain at least ${p.MinLength} characters`);
    }
    if (p.MaxLength !== void 0 && v.length > Number(p.MaxLength)) {
      throw invalid(`Parameter '${name}' must contain at most ${p.MaxLength} characters`);
    }
    values[name] = v;
  }
  if (missing.length > 0) throw invalid(`Parameters: [${missing.join(", ")}] must have values`);
  return values;
}
function parameterValues(template, values) {
  const out = {};
  for (const [name, v] of Object.entries(values)) {
    const type = template.Parameters?.[name]?.Type ?? "String";
    out[name] = type === "CommaDelimitedList" || type.startsWith("List<") ? v.split(",").map((s) => s.trim()) : v;
  }
  return out;
}
function shownValue(template, name, value) {
  const noEcho = template.Parameters?.[name]?.NoEcho;
  return noEcho === true || noEcho === "true" ? "****" : value;
}
function stringify(v) {
  return Array.isArray(v) ? v.join(",") : String(v);
}

// ../local-cloud/src/stacks/template.ts
var import_yaml = __toESM(require_dist(), 1);
var FUNCTIONS = [
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "And",
  "Equals",
  "If",
  "Not",
  "Or",
  "Length",
  "ToJsonString"
];
function plain(v) {
  return v !== null && typeof v === "object" && "toJSON" in v ? v.toJSON() : v;
}
var TAGS = (() => {
  const tags2 = [];
  const add = (name, build) => {
    for (const collection of [void 0, "seq", "map"]) {
      tags2.push({ tag: `!${name}`, ...collection ? { collection } : {}, resolve: (v) => build(plain(v)) });
    }
  };
  add("Ref", (v) => ({ Ref: v }));
  add("Condition", (v) => ({ Condition: v }));
  add("GetAtt", (v) => {
    if (typeof v !== "string") return { "Fn::GetAtt": v };
    const dot = v.indexOf(".");
    return { "Fn::GetAtt": dot < 0 ? [v] : [v.slice(0, dot), v.slice(dot + 1)] };
  });
  for (const f of FUNCTIONS) add(f, (v) => ({ [`Fn::${f}`]: v }));
  return tags2;
})();
function parseTemplate(body) {
  let data;
  const trimmed = body.trimStart();
  try {
    data = trimmed.startsWith("{") ? JSON.parse(body) : (0, import_yaml.parse)(body, { customTags: TAGS, maxAliasCount: 1e3 });
  } catch (err2) {
    throw new AwsError("ValidationError", `Template format error: ${firstLine(err2)}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new AwsError("ValidationError", "Template format error: JSON not well-formed.");
  }
  const t = data;
  if (t.Resources === void 0 || t.Resources === null) {
    throw new AwsError("ValidationError", "Template format error: At least one Resources member must be defined.");
  }
  if (typeof t.Resources !== "object" || Array.isArray(t.Resources)) {
    throw new AwsError("ValidationError", "Template format error: Resources must be an object.");
  }
  for (const [id, r] of Object.entries(t.Resources)) {
    if (!r || typeof r !== "object" || typeof r.Type !== "string") {
      throw new AwsError(
        "ValidationError",
        `Template format error: [/Resources/${id}] Every Resources object must contain a Type member.`
      );
    }
  }
  return t;
}
function firstLine(err2) {
  return (err2 instanceof Error ? err2.message : String(err2)).split("\n")[0];
}

// ../local-cloud/src/stacks/engine.ts
var SKIP_UNSUPPORTED_TAG = "local-cloud:skip-unsupported";
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
var StackEngine = class {
  constructor(cloud) {
    this.cloud = cloud;
  }
  cloud;
  /** Every stack ever made, deleted ones included (DescribeStacks by id and ListStacks show them). */
  stacks = [];
  warnings = /* @__PURE__ */ new Map();
  pollerStops = /* @__PURE__ */ new Map();
  pollers = {
    start: (id, stop) => {
      this.pollerStops.set(id, stop);
    },
    stop: async (id) => {
      const stop = this.pollerStops.get(id);
      this.pollerStops.delete(id);
      await stop?.();
    }
  };
  /** The live stack with this name or id (a deleted one only by id), or undefined. */
  find(region, nameOrId) {
    if (nameOrId.startsWith("arn:")) return this.stacks.find((s) => s.stackId === nameOrId);
    return this.stacks.find(
      (s) => s.region === region && s.stackName === nameOrId && s.status !== "DELETE_COMPLETE"
    );
  }
  /** As find, with CloudFormation's error for a missing stack. */
  get(region, nameOrId) {
    const s = this.find(region, nameOrId);
    if (!s) throw new AwsError("ValidationError", `Stack with id ${nameOrId} does not exist`);
    return s;
  }
  exportsOf(region) {
    const out = [];
    for (const s of this.stacks) {
      if (s.region !== region || s.status === "DELETE_COMPLETE" || s.status === "REVIEW_IN_PROGRESS") continue;
      for (const o of s.outputs) if (o.exportName) out.push({ name: o.exportName, value: o.value, stackId: s.stackId });
    }
    return out;
  }
  /** Stacks (other than `self`) whose last deploy imported the export. */
  importers(region, exportName, self) {
    return this.stacks.filter(
      (s) => s !== self && s.region === region && s.status !== "DELETE_COMPLETE" && (this.imports.get(s.stackId)?.has(exportName) ?? false)
    );
  }
  imports = /* @__PURE__ */ new Map();
  /** Checks the template and parameters the way CloudFormation does before it starts. */
  plan(region, stackName, body, given, previous) {
    const template = parseTemplate(body);
    if (template.Transform !== void 0) {
      const names = Array.isArray(template.Transform) ? template.Transform : [template.Transform];
      throw new AwsError(
        "ValidationError",
        `Template format error: transform ${names.map(String).join(", ")} is not supported by this local cloud (SAM templates must be transformed first, e.g. with 'sam package' or 'sam build')`
      );
    }
    const parameters2 = resolveParameters(template, given, previous);
    const ctx = this.intrinsicContext(region, stackName, "arn:pending", template, parameters2, {}, /* @__PURE__ */ new Map());
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
    return { template, parameters: parameters2, conditions, order };
  }
  createStack(region, input) {
    if (this.find(region, input.stackName)) {
      throw new AwsError("AlreadyExistsException", `Stack [${input.stackName}] already exists`);
    }
    this.checkName(input.stackName);
    const plan = this.plan(region, input.stackName, input.templateBody, input.parameters ?? {});
    const stack = this.newStack(region, input, plan);
    this.stacks.push(stack);
    stack.operation = this.runCreate(stack, plan);
    return stack;
  }
  updateStack(region, nameOrId, input) {
    const stack = this.get(region, nameOrId);
    if (!UPDATABLE.includes(stack.status)) {
      throw new AwsError(
        "ValidationError",
        `Stack:${stack.stackId} is in ${stack.status} state and can not be updated.`
      );
    }
    const previous = Object.fromEntries(
      (input.previousParameters ?? []).map((k) => [k, stack.parameters[k]]).filter(([, v]) => v !== void 0)
    );
    const plan = this.plan(region, stack.stackName, input.templateBody, input.parameters ?? {}, previous);
    if (canonical(plan.template) === canonical(stack.template) && canonical(plan.parameters) === canonical(stack.parameters) && (input.tags === void 0 || canonical(input.tags) === canonical(stack.tags))) {
      throw new AwsError("ValidationError", "No updates are to be performed.");
    }
    stack.operation = this.runUpdate(stack, input, plan);
    return stack;
  }
  deleteStack(region, nameOrId) {
    const stack = this.find(region, nameOrId);
    if (!stack || stack.status === "DELETE_COMPLETE" || stack.status === "DELETE_IN_PROGRESS") return stack;
    if (!STABLE.includes(stack.status)) {
      const previous = stack.operation ?? Promise.resolve();
      stack.operation = previous.then(() => this.runDelete(stack));
      return stack;
    }
    stack.operation = this.runDelete(stack);
    return stack;
  }
  createChangeSet(region, input) {
    const type = input.changeSetType === "CREATE" ? "CREATE" : "UPDATE";
    let stack = this.find(region, input.stackName);
    if (type === "CREATE") {
      if (stack && stack.status !== "REVIEW_IN_PROGRESS") {
        throw new AwsError("AlreadyExistsException", `Stack [${input.stackName}] already exists and cannot be created again with the changeSet [${input.changeSetName}].`);
      }
    } else if (!stack || stack.status === "REVIEW_IN_PROGRESS") {
      throw new AwsError("ValidationError", `Stack [${input.stackName}] does not exist`);
    }
    if (stack?.changeSets.has(input.changeSetName)) {
      throw new AwsError("AlreadyExistsException", `ChangeSet ${input.changeSetName} already exists`);
    }
    this.checkName(input.stackName);
    const previous = stack ? Object.fromEntries((input.previousParameters ?? []).map((k) => [k, stack.parameters[k]])) : {};
    const plan = this.plan(region, input.stackName, input.templateBody, input.parameters ?? {}, previous);
    if (!stack) {
      stack = this.newStack(region, input, plan);
      stack.status = "REVIEW_IN_PROGRESS";
      stack.statusReason = "User Initiated";
      stack.template = { Resources: {} };
      stack.templateBody = '{"Resources":{}}';
      this.stacks.push(stack);
      this.stackEvent(stack, "REVIEW_IN_PROGRESS", "User Initiated");
    }
    const changes = computeChanges(stack, plan.template, plan.parameters);
    const noChanges = type === "UPDATE" && changes.length === 0 && canonical(plan.template.Outputs ?? {}) === canonical(stack.template.Outputs ?? {});
    const cs = {
      id: `arn:aws:cloudformation:${region}:${this.cloud.accountId}:changeSet/${input.changeSetName}/${randomUUID2()}`,
      name: input.changeSetName,
      type,
      status: noChanges ? "FAILED" : "CREATE_COMPLETE",
      executionStatus: noChanges ? "UNAVAILABLE" : "AVAILABLE",
      statusReason: noChanges ? "The submitted information didn't contain changes. Submit different information to create a change set." : void 0,
      description: input.description,
      creationTime: /* @__PURE__ */ new Date(),
      templateBody: input.templateBody,
      template: plan.template,
      parameters: plan.parameters,
      capabilities: input.capabilities ?? [],
      tags: input.tags ?? stack.tags,
      changes
    };
    stack.changeSets.set(cs.name, cs);
    return { stack, changeSet: cs };
  }
  /** The change set by ARN, or by name within a stack. */
  findChangeSet(region, changeSetName, stackName) {
    for (const stack of this.stacks) {
      if (stack.region !== region) continue;
      if (changeSetName.startsWith("arn:")) {
        for (const cs of stack.changeSets.values()) if (cs.id === changeSetName) return { stack, changeSet: cs };
      } else if (stackName && (stack.stackName === stackName || stack.stackId === stackName) && stack.status !== "DELETE_COMPLETE") {
        const cs = stack.changeSets.get(changeSetName);
        if (cs) return { stack, changeSet: cs };
      }
    }
    throw new AwsError("ChangeSetNotFound", `ChangeSet [${changeSetName}] does not exist`, 404);
  }
  executeChangeSet(region, changeSetName, stackName) {
    const { stack, changeSet } = this.findChangeSet(region, changeSetName, stackName);
    if (changeSet.executionStatus !== "AVAILABLE") {
      throw new AwsError(
        "InvalidChangeSetStatus",
        `ChangeSet [${changeSet.id}] cannot be executed in its current status of [${changeSet.status}]`
      );
    }
    const plan = this.plan(region, stack.stackName, changeSet.templateBody, changeSet.parameters);
    changeSet.executionStatus = "EXECUTE_IN_PROGRESS";
    const input = {
      stackName: stack.stackName,
      templateBody: changeSet.templateBody,
      parameters: changeSet.parameters,
      capabilities: changeSet.capabilities,
      tags: changeSet.tags
    };
    for (const other of stack.changeSets.values()) if (other !== changeSet) other.executionStatus = "OBSOLETE";
    const run5 = changeSet.type === "CREATE" ? this.runCreate(stack, plan, input) : this.runUpdate(stack, input, plan);
    stack.operation = run5.then(() => {
      const ok = stack.status === "CREATE_COMPLETE" || stack.status === "UPDATE_COMPLETE";
      changeSet.executionStatus = ok ? "EXECUTE_COMPLETE" : "EXECUTE_FAILED";
      stack.changeSets.clear();
    });
  }
  deleteChangeSet(region, changeSetName, stackName) {
    if (!changeSetName.startsWith("arn:") && stackName && this.find(region, stackName)) {
      if (!this.get(region, stackName).changeSets.has(changeSetName)) return;
    }
    const { stack, changeSet } = this.findChangeSet(region, changeSetName, stackName);
    if (changeSet.executionStatus === "EXECUTE_IN_PROGRESS") {
      throw new AwsError(
        "InvalidChangeSetStatus",
        `ChangeSet [${changeSet.id}] cannot be deleted in its current status of [${changeSet.status}]`
      );
    }
    stack.changeSets.delete(changeSet.name);
  }
  async stop() {
    await Promise.allSettled(this.stacks.map((s) => s.operation));
    await Promise.allSettled([...this.pollerStops.keys()].map((id) => this.pollers.stop(id)));
  }
  // --- operations -------------------------------------------------------------------------------
  async runCreate(stack, plan, input) {
    if (input) {
      stack.capabilities = input.capabilities ?? [];
      stack.tags = input.tags ?? [];
    }
    stack.template = plan.template;
    stack.templateBody = input?.templateBody ?? stack.templateBody;
    stack.parameters = plan.parameters;
    stack.description = plan.template.Description;
    stack.creationTime = /* @__PURE__ */ new Date();
    this.setStatus(stack, "CREATE_IN_PROGRESS", "User Initiated");
    await tick();
    const created = [];
    let failure;
    for (const id of plan.order) {
      if (!this.included(plan, id)) continue;
      try {
        await this.createResource(stack, plan, id);
        created.push(id);
      } catch (err2) {
        failure = { id, reason: reasonOf(err2) };
        break;
      }
    }
    if (!failure) {
      try {
        this.finishOutputs(stack, plan);
        this.setStatus(stack, "CREATE_COMPLETE");
        return;
      } catch (err2) {
        failure = { id: stack.stackName, reason: reasonOf(err2) };
      }
    }
    if (stack.disableRollback) {
      this.setStatus(stack, "CREATE_FAILED", `The following resource(s) failed to create: [${failure.id}]. `);
      return;
    }
    this.setStatus(
      stack,
      "ROLLBACK_IN_PROGRESS",
      failure.id === stack.stackName ? failure.reason : `The following resource(s) failed to create: [${failure.id}]. Rollback requested by user.`
    );
    const ok = await this.deleteAll(stack, created.reverse(), true);
    stack.outputs = [];
    this.setStatus(stack, ok ? "ROLLBACK_COMPLETE" : "ROLLBACK_FAILED");
  }
  async runUpdate(stack, input, plan) {
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
    stack.templateBody = input.templateBody;
    stack.parameters = plan.parameters;
    stack.tags = input.tags ?? stack.tags;
    stack.capabilities = input.capabilities ?? stack.capabilities;
    stack.description = plan.template.Description;
    stack.lastUpdatedTime = /* @__PURE__ */ new Date();
    this.setStatus(stack, "UPDATE_IN_PROGRESS", "User Initiated");
    await tick();
    const undo = [];
    let failure;
    for (const id of plan.order) {
      if (!this.included(plan, id)) continue;
      const old = before.resources.get(id);
      try {
        if (!old) {
          await this.createResource(stack, plan, id);
          undo.push({ kind: "added", id });
          continue;
        }
        const kind = await this.updateResource(stack, plan, id, old);
        if (kind) undo.push({ kind, id, old });
      } catch (err2) {
        failure = { id, reason: reasonOf(err2) };
        break;
      }
    }
    if (!failure) {
      try {
        this.finishOutputs(stack, plan);
      } catch (err2) {
        failure = { id: stack.stackName, reason: reasonOf(err2) };
      }
    }
    if (!failure) {
      this.setStatus(stack, "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS");
      const removed = [...before.resources.keys()].filter(
        (id) => !(id in plan.template.Resources) || !this.included(plan, id)
      );
      const oldOrder = safeOrder(before.template).reverse();
      const toDelete = oldOrder.filter((id) => removed.includes(id));
      await this.deleteAll(stack, toDelete, false);
      for (const u of undo.filter((u2) => u2.kind === "replaced")) {
        await this.deleteOne(stack, u.old, false).catch(() => void 0);
      }
      this.setStatus(stack, "UPDATE_COMPLETE");
      return;
    }
    this.setStatus(
      stack,
      "UPDATE_ROLLBACK_IN_PROGRESS",
      failure.id === stack.stackName ? failure.reason : `The following resource(s) failed to update: [${failure.id}]. `
    );
    let ok = true;
    for (const u of undo.reverse()) {
      try {
        if (u.kind === "added") {
          const r = stack.resources.get(u.id);
          if (r) await this.deleteOne(stack, r, true);
          stack.resources.delete(u.id);
        } else if (u.kind === "updated") {
          await this.revertUpdate(stack, u.id, u.old);
        } else {
          const r = stack.resources.get(u.id);
          if (r && r.physicalId !== u.old.physicalId) await this.deleteOne(stack, r, true);
          stack.resources.set(u.id, u.old);
        }
      } catch (err2) {
        ok = false;
        this.cloud.log("error", `rollback of ${u.id} in ${stack.stackName}: ${reasonOf(err2)}`);
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
    this.setStatus(stack, ok ? "UPDATE_ROLLBACK_COMPLETE" : "UPDATE_ROLLBACK_FAILED");
  }
  async runDelete(stack) {
    this.setStatus(stack, "DELETE_IN_PROGRESS", "User Initiated");
    await tick();
    for (const o of stack.outputs) {
      if (!o.exportName) continue;
      const users = this.importers(stack.region, o.exportName, stack);
      if (users.length > 0) {
        this.setStatus(
          stack,
          "DELETE_FAILED",
          `Export ${o.exportName} cannot be deleted as it is in use by ${users.map((u) => u.stackName).join(", ")}`
        );
        return;
      }
    }
    const order = safeOrder(stack.template).filter((id) => stack.resources.has(id));
    const rest = [...stack.resources.keys()].filter((id) => !order.includes(id));
    const ok = await this.deleteAll(stack, [...order.reverse(), ...rest], false);
    if (!ok) {
      const failed = [...stack.resources.keys()];
      this.setStatus(stack, "DELETE_FAILED", `The following resource(s) failed to delete: [${failed.join(", ")}]. `);
      return;
    }
    stack.outputs = [];
    this.imports.delete(stack.stackId);
    stack.deletionTime = /* @__PURE__ */ new Date();
    this.setStatus(stack, "DELETE_COMPLETE");
  }
  // --- one resource -----------------------------------------------------------------------------
  included(plan, id) {
    const c = plan.template.Resources[id].Condition;
    return c === void 0 || plan.conditions[c] === true;
  }
  resolveProps(stack, plan, id) {
    const ctx = this.intrinsicContext(
      stack.region,
      stack.stackName,
      stack.stackId,
      plan.template,
      plan.parameters,
      plan.conditions,
      stack.resources,
      stack
    );
    const props = resolve(plan.template.Resources[id].Properties ?? {}, ctx);
    return props;
  }
  async createResource(stack, plan, id) {
    const def = plan.template.Resources[id];
    this.resourceEvent(stack, id, "", def.Type, "CREATE_IN_PROGRESS");
    let props;
    try {
      props = this.resolveProps(stack, plan, id);
    } catch (err2) {
      this.resourceEvent(stack, id, "", def.Type, "CREATE_FAILED", reasonOf(err2));
      throw err2;
    }
    const handler = handlerFor(def.Type);
    if (!handler) {
      const message = `Resource type ${def.Type} of resource ${id} is not supported by this local cloud`;
      if (stack.tags.some((t) => t.Key === SKIP_UNSUPPORTED_TAG && t.Value === "true")) {
        this.warn(stack, `${message}; skipped`);
        stack.resources.set(id, {
          logicalId: id,
          type: def.Type,
          physicalId: `${stack.stackName}-${id}-SKIPPED`,
          ref: `${stack.stackName}-${id}-SKIPPED`,
          attributes: {},
          properties: props,
          status: "CREATE_COMPLETE",
          statusReason: `Skipped: ${message}`,
          lastUpdated: /* @__PURE__ */ new Date(),
          deletionPolicy: "Retain"
        });
        this.resourceEvent(stack, id, "", def.Type, "CREATE_COMPLETE", `Skipped: ${message}`);
        return;
      }
      this.resourceEvent(stack, id, "", def.Type, "CREATE_FAILED", message);
      throw new Error(message);
    }
    const missing = (handler.required ?? []).filter((p) => props[p] === void 0);
    try {
      if (missing.length > 0) {
        throw new Error(
          `Properties validation failed for resource ${id} with message: #: required key [${missing[0]}] not found`
        );
      }
      const made = await handler.create(this.handlerContext(stack, id), props);
      const r = {
        logicalId: id,
        type: def.Type,
        physicalId: made.physicalId,
        ref: made.ref ?? made.physicalId,
        attributes: made.attributes ?? {},
        properties: props,
        status: "CREATE_COMPLETE",
        statusReason: this.takeWarnings(stack, id),
        lastUpdated: /* @__PURE__ */ new Date(),
        deletionPolicy: def.DeletionPolicy
      };
      stack.resources.set(id, r);
      this.resourceEvent(stack, id, r.physicalId, def.Type, "CREATE_COMPLETE", r.statusReason);
    } catch (err2) {
      this.takeWarnings(stack, id);
      this.resourceEvent(stack, id, "", def.Type, "CREATE_FAILED", reasonOf(err2));
      throw err2;
    }
  }
  /** Updates in place or replaces when needed; undefined when nothing changed. */
  async updateResource(stack, plan, id, old) {
    const def = plan.template.Resources[id];
    let props;
    try {
      props = this.resolveProps(stack, plan, id);
    } catch (err2) {
      this.resourceEvent(stack, id, old.physicalId, def.Type, "UPDATE_FAILED", reasonOf(err2));
      throw err2;
    }
    if (def.Type === old.type && canonical(props) === canonical(old.properties)) return void 0;
    const handler = handlerFor(def.Type);
    const replace = def.Type !== old.type || !handler?.update || (handler.replaceOn ?? []).some((p) => canonical(props[p]) !== canonical(old.properties[p]));
    if (!handler) {
      if (old.statusReason?.startsWith("Skipped")) return void 0;
      throw new Error(`Resource type ${def.Type} of resource ${id} is not supported by this local cloud`);
    }
    this.resourceEvent(
      stack,
      id,
      old.physicalId,
      def.Type,
      "UPDATE_IN_PROGRESS",
      replace ? "Requested update requires the creation of a new physical resource; hence creating one." : void 0
    );
    try {
      const ctx = this.handlerContext(stack, id);
      const made = replace ? await handler.create(ctx, props) : await handler.update(ctx, old, props);
      const r = {
        ...old,
        type: def.Type,
        physicalId: made.physicalId,
        ref: made.ref ?? made.physicalId,
        attributes: made.attributes ?? {},
        properties: props,
        status: "UPDATE_COMPLETE",
        statusReason: this.takeWarnings(stack, id),
        lastUpdated: /* @__PURE__ */ new Date(),
        deletionPolicy: def.DeletionPolicy
      };
      stack.resources.set(id, r);
      this.resourceEvent(stack, id, r.physicalId, def.Type, "UPDATE_COMPLETE", r.statusReason);
      return replace ? "replaced" : "updated";
    } catch (err2) {
      this.resourceEvent(stack, id, old.physicalId, def.Type, "UPDATE_FAILED", reasonOf(err2));
      throw err2;
    }
  }
  async revertUpdate(stack, id, old) {
    const handler = handlerFor(old.type);
    const current = stack.resources.get(id);
    this.resourceEvent(stack, id, current.physicalId, old.type, "UPDATE_IN_PROGRESS");
    await handler.update(this.handlerContext(stack, id), current, old.properties);
    stack.resources.set(id, old);
    this.resourceEvent(stack, id, old.physicalId, old.type, "UPDATE_COMPLETE");
  }
  async deleteOne(stack, r, rollback) {
    if (!rollback && r.deletionPolicy === "Retain") {
      this.resourceEvent(stack, r.logicalId, r.physicalId, r.type, "DELETE_SKIPPED");
      return;
    }
    this.resourceEvent(stack, r.logicalId, r.physicalId, r.type, "DELETE_IN_PROGRESS");
    const handler = handlerFor(r.type);
    try {
      if (handler && !r.statusReason?.startsWith("Skipped")) await handler.delete(this.handlerContext(stack, r.logicalId), r);
    } catch (err2) {
      this.resourceEvent(stack, r.logicalId, r.physicalId, r.type, "DELETE_FAILED", reasonOf(err2));
      throw err2;
    }
    this.resourceEvent(stack, r.logicalId, r.physicalId, r.type, "DELETE_COMPLETE");
  }
  /** Deletes in the given order; returns false when one failed (the failed ones stay in the stack). */
  async deleteAll(stack, ids, rollback) {
    let ok = true;
    for (const id of ids) {
      const r = stack.resources.get(id);
      if (!r) continue;
      try {
        await this.deleteOne(stack, r, rollback);
        stack.resources.delete(id);
      } catch {
        ok = false;
      }
    }
    return ok;
  }
  finishOutputs(stack, plan) {
    const ctx = this.intrinsicContext(
      stack.region,
      stack.stackName,
      stack.stackId,
      plan.template,
      plan.parameters,
      plan.conditions,
      stack.resources,
      stack
    );
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
    const others = this.exportsOf(stack.region).filter((e) => e.stackId !== stack.stackId);
    for (const o of outputs) {
      const taken = others.find((e) => e.name === o.exportName);
      if (taken) {
        const owner = this.stacks.find((s) => s.stackId === taken.stackId);
        throw new Error(`Export with name ${o.exportName} is already exported by stack ${owner?.stackName}`);
      }
    }
    for (const old of stack.outputs) {
      if (!old.exportName) continue;
      const users = this.importers(stack.region, old.exportName, stack);
      if (users.length === 0) continue;
      const now = outputs.find((o) => o.exportName === old.exportName);
      if (!now) throw new Error(`Cannot delete export ${old.exportName} as it is in use by ${users[0].stackName}.`);
      if (now.value !== old.value) {
        throw new Error(`Cannot update export ${old.exportName} as it is in use by ${users[0].stackName}.`);
      }
    }
    stack.outputs = outputs;
    this.imports.set(stack.stackId, this.pendingImports.get(stack.stackId) ?? /* @__PURE__ */ new Set());
    this.pendingImports.delete(stack.stackId);
  }
  pendingImports = /* @__PURE__ */ new Map();
  /** Warnings of the running handler call, shown as the resource's status reason (`Warning: ...`). */
  resourceWarnings = /* @__PURE__ */ new Map();
  takeWarnings(stack, id) {
    const list2 = this.resourceWarnings.get(`${stack.stackId} ${id}`);
    this.resourceWarnings.delete(`${stack.stackId} ${id}`);
    return list2 && list2.length > 0 ? `Warning: ${list2.join("; ")}` : void 0;
  }
  // --- contexts ---------------------------------------------------------------------------------
  intrinsicContext(region, stackName, stackId, template, parameters2, conditions, resources, stack) {
    return {
      pseudo: {
        "AWS::AccountId": this.cloud.accountId,
        "AWS::Region": region,
        "AWS::Partition": partitionOf(region),
        "AWS::StackName": stackName,
        "AWS::StackId": stackId,
        "AWS::URLSuffix": region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com",
        "AWS::NotificationARNs": []
      },
      parameters: parameterValues(template, parameters2),
      conditions,
      mappings: template.Mappings ?? {},
      ref: (id) => {
        const r = resources.get(id);
        if (!r) {
          if (id in template.Resources) throw templateError(`Resource ${id} is not created (its condition is false or it failed)`);
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
          if (id in template.Resources) throw templateError(`Resource ${id} is not created (its condition is false or it failed)`);
          throw templateError(`instance of Fn::GetAtt references undefined resource ${id}`);
        }
        if (!(attribute in r.attributes)) {
          throw templateError(`resource ${id} does not support attribute type ${attribute} in Fn::GetAtt`);
        }
        return r.attributes[attribute];
      },
      importValue: (name) => {
        const found = this.exportsOf(region).find((e) => e.name === name && e.stackId !== stackId);
        if (!found) throw new AwsError("ValidationError", `No export named ${name} found.`);
        if (stack) {
          let set = this.pendingImports.get(stack.stackId);
          if (!set) {
            set = /* @__PURE__ */ new Set();
            this.pendingImports.set(stack.stackId, set);
          }
          set.add(name);
        }
        return found.value;
      }
    };
  }
  handlerContext(stack, logicalId) {
    return {
      stackName: stack.stackName,
      stackId: stack.stackId,
      logicalId,
      region: stack.region,
      accountId: this.cloud.accountId,
      partition: partitionOf(stack.region),
      endpoint: this.cloud.endpoint,
      physicalName: (o) => physicalName(stack.stackName, logicalId, o),
      warn: (m) => {
        this.warn(stack, `${logicalId}: ${m}`);
        const list2 = this.resourceWarnings.get(`${stack.stackId} ${logicalId}`) ?? [];
        if (!list2.includes(m)) list2.push(m);
        this.resourceWarnings.set(`${stack.stackId} ${logicalId}`, list2);
      },
      pollers: this.pollers
    };
  }
  // --- bookkeeping ------------------------------------------------------------------------------
  warn(stack, message) {
    const list2 = this.warnings.get(stack.stackId) ?? [];
    list2.push(message);
    this.warnings.set(stack.stackId, list2);
    if (list2.length > 100) list2.shift();
    this.cloud.log("info", `cloudformation ${stack.stackName}: ${message}`);
  }
  checkName(name) {
    if (!/^[a-zA-Z][-a-zA-Z0-9]{0,127}$/.test(name)) {
      throw new AwsError(
        "ValidationError",
        `1 validation error detected: Value '${name}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`
      );
    }
  }
  newStack(region, input, plan) {
    return {
      stackId: `arn:${partitionOf(region)}:cloudformation:${region}:${this.cloud.accountId}:stack/${input.stackName}/${randomUUID2()}`,
      stackName: input.stackName,
      region,
      status: "CREATE_IN_PROGRESS",
      description: plan.template.Description,
      creationTime: /* @__PURE__ */ new Date(),
      templateBody: input.templateBody,
      template: plan.template,
      parameterValues: input.parameters ?? {},
      parameters: plan.parameters,
      capabilities: input.capabilities ?? [],
      tags: input.tags ?? [],
      resources: /* @__PURE__ */ new Map(),
      outputs: [],
      events: [],
      changeSets: /* @__PURE__ */ new Map(),
      disableRollback: input.disableRollback ?? false
    };
  }
  setStatus(stack, status, reason) {
    stack.status = status;
    stack.statusReason = reason;
    this.stackEvent(stack, status, reason);
  }
  stackEvent(stack, status, reason) {
    this.resourceEvent(stack, stack.stackName, stack.stackId, "AWS::CloudFormation::Stack", status, reason);
  }
  resourceEvent(stack, logicalId, physicalId, type, status, reason) {
    const e = { eventId: randomUUID2(), logicalId, physicalId, type, timestamp: /* @__PURE__ */ new Date(), status, reason };
    stack.events.push(e);
    if (reason && status.endsWith("FAILED")) this.cloud.log("info", `cloudformation ${stack.stackName} ${logicalId} ${status}: ${reason}`);
  }
};
function partitionOf(region) {
  return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
}
function safeOrder(template) {
  try {
    return creationOrder(dependencies(template));
  } catch {
    return Object.keys(template.Resources);
  }
}
function reasonOf(err2) {
  if (err2 instanceof Error) {
    const code = err2.name;
    const sdk = err2.$metadata !== void 0;
    return sdk && code && code !== "Error" ? `${err2.message} (Service: ${code})` : err2.message;
  }
  return String(err2);
}
function tick() {
  return new Promise((r) => setImmediate(r));
}

// ../local-cloud/src/cloudformation/input.ts
var import_client_s35 = __toESM(require_dist_cjs7(), 1);
function s3Location(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new AwsError("ValidationError", "TemplateURL must be a supported URL.");
  }
  const path5 = decodeURIComponent(u.pathname.slice(1));
  const virtual = /^(.+)\.s3[.-]/.exec(u.hostname);
  if (virtual) return { bucket: virtual[1], key: path5 };
  const slash = path5.indexOf("/");
  if (slash < 1) throw new AwsError("ValidationError", "TemplateURL must be a supported URL.");
  return { bucket: path5.slice(0, slash), key: path5.slice(slash + 1) };
}
async function templateBody(form, req, optional2 = false) {
  if (form.TemplateBody !== void 0) return form.TemplateBody;
  if (form.TemplateURL !== void 0) {
    const { bucket, key } = s3Location(form.TemplateURL);
    try {
      const out = await s3Client({ endpoint: req.cloud.endpoint, region: req.region }).send(
        new import_client_s35.GetObjectCommand({ Bucket: bucket, Key: key })
      );
      return await out.Body.transformToString("utf8");
    } catch {
      throw new AwsError("ValidationError", `S3 error: Access Denied (reading ${form.TemplateURL})`);
    }
  }
  if (optional2) return void 0;
  throw new AwsError("ValidationError", "Either Template URL or Template Body must be specified.");
}
function parameters(form) {
  const values = {};
  const previous = [];
  for (const p of queryStructs(form, "Parameters.member")) {
    if (!p.ParameterKey) continue;
    if (p.UsePreviousValue === "true") previous.push(p.ParameterKey);
    else values[p.ParameterKey] = p.ParameterValue ?? "";
  }
  return { values, previous };
}
function tags(form) {
  const list2 = queryStructs(form, "Tags.member").map((t) => ({ Key: t.Key, Value: t.Value ?? "" }));
  return list2.length > 0 || form.Tags === "" ? list2 : void 0;
}
function checkCapabilities(template, given) {
  let need;
  for (const r of Object.values(template.Resources)) {
    if (!r.Type.startsWith("AWS::IAM::")) continue;
    const named = ["RoleName", "UserName", "GroupName", "ManagedPolicyName", "InstanceProfileName"].some(
      (k) => r.Properties?.[k] !== void 0
    );
    if (named) need = "CAPABILITY_NAMED_IAM";
    else need ??= "CAPABILITY_IAM";
  }
  if (!need) return;
  const ok = need === "CAPABILITY_IAM" ? given.some((c) => c.endsWith("_IAM")) : given.includes("CAPABILITY_NAMED_IAM");
  if (!ok) throw new AwsError("InsufficientCapabilitiesException", `Requires capabilities : [${need}]`);
}
async function stackInput(form, req, body) {
  const capabilities = queryList(form, "Capabilities.member");
  checkCapabilities(parseTemplate(body), capabilities);
  const p = parameters(form);
  return {
    stackName: form.StackName,
    templateBody: body,
    parameters: p.values,
    previousParameters: p.previous,
    capabilities,
    tags: tags(form),
    disableRollback: form.DisableRollback === "true" || form.OnFailure === "DO_NOTHING"
  };
}
function requireName(form, name = "StackName") {
  const v = form[name];
  if (!v) {
    throw new AwsError(
      "ValidationError",
      `1 validation error detected: Value null at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`
    );
  }
  return v;
}

// ../local-cloud/src/cloudformation/createChangeSet.ts
var createChangeSet = async (engine, form, req) => {
  const stackName = requireName(form);
  const changeSetName = requireName(form, "ChangeSetName");
  const type = form.ChangeSetType ?? "UPDATE";
  if (!["CREATE", "UPDATE"].includes(type)) {
    throw new AwsError("ValidationError", `ChangeSetType ${type} is not supported by this local cloud (CREATE, UPDATE)`);
  }
  let body = await templateBody(form, req, form.UsePreviousTemplate === "true");
  body ??= engine.get(req.region, stackName).templateBody;
  const input = await stackInput(form, req, body);
  const { stack, changeSet } = engine.createChangeSet(req.region, {
    ...input,
    stackName,
    changeSetName,
    changeSetType: type,
    description: form.Description
  });
  return toXml({ Id: changeSet.id, StackId: stack.stackId });
};

// ../local-cloud/src/cloudformation/createStack.ts
var createStack = async (engine, form, req) => {
  const name = requireName(form);
  const body = await templateBody(form, req);
  const stack = engine.createStack(req.region, { ...await stackInput(form, req, body), stackName: name });
  return toXml({ StackId: stack.stackId });
};

// ../local-cloud/src/cloudformation/deleteChangeSet.ts
var deleteChangeSet = (engine, form, req) => {
  engine.deleteChangeSet(req.region, requireName(form, "ChangeSetName"), form.StackName);
  return "";
};

// ../local-cloud/src/cloudformation/deleteStack.ts
var deleteStack = (engine, form, req) => {
  engine.deleteStack(req.region, requireName(form));
  return void 0;
};

// ../local-cloud/src/cloudformation/shapes.ts
var NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
var iso = (d) => d?.toISOString();
var members = (items, fn) => ({ member: items.map(fn) });
function parametersXml(stack) {
  return members(Object.entries(stack.parameters), ([k, v]) => ({
    ParameterKey: k,
    ParameterValue: shownValue(stack.template, k, v)
  }));
}
function stackXml(stack) {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    Description: stack.description,
    Parameters: parametersXml(stack),
    CreationTime: iso(stack.creationTime),
    DeletionTime: iso(stack.deletionTime),
    LastUpdatedTime: iso(stack.lastUpdatedTime),
    RollbackConfiguration: {},
    StackStatus: stack.status,
    StackStatusReason: stack.statusReason,
    DisableRollback: stack.disableRollback,
    NotificationARNs: {},
    Capabilities: members(stack.capabilities, (c) => c),
    Outputs: members(stack.outputs, (o) => ({
      OutputKey: o.key,
      OutputValue: o.value,
      Description: o.description,
      ExportName: o.exportName
    })),
    Tags: members(stack.tags, (t) => ({ Key: t.Key, Value: t.Value })),
    EnableTerminationProtection: false,
    DriftInformation: { StackDriftStatus: "NOT_CHECKED" }
  };
}
function stackSummaryXml(stack) {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    TemplateDescription: stack.description,
    CreationTime: iso(stack.creationTime),
    LastUpdatedTime: iso(stack.lastUpdatedTime),
    DeletionTime: iso(stack.deletionTime),
    StackStatus: stack.status,
    StackStatusReason: stack.statusReason,
    DriftInformation: { StackDriftStatus: "NOT_CHECKED" }
  };
}
function eventXml(stack, e) {
  return {
    StackId: stack.stackId,
    EventId: e.eventId,
    StackName: stack.stackName,
    LogicalResourceId: e.logicalId,
    PhysicalResourceId: e.physicalId,
    ResourceType: e.type,
    Timestamp: iso(e.timestamp),
    ResourceStatus: e.status,
    ResourceStatusReason: e.reason
  };
}
function resourceXml(stack, r, kind) {
  const common = {
    LogicalResourceId: r.logicalId,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type
  };
  if (kind === "summary") {
    return {
      ...common,
      LastUpdatedTimestamp: iso(r.lastUpdated),
      ResourceStatus: r.status,
      ResourceStatusReason: r.statusReason,
      DriftInformation: { StackResourceDriftStatus: "NOT_CHECKED" }
    };
  }
  return {
    StackName: stack.stackName,
    StackId: stack.stackId,
    ...common,
    [kind === "detail" ? "LastUpdatedTimestamp" : "Timestamp"]: iso(r.lastUpdated),
    ResourceStatus: r.status,
    ResourceStatusReason: r.statusReason,
    ...kind === "detail" ? { Metadata: JSON.stringify(stack.template.Resources[r.logicalId]?.Metadata ?? {}) } : {},
    DriftInformation: { StackResourceDriftStatus: "NOT_CHECKED" }
  };
}
function changeSetXml(stack, cs) {
  return {
    ChangeSetName: cs.name,
    ChangeSetId: cs.id,
    StackId: stack.stackId,
    StackName: stack.stackName,
    Description: cs.description,
    Parameters: parametersXml({ template: cs.template, parameters: cs.parameters }),
    CreationTime: iso(cs.creationTime),
    ExecutionStatus: cs.executionStatus,
    Status: cs.status,
    StatusReason: cs.statusReason,
    NotificationARNs: {},
    RollbackConfiguration: {},
    Capabilities: members(cs.capabilities, (c) => c),
    Tags: members(cs.tags, (t) => ({ Key: t.Key, Value: t.Value })),
    Changes: members(cs.changes, (c) => ({
      Type: "Resource",
      ResourceChange: {
        Action: c.action,
        LogicalResourceId: c.logicalId,
        PhysicalResourceId: c.physicalId,
        ResourceType: c.type,
        Replacement: c.replacement,
        Scope: members(c.scope, (s) => s),
        Details: {}
      }
    })),
    IncludeNestedStacks: false
  };
}
function changeSetSummaryXml(stack, cs) {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    ChangeSetId: cs.id,
    ChangeSetName: cs.name,
    ExecutionStatus: cs.executionStatus,
    Status: cs.status,
    StatusReason: cs.statusReason,
    CreationTime: iso(cs.creationTime),
    Description: cs.description,
    IncludeNestedStacks: false
  };
}

// ../local-cloud/src/cloudformation/describeChangeSet.ts
var describeChangeSet = (engine, form, req) => {
  const { stack, changeSet } = engine.findChangeSet(req.region, requireName(form, "ChangeSetName"), form.StackName);
  return toXml(changeSetXml(stack, changeSet));
};

// ../local-cloud/src/cloudformation/describeStackEvents.ts
var describeStackEvents = (engine, form, req) => {
  const stack = engine.get(req.region, requireName(form));
  return toXml({ StackEvents: members([...stack.events].reverse(), (e) => eventXml(stack, e)) });
};

// ../local-cloud/src/cloudformation/describeStackResource.ts
var describeStackResource = (engine, form, req) => {
  const stack = engine.get(req.region, requireName(form));
  const id = requireName(form, "LogicalResourceId");
  const r = stack.resources.get(id);
  if (!r) throw new AwsError("ValidationError", `Resource ${id} does not exist for stack ${stack.stackName}`);
  return toXml({ StackResourceDetail: resourceXml(stack, r, "detail") });
};

// ../local-cloud/src/cloudformation/describeStackResources.ts
var describeStackResources = (engine, form, req) => {
  let stack;
  if (form.StackName) stack = engine.get(req.region, form.StackName);
  else if (form.PhysicalResourceId) {
    stack = engine.stacks.find(
      (s2) => s2.region === req.region && [...s2.resources.values()].some((r) => r.physicalId === form.PhysicalResourceId)
    );
    if (!stack) throw new AwsError("ValidationError", `Stack for ${form.PhysicalResourceId} does not exist`);
  } else {
    throw new AwsError("ValidationError", "Either StackName or PhysicalResourceId must be specified.");
  }
  const s = stack;
  const list2 = [...s.resources.values()].filter(
    (r) => !form.LogicalResourceId || r.logicalId === form.LogicalResourceId
  );
  return toXml({ StackResources: members(list2, (r) => resourceXml(s, r, "resource")) });
};

// ../local-cloud/src/cloudformation/describeStacks.ts
var describeStacks = (engine, form, req) => {
  const stacks = form.StackName ? [engine.get(req.region, form.StackName)] : engine.stacks.filter((s) => s.region === req.region && s.status !== "DELETE_COMPLETE");
  return toXml({ Stacks: members(stacks, stackXml) });
};

// ../local-cloud/src/cloudformation/executeChangeSet.ts
var executeChangeSet = (engine, form, req) => {
  engine.executeChangeSet(req.region, requireName(form, "ChangeSetName"), form.StackName);
  return "";
};

// ../local-cloud/src/cloudformation/getTemplate.ts
var getTemplate = (engine, form, req) => {
  const body = form.ChangeSetName ? engine.findChangeSet(req.region, form.ChangeSetName, form.StackName).changeSet.templateBody : engine.get(req.region, requireName(form)).templateBody;
  return toXml({ TemplateBody: body, StagesAvailable: members(["Original", "Processed"], (s) => s) });
};

// ../local-cloud/src/cloudformation/listChangeSets.ts
var listChangeSets = (engine, form, req) => {
  const stack = engine.get(req.region, requireName(form));
  return toXml({ Summaries: members([...stack.changeSets.values()], (cs) => changeSetSummaryXml(stack, cs)) });
};

// ../local-cloud/src/cloudformation/listExports.ts
var listExports = (engine, _form, req) => toXml({
  Exports: members(engine.exportsOf(req.region), (e) => ({ ExportingStackId: e.stackId, Name: e.name, Value: e.value }))
});

// ../local-cloud/src/cloudformation/listImports.ts
var listImports = (engine, form, req) => {
  const name = requireName(form, "ExportName");
  if (!engine.exportsOf(req.region).some((e) => e.name === name)) {
    throw new AwsError("ValidationError", `Export '${name}' is not imported by any stack.`);
  }
  return toXml({ Imports: members(engine.importers(req.region, name), (s) => s.stackName) });
};

// ../local-cloud/src/cloudformation/listStackResources.ts
var listStackResources = (engine, form, req) => {
  const stack = engine.get(req.region, requireName(form));
  return toXml({
    StackResourceSummaries: members([...stack.resources.values()], (r) => resourceXml(stack, r, "summary"))
  });
};

// ../local-cloud/src/cloudformation/listStacks.ts
var listStacks = (engine, form, req) => {
  const filter = queryList(form, "StackStatusFilter.member");
  const stacks = engine.stacks.filter((s) => s.region === req.region && (filter.length === 0 || filter.includes(s.status))).reverse();
  return toXml({ StackSummaries: members(stacks, stackSummaryXml) });
};

// ../local-cloud/src/cloudformation/updateStack.ts
var updateStack = async (engine, form, req) => {
  const name = requireName(form);
  const stack = engine.get(req.region, name);
  const body = form.UsePreviousTemplate === "true" ? stack.templateBody : await templateBody(form, req);
  const input = await stackInput(form, req, body);
  engine.updateStack(req.region, name, { ...input, stackName: stack.stackName, tags: input.tags });
  return toXml({ StackId: stack.stackId });
};

// ../local-cloud/src/cloudformation/validateTemplate.ts
var validateTemplate = async (_engine, form, req) => {
  const template = parseTemplate(await templateBody(form, req));
  creationOrder(dependencies(template));
  let capability;
  try {
    checkCapabilities(template, []);
  } catch (err2) {
    capability = /\[(.+)\]/.exec(err2.message)?.[1];
  }
  const transforms = template.Transform === void 0 ? [] : [template.Transform].flat().map(String);
  return toXml({
    Parameters: members(Object.entries(template.Parameters ?? {}), ([k, p]) => ({
      ParameterKey: k,
      DefaultValue: p.Default === void 0 ? void 0 : String(p.Default),
      NoEcho: p.NoEcho === true || p.NoEcho === "true",
      Description: p.Description
    })),
    Description: template.Description,
    Capabilities: members(capability ? [capability] : [], (c) => c),
    CapabilitiesReason: capability ? `The following resource(s) require capabilities: [${Object.values(template.Resources).filter((r) => r.Type.startsWith("AWS::IAM::")).map((r) => r.Type).filter((t, i2, a) => a.indexOf(t) === i2).join(", ")}]` : void 0,
    DeclaredTransforms: members(transforms, (t) => t)
  });
};

// ../local-cloud/src/cloudformation/index.ts
var OPERATIONS = {
  CreateStack: createStack,
  UpdateStack: updateStack,
  DeleteStack: deleteStack,
  DescribeStacks: describeStacks,
  DescribeStackEvents: describeStackEvents,
  DescribeStackResource: describeStackResource,
  DescribeStackResources: describeStackResources,
  ListStackResources: listStackResources,
  ListStacks: listStacks,
  GetTemplate: getTemplate,
  ValidateTemplate: validateTemplate,
  ListExports: listExports,
  ListImports: listImports,
  CreateChangeSet: createChangeSet,
  DescribeChangeSet: describeChangeSet,
  ExecuteChangeSet: executeChangeSet,
  DeleteChangeSet: deleteChangeSet,
  ListChangeSets: listChangeSets
};
var engines = /* @__PURE__ */ new WeakMap();
function createCloudFormationService(cloud) {
  const engine = new StackEngine(cloud);
  engines.set(cloud, engine);
  const operations = Object.fromEntries(
    Object.entries(OPERATIONS).map(([name, op]) => [name, (form, req) => op(engine, form, req)])
  );
  return {
    name: "cloudformation",
    handle: (req, res) => serveAwsQuery({ namespace: NAMESPACE, operations }, req, res),
    stop: () => engine.stop()
  };
}

// ../local-cloud/src/protocol/request.ts
function header(req, name) {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

// ../local-cloud/src/protocol/awsJson.ts
async function serveAwsJson(svc, req, res) {
  const contentType = `application/x-amz-json-${svc.version}`;
  try {
    const target = header(req, "x-amz-target") ?? "";
    const dot = target.lastIndexOf(".");
    const prefix = target.slice(0, dot);
    const name = target.slice(dot + 1);
    const op = prefix === svc.targetPrefix ? svc.operations[name] : void 0;
    if (!op) {
      throw new AwsError(
        "UnknownOperationException",
        `Operation ${target || "(none)"} is not supported.`,
        400,
        {
          queryCode: "InvalidAction"
        }
      );
    }
    let input = {};
    if (req.body.length > 0) {
      try {
        input = JSON.parse(req.body.toString("utf8"));
      } catch {
        throw new AwsError("SerializationException", "Request body is not valid JSON.", 400);
      }
      if (input === null || typeof input !== "object" || Array.isArray(input)) {
        throw new AwsError("SerializationException", "Request body must be a JSON object.", 400);
      }
    }
    const output = await op(input, req);
    sendJson(res, 200, output ?? {}, contentType, { "x-amzn-RequestId": req.requestId });
  } catch (thrown) {
    writeJsonError(svc, req, res, toAwsError(thrown), contentType);
  }
}
function writeJsonError(svc, req, res, err2, contentType) {
  const type = svc.errorNamespace ? `${svc.errorNamespace}#${err2.code}` : err2.code;
  const headers = { "x-amzn-RequestId": req.requestId, ...err2.headers };
  if (svc.queryCompatible) headers["x-amzn-query-error"] = `${err2.queryCode ?? err2.code};${err2.fault}`;
  if (err2.status >= 500) req.cloud.log("error", `${req.service}: ${err2.message}`);
  sendJson(res, err2.status, { __type: type, message: err2.message, ...err2.fields }, contentType, headers);
}

// ../local-cloud/src/ecr/index.ts
function createEcrService(cloud) {
  return {
    name: "ecr",
    handle: (req, res) => serveAwsJson(
      {
        targetPrefix: "AmazonEC2ContainerRegistry_V20150921",
        version: "1.1",
        operations: {
          DescribeRepositories(input) {
            const name = input.repositoryNames?.[0];
            if (!name) return { repositories: [] };
            throw new AwsError(
              "RepositoryNotFoundException",
              `The repository with name '${name}' does not exist in the registry with id '${input.registryId ?? cloud.accountId}'`
            );
          }
        }
      },
      req,
      res
    )
  };
}

// ../local-cloud/src/events/pattern.ts
var PatternError = class extends Error {
};
var NUMERIC_OPS = /* @__PURE__ */ new Set(["<", "<=", "=", ">", ">="]);
var ANYTHING_BUT_OPS = /* @__PURE__ */ new Set(["prefix", "suffix", "equals-ignore-case", "wildcard"]);
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parsePattern(text, dialect, nested = true) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PatternError(dialect === "sns" ? "failed to parse JSON." : "Filter is not valid JSON");
  }
  validatePattern(parsed, dialect, nested);
  return parsed;
}
function validatePattern(pattern, dialect, nested = true) {
  if (!isObject(pattern)) throw new PatternError("Filter is not an object");
  for (const [key, value] of Object.entries(pattern)) {
    if (key === "$or") {
      if (!Array.isArray(value) || value.length < 2) {
        throw new PatternError("Or relationship must be an array of at least two object patterns");
      }
      for (const alt of value) validatePattern(alt, dialect, nested);
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) throw new PatternError(`Empty arrays are not allowed`);
      for (const cond of value) validateCondition(cond, dialect);
    } else if (isObject(value)) {
      if (!nested) throw new PatternError("nested filter policy");
      validatePattern(value, dialect, nested);
    } else {
      throw new PatternError(`Match value must be String, number, true, false, or null`);
    }
  }
}
function validateCondition(cond, dialect) {
  if (cond === null || typeof cond === "string" || typeof cond === "number" || typeof cond === "boolean")
    return;
  if (Array.isArray(cond)) throw new PatternError(`Match value must be String, number, true, false, or null`);
  const ops = Object.keys(cond);
  if (ops.length !== 1) throw new PatternError(`Only one key allowed in match expression`);
  const op = ops[0];
  const arg = cond[op];
  switch (op) {
    case "prefix":
    case "suffix":
      if (typeof arg === "string") return;
      if (isObject(arg) && typeof arg["equals-ignore-case"] === "string" && Object.keys(arg).length === 1)
        return;
      throw new PatternError(`${op} match pattern must be a string`);
    case "equals-ignore-case":
      if (typeof arg !== "string")
        throw new PatternError("equals-ignore-case match pattern must be a string");
      return;
    case "wildcard":
      if (dialect === "sns") throw new PatternError(`Unrecognized match type ${op}`);
      if (typeof arg !== "string") throw new PatternError("wildcard match pattern must be a string");
      if (arg.includes("**")) throw new PatternError("Consecutive wildcard characters at pos 0");
      return;
    case "exists":
      if (typeof arg !== "boolean")
        throw new PatternError("exists match pattern must be either true or false.");
      return;
    case "cidr":
      if (typeof arg !== "string" || !parseCidr(arg))
        throw new PatternError(`Malformed CIDR, one '/' required`);
      return;
    case "numeric":
      validateNumeric(arg);
      return;
    case "anything-but":
      validateAnythingBut(arg, dialect);
      return;
    default:
      throw new PatternError(`Unrecognized match type ${op}`);
  }
}
function validateNumeric(arg) {
  if (!Array.isArray(arg) || arg.length === 0 || arg.length % 2 !== 0 || arg.length > 4) {
    throw new PatternError("Value of numeric must be an array.");
  }
  let lower = false;
  let upper = false;
  let low = -Infinity;
  for (let i2 = 0; i2 < arg.length; i2 += 2) {
    const op = arg[i2];
    const n = arg[i2 + 1];
    if (typeof op !== "string" || !NUMERIC_OPS.has(op))
      throw new PatternError(`Unrecognized numeric range operator: ${String(op)}`);
    if (typeof n !== "number") throw new PatternError(`Value of ${op} must be numeric`);
    if (op === "=") {
      if (arg.length > 2) throw new PatternError("Bad numeric range operator: =");
    } else if (op.startsWith(">")) {
      if (lower) throw new PatternError(`Bad numeric range operator: ${op}`);
      lower = true;
      low = n;
    } else {
      if (upper) throw new PatternError(`Bad numeric range operator: ${op}`);
      upper = true;
      if (lower && n <= low) throw new PatternError("Bottom must be less than top");
    }
  }
}
function validateAnythingBut(arg, dialect) {
  if (typeof arg === "string" || typeof arg === "number") return;
  if (Array.isArray(arg)) {
    if (arg.length === 0 || !arg.every((v) => typeof v === "string" || typeof v === "number")) {
      throw new PatternError("Inside anything but list, start|null|boolean is not supported.");
    }
    return;
  }
  if (isObject(arg)) {
    const ops = Object.keys(arg);
    const op = ops[0];
    if (ops.length !== 1 || !ANYTHING_BUT_OPS.has(op) || dialect === "sns" && op === "wildcard") {
      throw new PatternError(`Unsupported anything-but pattern: ${op}`);
    }
    const v = arg[op];
    const ok = typeof v === "string" || Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === "string");
    if (!ok)
      throw new PatternError(`Value of ${op} inside anything-but must be a string or array of strings`);
    return;
  }
  throw new PatternError("Value of anything-but must be an array or single string/number value.");
}
function matchesPattern(pattern, event) {
  const obj = isObject(event) ? event : {};
  for (const [key, value] of Object.entries(pattern)) {
    if (key === "$or") {
      if (!value.some((alt) => matchesPattern(alt, obj))) return false;
      continue;
    }
    const present2 = Object.hasOwn(obj, key);
    const field = present2 ? obj[key] : void 0;
    if (Array.isArray(value)) {
      if (!matchesLeaf(value, present2, field)) return false;
    } else if (isObject(value)) {
      if (Array.isArray(field)) {
        const objects = field.filter(isObject);
        if (objects.length === 0 ? !matchesPattern(value, {}) : !objects.some((o) => matchesPattern(value, o)))
          return false;
      } else if (!matchesPattern(value, field ?? {})) return false;
    }
  }
  return true;
}
function leafValues(present2, field) {
  if (!present2 || field === void 0) return [];
  const list2 = Array.isArray(field) ? field : [field];
  return list2.filter((v) => v === null || typeof v !== "object");
}
function matchesLeaf(conditions, present2, field) {
  const values = leafValues(present2, field);
  return conditions.some((cond) => {
    if (isObject(cond) && "exists" in cond) return cond.exists === values.length > 0;
    return values.some((v) => matchesCondition(cond, v));
  });
}
function matchesCondition(cond, v) {
  if (cond === null || typeof cond !== "object") return equalScalar(cond, v);
  if (Array.isArray(cond)) return false;
  const [op] = Object.keys(cond);
  const arg = cond[op];
  switch (op) {
    case "prefix":
      return typeof v === "string" && affix(arg, v, (a, b) => a.startsWith(b));
    case "suffix":
      return typeof v === "string" && affix(arg, v, (a, b) => a.endsWith(b));
    case "equals-ignore-case":
      return typeof v === "string" && v.toLowerCase() === String(arg).toLowerCase();
    case "wildcard":
      return typeof v === "string" && wildcardMatch(String(arg), v);
    case "numeric":
      return typeof v === "number" && numericMatch(arg, v);
    case "cidr":
      return typeof v === "string" && cidrMatch(String(arg), v);
    case "anything-but":
      return anythingBut(arg, v);
    default:
      return false;
  }
}
function equalScalar(a, b) {
  if (typeof a === "number" && typeof b === "number") return a === b;
  return a === b;
}
function affix(arg, v, test) {
  if (typeof arg === "string") return test(v, arg);
  const part = String(arg["equals-ignore-case"]);
  return test(v.toLowerCase(), part.toLowerCase());
}
function anythingBut(arg, v) {
  if (isObject(arg)) {
    if (typeof v !== "string") return false;
    const [op] = Object.keys(arg);
    const list3 = [].concat(arg[op]).map(String);
    switch (op) {
      case "prefix":
        return !list3.some((p) => v.startsWith(p));
      case "suffix":
        return !list3.some((s) => v.endsWith(s));
      case "equals-ignore-case":
        return !list3.some((s) => s.toLowerCase() === v.toLowerCase());
      case "wildcard":
        return !list3.some((w) => wildcardMatch(w, v));
      default:
        return false;
    }
  }
  const list2 = Array.isArray(arg) ? arg : [arg];
  return !list2.some((x2) => equalScalar(x2, v));
}
function numericMatch(ops, v) {
  for (let i2 = 0; i2 < ops.length; i2 += 2) {
    const n = ops[i2 + 1];
    switch (ops[i2]) {
      case "<":
        if (!(v < n)) return false;
        break;
      case "<=":
        if (!(v <= n)) return false;
        break;
      case "=":
        if (v !== n) return false;
        break;
      case ">":
        if (!(v > n)) return false;
        break;
      case ">=":
        if (!(v >= n)) return false;
        break;
    }
  }
  return true;
}
function wildcardMatch(pattern, value) {
  let re = "";
  for (let i2 = 0; i2 < pattern.length; i2++) {
    const c = pattern[i2];
    if (c === "\\" && (pattern[i2 + 1] === "*" || pattern[i2 + 1] === "\\")) {
      re += `\\${pattern[++i2]}`;
    } else if (c === "*") re += ".*";
    else re += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "s").test(value);
}
function parseIp(ip) {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) {
    const parts = ip.split(".").map(Number);
    if (parts.some((p) => p > 255)) return void 0;
    return [BigInt(parts.reduce((a, p) => a * 256 + p, 0)), 32n];
  }
  if (!ip.includes(":") || !/^[0-9a-fA-F:]+$/.test(ip)) return void 0;
  const halves = ip.split("::");
  if (halves.length > 2) return void 0;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 && missing !== 0 || missing < 0) return void 0;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (groups.some((g) => g.length === 0 || g.length > 4)) return void 0;
  return [groups.reduce((a, g) => (a << 16n) + BigInt(`0x${g}`), 0n), 128n];
}
function parseCidr(cidr) {
  const [ip, len] = cidr.split("/");
  const parsed = parseIp(ip);
  if (!parsed) return void 0;
  const width = parsed[1];
  const bits2 = len === void 0 ? width : BigInt(Number(len));
  if (len !== void 0 && (!/^\d+$/.test(len) || bits2 > width)) return void 0;
  return { base: parsed[0], bits: bits2, width };
}
function cidrMatch(cidr, ip) {
  const net = parseCidr(cidr);
  const addr = parseIp(ip);
  if (!net || !addr || addr[1] !== net.width) return false;
  const shift = net.width - net.bits;
  return addr[0] >> shift === net.base >> shift;
}

// ../local-cloud/src/events/validate.ts
var NAME_RE = /^[.\-_A-Za-z0-9]+$/;
var BUS_NAME_RE = /^[/.\-_A-Za-z0-9]+$/;
function validationError(message) {
  return new AwsError("ValidationException", message);
}
function required(value, member) {
  if (value === void 0 || value === null) {
    throw validationError(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`
    );
  }
  return value;
}
function constraint(value, member, text) {
  return validationError(
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${text}`
  );
}
function checkRuleName(name, member = "name") {
  const value = required(name, member);
  if (typeof value !== "string")
    throw new AwsError("SerializationException", `Unexpected value for ${member}`);
  if (value.length > 64) throw constraint(value, member, "Member must have length less than or equal to 64");
  if (!NAME_RE.test(value)) {
    throw constraint(value, member, "Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
  }
  return value;
}
function checkBusName(name) {
  const value = required(name, "name");
  if (typeof value !== "string") throw new AwsError("SerializationException", "Unexpected value for name");
  if (value.length > 256)
    throw constraint(value, "name", "Member must have length less than or equal to 256");
  if (!BUS_NAME_RE.test(value)) {
    throw constraint(value, "name", "Member must satisfy regular expression pattern: [/\\.\\-_A-Za-z0-9]+");
  }
  return value;
}
function checkLimit(limit) {
  if (limit === void 0 || limit === null) return void 0;
  const n = Number(limit);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw constraint(String(limit), "limit", "Member must have value between 1 and 100");
  }
  return n;
}
function checkEventPattern(text) {
  if (typeof text !== "string") throw required(void 0, "eventPattern");
  try {
    return parsePattern(text, "eventbridge");
  } catch (err2) {
    const reason = err2 instanceof PatternError ? err2.message : String(err2);
    throw new AwsError("InvalidEventPatternException", `Event pattern is not valid. Reason: ${reason}`);
  }
}
function checkTags(tags2, member = "tags") {
  if (tags2 === void 0 || tags2 === null) return [];
  if (!Array.isArray(tags2)) throw new AwsError("SerializationException", `Unexpected value for ${member}`);
  for (const t of tags2) {
    if (typeof t?.Key !== "string") required(void 0, `${member}.member.key`);
    if (typeof t?.Value !== "string") required(void 0, `${member}.member.value`);
  }
  return tags2;
}
function page(items, nextToken, limit) {
  let start = 0;
  if (typeof nextToken === "string" && nextToken) {
    start = Number(Buffer.from(nextToken, "base64").toString("utf8"));
    if (!Number.isInteger(start) || start < 0) throw validationError("The nextToken provided is invalid.");
  }
  const size = limit ?? 100;
  const slice = items.slice(start, start + size);
  const end = start + slice.length;
  return {
    items: slice,
    next: end < items.length ? Buffer.from(String(end)).toString("base64") : void 0
  };
}
function serializationError(member) {
  return new AwsError("SerializationException", `Unexpected value type for ${member}.`);
}
function checkStructList(list2, member, stringMembers) {
  if (!Array.isArray(list2)) throw serializationError(member);
  for (const item of list2) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) throw serializationError(member);
    for (const key of stringMembers) {
      const v = item[key];
      if (v !== void 0 && v !== null && typeof v !== "string")
        throw serializationError(`${member}.${key}`);
    }
  }
  return list2;
}
function checkStrings(input, members2) {
  for (const key of members2) {
    const v = input[key];
    if (v !== void 0 && v !== null && typeof v !== "string") throw serializationError(key);
  }
}

// ../local-cloud/src/events/createEventBus.ts
function createEventBus(ctx, input) {
  const name = checkBusName(input.Name);
  const tags2 = checkTags(input.Tags);
  if (name === "default" || name.startsWith("aws.")) {
    throw validationError(`Event bus name must not start with 'aws.' or be 'default'.`);
  }
  if (name.includes("/")) {
    throw validationError("Event bus name must not contain '/'.");
  }
  const buses = ctx.store.buses(ctx.region);
  if (buses.has(name))
    throw new AwsError("ResourceAlreadyExistsException", `Event bus ${name} already exists.`);
  const now = /* @__PURE__ */ new Date();
  const arn = ctx.store.busArn(ctx.region, name);
  buses.set(name, {
    name,
    arn,
    region: ctx.region,
    description: input.Description,
    createdAt: now,
    modifiedAt: now,
    rules: /* @__PURE__ */ new Map()
  });
  if (tags2.length) ctx.store.tags.set(arn, new Map(tags2.map((t) => [t.Key, t.Value])));
  return { EventBusArn: arn, ...input.Description !== void 0 ? { Description: input.Description } : {} };
}

// ../local-cloud/src/events/deleteEventBus.ts
function deleteEventBus(ctx, input) {
  const name = checkBusName(input.Name);
  if (name === "default") throw validationError("Cannot delete event bus default.");
  const buses = ctx.store.buses(ctx.region);
  const bus = buses.get(name);
  if (bus) {
    for (const rule of bus.rules.values()) ctx.store.tags.delete(rule.arn);
    ctx.store.tags.delete(bus.arn);
    buses.delete(name);
  }
  return {};
}

// ../local-cloud/src/events/deleteRule.ts
function deleteRule(ctx, input) {
  const name = checkRuleName(input.Name);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = bus.rules.get(name);
  if (!rule) return {};
  if (rule.targets.size > 0 && input.Force !== true) {
    throw validationError("Rule can't be deleted since it has targets.");
  }
  bus.rules.delete(name);
  ctx.store.tags.delete(rule.arn);
  return {};
}

// ../local-cloud/src/events/wire.ts
var epochSeconds = (d) => Math.floor(d.getTime() / 1e3);

// ../local-cloud/src/events/describeEventBus.ts
function describeEventBus(ctx, input) {
  return busView(ctx.store.bus(input.Name, ctx.region));
}
function busView(bus) {
  return {
    Name: bus.name,
    Arn: bus.arn,
    ...bus.description !== void 0 ? { Description: bus.description } : {},
    CreationTime: epochSeconds(bus.createdAt),
    LastModifiedTime: epochSeconds(bus.modifiedAt)
  };
}

// ../local-cloud/src/events/describeRule.ts
function describeRule(ctx, input) {
  const name = checkRuleName(input.Name);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  return { ...ruleView(ctx.store.rule(bus, name)), CreatedBy: ctx.store.accountId };
}
function ruleView(rule) {
  const view = { Name: rule.name, Arn: rule.arn };
  if (rule.eventPattern !== void 0) view.EventPattern = rule.eventPattern;
  if (rule.scheduleExpression !== void 0) view.ScheduleExpression = rule.scheduleExpression;
  view.State = rule.state;
  if (rule.description !== void 0) view.Description = rule.description;
  if (rule.roleArn !== void 0) view.RoleArn = rule.roleArn;
  view.EventBusName = rule.busName;
  return view;
}

// ../local-cloud/src/events/disableRule.ts
function disableRule(ctx, input) {
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  ctx.store.rule(bus, checkRuleName(input.Name)).state = "DISABLED";
  return {};
}

// ../local-cloud/src/events/enableRule.ts
function enableRule(ctx, input) {
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  ctx.store.rule(bus, checkRuleName(input.Name)).state = "ENABLED";
  return {};
}

// ../local-cloud/src/events/inputPath.ts
function parseJsonPath(path5) {
  if (!path5.startsWith("$")) return void 0;
  const steps = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < path5.length) {
    const m = re.exec(path5);
    if (!m) return void 0;
    if (m[1] !== void 0) steps.push(m[1]);
    else if (m[2] !== void 0) steps.push(Number(m[2]));
    else steps.push(m[3] ?? m[4]);
  }
  return steps;
}
function selectPath(value, path5) {
  const steps = parseJsonPath(path5);
  if (!steps) return void 0;
  let cur = value;
  for (const step of steps) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = Array.isArray(cur) ? typeof step === "number" ? cur[step] : void 0 : cur[String(step)];
    if (cur === void 0) return void 0;
  }
  return cur;
}

// ../local-cloud/src/events/deliver.ts
var MAX_BUS_HOPS = 5;
function dispatch(ctx, bus, event, hops = 0) {
  for (const rule of bus.rules.values()) {
    if (rule.state !== "ENABLED" || !rule.pattern) continue;
    if (!matchesPattern(rule.pattern, event)) continue;
    ctx.cloud.count("MatchedEvents", rule.name);
    for (const target of rule.targets.values()) {
      try {
        sendToTarget(ctx, rule, target, event, hops);
        ctx.cloud.count("Invocations", rule.name);
      } catch (err2) {
        ctx.cloud.count("FailedInvocations", rule.name);
        ctx.cloud.log("info", `events: rule ${rule.name} target ${target.Id} failed: ${String(err2)}`);
      }
    }
  }
}
function targetInput(rule, target, event) {
  if (target.Input !== void 0) return target.Input;
  const whole = event;
  if (target.InputPath !== void 0) {
    const picked = selectPath(whole, target.InputPath);
    return picked === void 0 ? "null" : JSON.stringify(picked);
  }
  if (target.InputTransformer) return transform(target.InputTransformer, rule, whole);
  return JSON.stringify(event);
}
function transform(t, rule, event) {
  const values = {
    "aws.events.rule-arn": rule.arn,
    "aws.events.rule-name": rule.name,
    "aws.events.event": event,
    "aws.events.event.json": event
  };
  for (const [name, path5] of Object.entries(t.InputPathsMap ?? {})) values[name] = selectPath(event, path5);
  const template = t.InputTemplate ?? "";
  return template.replace(/<([\w.-]+)>/g, (whole, name, at) => {
    if (!Object.hasOwn(values, name)) return whole;
    const v = values[name];
    const quoted2 = template[at - 1] === '"' && template[at + whole.length] === '"';
    if (v === void 0) return quoted2 ? "" : "null";
    if (typeof v === "string") return quoted2 ? JSON.stringify(v).slice(1, -1) : v;
    return JSON.stringify(v);
  });
}
function sendToTarget(ctx, rule, target, event, hops) {
  const arn = target.Arn ?? "";
  const service = arn.split(":")[2];
  const { cloud } = ctx;
  if (service === "events" && arn.includes(":event-bus/")) {
    if (hops >= MAX_BUS_HOPS) throw new Error("too many bus-to-bus hops");
    const next = ctx.store.bus(arn, ctx.region);
    dispatch(ctx, next, event, hops + 1);
    return;
  }
  const body = targetInput(rule, target, event);
  if (service === "sqs") {
    if (!cloud.sqs) throw new Error("SQS is not served");
    const fifo = cloud.sqs.describeQueue(arn)?.fifo ?? arn.endsWith(".fifo");
    cloud.sqs.sendMessage(arn, body, {
      messageGroupId: target.SqsParameters?.MessageGroupId,
      // EventBridge deduplicates FIFO deliveries by the event's id.
      messageDeduplicationId: fifo ? event.id : void 0
    });
  } else if (service === "sns") {
    if (!cloud.sns) throw new Error("SNS is not served");
    cloud.sns.publish(arn, body);
  } else if (service === "lambda") {
    if (!cloud.lambda) throw new Error("Lambda is not served");
    cloud.lambda.invokeAsync(arn, Buffer.from(body), { region: arn.split(":")[3] });
  } else {
    throw new Error(`targets of ${service} are not delivered by this local cloud`);
  }
}

// ../local-cloud/src/events/envelope.ts
import { randomUUID as randomUUID3 } from "node:crypto";
function eventTime(d) {
  return `${d.toISOString().slice(0, 19)}Z`;
}
function buildEnvelope(entry) {
  return {
    version: "0",
    id: randomUUID3(),
    "detail-type": entry.detailType,
    source: entry.source,
    account: entry.account,
    time: eventTime(entry.time ?? /* @__PURE__ */ new Date()),
    region: entry.region,
    resources: entry.resources ?? [],
    detail: entry.detail
  };
}

// ../local-cloud/src/events/internal.ts
function eventsInternal(cloud, store) {
  return {
    putEvent(entry) {
      const region = entry.region ?? cloud.config.region;
      const bus = store.bus(entry.eventBusName, region);
      let detail;
      try {
        detail = JSON.parse(entry.detail);
      } catch {
        throw new AwsError("MalformedDetail", "Detail is malformed.");
      }
      const event = buildEnvelope({
        source: entry.source,
        detailType: entry.detailType,
        detail,
        account: store.accountId,
        region: bus.region,
        resources: entry.resources,
        time: entry.time
      });
      dispatch({ store, cloud, region: bus.region }, bus, event);
      return { eventId: event.id };
    },
    describeBus(busNameOrArn, region) {
      const bus = store.findBus(busNameOrArn, region);
      return bus ? { arn: bus.arn } : void 0;
    }
  };
}

// ../local-cloud/src/events/listEventBuses.ts
function listEventBuses(ctx, input) {
  const prefix = input.NamePrefix ?? "";
  const buses = [...ctx.store.buses(ctx.region).values()].filter((b) => b.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
  const { items, next } = page(buses, input.NextToken, checkLimit(input.Limit));
  return { EventBuses: items.map(busView), ...next ? { NextToken: next } : {} };
}

// ../local-cloud/src/events/listRules.ts
function listRules(ctx, input) {
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const prefix = input.NamePrefix ?? "";
  const rules = [...bus.rules.values()].filter((r) => r.name.startsWith(prefix)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const { items, next } = page(rules, input.NextToken, checkLimit(input.Limit));
  return { Rules: items.map(ruleView), ...next ? { NextToken: next } : {} };
}

// ../local-cloud/src/events/tagResource.ts
function tagResource(ctx, input) {
  const arn = required(input.ResourceARN, "resourceARN");
  const tags2 = checkTags(required(input.Tags, "tags"));
  const existing = resourceTags(ctx, arn);
  const merged = new Map(existing);
  for (const t of tags2) merged.set(t.Key, t.Value);
  if (merged.size > 50) throw new AwsError("LimitExceededException", "Tag limit exceeded for resource.");
  ctx.store.tags.set(arn, merged);
  return {};
}
function resourceTags(ctx, arn) {
  if (!ctx.store.resourceExists(arn)) {
    const what = arn.includes(":rule/") ? "Rule" : "Event bus";
    const name = arn.slice(arn.lastIndexOf("/") + 1);
    throw new AwsError("ResourceNotFoundException", `${what} ${name} does not exist.`);
  }
  return ctx.store.tags.get(arn) ?? /* @__PURE__ */ new Map();
}

// ../local-cloud/src/events/listTagsForResource.ts
function listTagsForResource(ctx, input) {
  const tags2 = resourceTags(ctx, required(input.ResourceARN, "resourceARN"));
  return { Tags: [...tags2].map(([Key, Value]) => ({ Key, Value })) };
}

// ../local-cloud/src/events/listTargetsByRule.ts
function listTargetsByRule(ctx, input) {
  const name = checkRuleName(input.Rule, "rule");
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, name);
  const { items, next } = page([...rule.targets.values()], input.NextToken, checkLimit(input.Limit));
  return { Targets: items, ...next ? { NextToken: next } : {} };
}

// ../local-cloud/src/events/putEvents.ts
var PUT_EVENTS_MAX_BYTES = 1048576;
function putEvents(ctx, input) {
  const entries = checkStructList(required(input.Entries, "entries"), "Entries", [
    "Source",
    "DetailType",
    "Detail",
    "EventBusName"
  ]);
  for (const e of entries) {
    if (e.Resources !== void 0 && !(Array.isArray(e.Resources) && e.Resources.every((r) => typeof r === "string"))) {
      throw validationError("Parameter Resources is not valid.");
    }
  }
  if (entries.length < 1 || entries.length > 10) {
    const bound = entries.length > 10 ? "less than or equal to 10" : "greater than or equal to 1";
    throw validationError(
      `1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length ${bound}`
    );
  }
  if (entries.reduce((n, e) => n + entrySize(e), 0) > PUT_EVENTS_MAX_BYTES) {
    throw validationError("Total size of the entries in the request is over the limit.");
  }
  const results = entries.map((e) => putOne(ctx, e));
  return { FailedEntryCount: results.filter((r) => r.ErrorCode).length, Entries: results };
}
function entrySize(e) {
  const bytes = (s) => typeof s === "string" ? Buffer.byteLength(s) : 0;
  let size = e.Time !== void 0 ? 14 : 0;
  size += bytes(e.Source) + bytes(e.DetailType) + bytes(e.Detail);
  for (const r of e.Resources ?? []) size += bytes(r);
  return size;
}
function putOne(ctx, e) {
  const failure = checkEntry(e);
  if (failure) return failure;
  let detail;
  try {
    detail = JSON.parse(e.Detail);
  } catch {
    return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." };
  }
  if (detail === null || typeof detail !== "object" || Array.isArray(detail)) {
    return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." };
  }
  const bus = ctx.store.findBus(e.EventBusName, ctx.region);
  if (!bus) {
    return {
      ErrorCode: "ResourceNotFoundException",
      ErrorMessage: `Event bus ${e.EventBusName} does not exist.`
    };
  }
  const event = buildEnvelope({
    source: e.Source,
    detailType: e.DetailType,
    detail,
    account: ctx.store.accountId,
    region: bus.region,
    resources: e.Resources,
    time: parseTime(e.Time)
  });
  dispatch(ctx, bus, event);
  return { EventId: event.id };
}
function checkEntry(e) {
  if (!e.Source) {
    return {
      ErrorCode: "InvalidArgument",
      ErrorMessage: "Parameter Source is not valid. Reason: Source is a required argument."
    };
  }
  if (!e.DetailType) {
    return {
      ErrorCode: "InvalidArgument",
      ErrorMessage: "Parameter DetailType is not valid. Reason: DetailType is a required argument."
    };
  }
  if (!e.Detail) {
    return {
      ErrorCode: "InvalidArgument",
      ErrorMessage: "Parameter Detail is not valid. Reason: Detail is a required argument."
    };
  }
  if (e.Source.startsWith("aws.")) {
    return { ErrorCode: "NotAuthorizedForSourceException", ErrorMessage: "Not authorized for the source." };
  }
  return void 0;
}
function parseTime(t) {
  if (t === void 0) return void 0;
  const d = typeof t === "number" ? new Date(t * 1e3) : new Date(t);
  return Number.isNaN(d.getTime()) ? void 0 : d;
}

// ../local-cloud/src/events/putRule.ts
var STATES = /* @__PURE__ */ new Set(["ENABLED", "DISABLED", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"]);
var SCHEDULE_RE = /^(rate\(\s*\d+\s+(minute|minutes|hour|hours|day|days)\s*\)|cron\(.+\))$/;
function putRule(ctx, input) {
  const name = checkRuleName(input.Name);
  const tags2 = checkTags(input.Tags);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  if (input.EventPattern === void 0 && input.ScheduleExpression === void 0) {
    throw validationError("Parameter(s) EventPattern or ScheduleExpression must be specified.");
  }
  let pattern;
  if (input.EventPattern !== void 0) pattern = checkEventPattern(input.EventPattern);
  if (input.ScheduleExpression !== void 0) {
    if (bus.name !== "default") {
      throw validationError("ScheduleExpression is supported only on the default event bus.");
    }
    if (!SCHEDULE_RE.test(input.ScheduleExpression)) {
      throw validationError("Parameter ScheduleExpression is not valid.");
    }
  }
  const state = input.State ?? "ENABLED";
  if (!STATES.has(state)) {
    throw validationError(
      `1 validation error detected: Value '${state}' at 'state' failed to satisfy constraint: Member must satisfy enum value set: [ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS, DISABLED, ENABLED]`
    );
  }
  const existing = bus.rules.get(name);
  const arn = ctx.store.ruleArn(bus.region, bus.name, name);
  bus.rules.set(name, {
    name,
    arn,
    busName: bus.name,
    eventPattern: input.EventPattern,
    pattern,
    scheduleExpression: input.ScheduleExpression,
    state,
    description: input.Description,
    roleArn: input.RoleArn,
    targets: existing?.targets ?? /* @__PURE__ */ new Map()
  });
  if (!existing && tags2.length) ctx.store.tags.set(arn, new Map(tags2.map((t) => [t.Key, t.Value])));
  return { RuleArn: arn };
}

// ../local-cloud/src/events/putTargets.ts
var MAX_TARGETS_PER_RULE = 5;
var ID_RE = /^[.\-_A-Za-z0-9]+$/;
var ARN_RE = /^arn:aws[\w-]*:[\w-]+:[\w-]*:\d*:.+$/;
function putTargets(ctx, input) {
  const name = checkRuleName(input.Rule, "rule");
  checkStrings(input, ["EventBusName"]);
  const targets2 = checkStructList(required(input.Targets, "targets"), "Targets", [
    "Id",
    "Arn",
    "RoleArn",
    "Input",
    "InputPath"
  ]);
  if (targets2.length < 1 || targets2.length > 10) {
    throw validationError(
      `1 validation error detected: Value at 'targets' failed to satisfy constraint: Member must have length ${targets2.length > 10 ? "less than or equal to 10" : "greater than or equal to 1"}`
    );
  }
  targets2.forEach(checkTarget);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, name);
  const ids = /* @__PURE__ */ new Set([...rule.targets.keys(), ...targets2.map((t) => t.Id)]);
  if (ids.size > MAX_TARGETS_PER_RULE) {
    throw new AwsError(
      "LimitExceededException",
      "The requested resource exceeds the maximum number allowed."
    );
  }
  for (const t of targets2) {
    const arn = t.Arn;
    const fifoQueue = arn.split(":")[2] === "sqs" && arn.endsWith(".fifo");
    if (fifoQueue && !t.SqsParameters?.MessageGroupId) {
      throw validationError(`Parameter(s) SqsParameters must be specified for target: ${t.Id}.`);
    }
  }
  for (const t of targets2) rule.targets.set(t.Id, t);
  return { FailedEntryCount: 0, FailedEntries: [] };
}
function checkTarget(t, i2) {
  const at = `targets.${i2 + 1}.member`;
  const id = required(t?.Id, `${at}.id`);
  const arn = required(t.Arn, `${at}.arn`);
  if (id.length > 64 || !ID_RE.test(id)) {
    throw validationError(
      `1 validation error detected: Value '${id}' at '${at}.id' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+`
    );
  }
  if (!ARN_RE.test(arn)) {
    throw validationError(`Parameter ${arn} is not valid. Reason: Provided Arn is not in correct format.`);
  }
  const inputs = [t.Input, t.InputPath, t.InputTransformer].filter((v) => v !== void 0).length;
  if (inputs > 1) {
    throw validationError(
      `Only one of Input, InputPath, or InputTransformer must be provided for target ${id}.`
    );
  }
  if (t.Input !== void 0) {
    try {
      JSON.parse(t.Input);
    } catch {
      throw validationError(`Input for target ${id} is not valid JSON text.`);
    }
  }
  if (t.InputPath !== void 0 && !parseJsonPath(t.InputPath)) {
    throw validationError(`Parameter InputPath is not valid for target ${id}.`);
  }
  if (t.InputTransformer !== void 0) {
    const tr = t.InputTransformer;
    if (tr === null || typeof tr !== "object") throw serializationError(`${at}.inputTransformer`);
    if (typeof required(tr.InputTemplate, `${at}.inputTransformer.inputTemplate`) !== "string") {
      throw serializationError(`${at}.inputTransformer.inputTemplate`);
    }
    const paths = tr.InputPathsMap ?? {};
    if (typeof paths !== "object" || paths === null || Array.isArray(paths)) {
      throw serializationError(`${at}.inputTransformer.inputPathsMap`);
    }
    for (const path5 of Object.values(paths)) {
      if (typeof path5 !== "string" || !parseJsonPath(path5)) {
        throw validationError(`Parameter InputPathsMap is not valid for target ${id}.`);
      }
    }
  }
  if (t.SqsParameters !== void 0 && (t.SqsParameters === null || typeof t.SqsParameters !== "object")) {
    throw serializationError(`${at}.sqsParameters`);
  }
}

// ../local-cloud/src/events/removeTargets.ts
function removeTargets(ctx, input) {
  const name = checkRuleName(input.Rule, "rule");
  const ids = required(input.Ids, "ids");
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, name);
  for (const id of ids) rule.targets.delete(id);
  return { FailedEntryCount: 0, FailedEntries: [] };
}

// ../local-cloud/src/events/store.ts
var EventsStore = class {
  constructor(accountId) {
    this.accountId = accountId;
  }
  accountId;
  regions = /* @__PURE__ */ new Map();
  tags = /* @__PURE__ */ new Map();
  busArn(region, name) {
    return `arn:aws:events:${region}:${this.accountId}:event-bus/${name}`;
  }
  ruleArn(region, busName2, name) {
    const path5 = busName2 === "default" ? name : `${busName2}/${name}`;
    return `arn:aws:events:${region}:${this.accountId}:rule/${path5}`;
  }
  /** The region's buses; `default` exists in every region from the first look. */
  buses(region) {
    let m = this.regions.get(region);
    if (!m) {
      m = /* @__PURE__ */ new Map();
      const now = /* @__PURE__ */ new Date();
      m.set("default", {
        name: "default",
        arn: this.busArn(region, "default"),
        region,
        createdAt: now,
        modifiedAt: now,
        rules: /* @__PURE__ */ new Map()
      });
      this.regions.set(region, m);
    }
    return m;
  }
  /** A bus by name or ARN (an ARN names its own region); undefined when missing. */
  findBus(nameOrArn, region) {
    const { name, region: r } = splitBusName(nameOrArn, region);
    return this.buses(r).get(name);
  }
  /** As findBus, but AWS's ResourceNotFoundException when missing. */
  bus(nameOrArn, region) {
    const found = this.findBus(nameOrArn, region);
    if (!found) {
      const { name } = splitBusName(nameOrArn, region);
      throw new AwsError("ResourceNotFoundException", `Event bus ${name} does not exist.`);
    }
    return found;
  }
  rule(bus, name) {
    const rule = bus.rules.get(name);
    if (!rule) {
      throw new AwsError("ResourceNotFoundException", `Rule ${name} does not exist on EventBus ${bus.name}.`);
    }
    return rule;
  }
  /** Whether an ARN names a bus or rule of this store (for the tagging API). */
  resourceExists(arn) {
    const m = /^arn:aws[\w-]*:events:([^:]+):[^:]*:(event-bus|rule)\/(.+)$/.exec(arn);
    if (!m) return false;
    const [, region, kind, path5] = m;
    if (kind === "event-bus") return this.buses(region).has(path5);
    const slash = path5.indexOf("/");
    const busName2 = slash < 0 ? "default" : path5.slice(0, slash);
    const ruleName2 = slash < 0 ? path5 : path5.slice(slash + 1);
    return this.buses(region).get(busName2)?.rules.has(ruleName2) ?? false;
  }
};
function splitBusName(nameOrArn, region) {
  if (!nameOrArn) return { name: "default", region };
  const m = /^arn:aws[\w-]*:events:([^:]+):[^:]*:event-bus\/(.+)$/.exec(nameOrArn);
  return m ? { name: m[2], region: m[1] } : { name: nameOrArn, region };
}

// ../local-cloud/src/events/testEventPattern.ts
var REQUIRED_FIELDS = ["id", "account", "source", "time", "region", "detail-type"];
function testEventPattern(_ctx, input) {
  const pattern = checkEventPattern(required(input.EventPattern, "eventPattern"));
  const text = required(input.Event, "event");
  let event;
  try {
    event = JSON.parse(text);
  } catch {
    throw validationError("Parameter Event is not valid.");
  }
  if (event === null || typeof event !== "object" || Array.isArray(event)) {
    throw validationError("Parameter Event is not valid.");
  }
  for (const field of REQUIRED_FIELDS) {
    if (!(field in event))
      throw validationError(`Parameter Event is not valid. Reason: ${field} is missing.`);
  }
  return { Result: matchesPattern(pattern, event) };
}

// ../local-cloud/src/events/untagResource.ts
function untagResource(ctx, input) {
  const arn = required(input.ResourceARN, "resourceARN");
  const keys = required(input.TagKeys, "tagKeys");
  const tags2 = new Map(resourceTags(ctx, arn));
  for (const k of keys) tags2.delete(k);
  ctx.store.tags.set(arn, tags2);
  return {};
}

// ../local-cloud/src/events/index.ts
var STRING_MEMBERS = [
  "Name",
  "NamePrefix",
  "NextToken",
  "EventBusName",
  "Rule",
  "EventPattern",
  "ScheduleExpression",
  "State",
  "Description",
  "RoleArn",
  "ResourceARN",
  "Event",
  "EventSourceName"
];
var OPERATIONS2 = {
  CreateEventBus: createEventBus,
  DeleteEventBus: deleteEventBus,
  DescribeEventBus: describeEventBus,
  ListEventBuses: listEventBuses,
  PutRule: putRule,
  DeleteRule: deleteRule,
  DescribeRule: describeRule,
  ListRules: listRules,
  EnableRule: enableRule,
  DisableRule: disableRule,
  PutTargets: putTargets,
  RemoveTargets: removeTargets,
  ListTargetsByRule: listTargetsByRule,
  PutEvents: putEvents,
  TestEventPattern: testEventPattern,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource
};
function createEventsService(cloud) {
  const store = new EventsStore(cloud.accountId);
  cloud.events = eventsInternal(cloud, store);
  const operations = {};
  for (const [name, op] of Object.entries(OPERATIONS2)) {
    operations[name] = (input, req) => {
      checkStrings(input, STRING_MEMBERS);
      for (const list2 of ["Tags", "Ids", "TagKeys"]) {
        if (input[list2] !== void 0 && !Array.isArray(input[list2])) throw serializationError(list2);
      }
      return op({ store, cloud, region: req.region }, input);
    };
  }
  const svc = { targetPrefix: "AWSEvents", version: "1.1", operations };
  return {
    name: "events",
    handle: (req, res) => serveAwsJson(svc, req, res)
  };
}

// ../local-cloud/src/iam/validate.ts
var camel = (s) => s.charAt(0).toLowerCase() + s.slice(1);
function required2(form, name) {
  const v = form[name];
  if (v === void 0 || v === "") {
    throw new AwsError(
      "ValidationError",
      `1 validation error detected: Value null at '${camel(name)}' failed to satisfy constraint: Member must not be null`
    );
  }
  return v;
}
function entityName(form, name, max2) {
  const v = required2(form, name);
  if (v.length > max2) {
    throw new AwsError(
      "ValidationError",
      `1 validation error detected: Value '${v}' at '${camel(name)}' failed to satisfy constraint: Member must have length less than or equal to ${max2}`
    );
  }
  if (!/^[\w+=,.@-]+$/.test(v)) {
    throw new AwsError(
      "ValidationError",
      `1 validation error detected: Value '${v}' at '${camel(name)}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`
    );
  }
  return v;
}
function path(form) {
  const p = form.Path ?? "/";
  if (!/^\/(?:[\x21-\x7e]*\/)?$/.test(p)) {
    throw new AwsError(
      "ValidationError",
      `The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`
    );
  }
  return p;
}

// ../local-cloud/src/iam/attachRolePolicy.ts
var attachRolePolicy = (store, form) => {
  const role = store.role(required2(form, "RoleName"));
  const arn = required2(form, "PolicyArn");
  const known = store.policy(arn) !== void 0 || /^arn:aws[\w-]*:iam::aws:policy\//.test(arn);
  if (!known) throw new AwsError("NoSuchEntity", `Policy ${arn} does not exist or is not attachable.`, 404);
  if (!role.attached.includes(arn)) role.attached.push(arn);
  return void 0;
};

// ../local-cloud/src/iam/shapes.ts
var NAMESPACE2 = "https://iam.amazonaws.com/doc/2010-05-08/";
var encoded = (doc) => encodeURIComponent(doc);
function roleXml(r) {
  return {
    Path: r.path,
    RoleName: r.roleName,
    RoleId: r.roleId,
    Arn: r.arn,
    CreateDate: r.createDate.toISOString(),
    AssumeRolePolicyDocument: encoded(r.assumeRolePolicyDocument),
    Description: r.description,
    MaxSessionDuration: r.maxSessionDuration,
    Tags: { member: r.tags.map((t) => ({ Key: t.Key, Value: t.Value })) },
    RoleLastUsed: {}
  };
}
function policyXml(p, store) {
  let attachments = 0;
  for (const r of store.roles.values()) if (r.attached.includes(p.arn)) attachments++;
  return {
    PolicyName: p.policyName,
    PolicyId: p.policyId,
    Arn: p.arn,
    Path: p.path,
    DefaultVersionId: p.defaultVersionId,
    AttachmentCount: attachments,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    Description: p.description,
    CreateDate: p.createDate.toISOString(),
    UpdateDate: p.updateDate.toISOString(),
    Tags: { member: [] }
  };
}

// ../local-cloud/src/iam/evaluate.ts
var list = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
var cache = /* @__PURE__ */ new Map();
function wildcard(pattern, value, ignoreCase) {
  const key = `${ignoreCase ? "i" : "s"}${pattern}`;
  let re = cache.get(key);
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    re = new RegExp(`^${body}$`, ignoreCase ? "is" : "s");
    cache.set(key, re);
  }
  return re.test(value);
}
function statementMatches(st, action, resource) {
  const actionOk = st.Action !== void 0 ? list(st.Action).some((p) => wildcard(p, action, true)) : st.NotAction !== void 0 ? !list(st.NotAction).some((p) => wildcard(p, action, true)) : false;
  if (!actionOk) return false;
  if (st.Resource !== void 0) return list(st.Resource).some((p) => wildcard(p, resource, false));
  if (st.NotResource !== void 0) return !list(st.NotResource).some((p) => wildcard(p, resource, false));
  return true;
}
function evaluate(documents, action, resource) {
  const allows = [];
  const denies = [];
  for (const { source, document } of documents) {
    const statements = document?.Statement === void 0 ? [] : [document.Statement].flat();
    for (const st of statements) {
      if (!st || !statementMatches(st, action, resource)) continue;
      const effect = String(st.Effect);
      if (effect === "Deny" && st.Condition === void 0) denies.push({ source, sid: st.Sid, effect });
      else if (effect === "Allow") allows.push({ source, sid: st.Sid, effect });
    }
  }
  if (denies.length > 0) return { decision: "explicitDeny", matched: denies };
  if (allows.length > 0) return { decision: "allowed", matched: allows };
  return { decision: "implicitDeny", matched: [] };
}

// ../local-cloud/src/iam/managedPolicies.ts
var allow = (Action, Resource = "*") => ({
  Effect: "Allow",
  Action,
  Resource
});
var LOGS = allow(["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]);
var AWS_MANAGED = {
  "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole": [LOGS],
  "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole": [
    allow(["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]),
    LOGS
  ],
  "arn:aws:iam::aws:policy/service-role/AWSLambdaRole": [allow("lambda:InvokeFunction")],
  "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole": [
    LOGS,
    allow([
      "ec2:CreateNetworkInterface",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DescribeSubnets",
      "ec2:DeleteNetworkInterface",
      "ec2:AssignPrivateIpAddresses",
      "ec2:UnassignPrivateIpAddresses"
    ])
  ],
  "arn:aws:iam::aws:policy/AWSLambdaExecute": [
    allow("logs:*", "arn:aws:logs:*:*:*"),
    allow(["s3:GetObject", "s3:PutObject"], "arn:aws:s3:::*")
  ],
  "arn:aws:iam::aws:policy/AdministratorAccess": [allow("*")],
  "arn:aws:iam::aws:policy/PowerUserAccess": [
    { Effect: "Allow", NotAction: ["iam:*", "organizations:*", "account:*"], Resource: "*" },
    allow(["iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:ListRoles", "organizations:DescribeOrganization", "account:ListRegions"])
  ],
  "arn:aws:iam::aws:policy/AWSLambda_FullAccess": [allow(["lambda:*", "logs:*", "events:*", "sqs:*", "s3:*", "sns:*"])],
  "arn:aws:iam::aws:policy/AmazonSQSFullAccess": [allow("sqs:*")],
  "arn:aws:iam::aws:policy/AmazonSNSFullAccess": [allow("sns:*")],
  "arn:aws:iam::aws:policy/AmazonS3FullAccess": [allow(["s3:*", "s3-object-lambda:*"])],
  "arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess": [allow(["events:*", "schemas:*", "scheduler:*", "pipes:*"])],
  "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess": [allow(["logs:*", "cloudwatch:GenerateQuery"])]
};

// ../local-cloud/src/iam/store.ts
var noSuchEntity = (message) => new AwsError("NoSuchEntity", message, 404);
function parseDocument(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new AwsError("MalformedPolicyDocument", "This policy contains invalid Json", 400);
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
    throw new AwsError("MalformedPolicyDocument", "This policy contains invalid Json", 400);
  }
  if (!("Statement" in doc)) {
    throw new AwsError("MalformedPolicyDocument", "Syntax errors in policy.", 400);
  }
  return doc;
}
var IamStore = class {
  constructor(accountId) {
    this.accountId = accountId;
  }
  accountId;
  roles = /* @__PURE__ */ new Map();
  policies = /* @__PURE__ */ new Map();
  role(name) {
    const r = this.roles.get(name);
    if (!r) throw noSuchEntity(`The role with name ${name} cannot be found.`);
    return r;
  }
  /** The role an ARN names (`arn:aws:iam::<account>:role/<path>/<name>`), or undefined. */
  roleByArn(arn) {
    const m = /^arn:[^:]+:iam::[^:]*:role\/(?:.*\/)?([^/]+)$/.exec(arn);
    const r = m ? this.roles.get(m[1]) : void 0;
    return r && r.arn === arn ? r : r && arn.endsWith(`/${r.roleName}`) ? r : void 0;
  }
  /** A customer or AWS managed policy by ARN; undefined when neither. */
  policy(arn) {
    const mine = this.policies.get(arn);
    if (mine) return { arn, document: mine.document, managed: mine };
    const aws = AWS_MANAGED[arn];
    if (aws) return { arn, document: JSON.stringify({ Version: "2012-10-17", Statement: aws }) };
    return void 0;
  }
  createRole(input) {
    if (this.roles.has(input.roleName)) {
      throw new AwsError("EntityAlreadyExists", `Role with name ${input.roleName} already exists.`, 409);
    }
    const role = {
      ...input,
      roleId: `AROA${randomSuffix(17)}`,
      arn: `arn:aws:iam::${this.accountId}:role${input.path}${input.roleName}`,
      createDate: /* @__PURE__ */ new Date(),
      inline: /* @__PURE__ */ new Map(),
      attached: []
    };
    this.roles.set(role.roleName, role);
    return role;
  }
  /** Every policy document that applies to the role, with where it comes from. */
  documents(role) {
    const docs = [];
    for (const [name, text] of role.inline) docs.push({ source: name, document: JSON.parse(text) });
    for (const arn of role.attached) {
      const p = this.policy(arn);
      if (p) docs.push({ source: arn, document: JSON.parse(p.document) });
    }
    return docs;
  }
  evaluateRole(role, action, resource) {
    return evaluate(this.documents(role), action, resource);
  }
};

// ../local-cloud/src/iam/createPolicy.ts
var createPolicy = (store, form) => {
  const name = entityName(form, "PolicyName", 128);
  const doc = required2(form, "PolicyDocument");
  parseDocument(doc);
  const p = path(form);
  const arn = `arn:aws:iam::${store.accountId}:policy${p}${name}`;
  if (store.policies.has(arn)) {
    throw new AwsError("EntityAlreadyExists", `A policy called ${name} already exists. Duplicate names are not allowed.`, 409);
  }
  const now = /* @__PURE__ */ new Date();
  const policy = {
    policyName: name,
    policyId: `ANPA${randomSuffix(17)}`,
    arn,
    path: p,
    description: form.Description,
    createDate: now,
    updateDate: now,
    document: doc,
    defaultVersionId: "v1"
  };
  store.policies.set(arn, policy);
  return toXml({ Policy: policyXml(policy, store) });
};

// ../local-cloud/src/iam/createRole.ts
var createRole = (store, form) => {
  const name = entityName(form, "RoleName", 64);
  const trust = required2(form, "AssumeRolePolicyDocument");
  parseDocument(trust);
  const role = store.createRole({
    roleName: name,
    path: path(form),
    assumeRolePolicyDocument: trust,
    description: form.Description,
    maxSessionDuration: Number(form.MaxSessionDuration ?? 3600),
    tags: queryStructs(form, "Tags.member").map((t) => ({ Key: t.Key, Value: t.Value ?? "" }))
  });
  return toXml({ Role: roleXml(role) });
};

// ../local-cloud/src/iam/deletePolicy.ts
var deletePolicy = (store, form) => {
  const arn = required2(form, "PolicyArn");
  if (!store.policies.has(arn)) throw noSuchEntity(`Policy ${arn} was not found.`);
  if ([...store.roles.values()].some((r) => r.attached.includes(arn))) {
    throw new AwsError("DeleteConflict", "Cannot delete a policy attached to entities.", 409);
  }
  store.policies.delete(arn);
  return void 0;
};

// ../local-cloud/src/iam/deleteRole.ts
var deleteRole = (store, form) => {
  const role = store.role(required2(form, "RoleName"));
  if (role.inline.size > 0) throw new AwsError("DeleteConflict", "Cannot delete entity, must delete policies first.", 409);
  if (role.attached.length > 0) {
    throw new AwsError("DeleteConflict", "Cannot delete entity, must detach all policies first.", 409);
  }
  store.roles.delete(role.roleName);
  return void 0;
};

// ../local-cloud/src/iam/deleteRolePolicy.ts
var deleteRolePolicy = (store, form) => {
  const role = store.role(required2(form, "RoleName"));
  const name = required2(form, "PolicyName");
  if (!role.inline.delete(name)) throw noSuchEntity(`The role policy with name ${name} cannot be found.`);
  return void 0;
};

// ../local-cloud/src/iam/detachRolePolicy.ts
var detachRolePolicy = (store, form) => {
  const role = store.role(required2(form, "RoleName"));
  const arn = required2(form, "PolicyArn");
  const i2 = role.attached.indexOf(arn);
  if (i2 < 0) throw noSuchEntity(`Policy ${arn} was not found.`);
  role.attached.splice(i2, 1);
  return void 0;
};

// ../local-cloud/src/iam/getPolicy.ts
var getPolicy = (store, form) => {
  const arn = required2(form, "PolicyArn");
  const found = store.policy(arn);
  if (!found) throw noSuchEntity(`Policy ${arn} was not found.`);
  const epoch = /* @__PURE__ */ new Date(0);
  const managed = found.managed ?? {
    policyName: arn.slice(arn.lastIndexOf("/") + 1),
    policyId: `ANPA${Buffer.from(arn).toString("hex").slice(-17).toUpperCase()}`,
    arn,
    path: arn.slice(arn.indexOf(":policy") + 7, arn.lastIndexOf("/") + 1),
    createDate: epoch,
    updateDate: epoch,
    document: found.document,
    defaultVersionId: "v1"
  };
  return toXml({ Policy: policyXml(managed, store) });
};

// ../local-cloud/src/iam/getPolicyVersion.ts
var getPolicyVersion = (store, form) => {
  const arn = required2(form, "PolicyArn");
  const version = required2(form, "VersionId");
  const found = store.policy(arn);
  if (!found || version !== "v1") throw noSuchEntity(`Policy ${arn} version ${version} does not exist or is not attachable.`);
  return toXml({
    PolicyVersion: {
      Document: encoded(found.document),
      VersionId: "v1",
      IsDefaultVersion: true,
      CreateDate: (found.managed?.createDate ?? /* @__PURE__ */ new Date(0)).toISOString()
    }
  });
};

// ../local-cloud/src/iam/getRole.ts
var getRole = (store, form) => toXml({ Role: roleXml(store.role(required2(form, "RoleName"))) });

// ../local-cloud/src/iam/getRolePolicy.ts
var getRolePolicy = (store, form) => {
  const role = store.role(required2(form, "RoleName"));
  const name = required2(form, "PolicyName");
  const doc = role.inline.get(name);
  if (doc === void 0) throw noSuchEntity(`The role policy with name ${name} cannot be found.`);
  return toXml({ RoleName: role.roleName, PolicyName: name, PolicyDocument: encoded(doc) });
};

// ../local-cloud/src/iam/listAttachedRolePolicies.ts
var listAttachedRolePolicies = (store, form) => {
  const role = store.role(required2(form, "RoleName"));
  return toXml({
    AttachedPolicies: {
      member: role.attached.map((arn) => ({ PolicyName: arn.slice(arn.lastIndexOf("/") + 1), PolicyArn: arn }))
    },
    IsTruncated: false
  });
};

// ../local-cloud/src/iam/listRolePolicies.ts
var listRolePolicies = (store, form) => {
  const role = store.role(required2(form, "RoleName"));
  return toXml({ PolicyNames: { member: [...role.inline.keys()] }, IsTruncated: false });
};

// ../local-cloud/src/iam/listRoles.ts
var listRoles = (store, form) => {
  const prefix = form.PathPrefix ?? "/";
  const roles = [...store.roles.values()].filter((r) => r.path.startsWith(prefix));
  return toXml({ Roles: { member: roles.map(roleXml) }, IsTruncated: false });
};

// ../local-cloud/src/iam/putRolePolicy.ts
var putRolePolicy = (store, form) => {
  const role = store.role(required2(form, "RoleName"));
  const name = entityName(form, "PolicyName", 128);
  const doc = required2(form, "PolicyDocument");
  parseDocument(doc);
  role.inline.set(name, doc);
  return void 0;
};

// ../local-cloud/src/iam/simulatePrincipalPolicy.ts
var simulatePrincipalPolicy = (store, form) => {
  const source = required2(form, "PolicySourceArn");
  const role = store.roleByArn(source);
  if (!role) throw noSuchEntity(`The role with name ${source.slice(source.lastIndexOf("/") + 1)} cannot be found.`);
  const actions = queryList(form, "ActionNames.member");
  const resources = queryList(form, "ResourceArns.member");
  const results = [];
  for (const action of actions) {
    for (const resource of resources.length > 0 ? resources : ["*"]) {
      const e = store.evaluateRole(role, action, resource);
      results.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: e.decision,
        MatchedStatements: {
          member: e.matched.map((m) => ({ SourcePolicyId: m.source, SourcePolicyType: m.source.startsWith("arn:") ? "IAM Policy" : "role" }))
        },
        MissingContextValues: { member: [] }
      });
    }
  }
  return toXml({ EvaluationResults: { member: results }, IsTruncated: false });
};

// ../local-cloud/src/iam/updateAssumeRolePolicy.ts
var updateAssumeRolePolicy = (store, form) => {
  const role = store.role(required2(form, "RoleName"));
  const doc = required2(form, "PolicyDocument");
  parseDocument(doc);
  role.assumeRolePolicyDocument = doc;
  return void 0;
};

// ../local-cloud/src/iam/index.ts
var OPERATIONS3 = {
  CreateRole: createRole,
  GetRole: getRole,
  DeleteRole: deleteRole,
  ListRoles: listRoles,
  UpdateAssumeRolePolicy: updateAssumeRolePolicy,
  PutRolePolicy: putRolePolicy,
  GetRolePolicy: getRolePolicy,
  DeleteRolePolicy: deleteRolePolicy,
  ListRolePolicies: listRolePolicies,
  AttachRolePolicy: attachRolePolicy,
  DetachRolePolicy: detachRolePolicy,
  ListAttachedRolePolicies: listAttachedRolePolicies,
  CreatePolicy: createPolicy,
  GetPolicy: getPolicy,
  GetPolicyVersion: getPolicyVersion,
  DeletePolicy: deletePolicy,
  SimulatePrincipalPolicy: simulatePrincipalPolicy
};
function iamInternal(store) {
  return {
    evaluate(roleArn, action, resource) {
      const role = store.roleByArn(roleArn);
      if (!role) return { allowed: true, reason: `role ${roleArn} is not known to the local IAM; allowed` };
      const e = store.evaluateRole(role, action, resource);
      if (e.decision === "allowed") {
        return { allowed: true, reason: `${action} on ${resource} allowed by ${e.matched[0].source}` };
      }
      if (e.decision === "explicitDeny") {
        return { allowed: false, reason: `${action} on ${resource} explicitly denied by ${e.matched[0].source}` };
      }
      return {
        allowed: false,
        reason: `no policy of role ${role.roleName} allows ${action} on ${resource}`
      };
    }
  };
}
function createIamService(cloud) {
  const store = new IamStore(cloud.accountId);
  cloud.iam = iamInternal(store);
  const operations = Object.fromEntries(
    Object.entries(OPERATIONS3).map(([name, op]) => [name, (form, req) => op(store, form, req)])
  );
  return { name: "iam", handle: (req, res) => serveAwsQuery({ namespace: NAMESPACE2, operations }, req, res) };
}

// ../local-cloud/src/lambda/index.ts
import { randomUUID as randomUUID6 } from "node:crypto";

// ../local-cloud/src/protocol/restJson.ts
function compileRoutes(routes) {
  return routes.map((r) => {
    const names = [];
    const pattern = r.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{(\w+)\\?\}|\{(\w+)\}/g, (_m, a, b) => {
      names.push(a ?? b);
      return "([^/]+)";
    });
    return { method: r.method, regex: new RegExp(`^${pattern}/?$`), names, handler: r.handler };
  });
}
function matchRoute(routes, method, path5) {
  let pathMatched = false;
  for (const r of routes) {
    const m = r.regex.exec(path5);
    if (!m) continue;
    pathMatched = true;
    if (r.method !== method) continue;
    const params = {};
    r.names.forEach((n, i2) => {
      params[n] = decodeURIComponent(m[i2 + 1]);
    });
    return { handler: r.handler, params };
  }
  return pathMatched ? "method" : void 0;
}
async function serveRestJson(routes, req, res, writeError = writeLambdaError) {
  try {
    const found = matchRoute(routes, req.method, req.path);
    if (!found || found === "method") {
      throw new AwsError("UnknownOperationException", `Unknown operation ${req.method} ${req.path}`, 404);
    }
    const answer = await found.handler(req, found.params) ?? {};
    const headers = { "x-amzn-RequestId": req.requestId, ...answer.headers };
    const status = answer.status ?? 200;
    if (answer.body === void 0) send(res, status, void 0, headers);
    else if (Buffer.isBuffer(answer.body) || typeof answer.body === "string") {
      send(res, status, answer.body, { "Content-Type": "application/json", ...headers });
    } else sendJson(res, status, answer.body, "application/json", headers);
  } catch (thrown) {
    writeError(req, res, toAwsError(thrown));
  }
}
function writeLambdaError(req, res, err2) {
  if (err2.status >= 500) req.cloud.log("error", `${req.service}: ${err2.message}`);
  const body = { Type: err2.fault === "Sender" ? "User" : "Service", Message: err2.message, ...err2.fields };
  sendJson(res, err2.status, body, "application/json", {
    "x-amzn-RequestId": req.requestId,
    "x-amzn-ErrorType": err2.code,
    ...err2.headers
  });
}
function jsonBody(req) {
  if (req.body.length === 0) return {};
  try {
    return JSON.parse(req.body.toString("utf8"));
  } catch {
    throw new AwsError("SerializationException", "Could not parse request body into json.", 400);
  }
}

// ../local-cloud/src/lambda/store.ts
import { randomUUID as randomUUID4 } from "node:crypto";

// ../local-cloud/src/lambda/names.ts
var FULL = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;
var PARTIAL = /^(\d{12}):function:([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;
var PLAIN = /^([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;
function parseFunctionRef(value) {
  let m = FULL.exec(value);
  if (m) return { region: m[1], accountId: m[2], name: m[3], qualifier: m[4] };
  m = PARTIAL.exec(value);
  if (m) return { accountId: m[1], name: m[2], qualifier: m[3] };
  m = PLAIN.exec(value);
  if (m) return { name: m[1], qualifier: m[2] };
  return void 0;
}
function functionRef(value, qualifier) {
  const ref2 = parseFunctionRef(value);
  if (!ref2 || value.length > 170) {
    throw new AwsError(
      "ValidationException",
      `1 validation error detected: Value '${value}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`,
      400
    );
  }
  if (qualifier) {
    if (ref2.qualifier && ref2.qualifier !== qualifier) {
      throw new AwsError(
        "InvalidParameterValueException",
        "The derived qualifier from the function name does not match the specified qualifier.",
        400
      );
    }
    ref2.qualifier = qualifier;
  }
  return ref2;
}
function functionArn(region, accountId, name, qualifier) {
  const base = `arn:aws:lambda:${region}:${accountId}:function:${name}`;
  return qualifier ? `${base}:${qualifier}` : base;
}
function arnService(arn) {
  return /^arn:aws[a-zA-Z-]*:([a-z0-9-]+):/.exec(arn)?.[1];
}

// ../local-cloud/src/lambda/store.ts
var LambdaStore = class {
  constructor(cloud) {
    this.cloud = cloud;
  }
  cloud;
  functions = /* @__PURE__ */ new Map();
  key(region, name) {
    return `${region}/${name}`;
  }
  arn(region, name, qualifier) {
    return functionArn(region, this.cloud.accountId, name, qualifier);
  }
  add(fn) {
    this.functions.set(this.key(fn.region, fn.name), fn);
  }
  remove(fn) {
    this.functions.delete(this.key(fn.region, fn.name));
  }
  list(region) {
    return [...this.functions.values()].filter((f) => f.region === region).sort((a, b) => a.name < b.name ? -1 : 1);
  }
  all() {
    return [...this.functions.values()];
  }
  find(ref2, region) {
    return this.functions.get(this.key(ref2.region ?? region, ref2.name));
  }
  /** The function or Lambda's 404 `Function not found: <arn>` (qualified when `qualify`). */
  get(value, region, qualifier, qualify = false) {
    const ref2 = functionRef(value, qualifier);
    const r = ref2.region ?? region;
    const fn = this.find(ref2, r);
    if (!fn) {
      const q = ref2.qualifier ?? (qualify ? "$LATEST" : void 0);
      throw notFound(this.arn(r, ref2.name, q));
    }
    return this.resolve(fn, ref2.qualifier);
  }
  /** The version a qualifier points at, or 404. */
  resolve(fn, qualifier) {
    const q = qualifier ?? "$LATEST";
    let version;
    if (q === "$LATEST") version = fn.latest;
    else if (/^\d+$/.test(q)) version = fn.versions.get(q);
    else {
      const alias = fn.aliases.get(q);
      if (alias)
        version = alias.FunctionVersion === "$LATEST" ? fn.latest : fn.versions.get(alias.FunctionVersion);
    }
    if (!version) throw notFound(`${fn.arn}:${q}`);
    return {
      fn,
      qualifier: q,
      version,
      qualifiedArn: `${fn.arn}:${q}`,
      invokedArn: qualifier ? `${fn.arn}:${q}` : fn.arn
    };
  }
};
function notFound(arn) {
  return new AwsError("ResourceNotFoundException", `Function not found: ${arn}`, 404);
}
function newRevisionId() {
  return randomUUID4();
}
function lastModifiedNow() {
  return (/* @__PURE__ */ new Date()).toISOString().replace("Z", "+0000");
}

// ../local-cloud/src/lambda/addPermission.ts
function principal(p) {
  if (p === "*") return "*";
  if (/^\d{12}$/.test(p)) return { AWS: `arn:aws:iam::${p}:root` };
  if (p.startsWith("arn:")) return { AWS: p };
  return { Service: p };
}
function addPermission(ctx, req, params) {
  const input = jsonBody(req);
  const { fn, qualifier } = ctx.store.get(params.FunctionName, req.region, req.query.get("Qualifier"));
  const missing = ["StatementId", "Action", "Principal"].filter((k) => !input[k]);
  if (missing.length > 0) {
    throw new AwsError(
      "ValidationException",
      `${missing.length} validation error${missing.length === 1 ? "" : "s"} detected: ${missing.map(
        (k) => `Value null at '${k[0].toLowerCase()}${k.slice(1)}' failed to satisfy constraint: Member must not be null`
      ).join("; ")}`,
      400
    );
  }
  if (input.RevisionId && input.RevisionId !== fn.policyRevision) {
    throw new AwsError(
      "PreconditionFailedException",
      "The Revision Id provided does not match the latest Revision Id. Call the GetPolicy API to retrieve the latest Revision Id",
      412
    );
  }
  if (fn.policy.some((s) => s.Sid === input.StatementId)) {
    throw new AwsError(
      "ResourceConflictException",
      `The statement id (${input.StatementId}) provided already exists. Please provide a new statement id, or remove the existing statement.`,
      409
    );
  }
  const condition2 = {};
  if (input.SourceAccount) condition2.StringEquals = { "AWS:SourceAccount": input.SourceAccount };
  if (input.SourceArn) condition2.ArnLike = { "AWS:SourceArn": input.SourceArn };
  if (input.PrincipalOrgID)
    condition2.StringEquals = { ...condition2.StringEquals, "aws:PrincipalOrgID": input.PrincipalOrgID };
  const action = input.Action.includes(":") ? input.Action : `lambda:${input.Action}`;
  const statement = {
    Sid: input.StatementId,
    Effect: "Allow",
    Principal: principal(input.Principal),
    Action: action,
    Resource: qualifier === "$LATEST" && !req.query.get("Qualifier") ? fn.arn : `${fn.arn}:${qualifier}`,
    ...Object.keys(condition2).length > 0 ? { Condition: condition2 } : {}
  };
  fn.policy.push(statement);
  fn.policyRevision = newRevisionId();
  return { status: 201, body: { Statement: JSON.stringify(statement) } };
}

// ../local-cloud/src/lambda/async/record.ts
function serializeRecord(r, dropPayloads = false) {
  let out = `{"version":"1.0","timestamp":"${r.timestamp.toISOString()}","requestContext":{"requestId":${JSON.stringify(r.requestId)},"functionArn":${JSON.stringify(r.functionArn)},"condition":"${r.condition}","approximateInvokeCount":${r.approximateInvokeCount}}`;
  if (!dropPayloads) out += `,"requestPayload":${eventText(r.requestPayload)}`;
  if (r.response) {
    out += `,"responseContext":{"statusCode":200,"executedVersion":${JSON.stringify(r.response.executedVersion)}`;
    if (r.response.functionError) out += `,"functionError":${JSON.stringify(r.response.functionError)}`;
    out += "}";
    if (!dropPayloads) out += `,"responsePayload":${jsonText2(r.response.payload)}`;
  }
  return `${out}}`;
}
function eventText(payload) {
  return payload.length === 0 ? "{}" : payload.toString("utf8");
}
function jsonText2(payload) {
  if (payload.length === 0) return "null";
  const text = payload.toString("utf8");
  try {
    JSON.parse(text);
    return text;
  } catch {
    return JSON.stringify(text);
  }
}

// ../local-cloud/src/lambda/async/deadLetter.ts
function sendToDeadLetter(cloud, fn, target, requestId, payload, errorPayload) {
  const service = arnService(target);
  let errorMessage = "";
  if (errorPayload) {
    try {
      errorMessage = String(
        JSON.parse(errorPayload.toString("utf8")).errorMessage ?? ""
      );
    } catch {
      errorMessage = errorPayload.toString("utf8");
    }
  }
  const attributes4 = {
    RequestID: { DataType: "String", StringValue: requestId },
    ErrorCode: { DataType: "Number", StringValue: "200" },
    ErrorMessage: { DataType: "String", StringValue: errorMessage.slice(0, 1024) || "Unhandled" }
  };
  const body = eventText(payload);
  try {
    const action = service === "sns" ? "sns:Publish" : "sqs:SendMessage";
    const role = fn.latest.config.Role;
    if (cloud.iam && role) {
      const verdict = cloud.iam.evaluate(role, action, target);
      if (!verdict.allowed) throw new Error(`execution role ${role} is not allowed ${action} on ${target}`);
    }
    if (service === "sqs") {
      if (!cloud.sqs) throw new Error("SQS is not served by this local cloud");
      cloud.sqs.sendMessage(target, body, { messageAttributes: attributes4 });
    } else if (service === "sns") {
      if (!cloud.sns) throw new Error("SNS is not served by this local cloud");
      cloud.sns.publish(target, body, { messageAttributes: attributes4 });
    } else throw new Error(`dead-letter target service '${service}' is not supported`);
  } catch (err2) {
    cloud.count("DeadLetterErrors", fn.name);
    cloud.log(
      "error",
      `lambda ${fn.name}: event ${requestId} not sent to dead-letter queue ${target}: ${err2 instanceof Error ? err2.message : String(err2)}`
    );
  }
}

// ../local-cloud/src/lambda/async/deliverEvents.ts
function deliverToBus(d) {
  const events = d.cloud.events;
  if (!events) throw new DeliveryFailure("EventBridge is not served by this local cloud");
  const region = d.destination.split(":")[3] || d.fn.region;
  const bus = events.describeBus(d.destination, region);
  if (!bus) throw new DeliveryFailure("the event bus does not exist");
  events.putEvent({
    eventBusName: d.destination,
    source: "lambda",
    detailType: `Lambda Function Invocation Result - ${d.success ? "Success" : "Failure"}`,
    detail: serializeRecord(d.record),
    resources: [bus.arn, d.record.functionArn],
    time: d.record.timestamp,
    region
  });
}

// ../local-cloud/src/lambda/async/deliverLambda.ts
function deliverToFunction(d) {
  const lambda = d.cloud.lambda;
  if (!lambda) throw new DeliveryFailure("Lambda is not served by this local cloud");
  const region = d.destination.split(":")[3] || d.fn.region;
  if (!lambda.describeFunction(d.destination, region))
    throw new DeliveryFailure("the function does not exist");
  lambda.invokeAsync(d.destination, Buffer.from(serializeRecord(d.record)), { region });
}

// ../local-cloud/src/lambda/async/deliverS3.ts
import { randomUUID as randomUUID5 } from "node:crypto";
function recordKey(functionName, at) {
  const iso2 = at.toISOString();
  const day = `${iso2.slice(0, 4)}/${iso2.slice(5, 7)}/${iso2.slice(8, 10)}`;
  return `aws/lambda/async/${functionName}/${day}/${iso2.slice(0, 19).replaceAll(":", ".")}-${randomUUID5()}`;
}
function deliverToBucket(d) {
  const s3 = d.cloud.s3;
  if (!s3) throw new DeliveryFailure("S3 is not served by this local cloud");
  const bucket = d.destination.split(":").slice(5).join(":");
  if (!s3.bucketExists(bucket)) throw new DeliveryFailure("the bucket does not exist");
  s3.putObject(
    bucket,
    recordKey(d.fn.name, d.record.timestamp),
    Buffer.from(serializeRecord(d.record)),
    "application/json"
  );
}

// ../local-cloud/src/lambda/async/deliverSns.ts
var SNS_LIMIT = 256 * 1024;
function deliverToTopic(d) {
  const sns = d.cloud.sns;
  if (!sns) throw new DeliveryFailure("SNS is not served by this local cloud");
  const topic = sns.describeTopic(d.destination);
  if (!topic) throw new DeliveryFailure("the topic does not exist");
  if (topic.fifo) throw new DeliveryFailure("FIFO topics are not supported as destinations");
  let message = serializeRecord(d.record);
  if (Buffer.byteLength(message) > SNS_LIMIT) {
    if (d.success) throw new DeliveryFailure(`the record is larger than SNS's ${SNS_LIMIT} bytes`);
    message = serializeRecord(d.record, true);
  }
  sns.publish(d.destination, message);
}

// ../local-cloud/src/lambda/async/deliverSqs.ts
function deliverToQueue(d) {
  const sqs = d.cloud.sqs;
  if (!sqs) throw new DeliveryFailure("SQS is not served by this local cloud");
  const queue = sqs.describeQueue(d.destination);
  if (!queue) throw new DeliveryFailure("the queue does not exist");
  if (queue.fifo) throw new DeliveryFailure("FIFO queues are not supported as destinations");
  sqs.sendMessage(d.destination, serializeRecord(d.record));
}

// ../local-cloud/src/lambda/async/deliver.ts
var DeliveryFailure = class extends Error {
};
var ACTIONS = {
  sqs: "sqs:SendMessage",
  sns: "sns:Publish",
  events: "events:PutEvents",
  lambda: "lambda:InvokeFunction",
  s3: "s3:PutObject"
};
function deliver(d) {
  const service = arnService(d.destination) ?? "";
  try {
    const action = ACTIONS[service];
    if (!action) throw new DeliveryFailure(`destination service '${service}' is not supported`);
    if (service === "s3" && d.success) throw new DeliveryFailure("S3 is a destination for failures only");
    const role = d.fn.latest.config.Role;
    if (d.cloud.iam && role) {
      const verdict = d.cloud.iam.evaluate(role, action, d.destination);
      if (!verdict.allowed) {
        throw new DeliveryFailure(
          `execution role ${role} is not allowed ${action} on ${d.destination} (${verdict.reason})`
        );
      }
    }
    if (service === "sqs") deliverToQueue(d);
    else if (service === "sns") deliverToTopic(d);
    else if (service === "events") deliverToBus(d);
    else if (service === "lambda") deliverToFunction(d);
    else deliverToBucket(d);
    return true;
  } catch (err2) {
    const reason = err2 instanceof Error ? err2.message : String(err2);
    d.cloud.count("DestinationDeliveryFailures", d.fn.name);
    d.cloud.log(
      "error",
      `lambda ${d.fn.name}: record ${d.record.requestId} (${d.record.condition}) not delivered to ${d.destination}: ${reason}`
    );
    return false;
  }
}

// ../local-cloud/src/lambda/async/retry.ts
var DEFAULT_MAX_RETRIES = 2;
var DEFAULT_MAX_EVENT_AGE_SECONDS = 21600;
function errorRetryDelayMs(attemptsMade) {
  return attemptsMade <= 1 ? 6e4 : 12e4;
}
function throttleDelayMs(throttles) {
  return Math.min(1e3 * 2 ** throttles, 3e5);
}
function tooOld(enqueuedAt, now, delayMs, maxAgeMs) {
  return now + delayMs - enqueuedAt > maxAgeMs;
}

// ../local-cloud/src/lambda/async/eventQueue.ts
var EventQueue = class {
  constructor(cloud, store, pool) {
    this.cloud = cloud;
    this.store = store;
    this.pool = pool;
  }
  cloud;
  store;
  pool;
  timers = /* @__PURE__ */ new Set();
  stopped = false;
  /** Events accepted and not yet finished (for tests and the bench to wait on). */
  pending = 0;
  enqueue(resolved, payload, requestId) {
    const ev = {
      requestId,
      payload,
      fn: resolved.fn,
      qualifier: resolved.qualifier,
      invokedArn: resolved.invokedArn,
      enqueuedAt: Date.now(),
      attempts: 0,
      throttles: 0
    };
    this.pending++;
    this.later(ev, 0);
  }
  later(ev, delayMs) {
    if (this.stopped) return;
    if (delayMs <= 0) {
      setImmediate(() => void this.attempt(ev));
      return;
    }
    const t = setTimeout(() => {
      this.timers.delete(t);
      void this.attempt(ev);
    }, delayMs);
    this.timers.add(t);
  }
  settings(ev) {
    const cfg = ev.fn.eventInvokeConfigs.get(ev.qualifier);
    return {
      maxRetries: cfg?.MaximumRetryAttempts ?? DEFAULT_MAX_RETRIES,
      maxAgeMs: this.cloud.scaled((cfg?.MaximumEventAgeInSeconds ?? DEFAULT_MAX_EVENT_AGE_SECONDS) * 1e3)
    };
  }
  async attempt(ev) {
    if (this.stopped) return;
    const fn = ev.fn;
    if (this.store.find({ name: fn.name, region: fn.region }, fn.region) !== fn)
      return this.drop(ev, "function deleted");
    let resolved;
    try {
      resolved = this.store.resolve(fn, ev.qualifier);
    } catch {
      return this.drop(ev, `qualifier ${ev.qualifier} no longer exists`);
    }
    if (fn.reservedConcurrency === 0) return this.complete(ev, "ZeroReservedConcurrency");
    const { maxRetries, maxAgeMs } = this.settings(ev);
    let result;
    try {
      result = await this.pool.invoke(fn, resolved.version, {
        requestId: ev.requestId,
        payload: ev.payload.length === 0 ? Buffer.from("{}") : ev.payload,
        invokedArn: ev.invokedArn
      });
    } catch (err2) {
      if (this.stopped) return;
      return this.drop(ev, err2 instanceof Error ? err2.message : String(err2));
    }
    if (this.stopped) return;
    const now = Date.now();
    if ("throttled" in result) {
      this.cloud.count("Throttles", fn.name);
      const delay2 = this.cloud.scaled(throttleDelayMs(ev.throttles));
      ev.throttles++;
      if (tooOld(ev.enqueuedAt, now, delay2, maxAgeMs)) return this.complete(ev, "EventAgeExceeded");
      return this.later(ev, delay2);
    }
    ev.attempts++;
    ev.last = result;
    ev.executedVersion = resolved.version.version;
    if (!result.functionError) return this.complete(ev, "Success");
    this.cloud.count("Errors", fn.name);
    if (ev.attempts > maxRetries) return this.complete(ev, "RetriesExhausted");
    const delay = this.cloud.scaled(errorRetryDelayMs(ev.attempts));
    if (tooOld(ev.enqueuedAt, now, delay, maxAgeMs)) return this.complete(ev, "EventAgeExceeded");
    this.later(ev, delay);
  }
  drop(ev, reason) {
    this.pending--;
    this.cloud.log("info", `lambda ${ev.fn.name}: event ${ev.requestId} dropped: ${reason}`);
  }
  complete(ev, condition2) {
    this.pending--;
    const fn = ev.fn;
    const success = condition2 === "Success";
    const cfg = fn.eventInvokeConfigs.get(ev.qualifier);
    const destination = success ? cfg?.DestinationConfig.OnSuccess?.Destination : cfg?.DestinationConfig.OnFailure?.Destination;
    const timestamp = /* @__PURE__ */ new Date();
    const functionArn2 = `${fn.arn}:${ev.qualifier}`;
    if (destination) {
      deliver({
        cloud: this.cloud,
        fn,
        destination,
        success,
        record: {
          timestamp,
          requestId: ev.requestId,
          functionArn: functionArn2,
          condition: condition2,
          approximateInvokeCount: ev.attempts,
          requestPayload: ev.payload,
          response: ev.last && condition2 !== "ZeroReservedConcurrency" ? {
            executedVersion: ev.executedVersion ?? "$LATEST",
            functionError: ev.last.functionError,
            payload: ev.last.payload
          } : void 0
        }
      });
    }
    if (!success) {
      this.cloud.count("AsyncEventsFailed", fn.name);
      let version = fn.latest;
      try {
        version = this.store.resolve(fn, ev.qualifier).version;
      } catch {
      }
      const dlq = version.config.DeadLetterConfig?.TargetArn;
      if (dlq) sendToDeadLetter(this.cloud, fn, dlq, ev.requestId, ev.payload, ev.last?.payload);
    }
  }
  stop() {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
};

// ../local-cloud/src/lambda/code.ts
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";
function unpackZip(zip) {
  let files;
  try {
    files = unzipSync(zip);
  } catch {
    throw new AwsError(
      "InvalidParameterValueException",
      "Could not unzip uploaded file. Please check your file, then try to upload again.",
      400
    );
  }
  const dir = mkdtempSync(path2.join(tmpdir(), "local-cloud-fn-"));
  for (const [name, data] of Object.entries(files)) {
    const target = path2.resolve(dir, name);
    if (!target.startsWith(dir + path2.sep)) continue;
    if (name.endsWith("/")) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path2.dirname(target), { recursive: true });
    writeFileSync(target, data);
    if (path2.basename(name) === "bootstrap" || name.endsWith(".sh")) chmodSync(target, 493);
  }
  return { dir, sha256: createHash("sha256").update(zip).digest("base64"), size: zip.length };
}
function removeCode(dir) {
  rmSync(dir, { recursive: true, force: true });
}

// ../local-cloud/src/lambda/aliasChecks.ts
function aliasOrThrow(fn, name) {
  const alias = fn.aliases.get(name);
  if (!alias) throw new AwsError("ResourceNotFoundException", `Alias not found: ${fn.arn}:${name}`, 404);
  return alias;
}
function checkVersion(fn, version) {
  if (!version) {
    throw new AwsError(
      "ValidationException",
      "1 validation error detected: Value null at 'functionVersion' failed to satisfy constraint: Member must not be null",
      400
    );
  }
  if (version !== "$LATEST" && !fn.versions.has(version)) throw notFound(`${fn.arn}:${version}`);
  return version;
}

// ../local-cloud/src/lambda/createAlias.ts
function createAlias(ctx, req, params) {
  const input = jsonBody(req);
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const name = input.Name ?? "";
  if (!/^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/.test(name)) {
    throw new AwsError(
      "ValidationException",
      `1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)`,
      400
    );
  }
  const aliasArn = `${fn.arn}:${name}`;
  if (fn.aliases.has(name))
    throw new AwsError("ResourceConflictException", `Alias already exists: ${aliasArn}`, 409);
  const alias = {
    AliasArn: aliasArn,
    Name: name,
    FunctionVersion: checkVersion(fn, input.FunctionVersion),
    Description: input.Description ?? "",
    RoutingConfig: input.RoutingConfig,
    RevisionId: newRevisionId()
  };
  fn.aliases.set(name, alias);
  return { status: 201, body: alias };
}

// ../local-cloud/src/lambda/functionCode.ts
function loadCode(ctx, code) {
  let zip;
  if (code.ZipFile) zip = Buffer.from(code.ZipFile, "base64");
  else if (code.S3Bucket && code.S3Key) {
    const s3 = ctx.cloud.s3;
    const object = s3?.getObject?.(code.S3Bucket, code.S3Key);
    if (!object) {
      throw new AwsError(
        "InvalidParameterValueException",
        `Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.`,
        400
      );
    }
    zip = object;
  } else if (code.ImageUri) {
    throw new AwsError(
      "InvalidParameterValueException",
      "Container images are not supported by this local cloud.",
      400
    );
  } else {
    throw new AwsError("InvalidParameterValueException", "Please provide a source for function code.", 400);
  }
  const stored = unpackZip(zip);
  ctx.codeDirs.add(stored.dir);
  return stored;
}

// ../local-cloud/src/lambda/publishVersion.ts
function publish(fn, description) {
  const latest = fn.latest;
  const last = fn.versions.get(String(fn.lastPublished));
  if (last && last.code.sha256 === latest.code.sha256 && last.publishedFrom === latest.config.RevisionId)
    return last;
  const n = String(++fn.lastPublished);
  const version = {
    version: n,
    code: latest.code,
    publishedFrom: latest.config.RevisionId,
    config: {
      ...structuredClone(latest.config),
      Version: n,
      FunctionArn: `${fn.arn}:${n}`,
      Description: description ?? latest.config.Description,
      RevisionId: newRevisionId()
    }
  };
  fn.versions.set(n, version);
  return version;
}
function publishVersion(ctx, req, params) {
  const input = jsonBody(req);
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  return { status: 201, body: publish(fn, input.Description).config };
}

// ../local-cloud/src/lambda/runtimes.ts
var SUPPORTED = {
  "nodejs18.x": "nodejs",
  "nodejs20.x": "nodejs",
  "nodejs22.x": "nodejs",
  "nodejs24.x": "nodejs",
  "python3.9": "python",
  "python3.10": "python",
  "python3.11": "python",
  "python3.12": "python",
  "python3.13": "python",
  "python3.14": "python",
  provided: "provided",
  "provided.al2": "provided",
  "provided.al2023": "provided"
};
function runtimeFamily(runtime) {
  return runtime === void 0 ? void 0 : SUPPORTED[runtime];
}
var SUPPORTED_RUNTIMES = Object.keys(SUPPORTED);
function executionEnv(runtime) {
  const family = runtimeFamily(runtime);
  if (family === "nodejs") return `AWS_Lambda_${runtime}`;
  if (family === "python") return `AWS_Lambda_${runtime}`;
  return void 0;
}

// ../local-cloud/src/lambda/validation.ts
function validationError2(failures) {
  const n = failures.length;
  return new AwsError(
    "ValidationException",
    `${n} validation error${n === 1 ? "" : "s"} detected: ${failures.join("; ")}`,
    400
  );
}
function throwIfAny(failures) {
  if (failures.length > 0) throw validationError2(failures);
}
function rangeFailures(value, member, min, max2) {
  if (value === void 0 || value === null) return [];
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return [
      `Value '${String(value)}' at '${member}' failed to satisfy constraint: Member must be an integer`
    ];
  }
  if (value < min)
    return [
      `Value '${value}' at '${member}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`
    ];
  if (value > max2)
    return [
      `Value '${value}' at '${member}' failed to satisfy constraint: Member must have value less than or equal to ${max2}`
    ];
  return [];
}
var ROLE = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
var HANDLER = /^[^\s]+$/;
var RESERVED_KEYS = /* @__PURE__ */ new Set([
  "_HANDLER",
  "_X_AMZN_TRACE_ID",
  "AWS_DEFAULT_REGION",
  "AWS_REGION",
  "AWS_EXECUTION_ENV",
  "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
  "AWS_LAMBDA_FUNCTION_VERSION",
  "AWS_LAMBDA_INITIALIZATION_TYPE",
  "AWS_LAMBDA_LOG_GROUP_NAME",
  "AWS_LAMBDA_LOG_STREAM_NAME",
  "AWS_ACCESS_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_LAMBDA_RUNTIME_API",
  "LAMBDA_TASK_ROOT",
  "LAMBDA_RUNTIME_DIR"
]);
function validateConfiguration(input) {
  const failures = [];
  if (input.Role !== void 0 && !ROLE.test(input.Role)) {
    failures.push(
      `Value '${input.Role}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+`
    );
  }
  if (input.Handler !== void 0 && (!HANDLER.test(input.Handler) || input.Handler.length > 128)) {
    failures.push(
      `Value '${input.Handler}' at 'handler' failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s]+`
    );
  }
  failures.push(...rangeFailures(input.Timeout, "timeout", 1, 900));
  failures.push(...rangeFailures(input.MemorySize, "memorySize", 128, 10240));
  throwIfAny(failures);
  if (input.Runtime !== void 0 && !SUPPORTED_RUNTIMES.includes(input.Runtime)) {
    throw new AwsError(
      "InvalidParameterValueException",
      `The runtime parameter of ${input.Runtime} is deprecated or not supported by this local cloud. Supported runtimes: ${SUPPORTED_RUNTIMES.join(", ")}.`,
      400
    );
  }
  const reserved = Object.keys(input.Environment?.Variables ?? {}).filter((k) => RESERVED_KEYS.has(k));
  if (reserved.length > 0) {
    throw new AwsError(
      "InvalidParameterValueException",
      `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(", ")}`,
      400
    );
  }
}
function validateCreateFunction(input) {
  const failures = [];
  if (!input.FunctionName)
    failures.push("Value null at 'functionName' failed to satisfy constraint: Member must not be null");
  else if (!/^[a-zA-Z0-9_-]{1,64}$/.test(input.FunctionName) && !/^arn:/.test(input.FunctionName)) {
    failures.push(
      `Value '${input.FunctionName}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`
    );
  }
  if (!input.Role)
    failures.push("Value null at 'role' failed to satisfy constraint: Member must not be null");
  if (!input.Code)
    failures.push("Value null at 'code' failed to satisfy constraint: Member must not be null");
  throwIfAny(failures);
  validateConfiguration(input);
  if ((input.PackageType ?? "Zip") === "Image") {
    throw new AwsError(
      "InvalidParameterValueException",
      "Container images are not supported by this local cloud.",
      400
    );
  }
  if (!input.Runtime)
    throw new AwsError(
      "InvalidParameterValueException",
      "Runtime is required for .zip deployment packages.",
      400
    );
  if (!input.Handler)
    throw new AwsError(
      "InvalidParameterValueException",
      "Handler is required for .zip deployment packages.",
      400
    );
}

// ../local-cloud/src/lambda/createFunction.ts
function createFunction(ctx, req) {
  const input = jsonBody(req);
  validateCreateFunction(input);
  const ref2 = parseFunctionRef(input.FunctionName);
  const region = ref2.region ?? req.region;
  if (ctx.store.find(ref2, region)) {
    throw new AwsError("ResourceConflictException", `Function already exist: ${ref2.name}`, 409);
  }
  const code = loadCode(ctx, input.Code);
  const arn = ctx.store.arn(region, ref2.name);
  const config = {
    FunctionName: ref2.name,
    FunctionArn: arn,
    Runtime: input.Runtime,
    Role: input.Role,
    Handler: input.Handler,
    CodeSize: code.size,
    Description: input.Description ?? "",
    Timeout: input.Timeout ?? 3,
    MemorySize: input.MemorySize ?? 128,
    LastModified: lastModifiedNow(),
    CodeSha256: code.sha256,
    Version: "$LATEST",
    Environment: input.Environment?.Variables ? { Variables: input.Environment.Variables } : void 0,
    DeadLetterConfig: input.DeadLetterConfig?.TargetArn ? { TargetArn: input.DeadLetterConfig.TargetArn } : void 0,
    TracingConfig: { Mode: input.TracingConfig?.Mode ?? "PassThrough" },
    RevisionId: newRevisionId(),
    Layers: input.Layers?.map((Arn) => ({ Arn, CodeSize: 0 })),
    State: "Active",
    LastUpdateStatus: "Successful",
    PackageType: "Zip",
    Architectures: input.Architectures ?? ["x86_64"],
    EphemeralStorage: { Size: input.EphemeralStorage?.Size ?? 512 },
    SnapStart: { ApplyOn: "None", OptimizationStatus: "Off" },
    LoggingConfig: {
      LogFormat: input.LoggingConfig?.LogFormat ?? "Text",
      LogGroup: input.LoggingConfig?.LogGroup ?? `/aws/lambda/${ref2.name}`
    }
  };
  const fn = {
    name: ref2.name,
    region,
    arn,
    latest: { version: "$LATEST", config, code },
    versions: /* @__PURE__ */ new Map(),
    lastPublished: 0,
    aliases: /* @__PURE__ */ new Map(),
    eventInvokeConfigs: /* @__PURE__ */ new Map(),
    policy: [],
    policyRevision: newRevisionId(),
    tags: { ...input.Tags ?? {} },
    codeDirs: /* @__PURE__ */ new Set([code.dir])
  };
  ctx.store.add(fn);
  const body = input.Publish ? publish(fn).config : config;
  return { status: 201, body };
}

// ../local-cloud/src/lambda/deleteAlias.ts
function deleteAlias(ctx, req, params) {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  fn.aliases.delete(params.Name);
  fn.eventInvokeConfigs.delete(params.Name);
  return { status: 204 };
}

// ../local-cloud/src/lambda/deleteFunction.ts
function deleteFunction(ctx, req, params) {
  const { fn, qualifier } = ctx.store.get(params.FunctionName, req.region, req.query.get("Qualifier"));
  const given = req.query.get("Qualifier") ?? parseFunctionRef(params.FunctionName)?.qualifier;
  if (given && qualifier !== "$LATEST") {
    if (!/^\d+$/.test(qualifier)) {
      throw new AwsError("InvalidParameterValueException", "Deletion of aliases is not supported.", 400);
    }
    const inUse = [...fn.aliases.values()].find((a) => a.FunctionVersion === qualifier);
    if (inUse) {
      throw new AwsError(
        "ResourceConflictException",
        `Unable to delete version because the following aliases reference it: [${inUse.Name}]`,
        409
      );
    }
    fn.versions.delete(qualifier);
    fn.eventInvokeConfigs.delete(qualifier);
  } else {
    ctx.store.remove(fn);
  }
  ctx.pool.retire(fn);
  return { status: 204 };
}

// ../local-cloud/src/lambda/deleteFunctionConcurrency.ts
function deleteFunctionConcurrency(ctx, req, params) {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  fn.reservedConcurrency = void 0;
  return { status: 204 };
}

// ../local-cloud/src/lambda/eventInvokeConfigs.ts
function configTarget(ctx, name, qualifierParam, region) {
  const ref2 = functionRef(name, qualifierParam);
  const fn = ctx.store.find(ref2, region);
  const qualifier = ref2.qualifier ?? "$LATEST";
  const missing = () => new AwsError("ResourceNotFoundException", "The function doesn't exist.", 404);
  if (!fn) throw missing();
  if (qualifier !== "$LATEST" && !fn.versions.has(qualifier) && !fn.aliases.has(qualifier)) throw missing();
  return { fn, qualifier, functionArn: `${fn.arn}:${qualifier}` };
}
function noConfig(target) {
  return new AwsError(
    "ResourceNotFoundException",
    `The function ${target.functionArn} doesn't have an EventInvokeConfig`,
    404
  );
}
function configAnswer(c) {
  return {
    LastModified: c.LastModified,
    FunctionArn: c.FunctionArn,
    MaximumRetryAttempts: c.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: c.MaximumEventAgeInSeconds,
    DestinationConfig: {
      OnSuccess: c.DestinationConfig.OnSuccess?.Destination ? { Destination: c.DestinationConfig.OnSuccess.Destination } : {},
      OnFailure: c.DestinationConfig.OnFailure?.Destination ? { Destination: c.DestinationConfig.OnFailure.Destination } : {}
    }
  };
}
function epochSeconds2(_cloud) {
  return Date.now() / 1e3;
}

// ../local-cloud/src/lambda/deleteFunctionEventInvokeConfig.ts
function deleteFunctionEventInvokeConfig(ctx, req, params) {
  const target = configTarget(ctx, params.FunctionName, req.query.get("Qualifier"), req.region);
  if (!target.fn.eventInvokeConfigs.delete(target.qualifier)) throw noConfig(target);
  return { status: 204 };
}

// ../local-cloud/src/lambda/getAccountSettings.ts
function getAccountSettings(ctx, req) {
  const fns = ctx.store.list(req.region);
  const reserved = ctx.store.all().reduce((sum, f) => sum + (f.reservedConcurrency ?? 0), 0);
  const limit = ctx.cloud.config.accountConcurrency;
  const body = {
    AccountLimit: {
      TotalCodeSize: 80530636800,
      CodeSizeUnzipped: 262144e3,
      CodeSizeZipped: 52428800,
      ConcurrentExecutions: limit,
      UnreservedConcurrentExecutions: limit - reserved
    },
    AccountUsage: {
      TotalCodeSize: fns.reduce((sum, f) => sum + (f.latest.config.CodeSize ?? 0), 0),
      FunctionCount: fns.length
    }
  };
  return { body };
}

// ../local-cloud/src/lambda/getAlias.ts
function getAlias(ctx, req, params) {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  return { body: aliasOrThrow(fn, params.Name) };
}

// ../local-cloud/src/lambda/getFunction.ts
function getFunction(ctx, req, params) {
  const { fn, version } = ctx.store.get(params.FunctionName, req.region, req.query.get("Qualifier"));
  const body = {
    Configuration: version.config,
    Code: {
      RepositoryType: "S3",
      Location: `${req.baseUrl}/_localcloud/lambda/${fn.name}/${encodeURIComponent(version.version)}/code.zip`
    },
    Tags: Object.keys(fn.tags).length > 0 ? fn.tags : void 0,
    Concurrency: fn.reservedConcurrency === void 0 ? void 0 : { ReservedConcurrentExecutions: fn.reservedConcurrency }
  };
  return { body };
}

// ../local-cloud/src/lambda/getFunctionConcurrency.ts
function getFunctionConcurrency(ctx, req, params) {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const body = fn.reservedConcurrency === void 0 ? {} : { ReservedConcurrentExecutions: fn.reservedConcurrency };
  return { body };
}

// ../local-cloud/src/lambda/getFunctionConfiguration.ts
function getFunctionConfiguration(ctx, req, params) {
  const { version } = ctx.store.get(params.FunctionName, req.region, req.query.get("Qualifier"));
  return { body: version.config };
}

// ../local-cloud/src/lambda/getFunctionEventInvokeConfig.ts
function getFunctionEventInvokeConfig(ctx, req, params) {
  const target = configTarget(ctx, params.FunctionName, req.query.get("Qualifier"), req.region);
  const stored = target.fn.eventInvokeConfigs.get(target.qualifier);
  if (!stored) throw noConfig(target);
  return { body: configAnswer(stored) };
}

// ../local-cloud/src/lambda/getPolicy.ts
function getPolicy2(ctx, req, params) {
  const { fn } = ctx.store.get(params.FunctionName, req.region, req.query.get("Qualifier"));
  if (fn.policy.length === 0) {
    throw new AwsError("ResourceNotFoundException", "The resource you requested does not exist.", 404);
  }
  const body = {
    Policy: JSON.stringify({ Version: "2012-10-17", Id: "default", Statement: fn.policy }),
    RevisionId: fn.policyRevision
  };
  return { body };
}

// ../local-cloud/src/lambda/invoke.ts
var ASYNC_LIMIT = 1048576;
var SYNC_LIMIT = 6291456;
var TAIL_BYTES = 4096;
function checkPayload(body, type) {
  const limit = type === "Event" ? ASYNC_LIMIT : SYNC_LIMIT;
  if (body.length > limit) {
    throw new AwsError(
      "RequestEntityTooLargeException",
      `${body.length} byte payload is too large for the ${type} invocation type (limit ${limit} bytes)`,
      413
    );
  }
  if (body.length === 0) return;
  try {
    JSON.parse(body.toString("utf8"));
  } catch (err2) {
    throw new AwsError(
      "InvalidRequestContentException",
      `Could not parse request body into json: Could not parse payload into json: ${err2 instanceof Error ? err2.message : String(err2)}`,
      400
    );
  }
}
function throttled(reason) {
  return new AwsError("TooManyRequestsException", "Rate Exceeded.", 429, {
    headers: { "Retry-After": "1" },
    fields: { Reason: reason }
  });
}
async function invoke(ctx, req, params) {
  const type = header(req, "x-amz-invocation-type") ?? "RequestResponse";
  if (type !== "Event" && type !== "RequestResponse" && type !== "DryRun") {
    throw new AwsError(
      "ValidationException",
      `1 validation error detected: Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`,
      400
    );
  }
  const resolved = ctx.store.get(params.FunctionName, req.region, req.query.get("Qualifier"), true);
  checkPayload(req.body, type);
  if (type === "DryRun") return { status: 204 };
  if (type === "Event") {
    ctx.queue.enqueue(resolved, req.body, req.requestId);
    return { status: 202 };
  }
  const { fn, version } = resolved;
  if (fn.reservedConcurrency === 0) throw throttled("ReservedFunctionConcurrentInvocationLimitExceeded");
  let clientContext;
  const cc = header(req, "x-amz-client-context");
  if (cc) clientContext = Buffer.from(cc, "base64").toString("utf8");
  const tail = header(req, "x-amz-log-type") === "Tail";
  const result = await ctx.pool.invoke(fn, version, {
    requestId: req.requestId,
    payload: req.body.length === 0 ? Buffer.from("{}") : req.body,
    invokedArn: resolved.invokedArn,
    clientContext,
    tail
  });
  if ("throttled" in result) {
    throw throttled(
      result.throttled === "function" ? "ReservedFunctionConcurrentInvocationLimitExceeded" : "ConcurrentInvocationLimitExceeded"
    );
  }
  const headers = { "X-Amz-Executed-Version": version.version };
  if (result.functionError) headers["X-Amz-Function-Error"] = result.functionError;
  if (tail) {
    const log = Buffer.from(result.logTail ?? "");
    headers["X-Amz-Log-Result"] = log.subarray(Math.max(0, log.length - TAIL_BYTES)).toString("base64");
  }
  return { status: 200, body: result.payload, headers };
}

// ../local-cloud/src/lambda/paging.ts
function page2(all, marker, maxItems, defaultMax) {
  let start = 0;
  if (marker) {
    start = Number(Buffer.from(marker, "base64").toString("utf8"));
    if (!Number.isInteger(start) || start < 0)
      throw new AwsError("InvalidParameterValueException", "Invalid Marker.", 400);
  }
  const max2 = maxItems === null || maxItems === void 0 || maxItems === "" ? defaultMax : Number(maxItems);
  if (!Number.isInteger(max2) || max2 < 1) {
    throw new AwsError(
      "ValidationException",
      `1 validation error detected: Value '${maxItems}' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1`,
      400
    );
  }
  const items = all.slice(start, start + max2);
  const end = start + items.length;
  return { items, next: end < all.length ? Buffer.from(String(end)).toString("base64") : void 0 };
}

// ../local-cloud/src/lambda/listAliases.ts
function listAliases(ctx, req, params) {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const version = req.query.get("FunctionVersion");
  const all = [...fn.aliases.values()].filter((a) => !version || a.FunctionVersion === version);
  const { items, next } = page2(all, req.query.get("Marker"), req.query.get("MaxItems"), 50);
  const body = { Aliases: items, NextMarker: next };
  return { body };
}

// ../local-cloud/src/lambda/listFunctionEventInvokeConfigs.ts
function listFunctionEventInvokeConfigs(ctx, req, params) {
  const max2 = req.query.get("MaxItems");
  if (max2 !== null) throwIfAny(rangeFailures(Number(max2), "maxItems", 1, 50));
  const { fn } = configTarget(ctx, params.FunctionName, null, req.region);
  const all = [...fn.eventInvokeConfigs.values()].map(configAnswer);
  const { items, next } = page2(all, req.query.get("Marker"), max2, 50);
  return { body: { FunctionEventInvokeConfigs: items, NextMarker: next } };
}

// ../local-cloud/src/lambda/listFunctions.ts
function listFunctions(ctx, req) {
  const all = [];
  const every = req.query.get("FunctionVersion") === "ALL";
  for (const fn of ctx.store.list(req.region)) {
    all.push(fn.latest.config);
    if (every) for (const v of fn.versions.values()) all.push(v.config);
  }
  const { items, next } = page2(all, req.query.get("Marker"), req.query.get("MaxItems"), 50);
  const body = { Functions: items, NextMarker: next };
  return { body };
}

// ../local-cloud/src/lambda/listTags.ts
function listTags(ctx, req, params) {
  const { fn } = ctx.store.get(params.Resource, req.region);
  return { body: { Tags: fn.tags } };
}

// ../local-cloud/src/lambda/listVersionsByFunction.ts
function listVersionsByFunction(ctx, req, params) {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const all = [
    { ...fn.latest.config, FunctionArn: `${fn.arn}:$LATEST` },
    ...[...fn.versions.values()].map((v) => v.config)
  ];
  const { items, next } = page2(all, req.query.get("Marker"), req.query.get("MaxItems"), 50);
  const body = { Versions: items, NextMarker: next };
  return { body };
}

// ../local-cloud/src/lambda/putFunctionConcurrency.ts
function putFunctionConcurrency(ctx, req, params) {
  const input = jsonBody(req);
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const value = input.ReservedConcurrentExecutions;
  if (value === void 0 || value === null) {
    throw new AwsError(
      "ValidationException",
      "1 validation error detected: Value null at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must not be null",
      400
    );
  }
  throwIfAny(rangeFailures(value, "reservedConcurrentExecutions", 0, Number.MAX_SAFE_INTEGER));
  const account = ctx.cloud.config.accountConcurrency;
  const minimum = Math.min(100, Math.floor(account / 10));
  const others = ctx.store.all().filter((f) => f !== fn).reduce((sum, f) => sum + (f.reservedConcurrency ?? 0), 0);
  if (account - others - value < minimum) {
    throw new AwsError(
      "InvalidParameterValueException",
      `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`,
      400
    );
  }
  fn.reservedConcurrency = value;
  return { body: { ReservedConcurrentExecutions: value } };
}

// ../local-cloud/src/lambda/eventInvokeConfigValidation.ts
var ARN_PATTERN = "^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)";
var ARN = /^$|^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.*)$/;
var SERVICES = /* @__PURE__ */ new Set(["sqs", "sns", "lambda", "events", "s3"]);
function validateShape(input) {
  const failures = [
    ...rangeFailures(input.MaximumRetryAttempts, "maximumRetryAttempts", 0, 2),
    ...rangeFailures(input.MaximumEventAgeInSeconds, "maximumEventAgeInSeconds", 60, 21600)
  ];
  for (const [key, member] of [
    ["OnSuccess", "onSuccess"],
    ["OnFailure", "onFailure"]
  ]) {
    const d = input.DestinationConfig?.[key]?.Destination;
    if (d === void 0 || d === null) continue;
    if (d.length > 350) {
      failures.push(
        `Value '${d}' at 'destinationConfig.${member}.destination' failed to satisfy constraint: Member must have length less than or equal to 350`
      );
    } else if (!ARN.test(d)) {
      failures.push(
        `Value '${d}' at 'destinationConfig.${member}.destination' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ARN_PATTERN}`
      );
    }
  }
  throwIfAny(failures);
}
function javaToString(c) {
  const s = c?.OnSuccess?.Destination ? `OnSuccess(destination=${c.OnSuccess.Destination})` : "null";
  const f = c?.OnFailure?.Destination ? `OnFailure(destination=${c.OnFailure.Destination})` : "null";
  return `DestinationConfig(onSuccess=${s}, onFailure=${f})`;
}
function validateMeaning(ctx, fn, input) {
  const success = input.DestinationConfig?.OnSuccess?.Destination || void 0;
  const failure = input.DestinationConfig?.OnFailure?.Destination || void 0;
  if (input.MaximumRetryAttempts === void 0 && input.MaximumEventAgeInSeconds === void 0 && !success && !failure) {
    throw new AwsError(
      "InvalidParameterValueException",
      "You must specify at least one of error handling or destination setting.",
      400
    );
  }
  const invalid3 = () => new AwsError(
    "InvalidParameterValueException",
    `The provided destination config ${javaToString(input.DestinationConfig)} is invalid.`,
    400
  );
  for (const [arn, isSuccess] of [
    [success, true],
    [failure, false]
  ]) {
    if (!arn) continue;
    const service = arnService(arn) ?? "";
    if (!SERVICES.has(service) || service === "s3" && isSuccess) throw invalid3();
    if (service === "lambda") {
      const region = arn.split(":")[3] || fn.region;
      const target = ctx.store.find({ name: arn.split(":")[6] ?? "", region }, region);
      if (target === fn) {
        throw new AwsError(
          "InvalidParameterValueException",
          "You can't specify the function as a destination for itself.",
          400
        );
      }
      if (!target)
        throw new AwsError("InvalidParameterValueException", `The destination ARN ${arn} is invalid.`, 400);
    }
  }
}

// ../local-cloud/src/lambda/putFunctionEventInvokeConfig.ts
function putFunctionEventInvokeConfig(ctx, req, params) {
  const input = jsonBody(req);
  validateShape(input);
  const target = configTarget(ctx, params.FunctionName, req.query.get("Qualifier"), req.region);
  validateMeaning(ctx, target.fn, input);
  const stored = {
    LastModified: epochSeconds2(),
    FunctionArn: target.functionArn,
    MaximumRetryAttempts: input.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: input.MaximumEventAgeInSeconds,
    DestinationConfig: {
      OnSuccess: { Destination: input.DestinationConfig?.OnSuccess?.Destination || void 0 },
      OnFailure: { Destination: input.DestinationConfig?.OnFailure?.Destination || void 0 }
    }
  };
  target.fn.eventInvokeConfigs.set(target.qualifier, stored);
  return { body: configAnswer(stored) };
}

// ../local-cloud/src/lambda/removePermission.ts
function removePermission(ctx, req, params) {
  const { fn } = ctx.store.get(params.FunctionName, req.region, req.query.get("Qualifier"));
  const i2 = fn.policy.findIndex((s) => s.Sid === params.StatementId);
  if (i2 < 0) {
    throw new AwsError(
      "ResourceNotFoundException",
      `Statement ${params.StatementId} is not found in resource policy.`,
      404
    );
  }
  fn.policy.splice(i2, 1);
  fn.policyRevision = newRevisionId();
  return { status: 204 };
}

// ../local-cloud/src/lambda/runtime/pool.ts
import { availableParallelism } from "node:os";

// ../local-cloud/src/lambda/runtime/environment.ts
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

// ../local-cloud/src/lambda/runtime/childEnvironment.ts
import { existsSync } from "node:fs";
import path3 from "node:path";
import { fileURLToPath } from "node:url";
var sdkModules;
function sdkNodeModules() {
  if (sdkModules === void 0) {
    sdkModules = null;
    for (let dir = path3.dirname(fileURLToPath(new URL("./local-cloud/src/lambda/runtime/childEnvironment.js", import.meta.url).href)); ; dir = path3.dirname(dir)) {
      const candidate = path3.join(dir, "node_modules");
      if (existsSync(path3.join(candidate, "@aws-sdk"))) {
        sdkModules = candidate;
        break;
      }
      if (dir === path3.dirname(dir)) break;
    }
  }
  return sdkModules ?? void 0;
}
function childEnvironment(cloud, fn, version, family, names) {
  const c = version.config;
  const env = {
    ...c.Environment?.Variables ?? {},
    AWS_REGION: fn.region,
    AWS_DEFAULT_REGION: fn.region,
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(c.MemorySize ?? 128),
    AWS_LAMBDA_FUNCTION_VERSION: version.version,
    AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
    AWS_LAMBDA_RUNTIME_API: names.runtimeApi,
    AWS_LAMBDA_LOG_GROUP_NAME: names.logGroup,
    AWS_LAMBDA_LOG_STREAM_NAME: names.logStream,
    TZ: ":UTC",
    _HANDLER: c.Handler ?? "",
    LAMBDA_TASK_ROOT: version.code.dir,
    LAMBDA_RUNTIME_DIR: path3.dirname(fileURLToPath(new URL("./local-cloud/src/lambda/runtime/childEnvironment.js", import.meta.url).href)),
    LANG: "en_US.UTF-8",
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_SESSION_TOKEN: "test",
    AWS_ENDPOINT_URL: cloud.endpoint,
    // Bootstrap executables and interpreters are found on the host's PATH, not Lambda's.
    PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin"
  };
  const execEnv = executionEnv(c.Runtime ?? "");
  if (execEnv) env.AWS_EXECUTION_ENV = execEnv;
  if (family === "nodejs") {
    const modules = sdkNodeModules();
    env.NODE_PATH = modules ? `${modules}${path3.delimiter}${version.code.dir}` : version.code.dir;
  }
  if (family === "python") env.PYTHONPATH = version.code.dir;
  return env;
}

// ../local-cloud/src/lambda/runtime/errors.ts
function timedOutPayload(requestId, timeoutSeconds) {
  return JSON.stringify({
    errorType: "Sandbox.Timedout",
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds`
  });
}
function exitPayload(requestId, code, signal) {
  const reason = signal !== null ? `Runtime exited with error: signal: ${signal === "SIGKILL" ? "killed" : signal.replace(/^SIG/, "").toLowerCase()}` : code === 0 || code === null ? "Runtime exited without providing a reason" : `Runtime exited with error: exit status ${code}`;
  return JSON.stringify({
    errorType: "Runtime.ExitError",
    errorMessage: `RequestId: ${requestId} Error: ${reason}`
  });
}
function invalidEntrypointPayload(requestId, detail) {
  return JSON.stringify({
    errorType: "Runtime.InvalidEntrypoint",
    errorMessage: `RequestId: ${requestId} Error: ${detail}`
  });
}

// ../local-cloud/src/lambda/runtime/launch.ts
import { spawnSync } from "node:child_process";
import path4 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var here = path4.dirname(fileURLToPath2(new URL("./local-cloud/src/lambda/runtime/launch.js", import.meta.url).href));
var python;
function pythonExecutable() {
  if (python === void 0) {
    const out = spawnSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" });
    python = out.status === 0 && out.stdout.trim() ? out.stdout.trim() : "python3";
  }
  return python;
}
function launchCommand(family, codeDir) {
  if (family === "nodejs") return [process.execPath, [path4.join(here, "bootstrap.mjs")]];
  if (family === "python") return [pythonExecutable(), ["-u", path4.join(here, "bootstrap.py")]];
  return [path4.join(codeDir, "bootstrap"), []];
}

// ../local-cloud/src/lambda/runtime/logStream.ts
import { randomBytes } from "node:crypto";
function logStreamName(version, now = /* @__PURE__ */ new Date()) {
  const d = now.toISOString();
  return `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)}/[${version}]${randomBytes(16).toString("hex")}`;
}
function startLine(requestId, version) {
  return `START RequestId: ${requestId} Version: ${version}
`;
}
function endLine(requestId) {
  return `END RequestId: ${requestId}
`;
}
function reportLine(requestId, durationMs, memorySize, maxMemoryMb, initDurationMs, status) {
  let line = `REPORT RequestId: ${requestId}	Duration: ${durationMs.toFixed(2)} ms	Billed Duration: ${Math.max(1, Math.ceil(durationMs + (initDurationMs ?? 0)))} ms	Memory Size: ${memorySize} MB	Max Memory Used: ${maxMemoryMb} MB	`;
  if (initDurationMs !== void 0) line += `Init Duration: ${initDurationMs.toFixed(2)} ms	`;
  if (status) line += `Status: ${status}`;
  return `${line}
`;
}

// ../local-cloud/src/lambda/runtime/environment.ts
var RUNTIME_PREFIX = "/2018-06-01/runtime/";
var INIT_LIMIT_MS = 1e4;
var Environment = class {
  constructor(cloud, fn, version, family, onIdle, onDead) {
    this.cloud = cloud;
    this.fn = fn;
    this.version = version;
    this.family = family;
    this.onIdle = onIdle;
    this.onDead = onDead;
    this.logGroup = version.config.LoggingConfig?.LogGroup ?? `/aws/lambda/${fn.name}`;
    this.logStream = logStreamName(version.version);
  }
  cloud;
  fn;
  version;
  family;
  onIdle;
  onDead;
  state = "starting";
  logGroup;
  logStream;
  server;
  child;
  nextWaiter;
  current;
  delivered = false;
  resolve;
  timer;
  startedAt = 0;
  deliveredAt = 0;
  initDuration;
  initError;
  tailLines;
  partial = { out: "", err: "" };
  exited = false;
  /** Runs one invocation; starts the process first when this environment is new. */
  run(inv) {
    return new Promise((resolve3) => {
      this.current = inv;
      this.delivered = false;
      this.resolve = resolve3;
      this.tailLines = inv.tail ? [] : void 0;
      if (this.state === "starting" && !this.server) {
        this.start().catch((err2) => this.failStart(String(err2)));
        this.timer = setTimeout(() => this.timeout(), INIT_LIMIT_MS + this.timeoutMs());
      } else {
        this.state = "busy";
        if (this.nextWaiter) this.deliver();
      }
    });
  }
  timeoutMs() {
    return (this.version.config.Timeout ?? 3) * 1e3;
  }
  async start() {
    const server = createServer((req, res) => this.onRuntimeRequest(req, res));
    server.keepAliveTimeout = 0;
    this.server = server;
    await new Promise((resolve3, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve3());
    });
    if (this.exited) return;
    const port = server.address().port;
    const env = childEnvironment(this.cloud, this.fn, this.version, this.family, {
      logGroup: this.logGroup,
      logStream: this.logStream,
      runtimeApi: `127.0.0.1:${port}`
    });
    const [command, args] = launchCommand(this.family, this.version.code.dir);
    this.startedAt = performance.now();
    const child2 = spawn(command, args, {
      cwd: this.version.code.dir,
      env,
      stdio: ["ignore", "pipe", "pipe"]
    });
    this.child = child2;
    child2.stdout.setEncoding("utf8");
    child2.stderr.setEncoding("utf8");
    child2.stdout.on("data", (s) => this.onOutput("out", s));
    child2.stderr.on("data", (s) => this.onOutput("err", s));
    child2.on("error", (err2) => this.failStart(err2.message));
    child2.on("exit", (code, signal) => this.onExit(code, signal));
  }
  failStart(detail) {
    if (this.current && this.resolve) {
      const payload = invalidEntrypointPayload(this.current.requestId, detail);
      this.log(`${payload}
`);
      this.kill();
      this.finish(
        { payload: Buffer.from(payload), functionError: "Unhandled", errorType: "Runtime.InvalidEntrypoint" },
        "error"
      );
    }
    this.kill();
  }
  onOutput(which, chunk) {
    const text = this.partial[which] + chunk;
    const lines = text.split("\n");
    this.partial[which] = lines.pop() ?? "";
    for (const line of lines) this.log(`${line.replaceAll("\r", "\n")}
`);
  }
  /** One log event in this environment's stream (and in the tail of the invocation asking for it). */
  log(message) {
    this.tailLines?.push(message);
    this.cloud.logs?.putLogEvents(this.fn.region, this.logGroup, this.logStream, [
      { timestamp: Date.now(), message }
    ]);
  }
  onRuntimeRequest(req, res) {
    const url = req.url ?? "";
    if (!url.startsWith(RUNTIME_PREFIX)) return void reply(res, 404, '{"errorType":"InvalidPath"}');
    const rest = url.slice(RUNTIME_PREFIX.length);
    if (req.method === "GET" && rest === "invocation/next") {
      if (this.initDuration === void 0) this.initDuration = performance.now() - this.startedAt;
      this.nextWaiter = res;
      if (this.current && !this.delivered) this.deliver();
      else if (this.state === "starting") {
        this.state = "idle";
        this.onIdle(this);
      }
      return;
    }
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      if (req.method === "POST" && rest === "init/error") {
        const type = String(req.headers["lambda-runtime-function-error-type"] ?? "Runtime.Unknown");
        this.initError = { payload: body, type };
        return void reply(res, 202, '{"status":"OK"}');
      }
      const m = /^invocation\/([^/]+)\/(response|error)$/.exec(rest);
      if (req.method !== "POST" || !m) return void reply(res, 404, '{"errorType":"InvalidPath"}');
      if (!this.current || m[1] !== this.current.requestId || !this.delivered) {
        return void reply(res, 400, '{"errorType":"InvalidRequestID","errorMessage":"Invalid request ID"}');
      }
      reply(res, 202, '{"status":"OK"}');
      if (m[2] === "response") this.finish({ payload: body });
      else {
        const type = String(req.headers["lambda-runtime-function-error-type"] ?? "Unhandled");
        this.finish({ payload: body, functionError: "Unhandled", errorType: errorTypeOf(body, type) });
      }
    });
  }
  deliver() {
    const inv = this.current;
    const res = this.nextWaiter;
    this.nextWaiter = void 0;
    this.delivered = true;
    this.state = "busy";
    this.deliveredAt = performance.now();
    const deadline = Date.now() + this.timeoutMs();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.timeout(), this.timeoutMs());
    this.log(startLine(inv.requestId, this.version.version));
    const headers = {
      "Content-Type": "application/json",
      "Content-Length": inv.payload.length,
      "Lambda-Runtime-Aws-Request-Id": inv.requestId,
      "Lambda-Runtime-Deadline-Ms": deadline,
      "Lambda-Runtime-Invoked-Function-Arn": inv.invokedArn,
      "Lambda-Runtime-Trace-Id": `Root=1-${Math.floor(Date.now() / 1e3).toString(16)}-${inv.requestId.replaceAll("-", "").slice(0, 24)};Sampled=0`
    };
    if (inv.clientContext) headers["Lambda-Runtime-Client-Context"] = inv.clientContext;
    res.writeHead(200, headers);
    res.end(inv.payload);
  }
  timeout() {
    const inv = this.current;
    if (!inv || !this.resolve) return;
    const seconds = this.version.config.Timeout ?? 3;
    this.log(
      `${(/* @__PURE__ */ new Date()).toISOString()} ${inv.requestId} Task timed out after ${seconds.toFixed(2)} seconds
`
    );
    const memory = this.maxMemoryMb();
    this.kill();
    this.finish(
      {
        payload: Buffer.from(timedOutPayload(inv.requestId, seconds)),
        functionError: "Unhandled",
        errorType: "Sandbox.Timedout"
      },
      "timeout",
      memory
    );
  }
  onExit(code, signal) {
    this.exited = true;
    for (const which of ["out", "err"]) {
      if (this.partial[which]) this.log(`${this.partial[which].replaceAll("\r", "\n")}
`);
      this.partial[which] = "";
    }
    const inv = this.current;
    this.kill();
    if (inv && this.resolve) {
      if (this.initError) {
        this.finish(
          { payload: this.initError.payload, functionError: "Unhandled", errorType: this.initError.type },
          "error"
        );
      } else {
        const payload = exitPayload(inv.requestId, code, signal);
        this.log(`${payload}
`);
        this.finish(
          { payload: Buffer.from(payload), functionError: "Unhandled", errorType: "Runtime.ExitError" },
          "error"
        );
      }
    }
  }
  finish(result, status, memory) {
    const inv = this.current;
    const resolve3 = this.resolve;
    this.resolve = void 0;
    clearTimeout(this.timer);
    const duration = this.delivered ? performance.now() - this.deliveredAt : 0;
    const first = this.initDuration !== void 0 && !this.reportedInit;
    this.reportedInit = true;
    const done = () => {
      this.log(endLine(inv.requestId));
      this.log(
        reportLine(
          inv.requestId,
          duration,
          this.version.config.MemorySize ?? 128,
          memory ?? this.maxMemoryMb(),
          first ? this.initDuration : void 0,
          status
        )
      );
      if (this.tailLines) result.logTail = this.tailLines.join("");
      this.tailLines = void 0;
      this.current = void 0;
      if (this.state !== "dead") {
        this.state = "idle";
        this.onIdle(this);
      }
      resolve3(result);
    };
    if (status === void 0) setImmediate(done);
    else done();
  }
  reportedInit = false;
  maxMemoryMb() {
    const pid = this.child?.pid;
    if (!pid || this.exited) return 0;
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      return m ? Math.round(Number(m[1]) / 1024) : 0;
    } catch {
      return 0;
    }
  }
  /** Ends the process and the listener; the environment is not used again. */
  kill() {
    if (this.state === "dead") return;
    this.state = "dead";
    clearTimeout(this.timer);
    if (this.child && !this.exited) this.child.kill("SIGKILL");
    this.nextWaiter?.destroy();
    this.nextWaiter = void 0;
    this.server?.close();
    this.server?.closeAllConnections();
    this.onDead(this);
  }
};
function reply(res, status, body) {
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}
function errorTypeOf(body, fallback) {
  const m = /"errorType"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(body.toString("utf8"));
  return m ? m[1] : fallback;
}

// ../local-cloud/src/lambda/runtime/pool.ts
var MAX_ENVIRONMENTS = Math.max(8, availableParallelism() * 4);
var Pool = class {
  constructor(cloud, isCurrent) {
    this.cloud = cloud;
    this.isCurrent = isCurrent;
  }
  cloud;
  isCurrent;
  live = /* @__PURE__ */ new Set();
  idle = /* @__PURE__ */ new Map();
  inUse = /* @__PURE__ */ new Map();
  totalInUse = 0;
  waiters = [];
  pumping = false;
  stopped = false;
  /** Invocations running or starting now for the function. */
  concurrency(fn) {
    return this.inUse.get(fn) ?? 0;
  }
  /** Runs one invocation, or reports a throttle when the function or account has no concurrency left. */
  async invoke(fn, version, inv) {
    const used = this.inUse.get(fn) ?? 0;
    if (fn.reservedConcurrency !== void 0 && used >= fn.reservedConcurrency)
      return { throttled: "function" };
    if (this.totalInUse >= this.cloud.config.accountConcurrency) return { throttled: "account" };
    this.inUse.set(fn, used + 1);
    this.totalInUse++;
    try {
      const env = this.take(fn, version) ?? await new Promise((resolve3) => this.waiters.push({ fn, version, resolve: resolve3 }));
      return await env.run(inv);
    } finally {
      this.inUse.set(fn, (this.inUse.get(fn) ?? 1) - 1);
      this.totalInUse--;
    }
  }
  take(fn, version) {
    if (this.stopped) throw new Error("local cloud stopped");
    const idle = this.idle.get(version);
    const warm = idle?.pop();
    if (warm) {
      warm.state = "busy";
      return warm;
    }
    if (this.live.size >= MAX_ENVIRONMENTS) {
      const victim = [...this.idle.values()].find((list2) => list2.length > 0)?.pop();
      if (!victim) return void 0;
      victim.kill();
    }
    const family = runtimeFamily(version.config.Runtime);
    if (!family) throw new Error(`runtime ${version.config.Runtime} cannot run here`);
    const env = new Environment(
      this.cloud,
      fn,
      version,
      family,
      (e) => this.onIdle(e),
      (e) => this.onDead(e)
    );
    this.live.add(env);
    return env;
  }
  onIdle(env) {
    if (this.stopped || !this.isCurrent(env)) {
      env.kill();
      return;
    }
    let list2 = this.idle.get(env.version);
    if (!list2) {
      list2 = [];
      this.idle.set(env.version, list2);
    }
    list2.push(env);
    this.pump();
  }
  onDead(env) {
    this.live.delete(env);
    const list2 = this.idle.get(env.version);
    if (list2) {
      const i2 = list2.indexOf(env);
      if (i2 >= 0) list2.splice(i2, 1);
      if (list2.length === 0) this.idle.delete(env.version);
    }
    this.pump();
  }
  pump() {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0 && !this.stopped) {
        const w = this.waiters[0];
        const env = this.take(w.fn, w.version);
        if (!env) break;
        this.waiters.shift();
        w.resolve(env);
      }
    } finally {
      this.pumping = false;
    }
  }
  /** Ends idle environments of a function (its code or configuration changed, or it was deleted). */
  retire(fn) {
    for (const env of [...this.live]) if (env.fn === fn && env.state === "idle") env.kill();
  }
  stop() {
    this.stopped = true;
    for (const env of [...this.live]) env.kill();
    this.live.clear();
    this.idle.clear();
  }
};

// ../local-cloud/src/lambda/tagResource.ts
function tagResource2(ctx, req, params) {
  const input = jsonBody(req);
  const { fn } = ctx.store.get(params.Resource, req.region);
  Object.assign(fn.tags, input.Tags ?? {});
  return { status: 204 };
}

// ../local-cloud/src/lambda/untagResource.ts
function untagResource2(ctx, req, params) {
  const { fn } = ctx.store.get(params.Resource, req.region);
  for (const key of req.query.getAll("tagKeys")) delete fn.tags[key];
  return { status: 204 };
}

// ../local-cloud/src/lambda/updateAlias.ts
function updateAlias(ctx, req, params) {
  const input = jsonBody(req);
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const alias = aliasOrThrow(fn, params.Name);
  if (input.FunctionVersion !== void 0) alias.FunctionVersion = checkVersion(fn, input.FunctionVersion);
  if (input.Description !== void 0) alias.Description = input.Description;
  if (input.RoutingConfig !== void 0) alias.RoutingConfig = input.RoutingConfig;
  alias.RevisionId = newRevisionId();
  return { body: alias };
}

// ../local-cloud/src/lambda/updateFunctionCode.ts
function updateFunctionCode(ctx, req, params) {
  const input = jsonBody(req);
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const code = loadCode(ctx, input);
  fn.codeDirs.add(code.dir);
  const config = {
    ...fn.latest.config,
    CodeSize: code.size,
    CodeSha256: code.sha256,
    LastModified: lastModifiedNow(),
    RevisionId: newRevisionId(),
    Architectures: input.Architectures ?? fn.latest.config.Architectures
  };
  fn.latest = { version: "$LATEST", config, code };
  ctx.pool.retire(fn);
  return { body: input.Publish ? publish(fn).config : config };
}

// ../local-cloud/src/lambda/updateFunctionConfiguration.ts
function updateFunctionConfiguration(ctx, req, params) {
  const input = jsonBody(req);
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  validateConfiguration(input);
  const old = fn.latest.config;
  if (input.RevisionId && input.RevisionId !== old.RevisionId) {
    throw new AwsError(
      "PreconditionFailedException",
      "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id",
      412
    );
  }
  const config = {
    ...old,
    LastModified: lastModifiedNow(),
    RevisionId: newRevisionId()
  };
  if (input.Role !== void 0) config.Role = input.Role;
  if (input.Handler !== void 0) config.Handler = input.Handler;
  if (input.Runtime !== void 0) config.Runtime = input.Runtime;
  if (input.Description !== void 0) config.Description = input.Description;
  if (input.Timeout !== void 0) config.Timeout = input.Timeout;
  if (input.MemorySize !== void 0) config.MemorySize = input.MemorySize;
  if (input.Environment !== void 0) {
    const vars = input.Environment.Variables ?? {};
    config.Environment = Object.keys(vars).length > 0 ? { Variables: vars } : void 0;
  }
  if (input.DeadLetterConfig !== void 0) {
    config.DeadLetterConfig = input.DeadLetterConfig.TargetArn ? { TargetArn: input.DeadLetterConfig.TargetArn } : void 0;
  }
  if (input.TracingConfig?.Mode) config.TracingConfig = { Mode: input.TracingConfig.Mode };
  if (input.LoggingConfig) config.LoggingConfig = { ...config.LoggingConfig, ...input.LoggingConfig };
  fn.latest = { ...fn.latest, config };
  ctx.pool.retire(fn);
  return { body: config };
}

// ../local-cloud/src/lambda/updateFunctionEventInvokeConfig.ts
function updateFunctionEventInvokeConfig(ctx, req, params) {
  const input = jsonBody(req);
  validateShape(input);
  const target = configTarget(ctx, params.FunctionName, req.query.get("Qualifier"), req.region);
  const old = target.fn.eventInvokeConfigs.get(target.qualifier);
  if (!old) throw noConfig(target);
  const merged = {
    LastModified: epochSeconds2(),
    FunctionArn: target.functionArn,
    MaximumRetryAttempts: input.MaximumRetryAttempts ?? old.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: input.MaximumEventAgeInSeconds ?? old.MaximumEventAgeInSeconds,
    DestinationConfig: {
      OnSuccess: input.DestinationConfig?.OnSuccess ? { Destination: input.DestinationConfig.OnSuccess.Destination || void 0 } : old.DestinationConfig.OnSuccess,
      OnFailure: input.DestinationConfig?.OnFailure ? { Destination: input.DestinationConfig.OnFailure.Destination || void 0 } : old.DestinationConfig.OnFailure
    }
  };
  validateMeaning(ctx, target.fn, { ...merged, MaximumRetryAttempts: merged.MaximumRetryAttempts });
  target.fn.eventInvokeConfigs.set(target.qualifier, merged);
  return { body: configAnswer(merged) };
}

// ../local-cloud/src/lambda/index.ts
var FN = "/2015-03-31/functions/{FunctionName}";
var EIC = "/2019-09-25/functions/{FunctionName}/event-invoke-config";
var TABLE = [
  ["POST", "/2015-03-31/functions", createFunction],
  ["GET", "/2015-03-31/functions", listFunctions],
  ["GET", FN, getFunction],
  ["DELETE", FN, deleteFunction],
  ["GET", `${FN}/configuration`, getFunctionConfiguration],
  ["PUT", `${FN}/configuration`, updateFunctionConfiguration],
  ["PUT", `${FN}/code`, updateFunctionCode],
  ["POST", `${FN}/invocations`, invoke],
  ["POST", `${FN}/versions`, publishVersion],
  ["GET", `${FN}/versions`, listVersionsByFunction],
  ["POST", `${FN}/aliases`, createAlias],
  ["GET", `${FN}/aliases`, listAliases],
  ["GET", `${FN}/aliases/{Name}`, getAlias],
  ["PUT", `${FN}/aliases/{Name}`, updateAlias],
  ["DELETE", `${FN}/aliases/{Name}`, deleteAlias],
  ["POST", `${FN}/policy`, addPermission],
  ["GET", `${FN}/policy`, getPolicy2],
  ["DELETE", `${FN}/policy/{StatementId}`, removePermission],
  ["PUT", "/2017-10-31/functions/{FunctionName}/concurrency", putFunctionConcurrency],
  ["DELETE", "/2017-10-31/functions/{FunctionName}/concurrency", deleteFunctionConcurrency],
  ["GET", "/2019-09-30/functions/{FunctionName}/concurrency", getFunctionConcurrency],
  ["GET", `${EIC}/list`, listFunctionEventInvokeConfigs],
  ["PUT", EIC, putFunctionEventInvokeConfig],
  ["POST", EIC, updateFunctionEventInvokeConfig],
  ["GET", EIC, getFunctionEventInvokeConfig],
  ["DELETE", EIC, deleteFunctionEventInvokeConfig],
  ["POST", "/2017-03-31/tags/{Resource}", tagResource2],
  ["DELETE", "/2017-03-31/tags/{Resource}", untagResource2],
  ["GET", "/2017-03-31/tags/{Resource}", listTags],
  ["GET", "/2016-08-19/account-settings", getAccountSettings]
];
function createLambdaService(cloud) {
  const store = new LambdaStore(cloud);
  const pool = new Pool(cloud, (env) => {
    const fn = env.fn;
    if (store.find({ name: fn.name, region: fn.region }, fn.region) !== fn) return false;
    return env.version === (env.version.version === "$LATEST" ? fn.latest : fn.versions.get(env.version.version));
  });
  const queue = new EventQueue(cloud, store, pool);
  const ctx = { cloud, store, pool, queue, codeDirs: /* @__PURE__ */ new Set() };
  const routes = compileRoutes(
    TABLE.map(
      ([method, path5, op]) => ({ method, path: path5, handler: (req, params) => op(ctx, req, params) })
    )
  );
  const internal2 = {
    invokeAsync(functionArnOrName, payload, options) {
      const resolved = store.get(functionArnOrName, options?.region ?? cloud.config.region, void 0, true);
      const requestId = randomUUID6();
      queue.enqueue(resolved, payload, requestId);
      return { requestId };
    },
    describeFunction(functionArnOrName, region) {
      try {
        const { fn } = store.get(functionArnOrName, region);
        return { arn: fn.arn, role: fn.latest.config.Role };
      } catch {
        return void 0;
      }
    }
  };
  cloud.lambda = internal2;
  return {
    name: "lambda",
    handle: (req, res) => serveRestJson(routes, req, res),
    pendingEvents: () => queue.pending,
    stop() {
      queue.stop();
      pool.stop();
      for (const dir of ctx.codeDirs) removeCode(dir);
      ctx.codeDirs.clear();
    }
  };
}

// ../local-cloud/src/logs/createLogGroup.ts
function createLogGroup(store, input, req) {
  const name = input.logGroupName;
  if (!name || !/^[.\-_/#A-Za-z0-9]{1,512}$/.test(name)) {
    throw new AwsError(
      "InvalidParameterException",
      `1 validation error detected: Value '${name ?? "null"}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`,
      400
    );
  }
  if (store.find(req.region, name)) {
    throw new AwsError("ResourceAlreadyExistsException", "The specified log group already exists", 400);
  }
  store.createGroup(req.region, name, input.tags ?? {});
  return {};
}

// ../local-cloud/src/logs/createLogStream.ts
function createLogStream(store, input, req) {
  const group = store.group(req.region, input.logGroupName ?? "");
  const name = input.logStreamName ?? "";
  if (!name || name.length > 512 || /[:*]/.test(name)) {
    throw new AwsError(
      "InvalidParameterException",
      `1 validation error detected: Value '${name}' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*`,
      400
    );
  }
  if (group.streams.has(name)) {
    throw new AwsError("ResourceAlreadyExistsException", "The specified log stream already exists", 400);
  }
  store.createStream(group, name);
  return {};
}

// ../local-cloud/src/logs/store.ts
var LogsStore = class {
  constructor(accountId) {
    this.accountId = accountId;
  }
  accountId;
  groups = /* @__PURE__ */ new Map();
  arn(region, group) {
    return `arn:aws:logs:${region}:${this.accountId}:log-group:${group}`;
  }
  find(region, name) {
    return this.groups.get(`${region}/${name}`);
  }
  group(region, name) {
    const g = this.find(region, name);
    if (!g) throw new AwsError("ResourceNotFoundException", "The specified log group does not exist.", 400);
    return g;
  }
  stream(group, name) {
    const s = group.streams.get(name);
    if (!s) throw new AwsError("ResourceNotFoundException", "The specified log stream does not exist.", 400);
    return s;
  }
  createGroup(region, name, tags2 = {}) {
    const g = { name, region, creationTime: Date.now(), streams: /* @__PURE__ */ new Map(), tags: tags2, nextSeq: 0 };
    this.groups.set(`${region}/${name}`, g);
    return g;
  }
  deleteGroup(region, name) {
    return this.groups.delete(`${region}/${name}`);
  }
  listGroups(region) {
    return [...this.groups.values()].filter((g) => g.region === region).sort((a, b) => a.name < b.name ? -1 : 1);
  }
  createStream(group, name) {
    const s = { name, creationTime: Date.now(), events: [], storedBytes: 0 };
    group.streams.set(name, s);
    return s;
  }
  append(group, stream, events) {
    const now = Date.now();
    for (const e of events) {
      stream.events.push({
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: now,
        seq: group.nextSeq++
      });
      stream.storedBytes += e.message.length;
      if (stream.firstEventTimestamp === void 0 || e.timestamp < stream.firstEventTimestamp) {
        stream.firstEventTimestamp = e.timestamp;
      }
      if (stream.lastEventTimestamp === void 0 || e.timestamp > stream.lastEventTimestamp) {
        stream.lastEventTimestamp = e.timestamp;
      }
    }
    stream.lastIngestionTime = now;
  }
};
function groupName(input) {
  const id = input.logGroupName ?? input.logGroupIdentifier;
  if (!id) {
    throw new AwsError(
      "InvalidParameterException",
      "Should provide either logGroupName or logGroupIdentifier.",
      400
    );
  }
  const m = /^arn:aws[a-z-]*:logs:[^:]*:\d*:log-group:(.+?)(:\*)?$/.exec(id);
  return m ? m[1] : id;
}
function encodeToken(prefix, n) {
  return `${prefix}/${String(n).padStart(20, "0")}`;
}
function decodeToken(token, prefix) {
  if (!token) return void 0;
  const m = new RegExp(`^${prefix}/(\\d+)$`).exec(token);
  if (!m) throw new AwsError("InvalidParameterException", "The specified nextToken is invalid.", 400);
  return Number(m[1]);
}

// ../local-cloud/src/logs/deleteLogGroup.ts
function deleteLogGroup(store, input, req) {
  const name = groupName(input);
  store.group(req.region, name);
  store.deleteGroup(req.region, name);
  return {};
}

// ../local-cloud/src/logs/describeLogGroups.ts
function describeLogGroups(store, input, req) {
  const prefix = input.logGroupNamePrefix;
  const pattern = input.logGroupNamePattern?.toLowerCase();
  const all = store.listGroups(req.region).filter(
    (g) => (!prefix || g.name.startsWith(prefix)) && (!pattern || g.name.toLowerCase().includes(pattern))
  );
  const start = decodeToken(input.nextToken, "g") ?? 0;
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 50);
  const items = all.slice(start, start + limit);
  const logGroups = items.map((g) => {
    const arn = store.arn(g.region, g.name);
    return {
      logGroupName: g.name,
      creationTime: g.creationTime,
      retentionInDays: g.retentionInDays,
      metricFilterCount: 0,
      arn: `${arn}:*`,
      logGroupArn: arn,
      storedBytes: [...g.streams.values()].reduce((n, s) => n + s.storedBytes, 0),
      logGroupClass: "STANDARD"
    };
  });
  const end = start + items.length;
  return { logGroups, nextToken: end < all.length ? encodeToken("g", end) : void 0 };
}

// ../local-cloud/src/logs/describeLogStreams.ts
function describeLogStreams(store, input, req) {
  const group = store.group(req.region, groupName(input));
  const byTime = input.orderBy === "LastEventTime";
  if (byTime && input.logStreamNamePrefix) {
    throw new AwsError(
      "InvalidParameterException",
      "Cannot order by LastEventTime with a logStreamNamePrefix.",
      400
    );
  }
  const prefix = input.logStreamNamePrefix;
  const all = [...group.streams.values()].filter((s) => !prefix || s.name.startsWith(prefix));
  if (byTime) {
    all.sort((a, b) => (a.lastEventTimestamp ?? a.creationTime) - (b.lastEventTimestamp ?? b.creationTime));
  } else all.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  if (input.descending) all.reverse();
  const start = decodeToken(input.nextToken, "s") ?? 0;
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 50);
  const items = all.slice(start, start + limit);
  const groupArn = store.arn(group.region, group.name);
  const logStreams = items.map((s) => ({
    logStreamName: s.name,
    creationTime: s.creationTime,
    firstEventTimestamp: s.firstEventTimestamp,
    lastEventTimestamp: s.lastEventTimestamp,
    lastIngestionTime: s.lastIngestionTime,
    uploadSequenceToken: String(s.events.length).padStart(56, "0"),
    arn: `${groupArn}:log-stream:${s.name}`,
    storedBytes: 0
  }));
  const end = start + items.length;
  return { logStreams, nextToken: end < all.length ? encodeToken("s", end) : void 0 };
}

// ../local-cloud/src/logs/filterPattern.ts
function invalid2(pattern) {
  return new AwsError("InvalidParameterException", `Invalid filter pattern: ${pattern}`, 400);
}
function tokens(pattern) {
  const out = [];
  const re = /([?-]?)"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) {
    out.push(m[3] !== void 0 ? m[3] : `${m[1]}\0${m[2].replace(/\\(.)/g, "$1")}`);
  }
  return out;
}
function termMatcher(pattern) {
  const any = [];
  const all = [];
  const none = [];
  for (const t of tokens(pattern)) {
    const quoted2 = t.includes("\0");
    const prefix = quoted2 ? t.slice(0, t.indexOf("\0")) : t[0] === "?" || t[0] === "-" && t.length > 1 ? t[0] : "";
    const text = quoted2 ? t.slice(t.indexOf("\0") + 1) : t.slice(prefix.length);
    if (prefix === "?") any.push(text);
    else if (prefix === "-") none.push(text);
    else all.push(text);
  }
  if (any.length > 0) return (m) => any.some((t) => m.includes(t));
  return (m) => all.every((t) => m.includes(t)) && !none.some((t) => m.includes(t));
}
function jsonValue(doc, path5) {
  let v = doc;
  for (const part of path5.split(".").slice(1)) {
    const arr = /^(\w+)\[(\d+)\]$/.exec(part);
    if (arr) v = v?.[arr[1]]?.[Number(arr[2])];
    else v = v?.[part];
  }
  return v;
}
function jsonMatcher(pattern) {
  const inner = pattern.trim().slice(1, -1).trim();
  const parts = inner.split(/\s*&&\s*/);
  const checks = parts.map((p) => {
    const m = /^(\$[\w.[\]]*)\s*(=|!=|>=|<=|>|<)\s*(?:"((?:[^"\\]|\\.)*)"|(\S+))$/.exec(p);
    if (!m) throw invalid2(pattern);
    const [, path5, op, quoted2, bare] = m;
    return (doc) => {
      const v = jsonValue(doc, path5);
      if (quoted2 !== void 0 || bare !== void 0 && Number.isNaN(Number(bare)) && bare !== "true" && bare !== "false" && bare !== "NULL") {
        const want = quoted2 ?? bare;
        const glob = new RegExp(`^${want.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
        const eq = typeof v === "string" && glob.test(v);
        return op === "=" ? eq : op === "!=" ? !eq : false;
      }
      if (bare === "true" || bare === "false")
        return op === "=" ? v === (bare === "true") : v !== (bare === "true");
      if (bare === "NULL") return op === "=" ? v === null : v !== null;
      const n = Number(bare);
      if (typeof v !== "number") return op === "!=";
      return op === "=" ? v === n : op === "!=" ? v !== n : op === ">" ? v > n : op === "<" ? v < n : op === ">=" ? v >= n : v <= n;
    };
  });
  return (message) => {
    let doc;
    try {
      doc = JSON.parse(message);
    } catch {
      return false;
    }
    return checks.every((c) => c(doc));
  };
}
function compileFilterPattern(pattern) {
  const p = (pattern ?? "").trim();
  if (p === "" || p === '""') return () => true;
  if (p.startsWith("{")) {
    if (!p.endsWith("}")) throw invalid2(p);
    return jsonMatcher(p);
  }
  if (p.startsWith("[")) throw invalid2(p);
  return termMatcher(p);
}

// ../local-cloud/src/logs/filterLogEvents.ts
function filterLogEvents(store, input, req) {
  if (input.logStreamNames && input.logStreamNamePrefix) {
    throw new AwsError(
      "InvalidParameterException",
      "Cannot specify both logStreamNames and logStreamNamePrefix.",
      400
    );
  }
  const group = store.group(req.region, groupName(input));
  const match = compileFilterPattern(input.filterPattern);
  const names = input.logStreamNames ? new Set(input.logStreamNames) : void 0;
  const prefix = input.logStreamNamePrefix;
  const found = [];
  const order = [];
  for (const s of group.streams.values()) {
    if (names && !names.has(s.name)) continue;
    if (prefix && !s.name.startsWith(prefix)) continue;
    for (const e of s.events) {
      if (input.startTime !== void 0 && e.timestamp < input.startTime) continue;
      if (input.endTime !== void 0 && e.timestamp > input.endTime) continue;
      if (!match(e.message)) continue;
      found.push({
        logStreamName: s.name,
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: e.ingestionTime,
        eventId: String(e.seq).padStart(56, "0")
      });
      order.push(e.seq);
    }
  }
  const idx = found.map((_, i2) => i2);
  idx.sort((a, b) => found[a].timestamp - found[b].timestamp || order[a] - order[b]);
  const sorted = idx.map((i2) => found[i2]);
  const start = decodeToken(input.nextToken, "e") ?? 0;
  const limit = Math.min(Math.max(input.limit ?? 1e4, 1), 1e4);
  const events = sorted.slice(start, start + limit);
  const end = start + events.length;
  return {
    events,
    searchedLogStreams: [],
    nextToken: end < sorted.length ? encodeToken("e", end) : void 0
  };
}

// ../local-cloud/src/logs/getLogEvents.ts
function getLogEvents(store, input, req) {
  const group = store.group(req.region, groupName(input));
  const stream = store.stream(group, input.logStreamName ?? "");
  const inRange = stream.events.filter(
    (e) => (input.startTime === void 0 || e.timestamp >= input.startTime) && (input.endTime === void 0 || e.timestamp < input.endTime)
  );
  const limit = Math.min(Math.max(input.limit ?? 1e4, 1), 1e4);
  let start;
  let end;
  const token = input.nextToken;
  if (token) {
    const m = /^([fb])\/(\d+)$/.exec(token);
    if (!m) throw new AwsError("InvalidParameterException", "The specified nextToken is invalid.", 400);
    const at = Number(m[2]);
    if (m[1] === "f") {
      start = at;
      end = Math.min(at + limit, inRange.length);
    } else {
      end = at;
      start = Math.max(0, at - limit);
    }
  } else if (input.startFromHead) {
    start = 0;
    end = Math.min(limit, inRange.length);
  } else {
    end = inRange.length;
    start = Math.max(0, end - limit);
  }
  start = Math.min(start, inRange.length);
  end = Math.max(start, Math.min(end, inRange.length));
  return {
    events: inRange.slice(start, end).map((e) => ({
      timestamp: e.timestamp,
      message: e.message,
      ingestionTime: e.ingestionTime
    })),
    nextForwardToken: encodeToken("f", end),
    nextBackwardToken: encodeToken("b", start)
  };
}

// ../local-cloud/src/logs/putLogEvents.ts
function putLogEvents(store, input, req) {
  const group = store.group(req.region, input.logGroupName ?? "");
  const stream = store.stream(group, input.logStreamName ?? "");
  const events = input.logEvents ?? [];
  if (events.length === 0) {
    throw new AwsError(
      "InvalidParameterException",
      "1 validation error detected: Value '[]' at 'logEvents' failed to satisfy constraint: Member must have length greater than or equal to 1",
      400
    );
  }
  for (let i2 = 1; i2 < events.length; i2++) {
    if ((events[i2].timestamp ?? 0) < (events[i2 - 1].timestamp ?? 0)) {
      throw new AwsError(
        "InvalidParameterException",
        "Log events in a single PutLogEvents request must be in chronological order.",
        400
      );
    }
  }
  store.append(
    group,
    stream,
    events.map((e) => ({ timestamp: e.timestamp ?? Date.now(), message: e.message ?? "" }))
  );
  return { nextSequenceToken: String(stream.events.length).padStart(56, "0") };
}

// ../local-cloud/src/logs/index.ts
function createLogsService(cloud) {
  const store = new LogsStore(cloud.accountId);
  const op = (
    // biome-ignore lint/suspicious/noExplicitAny: each operation narrows its input with the SDK's own type
    (fn) => (input, req) => fn(store, input, req)
  );
  const operations = {
    CreateLogGroup: op(createLogGroup),
    DeleteLogGroup: op(deleteLogGroup),
    DescribeLogGroups: op(describeLogGroups),
    CreateLogStream: op(createLogStream),
    DescribeLogStreams: op(describeLogStreams),
    PutLogEvents: op(putLogEvents),
    GetLogEvents: op(getLogEvents),
    FilterLogEvents: op(filterLogEvents)
  };
  const internal2 = {
    putLogEvents(region, group, stream, events) {
      const g = store.find(region, group) ?? store.createGroup(region, group);
      const s = g.streams.get(stream) ?? store.createStream(g, stream);
      store.append(g, s, events);
    }
  };
  cloud.logs = internal2;
  return {
    name: "logs",
    handle: (req, res) => serveAwsJson({ targetPrefix: "Logs_20140328", version: "1.1", operations }, req, res)
  };
}

// ../local-cloud/src/s3/index.ts
import { createHash as createHash5 } from "node:crypto";

// ../local-cloud/src/protocol/restXml.ts
var S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
function sendXml(res, status, xml, headers = {}) {
  send(res, status, `<?xml version="1.0" encoding="UTF-8"?>
${xml}`, {
    "Content-Type": "application/xml",
    ...headers
  });
}
function writeRestXmlError(req, res, err2) {
  if (err2.status >= 500) req.cloud.log("error", `${req.service}: ${err2.message}`);
  const extra = Object.entries(err2.fields).map(([k, v]) => `<${k}>${escapeXml(String(v))}</${k}>`).join("");
  const xml = `<Error><Code>${escapeXml(err2.code)}</Code><Message>${escapeXml(err2.message)}</Message>${extra}<RequestId>${req.requestId}</RequestId></Error>`;
  const headers = { "x-amz-request-id": req.requestId, "x-amz-id-2": req.requestId, ...err2.headers };
  if (req.method === "HEAD") send(res, err2.status, void 0, headers);
  else sendXml(res, err2.status, xml, headers);
}

// ../local-cloud/src/s3/address.ts
function bucketFromHost(host) {
  if (!host) return void 0;
  const name = host.replace(/:\d+$/, "").toLowerCase();
  if (/^[\d.]+$/.test(name) || name.startsWith("[")) return void 0;
  const s3 = /^(.+)\.s3[.-]/.exec(name);
  if (s3) return s3[1];
  const local = /^(.+)\.localhost$/.exec(name);
  if (local) return local[1];
  return void 0;
}
function decodePath(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function s3Address(host, path5) {
  const hosted = bucketFromHost(host);
  if (hosted !== void 0) {
    const key2 = path5.replace(/^\//, "");
    return { bucket: hosted, key: key2 === "" ? void 0 : decodePath(key2) };
  }
  const rest = path5.replace(/^\//, "");
  if (rest === "") return {};
  const slash = rest.indexOf("/");
  if (slash < 0) return { bucket: decodePath(rest) };
  const key = rest.slice(slash + 1);
  return { bucket: decodePath(rest.slice(0, slash)), key: key === "" ? void 0 : decodePath(key) };
}

// ../local-cloud/src/s3/answer.ts
function xmlAnswer(root, inner, headers = {}) {
  return { body: `<${root} xmlns="${S3_NAMESPACE}">${inner}</${root}>`, headers };
}
function writeAnswer(res, requestId, method, answer) {
  const headers = { "x-amz-request-id": requestId, "x-amz-id-2": requestId };
  for (const [k, v] of Object.entries(answer.headers ?? {})) if (v !== void 0) headers[k] = v;
  let payload;
  if (typeof answer.body === "string") {
    payload = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
${answer.body}`);
    headers["Content-Type"] ??= "application/xml";
  } else payload = answer.body;
  const status = answer.status ?? 200;
  if (method === "HEAD") headers["Content-Length"] = answer.headLength ?? payload?.length ?? 0;
  else if (status !== 204 && status !== 304) headers["Content-Length"] = payload?.length ?? 0;
  res.writeHead(status, headers);
  res.end(method === "HEAD" || status === 204 || status === 304 ? void 0 : payload);
}
function httpDate(d) {
  return d.toUTCString();
}
function isoDate(d) {
  return d.toISOString();
}
function quoted(etag) {
  return `"${etag}"`;
}
function unquoted(etag) {
  return etag.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
}

// ../local-cloud/src/s3/errors.ts
var noSuchBucket = (bucket) => new AwsError("NoSuchBucket", "The specified bucket does not exist", 404, {
  fields: { BucketName: bucket }
});
var noSuchKey = (key) => new AwsError("NoSuchKey", "The specified key does not exist.", 404, { fields: { Key: key } });
var noSuchUpload = (uploadId) => new AwsError(
  "NoSuchUpload",
  "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.",
  404,
  { fields: { UploadId: uploadId } }
);
var invalidBucketName = (bucket) => new AwsError("InvalidBucketName", "The specified bucket is not valid.", 400, {
  fields: { BucketName: bucket }
});
var bucketAlreadyOwnedByYou = (bucket) => new AwsError(
  "BucketAlreadyOwnedByYou",
  "Your previous request to create the named bucket succeeded and you already own it.",
  409,
  { fields: { BucketName: bucket } }
);
var bucketNotEmpty = (bucket) => new AwsError("BucketNotEmpty", "The bucket you tried to delete is not empty", 409, {
  fields: { BucketName: bucket }
});
var invalidRange = (range, size) => new AwsError("InvalidRange", "The requested range is not satisfiable", 416, {
  fields: { RangeRequested: range, ActualObjectSize: size },
  headers: { "Content-Range": `bytes */${size}` }
});
var preconditionFailed = (condition2) => new AwsError("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", 412, {
  fields: { Condition: condition2 }
});
var badDigest = (expected, calculated) => new AwsError("BadDigest", "The Content-MD5 you specified did not match what we received.", 400, {
  fields: { ExpectedDigest: expected, CalculatedDigest: calculated }
});
var invalidDigest = (contentMd5) => new AwsError("InvalidDigest", "The Content-MD5 you specified was invalid.", 400, {
  fields: { "Content-MD5": contentMd5 }
});
var checksumMismatch = (algorithm) => new AwsError("BadDigest", `The ${algorithm} you specified did not match the calculated checksum.`, 400);
var contentSha256Mismatch = (client, computed) => new AwsError(
  "XAmzContentSHA256Mismatch",
  "The provided 'x-amz-content-sha256' header does not match what was computed.",
  400,
  { fields: { ClientComputedContentSHA256: client, S3ComputedContentSHA256: computed } }
);
var invalidRequest = (message) => new AwsError("InvalidRequest", message, 400);
var invalidArgument = (message, name, value) => new AwsError("InvalidArgument", message, 400, { fields: { ArgumentName: name, ArgumentValue: value } });
var methodNotAllowed = (method, resourceType) => new AwsError("MethodNotAllowed", "The specified method is not allowed against this resource.", 405, {
  fields: { Method: method, ResourceType: resourceType }
});
var notImplemented = (what) => new AwsError("NotImplemented", `${what} is not implemented by this local cloud.`, 501);
var incompleteBody = () => new AwsError(
  "IncompleteBody",
  "You did not provide the number of bytes specified by the Content-Length HTTP header",
  400
);

// ../local-cloud/src/s3/abortMultipartUpload.ts
function abortMultipartUpload(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const uploadId = ctx.req.query.get("uploadId") ?? "";
  const upload = bucket.uploads.get(uploadId);
  if (!upload || upload.key !== ctx.key) throw noSuchUpload(uploadId);
  bucket.uploads.delete(uploadId);
  return { status: 204 };
}

// ../local-cloud/src/s3/completeMultipartUpload.ts
import { createHash as createHash4 } from "node:crypto";

// ../local-cloud/src/s3/checksums.ts
import { createHash as createHash2 } from "node:crypto";
import { crc32 as zlibCrc32 } from "node:zlib";
var CHECKSUM_ALGORITHMS = [
  "CRC32",
  "CRC32C",
  "CRC64NVME",
  "SHA1",
  "SHA256"
];
var CHECKSUM_BYTES = {
  CRC32: 4,
  CRC32C: 4,
  CRC64NVME: 8,
  SHA1: 20,
  SHA256: 32
};
function asChecksumAlgorithm(name) {
  const upper = name?.toUpperCase();
  return CHECKSUM_ALGORITHMS.find((a) => a === upper);
}
function md5(data) {
  return createHash2("md5").update(data).digest();
}
function md5Hex(data) {
  return md5(data).toString("hex");
}
function tableOf32(poly) {
  const t = new Uint32Array(256);
  for (let i2 = 0; i2 < 256; i2++) {
    let c = i2;
    for (let k = 0; k < 8; k++) c = c & 1 ? c >>> 1 ^ poly : c >>> 1;
    t[i2] = c >>> 0;
  }
  return t;
}
var crc32cTable;
function crc32c(data) {
  crc32cTable ??= tableOf32(2197175160);
  const t = crc32cTable;
  let c = 4294967295;
  for (let i2 = 0; i2 < data.length; i2++) c = t[(c ^ data[i2]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
var crc64Tables;
function crc64nvme(data) {
  if (!crc64Tables) {
    const lo = new Uint32Array(256);
    const hi = new Uint32Array(256);
    const polyHi = 2590806825;
    const polyLo = 2890647989;
    for (let i2 = 0; i2 < 256; i2++) {
      let l2 = i2;
      let h2 = 0;
      for (let k = 0; k < 8; k++) {
        const bit = l2 & 1;
        l2 = (l2 >>> 1 | h2 << 31) >>> 0;
        h2 = h2 >>> 1;
        if (bit) {
          l2 = (l2 ^ polyLo) >>> 0;
          h2 = (h2 ^ polyHi) >>> 0;
        }
      }
      lo[i2] = l2;
      hi[i2] = h2;
    }
    crc64Tables = [lo, hi];
  }
  const [tlo, thi] = crc64Tables;
  let l = 4294967295;
  let h = 4294967295;
  for (let i2 = 0; i2 < data.length; i2++) {
    const idx = (l ^ data[i2]) & 255;
    l = ((l >>> 8 | h << 24) ^ tlo[idx]) >>> 0;
    h = (h >>> 8 ^ thi[idx]) >>> 0;
  }
  const out = Buffer.alloc(8);
  out.writeUInt32BE((h ^ 4294967295) >>> 0, 0);
  out.writeUInt32BE((l ^ 4294967295) >>> 0, 4);
  return out;
}
function uint32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
}
function checksumBytes(algorithm, data) {
  switch (algorithm) {
    case "CRC32":
      return uint32(zlibCrc32(data));
    case "CRC32C":
      return uint32(crc32c(data));
    case "CRC64NVME":
      return crc64nvme(data);
    case "SHA1":
      return createHash2("sha1").update(data).digest();
    case "SHA256":
      return createHash2("sha256").update(data).digest();
  }
}
function checksumOf(algorithm, data) {
  return checksumBytes(algorithm, data).toString("base64");
}

// ../local-cloud/src/s3/objectHeaders.ts
var DEFAULT_CONTENT_TYPE = "binary/octet-stream";
function metadataFrom(req) {
  const meta = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith("x-amz-meta-") && value !== void 0) {
      meta[name.slice("x-amz-meta-".length)] = Array.isArray(value) ? value.join(",") : value;
    }
  }
  return meta;
}
function objectHeadersFrom(req, contentEncoding) {
  return {
    contentType: header(req, "content-type") || DEFAULT_CONTENT_TYPE,
    cacheControl: header(req, "cache-control"),
    contentDisposition: header(req, "content-disposition"),
    contentEncoding,
    contentLanguage: header(req, "content-language"),
    expires: header(req, "expires"),
    metadata: metadataFrom(req)
  };
}
function objectResponseHeaders(obj, query, checksumMode) {
  const h = {
    "Accept-Ranges": "bytes",
    "Last-Modified": httpDate(obj.lastModified),
    ETag: quoted(obj.etag),
    "Content-Type": query.get("response-content-type") ?? obj.contentType,
    "Cache-Control": query.get("response-cache-control") ?? obj.cacheControl,
    "Content-Disposition": query.get("response-content-disposition") ?? obj.contentDisposition,
    "Content-Encoding": query.get("response-content-encoding") ?? obj.contentEncoding,
    "Content-Language": query.get("response-content-language") ?? obj.contentLanguage,
    Expires: query.get("response-expires") ?? obj.expires,
    "x-amz-server-side-encryption": "AES256"
  };
  for (const [k, v] of Object.entries(obj.metadata)) h[`x-amz-meta-${k}`] = v;
  if (checksumMode) {
    h[`x-amz-checksum-${obj.checksum.algorithm.toLowerCase()}`] = obj.checksum.value;
    h["x-amz-checksum-type"] = obj.checksum.type;
  }
  return h;
}

// ../local-cloud/src/s3/payload.ts
import { createHash as createHash3 } from "node:crypto";

// ../local-cloud/src/s3/chunked.ts
var malformedChunks = () => new AwsError("InvalidRequest", "Invalid chunked encoding: the aws-chunked body could not be decoded.", 400);
function decodeAwsChunked(raw) {
  const parts = [];
  const trailers = {};
  let i2 = 0;
  for (; ; ) {
    const eol = raw.indexOf("\r\n", i2);
    if (eol < 0) throw malformedChunks();
    const sizeText = raw.toString("latin1", i2, eol).split(";")[0].trim();
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw malformedChunks();
    const size = Number.parseInt(sizeText, 16);
    i2 = eol + 2;
    if (size === 0) break;
    if (i2 + size > raw.length) throw malformedChunks();
    parts.push(raw.subarray(i2, i2 + size));
    i2 += size;
    if (raw.toString("latin1", i2, i2 + 2) !== "\r\n") throw malformedChunks();
    i2 += 2;
  }
  while (i2 < raw.length) {
    let eol = raw.indexOf("\r\n", i2);
    if (eol < 0) eol = raw.length;
    const line = raw.toString("latin1", i2, eol);
    i2 = eol + 2;
    if (line === "") break;
    const colon = line.indexOf(":");
    if (colon < 0) throw malformedChunks();
    trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { body: Buffer.concat(parts), trailers };
}

// ../local-cloud/src/s3/payload.ts
function isAwsChunked(req) {
  const encoding = header(req, "content-encoding") ?? "";
  const sha = header(req, "x-amz-content-sha256") ?? "";
  return encoding.split(",").some((e) => e.trim() === "aws-chunked") || sha.startsWith("STREAMING-");
}
function checksumHeaders(source) {
  const found = [];
  for (const alg of CHECKSUM_ALGORITHMS) {
    const v = source[`x-amz-checksum-${alg.toLowerCase()}`];
    if (v !== void 0) found.push([alg, v]);
  }
  return found;
}
function validChecksumValue(alg, value) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return false;
  return Buffer.from(value, "base64").length === CHECKSUM_BYTES[alg];
}
function readPayload(req) {
  let body = req.body;
  let trailers = {};
  const encoding = header(req, "content-encoding");
  let contentEncoding = encoding;
  if (isAwsChunked(req)) {
    ({ body, trailers } = decodeAwsChunked(req.body));
    const declared = header(req, "x-amz-decoded-content-length");
    if (declared !== void 0 && Number(declared) !== body.length) throw incompleteBody();
    const rest = (encoding ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "" && e !== "aws-chunked");
    contentEncoding = rest.length > 0 ? rest.join(",") : void 0;
  }
  const contentMd5 = header(req, "content-md5");
  if (contentMd5 !== void 0) {
    const given2 = Buffer.from(contentMd5, "base64");
    if (given2.length !== 16 || given2.toString("base64") !== contentMd5) throw invalidDigest(contentMd5);
    const actual = md5(body).toString("base64");
    if (actual !== contentMd5) throw badDigest(contentMd5, actual);
  }
  const sha = header(req, "x-amz-content-sha256");
  if (sha && /^[0-9a-f]{64}$/i.test(sha)) {
    const actual = createHash3("sha256").update(body).digest("hex");
    if (actual !== sha.toLowerCase()) throw contentSha256Mismatch(sha, actual);
  }
  const headerValues = {};
  for (const alg of CHECKSUM_ALGORITHMS) {
    const name = `x-amz-checksum-${alg.toLowerCase()}`;
    headerValues[name] = header(req, name);
  }
  const given = [...checksumHeaders(headerValues), ...checksumHeaders(trailers)];
  const sdkAlgorithm = header(req, "x-amz-sdk-checksum-algorithm");
  const trailerNames = (header(req, "x-amz-trailer") ?? "").toLowerCase();
  if (given.length > 1) {
    throw invalidRequest(
      "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed."
    );
  }
  if (given.length === 0) {
    if (trailerNames.startsWith("x-amz-checksum-")) {
      throw invalidRequest("The x-amz-trailer header names a checksum that the body did not carry.");
    }
    if (sdkAlgorithm !== void 0) {
      throw invalidRequest(
        "x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found."
      );
    }
    return { body, contentEncoding };
  }
  const [algorithm, value] = given[0];
  if (sdkAlgorithm !== void 0 && asChecksumAlgorithm(sdkAlgorithm) !== algorithm) {
    throw invalidRequest(`Value for x-amz-sdk-checksum-algorithm header is invalid.`);
  }
  if (!validChecksumValue(algorithm, value)) {
    throw invalidRequest(`Value for x-amz-checksum-${algorithm.toLowerCase()} header is invalid.`);
  }
  if (checksumOf(algorithm, body) !== value) throw checksumMismatch(algorithm);
  return { body, checksum: { algorithm, value }, contentEncoding };
}

// ../local-cloud/src/s3/store.ts
function s3Now() {
  return new Date(Math.floor(Date.now() / 1e3) * 1e3);
}
var S3Store = class {
  buckets = /* @__PURE__ */ new Map();
  bucket(name) {
    const b = this.buckets.get(name);
    if (!b) throw noSuchBucket(name);
    return b;
  }
  object(bucket, key) {
    const o = bucket.objects.get(key);
    if (!o) throw noSuchKey(key);
    return o;
  }
};
var SURROGATE = /[\uD800-\uDFFF]/;
function compareKeys(a, b) {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

// ../local-cloud/src/s3/putObject.ts
function storeObject(bucket, key, body, headers, checksum) {
  const obj = {
    ...headers,
    key,
    body,
    etag: md5Hex(body),
    lastModified: s3Now(),
    checksum: {
      ...checksum ?? { algorithm: "CRC64NVME", value: checksumOf("CRC64NVME", body) },
      type: "FULL_OBJECT"
    }
  };
  bucket.objects.set(key, obj);
  return obj;
}
function checkWriteConditions(ctx, bucket) {
  const existing = bucket.objects.get(ctx.key);
  const ifNoneMatch = header(ctx.req, "if-none-match");
  if (ifNoneMatch !== void 0 && existing) throw preconditionFailed("If-None-Match");
  const ifMatch = header(ctx.req, "if-match");
  if (ifMatch !== void 0) {
    if (!existing) throw noSuchKey(ctx.key);
    if (unquoted(ifMatch) !== existing.etag && ifMatch.trim() !== "*") throw preconditionFailed("If-Match");
  }
}
function putObject(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const payload = readPayload(ctx.req);
  checkWriteConditions(ctx, bucket);
  const obj = storeObject(
    bucket,
    ctx.key,
    payload.body,
    objectHeadersFrom(ctx.req, payload.contentEncoding),
    payload.checksum
  );
  const out = {
    ETag: quoted(obj.etag),
    ServerSideEncryption: "AES256",
    ChecksumType: "FULL_OBJECT"
  };
  return {
    headers: {
      ETag: out.ETag,
      "x-amz-server-side-encryption": out.ServerSideEncryption,
      [`x-amz-checksum-${obj.checksum.algorithm.toLowerCase()}`]: obj.checksum.value,
      "x-amz-checksum-type": out.ChecksumType
    }
  };
}

// ../local-cloud/src/s3/xmlBody.ts
var malformedXml = () => new AwsError(
  "MalformedXML",
  "The XML you provided was not well-formed or did not validate against our published schema",
  400
);
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decode(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}
var OPEN = /<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
var CLOSE = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
function parseXmlBody(body) {
  const src = body.toString("utf8");
  let i2 = 0;
  const skipMisc = () => {
    for (; ; ) {
      while (i2 < src.length && /\s/.test(src[i2])) i2++;
      if (src.startsWith("<?", i2) || src.startsWith("<!--", i2) || src.startsWith("<!DOCTYPE", i2)) {
        const end = src.startsWith("<!--", i2) ? src.indexOf("-->", i2) + 3 : src.indexOf(">", i2) + 1;
        if (end <= 0) throw malformedXml();
        i2 = end;
      } else return;
    }
  };
  const parseElement = () => {
    OPEN.lastIndex = i2;
    const open = OPEN.exec(src);
    if (!open) throw malformedXml();
    i2 += open[0].length;
    const name = open[1].replace(/^.*:/, "");
    const el3 = { name, children: [], text: "" };
    if (open[3] === "/") return el3;
    for (; ; ) {
      if (i2 >= src.length) throw malformedXml();
      if (src.startsWith("</", i2)) {
        CLOSE.lastIndex = i2;
        const close = CLOSE.exec(src);
        if (!close || close[1] !== open[1]) throw malformedXml();
        i2 += close[0].length;
        return el3;
      }
      if (src.startsWith("<![CDATA[", i2)) {
        const end = src.indexOf("]]>", i2);
        if (end < 0) throw malformedXml();
        el3.text += src.slice(i2 + 9, end);
        i2 = end + 3;
      } else if (src.startsWith("<!--", i2)) {
        const end = src.indexOf("-->", i2);
        if (end < 0) throw malformedXml();
        i2 = end + 3;
      } else if (src[i2] === "<") {
        el3.children.push(parseElement());
      } else {
        const end = src.indexOf("<", i2);
        if (end < 0) throw malformedXml();
        el3.text += decode(src.slice(i2, end));
        i2 = end;
      }
    }
  };
  try {
    skipMisc();
    const root = parseElement();
    skipMisc();
    if (i2 !== src.length) throw malformedXml();
    return root;
  } catch (err2) {
    throw err2 instanceof AwsError ? err2 : malformedXml();
  }
}
function child(el3, name) {
  return el3.children.find((c) => c.name === name);
}
function childrenNamed(el3, name) {
  return el3.children.filter((c) => c.name === name);
}
function childText(el3, name) {
  return child(el3, name)?.text;
}
function requireXmlBody(body, rootName) {
  if (body.length === 0) throw malformedXml();
  const root = parseXmlBody(body);
  if (root.name !== rootName) throw malformedXml();
  return root;
}

// ../local-cloud/src/s3/completeMultipartUpload.ts
var MIN_PART_SIZE = 5 * 1024 * 1024;
function parse(body) {
  const root = requireXmlBody(body, "CompleteMultipartUpload");
  const parts = childrenNamed(root, "Part").map((p) => {
    const n = Number(childText(p, "PartNumber"));
    const etag = childText(p, "ETag");
    if (!Number.isInteger(n) || etag === void 0) throw malformedXml();
    return { PartNumber: n, ETag: etag };
  });
  if (parts.length === 0) throw malformedXml();
  return parts;
}
function invalidPart(uploadId, part) {
  return new AwsError(
    "InvalidPart",
    "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
    400,
    { fields: { UploadId: uploadId, PartNumber: part.PartNumber ?? "", ETag: part.ETag ?? "" } }
  );
}
function completeMultipartUpload(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const uploadId = ctx.req.query.get("uploadId") ?? "";
  const upload = bucket.uploads.get(uploadId);
  if (!upload || upload.key !== ctx.key) throw noSuchUpload(uploadId);
  const listed = parse(ctx.req.body);
  for (let i2 = 1; i2 < listed.length; i2++) {
    if ((listed[i2].PartNumber ?? 0) <= (listed[i2 - 1].PartNumber ?? 0)) {
      throw new AwsError(
        "InvalidPartOrder",
        "The list of parts was not in ascending order. The parts list must be specified in order by part number.",
        400,
        { fields: { UploadId: uploadId } }
      );
    }
  }
  const parts = listed.map((p) => {
    const stored = upload.parts.get(p.PartNumber ?? 0);
    if (!stored || unquoted(p.ETag ?? "") !== stored.etag) throw invalidPart(uploadId, p);
    return stored;
  });
  parts.forEach((p, i2) => {
    if (i2 < parts.length - 1 && p.body.length < MIN_PART_SIZE) {
      throw new AwsError(
        "EntityTooSmall",
        "Your proposed upload is smaller than the minimum allowed size",
        400,
        {
          fields: {
            ProposedSize: p.body.length,
            MinSizeAllowed: MIN_PART_SIZE,
            PartNumber: p.partNumber,
            ETag: p.etag
          }
        }
      );
    }
  });
  checkWriteConditions(ctx, bucket);
  const body = Buffer.concat(parts.map((p) => p.body));
  const md5s = Buffer.concat(parts.map((p) => Buffer.from(p.etag, "hex")));
  const etag = `${createHash4("md5").update(md5s).digest("hex")}-${parts.length}`;
  const algorithm = upload.checksumAlgorithm ?? "CRC64NVME";
  const checksum = upload.checksumType === "COMPOSITE" ? {
    algorithm,
    type: "COMPOSITE",
    value: `${checksumBytes(algorithm, Buffer.concat(parts.map((p) => Buffer.from(p.checksum ?? "", "base64")))).toString("base64")}-${parts.length}`
  } : { algorithm, type: "FULL_OBJECT", value: checksumOf(algorithm, body) };
  const obj = {
    contentType: upload.contentType,
    cacheControl: upload.cacheControl,
    contentDisposition: upload.contentDisposition,
    contentEncoding: upload.contentEncoding,
    contentLanguage: upload.contentLanguage,
    expires: upload.expires,
    metadata: upload.metadata,
    key: ctx.key,
    body,
    etag,
    lastModified: s3Now(),
    checksum,
    partsCount: parts.length
  };
  bucket.objects.set(ctx.key, obj);
  bucket.uploads.delete(uploadId);
  const out = {
    Location: `${ctx.req.baseUrl}/${ctx.bucket}/${encodeURIComponent(ctx.key).replace(/%2F/g, "/")}`,
    Bucket: ctx.bucket,
    Key: ctx.key,
    ETag: quoted(etag),
    ChecksumType: checksum.type
  };
  const inner = toXml({
    Location: out.Location,
    Bucket: out.Bucket,
    Key: out.Key,
    ETag: out.ETag,
    [`Checksum${checksum.algorithm}`]: checksum.value,
    ChecksumType: out.ChecksumType
  });
  return xmlAnswer("CompleteMultipartUploadResult", inner, { "x-amz-server-side-encryption": "AES256" });
}

// ../local-cloud/src/s3/copyObject.ts
function parseCopySource(value) {
  const [path5] = value.split("?");
  let decoded;
  try {
    decoded = decodeURIComponent(path5).replace(/^\//, "");
  } catch {
    decoded = "";
  }
  const slash = decoded.indexOf("/");
  if (slash <= 0 || slash === decoded.length - 1) {
    throw invalidArgument("Invalid copy source object key", "x-amz-copy-source", value);
  }
  return { bucket: decoded.slice(0, slash), key: decoded.slice(slash + 1) };
}
function parse2(ctx) {
  const directive = header(ctx.req, "x-amz-metadata-directive") ?? "COPY";
  if (directive !== "COPY" && directive !== "REPLACE") {
    throw invalidArgument("Unknown metadata directive.", "x-amz-metadata-directive", directive);
  }
  return {
    Bucket: ctx.bucket,
    Key: ctx.key,
    CopySource: header(ctx.req, "x-amz-copy-source") ?? "",
    MetadataDirective: directive,
    CopySourceIfMatch: header(ctx.req, "x-amz-copy-source-if-match"),
    CopySourceIfNoneMatch: header(ctx.req, "x-amz-copy-source-if-none-match")
  };
}
function copyObject(ctx) {
  const input = parse2(ctx);
  const bucket = ctx.store.bucket(ctx.bucket);
  const source = parseCopySource(input.CopySource ?? "");
  const src = ctx.store.object(ctx.store.bucket(source.bucket), source.key);
  if (input.CopySourceIfMatch !== void 0 && unquoted(input.CopySourceIfMatch) !== src.etag) {
    throw preconditionFailed("x-amz-copy-source-If-Match");
  }
  if (input.CopySourceIfNoneMatch !== void 0 && unquoted(input.CopySourceIfNoneMatch) === src.etag) {
    throw preconditionFailed("x-amz-copy-source-If-None-Match");
  }
  const replace = input.MetadataDirective === "REPLACE";
  const newAlgorithm = asChecksumAlgorithm(header(ctx.req, "x-amz-checksum-algorithm"));
  if (source.bucket === ctx.bucket && source.key === ctx.key && !replace && !newAlgorithm) {
    throw invalidRequest(
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes."
    );
  }
  checkWriteConditions(ctx, bucket);
  const headers = replace ? objectHeadersFrom(ctx.req, header(ctx.req, "content-encoding")) : {
    contentType: src.contentType,
    cacheControl: src.cacheControl,
    contentDisposition: src.contentDisposition,
    contentEncoding: src.contentEncoding,
    contentLanguage: src.contentLanguage,
    expires: src.expires,
    metadata: { ...src.metadata }
  };
  const algorithm = newAlgorithm ?? src.checksum.algorithm;
  const obj = storeObject(bucket, ctx.key, Buffer.from(src.body), headers, {
    algorithm,
    value: checksumOf(algorithm, src.body)
  });
  const out = {
    CopyObjectResult: { ETag: quoted(obj.etag), LastModified: obj.lastModified, ChecksumType: "FULL_OBJECT" }
  };
  const inner = toXml({
    LastModified: isoDate(obj.lastModified),
    ETag: out.CopyObjectResult?.ETag,
    ChecksumType: out.CopyObjectResult?.ChecksumType,
    [`Checksum${algorithm}`]: obj.checksum.value
  });
  return xmlAnswer("CopyObjectResult", inner, { "x-amz-server-side-encryption": "AES256" });
}

// ../local-cloud/src/s3/validate.ts
function validateBucketName(name) {
  const ok = name.length >= 3 && name.length <= 63 && /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name) && !name.includes("..") && !/^\d+\.\d+\.\d+\.\d+$/.test(name) && !/^(xn--|sthree-|amzn-s3-demo-)/.test(name) && !/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name);
  if (!ok) throw invalidBucketName(name);
}
function parseMaxKeys(value, argument = "max-keys") {
  if (value === null || value === "") return 1e3;
  if (!/^-?\d+$/.test(value) || Number(value) > 2147483647) {
    throw invalidArgument(`Provided ${argument} not an integer or within integer range`, argument, value);
  }
  const n = Number(value);
  if (n < 0)
    throw invalidArgument(
      `Argument ${argument} must be an integer between 0 and 2147483647`,
      argument,
      value
    );
  return Math.min(n, 1e3);
}
function parsePartNumber(value) {
  const n = value !== null && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= 1e4)) {
    throw invalidArgument(
      "Part number must be an integer between 1 and 10000, inclusive",
      "partNumber",
      value ?? ""
    );
  }
  return n;
}

// ../local-cloud/src/s3/createBucket.ts
function parse3(ctx) {
  const input = { Bucket: ctx.bucket };
  if (ctx.req.body.length > 0) {
    const root = requireXmlBody(ctx.req.body, "CreateBucketConfiguration");
    const lc2 = childText(root, "LocationConstraint");
    if (lc2 !== void 0)
      input.CreateBucketConfiguration = { LocationConstraint: lc2 };
  }
  return input;
}
function createBucket(ctx) {
  const input = parse3(ctx);
  validateBucketName(ctx.bucket);
  const endpointRegion = ctx.req.region;
  const constraint2 = input.CreateBucketConfiguration?.LocationConstraint;
  if (constraint2 === "us-east-1") {
    throw new AwsError("InvalidLocationConstraint", "The specified location-constraint is not valid", 400, {
      fields: { LocationConstraint: constraint2 }
    });
  }
  if (constraint2 === void 0 && endpointRegion !== "us-east-1") {
    throw new AwsError(
      "IllegalLocationConstraintException",
      "The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.",
      400
    );
  }
  if (constraint2 !== void 0 && constraint2 !== "" && endpointRegion !== "us-east-1" && constraint2 !== endpointRegion) {
    throw new AwsError(
      "IllegalLocationConstraintException",
      `The ${constraint2} location constraint is incompatible for the region specific endpoint this request was sent to.`,
      400
    );
  }
  const region = constraint2 || "us-east-1";
  const existing = ctx.store.buckets.get(ctx.bucket);
  if (existing) {
    if (region === "us-east-1" && existing.region === "us-east-1")
      return { headers: { Location: `/${ctx.bucket}` } };
    throw bucketAlreadyOwnedByYou(ctx.bucket);
  }
  ctx.store.buckets.set(ctx.bucket, {
    name: ctx.bucket,
    region,
    creationDate: s3Now(),
    objects: /* @__PURE__ */ new Map(),
    uploads: /* @__PURE__ */ new Map()
  });
  const location = region === "us-east-1" ? `/${ctx.bucket}` : `http://${ctx.bucket}.s3.amazonaws.com/`;
  return { headers: { Location: location } };
}

// ../local-cloud/src/s3/createMultipartUpload.ts
import { randomBytes as randomBytes2 } from "node:crypto";
function createMultipartUpload(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const algorithmHeader = header(ctx.req, "x-amz-checksum-algorithm");
  const algorithm = asChecksumAlgorithm(algorithmHeader);
  if (algorithmHeader !== void 0 && !algorithm) {
    throw invalidRequest(
      "Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]"
    );
  }
  const typeHeader = header(ctx.req, "x-amz-checksum-type")?.toUpperCase();
  const type = algorithm ? typeHeader ?? (algorithm === "CRC64NVME" ? "FULL_OBJECT" : "COMPOSITE") : void 0;
  if (type === "COMPOSITE" && algorithm === "CRC64NVME") {
    throw invalidRequest("The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.");
  }
  if (type === "FULL_OBJECT" && (algorithm === "SHA1" || algorithm === "SHA256")) {
    throw invalidRequest(
      `The FULL_OBJECT checksum type cannot be used with the ${algorithm.toLowerCase()} checksum algorithm.`
    );
  }
  const uploadId = randomBytes2(48).toString("base64url");
  bucket.uploads.set(uploadId, {
    ...objectHeadersFrom(ctx.req, header(ctx.req, "content-encoding")),
    uploadId,
    key: ctx.key,
    initiated: /* @__PURE__ */ new Date(),
    checksumAlgorithm: algorithm,
    checksumType: type,
    parts: /* @__PURE__ */ new Map()
  });
  const out = { Bucket: ctx.bucket, Key: ctx.key, UploadId: uploadId };
  return xmlAnswer(
    "InitiateMultipartUploadResult",
    toXml({ Bucket: out.Bucket, Key: out.Key, UploadId: out.UploadId }),
    {
      "x-amz-checksum-algorithm": algorithm,
      "x-amz-checksum-type": type,
      "x-amz-server-side-encryption": "AES256"
    }
  );
}

// ../local-cloud/src/s3/deleteBucket.ts
function deleteBucket(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  if (bucket.objects.size > 0) throw bucketNotEmpty(ctx.bucket);
  ctx.store.buckets.delete(ctx.bucket);
  return { status: 204 };
}

// ../local-cloud/src/s3/deleteBucketEncryption.ts
function deleteBucketEncryption(ctx) {
  ctx.store.bucket(ctx.bucket).encryption = void 0;
  return { status: 204 };
}

// ../local-cloud/src/s3/deleteBucketPolicy.ts
function deleteBucketPolicy(ctx) {
  ctx.store.bucket(ctx.bucket).policy = void 0;
  return { status: 204 };
}

// ../local-cloud/src/s3/deleteBucketTagging.ts
function deleteBucketTagging(ctx) {
  ctx.store.bucket(ctx.bucket).tags = void 0;
  return { status: 204 };
}

// ../local-cloud/src/s3/deleteObject.ts
function deleteObject(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  bucket.objects.delete(ctx.key);
  return { status: 204 };
}

// ../local-cloud/src/s3/deleteObjects.ts
function parse4(ctx, body) {
  const root = requireXmlBody(body, "Delete");
  const objects = childrenNamed(root, "Object").map((o) => {
    const key = childText(o, "Key");
    if (key === void 0) throw malformedXml();
    return { Key: key, VersionId: childText(o, "VersionId") || void 0 };
  });
  if (objects.length === 0 || objects.length > 1e3) throw malformedXml();
  return { Bucket: ctx.bucket, Delete: { Objects: objects, Quiet: childText(root, "Quiet") === "true" } };
}
function deleteObjects(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const hasChecksum = Object.keys(ctx.req.headers).some((h) => h.startsWith("x-amz-checksum-"));
  if (header(ctx.req, "content-md5") === void 0 && !hasChecksum) {
    throw invalidRequest("Missing required header for this request: Content-MD5");
  }
  const input = parse4(ctx, readPayload(ctx.req).body);
  const deleted = [];
  for (const o of input.Delete?.Objects ?? []) {
    bucket.objects.delete(o.Key ?? "");
    deleted.push({ Key: o.Key, VersionId: o.VersionId });
  }
  return xmlAnswer("DeleteResult", input.Delete?.Quiet ? "" : toXml({ Deleted: deleted }));
}

// ../local-cloud/src/s3/getBucketAcl.ts
function getBucketAcl(ctx) {
  ctx.store.bucket(ctx.bucket);
  const owner = toXml({ ID: ctx.ownerId, DisplayName: "local-cloud" });
  const grant = `<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser">${owner}</Grantee><Permission>FULL_CONTROL</Permission></Grant>`;
  return xmlAnswer(
    "AccessControlPolicy",
    `<Owner>${owner}</Owner><AccessControlList>${grant}</AccessControlList>`
  );
}

// ../local-cloud/src/s3/getBucketEncryption.ts
var DEFAULT = {
  Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" }, BucketKeyEnabled: false }]
};
function getBucketEncryption(ctx) {
  const config = ctx.store.bucket(ctx.bucket).encryption ?? DEFAULT;
  const inner = toXml({
    Rule: (config.Rules ?? []).map((r) => ({
      ApplyServerSideEncryptionByDefault: r.ApplyServerSideEncryptionByDefault ? {
        SSEAlgorithm: r.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
        KMSMasterKeyID: r.ApplyServerSideEncryptionByDefault.KMSMasterKeyID
      } : void 0,
      BucketKeyEnabled: r.BucketKeyEnabled
    }))
  });
  return xmlAnswer("ServerSideEncryptionConfiguration", inner);
}

// ../local-cloud/src/s3/getBucketLocation.ts
function getBucketLocation(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  return xmlAnswer("LocationConstraint", bucket.region === "us-east-1" ? "" : escapeXml(bucket.region));
}

// ../local-cloud/src/s3/getBucketPolicy.ts
function getBucketPolicy(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  if (bucket.policy === void 0) {
    throw new AwsError("NoSuchBucketPolicy", "The bucket policy does not exist", 404, {
      fields: { BucketName: ctx.bucket }
    });
  }
  return { headers: { "Content-Type": "application/json" }, body: Buffer.from(bucket.policy) };
}

// ../local-cloud/src/s3/getBucketTagging.ts
function getBucketTagging(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  if (!bucket.tags || bucket.tags.length === 0) {
    throw new AwsError("NoSuchTagSet", "The TagSet does not exist", 404, {
      fields: { BucketName: ctx.bucket }
    });
  }
  return xmlAnswer(
    "Tagging",
    toXml({ TagSet: { Tag: bucket.tags.map((t) => ({ Key: t.Key, Value: t.Value })) } })
  );
}

// ../local-cloud/src/s3/getBucketVersioning.ts
function getBucketVersioning(ctx) {
  const v = ctx.store.bucket(ctx.bucket).versioning;
  return xmlAnswer("VersioningConfiguration", toXml({ Status: v?.Status, MfaDelete: v?.MFADelete }));
}

// ../local-cloud/src/s3/conditions.ts
function etagMatches(list2, etag) {
  return list2.split(",").some((t) => t.trim() === "*" || unquoted(t) === etag);
}
function parseDate(value) {
  if (value === void 0) return void 0;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? void 0 : d;
}
function checkReadConditions(req, obj) {
  const ifMatch = header(req, "if-match");
  const ifNoneMatch = header(req, "if-none-match");
  const ifModifiedSince = parseDate(header(req, "if-modified-since"));
  const ifUnmodifiedSince = parseDate(header(req, "if-unmodified-since"));
  const modified = obj.lastModified.getTime();
  if (ifMatch !== void 0) {
    if (!etagMatches(ifMatch, obj.etag)) throw preconditionFailed("If-Match");
  } else if (ifUnmodifiedSince && modified > ifUnmodifiedSince.getTime()) {
    throw preconditionFailed("If-Unmodified-Since");
  }
  if (ifNoneMatch !== void 0) {
    if (etagMatches(ifNoneMatch, obj.etag)) return "not-modified";
  } else if (ifModifiedSince && modified <= ifModifiedSince.getTime()) {
    return "not-modified";
  }
  return void 0;
}
function parseRange(value, size) {
  if (value === void 0) return void 0;
  const m = /^bytes=(\d*)-(\d*)$/.exec(value.trim());
  if (!m || m[1] === "" && m[2] === "") return void 0;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) throw invalidRange(value, size);
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== "" && Number(m[2]) < start) return void 0;
  if (start >= size) throw invalidRange(value, size);
  return { start, end };
}

// ../local-cloud/src/s3/getObject.ts
function readObject(ctx, withBody) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const obj = ctx.store.object(bucket, ctx.key);
  if (checkReadConditions(ctx.req, obj) === "not-modified") {
    return { status: 304, headers: { ETag: quoted(obj.etag), "Last-Modified": httpDate(obj.lastModified) } };
  }
  const range = parseRange(header(ctx.req, "range"), obj.body.length);
  const checksumMode = (header(ctx.req, "x-amz-checksum-mode") ?? "").toUpperCase() === "ENABLED";
  const headers = objectResponseHeaders(obj, ctx.req.query, checksumMode && range === void 0);
  if (!range) {
    return withBody ? { headers, body: obj.body } : { headers, headLength: obj.body.length };
  }
  headers["Content-Range"] = `bytes ${range.start}-${range.end}/${obj.body.length}`;
  const slice = obj.body.subarray(range.start, range.end + 1);
  return withBody ? { status: 206, headers, body: slice } : { status: 206, headers, headLength: slice.length };
}
function getObject(ctx) {
  return readObject(ctx, true);
}

// ../local-cloud/src/s3/headBucket.ts
function headBucket(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const out = { BucketRegion: bucket.region, AccessPointAlias: false };
  return {
    headers: {
      "x-amz-bucket-region": out.BucketRegion,
      "x-amz-access-point-alias": String(out.AccessPointAlias)
    }
  };
}

// ../local-cloud/src/s3/headObject.ts
function headObject(ctx) {
  return readObject(ctx, false);
}

// ../local-cloud/src/s3/listing.ts
function listPage(bucket, options) {
  const { prefix, delimiter, after, maxKeys } = options;
  const keys = [...bucket.objects.keys()].filter((k) => k.startsWith(prefix)).sort(compareKeys);
  const page4 = { contents: [], commonPrefixes: [], isTruncated: false };
  const skipUnder = after !== void 0 && delimiter && after.endsWith(delimiter) ? after : void 0;
  for (const key of keys) {
    if (after !== void 0 && compareKeys(key, after) <= 0) continue;
    if (skipUnder !== void 0 && key.startsWith(skipUnder)) continue;
    let entry = key;
    let isPrefix = false;
    if (delimiter) {
      const at = key.indexOf(delimiter, prefix.length);
      if (at >= 0) {
        entry = key.slice(0, at + delimiter.length);
        isPrefix = true;
        if (page4.commonPrefixes[page4.commonPrefixes.length - 1] === entry) continue;
      }
    }
    if (page4.contents.length + page4.commonPrefixes.length >= maxKeys) {
      page4.isTruncated = maxKeys > 0;
      break;
    }
    if (isPrefix) page4.commonPrefixes.push(entry);
    else page4.contents.push(bucket.objects.get(key));
    page4.last = entry;
  }
  return page4;
}
function encoder(encodingType) {
  if (encodingType !== "url") return (s) => s;
  return (s) => encodeURIComponent(s).replace(/%2F/g, "/");
}

// ../local-cloud/src/s3/listObjects.ts
function parse5(ctx) {
  const q = ctx.req.query;
  const encodingType = q.get("encoding-type");
  if (encodingType !== null && encodingType !== "url") {
    throw invalidArgument("Invalid Encoding Method specified in Request", "encoding-type", encodingType);
  }
  return {
    Bucket: ctx.bucket,
    Prefix: q.get("prefix") ?? void 0,
    Delimiter: q.get("delimiter") || void 0,
    Marker: q.get("marker") ?? void 0,
    MaxKeys: parseMaxKeys(q.get("max-keys")),
    EncodingType: encodingType === "url" ? "url" : void 0
  };
}
function listObjects(ctx) {
  const input = parse5(ctx);
  const bucket = ctx.store.bucket(ctx.bucket);
  const page4 = listPage(bucket, {
    prefix: input.Prefix ?? "",
    delimiter: input.Delimiter,
    after: input.Marker || void 0,
    maxKeys: input.MaxKeys ?? 1e3
  });
  const enc = encoder(input.EncodingType ?? null);
  const out = {
    Name: ctx.bucket,
    Prefix: input.Prefix ?? "",
    Marker: input.Marker ?? "",
    NextMarker: page4.isTruncated && input.Delimiter !== void 0 ? page4.last : void 0,
    MaxKeys: input.MaxKeys,
    IsTruncated: page4.isTruncated
  };
  const inner = toXml({
    Name: out.Name,
    Prefix: enc(out.Prefix ?? ""),
    Marker: enc(out.Marker ?? ""),
    NextMarker: out.NextMarker !== void 0 ? enc(out.NextMarker) : void 0,
    MaxKeys: out.MaxKeys,
    Delimiter: input.Delimiter !== void 0 ? enc(input.Delimiter) : void 0,
    EncodingType: input.EncodingType,
    IsTruncated: out.IsTruncated,
    Contents: page4.contents.map((o) => ({
      Key: enc(o.key),
      LastModified: isoDate(o.lastModified),
      ETag: quoted(o.etag),
      ChecksumAlgorithm: o.checksum.algorithm,
      ChecksumType: o.checksum.type,
      Size: o.body.length,
      Owner: { ID: ctx.ownerId, DisplayName: "local-cloud" },
      StorageClass: "STANDARD"
    })),
    CommonPrefixes: page4.commonPrefixes.map((p) => ({ Prefix: enc(p) }))
  });
  return xmlAnswer("ListBucketResult", inner);
}

// ../local-cloud/src/s3/listObjectsV2.ts
function parse6(ctx) {
  const q = ctx.req.query;
  const encodingType = q.get("encoding-type");
  if (encodingType !== null && encodingType !== "url") {
    throw invalidArgument("Invalid Encoding Method specified in Request", "encoding-type", encodingType);
  }
  return {
    Bucket: ctx.bucket,
    Prefix: q.get("prefix") ?? void 0,
    Delimiter: q.get("delimiter") || void 0,
    MaxKeys: parseMaxKeys(q.get("max-keys")),
    ContinuationToken: q.get("continuation-token") ?? void 0,
    StartAfter: q.get("start-after") ?? void 0,
    EncodingType: encodingType === "url" ? "url" : void 0,
    FetchOwner: q.get("fetch-owner") === "true"
  };
}
function tokenKey(token) {
  const key = Buffer.from(token, "base64").toString("utf8");
  if (token === "" || !key.startsWith("lc:")) {
    throw invalidArgument("The continuation token provided is incorrect", "continuation-token", token);
  }
  return key.slice(3);
}
function listObjectsV2(ctx) {
  const input = parse6(ctx);
  const bucket = ctx.store.bucket(ctx.bucket);
  const after = input.ContinuationToken !== void 0 ? tokenKey(input.ContinuationToken) : input.StartAfter || void 0;
  const page4 = listPage(bucket, {
    prefix: input.Prefix ?? "",
    delimiter: input.Delimiter,
    after,
    maxKeys: input.MaxKeys ?? 1e3
  });
  const enc = encoder(input.EncodingType ?? null);
  const out = {
    Name: ctx.bucket,
    Prefix: input.Prefix ?? "",
    KeyCount: page4.contents.length + page4.commonPrefixes.length,
    MaxKeys: input.MaxKeys,
    IsTruncated: page4.isTruncated,
    NextContinuationToken: page4.isTruncated && page4.last !== void 0 ? Buffer.from(`lc:${page4.last}`).toString("base64") : void 0
  };
  const inner = toXml({
    Name: out.Name,
    Prefix: enc(out.Prefix ?? ""),
    ContinuationToken: input.ContinuationToken,
    NextContinuationToken: out.NextContinuationToken,
    KeyCount: out.KeyCount,
    MaxKeys: out.MaxKeys,
    Delimiter: input.Delimiter !== void 0 ? enc(input.Delimiter) : void 0,
    EncodingType: input.EncodingType,
    IsTruncated: out.IsTruncated,
    StartAfter: input.StartAfter !== void 0 ? enc(input.StartAfter) : void 0,
    Contents: page4.contents.map((o) => ({
      Key: enc(o.key),
      LastModified: isoDate(o.lastModified),
      ETag: quoted(o.etag),
      ChecksumAlgorithm: o.checksum.algorithm,
      ChecksumType: o.checksum.type,
      Size: o.body.length,
      Owner: input.FetchOwner ? { ID: ctx.ownerId, DisplayName: "local-cloud" } : void 0,
      StorageClass: "STANDARD"
    })),
    CommonPrefixes: page4.commonPrefixes.map((p) => ({ Prefix: enc(p) }))
  });
  return xmlAnswer("ListBucketResult", inner);
}

// ../local-cloud/src/s3/listParts.ts
function listParts(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const uploadId = ctx.req.query.get("uploadId") ?? "";
  const upload = bucket.uploads.get(uploadId);
  if (!upload || upload.key !== ctx.key) throw noSuchUpload(uploadId);
  const maxParts = parseMaxKeys(ctx.req.query.get("max-parts"), "max-parts");
  const marker = Number(ctx.req.query.get("part-number-marker") ?? 0) || 0;
  const all = [...upload.parts.values()].filter((p) => p.partNumber > marker).sort((a, b) => a.partNumber - b.partNumber);
  const page4 = all.slice(0, maxParts);
  const out = {
    Bucket: ctx.bucket,
    Key: ctx.key,
    UploadId: uploadId,
    PartNumberMarker: String(marker),
    NextPartNumberMarker: page4.length > 0 ? String(page4[page4.length - 1].partNumber) : void 0,
    MaxParts: maxParts,
    IsTruncated: all.length > page4.length
  };
  const alg = upload.checksumAlgorithm;
  const inner = toXml({
    Bucket: out.Bucket,
    Key: out.Key,
    UploadId: out.UploadId,
    Initiator: { ID: ctx.ownerId, DisplayName: "local-cloud" },
    Owner: { ID: ctx.ownerId, DisplayName: "local-cloud" },
    StorageClass: "STANDARD",
    PartNumberMarker: out.PartNumberMarker,
    NextPartNumberMarker: out.NextPartNumberMarker,
    MaxParts: out.MaxParts,
    IsTruncated: out.IsTruncated,
    ChecksumAlgorithm: alg,
    ChecksumType: upload.checksumType,
    Part: page4.map((p) => ({
      PartNumber: p.partNumber,
      LastModified: isoDate(p.lastModified),
      ETag: quoted(p.etag),
      Size: p.body.length,
      ...alg && p.checksum ? { [`Checksum${alg}`]: p.checksum } : {}
    }))
  });
  return xmlAnswer("ListPartsResult", inner);
}

// ../local-cloud/src/s3/putBucketAcl.ts
function putBucketAcl(ctx) {
  ctx.store.bucket(ctx.bucket);
  return {};
}

// ../local-cloud/src/s3/putBucketEncryption.ts
function putBucketEncryption(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const root = requireXmlBody(readPayload(ctx.req).body, "ServerSideEncryptionConfiguration");
  const rules = childrenNamed(root, "Rule").map((r) => {
    const byDefault = child(r, "ApplyServerSideEncryptionByDefault");
    const algorithm = byDefault ? childText(byDefault, "SSEAlgorithm") : void 0;
    if (byDefault && !algorithm) throw malformedXml();
    const bucketKey = childText(r, "BucketKeyEnabled");
    return {
      ApplyServerSideEncryptionByDefault: byDefault ? {
        SSEAlgorithm: algorithm,
        KMSMasterKeyID: childText(byDefault, "KMSMasterKeyID")
      } : void 0,
      BucketKeyEnabled: bucketKey === void 0 ? void 0 : bucketKey === "true"
    };
  });
  if (rules.length === 0) throw malformedXml();
  bucket.encryption = { Rules: rules };
  return {};
}

// ../local-cloud/src/s3/putBucketPolicy.ts
function putBucketPolicy(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const text = readPayload(ctx.req).body.toString("utf8");
  let parsed;
  try {
    parsed = text.trimStart().startsWith("{") ? JSON.parse(text) : void 0;
  } catch {
    parsed = void 0;
  }
  if (parsed === void 0 || parsed === null || typeof parsed !== "object") {
    throw new AwsError("MalformedPolicy", "Policies must be valid JSON and the first byte must be '{'", 400);
  }
  bucket.policy = text;
  return { status: 204 };
}

// ../local-cloud/src/s3/putBucketTagging.ts
function putBucketTagging(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const root = requireXmlBody(readPayload(ctx.req).body, "Tagging");
  const set = child(root, "TagSet");
  if (!set) throw malformedXml();
  const tags2 = childrenNamed(set, "Tag").map((t) => {
    const key = childText(t, "Key");
    const value = childText(t, "Value");
    if (key === void 0 || value === void 0) throw malformedXml();
    return { Key: key, Value: value };
  });
  if (new Set(tags2.map((t) => t.Key)).size !== tags2.length) {
    throw new AwsError("InvalidTag", "Cannot provide multiple Tags with the same key", 400);
  }
  bucket.tags = tags2;
  return { status: 204 };
}

// ../local-cloud/src/s3/putBucketVersioning.ts
function putBucketVersioning(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  const root = requireXmlBody(readPayload(ctx.req).body, "VersioningConfiguration");
  const status = childText(root, "Status");
  if (status !== void 0 && status !== "Enabled" && status !== "Suspended") {
    throw new AwsError(
      "MalformedXML",
      "The XML you provided was not well-formed or did not validate against our published schema",
      400
    );
  }
  bucket.versioning = { Status: status, MFADelete: childText(root, "MfaDelete") };
  return {};
}

// ../local-cloud/src/s3/uploadPart.ts
function uploadPart(ctx) {
  const bucket = ctx.store.bucket(ctx.bucket);
  if (ctx.req.headers["x-amz-copy-source"] !== void 0) throw notImplemented("UploadPartCopy");
  const partNumber = parsePartNumber(ctx.req.query.get("partNumber"));
  const uploadId = ctx.req.query.get("uploadId") ?? "";
  const upload = bucket.uploads.get(uploadId);
  if (!upload || upload.key !== ctx.key) throw noSuchUpload(uploadId);
  const payload = readPayload(ctx.req);
  if (payload.checksum && upload.checksumAlgorithm && payload.checksum.algorithm !== upload.checksumAlgorithm) {
    throw invalidRequest(
      `Checksum Type mismatch occurred, expected checksum Type: ${upload.checksumAlgorithm.toLowerCase()}, actual checksum Type: ${payload.checksum.algorithm.toLowerCase()}`
    );
  }
  const checksum = payload.checksum?.value ?? (upload.checksumAlgorithm ? checksumOf(upload.checksumAlgorithm, payload.body) : void 0);
  const etag = md5Hex(payload.body);
  upload.parts.set(partNumber, { partNumber, body: payload.body, etag, lastModified: s3Now(), checksum });
  return {
    headers: {
      ETag: quoted(etag),
      "x-amz-server-side-encryption": "AES256",
      ...upload.checksumAlgorithm && checksum ? { [`x-amz-checksum-${upload.checksumAlgorithm.toLowerCase()}`]: checksum } : {}
    }
  };
}

// ../local-cloud/src/s3/dispatch.ts
var BUCKET_OPERATIONS = {
  GET: {
    location: getBucketLocation,
    policy: getBucketPolicy,
    tagging: getBucketTagging,
    versioning: getBucketVersioning,
    encryption: getBucketEncryption,
    acl: getBucketAcl,
    "": listObjects
  },
  PUT: {
    policy: putBucketPolicy,
    tagging: putBucketTagging,
    versioning: putBucketVersioning,
    encryption: putBucketEncryption,
    acl: putBucketAcl,
    "": createBucket
  },
  DELETE: {
    policy: deleteBucketPolicy,
    tagging: deleteBucketTagging,
    encryption: deleteBucketEncryption,
    "": deleteBucket
  },
  HEAD: { "": headBucket },
  POST: { delete: deleteObjects }
};
var KNOWN_UNSERVED = [
  "accelerate",
  "analytics",
  "cors",
  "intelligent-tiering",
  "inventory",
  "lifecycle",
  "logging",
  "metrics",
  "notification",
  "object-lock",
  "ownershipControls",
  "policyStatus",
  "publicAccessBlock",
  "replication",
  "requestPayment",
  "restore",
  "retention",
  "legal-hold",
  "select",
  "torrent",
  "uploads",
  "versions",
  "website",
  "attributes",
  "tagging",
  "acl"
];
function abortIfUnknown(query, unserved) {
  for (const name of unserved) if (query.has(name)) throw notImplemented(`The ?${name} subresource`);
}
function bucketOperation(method, query) {
  const table = BUCKET_OPERATIONS[method];
  if (!table) throw methodNotAllowed(method, "BUCKET");
  for (const sub2 of Object.keys(table)) if (sub2 !== "" && query.has(sub2)) return table[sub2];
  abortIfUnknown(query, KNOWN_UNSERVED);
  if (method === "GET" && query.get("list-type") === "2") return listObjectsV2;
  const op = table[""];
  if (!op) throw methodNotAllowed(method, "BUCKET");
  return op;
}
function objectOperation(method, query, copySource) {
  switch (method) {
    case "GET":
      if (query.has("uploadId")) return listParts;
      abortIfUnknown(query, KNOWN_UNSERVED);
      return getObject;
    case "HEAD":
      return headObject;
    case "PUT":
      if (query.has("uploadId") || query.has("partNumber")) return uploadPart;
      abortIfUnknown(query, KNOWN_UNSERVED);
      return copySource ? copyObject : putObject;
    case "DELETE":
      if (query.has("uploadId")) return abortMultipartUpload;
      abortIfUnknown(query, KNOWN_UNSERVED);
      return deleteObject;
    case "POST":
      if (query.has("uploads")) return createMultipartUpload;
      if (query.has("uploadId")) return completeMultipartUpload;
      abortIfUnknown(query, KNOWN_UNSERVED);
      throw notImplemented("This POST on an object");
    default:
      throw methodNotAllowed(method, "OBJECT");
  }
}

// ../local-cloud/src/s3/listBuckets.ts
function listBuckets(ctx) {
  const prefix = ctx.req.query.get("prefix") ?? "";
  const region = ctx.req.query.get("bucket-region");
  const buckets = [...ctx.store.buckets.values()].filter((b) => b.name.startsWith(prefix) && (region === null || b.region === region)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const out = {
    Owner: { ID: ctx.ownerId, DisplayName: "local-cloud" },
    Buckets: buckets.map((b) => ({ Name: b.name, CreationDate: b.creationDate, BucketRegion: b.region }))
  };
  const inner = toXml({
    Owner: { ID: out.Owner?.ID, DisplayName: out.Owner?.DisplayName },
    Buckets: {
      Bucket: (out.Buckets ?? []).map((b) => ({
        Name: b.Name,
        CreationDate: b.CreationDate ? isoDate(b.CreationDate) : void 0,
        BucketRegion: b.BucketRegion
      }))
    },
    Prefix: prefix || void 0
  });
  return xmlAnswer("ListAllMyBucketsResult", inner);
}

// ../local-cloud/src/s3/index.ts
function createS3Service(cloud) {
  const store = new S3Store();
  const ownerId = createHash5("sha256").update(`local-cloud:${cloud.accountId}`).digest("hex");
  const internal2 = {
    putObject(bucket, key, body, contentType) {
      const obj = storeObject(store.bucket(bucket), key, body, {
        contentType: contentType ?? DEFAULT_CONTENT_TYPE,
        metadata: {}
      });
      return { etag: obj.etag };
    },
    bucketExists: (bucket) => store.buckets.has(bucket),
    getObject: (bucket, key) => store.buckets.get(bucket)?.objects.get(key)?.body
  };
  cloud.s3 = internal2;
  return {
    name: "s3",
    async handle(req, res) {
      try {
        const { bucket, key } = s3Address(header(req, "host"), req.path);
        const ctx = { req, store, bucket: bucket ?? "", key: key ?? "", ownerId };
        let op;
        if (bucket === void 0) {
          if (req.method !== "GET") throw methodNotAllowed(req.method, "SERVICE");
          op = listBuckets;
        } else if (key === void 0) op = bucketOperation(req.method, req.query);
        else op = objectOperation(req.method, req.query, header(req, "x-amz-copy-source") !== void 0);
        writeAnswer(res, req.requestId, req.method, await op(ctx));
      } catch (thrown) {
        writeRestXmlError(req, res, toAwsError(thrown));
      }
    }
  };
}

// ../local-cloud/src/sns/validate.ts
var MAX_MESSAGE_BYTES = 262144;
var invalidParameter = (what) => new AwsError("InvalidParameter", `Invalid parameter: ${what}`);
var invalidParameterValue = (message) => new AwsError("ParameterValueInvalid", message);
var notFound2 = (message) => new AwsError("NotFound", message, 404);
function required3(value, member) {
  if (value === void 0) {
    throw new AwsError(
      "ValidationError",
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`
    );
  }
  return value;
}
function parseTopicArn(arn) {
  const m = /^arn:aws[\w-]*:sns:([^:]+):(\d+):([^:]+)$/.exec(arn);
  return m ? { region: m[1], account: m[2], name: m[3] } : void 0;
}
function topicFor(ctx, arn, member = "TopicArn") {
  const value = required3(arn, member.charAt(0).toLowerCase() + member.slice(1));
  const parsed = parseTopicArn(value);
  if (!parsed || parsed.region !== ctx.region) throw invalidParameter(member);
  const topic = ctx.store.topics.get(value);
  if (!topic) throw notFound2("Topic does not exist");
  return topic;
}
function subscriptionFor(ctx, arn) {
  const value = required3(arn, "subscriptionArn");
  const sub2 = ctx.store.subscriptions.get(value);
  if (!sub2) throw notFound2("Subscription does not exist");
  return sub2;
}
var ATTR_NAME_RE = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_.-]+(?<!\.)$/;
var ATTR_TYPE_RE = /^(String|Number|Binary)(\..+)?$/;
function checkMessageAttributes(attrs, position) {
  const out = {};
  const names = Object.keys(attrs);
  if (names.length > 10) {
    throw invalidParameterValue(
      `Number of message attributes [${names.length}] exceeds the allowed maximum [10].`
    );
  }
  for (const name of names) {
    const a = attrs[name];
    if (Buffer.byteLength(name) > 256) {
      throw invalidParameterValue("Length of message attribute name must be less than 256 bytes.");
    }
    if (!ATTR_NAME_RE.test(name)) {
      throw invalidParameterValue(
        `Invalid non-alphanumeric character was found in the message attribute name '${name}'. Can only include alphanumeric characters, hyphens, underscores, or dots.`
      );
    }
    if (a.DataType === void 0) {
      const at = position === void 0 ? `messageAttributes.${name}.member.dataType` : `publishBatchRequestEntries.${position}.member.messageAttributes.${name}.member.dataType`;
      throw new AwsError(
        "ValidationError",
        `1 validation error detected: Value null at '${at}' failed to satisfy constraint: Member must not be null`
      );
    }
    const type = a.DataType;
    if (!ATTR_TYPE_RE.test(type)) {
      throw invalidParameterValue(
        `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`
      );
    }
    const binary = type.startsWith("Binary");
    const value = binary ? a.BinaryValue : a.StringValue;
    if (value === void 0 && (binary ? a.StringValue : a.BinaryValue) !== void 0) {
      throw invalidParameterValue(
        `The message attribute '${name}' with type '${type}' must use field '${binary ? "Binary" : "String"}'.`
      );
    }
    if (!value) {
      throw invalidParameterValue(
        `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${type}'.`
      );
    }
    if (type.startsWith("Number") && !Number.isFinite(Number(value))) {
      throw invalidParameterValue(`Could not cast message attribute '${name}' value to number.`);
    }
    if (type === "String.Array") checkStringArray(name, value);
    out[name] = binary ? { DataType: type, BinaryValue: Buffer.from(value, "base64") } : { DataType: type, StringValue: value };
  }
  return out;
}
function checkStringArray(name, value) {
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = void 0;
  }
  const ok = Array.isArray(parsed) && parsed.every((v) => v === null || ["string", "number", "boolean"].includes(typeof v));
  if (!ok) {
    throw invalidParameterValue(
      `Invalid parameter: MessageAttributes Reason: String.Array attribute '${name}' must be a JSON array of strings, numbers, booleans or nulls.`
    );
  }
}
function publishSize(message, attrs) {
  let size = Buffer.byteLength(message);
  for (const [name, a] of Object.entries(attrs)) {
    size += Buffer.byteLength(name) + Buffer.byteLength(a.DataType);
    size += a.BinaryValue ? a.BinaryValue.length : Buffer.byteLength(a.StringValue ?? "");
  }
  return size;
}
function checkSubject(subject) {
  if (subject === void 0) return;
  if (subject === "" || subject.length >= 100 || /[\r\n\t\p{Cc}]/u.test(subject))
    throw invalidParameter("Subject");
}

// ../local-cloud/src/sns/confirmSubscription.ts
function confirmSubscription(ctx, form) {
  const input = { TopicArn: form.TopicArn, Token: form.Token };
  required3(input.Token, "token");
  topicFor(ctx, input.TopicArn);
  throw invalidParameter("Token");
}

// ../local-cloud/src/sns/form.ts
function formMap(form, prefix) {
  const out = {};
  for (const s of queryStructs(form, `${prefix}.entry`)) if (s.key !== void 0) out[s.key] = s.value ?? "";
  return out;
}
function formMessageAttributes(form, prefix = "MessageAttributes") {
  const out = {};
  for (const s of queryStructs(form, `${prefix}.entry`)) {
    if (s.Name === void 0) continue;
    out[s.Name] = {
      DataType: s["Value.DataType"],
      ...s["Value.StringValue"] !== void 0 ? { StringValue: s["Value.StringValue"] } : {},
      ...s["Value.BinaryValue"] !== void 0 ? { BinaryValue: s["Value.BinaryValue"] } : {}
    };
  }
  return out;
}
function formTags(form, prefix = "Tags") {
  return queryStructs(form, `${prefix}.member`).map((s) => ({ Key: s.Key, Value: s.Value }));
}
function formList(form, prefix) {
  return queryList(form, `${prefix}.member`);
}
function formMembers(form, prefix) {
  return queryStructs(form, `${prefix}.member`);
}

// ../local-cloud/src/sns/tagResource.ts
var MAX_TAGS = 50;
function tagResource3(ctx, form) {
  const input = { ResourceArn: form.ResourceArn, Tags: formTags(form) };
  const topic = taggedTopic(ctx, input.ResourceArn);
  const tags2 = checkTags2(input.Tags ?? []);
  const merged = new Map(topic.tags);
  for (const t of tags2) merged.set(t.Key, t.Value);
  if (merged.size > MAX_TAGS) {
    throw new AwsError("TagLimitExceeded", "Could not complete request: tag quota of per resource exceeded");
  }
  topic.tags = merged;
  return "";
}
function taggedTopic(ctx, arn) {
  const value = required3(arn, "resourceArn");
  const topic = ctx.store.topics.get(value);
  if (!topic) throw new AwsError("ResourceNotFound", "Resource does not exist", 404);
  return topic;
}
function checkTags2(tags2) {
  const keys = /* @__PURE__ */ new Set();
  return tags2.map((t, i2) => {
    const key = required3(t.Key, `tags.${i2 + 1}.member.key`);
    const value = required3(t.Value, `tags.${i2 + 1}.member.value`);
    if (keys.has(key)) throw invalidParameter("Duplicated keys are not allowed.");
    keys.add(key);
    return { Key: key, Value: value };
  });
}

// ../local-cloud/src/sns/topicAttributes.ts
var FEEDBACK = ["HTTP", "Firehose", "Lambda", "Application", "SQS"].flatMap((p) => [
  `${p}SuccessFeedbackRoleArn`,
  `${p}SuccessFeedbackSampleRate`,
  `${p}FailureFeedbackRoleArn`
]);
var SETTABLE = /* @__PURE__ */ new Set([
  "DeliveryPolicy",
  "DisplayName",
  "Policy",
  "TracingConfig",
  "KmsMasterKeyId",
  "SignatureVersion",
  "ContentBasedDeduplication",
  "FifoThroughputScope",
  "ArchivePolicy",
  "DataProtectionPolicy",
  ...FEEDBACK
]);
function checkTopicAttribute(name, value, fifo, onCreate) {
  if (name === "FifoTopic") {
    if (!onCreate) throw invalidParameter("AttributeName");
    return;
  }
  if (!SETTABLE.has(name))
    throw invalidParameter(onCreate ? `Attributes Reason: Unknown attribute ${name}` : "AttributeName");
  const reason = onCreate ? "Attributes Reason: " : "";
  if ((name === "Policy" || name === "DeliveryPolicy" || name === "DataProtectionPolicy") && value !== "") {
    try {
      JSON.parse(value);
    } catch {
      throw invalidParameter(`${reason}${name}: failed to parse JSON.`);
    }
  }
  if (name === "ContentBasedDeduplication") {
    if (!fifo) {
      throw invalidParameter(
        `${reason}ContentBasedDeduplication: Content based deduplication can only be set for FIFO topics`
      );
    }
    if (value !== "true" && value !== "false") {
      throw invalidParameter(
        `${reason}ContentBasedDeduplication: Invalid value [${value}]. Must be true or false.`
      );
    }
  }
  if (name === "FifoThroughputScope" && (!fifo || !["Topic", "MessageGroup"].includes(value))) {
    throw invalidParameter(`${reason}FifoThroughputScope`);
  }
  if (name === "TracingConfig" && !["Active", "PassThrough"].includes(value)) {
    throw invalidParameter(`${reason}TracingConfig`);
  }
  if (name === "SignatureVersion" && !["1", "2"].includes(value)) {
    throw invalidParameter(`${reason}SignatureVersion`);
  }
}
function defaultPolicy(topicArn, accountId) {
  return JSON.stringify({
    Version: "2008-10-17",
    Id: "__default_policy_ID",
    Statement: [
      {
        Sid: "__default_statement_ID",
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: [
          "SNS:GetTopicAttributes",
          "SNS:SetTopicAttributes",
          "SNS:AddPermission",
          "SNS:RemovePermission",
          "SNS:DeleteTopic",
          "SNS:Subscribe",
          "SNS:ListSubscriptionsByTopic",
          "SNS:Publish"
        ],
        Resource: topicArn,
        Condition: { StringEquals: { "AWS:SourceOwner": accountId } }
      }
    ]
  });
}
var EFFECTIVE_DELIVERY_POLICY = JSON.stringify({
  http: {
    defaultHealthyRetryPolicy: {
      minDelayTarget: 20,
      maxDelayTarget: 20,
      numRetries: 3,
      numMaxDelayRetries: 0,
      numNoDelayRetries: 0,
      numMinDelayRetries: 0,
      backoffFunction: "linear"
    },
    disableSubscriptionOverrides: false,
    defaultRequestPolicy: { headerContentType: "text/plain; charset=UTF-8" }
  }
});
function topicAttributeView(topic, accountId, counts) {
  const view = {
    Policy: defaultPolicy(topic.arn, accountId),
    Owner: accountId,
    SubscriptionsPending: String(counts.pending),
    TopicArn: topic.arn,
    EffectiveDeliveryPolicy: EFFECTIVE_DELIVERY_POLICY,
    SubscriptionsConfirmed: String(counts.confirmed),
    DisplayName: "",
    SubscriptionsDeleted: String(topic.deletedSubscriptions)
  };
  if (topic.fifo) {
    view.FifoTopic = "true";
    view.ContentBasedDeduplication = "false";
    view.FifoThroughputScope = "Topic";
  }
  for (const [k, v] of topic.attributes) if (k !== "FifoTopic") view[k] = v;
  if (topic.attributes.has("DeliveryPolicy"))
    view.EffectiveDeliveryPolicy = topic.attributes.get("DeliveryPolicy");
  return view;
}

// ../local-cloud/src/sns/xml.ts
function xmlEntries(map) {
  return Object.entries(map).map(([k, v]) => `<entry><key>${escapeXml(k)}</key><value>${escapeXml(v)}</value></entry>`).join("");
}
function xmlMembers(items) {
  return items.map((i2) => `<member>${i2}</member>`).join("");
}
function xmlElement(name, value) {
  return value === void 0 ? "" : `<${name}>${escapeXml(value)}</${name}>`;
}

// ../local-cloud/src/sns/createTopic.ts
var NAME_RE2 = /^[A-Za-z0-9_-]{1,256}$/;
var FIFO_NAME_RE = /^[A-Za-z0-9_-]{1,251}\.fifo$/;
var FIFO_NAME_MESSAGE = "Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.";
function createTopic(ctx, form) {
  const input = {
    Name: form.Name,
    Attributes: formMap(form, "Attributes"),
    Tags: formTags(form),
    DataProtectionPolicy: form.DataProtectionPolicy
  };
  const out = run(ctx, input);
  return xmlElement("TopicArn", out.TopicArn);
}
function run(ctx, input) {
  const name = required3(input.Name, "name");
  const attributes4 = { ...input.Attributes ?? {} };
  if (input.DataProtectionPolicy !== void 0) attributes4.DataProtectionPolicy = input.DataProtectionPolicy;
  const fifo = attributes4.FifoTopic?.toLowerCase() === "true";
  if (fifo ? !FIFO_NAME_RE.test(name) : !NAME_RE2.test(name)) {
    throw invalidParameter(fifo || name.endsWith(".fifo") ? FIFO_NAME_MESSAGE : "Topic Name");
  }
  if (attributes4.FifoTopic !== void 0) attributes4.FifoTopic = attributes4.FifoTopic.toLowerCase();
  for (const [k, v] of Object.entries(attributes4)) checkTopicAttribute(k, v, fifo, true);
  const tags2 = checkTags2(input.Tags ?? []);
  const arn = ctx.store.topicArn(ctx.region, name);
  const existing = ctx.store.topics.get(arn);
  if (existing) {
    for (const [k, v] of Object.entries(attributes4)) {
      if (k === "FifoTopic" ? String(existing.fifo) !== v : existing.attributes.get(k) !== v) {
        throw invalidParameter("Attributes Reason: Topic already exists with different attributes");
      }
    }
    for (const t of tags2) {
      if (existing.tags.has(t.Key) && existing.tags.get(t.Key) !== t.Value) {
        throw invalidParameter("Tags Reason: Topic already exists with different tags");
      }
    }
    return { TopicArn: arn };
  }
  const topic = {
    arn,
    name,
    region: ctx.region,
    fifo,
    attributes: new Map(Object.entries(attributes4).filter(([k]) => k !== "FifoTopic")),
    tags: new Map(tags2.map((t) => [t.Key, t.Value])),
    subscriptions: /* @__PURE__ */ new Set(),
    deletedSubscriptions: 0,
    sequence: 10000000000000000000n,
    dedup: /* @__PURE__ */ new Map()
  };
  ctx.store.topics.set(arn, topic);
  return { TopicArn: arn };
}

// ../local-cloud/src/sns/deleteTopic.ts
function deleteTopic(ctx, form) {
  const input = { TopicArn: form.TopicArn };
  const arn = required3(input.TopicArn, "topicArn");
  const parsed = parseTopicArn(arn);
  if (!parsed || parsed.region !== ctx.region) throw invalidParameter("TopicArn");
  const topic = ctx.store.topics.get(arn);
  if (!topic) return void 0;
  for (const sub2 of topic.subscriptions) ctx.store.subscriptions.delete(sub2);
  ctx.store.topics.delete(arn);
  return void 0;
}

// ../local-cloud/src/sns/filterPolicy.ts
var MAX_COMBINATIONS = 150;
var MAX_KEYS = 5;
function parseFilterPolicy(text, scope, prefix) {
  let policy;
  try {
    policy = parsePattern(text, "sns", scope === "MessageBody");
  } catch (err2) {
    const reason = err2 instanceof PatternError ? err2.message : String(err2);
    if (reason === "nested filter policy") {
      throw invalidParameter("Filter policy scope MessageAttributes does not support nested filter policy");
    }
    throw invalidParameter(`${prefix}FilterPolicy: ${reason}`);
  }
  if (scope === "MessageAttributes" && countKeys(policy) > MAX_KEYS) {
    throw invalidParameter(`${prefix}FilterPolicy: Filter policy can not have more than ${MAX_KEYS} keys`);
  }
  if (combinations(policy) > MAX_COMBINATIONS) {
    throw invalidParameter(`${prefix}FilterPolicy: Filter policy is too complex`);
  }
  return policy;
}
function countKeys(policy) {
  let n = 0;
  for (const [k, v] of Object.entries(policy)) {
    n += k === "$or" ? Math.max(...v.map(countKeys)) : 1;
  }
  return n;
}
function combinations(policy) {
  let total = 1;
  for (const [k, v] of Object.entries(policy)) {
    if (k === "$or") total *= v.reduce((sum, alt) => sum + combinations(alt), 0);
    else if (Array.isArray(v)) total *= v.length;
    else total *= combinations(v);
  }
  return total;
}
function attributesAsJson(attrs) {
  const out = {};
  for (const [name, a] of Object.entries(attrs)) {
    if (a.StringValue === void 0) continue;
    if (a.DataType === "String.Array") {
      try {
        out[name] = JSON.parse(a.StringValue);
      } catch {
        out[name] = a.StringValue;
      }
    } else if (a.DataType.startsWith("Number")) out[name] = Number(a.StringValue);
    else out[name] = a.StringValue;
  }
  return out;
}
function policyMatches(policy, scope, attrs, body) {
  if (scope === "MessageAttributes") return matchesPattern(policy, attributesAsJson(attrs));
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return false;
  return matchesPattern(policy, parsed);
}

// ../local-cloud/src/sns/subscriptionAttributes.ts
var SETTABLE2 = /* @__PURE__ */ new Set([
  "DeliveryPolicy",
  "FilterPolicy",
  "FilterPolicyScope",
  "RawMessageDelivery",
  "RedrivePolicy",
  "SubscriptionRoleArn",
  "ReplayPolicy"
]);
var RAW_PROTOCOLS = /* @__PURE__ */ new Set(["sqs", "http", "https", "firehose"]);
function applySubscriptionAttribute(sub2, name, value, onSubscribe) {
  const prefix = onSubscribe ? "Attributes Reason: " : "";
  if (!SETTABLE2.has(name)) throw invalidParameter(`${prefix}AttributeName`);
  switch (name) {
    case "RawMessageDelivery": {
      const v = value.toLowerCase();
      if (v !== "true" && v !== "false") {
        throw invalidParameter(
          `${prefix}RawMessageDelivery: Invalid value [${value}]. Must be true or false.`
        );
      }
      if (!RAW_PROTOCOLS.has(sub2.protocol)) {
        throw invalidParameter(
          `${prefix}Delivery protocol [${sub2.protocol}] does not support raw message delivery.`
        );
      }
      sub2.attributes.set(name, v);
      return;
    }
    case "FilterPolicyScope": {
      if (value !== "MessageAttributes" && value !== "MessageBody") {
        throw invalidParameter(
          `${prefix}FilterPolicyScope: Invalid value [${value}]. Please use either MessageBody or MessageAttributes`
        );
      }
      const policy = sub2.attributes.get("FilterPolicy");
      if (policy) sub2.filterPolicy = parseFilterPolicy(policy, value, prefix);
      sub2.attributes.set(name, value);
      return;
    }
    case "FilterPolicy": {
      if (value === "") {
        sub2.attributes.delete("FilterPolicy");
        sub2.filterPolicy = void 0;
        return;
      }
      const scope = sub2.attributes.get("FilterPolicyScope") ?? "MessageAttributes";
      sub2.filterPolicy = parseFilterPolicy(value, scope, prefix);
      sub2.attributes.set(name, value);
      return;
    }
    case "RedrivePolicy":
    case "DeliveryPolicy":
    case "ReplayPolicy":
      try {
        JSON.parse(value);
      } catch {
        throw invalidParameter(`${prefix}${name}: failed to parse JSON.`);
      }
      sub2.attributes.set(name, value);
      return;
    default:
      sub2.attributes.set(name, value);
  }
}
function subscriptionAttributeView(sub2) {
  const view = {
    ConfirmationWasAuthenticated: String(!sub2.pending),
    PendingConfirmation: String(sub2.pending),
    Owner: sub2.owner,
    RawMessageDelivery: "false",
    TopicArn: sub2.topicArn,
    Endpoint: sub2.endpoint,
    Protocol: sub2.protocol,
    SubscriptionPrincipal: `arn:aws:iam::${sub2.owner}:root`,
    SubscriptionArn: sub2.arn
  };
  for (const [k, v] of sub2.attributes) view[k] = v;
  if (sub2.attributes.has("FilterPolicy") && !sub2.attributes.has("FilterPolicyScope")) {
    view.FilterPolicyScope = "MessageAttributes";
  }
  return view;
}

// ../local-cloud/src/sns/getSubscriptionAttributes.ts
function getSubscriptionAttributes(ctx, form) {
  const input = { SubscriptionArn: form.SubscriptionArn };
  const out = {
    Attributes: subscriptionAttributeView(subscriptionFor(ctx, input.SubscriptionArn))
  };
  return `<Attributes>${xmlEntries(out.Attributes ?? {})}</Attributes>`;
}

// ../local-cloud/src/sns/getTopicAttributes.ts
function getTopicAttributes(ctx, form) {
  const input = { TopicArn: form.TopicArn };
  const topic = topicFor(ctx, input.TopicArn);
  let confirmed = 0;
  let pending = 0;
  for (const arn of topic.subscriptions) {
    if (ctx.store.subscriptions.get(arn)?.pending) pending++;
    else confirmed++;
  }
  const out = {
    Attributes: topicAttributeView(topic, ctx.store.accountId, { confirmed, pending })
  };
  return `<Attributes>${xmlEntries(out.Attributes ?? {})}</Attributes>`;
}

// ../local-cloud/src/sns/message.ts
import { createHash as createHash7, randomUUID as randomUUID7 } from "node:crypto";

// ../local-cloud/src/sns/notification.ts
import { createHash as createHash6 } from "node:crypto";
var snsTimestamp = (d) => d.toISOString();
function signature(msg) {
  const digest = createHash6("sha256").update(`${msg.messageId}${msg.message}`).digest();
  return Buffer.concat(Array(8).fill(digest)).toString("base64");
}
function signingCertUrl(region) {
  return `https://sns.${region}.amazonaws.com/SimpleNotificationService-0000000000000000000000000000000f.pem`;
}
function unsubscribeUrl(endpoint, sub2) {
  return `${endpoint}/?Action=Unsubscribe&SubscriptionArn=${sub2.arn}`;
}
function regionOf(arn) {
  return arn.split(":")[3];
}
function messageFor(msg, protocol) {
  if (!msg.perProtocol) return msg.message;
  return msg.perProtocol[protocol] ?? msg.perProtocol.default;
}
function attributesView(attrs) {
  const out = {};
  for (const [name, a] of Object.entries(attrs)) {
    out[name] = {
      Type: a.DataType,
      Value: a.BinaryValue ? Buffer.from(a.BinaryValue).toString("base64") : a.StringValue ?? ""
    };
  }
  return out;
}
function sqsNotification(msg, sub2, endpoint) {
  const fields = [
    ["Type", "Notification"],
    ["MessageId", msg.messageId]
  ];
  if (msg.sequenceNumber !== void 0) fields.push(["SequenceNumber", msg.sequenceNumber]);
  fields.push(["TopicArn", msg.topicArn]);
  if (msg.subject !== void 0) fields.push(["Subject", msg.subject]);
  fields.push(
    ["Message", messageFor(msg, "sqs")],
    ["Timestamp", snsTimestamp(msg.timestamp)],
    ["SignatureVersion", "1"],
    ["Signature", signature(msg)],
    ["SigningCertURL", signingCertUrl(regionOf(msg.topicArn))],
    ["UnsubscribeURL", unsubscribeUrl(endpoint, sub2)]
  );
  const lines = fields.map(([k, v]) => `  ${JSON.stringify(k)} : ${JSON.stringify(v)}`);
  const attrs = Object.entries(attributesView(msg.messageAttributes));
  if (attrs.length > 0) {
    const inner = attrs.map(([k, v]) => `    ${JSON.stringify(k)} : ${JSON.stringify(v)}`).join(",\n");
    lines.push(`  "MessageAttributes" : {
${inner}
  }`);
  }
  return `{
${lines.join(",\n")}
}`;
}
function lambdaEvent(msg, sub2, endpoint) {
  return JSON.stringify({
    Records: [
      {
        EventSource: "aws:sns",
        EventVersion: "1.0",
        EventSubscriptionArn: sub2.arn,
        Sns: {
          Type: "Notification",
          MessageId: msg.messageId,
          TopicArn: msg.topicArn,
          Subject: msg.subject ?? null,
          Message: messageFor(msg, "lambda"),
          Timestamp: snsTimestamp(msg.timestamp),
          SignatureVersion: "1",
          Signature: signature(msg),
          SigningCertUrl: signingCertUrl(regionOf(msg.topicArn)),
          UnsubscribeUrl: unsubscribeUrl(endpoint, sub2),
          MessageAttributes: attributesView(msg.messageAttributes)
        }
      }
    ]
  });
}

// ../local-cloud/src/sns/deliver.ts
function fanOut(ctx, topic, msg) {
  for (const arn of topic.subscriptions) {
    const sub2 = ctx.store.subscriptions.get(arn);
    if (!sub2 || sub2.pending) continue;
    if (sub2.filterPolicy) {
      const scope = sub2.attributes.get("FilterPolicyScope") ?? "MessageAttributes";
      const body = messageFor(msg, sub2.protocol);
      if (!policyMatches(sub2.filterPolicy, scope, msg.messageAttributes, body)) {
        ctx.cloud.count("NumberOfNotificationsFilteredOut", topic.name);
        continue;
      }
    }
    try {
      deliver2(ctx, sub2, msg);
      ctx.cloud.count("NumberOfNotificationsDelivered", topic.name);
    } catch (err2) {
      ctx.cloud.count("NumberOfNotificationsFailed", topic.name);
      ctx.cloud.log("info", `sns: delivery to ${sub2.endpoint} failed: ${String(err2)}`);
    }
  }
}
function deliver2(ctx, sub2, msg) {
  const { cloud } = ctx;
  if (sub2.protocol === "sqs") {
    if (!cloud.sqs) throw new Error("SQS is not served");
    const raw = sub2.attributes.get("RawMessageDelivery") === "true";
    const body = raw ? messageFor(msg, "sqs") : sqsNotification(msg, sub2, cloud.endpoint);
    cloud.sqs.sendMessage(sub2.endpoint, body, {
      messageAttributes: raw && Object.keys(msg.messageAttributes).length ? msg.messageAttributes : void 0,
      messageGroupId: msg.messageGroupId,
      messageDeduplicationId: msg.messageDeduplicationId,
      senderId: cloud.accountId
    });
  } else if (sub2.protocol === "lambda") {
    if (!cloud.lambda) throw new Error("Lambda is not served");
    cloud.lambda.invokeAsync(sub2.endpoint, Buffer.from(lambdaEvent(msg, sub2, cloud.endpoint)), {
      region: sub2.endpoint.split(":")[3]
    });
  } else {
    throw new Error(`protocol ${sub2.protocol} is not delivered by this local cloud`);
  }
}

// ../local-cloud/src/sns/message.ts
var DEDUP_WINDOW_MS = 5 * 60 * 1e3;
function checkMessage(topic, input) {
  checkSubject(input.subject);
  const message = input.message ?? "";
  if (message.length === 0) throw invalidParameter("Empty message");
  if (publishSize(message, input.messageAttributes) > MAX_MESSAGE_BYTES)
    throw invalidParameter("Message too long");
  if (topic.fifo) {
    if (!input.messageGroupId) {
      throw invalidParameter("The MessageGroupId parameter is required for FIFO topics");
    }
    if (!input.messageDeduplicationId && topic.attributes.get("ContentBasedDeduplication") !== "true") {
      throw invalidParameter(
        "The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly"
      );
    }
  } else if (input.messageDeduplicationId !== void 0) {
    throw invalidParameter(
      "MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type"
    );
  }
  if (input.messageStructure === void 0) return void 0;
  if (input.messageStructure !== "json") throw invalidParameter("MessageStructure");
  let parsed;
  try {
    parsed = JSON.parse(message);
  } catch {
    throw invalidParameter("Message Structure - JSON message body failed to parse");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw invalidParameter("Message Structure - JSON message body failed to parse");
  }
  const perProtocol = {};
  for (const [k, v] of Object.entries(parsed)) if (typeof v === "string") perProtocol[k] = v;
  if (perProtocol.default === void 0) {
    throw invalidParameter("Message Structure - No default entry in JSON message body");
  }
  return perProtocol;
}
function acceptMessage(ctx, topic, input, perProtocol) {
  const message = input.message ?? "";
  let dedupId;
  let sequenceNumber;
  if (topic.fifo) {
    dedupId = input.messageDeduplicationId ?? createHash7("sha256").update(message).digest("hex");
    const now = Date.now();
    for (const [id, seen2] of topic.dedup) if (seen2.until <= now) topic.dedup.delete(id);
    const seen = topic.dedup.get(dedupId);
    if (seen) return { messageId: seen.messageId, sequenceNumber: seen.sequenceNumber };
    topic.sequence += 1n;
    sequenceNumber = topic.sequence.toString().padStart(20, "0");
  }
  const msg = {
    messageId: randomUUID7(),
    topicArn: topic.arn,
    message,
    perProtocol,
    subject: input.subject,
    messageAttributes: input.messageAttributes,
    timestamp: /* @__PURE__ */ new Date(),
    messageGroupId: topic.fifo ? input.messageGroupId : void 0,
    messageDeduplicationId: dedupId,
    sequenceNumber
  };
  if (dedupId !== void 0 && sequenceNumber !== void 0) {
    topic.dedup.set(dedupId, {
      messageId: msg.messageId,
      sequenceNumber,
      until: Date.now() + DEDUP_WINDOW_MS
    });
  }
  ctx.cloud.count("NumberOfMessagesPublished", topic.name);
  fanOut(ctx, topic, msg);
  return { messageId: msg.messageId, sequenceNumber };
}

// ../local-cloud/src/sns/internal.ts
function snsInternal(cloud, store) {
  return {
    publish(topicArn, message, options = {}) {
      const topic = store.topics.get(topicArn);
      if (!topic) throw notFound2("Topic does not exist");
      const input = {
        message,
        subject: options.subject,
        messageAttributes: options.messageAttributes ?? {},
        messageGroupId: options.messageGroupId
      };
      const perProtocol = checkMessage(topic, input);
      const region = parseTopicArn(topicArn)?.region ?? cloud.config.region;
      return { messageId: acceptMessage({ store, cloud, region }, topic, input, perProtocol).messageId };
    },
    describeTopic(topicArn) {
      const topic = store.topics.get(topicArn);
      return topic ? { fifo: topic.fifo } : void 0;
    }
  };
}

// ../local-cloud/src/sns/paging.ts
var PAGE_SIZE = 100;
function pageOf(items, token) {
  let start = 0;
  if (token !== void 0 && token !== "") {
    start = Number(Buffer.from(token, "base64").toString("utf8"));
    if (!Number.isInteger(start) || start < 0) throw invalidParameter("NextToken");
  }
  const slice = items.slice(start, start + PAGE_SIZE);
  const end = start + slice.length;
  return { items: slice, next: end < items.length ? Buffer.from(String(end)).toString("base64") : void 0 };
}

// ../local-cloud/src/sns/listSubscriptions.ts
function listSubscriptions(ctx, form) {
  const input = { NextToken: form.NextToken };
  const subs = [...ctx.store.subscriptions.values()].filter((s) => s.topicArn.split(":")[3] === ctx.region);
  return subscriptionsXml(subs, input.NextToken);
}
function subscriptionsXml(subs, token) {
  const { items, next } = pageOf(subs, token);
  const views = items.map((s) => ({
    SubscriptionArn: s.pending ? "PendingConfirmation" : s.arn,
    Owner: s.owner,
    Protocol: s.protocol,
    Endpoint: s.endpoint,
    TopicArn: s.topicArn
  }));
  const members2 = views.map(
    (v) => xmlElement("SubscriptionArn", v.SubscriptionArn) + xmlElement("Owner", v.Owner) + xmlElement("Protocol", v.Protocol) + xmlElement("Endpoint", v.Endpoint) + xmlElement("TopicArn", v.TopicArn)
  );
  return `<Subscriptions>${xmlMembers(members2)}</Subscriptions>${xmlElement("NextToken", next)}`;
}

// ../local-cloud/src/sns/listSubscriptionsByTopic.ts
function listSubscriptionsByTopic(ctx, form) {
  const input = { TopicArn: form.TopicArn, NextToken: form.NextToken };
  const topic = topicFor(ctx, input.TopicArn);
  const subs = [...topic.subscriptions].map((arn) => ctx.store.subscriptions.get(arn)).filter((s) => s !== void 0);
  return subscriptionsXml(subs, input.NextToken);
}

// ../local-cloud/src/sns/listTagsForResource.ts
function listTagsForResource2(ctx, form) {
  const input = { ResourceArn: form.ResourceArn };
  const topic = taggedTopic(ctx, input.ResourceArn);
  const out = { Tags: [...topic.tags].map(([Key, Value]) => ({ Key, Value })) };
  const members2 = (out.Tags ?? []).map((t) => xmlElement("Key", t.Key) + xmlElement("Value", t.Value));
  return `<Tags>${xmlMembers(members2)}</Tags>`;
}

// ../local-cloud/src/sns/listTopics.ts
function listTopics(ctx, form) {
  const input = { NextToken: form.NextToken };
  const arns = [...ctx.store.topics.values()].filter((t) => t.region === ctx.region).map((t) => t.arn);
  const { items, next } = pageOf(arns, input.NextToken);
  const out = { Topics: items.map((TopicArn) => ({ TopicArn })), NextToken: next };
  return `<Topics>${xmlMembers((out.Topics ?? []).map((t) => xmlElement("TopicArn", t.TopicArn)))}</Topics>` + xmlElement("NextToken", out.NextToken);
}

// ../local-cloud/src/sns/publish.ts
function publish2(ctx, form) {
  const input = {
    TopicArn: form.TopicArn,
    TargetArn: form.TargetArn,
    PhoneNumber: form.PhoneNumber,
    Message: form.Message,
    Subject: form.Subject,
    MessageStructure: form.MessageStructure,
    MessageDeduplicationId: form.MessageDeduplicationId,
    MessageGroupId: form.MessageGroupId
  };
  const out = run2(ctx, input, formMessageAttributes(form));
  return xmlElement("MessageId", out.MessageId) + xmlElement("SequenceNumber", out.SequenceNumber);
}
function run2(ctx, input, rawAttributes) {
  const message = required3(input.Message, "message");
  if (input.PhoneNumber !== void 0 && input.TopicArn === void 0 && input.TargetArn === void 0) {
    throw invalidParameter(`PhoneNumber Reason: ${input.PhoneNumber} is not valid to publish to`);
  }
  if (input.TopicArn === void 0 && input.TargetArn === void 0) {
    throw invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
  }
  const attributes4 = checkMessageAttributes(rawAttributes);
  const member = input.TopicArn !== void 0 ? "TopicArn" : "TargetArn";
  const topic = topicFor(ctx, input.TopicArn ?? input.TargetArn, member);
  const msg = {
    message,
    subject: input.Subject,
    messageStructure: input.MessageStructure,
    messageAttributes: attributes4,
    messageGroupId: input.MessageGroupId,
    messageDeduplicationId: input.MessageDeduplicationId
  };
  const perProtocol = checkMessage(topic, msg);
  const accepted = acceptMessage(ctx, topic, msg, perProtocol);
  return { MessageId: accepted.messageId, SequenceNumber: accepted.sequenceNumber };
}

// ../local-cloud/src/sns/publishBatch.ts
var ID_RE2 = /^[A-Za-z0-9_-]{1,80}$/;
function publishBatch(ctx, form) {
  const out = run3(ctx, form);
  const ok = (out.Successful ?? []).map(
    (e) => xmlElement("Id", e.Id) + xmlElement("MessageId", e.MessageId) + xmlElement("SequenceNumber", e.SequenceNumber)
  );
  const failed = (out.Failed ?? []).map(
    (e) => xmlElement("Id", e.Id) + xmlElement("Code", e.Code) + xmlElement("Message", e.Message) + xmlElement("SenderFault", String(e.SenderFault))
  );
  return `<Successful>${xmlMembers(ok)}</Successful><Failed>${xmlMembers(failed)}</Failed>`;
}
function run3(ctx, form) {
  const topic = topicFor(ctx, form.TopicArn);
  const entries = formMembers(form, "PublishBatchRequestEntries");
  if (entries.length === 0) {
    throw new AwsError("EmptyBatchRequest", "The batch request doesn't contain any entries.");
  }
  if (entries.length > 10) {
    throw new AwsError(
      "TooManyEntriesInBatchRequest",
      "The batch request contains more entries than permissible."
    );
  }
  const ids = entries.map((e, i2) => required3(e.Id, `publishBatchRequestEntries.${i2 + 1}.member.id`));
  if (new Set(ids).size !== ids.length) {
    throw new AwsError(
      "BatchEntryIdsNotDistinct",
      "Two or more batch entries in the request have the same Id."
    );
  }
  for (const id of ids) {
    if (!ID_RE2.test(id)) {
      throw new AwsError(
        "InvalidBatchEntryId",
        "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long."
      );
    }
  }
  const inputs = entries.map((e, i2) => ({
    message: required3(e.Message, `publishBatchRequestEntries.${i2 + 1}.member.message`),
    subject: e.Subject,
    messageStructure: e.MessageStructure,
    messageAttributes: checkMessageAttributes(formMessageAttributes(e), i2 + 1),
    messageGroupId: e.MessageGroupId,
    messageDeduplicationId: e.MessageDeduplicationId
  }));
  const total = inputs.reduce((n, m) => n + publishSize(m.message ?? "", m.messageAttributes), 0);
  if (total > MAX_MESSAGE_BYTES) {
    throw new AwsError(
      "BatchRequestTooLong",
      "The length of all the messages put together is more than the limit."
    );
  }
  const successful = [];
  const failed = [];
  inputs.forEach((input, i2) => {
    try {
      const perProtocol = checkMessage(topic, input);
      const accepted = acceptMessage(ctx, topic, input, perProtocol);
      successful.push({ Id: ids[i2], MessageId: accepted.messageId, SequenceNumber: accepted.sequenceNumber });
    } catch (err2) {
      if (!(err2 instanceof AwsError)) throw err2;
      failed.push({ Id: ids[i2], Code: err2.code, Message: err2.message, SenderFault: err2.fault === "Sender" });
    }
  });
  return { Successful: successful, Failed: failed };
}

// ../local-cloud/src/sns/setSubscriptionAttributes.ts
function setSubscriptionAttributes(ctx, form) {
  const input = {
    SubscriptionArn: form.SubscriptionArn,
    AttributeName: form.AttributeName,
    AttributeValue: form.AttributeValue
  };
  const name = required3(input.AttributeName, "attributeName");
  const sub2 = subscriptionFor(ctx, input.SubscriptionArn);
  applySubscriptionAttribute(sub2, name, input.AttributeValue ?? "", false);
  return void 0;
}

// ../local-cloud/src/sns/setTopicAttributes.ts
function setTopicAttributes(ctx, form) {
  const input = {
    TopicArn: form.TopicArn,
    AttributeName: form.AttributeName,
    AttributeValue: form.AttributeValue
  };
  const name = required3(input.AttributeName, "attributeName");
  const topic = topicFor(ctx, input.TopicArn);
  const value = input.AttributeValue ?? "";
  checkTopicAttribute(name, value, topic.fifo, false);
  topic.attributes.set(name, value);
  return void 0;
}

// ../local-cloud/src/sns/store.ts
var SnsStore = class {
  constructor(accountId) {
    this.accountId = accountId;
  }
  accountId;
  topics = /* @__PURE__ */ new Map();
  subscriptions = /* @__PURE__ */ new Map();
  topicArn(region, name) {
    return `arn:aws:sns:${region}:${this.accountId}:${name}`;
  }
};

// ../local-cloud/src/sns/subscribe.ts
import { randomUUID as randomUUID8 } from "node:crypto";
var PROTOCOLS = /* @__PURE__ */ new Set([
  "http",
  "https",
  "email",
  "email-json",
  "sms",
  "sqs",
  "application",
  "lambda",
  "firehose"
]);
var SQS_ARN = /^arn:aws[\w-]*:sqs:[^:]+:\d+:[^:]+$/;
var LAMBDA_ARN = /^arn:aws[\w-]*:lambda:[^:]+:\d+:function:[^:]+(:[^:]+)?$/;
function subscribe2(ctx, form) {
  const input = {
    TopicArn: form.TopicArn,
    Protocol: form.Protocol,
    Endpoint: form.Endpoint,
    Attributes: formMap(form, "Attributes"),
    ReturnSubscriptionArn: form.ReturnSubscriptionArn === "true"
  };
  return xmlElement("SubscriptionArn", run4(ctx, input).SubscriptionArn);
}
function run4(ctx, input) {
  const protocol = required3(input.Protocol, "protocol");
  const topic = topicFor(ctx, input.TopicArn);
  if (!PROTOCOLS.has(protocol)) {
    throw invalidParameter(`Amazon SNS does not support this protocol string: ${protocol}`);
  }
  const endpoint = input.Endpoint ?? "";
  if (protocol === "sqs" && !SQS_ARN.test(endpoint)) throw invalidParameter("SQS endpoint ARN");
  if (protocol === "lambda" && !LAMBDA_ARN.test(endpoint)) throw invalidParameter("Lambda endpoint ARN");
  if ((protocol === "http" || protocol === "https") && !endpoint.startsWith(`${protocol}://`)) {
    throw invalidParameter("Endpoint must match the specified protocol");
  }
  if (topic.fifo && protocol !== "sqs") {
    throw invalidParameter("Endpoint Reason: FIFO topics only support SQS endpoints");
  }
  if (!topic.fifo && protocol === "sqs" && endpoint.endsWith(".fifo")) {
    throw invalidParameter(
      "Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics"
    );
  }
  const pending = protocol !== "sqs" && protocol !== "lambda";
  const sub2 = {
    arn: `${topic.arn}:${randomUUID8()}`,
    topicArn: topic.arn,
    protocol,
    endpoint,
    owner: ctx.store.accountId,
    pending,
    attributes: /* @__PURE__ */ new Map()
  };
  const attrs = Object.entries(input.Attributes ?? {}).sort(
    ([a], [b]) => a === "FilterPolicyScope" ? -1 : b === "FilterPolicyScope" ? 1 : 0
  );
  for (const [name, value] of attrs) applySubscriptionAttribute(sub2, name, value, true);
  for (const arn of topic.subscriptions) {
    const existing = ctx.store.subscriptions.get(arn);
    if (!existing || existing.endpoint !== endpoint || existing.protocol !== protocol) continue;
    for (const [k, v] of sub2.attributes) {
      if (existing.attributes.get(k) !== v) {
        throw invalidParameter("Attributes Reason: Subscription already exists with different attributes");
      }
    }
    return {
      SubscriptionArn: existing.pending && !input.ReturnSubscriptionArn ? "pending confirmation" : existing.arn
    };
  }
  ctx.store.subscriptions.set(sub2.arn, sub2);
  topic.subscriptions.add(sub2.arn);
  return { SubscriptionArn: pending && !input.ReturnSubscriptionArn ? "pending confirmation" : sub2.arn };
}

// ../local-cloud/src/sns/unsubscribe.ts
function unsubscribe(ctx, form) {
  const input = { SubscriptionArn: form.SubscriptionArn };
  const arn = required3(input.SubscriptionArn, "subscriptionArn");
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") {
    throw invalidParameter(
      `SubscriptionArn Reason: An ARN must have at least 6 elements, not ${parts.length}`
    );
  }
  if (parts.length === 6) throw invalidParameter("SubscriptionId");
  const sub2 = ctx.store.subscriptions.get(arn);
  if (!sub2) return void 0;
  ctx.store.subscriptions.delete(arn);
  const topic = ctx.store.topics.get(sub2.topicArn);
  if (topic) {
    topic.subscriptions.delete(arn);
    topic.deletedSubscriptions += 1;
  }
  return void 0;
}

// ../local-cloud/src/sns/untagResource.ts
function untagResource3(ctx, form) {
  const input = { ResourceArn: form.ResourceArn, TagKeys: formList(form, "TagKeys") };
  const topic = taggedTopic(ctx, input.ResourceArn);
  for (const k of input.TagKeys ?? []) topic.tags.delete(k);
  return "";
}

// ../local-cloud/src/sns/index.ts
var SNS_NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";
var OPERATIONS4 = {
  CreateTopic: createTopic,
  DeleteTopic: deleteTopic,
  ListTopics: listTopics,
  GetTopicAttributes: getTopicAttributes,
  SetTopicAttributes: setTopicAttributes,
  Subscribe: subscribe2,
  ConfirmSubscription: confirmSubscription,
  Unsubscribe: unsubscribe,
  ListSubscriptions: listSubscriptions,
  ListSubscriptionsByTopic: listSubscriptionsByTopic,
  GetSubscriptionAttributes: getSubscriptionAttributes,
  SetSubscriptionAttributes: setSubscriptionAttributes,
  Publish: publish2,
  PublishBatch: publishBatch,
  TagResource: tagResource3,
  UntagResource: untagResource3,
  ListTagsForResource: listTagsForResource2
};
function createSnsService(cloud) {
  const store = new SnsStore(cloud.accountId);
  cloud.sns = snsInternal(cloud, store);
  const operations = {};
  for (const [name, op] of Object.entries(OPERATIONS4)) {
    operations[name] = (form, req) => op({ store, cloud, region: req.region }, form);
  }
  const svc = { namespace: SNS_NAMESPACE, operations };
  return {
    name: "sns",
    handle: (req, res) => serveAwsQuery(svc, req, res)
  };
}

// ../local-cloud/src/sqs/context.ts
var SqsContext = class {
  constructor(store, req) {
    this.store = store;
    this.req = req;
  }
  store;
  req;
  controller;
  handedOut = [];
  get region() {
    return this.req.region;
  }
  get accountId() {
    return this.req.cloud.accountId;
  }
  get baseUrl() {
    return this.req.baseUrl;
  }
  /** Aborted when the client goes away before its answer is written (a long poll it gave up on). */
  get signal() {
    this.controller ??= new AbortController();
    return this.controller.signal;
  }
  /** Notes messages an answer carries, so they return to the queue if the answer never reaches the client. */
  handOut(queue, messages) {
    if (messages.length > 0) this.handedOut.push({ queue, messages });
  }
  /** Called when the connection closed before the answer was complete. */
  abandon() {
    this.controller?.abort();
    for (const { queue, messages } of this.handedOut) queue.release(messages);
    this.handedOut.length = 0;
  }
};

// ../local-cloud/src/sqs/errors.ts
var sqsError = (code, message, status = 400, queryCode) => new AwsError(code, message, status, { queryCode: queryCode ?? code });
var queueDoesNotExist = () => sqsError(
  "QueueDoesNotExist",
  "The specified queue does not exist.",
  400,
  "AWS.SimpleQueueService.NonExistentQueue"
);
var queueNameExists = (attribute) => sqsError(
  "QueueNameExists",
  `A queue already exists with the same name and a different value for attribute ${attribute}`,
  400,
  "QueueAlreadyExists"
);
var invalidAddress = (url) => sqsError("InvalidAddress", `The address ${url} is not valid for this endpoint.`, 404);
var invalidParameterValue2 = (message) => sqsError("InvalidParameterValue", message);
var invalidParameter2 = (name, value, reason) => invalidParameterValue2(`Value ${String(value)} for parameter ${name} is invalid. Reason: ${reason}`);
var missingParameter = (name) => sqsError("MissingParameter", `The request must contain the parameter ${name}.`);
var invalidAttributeName = (name) => sqsError("InvalidAttributeName", `Unknown Attribute ${name}.`);
var invalidAttributeValue = (name) => sqsError("InvalidAttributeValue", `Invalid value for the parameter ${name}.`);
var invalidMessageContents = () => sqsError(
  "InvalidMessageContents",
  "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF"
);
var receiptHandleIsInvalid = (handle2) => sqsError(
  "ReceiptHandleIsInvalid",
  `The input receipt handle "${handle2}" is not a valid receipt handle.`,
  404
);
var messageNotInflight = () => sqsError(
  "MessageNotInflight",
  "Message does not exist or is not available for visibility timeout change.",
  400,
  "AWS.SimpleQueueService.MessageNotInflight"
);
var purgeQueueInProgress = (name) => sqsError(
  "PurgeQueueInProgress",
  `Only one PurgeQueue operation on ${name} is allowed every 60 seconds.`,
  403,
  "AWS.SimpleQueueService.PurgeQueueInProgress"
);
var emptyBatchRequest = (entryShape) => sqsError(
  "EmptyBatchRequest",
  `There should be at least one ${entryShape} in the request.`,
  400,
  "AWS.SimpleQueueService.EmptyBatchRequest"
);
var tooManyEntriesInBatchRequest = (count) => sqsError(
  "TooManyEntriesInBatchRequest",
  `Maximum number of entries per request are 10. You have sent ${count}.`,
  400,
  "AWS.SimpleQueueService.TooManyEntriesInBatchRequest"
);
var batchEntryIdsNotDistinct = (id) => sqsError(
  "BatchEntryIdsNotDistinct",
  `Id ${id} repeated.`,
  400,
  "AWS.SimpleQueueService.BatchEntryIdsNotDistinct"
);
var invalidBatchEntryId = () => sqsError(
  "InvalidBatchEntryId",
  "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.",
  400,
  "AWS.SimpleQueueService.InvalidBatchEntryId"
);
var batchRequestTooLong = (limit, sent) => sqsError(
  "BatchRequestTooLong",
  `Batch requests cannot be longer than ${limit} bytes. You have sent ${sent} bytes.`,
  400,
  "AWS.SimpleQueueService.BatchRequestTooLong"
);

// ../local-cloud/src/sqs/message.ts
import { createHash as createHash9 } from "node:crypto";

// ../local-cloud/src/sqs/md5.ts
import { createHash as createHash8 } from "node:crypto";
function md5Hex2(data) {
  return createHash8("md5").update(data).digest("hex");
}
function lengthPrefixed(bytes) {
  const len = Buffer.allocUnsafe(4);
  len.writeUInt32BE(bytes.length, 0);
  return [len, bytes];
}
function md5OfAttributes(attributes4) {
  if (!attributes4) return void 0;
  const names = Object.keys(attributes4).sort();
  if (names.length === 0) return void 0;
  const parts = [];
  for (const name of names) {
    const a = attributes4[name];
    parts.push(...lengthPrefixed(Buffer.from(name, "utf8")));
    parts.push(...lengthPrefixed(Buffer.from(a.DataType ?? "", "utf8")));
    if (a.StringValue !== void 0) {
      parts.push(Buffer.from([1]), ...lengthPrefixed(Buffer.from(a.StringValue, "utf8")));
    } else if (a.BinaryValue !== void 0) {
      parts.push(Buffer.from([2]), ...lengthPrefixed(Buffer.from(a.BinaryValue, "base64")));
    } else if (a.StringListValues?.length) {
      parts.push(Buffer.from([3]));
      for (const v of a.StringListValues) parts.push(...lengthPrefixed(Buffer.from(v, "utf8")));
    } else if (a.BinaryListValues?.length) {
      parts.push(Buffer.from([4]));
      for (const v of a.BinaryListValues) parts.push(...lengthPrefixed(Buffer.from(v, "base64")));
    }
  }
  return md5Hex2(Buffer.concat(parts));
}

// ../local-cloud/src/sqs/validate.ts
var INVALID_CHARS = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
function hasInvalidChars(text) {
  return INVALID_CHARS.test(text);
}
function checkQueueName(name, fifo) {
  if (name === void 0 || name === null || name === "") throw missingParameter("QueueName");
  const s = String(name);
  if (fifo) {
    if (!/^[A-Za-z0-9_-]{1,75}\.fifo$/.test(s)) {
      throw invalidParameterValue2(
        "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length."
      );
    }
  } else if (!/^[A-Za-z0-9_-]{1,80}$/.test(s)) {
    throw invalidParameterValue2(
      "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length"
    );
  }
  return s;
}
function optionalInt(name, value, min, max2, reason) {
  if (value === void 0 || value === null || value === "") return void 0;
  const n = typeof value === "number" ? value : /^-?\d+$/.test(String(value)) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max2) throw invalidParameter2(name, value, reason);
  return n;
}
function checkMessageAttributes2(attrs) {
  if (!attrs) return 0;
  objectMap("MessageAttributes", attrs);
  const names = Object.keys(attrs);
  if (names.length > 10) {
    throw invalidParameterValue2(
      `Number of message attributes [${names.length}] exceeds the allowed maximum [10].`
    );
  }
  let size = 0;
  for (const name of names) {
    const a = attrs[name];
    if (name.length === 0 || name.length > 256 || !/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith(".") || name.endsWith(".") || name.includes("..")) {
      throw invalidParameterValue2(
        `Message (user) attribute name '${name}' is invalid. Reason: can only contain alphanumeric characters, hyphens (-), underscores (_), and periods (.). It must not start or end with a period and must not have successive periods.`
      );
    }
    if (/^(aws\.|amazon\.)/i.test(name)) {
      throw invalidParameterValue2(
        `You can't use the message attribute name '${name}'. Reason: Message attribute names starting with 'AWS.' or 'Amazon.' are reserved for use by AWS.`
      );
    }
    if (!a || typeof a !== "object") {
      throw invalidParameterValue2(
        `The message attribute '${name}' must contain non-empty message attribute value.`
      );
    }
    const type = a.DataType;
    if (!type) {
      throw invalidParameterValue2(
        `The message attribute '${name}' must contain non-empty message attribute type.`
      );
    }
    const base = String(type).split(".")[0];
    if (base !== "String" && base !== "Number" && base !== "Binary") {
      throw invalidParameterValue2(
        `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`
      );
    }
    size += Buffer.byteLength(name) + Buffer.byteLength(type);
    if (base === "Binary") {
      if (a.BinaryValue === void 0 || a.BinaryValue === "") {
        throw invalidParameterValue2(
          `Message (user) attribute '${name}' must contain a non-empty value of type 'Binary'.`
        );
      }
      size += Buffer.from(String(a.BinaryValue), "base64").length;
    } else {
      if (a.StringValue === void 0 || a.StringValue === "") {
        throw invalidParameterValue2(
          `Message (user) attribute '${name}' must contain a non-empty value of type '${base}'.`
        );
      }
      const v = String(a.StringValue);
      if (base === "Number" && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) {
        throw invalidParameterValue2(
          `Can't cast the value of message (user) attribute '${name}' to a number.`
        );
      }
      if (hasInvalidChars(v)) throw invalidMessageContents();
      size += Buffer.byteLength(v);
    }
  }
  return size;
}
function checkBatch(entries, entryShape) {
  if (!Array.isArray(entries) || entries.length === 0) throw emptyBatchRequest(entryShape);
  if (entries.length > 10) throw tooManyEntriesInBatchRequest(entries.length);
  const seen = /* @__PURE__ */ new Set();
  for (const e of entries) {
    const id = e?.Id;
    if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,80}$/.test(id)) throw invalidBatchEntryId();
    if (seen.has(id)) throw batchEntryIdsNotDistinct(id);
    seen.add(id);
  }
  return entries;
}
function stringList(name, value) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw invalidParameterValue2(`The parameter ${name} must be a list of strings.`);
  }
  return value;
}
function objectMap(name, value) {
  if (value === void 0 || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw invalidParameterValue2(`The parameter ${name} must be a map.`);
  }
  return value;
}

// ../local-cloud/src/sqs/message.ts
function sendOne(queue, input, senderId) {
  const message = prepare(queue, input, senderId);
  const { id, sequenceNumber } = queue.enqueue(message);
  return {
    MessageId: id,
    MD5OfMessageBody: message.md5OfBody,
    MD5OfMessageAttributes: message.md5OfAttributes,
    MD5OfMessageSystemAttributes: message.md5OfSystemAttributes,
    SequenceNumber: sequenceNumber
  };
}
function prepare(queue, input, senderId) {
  const body = input.MessageBody;
  if (body === void 0 || body === null || body === "") throw missingParameter("MessageBody");
  if (typeof body !== "string") throw invalidParameterValue2("The parameter MessageBody must be a string.");
  if (hasInvalidChars(body)) throw invalidMessageContents();
  const attributes4 = nonEmpty(input.MessageAttributes);
  const size = Buffer.byteLength(body) + checkMessageAttributes2(attributes4);
  if (size > queue.maxMessageSize) {
    throw invalidParameterValue2(
      `One or more parameters are invalid. Reason: Message must be shorter than ${queue.maxMessageSize} bytes.`
    );
  }
  const delay = optionalInt(
    "DelaySeconds",
    input.DelaySeconds,
    0,
    900,
    "DelaySeconds must be >= 0 and <= 900."
  );
  const system = nonEmpty(
    objectMap("MessageSystemAttributes", input.MessageSystemAttributes)
  );
  let traceHeader;
  if (system) {
    for (const [name, v] of Object.entries(system)) {
      if (name !== "AWSTraceHeader") {
        throw invalidParameterValue2(`Message system attribute name '${name}' is invalid.`);
      }
      if (v?.DataType !== "String" || !v.StringValue) {
        throw invalidParameterValue2(
          `Message system attribute '${name}' must contain a non-empty value of type 'String'.`
        );
      }
      traceHeader = v.StringValue;
    }
  }
  const groupId = input.MessageGroupId ?? void 0;
  let dedupId = input.MessageDeduplicationId ?? void 0;
  const notForThisType = "The request include parameter that is not valid for this queue type.";
  if (queue.fifo) {
    if (!groupId) throw missingParameter("MessageGroupId");
    checkFifoId("MessageGroupId", groupId);
    if (delay !== void 0 && delay !== 0) throw invalidParameter2("DelaySeconds", delay, notForThisType);
    if (dedupId !== void 0) checkFifoId("MessageDeduplicationId", dedupId);
    else if (queue.contentBasedDeduplication) dedupId = createHash9("sha256").update(body).digest("hex");
    else {
      throw invalidParameterValue2(
        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly"
      );
    }
  } else {
    if (dedupId !== void 0) throw invalidParameter2("MessageDeduplicationId", dedupId, notForThisType);
    if (groupId !== void 0) checkFifoId("MessageGroupId", groupId);
  }
  return {
    body,
    md5OfBody: md5Hex2(body),
    attributes: attributes4,
    md5OfAttributes: md5OfAttributes(attributes4),
    traceHeader,
    md5OfSystemAttributes: md5OfAttributes(system),
    senderId,
    delaySeconds: delay,
    groupId,
    dedupId
  };
}
function nonEmpty(o) {
  return o && Object.keys(o).length > 0 ? o : void 0;
}
function checkFifoId(name, value) {
  if (typeof value !== "string" || value.length > 128 || !/^[\x21-\x7e]+$/.test(value)) {
    throw invalidParameter2(
      name,
      value,
      `${name} can only include alphanumeric and punctuation characters. 1 to 128 in length.`
    );
  }
}

// ../local-cloud/src/sqs/internalApi.ts
function toWire(attrs) {
  if (!attrs) return void 0;
  const out = {};
  for (const [k, v] of Object.entries(attrs)) {
    out[k] = {
      DataType: v.DataType,
      StringValue: v.StringValue,
      BinaryValue: v.BinaryValue ? Buffer.from(v.BinaryValue).toString("base64") : void 0
    };
  }
  return out;
}
function sqsInternal(cloud, store) {
  return {
    sendMessage(queueArn, body, options = {}) {
      const queue = store.byArn(queueArn);
      if (!queue) throw queueDoesNotExist();
      const out = sendOne(
        queue,
        {
          MessageBody: body,
          MessageAttributes: toWire(options.messageAttributes),
          MessageGroupId: options.messageGroupId,
          MessageDeduplicationId: options.messageDeduplicationId
        },
        options.senderId ?? cloud.accountId
      );
      return { messageId: out.MessageId };
    },
    describeQueue(queueArn) {
      const queue = store.byArn(queueArn);
      return queue ? { url: queue.url(cloud.endpoint), fifo: queue.fifo } : void 0;
    }
  };
}

// ../local-cloud/src/sqs/queue.ts
import { randomBytes as randomBytes3, randomUUID as randomUUID9 } from "node:crypto";

// ../local-cloud/src/sqs/deque.ts
var Deque = class {
  items = [];
  head = 0;
  get length() {
    return this.items.length - this.head;
  }
  push(item) {
    this.items.push(item);
  }
  peek() {
    return this.items[this.head];
  }
  /** The item `offset` places behind the head. */
  at(offset) {
    return this.items[this.head + offset];
  }
  shift() {
    if (this.head >= this.items.length) return void 0;
    const item = this.items[this.head];
    this.items[this.head++] = void 0;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  clear() {
    this.items = [];
    this.head = 0;
  }
};

// ../local-cloud/src/sqs/heap.ts
var TimeHeap = class {
  a = [];
  get size() {
    return this.a.length;
  }
  peek() {
    return this.a[0];
  }
  push(entry) {
    const a = this.a;
    a.push(entry);
    let i2 = a.length - 1;
    while (i2 > 0) {
      const p = i2 - 1 >> 1;
      if (a[p].at <= entry.at) break;
      a[i2] = a[p];
      i2 = p;
    }
    a[i2] = entry;
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      let i2 = 0;
      const n = a.length;
      for (; ; ) {
        const l = 2 * i2 + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && a[r].at < a[l].at ? r : l;
        if (a[c].at >= last.at) break;
        a[i2] = a[c];
        i2 = c;
      }
      a[i2] = last;
    }
    return top;
  }
  clear() {
    this.a.length = 0;
  }
};

// ../local-cloud/src/sqs/queueAttributes.ts
var MAX_MESSAGE_BYTES2 = 1048576;
var DEFAULTS = {
  DelaySeconds: "0",
  MaximumMessageSize: String(MAX_MESSAGE_BYTES2),
  MessageRetentionPeriod: "345600",
  ReceiveMessageWaitTimeSeconds: "0",
  VisibilityTimeout: "30",
  SqsManagedSseEnabled: "true"
};
var FIFO_DEFAULTS = {
  ContentBasedDeduplication: "false",
  DeduplicationScope: "queue",
  FifoThroughputLimit: "perQueue"
};
var COMPUTED = [
  "ApproximateNumberOfMessages",
  "ApproximateNumberOfMessagesDelayed",
  "ApproximateNumberOfMessagesNotVisible",
  "CreatedTimestamp",
  "LastModifiedTimestamp",
  "QueueArn"
];
var RANGES = {
  DelaySeconds: [0, 900],
  MaximumMessageSize: [1024, MAX_MESSAGE_BYTES2],
  MessageRetentionPeriod: [60, 1209600],
  ReceiveMessageWaitTimeSeconds: [0, 20],
  VisibilityTimeout: [0, 43200],
  KmsDataKeyReusePeriodSeconds: [60, 86400]
};
var SETTABLE3 = /* @__PURE__ */ new Set([
  ...Object.keys(RANGES),
  "Policy",
  "RedrivePolicy",
  "RedriveAllowPolicy",
  "KmsMasterKeyId",
  "SqsManagedSseEnabled"
]);
var FIFO_SETTABLE = /* @__PURE__ */ new Set(["ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit"]);
function validateQueueAttributes(attributes4, ctx) {
  const out = {};
  for (const [name, raw] of Object.entries(attributes4)) {
    const value = String(raw);
    if (name === "FifoQueue") {
      if (!ctx.creating) throw invalidAttributeName(name);
      if (value !== "true" && value !== "false") throw invalidAttributeValue(name);
      continue;
    }
    if (FIFO_SETTABLE.has(name)) {
      if (!ctx.fifo) throw invalidAttributeName(name);
      const allowed = {
        ContentBasedDeduplication: ["true", "false"],
        DeduplicationScope: ["queue", "messageGroup"],
        FifoThroughputLimit: ["perQueue", "perMessageGroupId"]
      };
      if (!allowed[name].includes(value)) throw invalidAttributeValue(name);
      out[name] = value;
      continue;
    }
    if (!SETTABLE3.has(name)) throw invalidAttributeName(name);
    const range = RANGES[name];
    if (range) {
      if (!/^\d+$/.test(value)) throw invalidAttributeValue(name);
      const n = Number(value);
      if (n < range[0] || n > range[1]) throw invalidAttributeValue(name);
      out[name] = String(n);
    } else if (name === "RedrivePolicy") {
      out[name] = value === "" ? "" : JSON.stringify(parseRedrivePolicy(value, ctx));
    } else if (name === "SqsManagedSseEnabled") {
      if (value !== "true" && value !== "false") throw invalidAttributeValue(name);
      out[name] = value;
    } else if (name === "Policy" || name === "RedriveAllowPolicy") {
      if (value !== "") {
        try {
          JSON.parse(value);
        } catch {
          throw invalidParameter2(name, value, `${name} is not a valid JSON map.`);
        }
      }
      out[name] = value;
    } else out[name] = value;
  }
  return out;
}
function parseRedrivePolicy(value, ctx) {
  const fail = (reason) => invalidParameter2("RedrivePolicy", value, reason);
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw fail("Redrive policy is not a valid JSON map.");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw fail("Redrive policy is not a valid JSON map.");
  }
  const p = parsed;
  if (p.deadLetterTargetArn === void 0) {
    throw fail("Redrive policy does not contain mandatory attribute: deadLetterTargetArn.");
  }
  if (p.maxReceiveCount === void 0) {
    throw fail("Redrive policy does not contain mandatory attribute: maxReceiveCount.");
  }
  const count = Number(p.maxReceiveCount);
  if (!Number.isInteger(count) || count < 1 || count > 1e3) {
    throw fail(
      `Invalid value for maxReceiveCount: ${String(p.maxReceiveCount)}, valid values are from 1 to 1000 both inclusive.`
    );
  }
  const target = String(p.deadLetterTargetArn);
  const targetFifo = ctx.lookupFifo(target);
  if (targetFifo === void 0) throw fail("Dead letter target does not exist.");
  if (targetFifo !== ctx.fifo) throw fail("Dead-letter queue must be same type of queue as the source.");
  return { deadLetterTargetArn: target, maxReceiveCount: count };
}
function checkAttributeNames(names, fifo) {
  for (const n of names) {
    if (n === "All" || SETTABLE3.has(n) || COMPUTED.includes(n)) continue;
    if (n === "FifoQueue" || FIFO_SETTABLE.has(n)) {
      if (fifo) continue;
    }
    throw invalidAttributeName(n);
  }
}

// ../local-cloud/src/sqs/queue.ts
var State = { Delayed: 0, Visible: 1, InFlight: 2, Gone: 3 };
var DEDUP_WINDOW_MS2 = 5 * 60 * 1e3;
var SEQUENCE_BASE = 18000000000000000000n;
var Queue = class {
  constructor(host, init) {
    this.host = host;
    this.name = init.name;
    this.region = init.region;
    this.accountId = init.accountId;
    this.fifo = init.fifo;
    this.arn = `arn:aws:sqs:${init.region}:${init.accountId}:${init.name}`;
    this.attributes = { ...DEFAULTS, ...init.fifo ? { FifoQueue: "true", ...FIFO_DEFAULTS } : {} };
    this.tags = { ...init.tags };
    this.receiptPrefix = Buffer.from(`${this.arn} `).toString("base64url");
    this.setAttributes(init.attributes, false);
  }
  host;
  name;
  region;
  accountId;
  arn;
  fifo;
  createdAt = Math.floor(Date.now() / 1e3);
  lastModifiedAt = this.createdAt;
  /** Stored attributes as strings, as GetQueueAttributes answers them. */
  attributes;
  tags;
  lastPurgeAt = 0;
  // Parsed copies of the attributes the hot paths read.
  visibilityTimeout = 30;
  delaySeconds = 0;
  retentionMs = 3456e5;
  maxMessageSize = 1048576;
  waitTimeSeconds = 0;
  redrive;
  visible = 0;
  inFlight = 0;
  delayed = 0;
  ready = new Deque();
  groups = /* @__PURE__ */ new Map();
  receipts = /* @__PURE__ */ new Map();
  due = new TimeHeap();
  timer;
  timerAt = Number.POSITIVE_INFINITY;
  waiters = [];
  wakeQueued = false;
  dedup = /* @__PURE__ */ new Map();
  sequence = 0n;
  receiptPrefix;
  deleted = false;
  url(baseUrl) {
    return `${baseUrl}/${this.accountId}/${this.name}`;
  }
  setAttributes(attributes4, touch = true) {
    for (const [k, v] of Object.entries(attributes4)) {
      if (v === "" && (k === "RedrivePolicy" || k === "Policy" || k === "RedriveAllowPolicy")) {
        delete this.attributes[k];
      } else this.attributes[k] = v;
    }
    const a = this.attributes;
    this.visibilityTimeout = Number(a.VisibilityTimeout);
    this.delaySeconds = Number(a.DelaySeconds);
    this.retentionMs = Number(a.MessageRetentionPeriod) * 1e3;
    this.maxMessageSize = Number(a.MaximumMessageSize);
    this.waitTimeSeconds = Number(a.ReceiveMessageWaitTimeSeconds);
    this.redrive = a.RedrivePolicy ? JSON.parse(a.RedrivePolicy) : void 0;
    if (touch) this.lastModifiedAt = Math.floor(Date.now() / 1e3);
  }
  get contentBasedDeduplication() {
    return this.attributes.ContentBasedDeduplication === "true";
  }
  /** Adds a message; for FIFO answers the first message's id when the deduplication id was seen. */
  enqueue(m) {
    const now = Date.now();
    let sequenceNumber;
    const key = this.fifo && !m.deadLetterSourceArn ? this.dedupKey(m) : void 0;
    if (this.fifo) {
      this.sweepDedup(now);
      const seen = key === void 0 ? void 0 : this.dedup.get(key);
      if (seen) return { id: seen.id, sequenceNumber: seen.sequenceNumber };
      sequenceNumber = (SEQUENCE_BASE + ++this.sequence).toString();
    }
    const delay = (m.delaySeconds ?? this.delaySeconds) * 1e3;
    const msg = {
      id: m.id ?? randomUUID9(),
      body: m.body,
      md5OfBody: m.md5OfBody,
      attributes: m.attributes,
      md5OfAttributes: m.md5OfAttributes,
      traceHeader: m.traceHeader,
      md5OfSystemAttributes: m.md5OfSystemAttributes,
      senderId: m.senderId,
      sentAt: m.sentAt ?? now,
      firstReceivedAt: 0,
      receiveCount: 0,
      groupId: m.groupId,
      dedupId: m.dedupId,
      sequenceNumber,
      deadLetterSourceArn: m.deadLetterSourceArn,
      state: delay > 0 ? State.Delayed : State.Visible,
      gen: 0
    };
    if (this.fifo) {
      if (key !== void 0)
        this.dedup.set(key, { expiresAt: now + DEDUP_WINDOW_MS2, id: msg.id, sequenceNumber });
      this.group(msg.groupId ?? "").messages.push(msg);
    }
    if (delay > 0) {
      this.delayed++;
      this.schedule(msg, now + delay);
    } else {
      this.visible++;
      if (!this.fifo) this.ready.push(msg);
      this.queueWake();
    }
    return { id: msg.id, sequenceNumber };
  }
  dedupKey(m) {
    if (m.dedupId === void 0) return void 0;
    return this.attributes.DeduplicationScope === "messageGroup" ? `${m.groupId}\0${m.dedupId}` : m.dedupId;
  }
  sweepDedup(now) {
    for (const [k, v] of this.dedup) {
      if (v.expiresAt > now) break;
      this.dedup.delete(k);
    }
  }
  group(id) {
    let g = this.groups.get(id);
    if (!g) {
      g = { messages: new Deque(), inFlight: 0 };
      this.groups.set(id, g);
    }
    return g;
  }
  /** Takes up to `max` visible messages and makes them in flight for `visibilityTimeout` seconds. */
  receive(max2, visibilityTimeout) {
    const now = Date.now();
    const out = [];
    if (this.fifo) this.receiveFifo(max2, visibilityTimeout, now, out);
    else {
      const stillVisible = [];
      while (out.length < max2 && this.ready.length > 0) {
        const m = this.ready.shift();
        if (m.state !== State.Visible) continue;
        if (this.expiredOrRedriven(m, now)) continue;
        this.take(m, visibilityTimeout, now);
        out.push(m);
        if (visibilityTimeout === 0) stillVisible.push(m);
      }
      for (const m of stillVisible) this.ready.push(m);
    }
    return out;
  }
  receiveFifo(max2, visibilityTimeout, now, out) {
    for (const [id, g] of this.groups) {
      if (out.length >= max2) break;
      if (g.inFlight > 0) continue;
      while (g.messages.length > 0 && g.messages.peek().state === State.Gone) g.messages.shift();
      for (let i2 = 0; out.length < max2; i2++) {
        const m = g.messages.at(i2);
        if (!m || m.state === State.Delayed) break;
        if (m.state !== State.Visible) continue;
        if (this.expiredOrRedriven(m, now)) continue;
        this.take(m, visibilityTimeout, now);
        if (visibilityTimeout > 0) g.inFlight++;
        out.push(m);
      }
      while (g.messages.length > 0 && g.messages.peek().state === State.Gone) g.messages.shift();
      if (g.messages.length === 0) this.groups.delete(id);
    }
  }
  /** Drops a message past its retention, or moves it to the dead-letter queue; true when it left. */
  expiredOrRedriven(m, now) {
    if (m.sentAt + this.retentionMs <= now) {
      this.remove(m);
      return true;
    }
    const r = this.redrive;
    if (r && m.receiveCount >= r.maxReceiveCount) {
      const dlq = this.host.byArn(r.deadLetterTargetArn);
      if (dlq && dlq !== this) {
        this.remove(m);
        dlq.enqueue({
          id: m.id,
          body: m.body,
          md5OfBody: m.md5OfBody,
          attributes: m.attributes,
          md5OfAttributes: m.md5OfAttributes,
          traceHeader: m.traceHeader,
          md5OfSystemAttributes: m.md5OfSystemAttributes,
          senderId: m.senderId,
          sentAt: m.sentAt,
          groupId: m.groupId,
          dedupId: m.dedupId,
          delaySeconds: 0,
          deadLetterSourceArn: this.arn
        });
        return true;
      }
    }
    return false;
  }
  take(m, visibilityTimeout, now) {
    m.receiveCount++;
    if (m.firstReceivedAt === 0) m.firstReceivedAt = now;
    if (m.receipt) this.receipts.delete(m.receipt);
    m.receipt = `${this.receiptPrefix}${randomBytes3(24).toString("base64url")}`;
    this.receipts.set(m.receipt, m);
    if (visibilityTimeout > 0) {
      m.state = State.InFlight;
      this.visible--;
      this.inFlight++;
      m.gen++;
      this.schedule(m, now + visibilityTimeout * 1e3);
    }
  }
  /** Whether the handle was issued by this queue (possibly for a message since deleted). */
  ownsReceipt(handle2) {
    return handle2.startsWith(this.receiptPrefix) && handle2.length === this.receiptPrefix.length + 32;
  }
  byReceipt(handle2) {
    return this.receipts.get(handle2);
  }
  /** DeleteMessage: a stale handle deletes nothing, as on AWS. */
  delete(handle2) {
    const m = this.receipts.get(handle2);
    if (m) this.remove(m);
  }
  remove(m) {
    if (m.state === State.Gone) return;
    if (m.state === State.InFlight) {
      this.inFlight--;
      if (this.fifo) this.releaseGroup(m);
    } else if (m.state === State.Visible) this.visible--;
    else this.delayed--;
    m.state = State.Gone;
    m.gen++;
    if (m.receipt) this.receipts.delete(m.receipt);
  }
  releaseGroup(m) {
    const g = this.groups.get(m.groupId ?? "");
    if (!g) return;
    g.inFlight--;
    if (g.inFlight === 0) {
      while (g.messages.length > 0 && g.messages.peek().state === State.Gone) g.messages.shift();
      if (g.messages.length === 0) this.groups.delete(m.groupId ?? "");
      else this.queueWake();
    }
  }
  /** ChangeMessageVisibility of an in-flight message; 0 makes it visible at once. */
  changeVisibility(m, seconds) {
    m.gen++;
    if (seconds === 0) this.makeVisible(m);
    else this.schedule(m, Date.now() + seconds * 1e3);
  }
  makeVisible(m) {
    if (m.state === State.Delayed) this.delayed--;
    else if (m.state === State.InFlight) {
      this.inFlight--;
      if (this.fifo) {
        const g = this.groups.get(m.groupId ?? "");
        if (g) g.inFlight--;
      }
    } else return;
    m.state = State.Visible;
    this.visible++;
    if (!this.fifo) this.ready.push(m);
    this.queueWake();
  }
  schedule(m, at) {
    this.due.push({ at, item: m, gen: m.gen });
    if (at < this.timerAt) this.arm(at);
  }
  arm(at) {
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.onTimer(), Math.max(0, at - Date.now()));
    this.timer.unref();
  }
  onTimer() {
    this.timer = void 0;
    this.timerAt = Number.POSITIVE_INFINITY;
    if (this.deleted) return;
    const now = Date.now();
    for (let d = this.due.peek(); d && d.at <= now; d = this.due.peek()) {
      this.due.pop();
      if (d.gen === d.item.gen) this.makeVisible(d.item);
    }
    const next = this.due.peek();
    if (next) this.arm(next.at);
  }
  /** A long poll: resolves with messages as soon as some are visible, or empty after `seconds`. */
  wait(max2, visibilityTimeout, seconds, signal) {
    return new Promise((resolve3) => {
      let timer;
      const done = (messages) => {
        if (timer) clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve3(messages);
      };
      const waiter = { max: max2, visibilityTimeout, resolve: done };
      const onAbort = () => done([]);
      this.waiters.push(waiter);
      timer = setTimeout(() => done([]), seconds * 1e3);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
  queueWake() {
    if (this.wakeQueued || this.waiters.length === 0) return;
    this.wakeQueued = true;
    queueMicrotask(() => {
      this.wakeQueued = false;
      while (this.waiters.length > 0) {
        const w = this.waiters[0];
        const got = this.receive(w.max, w.visibilityTimeout);
        if (got.length === 0) break;
        w.resolve(got);
      }
    });
  }
  /** Puts messages a client never got back in the queue at once (their long poll's connection closed). */
  release(messages) {
    for (const m of messages) {
      if (m.state !== State.InFlight) continue;
      m.gen++;
      this.makeVisible(m);
    }
  }
  purge() {
    for (const m of this.receipts.values()) m.state = State.Gone;
    this.ready.clear();
    this.groups.clear();
    this.receipts.clear();
    this.due.clear();
    this.visible = this.inFlight = this.delayed = 0;
    this.lastPurgeAt = Date.now();
  }
  /** DeleteQueue: pending long polls answer empty, timers stop. */
  close() {
    this.deleted = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of [...this.waiters]) w.resolve([]);
    this.purge();
  }
};

// ../local-cloud/src/sqs/changeMessageVisibility.ts
function changeByHandle(queue, handle2, timeout) {
  if (handle2 === void 0 || handle2 === null || handle2 === "") throw missingParameter("ReceiptHandle");
  const seconds = optionalInt(
    "VisibilityTimeout",
    timeout,
    0,
    43200,
    "Must be between 0 and 43200, if provided."
  );
  if (seconds === void 0) throw missingParameter("VisibilityTimeout");
  const h = String(handle2);
  if (!queue.ownsReceipt(h)) throw receiptHandleIsInvalid(h);
  const message = queue.byReceipt(h);
  if (!message) {
    throw invalidParameter2(
      "ReceiptHandle",
      h,
      "Message does not exist or is not available for visibility timeout change."
    );
  }
  if (message.state !== State.InFlight) throw messageNotInflight();
  queue.changeVisibility(message, seconds);
}
function changeMessageVisibility(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  changeByHandle(queue, input.ReceiptHandle, input.VisibilityTimeout);
}

// ../local-cloud/src/sqs/batchResult.ts
function failedEntry(id, err2) {
  const e = toAwsError(err2);
  return { Id: id, SenderFault: e.fault === "Sender", Code: e.queryCode ?? e.code, Message: e.message };
}
function orUndefined(list2) {
  return list2.length > 0 ? list2 : void 0;
}

// ../local-cloud/src/sqs/changeMessageVisibilityBatch.ts
function changeMessageVisibilityBatch(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const entries = checkBatch(input.Entries, "ChangeMessageVisibilityBatchRequestEntry");
  const ok = [];
  const failed = [];
  for (const e of entries) {
    try {
      changeByHandle(queue, e.ReceiptHandle, e.VisibilityTimeout);
      ok.push({ Id: e.Id });
    } catch (err2) {
      failed.push(failedEntry(e.Id, err2));
    }
  }
  return { Successful: orUndefined(ok), Failed: orUndefined(failed) };
}

// ../local-cloud/src/sqs/createQueue.ts
function createQueue(ctx, input) {
  const given = objectMap("Attributes", input.Attributes);
  const fifo = String(given.FifoQueue) === "true";
  const name = checkQueueName(input.QueueName, fifo);
  const attributes4 = validateQueueAttributes(given, {
    fifo,
    creating: true,
    lookupFifo: (arn) => ctx.store.byArn(arn)?.fifo
  });
  const existing = ctx.store.get(ctx.region, ctx.accountId, name);
  if (existing) {
    for (const [k, v] of Object.entries(attributes4)) {
      if (existing.attributes[k] !== v) throw queueNameExists(k);
    }
    return { QueueUrl: existing.url(ctx.baseUrl) };
  }
  const queue = new Queue(ctx.store, {
    name,
    region: ctx.region,
    accountId: ctx.accountId,
    fifo,
    attributes: attributes4,
    tags: objectMap("tags", input.tags)
  });
  ctx.store.add(queue);
  return { QueueUrl: queue.url(ctx.baseUrl) };
}

// ../local-cloud/src/sqs/deleteMessage.ts
function deleteByHandle(queue, handle2) {
  if (handle2 === void 0 || handle2 === null || handle2 === "") throw missingParameter("ReceiptHandle");
  const h = String(handle2);
  if (!queue.ownsReceipt(h)) throw receiptHandleIsInvalid(h);
  queue.delete(h);
}
function deleteMessage(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  deleteByHandle(queue, input.ReceiptHandle);
}

// ../local-cloud/src/sqs/deleteMessageBatch.ts
function deleteMessageBatch(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const entries = checkBatch(input.Entries, "DeleteMessageBatchRequestEntry");
  const ok = [];
  const failed = [];
  for (const e of entries) {
    try {
      deleteByHandle(queue, e.ReceiptHandle);
      ok.push({ Id: e.Id });
    } catch (err2) {
      failed.push(failedEntry(e.Id, err2));
    }
  }
  return { Successful: orUndefined(ok), Failed: orUndefined(failed) };
}

// ../local-cloud/src/sqs/deleteQueue.ts
function deleteQueue(ctx, input) {
  ctx.store.remove(ctx.store.fromUrl(input.QueueUrl, ctx.region));
}

// ../local-cloud/src/sqs/getQueueAttributes.ts
function allAttributes(queue) {
  const all = {
    ...queue.attributes,
    ApproximateNumberOfMessages: String(queue.visible),
    ApproximateNumberOfMessagesDelayed: String(queue.delayed),
    ApproximateNumberOfMessagesNotVisible: String(queue.inFlight),
    CreatedTimestamp: String(queue.createdAt),
    LastModifiedTimestamp: String(queue.lastModifiedAt),
    QueueArn: queue.arn
  };
  const sorted = {};
  for (const k of Object.keys(all).sort()) sorted[k] = all[k];
  return sorted;
}
function getQueueAttributes(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const names = stringList("AttributeNames", input.AttributeNames);
  checkAttributeNames(names, queue.fifo);
  if (names.length === 0) return {};
  const all = allAttributes(queue);
  if (names.includes("All")) return { Attributes: all };
  const out = {};
  for (const n of names) if (all[n] !== void 0) out[n] = all[n];
  return Object.keys(out).length > 0 ? { Attributes: out } : {};
}

// ../local-cloud/src/sqs/getQueueUrl.ts
function getQueueUrl(ctx, input) {
  if (!input.QueueName) throw missingParameter("QueueName");
  const queue = ctx.store.get(
    ctx.region,
    input.QueueOwnerAWSAccountId || ctx.accountId,
    String(input.QueueName)
  );
  if (!queue) throw queueDoesNotExist();
  return { QueueUrl: queue.url(ctx.baseUrl) };
}

// ../local-cloud/src/sqs/paging.ts
function page3(queues, maxResults, nextToken) {
  const sorted = [...queues].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  let max2;
  if (maxResults !== void 0 && maxResults !== null && maxResults !== "") {
    max2 = Number(maxResults);
    if (!Number.isInteger(max2) || max2 < 1 || max2 > 1e3) {
      throw invalidParameter2("MaxResults", maxResults, "MaxResults must be an integer between 1 and 1000.");
    }
  }
  let start = 0;
  if (nextToken) {
    let after;
    try {
      after = JSON.parse(Buffer.from(String(nextToken), "base64url").toString("utf8")).after;
    } catch {
      throw invalidParameterValue2("Invalid NextToken value.");
    }
    if (typeof after !== "string") throw invalidParameterValue2("Invalid NextToken value.");
    start = sorted.findIndex((q) => q.name > after);
    if (start < 0) start = sorted.length;
  }
  const items = sorted.slice(start, start + (max2 ?? 1e3));
  const more = max2 !== void 0 && start + max2 < sorted.length;
  return {
    items,
    nextToken: more ? Buffer.from(JSON.stringify({ after: items[items.length - 1].name })).toString("base64url") : void 0
  };
}

// ../local-cloud/src/sqs/listDeadLetterSourceQueues.ts
function listDeadLetterSourceQueues(ctx, input) {
  const dlq = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const sources = ctx.store.list(ctx.region, ctx.accountId).filter((q) => q.redrive?.deadLetterTargetArn === dlq.arn);
  const { items, nextToken } = page3(sources, input.MaxResults, input.NextToken);
  return { queueUrls: items.map((q) => q.url(ctx.baseUrl)), NextToken: nextToken };
}

// ../local-cloud/src/sqs/listQueues.ts
function listQueues(ctx, input) {
  const prefix = input.QueueNamePrefix ?? "";
  const all = ctx.store.list(ctx.region, ctx.accountId).filter((q) => q.name.startsWith(prefix));
  const { items, nextToken } = page3(all, input.MaxResults, input.NextToken);
  if (items.length === 0) return {};
  return { QueueUrls: items.map((q) => q.url(ctx.baseUrl)), NextToken: nextToken };
}

// ../local-cloud/src/sqs/listQueueTags.ts
function listQueueTags(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  return Object.keys(queue.tags).length > 0 ? { Tags: { ...queue.tags } } : {};
}

// ../local-cloud/src/sqs/purgeQueue.ts
function purgeQueue(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  if (queue.lastPurgeAt > 0 && Date.now() - queue.lastPurgeAt < 6e4)
    throw purgeQueueInProgress(queue.name);
  queue.purge();
}

// ../local-cloud/src/sqs/receiveMessage.ts
async function receiveMessage(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const max2 = optionalInt(
    "MaxNumberOfMessages",
    input.MaxNumberOfMessages,
    1,
    10,
    "Must be between 1 and 10, if provided."
  ) ?? 1;
  const wait = optionalInt("WaitTimeSeconds", input.WaitTimeSeconds, 0, 20, "Must be >= 0 and <= 20, if provided.") ?? queue.waitTimeSeconds;
  const visibility = optionalInt(
    "VisibilityTimeout",
    input.VisibilityTimeout,
    0,
    43200,
    "Must be between 0 and 43200, if provided."
  ) ?? queue.visibilityTimeout;
  const system = /* @__PURE__ */ new Set([
    ...stringList("AttributeNames", input.AttributeNames),
    ...stringList("MessageSystemAttributeNames", input.MessageSystemAttributeNames)
  ]);
  const names = stringList("MessageAttributeNames", input.MessageAttributeNames);
  let got = queue.receive(max2, visibility);
  if (got.length === 0 && wait > 0 && !ctx.signal.aborted) {
    got = await queue.wait(max2, visibility, wait, ctx.signal);
  }
  ctx.handOut(queue, got);
  if (got.length === 0) return {};
  return { Messages: got.map((m) => present(m, system, names)) };
}
function present(m, system, names) {
  const out = {
    MessageId: m.id,
    ReceiptHandle: m.receipt ?? "",
    MD5OfBody: m.md5OfBody,
    Body: m.body
  };
  const attributes4 = systemAttributes(m, system);
  if (attributes4) out.Attributes = attributes4;
  const selected = selectAttributes(m.attributes, names);
  if (selected) {
    out.MD5OfMessageAttributes = md5OfAttributes(selected);
    out.MessageAttributes = selected;
  }
  return out;
}
function systemAttributes(m, asked) {
  if (asked.size === 0) return void 0;
  const all = asked.has("All");
  const out = {};
  const put5 = (name, value) => {
    if (value !== void 0 && (all || asked.has(name))) out[name] = value;
  };
  put5("SenderId", m.senderId);
  put5("SentTimestamp", String(m.sentAt));
  put5("ApproximateReceiveCount", String(m.receiveCount));
  put5("ApproximateFirstReceiveTimestamp", String(m.firstReceivedAt));
  put5("AWSTraceHeader", m.traceHeader);
  put5("MessageGroupId", m.groupId);
  put5("MessageDeduplicationId", m.dedupId);
  put5("SequenceNumber", m.sequenceNumber);
  put5("DeadLetterQueueSourceArn", m.deadLetterSourceArn);
  return Object.keys(out).length > 0 ? out : void 0;
}
function selectAttributes(attributes4, names) {
  if (!attributes4 || names.length === 0) return void 0;
  if (names.includes("All") || names.includes(".*")) return attributes4;
  const out = {};
  for (const [name, value] of Object.entries(attributes4)) {
    const wanted = names.some((n) => n.endsWith(".*") ? name.startsWith(n.slice(0, -1)) : n === name);
    if (wanted) out[name] = value;
  }
  return Object.keys(out).length > 0 ? out : void 0;
}

// ../local-cloud/src/sqs/sendMessage.ts
function sendMessage(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  return sendOne(queue, input, ctx.accountId);
}

// ../local-cloud/src/sqs/sendMessageBatch.ts
function sendMessageBatch(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const entries = checkBatch(input.Entries, "SendMessageBatchRequestEntry");
  let total = 0;
  for (const e of entries) total += typeof e.MessageBody === "string" ? Buffer.byteLength(e.MessageBody) : 0;
  if (total > queue.maxMessageSize) throw batchRequestTooLong(queue.maxMessageSize, total);
  const Successful = [];
  const Failed = [];
  for (const entry of entries) {
    try {
      Successful.push({ Id: entry.Id, ...sendOne(queue, entry, ctx.accountId) });
    } catch (err2) {
      const e = toAwsError(err2);
      Failed.push({
        Id: entry.Id,
        SenderFault: e.fault === "Sender",
        Code: e.queryCode ?? e.code,
        Message: e.message
      });
    }
  }
  return {
    Successful: Successful.length ? Successful : void 0,
    Failed: Failed.length ? Failed : void 0
  };
}

// ../local-cloud/src/sqs/setQueueAttributes.ts
function setQueueAttributes(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const attributes4 = validateQueueAttributes(objectMap("Attributes", input.Attributes), {
    fifo: queue.fifo,
    creating: false,
    lookupFifo: (arn) => ctx.store.byArn(arn)?.fifo
  });
  queue.setAttributes(attributes4);
}

// ../local-cloud/src/sqs/tagQueue.ts
function tagQueue(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const tags2 = objectMap("Tags", input.Tags);
  if (Object.keys({ ...queue.tags, ...tags2 }).length > 50) {
    throw invalidParameterValue2("Too many tags added for queue. Maximum 50 tags allowed per queue.");
  }
  Object.assign(queue.tags, tags2);
}

// ../local-cloud/src/sqs/untagQueue.ts
function untagQueue(ctx, input) {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  for (const k of stringList("TagKeys", input.TagKeys)) delete queue.tags[k];
}

// ../local-cloud/src/sqs/operations.ts
var OPERATIONS5 = {
  CreateQueue: createQueue,
  GetQueueUrl: getQueueUrl,
  ListQueues: listQueues,
  GetQueueAttributes: getQueueAttributes,
  SetQueueAttributes: setQueueAttributes,
  SendMessage: sendMessage,
  SendMessageBatch: sendMessageBatch,
  ReceiveMessage: receiveMessage,
  DeleteMessage: deleteMessage,
  DeleteMessageBatch: deleteMessageBatch,
  ChangeMessageVisibility: changeMessageVisibility,
  ChangeMessageVisibilityBatch: changeMessageVisibilityBatch,
  PurgeQueue: purgeQueue,
  DeleteQueue: deleteQueue,
  TagQueue: tagQueue,
  UntagQueue: untagQueue,
  ListQueueTags: listQueueTags,
  ListDeadLetterSourceQueues: listDeadLetterSourceQueues
};

// ../local-cloud/src/sqs/query.ts
var SQS_NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";
function attributesFrom(form, prefix) {
  const out = {};
  for (const s of queryStructs(form, prefix)) {
    if (s.Name === void 0) continue;
    const a = { DataType: s["Value.DataType"] };
    if (s["Value.StringValue"] !== void 0) a.StringValue = s["Value.StringValue"];
    if (s["Value.BinaryValue"] !== void 0) a.BinaryValue = s["Value.BinaryValue"];
    const strings = queryList(s, "Value.StringListValue");
    if (strings.length) a.StringListValues = strings;
    const binaries = queryList(s, "Value.BinaryListValue");
    if (binaries.length) a.BinaryListValues = binaries;
    out[s.Name] = a;
  }
  return Object.keys(out).length > 0 ? out : void 0;
}
function sendEntry(form) {
  return {
    MessageBody: form.MessageBody,
    DelaySeconds: form.DelaySeconds,
    MessageAttributes: attributesFrom(form, "MessageAttribute"),
    MessageSystemAttributes: attributesFrom(form, "MessageSystemAttribute"),
    MessageDeduplicationId: form.MessageDeduplicationId,
    MessageGroupId: form.MessageGroupId
  };
}
var nonEmptyList = (l) => l.length > 0 ? l : void 0;
var QUERY_INPUT = {
  CreateQueue: (f) => ({
    QueueName: f.QueueName,
    Attributes: queryMap(f, "Attribute"),
    tags: queryMap(f, "Tag", "Key", "Value")
  }),
  GetQueueUrl: (f) => ({ QueueName: f.QueueName, QueueOwnerAWSAccountId: f.QueueOwnerAWSAccountId }),
  ListQueues: (f) => ({
    QueueNamePrefix: f.QueueNamePrefix,
    MaxResults: f.MaxResults,
    NextToken: f.NextToken
  }),
  GetQueueAttributes: (f) => ({ QueueUrl: f.QueueUrl, AttributeNames: queryList(f, "AttributeName") }),
  SetQueueAttributes: (f) => ({ QueueUrl: f.QueueUrl, Attributes: queryMap(f, "Attribute") }),
  SendMessage: (f) => ({ QueueUrl: f.QueueUrl, ...sendEntry(f) }),
  SendMessageBatch: (f) => ({
    QueueUrl: f.QueueUrl,
    Entries: queryStructs(f, "SendMessageBatchRequestEntry").map((e) => ({ Id: e.Id, ...sendEntry(e) }))
  }),
  ReceiveMessage: (f) => ({
    QueueUrl: f.QueueUrl,
    AttributeNames: nonEmptyList(queryList(f, "AttributeName")),
    MessageSystemAttributeNames: nonEmptyList(queryList(f, "MessageSystemAttributeName")),
    MessageAttributeNames: nonEmptyList(queryList(f, "MessageAttributeName")),
    MaxNumberOfMessages: f.MaxNumberOfMessages,
    VisibilityTimeout: f.VisibilityTimeout,
    WaitTimeSeconds: f.WaitTimeSeconds,
    ReceiveRequestAttemptId: f.ReceiveRequestAttemptId
  }),
  DeleteMessage: (f) => ({ QueueUrl: f.QueueUrl, ReceiptHandle: f.ReceiptHandle }),
  DeleteMessageBatch: (f) => ({
    QueueUrl: f.QueueUrl,
    Entries: queryStructs(f, "DeleteMessageBatchRequestEntry")
  }),
  ChangeMessageVisibility: (f) => ({
    QueueUrl: f.QueueUrl,
    ReceiptHandle: f.ReceiptHandle,
    VisibilityTimeout: f.VisibilityTimeout
  }),
  ChangeMessageVisibilityBatch: (f) => ({
    QueueUrl: f.QueueUrl,
    Entries: queryStructs(f, "ChangeMessageVisibilityBatchRequestEntry")
  }),
  PurgeQueue: (f) => ({ QueueUrl: f.QueueUrl }),
  DeleteQueue: (f) => ({ QueueUrl: f.QueueUrl }),
  TagQueue: (f) => ({ QueueUrl: f.QueueUrl, Tags: queryMap(f, "Tag", "Key", "Value") }),
  UntagQueue: (f) => ({ QueueUrl: f.QueueUrl, TagKeys: queryList(f, "TagKey") }),
  ListQueueTags: (f) => ({ QueueUrl: f.QueueUrl }),
  ListDeadLetterSourceQueues: (f) => ({
    QueueUrl: f.QueueUrl,
    MaxResults: f.MaxResults,
    NextToken: f.NextToken
  })
};
var el = (name, value) => value === void 0 || value === null ? "" : `<${name}>${escapeXml(String(value))}</${name}>`;
var nameValues = (tag, map, key = "Name", value = "Value") => Object.entries(map ?? {}).map(([k, v]) => `<${tag}>${el(key, k)}${el(value, v)}</${tag}>`).join("");
function messageAttributeXml(attrs) {
  return Object.entries(attrs ?? {}).map(
    ([name, a]) => `<MessageAttribute>${el("Name", name)}<Value>${el("StringValue", a.StringValue)}${el("BinaryValue", a.BinaryValue)}${(a.StringListValues ?? []).map((v) => el("StringListValue", v)).join("")}${(a.BinaryListValues ?? []).map((v) => el("BinaryListValue", v)).join("")}${el("DataType", a.DataType)}</Value></MessageAttribute>`
  ).join("");
}
function batchXml(entryTag, out, fields) {
  const ok = (out.Successful ?? []).map(
    (e) => `<${entryTag}>${fields.map((f) => el(f, e[f])).join("")}</${entryTag}>`
  );
  const failed = (out.Failed ?? []).map(
    (e) => `<BatchResultErrorEntry>${el("Id", e.Id)}${el("Code", e.Code)}${el("Message", e.Message)}${el("SenderFault", e.SenderFault)}</BatchResultErrorEntry>`
  );
  return ok.join("") + failed.join("");
}
var SEND_FIELDS = [
  "MessageId",
  "MD5OfMessageBody",
  "MD5OfMessageAttributes",
  "MD5OfMessageSystemAttributes",
  "SequenceNumber"
];
var QUERY_OUTPUT = {
  CreateQueue: (o) => el("QueueUrl", o.QueueUrl),
  GetQueueUrl: (o) => el("QueueUrl", o.QueueUrl),
  ListQueues: (o) => (o.QueueUrls ?? []).map((u) => el("QueueUrl", u)).join("") + el("NextToken", o.NextToken),
  GetQueueAttributes: (o) => nameValues("Attribute", o.Attributes),
  SetQueueAttributes: () => void 0,
  SendMessage: (o) => SEND_FIELDS.map((f) => el(f, o[f])).join(""),
  SendMessageBatch: (o) => batchXml("SendMessageBatchResultEntry", o, ["Id", ...SEND_FIELDS]),
  ReceiveMessage: (o) => (o.Messages ?? []).map(
    (m) => `<Message>${el("MessageId", m.MessageId)}${el("ReceiptHandle", m.ReceiptHandle)}${el("MD5OfBody", m.MD5OfBody)}${el("Body", m.Body)}${nameValues("Attribute", m.Attributes)}${el("MD5OfMessageAttributes", m.MD5OfMessageAttributes)}${messageAttributeXml(m.MessageAttributes)}</Message>`
  ).join(""),
  DeleteMessage: () => void 0,
  DeleteMessageBatch: (o) => batchXml("DeleteMessageBatchResultEntry", o, ["Id"]),
  ChangeMessageVisibility: () => void 0,
  ChangeMessageVisibilityBatch: (o) => batchXml("ChangeMessageVisibilityBatchResultEntry", o, ["Id"]),
  PurgeQueue: () => void 0,
  DeleteQueue: () => void 0,
  TagQueue: () => void 0,
  UntagQueue: () => void 0,
  ListQueueTags: (o) => nameValues("Tag", o.Tags, "Key", "Value"),
  ListDeadLetterSourceQueues: (o) => (o.queueUrls ?? []).map((u) => el("QueueUrl", u)).join("") + el("NextToken", o.NextToken)
};

// ../local-cloud/src/sqs/store.ts
var SqsStore = class {
  constructor(defaultAccountId) {
    this.defaultAccountId = defaultAccountId;
  }
  defaultAccountId;
  queues = /* @__PURE__ */ new Map();
  key(region, accountId, name) {
    return `${region}\0${accountId}\0${name}`;
  }
  get(region, accountId, name) {
    return this.queues.get(this.key(region, accountId, name));
  }
  add(queue) {
    this.queues.set(this.key(queue.region, queue.accountId, queue.name), queue);
  }
  remove(queue) {
    this.queues.delete(this.key(queue.region, queue.accountId, queue.name));
    queue.close();
  }
  byArn(arn) {
    const m = /^arn:aws[\w-]*:sqs:([^:]+):([^:]+):([^:]+)$/.exec(arn);
    return m ? this.get(m[1], m[2], m[3]) : void 0;
  }
  /** Queues of one region and account, in the order they were created. */
  list(region, accountId) {
    const out = [];
    for (const q of this.queues.values()) if (q.region === region && q.accountId === accountId) out.push(q);
    return out;
  }
  /**
   * The queue a QueueUrl names. Any host is accepted (clients reuse URLs across endpoints): the queue is
   * found by the URL's account and name, in the request's region.
   */
  fromUrl(url, region) {
    if (url === void 0 || url === null || url === "") throw missingParameter("QueueUrl");
    const text = String(url);
    let path5;
    try {
      path5 = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? new URL(text).pathname : text;
    } catch {
      throw invalidAddress(text);
    }
    const parts = path5.split("/").filter((p) => p !== "");
    if (parts.length < 2) throw invalidAddress(text);
    let name;
    try {
      name = decodeURIComponent(parts[parts.length - 1]);
    } catch {
      throw invalidAddress(text);
    }
    const accountId = parts[parts.length - 2];
    if (!/^\d{12}$/.test(accountId)) throw invalidAddress(text);
    const queue = this.get(region, accountId, name);
    if (!queue) throw queueDoesNotExist();
    return queue;
  }
  close() {
    for (const q of this.queues.values()) q.close();
    this.queues.clear();
  }
};

// ../local-cloud/src/sqs/index.ts
function createSqsService(cloud) {
  const store = new SqsStore(cloud.accountId);
  cloud.sqs = sqsInternal(cloud, store);
  const contexts = /* @__PURE__ */ new WeakMap();
  const contextOf = (req) => contexts.get(req) ?? new SqsContext(store, req);
  const json = {
    targetPrefix: "AmazonSQS",
    version: "1.0",
    errorNamespace: "com.amazonaws.sqs",
    queryCompatible: true,
    operations: Object.fromEntries(
      Object.entries(OPERATIONS5).map(([name, op]) => [
        name,
        (input, req) => op(contextOf(req), input)
      ])
    )
  };
  const query = {
    namespace: SQS_NAMESPACE,
    operations: Object.fromEntries(
      Object.entries(OPERATIONS5).map(([name, op]) => [
        name,
        async (form, req) => QUERY_OUTPUT[name](await op(contextOf(req), QUERY_INPUT[name](form)))
      ])
    )
  };
  return {
    name: "sqs",
    async handle(req, res) {
      const ctx = new SqsContext(store, req);
      contexts.set(req, ctx);
      res.once("close", () => {
        if (!res.writableFinished) ctx.abandon();
      });
      if (req.headers["x-amz-target"] !== void 0) await serveAwsJson(json, req, res);
      else await serveAwsQuery(query, req, res, parseForm(req));
    },
    stop() {
      store.close();
    }
  };
}

// ../local-cloud/src/sts/assumeRole.ts
import { createHash as createHash10 } from "node:crypto";

// ../local-cloud/src/sts/identity.ts
function callerArn(accountId) {
  return `arn:aws:iam::${accountId}:root`;
}
function temporaryCredentials(seconds) {
  const hex = () => Math.random().toString(16).slice(2, 10).toUpperCase();
  return {
    AccessKeyId: `ASIA${hex()}${hex()}`.slice(0, 20),
    SecretAccessKey: "test".padEnd(40, "x"),
    SessionToken: `FQoGZXIvYXdzE${Buffer.from(hex() + hex()).toString("base64")}`,
    Expiration: new Date(Date.now() + seconds * 1e3)
  };
}

// ../local-cloud/src/sts/assumeRole.ts
var ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
var SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
function assumeRole(input) {
  const roleArn = requireMember(input.RoleArn, "roleArn");
  const session = requireMember(input.RoleSessionName, "roleSessionName");
  const m = ROLE_ARN.exec(roleArn);
  if (!m) throw new AwsError("ValidationError", `${roleArn} is invalid`);
  if (!SESSION_NAME.test(session)) {
    throw new AwsError(
      "ValidationError",
      `1 validation error detected: Value '${session}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`
    );
  }
  const duration = input.DurationSeconds ?? 3600;
  if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
    throw new AwsError(
      "ValidationError",
      `1 validation error detected: Value '${input.DurationSeconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`
    );
  }
  const account = roleArn.split(":")[4];
  const roleId = `AROA${createHash10("sha1").update(roleArn).digest("hex").slice(0, 17).toUpperCase()}`;
  return {
    Credentials: temporaryCredentials(duration),
    AssumedRoleUser: {
      AssumedRoleId: `${roleId}:${session}`,
      Arn: `arn:aws:sts::${account}:assumed-role/${m[1]}/${session}`
    },
    PackedPolicySize: input.Policy ? 6 : void 0
  };
}
function requireMember(value, member) {
  if (value === void 0) {
    throw new AwsError(
      "ValidationError",
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`
    );
  }
  return value;
}

// ../local-cloud/src/sts/getCallerIdentity.ts
function getCallerIdentity(cloud) {
  return { UserId: cloud.accountId, Account: cloud.accountId, Arn: callerArn(cloud.accountId) };
}

// ../local-cloud/src/sts/getSessionToken.ts
function getSessionToken(input) {
  const duration = input.DurationSeconds ?? 43200;
  if (!Number.isInteger(duration) || duration < 900 || duration > 129600) {
    throw new AwsError(
      "ValidationError",
      `1 validation error detected: Value '${input.DurationSeconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 129600`
    );
  }
  return { Credentials: temporaryCredentials(duration) };
}

// ../local-cloud/src/sts/index.ts
var STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
var JSON_TARGET_PREFIX = "AWSSecurityTokenServiceV20110615";
var el2 = (name, v) => v === void 0 ? "" : `<${name}>${escapeXml(String(v))}</${name}>`;
function credentialsXml(c) {
  if (!c) return "";
  return `<Credentials>${el2("AccessKeyId", c.AccessKeyId)}${el2("SecretAccessKey", c.SecretAccessKey)}${el2(
    "SessionToken",
    c.SessionToken
  )}${el2("Expiration", c.Expiration?.toISOString())}</Credentials>`;
}
function credentialsJson(c) {
  return c && { ...c, Expiration: c.Expiration ? c.Expiration.getTime() / 1e3 : void 0 };
}
var num2 = (v) => v === void 0 ? void 0 : Number(v);
function createStsService(cloud) {
  const query = {
    namespace: STS_NAMESPACE,
    operations: {
      GetCallerIdentity: () => {
        const out = getCallerIdentity(cloud);
        return el2("Arn", out.Arn) + el2("UserId", out.UserId) + el2("Account", out.Account);
      },
      AssumeRole: (form) => {
        const out = assumeRole({
          RoleArn: form.RoleArn,
          RoleSessionName: form.RoleSessionName,
          DurationSeconds: num2(form.DurationSeconds),
          Policy: form.Policy
        });
        const user = out.AssumedRoleUser;
        return credentialsXml(out.Credentials) + `<AssumedRoleUser>${el2("AssumedRoleId", user?.AssumedRoleId)}${el2("Arn", user?.Arn)}</AssumedRoleUser>` + el2("PackedPolicySize", out.PackedPolicySize);
      },
      GetSessionToken: (form) => credentialsXml(getSessionToken({ DurationSeconds: num2(form.DurationSeconds) }).Credentials)
    }
  };
  const json = {
    targetPrefix: JSON_TARGET_PREFIX,
    version: "1.0",
    operations: {
      GetCallerIdentity: () => getCallerIdentity(cloud),
      AssumeRole: (input) => {
        const out = assumeRole(input);
        return { ...out, Credentials: credentialsJson(out.Credentials) };
      },
      GetSessionToken: (input) => ({
        Credentials: credentialsJson(getSessionToken(input).Credentials)
      })
    }
  };
  return {
    name: "sts",
    handle: (req, res) => header(req, "x-amz-target")?.startsWith(`${JSON_TARGET_PREFIX}.`) ? serveAwsJson(json, req, res) : serveAwsQuery(query, req, res)
  };
}

// ../local-cloud/src/services.ts
function registerServices(cloud) {
  cloud.register(createSqsService(cloud));
  cloud.register(createSnsService(cloud));
  cloud.register(createEventsService(cloud));
  cloud.register(createS3Service(cloud));
  cloud.register(createLogsService(cloud));
  cloud.register(createLambdaService(cloud));
  cloud.register(createStsService(cloud));
  cloud.register(createIamService(cloud));
  cloud.register(createCloudFormationService(cloud));
  cloud.register(createEcrService(cloud));
}

// ../local-cloud/src/version.ts
import { readFileSync as readFileSync2 } from "node:fs";
var VERSION = JSON.parse(
  readFileSync2(new URL("../package.json", new URL("./local-cloud/src/version.js", import.meta.url).href), "utf8")
).version;

// ../local-cloud/src/server.ts
var MAX_BODY_BYTES = 256 * 1024 * 1024;
async function startLocalCloud(options = {}) {
  const cloud = new LocalCloud(options);
  registerServices(cloud);
  const server = createServer2((req, res) => {
    handle(cloud, req, res).catch((err2) => {
      cloud.log("error", `unhandled: ${err2 instanceof Error ? err2.stack : String(err2)}`);
      if (!res.headersSent) sendJson(res, 500, { __type: "InternalFailure", message: "internal error" });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 6e4;
  server.headersTimeout = 65e3;
  await listen(server, cloud.config.port, cloud.config.host);
  const port = server.address().port;
  const shownHost = cloud.config.host === "0.0.0.0" ? "127.0.0.1" : cloud.config.host;
  cloud.endpoint = `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${port}`;
  let stopped;
  return {
    url: cloud.endpoint,
    port,
    cloud,
    stop: () => {
      stopped ??= (async () => {
        await cloud.stop();
        await new Promise((resolve3) => {
          server.close(() => resolve3());
          server.closeAllConnections();
        });
      })();
      return stopped;
    }
  };
}
function listen(server, port, host) {
  return new Promise((resolve3, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve3();
    });
  });
}
function readBody(req) {
  return new Promise((resolve3, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new AwsError("RequestEntityTooLargeException", "Request body is too large.", 413));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve3(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function originAllowed(cloud, origin) {
  const allowed = cloud.config.allowOrigins;
  return allowed.includes("*") || allowed.includes(origin);
}
async function handle(cloud, req, res) {
  const origin = req.headers.origin;
  if (origin !== void 0 && !originAllowed(cloud, origin)) {
    sendJson(res, 403, {
      message: `Origin ${origin} is not allowed; start local-cloud with --allow-origin ${origin}`
    });
    req.resume();
    return;
  }
  if (origin !== void 0) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Expose-Headers", "*");
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET,PUT,POST,DELETE,HEAD");
      res.setHeader(
        "Access-Control-Allow-Headers",
        String(req.headers["access-control-request-headers"] ?? "*")
      );
      sendJson(res, 204, void 0);
      return;
    }
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname.startsWith("/_localcloud/")) return internal(cloud, url.pathname, res);
  let body;
  try {
    body = await readBody(req);
  } catch (err2) {
    const e = err2 instanceof AwsError ? err2 : new AwsError("InternalFailure", String(err2), 500);
    sendJson(res, e.status, { __type: e.code, message: e.message });
    return;
  }
  const method = req.method ?? "GET";
  let formCache;
  const formAction = () => {
    const type = String(req.headers["content-type"] ?? "");
    if (url.searchParams.has("Action")) return url.searchParams.get("Action") ?? void 0;
    if (method !== "POST" || !type.includes("x-www-form-urlencoded")) return void 0;
    formCache ??= new URLSearchParams(body.toString("utf8"));
    return formCache.get("Action") ?? void 0;
  };
  const route = routeRequest(method, url.pathname, req.headers, url.searchParams, formAction);
  const service = cloud.services.get(route.service);
  const requestId = randomUUID10();
  if (!service) {
    sendJson(
      res,
      400,
      { __type: "UnknownService", message: `Service ${route.service} is not served by this local cloud.` },
      "application/json",
      { "x-amzn-RequestId": requestId }
    );
    return;
  }
  const host = req.headers.host ?? cloud.endpoint.replace(/^http:\/\//, "");
  const localRequest = {
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body,
    service: route.service,
    region: route.region ?? cloud.config.region,
    requestId,
    baseUrl: `http://${host}`,
    cloud
  };
  cloud.log(
    "debug",
    `${method} ${url.pathname} -> ${route.service} (${route.region ?? cloud.config.region})`
  );
  await service.handle(localRequest, res);
}
function internal(cloud, path5, res) {
  if (path5 === "/_localcloud/health") {
    sendJson(res, 200, {
      status: "running",
      version: VERSION,
      services: [...cloud.services.keys()],
      uptime: (Date.now() - cloud.startedAt) / 1e3,
      region: cloud.config.region,
      accountId: cloud.config.accountId,
      timeScale: cloud.config.timeScale
    });
    return;
  }
  if (path5 === "/_localcloud/metrics") {
    const out = {};
    for (const [name, dims] of cloud.metrics) out[name] = Object.fromEntries(dims);
    sendJson(res, 200, out);
    return;
  }
  sendJson(res, 404, { message: `No such local-cloud endpoint: ${path5}` });
}

// ../local-cloud/src/stacks/deployTemplate.ts
var import_client_cloudformation3 = __toESM(require_dist_cjs10(), 1);
import { readFile } from "node:fs/promises";

// ../local-cloud/src/stacks/deployResult.ts
var import_client_cloudformation = __toESM(require_dist_cjs10(), 1);
var import_client_iam5 = __toESM(require_dist_cjs5(), 1);
var import_client_lambda8 = __toESM(require_dist_cjs6(), 1);

// ../local-cloud/src/stacks/permissions.ts
var import_client_iam4 = __toESM(require_dist_cjs5(), 1);
function deliveryPermission(destinationArn, functionName) {
  const service = destinationArn.split(":")[2];
  switch (service) {
    case "sqs":
      return { action: "sqs:SendMessage", resource: destinationArn };
    case "sns":
      return { action: "sns:Publish", resource: destinationArn };
    case "events":
      return { action: "events:PutEvents", resource: destinationArn };
    case "lambda":
      return { action: "lambda:InvokeFunction", resource: destinationArn };
    case "s3":
      return { action: "s3:PutObject", resource: `${destinationArn}/aws/lambda/async/${functionName}/object` };
    default:
      return void 0;
  }
}
async function checkDestinations(iam, fn) {
  const warnings = [];
  if (!fn.role) return warnings;
  for (const [when, arn] of [
    ["onSuccess", fn.onSuccess],
    ["onFailure", fn.onFailure]
  ]) {
    if (!arn) continue;
    const need = deliveryPermission(arn, fn.name);
    if (!need) continue;
    let decision;
    try {
      const out = await iam.send(
        new import_client_iam4.SimulatePrincipalPolicyCommand({ PolicySourceArn: fn.role, ActionNames: [need.action], ResourceArns: [need.resource] })
      );
      decision = out.EvaluationResults?.[0]?.EvalDecision;
    } catch {
      continue;
    }
    if (decision && decision !== "allowed") {
      warnings.push(
        `function ${fn.name}: its role ${fn.role} lacks ${need.action} on ${arn} (${decision}); ${when} records will not be delivered`
      );
    }
  }
  return warnings;
}

// ../local-cloud/src/stacks/deployResult.ts
async function summarize(cfn, stack, endpoint, region, noChanges) {
  const listed = await cfn.send(new import_client_cloudformation.ListStackResourcesCommand({ StackName: stack.StackId }));
  const warnings = [];
  for (const r of listed.StackResourceSummaries ?? []) {
    const reason = r.ResourceStatusReason ?? "";
    if (/^(Warning|Skipped): /.test(reason)) warnings.push(`${r.LogicalResourceId}: ${reason}`);
  }
  const resources = (listed.StackResourceSummaries ?? []).map((r) => ({
    logicalId: r.LogicalResourceId,
    type: r.ResourceType,
    physicalId: r.PhysicalResourceId ?? "",
    status: r.ResourceStatus
  }));
  const lambda = new import_client_lambda8.LambdaClient(clientConfig(endpoint, region));
  const iam = new import_client_iam5.IAMClient(clientConfig(endpoint, region));
  const functions = [];
  for (const r of resources.filter((r2) => r2.type === "AWS::Lambda::Function")) {
    const fn = { logicalId: r.logicalId, name: r.physicalId };
    try {
      const conf = await lambda.send(new import_client_lambda8.GetFunctionConfigurationCommand({ FunctionName: r.physicalId }));
      fn.arn = conf.FunctionArn;
      fn.role = conf.Role;
    } catch {
    }
    try {
      const eic = await lambda.send(
        new import_client_lambda8.GetFunctionEventInvokeConfigCommand({ FunctionName: r.physicalId, Qualifier: "$LATEST" })
      );
      fn.maximumRetryAttempts = eic.MaximumRetryAttempts;
      fn.maximumEventAgeInSeconds = eic.MaximumEventAgeInSeconds;
      fn.onSuccess = eic.DestinationConfig?.OnSuccess?.Destination;
      fn.onFailure = eic.DestinationConfig?.OnFailure?.Destination;
    } catch {
    }
    warnings.push(...await checkDestinations(iam, fn));
    functions.push(fn);
  }
  return {
    stackName: stack.StackName,
    stackId: stack.StackId,
    region,
    endpoint,
    status: stack.StackStatus,
    noChanges,
    outputs: Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue ?? ""])),
    resources,
    functions,
    warnings
  };
}

// ../local-cloud/src/stacks/waitForStack.ts
var import_client_cloudformation2 = __toESM(require_dist_cjs10(), 1);
var StackOperationError = class extends Error {
  constructor(message, stackName, status, failures) {
    super(message);
    this.stackName = stackName;
    this.status = status;
    this.failures = failures;
    this.name = "StackOperationError";
  }
  stackName;
  status;
  failures;
};
async function waitForStack(cfn, stackId, timeoutMs = 6e5) {
  const deadline = Date.now() + timeoutMs;
  let delay = 50;
  for (; ; ) {
    const out = await cfn.send(new import_client_cloudformation2.DescribeStacksCommand({ StackName: stackId }));
    const stack = out.Stacks[0];
    if (!stack.StackStatus.endsWith("_IN_PROGRESS")) return stack;
    if (Date.now() > deadline) throw new Error(`stack ${stack.StackName} still ${stack.StackStatus} after ${timeoutMs / 1e3} s`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 1e3);
  }
}
async function failuresSince(cfn, stackId, since) {
  const out = await cfn.send(new import_client_cloudformation2.DescribeStackEventsCommand({ StackName: stackId }));
  return (out.StackEvents ?? []).filter(
    (e) => e.Timestamp >= since && e.ResourceStatus?.endsWith("_FAILED") && e.ResourceType !== "AWS::CloudFormation::Stack" && e.ResourceStatusReason
  ).reverse().map((e) => ({ logicalId: e.LogicalResourceId, type: e.ResourceType, reason: e.ResourceStatusReason }));
}
async function expectStatus(cfn, stack, ok, since) {
  if (ok.includes(stack.StackStatus)) return;
  const failures = await failuresSince(cfn, stack.StackId, since);
  const detail = failures.map((f) => `${f.logicalId} (${f.type}): ${f.reason}`).join("; ");
  throw new StackOperationError(
    `stack ${stack.StackName} ended in ${stack.StackStatus}${stack.StackStatusReason ? ` (${stack.StackStatusReason.trim()})` : ""}${detail ? `: ${detail}` : ""}`,
    stack.StackName,
    stack.StackStatus,
    failures
  );
}

// ../local-cloud/src/stacks/deployTemplate.ts
function endpointOf(endpoint) {
  const e = endpoint ?? process.env.AWS_ENDPOINT_URL;
  if (!e) throw new Error("no endpoint: pass endpoint or set AWS_ENDPOINT_URL");
  return e.replace(/\/$/, "");
}
async function describeStack(cfn, name) {
  try {
    return (await cfn.send(new import_client_cloudformation3.DescribeStacksCommand({ StackName: name }))).Stacks?.[0];
  } catch (err2) {
    if (/does not exist/.test(err2.message)) return void 0;
    throw err2;
  }
}
async function applyTemplate(cfn, options) {
  const Parameters = Object.entries(options.parameters ?? {}).map(([ParameterKey, ParameterValue]) => ({
    ParameterKey,
    ParameterValue
  }));
  const Capabilities = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"];
  let existing = await describeStack(cfn, options.stackName);
  if (existing?.StackStatus === "ROLLBACK_COMPLETE" || existing?.StackStatus === "REVIEW_IN_PROGRESS") {
    await cfn.send(new import_client_cloudformation3.DeleteStackCommand({ StackName: existing.StackId }));
    await waitForStack(cfn, existing.StackId);
    existing = void 0;
  }
  const since = new Date(Date.now() - 1);
  if (!existing) {
    const out = await cfn.send(
      new import_client_cloudformation3.CreateStackCommand({
        StackName: options.stackName,
        TemplateBody: options.templateBody,
        Parameters,
        Capabilities: [...Capabilities],
        Tags: options.tags
      })
    );
    const stack2 = await waitForStack(cfn, out.StackId);
    await expectStatus(cfn, stack2, ["CREATE_COMPLETE"], since);
    return { stack: stack2, noChanges: false };
  }
  try {
    await cfn.send(
      new import_client_cloudformation3.UpdateStackCommand({
        StackName: existing.StackId,
        TemplateBody: options.templateBody,
        Parameters,
        Capabilities: [...Capabilities],
        Tags: options.tags
      })
    );
  } catch (err2) {
    if (err2.message === "No updates are to be performed.") return { stack: existing, noChanges: true };
    throw err2;
  }
  const stack = await waitForStack(cfn, existing.StackId);
  await expectStatus(cfn, stack, ["UPDATE_COMPLETE"], since);
  return { stack, noChanges: false };
}
async function deployTemplate(options) {
  const endpoint = endpointOf(options.endpoint);
  const region = options.region ?? process.env.AWS_REGION ?? "us-east-1";
  const body = options.templateBody ?? (options.templateFile ? await readFile(options.templateFile, "utf8") : void 0);
  if (body === void 0) throw new Error("deployTemplate needs templateBody or templateFile");
  const cfn = new import_client_cloudformation3.CloudFormationClient(clientConfig(endpoint, region));
  const tags2 = Object.entries(options.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
  if (options.skipUnsupported) tags2.push({ Key: SKIP_UNSUPPORTED_TAG, Value: "true" });
  const { stack, noChanges } = await applyTemplate(cfn, {
    stackName: options.stackName,
    templateBody: body,
    parameters: options.parameters,
    tags: tags2.length > 0 ? tags2 : void 0
  });
  return summarize(cfn, stack, endpoint, region, noChanges);
}

// ../local-cloud/src/stacks/removeStack.ts
var import_client_cloudformation4 = __toESM(require_dist_cjs10(), 1);
var import_client_s36 = __toESM(require_dist_cjs7(), 1);
async function emptyBucket(s3, bucket) {
  for (; ; ) {
    const out = await s3.send(new import_client_s36.ListObjectsV2Command({ Bucket: bucket }));
    const keys = (out.Contents ?? []).map((o) => ({ Key: o.Key }));
    if (keys.length === 0) return;
    await s3.send(new import_client_s36.DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }));
  }
}
async function removeStack(options) {
  const endpoint = endpointOf(options.endpoint);
  const region = options.region ?? process.env.AWS_REGION ?? "us-east-1";
  const cfn = new import_client_cloudformation4.CloudFormationClient(clientConfig(endpoint, region));
  const stack = await describeStack(cfn, options.stackName);
  if (!stack) return { stackName: options.stackName, removed: false };
  if (options.emptyBuckets) {
    const s3 = new import_client_s36.S3Client({ ...clientConfig(endpoint, region), forcePathStyle: true });
    const listed = await cfn.send(new import_client_cloudformation4.ListStackResourcesCommand({ StackName: stack.StackId }));
    for (const r of listed.StackResourceSummaries ?? []) {
      if (r.ResourceType !== "AWS::S3::Bucket" || !r.PhysicalResourceId) continue;
      if (Array.isArray(options.emptyBuckets) && !options.emptyBuckets.includes(r.LogicalResourceId)) continue;
      await emptyBucket(s3, r.PhysicalResourceId).catch(() => void 0);
    }
  }
  const since = new Date(Date.now() - 1);
  await cfn.send(new import_client_cloudformation4.DeleteStackCommand({ StackName: stack.StackId }));
  const done = await waitForStack(cfn, stack.StackId);
  await expectStatus(cfn, done, ["DELETE_COMPLETE"], since);
  return { stackName: options.stackName, removed: true };
}

// ../local-cloud/src/stacks/serverless.ts
var import_client_cloudformation5 = __toESM(require_dist_cjs10(), 1);
var import_client_s37 = __toESM(require_dist_cjs7(), 1);
var import_yaml2 = __toESM(require_dist(), 1);
import { spawn as spawn2 } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { dirname, join, resolve as resolve2 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
function serverlessBinary(serviceDir) {
  const candidates = [];
  for (let d = resolve2(serviceDir); ; d = dirname(d)) {
    candidates.push(join(d, "node_modules", ".bin", "serverless"));
    if (dirname(d) === d) break;
  }
  for (let d = dirname(fileURLToPath3(new URL("./local-cloud/src/stacks/serverless.js", import.meta.url).href)); ; d = dirname(d)) {
    candidates.push(join(d, "node_modules", ".bin", "serverless"));
    if (dirname(d) === d) break;
  }
  return candidates.find((c) => existsSync2(c)) ?? "serverless";
}
async function packageService(options) {
  const region = options.region ?? "us-east-1";
  const args = ["package", "--stage", options.stage, "--region", region];
  for (const [k, v] of Object.entries(options.params ?? {})) args.push("--param", `${k}=${v}`);
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("AWS_")) env[k] = v;
  Object.assign(env, {
    SLS_TELEMETRY_DISABLED: "1",
    SLS_NOTIFICATIONS_MODE: "off",
    SLS_DEPRECATION_DISABLE: "*",
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_REGION: region
  });
  const bin = serverlessBinary(options.serviceDir);
  const output = await new Promise((resolvePromise, reject) => {
    const child2 = spawn2(bin, args, { cwd: options.serviceDir, env, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    const take = (chunk) => {
      text += chunk.toString("utf8");
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) options.onOutput?.(line);
    };
    child2.stdout.on("data", take);
    child2.stderr.on("data", take);
    child2.on("error", (err2) => reject(new Error(`could not run ${bin}: ${err2.message}`)));
    child2.on("close", (code) => {
      if (code === 0) resolvePromise(text);
      else reject(new Error(`serverless package --stage ${options.stage} failed (exit ${code}):
${text.trim()}`));
    });
  });
  void output;
  const dir = join(options.serviceDir, ".serverless");
  const state = JSON.parse(await readFile2(join(dir, "serverless-state.json"), "utf8"));
  const provider = state.service.provider ?? {};
  const service = typeof state.service.service === "string" ? state.service.service : state.service.service.name;
  const bucket = provider.deploymentBucket;
  return {
    service,
    stackName: provider.stackName ?? `${service}-${options.stage}`,
    artifactDirectoryName: state.package.artifactDirectoryName,
    customBucket: typeof bucket === "string" ? bucket : bucket?.name,
    createTemplate: await readFile2(join(dir, "cloudformation-template-create-stack.json"), "utf8"),
    updateTemplate: await readFile2(join(dir, "cloudformation-template-update-stack.json"), "utf8"),
    zips: (await readdir(dir)).filter((f) => f.endsWith(".zip")).map((f) => join(dir, f))
  };
}
async function deploymentBucket(cfn, stackName) {
  const out = await cfn.send(
    new import_client_cloudformation5.DescribeStackResourceCommand({ StackName: stackName, LogicalResourceId: "ServerlessDeploymentBucket" })
  );
  return out.StackResourceDetail.PhysicalResourceId;
}
async function deployServerless(options) {
  const endpoint = endpointOf(options.endpoint);
  const region = options.region ?? "us-east-1";
  const pkg = await packageService({ ...options, region });
  const cfn = new import_client_cloudformation5.CloudFormationClient(clientConfig(endpoint, region));
  const s3 = new import_client_s37.S3Client({ ...clientConfig(endpoint, region), forcePathStyle: true });
  const existing = await describeStack(cfn, pkg.stackName);
  const live = existing && !["ROLLBACK_COMPLETE", "REVIEW_IN_PROGRESS"].includes(existing.StackStatus);
  const createHasResources = Object.keys(JSON.parse(pkg.createTemplate).Resources ?? {}).length > 0;
  if (!live && createHasResources) {
    await applyTemplate(cfn, { stackName: pkg.stackName, templateBody: pkg.createTemplate });
  }
  let bucket = pkg.customBucket;
  if (bucket) {
    await s3.send(new import_client_s37.HeadBucketCommand({ Bucket: bucket })).catch(() => s3.send(new import_client_s37.CreateBucketCommand({ Bucket: bucket })));
  } else {
    bucket = await deploymentBucket(cfn, pkg.stackName);
  }
  for (const zip of pkg.zips) {
    const key = `${pkg.artifactDirectoryName}/${zip.slice(zip.lastIndexOf("/") + 1)}`;
    await s3.send(new import_client_s37.PutObjectCommand({ Bucket: bucket, Key: key, Body: await readFile2(zip) }));
  }
  const { stack, noChanges } = await applyTemplate(cfn, { stackName: pkg.stackName, templateBody: pkg.updateTemplate });
  return summarize(cfn, stack, endpoint, region, noChanges);
}
async function serverlessStackName(serviceDir, stage) {
  const text = await readFile2(join(serviceDir, "serverless.yml"), "utf8");
  const doc = (0, import_yaml2.parse)(text, { customTags: [], strict: false, logLevel: "silent" });
  const service = typeof doc.service === "string" ? doc.service : doc.service?.name;
  const explicit = doc.provider?.stackName;
  if (explicit && !explicit.includes("${")) return explicit;
  if (!service || service.includes("${")) throw new Error(`can't read the service name of ${serviceDir}/serverless.yml`);
  return `${service}-${stage}`;
}
async function removeServerless(options) {
  return removeStack({
    stackName: await serverlessStackName(options.serviceDir, options.stage),
    region: options.region,
    endpoint: options.endpoint,
    emptyBuckets: ["ServerlessDeploymentBucket"]
  });
}

export {
  DEFAULT_CONFIG,
  LocalCloud,
  AwsError,
  VERSION,
  startLocalCloud,
  StackOperationError,
  deployTemplate,
  removeStack,
  deployServerless,
  removeServerless
};
