// ListParts: the parts uploaded so far, by part number, with max-parts and part-number-marker paging.
import type { ListPartsOutput, ListPartsRequest } from '@aws-sdk/client-s3';
import { checksumMember } from './checksums.js';
import type { S3Context } from './context.js';
import { quoted } from './etag.js';
import { maxKeys } from './validate.js';

export function listParts(ctx: S3Context, input: ListPartsRequest): ListPartsOutput {
  const bucket = ctx.store.bucket(input.Bucket);
  const upload = ctx.store.upload(bucket, input.UploadId, input.Key);
  const maxParts = maxKeys(input.MaxParts, 'max-parts');
  const marker = Number(input.PartNumberMarker ?? 0) || 0;
  const all = [...upload.parts.values()]
    .filter((p) => p.partNumber > marker)
    .sort((a, b) => a.partNumber - b.partNumber);
  const page = all.slice(0, maxParts);
  const alg = upload.checksumAlgorithm;
  return {
    Bucket: bucket.name,
    Key: upload.key,
    UploadId: upload.uploadId,
    Initiator: ctx.owner,
    Owner: ctx.owner,
    StorageClass: 'STANDARD',
    PartNumberMarker: String(marker),
    NextPartNumberMarker: page.length > 0 ? String(page[page.length - 1].partNumber) : undefined,
    MaxParts: maxParts,
    IsTruncated: all.length > page.length,
    ChecksumAlgorithm: alg,
    ChecksumType: upload.checksumType,
    Parts: page.map((p) => ({
      PartNumber: p.partNumber,
      LastModified: p.lastModified,
      ETag: quoted(p.etag),
      Size: p.body.length,
      ...(alg && p.checksum ? checksumMember(alg, p.checksum) : {}),
    })),
  };
}
