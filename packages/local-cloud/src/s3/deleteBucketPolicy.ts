// DeleteBucketPolicy: 204, with or without a policy.
import type { DeleteBucketPolicyRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function deleteBucketPolicy(ctx: S3Context, input: DeleteBucketPolicyRequest): void {
  ctx.store.bucket(input.Bucket).policy = undefined;
}
