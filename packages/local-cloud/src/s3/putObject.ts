// PutObject: the object's bytes (decoded and verified before this runs), headers and metadata;
// conditional writes.
import type { PutObjectOutput, PutObjectRequest } from '@aws-sdk/client-s3';
import { type ChecksumAlgorithm, checksumMember, checksumOf, givenChecksum, md5Hex } from './checksums.js';
import { checkWriteConditions } from './conditions.js';
import type { S3Context, WithBody } from './context.js';
import { quoted } from './etag.js';
import { notify } from './notifications.js';
import { objectHeadersFrom } from './objectHeaders.js';
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

/** What an event notification tells of a stored object. */
export const objectOf = (obj: S3Object) => ({ key: obj.key, size: obj.body.length, etag: obj.etag });

export function putObject(ctx: S3Context, input: WithBody<PutObjectRequest>): PutObjectOutput {
  const key = input.Key ?? '';
  const receiver = ctx.store.owned.get(input.Bucket ?? '');
  if (receiver) {
    // A bucket of AWS's own (a presigned URL into it was handed out): the upload goes to its owner.
    const body = input.Body ?? Buffer.alloc(0);
    receiver(key, body);
    return { ETag: quoted(md5Hex(body)), ServerSideEncryption: 'AES256' };
  }
  const bucket = ctx.store.bucket(input.Bucket);
  checkWriteConditions(input, key, bucket.objects.get(key));
  const obj = storeObject(
    bucket,
    key,
    input.Body ?? Buffer.alloc(0),
    objectHeadersFrom(input),
    givenChecksum(input),
  );
  notify(ctx.cloud, bucket, 'ObjectCreated:Put', objectOf(obj), ctx.requestId, ctx.store.nextSequencer());
  return {
    ETag: quoted(obj.etag),
    ServerSideEncryption: 'AES256',
    ...checksumMember(obj.checksum.algorithm, obj.checksum.value),
    ChecksumType: 'FULL_OBJECT',
  };
}
