// GetBucketTagging: the tag set, or NoSuchTagSet.
import type { GetBucketTaggingOutput, GetBucketTaggingRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { noSuchTagSet } from './errors.js';

export function getBucketTagging(ctx: S3Context, input: GetBucketTaggingRequest): GetBucketTaggingOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  if (!bucket.tags || bucket.tags.length === 0) throw noSuchTagSet(bucket.name);
  return { TagSet: bucket.tags.map((t) => ({ Key: t.Key, Value: t.Value })) };
}
