// GetBucketLocation: the region, empty for us-east-1 as S3 answers.
import { escapeXml } from '../protocol/xml.js';
import { type S3Answer, xmlAnswer } from './answer.js';
import type { S3Context } from './context.js';

export function getBucketLocation(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  return xmlAnswer('LocationConstraint', bucket.region === 'us-east-1' ? '' : escapeXml(bucket.region));
}
