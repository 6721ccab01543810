// GetBucketEncryption: the stored rules, or SSE-S3, every bucket's default since 2023.
import type { ServerSideEncryptionConfiguration } from '@aws-sdk/client-s3';
import { toXml } from '../protocol/xml.js';
import { type S3Answer, xmlAnswer } from './answer.js';
import type { S3Context } from './context.js';

const DEFAULT: ServerSideEncryptionConfiguration = {
  Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }],
};

export function getBucketEncryption(ctx: S3Context): S3Answer {
  const config = ctx.store.bucket(ctx.bucket).encryption ?? DEFAULT;
  const inner = toXml({
    Rule: (config.Rules ?? []).map((r) => ({
      ApplyServerSideEncryptionByDefault: r.ApplyServerSideEncryptionByDefault
        ? {
            SSEAlgorithm: r.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
            KMSMasterKeyID: r.ApplyServerSideEncryptionByDefault.KMSMasterKeyID,
          }
        : undefined,
      BucketKeyEnabled: r.BucketKeyEnabled,
    })),
  });
  return xmlAnswer('ServerSideEncryptionConfiguration', inner);
}
