// DeleteObjects: up to 1000 keys from an XML body (which must carry Content-MD5 or a checksum), Quiet mode.
import type { DeleteObjectsRequest, ObjectIdentifier } from '@aws-sdk/client-s3';
import { header } from '../protocol/request.js';
import { toXml } from '../protocol/xml.js';
import { type S3Answer, xmlAnswer } from './answer.js';
import type { S3Context } from './context.js';
import { invalidRequest } from './errors.js';
import { readPayload } from './payload.js';
import { childrenNamed, childText, malformedXml, requireXmlBody } from './xmlBody.js';

function parse(ctx: S3Context, body: Buffer): DeleteObjectsRequest {
  const root = requireXmlBody(body, 'Delete');
  const objects: ObjectIdentifier[] = childrenNamed(root, 'Object').map((o) => {
    const key = childText(o, 'Key');
    if (key === undefined) throw malformedXml();
    return { Key: key, VersionId: childText(o, 'VersionId') || undefined };
  });
  if (objects.length === 0 || objects.length > 1000) throw malformedXml();
  return { Bucket: ctx.bucket, Delete: { Objects: objects, Quiet: childText(root, 'Quiet') === 'true' } };
}

export function deleteObjects(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const hasChecksum = Object.keys(ctx.req.headers).some((h) => h.startsWith('x-amz-checksum-'));
  if (header(ctx.req, 'content-md5') === undefined && !hasChecksum) {
    throw invalidRequest('Missing required header for this request: Content-MD5');
  }
  const input = parse(ctx, readPayload(ctx.req).body);
  const deleted = [];
  for (const o of input.Delete?.Objects ?? []) {
    bucket.objects.delete(o.Key ?? '');
    deleted.push({ Key: o.Key, VersionId: o.VersionId });
  }
  return xmlAnswer('DeleteResult', input.Delete?.Quiet ? '' : toXml({ Deleted: deleted }));
}
