// PutBucketVersioning: the status is stored (objects are not versioned here; see the fidelity notes).
import type { PutBucketVersioningRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { malformedXml } from './errors.js';

export function putBucketVersioning(ctx: S3Context, input: PutBucketVersioningRequest): void {
  const bucket = ctx.store.bucket(input.Bucket);
  const config = input.VersioningConfiguration;
  if (!config) throw malformedXml();
  const status = config.Status;
  if (status !== undefined && status !== 'Enabled' && status !== 'Suspended') throw malformedXml();
  bucket.versioning = { Status: status, MFADelete: config.MFADelete };
}
