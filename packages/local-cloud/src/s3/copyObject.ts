// CopyObject: from `x-amz-copy-source`, keeping or replacing metadata as the directive says.
import type { CopyObjectOutput, CopyObjectRequest } from '@aws-sdk/client-s3';
import { asChecksumAlgorithm, checksumMember, checksumOf } from './checksums.js';
import { checkWriteConditions } from './conditions.js';
import type { S3Context } from './context.js';
import { invalidArgument, invalidRequest, preconditionFailed } from './errors.js';
import { quoted, unquoted } from './etag.js';
import { notify } from './notifications.js';
import { copiedHeaders, objectHeadersFrom } from './objectHeaders.js';
import { objectOf, storeObject } from './putObject.js';

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

export function copyObject(ctx: S3Context, input: CopyObjectRequest): CopyObjectOutput {
  const directive = input.MetadataDirective ?? 'COPY';
  if (directive !== 'COPY' && directive !== 'REPLACE') {
    throw invalidArgument('Unknown metadata directive.', 'x-amz-metadata-directive', directive);
  }
  const bucket = ctx.store.bucket(input.Bucket);
  const key = input.Key ?? '';
  const source = parseCopySource(input.CopySource ?? '');
  const src = ctx.store.object(ctx.store.bucket(source.bucket), source.key);
  if (input.CopySourceIfMatch !== undefined && unquoted(input.CopySourceIfMatch) !== src.etag) {
    throw preconditionFailed('x-amz-copy-source-If-Match');
  }
  if (input.CopySourceIfNoneMatch !== undefined && unquoted(input.CopySourceIfNoneMatch) === src.etag) {
    throw preconditionFailed('x-amz-copy-source-If-None-Match');
  }
  const replace = directive === 'REPLACE';
  const newAlgorithm = asChecksumAlgorithm(input.ChecksumAlgorithm);
  if (source.bucket === bucket.name && source.key === key && !replace && !newAlgorithm) {
    throw invalidRequest(
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
    );
  }
  checkWriteConditions(input, key, bucket.objects.get(key));
  // A copy is one PUT: its checksum covers the whole object, in the source's algorithm unless asked otherwise.
  const algorithm = newAlgorithm ?? src.checksum.algorithm;
  const obj = storeObject(
    bucket,
    key,
    Buffer.from(src.body),
    replace ? objectHeadersFrom(input) : copiedHeaders(src),
    { algorithm, value: checksumOf(algorithm, src.body) },
  );
  notify(ctx.cloud, bucket, 'ObjectCreated:Copy', objectOf(obj), ctx.requestId, ctx.store.nextSequencer());
  return {
    CopyObjectResult: {
      LastModified: obj.lastModified,
      ETag: quoted(obj.etag),
      ChecksumType: 'FULL_OBJECT',
      ...checksumMember(algorithm, obj.checksum.value),
    },
    ServerSideEncryption: 'AES256',
  };
}
