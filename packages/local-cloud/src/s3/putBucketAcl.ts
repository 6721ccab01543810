// PutBucketAcl: accepted and ignored (every bucket stays private to its owner here).
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';

export function putBucketAcl(ctx: S3Context): S3Answer {
  ctx.store.bucket(ctx.bucket);
  return {};
}
