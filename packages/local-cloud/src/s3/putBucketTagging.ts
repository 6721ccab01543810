// PutBucketTagging: replaces the bucket's tag set; 204.
import type { PutBucketTaggingRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { invalidTag, malformedXml } from './errors.js';

export function putBucketTagging(ctx: S3Context, input: PutBucketTaggingRequest): void {
  const bucket = ctx.store.bucket(input.Bucket);
  const set = input.Tagging?.TagSet;
  if (!set || set.some((t) => t.Key === undefined || t.Value === undefined)) throw malformedXml();
  const tags = set.map((t) => ({ Key: t.Key, Value: t.Value }));
  if (new Set(tags.map((t) => t.Key)).size !== tags.length) throw invalidTag();
  bucket.tags = tags;
}
