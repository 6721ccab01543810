// Conditional reads (If-Match, If-None-Match, If-(Un)Modified-Since), conditional writes, and byte
// ranges of GET and HEAD, from the operation's input.

import { invalidRange, noSuchKey, notModified, preconditionFailed } from './errors.js';
import { quoted, unquoted } from './etag.js';
import type { S3Object } from './store.js';

export interface ReadConditions {
  IfMatch?: string;
  IfNoneMatch?: string;
  IfModifiedSince?: Date;
  IfUnmodifiedSince?: Date;
}

function etagMatches(list: string, etag: string): boolean {
  return list.split(',').some((t) => t.trim() === '*' || unquoted(t) === etag);
}

/** Throws PreconditionFailed (412) or NotModified (304) when the read does not go ahead. */
export function checkReadConditions(input: ReadConditions, obj: S3Object): void {
  const modified = obj.lastModified.getTime();
  // RFC 7232 order: If-Match wins over If-Unmodified-Since, If-None-Match over If-Modified-Since.
  if (input.IfMatch !== undefined) {
    if (!etagMatches(input.IfMatch, obj.etag)) throw preconditionFailed('If-Match');
  } else if (input.IfUnmodifiedSince && modified > input.IfUnmodifiedSince.getTime()) {
    throw preconditionFailed('If-Unmodified-Since');
  }
  const notModifiedNow =
    input.IfNoneMatch !== undefined
      ? etagMatches(input.IfNoneMatch, obj.etag)
      : input.IfModifiedSince !== undefined && modified <= input.IfModifiedSince.getTime();
  if (notModifiedNow) throw notModified(quoted(obj.etag), obj.lastModified);
}

/** `If-None-Match: *` and `If-Match` on writes (S3's conditional writes), against what `key` holds now. */
export function checkWriteConditions(
  input: { IfMatch?: string; IfNoneMatch?: string },
  key: string,
  existing: S3Object | undefined,
): void {
  if (input.IfNoneMatch !== undefined && existing) throw preconditionFailed('If-None-Match');
  if (input.IfMatch !== undefined) {
    if (!existing) throw noSuchKey(key);
    if (unquoted(input.IfMatch) !== existing.etag && input.IfMatch.trim() !== '*')
      throw preconditionFailed('If-Match');
  }
}

/** The inclusive byte range asked for, undefined for the whole object (absent or unparseable Range). */
export function parseRange(
  value: string | undefined,
  size: number,
): { start: number; end: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(value.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) throw invalidRange(value, size);
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return undefined;
  if (start >= size) throw invalidRange(value, size);
  return { start, end };
}
