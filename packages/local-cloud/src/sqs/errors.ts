// SQS's errors with AWS's codes, statuses and messages; `queryCode` is the legacy code awsQuery sends
// (and awsJson repeats in `x-amzn-query-error`).
import { AwsError } from '../protocol/errors.js';

const sqsError = (code: string, message: string, status = 400, queryCode?: string) =>
  new AwsError(code, message, status, { queryCode: queryCode ?? code });

export const queueDoesNotExist = () =>
  sqsError(
    'QueueDoesNotExist',
    'The specified queue does not exist.',
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

export const invalidAddress = (url: string) =>
  sqsError('InvalidAddress', `The address ${url} is not valid for this endpoint.`, 404);

export const invalidParameterValue = (message: string) => sqsError('InvalidParameterValue', message);

/** `Value X for parameter P is invalid. Reason: R` */
export const invalidParameter = (name: string, value: unknown, reason: string) =>
  invalidParameterValue(`Value ${String(value)} for parameter ${name} is invalid. Reason: ${reason}`);

export const missingParameter = (name: string) =>
  sqsError('MissingParameter', `The request must contain the parameter ${name}.`);

export const invalidAttributeName = (name: string) =>
  sqsError('InvalidAttributeName', `Unknown Attribute ${name}.`);

export const invalidAttributeValue = (name: string) =>
  sqsError('InvalidAttributeValue', `Invalid value for the parameter ${name}.`);

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

export const messageNotInflight = () =>
  sqsError(
    'MessageNotInflight',
    'Message does not exist or is not available for visibility timeout change.',
    400,
    'AWS.SimpleQueueService.MessageNotInflight',
  );

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
