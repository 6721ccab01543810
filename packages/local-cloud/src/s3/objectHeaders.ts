// The representation headers of an object: taken from a write's input, given back on GET and HEAD.
import type { GetObjectOutput, GetObjectRequest, PutObjectRequest } from '@aws-sdk/client-s3';
import { checksumMember } from './checksums.js';
import { quoted } from './etag.js';
import type { ObjectHeaders, S3Object } from './store.js';

/** Content-Type S3 records when the client sends none. */
export const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

type Representation = Pick<
  PutObjectRequest,
  | 'ContentType'
  | 'CacheControl'
  | 'ContentDisposition'
  | 'ContentEncoding'
  | 'ContentLanguage'
  | 'Expires'
  | 'Metadata'
>;

export function objectHeadersFrom(input: Representation): ObjectHeaders {
  return {
    contentType: input.ContentType || DEFAULT_CONTENT_TYPE,
    cacheControl: input.CacheControl,
    contentDisposition: input.ContentDisposition,
    contentEncoding: input.ContentEncoding,
    contentLanguage: input.ContentLanguage,
    expires: input.Expires,
    metadata: { ...input.Metadata },
  };
}

/** An object's representation headers, for a copy that keeps them. */
export function copiedHeaders(src: ObjectHeaders): ObjectHeaders {
  return {
    contentType: src.contentType,
    cacheControl: src.cacheControl,
    contentDisposition: src.contentDisposition,
    contentEncoding: src.contentEncoding,
    contentLanguage: src.contentLanguage,
    expires: src.expires,
    metadata: { ...src.metadata },
  };
}

type Overrides = Pick<
  GetObjectRequest,
  | 'ResponseContentType'
  | 'ResponseCacheControl'
  | 'ResponseContentDisposition'
  | 'ResponseContentEncoding'
  | 'ResponseContentLanguage'
  | 'ResponseExpires'
>;

/** What GET and HEAD answer about an object; `response-*` parameters override the stored headers. */
export type ObjectDescription = Omit<GetObjectOutput, 'Body'>;

export function describeObject(obj: S3Object, input: Overrides, checksumMode: boolean): ObjectDescription {
  return {
    AcceptRanges: 'bytes',
    LastModified: obj.lastModified,
    ETag: quoted(obj.etag),
    ContentType: input.ResponseContentType ?? obj.contentType,
    CacheControl: input.ResponseCacheControl ?? obj.cacheControl,
    ContentDisposition: input.ResponseContentDisposition ?? obj.contentDisposition,
    ContentEncoding: input.ResponseContentEncoding ?? obj.contentEncoding,
    ContentLanguage: input.ResponseContentLanguage ?? obj.contentLanguage,
    Expires: input.ResponseExpires ?? obj.expires,
    ServerSideEncryption: 'AES256',
    Metadata: obj.metadata,
    ...(checksumMode
      ? { ...checksumMember(obj.checksum.algorithm, obj.checksum.value), ChecksumType: obj.checksum.type }
      : {}),
  };
}
