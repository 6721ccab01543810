// SQS's errors with AWS's codes, statuses and messages; `queryCode` is the legacy code awsQuery sends
// (and awsJson repeats in `x-amzn-query-error`), the code itself is the JSON protocol's `__type` shape name.
import { AwsError } from '../protocol/errors.js';

const sqsError = (code: string, message: string, status = 400, queryCode?: string) =>
  new AwsError(code, message, status, { queryCode: queryCode ?? code });

/**
 * The query protocol still says "for this wsdl version"; the JSON protocol does not (both recorded on AWS).
 * `legacy` is set by the query face's context.
 */
export const queueDoesNotExist = (legacy = false) =>
  sqsError(
    'QueueDoesNotExist',
    legacy
      ? 'The specified queue does not exist for this wsdl version.'
      : 'The specified queue does not exist.',
    400,
    'AWS.SimpleQueueService.NonExistentQueue',
  );

export const queueNameExists = (attribute: string) =>
  sqsError(
    'QueueNameExists',
    `A queue already exists with the same name and a different value for attribute ${attribute}`,
    400,
    'QueueAlreadyExists',
  );

/** Not a modeled shape: AWS's JSON `__type` is `InvalidParameterValueException`, its legacy code the short one. */
export const invalidParameterValue = (message: string) =>
  sqsError('InvalidParameterValueException', message, 400, 'InvalidParameterValue');

/** `Value X for parameter P is invalid. Reason: R` */
export const invalidParameter = (name: string, value: unknown, reason: string) =>
  invalidParameterValue(`Value ${String(value)} for parameter ${name} is invalid. Reason: ${reason}`);

/** Not a modeled shape either: JSON `__type` `MissingRequiredParameterException`, legacy `MissingParameter`. */
export const missingParameter = (name: string) =>
  sqsError(
    'MissingRequiredParameterException',
    `The request must contain the parameter ${name}.`,
    400,
    'MissingParameter',
  );

export const noDeduplicationId = () =>
  invalidParameterValue(
    'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
  );

/** A batch entry without its MessageBody: the entry fails with code `EmptyValue` (seen on AWS). */
export const emptyValue = (name: string) =>
  sqsError('EmptyValue', `The request must contain the parameter ${name}.`);

export const invalidAttributeName = (name: string) =>
  sqsError('InvalidAttributeName', `Unknown Attribute ${name}.`);

export const invalidAttributeValue = (name: string, reason?: string) =>
  sqsError(
    'InvalidAttributeValue',
    `Invalid value for the parameter ${name}.${reason ? ` Reason: ${reason}` : ''}`,
  );

export const sseConflict = () =>
  sqsError(
    'InvalidAttributeName',
    'You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.',
  );

export const invalidMessageContents = () =>
  sqsError(
    'InvalidMessageContents',
    'Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF',
  );

export const receiptHandleIsInvalid = (handle: string) =>
  sqsError(
    'ReceiptHandleIsInvalid',
    `The input receipt handle "${handle}" is not a valid receipt handle.`,
    404,
  );

/** ChangeMessageVisibility with the handle of a message that is gone. */
export const messageNotAvailable = (handle: string) =>
  invalidParameter(
    'ReceiptHandle',
    handle,
    'Message does not exist or is not available for visibility timeout change.',
  );

/** DeleteMessage on a FIFO queue with a handle whose delivery is over (recorded on AWS). */
export const receiptHandleExpired = (handle: string) =>
  invalidParameter('ReceiptHandle', handle, 'The receipt handle has expired.');

export const purgeQueueInProgress = (name: string) =>
  sqsError(
    'PurgeQueueInProgress',
    `Only one PurgeQueue operation on ${name} is allowed every 60 seconds.`,
    403,
    'AWS.SimpleQueueService.PurgeQueueInProgress',
  );

export const emptyBatchRequest = (entryShape: string) =>
  sqsError(
    'EmptyBatchRequest',
    `There should be at least one ${entryShape} in the request.`,
    400,
    'AWS.SimpleQueueService.EmptyBatchRequest',
  );

export const tooManyEntriesInBatchRequest = (count: number) =>
  sqsError(
    'TooManyEntriesInBatchRequest',
    `Maximum number of entries per request are 10. You have sent ${count}.`,
    400,
    'AWS.SimpleQueueService.TooManyEntriesInBatchRequest',
  );

export const batchEntryIdsNotDistinct = (id: string) =>
  sqsError(
    'BatchEntryIdsNotDistinct',
    `Id ${id} repeated.`,
    400,
    'AWS.SimpleQueueService.BatchEntryIdsNotDistinct',
  );

export const invalidBatchEntryId = () =>
  sqsError(
    'InvalidBatchEntryId',
    'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
    400,
    'AWS.SimpleQueueService.InvalidBatchEntryId',
  );

export const batchRequestTooLong = (limit: number, sent: number) =>
  sqsError(
    'BatchRequestTooLong',
    `Batch requests cannot be longer than ${limit} bytes. You have sent ${sent} bytes.`,
    400,
    'AWS.SimpleQueueService.BatchRequestTooLong',
  );

/** Tag keys: 1 to 128 characters (the empty key's answer is recorded on AWS). */
export const tagKeyLength = () =>
  invalidParameterValue('Tag keys must be between 1 and 128 characters in length.');

export const tagValueLength = () =>
  invalidParameterValue('Tag values must be between 0 and 256 characters in length.');

export const tooManyTags = (queueName: string) =>
  invalidParameterValue(`Too many tags added for queue ${queueName}.`);

/** AddPermission: more actions than a statement may name. */
export const tooManyActions = (count: number, max: number) =>
  sqsError('OverLimit', `${count} Actions were found, maximum allowed is ${max}.`, 403);

export const labelExists = (label: string) => invalidParameter('Label', label, 'Already exists.');

/** RemovePermission of a label no statement has (recorded on AWS). */
export const labelNotFound = (label: string) => invalidParameter('Label', label, "can't find label.");

/** Actions that only the queue owner may call, refused in AddPermission. */
export const ownerOnlyAction = (action: string) =>
  invalidParameter('ActionName', action, 'Only the queue owner is allowed to invoke this action.');

export const unknownAction = (action: string) =>
  invalidParameter('ActionName', action, 'Please refer to the appropriate WSDL for a list of valid actions.');

export const unverifiedPrincipal = (value: string) =>
  invalidParameter('PrincipalId', value, 'Unable to verify.');
