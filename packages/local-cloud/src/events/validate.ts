// Shape checks of EventBridge requests beyond their types (the codec checks those), with the words of
// AWS's "1 validation error detected" answers.
import {
  constraintViolation,
  invalidEventPattern,
  missingMember,
  type Violation,
  validationError,
  validationErrors,
} from './errors.js';
import type { JsonObject } from './pattern.js';
import { PatternError, parsePattern } from './pattern.js';

const NAME_RE = /^[.\-_A-Za-z0-9]+$/;
const BUS_NAME_RE = /^[/.\-_A-Za-z0-9]+$/;

/** A required member, as AWS's model validation reports it (`at 'name'`). */
export function required<T>(value: T | undefined | null, member: string): T {
  if (value === undefined || value === null) throw missingMember(member);
  return value;
}

/** A name's length and pattern, each broken constraint reported, length first, as AWS does. */
export function checkName(
  value: string,
  member: string,
  maxLength: number,
  pattern: RegExp,
  patternText: string,
): string {
  const violations: Violation[] = [];
  if (value.length > maxLength) {
    violations.push({
      value,
      member,
      constraint: `Member must have length less than or equal to ${maxLength}`,
    });
  }
  if (!pattern.test(value)) {
    violations.push({
      value,
      member,
      constraint: `Member must satisfy regular expression pattern: ${patternText}`,
    });
  }
  if (violations.length > 0) throw validationErrors(violations);
  return value;
}

export function checkRuleName(name: string | undefined, member = 'name'): string {
  return checkName(required(name, member), member, 64, NAME_RE, '[\\.\\-_A-Za-z0-9]+');
}

export function checkBusName(name: string | undefined): string {
  return checkName(required(name, 'name'), 'name', 256, BUS_NAME_RE, '[/\\.\\-_A-Za-z0-9]+');
}

/** The List operations' Limit: 1 to 100, AWS's words for the bound it crosses. */
export function checkLimit(limit: number | undefined): number | undefined {
  if (limit === undefined) return undefined;
  if (limit < 1) {
    throw constraintViolation(String(limit), 'limit', 'Member must have value greater than or equal to 1');
  }
  if (limit > 100) {
    throw constraintViolation(String(limit), 'limit', 'Member must have value less than or equal to 100');
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
