// PutBucketAcl: accepted and ignored (every bucket stays private to its owner here).
import type { PutBucketAclRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function putBucketAcl(ctx: S3Context, input: PutBucketAclRequest): void {
  ctx.store.bucket(input.Bucket);
}
