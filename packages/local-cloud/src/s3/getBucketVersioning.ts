// GetBucketVersioning: empty until versioning was ever set.
import { toXml } from '../protocol/xml.js';
import { type S3Answer, xmlAnswer } from './answer.js';
import type { S3Context } from './context.js';

export function getBucketVersioning(ctx: S3Context): S3Answer {
  const v = ctx.store.bucket(ctx.bucket).versioning;
  return xmlAnswer('VersioningConfiguration', toXml({ Status: v?.Status, MfaDelete: v?.MFADelete }));
}
