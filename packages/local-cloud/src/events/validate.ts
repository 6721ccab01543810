// Shape checks of EventBridge requests, with the words of AWS's "1 validation error detected" answers.
import { AwsError } from '../protocol/errors.js';
import type { JsonObject } from './pattern.js';
import { PatternError, parsePattern } from './pattern.js';

const NAME_RE = /^[.\-_A-Za-z0-9]+$/;
const BUS_NAME_RE = /^[/.\-_A-Za-z0-9]+$/;

export function validationError(message: string): AwsError {
  return new AwsError('ValidationException', message);
}

/** A required member, as AWS's model validation reports it (`at 'name'`). */
export function required<T>(value: T | undefined | null, member: string): T {
  if (value === undefined || value === null) {
    throw validationError(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

function constraint(value: string, member: string, text: string): AwsError {
  return validationError(
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${text}`,
  );
}

export function checkRuleName(name: unknown, member = 'name'): string {
  const value = required(name as string | undefined, member);
  if (typeof value !== 'string')
    throw new AwsError('SerializationException', `Unexpected value for ${member}`);
  if (value.length > 64) throw constraint(value, member, 'Member must have length less than or equal to 64');
  if (!NAME_RE.test(value)) {
    throw constraint(value, member, 'Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+');
  }
  return value;
}

export function checkBusName(name: unknown): string {
  const value = required(name as string | undefined, 'name');
  if (typeof value !== 'string') throw new AwsError('SerializationException', 'Unexpected value for name');
  if (value.length > 256)
    throw constraint(value, 'name', 'Member must have length less than or equal to 256');
  if (!BUS_NAME_RE.test(value)) {
    throw constraint(value, 'name', 'Member must satisfy regular expression pattern: [/\\.\\-_A-Za-z0-9]+');
  }
  return value;
}

export function checkLimit(limit: unknown): number | undefined {
  if (limit === undefined || limit === null) return undefined;
  const n = Number(limit);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw constraint(String(limit), 'limit', 'Member must have value between 1 and 100');
  }
  return n;
}

/** An EventPattern as PutRule and TestEventPattern take it. */
export function checkEventPattern(text: unknown): JsonObject {
  if (typeof text !== 'string') throw required(undefined, 'eventPattern');
  try {
    return parsePattern(text, 'eventbridge');
  } catch (err) {
    const reason = err instanceof PatternError ? err.message : String(err);
    throw new AwsError('InvalidEventPatternException', `Event pattern is not valid. Reason: ${reason}`);
  }
}

export function checkTags(tags: unknown, member = 'tags'): { Key: string; Value: string }[] {
  if (tags === undefined || tags === null) return [];
  if (!Array.isArray(tags)) throw new AwsError('SerializationException', `Unexpected value for ${member}`);
  for (const t of tags) {
    if (typeof t?.Key !== 'string') required(undefined, `${member}.member.key`);
    if (typeof t?.Value !== 'string') required(undefined, `${member}.member.value`);
  }
  return tags;
}

/** Pages over a sorted list with an opaque token (the offset, base64). */
export function page<T>(
  items: T[],
  nextToken: unknown,
  limit: number | undefined,
): { items: T[]; next?: string } {
  let start = 0;
  if (typeof nextToken === 'string' && nextToken) {
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

/** A JSON member that is not of its model type: AWS's SerializationException. */
export function serializationError(member: string): AwsError {
  return new AwsError('SerializationException', `Unexpected value type for ${member}.`);
}

/** A list member whose items must be structures whose named members, when present, are strings. */
export function checkStructList<T>(list: unknown, member: string, stringMembers: string[]): T[] {
  if (!Array.isArray(list)) throw serializationError(member);
  for (const item of list) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw serializationError(member);
    for (const key of stringMembers) {
      const v = (item as Record<string, unknown>)[key];
      if (v !== undefined && v !== null && typeof v !== 'string')
        throw serializationError(`${member}.${key}`);
    }
  }
  return list as T[];
}

/** Top-level members that must be strings when present. */
export function checkStrings(input: Record<string, unknown>, members: string[]): void {
  for (const key of members) {
    const v = input[key];
    if (v !== undefined && v !== null && typeof v !== 'string') throw serializationError(key);
  }
}
