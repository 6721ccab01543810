// UploadPart: one part's bytes, verified like PutObject's; its ETag is the MD5 of the part.
import type { UploadPartOutput, UploadPartRequest } from '@aws-sdk/client-s3';
import { checksumMember, checksumOf, givenChecksum, md5Hex } from './checksums.js';
import type { S3Context, WithBody } from './context.js';
import { invalidRequest } from './errors.js';
import { quoted } from './etag.js';
import { s3Now } from './store.js';
import { partNumber } from './validate.js';

export function uploadPart(ctx: S3Context, input: WithBody<UploadPartRequest>): UploadPartOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  const number = partNumber(input.PartNumber);
  const upload = ctx.store.upload(bucket, input.UploadId, input.Key);
  const body = input.Body ?? Buffer.alloc(0);
  const given = givenChecksum(input);
  const expected = upload.checksumAlgorithm;
  if (given && expected && given.algorithm !== expected) {
    throw invalidRequest(
      `Checksum Type mismatch occurred, expected checksum Type: ${expected.toLowerCase()}, actual checksum Type: ${given.algorithm.toLowerCase()}`,
    );
  }
  // Parts of an upload with an algorithm always get its checksum, sent or not, so Complete can combine them.
  const checksum = given?.value ?? (expected ? checksumOf(expected, body) : undefined);
  const etag = md5Hex(body);
  upload.parts.set(number, { partNumber: number, body, etag, lastModified: s3Now(), checksum });
  return {
    ServerSideEncryption: 'AES256',
    ETag: quoted(etag),
    ...(expected && checksum ? checksumMember(expected, checksum) : {}),
  };
}
