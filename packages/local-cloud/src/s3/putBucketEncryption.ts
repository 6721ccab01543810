// PutBucketEncryption: the default-encryption rules, stored (objects are kept in memory as sent).
import type { ServerSideEncryption, ServerSideEncryptionRule } from '@aws-sdk/client-s3';
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';
import { readPayload } from './payload.js';
import { child, childrenNamed, childText, malformedXml, requireXmlBody } from './xmlBody.js';

export function putBucketEncryption(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const root = requireXmlBody(readPayload(ctx.req).body, 'ServerSideEncryptionConfiguration');
  const rules: ServerSideEncryptionRule[] = childrenNamed(root, 'Rule').map((r) => {
    const byDefault = child(r, 'ApplyServerSideEncryptionByDefault');
    const algorithm = byDefault ? childText(byDefault, 'SSEAlgorithm') : undefined;
    if (byDefault && !algorithm) throw malformedXml();
    const bucketKey = childText(r, 'BucketKeyEnabled');
    return {
      ApplyServerSideEncryptionByDefault: byDefault
        ? {
            SSEAlgorithm: algorithm as ServerSideEncryption,
            KMSMasterKeyID: childText(byDefault, 'KMSMasterKeyID'),
          }
        : undefined,
      BucketKeyEnabled: bucketKey === undefined ? undefined : bucketKey === 'true',
    };
  });
  if (rules.length === 0) throw malformedXml();
  bucket.encryption = { Rules: rules };
  return {};
}
