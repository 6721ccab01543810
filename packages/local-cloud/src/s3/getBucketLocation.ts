// GetBucketLocation: the region, empty for us-east-1 as S3 answers.
import type {
  BucketLocationConstraint,
  GetBucketLocationOutput,
  GetBucketLocationRequest,
} from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function getBucketLocation(ctx: S3Context, input: GetBucketLocationRequest): GetBucketLocationOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  return bucket.region === 'us-east-1'
    ? {}
    : { LocationConstraint: bucket.region as BucketLocationConstraint };
}
