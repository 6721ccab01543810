// Checks of CloudWatch Logs requests beyond their types, in the words of AWS's model validation (which
// CloudWatch Logs answers as InvalidParameterException) and of its own checks.
import { constraintViolation, missingMember, nameTooLong } from './errors.js';

const GROUP_NAME = /^[.\-_/#A-Za-z0-9]+$/;
const STREAM_NAME = /^[^:*]*$/;

/** A member the model requires, refused when left out. */
export function required<T>(value: T | undefined, member: string): T {
  if (value === undefined || value === null) throw missingMember(member);
  return value;
}

function checkName(value: string, member: string, pattern: RegExp, patternText: string): string {
  if (value.length > 512) throw nameTooLong();
  if (value.length === 0) {
    throw constraintViolation(value, member, 'Member must have length greater than or equal to 1');
  }
  if (!pattern.test(value)) {
    throw constraintViolation(
      value,
      member,
      `Member must satisfy regular expression pattern: ${patternText}`,
    );
  }
  return value;
}

export const checkGroupName = (name: string | undefined, member = 'logGroupName'): string =>
  checkName(required(name, member), member, GROUP_NAME, '[\\.\\-_/#A-Za-z0-9]+');

export const checkStreamName = (name: string | undefined, member = 'logStreamName'): string =>
  checkName(required(name, member), member, STREAM_NAME, '[^:*]*');

/** A `limit` inside its model range, or the default; refused, never lowered, as AWS does. */
export function checkLimit(limit: number | undefined, max: number): number {
  if (limit === undefined) return max;
  if (limit < 1) {
    throw constraintViolation(String(limit), 'limit', 'Member must have value greater than or equal to 1');
  }
  if (limit > max) {
    throw constraintViolation(String(limit), 'limit', `Member must have value less than or equal to ${max}`);
  }
  return limit;
}
