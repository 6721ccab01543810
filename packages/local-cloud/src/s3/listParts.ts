// ListParts: the parts uploaded so far, by part number, with max-parts and part-number-marker paging.
import type { ListPartsOutput } from '@aws-sdk/client-s3';
import { toXml } from '../protocol/xml.js';
import { isoDate, quoted, type S3Answer, xmlAnswer } from './answer.js';
import type { S3Context } from './context.js';
import { noSuchUpload } from './errors.js';
import { parseMaxKeys } from './validate.js';

export function listParts(ctx: S3Context): S3Answer {
  const bucket = ctx.store.bucket(ctx.bucket);
  const uploadId = ctx.req.query.get('uploadId') ?? '';
  const upload = bucket.uploads.get(uploadId);
  if (!upload || upload.key !== ctx.key) throw noSuchUpload(uploadId);
  const maxParts = parseMaxKeys(ctx.req.query.get('max-parts'), 'max-parts');
  const marker = Number(ctx.req.query.get('part-number-marker') ?? 0) || 0;
  const all = [...upload.parts.values()]
    .filter((p) => p.partNumber > marker)
    .sort((a, b) => a.partNumber - b.partNumber);
  const page = all.slice(0, maxParts);
  const out: ListPartsOutput = {
    Bucket: ctx.bucket,
    Key: ctx.key,
    UploadId: uploadId,
    PartNumberMarker: String(marker),
    NextPartNumberMarker: page.length > 0 ? String(page[page.length - 1].partNumber) : undefined,
    MaxParts: maxParts,
    IsTruncated: all.length > page.length,
  };
  const alg = upload.checksumAlgorithm;
  const inner = toXml({
    Bucket: out.Bucket,
    Key: out.Key,
    UploadId: out.UploadId,
    Initiator: { ID: ctx.ownerId, DisplayName: 'local-cloud' },
    Owner: { ID: ctx.ownerId, DisplayName: 'local-cloud' },
    StorageClass: 'STANDARD',
    PartNumberMarker: out.PartNumberMarker,
    NextPartNumberMarker: out.NextPartNumberMarker,
    MaxParts: out.MaxParts,
    IsTruncated: out.IsTruncated,
    ChecksumAlgorithm: alg,
    ChecksumType: upload.checksumType,
    Part: page.map((p) => ({
      PartNumber: p.partNumber,
      LastModified: isoDate(p.lastModified),
      ETag: quoted(p.etag),
      Size: p.body.length,
      ...(alg && p.checksum ? { [`Checksum${alg}`]: p.checksum } : {}),
    })),
  });
  return xmlAnswer('ListPartsResult', inner);
}
