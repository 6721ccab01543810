// SNS's errors with AWS's codes, statuses and words; `queryCode` is the code on the awsQuery wire (the
// SDK maps it back to the shape name, e.g. `NotFound` -> NotFoundException).
import { AwsError } from '../protocol/errors.js';

const snsError = (code: string, queryCode: string, message: string, status = 400) =>
  new AwsError(code, message, status, { queryCode });

/** `Invalid parameter: <what>`, SNS's answer to most bad values. */
export const invalidParameter = (what: string) =>
  snsError('InvalidParameterException', 'InvalidParameter', `Invalid parameter: ${what}`);

/** A value with fewer than six `:`-separated elements, which AWS counts (`member` names the parameter). */
export const notAnArn = (member: string, elements: number) =>
  invalidParameter(`${member} Reason: An ARN must have at least 6 elements, not ${elements}`);

/** ConfirmSubscription's answer to a token that is not shaped like one SNS sends. */
export const invalidToken = () => snsError('InvalidParameterException', 'InvalidParameter', 'Invalid token');

/** Subscribe's answer to an sms endpoint that is no phone number. */
export const invalidSmsEndpoint = (endpoint: string) =>
  snsError('InvalidParameterException', 'InvalidParameter', `Invalid SMS endpoint: ${endpoint}`);

/** Message attribute problems, in their own words. */
export const invalidParameterValue = (message: string) =>
  snsError('InvalidParameterValueException', 'ParameterValueInvalid', message);

export const notFound = (message: string) => snsError('NotFoundException', 'NotFound', message, 404);

/** The tagging operations' answer for an ARN that names no topic. */
export const resourceNotFound = () =>
  snsError('ResourceNotFoundException', 'ResourceNotFound', 'Resource does not exist', 404);

export const tagLimitExceeded = () =>
  snsError(
    'TagLimitExceededException',
    'TagLimitExceeded',
    'Could not complete request: tag quota of per resource exceeded',
  );

/** AWS's model validation, which SNS answers before its own checks. */
export const validationError = (message: string) => snsError('ValidationError', 'ValidationError', message);

/** A required member the request left out. */
export const missingMember = (member: string) =>
  validationError(
    `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
  );

export const emptyBatchRequest = () =>
  snsError(
    'EmptyBatchRequestException',
    'EmptyBatchRequest',
    "The batch request doesn't contain any entries.",
  );

export const tooManyEntriesInBatchRequest = () =>
  snsError(
    'TooManyEntriesInBatchRequestException',
    'TooManyEntriesInBatchRequest',
    'The batch request contains more entries than permissible.',
  );

export const batchEntryIdsNotDistinct = () =>
  snsError(
    'BatchEntryIdsNotDistinctException',
    'BatchEntryIdsNotDistinct',
    'Two or more batch entries in the request have the same Id.',
  );

export const invalidBatchEntryId = () =>
  snsError(
    'InvalidBatchEntryIdException',
    'InvalidBatchEntryId',
    'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
  );

export const batchRequestTooLong = () =>
  snsError(
    'BatchRequestTooLongException',
    'BatchRequestTooLong',
    'The length of all the messages put together is more than the limit.',
  );
