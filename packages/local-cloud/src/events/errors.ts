// EventBridge's errors with AWS's codes, statuses and messages (awsJson 1.1: a bare `__type` code).
// PutEvents' per-entry failures are values of its answer, not errors: they live in putEvents.ts.
import { AwsError } from '../protocol/errors.js';

export const validationError = (message: string) => new AwsError('ValidationException', message);

/** AWS's model validation answer for a member it requires (`at 'name'`, lower camel case). */
export const missingMember = (member: string) =>
  validationError(
    `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
  );

/** AWS's model validation answer for a value outside its member's constraint. */
export const constraintViolation = (value: string, member: string, constraint: string) =>
  validationError(
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`,
  );

/** A JSON member that is not of its model type (`Entries.1.Time`), as the codec reports it. */
export function malformedMember(path: string): AwsError {
  // A PutEvents entry's Resources of the wrong type has EventBridge's own words.
  if (/^Entries\.\d+\.Resources\b/.test(path)) return validationError('Parameter Resources is not valid.');
  return new AwsError('SerializationException', `Unexpected value type for ${path}.`);
}

export const invalidEventPattern = (reason: string) =>
  new AwsError('InvalidEventPatternException', `Event pattern is not valid. Reason: ${reason}`);

export const resourceNotFound = (what: 'Event bus' | 'Rule', name: string) =>
  new AwsError('ResourceNotFoundException', `${what} ${name} does not exist.`);

export const busNotFound = (name: string) => resourceNotFound('Event bus', name);

export const ruleNotFound = (name: string, bus: string) =>
  new AwsError('ResourceNotFoundException', `Rule ${name} does not exist on EventBus ${bus}.`);

export const busAlreadyExists = (name: string) =>
  new AwsError('ResourceAlreadyExistsException', `Event bus ${name} already exists.`);

export const tooManyTargets = () =>
  new AwsError('LimitExceededException', 'The requested resource exceeds the maximum number allowed.');

export const tooManyTags = () => new AwsError('LimitExceededException', 'Tag limit exceeded for resource.');

/** The internal API's answer to a detail that is not JSON (PutEvents answers it per entry instead). */
export const malformedDetail = () => new AwsError('MalformedDetail', 'Detail is malformed.');
