// AbortMultipartUpload: drops the upload and its parts; 204.
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';
import { noSuchUpload } from './errors.js';

export function abortMultipartUpload(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const uploadId = ctx.req.query.get('uploadId') ?? '';
  const upload = bucket.uploads.get(uploadId);
  if (!upload || upload.key !== ctx.key) throw noSuchUpload(uploadId);
  bucket.uploads.delete(uploadId);
  return { status: 204 };
}
