// HeadBucket: 200 with the bucket's region, or a bodiless 404.
import type { HeadBucketOutput } from '@aws-sdk/client-s3';
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';

export function headBucket(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const out: HeadBucketOutput = { BucketRegion: bucket.region, AccessPointAlias: false };
  return {
    headers: {
      'x-amz-bucket-region': out.BucketRegion,
      'x-amz-access-point-alias': String(out.AccessPointAlias),
    },
  };
}
