// PutBucketTagging: replaces the bucket's tag set; 204.
import type { Tag } from '@aws-sdk/client-s3';
import { AwsError } from '../protocol/errors.js';
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';
import { readPayload } from './payload.js';
import { child, childrenNamed, childText, malformedXml, requireXmlBody } from './xmlBody.js';

export function putBucketTagging(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const root = requireXmlBody(readPayload(ctx.req).body, 'Tagging');
  const set = child(root, 'TagSet');
  if (!set) throw malformedXml();
  const tags: Tag[] = childrenNamed(set, 'Tag').map((t) => {
    const key = childText(t, 'Key');
    const value = childText(t, 'Value');
    if (key === undefined || value === undefined) throw malformedXml();
    return { Key: key, Value: value };
  });
  if (new Set(tags.map((t) => t.Key)).size !== tags.length) {
    throw new AwsError('InvalidTag', 'Cannot provide multiple Tags with the same key', 400);
  }
  bucket.tags = tags;
  return { status: 204 };
}
