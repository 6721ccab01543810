// GetObject: the body or a range of it, after the conditional headers; checksum mode sends the stored checksum.
import { header } from '../protocol/request.js';
import { httpDate, quoted, type S3Answer } from './answer.js';
import { checkReadConditions, parseRange } from './conditions.js';
import type { S3Context } from './context.js';
import { objectResponseHeaders } from './objectHeaders.js';
import type { S3Object } from './store.js';

/** What GET and HEAD share; `withBody` false for HEAD. */
export function readObject(ctx: S3Context, withBody: boolean): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const obj: S3Object = ctx.store.object(bucket, ctx.key);
  if (checkReadConditions(ctx.req, obj) === 'not-modified') {
    return { status: 304, headers: { ETag: quoted(obj.etag), 'Last-Modified': httpDate(obj.lastModified) } };
  }
  const range = parseRange(header(ctx.req, 'range'), obj.body.length);
  const checksumMode = (header(ctx.req, 'x-amz-checksum-mode') ?? '').toUpperCase() === 'ENABLED';
  // A checksum describes the whole object, so ranged reads go without it (as S3 does).
  const headers = objectResponseHeaders(obj, ctx.req.query, checksumMode && range === undefined);
  if (!range) {
    return withBody ? { headers, body: obj.body } : { headers, headLength: obj.body.length };
  }
  headers['Content-Range'] = `bytes ${range.start}-${range.end}/${obj.body.length}`;
  const slice = obj.body.subarray(range.start, range.end + 1);
  return withBody
    ? { status: 206, headers, body: slice }
    : { status: 206, headers, headLength: slice.length };
}

export function getObject(ctx: S3Context): S3Answer {
  return readObject(ctx, true);
}
