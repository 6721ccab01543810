// DeleteObject: 204 whether or not the key existed (the bucket must).
import type { DeleteObjectRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function deleteObject(ctx: S3Context, input: DeleteObjectRequest): void {
  ctx.store.bucket(input.Bucket).objects.delete(input.Key ?? '');
}
