// DeleteObject: 204 whether or not the key existed (the bucket must).
import type { DeleteObjectRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { notify } from './notifications.js';

export function deleteObject(ctx: S3Context, input: DeleteObjectRequest): void {
  const bucket = ctx.store.bucket(input.Bucket);
  const key = input.Key ?? '';
  // S3 notifies a delete whether or not the key existed.
  bucket.objects.delete(key);
  notify(ctx.cloud, bucket, 'ObjectRemoved:Delete', { key }, ctx.requestId, ctx.store.nextSequencer());
}
