// DeleteBucketTagging: 204.
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';

export function deleteBucketTagging(ctx: S3Context): S3Answer {
  ctx.store.bucket(ctx.bucket).tags = undefined;
  return { status: 204 };
}
