// GetBucketAcl: the owner with FULL_CONTROL, the only ACL a bucket has here.
import { toXml } from '../protocol/xml.js';
import { type S3Answer, xmlAnswer } from './answer.js';
import type { S3Context } from './context.js';

export function getBucketAcl(ctx: S3Context): S3Answer {
  ctx.store.bucket(ctx.bucket);
  const owner = toXml({ ID: ctx.ownerId, DisplayName: 'local-cloud' });
  const grant =
    `<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser">${owner}</Grantee>` +
    '<Permission>FULL_CONTROL</Permission></Grant>';
  return xmlAnswer(
    'AccessControlPolicy',
    `<Owner>${owner}</Owner><AccessControlList>${grant}</AccessControlList>`,
  );
}
