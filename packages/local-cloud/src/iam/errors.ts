// IAM's errors with AWS's codes, statuses and words; `queryCode` is the code on the awsQuery wire (the
// SDK maps it back to the shape name, e.g. `NoSuchEntity` -> NoSuchEntityException).
import { AwsError } from '../protocol/errors.js';

const iamError = (code: string, queryCode: string, message: string, status: number) =>
  new AwsError(code, message, status, { queryCode });

export const noSuchEntity = (message: string) =>
  iamError('NoSuchEntityException', 'NoSuchEntity', message, 404);

export const entityAlreadyExists = (message: string) =>
  iamError('EntityAlreadyExistsException', 'EntityAlreadyExists', message, 409);

export const deleteConflict = (message: string) =>
  iamError('DeleteConflictException', 'DeleteConflict', message, 409);

export const malformedPolicyDocument = (message: string) =>
  iamError('MalformedPolicyDocumentException', 'MalformedPolicyDocument', message, 400);

/** AWS's model validation, answered before IAM's own checks. */
export const validationError = (message: string) =>
  iamError('ValidationError', 'ValidationError', message, 400);

/** `1 validation error detected: Value <value> at '<member>' failed to satisfy constraint: <constraint>` */
export const constraintViolated = (value: string | null, member: string, constraint: string) =>
  validationError(
    `1 validation error detected: Value ${value === null ? 'null' : `'${value}'`} at '${member}' failed to satisfy constraint: ${constraint}`,
  );
