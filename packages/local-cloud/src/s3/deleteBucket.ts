// DeleteBucket: only an empty bucket goes; 204.
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';
import { bucketNotEmpty } from './errors.js';

export function deleteBucket(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  if (bucket.objects.size > 0) throw bucketNotEmpty(ctx.bucket);
  ctx.store.buckets.delete(ctx.bucket);
  return { status: 204 };
}
