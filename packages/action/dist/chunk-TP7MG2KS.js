import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  event_streams_exports,
  init_event_streams
} from "./chunk-O7GQEJVF.js";
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
  require_dist_cjs,
  require_dist_cjs2,
  require_dist_cjs3,
  retry_exports
} from "./chunk-OVRXPEJS.js";
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
} from "./chunk-PJKH72HI.js";
import {
  __commonJS,
  __toCommonJS
} from "./chunk-QL5DKQCF.js";

// ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { eventStreamSerdeProvider, resolveEventStreamSerdeConfig } = (init_event_streams(), __toCommonJS(event_streams_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs3();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
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
    var version = "3.1168.0";
    var packageInfo = {
      version
    };
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
    var CloudWatchLogsServiceException = class _CloudWatchLogsServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs#CloudWatchLogsServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _CloudWatchLogsServiceException.prototype);
      }
    };
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
    var _A = "Anomaly";
    var _AD = "AnomalyDetector";
    var _ADE = "AccessDeniedException";
    var _ADn = "AnomalyDetectors";
    var _AF = "AllowedFields";
    var _AK = "AddKeys";
    var _AKE = "AddKeyEntry";
    var _AKEd = "AddKeyEntries";
    var _AKK = "AssociateKmsKey";
    var _AKKR = "AssociateKmsKeyRequest";
    var _ALGS = "AggregateLogGroupSummary";
    var _ALGSg = "AggregateLogGroupSummaries";
    var _AP = "AccountPolicy";
    var _APc = "AccountPolicies";
    var _ASTSTI = "AssociateSourceToS3TableIntegration";
    var _ASTSTIR = "AssociateSourceToS3TableIntegrationRequest";
    var _ASTSTIRs = "AssociateSourceToS3TableIntegrationResponse";
    var _An = "Anomalies";
    var _CD = "CreateDelivery";
    var _CDR = "CreateDeliveryRequest";
    var _CDRr = "CreateDeliveryResponse";
    var _CE = "ConflictException";
    var _CET = "CancelExportTask";
    var _CETR = "CancelExportTaskRequest";
    var _CETRr = "CreateExportTaskRequest";
    var _CETRre = "CreateExportTaskResponse";
    var _CETr = "CreateExportTask";
    var _CIT = "CancelImportTask";
    var _CITR = "CancelImportTaskRequest";
    var _CITRa = "CancelImportTaskResponse";
    var _CITRr = "CreateImportTaskRequest";
    var _CITRre = "CreateImportTaskResponse";
    var _CITr = "CreateImportTask";
    var _CLAD = "CreateLogAnomalyDetector";
    var _CLADR = "CreateLogAnomalyDetectorRequest";
    var _CLADRr = "CreateLogAnomalyDetectorResponse";
    var _CLG = "CreateLogGroup";
    var _CLGR = "CreateLogGroupRequest";
    var _CLS = "CreateLogStream";
    var _CLSR = "CreateLogStreamRequest";
    var _CLT = "CreateLookupTable";
    var _CLTR = "CreateLookupTableRequest";
    var _CLTRr = "CreateLookupTableResponse";
    var _CSQ = "CreateScheduledQuery";
    var _CSQR = "CreateScheduledQueryRequest";
    var _CSQRr = "CreateScheduledQueryResponse";
    var _CSV = "CSV";
    var _CT = "ConfigurationTemplate";
    var _CTDCV = "ConfigurationTemplateDeliveryConfigValues";
    var _CTo = "ConfigurationTemplates";
    var _CV = "CopyValue";
    var _CVE = "CopyValueEntry";
    var _CVEo = "CopyValueEntries";
    var _D = "Delivery";
    var _DAAE = "DataAlreadyAcceptedException";
    var _DAP = "DeleteAccountPolicy";
    var _DAPR = "DeleteAccountPolicyRequest";
    var _DAPRe = "DeleteAccountPolicyResponse";
    var _DAPRes = "DescribeAccountPoliciesRequest";
    var _DAPResc = "DescribeAccountPoliciesResponse";
    var _DAPe = "DescribeAccountPolicies";
    var _DC = "DestinationConfiguration";
    var _DCT = "DescribeConfigurationTemplates";
    var _DCTR = "DescribeConfigurationTemplatesRequest";
    var _DCTRe = "DescribeConfigurationTemplatesResponse";
    var _DD = "DeliveryDestination";
    var _DDC = "DeliveryDestinationConfiguration";
    var _DDD = "DeleteDeliveryDestination";
    var _DDDP = "DeleteDeliveryDestinationPolicy";
    var _DDDPR = "DeleteDeliveryDestinationPolicyRequest";
    var _DDDR = "DeleteDeliveryDestinationRequest";
    var _DDDRe = "DescribeDeliveryDestinationsRequest";
    var _DDDRes = "DescribeDeliveryDestinationsResponse";
    var _DDDe = "DescribeDeliveryDestinations";
    var _DDPP = "DeleteDataProtectionPolicy";
    var _DDPPR = "DeleteDataProtectionPolicyRequest";
    var _DDR = "DeleteDeliveryRequest";
    var _DDRe = "DeleteDestinationRequest";
    var _DDRes = "DescribeDeliveriesRequest";
    var _DDResc = "DescribeDeliveriesResponse";
    var _DDRescr = "DescribeDestinationsRequest";
    var _DDRescri = "DescribeDestinationsResponse";
    var _DDS = "DeleteDeliverySource";
    var _DDSR = "DeleteDeliverySourceRequest";
    var _DDSRe = "DescribeDeliverySourcesRequest";
    var _DDSRes = "DescribeDeliverySourcesResponse";
    var _DDSe = "DescribeDeliverySources";
    var _DDe = "DeliveryDestinations";
    var _DDel = "DeleteDelivery";
    var _DDele = "DeleteDestination";
    var _DDes = "DescribeDeliveries";
    var _DDesc = "DescribeDestinations";
    var _DET = "DescribeExportTasks";
    var _DETR = "DescribeExportTasksRequest";
    var _DETRe = "DescribeExportTasksResponse";
    var _DFI = "DescribeFieldIndexes";
    var _DFIR = "DescribeFieldIndexesRequest";
    var _DFIRe = "DescribeFieldIndexesResponse";
    var _DI = "DeleteIntegration";
    var _DIP = "DeleteIndexPolicy";
    var _DIPR = "DeleteIndexPolicyRequest";
    var _DIPRe = "DeleteIndexPolicyResponse";
    var _DIPRes = "DescribeIndexPoliciesRequest";
    var _DIPResc = "DescribeIndexPoliciesResponse";
    var _DIPe = "DescribeIndexPolicies";
    var _DIR = "DeleteIntegrationRequest";
    var _DIRe = "DeleteIntegrationResponse";
    var _DIT = "DescribeImportTasks";
    var _DITB = "DescribeImportTaskBatches";
    var _DITBR = "DescribeImportTaskBatchesRequest";
    var _DITBRe = "DescribeImportTaskBatchesResponse";
    var _DITR = "DescribeImportTasksRequest";
    var _DITRe = "DescribeImportTasksResponse";
    var _DK = "DeleteKeys";
    var _DKK = "DisassociateKmsKey";
    var _DKKR = "DisassociateKmsKeyRequest";
    var _DLAD = "DeleteLogAnomalyDetector";
    var _DLADR = "DeleteLogAnomalyDetectorRequest";
    var _DLG = "DeleteLogGroup";
    var _DLGR = "DeleteLogGroupRequest";
    var _DLGRe = "DescribeLogGroupsRequest";
    var _DLGRes = "DescribeLogGroupsResponse";
    var _DLGe = "DescribeLogGroups";
    var _DLS = "DeleteLogStream";
    var _DLSR = "DeleteLogStreamRequest";
    var _DLSRe = "DescribeLogStreamsRequest";
    var _DLSRes = "DescribeLogStreamsResponse";
    var _DLSe = "DescribeLogStreams";
    var _DLT = "DeleteLookupTable";
    var _DLTR = "DeleteLookupTableRequest";
    var _DLTRe = "DescribeLookupTablesRequest";
    var _DLTRes = "DescribeLookupTablesResponse";
    var _DLTe = "DescribeLookupTables";
    var _DMF = "DeleteMetricFilter";
    var _DMFR = "DeleteMetricFilterRequest";
    var _DMFRe = "DescribeMetricFiltersRequest";
    var _DMFRes = "DescribeMetricFiltersResponse";
    var _DMFe = "DescribeMetricFilters";
    var _DNP = "DestinationNamePrefix";
    var _DQ = "DescribeQueries";
    var _DQD = "DeleteQueryDefinition";
    var _DQDR = "DeleteQueryDefinitionRequest";
    var _DQDRe = "DeleteQueryDefinitionResponse";
    var _DQDRes = "DescribeQueryDefinitionsRequest";
    var _DQDResc = "DescribeQueryDefinitionsResponse";
    var _DQDe = "DescribeQueryDefinitions";
    var _DQR = "DescribeQueriesRequest";
    var _DQRe = "DescribeQueriesResponse";
    var _DRP = "DeleteResourcePolicy";
    var _DRPR = "DeleteResourcePolicyRequest";
    var _DRPRe = "DeleteRetentionPolicyRequest";
    var _DRPRes = "DescribeResourcePoliciesRequest";
    var _DRPResc = "DescribeResourcePoliciesResponse";
    var _DRPe = "DeleteRetentionPolicy";
    var _DRPes = "DescribeResourcePolicies";
    var _DRR = "DryRunResult";
    var _DS = "DataSource";
    var _DSC = "DeleteSyslogConfiguration";
    var _DSCR = "DeleteSyslogConfigurationRequest";
    var _DSCS = "DeliverySourceConfigurationSchema";
    var _DSCSe = "DeliverySourceConfigurationSchemas";
    var _DSF = "DataSourceFilter";
    var _DSFR = "DeleteSubscriptionFilterRequest";
    var _DSFRe = "DescribeSubscriptionFiltersRequest";
    var _DSFRes = "DescribeSubscriptionFiltersResponse";
    var _DSFSTI = "DisassociateSourceFromS3TableIntegration";
    var _DSFSTIR = "DisassociateSourceFromS3TableIntegrationRequest";
    var _DSFSTIRi = "DisassociateSourceFromS3TableIntegrationResponse";
    var _DSFa = "DataSourceFilters";
    var _DSFe = "DeleteSubscriptionFilter";
    var _DSFes = "DescribeSubscriptionFilters";
    var _DSQ = "DeleteScheduledQuery";
    var _DSQR = "DeleteScheduledQueryRequest";
    var _DSQRe = "DeleteScheduledQueryResponse";
    var _DSe = "DeliverySource";
    var _DSel = "DeliverySources";
    var _DT = "DeleteTransformer";
    var _DTC = "DateTimeConverter";
    var _DTR = "DeleteTransformerRequest";
    var _De = "Destination";
    var _Del = "Deliveries";
    var _Des = "Destinations";
    var _E = "Entity";
    var _ET = "ExportTask";
    var _ETEI = "ExportTaskExecutionInfo";
    var _ETS = "ExportTaskStatus";
    var _ETx = "ExportTasks";
    var _FD = "FieldsData";
    var _FI = "FieldIndex";
    var _FIi = "FieldIndexes";
    var _FLE = "FilteredLogEvent";
    var _FLER = "FilterLogEventsRequest";
    var _FLERi = "FilterLogEventsResponse";
    var _FLEi = "FilteredLogEvents";
    var _FLEil = "FilterLogEvents";
    var _G = "Grok";
    var _GD = "GetDelivery";
    var _GDD = "GetDeliveryDestination";
    var _GDDP = "GetDeliveryDestinationPolicy";
    var _GDDPR = "GetDeliveryDestinationPolicyRequest";
    var _GDDPRe = "GetDeliveryDestinationPolicyResponse";
    var _GDDR = "GetDeliveryDestinationRequest";
    var _GDDRe = "GetDeliveryDestinationResponse";
    var _GDPP = "GetDataProtectionPolicy";
    var _GDPPR = "GetDataProtectionPolicyRequest";
    var _GDPPRe = "GetDataProtectionPolicyResponse";
    var _GDR = "GetDeliveryRequest";
    var _GDRe = "GetDeliveryResponse";
    var _GDS = "GetDeliverySource";
    var _GDSR = "GetDeliverySourceRequest";
    var _GDSRe = "GetDeliverySourceResponse";
    var _GI = "GroupingIdentifier";
    var _GIR = "GetIntegrationRequest";
    var _GIRe = "GetIntegrationResponse";
    var _GIe = "GetIntegration";
    var _GIr = "GroupingIdentifiers";
    var _GLAD = "GetLogAnomalyDetector";
    var _GLADR = "GetLogAnomalyDetectorRequest";
    var _GLADRe = "GetLogAnomalyDetectorResponse";
    var _GLE = "GetLogEvents";
    var _GLER = "GetLogEventsRequest";
    var _GLERe = "GetLogEventsResponse";
    var _GLF = "GetLogFields";
    var _GLFR = "GetLogFieldsRequest";
    var _GLFRe = "GetLogFieldsResponse";
    var _GLGF = "GetLogGroupFields";
    var _GLGFR = "GetLogGroupFieldsRequest";
    var _GLGFRe = "GetLogGroupFieldsResponse";
    var _GLO = "GetLogObject";
    var _GLOR = "GetLogObjectRequest";
    var _GLORS = "GetLogObjectResponseStream";
    var _GLORe = "GetLogObjectResponse";
    var _GLR = "GetLogRecord";
    var _GLRR = "GetLogRecordRequest";
    var _GLRRe = "GetLogRecordResponse";
    var _GLT = "GetLookupTable";
    var _GLTR = "GetLookupTableRequest";
    var _GLTRe = "GetLookupTableResponse";
    var _GQR = "GetQueryResults";
    var _GQRR = "GetQueryResultsRequest";
    var _GQRRe = "GetQueryResultsResponse";
    var _GSQ = "GetScheduledQuery";
    var _GSQH = "GetScheduledQueryHistory";
    var _GSQHR = "GetScheduledQueryHistoryRequest";
    var _GSQHRe = "GetScheduledQueryHistoryResponse";
    var _GSQR = "GetScheduledQueryRequest";
    var _GSQRe = "GetScheduledQueryResponse";
    var _GSTP = "GetStorageTierPolicy";
    var _GSTPR = "GetStorageTierPolicyRequest";
    var _GSTPRe = "GetStorageTierPolicyResponse";
    var _GT = "GetTransformer";
    var _GTR = "GetTransformerRequest";
    var _GTRe = "GetTransformerResponse";
    var _I = "Import";
    var _IB = "ImportBatch";
    var _IBL = "ImportBatchList";
    var _ID = "IntegrationDetails";
    var _IF = "ImportFilter";
    var _IL = "ImportList";
    var _ILE = "InputLogEvent";
    var _ILEn = "InputLogEvents";
    var _IOE = "InvalidOperationException";
    var _IP = "IndexPolicy";
    var _IPE = "InvalidParameterException";
    var _IPn = "IndexPolicies";
    var _IS = "ImportStatistics";
    var _ISE = "InternalServerException";
    var _ISEn = "InternalStreamingException";
    var _ISTE = "InvalidSequenceTokenException";
    var _ISn = "IntegrationSummary";
    var _ISnt = "IntegrationSummaries";
    var _LA = "ListAnomalies";
    var _LALGS = "ListAggregateLogGroupSummaries";
    var _LALGSR = "ListAggregateLogGroupSummariesRequest";
    var _LALGSRi = "ListAggregateLogGroupSummariesResponse";
    var _LAR = "ListAnomaliesRequest";
    var _LARi = "ListAnomaliesResponse";
    var _LCS = "LowerCaseString";
    var _LE = "LogEvent";
    var _LEE = "LimitExceededException";
    var _LFL = "LogFieldsList";
    var _LFLI = "LogFieldsListItem";
    var _LFT = "LogFieldType";
    var _LG = "LogGroup";
    var _LGF = "LogGroupField";
    var _LGFL = "LogGroupFieldList";
    var _LGI = "LogGroupImpact";
    var _LGIo = "LogGroupImpacts";
    var _LGS = "LogGroupSummary";
    var _LGSo = "LogGroupSummaries";
    var _LGo = "LogGroups";
    var _LI = "ListIntegrations";
    var _LIR = "ListIntegrationsRequest";
    var _LIRi = "ListIntegrationsResponse";
    var _LLAD = "ListLogAnomalyDetectors";
    var _LLADR = "ListLogAnomalyDetectorsRequest";
    var _LLADRi = "ListLogAnomalyDetectorsResponse";
    var _LLG = "ListLogGroups";
    var _LLGFQ = "ListLogGroupsForQuery";
    var _LLGFQR = "ListLogGroupsForQueryRequest";
    var _LLGFQRi = "ListLogGroupsForQueryResponse";
    var _LLGR = "ListLogGroupsRequest";
    var _LLGRi = "ListLogGroupsResponse";
    var _LS = "LogStream";
    var _LSC = "ListSyslogConfigurations";
    var _LSCR = "ListSyslogConfigurationsRequest";
    var _LSCRi = "ListSyslogConfigurationsResponse";
    var _LSFSTI = "ListSourcesForS3TableIntegration";
    var _LSFSTIR = "ListSourcesForS3TableIntegrationRequest";
    var _LSFSTIRi = "ListSourcesForS3TableIntegrationResponse";
    var _LSQ = "ListScheduledQueries";
    var _LSQR = "ListScheduledQueriesRequest";
    var _LSQRi = "ListScheduledQueriesResponse";
    var _LSo = "LogSamples";
    var _LSog = "LogStreams";
    var _LT = "LookupTable";
    var _LTC = "LookupTableConfiguration";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LTLG = "ListTagsLogGroup";
    var _LTLGR = "ListTagsLogGroupRequest";
    var _LTLGRi = "ListTagsLogGroupResponse";
    var _LTM = "ListToMap";
    var _LTSLE = "LiveTailSessionLogEvent";
    var _LTSM = "LiveTailSessionMetadata";
    var _LTSR = "LiveTailSessionResults";
    var _LTSS = "LiveTailSessionStart";
    var _LTSU = "LiveTailSessionUpdate";
    var _LTo = "LookupTables";
    var _MF = "MetricFilter";
    var _MFM = "MetricFilterMatches";
    var _MFMR = "MetricFilterMatchRecord";
    var _MFe = "MetricFilters";
    var _MK = "MoveKeys";
    var _MKE = "MoveKeyEntry";
    var _MKEo = "MoveKeyEntries";
    var _MQE = "MalformedQueryException";
    var _MT = "MetricTransformation";
    var _MTe = "MetricTransformations";
    var _OAE = "OperationAbortedException";
    var _OLE = "OutputLogEvent";
    var _OLEu = "OutputLogEvents";
    var _OSA = "OpenSearchApplication";
    var _OSC = "OpenSearchCollection";
    var _OSDAP = "OpenSearchDataAccessPolicy";
    var _OSDS = "OpenSearchDataSource";
    var _OSEP = "OpenSearchEncryptionPolicy";
    var _OSID = "OpenSearchIntegrationDetails";
    var _OSLP = "OpenSearchLifecyclePolicy";
    var _OSNP = "OpenSearchNetworkPolicy";
    var _OSRC = "OpenSearchResourceConfig";
    var _OSRS = "OpenSearchResourceStatus";
    var _OSW = "OpenSearchWorkspace";
    var _P = "Policy";
    var _PAP = "PutAccountPolicy";
    var _PAPR = "PutAccountPolicyRequest";
    var _PAPRu = "PutAccountPolicyResponse";
    var _PBTA = "PutBearerTokenAuthentication";
    var _PBTAR = "PutBearerTokenAuthenticationRequest";
    var _PC = "ParseCloudfront";
    var _PD = "PutDestination";
    var _PDD = "PutDeliveryDestination";
    var _PDDP = "PutDeliveryDestinationPolicy";
    var _PDDPR = "PutDeliveryDestinationPolicyRequest";
    var _PDDPRu = "PutDeliveryDestinationPolicyResponse";
    var _PDDR = "PutDeliveryDestinationRequest";
    var _PDDRu = "PutDeliveryDestinationResponse";
    var _PDP = "PutDestinationPolicy";
    var _PDPP = "PutDataProtectionPolicy";
    var _PDPPR = "PutDataProtectionPolicyRequest";
    var _PDPPRu = "PutDataProtectionPolicyResponse";
    var _PDPR = "PutDestinationPolicyRequest";
    var _PDR = "PutDestinationRequest";
    var _PDRu = "PutDestinationResponse";
    var _PDS = "PutDeliverySource";
    var _PDSR = "PutDeliverySourceRequest";
    var _PDSRu = "PutDeliverySourceResponse";
    var _PI = "PutIntegration";
    var _PIP = "PutIndexPolicy";
    var _PIPR = "PutIndexPolicyRequest";
    var _PIPRu = "PutIndexPolicyResponse";
    var _PIR = "PutIntegrationRequest";
    var _PIRu = "PutIntegrationResponse";
    var _PJSON = "ParseJSON";
    var _PKV = "ParseKeyValue";
    var _PLE = "PutLogEvents";
    var _PLER = "PutLogEventsRequest";
    var _PLERu = "PutLogEventsResponse";
    var _PLGDP = "PutLogGroupDeletionProtection";
    var _PLGDPR = "PutLogGroupDeletionProtectionRequest";
    var _PMF = "PutMetricFilter";
    var _PMFR = "PutMetricFilterRequest";
    var _PP = "ParsePostgres";
    var _PQD = "PutQueryDefinition";
    var _PQDR = "PutQueryDefinitionRequest";
    var _PQDRu = "PutQueryDefinitionResponse";
    var _PR = "ParseRoute53";
    var _PRP = "PutResourcePolicy";
    var _PRPR = "PutResourcePolicyRequest";
    var _PRPRu = "PutResourcePolicyResponse";
    var _PRPRut = "PutRetentionPolicyRequest";
    var _PRPu = "PutRetentionPolicy";
    var _PSC = "PutSyslogConfiguration";
    var _PSCR = "PutSyslogConfigurationRequest";
    var _PSF = "PutSubscriptionFilter";
    var _PSFR = "PutSubscriptionFilterRequest";
    var _PSTP = "PutStorageTierPolicy";
    var _PSTPR = "PutStorageTierPolicyRequest";
    var _PSTPRu = "PutStorageTierPolicyResponse";
    var _PT = "PatternToken";
    var _PTOCSF = "ParseToOCSF";
    var _PTR = "PutTransformerRequest";
    var _PTa = "PatternTokens";
    var _PTu = "PutTransformer";
    var _PVPC = "ParseVPC";
    var _PWAF = "ParseWAF";
    var _Pr = "Processor";
    var _Pro = "Processors";
    var _QCE = "QueryCompileError";
    var _QCEL = "QueryCompileErrorLocation";
    var _QD = "QueryDefinition";
    var _QDL = "QueryDefinitionList";
    var _QI = "QueryInfo";
    var _QIL = "QueryInfoList";
    var _QP = "QueryParameter";
    var _QPL = "QueryParameterList";
    var _QR = "QueryResults";
    var _QS = "QueryStatistics";
    var _RAEE = "ResourceAlreadyExistsException";
    var _RC = "ResourceConfig";
    var _REI = "RejectedEntityInfo";
    var _RF = "RecordField";
    var _RFe = "ResultField";
    var _RK = "RenameKeys";
    var _RKE = "RenameKeyEntry";
    var _RKEe = "RenameKeyEntries";
    var _RLEI = "RejectedLogEventsInfo";
    var _RNFE = "ResourceNotFoundException";
    var _RP = "ResourcePolicy";
    var _RPe = "ResourcePolicies";
    var _RR = "ResultRows";
    var _SC = "S3Configuration";
    var _SCy = "SyslogConfiguration";
    var _SCys = "SyslogConfigurations";
    var _SDC = "S3DeliveryConfiguration";
    var _SF = "SubscriptionFilter";
    var _SFu = "SubscriptionFilters";
    var _SLS = "SearchedLogStream";
    var _SLSe = "SearchedLogStreams";
    var _SLT = "StartLiveTail";
    var _SLTR = "StartLiveTailRequest";
    var _SLTRS = "StartLiveTailResponseStream";
    var _SLTRt = "StartLiveTailResponse";
    var _SP = "SuppressionPeriod";
    var _SQ = "StartQuery";
    var _SQD = "ScheduledQueryDestination";
    var _SQDL = "ScheduledQueryDestinationList";
    var _SQEE = "ServiceQuotaExceededException";
    var _SQR = "StartQueryRequest";
    var _SQRt = "StartQueryResponse";
    var _SQRto = "StopQueryRequest";
    var _SQRtop = "StopQueryResponse";
    var _SQS = "ScheduledQuerySummary";
    var _SQSL = "ScheduledQuerySummaryList";
    var _SQt = "StopQuery";
    var _SS = "SplitString";
    var _SSE = "SessionStreamingException";
    var _SSEp = "SplitStringEntry";
    var _SSEpl = "SplitStringEntries";
    var _SSEu = "SubstituteStringEntry";
    var _SSEub = "SubstituteStringEntries";
    var _SSu = "SubstituteString";
    var _STE = "SessionTimeoutException";
    var _STI = "S3TablesIntegration";
    var _STIS = "S3TableIntegrationSource";
    var _STISa = "S3TableIntegrationSources";
    var _SUE = "ServiceUnavailableException";
    var _TC = "TypeConverter";
    var _TCE = "TypeConverterEntry";
    var _TCEy = "TypeConverterEntries";
    var _TE = "ThrottlingException";
    var _TF = "TagFilter";
    var _TFa = "TagFilters";
    var _THR = "TriggerHistoryRecord";
    var _THRL = "TriggerHistoryRecordList";
    var _TL = "TransformedLogs";
    var _TLG = "TagLogGroup";
    var _TLGR = "TagLogGroupRequest";
    var _TLR = "TransformedLogRecord";
    var _TMF = "TestMetricFilter";
    var _TMFR = "TestMetricFilterRequest";
    var _TMFRe = "TestMetricFilterResponse";
    var _TMTE = "TooManyTagsException";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TS = "TrimString";
    var _TT = "TestTransformer";
    var _TTR = "TestTransformerRequest";
    var _TTRe = "TestTransformerResponse";
    var _UA = "UpdateAnomaly";
    var _UAR = "UpdateAnomalyRequest";
    var _UCE = "UnrecognizedClientException";
    var _UCS = "UpperCaseString";
    var _UDC = "UpdateDeliveryConfiguration";
    var _UDCR = "UpdateDeliveryConfigurationRequest";
    var _UDCRp = "UpdateDeliveryConfigurationResponse";
    var _ULAD = "UpdateLogAnomalyDetector";
    var _ULADR = "UpdateLogAnomalyDetectorRequest";
    var _ULG = "UntagLogGroup";
    var _ULGR = "UntagLogGroupRequest";
    var _ULT = "UpdateLookupTable";
    var _ULTR = "UpdateLookupTableRequest";
    var _ULTRp = "UpdateLookupTableResponse";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _USQ = "UpdateScheduledQuery";
    var _USQR = "UpdateScheduledQueryRequest";
    var _USQRp = "UpdateScheduledQueryResponse";
    var _VE = "ValidationException";
    var _a = "active";
    var _aA = "applicationArn";
    var _aAFAVLDFR = "allowedActionForAllowVendedLogsDeliveryForResource";
    var _aD = "anomalyDetectors";
    var _aDA = "anomalyDetectorArn";
    var _aDS = "anomalyDetectorStatus";
    var _aE = "applicationEndpoint";
    var _aF = "allowedFields";
    var _aFD = "allowedFieldDelimiters";
    var _aI = "accountId";
    var _aIc = "accountIdentifiers";
    var _aIn = "anomalyId";
    var _aIp = "applicationId";
    var _aK = "addKeys";
    var _aLGS = "aggregateLogGroupSummaries";
    var _aOF = "allowedOutputFormats";
    var _aOTL = "applyOnTransformedLogs";
    var _aP = "accountPolicies";
    var _aPc = "accessPolicy";
    var _aPcc = "accountPolicy";
    var _aSPF = "allowedSuffixPathFields";
    var _aVT = "anomalyVisibilityTime";
    var _an = "anomalies";
    var _ap = "application";
    var _ar = "arn";
    var _at = "attributes";
    var _b = "baseline";
    var _bI = "batchId";
    var _bIS = "batchImportStatus";
    var _bIy = "bytesImported";
    var _bS = "bytesScanned";
    var _bTAE = "bearerTokenAuthenticationEnabled";
    var _c = "client";
    var _cA = "createdAt";
    var _cAo = "collectionArn";
    var _cE = "collectionEndpoint";
    var _cR = "currentRetention";
    var _cT = "creationTime";
    var _cTS = "creationTimeStamp";
    var _cTSr = "createdTimeStamp";
    var _cTl = "clientToken";
    var _cTo = "configurationTemplates";
    var _cTom = "completionTime";
    var _cTr = "createTime";
    var _cV = "copyValue";
    var _co = "columns";
    var _cod = "code";
    var _col = "collection";
    var _cs = "csv";
    var _d = "description";
    var _dA = "destinationArn";
    var _dC = "destinationConfiguration";
    var _dD = "deliveryDestinations";
    var _dDA = "deliveryDestinationArn";
    var _dDC = "deliveryDestinationConfiguration";
    var _dDCV = "defaultDeliveryConfigValues";
    var _dDN = "deliveryDestinationName";
    var _dDP = "deliveryDestinationPolicy";
    var _dDT = "deliveryDestinationType";
    var _dDTe = "deliveryDestinationTypes";
    var _dDe = "deliveryDestination";
    var _dI = "destinationIdentifier";
    var _dK = "deleteKeys";
    var _dN = "detectorName";
    var _dNa = "datasourceName";
    var _dNe = "destinationName";
    var _dP = "destinationPrefix";
    var _dPE = "deletionProtectionEnabled";
    var _dPS = "dataProtectionStatus";
    var _dR = "dryRun";
    var _dRA = "destinationResourceArn";
    var _dRLGC = "decreasedRetentionLogGroupCount";
    var _dRR = "dryRunResult";
    var _dS = "dataSource";
    var _dSC = "deliverySourceConfiguration";
    var _dSN = "deliverySourceName";
    var _dSNa = "dataSourceName";
    var _dSNe = "deliverySourceNames";
    var _dSRA = "dataSourceRoleArn";
    var _dST = "dataSourceType";
    var _dSa = "dataSources";
    var _dSe = "deliverySources";
    var _dSel = "deliverySource";
    var _dT = "datasourceType";
    var _dTC = "dateTimeConverter";
    var _dTP = "dynamicTokenPosition";
    var _dTe = "destinationType";
    var _dV = "defaultValue";
    var _dVP = "dashboardViewerPrincipals";
    var _da = "data";
    var _de = "delivery";
    var _del = "delimiter";
    var _deli = "deliveries";
    var _des = "destination";
    var _desc = "descending";
    var _dest = "destinations";
    var _di = "dimensions";
    var _dis = "distribution";
    var _e = "error";
    var _eBS = "estimatedBytesSkipped";
    var _eCO = "endCharOffset";
    var _eET = "endEventTime";
    var _eF = "evaluationFrequency";
    var _eHCP = "enableHiveCompatiblePath";
    var _eI = "executionInfo";
    var _eIv = "eventId";
    var _eK = "encryptionKey";
    var _eLEEI = "expiredLogEventEndIndex";
    var _eM = "errorMessage";
    var _eMv = "eventMessage";
    var _eN = "eventNumber";
    var _eP = "encryptionPolicy";
    var _eRA = "executionRoleArn";
    var _eRI = "expectedRevisionId";
    var _eRS = "estimatedRecordsSkipped";
    var _eS = "executionStatuses";
    var _eSF = "emitSystemFields";
    var _eSFD = "emitSystemFieldDimensions";
    var _eST = "expectedSequenceToken";
    var _eSv = "eventSource";
    var _eSx = "executionStatus";
    var _eT = "exportTasks";
    var _eTO = "endTimeOffset";
    var _eTn = "endTime";
    var _eTr = "errorType";
    var _eV = "extractedValues";
    var _el = "element";
    var _en = "entries";
    var _ena = "enabled";
    var _end = "endpoint";
    var _ent = "entity";
    var _enu = "enumerations";
    var _ev = "events";
    var _f = "from";
    var _fAC = "failedAnalysisCount";
    var _fD = "fieldDelimiter";
    var _fE = "flattenedElement";
    var _fET = "firstEventTime";
    var _fETi = "firstEventTimestamp";
    var _fI = "fieldIndexes";
    var _fIN = "fieldIndexName";
    var _fINi = "fieldIndexNames";
    var _fLGA = "filterLogGroupArn";
    var _fN = "filterName";
    var _fNP = "filterNamePrefix";
    var _fP = "filterPattern";
    var _fS = "firstSeen";
    var _fSC = "fieldSelectionCriteria";
    var _fSi = "fieldStream";
    var _fU = "forceUpdate";
    var _fi = "fields";
    var _fie = "field";
    var _fl = "flatten";
    var _fo = "force";
    var _g = "grok";
    var _gB = "groupBy";
    var _gI = "groupingIdentifiers";
    var _h = "histogram";
    var _hE = "httpError";
    var _i = "identifier";
    var _iA = "integrationArn";
    var _iB = "importBatches";
    var _iC = "indexCategories";
    var _iCn = "indexCategory";
    var _iD = "integrationDetails";
    var _iDA = "importDestinationArn";
    var _iDs = "isDynamic";
    var _iF = "importFilter";
    var _iI = "importId";
    var _iLA = "includeLinkedAccounts";
    var _iN = "integrationName";
    var _iNP = "integrationNamePrefix";
    var _iP = "indexPolicies";
    var _iPLS = "isPatternLevelSuppression";
    var _iPn = "inheritedProperties";
    var _iPnd = "indexPolicy";
    var _iRA = "importRoleArn";
    var _iRLGC = "increasedRetentionLogGroupCount";
    var _iS = "importStatistics";
    var _iSA = "importSourceArn";
    var _iSm = "importStatus";
    var _iSn = "integrationStatus";
    var _iSnt = "integrationSummaries";
    var _iT = "ingestionTime";
    var _iTN = "inferredTokenName";
    var _iTn = "integrationType";
    var _id = "id";
    var _im = "imports";
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
    var _lE = "logEvents";
    var _lEFP = "logEventFilterPattern";
    var _lEM = "logEventMessages";
    var _lES = "lastExecutionStatus";
    var _lET = "lastEventTime";
    var _lETa = "lastEventTimestamp";
    var _lF = "logFields";
    var _lFN = "logFieldName";
    var _lFT = "logFieldType";
    var _lG = "logGroups";
    var _lGA = "logGroupArn";
    var _lGAL = "logGroupArnList";
    var _lGC = "logGroupCount";
    var _lGCo = "logGroupClass";
    var _lGF = "logGroupFields";
    var _lGI = "logGroupIdentifiers";
    var _lGIo = "logGroupIdentifier";
    var _lGN = "logGroupName";
    var _lGNP = "logGroupNamePrefix";
    var _lGNPo = "logGroupNamePattern";
    var _lGNo = "logGroupNames";
    var _lGS = "logGroupsScanned";
    var _lGT = "logGroupTags";
    var _lIT = "lastIngestionTime";
    var _lM = "lastModified";
    var _lMT = "lastModifiedTime";
    var _lMTS = "lastModifiedTimeStamp";
    var _lOP = "logObjectPointer";
    var _lP = "lifecyclePolicy";
    var _lR = "logRecord";
    var _lRP = "logRecordPointer";
    var _lS = "lastSeen";
    var _lSN = "logStreamName";
    var _lSNP = "logStreamNamePrefix";
    var _lSNPo = "logStreamNamePrefixes";
    var _lSNo = "logStreamNames";
    var _lST = "lastScanTime";
    var _lSo = "logSamples";
    var _lSog = "logStreams";
    var _lT = "logType";
    var _lTA = "lookupTableArn";
    var _lTC = "lookupTableConfiguration";
    var _lTM = "listToMap";
    var _lTN = "lookupTableName";
    var _lTNP = "lookupTableNamePrefix";
    var _lTT = "lastTriggeredTime";
    var _lTo = "logTypes";
    var _lToo = "lookupTables";
    var _lUT = "lastUpdatedTime";
    var _lUTa = "lastUpdateTime";
    var _li = "limit";
    var _lo = "location";
    var _m = "message";
    var _mF = "metricFilters";
    var _mFC = "metricFilterCount";
    var _mI = "maxItems";
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
    var _mat = "matches";
    var _n = "name";
    var _nBT = "nextBackwardToken";
    var _nFT = "nextForwardToken";
    var _nMV = "nonMatchValue";
    var _nP = "networkPolicy";
    var _nST = "nextSequenceToken";
    var _nT = "nextToken";
    var _na = "names";
    var _oAI = "ownerAccountId";
    var _oB = "orderBy";
    var _oF = "outputFormat";
    var _oIE = "overwriteIfExists";
    var _oSID = "openSearchIntegrationDetails";
    var _oSRC = "openSearchResourceConfig";
    var _oV = "ocsfVersion";
    var _p = "priority";
    var _pC = "parseCloudfront";
    var _pD = "policyDocument";
    var _pI = "patternId";
    var _pIr = "processedIdentifier";
    var _pJSON = "parseJSON";
    var _pKV = "parseKeyValue";
    var _pN = "policyName";
    var _pP = "parsePostgres";
    var _pR = "patternRegex";
    var _pRa = "parseRoute53";
    var _pRr = "proposedRetention";
    var _pS = "patternString";
    var _pSI = "parentSourceIdentifier";
    var _pSo = "policyScope";
    var _pT = "policyType";
    var _pTOCSF = "parseToOCSF";
    var _pTa = "patternTokens";
    var _pVPC = "parseVPC";
    var _pWAF = "parseWAF";
    var _pa = "parameters";
    var _pe = "percent";
    var _po = "policy";
    var _q = "queries";
    var _qC = "quoteCharacter";
    var _qCE = "queryCompileError";
    var _qD = "queryDefinitions";
    var _qDI = "queryDefinitionId";
    var _qDNP = "queryDefinitionNamePrefix";
    var _qDu = "queryDuration";
    var _qI = "queryId";
    var _qL = "queryLanguage";
    var _qS = "queryString";
    var _r = "results";
    var _rA = "resourceArn";
    var _rAe = "resourceArns";
    var _rAo = "roleArn";
    var _rC = "recordsCount";
    var _rCe = "resourceConfig";
    var _rCes = "resultCount";
    var _rD = "retentionDays";
    var _rEI = "rejectedEntityInfo";
    var _rF = "recordFields";
    var _rI = "resourceIdentifier";
    var _rID = "retentionInDays";
    var _rIe = "requestId";
    var _rIev = "revisionId";
    var _rK = "renameKeys";
    var _rLEI = "rejectedLogEventsInfo";
    var _rM = "recordsMatched";
    var _rN = "resourceName";
    var _rP = "resourcePolicies";
    var _rPN = "retentionPolicyName";
    var _rPe = "resourcePolicy";
    var _rS = "recordsScanned";
    var _rSe = "responseStream";
    var _rT = "resourceType";
    var _rTe = "resourceTypes";
    var _rTen = "renameTo";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs";
    var _sB = "sizeBytes";
    var _sBt = "storedBytes";
    var _sC = "selectionCriteria";
    var _sCO = "startCharOffset";
    var _sCe = "searchedCompletely";
    var _sCo = "s3Configuration";
    var _sCt = "statusCode";
    var _sCy = "syslogConfigurations";
    var _sD = "suppressedDate";
    var _sDC = "s3DeliveryConfiguration";
    var _sE = "scheduleExpression";
    var _sET = "scheduleEndTime";
    var _sETt = "startEventTime";
    var _sF = "subscriptionFilters";
    var _sFH = "startFromHead";
    var _sI = "sessionId";
    var _sLS = "searchedLogStreams";
    var _sM = "sessionMetadata";
    var _sMt = "statusMessage";
    var _sP = "suffixPath";
    var _sPu = "suppressionPeriod";
    var _sQ = "scheduledQueries";
    var _sQA = "scheduledQueryArn";
    var _sR = "statusReason";
    var _sRe = "sessionResults";
    var _sS = "suppressionState";
    var _sST = "scheduleStartTime";
    var _sSe = "sessionStart";
    var _sSp = "splitString";
    var _sSu = "substituteString";
    var _sT = "sourceTimezone";
    var _sTI = "s3TablesIntegration";
    var _sTO = "startTimeOffset";
    var _sTc = "scheduleType";
    var _sTe = "sequenceToken";
    var _sTo = "sourceType";
    var _sTt = "startTime";
    var _sTto = "storageTier";
    var _sTu = "suppressionType";
    var _sU = "suppressedUntil";
    var _sUe = "sessionUpdate";
    var _sUu = "suppressionUnit";
    var _sV = "supportedValues";
    var _sa = "sampled";
    var _sc = "scope";
    var _se = "server";
    var _ser = "service";
    var _so = "source";
    var _sou = "sources";
    var _st = "state";
    var _sta = "status";
    var _stat = "statistics";
    var _str = "streaming";
    var _su = "suppressed";
    var _suc = "success";
    var _t = "target";
    var _tA = "targetArn";
    var _tB = "tableBody";
    var _tC = "transformerConfig";
    var _tCy = "typeConverter";
    var _tEM = "transformedEventMessage";
    var _tF = "targetFormat";
    var _tFa = "tableFields";
    var _tH = "triggerHistory";
    var _tI = "taskId";
    var _tK = "tagKeys";
    var _tL = "transformedLogs";
    var _tLGI = "topLogGroupsImpacted";
    var _tMLG = "totalMatchedLogGroups";
    var _tN = "taskName";
    var _tNLESI = "tooNewLogEventStartIndex";
    var _tNa = "tableName";
    var _tOLEEI = "tooOldLogEventEndIndex";
    var _tS = "tokenString";
    var _tSr = "trimString";
    var _tT = "targetTimezone";
    var _tTr = "triggeredTimestamp";
    var _ta = "tags";
    var _ti = "timezone";
    var _tim = "timestamp";
    var _time = "time";
    var _to = "to";
    var _ty = "type";
    var _u = "unmask";
    var _uCS = "upperCaseString";
    var _uI = "userIdentity";
    var _uRLGC = "unchangedRetentionLogGroupCount";
    var _uST = "uploadSequenceToken";
    var _un = "unit";
    var _v = "value";
    var _vEI = "vpcEndpointId";
    var _vK = "valueKey";
    var _vT = "valueType";
    var _va = "values";
    var _w = "workspace";
    var _wI = "workspaceId";
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
    var AccountPolicy$ = [
      3,
      n0,
      _AP,
      0,
      [_pN, _pD, _lUT, _pT, _sc, _sC, _aI],
      [0, 0, 1, 0, 0, 0, 0]
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
    var AggregateLogGroupSummary$ = [
      3,
      n0,
      _ALGS,
      0,
      [_lGC, _gI],
      [1, () => GroupingIdentifiers]
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
    var AssociateKmsKeyRequest$ = [
      3,
      n0,
      _AKKR,
      0,
      [_kKI, _lGN, _rI],
      [0, 0, 0],
      1
    ];
    var AssociateSourceToS3TableIntegrationRequest$ = [
      3,
      n0,
      _ASTSTIR,
      0,
      [_iA, _dS],
      [0, () => DataSource$],
      2
    ];
    var AssociateSourceToS3TableIntegrationResponse$ = [
      3,
      n0,
      _ASTSTIRs,
      0,
      [_i],
      [0]
    ];
    var CancelExportTaskRequest$ = [
      3,
      n0,
      _CETR,
      0,
      [_tI],
      [0],
      1
    ];
    var CancelImportTaskRequest$ = [
      3,
      n0,
      _CITR,
      0,
      [_iI],
      [0],
      1
    ];
    var CancelImportTaskResponse$ = [
      3,
      n0,
      _CITRa,
      0,
      [_iI, _iS, _iSm, _cT, _lUT],
      [0, () => ImportStatistics$, 0, 1, 1]
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
    var CreateDeliveryResponse$ = [
      3,
      n0,
      _CDRr,
      0,
      [_de],
      [() => Delivery$]
    ];
    var CreateExportTaskRequest$ = [
      3,
      n0,
      _CETRr,
      0,
      [_lGN, _f, _to, _des, _tN, _lSNP, _dP],
      [0, 1, 1, 0, 0, 0, 0],
      4
    ];
    var CreateExportTaskResponse$ = [
      3,
      n0,
      _CETRre,
      0,
      [_tI],
      [0]
    ];
    var CreateImportTaskRequest$ = [
      3,
      n0,
      _CITRr,
      0,
      [_iSA, _iRA, _iF],
      [0, 0, () => ImportFilter$],
      2
    ];
    var CreateImportTaskResponse$ = [
      3,
      n0,
      _CITRre,
      0,
      [_iI, _iDA, _cT],
      [0, 0, 1]
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
    var CreateLogAnomalyDetectorResponse$ = [
      3,
      n0,
      _CLADRr,
      0,
      [_aDA],
      [0]
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
    var CreateLogStreamRequest$ = [
      3,
      n0,
      _CLSR,
      0,
      [_lGN, _lSN],
      [0, 0],
      2
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
    var CreateLookupTableResponse$ = [
      3,
      n0,
      _CLTRr,
      0,
      [_lTA, _cA],
      [0, 1]
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
    var CreateScheduledQueryResponse$ = [
      3,
      n0,
      _CSQRr,
      0,
      [_sQA, _st],
      [0, 0]
    ];
    var CSV$ = [
      3,
      n0,
      _CSV,
      0,
      [_qC, _del, _co, _so, _des],
      [0, 0, 64 | 0, 0, 0]
    ];
    var DataSource$ = [
      3,
      n0,
      _DS,
      0,
      [_n, _ty],
      [0, 0],
      1
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
    var DeleteAccountPolicyRequest$ = [
      3,
      n0,
      _DAPR,
      0,
      [_pN, _pT, _dR],
      [0, 0, 2],
      2
    ];
    var DeleteAccountPolicyResponse$ = [
      3,
      n0,
      _DAPRe,
      0,
      [_dRR],
      [() => DryRunResult$]
    ];
    var DeleteDataProtectionPolicyRequest$ = [
      3,
      n0,
      _DDPPR,
      0,
      [_lGIo],
      [0],
      1
    ];
    var DeleteDeliveryDestinationPolicyRequest$ = [
      3,
      n0,
      _DDDPR,
      0,
      [_dDN],
      [0],
      1
    ];
    var DeleteDeliveryDestinationRequest$ = [
      3,
      n0,
      _DDDR,
      0,
      [_n],
      [0],
      1
    ];
    var DeleteDeliveryRequest$ = [
      3,
      n0,
      _DDR,
      0,
      [_id],
      [0],
      1
    ];
    var DeleteDeliverySourceRequest$ = [
      3,
      n0,
      _DDSR,
      0,
      [_n],
      [0],
      1
    ];
    var DeleteDestinationRequest$ = [
      3,
      n0,
      _DDRe,
      0,
      [_dNe],
      [0],
      1
    ];
    var DeleteIndexPolicyRequest$ = [
      3,
      n0,
      _DIPR,
      0,
      [_lGIo],
      [0],
      1
    ];
    var DeleteIndexPolicyResponse$ = [
      3,
      n0,
      _DIPRe,
      0,
      [],
      []
    ];
    var DeleteIntegrationRequest$ = [
      3,
      n0,
      _DIR,
      0,
      [_iN, _fo],
      [0, 2],
      1
    ];
    var DeleteIntegrationResponse$ = [
      3,
      n0,
      _DIRe,
      0,
      [],
      []
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
    var DeleteLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _DLADR,
      0,
      [_aDA],
      [0],
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
    var DeleteLogStreamRequest$ = [
      3,
      n0,
      _DLSR,
      0,
      [_lGN, _lSN],
      [0, 0],
      2
    ];
    var DeleteLookupTableRequest$ = [
      3,
      n0,
      _DLTR,
      0,
      [_lTA],
      [0],
      1
    ];
    var DeleteMetricFilterRequest$ = [
      3,
      n0,
      _DMFR,
      0,
      [_lGN, _fN],
      [0, 0],
      2
    ];
    var DeleteQueryDefinitionRequest$ = [
      3,
      n0,
      _DQDR,
      0,
      [_qDI],
      [0],
      1
    ];
    var DeleteQueryDefinitionResponse$ = [
      3,
      n0,
      _DQDRe,
      0,
      [_suc],
      [2]
    ];
    var DeleteResourcePolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [_pN, _rA, _eRI],
      [0, 0, 0]
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
    var DeleteScheduledQueryRequest$ = [
      3,
      n0,
      _DSQR,
      0,
      [_i],
      [0],
      1
    ];
    var DeleteScheduledQueryResponse$ = [
      3,
      n0,
      _DSQRe,
      0,
      [],
      []
    ];
    var DeleteSubscriptionFilterRequest$ = [
      3,
      n0,
      _DSFR,
      0,
      [_lGN, _fN],
      [0, 0],
      2
    ];
    var DeleteSyslogConfigurationRequest$ = [
      3,
      n0,
      _DSCR,
      0,
      [_lGIo, _vEI],
      [0, 0],
      1
    ];
    var DeleteTransformerRequest$ = [
      3,
      n0,
      _DTR,
      0,
      [_lGIo],
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
    var DescribeAccountPoliciesResponse$ = [
      3,
      n0,
      _DAPResc,
      0,
      [_aP, _nT],
      [() => AccountPolicies, 0]
    ];
    var DescribeConfigurationTemplatesRequest$ = [
      3,
      n0,
      _DCTR,
      0,
      [_ser, _lTo, _rTe, _dDTe, _nT, _li],
      [0, 64 | 0, 64 | 0, 64 | 0, 0, 1]
    ];
    var DescribeConfigurationTemplatesResponse$ = [
      3,
      n0,
      _DCTRe,
      0,
      [_cTo, _nT],
      [() => ConfigurationTemplates, 0]
    ];
    var DescribeDeliveriesRequest$ = [
      3,
      n0,
      _DDRes,
      0,
      [_nT, _li, _dSNe],
      [0, 1, 64 | 0]
    ];
    var DescribeDeliveriesResponse$ = [
      3,
      n0,
      _DDResc,
      0,
      [_deli, _nT],
      [() => Deliveries, 0]
    ];
    var DescribeDeliveryDestinationsRequest$ = [
      3,
      n0,
      _DDDRe,
      0,
      [_nT, _li, _na],
      [0, 1, 64 | 0]
    ];
    var DescribeDeliveryDestinationsResponse$ = [
      3,
      n0,
      _DDDRes,
      0,
      [_dD, _nT],
      [() => DeliveryDestinations, 0]
    ];
    var DescribeDeliverySourcesRequest$ = [
      3,
      n0,
      _DDSRe,
      0,
      [_nT, _li, _rAe],
      [0, 1, 64 | 0]
    ];
    var DescribeDeliverySourcesResponse$ = [
      3,
      n0,
      _DDSRes,
      0,
      [_dSe, _nT],
      [() => DeliverySources, 0]
    ];
    var DescribeDestinationsRequest$ = [
      3,
      n0,
      _DDRescr,
      0,
      [_DNP, _nT, _li],
      [0, 0, 1]
    ];
    var DescribeDestinationsResponse$ = [
      3,
      n0,
      _DDRescri,
      0,
      [_dest, _nT],
      [() => Destinations, 0]
    ];
    var DescribeExportTasksRequest$ = [
      3,
      n0,
      _DETR,
      0,
      [_tI, _sCt, _nT, _li],
      [0, 0, 0, 1]
    ];
    var DescribeExportTasksResponse$ = [
      3,
      n0,
      _DETRe,
      0,
      [_eT, _nT],
      [() => ExportTasks, 0]
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
    var DescribeFieldIndexesResponse$ = [
      3,
      n0,
      _DFIRe,
      0,
      [_fI, _nT],
      [() => FieldIndexes, 0]
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
    var DescribeImportTaskBatchesResponse$ = [
      3,
      n0,
      _DITBRe,
      0,
      [_iSA, _iI, _iB, _nT],
      [0, 0, () => ImportBatchList, 0]
    ];
    var DescribeImportTasksRequest$ = [
      3,
      n0,
      _DITR,
      0,
      [_iI, _iSm, _iSA, _li, _nT],
      [0, 0, 0, 1, 0]
    ];
    var DescribeImportTasksResponse$ = [
      3,
      n0,
      _DITRe,
      0,
      [_im, _nT],
      [() => ImportList, 0]
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
    var DescribeIndexPoliciesResponse$ = [
      3,
      n0,
      _DIPResc,
      0,
      [_iP, _nT],
      [() => IndexPolicies, 0]
    ];
    var DescribeLogGroupsRequest$ = [
      3,
      n0,
      _DLGRe,
      0,
      [_aIc, _lGNP, _lGNPo, _nT, _li, _iLA, _lGCo, _lGI],
      [64 | 0, 0, 0, 0, 1, 2, 0, 64 | 0]
    ];
    var DescribeLogGroupsResponse$ = [
      3,
      n0,
      _DLGRes,
      0,
      [_lG, _nT],
      [() => LogGroups, 0]
    ];
    var DescribeLogStreamsRequest$ = [
      3,
      n0,
      _DLSRe,
      0,
      [_lGN, _lGIo, _lSNP, _oB, _desc, _nT, _li],
      [0, 0, 0, 0, 2, 0, 1]
    ];
    var DescribeLogStreamsResponse$ = [
      3,
      n0,
      _DLSRes,
      0,
      [_lSog, _nT],
      [() => LogStreams, 0]
    ];
    var DescribeLookupTablesRequest$ = [
      3,
      n0,
      _DLTRe,
      0,
      [_lTNP, _mR, _nT],
      [0, 1, 0]
    ];
    var DescribeLookupTablesResponse$ = [
      3,
      n0,
      _DLTRes,
      0,
      [_lToo, _nT],
      [() => LookupTables, 0]
    ];
    var DescribeMetricFiltersRequest$ = [
      3,
      n0,
      _DMFRe,
      0,
      [_lGN, _fNP, _nT, _li, _mN, _mNe],
      [0, 0, 0, 1, 0, 0]
    ];
    var DescribeMetricFiltersResponse$ = [
      3,
      n0,
      _DMFRes,
      0,
      [_mF, _nT],
      [() => MetricFilters, 0]
    ];
    var DescribeQueriesRequest$ = [
      3,
      n0,
      _DQR,
      0,
      [_lGN, _sta, _mR, _nT, _qL],
      [0, 0, 1, 0, 0]
    ];
    var DescribeQueriesResponse$ = [
      3,
      n0,
      _DQRe,
      0,
      [_q, _nT],
      [() => QueryInfoList, 0]
    ];
    var DescribeQueryDefinitionsRequest$ = [
      3,
      n0,
      _DQDRes,
      0,
      [_qL, _qDNP, _mR, _nT],
      [0, 0, 1, 0]
    ];
    var DescribeQueryDefinitionsResponse$ = [
      3,
      n0,
      _DQDResc,
      0,
      [_qD, _nT],
      [() => QueryDefinitionList, 0]
    ];
    var DescribeResourcePoliciesRequest$ = [
      3,
      n0,
      _DRPRes,
      0,
      [_nT, _li, _rA, _pSo],
      [0, 1, 0, 0]
    ];
    var DescribeResourcePoliciesResponse$ = [
      3,
      n0,
      _DRPResc,
      0,
      [_rP, _nT],
      [() => ResourcePolicies, 0]
    ];
    var DescribeSubscriptionFiltersRequest$ = [
      3,
      n0,
      _DSFRe,
      0,
      [_lGN, _fNP, _nT, _li],
      [0, 0, 0, 1],
      1
    ];
    var DescribeSubscriptionFiltersResponse$ = [
      3,
      n0,
      _DSFRes,
      0,
      [_sF, _nT],
      [() => SubscriptionFilters, 0]
    ];
    var Destination$ = [
      3,
      n0,
      _De,
      0,
      [_dNe, _tA, _rAo, _aPc, _ar, _cT],
      [0, 0, 0, 0, 0, 1]
    ];
    var DestinationConfiguration$ = [
      3,
      n0,
      _DC,
      0,
      [_sCo, _lTC],
      [() => S3Configuration$, () => LookupTableConfiguration$]
    ];
    var DisassociateKmsKeyRequest$ = [
      3,
      n0,
      _DKKR,
      0,
      [_lGN, _rI],
      [0, 0]
    ];
    var DisassociateSourceFromS3TableIntegrationRequest$ = [
      3,
      n0,
      _DSFSTIR,
      0,
      [_i],
      [0],
      1
    ];
    var DisassociateSourceFromS3TableIntegrationResponse$ = [
      3,
      n0,
      _DSFSTIRi,
      0,
      [_i],
      [0]
    ];
    var DryRunResult$ = [
      3,
      n0,
      _DRR,
      0,
      [_tMLG, _iRLGC, _dRLGC, _uRLGC, _fAC, _tLGI],
      [1, 1, 1, 1, 1, () => LogGroupImpacts]
    ];
    var Entity$ = [
      3,
      n0,
      _E,
      0,
      [_kA, _at],
      [128 | 0, 128 | 0]
    ];
    var ExportTask$ = [
      3,
      n0,
      _ET,
      0,
      [_tI, _tN, _lGN, _f, _to, _des, _dP, _sta, _eI],
      [0, 0, 0, 1, 1, 0, 0, () => ExportTaskStatus$, () => ExportTaskExecutionInfo$]
    ];
    var ExportTaskExecutionInfo$ = [
      3,
      n0,
      _ETEI,
      0,
      [_cT, _cTom],
      [1, 1]
    ];
    var ExportTaskStatus$ = [
      3,
      n0,
      _ETS,
      0,
      [_cod, _m],
      [0, 0]
    ];
    var FieldIndex$ = [
      3,
      n0,
      _FI,
      0,
      [_lGIo, _fIN, _lST, _fET, _lET, _ty, _iCn],
      [0, 0, 1, 1, 1, 0, 0]
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
    var GetDataProtectionPolicyRequest$ = [
      3,
      n0,
      _GDPPR,
      0,
      [_lGIo],
      [0],
      1
    ];
    var GetDataProtectionPolicyResponse$ = [
      3,
      n0,
      _GDPPRe,
      0,
      [_lGIo, _pD, _lUT],
      [0, 0, 1]
    ];
    var GetDeliveryDestinationPolicyRequest$ = [
      3,
      n0,
      _GDDPR,
      0,
      [_dDN],
      [0],
      1
    ];
    var GetDeliveryDestinationPolicyResponse$ = [
      3,
      n0,
      _GDDPRe,
      0,
      [_po],
      [() => Policy$]
    ];
    var GetDeliveryDestinationRequest$ = [
      3,
      n0,
      _GDDR,
      0,
      [_n],
      [0],
      1
    ];
    var GetDeliveryDestinationResponse$ = [
      3,
      n0,
      _GDDRe,
      0,
      [_dDe],
      [() => DeliveryDestination$]
    ];
    var GetDeliveryRequest$ = [
      3,
      n0,
      _GDR,
      0,
      [_id],
      [0],
      1
    ];
    var GetDeliveryResponse$ = [
      3,
      n0,
      _GDRe,
      0,
      [_de],
      [() => Delivery$]
    ];
    var GetDeliverySourceRequest$ = [
      3,
      n0,
      _GDSR,
      0,
      [_n],
      [0],
      1
    ];
    var GetDeliverySourceResponse$ = [
      3,
      n0,
      _GDSRe,
      0,
      [_dSel],
      [() => DeliverySource$]
    ];
    var GetIntegrationRequest$ = [
      3,
      n0,
      _GIR,
      0,
      [_iN],
      [0],
      1
    ];
    var GetIntegrationResponse$ = [
      3,
      n0,
      _GIRe,
      0,
      [_iN, _iTn, _iSn, _iD],
      [0, 0, 0, () => IntegrationDetails$]
    ];
    var GetLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _GLADR,
      0,
      [_aDA],
      [0],
      1
    ];
    var GetLogAnomalyDetectorResponse$ = [
      3,
      n0,
      _GLADRe,
      0,
      [_dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
      [0, 64 | 0, 0, 0, 0, 0, 1, 1, 1]
    ];
    var GetLogEventsRequest$ = [
      3,
      n0,
      _GLER,
      0,
      [_lSN, _lGN, _lGIo, _sTt, _eTn, _nT, _li, _sFH, _u],
      [0, 0, 0, 1, 1, 0, 1, 2, 2],
      1
    ];
    var GetLogEventsResponse$ = [
      3,
      n0,
      _GLERe,
      0,
      [_ev, _nFT, _nBT],
      [() => OutputLogEvents, 0, 0]
    ];
    var GetLogFieldsRequest$ = [
      3,
      n0,
      _GLFR,
      0,
      [_dSNa, _dST],
      [0, 0],
      2
    ];
    var GetLogFieldsResponse$ = [
      3,
      n0,
      _GLFRe,
      0,
      [_lF],
      [() => LogFieldsList]
    ];
    var GetLogGroupFieldsRequest$ = [
      3,
      n0,
      _GLGFR,
      0,
      [_lGN, _time, _lGIo],
      [0, 1, 0]
    ];
    var GetLogGroupFieldsResponse$ = [
      3,
      n0,
      _GLGFRe,
      0,
      [_lGF],
      [() => LogGroupFieldList]
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
    var GetLogRecordRequest$ = [
      3,
      n0,
      _GLRR,
      0,
      [_lRP, _u],
      [0, 2],
      1
    ];
    var GetLogRecordResponse$ = [
      3,
      n0,
      _GLRRe,
      0,
      [_lR],
      [128 | 0]
    ];
    var GetLookupTableRequest$ = [
      3,
      n0,
      _GLTR,
      0,
      [_lTA],
      [0],
      1
    ];
    var GetLookupTableResponse$ = [
      3,
      n0,
      _GLTRe,
      0,
      [_lTA, _lTN, _d, _tB, _sB, _lUT, _kKI],
      [0, 0, 0, 0, 1, 1, 0]
    ];
    var GetQueryResultsRequest$ = [
      3,
      n0,
      _GQRR,
      0,
      [_qI, _nT, _mI],
      [0, 0, 1],
      1
    ];
    var GetQueryResultsResponse$ = [
      3,
      n0,
      _GQRRe,
      0,
      [_qL, _r, _stat, _sta, _eK, _nT],
      [0, () => QueryResults, () => QueryStatistics$, 0, 0, 0]
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
    var GetScheduledQueryHistoryResponse$ = [
      3,
      n0,
      _GSQHRe,
      0,
      [_n, _sQA, _tH, _nT],
      [0, 0, () => TriggerHistoryRecordList, 0]
    ];
    var GetScheduledQueryRequest$ = [
      3,
      n0,
      _GSQR,
      0,
      [_i],
      [0],
      1
    ];
    var GetScheduledQueryResponse$ = [
      3,
      n0,
      _GSQRe,
      0,
      [_sQA, _n, _d, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
      [0, 0, 0, 0, 0, 64 | 0, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
    ];
    var GetStorageTierPolicyRequest$ = [
      3,
      n0,
      _GSTPR,
      0,
      [],
      []
    ];
    var GetStorageTierPolicyResponse$ = [
      3,
      n0,
      _GSTPRe,
      0,
      [_sTto, _lUT],
      [0, 1]
    ];
    var GetTransformerRequest$ = [
      3,
      n0,
      _GTR,
      0,
      [_lGIo],
      [0],
      1
    ];
    var GetTransformerResponse$ = [
      3,
      n0,
      _GTRe,
      0,
      [_lGIo, _cT, _lMT, _tC],
      [0, 1, 1, () => Processors]
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
    var GroupingIdentifier$ = [
      3,
      n0,
      _GI,
      0,
      [_k, _v],
      [0, 0]
    ];
    var Import$ = [
      3,
      n0,
      _I,
      0,
      [_iI, _iSA, _iSm, _iDA, _iS, _iF, _cT, _lUT, _eM],
      [0, 0, 0, 0, () => ImportStatistics$, () => ImportFilter$, 1, 1, 0]
    ];
    var ImportBatch$ = [
      3,
      n0,
      _IB,
      0,
      [_bI, _sta, _eM],
      [0, 0, 0],
      2
    ];
    var ImportFilter$ = [
      3,
      n0,
      _IF,
      0,
      [_sETt, _eET],
      [1, 1]
    ];
    var ImportStatistics$ = [
      3,
      n0,
      _IS,
      0,
      [_bIy],
      [1]
    ];
    var IndexPolicy$ = [
      3,
      n0,
      _IP,
      0,
      [_lGIo, _lUTa, _pD, _pN, _so],
      [0, 1, 0, 0, 0]
    ];
    var InputLogEvent$ = [
      3,
      n0,
      _ILE,
      0,
      [_tim, _m],
      [1, 0],
      2
    ];
    var IntegrationSummary$ = [
      3,
      n0,
      _ISn,
      0,
      [_iN, _iTn, _iSn],
      [0, 0, 0]
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
    var ListAggregateLogGroupSummariesResponse$ = [
      3,
      n0,
      _LALGSRi,
      0,
      [_aLGS, _nT],
      [() => AggregateLogGroupSummaries, 0]
    ];
    var ListAnomaliesRequest$ = [
      3,
      n0,
      _LAR,
      0,
      [_aDA, _sS, _li, _nT],
      [0, 0, 1, 0]
    ];
    var ListAnomaliesResponse$ = [
      3,
      n0,
      _LARi,
      0,
      [_an, _nT],
      [() => Anomalies, 0]
    ];
    var ListIntegrationsRequest$ = [
      3,
      n0,
      _LIR,
      0,
      [_iNP, _iTn, _iSn],
      [0, 0, 0]
    ];
    var ListIntegrationsResponse$ = [
      3,
      n0,
      _LIRi,
      0,
      [_iSnt],
      [() => IntegrationSummaries]
    ];
    var ListLogAnomalyDetectorsRequest$ = [
      3,
      n0,
      _LLADR,
      0,
      [_fLGA, _li, _nT],
      [0, 1, 0]
    ];
    var ListLogAnomalyDetectorsResponse$ = [
      3,
      n0,
      _LLADRi,
      0,
      [_aD, _nT],
      [() => AnomalyDetectors, 0]
    ];
    var ListLogGroupsForQueryRequest$ = [
      3,
      n0,
      _LLGFQR,
      0,
      [_qI, _nT, _mR],
      [0, 0, 1],
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
    var ListLogGroupsResponse$ = [
      3,
      n0,
      _LLGRi,
      0,
      [_lG, _nT],
      [() => LogGroupSummaries, 0]
    ];
    var ListScheduledQueriesRequest$ = [
      3,
      n0,
      _LSQR,
      0,
      [_mR, _nT, _st, _sTc],
      [1, 0, 0, 0]
    ];
    var ListScheduledQueriesResponse$ = [
      3,
      n0,
      _LSQRi,
      0,
      [_nT, _sQ],
      [0, () => ScheduledQuerySummaryList]
    ];
    var ListSourcesForS3TableIntegrationRequest$ = [
      3,
      n0,
      _LSFSTIR,
      0,
      [_iA, _mR, _nT],
      [0, 1, 0],
      1
    ];
    var ListSourcesForS3TableIntegrationResponse$ = [
      3,
      n0,
      _LSFSTIRi,
      0,
      [_sou, _nT],
      [() => S3TableIntegrationSources, 0]
    ];
    var ListSyslogConfigurationsRequest$ = [
      3,
      n0,
      _LSCR,
      0,
      [_lGIo, _vEI, _nT, _mR],
      [0, 0, 0, 1]
    ];
    var ListSyslogConfigurationsResponse$ = [
      3,
      n0,
      _LSCRi,
      0,
      [_sCy, _nT],
      [() => SyslogConfigurations, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_rA],
      [0],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_ta],
      [128 | 0]
    ];
    var ListTagsLogGroupRequest$ = [
      3,
      n0,
      _LTLGR,
      0,
      [_lGN],
      [0],
      1
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
    var LogFieldsListItem$ = [
      3,
      n0,
      _LFLI,
      0,
      [_lFN, _lFT],
      [0, () => LogFieldType$]
    ];
    var LogFieldType$ = [
      3,
      n0,
      _LFT,
      0,
      [_ty, _el, _fi],
      [0, () => LogFieldType$, () => LogFieldsList]
    ];
    var LogGroup$ = [
      3,
      n0,
      _LG,
      0,
      [_lGN, _cT, _rID, _mFC, _ar, _sBt, _kKI, _dPS, _iPn, _lGCo, _lGA, _dPE, _bTAE, _rPN],
      [0, 1, 1, 1, 0, 1, 0, 0, 64 | 0, 0, 0, 2, 2, 0]
    ];
    var LogGroupField$ = [
      3,
      n0,
      _LGF,
      0,
      [_n, _pe],
      [0, 1]
    ];
    var LogGroupImpact$ = [
      3,
      n0,
      _LGI,
      0,
      [_lGN, _cR, _pRr, _sBt],
      [0, 0, 0, 1]
    ];
    var LogGroupSummary$ = [
      3,
      n0,
      _LGS,
      0,
      [_lGN, _lGA, _lGCo],
      [0, 0, 0]
    ];
    var LogStream$ = [
      3,
      n0,
      _LS,
      0,
      [_lSN, _cT, _fETi, _lETa, _lIT, _uST, _ar, _sBt],
      [0, 1, 1, 1, 1, 0, 0, 1]
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
    var OpenSearchApplication$ = [
      3,
      n0,
      _OSA,
      0,
      [_aE, _aA, _aIp, _sta],
      [0, 0, 0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchCollection$ = [
      3,
      n0,
      _OSC,
      0,
      [_cE, _cAo, _sta],
      [0, 0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchDataAccessPolicy$ = [
      3,
      n0,
      _OSDAP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchDataSource$ = [
      3,
      n0,
      _OSDS,
      0,
      [_dSNa, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchEncryptionPolicy$ = [
      3,
      n0,
      _OSEP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchIntegrationDetails$ = [
      3,
      n0,
      _OSID,
      0,
      [_dS, _ap, _col, _w, _eP, _nP, _aPc, _lP],
      [() => OpenSearchDataSource$, () => OpenSearchApplication$, () => OpenSearchCollection$, () => OpenSearchWorkspace$, () => OpenSearchEncryptionPolicy$, () => OpenSearchNetworkPolicy$, () => OpenSearchDataAccessPolicy$, () => OpenSearchLifecyclePolicy$]
    ];
    var OpenSearchLifecyclePolicy$ = [
      3,
      n0,
      _OSLP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OpenSearchNetworkPolicy$ = [
      3,
      n0,
      _OSNP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
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
    var OpenSearchResourceStatus$ = [
      3,
      n0,
      _OSRS,
      0,
      [_sta, _sMt],
      [0, 0]
    ];
    var OpenSearchWorkspace$ = [
      3,
      n0,
      _OSW,
      0,
      [_wI, _sta],
      [0, () => OpenSearchResourceStatus$]
    ];
    var OutputLogEvent$ = [
      3,
      n0,
      _OLE,
      0,
      [_tim, _m, _iT],
      [1, 0, 1]
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
    var Policy$ = [
      3,
      n0,
      _P,
      0,
      [_dDP],
      [0]
    ];
    var Processor$ = [
      3,
      n0,
      _Pr,
      0,
      [_aK, _cV, _cs, _dTC, _dK, _g, _lTM, _lCS, _mK, _pC, _pJSON, _pKV, _pRa, _pTOCSF, _pP, _pVPC, _pWAF, _rK, _sSp, _sSu, _tSr, _tCy, _uCS],
      [() => AddKeys$, () => CopyValue$, () => CSV$, () => DateTimeConverter$, () => DeleteKeys$, () => Grok$, () => ListToMap$, () => LowerCaseString$, () => MoveKeys$, () => ParseCloudfront$, () => ParseJSON$, () => ParseKeyValue$, () => ParseRoute53$, () => ParseToOCSF$, () => ParsePostgres$, () => ParseVPC$, () => ParseWAF$, () => RenameKeys$, () => SplitString$, () => SubstituteString$, () => TrimString$, () => TypeConverter$, () => UpperCaseString$]
    ];
    var PutAccountPolicyRequest$ = [
      3,
      n0,
      _PAPR,
      0,
      [_pN, _pD, _pT, _sc, _sC, _dR],
      [0, 0, 0, 0, 0, 2],
      3
    ];
    var PutAccountPolicyResponse$ = [
      3,
      n0,
      _PAPRu,
      0,
      [_aPcc, _dRR],
      [() => AccountPolicy$, () => DryRunResult$]
    ];
    var PutBearerTokenAuthenticationRequest$ = [
      3,
      n0,
      _PBTAR,
      0,
      [_lGIo, _bTAE],
      [0, 2],
      2
    ];
    var PutDataProtectionPolicyRequest$ = [
      3,
      n0,
      _PDPPR,
      0,
      [_lGIo, _pD],
      [0, 0],
      2
    ];
    var PutDataProtectionPolicyResponse$ = [
      3,
      n0,
      _PDPPRu,
      0,
      [_lGIo, _pD, _lUT],
      [0, 0, 1]
    ];
    var PutDeliveryDestinationPolicyRequest$ = [
      3,
      n0,
      _PDDPR,
      0,
      [_dDN, _dDP],
      [0, 0],
      2
    ];
    var PutDeliveryDestinationPolicyResponse$ = [
      3,
      n0,
      _PDDPRu,
      0,
      [_po],
      [() => Policy$]
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
    var PutDeliveryDestinationResponse$ = [
      3,
      n0,
      _PDDRu,
      0,
      [_dDe],
      [() => DeliveryDestination$]
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
    var PutDeliverySourceResponse$ = [
      3,
      n0,
      _PDSRu,
      0,
      [_dSel],
      [() => DeliverySource$]
    ];
    var PutDestinationPolicyRequest$ = [
      3,
      n0,
      _PDPR,
      0,
      [_dNe, _aPc, _fU],
      [0, 0, 2],
      2
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
    var PutDestinationResponse$ = [
      3,
      n0,
      _PDRu,
      0,
      [_des],
      [() => Destination$]
    ];
    var PutIndexPolicyRequest$ = [
      3,
      n0,
      _PIPR,
      0,
      [_lGIo, _pD],
      [0, 0],
      2
    ];
    var PutIndexPolicyResponse$ = [
      3,
      n0,
      _PIPRu,
      0,
      [_iPnd],
      [() => IndexPolicy$]
    ];
    var PutIntegrationRequest$ = [
      3,
      n0,
      _PIR,
      0,
      [_iN, _rCe, _iTn],
      [0, () => ResourceConfig$, 0],
      3
    ];
    var PutIntegrationResponse$ = [
      3,
      n0,
      _PIRu,
      0,
      [_iN, _iSn],
      [0, 0]
    ];
    var PutLogEventsRequest$ = [
      3,
      n0,
      _PLER,
      0,
      [_lGN, _lSN, _lE, _sTe, _ent],
      [0, 0, () => InputLogEvents, 0, () => Entity$],
      3
    ];
    var PutLogEventsResponse$ = [
      3,
      n0,
      _PLERu,
      0,
      [_nST, _rLEI, _rEI],
      [0, () => RejectedLogEventsInfo$, () => RejectedEntityInfo$]
    ];
    var PutLogGroupDeletionProtectionRequest$ = [
      3,
      n0,
      _PLGDPR,
      0,
      [_lGIo, _dPE],
      [0, 2],
      2
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
    var PutQueryDefinitionResponse$ = [
      3,
      n0,
      _PQDRu,
      0,
      [_qDI],
      [0]
    ];
    var PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_pN, _pD, _rA, _eRI],
      [0, 0, 0, 0]
    ];
    var PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_rPe, _rIev],
      [() => ResourcePolicy$, 0]
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
    var PutStorageTierPolicyRequest$ = [
      3,
      n0,
      _PSTPR,
      0,
      [_sTto],
      [0],
      1
    ];
    var PutStorageTierPolicyResponse$ = [
      3,
      n0,
      _PSTPRu,
      0,
      [_sTto, _lUT],
      [0, 1]
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
    var PutSyslogConfigurationRequest$ = [
      3,
      n0,
      _PSCR,
      0,
      [_lGIo, _vEI],
      [0, 0],
      1
    ];
    var PutTransformerRequest$ = [
      3,
      n0,
      _PTR,
      0,
      [_lGIo, _tC],
      [0, () => Processors],
      2
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
    var QueryInfo$ = [
      3,
      n0,
      _QI,
      0,
      [_qL, _qI, _qS, _sta, _cTr, _lGN, _qDu, _bS, _uI],
      [0, 0, 0, 0, 1, 0, 1, 1, 0]
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
    var QueryStatistics$ = [
      3,
      n0,
      _QS,
      0,
      [_rM, _rS, _eRS, _bS, _eBS, _lGS, _rCes],
      [1, 1, 1, 1, 1, 1, 1]
    ];
    var RecordField$ = [
      3,
      n0,
      _RF,
      0,
      [_n, _man],
      [0, 2]
    ];
    var RejectedEntityInfo$ = [
      3,
      n0,
      _REI,
      0,
      [_eTr],
      [0],
      1
    ];
    var RejectedLogEventsInfo$ = [
      3,
      n0,
      _RLEI,
      0,
      [_tNLESI, _tOLEEI, _eLEEI],
      [1, 1, 1]
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
    var ResourcePolicy$ = [
      3,
      n0,
      _RP,
      0,
      [_pN, _pD, _lUT, _pSo, _rA, _rIev],
      [0, 0, 1, 0, 0, 0]
    ];
    var ResultField$ = [
      3,
      n0,
      _RFe,
      0,
      [_fie, _v],
      [0, 0]
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
    var S3TableIntegrationSource$ = [
      3,
      n0,
      _STIS,
      0,
      [_i, _dS, _sta, _sR, _cTSr, _pSI],
      [0, () => DataSource$, 0, 0, 1, 0]
    ];
    var S3TablesIntegration$ = [
      3,
      n0,
      _STI,
      0,
      [_dNa, _dT],
      [0, 0]
    ];
    var ScheduledQueryDestination$ = [
      3,
      n0,
      _SQD,
      0,
      [_dTe, _dI, _sta, _pIr, _eM],
      [0, 0, 0, 0, 0]
    ];
    var ScheduledQuerySummary$ = [
      3,
      n0,
      _SQS,
      0,
      [_sQA, _n, _st, _sTc, _lTT, _lES, _sE, _ti, _dC, _cT, _lUT],
      [0, 0, 0, 0, 1, 0, 0, 0, () => DestinationConfiguration$, 1, 1]
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
    var StartQueryResponse$ = [
      3,
      n0,
      _SQRt,
      0,
      [_qI],
      [0]
    ];
    var StopQueryRequest$ = [
      3,
      n0,
      _SQRto,
      0,
      [_qI],
      [0],
      1
    ];
    var StopQueryResponse$ = [
      3,
      n0,
      _SQRtop,
      0,
      [_suc],
      [2]
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
    var SuppressionPeriod$ = [
      3,
      n0,
      _SP,
      0,
      [_v, _sUu],
      [1, 0]
    ];
    var SyslogConfiguration$ = [
      3,
      n0,
      _SCy,
      0,
      [_lGA, _sTo, _vEI, _cA],
      [0, 0, 0, 1]
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
    var TestMetricFilterResponse$ = [
      3,
      n0,
      _TMFRe,
      0,
      [_mat],
      [() => MetricFilterMatches]
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
    var TestTransformerResponse$ = [
      3,
      n0,
      _TTRe,
      0,
      [_tL],
      [() => TransformedLogs]
    ];
    var TransformedLogRecord$ = [
      3,
      n0,
      _TLR,
      0,
      [_eN, _eMv, _tEM],
      [1, 0, 0]
    ];
    var TriggerHistoryRecord$ = [
      3,
      n0,
      _THR,
      0,
      [_qI, _eSx, _tTr, _eM, _dest],
      [0, 0, 1, 0, () => ScheduledQueryDestinationList]
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
    var UpdateAnomalyRequest$ = [
      3,
      n0,
      _UAR,
      0,
      [_aDA, _aIn, _pI, _sTu, _sPu, _b],
      [0, 0, 0, 0, () => SuppressionPeriod$, 2],
      1
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
    var UpdateDeliveryConfigurationResponse$ = [
      3,
      n0,
      _UDCRp,
      0,
      [],
      []
    ];
    var UpdateLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _ULADR,
      0,
      [_aDA, _ena, _eF, _fP, _aVT],
      [0, 2, 0, 0, 1],
      2
    ];
    var UpdateLookupTableRequest$ = [
      3,
      n0,
      _ULTR,
      0,
      [_lTA, _d, _tB, _qI, _kKI],
      [0, 0, 0, 0, 0],
      1
    ];
    var UpdateLookupTableResponse$ = [
      3,
      n0,
      _ULTRp,
      0,
      [_lTA, _lUT],
      [0, 1]
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
    var AccountPolicies = [
      1,
      n0,
      _APc,
      0,
      () => AccountPolicy$
    ];
    var AddKeyEntries = [
      1,
      n0,
      _AKEd,
      0,
      () => AddKeyEntry$
    ];
    var AggregateLogGroupSummaries = [
      1,
      n0,
      _ALGSg,
      0,
      () => AggregateLogGroupSummary$
    ];
    var AllowedFields = [
      1,
      n0,
      _AF,
      0,
      () => RecordField$
    ];
    var Anomalies = [
      1,
      n0,
      _An,
      0,
      () => Anomaly$
    ];
    var AnomalyDetectors = [
      1,
      n0,
      _ADn,
      0,
      () => AnomalyDetector$
    ];
    var ConfigurationTemplates = [
      1,
      n0,
      _CTo,
      0,
      () => ConfigurationTemplate$
    ];
    var CopyValueEntries = [
      1,
      n0,
      _CVEo,
      0,
      () => CopyValueEntry$
    ];
    var DataSourceFilters = [
      1,
      n0,
      _DSFa,
      0,
      () => DataSourceFilter$
    ];
    var Deliveries = [
      1,
      n0,
      _Del,
      0,
      () => Delivery$
    ];
    var DeliveryDestinations = [
      1,
      n0,
      _DDe,
      0,
      () => DeliveryDestination$
    ];
    var DeliverySourceConfigurationSchemas = [
      1,
      n0,
      _DSCSe,
      0,
      () => DeliverySourceConfigurationSchema$
    ];
    var DeliverySources = [
      1,
      n0,
      _DSel,
      0,
      () => DeliverySource$
    ];
    var Destinations = [
      1,
      n0,
      _Des,
      0,
      () => Destination$
    ];
    var ExportTasks = [
      1,
      n0,
      _ETx,
      0,
      () => ExportTask$
    ];
    var FieldIndexes = [
      1,
      n0,
      _FIi,
      0,
      () => FieldIndex$
    ];
    var FilteredLogEvents = [
      1,
      n0,
      _FLEi,
      0,
      () => FilteredLogEvent$
    ];
    var GroupingIdentifiers = [
      1,
      n0,
      _GIr,
      0,
      () => GroupingIdentifier$
    ];
    var ImportBatchList = [
      1,
      n0,
      _IBL,
      0,
      () => ImportBatch$
    ];
    var ImportList = [
      1,
      n0,
      _IL,
      0,
      () => Import$
    ];
    var IndexPolicies = [
      1,
      n0,
      _IPn,
      0,
      () => IndexPolicy$
    ];
    var InputLogEvents = [
      1,
      n0,
      _ILEn,
      0,
      () => InputLogEvent$
    ];
    var IntegrationSummaries = [
      1,
      n0,
      _ISnt,
      0,
      () => IntegrationSummary$
    ];
    var LiveTailSessionResults = [
      1,
      n0,
      _LTSR,
      0,
      () => LiveTailSessionLogEvent$
    ];
    var LogFieldsList = [
      1,
      n0,
      _LFL,
      0,
      () => LogFieldsListItem$
    ];
    var LogGroupFieldList = [
      1,
      n0,
      _LGFL,
      0,
      () => LogGroupField$
    ];
    var LogGroupImpacts = [
      1,
      n0,
      _LGIo,
      0,
      () => LogGroupImpact$
    ];
    var LogGroups = [
      1,
      n0,
      _LGo,
      0,
      () => LogGroup$
    ];
    var LogGroupSummaries = [
      1,
      n0,
      _LGSo,
      0,
      () => LogGroupSummary$
    ];
    var LogSamples = [
      1,
      n0,
      _LSo,
      0,
      () => LogEvent$
    ];
    var LogStreams = [
      1,
      n0,
      _LSog,
      0,
      () => LogStream$
    ];
    var LookupTables = [
      1,
      n0,
      _LTo,
      0,
      () => LookupTable$
    ];
    var MetricFilterMatches = [
      1,
      n0,
      _MFM,
      0,
      () => MetricFilterMatchRecord$
    ];
    var MetricFilters = [
      1,
      n0,
      _MFe,
      0,
      () => MetricFilter$
    ];
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
    var OutputLogEvents = [
      1,
      n0,
      _OLEu,
      0,
      () => OutputLogEvent$
    ];
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
    var QueryDefinitionList = [
      1,
      n0,
      _QDL,
      0,
      () => QueryDefinition$
    ];
    var QueryInfoList = [
      1,
      n0,
      _QIL,
      0,
      () => QueryInfo$
    ];
    var QueryParameterList = [
      1,
      n0,
      _QPL,
      0,
      () => QueryParameter$
    ];
    var QueryResults = [
      1,
      n0,
      _QR,
      0,
      () => ResultRows
    ];
    var RenameKeyEntries = [
      1,
      n0,
      _RKEe,
      0,
      () => RenameKeyEntry$
    ];
    var ResourcePolicies = [
      1,
      n0,
      _RPe,
      0,
      () => ResourcePolicy$
    ];
    var ResultRows = [
      1,
      n0,
      _RR,
      0,
      () => ResultField$
    ];
    var S3TableIntegrationSources = [
      1,
      n0,
      _STISa,
      0,
      () => S3TableIntegrationSource$
    ];
    var ScheduledQueryDestinationList = [
      1,
      n0,
      _SQDL,
      0,
      () => ScheduledQueryDestination$
    ];
    var ScheduledQuerySummaryList = [
      1,
      n0,
      _SQSL,
      0,
      () => ScheduledQuerySummary$
    ];
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
    var SubscriptionFilters = [
      1,
      n0,
      _SFu,
      0,
      () => SubscriptionFilter$
    ];
    var SubstituteStringEntries = [
      1,
      n0,
      _SSEub,
      0,
      () => SubstituteStringEntry$
    ];
    var SyslogConfigurations = [
      1,
      n0,
      _SCys,
      0,
      () => SyslogConfiguration$
    ];
    var TagFilters = [
      1,
      n0,
      _TFa,
      0,
      () => TagFilter$
    ];
    var TransformedLogs = [
      1,
      n0,
      _TL,
      0,
      () => TransformedLogRecord$
    ];
    var TriggerHistoryRecordList = [
      1,
      n0,
      _THRL,
      0,
      () => TriggerHistoryRecord$
    ];
    var TypeConverterEntries = [
      1,
      n0,
      _TCEy,
      0,
      () => TypeConverterEntry$
    ];
    var GetLogObjectResponseStream$ = [
      4,
      n0,
      _GLORS,
      { [_str]: 1 },
      [_fi, _ISEn],
      [() => FieldsData$, [() => InternalStreamingException$, 0]]
    ];
    var IntegrationDetails$ = [
      4,
      n0,
      _ID,
      0,
      [_oSID],
      [() => OpenSearchIntegrationDetails$]
    ];
    var ResourceConfig$ = [
      4,
      n0,
      _RC,
      0,
      [_oSRC],
      [() => OpenSearchResourceConfig$]
    ];
    var StartLiveTailResponseStream$ = [
      4,
      n0,
      _SLTRS,
      { [_str]: 1 },
      [_sSe, _sUe, _STE, _SSE],
      [() => LiveTailSessionStart$, () => LiveTailSessionUpdate$, [() => SessionTimeoutException$, 0], [() => SessionStreamingException$, 0]]
    ];
    var AssociateKmsKey$ = [
      9,
      n0,
      _AKK,
      0,
      () => AssociateKmsKeyRequest$,
      () => __Unit
    ];
    var AssociateSourceToS3TableIntegration$ = [
      9,
      n0,
      _ASTSTI,
      0,
      () => AssociateSourceToS3TableIntegrationRequest$,
      () => AssociateSourceToS3TableIntegrationResponse$
    ];
    var CancelExportTask$ = [
      9,
      n0,
      _CET,
      0,
      () => CancelExportTaskRequest$,
      () => __Unit
    ];
    var CancelImportTask$ = [
      9,
      n0,
      _CIT,
      0,
      () => CancelImportTaskRequest$,
      () => CancelImportTaskResponse$
    ];
    var CreateDelivery$ = [
      9,
      n0,
      _CD,
      0,
      () => CreateDeliveryRequest$,
      () => CreateDeliveryResponse$
    ];
    var CreateExportTask$ = [
      9,
      n0,
      _CETr,
      0,
      () => CreateExportTaskRequest$,
      () => CreateExportTaskResponse$
    ];
    var CreateImportTask$ = [
      9,
      n0,
      _CITr,
      0,
      () => CreateImportTaskRequest$,
      () => CreateImportTaskResponse$
    ];
    var CreateLogAnomalyDetector$ = [
      9,
      n0,
      _CLAD,
      0,
      () => CreateLogAnomalyDetectorRequest$,
      () => CreateLogAnomalyDetectorResponse$
    ];
    var CreateLogGroup$ = [
      9,
      n0,
      _CLG,
      0,
      () => CreateLogGroupRequest$,
      () => __Unit
    ];
    var CreateLogStream$ = [
      9,
      n0,
      _CLS,
      0,
      () => CreateLogStreamRequest$,
      () => __Unit
    ];
    var CreateLookupTable$ = [
      9,
      n0,
      _CLT,
      0,
      () => CreateLookupTableRequest$,
      () => CreateLookupTableResponse$
    ];
    var CreateScheduledQuery$ = [
      9,
      n0,
      _CSQ,
      0,
      () => CreateScheduledQueryRequest$,
      () => CreateScheduledQueryResponse$
    ];
    var DeleteAccountPolicy$ = [
      9,
      n0,
      _DAP,
      0,
      () => DeleteAccountPolicyRequest$,
      () => DeleteAccountPolicyResponse$
    ];
    var DeleteDataProtectionPolicy$ = [
      9,
      n0,
      _DDPP,
      0,
      () => DeleteDataProtectionPolicyRequest$,
      () => __Unit
    ];
    var DeleteDelivery$ = [
      9,
      n0,
      _DDel,
      0,
      () => DeleteDeliveryRequest$,
      () => __Unit
    ];
    var DeleteDeliveryDestination$ = [
      9,
      n0,
      _DDD,
      0,
      () => DeleteDeliveryDestinationRequest$,
      () => __Unit
    ];
    var DeleteDeliveryDestinationPolicy$ = [
      9,
      n0,
      _DDDP,
      0,
      () => DeleteDeliveryDestinationPolicyRequest$,
      () => __Unit
    ];
    var DeleteDeliverySource$ = [
      9,
      n0,
      _DDS,
      0,
      () => DeleteDeliverySourceRequest$,
      () => __Unit
    ];
    var DeleteDestination$ = [
      9,
      n0,
      _DDele,
      0,
      () => DeleteDestinationRequest$,
      () => __Unit
    ];
    var DeleteIndexPolicy$ = [
      9,
      n0,
      _DIP,
      0,
      () => DeleteIndexPolicyRequest$,
      () => DeleteIndexPolicyResponse$
    ];
    var DeleteIntegration$ = [
      9,
      n0,
      _DI,
      0,
      () => DeleteIntegrationRequest$,
      () => DeleteIntegrationResponse$
    ];
    var DeleteLogAnomalyDetector$ = [
      9,
      n0,
      _DLAD,
      0,
      () => DeleteLogAnomalyDetectorRequest$,
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
    var DeleteLogStream$ = [
      9,
      n0,
      _DLS,
      0,
      () => DeleteLogStreamRequest$,
      () => __Unit
    ];
    var DeleteLookupTable$ = [
      9,
      n0,
      _DLT,
      0,
      () => DeleteLookupTableRequest$,
      () => __Unit
    ];
    var DeleteMetricFilter$ = [
      9,
      n0,
      _DMF,
      0,
      () => DeleteMetricFilterRequest$,
      () => __Unit
    ];
    var DeleteQueryDefinition$ = [
      9,
      n0,
      _DQD,
      0,
      () => DeleteQueryDefinitionRequest$,
      () => DeleteQueryDefinitionResponse$
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => DeleteResourcePolicyRequest$,
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
    var DeleteScheduledQuery$ = [
      9,
      n0,
      _DSQ,
      0,
      () => DeleteScheduledQueryRequest$,
      () => DeleteScheduledQueryResponse$
    ];
    var DeleteSubscriptionFilter$ = [
      9,
      n0,
      _DSFe,
      0,
      () => DeleteSubscriptionFilterRequest$,
      () => __Unit
    ];
    var DeleteSyslogConfiguration$ = [
      9,
      n0,
      _DSC,
      0,
      () => DeleteSyslogConfigurationRequest$,
      () => __Unit
    ];
    var DeleteTransformer$ = [
      9,
      n0,
      _DT,
      0,
      () => DeleteTransformerRequest$,
      () => __Unit
    ];
    var DescribeAccountPolicies$ = [
      9,
      n0,
      _DAPe,
      0,
      () => DescribeAccountPoliciesRequest$,
      () => DescribeAccountPoliciesResponse$
    ];
    var DescribeConfigurationTemplates$ = [
      9,
      n0,
      _DCT,
      0,
      () => DescribeConfigurationTemplatesRequest$,
      () => DescribeConfigurationTemplatesResponse$
    ];
    var DescribeDeliveries$ = [
      9,
      n0,
      _DDes,
      0,
      () => DescribeDeliveriesRequest$,
      () => DescribeDeliveriesResponse$
    ];
    var DescribeDeliveryDestinations$ = [
      9,
      n0,
      _DDDe,
      0,
      () => DescribeDeliveryDestinationsRequest$,
      () => DescribeDeliveryDestinationsResponse$
    ];
    var DescribeDeliverySources$ = [
      9,
      n0,
      _DDSe,
      0,
      () => DescribeDeliverySourcesRequest$,
      () => DescribeDeliverySourcesResponse$
    ];
    var DescribeDestinations$ = [
      9,
      n0,
      _DDesc,
      0,
      () => DescribeDestinationsRequest$,
      () => DescribeDestinationsResponse$
    ];
    var DescribeExportTasks$ = [
      9,
      n0,
      _DET,
      0,
      () => DescribeExportTasksRequest$,
      () => DescribeExportTasksResponse$
    ];
    var DescribeFieldIndexes$ = [
      9,
      n0,
      _DFI,
      0,
      () => DescribeFieldIndexesRequest$,
      () => DescribeFieldIndexesResponse$
    ];
    var DescribeImportTaskBatches$ = [
      9,
      n0,
      _DITB,
      0,
      () => DescribeImportTaskBatchesRequest$,
      () => DescribeImportTaskBatchesResponse$
    ];
    var DescribeImportTasks$ = [
      9,
      n0,
      _DIT,
      0,
      () => DescribeImportTasksRequest$,
      () => DescribeImportTasksResponse$
    ];
    var DescribeIndexPolicies$ = [
      9,
      n0,
      _DIPe,
      0,
      () => DescribeIndexPoliciesRequest$,
      () => DescribeIndexPoliciesResponse$
    ];
    var DescribeLogGroups$ = [
      9,
      n0,
      _DLGe,
      0,
      () => DescribeLogGroupsRequest$,
      () => DescribeLogGroupsResponse$
    ];
    var DescribeLogStreams$ = [
      9,
      n0,
      _DLSe,
      0,
      () => DescribeLogStreamsRequest$,
      () => DescribeLogStreamsResponse$
    ];
    var DescribeLookupTables$ = [
      9,
      n0,
      _DLTe,
      0,
      () => DescribeLookupTablesRequest$,
      () => DescribeLookupTablesResponse$
    ];
    var DescribeMetricFilters$ = [
      9,
      n0,
      _DMFe,
      0,
      () => DescribeMetricFiltersRequest$,
      () => DescribeMetricFiltersResponse$
    ];
    var DescribeQueries$ = [
      9,
      n0,
      _DQ,
      0,
      () => DescribeQueriesRequest$,
      () => DescribeQueriesResponse$
    ];
    var DescribeQueryDefinitions$ = [
      9,
      n0,
      _DQDe,
      0,
      () => DescribeQueryDefinitionsRequest$,
      () => DescribeQueryDefinitionsResponse$
    ];
    var DescribeResourcePolicies$ = [
      9,
      n0,
      _DRPes,
      0,
      () => DescribeResourcePoliciesRequest$,
      () => DescribeResourcePoliciesResponse$
    ];
    var DescribeSubscriptionFilters$ = [
      9,
      n0,
      _DSFes,
      0,
      () => DescribeSubscriptionFiltersRequest$,
      () => DescribeSubscriptionFiltersResponse$
    ];
    var DisassociateKmsKey$ = [
      9,
      n0,
      _DKK,
      0,
      () => DisassociateKmsKeyRequest$,
      () => __Unit
    ];
    var DisassociateSourceFromS3TableIntegration$ = [
      9,
      n0,
      _DSFSTI,
      0,
      () => DisassociateSourceFromS3TableIntegrationRequest$,
      () => DisassociateSourceFromS3TableIntegrationResponse$
    ];
    var FilterLogEvents$ = [
      9,
      n0,
      _FLEil,
      0,
      () => FilterLogEventsRequest$,
      () => FilterLogEventsResponse$
    ];
    var GetDataProtectionPolicy$ = [
      9,
      n0,
      _GDPP,
      0,
      () => GetDataProtectionPolicyRequest$,
      () => GetDataProtectionPolicyResponse$
    ];
    var GetDelivery$ = [
      9,
      n0,
      _GD,
      0,
      () => GetDeliveryRequest$,
      () => GetDeliveryResponse$
    ];
    var GetDeliveryDestination$ = [
      9,
      n0,
      _GDD,
      0,
      () => GetDeliveryDestinationRequest$,
      () => GetDeliveryDestinationResponse$
    ];
    var GetDeliveryDestinationPolicy$ = [
      9,
      n0,
      _GDDP,
      0,
      () => GetDeliveryDestinationPolicyRequest$,
      () => GetDeliveryDestinationPolicyResponse$
    ];
    var GetDeliverySource$ = [
      9,
      n0,
      _GDS,
      0,
      () => GetDeliverySourceRequest$,
      () => GetDeliverySourceResponse$
    ];
    var GetIntegration$ = [
      9,
      n0,
      _GIe,
      0,
      () => GetIntegrationRequest$,
      () => GetIntegrationResponse$
    ];
    var GetLogAnomalyDetector$ = [
      9,
      n0,
      _GLAD,
      0,
      () => GetLogAnomalyDetectorRequest$,
      () => GetLogAnomalyDetectorResponse$
    ];
    var GetLogEvents$ = [
      9,
      n0,
      _GLE,
      0,
      () => GetLogEventsRequest$,
      () => GetLogEventsResponse$
    ];
    var GetLogFields$ = [
      9,
      n0,
      _GLF,
      0,
      () => GetLogFieldsRequest$,
      () => GetLogFieldsResponse$
    ];
    var GetLogGroupFields$ = [
      9,
      n0,
      _GLGF,
      0,
      () => GetLogGroupFieldsRequest$,
      () => GetLogGroupFieldsResponse$
    ];
    var GetLogObject$ = [
      9,
      n0,
      _GLO,
      { [_end]: ["stream-"] },
      () => GetLogObjectRequest$,
      () => GetLogObjectResponse$
    ];
    var GetLogRecord$ = [
      9,
      n0,
      _GLR,
      0,
      () => GetLogRecordRequest$,
      () => GetLogRecordResponse$
    ];
    var GetLookupTable$ = [
      9,
      n0,
      _GLT,
      0,
      () => GetLookupTableRequest$,
      () => GetLookupTableResponse$
    ];
    var GetQueryResults$ = [
      9,
      n0,
      _GQR,
      0,
      () => GetQueryResultsRequest$,
      () => GetQueryResultsResponse$
    ];
    var GetScheduledQuery$ = [
      9,
      n0,
      _GSQ,
      0,
      () => GetScheduledQueryRequest$,
      () => GetScheduledQueryResponse$
    ];
    var GetScheduledQueryHistory$ = [
      9,
      n0,
      _GSQH,
      0,
      () => GetScheduledQueryHistoryRequest$,
      () => GetScheduledQueryHistoryResponse$
    ];
    var GetStorageTierPolicy$ = [
      9,
      n0,
      _GSTP,
      0,
      () => GetStorageTierPolicyRequest$,
      () => GetStorageTierPolicyResponse$
    ];
    var GetTransformer$ = [
      9,
      n0,
      _GT,
      0,
      () => GetTransformerRequest$,
      () => GetTransformerResponse$
    ];
    var ListAggregateLogGroupSummaries$ = [
      9,
      n0,
      _LALGS,
      0,
      () => ListAggregateLogGroupSummariesRequest$,
      () => ListAggregateLogGroupSummariesResponse$
    ];
    var ListAnomalies$ = [
      9,
      n0,
      _LA,
      0,
      () => ListAnomaliesRequest$,
      () => ListAnomaliesResponse$
    ];
    var ListIntegrations$ = [
      9,
      n0,
      _LI,
      0,
      () => ListIntegrationsRequest$,
      () => ListIntegrationsResponse$
    ];
    var ListLogAnomalyDetectors$ = [
      9,
      n0,
      _LLAD,
      0,
      () => ListLogAnomalyDetectorsRequest$,
      () => ListLogAnomalyDetectorsResponse$
    ];
    var ListLogGroups$ = [
      9,
      n0,
      _LLG,
      0,
      () => ListLogGroupsRequest$,
      () => ListLogGroupsResponse$
    ];
    var ListLogGroupsForQuery$ = [
      9,
      n0,
      _LLGFQ,
      0,
      () => ListLogGroupsForQueryRequest$,
      () => ListLogGroupsForQueryResponse$
    ];
    var ListScheduledQueries$ = [
      9,
      n0,
      _LSQ,
      0,
      () => ListScheduledQueriesRequest$,
      () => ListScheduledQueriesResponse$
    ];
    var ListSourcesForS3TableIntegration$ = [
      9,
      n0,
      _LSFSTI,
      0,
      () => ListSourcesForS3TableIntegrationRequest$,
      () => ListSourcesForS3TableIntegrationResponse$
    ];
    var ListSyslogConfigurations$ = [
      9,
      n0,
      _LSC,
      0,
      () => ListSyslogConfigurationsRequest$,
      () => ListSyslogConfigurationsResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var ListTagsLogGroup$ = [
      9,
      n0,
      _LTLG,
      0,
      () => ListTagsLogGroupRequest$,
      () => ListTagsLogGroupResponse$
    ];
    var PutAccountPolicy$ = [
      9,
      n0,
      _PAP,
      0,
      () => PutAccountPolicyRequest$,
      () => PutAccountPolicyResponse$
    ];
    var PutBearerTokenAuthentication$ = [
      9,
      n0,
      _PBTA,
      0,
      () => PutBearerTokenAuthenticationRequest$,
      () => __Unit
    ];
    var PutDataProtectionPolicy$ = [
      9,
      n0,
      _PDPP,
      0,
      () => PutDataProtectionPolicyRequest$,
      () => PutDataProtectionPolicyResponse$
    ];
    var PutDeliveryDestination$ = [
      9,
      n0,
      _PDD,
      0,
      () => PutDeliveryDestinationRequest$,
      () => PutDeliveryDestinationResponse$
    ];
    var PutDeliveryDestinationPolicy$ = [
      9,
      n0,
      _PDDP,
      0,
      () => PutDeliveryDestinationPolicyRequest$,
      () => PutDeliveryDestinationPolicyResponse$
    ];
    var PutDeliverySource$ = [
      9,
      n0,
      _PDS,
      0,
      () => PutDeliverySourceRequest$,
      () => PutDeliverySourceResponse$
    ];
    var PutDestination$ = [
      9,
      n0,
      _PD,
      0,
      () => PutDestinationRequest$,
      () => PutDestinationResponse$
    ];
    var PutDestinationPolicy$ = [
      9,
      n0,
      _PDP,
      0,
      () => PutDestinationPolicyRequest$,
      () => __Unit
    ];
    var PutIndexPolicy$ = [
      9,
      n0,
      _PIP,
      0,
      () => PutIndexPolicyRequest$,
      () => PutIndexPolicyResponse$
    ];
    var PutIntegration$ = [
      9,
      n0,
      _PI,
      0,
      () => PutIntegrationRequest$,
      () => PutIntegrationResponse$
    ];
    var PutLogEvents$ = [
      9,
      n0,
      _PLE,
      0,
      () => PutLogEventsRequest$,
      () => PutLogEventsResponse$
    ];
    var PutLogGroupDeletionProtection$ = [
      9,
      n0,
      _PLGDP,
      0,
      () => PutLogGroupDeletionProtectionRequest$,
      () => __Unit
    ];
    var PutMetricFilter$ = [
      9,
      n0,
      _PMF,
      0,
      () => PutMetricFilterRequest$,
      () => __Unit
    ];
    var PutQueryDefinition$ = [
      9,
      n0,
      _PQD,
      0,
      () => PutQueryDefinitionRequest$,
      () => PutQueryDefinitionResponse$
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ];
    var PutRetentionPolicy$ = [
      9,
      n0,
      _PRPu,
      0,
      () => PutRetentionPolicyRequest$,
      () => __Unit
    ];
    var PutStorageTierPolicy$ = [
      9,
      n0,
      _PSTP,
      0,
      () => PutStorageTierPolicyRequest$,
      () => PutStorageTierPolicyResponse$
    ];
    var PutSubscriptionFilter$ = [
      9,
      n0,
      _PSF,
      0,
      () => PutSubscriptionFilterRequest$,
      () => __Unit
    ];
    var PutSyslogConfiguration$ = [
      9,
      n0,
      _PSC,
      0,
      () => PutSyslogConfigurationRequest$,
      () => __Unit
    ];
    var PutTransformer$ = [
      9,
      n0,
      _PTu,
      0,
      () => PutTransformerRequest$,
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
    var StartQuery$ = [
      9,
      n0,
      _SQ,
      0,
      () => StartQueryRequest$,
      () => StartQueryResponse$
    ];
    var StopQuery$ = [
      9,
      n0,
      _SQt,
      0,
      () => StopQueryRequest$,
      () => StopQueryResponse$
    ];
    var TagLogGroup$ = [
      9,
      n0,
      _TLG,
      0,
      () => TagLogGroupRequest$,
      () => __Unit
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => __Unit
    ];
    var TestMetricFilter$ = [
      9,
      n0,
      _TMF,
      0,
      () => TestMetricFilterRequest$,
      () => TestMetricFilterResponse$
    ];
    var TestTransformer$ = [
      9,
      n0,
      _TT,
      0,
      () => TestTransformerRequest$,
      () => TestTransformerResponse$
    ];
    var UntagLogGroup$ = [
      9,
      n0,
      _ULG,
      0,
      () => UntagLogGroupRequest$,
      () => __Unit
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => __Unit
    ];
    var UpdateAnomaly$ = [
      9,
      n0,
      _UA,
      0,
      () => UpdateAnomalyRequest$,
      () => __Unit
    ];
    var UpdateDeliveryConfiguration$ = [
      9,
      n0,
      _UDC,
      0,
      () => UpdateDeliveryConfigurationRequest$,
      () => UpdateDeliveryConfigurationResponse$
    ];
    var UpdateLogAnomalyDetector$ = [
      9,
      n0,
      _ULAD,
      0,
      () => UpdateLogAnomalyDetectorRequest$,
      () => __Unit
    ];
    var UpdateLookupTable$ = [
      9,
      n0,
      _ULT,
      0,
      () => UpdateLookupTableRequest$,
      () => UpdateLookupTableResponse$
    ];
    var UpdateScheduledQuery$ = [
      9,
      n0,
      _USQ,
      0,
      () => UpdateScheduledQueryRequest$,
      () => UpdateScheduledQueryResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
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
    var CloudWatchLogsClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
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
    var command = makeBuilder(commonParams, "Logs_20140328", "CloudWatchLogsClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AssociateKmsKeyCommand = class extends command(_ep0, _mw0, "AssociateKmsKey", AssociateKmsKey$) {
    };
    var AssociateSourceToS3TableIntegrationCommand = class extends command(_ep0, _mw0, "AssociateSourceToS3TableIntegration", AssociateSourceToS3TableIntegration$) {
    };
    var CancelExportTaskCommand = class extends command(_ep0, _mw0, "CancelExportTask", CancelExportTask$) {
    };
    var CancelImportTaskCommand = class extends command(_ep0, _mw0, "CancelImportTask", CancelImportTask$) {
    };
    var CreateDeliveryCommand = class extends command(_ep0, _mw0, "CreateDelivery", CreateDelivery$) {
    };
    var CreateExportTaskCommand = class extends command(_ep0, _mw0, "CreateExportTask", CreateExportTask$) {
    };
    var CreateImportTaskCommand = class extends command(_ep0, _mw0, "CreateImportTask", CreateImportTask$) {
    };
    var CreateLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "CreateLogAnomalyDetector", CreateLogAnomalyDetector$) {
    };
    var CreateLogGroupCommand = class extends command(_ep0, _mw0, "CreateLogGroup", CreateLogGroup$) {
    };
    var CreateLogStreamCommand = class extends command(_ep0, _mw0, "CreateLogStream", CreateLogStream$) {
    };
    var CreateLookupTableCommand = class extends command(_ep0, _mw0, "CreateLookupTable", CreateLookupTable$) {
    };
    var CreateScheduledQueryCommand = class extends command(_ep0, _mw0, "CreateScheduledQuery", CreateScheduledQuery$) {
    };
    var DeleteAccountPolicyCommand = class extends command(_ep0, _mw0, "DeleteAccountPolicy", DeleteAccountPolicy$) {
    };
    var DeleteDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "DeleteDataProtectionPolicy", DeleteDataProtectionPolicy$) {
    };
    var DeleteDeliveryCommand = class extends command(_ep0, _mw0, "DeleteDelivery", DeleteDelivery$) {
    };
    var DeleteDeliveryDestinationCommand = class extends command(_ep0, _mw0, "DeleteDeliveryDestination", DeleteDeliveryDestination$) {
    };
    var DeleteDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "DeleteDeliveryDestinationPolicy", DeleteDeliveryDestinationPolicy$) {
    };
    var DeleteDeliverySourceCommand = class extends command(_ep0, _mw0, "DeleteDeliverySource", DeleteDeliverySource$) {
    };
    var DeleteDestinationCommand = class extends command(_ep0, _mw0, "DeleteDestination", DeleteDestination$) {
    };
    var DeleteIndexPolicyCommand = class extends command(_ep0, _mw0, "DeleteIndexPolicy", DeleteIndexPolicy$) {
    };
    var DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
    };
    var DeleteLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "DeleteLogAnomalyDetector", DeleteLogAnomalyDetector$) {
    };
    var DeleteLogGroupCommand = class extends command(_ep0, _mw0, "DeleteLogGroup", DeleteLogGroup$) {
    };
    var DeleteLogStreamCommand = class extends command(_ep0, _mw0, "DeleteLogStream", DeleteLogStream$) {
    };
    var DeleteLookupTableCommand = class extends command(_ep0, _mw0, "DeleteLookupTable", DeleteLookupTable$) {
    };
    var DeleteMetricFilterCommand = class extends command(_ep0, _mw0, "DeleteMetricFilter", DeleteMetricFilter$) {
    };
    var DeleteQueryDefinitionCommand = class extends command(_ep0, _mw0, "DeleteQueryDefinition", DeleteQueryDefinition$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeleteRetentionPolicyCommand = class extends command(_ep0, _mw0, "DeleteRetentionPolicy", DeleteRetentionPolicy$) {
    };
    var DeleteScheduledQueryCommand = class extends command(_ep0, _mw0, "DeleteScheduledQuery", DeleteScheduledQuery$) {
    };
    var DeleteSubscriptionFilterCommand = class extends command(_ep0, _mw0, "DeleteSubscriptionFilter", DeleteSubscriptionFilter$) {
    };
    var DeleteSyslogConfigurationCommand = class extends command(_ep0, _mw0, "DeleteSyslogConfiguration", DeleteSyslogConfiguration$) {
    };
    var DeleteTransformerCommand = class extends command(_ep0, _mw0, "DeleteTransformer", DeleteTransformer$) {
    };
    var DescribeAccountPoliciesCommand = class extends command(_ep0, _mw0, "DescribeAccountPolicies", DescribeAccountPolicies$) {
    };
    var DescribeConfigurationTemplatesCommand = class extends command(_ep0, _mw0, "DescribeConfigurationTemplates", DescribeConfigurationTemplates$) {
    };
    var DescribeDeliveriesCommand = class extends command(_ep0, _mw0, "DescribeDeliveries", DescribeDeliveries$) {
    };
    var DescribeDeliveryDestinationsCommand = class extends command(_ep0, _mw0, "DescribeDeliveryDestinations", DescribeDeliveryDestinations$) {
    };
    var DescribeDeliverySourcesCommand = class extends command(_ep0, _mw0, "DescribeDeliverySources", DescribeDeliverySources$) {
    };
    var DescribeDestinationsCommand = class extends command(_ep0, _mw0, "DescribeDestinations", DescribeDestinations$) {
    };
    var DescribeExportTasksCommand = class extends command(_ep0, _mw0, "DescribeExportTasks", DescribeExportTasks$) {
    };
    var DescribeFieldIndexesCommand = class extends command(_ep0, _mw0, "DescribeFieldIndexes", DescribeFieldIndexes$) {
    };
    var DescribeImportTaskBatchesCommand = class extends command(_ep0, _mw0, "DescribeImportTaskBatches", DescribeImportTaskBatches$) {
    };
    var DescribeImportTasksCommand = class extends command(_ep0, _mw0, "DescribeImportTasks", DescribeImportTasks$) {
    };
    var DescribeIndexPoliciesCommand = class extends command(_ep0, _mw0, "DescribeIndexPolicies", DescribeIndexPolicies$) {
    };
    var DescribeLogGroupsCommand = class extends command(_ep0, _mw0, "DescribeLogGroups", DescribeLogGroups$) {
    };
    var DescribeLogStreamsCommand = class extends command(_ep0, _mw0, "DescribeLogStreams", DescribeLogStreams$) {
    };
    var DescribeLookupTablesCommand = class extends command(_ep0, _mw0, "DescribeLookupTables", DescribeLookupTables$) {
    };
    var DescribeMetricFiltersCommand = class extends command(_ep0, _mw0, "DescribeMetricFilters", DescribeMetricFilters$) {
    };
    var DescribeQueriesCommand = class extends command(_ep0, _mw0, "DescribeQueries", DescribeQueries$) {
    };
    var DescribeQueryDefinitionsCommand = class extends command(_ep0, _mw0, "DescribeQueryDefinitions", DescribeQueryDefinitions$) {
    };
    var DescribeResourcePoliciesCommand = class extends command(_ep0, _mw0, "DescribeResourcePolicies", DescribeResourcePolicies$) {
    };
    var DescribeSubscriptionFiltersCommand = class extends command(_ep0, _mw0, "DescribeSubscriptionFilters", DescribeSubscriptionFilters$) {
    };
    var DisassociateKmsKeyCommand = class extends command(_ep0, _mw0, "DisassociateKmsKey", DisassociateKmsKey$) {
    };
    var DisassociateSourceFromS3TableIntegrationCommand = class extends command(_ep0, _mw0, "DisassociateSourceFromS3TableIntegration", DisassociateSourceFromS3TableIntegration$) {
    };
    var FilterLogEventsCommand = class extends command(_ep0, _mw0, "FilterLogEvents", FilterLogEvents$) {
    };
    var GetDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "GetDataProtectionPolicy", GetDataProtectionPolicy$) {
    };
    var GetDeliveryCommand = class extends command(_ep0, _mw0, "GetDelivery", GetDelivery$) {
    };
    var GetDeliveryDestinationCommand = class extends command(_ep0, _mw0, "GetDeliveryDestination", GetDeliveryDestination$) {
    };
    var GetDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "GetDeliveryDestinationPolicy", GetDeliveryDestinationPolicy$) {
    };
    var GetDeliverySourceCommand = class extends command(_ep0, _mw0, "GetDeliverySource", GetDeliverySource$) {
    };
    var GetIntegrationCommand = class extends command(_ep0, _mw0, "GetIntegration", GetIntegration$) {
    };
    var GetLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "GetLogAnomalyDetector", GetLogAnomalyDetector$) {
    };
    var GetLogEventsCommand = class extends command(_ep0, _mw0, "GetLogEvents", GetLogEvents$) {
    };
    var GetLogFieldsCommand = class extends command(_ep0, _mw0, "GetLogFields", GetLogFields$) {
    };
    var GetLogGroupFieldsCommand = class extends command(_ep0, _mw0, "GetLogGroupFields", GetLogGroupFields$) {
    };
    var GetLogObjectCommand = class extends command(_ep0, _mw0, "GetLogObject", GetLogObject$) {
    };
    var GetLogRecordCommand = class extends command(_ep0, _mw0, "GetLogRecord", GetLogRecord$) {
    };
    var GetLookupTableCommand = class extends command(_ep0, _mw0, "GetLookupTable", GetLookupTable$) {
    };
    var GetQueryResultsCommand = class extends command(_ep0, _mw0, "GetQueryResults", GetQueryResults$) {
    };
    var GetScheduledQueryCommand = class extends command(_ep0, _mw0, "GetScheduledQuery", GetScheduledQuery$) {
    };
    var GetScheduledQueryHistoryCommand = class extends command(_ep0, _mw0, "GetScheduledQueryHistory", GetScheduledQueryHistory$) {
    };
    var GetStorageTierPolicyCommand = class extends command(_ep0, _mw0, "GetStorageTierPolicy", GetStorageTierPolicy$) {
    };
    var GetTransformerCommand = class extends command(_ep0, _mw0, "GetTransformer", GetTransformer$) {
    };
    var ListAggregateLogGroupSummariesCommand = class extends command(_ep0, _mw0, "ListAggregateLogGroupSummaries", ListAggregateLogGroupSummaries$) {
    };
    var ListAnomaliesCommand = class extends command(_ep0, _mw0, "ListAnomalies", ListAnomalies$) {
    };
    var ListIntegrationsCommand = class extends command(_ep0, _mw0, "ListIntegrations", ListIntegrations$) {
    };
    var ListLogAnomalyDetectorsCommand = class extends command(_ep0, _mw0, "ListLogAnomalyDetectors", ListLogAnomalyDetectors$) {
    };
    var ListLogGroupsCommand = class extends command(_ep0, _mw0, "ListLogGroups", ListLogGroups$) {
    };
    var ListLogGroupsForQueryCommand = class extends command(_ep0, _mw0, "ListLogGroupsForQuery", ListLogGroupsForQuery$) {
    };
    var ListScheduledQueriesCommand = class extends command(_ep0, _mw0, "ListScheduledQueries", ListScheduledQueries$) {
    };
    var ListSourcesForS3TableIntegrationCommand = class extends command(_ep0, _mw0, "ListSourcesForS3TableIntegration", ListSourcesForS3TableIntegration$) {
    };
    var ListSyslogConfigurationsCommand = class extends command(_ep0, _mw0, "ListSyslogConfigurations", ListSyslogConfigurations$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListTagsLogGroupCommand = class extends command(_ep0, _mw0, "ListTagsLogGroup", ListTagsLogGroup$) {
    };
    var PutAccountPolicyCommand = class extends command(_ep0, _mw0, "PutAccountPolicy", PutAccountPolicy$) {
    };
    var PutBearerTokenAuthenticationCommand = class extends command(_ep0, _mw0, "PutBearerTokenAuthentication", PutBearerTokenAuthentication$) {
    };
    var PutDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "PutDataProtectionPolicy", PutDataProtectionPolicy$) {
    };
    var PutDeliveryDestinationCommand = class extends command(_ep0, _mw0, "PutDeliveryDestination", PutDeliveryDestination$) {
    };
    var PutDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "PutDeliveryDestinationPolicy", PutDeliveryDestinationPolicy$) {
    };
    var PutDeliverySourceCommand = class extends command(_ep0, _mw0, "PutDeliverySource", PutDeliverySource$) {
    };
    var PutDestinationCommand = class extends command(_ep0, _mw0, "PutDestination", PutDestination$) {
    };
    var PutDestinationPolicyCommand = class extends command(_ep0, _mw0, "PutDestinationPolicy", PutDestinationPolicy$) {
    };
    var PutIndexPolicyCommand = class extends command(_ep0, _mw0, "PutIndexPolicy", PutIndexPolicy$) {
    };
    var PutIntegrationCommand = class extends command(_ep0, _mw0, "PutIntegration", PutIntegration$) {
    };
    var PutLogEventsCommand = class extends command(_ep0, _mw0, "PutLogEvents", PutLogEvents$) {
    };
    var PutLogGroupDeletionProtectionCommand = class extends command(_ep0, _mw0, "PutLogGroupDeletionProtection", PutLogGroupDeletionProtection$) {
    };
    var PutMetricFilterCommand = class extends command(_ep0, _mw0, "PutMetricFilter", PutMetricFilter$) {
    };
    var PutQueryDefinitionCommand = class extends command(_ep0, _mw0, "PutQueryDefinition", PutQueryDefinition$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var PutRetentionPolicyCommand = class extends command(_ep0, _mw0, "PutRetentionPolicy", PutRetentionPolicy$) {
    };
    var PutStorageTierPolicyCommand = class extends command(_ep0, _mw0, "PutStorageTierPolicy", PutStorageTierPolicy$) {
    };
    var PutSubscriptionFilterCommand = class extends command(_ep0, _mw0, "PutSubscriptionFilter", PutSubscriptionFilter$) {
    };
    var PutSyslogConfigurationCommand = class extends command(_ep0, _mw0, "PutSyslogConfiguration", PutSyslogConfiguration$) {
    };
    var PutTransformerCommand = class extends command(_ep0, _mw0, "PutTransformer", PutTransformer$) {
    };
    var StartLiveTailCommand = class extends command(_ep0, _mw0, "StartLiveTail", StartLiveTail$) {
    };
    var StartQueryCommand = class extends command(_ep0, _mw0, "StartQuery", StartQuery$) {
    };
    var StopQueryCommand = class extends command(_ep0, _mw0, "StopQuery", StopQuery$) {
    };
    var TagLogGroupCommand = class extends command(_ep0, _mw0, "TagLogGroup", TagLogGroup$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var TestMetricFilterCommand = class extends command(_ep0, _mw0, "TestMetricFilter", TestMetricFilter$) {
    };
    var TestTransformerCommand = class extends command(_ep0, _mw0, "TestTransformer", TestTransformer$) {
    };
    var UntagLogGroupCommand = class extends command(_ep0, _mw0, "UntagLogGroup", UntagLogGroup$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateAnomalyCommand = class extends command(_ep0, _mw0, "UpdateAnomaly", UpdateAnomaly$) {
    };
    var UpdateDeliveryConfigurationCommand = class extends command(_ep0, _mw0, "UpdateDeliveryConfiguration", UpdateDeliveryConfiguration$) {
    };
    var UpdateLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "UpdateLogAnomalyDetector", UpdateLogAnomalyDetector$) {
    };
    var UpdateLookupTableCommand = class extends command(_ep0, _mw0, "UpdateLookupTable", UpdateLookupTable$) {
    };
    var UpdateScheduledQueryCommand = class extends command(_ep0, _mw0, "UpdateScheduledQuery", UpdateScheduledQuery$) {
    };
    var paginateDescribeConfigurationTemplates = createPaginator(CloudWatchLogsClient, DescribeConfigurationTemplatesCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeDeliveries = createPaginator(CloudWatchLogsClient, DescribeDeliveriesCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeDeliveryDestinations = createPaginator(CloudWatchLogsClient, DescribeDeliveryDestinationsCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeDeliverySources = createPaginator(CloudWatchLogsClient, DescribeDeliverySourcesCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeDestinations = createPaginator(CloudWatchLogsClient, DescribeDestinationsCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeLogGroups = createPaginator(CloudWatchLogsClient, DescribeLogGroupsCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeLogStreams = createPaginator(CloudWatchLogsClient, DescribeLogStreamsCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeMetricFilters = createPaginator(CloudWatchLogsClient, DescribeMetricFiltersCommand, "nextToken", "nextToken", "limit");
    var paginateDescribeSubscriptionFilters = createPaginator(CloudWatchLogsClient, DescribeSubscriptionFiltersCommand, "nextToken", "nextToken", "limit");
    var paginateFilterLogEvents = createPaginator(CloudWatchLogsClient, FilterLogEventsCommand, "nextToken", "nextToken", "limit");
    var paginateGetLogEvents = createPaginator(CloudWatchLogsClient, GetLogEventsCommand, "nextToken", "nextForwardToken", "limit");
    var paginateGetScheduledQueryHistory = createPaginator(CloudWatchLogsClient, GetScheduledQueryHistoryCommand, "nextToken", "nextToken", "maxResults");
    var paginateListAggregateLogGroupSummaries = createPaginator(CloudWatchLogsClient, ListAggregateLogGroupSummariesCommand, "nextToken", "nextToken", "limit");
    var paginateListAnomalies = createPaginator(CloudWatchLogsClient, ListAnomaliesCommand, "nextToken", "nextToken", "limit");
    var paginateListLogAnomalyDetectors = createPaginator(CloudWatchLogsClient, ListLogAnomalyDetectorsCommand, "nextToken", "nextToken", "limit");
    var paginateListLogGroupsForQuery = createPaginator(CloudWatchLogsClient, ListLogGroupsForQueryCommand, "nextToken", "nextToken", "maxResults");
    var paginateListScheduledQueries = createPaginator(CloudWatchLogsClient, ListScheduledQueriesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListSourcesForS3TableIntegration = createPaginator(CloudWatchLogsClient, ListSourcesForS3TableIntegrationCommand, "nextToken", "nextToken", "maxResults");
    var commands = {
      AssociateKmsKeyCommand,
      AssociateSourceToS3TableIntegrationCommand,
      CancelExportTaskCommand,
      CancelImportTaskCommand,
      CreateDeliveryCommand,
      CreateExportTaskCommand,
      CreateImportTaskCommand,
      CreateLogAnomalyDetectorCommand,
      CreateLogGroupCommand,
      CreateLogStreamCommand,
      CreateLookupTableCommand,
      CreateScheduledQueryCommand,
      DeleteAccountPolicyCommand,
      DeleteDataProtectionPolicyCommand,
      DeleteDeliveryCommand,
      DeleteDeliveryDestinationCommand,
      DeleteDeliveryDestinationPolicyCommand,
      DeleteDeliverySourceCommand,
      DeleteDestinationCommand,
      DeleteIndexPolicyCommand,
      DeleteIntegrationCommand,
      DeleteLogAnomalyDetectorCommand,
      DeleteLogGroupCommand,
      DeleteLogStreamCommand,
      DeleteLookupTableCommand,
      DeleteMetricFilterCommand,
      DeleteQueryDefinitionCommand,
      DeleteResourcePolicyCommand,
      DeleteRetentionPolicyCommand,
      DeleteScheduledQueryCommand,
      DeleteSubscriptionFilterCommand,
      DeleteSyslogConfigurationCommand,
      DeleteTransformerCommand,
      DescribeAccountPoliciesCommand,
      DescribeConfigurationTemplatesCommand,
      DescribeDeliveriesCommand,
      DescribeDeliveryDestinationsCommand,
      DescribeDeliverySourcesCommand,
      DescribeDestinationsCommand,
      DescribeExportTasksCommand,
      DescribeFieldIndexesCommand,
      DescribeImportTaskBatchesCommand,
      DescribeImportTasksCommand,
      DescribeIndexPoliciesCommand,
      DescribeLogGroupsCommand,
      DescribeLogStreamsCommand,
      DescribeLookupTablesCommand,
      DescribeMetricFiltersCommand,
      DescribeQueriesCommand,
      DescribeQueryDefinitionsCommand,
      DescribeResourcePoliciesCommand,
      DescribeSubscriptionFiltersCommand,
      DisassociateKmsKeyCommand,
      DisassociateSourceFromS3TableIntegrationCommand,
      FilterLogEventsCommand,
      GetDataProtectionPolicyCommand,
      GetDeliveryCommand,
      GetDeliveryDestinationCommand,
      GetDeliveryDestinationPolicyCommand,
      GetDeliverySourceCommand,
      GetIntegrationCommand,
      GetLogAnomalyDetectorCommand,
      GetLogEventsCommand,
      GetLogFieldsCommand,
      GetLogGroupFieldsCommand,
      GetLogObjectCommand,
      GetLogRecordCommand,
      GetLookupTableCommand,
      GetQueryResultsCommand,
      GetScheduledQueryCommand,
      GetScheduledQueryHistoryCommand,
      GetStorageTierPolicyCommand,
      GetTransformerCommand,
      ListAggregateLogGroupSummariesCommand,
      ListAnomaliesCommand,
      ListIntegrationsCommand,
      ListLogAnomalyDetectorsCommand,
      ListLogGroupsCommand,
      ListLogGroupsForQueryCommand,
      ListScheduledQueriesCommand,
      ListSourcesForS3TableIntegrationCommand,
      ListSyslogConfigurationsCommand,
      ListTagsForResourceCommand,
      ListTagsLogGroupCommand,
      PutAccountPolicyCommand,
      PutBearerTokenAuthenticationCommand,
      PutDataProtectionPolicyCommand,
      PutDeliveryDestinationCommand,
      PutDeliveryDestinationPolicyCommand,
      PutDeliverySourceCommand,
      PutDestinationCommand,
      PutDestinationPolicyCommand,
      PutIndexPolicyCommand,
      PutIntegrationCommand,
      PutLogEventsCommand,
      PutLogGroupDeletionProtectionCommand,
      PutMetricFilterCommand,
      PutQueryDefinitionCommand,
      PutResourcePolicyCommand,
      PutRetentionPolicyCommand,
      PutStorageTierPolicyCommand,
      PutSubscriptionFilterCommand,
      PutSyslogConfigurationCommand,
      PutTransformerCommand,
      StartLiveTailCommand,
      StartQueryCommand,
      StopQueryCommand,
      TagLogGroupCommand,
      TagResourceCommand,
      TestMetricFilterCommand,
      TestTransformerCommand,
      UntagLogGroupCommand,
      UntagResourceCommand,
      UpdateAnomalyCommand,
      UpdateDeliveryConfigurationCommand,
      UpdateLogAnomalyDetectorCommand,
      UpdateLookupTableCommand,
      UpdateScheduledQueryCommand
    };
    var paginators = {
      paginateDescribeConfigurationTemplates,
      paginateDescribeDeliveries,
      paginateDescribeDeliveryDestinations,
      paginateDescribeDeliverySources,
      paginateDescribeDestinations,
      paginateDescribeLogGroups,
      paginateDescribeLogStreams,
      paginateDescribeMetricFilters,
      paginateDescribeSubscriptionFilters,
      paginateFilterLogEvents,
      paginateGetLogEvents,
      paginateGetScheduledQueryHistory,
      paginateListAggregateLogGroupSummaries,
      paginateListAnomalies,
      paginateListLogAnomalyDetectors,
      paginateListLogGroupsForQuery,
      paginateListScheduledQueries,
      paginateListSourcesForS3TableIntegration
    };
    var CloudWatchLogs = class extends CloudWatchLogsClient {
    };
    createAggregatedClient(commands, CloudWatchLogs, { paginators });
    var PolicyType = {
      DATA_PROTECTION_POLICY: "DATA_PROTECTION_POLICY",
      FIELD_INDEX_POLICY: "FIELD_INDEX_POLICY",
      METRIC_EXTRACTION_POLICY: "METRIC_EXTRACTION_POLICY",
      RETENTION_POLICY: "RETENTION_POLICY",
      SUBSCRIPTION_FILTER_POLICY: "SUBSCRIPTION_FILTER_POLICY",
      TRANSFORMER_POLICY: "TRANSFORMER_POLICY"
    };
    var Scope = {
      ALL: "ALL"
    };
    var ActionStatus = {
      CLIENT_ERROR: "CLIENT_ERROR",
      COMPLETE: "COMPLETE",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var State = {
      Active: "Active",
      Baseline: "Baseline",
      Suppressed: "Suppressed"
    };
    var AnomalyDetectorStatus = {
      ANALYZING: "ANALYZING",
      DELETED: "DELETED",
      FAILED: "FAILED",
      INITIALIZING: "INITIALIZING",
      PAUSED: "PAUSED",
      TRAINING: "TRAINING"
    };
    var EvaluationFrequency = {
      FIFTEEN_MIN: "FIFTEEN_MIN",
      FIVE_MIN: "FIVE_MIN",
      ONE_HOUR: "ONE_HOUR",
      ONE_MIN: "ONE_MIN",
      TEN_MIN: "TEN_MIN",
      THIRTY_MIN: "THIRTY_MIN"
    };
    var ImportStatus = {
      CANCELLED: "CANCELLED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var OutputFormat = {
      JSON: "json",
      PARQUET: "parquet",
      PLAIN: "plain",
      RAW: "raw",
      W3C: "w3c"
    };
    var DeliveryDestinationType = {
      CWL: "CWL",
      FH: "FH",
      S3: "S3",
      XRAY: "XRAY"
    };
    var DeliverySourceConfigurationSchemaValueType = {
      BOOLEAN: "boolean",
      DOUBLE: "double",
      INT: "int",
      LONG: "long",
      STRING: "string"
    };
    var LogGroupClass = {
      DELIVERY: "DELIVERY",
      ESSENTIALS: "ESSENTIALS",
      INFREQUENT_ACCESS: "INFREQUENT_ACCESS",
      STANDARD: "STANDARD"
    };
    var QueryLanguage = {
      CWLI: "CWLI",
      PPL: "PPL",
      SQL: "SQL"
    };
    var ScheduledQueryState = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var DataProtectionStatus = {
      ACTIVATED: "ACTIVATED",
      ARCHIVED: "ARCHIVED",
      DELETED: "DELETED",
      DISABLED: "DISABLED"
    };
    var DeliverySourceStatus = {
      ACTIVE: "ACTIVE",
      INACTIVE: "INACTIVE"
    };
    var DeliverySourceStatusReason = {
      RESOURCE_DELETED: "RESOURCE_DELETED"
    };
    var ExportTaskStatusCode = {
      CANCELLED: "CANCELLED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      PENDING: "PENDING",
      PENDING_CANCEL: "PENDING_CANCEL",
      RUNNING: "RUNNING"
    };
    var IndexCategory = {
      AUTO: "AUTO",
      CUSTOM: "CUSTOM",
      DEFAULT: "DEFAULT",
      INACTIVE: "INACTIVE"
    };
    var IndexType = {
      FACET: "FACET",
      FIELD_INDEX: "FIELD_INDEX"
    };
    var IndexSource = {
      ACCOUNT: "ACCOUNT",
      LOG_GROUP: "LOG_GROUP"
    };
    var InheritedProperty = {
      ACCOUNT_DATA_PROTECTION: "ACCOUNT_DATA_PROTECTION"
    };
    var OrderBy = {
      LastEventTime: "LastEventTime",
      LogStreamName: "LogStreamName"
    };
    var StandardUnit = {
      Bits: "Bits",
      BitsSecond: "Bits/Second",
      Bytes: "Bytes",
      BytesSecond: "Bytes/Second",
      Count: "Count",
      CountSecond: "Count/Second",
      Gigabits: "Gigabits",
      GigabitsSecond: "Gigabits/Second",
      Gigabytes: "Gigabytes",
      GigabytesSecond: "Gigabytes/Second",
      Kilobits: "Kilobits",
      KilobitsSecond: "Kilobits/Second",
      Kilobytes: "Kilobytes",
      KilobytesSecond: "Kilobytes/Second",
      Megabits: "Megabits",
      MegabitsSecond: "Megabits/Second",
      Megabytes: "Megabytes",
      MegabytesSecond: "Megabytes/Second",
      Microseconds: "Microseconds",
      Milliseconds: "Milliseconds",
      None: "None",
      Percent: "Percent",
      Seconds: "Seconds",
      Terabits: "Terabits",
      TerabitsSecond: "Terabits/Second",
      Terabytes: "Terabytes",
      TerabytesSecond: "Terabytes/Second"
    };
    var QueryStatus = {
      Cancelled: "Cancelled",
      Complete: "Complete",
      Failed: "Failed",
      Running: "Running",
      Scheduled: "Scheduled",
      Timeout: "Timeout",
      Unknown: "Unknown"
    };
    var PolicyScope = {
      ACCOUNT: "ACCOUNT",
      RESOURCE: "RESOURCE"
    };
    var Distribution = {
      ByLogStream: "ByLogStream",
      Random: "Random"
    };
    var EntityRejectionErrorType = {
      ENTITY_SIZE_TOO_LARGE: "EntitySizeTooLarge",
      INVALID_ATTRIBUTES: "InvalidAttributes",
      INVALID_ENTITY: "InvalidEntity",
      INVALID_KEY_ATTRIBUTE: "InvalidKeyAttributes",
      INVALID_TYPE_VALUE: "InvalidTypeValue",
      MISSING_REQUIRED_FIELDS: "MissingRequiredFields",
      UNSUPPORTED_LOG_GROUP_TYPE: "UnsupportedLogGroupType"
    };
    var EventSource = {
      AWSWAF: "AWSWAF",
      CLOUD_TRAIL: "CloudTrail",
      EKS_AUDIT: "EKSAudit",
      ROUTE53_RESOLVER: "Route53Resolver",
      VPC_FLOW: "VPCFlow"
    };
    var ExecutionStatus = {
      Complete: "Complete",
      Failed: "Failed",
      InvalidQuery: "InvalidQuery",
      Running: "Running",
      Timeout: "Timeout"
    };
    var FlattenedElement = {
      FIRST: "first",
      LAST: "last"
    };
    var OpenSearchResourceStatusType = {
      ACTIVE: "ACTIVE",
      ERROR: "ERROR",
      NOT_FOUND: "NOT_FOUND"
    };
    var IntegrationStatus = {
      ACTIVE: "ACTIVE",
      FAILED: "FAILED",
      PROVISIONING: "PROVISIONING"
    };
    var IntegrationType = {
      OPENSEARCH: "OPENSEARCH"
    };
    var ScheduleType = {
      AWS_MANAGED: "AWS_MANAGED",
      CUSTOMER_MANAGED: "CUSTOMER_MANAGED"
    };
    var ScheduledQueryDestinationType = {
      LOOKUP_TABLE: "LOOKUP_TABLE",
      S3: "S3"
    };
    var StorageTier = {
      INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
      STANDARD: "STANDARD"
    };
    var OCSFVersion = {
      V1_1: "V1.1",
      V1_5: "V1.5"
    };
    var Type = {
      BOOLEAN: "boolean",
      DOUBLE: "double",
      INTEGER: "integer",
      STRING: "string"
    };
    var ListAggregateLogGroupSummariesGroupBy = {
      DATA_SOURCE_NAME_AND_TYPE: "DATA_SOURCE_NAME_AND_TYPE",
      DATA_SOURCE_NAME_TYPE_AND_FORMAT: "DATA_SOURCE_NAME_TYPE_AND_FORMAT"
    };
    var SuppressionState = {
      SUPPRESSED: "SUPPRESSED",
      UNSUPPRESSED: "UNSUPPRESSED"
    };
    var S3TableIntegrationSourceStatus = {
      ACTIVE: "ACTIVE",
      DATA_SOURCE_DELETE_IN_PROGRESS: "DATA_SOURCE_DELETE_IN_PROGRESS",
      FAILED: "FAILED",
      UNHEALTHY: "UNHEALTHY"
    };
    var SyslogSourceType = {
      VPCE: "VPCE"
    };
    var SuppressionUnit = {
      HOURS: "HOURS",
      MINUTES: "MINUTES",
      SECONDS: "SECONDS"
    };
    var SuppressionType = {
      INFINITE: "INFINITE",
      LIMITED: "LIMITED"
    };
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccountPolicy$ = AccountPolicy$;
    exports.ActionStatus = ActionStatus;
    exports.AddKeyEntry$ = AddKeyEntry$;
    exports.AddKeys$ = AddKeys$;
    exports.AggregateLogGroupSummary$ = AggregateLogGroupSummary$;
    exports.Anomaly$ = Anomaly$;
    exports.AnomalyDetector$ = AnomalyDetector$;
    exports.AnomalyDetectorStatus = AnomalyDetectorStatus;
    exports.AssociateKmsKey$ = AssociateKmsKey$;
    exports.AssociateKmsKeyCommand = AssociateKmsKeyCommand;
    exports.AssociateKmsKeyRequest$ = AssociateKmsKeyRequest$;
    exports.AssociateSourceToS3TableIntegration$ = AssociateSourceToS3TableIntegration$;
    exports.AssociateSourceToS3TableIntegrationCommand = AssociateSourceToS3TableIntegrationCommand;
    exports.AssociateSourceToS3TableIntegrationRequest$ = AssociateSourceToS3TableIntegrationRequest$;
    exports.AssociateSourceToS3TableIntegrationResponse$ = AssociateSourceToS3TableIntegrationResponse$;
    exports.CSV$ = CSV$;
    exports.CancelExportTask$ = CancelExportTask$;
    exports.CancelExportTaskCommand = CancelExportTaskCommand;
    exports.CancelExportTaskRequest$ = CancelExportTaskRequest$;
    exports.CancelImportTask$ = CancelImportTask$;
    exports.CancelImportTaskCommand = CancelImportTaskCommand;
    exports.CancelImportTaskRequest$ = CancelImportTaskRequest$;
    exports.CancelImportTaskResponse$ = CancelImportTaskResponse$;
    exports.CloudWatchLogs = CloudWatchLogs;
    exports.CloudWatchLogsClient = CloudWatchLogsClient;
    exports.CloudWatchLogsServiceException = CloudWatchLogsServiceException;
    exports.CloudWatchLogsServiceException$ = CloudWatchLogsServiceException$;
    exports.ConfigurationTemplate$ = ConfigurationTemplate$;
    exports.ConfigurationTemplateDeliveryConfigValues$ = ConfigurationTemplateDeliveryConfigValues$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.CopyValue$ = CopyValue$;
    exports.CopyValueEntry$ = CopyValueEntry$;
    exports.CreateDelivery$ = CreateDelivery$;
    exports.CreateDeliveryCommand = CreateDeliveryCommand;
    exports.CreateDeliveryRequest$ = CreateDeliveryRequest$;
    exports.CreateDeliveryResponse$ = CreateDeliveryResponse$;
    exports.CreateExportTask$ = CreateExportTask$;
    exports.CreateExportTaskCommand = CreateExportTaskCommand;
    exports.CreateExportTaskRequest$ = CreateExportTaskRequest$;
    exports.CreateExportTaskResponse$ = CreateExportTaskResponse$;
    exports.CreateImportTask$ = CreateImportTask$;
    exports.CreateImportTaskCommand = CreateImportTaskCommand;
    exports.CreateImportTaskRequest$ = CreateImportTaskRequest$;
    exports.CreateImportTaskResponse$ = CreateImportTaskResponse$;
    exports.CreateLogAnomalyDetector$ = CreateLogAnomalyDetector$;
    exports.CreateLogAnomalyDetectorCommand = CreateLogAnomalyDetectorCommand;
    exports.CreateLogAnomalyDetectorRequest$ = CreateLogAnomalyDetectorRequest$;
    exports.CreateLogAnomalyDetectorResponse$ = CreateLogAnomalyDetectorResponse$;
    exports.CreateLogGroup$ = CreateLogGroup$;
    exports.CreateLogGroupCommand = CreateLogGroupCommand;
    exports.CreateLogGroupRequest$ = CreateLogGroupRequest$;
    exports.CreateLogStream$ = CreateLogStream$;
    exports.CreateLogStreamCommand = CreateLogStreamCommand;
    exports.CreateLogStreamRequest$ = CreateLogStreamRequest$;
    exports.CreateLookupTable$ = CreateLookupTable$;
    exports.CreateLookupTableCommand = CreateLookupTableCommand;
    exports.CreateLookupTableRequest$ = CreateLookupTableRequest$;
    exports.CreateLookupTableResponse$ = CreateLookupTableResponse$;
    exports.CreateScheduledQuery$ = CreateScheduledQuery$;
    exports.CreateScheduledQueryCommand = CreateScheduledQueryCommand;
    exports.CreateScheduledQueryRequest$ = CreateScheduledQueryRequest$;
    exports.CreateScheduledQueryResponse$ = CreateScheduledQueryResponse$;
    exports.DataAlreadyAcceptedException = DataAlreadyAcceptedException;
    exports.DataAlreadyAcceptedException$ = DataAlreadyAcceptedException$;
    exports.DataProtectionStatus = DataProtectionStatus;
    exports.DataSource$ = DataSource$;
    exports.DataSourceFilter$ = DataSourceFilter$;
    exports.DateTimeConverter$ = DateTimeConverter$;
    exports.DeleteAccountPolicy$ = DeleteAccountPolicy$;
    exports.DeleteAccountPolicyCommand = DeleteAccountPolicyCommand;
    exports.DeleteAccountPolicyRequest$ = DeleteAccountPolicyRequest$;
    exports.DeleteAccountPolicyResponse$ = DeleteAccountPolicyResponse$;
    exports.DeleteDataProtectionPolicy$ = DeleteDataProtectionPolicy$;
    exports.DeleteDataProtectionPolicyCommand = DeleteDataProtectionPolicyCommand;
    exports.DeleteDataProtectionPolicyRequest$ = DeleteDataProtectionPolicyRequest$;
    exports.DeleteDelivery$ = DeleteDelivery$;
    exports.DeleteDeliveryCommand = DeleteDeliveryCommand;
    exports.DeleteDeliveryDestination$ = DeleteDeliveryDestination$;
    exports.DeleteDeliveryDestinationCommand = DeleteDeliveryDestinationCommand;
    exports.DeleteDeliveryDestinationPolicy$ = DeleteDeliveryDestinationPolicy$;
    exports.DeleteDeliveryDestinationPolicyCommand = DeleteDeliveryDestinationPolicyCommand;
    exports.DeleteDeliveryDestinationPolicyRequest$ = DeleteDeliveryDestinationPolicyRequest$;
    exports.DeleteDeliveryDestinationRequest$ = DeleteDeliveryDestinationRequest$;
    exports.DeleteDeliveryRequest$ = DeleteDeliveryRequest$;
    exports.DeleteDeliverySource$ = DeleteDeliverySource$;
    exports.DeleteDeliverySourceCommand = DeleteDeliverySourceCommand;
    exports.DeleteDeliverySourceRequest$ = DeleteDeliverySourceRequest$;
    exports.DeleteDestination$ = DeleteDestination$;
    exports.DeleteDestinationCommand = DeleteDestinationCommand;
    exports.DeleteDestinationRequest$ = DeleteDestinationRequest$;
    exports.DeleteIndexPolicy$ = DeleteIndexPolicy$;
    exports.DeleteIndexPolicyCommand = DeleteIndexPolicyCommand;
    exports.DeleteIndexPolicyRequest$ = DeleteIndexPolicyRequest$;
    exports.DeleteIndexPolicyResponse$ = DeleteIndexPolicyResponse$;
    exports.DeleteIntegration$ = DeleteIntegration$;
    exports.DeleteIntegrationCommand = DeleteIntegrationCommand;
    exports.DeleteIntegrationRequest$ = DeleteIntegrationRequest$;
    exports.DeleteIntegrationResponse$ = DeleteIntegrationResponse$;
    exports.DeleteKeys$ = DeleteKeys$;
    exports.DeleteLogAnomalyDetector$ = DeleteLogAnomalyDetector$;
    exports.DeleteLogAnomalyDetectorCommand = DeleteLogAnomalyDetectorCommand;
    exports.DeleteLogAnomalyDetectorRequest$ = DeleteLogAnomalyDetectorRequest$;
    exports.DeleteLogGroup$ = DeleteLogGroup$;
    exports.DeleteLogGroupCommand = DeleteLogGroupCommand;
    exports.DeleteLogGroupRequest$ = DeleteLogGroupRequest$;
    exports.DeleteLogStream$ = DeleteLogStream$;
    exports.DeleteLogStreamCommand = DeleteLogStreamCommand;
    exports.DeleteLogStreamRequest$ = DeleteLogStreamRequest$;
    exports.DeleteLookupTable$ = DeleteLookupTable$;
    exports.DeleteLookupTableCommand = DeleteLookupTableCommand;
    exports.DeleteLookupTableRequest$ = DeleteLookupTableRequest$;
    exports.DeleteMetricFilter$ = DeleteMetricFilter$;
    exports.DeleteMetricFilterCommand = DeleteMetricFilterCommand;
    exports.DeleteMetricFilterRequest$ = DeleteMetricFilterRequest$;
    exports.DeleteQueryDefinition$ = DeleteQueryDefinition$;
    exports.DeleteQueryDefinitionCommand = DeleteQueryDefinitionCommand;
    exports.DeleteQueryDefinitionRequest$ = DeleteQueryDefinitionRequest$;
    exports.DeleteQueryDefinitionResponse$ = DeleteQueryDefinitionResponse$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
    exports.DeleteRetentionPolicy$ = DeleteRetentionPolicy$;
    exports.DeleteRetentionPolicyCommand = DeleteRetentionPolicyCommand;
    exports.DeleteRetentionPolicyRequest$ = DeleteRetentionPolicyRequest$;
    exports.DeleteScheduledQuery$ = DeleteScheduledQuery$;
    exports.DeleteScheduledQueryCommand = DeleteScheduledQueryCommand;
    exports.DeleteScheduledQueryRequest$ = DeleteScheduledQueryRequest$;
    exports.DeleteScheduledQueryResponse$ = DeleteScheduledQueryResponse$;
    exports.DeleteSubscriptionFilter$ = DeleteSubscriptionFilter$;
    exports.DeleteSubscriptionFilterCommand = DeleteSubscriptionFilterCommand;
    exports.DeleteSubscriptionFilterRequest$ = DeleteSubscriptionFilterRequest$;
    exports.DeleteSyslogConfiguration$ = DeleteSyslogConfiguration$;
    exports.DeleteSyslogConfigurationCommand = DeleteSyslogConfigurationCommand;
    exports.DeleteSyslogConfigurationRequest$ = DeleteSyslogConfigurationRequest$;
    exports.DeleteTransformer$ = DeleteTransformer$;
    exports.DeleteTransformerCommand = DeleteTransformerCommand;
    exports.DeleteTransformerRequest$ = DeleteTransformerRequest$;
    exports.Delivery$ = Delivery$;
    exports.DeliveryDestination$ = DeliveryDestination$;
    exports.DeliveryDestinationConfiguration$ = DeliveryDestinationConfiguration$;
    exports.DeliveryDestinationType = DeliveryDestinationType;
    exports.DeliverySource$ = DeliverySource$;
    exports.DeliverySourceConfigurationSchema$ = DeliverySourceConfigurationSchema$;
    exports.DeliverySourceConfigurationSchemaValueType = DeliverySourceConfigurationSchemaValueType;
    exports.DeliverySourceStatus = DeliverySourceStatus;
    exports.DeliverySourceStatusReason = DeliverySourceStatusReason;
    exports.DescribeAccountPolicies$ = DescribeAccountPolicies$;
    exports.DescribeAccountPoliciesCommand = DescribeAccountPoliciesCommand;
    exports.DescribeAccountPoliciesRequest$ = DescribeAccountPoliciesRequest$;
    exports.DescribeAccountPoliciesResponse$ = DescribeAccountPoliciesResponse$;
    exports.DescribeConfigurationTemplates$ = DescribeConfigurationTemplates$;
    exports.DescribeConfigurationTemplatesCommand = DescribeConfigurationTemplatesCommand;
    exports.DescribeConfigurationTemplatesRequest$ = DescribeConfigurationTemplatesRequest$;
    exports.DescribeConfigurationTemplatesResponse$ = DescribeConfigurationTemplatesResponse$;
    exports.DescribeDeliveries$ = DescribeDeliveries$;
    exports.DescribeDeliveriesCommand = DescribeDeliveriesCommand;
    exports.DescribeDeliveriesRequest$ = DescribeDeliveriesRequest$;
    exports.DescribeDeliveriesResponse$ = DescribeDeliveriesResponse$;
    exports.DescribeDeliveryDestinations$ = DescribeDeliveryDestinations$;
    exports.DescribeDeliveryDestinationsCommand = DescribeDeliveryDestinationsCommand;
    exports.DescribeDeliveryDestinationsRequest$ = DescribeDeliveryDestinationsRequest$;
    exports.DescribeDeliveryDestinationsResponse$ = DescribeDeliveryDestinationsResponse$;
    exports.DescribeDeliverySources$ = DescribeDeliverySources$;
    exports.DescribeDeliverySourcesCommand = DescribeDeliverySourcesCommand;
    exports.DescribeDeliverySourcesRequest$ = DescribeDeliverySourcesRequest$;
    exports.DescribeDeliverySourcesResponse$ = DescribeDeliverySourcesResponse$;
    exports.DescribeDestinations$ = DescribeDestinations$;
    exports.DescribeDestinationsCommand = DescribeDestinationsCommand;
    exports.DescribeDestinationsRequest$ = DescribeDestinationsRequest$;
    exports.DescribeDestinationsResponse$ = DescribeDestinationsResponse$;
    exports.DescribeExportTasks$ = DescribeExportTasks$;
    exports.DescribeExportTasksCommand = DescribeExportTasksCommand;
    exports.DescribeExportTasksRequest$ = DescribeExportTasksRequest$;
    exports.DescribeExportTasksResponse$ = DescribeExportTasksResponse$;
    exports.DescribeFieldIndexes$ = DescribeFieldIndexes$;
    exports.DescribeFieldIndexesCommand = DescribeFieldIndexesCommand;
    exports.DescribeFieldIndexesRequest$ = DescribeFieldIndexesRequest$;
    exports.DescribeFieldIndexesResponse$ = DescribeFieldIndexesResponse$;
    exports.DescribeImportTaskBatches$ = DescribeImportTaskBatches$;
    exports.DescribeImportTaskBatchesCommand = DescribeImportTaskBatchesCommand;
    exports.DescribeImportTaskBatchesRequest$ = DescribeImportTaskBatchesRequest$;
    exports.DescribeImportTaskBatchesResponse$ = DescribeImportTaskBatchesResponse$;
    exports.DescribeImportTasks$ = DescribeImportTasks$;
    exports.DescribeImportTasksCommand = DescribeImportTasksCommand;
    exports.DescribeImportTasksRequest$ = DescribeImportTasksRequest$;
    exports.DescribeImportTasksResponse$ = DescribeImportTasksResponse$;
    exports.DescribeIndexPolicies$ = DescribeIndexPolicies$;
    exports.DescribeIndexPoliciesCommand = DescribeIndexPoliciesCommand;
    exports.DescribeIndexPoliciesRequest$ = DescribeIndexPoliciesRequest$;
    exports.DescribeIndexPoliciesResponse$ = DescribeIndexPoliciesResponse$;
    exports.DescribeLogGroups$ = DescribeLogGroups$;
    exports.DescribeLogGroupsCommand = DescribeLogGroupsCommand;
    exports.DescribeLogGroupsRequest$ = DescribeLogGroupsRequest$;
    exports.DescribeLogGroupsResponse$ = DescribeLogGroupsResponse$;
    exports.DescribeLogStreams$ = DescribeLogStreams$;
    exports.DescribeLogStreamsCommand = DescribeLogStreamsCommand;
    exports.DescribeLogStreamsRequest$ = DescribeLogStreamsRequest$;
    exports.DescribeLogStreamsResponse$ = DescribeLogStreamsResponse$;
    exports.DescribeLookupTables$ = DescribeLookupTables$;
    exports.DescribeLookupTablesCommand = DescribeLookupTablesCommand;
    exports.DescribeLookupTablesRequest$ = DescribeLookupTablesRequest$;
    exports.DescribeLookupTablesResponse$ = DescribeLookupTablesResponse$;
    exports.DescribeMetricFilters$ = DescribeMetricFilters$;
    exports.DescribeMetricFiltersCommand = DescribeMetricFiltersCommand;
    exports.DescribeMetricFiltersRequest$ = DescribeMetricFiltersRequest$;
    exports.DescribeMetricFiltersResponse$ = DescribeMetricFiltersResponse$;
    exports.DescribeQueries$ = DescribeQueries$;
    exports.DescribeQueriesCommand = DescribeQueriesCommand;
    exports.DescribeQueriesRequest$ = DescribeQueriesRequest$;
    exports.DescribeQueriesResponse$ = DescribeQueriesResponse$;
    exports.DescribeQueryDefinitions$ = DescribeQueryDefinitions$;
    exports.DescribeQueryDefinitionsCommand = DescribeQueryDefinitionsCommand;
    exports.DescribeQueryDefinitionsRequest$ = DescribeQueryDefinitionsRequest$;
    exports.DescribeQueryDefinitionsResponse$ = DescribeQueryDefinitionsResponse$;
    exports.DescribeResourcePolicies$ = DescribeResourcePolicies$;
    exports.DescribeResourcePoliciesCommand = DescribeResourcePoliciesCommand;
    exports.DescribeResourcePoliciesRequest$ = DescribeResourcePoliciesRequest$;
    exports.DescribeResourcePoliciesResponse$ = DescribeResourcePoliciesResponse$;
    exports.DescribeSubscriptionFilters$ = DescribeSubscriptionFilters$;
    exports.DescribeSubscriptionFiltersCommand = DescribeSubscriptionFiltersCommand;
    exports.DescribeSubscriptionFiltersRequest$ = DescribeSubscriptionFiltersRequest$;
    exports.DescribeSubscriptionFiltersResponse$ = DescribeSubscriptionFiltersResponse$;
    exports.Destination$ = Destination$;
    exports.DestinationConfiguration$ = DestinationConfiguration$;
    exports.DisassociateKmsKey$ = DisassociateKmsKey$;
    exports.DisassociateKmsKeyCommand = DisassociateKmsKeyCommand;
    exports.DisassociateKmsKeyRequest$ = DisassociateKmsKeyRequest$;
    exports.DisassociateSourceFromS3TableIntegration$ = DisassociateSourceFromS3TableIntegration$;
    exports.DisassociateSourceFromS3TableIntegrationCommand = DisassociateSourceFromS3TableIntegrationCommand;
    exports.DisassociateSourceFromS3TableIntegrationRequest$ = DisassociateSourceFromS3TableIntegrationRequest$;
    exports.DisassociateSourceFromS3TableIntegrationResponse$ = DisassociateSourceFromS3TableIntegrationResponse$;
    exports.Distribution = Distribution;
    exports.DryRunResult$ = DryRunResult$;
    exports.Entity$ = Entity$;
    exports.EntityRejectionErrorType = EntityRejectionErrorType;
    exports.EvaluationFrequency = EvaluationFrequency;
    exports.EventSource = EventSource;
    exports.ExecutionStatus = ExecutionStatus;
    exports.ExportTask$ = ExportTask$;
    exports.ExportTaskExecutionInfo$ = ExportTaskExecutionInfo$;
    exports.ExportTaskStatus$ = ExportTaskStatus$;
    exports.ExportTaskStatusCode = ExportTaskStatusCode;
    exports.FieldIndex$ = FieldIndex$;
    exports.FieldsData$ = FieldsData$;
    exports.FilterLogEvents$ = FilterLogEvents$;
    exports.FilterLogEventsCommand = FilterLogEventsCommand;
    exports.FilterLogEventsRequest$ = FilterLogEventsRequest$;
    exports.FilterLogEventsResponse$ = FilterLogEventsResponse$;
    exports.FilteredLogEvent$ = FilteredLogEvent$;
    exports.FlattenedElement = FlattenedElement;
    exports.GetDataProtectionPolicy$ = GetDataProtectionPolicy$;
    exports.GetDataProtectionPolicyCommand = GetDataProtectionPolicyCommand;
    exports.GetDataProtectionPolicyRequest$ = GetDataProtectionPolicyRequest$;
    exports.GetDataProtectionPolicyResponse$ = GetDataProtectionPolicyResponse$;
    exports.GetDelivery$ = GetDelivery$;
    exports.GetDeliveryCommand = GetDeliveryCommand;
    exports.GetDeliveryDestination$ = GetDeliveryDestination$;
    exports.GetDeliveryDestinationCommand = GetDeliveryDestinationCommand;
    exports.GetDeliveryDestinationPolicy$ = GetDeliveryDestinationPolicy$;
    exports.GetDeliveryDestinationPolicyCommand = GetDeliveryDestinationPolicyCommand;
    exports.GetDeliveryDestinationPolicyRequest$ = GetDeliveryDestinationPolicyRequest$;
    exports.GetDeliveryDestinationPolicyResponse$ = GetDeliveryDestinationPolicyResponse$;
    exports.GetDeliveryDestinationRequest$ = GetDeliveryDestinationRequest$;
    exports.GetDeliveryDestinationResponse$ = GetDeliveryDestinationResponse$;
    exports.GetDeliveryRequest$ = GetDeliveryRequest$;
    exports.GetDeliveryResponse$ = GetDeliveryResponse$;
    exports.GetDeliverySource$ = GetDeliverySource$;
    exports.GetDeliverySourceCommand = GetDeliverySourceCommand;
    exports.GetDeliverySourceRequest$ = GetDeliverySourceRequest$;
    exports.GetDeliverySourceResponse$ = GetDeliverySourceResponse$;
    exports.GetIntegration$ = GetIntegration$;
    exports.GetIntegrationCommand = GetIntegrationCommand;
    exports.GetIntegrationRequest$ = GetIntegrationRequest$;
    exports.GetIntegrationResponse$ = GetIntegrationResponse$;
    exports.GetLogAnomalyDetector$ = GetLogAnomalyDetector$;
    exports.GetLogAnomalyDetectorCommand = GetLogAnomalyDetectorCommand;
    exports.GetLogAnomalyDetectorRequest$ = GetLogAnomalyDetectorRequest$;
    exports.GetLogAnomalyDetectorResponse$ = GetLogAnomalyDetectorResponse$;
    exports.GetLogEvents$ = GetLogEvents$;
    exports.GetLogEventsCommand = GetLogEventsCommand;
    exports.GetLogEventsRequest$ = GetLogEventsRequest$;
    exports.GetLogEventsResponse$ = GetLogEventsResponse$;
    exports.GetLogFields$ = GetLogFields$;
    exports.GetLogFieldsCommand = GetLogFieldsCommand;
    exports.GetLogFieldsRequest$ = GetLogFieldsRequest$;
    exports.GetLogFieldsResponse$ = GetLogFieldsResponse$;
    exports.GetLogGroupFields$ = GetLogGroupFields$;
    exports.GetLogGroupFieldsCommand = GetLogGroupFieldsCommand;
    exports.GetLogGroupFieldsRequest$ = GetLogGroupFieldsRequest$;
    exports.GetLogGroupFieldsResponse$ = GetLogGroupFieldsResponse$;
    exports.GetLogObject$ = GetLogObject$;
    exports.GetLogObjectCommand = GetLogObjectCommand;
    exports.GetLogObjectRequest$ = GetLogObjectRequest$;
    exports.GetLogObjectResponse$ = GetLogObjectResponse$;
    exports.GetLogObjectResponseStream$ = GetLogObjectResponseStream$;
    exports.GetLogRecord$ = GetLogRecord$;
    exports.GetLogRecordCommand = GetLogRecordCommand;
    exports.GetLogRecordRequest$ = GetLogRecordRequest$;
    exports.GetLogRecordResponse$ = GetLogRecordResponse$;
    exports.GetLookupTable$ = GetLookupTable$;
    exports.GetLookupTableCommand = GetLookupTableCommand;
    exports.GetLookupTableRequest$ = GetLookupTableRequest$;
    exports.GetLookupTableResponse$ = GetLookupTableResponse$;
    exports.GetQueryResults$ = GetQueryResults$;
    exports.GetQueryResultsCommand = GetQueryResultsCommand;
    exports.GetQueryResultsRequest$ = GetQueryResultsRequest$;
    exports.GetQueryResultsResponse$ = GetQueryResultsResponse$;
    exports.GetScheduledQuery$ = GetScheduledQuery$;
    exports.GetScheduledQueryCommand = GetScheduledQueryCommand;
    exports.GetScheduledQueryHistory$ = GetScheduledQueryHistory$;
    exports.GetScheduledQueryHistoryCommand = GetScheduledQueryHistoryCommand;
    exports.GetScheduledQueryHistoryRequest$ = GetScheduledQueryHistoryRequest$;
    exports.GetScheduledQueryHistoryResponse$ = GetScheduledQueryHistoryResponse$;
    exports.GetScheduledQueryRequest$ = GetScheduledQueryRequest$;
    exports.GetScheduledQueryResponse$ = GetScheduledQueryResponse$;
    exports.GetStorageTierPolicy$ = GetStorageTierPolicy$;
    exports.GetStorageTierPolicyCommand = GetStorageTierPolicyCommand;
    exports.GetStorageTierPolicyRequest$ = GetStorageTierPolicyRequest$;
    exports.GetStorageTierPolicyResponse$ = GetStorageTierPolicyResponse$;
    exports.GetTransformer$ = GetTransformer$;
    exports.GetTransformerCommand = GetTransformerCommand;
    exports.GetTransformerRequest$ = GetTransformerRequest$;
    exports.GetTransformerResponse$ = GetTransformerResponse$;
    exports.Grok$ = Grok$;
    exports.GroupingIdentifier$ = GroupingIdentifier$;
    exports.Import$ = Import$;
    exports.ImportBatch$ = ImportBatch$;
    exports.ImportFilter$ = ImportFilter$;
    exports.ImportStatistics$ = ImportStatistics$;
    exports.ImportStatus = ImportStatus;
    exports.IndexCategory = IndexCategory;
    exports.IndexPolicy$ = IndexPolicy$;
    exports.IndexSource = IndexSource;
    exports.IndexType = IndexType;
    exports.InheritedProperty = InheritedProperty;
    exports.InputLogEvent$ = InputLogEvent$;
    exports.IntegrationDetails$ = IntegrationDetails$;
    exports.IntegrationStatus = IntegrationStatus;
    exports.IntegrationSummary$ = IntegrationSummary$;
    exports.IntegrationType = IntegrationType;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.InternalStreamingException = InternalStreamingException;
    exports.InternalStreamingException$ = InternalStreamingException$;
    exports.InvalidOperationException = InvalidOperationException;
    exports.InvalidOperationException$ = InvalidOperationException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.InvalidSequenceTokenException = InvalidSequenceTokenException;
    exports.InvalidSequenceTokenException$ = InvalidSequenceTokenException$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListAggregateLogGroupSummaries$ = ListAggregateLogGroupSummaries$;
    exports.ListAggregateLogGroupSummariesCommand = ListAggregateLogGroupSummariesCommand;
    exports.ListAggregateLogGroupSummariesGroupBy = ListAggregateLogGroupSummariesGroupBy;
    exports.ListAggregateLogGroupSummariesRequest$ = ListAggregateLogGroupSummariesRequest$;
    exports.ListAggregateLogGroupSummariesResponse$ = ListAggregateLogGroupSummariesResponse$;
    exports.ListAnomalies$ = ListAnomalies$;
    exports.ListAnomaliesCommand = ListAnomaliesCommand;
    exports.ListAnomaliesRequest$ = ListAnomaliesRequest$;
    exports.ListAnomaliesResponse$ = ListAnomaliesResponse$;
    exports.ListIntegrations$ = ListIntegrations$;
    exports.ListIntegrationsCommand = ListIntegrationsCommand;
    exports.ListIntegrationsRequest$ = ListIntegrationsRequest$;
    exports.ListIntegrationsResponse$ = ListIntegrationsResponse$;
    exports.ListLogAnomalyDetectors$ = ListLogAnomalyDetectors$;
    exports.ListLogAnomalyDetectorsCommand = ListLogAnomalyDetectorsCommand;
    exports.ListLogAnomalyDetectorsRequest$ = ListLogAnomalyDetectorsRequest$;
    exports.ListLogAnomalyDetectorsResponse$ = ListLogAnomalyDetectorsResponse$;
    exports.ListLogGroups$ = ListLogGroups$;
    exports.ListLogGroupsCommand = ListLogGroupsCommand;
    exports.ListLogGroupsForQuery$ = ListLogGroupsForQuery$;
    exports.ListLogGroupsForQueryCommand = ListLogGroupsForQueryCommand;
    exports.ListLogGroupsForQueryRequest$ = ListLogGroupsForQueryRequest$;
    exports.ListLogGroupsForQueryResponse$ = ListLogGroupsForQueryResponse$;
    exports.ListLogGroupsRequest$ = ListLogGroupsRequest$;
    exports.ListLogGroupsResponse$ = ListLogGroupsResponse$;
    exports.ListScheduledQueries$ = ListScheduledQueries$;
    exports.ListScheduledQueriesCommand = ListScheduledQueriesCommand;
    exports.ListScheduledQueriesRequest$ = ListScheduledQueriesRequest$;
    exports.ListScheduledQueriesResponse$ = ListScheduledQueriesResponse$;
    exports.ListSourcesForS3TableIntegration$ = ListSourcesForS3TableIntegration$;
    exports.ListSourcesForS3TableIntegrationCommand = ListSourcesForS3TableIntegrationCommand;
    exports.ListSourcesForS3TableIntegrationRequest$ = ListSourcesForS3TableIntegrationRequest$;
    exports.ListSourcesForS3TableIntegrationResponse$ = ListSourcesForS3TableIntegrationResponse$;
    exports.ListSyslogConfigurations$ = ListSyslogConfigurations$;
    exports.ListSyslogConfigurationsCommand = ListSyslogConfigurationsCommand;
    exports.ListSyslogConfigurationsRequest$ = ListSyslogConfigurationsRequest$;
    exports.ListSyslogConfigurationsResponse$ = ListSyslogConfigurationsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTagsLogGroup$ = ListTagsLogGroup$;
    exports.ListTagsLogGroupCommand = ListTagsLogGroupCommand;
    exports.ListTagsLogGroupRequest$ = ListTagsLogGroupRequest$;
    exports.ListTagsLogGroupResponse$ = ListTagsLogGroupResponse$;
    exports.ListToMap$ = ListToMap$;
    exports.LiveTailSessionLogEvent$ = LiveTailSessionLogEvent$;
    exports.LiveTailSessionMetadata$ = LiveTailSessionMetadata$;
    exports.LiveTailSessionStart$ = LiveTailSessionStart$;
    exports.LiveTailSessionUpdate$ = LiveTailSessionUpdate$;
    exports.LogEvent$ = LogEvent$;
    exports.LogFieldType$ = LogFieldType$;
    exports.LogFieldsListItem$ = LogFieldsListItem$;
    exports.LogGroup$ = LogGroup$;
    exports.LogGroupClass = LogGroupClass;
    exports.LogGroupField$ = LogGroupField$;
    exports.LogGroupImpact$ = LogGroupImpact$;
    exports.LogGroupSummary$ = LogGroupSummary$;
    exports.LogStream$ = LogStream$;
    exports.LookupTable$ = LookupTable$;
    exports.LookupTableConfiguration$ = LookupTableConfiguration$;
    exports.LowerCaseString$ = LowerCaseString$;
    exports.MalformedQueryException = MalformedQueryException;
    exports.MalformedQueryException$ = MalformedQueryException$;
    exports.MetricFilter$ = MetricFilter$;
    exports.MetricFilterMatchRecord$ = MetricFilterMatchRecord$;
    exports.MetricTransformation$ = MetricTransformation$;
    exports.MoveKeyEntry$ = MoveKeyEntry$;
    exports.MoveKeys$ = MoveKeys$;
    exports.OCSFVersion = OCSFVersion;
    exports.OpenSearchApplication$ = OpenSearchApplication$;
    exports.OpenSearchCollection$ = OpenSearchCollection$;
    exports.OpenSearchDataAccessPolicy$ = OpenSearchDataAccessPolicy$;
    exports.OpenSearchDataSource$ = OpenSearchDataSource$;
    exports.OpenSearchEncryptionPolicy$ = OpenSearchEncryptionPolicy$;
    exports.OpenSearchIntegrationDetails$ = OpenSearchIntegrationDetails$;
    exports.OpenSearchLifecyclePolicy$ = OpenSearchLifecyclePolicy$;
    exports.OpenSearchNetworkPolicy$ = OpenSearchNetworkPolicy$;
    exports.OpenSearchResourceConfig$ = OpenSearchResourceConfig$;
    exports.OpenSearchResourceStatus$ = OpenSearchResourceStatus$;
    exports.OpenSearchResourceStatusType = OpenSearchResourceStatusType;
    exports.OpenSearchWorkspace$ = OpenSearchWorkspace$;
    exports.OperationAbortedException = OperationAbortedException;
    exports.OperationAbortedException$ = OperationAbortedException$;
    exports.OrderBy = OrderBy;
    exports.OutputFormat = OutputFormat;
    exports.OutputLogEvent$ = OutputLogEvent$;
    exports.ParseCloudfront$ = ParseCloudfront$;
    exports.ParseJSON$ = ParseJSON$;
    exports.ParseKeyValue$ = ParseKeyValue$;
    exports.ParsePostgres$ = ParsePostgres$;
    exports.ParseRoute53$ = ParseRoute53$;
    exports.ParseToOCSF$ = ParseToOCSF$;
    exports.ParseVPC$ = ParseVPC$;
    exports.ParseWAF$ = ParseWAF$;
    exports.PatternToken$ = PatternToken$;
    exports.Policy$ = Policy$;
    exports.PolicyScope = PolicyScope;
    exports.PolicyType = PolicyType;
    exports.Processor$ = Processor$;
    exports.PutAccountPolicy$ = PutAccountPolicy$;
    exports.PutAccountPolicyCommand = PutAccountPolicyCommand;
    exports.PutAccountPolicyRequest$ = PutAccountPolicyRequest$;
    exports.PutAccountPolicyResponse$ = PutAccountPolicyResponse$;
    exports.PutBearerTokenAuthentication$ = PutBearerTokenAuthentication$;
    exports.PutBearerTokenAuthenticationCommand = PutBearerTokenAuthenticationCommand;
    exports.PutBearerTokenAuthenticationRequest$ = PutBearerTokenAuthenticationRequest$;
    exports.PutDataProtectionPolicy$ = PutDataProtectionPolicy$;
    exports.PutDataProtectionPolicyCommand = PutDataProtectionPolicyCommand;
    exports.PutDataProtectionPolicyRequest$ = PutDataProtectionPolicyRequest$;
    exports.PutDataProtectionPolicyResponse$ = PutDataProtectionPolicyResponse$;
    exports.PutDeliveryDestination$ = PutDeliveryDestination$;
    exports.PutDeliveryDestinationCommand = PutDeliveryDestinationCommand;
    exports.PutDeliveryDestinationPolicy$ = PutDeliveryDestinationPolicy$;
    exports.PutDeliveryDestinationPolicyCommand = PutDeliveryDestinationPolicyCommand;
    exports.PutDeliveryDestinationPolicyRequest$ = PutDeliveryDestinationPolicyRequest$;
    exports.PutDeliveryDestinationPolicyResponse$ = PutDeliveryDestinationPolicyResponse$;
    exports.PutDeliveryDestinationRequest$ = PutDeliveryDestinationRequest$;
    exports.PutDeliveryDestinationResponse$ = PutDeliveryDestinationResponse$;
    exports.PutDeliverySource$ = PutDeliverySource$;
    exports.PutDeliverySourceCommand = PutDeliverySourceCommand;
    exports.PutDeliverySourceRequest$ = PutDeliverySourceRequest$;
    exports.PutDeliverySourceResponse$ = PutDeliverySourceResponse$;
    exports.PutDestination$ = PutDestination$;
    exports.PutDestinationCommand = PutDestinationCommand;
    exports.PutDestinationPolicy$ = PutDestinationPolicy$;
    exports.PutDestinationPolicyCommand = PutDestinationPolicyCommand;
    exports.PutDestinationPolicyRequest$ = PutDestinationPolicyRequest$;
    exports.PutDestinationRequest$ = PutDestinationRequest$;
    exports.PutDestinationResponse$ = PutDestinationResponse$;
    exports.PutIndexPolicy$ = PutIndexPolicy$;
    exports.PutIndexPolicyCommand = PutIndexPolicyCommand;
    exports.PutIndexPolicyRequest$ = PutIndexPolicyRequest$;
    exports.PutIndexPolicyResponse$ = PutIndexPolicyResponse$;
    exports.PutIntegration$ = PutIntegration$;
    exports.PutIntegrationCommand = PutIntegrationCommand;
    exports.PutIntegrationRequest$ = PutIntegrationRequest$;
    exports.PutIntegrationResponse$ = PutIntegrationResponse$;
    exports.PutLogEvents$ = PutLogEvents$;
    exports.PutLogEventsCommand = PutLogEventsCommand;
    exports.PutLogEventsRequest$ = PutLogEventsRequest$;
    exports.PutLogEventsResponse$ = PutLogEventsResponse$;
    exports.PutLogGroupDeletionProtection$ = PutLogGroupDeletionProtection$;
    exports.PutLogGroupDeletionProtectionCommand = PutLogGroupDeletionProtectionCommand;
    exports.PutLogGroupDeletionProtectionRequest$ = PutLogGroupDeletionProtectionRequest$;
    exports.PutMetricFilter$ = PutMetricFilter$;
    exports.PutMetricFilterCommand = PutMetricFilterCommand;
    exports.PutMetricFilterRequest$ = PutMetricFilterRequest$;
    exports.PutQueryDefinition$ = PutQueryDefinition$;
    exports.PutQueryDefinitionCommand = PutQueryDefinitionCommand;
    exports.PutQueryDefinitionRequest$ = PutQueryDefinitionRequest$;
    exports.PutQueryDefinitionResponse$ = PutQueryDefinitionResponse$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.PutRetentionPolicy$ = PutRetentionPolicy$;
    exports.PutRetentionPolicyCommand = PutRetentionPolicyCommand;
    exports.PutRetentionPolicyRequest$ = PutRetentionPolicyRequest$;
    exports.PutStorageTierPolicy$ = PutStorageTierPolicy$;
    exports.PutStorageTierPolicyCommand = PutStorageTierPolicyCommand;
    exports.PutStorageTierPolicyRequest$ = PutStorageTierPolicyRequest$;
    exports.PutStorageTierPolicyResponse$ = PutStorageTierPolicyResponse$;
    exports.PutSubscriptionFilter$ = PutSubscriptionFilter$;
    exports.PutSubscriptionFilterCommand = PutSubscriptionFilterCommand;
    exports.PutSubscriptionFilterRequest$ = PutSubscriptionFilterRequest$;
    exports.PutSyslogConfiguration$ = PutSyslogConfiguration$;
    exports.PutSyslogConfigurationCommand = PutSyslogConfigurationCommand;
    exports.PutSyslogConfigurationRequest$ = PutSyslogConfigurationRequest$;
    exports.PutTransformer$ = PutTransformer$;
    exports.PutTransformerCommand = PutTransformerCommand;
    exports.PutTransformerRequest$ = PutTransformerRequest$;
    exports.QueryCompileError$ = QueryCompileError$;
    exports.QueryCompileErrorLocation$ = QueryCompileErrorLocation$;
    exports.QueryDefinition$ = QueryDefinition$;
    exports.QueryInfo$ = QueryInfo$;
    exports.QueryLanguage = QueryLanguage;
    exports.QueryParameter$ = QueryParameter$;
    exports.QueryStatistics$ = QueryStatistics$;
    exports.QueryStatus = QueryStatus;
    exports.RecordField$ = RecordField$;
    exports.RejectedEntityInfo$ = RejectedEntityInfo$;
    exports.RejectedLogEventsInfo$ = RejectedLogEventsInfo$;
    exports.RenameKeyEntry$ = RenameKeyEntry$;
    exports.RenameKeys$ = RenameKeys$;
    exports.ResourceAlreadyExistsException = ResourceAlreadyExistsException;
    exports.ResourceAlreadyExistsException$ = ResourceAlreadyExistsException$;
    exports.ResourceConfig$ = ResourceConfig$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourcePolicy$ = ResourcePolicy$;
    exports.ResultField$ = ResultField$;
    exports.S3Configuration$ = S3Configuration$;
    exports.S3DeliveryConfiguration$ = S3DeliveryConfiguration$;
    exports.S3TableIntegrationSource$ = S3TableIntegrationSource$;
    exports.S3TableIntegrationSourceStatus = S3TableIntegrationSourceStatus;
    exports.S3TablesIntegration$ = S3TablesIntegration$;
    exports.ScheduleType = ScheduleType;
    exports.ScheduledQueryDestination$ = ScheduledQueryDestination$;
    exports.ScheduledQueryDestinationType = ScheduledQueryDestinationType;
    exports.ScheduledQueryState = ScheduledQueryState;
    exports.ScheduledQuerySummary$ = ScheduledQuerySummary$;
    exports.Scope = Scope;
    exports.SearchedLogStream$ = SearchedLogStream$;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.ServiceUnavailableException = ServiceUnavailableException;
    exports.ServiceUnavailableException$ = ServiceUnavailableException$;
    exports.SessionStreamingException = SessionStreamingException;
    exports.SessionStreamingException$ = SessionStreamingException$;
    exports.SessionTimeoutException = SessionTimeoutException;
    exports.SessionTimeoutException$ = SessionTimeoutException$;
    exports.SplitString$ = SplitString$;
    exports.SplitStringEntry$ = SplitStringEntry$;
    exports.StandardUnit = StandardUnit;
    exports.StartLiveTail$ = StartLiveTail$;
    exports.StartLiveTailCommand = StartLiveTailCommand;
    exports.StartLiveTailRequest$ = StartLiveTailRequest$;
    exports.StartLiveTailResponse$ = StartLiveTailResponse$;
    exports.StartLiveTailResponseStream$ = StartLiveTailResponseStream$;
    exports.StartQuery$ = StartQuery$;
    exports.StartQueryCommand = StartQueryCommand;
    exports.StartQueryRequest$ = StartQueryRequest$;
    exports.StartQueryResponse$ = StartQueryResponse$;
    exports.State = State;
    exports.StopQuery$ = StopQuery$;
    exports.StopQueryCommand = StopQueryCommand;
    exports.StopQueryRequest$ = StopQueryRequest$;
    exports.StopQueryResponse$ = StopQueryResponse$;
    exports.StorageTier = StorageTier;
    exports.SubscriptionFilter$ = SubscriptionFilter$;
    exports.SubstituteString$ = SubstituteString$;
    exports.SubstituteStringEntry$ = SubstituteStringEntry$;
    exports.SuppressionPeriod$ = SuppressionPeriod$;
    exports.SuppressionState = SuppressionState;
    exports.SuppressionType = SuppressionType;
    exports.SuppressionUnit = SuppressionUnit;
    exports.SyslogConfiguration$ = SyslogConfiguration$;
    exports.SyslogSourceType = SyslogSourceType;
    exports.TagFilter$ = TagFilter$;
    exports.TagLogGroup$ = TagLogGroup$;
    exports.TagLogGroupCommand = TagLogGroupCommand;
    exports.TagLogGroupRequest$ = TagLogGroupRequest$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TestMetricFilter$ = TestMetricFilter$;
    exports.TestMetricFilterCommand = TestMetricFilterCommand;
    exports.TestMetricFilterRequest$ = TestMetricFilterRequest$;
    exports.TestMetricFilterResponse$ = TestMetricFilterResponse$;
    exports.TestTransformer$ = TestTransformer$;
    exports.TestTransformerCommand = TestTransformerCommand;
    exports.TestTransformerRequest$ = TestTransformerRequest$;
    exports.TestTransformerResponse$ = TestTransformerResponse$;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.TooManyTagsException = TooManyTagsException;
    exports.TooManyTagsException$ = TooManyTagsException$;
    exports.TransformedLogRecord$ = TransformedLogRecord$;
    exports.TriggerHistoryRecord$ = TriggerHistoryRecord$;
    exports.TrimString$ = TrimString$;
    exports.Type = Type;
    exports.TypeConverter$ = TypeConverter$;
    exports.TypeConverterEntry$ = TypeConverterEntry$;
    exports.UnrecognizedClientException = UnrecognizedClientException;
    exports.UnrecognizedClientException$ = UnrecognizedClientException$;
    exports.UntagLogGroup$ = UntagLogGroup$;
    exports.UntagLogGroupCommand = UntagLogGroupCommand;
    exports.UntagLogGroupRequest$ = UntagLogGroupRequest$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UpdateAnomaly$ = UpdateAnomaly$;
    exports.UpdateAnomalyCommand = UpdateAnomalyCommand;
    exports.UpdateAnomalyRequest$ = UpdateAnomalyRequest$;
    exports.UpdateDeliveryConfiguration$ = UpdateDeliveryConfiguration$;
    exports.UpdateDeliveryConfigurationCommand = UpdateDeliveryConfigurationCommand;
    exports.UpdateDeliveryConfigurationRequest$ = UpdateDeliveryConfigurationRequest$;
    exports.UpdateDeliveryConfigurationResponse$ = UpdateDeliveryConfigurationResponse$;
    exports.UpdateLogAnomalyDetector$ = UpdateLogAnomalyDetector$;
    exports.UpdateLogAnomalyDetectorCommand = UpdateLogAnomalyDetectorCommand;
    exports.UpdateLogAnomalyDetectorRequest$ = UpdateLogAnomalyDetectorRequest$;
    exports.UpdateLookupTable$ = UpdateLookupTable$;
    exports.UpdateLookupTableCommand = UpdateLookupTableCommand;
    exports.UpdateLookupTableRequest$ = UpdateLookupTableRequest$;
    exports.UpdateLookupTableResponse$ = UpdateLookupTableResponse$;
    exports.UpdateScheduledQuery$ = UpdateScheduledQuery$;
    exports.UpdateScheduledQueryCommand = UpdateScheduledQueryCommand;
    exports.UpdateScheduledQueryRequest$ = UpdateScheduledQueryRequest$;
    exports.UpdateScheduledQueryResponse$ = UpdateScheduledQueryResponse$;
    exports.UpperCaseString$ = UpperCaseString$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeConfigurationTemplates = paginateDescribeConfigurationTemplates;
    exports.paginateDescribeDeliveries = paginateDescribeDeliveries;
    exports.paginateDescribeDeliveryDestinations = paginateDescribeDeliveryDestinations;
    exports.paginateDescribeDeliverySources = paginateDescribeDeliverySources;
    exports.paginateDescribeDestinations = paginateDescribeDestinations;
    exports.paginateDescribeLogGroups = paginateDescribeLogGroups;
    exports.paginateDescribeLogStreams = paginateDescribeLogStreams;
    exports.paginateDescribeMetricFilters = paginateDescribeMetricFilters;
    exports.paginateDescribeSubscriptionFilters = paginateDescribeSubscriptionFilters;
    exports.paginateFilterLogEvents = paginateFilterLogEvents;
    exports.paginateGetLogEvents = paginateGetLogEvents;
    exports.paginateGetScheduledQueryHistory = paginateGetScheduledQueryHistory;
    exports.paginateListAggregateLogGroupSummaries = paginateListAggregateLogGroupSummaries;
    exports.paginateListAnomalies = paginateListAnomalies;
    exports.paginateListLogAnomalyDetectors = paginateListLogAnomalyDetectors;
    exports.paginateListLogGroupsForQuery = paginateListLogGroupsForQuery;
    exports.paginateListScheduledQueries = paginateListScheduledQueries;
    exports.paginateListSourcesForS3TableIntegration = paginateListSourcesForS3TableIntegration;
  }
});

// ../../node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var require_dist_cjs5 = __commonJS({
  "../../node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveParams, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, resolveAwsSdkSigV4AConfig, AwsSdkSigV4Signer, AwsSdkSigV4ASigner, NODE_SIGV4A_CONFIG_OPTIONS, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { SignatureV4MultiRegion } = require_dist_cjs2();
    var { defaultProvider } = require_dist_cjs3();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
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
    var version = "3.1168.0";
    var packageInfo = {
      version
    };
    var EventBridgeServiceException = class _EventBridgeServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.eventbridge#EventBridgeServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _EventBridgeServiceException.prototype);
      }
    };
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
    var ReplayList = [
      1,
      n0,
      _RL,
      0,
      () => Replay$
    ];
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
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
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
    var getRuntimeConfig$1 = (config) => {
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
        sha256: config?.sha256 ?? Sha256,
        signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
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
    var EventBridgeClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
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
    var command = makeBuilder(commonParams, "AWSEvents", "EventBridgeClient", getEndpointPlugin);
    var _ep0 = {};
    var _ep1 = {
      EndpointId: { type: "contextParams", name: "EndpointId" }
    };
    var _mw0 = (Command, cs, config, o2) => [];
    var ActivateEventSourceCommand = class extends command(_ep0, _mw0, "ActivateEventSource", ActivateEventSource$) {
    };
    var CancelReplayCommand = class extends command(_ep0, _mw0, "CancelReplay", CancelReplay$) {
    };
    var CreateApiDestinationCommand = class extends command(_ep0, _mw0, "CreateApiDestination", CreateApiDestination$) {
    };
    var CreateArchiveCommand = class extends command(_ep0, _mw0, "CreateArchive", CreateArchive$) {
    };
    var CreateConnectionCommand = class extends command(_ep0, _mw0, "CreateConnection", CreateConnection$) {
    };
    var CreateEndpointCommand = class extends command(_ep0, _mw0, "CreateEndpoint", CreateEndpoint$) {
    };
    var CreateEventBusCommand = class extends command(_ep0, _mw0, "CreateEventBus", CreateEventBus$) {
    };
    var CreatePartnerEventSourceCommand = class extends command(_ep0, _mw0, "CreatePartnerEventSource", CreatePartnerEventSource$) {
    };
    var DeactivateEventSourceCommand = class extends command(_ep0, _mw0, "DeactivateEventSource", DeactivateEventSource$) {
    };
    var DeauthorizeConnectionCommand = class extends command(_ep0, _mw0, "DeauthorizeConnection", DeauthorizeConnection$) {
    };
    var DeleteApiDestinationCommand = class extends command(_ep0, _mw0, "DeleteApiDestination", DeleteApiDestination$) {
    };
    var DeleteArchiveCommand = class extends command(_ep0, _mw0, "DeleteArchive", DeleteArchive$) {
    };
    var DeleteConnectionCommand = class extends command(_ep0, _mw0, "DeleteConnection", DeleteConnection$) {
    };
    var DeleteEndpointCommand = class extends command(_ep0, _mw0, "DeleteEndpoint", DeleteEndpoint$) {
    };
    var DeleteEventBusCommand = class extends command(_ep0, _mw0, "DeleteEventBus", DeleteEventBus$) {
    };
    var DeletePartnerEventSourceCommand = class extends command(_ep0, _mw0, "DeletePartnerEventSource", DeletePartnerEventSource$) {
    };
    var DeleteRuleCommand = class extends command(_ep0, _mw0, "DeleteRule", DeleteRule$) {
    };
    var DescribeApiDestinationCommand = class extends command(_ep0, _mw0, "DescribeApiDestination", DescribeApiDestination$) {
    };
    var DescribeArchiveCommand = class extends command(_ep0, _mw0, "DescribeArchive", DescribeArchive$) {
    };
    var DescribeConnectionCommand = class extends command(_ep0, _mw0, "DescribeConnection", DescribeConnection$) {
    };
    var DescribeEndpointCommand = class extends command(_ep0, _mw0, "DescribeEndpoint", DescribeEndpoint$) {
    };
    var DescribeEventBusCommand = class extends command(_ep0, _mw0, "DescribeEventBus", DescribeEventBus$) {
    };
    var DescribeEventSourceCommand = class extends command(_ep0, _mw0, "DescribeEventSource", DescribeEventSource$) {
    };
    var DescribePartnerEventSourceCommand = class extends command(_ep0, _mw0, "DescribePartnerEventSource", DescribePartnerEventSource$) {
    };
    var DescribeReplayCommand = class extends command(_ep0, _mw0, "DescribeReplay", DescribeReplay$) {
    };
    var DescribeRuleCommand = class extends command(_ep0, _mw0, "DescribeRule", DescribeRule$) {
    };
    var DisableRuleCommand = class extends command(_ep0, _mw0, "DisableRule", DisableRule$) {
    };
    var EnableRuleCommand = class extends command(_ep0, _mw0, "EnableRule", EnableRule$) {
    };
    var ListApiDestinationsCommand = class extends command(_ep0, _mw0, "ListApiDestinations", ListApiDestinations$) {
    };
    var ListArchivesCommand = class extends command(_ep0, _mw0, "ListArchives", ListArchives$) {
    };
    var ListConnectionsCommand = class extends command(_ep0, _mw0, "ListConnections", ListConnections$) {
    };
    var ListEndpointsCommand = class extends command(_ep0, _mw0, "ListEndpoints", ListEndpoints$) {
    };
    var ListEventBusesCommand = class extends command(_ep0, _mw0, "ListEventBuses", ListEventBuses$) {
    };
    var ListEventSourcesCommand = class extends command(_ep0, _mw0, "ListEventSources", ListEventSources$) {
    };
    var ListPartnerEventSourceAccountsCommand = class extends command(_ep0, _mw0, "ListPartnerEventSourceAccounts", ListPartnerEventSourceAccounts$) {
    };
    var ListPartnerEventSourcesCommand = class extends command(_ep0, _mw0, "ListPartnerEventSources", ListPartnerEventSources$) {
    };
    var ListReplaysCommand = class extends command(_ep0, _mw0, "ListReplays", ListReplays$) {
    };
    var ListRuleNamesByTargetCommand = class extends command(_ep0, _mw0, "ListRuleNamesByTarget", ListRuleNamesByTarget$) {
    };
    var ListRulesCommand = class extends command(_ep0, _mw0, "ListRules", ListRules$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListTargetsByRuleCommand = class extends command(_ep0, _mw0, "ListTargetsByRule", ListTargetsByRule$) {
    };
    var PutEventsCommand = class extends command(_ep1, _mw0, "PutEvents", PutEvents$) {
    };
    var PutPartnerEventsCommand = class extends command(_ep0, _mw0, "PutPartnerEvents", PutPartnerEvents$) {
    };
    var PutPermissionCommand = class extends command(_ep0, _mw0, "PutPermission", PutPermission$) {
    };
    var PutRuleCommand = class extends command(_ep0, _mw0, "PutRule", PutRule$) {
    };
    var PutTargetsCommand = class extends command(_ep0, _mw0, "PutTargets", PutTargets$) {
    };
    var RemovePermissionCommand = class extends command(_ep0, _mw0, "RemovePermission", RemovePermission$) {
    };
    var RemoveTargetsCommand = class extends command(_ep0, _mw0, "RemoveTargets", RemoveTargets$) {
    };
    var StartReplayCommand = class extends command(_ep0, _mw0, "StartReplay", StartReplay$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var TestEventPatternCommand = class extends command(_ep0, _mw0, "TestEventPattern", TestEventPattern$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateApiDestinationCommand = class extends command(_ep0, _mw0, "UpdateApiDestination", UpdateApiDestination$) {
    };
    var UpdateArchiveCommand = class extends command(_ep0, _mw0, "UpdateArchive", UpdateArchive$) {
    };
    var UpdateConnectionCommand = class extends command(_ep0, _mw0, "UpdateConnection", UpdateConnection$) {
    };
    var UpdateEndpointCommand = class extends command(_ep0, _mw0, "UpdateEndpoint", UpdateEndpoint$) {
    };
    var UpdateEventBusCommand = class extends command(_ep0, _mw0, "UpdateEventBus", UpdateEventBus$) {
    };
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
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.ActivateEventSource$ = ActivateEventSource$;
    exports.ActivateEventSourceCommand = ActivateEventSourceCommand;
    exports.ActivateEventSourceRequest$ = ActivateEventSourceRequest$;
    exports.ApiDestination$ = ApiDestination$;
    exports.ApiDestinationHttpMethod = ApiDestinationHttpMethod;
    exports.ApiDestinationState = ApiDestinationState;
    exports.AppSyncParameters$ = AppSyncParameters$;
    exports.Archive$ = Archive$;
    exports.ArchiveState = ArchiveState;
    exports.AssignPublicIp = AssignPublicIp;
    exports.AwsVpcConfiguration$ = AwsVpcConfiguration$;
    exports.BatchArrayProperties$ = BatchArrayProperties$;
    exports.BatchParameters$ = BatchParameters$;
    exports.BatchRetryStrategy$ = BatchRetryStrategy$;
    exports.CancelReplay$ = CancelReplay$;
    exports.CancelReplayCommand = CancelReplayCommand;
    exports.CancelReplayRequest$ = CancelReplayRequest$;
    exports.CancelReplayResponse$ = CancelReplayResponse$;
    exports.CapacityProviderStrategyItem$ = CapacityProviderStrategyItem$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.Condition$ = Condition$;
    exports.Connection$ = Connection$;
    exports.ConnectionApiKeyAuthResponseParameters$ = ConnectionApiKeyAuthResponseParameters$;
    exports.ConnectionAuthResponseParameters$ = ConnectionAuthResponseParameters$;
    exports.ConnectionAuthorizationType = ConnectionAuthorizationType;
    exports.ConnectionBasicAuthResponseParameters$ = ConnectionBasicAuthResponseParameters$;
    exports.ConnectionBodyParameter$ = ConnectionBodyParameter$;
    exports.ConnectionHeaderParameter$ = ConnectionHeaderParameter$;
    exports.ConnectionHttpParameters$ = ConnectionHttpParameters$;
    exports.ConnectionOAuthClientResponseParameters$ = ConnectionOAuthClientResponseParameters$;
    exports.ConnectionOAuthHttpMethod = ConnectionOAuthHttpMethod;
    exports.ConnectionOAuthResponseParameters$ = ConnectionOAuthResponseParameters$;
    exports.ConnectionQueryStringParameter$ = ConnectionQueryStringParameter$;
    exports.ConnectionState = ConnectionState;
    exports.ConnectivityResourceConfigurationArn$ = ConnectivityResourceConfigurationArn$;
    exports.ConnectivityResourceParameters$ = ConnectivityResourceParameters$;
    exports.CreateApiDestination$ = CreateApiDestination$;
    exports.CreateApiDestinationCommand = CreateApiDestinationCommand;
    exports.CreateApiDestinationRequest$ = CreateApiDestinationRequest$;
    exports.CreateApiDestinationResponse$ = CreateApiDestinationResponse$;
    exports.CreateArchive$ = CreateArchive$;
    exports.CreateArchiveCommand = CreateArchiveCommand;
    exports.CreateArchiveRequest$ = CreateArchiveRequest$;
    exports.CreateArchiveResponse$ = CreateArchiveResponse$;
    exports.CreateConnection$ = CreateConnection$;
    exports.CreateConnectionApiKeyAuthRequestParameters$ = CreateConnectionApiKeyAuthRequestParameters$;
    exports.CreateConnectionAuthRequestParameters$ = CreateConnectionAuthRequestParameters$;
    exports.CreateConnectionBasicAuthRequestParameters$ = CreateConnectionBasicAuthRequestParameters$;
    exports.CreateConnectionCommand = CreateConnectionCommand;
    exports.CreateConnectionOAuthClientRequestParameters$ = CreateConnectionOAuthClientRequestParameters$;
    exports.CreateConnectionOAuthRequestParameters$ = CreateConnectionOAuthRequestParameters$;
    exports.CreateConnectionRequest$ = CreateConnectionRequest$;
    exports.CreateConnectionResponse$ = CreateConnectionResponse$;
    exports.CreateEndpoint$ = CreateEndpoint$;
    exports.CreateEndpointCommand = CreateEndpointCommand;
    exports.CreateEndpointRequest$ = CreateEndpointRequest$;
    exports.CreateEndpointResponse$ = CreateEndpointResponse$;
    exports.CreateEventBus$ = CreateEventBus$;
    exports.CreateEventBusCommand = CreateEventBusCommand;
    exports.CreateEventBusRequest$ = CreateEventBusRequest$;
    exports.CreateEventBusResponse$ = CreateEventBusResponse$;
    exports.CreatePartnerEventSource$ = CreatePartnerEventSource$;
    exports.CreatePartnerEventSourceCommand = CreatePartnerEventSourceCommand;
    exports.CreatePartnerEventSourceRequest$ = CreatePartnerEventSourceRequest$;
    exports.CreatePartnerEventSourceResponse$ = CreatePartnerEventSourceResponse$;
    exports.DeactivateEventSource$ = DeactivateEventSource$;
    exports.DeactivateEventSourceCommand = DeactivateEventSourceCommand;
    exports.DeactivateEventSourceRequest$ = DeactivateEventSourceRequest$;
    exports.DeadLetterConfig$ = DeadLetterConfig$;
    exports.DeauthorizeConnection$ = DeauthorizeConnection$;
    exports.DeauthorizeConnectionCommand = DeauthorizeConnectionCommand;
    exports.DeauthorizeConnectionRequest$ = DeauthorizeConnectionRequest$;
    exports.DeauthorizeConnectionResponse$ = DeauthorizeConnectionResponse$;
    exports.DeleteApiDestination$ = DeleteApiDestination$;
    exports.DeleteApiDestinationCommand = DeleteApiDestinationCommand;
    exports.DeleteApiDestinationRequest$ = DeleteApiDestinationRequest$;
    exports.DeleteApiDestinationResponse$ = DeleteApiDestinationResponse$;
    exports.DeleteArchive$ = DeleteArchive$;
    exports.DeleteArchiveCommand = DeleteArchiveCommand;
    exports.DeleteArchiveRequest$ = DeleteArchiveRequest$;
    exports.DeleteArchiveResponse$ = DeleteArchiveResponse$;
    exports.DeleteConnection$ = DeleteConnection$;
    exports.DeleteConnectionCommand = DeleteConnectionCommand;
    exports.DeleteConnectionRequest$ = DeleteConnectionRequest$;
    exports.DeleteConnectionResponse$ = DeleteConnectionResponse$;
    exports.DeleteEndpoint$ = DeleteEndpoint$;
    exports.DeleteEndpointCommand = DeleteEndpointCommand;
    exports.DeleteEndpointRequest$ = DeleteEndpointRequest$;
    exports.DeleteEndpointResponse$ = DeleteEndpointResponse$;
    exports.DeleteEventBus$ = DeleteEventBus$;
    exports.DeleteEventBusCommand = DeleteEventBusCommand;
    exports.DeleteEventBusRequest$ = DeleteEventBusRequest$;
    exports.DeletePartnerEventSource$ = DeletePartnerEventSource$;
    exports.DeletePartnerEventSourceCommand = DeletePartnerEventSourceCommand;
    exports.DeletePartnerEventSourceRequest$ = DeletePartnerEventSourceRequest$;
    exports.DeleteRule$ = DeleteRule$;
    exports.DeleteRuleCommand = DeleteRuleCommand;
    exports.DeleteRuleRequest$ = DeleteRuleRequest$;
    exports.DescribeApiDestination$ = DescribeApiDestination$;
    exports.DescribeApiDestinationCommand = DescribeApiDestinationCommand;
    exports.DescribeApiDestinationRequest$ = DescribeApiDestinationRequest$;
    exports.DescribeApiDestinationResponse$ = DescribeApiDestinationResponse$;
    exports.DescribeArchive$ = DescribeArchive$;
    exports.DescribeArchiveCommand = DescribeArchiveCommand;
    exports.DescribeArchiveRequest$ = DescribeArchiveRequest$;
    exports.DescribeArchiveResponse$ = DescribeArchiveResponse$;
    exports.DescribeConnection$ = DescribeConnection$;
    exports.DescribeConnectionCommand = DescribeConnectionCommand;
    exports.DescribeConnectionConnectivityParameters$ = DescribeConnectionConnectivityParameters$;
    exports.DescribeConnectionRequest$ = DescribeConnectionRequest$;
    exports.DescribeConnectionResourceParameters$ = DescribeConnectionResourceParameters$;
    exports.DescribeConnectionResponse$ = DescribeConnectionResponse$;
    exports.DescribeEndpoint$ = DescribeEndpoint$;
    exports.DescribeEndpointCommand = DescribeEndpointCommand;
    exports.DescribeEndpointRequest$ = DescribeEndpointRequest$;
    exports.DescribeEndpointResponse$ = DescribeEndpointResponse$;
    exports.DescribeEventBus$ = DescribeEventBus$;
    exports.DescribeEventBusCommand = DescribeEventBusCommand;
    exports.DescribeEventBusRequest$ = DescribeEventBusRequest$;
    exports.DescribeEventBusResponse$ = DescribeEventBusResponse$;
    exports.DescribeEventSource$ = DescribeEventSource$;
    exports.DescribeEventSourceCommand = DescribeEventSourceCommand;
    exports.DescribeEventSourceRequest$ = DescribeEventSourceRequest$;
    exports.DescribeEventSourceResponse$ = DescribeEventSourceResponse$;
    exports.DescribePartnerEventSource$ = DescribePartnerEventSource$;
    exports.DescribePartnerEventSourceCommand = DescribePartnerEventSourceCommand;
    exports.DescribePartnerEventSourceRequest$ = DescribePartnerEventSourceRequest$;
    exports.DescribePartnerEventSourceResponse$ = DescribePartnerEventSourceResponse$;
    exports.DescribeReplay$ = DescribeReplay$;
    exports.DescribeReplayCommand = DescribeReplayCommand;
    exports.DescribeReplayRequest$ = DescribeReplayRequest$;
    exports.DescribeReplayResponse$ = DescribeReplayResponse$;
    exports.DescribeRule$ = DescribeRule$;
    exports.DescribeRuleCommand = DescribeRuleCommand;
    exports.DescribeRuleRequest$ = DescribeRuleRequest$;
    exports.DescribeRuleResponse$ = DescribeRuleResponse$;
    exports.DisableRule$ = DisableRule$;
    exports.DisableRuleCommand = DisableRuleCommand;
    exports.DisableRuleRequest$ = DisableRuleRequest$;
    exports.EcsParameters$ = EcsParameters$;
    exports.EnableRule$ = EnableRule$;
    exports.EnableRuleCommand = EnableRuleCommand;
    exports.EnableRuleRequest$ = EnableRuleRequest$;
    exports.Endpoint$ = Endpoint$;
    exports.EndpointEventBus$ = EndpointEventBus$;
    exports.EndpointState = EndpointState;
    exports.EventBridge = EventBridge;
    exports.EventBridgeClient = EventBridgeClient;
    exports.EventBridgeServiceException = EventBridgeServiceException;
    exports.EventBridgeServiceException$ = EventBridgeServiceException$;
    exports.EventBus$ = EventBus$;
    exports.EventSource$ = EventSource$;
    exports.EventSourceState = EventSourceState;
    exports.FailoverConfig$ = FailoverConfig$;
    exports.HttpParameters$ = HttpParameters$;
    exports.IllegalStatusException = IllegalStatusException;
    exports.IllegalStatusException$ = IllegalStatusException$;
    exports.IncludeDetail = IncludeDetail;
    exports.InputTransformer$ = InputTransformer$;
    exports.InternalException = InternalException;
    exports.InternalException$ = InternalException$;
    exports.InvalidEventPatternException = InvalidEventPatternException;
    exports.InvalidEventPatternException$ = InvalidEventPatternException$;
    exports.InvalidStateException = InvalidStateException;
    exports.InvalidStateException$ = InvalidStateException$;
    exports.KinesisParameters$ = KinesisParameters$;
    exports.LaunchType = LaunchType;
    exports.Level = Level;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListApiDestinations$ = ListApiDestinations$;
    exports.ListApiDestinationsCommand = ListApiDestinationsCommand;
    exports.ListApiDestinationsRequest$ = ListApiDestinationsRequest$;
    exports.ListApiDestinationsResponse$ = ListApiDestinationsResponse$;
    exports.ListArchives$ = ListArchives$;
    exports.ListArchivesCommand = ListArchivesCommand;
    exports.ListArchivesRequest$ = ListArchivesRequest$;
    exports.ListArchivesResponse$ = ListArchivesResponse$;
    exports.ListConnections$ = ListConnections$;
    exports.ListConnectionsCommand = ListConnectionsCommand;
    exports.ListConnectionsRequest$ = ListConnectionsRequest$;
    exports.ListConnectionsResponse$ = ListConnectionsResponse$;
    exports.ListEndpoints$ = ListEndpoints$;
    exports.ListEndpointsCommand = ListEndpointsCommand;
    exports.ListEndpointsRequest$ = ListEndpointsRequest$;
    exports.ListEndpointsResponse$ = ListEndpointsResponse$;
    exports.ListEventBuses$ = ListEventBuses$;
    exports.ListEventBusesCommand = ListEventBusesCommand;
    exports.ListEventBusesRequest$ = ListEventBusesRequest$;
    exports.ListEventBusesResponse$ = ListEventBusesResponse$;
    exports.ListEventSources$ = ListEventSources$;
    exports.ListEventSourcesCommand = ListEventSourcesCommand;
    exports.ListEventSourcesRequest$ = ListEventSourcesRequest$;
    exports.ListEventSourcesResponse$ = ListEventSourcesResponse$;
    exports.ListPartnerEventSourceAccounts$ = ListPartnerEventSourceAccounts$;
    exports.ListPartnerEventSourceAccountsCommand = ListPartnerEventSourceAccountsCommand;
    exports.ListPartnerEventSourceAccountsRequest$ = ListPartnerEventSourceAccountsRequest$;
    exports.ListPartnerEventSourceAccountsResponse$ = ListPartnerEventSourceAccountsResponse$;
    exports.ListPartnerEventSources$ = ListPartnerEventSources$;
    exports.ListPartnerEventSourcesCommand = ListPartnerEventSourcesCommand;
    exports.ListPartnerEventSourcesRequest$ = ListPartnerEventSourcesRequest$;
    exports.ListPartnerEventSourcesResponse$ = ListPartnerEventSourcesResponse$;
    exports.ListReplays$ = ListReplays$;
    exports.ListReplaysCommand = ListReplaysCommand;
    exports.ListReplaysRequest$ = ListReplaysRequest$;
    exports.ListReplaysResponse$ = ListReplaysResponse$;
    exports.ListRuleNamesByTarget$ = ListRuleNamesByTarget$;
    exports.ListRuleNamesByTargetCommand = ListRuleNamesByTargetCommand;
    exports.ListRuleNamesByTargetRequest$ = ListRuleNamesByTargetRequest$;
    exports.ListRuleNamesByTargetResponse$ = ListRuleNamesByTargetResponse$;
    exports.ListRules$ = ListRules$;
    exports.ListRulesCommand = ListRulesCommand;
    exports.ListRulesRequest$ = ListRulesRequest$;
    exports.ListRulesResponse$ = ListRulesResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTargetsByRule$ = ListTargetsByRule$;
    exports.ListTargetsByRuleCommand = ListTargetsByRuleCommand;
    exports.ListTargetsByRuleRequest$ = ListTargetsByRuleRequest$;
    exports.ListTargetsByRuleResponse$ = ListTargetsByRuleResponse$;
    exports.LogConfig$ = LogConfig$;
    exports.ManagedRuleException = ManagedRuleException;
    exports.ManagedRuleException$ = ManagedRuleException$;
    exports.NetworkConfiguration$ = NetworkConfiguration$;
    exports.OperationDisabledException = OperationDisabledException;
    exports.OperationDisabledException$ = OperationDisabledException$;
    exports.PartnerEventSource$ = PartnerEventSource$;
    exports.PartnerEventSourceAccount$ = PartnerEventSourceAccount$;
    exports.PlacementConstraint$ = PlacementConstraint$;
    exports.PlacementConstraintType = PlacementConstraintType;
    exports.PlacementStrategy$ = PlacementStrategy$;
    exports.PlacementStrategyType = PlacementStrategyType;
    exports.PolicyLengthExceededException = PolicyLengthExceededException;
    exports.PolicyLengthExceededException$ = PolicyLengthExceededException$;
    exports.Primary$ = Primary$;
    exports.PropagateTags = PropagateTags;
    exports.PutEvents$ = PutEvents$;
    exports.PutEventsCommand = PutEventsCommand;
    exports.PutEventsRequest$ = PutEventsRequest$;
    exports.PutEventsRequestEntry$ = PutEventsRequestEntry$;
    exports.PutEventsResponse$ = PutEventsResponse$;
    exports.PutEventsResultEntry$ = PutEventsResultEntry$;
    exports.PutPartnerEvents$ = PutPartnerEvents$;
    exports.PutPartnerEventsCommand = PutPartnerEventsCommand;
    exports.PutPartnerEventsRequest$ = PutPartnerEventsRequest$;
    exports.PutPartnerEventsRequestEntry$ = PutPartnerEventsRequestEntry$;
    exports.PutPartnerEventsResponse$ = PutPartnerEventsResponse$;
    exports.PutPartnerEventsResultEntry$ = PutPartnerEventsResultEntry$;
    exports.PutPermission$ = PutPermission$;
    exports.PutPermissionCommand = PutPermissionCommand;
    exports.PutPermissionRequest$ = PutPermissionRequest$;
    exports.PutRule$ = PutRule$;
    exports.PutRuleCommand = PutRuleCommand;
    exports.PutRuleRequest$ = PutRuleRequest$;
    exports.PutRuleResponse$ = PutRuleResponse$;
    exports.PutTargets$ = PutTargets$;
    exports.PutTargetsCommand = PutTargetsCommand;
    exports.PutTargetsRequest$ = PutTargetsRequest$;
    exports.PutTargetsResponse$ = PutTargetsResponse$;
    exports.PutTargetsResultEntry$ = PutTargetsResultEntry$;
    exports.RedshiftDataParameters$ = RedshiftDataParameters$;
    exports.RemovePermission$ = RemovePermission$;
    exports.RemovePermissionCommand = RemovePermissionCommand;
    exports.RemovePermissionRequest$ = RemovePermissionRequest$;
    exports.RemoveTargets$ = RemoveTargets$;
    exports.RemoveTargetsCommand = RemoveTargetsCommand;
    exports.RemoveTargetsRequest$ = RemoveTargetsRequest$;
    exports.RemoveTargetsResponse$ = RemoveTargetsResponse$;
    exports.RemoveTargetsResultEntry$ = RemoveTargetsResultEntry$;
    exports.Replay$ = Replay$;
    exports.ReplayDestination$ = ReplayDestination$;
    exports.ReplayState = ReplayState;
    exports.ReplicationConfig$ = ReplicationConfig$;
    exports.ReplicationState = ReplicationState;
    exports.ResourceAlreadyExistsException = ResourceAlreadyExistsException;
    exports.ResourceAlreadyExistsException$ = ResourceAlreadyExistsException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.RetryPolicy$ = RetryPolicy$;
    exports.RoutingConfig$ = RoutingConfig$;
    exports.Rule$ = Rule$;
    exports.RuleState = RuleState;
    exports.RunCommandParameters$ = RunCommandParameters$;
    exports.RunCommandTarget$ = RunCommandTarget$;
    exports.SageMakerPipelineParameter$ = SageMakerPipelineParameter$;
    exports.SageMakerPipelineParameters$ = SageMakerPipelineParameters$;
    exports.Secondary$ = Secondary$;
    exports.SqsParameters$ = SqsParameters$;
    exports.StartReplay$ = StartReplay$;
    exports.StartReplayCommand = StartReplayCommand;
    exports.StartReplayRequest$ = StartReplayRequest$;
    exports.StartReplayResponse$ = StartReplayResponse$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.Target$ = Target$;
    exports.TestEventPattern$ = TestEventPattern$;
    exports.TestEventPatternCommand = TestEventPatternCommand;
    exports.TestEventPatternRequest$ = TestEventPatternRequest$;
    exports.TestEventPatternResponse$ = TestEventPatternResponse$;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UpdateApiDestination$ = UpdateApiDestination$;
    exports.UpdateApiDestinationCommand = UpdateApiDestinationCommand;
    exports.UpdateApiDestinationRequest$ = UpdateApiDestinationRequest$;
    exports.UpdateApiDestinationResponse$ = UpdateApiDestinationResponse$;
    exports.UpdateArchive$ = UpdateArchive$;
    exports.UpdateArchiveCommand = UpdateArchiveCommand;
    exports.UpdateArchiveRequest$ = UpdateArchiveRequest$;
    exports.UpdateArchiveResponse$ = UpdateArchiveResponse$;
    exports.UpdateConnection$ = UpdateConnection$;
    exports.UpdateConnectionApiKeyAuthRequestParameters$ = UpdateConnectionApiKeyAuthRequestParameters$;
    exports.UpdateConnectionAuthRequestParameters$ = UpdateConnectionAuthRequestParameters$;
    exports.UpdateConnectionBasicAuthRequestParameters$ = UpdateConnectionBasicAuthRequestParameters$;
    exports.UpdateConnectionCommand = UpdateConnectionCommand;
    exports.UpdateConnectionOAuthClientRequestParameters$ = UpdateConnectionOAuthClientRequestParameters$;
    exports.UpdateConnectionOAuthRequestParameters$ = UpdateConnectionOAuthRequestParameters$;
    exports.UpdateConnectionRequest$ = UpdateConnectionRequest$;
    exports.UpdateConnectionResponse$ = UpdateConnectionResponse$;
    exports.UpdateEndpoint$ = UpdateEndpoint$;
    exports.UpdateEndpointCommand = UpdateEndpointCommand;
    exports.UpdateEndpointRequest$ = UpdateEndpointRequest$;
    exports.UpdateEndpointResponse$ = UpdateEndpointResponse$;
    exports.UpdateEventBus$ = UpdateEventBus$;
    exports.UpdateEventBusCommand = UpdateEventBusCommand;
    exports.UpdateEventBusRequest$ = UpdateEventBusRequest$;
    exports.UpdateEventBusResponse$ = UpdateEventBusResponse$;
    exports.errorTypeRegistries = errorTypeRegistries;
  }
});

// ../../node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var require_dist_cjs6 = __commonJS({
  "../../node_modules/@aws-sdk/client-sns/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs3();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsQueryProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
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
    var version = "3.1168.0";
    var packageInfo = {
      version
    };
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
    var SNSServiceException = class _SNSServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sns#SNSServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _SNSServiceException.prototype);
      }
    };
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
    var BatchResultErrorEntryList = [
      1,
      n0,
      _BREEL,
      0,
      () => BatchResultErrorEntry$
    ];
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
    var getRuntimeConfig$1 = (config) => {
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
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
    var SNSClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
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
    var command = makeBuilder(commonParams, "AmazonSimpleNotificationService", "SNSClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AddPermissionCommand = class extends command(_ep0, _mw0, "AddPermission", AddPermission$) {
    };
    var CheckIfPhoneNumberIsOptedOutCommand = class extends command(_ep0, _mw0, "CheckIfPhoneNumberIsOptedOut", CheckIfPhoneNumberIsOptedOut$) {
    };
    var ConfirmSubscriptionCommand = class extends command(_ep0, _mw0, "ConfirmSubscription", ConfirmSubscription$) {
    };
    var CreatePlatformApplicationCommand = class extends command(_ep0, _mw0, "CreatePlatformApplication", CreatePlatformApplication$) {
    };
    var CreatePlatformEndpointCommand = class extends command(_ep0, _mw0, "CreatePlatformEndpoint", CreatePlatformEndpoint$) {
    };
    var CreateSMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "CreateSMSSandboxPhoneNumber", CreateSMSSandboxPhoneNumber$) {
    };
    var CreateTopicCommand = class extends command(_ep0, _mw0, "CreateTopic", CreateTopic$) {
    };
    var DeleteEndpointCommand = class extends command(_ep0, _mw0, "DeleteEndpoint", DeleteEndpoint$) {
    };
    var DeletePlatformApplicationCommand = class extends command(_ep0, _mw0, "DeletePlatformApplication", DeletePlatformApplication$) {
    };
    var DeleteSMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "DeleteSMSSandboxPhoneNumber", DeleteSMSSandboxPhoneNumber$) {
    };
    var DeleteTopicCommand = class extends command(_ep0, _mw0, "DeleteTopic", DeleteTopic$) {
    };
    var GetDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "GetDataProtectionPolicy", GetDataProtectionPolicy$) {
    };
    var GetEndpointAttributesCommand = class extends command(_ep0, _mw0, "GetEndpointAttributes", GetEndpointAttributes$) {
    };
    var GetPlatformApplicationAttributesCommand = class extends command(_ep0, _mw0, "GetPlatformApplicationAttributes", GetPlatformApplicationAttributes$) {
    };
    var GetSMSAttributesCommand = class extends command(_ep0, _mw0, "GetSMSAttributes", GetSMSAttributes$) {
    };
    var GetSMSSandboxAccountStatusCommand = class extends command(_ep0, _mw0, "GetSMSSandboxAccountStatus", GetSMSSandboxAccountStatus$) {
    };
    var GetSubscriptionAttributesCommand = class extends command(_ep0, _mw0, "GetSubscriptionAttributes", GetSubscriptionAttributes$) {
    };
    var GetTopicAttributesCommand = class extends command(_ep0, _mw0, "GetTopicAttributes", GetTopicAttributes$) {
    };
    var ListEndpointsByPlatformApplicationCommand = class extends command(_ep0, _mw0, "ListEndpointsByPlatformApplication", ListEndpointsByPlatformApplication$) {
    };
    var ListOriginationNumbersCommand = class extends command(_ep0, _mw0, "ListOriginationNumbers", ListOriginationNumbers$) {
    };
    var ListPhoneNumbersOptedOutCommand = class extends command(_ep0, _mw0, "ListPhoneNumbersOptedOut", ListPhoneNumbersOptedOut$) {
    };
    var ListPlatformApplicationsCommand = class extends command(_ep0, _mw0, "ListPlatformApplications", ListPlatformApplications$) {
    };
    var ListSMSSandboxPhoneNumbersCommand = class extends command(_ep0, _mw0, "ListSMSSandboxPhoneNumbers", ListSMSSandboxPhoneNumbers$) {
    };
    var ListSubscriptionsByTopicCommand = class extends command(_ep0, _mw0, "ListSubscriptionsByTopic", ListSubscriptionsByTopic$) {
    };
    var ListSubscriptionsCommand = class extends command(_ep0, _mw0, "ListSubscriptions", ListSubscriptions$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListTopicsCommand = class extends command(_ep0, _mw0, "ListTopics", ListTopics$) {
    };
    var OptInPhoneNumberCommand = class extends command(_ep0, _mw0, "OptInPhoneNumber", OptInPhoneNumber$) {
    };
    var PublishBatchCommand = class extends command(_ep0, _mw0, "PublishBatch", PublishBatch$) {
    };
    var PublishCommand = class extends command(_ep0, _mw0, "Publish", Publish$) {
    };
    var PutDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "PutDataProtectionPolicy", PutDataProtectionPolicy$) {
    };
    var RemovePermissionCommand = class extends command(_ep0, _mw0, "RemovePermission", RemovePermission$) {
    };
    var SetEndpointAttributesCommand = class extends command(_ep0, _mw0, "SetEndpointAttributes", SetEndpointAttributes$) {
    };
    var SetPlatformApplicationAttributesCommand = class extends command(_ep0, _mw0, "SetPlatformApplicationAttributes", SetPlatformApplicationAttributes$) {
    };
    var SetSMSAttributesCommand = class extends command(_ep0, _mw0, "SetSMSAttributes", SetSMSAttributes$) {
    };
    var SetSubscriptionAttributesCommand = class extends command(_ep0, _mw0, "SetSubscriptionAttributes", SetSubscriptionAttributes$) {
    };
    var SetTopicAttributesCommand = class extends command(_ep0, _mw0, "SetTopicAttributes", SetTopicAttributes$) {
    };
    var SubscribeCommand = class extends command(_ep0, _mw0, "Subscribe", Subscribe$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UnsubscribeCommand = class extends command(_ep0, _mw0, "Unsubscribe", Unsubscribe$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var VerifySMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "VerifySMSSandboxPhoneNumber", VerifySMSSandboxPhoneNumber$) {
    };
    var paginateListEndpointsByPlatformApplication = createPaginator(SNSClient, ListEndpointsByPlatformApplicationCommand, "NextToken", "NextToken", "");
    var paginateListOriginationNumbers = createPaginator(SNSClient, ListOriginationNumbersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPhoneNumbersOptedOut = createPaginator(SNSClient, ListPhoneNumbersOptedOutCommand, "nextToken", "nextToken", "");
    var paginateListPlatformApplications = createPaginator(SNSClient, ListPlatformApplicationsCommand, "NextToken", "NextToken", "");
    var paginateListSMSSandboxPhoneNumbers = createPaginator(SNSClient, ListSMSSandboxPhoneNumbersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListSubscriptionsByTopic = createPaginator(SNSClient, ListSubscriptionsByTopicCommand, "NextToken", "NextToken", "");
    var paginateListSubscriptions = createPaginator(SNSClient, ListSubscriptionsCommand, "NextToken", "NextToken", "");
    var paginateListTopics = createPaginator(SNSClient, ListTopicsCommand, "NextToken", "NextToken", "");
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
    exports.AddPermission$ = AddPermission$;
    exports.AddPermissionCommand = AddPermissionCommand;
    exports.AddPermissionInput$ = AddPermissionInput$;
    exports.AuthorizationErrorException = AuthorizationErrorException;
    exports.AuthorizationErrorException$ = AuthorizationErrorException$;
    exports.BatchEntryIdsNotDistinctException = BatchEntryIdsNotDistinctException;
    exports.BatchEntryIdsNotDistinctException$ = BatchEntryIdsNotDistinctException$;
    exports.BatchRequestTooLongException = BatchRequestTooLongException;
    exports.BatchRequestTooLongException$ = BatchRequestTooLongException$;
    exports.BatchResultErrorEntry$ = BatchResultErrorEntry$;
    exports.CheckIfPhoneNumberIsOptedOut$ = CheckIfPhoneNumberIsOptedOut$;
    exports.CheckIfPhoneNumberIsOptedOutCommand = CheckIfPhoneNumberIsOptedOutCommand;
    exports.CheckIfPhoneNumberIsOptedOutInput$ = CheckIfPhoneNumberIsOptedOutInput$;
    exports.CheckIfPhoneNumberIsOptedOutResponse$ = CheckIfPhoneNumberIsOptedOutResponse$;
    exports.ConcurrentAccessException = ConcurrentAccessException;
    exports.ConcurrentAccessException$ = ConcurrentAccessException$;
    exports.ConfirmSubscription$ = ConfirmSubscription$;
    exports.ConfirmSubscriptionCommand = ConfirmSubscriptionCommand;
    exports.ConfirmSubscriptionInput$ = ConfirmSubscriptionInput$;
    exports.ConfirmSubscriptionResponse$ = ConfirmSubscriptionResponse$;
    exports.CreateEndpointResponse$ = CreateEndpointResponse$;
    exports.CreatePlatformApplication$ = CreatePlatformApplication$;
    exports.CreatePlatformApplicationCommand = CreatePlatformApplicationCommand;
    exports.CreatePlatformApplicationInput$ = CreatePlatformApplicationInput$;
    exports.CreatePlatformApplicationResponse$ = CreatePlatformApplicationResponse$;
    exports.CreatePlatformEndpoint$ = CreatePlatformEndpoint$;
    exports.CreatePlatformEndpointCommand = CreatePlatformEndpointCommand;
    exports.CreatePlatformEndpointInput$ = CreatePlatformEndpointInput$;
    exports.CreateSMSSandboxPhoneNumber$ = CreateSMSSandboxPhoneNumber$;
    exports.CreateSMSSandboxPhoneNumberCommand = CreateSMSSandboxPhoneNumberCommand;
    exports.CreateSMSSandboxPhoneNumberInput$ = CreateSMSSandboxPhoneNumberInput$;
    exports.CreateSMSSandboxPhoneNumberResult$ = CreateSMSSandboxPhoneNumberResult$;
    exports.CreateTopic$ = CreateTopic$;
    exports.CreateTopicCommand = CreateTopicCommand;
    exports.CreateTopicInput$ = CreateTopicInput$;
    exports.CreateTopicResponse$ = CreateTopicResponse$;
    exports.DeleteEndpoint$ = DeleteEndpoint$;
    exports.DeleteEndpointCommand = DeleteEndpointCommand;
    exports.DeleteEndpointInput$ = DeleteEndpointInput$;
    exports.DeletePlatformApplication$ = DeletePlatformApplication$;
    exports.DeletePlatformApplicationCommand = DeletePlatformApplicationCommand;
    exports.DeletePlatformApplicationInput$ = DeletePlatformApplicationInput$;
    exports.DeleteSMSSandboxPhoneNumber$ = DeleteSMSSandboxPhoneNumber$;
    exports.DeleteSMSSandboxPhoneNumberCommand = DeleteSMSSandboxPhoneNumberCommand;
    exports.DeleteSMSSandboxPhoneNumberInput$ = DeleteSMSSandboxPhoneNumberInput$;
    exports.DeleteSMSSandboxPhoneNumberResult$ = DeleteSMSSandboxPhoneNumberResult$;
    exports.DeleteTopic$ = DeleteTopic$;
    exports.DeleteTopicCommand = DeleteTopicCommand;
    exports.DeleteTopicInput$ = DeleteTopicInput$;
    exports.EmptyBatchRequestException = EmptyBatchRequestException;
    exports.EmptyBatchRequestException$ = EmptyBatchRequestException$;
    exports.Endpoint$ = Endpoint$;
    exports.EndpointDisabledException = EndpointDisabledException;
    exports.EndpointDisabledException$ = EndpointDisabledException$;
    exports.FilterPolicyLimitExceededException = FilterPolicyLimitExceededException;
    exports.FilterPolicyLimitExceededException$ = FilterPolicyLimitExceededException$;
    exports.GetDataProtectionPolicy$ = GetDataProtectionPolicy$;
    exports.GetDataProtectionPolicyCommand = GetDataProtectionPolicyCommand;
    exports.GetDataProtectionPolicyInput$ = GetDataProtectionPolicyInput$;
    exports.GetDataProtectionPolicyResponse$ = GetDataProtectionPolicyResponse$;
    exports.GetEndpointAttributes$ = GetEndpointAttributes$;
    exports.GetEndpointAttributesCommand = GetEndpointAttributesCommand;
    exports.GetEndpointAttributesInput$ = GetEndpointAttributesInput$;
    exports.GetEndpointAttributesResponse$ = GetEndpointAttributesResponse$;
    exports.GetPlatformApplicationAttributes$ = GetPlatformApplicationAttributes$;
    exports.GetPlatformApplicationAttributesCommand = GetPlatformApplicationAttributesCommand;
    exports.GetPlatformApplicationAttributesInput$ = GetPlatformApplicationAttributesInput$;
    exports.GetPlatformApplicationAttributesResponse$ = GetPlatformApplicationAttributesResponse$;
    exports.GetSMSAttributes$ = GetSMSAttributes$;
    exports.GetSMSAttributesCommand = GetSMSAttributesCommand;
    exports.GetSMSAttributesInput$ = GetSMSAttributesInput$;
    exports.GetSMSAttributesResponse$ = GetSMSAttributesResponse$;
    exports.GetSMSSandboxAccountStatus$ = GetSMSSandboxAccountStatus$;
    exports.GetSMSSandboxAccountStatusCommand = GetSMSSandboxAccountStatusCommand;
    exports.GetSMSSandboxAccountStatusInput$ = GetSMSSandboxAccountStatusInput$;
    exports.GetSMSSandboxAccountStatusResult$ = GetSMSSandboxAccountStatusResult$;
    exports.GetSubscriptionAttributes$ = GetSubscriptionAttributes$;
    exports.GetSubscriptionAttributesCommand = GetSubscriptionAttributesCommand;
    exports.GetSubscriptionAttributesInput$ = GetSubscriptionAttributesInput$;
    exports.GetSubscriptionAttributesResponse$ = GetSubscriptionAttributesResponse$;
    exports.GetTopicAttributes$ = GetTopicAttributes$;
    exports.GetTopicAttributesCommand = GetTopicAttributesCommand;
    exports.GetTopicAttributesInput$ = GetTopicAttributesInput$;
    exports.GetTopicAttributesResponse$ = GetTopicAttributesResponse$;
    exports.InternalErrorException = InternalErrorException;
    exports.InternalErrorException$ = InternalErrorException$;
    exports.InvalidBatchEntryIdException = InvalidBatchEntryIdException;
    exports.InvalidBatchEntryIdException$ = InvalidBatchEntryIdException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.InvalidParameterValueException = InvalidParameterValueException;
    exports.InvalidParameterValueException$ = InvalidParameterValueException$;
    exports.InvalidSecurityException = InvalidSecurityException;
    exports.InvalidSecurityException$ = InvalidSecurityException$;
    exports.InvalidStateException = InvalidStateException;
    exports.InvalidStateException$ = InvalidStateException$;
    exports.KMSAccessDeniedException = KMSAccessDeniedException;
    exports.KMSAccessDeniedException$ = KMSAccessDeniedException$;
    exports.KMSDisabledException = KMSDisabledException;
    exports.KMSDisabledException$ = KMSDisabledException$;
    exports.KMSInvalidStateException = KMSInvalidStateException;
    exports.KMSInvalidStateException$ = KMSInvalidStateException$;
    exports.KMSNotFoundException = KMSNotFoundException;
    exports.KMSNotFoundException$ = KMSNotFoundException$;
    exports.KMSOptInRequired = KMSOptInRequired;
    exports.KMSOptInRequired$ = KMSOptInRequired$;
    exports.KMSThrottlingException = KMSThrottlingException;
    exports.KMSThrottlingException$ = KMSThrottlingException$;
    exports.LanguageCodeString = LanguageCodeString;
    exports.ListEndpointsByPlatformApplication$ = ListEndpointsByPlatformApplication$;
    exports.ListEndpointsByPlatformApplicationCommand = ListEndpointsByPlatformApplicationCommand;
    exports.ListEndpointsByPlatformApplicationInput$ = ListEndpointsByPlatformApplicationInput$;
    exports.ListEndpointsByPlatformApplicationResponse$ = ListEndpointsByPlatformApplicationResponse$;
    exports.ListOriginationNumbers$ = ListOriginationNumbers$;
    exports.ListOriginationNumbersCommand = ListOriginationNumbersCommand;
    exports.ListOriginationNumbersRequest$ = ListOriginationNumbersRequest$;
    exports.ListOriginationNumbersResult$ = ListOriginationNumbersResult$;
    exports.ListPhoneNumbersOptedOut$ = ListPhoneNumbersOptedOut$;
    exports.ListPhoneNumbersOptedOutCommand = ListPhoneNumbersOptedOutCommand;
    exports.ListPhoneNumbersOptedOutInput$ = ListPhoneNumbersOptedOutInput$;
    exports.ListPhoneNumbersOptedOutResponse$ = ListPhoneNumbersOptedOutResponse$;
    exports.ListPlatformApplications$ = ListPlatformApplications$;
    exports.ListPlatformApplicationsCommand = ListPlatformApplicationsCommand;
    exports.ListPlatformApplicationsInput$ = ListPlatformApplicationsInput$;
    exports.ListPlatformApplicationsResponse$ = ListPlatformApplicationsResponse$;
    exports.ListSMSSandboxPhoneNumbers$ = ListSMSSandboxPhoneNumbers$;
    exports.ListSMSSandboxPhoneNumbersCommand = ListSMSSandboxPhoneNumbersCommand;
    exports.ListSMSSandboxPhoneNumbersInput$ = ListSMSSandboxPhoneNumbersInput$;
    exports.ListSMSSandboxPhoneNumbersResult$ = ListSMSSandboxPhoneNumbersResult$;
    exports.ListSubscriptions$ = ListSubscriptions$;
    exports.ListSubscriptionsByTopic$ = ListSubscriptionsByTopic$;
    exports.ListSubscriptionsByTopicCommand = ListSubscriptionsByTopicCommand;
    exports.ListSubscriptionsByTopicInput$ = ListSubscriptionsByTopicInput$;
    exports.ListSubscriptionsByTopicResponse$ = ListSubscriptionsByTopicResponse$;
    exports.ListSubscriptionsCommand = ListSubscriptionsCommand;
    exports.ListSubscriptionsInput$ = ListSubscriptionsInput$;
    exports.ListSubscriptionsResponse$ = ListSubscriptionsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTopics$ = ListTopics$;
    exports.ListTopicsCommand = ListTopicsCommand;
    exports.ListTopicsInput$ = ListTopicsInput$;
    exports.ListTopicsResponse$ = ListTopicsResponse$;
    exports.MessageAttributeValue$ = MessageAttributeValue$;
    exports.NotFoundException = NotFoundException;
    exports.NotFoundException$ = NotFoundException$;
    exports.NumberCapability = NumberCapability;
    exports.OptInPhoneNumber$ = OptInPhoneNumber$;
    exports.OptInPhoneNumberCommand = OptInPhoneNumberCommand;
    exports.OptInPhoneNumberInput$ = OptInPhoneNumberInput$;
    exports.OptInPhoneNumberResponse$ = OptInPhoneNumberResponse$;
    exports.OptedOutException = OptedOutException;
    exports.OptedOutException$ = OptedOutException$;
    exports.PhoneNumberInformation$ = PhoneNumberInformation$;
    exports.PlatformApplication$ = PlatformApplication$;
    exports.PlatformApplicationDisabledException = PlatformApplicationDisabledException;
    exports.PlatformApplicationDisabledException$ = PlatformApplicationDisabledException$;
    exports.Publish$ = Publish$;
    exports.PublishBatch$ = PublishBatch$;
    exports.PublishBatchCommand = PublishBatchCommand;
    exports.PublishBatchInput$ = PublishBatchInput$;
    exports.PublishBatchRequestEntry$ = PublishBatchRequestEntry$;
    exports.PublishBatchResponse$ = PublishBatchResponse$;
    exports.PublishBatchResultEntry$ = PublishBatchResultEntry$;
    exports.PublishCommand = PublishCommand;
    exports.PublishInput$ = PublishInput$;
    exports.PublishResponse$ = PublishResponse$;
    exports.PutDataProtectionPolicy$ = PutDataProtectionPolicy$;
    exports.PutDataProtectionPolicyCommand = PutDataProtectionPolicyCommand;
    exports.PutDataProtectionPolicyInput$ = PutDataProtectionPolicyInput$;
    exports.RemovePermission$ = RemovePermission$;
    exports.RemovePermissionCommand = RemovePermissionCommand;
    exports.RemovePermissionInput$ = RemovePermissionInput$;
    exports.ReplayLimitExceededException = ReplayLimitExceededException;
    exports.ReplayLimitExceededException$ = ReplayLimitExceededException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.RouteType = RouteType;
    exports.SMSSandboxPhoneNumber$ = SMSSandboxPhoneNumber$;
    exports.SMSSandboxPhoneNumberVerificationStatus = SMSSandboxPhoneNumberVerificationStatus;
    exports.SNS = SNS;
    exports.SNSClient = SNSClient;
    exports.SNSServiceException = SNSServiceException;
    exports.SNSServiceException$ = SNSServiceException$;
    exports.SetEndpointAttributes$ = SetEndpointAttributes$;
    exports.SetEndpointAttributesCommand = SetEndpointAttributesCommand;
    exports.SetEndpointAttributesInput$ = SetEndpointAttributesInput$;
    exports.SetPlatformApplicationAttributes$ = SetPlatformApplicationAttributes$;
    exports.SetPlatformApplicationAttributesCommand = SetPlatformApplicationAttributesCommand;
    exports.SetPlatformApplicationAttributesInput$ = SetPlatformApplicationAttributesInput$;
    exports.SetSMSAttributes$ = SetSMSAttributes$;
    exports.SetSMSAttributesCommand = SetSMSAttributesCommand;
    exports.SetSMSAttributesInput$ = SetSMSAttributesInput$;
    exports.SetSMSAttributesResponse$ = SetSMSAttributesResponse$;
    exports.SetSubscriptionAttributes$ = SetSubscriptionAttributes$;
    exports.SetSubscriptionAttributesCommand = SetSubscriptionAttributesCommand;
    exports.SetSubscriptionAttributesInput$ = SetSubscriptionAttributesInput$;
    exports.SetTopicAttributes$ = SetTopicAttributes$;
    exports.SetTopicAttributesCommand = SetTopicAttributesCommand;
    exports.SetTopicAttributesInput$ = SetTopicAttributesInput$;
    exports.StaleTagException = StaleTagException;
    exports.StaleTagException$ = StaleTagException$;
    exports.Subscribe$ = Subscribe$;
    exports.SubscribeCommand = SubscribeCommand;
    exports.SubscribeInput$ = SubscribeInput$;
    exports.SubscribeResponse$ = SubscribeResponse$;
    exports.Subscription$ = Subscription$;
    exports.SubscriptionLimitExceededException = SubscriptionLimitExceededException;
    exports.SubscriptionLimitExceededException$ = SubscriptionLimitExceededException$;
    exports.Tag$ = Tag$;
    exports.TagLimitExceededException = TagLimitExceededException;
    exports.TagLimitExceededException$ = TagLimitExceededException$;
    exports.TagPolicyException = TagPolicyException;
    exports.TagPolicyException$ = TagPolicyException$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.ThrottledException = ThrottledException;
    exports.ThrottledException$ = ThrottledException$;
    exports.TooManyEntriesInBatchRequestException = TooManyEntriesInBatchRequestException;
    exports.TooManyEntriesInBatchRequestException$ = TooManyEntriesInBatchRequestException$;
    exports.Topic$ = Topic$;
    exports.TopicLimitExceededException = TopicLimitExceededException;
    exports.TopicLimitExceededException$ = TopicLimitExceededException$;
    exports.Unsubscribe$ = Unsubscribe$;
    exports.UnsubscribeCommand = UnsubscribeCommand;
    exports.UnsubscribeInput$ = UnsubscribeInput$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UserErrorException = UserErrorException;
    exports.UserErrorException$ = UserErrorException$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.VerificationException = VerificationException;
    exports.VerificationException$ = VerificationException$;
    exports.VerifySMSSandboxPhoneNumber$ = VerifySMSSandboxPhoneNumber$;
    exports.VerifySMSSandboxPhoneNumberCommand = VerifySMSSandboxPhoneNumberCommand;
    exports.VerifySMSSandboxPhoneNumberInput$ = VerifySMSSandboxPhoneNumberInput$;
    exports.VerifySMSSandboxPhoneNumberResult$ = VerifySMSSandboxPhoneNumberResult$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListEndpointsByPlatformApplication = paginateListEndpointsByPlatformApplication;
    exports.paginateListOriginationNumbers = paginateListOriginationNumbers;
    exports.paginateListPhoneNumbersOptedOut = paginateListPhoneNumbersOptedOut;
    exports.paginateListPlatformApplications = paginateListPlatformApplications;
    exports.paginateListSMSSandboxPhoneNumbers = paginateListSMSSandboxPhoneNumbers;
    exports.paginateListSubscriptions = paginateListSubscriptions;
    exports.paginateListSubscriptionsByTopic = paginateListSubscriptionsByTopic;
    exports.paginateListTopics = paginateListTopics;
  }
});

// ../../node_modules/@aws-sdk/middleware-sdk-sqs/dist-cjs/index.js
var require_dist_cjs7 = __commonJS({
  "../../node_modules/@aws-sdk/middleware-sdk-sqs/dist-cjs/index.js"(exports) {
    var { NoOpLogger } = (init_client(), __toCommonJS(client_exports));
    var { toUint8Array, toHex } = (init_serde(), __toCommonJS(serde_exports));
    var resolveQueueUrlConfig = (config) => {
      return Object.assign(config, {
        useQueueUrlAsEndpoint: config.useQueueUrlAsEndpoint ?? true
      });
    };
    function queueUrlMiddleware({ useQueueUrlAsEndpoint, endpoint }) {
      return (next, context) => {
        return async (args) => {
          const { input } = args;
          const resolvedEndpoint = context.endpointV2;
          if (!endpoint && input.QueueUrl && resolvedEndpoint && useQueueUrlAsEndpoint) {
            const logger = context.logger instanceof NoOpLogger || !context.logger?.warn ? console : context.logger;
            try {
              const queueUrl = new URL(input.QueueUrl);
              const queueUrlOrigin = new URL(queueUrl.origin);
              if (resolvedEndpoint.url.origin !== queueUrlOrigin.origin) {
                logger.warn(`QueueUrl=${input.QueueUrl} differs from SQSClient resolved endpoint=${resolvedEndpoint.url.toString()}, using QueueUrl host as endpoint.
Set [endpoint=string] or [useQueueUrlAsEndpoint=false] on the SQSClient.`);
                context.endpointV2 = {
                  ...resolvedEndpoint,
                  url: queueUrlOrigin
                };
              }
            } catch (e) {
              logger.warn(e);
            }
          }
          return next(args);
        };
      };
    }
    var queueUrlMiddlewareOptions = {
      name: "queueUrlMiddleware",
      relation: "after",
      toMiddleware: "endpointV2Middleware",
      override: true
    };
    var getQueueUrlPlugin = (config) => ({
      applyToStack: (clientStack) => {
        clientStack.addRelativeTo(queueUrlMiddleware(config), queueUrlMiddlewareOptions);
      }
    });
    function receiveMessageMiddleware(options) {
      return (next) => async (args) => {
        const resp = await next({ ...args });
        if (options.md5 === false) {
          return resp;
        }
        const output = resp.output;
        const messageIds = [];
        if (output.Messages !== void 0) {
          for (const message of output.Messages) {
            const md5 = message.MD5OfBody;
            const hash = new options.md5();
            hash.update(toUint8Array(message.Body || ""));
            if (md5 !== toHex(await hash.digest())) {
              messageIds.push(message.MessageId);
            }
          }
        }
        if (messageIds.length > 0) {
          throw new Error("Invalid MD5 checksum on messages: " + messageIds.join(", "));
        }
        return resp;
      };
    }
    var receiveMessageMiddlewareOptions = {
      step: "initialize",
      tags: ["VALIDATE_BODY_MD5"],
      name: "receiveMessageMiddleware",
      override: true
    };
    var getReceiveMessagePlugin = (config) => ({
      applyToStack: (clientStack) => {
        clientStack.add(receiveMessageMiddleware(config), receiveMessageMiddlewareOptions);
      }
    });
    var sendMessageMiddleware = (options) => (next) => async (args) => {
      const resp = await next({ ...args });
      if (options.md5 === false) {
        return resp;
      }
      const output = resp.output;
      const hash = new options.md5();
      hash.update(toUint8Array(args.input.MessageBody || ""));
      if (output.MD5OfMessageBody !== toHex(await hash.digest())) {
        throw new Error("InvalidChecksumError");
      }
      return resp;
    };
    var sendMessageMiddlewareOptions = {
      step: "initialize",
      tags: ["VALIDATE_BODY_MD5"],
      name: "sendMessageMiddleware",
      override: true
    };
    var getSendMessagePlugin = (config) => ({
      applyToStack: (clientStack) => {
        clientStack.add(sendMessageMiddleware(config), sendMessageMiddlewareOptions);
      }
    });
    var sendMessageBatchMiddleware = (options) => (next) => async (args) => {
      const resp = await next({ ...args });
      if (options.md5 === false) {
        return resp;
      }
      const output = resp.output;
      const messageIds = [];
      const entries = {};
      if (output.Successful !== void 0) {
        for (const entry of output.Successful) {
          if (entry.Id !== void 0) {
            entries[entry.Id] = entry;
          }
        }
      }
      for (const entry of args.input.Entries) {
        if (entries[entry.Id]) {
          const md5 = entries[entry.Id].MD5OfMessageBody;
          const hash = new options.md5();
          hash.update(toUint8Array(entry.MessageBody || ""));
          if (md5 !== toHex(await hash.digest())) {
            messageIds.push(entries[entry.Id].MessageId);
          }
        }
      }
      if (messageIds.length > 0) {
        throw new Error("Invalid MD5 checksum on messages: " + messageIds.join(", "));
      }
      return resp;
    };
    var sendMessageBatchMiddlewareOptions = {
      step: "initialize",
      tags: ["VALIDATE_BODY_MD5"],
      name: "sendMessageBatchMiddleware",
      override: true
    };
    var getSendMessageBatchPlugin = (config) => ({
      applyToStack: (clientStack) => {
        clientStack.add(sendMessageBatchMiddleware(config), sendMessageBatchMiddlewareOptions);
      }
    });
    exports.getQueueUrlPlugin = getQueueUrlPlugin;
    exports.getReceiveMessagePlugin = getReceiveMessagePlugin;
    exports.getSendMessageBatchPlugin = getSendMessageBatchPlugin;
    exports.getSendMessagePlugin = getSendMessagePlugin;
    exports.queueUrlMiddleware = queueUrlMiddleware;
    exports.queueUrlMiddlewareOptions = queueUrlMiddlewareOptions;
    exports.receiveMessageMiddleware = receiveMessageMiddleware;
    exports.receiveMessageMiddlewareOptions = receiveMessageMiddlewareOptions;
    exports.resolveQueueUrlConfig = resolveQueueUrlConfig;
    exports.sendMessageBatchMiddleware = sendMessageBatchMiddleware;
    exports.sendMessageBatchMiddlewareOptions = sendMessageBatchMiddlewareOptions;
    exports.sendMessageMiddleware = sendMessageMiddleware;
    exports.sendMessageMiddlewareOptions = sendMessageMiddlewareOptions;
  }
});

// ../../node_modules/@aws-sdk/client-sqs/dist-cjs/index.js
var require_dist_cjs8 = __commonJS({
  "../../node_modules/@aws-sdk/client-sqs/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin, getLongPollPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { resolveQueueUrlConfig, getQueueUrlPlugin, getReceiveMessagePlugin, getSendMessageBatchPlugin, getSendMessagePlugin } = require_dist_cjs7();
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs3();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_0Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256, Md5 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultSQSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "sqs",
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
    var defaultSQSHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "sqs"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1174.0";
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
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://sqs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://sqs.{Region}.amazonaws.com", i],
        ["https://sqs-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://sqs.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://sqs.{Region}.{PartitionResult#dnsSuffix}", i],
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
    var SQSServiceException = class _SQSServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sqs#SQSServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _SQSServiceException.prototype);
      }
    };
    var InvalidAddress = class _InvalidAddress extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#InvalidAddress";
      name = "InvalidAddress";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidAddress",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAddress.prototype);
      }
    };
    var InvalidSecurity = class _InvalidSecurity extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#InvalidSecurity";
      name = "InvalidSecurity";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidSecurity",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSecurity.prototype);
      }
    };
    var OverLimit = class _OverLimit extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#OverLimit";
      name = "OverLimit";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OverLimit",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OverLimit.prototype);
      }
    };
    var QueueDoesNotExist = class _QueueDoesNotExist extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#QueueDoesNotExist";
      name = "QueueDoesNotExist";
      $fault = "client";
      constructor(opts) {
        super({
          name: "QueueDoesNotExist",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _QueueDoesNotExist.prototype);
      }
    };
    var RequestThrottled = class _RequestThrottled extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#RequestThrottled";
      name = "RequestThrottled";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RequestThrottled",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RequestThrottled.prototype);
      }
    };
    var UnsupportedOperation = class _UnsupportedOperation extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#UnsupportedOperation";
      name = "UnsupportedOperation";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnsupportedOperation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedOperation.prototype);
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#ResourceNotFoundException";
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
    var MessageNotInflight = class _MessageNotInflight extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#MessageNotInflight";
      name = "MessageNotInflight";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MessageNotInflight",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MessageNotInflight.prototype);
      }
    };
    var ReceiptHandleIsInvalid = class _ReceiptHandleIsInvalid extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#ReceiptHandleIsInvalid";
      name = "ReceiptHandleIsInvalid";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReceiptHandleIsInvalid",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReceiptHandleIsInvalid.prototype);
      }
    };
    var BatchEntryIdsNotDistinct = class _BatchEntryIdsNotDistinct extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#BatchEntryIdsNotDistinct";
      name = "BatchEntryIdsNotDistinct";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BatchEntryIdsNotDistinct",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BatchEntryIdsNotDistinct.prototype);
      }
    };
    var EmptyBatchRequest = class _EmptyBatchRequest extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#EmptyBatchRequest";
      name = "EmptyBatchRequest";
      $fault = "client";
      constructor(opts) {
        super({
          name: "EmptyBatchRequest",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EmptyBatchRequest.prototype);
      }
    };
    var InvalidBatchEntryId = class _InvalidBatchEntryId extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#InvalidBatchEntryId";
      name = "InvalidBatchEntryId";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidBatchEntryId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidBatchEntryId.prototype);
      }
    };
    var TooManyEntriesInBatchRequest = class _TooManyEntriesInBatchRequest extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#TooManyEntriesInBatchRequest";
      name = "TooManyEntriesInBatchRequest";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TooManyEntriesInBatchRequest",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyEntriesInBatchRequest.prototype);
      }
    };
    var InvalidAttributeName = class _InvalidAttributeName extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#InvalidAttributeName";
      name = "InvalidAttributeName";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidAttributeName",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAttributeName.prototype);
      }
    };
    var InvalidAttributeValue = class _InvalidAttributeValue extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#InvalidAttributeValue";
      name = "InvalidAttributeValue";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidAttributeValue",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAttributeValue.prototype);
      }
    };
    var QueueDeletedRecently = class _QueueDeletedRecently extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#QueueDeletedRecently";
      name = "QueueDeletedRecently";
      $fault = "client";
      constructor(opts) {
        super({
          name: "QueueDeletedRecently",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _QueueDeletedRecently.prototype);
      }
    };
    var QueueNameExists = class _QueueNameExists extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#QueueNameExists";
      name = "QueueNameExists";
      $fault = "client";
      constructor(opts) {
        super({
          name: "QueueNameExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _QueueNameExists.prototype);
      }
    };
    var InvalidIdFormat = class _InvalidIdFormat extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#InvalidIdFormat";
      name = "InvalidIdFormat";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidIdFormat",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidIdFormat.prototype);
      }
    };
    var PurgeQueueInProgress = class _PurgeQueueInProgress extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#PurgeQueueInProgress";
      name = "PurgeQueueInProgress";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PurgeQueueInProgress",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PurgeQueueInProgress.prototype);
      }
    };
    var KmsAccessDenied = class _KmsAccessDenied extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#KmsAccessDenied";
      name = "KmsAccessDenied";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KmsAccessDenied",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsAccessDenied.prototype);
      }
    };
    var KmsDisabled = class _KmsDisabled extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#KmsDisabled";
      name = "KmsDisabled";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KmsDisabled",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsDisabled.prototype);
      }
    };
    var KmsInvalidKeyUsage = class _KmsInvalidKeyUsage extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#KmsInvalidKeyUsage";
      name = "KmsInvalidKeyUsage";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KmsInvalidKeyUsage",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsInvalidKeyUsage.prototype);
      }
    };
    var KmsInvalidState = class _KmsInvalidState extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#KmsInvalidState";
      name = "KmsInvalidState";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KmsInvalidState",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsInvalidState.prototype);
      }
    };
    var KmsNotFound = class _KmsNotFound extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#KmsNotFound";
      name = "KmsNotFound";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KmsNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsNotFound.prototype);
      }
    };
    var KmsOptInRequired = class _KmsOptInRequired extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#KmsOptInRequired";
      name = "KmsOptInRequired";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KmsOptInRequired",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsOptInRequired.prototype);
      }
    };
    var KmsThrottled = class _KmsThrottled extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#KmsThrottled";
      name = "KmsThrottled";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KmsThrottled",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsThrottled.prototype);
      }
    };
    var InvalidMessageContents = class _InvalidMessageContents extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#InvalidMessageContents";
      name = "InvalidMessageContents";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidMessageContents",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidMessageContents.prototype);
      }
    };
    var BatchRequestTooLong = class _BatchRequestTooLong extends SQSServiceException {
      static shapeId = "com.amazonaws.sqs#BatchRequestTooLong";
      name = "BatchRequestTooLong";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BatchRequestTooLong",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BatchRequestTooLong.prototype);
      }
    };
    var _A = "Actions";
    var _AN = "ActionName";
    var _ANOMM = "ApproximateNumberOfMessagesMoved";
    var _ANOMTM = "ApproximateNumberOfMessagesToMove";
    var _ANt = "AttributeNames";
    var _ANtt = "AttributeName";
    var _AP = "AddPermission";
    var _APR = "AddPermissionRequest";
    var _AWSAI = "AWSAccountIds";
    var _AWSAIc = "AWSAccountId";
    var _At = "Attributes";
    var _Att = "Attribute";
    var _B = "Body";
    var _BEIND = "BatchEntryIdsNotDistinct";
    var _BL = "BinaryList";
    var _BLV = "BinaryListValues";
    var _BLVi = "BinaryListValue";
    var _BREE = "BatchResultErrorEntry";
    var _BREEL = "BatchResultErrorEntryList";
    var _BRTL = "BatchRequestTooLong";
    var _BV = "BinaryValue";
    var _C = "Code";
    var _CMMT = "CancelMessageMoveTask";
    var _CMMTR = "CancelMessageMoveTaskRequest";
    var _CMMTRa = "CancelMessageMoveTaskResult";
    var _CMV = "ChangeMessageVisibility";
    var _CMVB = "ChangeMessageVisibilityBatch";
    var _CMVBR = "ChangeMessageVisibilityBatchRequest";
    var _CMVBRE = "ChangeMessageVisibilityBatchRequestEntry";
    var _CMVBREL = "ChangeMessageVisibilityBatchRequestEntryList";
    var _CMVBRELh = "ChangeMessageVisibilityBatchResultEntryList";
    var _CMVBREh = "ChangeMessageVisibilityBatchResultEntry";
    var _CMVBRh = "ChangeMessageVisibilityBatchResult";
    var _CMVR = "ChangeMessageVisibilityRequest";
    var _CQ = "CreateQueue";
    var _CQR = "CreateQueueRequest";
    var _CQRr = "CreateQueueResult";
    var _DA = "DestinationArn";
    var _DM = "DeleteMessage";
    var _DMB = "DeleteMessageBatch";
    var _DMBR = "DeleteMessageBatchRequest";
    var _DMBRE = "DeleteMessageBatchRequestEntry";
    var _DMBREL = "DeleteMessageBatchRequestEntryList";
    var _DMBRELe = "DeleteMessageBatchResultEntryList";
    var _DMBREe = "DeleteMessageBatchResultEntry";
    var _DMBRe = "DeleteMessageBatchResult";
    var _DMR = "DeleteMessageRequest";
    var _DQ = "DeleteQueue";
    var _DQR = "DeleteQueueRequest";
    var _DS = "DelaySeconds";
    var _DT = "DataType";
    var _E = "Entries";
    var _EBR = "EmptyBatchRequest";
    var _F = "Failed";
    var _FR = "FailureReason";
    var _GQA = "GetQueueAttributes";
    var _GQAR = "GetQueueAttributesRequest";
    var _GQARe = "GetQueueAttributesResult";
    var _GQU = "GetQueueUrl";
    var _GQUR = "GetQueueUrlRequest";
    var _GQURe = "GetQueueUrlResult";
    var _I = "Id";
    var _IA = "InvalidAddress";
    var _IAN = "InvalidAttributeName";
    var _IAV = "InvalidAttributeValue";
    var _IBEI = "InvalidBatchEntryId";
    var _IIF = "InvalidIdFormat";
    var _IMC = "InvalidMessageContents";
    var _IS = "InvalidSecurity";
    var _K = "Key";
    var _KAD = "KmsAccessDenied";
    var _KD = "KmsDisabled";
    var _KIKU = "KmsInvalidKeyUsage";
    var _KIS = "KmsInvalidState";
    var _KNF = "KmsNotFound";
    var _KOIR = "KmsOptInRequired";
    var _KT = "KmsThrottled";
    var _L = "Label";
    var _LDLSQ = "ListDeadLetterSourceQueues";
    var _LDLSQR = "ListDeadLetterSourceQueuesRequest";
    var _LDLSQRi = "ListDeadLetterSourceQueuesResult";
    var _LMMT = "ListMessageMoveTasks";
    var _LMMTR = "ListMessageMoveTasksRequest";
    var _LMMTRE = "ListMessageMoveTasksResultEntry";
    var _LMMTREL = "ListMessageMoveTasksResultEntryList";
    var _LMMTRi = "ListMessageMoveTasksResult";
    var _LQ = "ListQueues";
    var _LQR = "ListQueuesRequest";
    var _LQRi = "ListQueuesResult";
    var _LQT = "ListQueueTags";
    var _LQTR = "ListQueueTagsRequest";
    var _LQTRi = "ListQueueTagsResult";
    var _M = "Message";
    var _MA = "MessageAttributes";
    var _MAN = "MessageAttributeNames";
    var _MANe = "MessageAttributeName";
    var _MAV = "MessageAttributeValue";
    var _MAe = "MessageAttribute";
    var _MB = "MessageBody";
    var _MBAM = "MessageBodyAttributeMap";
    var _MBSAM = "MessageBodySystemAttributeMap";
    var _MDI = "MessageDeduplicationId";
    var _MDOB = "MD5OfBody";
    var _MDOMA = "MD5OfMessageAttributes";
    var _MDOMB = "MD5OfMessageBody";
    var _MDOMSA = "MD5OfMessageSystemAttributes";
    var _MGI = "MessageGroupId";
    var _MI = "MessageId";
    var _ML = "MessageList";
    var _MNI = "MessageNotInflight";
    var _MNOM = "MaxNumberOfMessages";
    var _MNOMPS = "MaxNumberOfMessagesPerSecond";
    var _MR = "MaxResults";
    var _MSA = "MessageSystemAttributes";
    var _MSAM = "MessageSystemAttributeMap";
    var _MSAN = "MessageSystemAttributeNames";
    var _MSAV = "MessageSystemAttributeValue";
    var _MSAe = "MessageSystemAttribute";
    var _Me = "Messages";
    var _N = "Name";
    var _NT = "NextToken";
    var _OL = "OverLimit";
    var _PQ = "PurgeQueue";
    var _PQIP = "PurgeQueueInProgress";
    var _PQR = "PurgeQueueRequest";
    var _QAM = "QueueAttributeMap";
    var _QDNE = "QueueDoesNotExist";
    var _QDR = "QueueDeletedRecently";
    var _QN = "QueueName";
    var _QNE = "QueueNameExists";
    var _QNP = "QueueNamePrefix";
    var _QOAWSAI = "QueueOwnerAWSAccountId";
    var _QU = "QueueUrl";
    var _QUu = "QueueUrls";
    var _R = "Results";
    var _RH = "ReceiptHandle";
    var _RHII = "ReceiptHandleIsInvalid";
    var _RM = "ReceiveMessage";
    var _RMR = "ReceiveMessageRequest";
    var _RMRe = "ReceiveMessageResult";
    var _RNFE = "ResourceNotFoundException";
    var _RP = "RemovePermission";
    var _RPR = "RemovePermissionRequest";
    var _RRAI = "ReceiveRequestAttemptId";
    var _RT = "RequestThrottled";
    var _S = "Successful";
    var _SA = "SourceArn";
    var _SF = "SenderFault";
    var _SL = "StringList";
    var _SLV = "StringListValues";
    var _SLVt = "StringListValue";
    var _SM = "SendMessage";
    var _SMB = "SendMessageBatch";
    var _SMBR = "SendMessageBatchRequest";
    var _SMBRE = "SendMessageBatchRequestEntry";
    var _SMBREL = "SendMessageBatchRequestEntryList";
    var _SMBRELe = "SendMessageBatchResultEntryList";
    var _SMBREe = "SendMessageBatchResultEntry";
    var _SMBRe = "SendMessageBatchResult";
    var _SMMT = "StartMessageMoveTask";
    var _SMMTR = "StartMessageMoveTaskRequest";
    var _SMMTRt = "StartMessageMoveTaskResult";
    var _SMR = "SendMessageRequest";
    var _SMRe = "SendMessageResult";
    var _SN = "SequenceNumber";
    var _SQA = "SetQueueAttributes";
    var _SQAR = "SetQueueAttributesRequest";
    var _ST = "StartedTimestamp";
    var _SV = "StringValue";
    var _St = "Status";
    var _T = "Tag";
    var _TH = "TaskHandle";
    var _TK = "TagKeys";
    var _TKa = "TagKey";
    var _TM = "TagMap";
    var _TMEIBR = "TooManyEntriesInBatchRequest";
    var _TQ = "TagQueue";
    var _TQR = "TagQueueRequest";
    var _Ta = "Tags";
    var _UO = "UnsupportedOperation";
    var _UQ = "UntagQueue";
    var _UQR = "UntagQueueRequest";
    var _V = "Value";
    var _VT = "VisibilityTimeout";
    var _WTS = "WaitTimeSeconds";
    var _aQE = "awsQueryError";
    var _c = "client";
    var _e = "error";
    var _hE = "httpError";
    var _m = "message";
    var _qU = "queueUrls";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.sqs";
    var _t = "tags";
    var _xF = "xmlFlattened";
    var _xN = "xmlName";
    var n0 = "com.amazonaws.sqs";
    var _s_registry = new TypeRegistry(_s);
    var SQSServiceException$ = [-3, _s, "SQSServiceException", 0, [], []];
    _s_registry.registerError(SQSServiceException$, SQSServiceException);
    var n0_registry = new TypeRegistry(n0);
    var BatchEntryIdsNotDistinct$ = [
      -3,
      n0,
      _BEIND,
      { [_aQE]: [`AWS.SimpleQueueService.BatchEntryIdsNotDistinct`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BatchEntryIdsNotDistinct$, BatchEntryIdsNotDistinct);
    var BatchRequestTooLong$ = [
      -3,
      n0,
      _BRTL,
      { [_aQE]: [`AWS.SimpleQueueService.BatchRequestTooLong`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BatchRequestTooLong$, BatchRequestTooLong);
    var EmptyBatchRequest$ = [
      -3,
      n0,
      _EBR,
      { [_aQE]: [`AWS.SimpleQueueService.EmptyBatchRequest`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(EmptyBatchRequest$, EmptyBatchRequest);
    var InvalidAddress$ = [
      -3,
      n0,
      _IA,
      { [_aQE]: [`InvalidAddress`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidAddress$, InvalidAddress);
    var InvalidAttributeName$ = [
      -3,
      n0,
      _IAN,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidAttributeName$, InvalidAttributeName);
    var InvalidAttributeValue$ = [
      -3,
      n0,
      _IAV,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidAttributeValue$, InvalidAttributeValue);
    var InvalidBatchEntryId$ = [
      -3,
      n0,
      _IBEI,
      { [_aQE]: [`AWS.SimpleQueueService.InvalidBatchEntryId`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidBatchEntryId$, InvalidBatchEntryId);
    var InvalidIdFormat$ = [
      -3,
      n0,
      _IIF,
      { [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(InvalidIdFormat$, InvalidIdFormat);
    var InvalidMessageContents$ = [
      -3,
      n0,
      _IMC,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidMessageContents$, InvalidMessageContents);
    var InvalidSecurity$ = [
      -3,
      n0,
      _IS,
      { [_aQE]: [`InvalidSecurity`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidSecurity$, InvalidSecurity);
    var KmsAccessDenied$ = [
      -3,
      n0,
      _KAD,
      { [_aQE]: [`KMS.AccessDeniedException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KmsAccessDenied$, KmsAccessDenied);
    var KmsDisabled$ = [
      -3,
      n0,
      _KD,
      { [_aQE]: [`KMS.DisabledException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KmsDisabled$, KmsDisabled);
    var KmsInvalidKeyUsage$ = [
      -3,
      n0,
      _KIKU,
      { [_aQE]: [`KMS.InvalidKeyUsageException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KmsInvalidKeyUsage$, KmsInvalidKeyUsage);
    var KmsInvalidState$ = [
      -3,
      n0,
      _KIS,
      { [_aQE]: [`KMS.InvalidStateException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KmsInvalidState$, KmsInvalidState);
    var KmsNotFound$ = [
      -3,
      n0,
      _KNF,
      { [_aQE]: [`KMS.NotFoundException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KmsNotFound$, KmsNotFound);
    var KmsOptInRequired$ = [
      -3,
      n0,
      _KOIR,
      { [_aQE]: [`KMS.OptInRequired`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KmsOptInRequired$, KmsOptInRequired);
    var KmsThrottled$ = [
      -3,
      n0,
      _KT,
      { [_aQE]: [`KMS.ThrottlingException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KmsThrottled$, KmsThrottled);
    var MessageNotInflight$ = [
      -3,
      n0,
      _MNI,
      { [_aQE]: [`AWS.SimpleQueueService.MessageNotInflight`, 400], [_e]: _c, [_hE]: 400 },
      [],
      []
    ];
    n0_registry.registerError(MessageNotInflight$, MessageNotInflight);
    var OverLimit$ = [
      -3,
      n0,
      _OL,
      { [_aQE]: [`OverLimit`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(OverLimit$, OverLimit);
    var PurgeQueueInProgress$ = [
      -3,
      n0,
      _PQIP,
      { [_aQE]: [`AWS.SimpleQueueService.PurgeQueueInProgress`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(PurgeQueueInProgress$, PurgeQueueInProgress);
    var QueueDeletedRecently$ = [
      -3,
      n0,
      _QDR,
      { [_aQE]: [`AWS.SimpleQueueService.QueueDeletedRecently`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(QueueDeletedRecently$, QueueDeletedRecently);
    var QueueDoesNotExist$ = [
      -3,
      n0,
      _QDNE,
      { [_aQE]: [`AWS.SimpleQueueService.NonExistentQueue`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(QueueDoesNotExist$, QueueDoesNotExist);
    var QueueNameExists$ = [
      -3,
      n0,
      _QNE,
      { [_aQE]: [`QueueAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(QueueNameExists$, QueueNameExists);
    var ReceiptHandleIsInvalid$ = [
      -3,
      n0,
      _RHII,
      { [_aQE]: [`ReceiptHandleIsInvalid`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReceiptHandleIsInvalid$, ReceiptHandleIsInvalid);
    var RequestThrottled$ = [
      -3,
      n0,
      _RT,
      { [_aQE]: [`RequestThrottled`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(RequestThrottled$, RequestThrottled);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_aQE]: [`ResourceNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var TooManyEntriesInBatchRequest$ = [
      -3,
      n0,
      _TMEIBR,
      { [_aQE]: [`AWS.SimpleQueueService.TooManyEntriesInBatchRequest`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TooManyEntriesInBatchRequest$, TooManyEntriesInBatchRequest);
    var UnsupportedOperation$ = [
      -3,
      n0,
      _UO,
      { [_aQE]: [`AWS.SimpleQueueService.UnsupportedOperation`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnsupportedOperation$, UnsupportedOperation);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AddPermissionRequest$ = [
      3,
      n0,
      _APR,
      0,
      [_QU, _L, _AWSAI, _A],
      [0, 0, [64 | 0, { [_xF]: 1, [_xN]: _AWSAIc }], [64 | 0, { [_xF]: 1, [_xN]: _AN }]],
      4
    ];
    var BatchResultErrorEntry$ = [
      3,
      n0,
      _BREE,
      0,
      [_I, _SF, _C, _M],
      [0, 2, 0, 0],
      3
    ];
    var CancelMessageMoveTaskRequest$ = [
      3,
      n0,
      _CMMTR,
      0,
      [_TH],
      [0],
      1
    ];
    var CancelMessageMoveTaskResult$ = [
      3,
      n0,
      _CMMTRa,
      0,
      [_ANOMM],
      [1]
    ];
    var ChangeMessageVisibilityBatchRequest$ = [
      3,
      n0,
      _CMVBR,
      0,
      [_QU, _E],
      [0, [() => ChangeMessageVisibilityBatchRequestEntryList, { [_xF]: 1, [_xN]: _CMVBRE }]],
      2
    ];
    var ChangeMessageVisibilityBatchRequestEntry$ = [
      3,
      n0,
      _CMVBRE,
      0,
      [_I, _RH, _VT],
      [0, 0, 1],
      2
    ];
    var ChangeMessageVisibilityBatchResult$ = [
      3,
      n0,
      _CMVBRh,
      0,
      [_S, _F],
      [[() => ChangeMessageVisibilityBatchResultEntryList, { [_xF]: 1, [_xN]: _CMVBREh }], [() => BatchResultErrorEntryList, { [_xF]: 1, [_xN]: _BREE }]],
      2
    ];
    var ChangeMessageVisibilityBatchResultEntry$ = [
      3,
      n0,
      _CMVBREh,
      0,
      [_I],
      [0],
      1
    ];
    var ChangeMessageVisibilityRequest$ = [
      3,
      n0,
      _CMVR,
      0,
      [_QU, _RH, _VT],
      [0, 0, 1],
      3
    ];
    var CreateQueueRequest$ = [
      3,
      n0,
      _CQR,
      0,
      [_QN, _At, _t],
      [0, [() => QueueAttributeMap, { [_xF]: 1, [_xN]: _Att }], [() => TagMap, { [_xF]: 1, [_xN]: _T }]],
      1
    ];
    var CreateQueueResult$ = [
      3,
      n0,
      _CQRr,
      0,
      [_QU],
      [0]
    ];
    var DeleteMessageBatchRequest$ = [
      3,
      n0,
      _DMBR,
      0,
      [_QU, _E],
      [0, [() => DeleteMessageBatchRequestEntryList, { [_xF]: 1, [_xN]: _DMBRE }]],
      2
    ];
    var DeleteMessageBatchRequestEntry$ = [
      3,
      n0,
      _DMBRE,
      0,
      [_I, _RH],
      [0, 0],
      2
    ];
    var DeleteMessageBatchResult$ = [
      3,
      n0,
      _DMBRe,
      0,
      [_S, _F],
      [[() => DeleteMessageBatchResultEntryList, { [_xF]: 1, [_xN]: _DMBREe }], [() => BatchResultErrorEntryList, { [_xF]: 1, [_xN]: _BREE }]],
      2
    ];
    var DeleteMessageBatchResultEntry$ = [
      3,
      n0,
      _DMBREe,
      0,
      [_I],
      [0],
      1
    ];
    var DeleteMessageRequest$ = [
      3,
      n0,
      _DMR,
      0,
      [_QU, _RH],
      [0, 0],
      2
    ];
    var DeleteQueueRequest$ = [
      3,
      n0,
      _DQR,
      0,
      [_QU],
      [0],
      1
    ];
    var GetQueueAttributesRequest$ = [
      3,
      n0,
      _GQAR,
      0,
      [_QU, _ANt],
      [0, [64 | 0, { [_xF]: 1, [_xN]: _ANtt }]],
      1
    ];
    var GetQueueAttributesResult$ = [
      3,
      n0,
      _GQARe,
      0,
      [_At],
      [[() => QueueAttributeMap, { [_xF]: 1, [_xN]: _Att }]]
    ];
    var GetQueueUrlRequest$ = [
      3,
      n0,
      _GQUR,
      0,
      [_QN, _QOAWSAI],
      [0, 0],
      1
    ];
    var GetQueueUrlResult$ = [
      3,
      n0,
      _GQURe,
      0,
      [_QU],
      [0]
    ];
    var ListDeadLetterSourceQueuesRequest$ = [
      3,
      n0,
      _LDLSQR,
      0,
      [_QU, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListDeadLetterSourceQueuesResult$ = [
      3,
      n0,
      _LDLSQRi,
      0,
      [_qU, _NT],
      [[64 | 0, { [_xF]: 1, [_xN]: _QU }], 0],
      1
    ];
    var ListMessageMoveTasksRequest$ = [
      3,
      n0,
      _LMMTR,
      0,
      [_SA, _MR],
      [0, 1],
      1
    ];
    var ListMessageMoveTasksResult$ = [
      3,
      n0,
      _LMMTRi,
      { [_xN]: _LMMTRi },
      [_R],
      [[() => ListMessageMoveTasksResultEntryList, { [_xF]: 1, [_xN]: _LMMTRE }]]
    ];
    var ListMessageMoveTasksResultEntry$ = [
      3,
      n0,
      _LMMTRE,
      0,
      [_TH, _St, _SA, _DA, _MNOMPS, _ANOMM, _ANOMTM, _FR, _ST],
      [0, 0, 0, 0, 1, 1, 1, 0, 1]
    ];
    var ListQueuesRequest$ = [
      3,
      n0,
      _LQR,
      0,
      [_QNP, _NT, _MR],
      [0, 0, 1]
    ];
    var ListQueuesResult$ = [
      3,
      n0,
      _LQRi,
      0,
      [_QUu, _NT],
      [[64 | 0, { [_xF]: 1, [_xN]: _QU }], 0]
    ];
    var ListQueueTagsRequest$ = [
      3,
      n0,
      _LQTR,
      0,
      [_QU],
      [0],
      1
    ];
    var ListQueueTagsResult$ = [
      3,
      n0,
      _LQTRi,
      0,
      [_Ta],
      [[() => TagMap, { [_xF]: 1, [_xN]: _T }]]
    ];
    var Message$ = [
      3,
      n0,
      _M,
      0,
      [_MI, _RH, _MDOB, _B, _At, _MDOMA, _MA],
      [0, 0, 0, 0, [() => MessageSystemAttributeMap, { [_xF]: 1, [_xN]: _Att }], 0, [() => MessageBodyAttributeMap, { [_xF]: 1, [_xN]: _MAe }]]
    ];
    var MessageAttributeValue$ = [
      3,
      n0,
      _MAV,
      0,
      [_DT, _SV, _BV, _SLV, _BLV],
      [0, 0, 21, [() => StringList, { [_xF]: 1, [_xN]: _SLVt }], [() => BinaryList, { [_xF]: 1, [_xN]: _BLVi }]],
      1
    ];
    var MessageSystemAttributeValue$ = [
      3,
      n0,
      _MSAV,
      0,
      [_DT, _SV, _BV, _SLV, _BLV],
      [0, 0, 21, [() => StringList, { [_xF]: 1, [_xN]: _SLVt }], [() => BinaryList, { [_xF]: 1, [_xN]: _BLVi }]],
      1
    ];
    var PurgeQueueRequest$ = [
      3,
      n0,
      _PQR,
      0,
      [_QU],
      [0],
      1
    ];
    var ReceiveMessageRequest$ = [
      3,
      n0,
      _RMR,
      0,
      [_QU, _ANt, _MSAN, _MAN, _MNOM, _VT, _WTS, _RRAI],
      [0, [64 | 0, { [_xF]: 1, [_xN]: _ANtt }], [64 | 0, { [_xF]: 1, [_xN]: _ANtt }], [64 | 0, { [_xF]: 1, [_xN]: _MANe }], 1, 1, 1, 0],
      1
    ];
    var ReceiveMessageResult$ = [
      3,
      n0,
      _RMRe,
      0,
      [_Me],
      [[() => MessageList, { [_xF]: 1, [_xN]: _M }]]
    ];
    var RemovePermissionRequest$ = [
      3,
      n0,
      _RPR,
      0,
      [_QU, _L],
      [0, 0],
      2
    ];
    var SendMessageBatchRequest$ = [
      3,
      n0,
      _SMBR,
      0,
      [_QU, _E],
      [0, [() => SendMessageBatchRequestEntryList, { [_xF]: 1, [_xN]: _SMBRE }]],
      2
    ];
    var SendMessageBatchRequestEntry$ = [
      3,
      n0,
      _SMBRE,
      0,
      [_I, _MB, _DS, _MA, _MSA, _MDI, _MGI],
      [0, 0, 1, [() => MessageBodyAttributeMap, { [_xF]: 1, [_xN]: _MAe }], [() => MessageBodySystemAttributeMap, { [_xF]: 1, [_xN]: _MSAe }], 0, 0],
      2
    ];
    var SendMessageBatchResult$ = [
      3,
      n0,
      _SMBRe,
      0,
      [_S, _F],
      [[() => SendMessageBatchResultEntryList, { [_xF]: 1, [_xN]: _SMBREe }], [() => BatchResultErrorEntryList, { [_xF]: 1, [_xN]: _BREE }]],
      2
    ];
    var SendMessageBatchResultEntry$ = [
      3,
      n0,
      _SMBREe,
      0,
      [_I, _MI, _MDOMB, _MDOMA, _MDOMSA, _SN],
      [0, 0, 0, 0, 0, 0],
      3
    ];
    var SendMessageRequest$ = [
      3,
      n0,
      _SMR,
      0,
      [_QU, _MB, _DS, _MA, _MSA, _MDI, _MGI],
      [0, 0, 1, [() => MessageBodyAttributeMap, { [_xF]: 1, [_xN]: _MAe }], [() => MessageBodySystemAttributeMap, { [_xF]: 1, [_xN]: _MSAe }], 0, 0],
      2
    ];
    var SendMessageResult$ = [
      3,
      n0,
      _SMRe,
      0,
      [_MDOMB, _MDOMA, _MDOMSA, _MI, _SN],
      [0, 0, 0, 0, 0]
    ];
    var SetQueueAttributesRequest$ = [
      3,
      n0,
      _SQAR,
      0,
      [_QU, _At],
      [0, [() => QueueAttributeMap, { [_xF]: 1, [_xN]: _Att }]],
      2
    ];
    var StartMessageMoveTaskRequest$ = [
      3,
      n0,
      _SMMTR,
      0,
      [_SA, _DA, _MNOMPS],
      [0, 0, 1],
      1
    ];
    var StartMessageMoveTaskResult$ = [
      3,
      n0,
      _SMMTRt,
      0,
      [_TH],
      [0]
    ];
    var TagQueueRequest$ = [
      3,
      n0,
      _TQR,
      0,
      [_QU, _Ta],
      [0, [() => TagMap, { [_xF]: 1, [_xN]: _T }]],
      2
    ];
    var UntagQueueRequest$ = [
      3,
      n0,
      _UQR,
      0,
      [_QU, _TK],
      [0, [64 | 0, { [_xF]: 1, [_xN]: _TKa }]],
      2
    ];
    var __Unit = "unit";
    var BatchResultErrorEntryList = [
      1,
      n0,
      _BREEL,
      0,
      () => BatchResultErrorEntry$
    ];
    var BinaryList = [
      1,
      n0,
      _BL,
      0,
      [
        21,
        { [_xN]: _BLVi }
      ]
    ];
    var ChangeMessageVisibilityBatchRequestEntryList = [
      1,
      n0,
      _CMVBREL,
      0,
      () => ChangeMessageVisibilityBatchRequestEntry$
    ];
    var ChangeMessageVisibilityBatchResultEntryList = [
      1,
      n0,
      _CMVBRELh,
      0,
      () => ChangeMessageVisibilityBatchResultEntry$
    ];
    var DeleteMessageBatchRequestEntryList = [
      1,
      n0,
      _DMBREL,
      0,
      () => DeleteMessageBatchRequestEntry$
    ];
    var DeleteMessageBatchResultEntryList = [
      1,
      n0,
      _DMBRELe,
      0,
      () => DeleteMessageBatchResultEntry$
    ];
    var ListMessageMoveTasksResultEntryList = [
      1,
      n0,
      _LMMTREL,
      0,
      () => ListMessageMoveTasksResultEntry$
    ];
    var MessageList = [
      1,
      n0,
      _ML,
      0,
      [
        () => Message$,
        0
      ]
    ];
    var SendMessageBatchRequestEntryList = [
      1,
      n0,
      _SMBREL,
      0,
      [
        () => SendMessageBatchRequestEntry$,
        0
      ]
    ];
    var SendMessageBatchResultEntryList = [
      1,
      n0,
      _SMBRELe,
      0,
      () => SendMessageBatchResultEntry$
    ];
    var StringList = [
      1,
      n0,
      _SL,
      0,
      [
        0,
        { [_xN]: _SLVt }
      ]
    ];
    var MessageBodyAttributeMap = [
      2,
      n0,
      _MBAM,
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
    var MessageBodySystemAttributeMap = [
      2,
      n0,
      _MBSAM,
      0,
      [
        0,
        { [_xN]: _N }
      ],
      [
        () => MessageSystemAttributeValue$,
        { [_xN]: _V }
      ]
    ];
    var MessageSystemAttributeMap = [
      2,
      n0,
      _MSAM,
      0,
      [
        0,
        { [_xN]: _N }
      ],
      [
        0,
        { [_xN]: _V }
      ]
    ];
    var QueueAttributeMap = [
      2,
      n0,
      _QAM,
      0,
      [
        0,
        { [_xN]: _N }
      ],
      [
        0,
        { [_xN]: _V }
      ]
    ];
    var TagMap = [
      2,
      n0,
      _TM,
      0,
      [
        0,
        { [_xN]: _K }
      ],
      [
        0,
        { [_xN]: _V }
      ]
    ];
    var AddPermission$ = [
      9,
      n0,
      _AP,
      0,
      () => AddPermissionRequest$,
      () => __Unit
    ];
    var CancelMessageMoveTask$ = [
      9,
      n0,
      _CMMT,
      0,
      () => CancelMessageMoveTaskRequest$,
      () => CancelMessageMoveTaskResult$
    ];
    var ChangeMessageVisibility$ = [
      9,
      n0,
      _CMV,
      0,
      () => ChangeMessageVisibilityRequest$,
      () => __Unit
    ];
    var ChangeMessageVisibilityBatch$ = [
      9,
      n0,
      _CMVB,
      0,
      () => ChangeMessageVisibilityBatchRequest$,
      () => ChangeMessageVisibilityBatchResult$
    ];
    var CreateQueue$ = [
      9,
      n0,
      _CQ,
      0,
      () => CreateQueueRequest$,
      () => CreateQueueResult$
    ];
    var DeleteMessage$ = [
      9,
      n0,
      _DM,
      0,
      () => DeleteMessageRequest$,
      () => __Unit
    ];
    var DeleteMessageBatch$ = [
      9,
      n0,
      _DMB,
      0,
      () => DeleteMessageBatchRequest$,
      () => DeleteMessageBatchResult$
    ];
    var DeleteQueue$ = [
      9,
      n0,
      _DQ,
      0,
      () => DeleteQueueRequest$,
      () => __Unit
    ];
    var GetQueueAttributes$ = [
      9,
      n0,
      _GQA,
      0,
      () => GetQueueAttributesRequest$,
      () => GetQueueAttributesResult$
    ];
    var GetQueueUrl$ = [
      9,
      n0,
      _GQU,
      0,
      () => GetQueueUrlRequest$,
      () => GetQueueUrlResult$
    ];
    var ListDeadLetterSourceQueues$ = [
      9,
      n0,
      _LDLSQ,
      0,
      () => ListDeadLetterSourceQueuesRequest$,
      () => ListDeadLetterSourceQueuesResult$
    ];
    var ListMessageMoveTasks$ = [
      9,
      n0,
      _LMMT,
      0,
      () => ListMessageMoveTasksRequest$,
      () => ListMessageMoveTasksResult$
    ];
    var ListQueues$ = [
      9,
      n0,
      _LQ,
      0,
      () => ListQueuesRequest$,
      () => ListQueuesResult$
    ];
    var ListQueueTags$ = [
      9,
      n0,
      _LQT,
      0,
      () => ListQueueTagsRequest$,
      () => ListQueueTagsResult$
    ];
    var PurgeQueue$ = [
      9,
      n0,
      _PQ,
      0,
      () => PurgeQueueRequest$,
      () => __Unit
    ];
    var ReceiveMessage$ = [
      9,
      n0,
      _RM,
      0,
      () => ReceiveMessageRequest$,
      () => ReceiveMessageResult$
    ];
    var RemovePermission$ = [
      9,
      n0,
      _RP,
      0,
      () => RemovePermissionRequest$,
      () => __Unit
    ];
    var SendMessage$ = [
      9,
      n0,
      _SM,
      0,
      () => SendMessageRequest$,
      () => SendMessageResult$
    ];
    var SendMessageBatch$ = [
      9,
      n0,
      _SMB,
      0,
      () => SendMessageBatchRequest$,
      () => SendMessageBatchResult$
    ];
    var SetQueueAttributes$ = [
      9,
      n0,
      _SQA,
      0,
      () => SetQueueAttributesRequest$,
      () => __Unit
    ];
    var StartMessageMoveTask$ = [
      9,
      n0,
      _SMMT,
      0,
      () => StartMessageMoveTaskRequest$,
      () => StartMessageMoveTaskResult$
    ];
    var TagQueue$ = [
      9,
      n0,
      _TQ,
      0,
      () => TagQueueRequest$,
      () => __Unit
    ];
    var UntagQueue$ = [
      9,
      n0,
      _UQ,
      0,
      () => UntagQueueRequest$,
      () => __Unit
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2012-11-05",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSQSHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        md5: config?.md5 ?? Md5,
        protocol: config?.protocol ?? AwsJson1_0Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.sqs",
          errorTypeRegistries,
          version: "2012-11-05",
          serviceTarget: "AmazonSQS",
          awsQueryCompatible: true
        },
        serviceId: config?.serviceId ?? "SQS",
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
    var SQSClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveQueueUrlConfig(_config_6);
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
        this.middlewareStack.use(getQueueUrlPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultSQSHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "AmazonSQS", "SQSClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var _mw1 = (Command, cs, config, o) => [
      getReceiveMessagePlugin(config),
      getLongPollPlugin(config)
    ];
    var _mw2 = (Command, cs, config, o) => [
      getSendMessageBatchPlugin(config)
    ];
    var _mw3 = (Command, cs, config, o) => [
      getSendMessagePlugin(config)
    ];
    var AddPermissionCommand = class extends command(_ep0, _mw0, "AddPermission", AddPermission$) {
    };
    var CancelMessageMoveTaskCommand = class extends command(_ep0, _mw0, "CancelMessageMoveTask", CancelMessageMoveTask$) {
    };
    var ChangeMessageVisibilityBatchCommand = class extends command(_ep0, _mw0, "ChangeMessageVisibilityBatch", ChangeMessageVisibilityBatch$) {
    };
    var ChangeMessageVisibilityCommand = class extends command(_ep0, _mw0, "ChangeMessageVisibility", ChangeMessageVisibility$) {
    };
    var CreateQueueCommand = class extends command(_ep0, _mw0, "CreateQueue", CreateQueue$) {
    };
    var DeleteMessageBatchCommand = class extends command(_ep0, _mw0, "DeleteMessageBatch", DeleteMessageBatch$) {
    };
    var DeleteMessageCommand = class extends command(_ep0, _mw0, "DeleteMessage", DeleteMessage$) {
    };
    var DeleteQueueCommand = class extends command(_ep0, _mw0, "DeleteQueue", DeleteQueue$) {
    };
    var GetQueueAttributesCommand = class extends command(_ep0, _mw0, "GetQueueAttributes", GetQueueAttributes$) {
    };
    var GetQueueUrlCommand = class extends command(_ep0, _mw0, "GetQueueUrl", GetQueueUrl$) {
    };
    var ListDeadLetterSourceQueuesCommand = class extends command(_ep0, _mw0, "ListDeadLetterSourceQueues", ListDeadLetterSourceQueues$) {
    };
    var ListMessageMoveTasksCommand = class extends command(_ep0, _mw0, "ListMessageMoveTasks", ListMessageMoveTasks$) {
    };
    var ListQueuesCommand = class extends command(_ep0, _mw0, "ListQueues", ListQueues$) {
    };
    var ListQueueTagsCommand = class extends command(_ep0, _mw0, "ListQueueTags", ListQueueTags$) {
    };
    var PurgeQueueCommand = class extends command(_ep0, _mw0, "PurgeQueue", PurgeQueue$) {
    };
    var ReceiveMessageCommand = class extends command(_ep0, _mw1, "ReceiveMessage", ReceiveMessage$) {
    };
    var RemovePermissionCommand = class extends command(_ep0, _mw0, "RemovePermission", RemovePermission$) {
    };
    var SendMessageBatchCommand = class extends command(_ep0, _mw2, "SendMessageBatch", SendMessageBatch$) {
    };
    var SendMessageCommand = class extends command(_ep0, _mw3, "SendMessage", SendMessage$) {
    };
    var SetQueueAttributesCommand = class extends command(_ep0, _mw0, "SetQueueAttributes", SetQueueAttributes$) {
    };
    var StartMessageMoveTaskCommand = class extends command(_ep0, _mw0, "StartMessageMoveTask", StartMessageMoveTask$) {
    };
    var TagQueueCommand = class extends command(_ep0, _mw0, "TagQueue", TagQueue$) {
    };
    var UntagQueueCommand = class extends command(_ep0, _mw0, "UntagQueue", UntagQueue$) {
    };
    var paginateListDeadLetterSourceQueues = createPaginator(SQSClient, ListDeadLetterSourceQueuesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListQueues = createPaginator(SQSClient, ListQueuesCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AddPermissionCommand,
      CancelMessageMoveTaskCommand,
      ChangeMessageVisibilityCommand,
      ChangeMessageVisibilityBatchCommand,
      CreateQueueCommand,
      DeleteMessageCommand,
      DeleteMessageBatchCommand,
      DeleteQueueCommand,
      GetQueueAttributesCommand,
      GetQueueUrlCommand,
      ListDeadLetterSourceQueuesCommand,
      ListMessageMoveTasksCommand,
      ListQueuesCommand,
      ListQueueTagsCommand,
      PurgeQueueCommand,
      ReceiveMessageCommand,
      RemovePermissionCommand,
      SendMessageCommand,
      SendMessageBatchCommand,
      SetQueueAttributesCommand,
      StartMessageMoveTaskCommand,
      TagQueueCommand,
      UntagQueueCommand
    };
    var paginators = {
      paginateListDeadLetterSourceQueues,
      paginateListQueues
    };
    var SQS = class extends SQSClient {
    };
    createAggregatedClient(commands, SQS, { paginators });
    var QueueAttributeName = {
      All: "All",
      ApproximateNumberOfMessages: "ApproximateNumberOfMessages",
      ApproximateNumberOfMessagesDelayed: "ApproximateNumberOfMessagesDelayed",
      ApproximateNumberOfMessagesNotVisible: "ApproximateNumberOfMessagesNotVisible",
      ContentBasedDeduplication: "ContentBasedDeduplication",
      CreatedTimestamp: "CreatedTimestamp",
      DeduplicationScope: "DeduplicationScope",
      DelaySeconds: "DelaySeconds",
      FifoQueue: "FifoQueue",
      FifoThroughputLimit: "FifoThroughputLimit",
      KmsDataKeyReusePeriodSeconds: "KmsDataKeyReusePeriodSeconds",
      KmsMasterKeyId: "KmsMasterKeyId",
      LastModifiedTimestamp: "LastModifiedTimestamp",
      MaximumMessageSize: "MaximumMessageSize",
      MessageRetentionPeriod: "MessageRetentionPeriod",
      Policy: "Policy",
      QueueArn: "QueueArn",
      ReceiveMessageWaitTimeSeconds: "ReceiveMessageWaitTimeSeconds",
      RedriveAllowPolicy: "RedriveAllowPolicy",
      RedrivePolicy: "RedrivePolicy",
      SqsManagedSseEnabled: "SqsManagedSseEnabled",
      VisibilityTimeout: "VisibilityTimeout"
    };
    var MessageSystemAttributeName = {
      AWSTraceHeader: "AWSTraceHeader",
      All: "All",
      ApproximateFirstReceiveTimestamp: "ApproximateFirstReceiveTimestamp",
      ApproximateReceiveCount: "ApproximateReceiveCount",
      DeadLetterQueueSourceArn: "DeadLetterQueueSourceArn",
      MessageDeduplicationId: "MessageDeduplicationId",
      MessageGroupId: "MessageGroupId",
      SenderId: "SenderId",
      SentTimestamp: "SentTimestamp",
      SequenceNumber: "SequenceNumber"
    };
    var MessageSystemAttributeNameForSends = {
      AWSTraceHeader: "AWSTraceHeader"
    };
    exports.AddPermission$ = AddPermission$;
    exports.AddPermissionCommand = AddPermissionCommand;
    exports.AddPermissionRequest$ = AddPermissionRequest$;
    exports.BatchEntryIdsNotDistinct = BatchEntryIdsNotDistinct;
    exports.BatchEntryIdsNotDistinct$ = BatchEntryIdsNotDistinct$;
    exports.BatchRequestTooLong = BatchRequestTooLong;
    exports.BatchRequestTooLong$ = BatchRequestTooLong$;
    exports.BatchResultErrorEntry$ = BatchResultErrorEntry$;
    exports.CancelMessageMoveTask$ = CancelMessageMoveTask$;
    exports.CancelMessageMoveTaskCommand = CancelMessageMoveTaskCommand;
    exports.CancelMessageMoveTaskRequest$ = CancelMessageMoveTaskRequest$;
    exports.CancelMessageMoveTaskResult$ = CancelMessageMoveTaskResult$;
    exports.ChangeMessageVisibility$ = ChangeMessageVisibility$;
    exports.ChangeMessageVisibilityBatch$ = ChangeMessageVisibilityBatch$;
    exports.ChangeMessageVisibilityBatchCommand = ChangeMessageVisibilityBatchCommand;
    exports.ChangeMessageVisibilityBatchRequest$ = ChangeMessageVisibilityBatchRequest$;
    exports.ChangeMessageVisibilityBatchRequestEntry$ = ChangeMessageVisibilityBatchRequestEntry$;
    exports.ChangeMessageVisibilityBatchResult$ = ChangeMessageVisibilityBatchResult$;
    exports.ChangeMessageVisibilityBatchResultEntry$ = ChangeMessageVisibilityBatchResultEntry$;
    exports.ChangeMessageVisibilityCommand = ChangeMessageVisibilityCommand;
    exports.ChangeMessageVisibilityRequest$ = ChangeMessageVisibilityRequest$;
    exports.CreateQueue$ = CreateQueue$;
    exports.CreateQueueCommand = CreateQueueCommand;
    exports.CreateQueueRequest$ = CreateQueueRequest$;
    exports.CreateQueueResult$ = CreateQueueResult$;
    exports.DeleteMessage$ = DeleteMessage$;
    exports.DeleteMessageBatch$ = DeleteMessageBatch$;
    exports.DeleteMessageBatchCommand = DeleteMessageBatchCommand;
    exports.DeleteMessageBatchRequest$ = DeleteMessageBatchRequest$;
    exports.DeleteMessageBatchRequestEntry$ = DeleteMessageBatchRequestEntry$;
    exports.DeleteMessageBatchResult$ = DeleteMessageBatchResult$;
    exports.DeleteMessageBatchResultEntry$ = DeleteMessageBatchResultEntry$;
    exports.DeleteMessageCommand = DeleteMessageCommand;
    exports.DeleteMessageRequest$ = DeleteMessageRequest$;
    exports.DeleteQueue$ = DeleteQueue$;
    exports.DeleteQueueCommand = DeleteQueueCommand;
    exports.DeleteQueueRequest$ = DeleteQueueRequest$;
    exports.EmptyBatchRequest = EmptyBatchRequest;
    exports.EmptyBatchRequest$ = EmptyBatchRequest$;
    exports.GetQueueAttributes$ = GetQueueAttributes$;
    exports.GetQueueAttributesCommand = GetQueueAttributesCommand;
    exports.GetQueueAttributesRequest$ = GetQueueAttributesRequest$;
    exports.GetQueueAttributesResult$ = GetQueueAttributesResult$;
    exports.GetQueueUrl$ = GetQueueUrl$;
    exports.GetQueueUrlCommand = GetQueueUrlCommand;
    exports.GetQueueUrlRequest$ = GetQueueUrlRequest$;
    exports.GetQueueUrlResult$ = GetQueueUrlResult$;
    exports.InvalidAddress = InvalidAddress;
    exports.InvalidAddress$ = InvalidAddress$;
    exports.InvalidAttributeName = InvalidAttributeName;
    exports.InvalidAttributeName$ = InvalidAttributeName$;
    exports.InvalidAttributeValue = InvalidAttributeValue;
    exports.InvalidAttributeValue$ = InvalidAttributeValue$;
    exports.InvalidBatchEntryId = InvalidBatchEntryId;
    exports.InvalidBatchEntryId$ = InvalidBatchEntryId$;
    exports.InvalidIdFormat = InvalidIdFormat;
    exports.InvalidIdFormat$ = InvalidIdFormat$;
    exports.InvalidMessageContents = InvalidMessageContents;
    exports.InvalidMessageContents$ = InvalidMessageContents$;
    exports.InvalidSecurity = InvalidSecurity;
    exports.InvalidSecurity$ = InvalidSecurity$;
    exports.KmsAccessDenied = KmsAccessDenied;
    exports.KmsAccessDenied$ = KmsAccessDenied$;
    exports.KmsDisabled = KmsDisabled;
    exports.KmsDisabled$ = KmsDisabled$;
    exports.KmsInvalidKeyUsage = KmsInvalidKeyUsage;
    exports.KmsInvalidKeyUsage$ = KmsInvalidKeyUsage$;
    exports.KmsInvalidState = KmsInvalidState;
    exports.KmsInvalidState$ = KmsInvalidState$;
    exports.KmsNotFound = KmsNotFound;
    exports.KmsNotFound$ = KmsNotFound$;
    exports.KmsOptInRequired = KmsOptInRequired;
    exports.KmsOptInRequired$ = KmsOptInRequired$;
    exports.KmsThrottled = KmsThrottled;
    exports.KmsThrottled$ = KmsThrottled$;
    exports.ListDeadLetterSourceQueues$ = ListDeadLetterSourceQueues$;
    exports.ListDeadLetterSourceQueuesCommand = ListDeadLetterSourceQueuesCommand;
    exports.ListDeadLetterSourceQueuesRequest$ = ListDeadLetterSourceQueuesRequest$;
    exports.ListDeadLetterSourceQueuesResult$ = ListDeadLetterSourceQueuesResult$;
    exports.ListMessageMoveTasks$ = ListMessageMoveTasks$;
    exports.ListMessageMoveTasksCommand = ListMessageMoveTasksCommand;
    exports.ListMessageMoveTasksRequest$ = ListMessageMoveTasksRequest$;
    exports.ListMessageMoveTasksResult$ = ListMessageMoveTasksResult$;
    exports.ListMessageMoveTasksResultEntry$ = ListMessageMoveTasksResultEntry$;
    exports.ListQueueTags$ = ListQueueTags$;
    exports.ListQueueTagsCommand = ListQueueTagsCommand;
    exports.ListQueueTagsRequest$ = ListQueueTagsRequest$;
    exports.ListQueueTagsResult$ = ListQueueTagsResult$;
    exports.ListQueues$ = ListQueues$;
    exports.ListQueuesCommand = ListQueuesCommand;
    exports.ListQueuesRequest$ = ListQueuesRequest$;
    exports.ListQueuesResult$ = ListQueuesResult$;
    exports.Message$ = Message$;
    exports.MessageAttributeValue$ = MessageAttributeValue$;
    exports.MessageNotInflight = MessageNotInflight;
    exports.MessageNotInflight$ = MessageNotInflight$;
    exports.MessageSystemAttributeName = MessageSystemAttributeName;
    exports.MessageSystemAttributeNameForSends = MessageSystemAttributeNameForSends;
    exports.MessageSystemAttributeValue$ = MessageSystemAttributeValue$;
    exports.OverLimit = OverLimit;
    exports.OverLimit$ = OverLimit$;
    exports.PurgeQueue$ = PurgeQueue$;
    exports.PurgeQueueCommand = PurgeQueueCommand;
    exports.PurgeQueueInProgress = PurgeQueueInProgress;
    exports.PurgeQueueInProgress$ = PurgeQueueInProgress$;
    exports.PurgeQueueRequest$ = PurgeQueueRequest$;
    exports.QueueAttributeName = QueueAttributeName;
    exports.QueueDeletedRecently = QueueDeletedRecently;
    exports.QueueDeletedRecently$ = QueueDeletedRecently$;
    exports.QueueDoesNotExist = QueueDoesNotExist;
    exports.QueueDoesNotExist$ = QueueDoesNotExist$;
    exports.QueueNameExists = QueueNameExists;
    exports.QueueNameExists$ = QueueNameExists$;
    exports.ReceiptHandleIsInvalid = ReceiptHandleIsInvalid;
    exports.ReceiptHandleIsInvalid$ = ReceiptHandleIsInvalid$;
    exports.ReceiveMessage$ = ReceiveMessage$;
    exports.ReceiveMessageCommand = ReceiveMessageCommand;
    exports.ReceiveMessageRequest$ = ReceiveMessageRequest$;
    exports.ReceiveMessageResult$ = ReceiveMessageResult$;
    exports.RemovePermission$ = RemovePermission$;
    exports.RemovePermissionCommand = RemovePermissionCommand;
    exports.RemovePermissionRequest$ = RemovePermissionRequest$;
    exports.RequestThrottled = RequestThrottled;
    exports.RequestThrottled$ = RequestThrottled$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.SQS = SQS;
    exports.SQSClient = SQSClient;
    exports.SQSServiceException = SQSServiceException;
    exports.SQSServiceException$ = SQSServiceException$;
    exports.SendMessage$ = SendMessage$;
    exports.SendMessageBatch$ = SendMessageBatch$;
    exports.SendMessageBatchCommand = SendMessageBatchCommand;
    exports.SendMessageBatchRequest$ = SendMessageBatchRequest$;
    exports.SendMessageBatchRequestEntry$ = SendMessageBatchRequestEntry$;
    exports.SendMessageBatchResult$ = SendMessageBatchResult$;
    exports.SendMessageBatchResultEntry$ = SendMessageBatchResultEntry$;
    exports.SendMessageCommand = SendMessageCommand;
    exports.SendMessageRequest$ = SendMessageRequest$;
    exports.SendMessageResult$ = SendMessageResult$;
    exports.SetQueueAttributes$ = SetQueueAttributes$;
    exports.SetQueueAttributesCommand = SetQueueAttributesCommand;
    exports.SetQueueAttributesRequest$ = SetQueueAttributesRequest$;
    exports.StartMessageMoveTask$ = StartMessageMoveTask$;
    exports.StartMessageMoveTaskCommand = StartMessageMoveTaskCommand;
    exports.StartMessageMoveTaskRequest$ = StartMessageMoveTaskRequest$;
    exports.StartMessageMoveTaskResult$ = StartMessageMoveTaskResult$;
    exports.TagQueue$ = TagQueue$;
    exports.TagQueueCommand = TagQueueCommand;
    exports.TagQueueRequest$ = TagQueueRequest$;
    exports.TooManyEntriesInBatchRequest = TooManyEntriesInBatchRequest;
    exports.TooManyEntriesInBatchRequest$ = TooManyEntriesInBatchRequest$;
    exports.UnsupportedOperation = UnsupportedOperation;
    exports.UnsupportedOperation$ = UnsupportedOperation$;
    exports.UntagQueue$ = UntagQueue$;
    exports.UntagQueueCommand = UntagQueueCommand;
    exports.UntagQueueRequest$ = UntagQueueRequest$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListDeadLetterSourceQueues = paginateListDeadLetterSourceQueues;
    exports.paginateListQueues = paginateListQueues;
  }
});

export {
  require_dist_cjs4 as require_dist_cjs,
  require_dist_cjs5 as require_dist_cjs2,
  require_dist_cjs6 as require_dist_cjs3,
  require_dist_cjs8 as require_dist_cjs4
};
