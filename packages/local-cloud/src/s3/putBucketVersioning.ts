// PutBucketVersioning: the status is stored (objects are not versioned here; see the fidelity notes).
import { AwsError } from '../protocol/errors.js';
import type { S3Answer } from './answer.js';
import type { S3Context } from './context.js';
import { readPayload } from './payload.js';
import { childText, requireXmlBody } from './xmlBody.js';

export function putBucketVersioning(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const root = requireXmlBody(readPayload(ctx.req).body, 'VersioningConfiguration');
  const status = childText(root, 'Status');
  if (status !== undefined && status !== 'Enabled' && status !== 'Suspended') {
    throw new AwsError(
      'MalformedXML',
      'The XML you provided was not well-formed or did not validate against our published schema',
      400,
    );
  }
  bucket.versioning = { Status: status, MFADelete: childText(root, 'MfaDelete') };
  return {};
}
