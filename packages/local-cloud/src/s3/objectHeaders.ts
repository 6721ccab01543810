// The representation headers of an object: read from a PUT, written back on GET and HEAD.
import type { LocalRequest } from '../protocol/request.js';
import { header } from '../protocol/request.js';
import { httpDate, quoted } from './answer.js';
import type { ObjectHeaders, S3Object } from './store.js';

/** Content-Type S3 records when the client sends none. */
export const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

export function metadataFrom(req: LocalRequest): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith('x-amz-meta-') && value !== undefined) {
      meta[name.slice('x-amz-meta-'.length)] = Array.isArray(value) ? value.join(',') : value;
    }
  }
  return meta;
}

export function objectHeadersFrom(req: LocalRequest, contentEncoding?: string): ObjectHeaders {
  return {
    contentType: header(req, 'content-type') || DEFAULT_CONTENT_TYPE,
    cacheControl: header(req, 'cache-control'),
    contentDisposition: header(req, 'content-disposition'),
    contentEncoding,
    contentLanguage: header(req, 'content-language'),
    expires: header(req, 'expires'),
    metadata: metadataFrom(req),
  };
}

/** Headers of GET and HEAD; `response-*` query parameters override the stored ones. */
export function objectResponseHeaders(
  obj: S3Object,
  query: URLSearchParams,
  checksumMode: boolean,
): Record<string, string | number | undefined> {
  const h: Record<string, string | number | undefined> = {
    'Accept-Ranges': 'bytes',
    'Last-Modified': httpDate(obj.lastModified),
    ETag: quoted(obj.etag),
    'Content-Type': query.get('response-content-type') ?? obj.contentType,
    'Cache-Control': query.get('response-cache-control') ?? obj.cacheControl,
    'Content-Disposition': query.get('response-content-disposition') ?? obj.contentDisposition,
    'Content-Encoding': query.get('response-content-encoding') ?? obj.contentEncoding,
    'Content-Language': query.get('response-content-language') ?? obj.contentLanguage,
    Expires: query.get('response-expires') ?? obj.expires,
    'x-amz-server-side-encryption': 'AES256',
  };
  for (const [k, v] of Object.entries(obj.metadata)) h[`x-amz-meta-${k}`] = v;
  if (checksumMode) {
    h[`x-amz-checksum-${obj.checksum.algorithm.toLowerCase()}`] = obj.checksum.value;
    h['x-amz-checksum-type'] = obj.checksum.type;
  }
  return h;
}
