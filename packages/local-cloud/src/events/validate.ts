// Shape checks of EventBridge requests beyond their types (the codec checks those), with the words of
// AWS's "1 validation error detected" answers.
import { constraintViolation, invalidEventPattern, missingMember, validationError } from './errors.js';
import type { JsonObject } from './pattern.js';
import { PatternError, parsePattern } from './pattern.js';

const NAME_RE = /^[.\-_A-Za-z0-9]+$/;
const BUS_NAME_RE = /^[/.\-_A-Za-z0-9]+$/;

/** A required member, as AWS's model validation reports it (`at 'name'`). */
export function required<T>(value: T | undefined | null, member: string): T {
  if (value === undefined || value === null) throw missingMember(member);
  return value;
}

export function checkRuleName(name: string | undefined, member = 'name'): string {
  const value = required(name, member);
  if (value.length > 64) {
    throw constraintViolation(value, member, 'Member must have length less than or equal to 64');
  }
  if (!NAME_RE.test(value)) {
    throw constraintViolation(
      value,
      member,
      'Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+',
    );
  }
  return value;
}

export function checkBusName(name: string | undefined): string {
  const value = required(name, 'name');
  if (value.length > 256) {
    throw constraintViolation(value, 'name', 'Member must have length less than or equal to 256');
  }
  if (!BUS_NAME_RE.test(value)) {
    throw constraintViolation(
      value,
      'name',
      'Member must satisfy regular expression pattern: [/\\.\\-_A-Za-z0-9]+',
    );
  }
  return value;
}

export function checkLimit(limit: number | undefined): number | undefined {
  if (limit === undefined) return undefined;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw constraintViolation(String(limit), 'limit', 'Member must have value between 1 and 100');
  }
  return limit;
}

/** An EventPattern as PutRule and TestEventPattern take it. */
export function checkEventPattern(text: string | undefined): JsonObject {
  const pattern = required(text, 'eventPattern');
  try {
    return parsePattern(pattern, 'eventbridge');
  } catch (err) {
    throw invalidEventPattern(err instanceof PatternError ? err.message : String(err));
  }
}

/** Tags with both members, as AWS requires of each. */
export function checkTags(
  tags: { Key?: string; Value?: string }[] | undefined,
  member = 'tags',
): { Key: string; Value: string }[] {
  return (tags ?? []).map((t) => ({
    Key: required(t.Key, `${member}.member.key`),
    Value: required(t.Value, `${member}.member.value`),
  }));
}

/** Pages over a sorted list with an opaque token (the offset, base64). */
export function page<T>(
  items: T[],
  nextToken: string | undefined,
  limit: number | undefined,
): { items: T[]; next?: string } {
  let start = 0;
  if (nextToken) {
    start = Number(Buffer.from(nextToken, 'base64').toString('utf8'));
    if (!Number.isInteger(start) || start < 0) throw validationError('The nextToken provided is invalid.');
  }
  const size = limit ?? 100;
  const slice = items.slice(start, start + size);
  const end = start + slice.length;
  return {
    items: slice,
    next: end < items.length ? Buffer.from(String(end)).toString('base64') : undefined,
  };
}
