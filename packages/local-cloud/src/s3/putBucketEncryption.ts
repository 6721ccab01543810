// PutBucketEncryption: the default-encryption rules, stored (objects are kept in memory as sent).
import type { PutBucketEncryptionRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { malformedXml } from './errors.js';

export function putBucketEncryption(ctx: S3Context, input: PutBucketEncryptionRequest): void {
  const bucket = ctx.store.bucket(input.Bucket);
  const rules = input.ServerSideEncryptionConfiguration?.Rules ?? [];
  if (
    rules.length === 0 ||
    rules.some(
      (r) => r.ApplyServerSideEncryptionByDefault && !r.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
    )
  )
    throw malformedXml();
  bucket.encryption = {
    Rules: rules.map((r) => ({
      ApplyServerSideEncryptionByDefault: r.ApplyServerSideEncryptionByDefault && {
        SSEAlgorithm: r.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
        KMSMasterKeyID: r.ApplyServerSideEncryptionByDefault.KMSMasterKeyID,
      },
      BucketKeyEnabled: r.BucketKeyEnabled,
    })),
  };
}
