// CompleteMultipartUpload: joins the listed parts (ascending, ETags matching, all but the last >= 5 MiB);
// the ETag is the MD5 of the parts' MD5s with `-N`.
import { createHash } from 'node:crypto';
import type { CompletedPart, CompleteMultipartUploadOutput } from '@aws-sdk/client-s3';
import { AwsError } from '../protocol/errors.js';
import { toXml } from '../protocol/xml.js';
import { quoted, type S3Answer, unquoted, xmlAnswer } from './answer.js';
import { checksumBytes, checksumOf } from './checksums.js';
import type { S3Context } from './context.js';
import { noSuchUpload } from './errors.js';
import { checkWriteConditions } from './putObject.js';
import { type S3Object, type StoredChecksum, s3Now } from './store.js';
import { childrenNamed, childText, malformedXml, requireXmlBody } from './xmlBody.js';

const MIN_PART_SIZE = 5 * 1024 * 1024;

function parse(body: Buffer): CompletedPart[] {
  const root = requireXmlBody(body, 'CompleteMultipartUpload');
  const parts = childrenNamed(root, 'Part').map((p) => {
    const n = Number(childText(p, 'PartNumber'));
    const etag = childText(p, 'ETag');
    if (!Number.isInteger(n) || etag === undefined) throw malformedXml();
    return { PartNumber: n, ETag: etag };
  });
  if (parts.length === 0) throw malformedXml();
  return parts;
}

function invalidPart(uploadId: string, part: CompletedPart): AwsError {
  return new AwsError(
    'InvalidPart',
    "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
    400,
    { fields: { UploadId: uploadId, PartNumber: part.PartNumber ?? '', ETag: part.ETag ?? '' } },
  );
}

export function completeMultipartUpload(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const uploadId = ctx.req.query.get('uploadId') ?? '';
  const upload = bucket.uploads.get(uploadId);
  if (!upload || upload.key !== ctx.key) throw noSuchUpload(uploadId);
  // The body is plain XML: x-amz-checksum-* headers here describe the object, not the body.
  const listed = parse(ctx.req.body);
  for (let i = 1; i < listed.length; i++) {
    if ((listed[i].PartNumber ?? 0) <= (listed[i - 1].PartNumber ?? 0)) {
      throw new AwsError(
        'InvalidPartOrder',
        'The list of parts was not in ascending order. The parts list must be specified in order by part number.',
        400,
        { fields: { UploadId: uploadId } },
      );
    }
  }
  const parts = listed.map((p) => {
    const stored = upload.parts.get(p.PartNumber ?? 0);
    if (!stored || unquoted(p.ETag ?? '') !== stored.etag) throw invalidPart(uploadId, p);
    return stored;
  });
  parts.forEach((p, i) => {
    if (i < parts.length - 1 && p.body.length < MIN_PART_SIZE) {
      throw new AwsError(
        'EntityTooSmall',
        'Your proposed upload is smaller than the minimum allowed size',
        400,
        {
          fields: {
            ProposedSize: p.body.length,
            MinSizeAllowed: MIN_PART_SIZE,
            PartNumber: p.partNumber,
            ETag: p.etag,
          },
        },
      );
    }
  });
  checkWriteConditions(ctx, bucket);
  const body = Buffer.concat(parts.map((p) => p.body));
  const md5s = Buffer.concat(parts.map((p) => Buffer.from(p.etag, 'hex')));
  const etag = `${createHash('md5').update(md5s).digest('hex')}-${parts.length}`;
  const algorithm = upload.checksumAlgorithm ?? 'CRC64NVME';
  const checksum: StoredChecksum =
    upload.checksumType === 'COMPOSITE'
      ? {
          algorithm,
          type: 'COMPOSITE',
          value: `${checksumBytes(algorithm, Buffer.concat(parts.map((p) => Buffer.from(p.checksum ?? '', 'base64')))).toString('base64')}-${parts.length}`,
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
    key: ctx.key,
    body,
    etag,
    lastModified: s3Now(),
    checksum,
    partsCount: parts.length,
  };
  bucket.objects.set(ctx.key, obj);
  bucket.uploads.delete(uploadId);
  const out: CompleteMultipartUploadOutput = {
    Location: `${ctx.req.baseUrl}/${ctx.bucket}/${encodeURIComponent(ctx.key).replace(/%2F/g, '/')}`,
    Bucket: ctx.bucket,
    Key: ctx.key,
    ETag: quoted(etag),
    ChecksumType: checksum.type,
  };
  const inner = toXml({
    Location: out.Location,
    Bucket: out.Bucket,
    Key: out.Key,
    ETag: out.ETag,
    [`Checksum${checksum.algorithm}`]: checksum.value,
    ChecksumType: out.ChecksumType,
  });
  return xmlAnswer('CompleteMultipartUploadResult', inner, { 'x-amz-server-side-encryption': 'AES256' });
}
