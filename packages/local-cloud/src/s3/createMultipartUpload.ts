// CreateMultipartUpload: an upload id holding the object's headers and its checksum algorithm and type.
import { randomBytes } from 'node:crypto';
import type { CreateMultipartUploadOutput } from '@aws-sdk/client-s3';
import { header } from '../protocol/request.js';
import { toXml } from '../protocol/xml.js';
import { type S3Answer, xmlAnswer } from './answer.js';
import { asChecksumAlgorithm } from './checksums.js';
import type { S3Context } from './context.js';
import { invalidRequest } from './errors.js';
import { objectHeadersFrom } from './objectHeaders.js';
import type { ChecksumType } from './store.js';

export function createMultipartUpload(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const algorithmHeader = header(ctx.req, 'x-amz-checksum-algorithm');
  const algorithm = asChecksumAlgorithm(algorithmHeader);
  if (algorithmHeader !== undefined && !algorithm) {
    throw invalidRequest(
      'Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]',
    );
  }
  const typeHeader = header(ctx.req, 'x-amz-checksum-type')?.toUpperCase();
  // CRC64NVME exists only as a full-object checksum; the others default to composite.
  const type: ChecksumType | undefined = algorithm
    ? ((typeHeader as ChecksumType | undefined) ?? (algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE'))
    : undefined;
  if (type === 'COMPOSITE' && algorithm === 'CRC64NVME') {
    throw invalidRequest('The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.');
  }
  if (type === 'FULL_OBJECT' && (algorithm === 'SHA1' || algorithm === 'SHA256')) {
    throw invalidRequest(
      `The FULL_OBJECT checksum type cannot be used with the ${algorithm.toLowerCase()} checksum algorithm.`,
    );
  }
  const uploadId = randomBytes(48).toString('base64url');
  bucket.uploads.set(uploadId, {
    ...objectHeadersFrom(ctx.req, header(ctx.req, 'content-encoding')),
    uploadId,
    key: ctx.key,
    initiated: new Date(),
    checksumAlgorithm: algorithm,
    checksumType: type,
    parts: new Map(),
  });
  const out: CreateMultipartUploadOutput = { Bucket: ctx.bucket, Key: ctx.key, UploadId: uploadId };
  return xmlAnswer(
    'InitiateMultipartUploadResult',
    toXml({ Bucket: out.Bucket, Key: out.Key, UploadId: out.UploadId }),
    {
      'x-amz-checksum-algorithm': algorithm,
      'x-amz-checksum-type': type,
      'x-amz-server-side-encryption': 'AES256',
    },
  );
}
