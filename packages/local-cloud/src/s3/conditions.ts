// Conditional reads (If-Match, If-None-Match, If-(Un)Modified-Since) and byte ranges of GET and HEAD.
import { header, type LocalRequest } from '../protocol/request.js';
import { unquoted } from './answer.js';
import { invalidRange, preconditionFailed } from './errors.js';
import type { S3Object } from './store.js';

function etagMatches(list: string, etag: string): boolean {
  return list.split(',').some((t) => t.trim() === '*' || unquoted(t) === etag);
}

function parseDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** 'not-modified' for a 304; throws PreconditionFailed (412); undefined when the read goes ahead. */
export function checkReadConditions(req: LocalRequest, obj: S3Object): 'not-modified' | undefined {
  const ifMatch = header(req, 'if-match');
  const ifNoneMatch = header(req, 'if-none-match');
  const ifModifiedSince = parseDate(header(req, 'if-modified-since'));
  const ifUnmodifiedSince = parseDate(header(req, 'if-unmodified-since'));
  const modified = obj.lastModified.getTime();
  // RFC 7232 order: If-Match wins over If-Unmodified-Since, If-None-Match over If-Modified-Since.
  if (ifMatch !== undefined) {
    if (!etagMatches(ifMatch, obj.etag)) throw preconditionFailed('If-Match');
  } else if (ifUnmodifiedSince && modified > ifUnmodifiedSince.getTime()) {
    throw preconditionFailed('If-Unmodified-Since');
  }
  if (ifNoneMatch !== undefined) {
    if (etagMatches(ifNoneMatch, obj.etag)) return 'not-modified';
  } else if (ifModifiedSince && modified <= ifModifiedSince.getTime()) {
    return 'not-modified';
  }
  return undefined;
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
