// EventBridge's errors with AWS's codes, statuses and messages (awsJson 1.1: a bare `__type` code).
// PutEvents' per-entry failures are values of its answer, not errors: they live in putEvents.ts.
import { AwsError } from '../protocol/errors.js';

export const validationError = (message: string) => new AwsError('ValidationException', message);

/** One constraint of the model a value breaks: `value` null for a member left out. */
export interface Violation {
  value: string | null;
  member: string;
  constraint: string;
}

/** AWS's model validation answer: every violated constraint of the request, joined by `; `. */
export function validationErrors(violations: Violation[]): AwsError {
  const n = violations.length;
  const items = violations.map(
    (v) =>
      `Value ${v.value === null ? 'null' : `'${v.value}'`} at '${v.member}' failed to satisfy constraint: ${v.constraint}`,
  );
  return validationError(`${n} validation error${n === 1 ? '' : 's'} detected: ${items.join('; ')}`);
}

/** AWS's model validation answer for a member it requires (`at 'name'`, lower camel case). */
export const missingMember = (member: string) =>
  validationErrors([{ value: null, member, constraint: 'Member must not be null' }]);

/** AWS's model validation answer for a value outside its member's constraint. */
export const constraintViolation = (value: string, member: string, constraint: string) =>
  validationErrors([{ value, member, constraint }]);

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
