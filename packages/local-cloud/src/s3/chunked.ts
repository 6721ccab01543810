// `aws-chunked` bodies: the chunk framing (signed or not) and the trailing headers the SDKs send.
import { malformedChunks } from './errors.js';

export interface DecodedChunks {
  body: Buffer;
  /** Trailing headers by lower-case name, e.g. `x-amz-checksum-crc32`. */
  trailers: Record<string, string>;
}

/**
 * Decodes `<hex-size>[;chunk-signature=...]\r\n<data>\r\n ... 0[;...]\r\n<trailers>\r\n`.
 * Chunk signatures are not checked (no secret keys exist here).
 */
export function decodeAwsChunked(raw: Buffer): DecodedChunks {
  const parts: Buffer[] = [];
  const trailers: Record<string, string> = {};
  let i = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', i);
    if (eol < 0) throw malformedChunks();
    const sizeText = raw.toString('latin1', i, eol).split(';')[0].trim();
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw malformedChunks();
    const size = Number.parseInt(sizeText, 16);
    i = eol + 2;
    if (size === 0) break;
    if (i + size > raw.length) throw malformedChunks();
    parts.push(raw.subarray(i, i + size));
    i += size;
    if (raw.toString('latin1', i, i + 2) !== '\r\n') throw malformedChunks();
    i += 2;
  }
  // Trailer lines until an empty line or the end (some writers omit the final CRLF).
  while (i < raw.length) {
    let eol = raw.indexOf('\r\n', i);
    if (eol < 0) eol = raw.length;
    const line = raw.toString('latin1', i, eol);
    i = eol + 2;
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon < 0) throw malformedChunks();
    trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { body: Buffer.concat(parts), trailers };
}
