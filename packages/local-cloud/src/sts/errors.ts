// STS's errors with AWS's codes, statuses and words (the model validation STS answers with).
import { AwsError } from '../protocol/errors.js';

export const validationError = (message: string) => new AwsError('ValidationError', message, 400);

/** `1 validation error detected: Value <value> at '<member>' failed to satisfy constraint: <constraint>` */
export const constraintViolated = (value: string | null, member: string, constraint: string) =>
  validationError(
    `1 validation error detected: Value ${value === null ? 'null' : `'${value}'`} at '${member}' failed to satisfy constraint: ${constraint}`,
  );

/** A required member the request left out. */
export const missingMember = (member: string) => constraintViolated(null, member, 'Member must not be null');
