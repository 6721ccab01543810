// UploadPart: one part's bytes, verified like PutObject; its ETag is the MD5 of the part.
import { quoted, type S3Answer } from './answer.js';
import { checksumOf, md5Hex } from './checksums.js';
import type { S3Context } from './context.js';
import { invalidRequest, noSuchUpload, notImplemented } from './errors.js';
import { readPayload } from './payload.js';
import { s3Now } from './store.js';
import { parsePartNumber } from './validate.js';

export function uploadPart(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  if (ctx.req.headers['x-amz-copy-source'] !== undefined) throw notImplemented('UploadPartCopy');
  const partNumber = parsePartNumber(ctx.req.query.get('partNumber'));
  const uploadId = ctx.req.query.get('uploadId') ?? '';
  const upload = bucket.uploads.get(uploadId);
  if (!upload || upload.key !== ctx.key) throw noSuchUpload(uploadId);
  const payload = readPayload(ctx.req);
  if (
    payload.checksum &&
    upload.checksumAlgorithm &&
    payload.checksum.algorithm !== upload.checksumAlgorithm
  ) {
    throw invalidRequest(
      `Checksum Type mismatch occurred, expected checksum Type: ${upload.checksumAlgorithm.toLowerCase()}, actual checksum Type: ${payload.checksum.algorithm.toLowerCase()}`,
    );
  }
  // Parts of an upload with an algorithm always get its checksum, sent or not, so Complete can combine them.
  const checksum =
    payload.checksum?.value ??
    (upload.checksumAlgorithm ? checksumOf(upload.checksumAlgorithm, payload.body) : undefined);
  const etag = md5Hex(payload.body);
  upload.parts.set(partNumber, { partNumber, body: payload.body, etag, lastModified: s3Now(), checksum });
  return {
    headers: {
      ETag: quoted(etag),
      'x-amz-server-side-encryption': 'AES256',
      ...(upload.checksumAlgorithm && checksum
        ? { [`x-amz-checksum-${upload.checksumAlgorithm.toLowerCase()}`]: checksum }
        : {}),
    },
  };
}
