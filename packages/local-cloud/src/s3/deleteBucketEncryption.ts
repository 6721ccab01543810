// DeleteBucketEncryption: back to the default (SSE-S3); 204.
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';

export function deleteBucketEncryption(ctx: S3Context): S3Answer {
  ctx.store.bucket(ctx.bucket).encryption = undefined;
  return { status: 204 };
}
