// CompleteMultipartUpload: joins the listed parts (ascending, ETags matching, all but the last >= 5 MiB);
// the ETag is the MD5 of the parts' MD5s with `-N`.
import { createHash } from 'node:crypto';
import type { CompleteMultipartUploadOutput, CompleteMultipartUploadRequest } from '@aws-sdk/client-s3';
import { checksumBytes, checksumMember, checksumOf } from './checksums.js';
import { checkWriteConditions } from './conditions.js';
import type { S3Context } from './context.js';
import { entityTooSmall, invalidPart, invalidPartOrder, malformedXml } from './errors.js';
import { quoted, unquoted } from './etag.js';
import { notify } from './notifications.js';
import { objectOf } from './putObject.js';
import { type S3Object, type StoredChecksum, s3Now } from './store.js';

const MIN_PART_SIZE = 5 * 1024 * 1024;

export function completeMultipartUpload(
  ctx: S3Context,
  input: CompleteMultipartUploadRequest,
): CompleteMultipartUploadOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  const upload = ctx.store.upload(bucket, input.UploadId, input.Key);
  const uploadId = upload.uploadId;
  const key = upload.key;
  // The x-amz-checksum-* headers here describe the whole object, not the body (see FIDELITY).
  const listed = input.MultipartUpload?.Parts ?? [];
  if (listed.length === 0 || listed.some((p) => !Number.isInteger(p.PartNumber) || p.ETag === undefined))
    throw malformedXml();
  for (let i = 1; i < listed.length; i++) {
    if ((listed[i].PartNumber ?? 0) <= (listed[i - 1].PartNumber ?? 0)) throw invalidPartOrder(uploadId);
  }
  const parts = listed.map((p) => {
    const stored = upload.parts.get(p.PartNumber ?? 0);
    if (!stored || unquoted(p.ETag ?? '') !== stored.etag) throw invalidPart(uploadId, p.PartNumber, p.ETag);
    return stored;
  });
  parts.forEach((p, i) => {
    if (i < parts.length - 1 && p.body.length < MIN_PART_SIZE)
      throw entityTooSmall(p.body.length, MIN_PART_SIZE, p.partNumber, p.etag);
  });
  checkWriteConditions(input, key, bucket.objects.get(key));
  const body = Buffer.concat(parts.map((p) => p.body));
  const md5s = Buffer.concat(parts.map((p) => Buffer.from(p.etag, 'hex')));
  const etag = `${createHash('md5').update(md5s).digest('hex')}-${parts.length}`;
  const algorithm = upload.checksumAlgorithm ?? 'CRC64NVME';
  const partSums = () => Buffer.concat(parts.map((p) => Buffer.from(p.checksum ?? '', 'base64')));
  const checksum: StoredChecksum =
    upload.checksumType === 'COMPOSITE'
      ? {
          algorithm,
          type: 'COMPOSITE',
          value: `${checksumBytes(algorithm, partSums()).toString('base64')}-${parts.length}`,
        }
      : { algorithm, type: 'FULL_OBJECT', value: checksumOf(algorithm, body) };
  const obj: S3Object = {
    contentType: upload.contentType,
    cacheControl: upload.cacheControl,
    contentDisposition: upload.contentDisposition,
    contentEncoding: upload.contentEncoding,
    contentLanguage: upload.contentLanguage,
    expires: upload.expires,
    metadata: upload.metadata,
    key,
    body,
    etag,
    lastModified: s3Now(),
    checksum,
    partsCount: parts.length,
  };
  bucket.objects.set(key, obj);
  bucket.uploads.delete(uploadId);
  const event = 'ObjectCreated:CompleteMultipartUpload';
  notify(ctx.cloud, bucket, event, objectOf(obj), ctx.requestId, ctx.store.nextSequencer());
  return {
    Location: `${ctx.baseUrl}/${bucket.name}/${encodeURIComponent(key).replace(/%2F/g, '/')}`,
    Bucket: bucket.name,
    Key: key,
    ETag: quoted(etag),
    ...checksumMember(checksum.algorithm, checksum.value),
    ChecksumType: checksum.type,
    ServerSideEncryption: 'AES256',
  };
}
