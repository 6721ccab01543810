// GetBucketTagging: the tag set, or NoSuchTagSet.
import { AwsError } from '../protocol/errors.js';
import { toXml } from '../protocol/xml.js';
import { type S3Answer, xmlAnswer } from './answer.js';
import type { S3Context } from './context.js';

export function getBucketTagging(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  if (!bucket.tags || bucket.tags.length === 0) {
    throw new AwsError('NoSuchTagSet', 'The TagSet does not exist', 404, {
      fields: { BucketName: ctx.bucket },
    });
  }
  return xmlAnswer(
    'Tagging',
    toXml({ TagSet: { Tag: bucket.tags.map((t) => ({ Key: t.Key, Value: t.Value })) } }),
  );
}
