// DeleteObjects: up to 1000 keys (the body must carry Content-MD5 or a checksum: see integrity.ts), Quiet mode.
import type { DeleteObjectsOutput, DeleteObjectsRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { malformedXml } from './errors.js';
import { notify } from './notifications.js';

export function deleteObjects(ctx: S3Context, input: DeleteObjectsRequest): DeleteObjectsOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  const objects = input.Delete?.Objects ?? [];
  if (objects.length === 0 || objects.length > 1000 || objects.some((o) => o.Key === undefined))
    throw malformedXml();
  const deleted = objects.map((o) => {
    bucket.objects.delete(o.Key ?? '');
    const seq = ctx.store.nextSequencer();
    notify(ctx.cloud, bucket, 'ObjectRemoved:Delete', { key: o.Key ?? '' }, ctx.requestId, seq);
    return { Key: o.Key, VersionId: o.VersionId || undefined };
  });
  return input.Delete?.Quiet ? {} : { Deleted: deleted };
}
