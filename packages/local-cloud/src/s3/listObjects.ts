// ListObjects (v1): marker paging; NextMarker only when a delimiter is given, as S3 does.
import type { ListObjectsOutput, ListObjectsRequest } from '@aws-sdk/client-s3';
import { toXml } from '../protocol/xml.js';
import { isoDate, quoted, type S3Answer, xmlAnswer } from './answer.js';
import type { S3Context } from './context.js';
import { invalidArgument } from './errors.js';
import { encoder, listPage } from './listing.js';
import { parseMaxKeys } from './validate.js';

function parse(ctx: S3Context): ListObjectsRequest {
  const q = ctx.req.query;
  const encodingType = q.get('encoding-type');
  if (encodingType !== null && encodingType !== 'url') {
    throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', encodingType);
  }
  return {
    Bucket: ctx.bucket,
    Prefix: q.get('prefix') ?? undefined,
    Delimiter: q.get('delimiter') || undefined,
    Marker: q.get('marker') ?? undefined,
    MaxKeys: parseMaxKeys(q.get('max-keys')),
    EncodingType: encodingType === 'url' ? 'url' : undefined,
  };
}

export function listObjects(ctx: S3Context): S3Answer {
  const input = parse(ctx);
  const bucket = ctx.store.bucket(ctx.bucket);
  const page = listPage(bucket, {
    prefix: input.Prefix ?? '',
    delimiter: input.Delimiter,
    after: input.Marker || undefined,
    maxKeys: input.MaxKeys ?? 1000,
  });
  const enc = encoder(input.EncodingType ?? null);
  const out: ListObjectsOutput = {
    Name: ctx.bucket,
    Prefix: input.Prefix ?? '',
    Marker: input.Marker ?? '',
    NextMarker: page.isTruncated && input.Delimiter !== undefined ? page.last : undefined,
    MaxKeys: input.MaxKeys,
    IsTruncated: page.isTruncated,
  };
  const inner = toXml({
    Name: out.Name,
    Prefix: enc(out.Prefix ?? ''),
    Marker: enc(out.Marker ?? ''),
    NextMarker: out.NextMarker !== undefined ? enc(out.NextMarker) : undefined,
    MaxKeys: out.MaxKeys,
    Delimiter: input.Delimiter !== undefined ? enc(input.Delimiter) : undefined,
    EncodingType: input.EncodingType,
    IsTruncated: out.IsTruncated,
    Contents: page.contents.map((o) => ({
      Key: enc(o.key),
      LastModified: isoDate(o.lastModified),
      ETag: quoted(o.etag),
      ChecksumAlgorithm: o.checksum.algorithm,
      ChecksumType: o.checksum.type,
      Size: o.body.length,
      Owner: { ID: ctx.ownerId, DisplayName: 'local-cloud' },
      StorageClass: 'STANDARD',
    })),
    CommonPrefixes: page.commonPrefixes.map((p) => ({ Prefix: enc(p) })),
  });
  return xmlAnswer('ListBucketResult', inner);
}
