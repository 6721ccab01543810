// ListObjectsV2: prefix, delimiter, max-keys, continuation-token, start-after, encoding-type, KeyCount.
import type { ListObjectsV2Output, ListObjectsV2Request } from '@aws-sdk/client-s3';
import { toXml } from '../protocol/xml.js';
import { isoDate, quoted, type S3Answer, xmlAnswer } from './answer.js';
import type { S3Context } from './context.js';
import { invalidArgument } from './errors.js';
import { encoder, listPage } from './listing.js';
import { parseMaxKeys } from './validate.js';

function parse(ctx: S3Context): ListObjectsV2Request {
  const q = ctx.req.query;
  const encodingType = q.get('encoding-type');
  if (encodingType !== null && encodingType !== 'url') {
    throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', encodingType);
  }
  return {
    Bucket: ctx.bucket,
    Prefix: q.get('prefix') ?? undefined,
    Delimiter: q.get('delimiter') || undefined,
    MaxKeys: parseMaxKeys(q.get('max-keys')),
    ContinuationToken: q.get('continuation-token') ?? undefined,
    StartAfter: q.get('start-after') ?? undefined,
    EncodingType: encodingType === 'url' ? 'url' : undefined,
    FetchOwner: q.get('fetch-owner') === 'true',
  };
}

function tokenKey(token: string): string {
  const key = Buffer.from(token, 'base64').toString('utf8');
  if (token === '' || !key.startsWith('lc:')) {
    throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
  }
  return key.slice(3);
}

export function listObjectsV2(ctx: S3Context): S3Answer {
  const input = parse(ctx);
  const bucket = ctx.store.bucket(ctx.bucket);
  const after =
    input.ContinuationToken !== undefined ? tokenKey(input.ContinuationToken) : input.StartAfter || undefined;
  const page = listPage(bucket, {
    prefix: input.Prefix ?? '',
    delimiter: input.Delimiter,
    after,
    maxKeys: input.MaxKeys ?? 1000,
  });
  const enc = encoder(input.EncodingType ?? null);
  const out: ListObjectsV2Output = {
    Name: ctx.bucket,
    Prefix: input.Prefix ?? '',
    KeyCount: page.contents.length + page.commonPrefixes.length,
    MaxKeys: input.MaxKeys,
    IsTruncated: page.isTruncated,
    NextContinuationToken:
      page.isTruncated && page.last !== undefined
        ? Buffer.from(`lc:${page.last}`).toString('base64')
        : undefined,
  };
  const inner = toXml({
    Name: out.Name,
    Prefix: enc(out.Prefix ?? ''),
    ContinuationToken: input.ContinuationToken,
    NextContinuationToken: out.NextContinuationToken,
    KeyCount: out.KeyCount,
    MaxKeys: out.MaxKeys,
    Delimiter: input.Delimiter !== undefined ? enc(input.Delimiter) : undefined,
    EncodingType: input.EncodingType,
    IsTruncated: out.IsTruncated,
    StartAfter: input.StartAfter !== undefined ? enc(input.StartAfter) : undefined,
    Contents: page.contents.map((o) => ({
      Key: enc(o.key),
      LastModified: isoDate(o.lastModified),
      ETag: quoted(o.etag),
      ChecksumAlgorithm: o.checksum.algorithm,
      ChecksumType: o.checksum.type,
      Size: o.body.length,
      Owner: input.FetchOwner ? { ID: ctx.ownerId, DisplayName: 'local-cloud' } : undefined,
      StorageClass: 'STANDARD',
    })),
    CommonPrefixes: page.commonPrefixes.map((p) => ({ Prefix: enc(p) })),
  });
  return xmlAnswer('ListBucketResult', inner);
}
