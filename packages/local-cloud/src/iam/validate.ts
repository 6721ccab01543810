// Shape checks of IAM requests, with AWS's validation messages.
import { AwsError } from '../protocol/errors.js';

const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function required(form: Record<string, string>, name: string): string {
  const v = form[name];
  if (v === undefined || v === '') {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value null at '${camel(name)}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return v;
}

export function entityName(form: Record<string, string>, name: string, max: number): string {
  const v = required(form, name);
  if (v.length > max) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${v}' at '${camel(name)}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  }
  if (!/^[\w+=,.@-]+$/.test(v)) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${v}' at '${camel(name)}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  }
  return v;
}

export function path(form: Record<string, string>): string {
  const p = form.Path ?? '/';
  if (!/^\/(?:[\x21-\x7e]*\/)?$/.test(p)) {
    throw new AwsError(
      'ValidationError',
      `The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`,
    );
  }
  return p;
}
