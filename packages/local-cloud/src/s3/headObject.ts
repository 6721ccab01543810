// HeadObject: GetObject's headers without the body (errors come bodiless too).
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';
import { readObject } from './getObject.js';

export function headObject(ctx: S3Context): S3Answer {
  return readObject(ctx, false);
}
