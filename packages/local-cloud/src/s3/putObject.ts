// PutObject: the decoded body with its checksums verified, headers and metadata; conditional writes.
import type { PutObjectOutput } from '@aws-sdk/client-s3';
import { header } from '../protocol/request.js';
import { quoted, type S3Answer, unquoted } from './answer.js';
import { type ChecksumAlgorithm, checksumOf, md5Hex } from './checksums.js';
import type { S3Context } from './context.js';
import { noSuchKey, preconditionFailed } from './errors.js';
import { objectHeadersFrom } from './objectHeaders.js';
import { readPayload } from './payload.js';
import { type Bucket, type ObjectHeaders, type S3Object, s3Now } from './store.js';

/** Stores an object; without a client checksum S3 computes CRC64NVME, as it has since 2025. */
export function storeObject(
  bucket: Bucket,
  key: string,
  body: Buffer,
  headers: ObjectHeaders,
  checksum?: { algorithm: ChecksumAlgorithm; value: string },
): S3Object {
  const obj: S3Object = {
    ...headers,
    key,
    body,
    etag: md5Hex(body),
    lastModified: s3Now(),
    checksum: {
      ...(checksum ?? { algorithm: 'CRC64NVME', value: checksumOf('CRC64NVME', body) }),
      type: 'FULL_OBJECT',
    },
  };
  bucket.objects.set(key, obj);
  return obj;
}

/** `If-None-Match: *` and `If-Match` on writes (S3's conditional writes). */
export function checkWriteConditions(ctx: S3Context, bucket: Bucket): void {
  const existing = bucket.objects.get(ctx.key);
  const ifNoneMatch = header(ctx.req, 'if-none-match');
  if (ifNoneMatch !== undefined && existing) throw preconditionFailed('If-None-Match');
  const ifMatch = header(ctx.req, 'if-match');
  if (ifMatch !== undefined) {
    if (!existing) throw noSuchKey(ctx.key);
    if (unquoted(ifMatch) !== existing.etag && ifMatch.trim() !== '*') throw preconditionFailed('If-Match');
  }
}

export function putObject(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const payload = readPayload(ctx.req);
  checkWriteConditions(ctx, bucket);
  const obj = storeObject(
    bucket,
    ctx.key,
    payload.body,
    objectHeadersFrom(ctx.req, payload.contentEncoding),
    payload.checksum,
  );
  const out: PutObjectOutput = {
    ETag: quoted(obj.etag),
    ServerSideEncryption: 'AES256',
    ChecksumType: 'FULL_OBJECT',
  };
  return {
    headers: {
      ETag: out.ETag,
      'x-amz-server-side-encryption': out.ServerSideEncryption,
      [`x-amz-checksum-${obj.checksum.algorithm.toLowerCase()}`]: obj.checksum.value,
      'x-amz-checksum-type': out.ChecksumType,
    },
  };
}
