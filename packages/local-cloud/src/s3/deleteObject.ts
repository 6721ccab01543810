// DeleteObject: 204 whether or not the key existed (the bucket must).
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';

export function deleteObject(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  bucket.objects.delete(ctx.key);
  return { status: 204 };
}
