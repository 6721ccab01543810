// DeleteBucket: only an empty bucket goes; 204.
import type { DeleteBucketRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { bucketNotEmpty } from './errors.js';

export function deleteBucket(ctx: S3Context, input: DeleteBucketRequest): void {
  const bucket = ctx.store.bucket(input.Bucket);
  if (bucket.objects.size > 0) throw bucketNotEmpty(bucket.name);
  ctx.store.buckets.delete(bucket.name);
}
