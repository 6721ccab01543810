// CreateMultipartUpload: an upload id holding the object's headers and its checksum algorithm and type.
import { randomBytes } from 'node:crypto';
import type { CreateMultipartUploadOutput, CreateMultipartUploadRequest } from '@aws-sdk/client-s3';
import { asChecksumAlgorithm } from './checksums.js';
import type { S3Context } from './context.js';
import { invalidRequest } from './errors.js';
import { objectHeadersFrom } from './objectHeaders.js';
import type { ChecksumType } from './store.js';

export function createMultipartUpload(
  ctx: S3Context,
  input: CreateMultipartUploadRequest,
): CreateMultipartUploadOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  const algorithm = asChecksumAlgorithm(input.ChecksumAlgorithm);
  if (input.ChecksumAlgorithm !== undefined && !algorithm) {
    throw invalidRequest(
      'Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]',
    );
  }
  const typeHeader = input.ChecksumType?.toUpperCase() as ChecksumType | undefined;
  // CRC64NVME exists only as a full-object checksum; the others default to composite.
  const type: ChecksumType | undefined = algorithm
    ? (typeHeader ?? (algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE'))
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
  const key = input.Key ?? '';
  bucket.uploads.set(uploadId, {
    ...objectHeadersFrom(input),
    uploadId,
    key,
    initiated: new Date(),
    checksumAlgorithm: algorithm,
    checksumType: type,
    parts: new Map(),
  });
  return {
    Bucket: bucket.name,
    Key: key,
    UploadId: uploadId,
    ServerSideEncryption: 'AES256',
    ChecksumAlgorithm: algorithm,
    ChecksumType: type,
  };
}
