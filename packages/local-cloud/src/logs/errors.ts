// CloudWatch Logs' errors with AWS's codes, statuses and messages (awsJson 1.1: a bare `__type` code).
import { AwsError } from '../protocol/errors.js';

export const invalidParameter = (message: string) => new AwsError('InvalidParameterException', message, 400);

/** AWS's model validation answer: `1 validation error detected: Value 'v' at 'member' failed to ...`. */
export const constraintViolation = (value: string, member: string, constraint: string) =>
  invalidParameter(
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`,
  );

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
