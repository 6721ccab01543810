// ListObjectsV2: prefix, delimiter, max-keys, continuation-token, start-after, encoding-type, KeyCount.
import type { ListObjectsV2Output, ListObjectsV2Request } from '@aws-sdk/client-s3';
import type { S3Context } from './context.js';
import { invalidContinuationToken } from './errors.js';
import { quoted } from './etag.js';
import { encoder, encodingType, listPage } from './listing.js';
import { maxKeys } from './validate.js';

function tokenKey(token: string): string {
  const key = Buffer.from(token, 'base64').toString('utf8');
  if (token === '' || !key.startsWith('lc:')) throw invalidContinuationToken(token);
  return key.slice(3);
}

export function listObjectsV2(ctx: S3Context, input: ListObjectsV2Request): ListObjectsV2Output {
  const encoding = encodingType(input.EncodingType);
  const limit = maxKeys(input.MaxKeys);
  const bucket = ctx.store.bucket(input.Bucket);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter || undefined;
  const after =
    input.ContinuationToken !== undefined ? tokenKey(input.ContinuationToken) : input.StartAfter || undefined;
  const page = listPage(bucket, { prefix, delimiter, after, maxKeys: limit });
  const enc = encoder(encoding);
  return {
    Name: bucket.name,
    Prefix: enc(prefix),
    ContinuationToken: input.ContinuationToken,
    NextContinuationToken:
      page.isTruncated && page.last !== undefined
        ? Buffer.from(`lc:${page.last}`).toString('base64')
        : undefined,
    KeyCount: page.contents.length + page.commonPrefixes.length,
    MaxKeys: limit,
    Delimiter: delimiter !== undefined ? enc(delimiter) : undefined,
    EncodingType: encoding,
    IsTruncated: page.isTruncated,
    StartAfter: input.StartAfter !== undefined ? enc(input.StartAfter) : undefined,
    Contents: page.contents.map((o) => ({
      Key: enc(o.key),
      LastModified: o.lastModified,
      ETag: quoted(o.etag),
      ChecksumAlgorithm: [o.checksum.algorithm],
      ChecksumType: o.checksum.type,
      Size: o.body.length,
      Owner: input.FetchOwner ? ctx.owner : undefined,
      StorageClass: 'STANDARD',
    })),
    CommonPrefixes: page.commonPrefixes.map((p) => ({ Prefix: enc(p) })),
  };
}
