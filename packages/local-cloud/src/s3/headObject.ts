// HeadObject: GetObject's headers without the body (errors come bodiless too).
import type { HeadObjectOutput, HeadObjectRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { readObject } from './getObject.js';

export function headObject(ctx: S3Context, input: HeadObjectRequest): HeadObjectOutput {
  const { Body: _body, ...described } = readObject(ctx, input);
  return described;
}
