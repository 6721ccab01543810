// GetBucketAcl: the owner with FULL_CONTROL, the only ACL a bucket has here.
import type { GetBucketAclOutput, GetBucketAclRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';

export function getBucketAcl(ctx: S3Context, input: GetBucketAclRequest): GetBucketAclOutput {
  ctx.store.bucket(input.Bucket);
  const owner = ctx.owner;
  return {
    Owner: owner,
    Grants: [{ Grantee: { Type: 'CanonicalUser', ...owner }, Permission: 'FULL_CONTROL' }],
  };
}
