// GetObject: the body or a range of it, after the conditional headers; checksum mode sends the stored
// checksum. HeadObject answers the same without the body.
import type { GetObjectOutput, GetObjectRequest, HeadObjectRequest } from '@aws-sdk/client-s3';
import { checkReadConditions, parseRange } from './conditions.js';
import type { S3Context, WithBody } from './context.js';
import { notImplemented } from './errors.js';
import { describeObject } from './objectHeaders.js';

/** What GET and HEAD share: the description, and the bytes a GET sends. */
export function readObject(
  ctx: S3Context,
  input: GetObjectRequest | HeadObjectRequest,
): WithBody<GetObjectOutput> {
  const bucket = ctx.store.bucket(input.Bucket);
  const obj = ctx.store.object(bucket, input.Key);
  // Reading one part of a multipart object is not modelled; the whole object would corrupt a part download.
  if (input.PartNumber !== undefined) throw notImplemented('Reading a part (partNumber)');
  checkReadConditions(input, obj);
  const size = obj.body.length;
  const range = parseRange(input.Range, size);
  // A checksum describes the whole object, so ranged reads go without it (as S3 does).
  const described = describeObject(obj, input, input.ChecksumMode === 'ENABLED' && range === undefined);
  if (!range) return { ...described, ContentLength: size, Body: obj.body };
  // The codec answers 206 for an answer with a Content-Range.
  return {
    ...described,
    ContentLength: range.end - range.start + 1,
    ContentRange: `bytes ${range.start}-${range.end}/${size}`,
    Body: obj.body.subarray(range.start, range.end + 1),
  };
}

export function getObject(ctx: S3Context, input: GetObjectRequest): WithBody<GetObjectOutput> {
  return readObject(ctx, input);
}
