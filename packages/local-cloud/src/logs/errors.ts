// CloudWatch Logs' errors with AWS's codes, statuses and messages (awsJson 1.1: a bare `__type` code).
import { AwsError } from '../protocol/errors.js';

export const invalidParameter = (message: string) => new AwsError('InvalidParameterException', message, 400);

/** The code CloudWatch Logs answers some request-shape problems with, apart from its model validation. */
export const validationException = (message: string) => new AwsError('ValidationException', message, 400);

/**
 * AWS's model validation answer, which CloudWatch Logs sends as InvalidParameterException:
 * `1 validation error detected: Value 'v' at 'member' failed to ...` (`value` null for a member left out).
 */
export const constraintViolation = (value: string | null, member: string, constraint: string) =>
  invalidParameter(
    `1 validation error detected: Value ${value === null ? 'null' : `'${value}'`} at '${member}' failed to satisfy constraint: ${constraint}`,
  );

export const missingMember = (member: string) => constraintViolation(null, member, 'Member must not be null');

/** A group or stream name over 512 characters: CloudWatch Logs' own words, not the model's. */
export const nameTooLong = () =>
  invalidParameter('Invalid LogGroup or LogStream, both must have length less than or equal to 512.');

export const logGroupAlreadyExists = () =>
  new AwsError('ResourceAlreadyExistsException', 'The specified log group already exists', 400);

export const logStreamAlreadyExists = () =>
  new AwsError('ResourceAlreadyExistsException', 'The specified log stream already exists', 400);

export const logGroupNotFound = () =>
  new AwsError('ResourceNotFoundException', 'The specified log group does not exist.', 400);

export const logStreamNotFound = () =>
  new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.', 400);

export const invalidNextToken = () => invalidParameter('The specified nextToken is invalid.');

export const invalidFilterPattern = (pattern: string) =>
  invalidParameter(`Invalid filter pattern: ${pattern}`);

export const groupNameMissing = () =>
  invalidParameter('Should provide either logGroupName or logGroupIdentifier.');

export const groupNameAndIdentifier = () =>
  validationException('LogGroup name and LogGroup ARN are mutually exclusive parameters.');

export const deletionProtected = () =>
  validationException(
    'Cannot delete log group with deletion protection enabled. Disable deletion protection first.',
  );
