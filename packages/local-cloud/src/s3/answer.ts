// What an S3 operation returns (status, headers, body) and how it is written, with S3's dates and XML.
import type { ServerResponse } from 'node:http';
import { S3_NAMESPACE } from '../protocol/restXml.js';

export interface S3Answer {
  status?: number;
  headers?: Record<string, string | number | undefined>;
  /** A string is XML without its prolog (the prolog is added); a Buffer is sent as is. */
  body?: string | Buffer;
  /** Content-Length to announce on a HEAD answer, which carries no body. */
  headLength?: number;
}

/** An XML answer whose root element carries S3's namespace. */
export function xmlAnswer(root: string, inner: string, headers: S3Answer['headers'] = {}): S3Answer {
  return { body: `<${root} xmlns="${S3_NAMESPACE}">${inner}</${root}>`, headers };
}

export function writeAnswer(res: ServerResponse, requestId: string, method: string, answer: S3Answer): void {
  const headers: Record<string, string | number> = { 'x-amz-request-id': requestId, 'x-amz-id-2': requestId };
  for (const [k, v] of Object.entries(answer.headers ?? {})) if (v !== undefined) headers[k] = v;
  let payload: Buffer | undefined;
  if (typeof answer.body === 'string') {
    payload = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${answer.body}`);
    headers['Content-Type'] ??= 'application/xml';
  } else payload = answer.body;
  const status = answer.status ?? 200;
  if (method === 'HEAD') headers['Content-Length'] = answer.headLength ?? payload?.length ?? 0;
  else if (status !== 204 && status !== 304) headers['Content-Length'] = payload?.length ?? 0;
  res.writeHead(status, headers);
  res.end(method === 'HEAD' || status === 204 || status === 304 ? undefined : payload);
}

/** `Last-Modified` style: RFC 1123 in GMT. */
export function httpDate(d: Date): string {
  return d.toUTCString();
}

/** `LastModified` in XML: ISO 8601 with milliseconds, as S3 writes it. */
export function isoDate(d: Date): string {
  return d.toISOString();
}

/** An ETag as S3 sends it: the hex in double quotes. */
export function quoted(etag: string): string {
  return `"${etag}"`;
}

export function unquoted(etag: string): string {
  return etag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
}
