// DeleteBucketTagging: 204.
import type { DeleteBucketTaggingRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function deleteBucketTagging(ctx: S3Context, input: DeleteBucketTaggingRequest): void {
  ctx.store.bucket(input.Bucket).tags = undefined;
}
