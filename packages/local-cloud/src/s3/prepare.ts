// The S3 face's work on the wire before routing: virtual-hosted addressing rewritten to path style,
// aws-chunked bodies decoded with their trailing checksums moved into the headers (where the model binds
// them), and the checks of the transfer itself (x-amz-decoded-content-length, x-amz-content-sha256).
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { header, type LocalRequest } from '../protocol/request.js';
import { bucketFromHost } from './address.js';
import { decodeAwsChunked } from './chunked.js';
import { contentSha256Mismatch, incompleteBody, invalidRequest, multipleChecksums } from './errors.js';

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function isAwsChunked(headers: IncomingHttpHeaders): boolean {
  const encoding = first(headers['content-encoding']) ?? '';
  const sha = first(headers['x-amz-content-sha256']) ?? '';
  return encoding.split(',').some((e) => e.trim() === 'aws-chunked') || sha.startsWith('STREAMING-');
}

export function prepareRequest(req: LocalRequest): LocalRequest {
  const hosted = bucketFromHost(header(req, 'host'));
  const path = hosted === undefined ? req.path : `/${encodeURIComponent(hosted)}${req.path}`;
  const headers: IncomingHttpHeaders = { ...req.headers };
  let body = req.body;
  if (isAwsChunked(headers)) {
    const decoded = decodeAwsChunked(body);
    body = decoded.body;
    const declared = first(headers['x-amz-decoded-content-length']);
    if (declared !== undefined && Number(declared) !== body.length) throw incompleteBody();
    for (const [name, value] of Object.entries(decoded.trailers)) {
      // The same checksum in a header and in the trailer is two checksums.
      if (name.startsWith('x-amz-checksum-') && headers[name] !== undefined) throw multipleChecksums();
      headers[name] = value;
    }
    // The stored Content-Encoding is what the object is encoded with, without the transfer's framing.
    const rest = (first(headers['content-encoding']) ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '' && e !== 'aws-chunked');
    if (rest.length > 0) headers['content-encoding'] = rest.join(',');
    else delete headers['content-encoding'];
  }
  const trailer = first(headers['x-amz-trailer'])?.trim().toLowerCase();
  if (trailer?.startsWith('x-amz-checksum-') && headers[trailer] === undefined) {
    throw invalidRequest('The x-amz-trailer header names a checksum that the body did not carry.');
  }
  const sha = first(headers['x-amz-content-sha256']);
  if (sha && /^[0-9a-f]{64}$/i.test(sha)) {
    const actual = createHash('sha256').update(body).digest('hex');
    if (actual !== sha.toLowerCase()) throw contentSha256Mismatch(sha, actual);
  }
  // HTTP has a recipient ignore a conditional date it cannot read (RFC 9110, 13.1.3), as S3 does.
  for (const name of ['if-modified-since', 'if-unmodified-since']) {
    const v = first(headers[name]);
    if (v !== undefined && Number.isNaN(new Date(v).getTime())) delete headers[name];
  }
  return { ...req, path, headers, body };
}
