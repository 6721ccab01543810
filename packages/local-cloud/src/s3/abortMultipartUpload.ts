// AbortMultipartUpload: drops the upload and its parts; 204.
import type { AbortMultipartUploadOutput, AbortMultipartUploadRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function abortMultipartUpload(
  ctx: S3Context,
  input: AbortMultipartUploadRequest,
): AbortMultipartUploadOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  const upload = ctx.store.upload(bucket, input.UploadId, input.Key);
  bucket.uploads.delete(upload.uploadId);
  return {};
}
