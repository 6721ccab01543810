// GetBucketEncryption: the stored rules, or SSE-S3, every bucket's default since 2023.
import type {
  GetBucketEncryptionOutput,
  GetBucketEncryptionRequest,
  ServerSideEncryptionConfiguration,
} from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

const DEFAULT: ServerSideEncryptionConfiguration = {
  Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }],
};

export function getBucketEncryption(
  ctx: S3Context,
  input: GetBucketEncryptionRequest,
): GetBucketEncryptionOutput {
  const config = ctx.store.bucket(input.Bucket).encryption ?? DEFAULT;
  return {
    ServerSideEncryptionConfiguration: {
      Rules: (config.Rules ?? []).map((r) => ({
        ApplyServerSideEncryptionByDefault: r.ApplyServerSideEncryptionByDefault && {
          SSEAlgorithm: r.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
          KMSMasterKeyID: r.ApplyServerSideEncryptionByDefault.KMSMasterKeyID,
        },
        BucketKeyEnabled: r.BucketKeyEnabled,
      })),
    },
  };
}
