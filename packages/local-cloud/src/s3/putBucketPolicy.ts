// PutBucketPolicy: a JSON document, stored as sent; 204.
import type { PutBucketPolicyRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { malformedPolicy } from './errors.js';

export function putBucketPolicy(ctx: S3Context, input: PutBucketPolicyRequest): void {
  const bucket = ctx.store.bucket(input.Bucket);
  const text = input.Policy ?? '';
  let parsed: unknown;
  try {
    parsed = text.trimStart().startsWith('{') ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || parsed === null || typeof parsed !== 'object') throw malformedPolicy();
  bucket.policy = text;
}
