// DeleteBucketEncryption: back to the default (SSE-S3); 204.
import type { DeleteBucketEncryptionRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function deleteBucketEncryption(ctx: S3Context, input: DeleteBucketEncryptionRequest): void {
  ctx.store.bucket(input.Bucket).encryption = undefined;
}
