// CopyObject: from `x-amz-copy-source`, keeping or replacing metadata as the directive says.
import type { CopyObjectOutput, CopyObjectRequest } from '@aws-sdk/client-s3';
import { header } from '../protocol/request.js';
import { toXml } from '../protocol/xml.js';
import { isoDate, quoted, type S3Answer, unquoted, xmlAnswer } from './answer.js';
import { asChecksumAlgorithm, checksumOf } from './checksums.js';
import type { S3Context } from './context.js';
import { invalidArgument, invalidRequest, preconditionFailed } from './errors.js';
import { objectHeadersFrom } from './objectHeaders.js';
import { checkWriteConditions, storeObject } from './putObject.js';

function parseCopySource(value: string): { bucket: string; key: string } {
  const [path] = value.split('?');
  let decoded: string;
  try {
    decoded = decodeURIComponent(path).replace(/^\//, '');
  } catch {
    decoded = '';
  }
  const slash = decoded.indexOf('/');
  if (slash <= 0 || slash === decoded.length - 1) {
    throw invalidArgument('Invalid copy source object key', 'x-amz-copy-source', value);
  }
  return { bucket: decoded.slice(0, slash), key: decoded.slice(slash + 1) };
}

function parse(ctx: S3Context): CopyObjectRequest {
  const directive = header(ctx.req, 'x-amz-metadata-directive') ?? 'COPY';
  if (directive !== 'COPY' && directive !== 'REPLACE') {
    throw invalidArgument('Unknown metadata directive.', 'x-amz-metadata-directive', directive);
  }
  return {
    Bucket: ctx.bucket,
    Key: ctx.key,
    CopySource: header(ctx.req, 'x-amz-copy-source') ?? '',
    MetadataDirective: directive,
    CopySourceIfMatch: header(ctx.req, 'x-amz-copy-source-if-match'),
    CopySourceIfNoneMatch: header(ctx.req, 'x-amz-copy-source-if-none-match'),
  };
}

export function copyObject(ctx: S3Context): S3Answer {
  const input = parse(ctx);
  const bucket = ctx.store.bucket(ctx.bucket);
  const source = parseCopySource(input.CopySource ?? '');
  const src = ctx.store.object(ctx.store.bucket(source.bucket), source.key);
  if (input.CopySourceIfMatch !== undefined && unquoted(input.CopySourceIfMatch) !== src.etag) {
    throw preconditionFailed('x-amz-copy-source-If-Match');
  }
  if (input.CopySourceIfNoneMatch !== undefined && unquoted(input.CopySourceIfNoneMatch) === src.etag) {
    throw preconditionFailed('x-amz-copy-source-If-None-Match');
  }
  const replace = input.MetadataDirective === 'REPLACE';
  const newAlgorithm = asChecksumAlgorithm(header(ctx.req, 'x-amz-checksum-algorithm'));
  if (source.bucket === ctx.bucket && source.key === ctx.key && !replace && !newAlgorithm) {
    throw invalidRequest(
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
    );
  }
  checkWriteConditions(ctx, bucket);
  const headers = replace
    ? objectHeadersFrom(ctx.req, header(ctx.req, 'content-encoding'))
    : {
        contentType: src.contentType,
        cacheControl: src.cacheControl,
        contentDisposition: src.contentDisposition,
        contentEncoding: src.contentEncoding,
        contentLanguage: src.contentLanguage,
        expires: src.expires,
        metadata: { ...src.metadata },
      };
  // A copy is one PUT: its checksum covers the whole object, in the source's algorithm unless asked otherwise.
  const algorithm = newAlgorithm ?? src.checksum.algorithm;
  const obj = storeObject(bucket, ctx.key, Buffer.from(src.body), headers, {
    algorithm,
    value: checksumOf(algorithm, src.body),
  });
  const out: CopyObjectOutput = {
    CopyObjectResult: { ETag: quoted(obj.etag), LastModified: obj.lastModified, ChecksumType: 'FULL_OBJECT' },
  };
  const inner = toXml({
    LastModified: isoDate(obj.lastModified),
    ETag: out.CopyObjectResult?.ETag,
    ChecksumType: out.CopyObjectResult?.ChecksumType,
    [`Checksum${algorithm}`]: obj.checksum.value,
  });
  return xmlAnswer('CopyObjectResult', inner, { 'x-amz-server-side-encryption': 'AES256' });
}
