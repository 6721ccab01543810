// PutObject: the object's bytes (decoded and verified before this runs), headers and metadata;
// conditional writes.
import type { PutObjectOutput, PutObjectRequest } from '@aws-sdk/client-s3';
import { type ChecksumAlgorithm, checksumMember, checksumOf, givenChecksum, md5Hex } from './checksums.js';
import { checkWriteConditions } from './conditions.js';
import type { S3Context, WithBody } from './context.js';
import { quoted } from './etag.js';
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

export function putObject(ctx: S3Context, input: WithBody<PutObjectRequest>): PutObjectOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  const key = input.Key ?? '';
  checkWriteConditions(input, key, bucket.objects.get(key));
  const obj = storeObject(
    bucket,
    key,
    input.Body ?? Buffer.alloc(0),
    objectHeadersFrom(input),
    givenChecksum(input),
  );
  return {
    ETag: quoted(obj.etag),
    ServerSideEncryption: 'AES256',
    ...checksumMember(obj.checksum.algorithm, obj.checksum.value),
    ChecksumType: 'FULL_OBJECT',
  };
}
