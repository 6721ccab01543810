// PutBucketPolicy: a JSON document, stored as sent; 204.
import { AwsError } from '../protocol/errors.js';
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';
import { readPayload } from './payload.js';

export function putBucketPolicy(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const text = readPayload(ctx.req).body.toString('utf8');
  let parsed: unknown;
  try {
    parsed = text.trimStart().startsWith('{') ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || parsed === null || typeof parsed !== 'object') {
    throw new AwsError('MalformedPolicy', "Policies must be valid JSON and the first byte must be '{'", 400);
  }
  bucket.policy = text;
  return { status: 204 };
}
