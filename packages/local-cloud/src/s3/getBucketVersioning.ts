// GetBucketVersioning: empty until versioning was ever set.
import type { GetBucketVersioningOutput, GetBucketVersioningRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function getBucketVersioning(
  ctx: S3Context,
  input: GetBucketVersioningRequest,
): GetBucketVersioningOutput {
  const v = ctx.store.bucket(input.Bucket).versioning;
  return { Status: v?.Status, MFADelete: v?.MFADelete };
}
