// GetBucketPolicy: the stored document as the body, or NoSuchBucketPolicy.
import type { GetBucketPolicyOutput, GetBucketPolicyRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { noSuchBucketPolicy } from './errors.js';

export function getBucketPolicy(ctx: S3Context, input: GetBucketPolicyRequest): GetBucketPolicyOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  if (bucket.policy === undefined) throw noSuchBucketPolicy(bucket.name);
  return { Policy: bucket.policy };
}
