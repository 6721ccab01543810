// Lambda's errors with AWS's codes, statuses and words; the restJson codec writes each body from the
// error's own shape (`Message` or `message`, `Type`, header-bound members).
import { AwsError, type AwsErrorOptions } from '../protocol/errors.js';

const lambdaError = (code: string, message: string, status: number, options?: AwsErrorOptions) =>
  new AwsError(code, message, status, options);

const FUNCTION_NAME_PATTERN =
  '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?';
const CREATE_NAME_PATTERN =
  '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?';

// ValidationException is not a shape of Lambda's model: its body carries `message`.

/** AWS's `N validation error(s) detected: ...` from the constraint failures found. */
export function validationError(failures: string[]): AwsError {
  const n = failures.length;
  return lambdaError(
    'ValidationException',
    `${n} validation error${n === 1 ? '' : 's'} detected: ${failures.join('; ')}`,
    400,
  );
}

/** The constraint failure of a required member left out (`member` in Lambda's camelCase). */
export const nullFailure = (member: string) =>
  `Value null at '${member}' failed to satisfy constraint: Member must not be null`;

export const patternFailure = (value: string, member: string, pattern: string) =>
  `Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern}`;

export const invalidFunctionName = (value: string) =>
  validationError([patternFailure(value, 'functionName', FUNCTION_NAME_PATTERN)]);

/** CreateFunction's own pattern (no dots), reported among the other failures of its input. */
export const createFunctionNameFailure = (value: string) =>
  patternFailure(value, 'functionName', CREATE_NAME_PATTERN);

export const invalidAliasName = (name: string) =>
  validationError([patternFailure(name, 'name', '(?!^[0-9]+$)([a-zA-Z0-9-_]+)')]);

export const invalidInvocationType = (type: string) =>
  validationError([
    `Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`,
  ]);

const LAYER_NAME_PATTERN =
  '(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+';
const LAYER_VERSION_ARN_PATTERN =
  '(arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+)';

export const invalidLayerName = (name: string) =>
  validationError([patternFailure(name, 'layerName', LAYER_NAME_PATTERN)]);

export const invalidLayerVersionArn = (arn: string) =>
  validationError([patternFailure(arn, 'arn', LAYER_VERSION_ARN_PATTERN)]);

/** A function's `Layers` with an ARN that is not a layer version's: AWS names the whole list. */
export const invalidLayers = (layers: string[]) =>
  validationError([
    `Value '[${layers.join(', ')}]' at 'layers' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to 2048, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ${LAYER_VERSION_ARN_PATTERN}, Member must not be null]`,
  ]);

export const invalidLayerAction = (action: string) =>
  validationError([patternFailure(action, 'action', 'lambda:GetLayerVersion')]);

export const maxItemsTooSmall = (maxItems: unknown) =>
  validationError([
    `Value '${String(maxItems)}' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1`,
  ]);

// 404 ResourceNotFoundException.

const notFound = (message: string) => lambdaError('ResourceNotFoundException', message, 404);

export const functionNotFound = (arn: string) => notFound(`Function not found: ${arn}`);

/** A full ARN naming another region than the request's: Lambda serves only its own region's functions. */
export const functionsNotReachable = (from: string, here: string) =>
  notFound(`Functions from '${from}' are not reachable in this region ('${here}')`);

export const aliasNotFound = (aliasArn: string) => notFound(`Alias not found: ${aliasArn}`);

/** The EventInvokeConfig operations' words for a missing function or qualifier. */
export const functionDoesNotExist = () => notFound("The function doesn't exist.");

export const noEventInvokeConfig = (qualifiedArn: string) =>
  notFound(`The function ${qualifiedArn} doesn't have an EventInvokeConfig`);

export const policyNotFound = () => notFound('The resource you requested does not exist.');

/** A layer version (or its policy) that does not exist: Lambda's generic words. */
export const layerVersionNotFound = policyNotFound;

export const statementNotFound = (sid: string) =>
  notFound(`Statement ${sid} is not found in resource policy.`);

// 409 ResourceConflictException.

const conflict = (message: string) => lambdaError('ResourceConflictException', message, 409);

export const functionExists = (name: string) => conflict(`Function already exist: ${name}`);

export const aliasExists = (aliasArn: string) => conflict(`Alias already exists: ${aliasArn}`);

export const versionHasAliases = (alias: string) =>
  conflict(`Unable to delete version because the following aliases reference it: [${alias}]`);

export const statementExists = (sid: string) =>
  conflict(
    `The statement id (${sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`,
  );

// 412 PreconditionFailedException: `api` is the call that reads the latest revision.

export const revisionMismatch = (api: 'GetPolicy' | 'GetFunction/GetAlias') =>
  lambdaError(
    'PreconditionFailedException',
    `The Revision Id provided does not match the latest Revision Id. Call the ${api} API to retrieve the latest Revision Id`,
    412,
  );

// 400 InvalidParameterValueException.

const invalidParameter = (message: string) => lambdaError('InvalidParameterValueException', message, 400);

export const unsupportedRuntime = (runtime: string, supported: readonly string[]) =>
  invalidParameter(
    `The runtime parameter of ${runtime} is deprecated or not supported by this local cloud. Supported runtimes: ${supported.join(', ')}.`,
  );

export const reservedEnvironmentKeys = (keys: string[]) =>
  invalidParameter(
    `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${keys.join(', ')}`,
  );

export const containerImagesUnsupported = () =>
  invalidParameter('Container images are not supported by this local cloud.');

export const zipNeeds = (member: 'Runtime' | 'Handler') =>
  invalidParameter(`${member} is required for .zip deployment packages.`);

const UNZIP_FAILED = 'Could not unzip uploaded file. Please check your file, then try to upload again.';

export const unzipFailed = () => invalidParameter(UNZIP_FAILED);

export const unzippedTooLarge = (limit: number) =>
  invalidParameter(`Unzipped size must be smaller than ${limit} bytes`);

// Lambda's answer to the entries below is not recorded: its unzip message, with what local-cloud refused.
export const zipEntryOutside = (name: string) =>
  invalidParameter(
    `${UNZIP_FAILED} (entry '${name}' would be written outside the directory it unpacks into)`,
  );

export const zipLinkOutside = (name: string, pointsTo: string) =>
  invalidParameter(
    `${UNZIP_FAILED} (symbolic link '${name}' points to '${pointsTo}', outside the directory it unpacks into)`,
  );

export const zipEntryUnderLink = (name: string) =>
  invalidParameter(`${UNZIP_FAILED} (entry '${name}' is inside a symbolic link of the same zip)`);

export const codeObjectMissing = () =>
  invalidParameter(
    'Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.',
  );

export const noCodeSource = () => invalidParameter('Please provide a source for function code.');

export const qualifierMismatch = () =>
  invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');

export const aliasDeletionUnsupported = () => invalidParameter('Deletion of aliases is not supported.');

export const invalidMarker = () => invalidParameter('Invalid Marker.');

export const unreservedBelowMinimum = (minimum: number) =>
  invalidParameter(
    `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`,
  );

export const layerVersionMissing = (arn: string) => invalidParameter(`Layer version ${arn} does not exist.`);

export const tooManyLayers = () => invalidParameter('Cannot reference more than 5 layers.');

export const nothingToConfigure = () =>
  invalidParameter('You must specify at least one of error handling or destination setting.');

/** `config` as Lambda's Java service prints it: `DestinationConfig(onSuccess=..., onFailure=...)`. */
export const invalidDestinationConfig = (config: string) =>
  invalidParameter(`The provided destination config ${config} is invalid.`);

export const selfDestination = () =>
  invalidParameter("You can't specify the function as a destination for itself.");

export const invalidDestinationArn = (arn: string) =>
  invalidParameter(`The destination ARN ${arn} is invalid.`);

// Invoke.

/**
 * 413 over a payload limit. RequestEntityTooLargeException is the code Lambda answers, though the
 * model names only RequestTooLargeException: its body carries `message`.
 */
export const payloadTooLarge = (size: number, type: string, limit: number) =>
  lambdaError(
    'RequestEntityTooLargeException',
    `${size} byte payload is too large for the ${type} invocation type (limit ${limit} bytes)`,
    413,
  );

export const invalidRequestContent = (detail: string) =>
  lambdaError(
    'InvalidRequestContentException',
    `Could not parse request body into json: Could not parse payload into json: ${detail}`,
    400,
  );

/**
 * 429 with the reason. A busy function or account adds `Retry-After: 1` (the shape binds
 * `retryAfterSeconds` to that header); reserved concurrency 0 never frees up, and AWS sends none.
 */
export const throttled = (
  reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' | 'ConcurrentInvocationLimitExceeded',
  retryAfter = true,
) =>
  lambdaError('TooManyRequestsException', 'Rate Exceeded.', 429, {
    fields: retryAfter ? { retryAfterSeconds: '1', Reason: reason } : { Reason: reason },
  });

// Event source mappings (SQS).

export const eventSourceMappingNotFound = () => notFound('The resource you requested does not exist.');

export const eventSourceMappingExists = (queueArn: string, functionName: string, uuid: string) =>
  conflict(
    `An event source mapping with SQS arn (" ${queueArn} ") and function (" ${functionName} ") already exists. Please update or delete the existing mapping with UUID ${uuid}`,
  );

/** The local cloud polls SQS only (the wording is ours). */
export const unsupportedEventSource = (arn: string) =>
  invalidParameter(`Event source ${arn} is not supported by this local cloud: only SQS queues are polled.`);

export const startingPositionForSqs = () =>
  invalidParameter('StartingPosition is not valid for SQS event sources.');

export const batchingWindowNeeded = () =>
  invalidParameter(
    'Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10',
  );

/** AWS says the same when the queue does not exist: it cannot tell the two apart. */
export const roleCannotPoll = (action: string) =>
  invalidParameter(`The provided execution role does not have permissions to call ${action} on SQS`);
