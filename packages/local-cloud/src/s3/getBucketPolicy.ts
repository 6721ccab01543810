// GetBucketPolicy: the stored document as the body, or NoSuchBucketPolicy.
import { AwsError } from '../protocol/errors.js';
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';

export function getBucketPolicy(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  if (bucket.policy === undefined) {
    throw new AwsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404, {
      fields: { BucketName: ctx.bucket },
    });
  }
  return { headers: { 'Content-Type': 'application/json' }, body: Buffer.from(bucket.policy) };
}
