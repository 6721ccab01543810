// HeadBucket: 200 with the bucket's region, or a bodiless 404.
import type { HeadBucketOutput, HeadBucketRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function headBucket(ctx: S3Context, input: HeadBucketRequest): HeadBucketOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  return { BucketRegion: bucket.region, AccessPointAlias: false };
}
