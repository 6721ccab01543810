// Checks of IAM requests beyond their types, with AWS's validation messages.
import { constraintViolated, validationError } from './errors.js';

/** The member name as AWS's validation messages write it (`roleName`). */
const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A required member; IAM treats an empty value as a missing one. */
export function required(value: string | undefined, member: string): string {
  if (value === undefined || value === '') {
    throw constraintViolated(null, camel(member), 'Member must not be null');
  }
  return value;
}

/** A role or policy name: required, at most `max` characters of `[\w+=,.@-]`. */
export function entityName(value: string | undefined, member: string, max: number): string {
  const v = required(value, member);
  if (v.length > max) {
    throw constraintViolated(v, camel(member), `Member must have length less than or equal to ${max}`);
  }
  if (!/^[\w+=,.@-]+$/.test(v)) {
    throw constraintViolated(
      v,
      camel(member),
      'Member must satisfy regular expression pattern: [\\w+=,.@-]+',
    );
  }
  return v;
}

/** A path, `/` when none is given. */
export function path(value: string | undefined): string {
  const p = value ?? '/';
  if (!/^\/(?:[\x21-\x7e]*\/)?$/.test(p)) {
    throw validationError(
      'The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.',
    );
  }
  return p;
}
