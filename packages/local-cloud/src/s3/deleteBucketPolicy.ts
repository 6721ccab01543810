// DeleteBucketPolicy: 204, with or without a policy.
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';

export function deleteBucketPolicy(ctx: S3Context): S3Answer {
  ctx.store.bucket(ctx.bucket).policy = undefined;
  return { status: 204 };
}
