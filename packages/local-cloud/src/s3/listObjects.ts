// ListObjects (v1): marker paging; NextMarker only when a delimiter is given, as S3 does.
import type { ListObjectsOutput, ListObjectsRequest } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { quoted } from './etag.js';
import { encoder, encodingType, listPage } from './listing.js';
import { maxKeys } from './validate.js';

export function listObjects(ctx: S3Context, input: ListObjectsRequest): ListObjectsOutput {
  const encoding = encodingType(input.EncodingType);
  const limit = maxKeys(input.MaxKeys);
  const bucket = ctx.store.bucket(input.Bucket);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter || undefined;
  const page = listPage(bucket, { prefix, delimiter, after: input.Marker || undefined, maxKeys: limit });
  const enc = encoder(encoding);
  const next = page.isTruncated && delimiter !== undefined ? page.last : undefined;
  return {
    Name: bucket.name,
    Prefix: enc(prefix),
    Marker: enc(input.Marker ?? ''),
    NextMarker: next !== undefined ? enc(next) : undefined,
    MaxKeys: limit,
    Delimiter: delimiter !== undefined ? enc(delimiter) : undefined,
    EncodingType: encoding,
    IsTruncated: page.isTruncated,
    Contents: page.contents.map((o) => ({
      Key: enc(o.key),
      LastModified: o.lastModified,
      ETag: quoted(o.etag),
      ChecksumAlgorithm: [o.checksum.algorithm],
      ChecksumType: o.checksum.type,
      Size: o.body.length,
      Owner: ctx.owner,
      StorageClass: 'STANDARD',
    })),
    CommonPrefixes: page.commonPrefixes.map((p) => ({ Prefix: enc(p) })),
  };
}
