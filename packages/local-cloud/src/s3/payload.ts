// The body of PutObject and UploadPart as the client meant it: aws-chunked decoded, then Content-MD5,
// x-amz-content-sha256 and the flexible checksums (header or trailer) checked against it.
import { createHash } from 'node:crypto';
import { header, type LocalRequest } from '../protocol/request.js';
import {
  asChecksumAlgorithm,
  CHECKSUM_ALGORITHMS,
  CHECKSUM_BYTES,
  type ChecksumAlgorithm,
  checksumOf,
  md5,
} from './checksums.js';
import { decodeAwsChunked } from './chunked.js';
import {
  badDigest,
  checksumMismatch,
  contentSha256Mismatch,
  incompleteBody,
  invalidDigest,
  invalidRequest,
} from './errors.js';

export interface Payload {
  body: Buffer;
  /** The flexible checksum the client sent and we verified, if any. */
  checksum?: { algorithm: ChecksumAlgorithm; value: string };
  /** Content-Encoding with `aws-chunked` removed (undefined when nothing is left). */
  contentEncoding?: string;
}

function isAwsChunked(req: LocalRequest): boolean {
  const encoding = header(req, 'content-encoding') ?? '';
  const sha = header(req, 'x-amz-content-sha256') ?? '';
  return encoding.split(',').some((e) => e.trim() === 'aws-chunked') || sha.startsWith('STREAMING-');
}

function checksumHeaders(source: Record<string, string | undefined>): [ChecksumAlgorithm, string][] {
  const found: [ChecksumAlgorithm, string][] = [];
  for (const alg of CHECKSUM_ALGORITHMS) {
    const v = source[`x-amz-checksum-${alg.toLowerCase()}`];
    if (v !== undefined) found.push([alg, v]);
  }
  return found;
}

function validChecksumValue(alg: ChecksumAlgorithm, value: string): boolean {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return false;
  return Buffer.from(value, 'base64').length === CHECKSUM_BYTES[alg];
}

export function readPayload(req: LocalRequest): Payload {
  let body = req.body;
  let trailers: Record<string, string> = {};
  const encoding = header(req, 'content-encoding');
  let contentEncoding = encoding;
  if (isAwsChunked(req)) {
    ({ body, trailers } = decodeAwsChunked(req.body));
    const declared = header(req, 'x-amz-decoded-content-length');
    if (declared !== undefined && Number(declared) !== body.length) throw incompleteBody();
    const rest = (encoding ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '' && e !== 'aws-chunked');
    contentEncoding = rest.length > 0 ? rest.join(',') : undefined;
  }

  const contentMd5 = header(req, 'content-md5');
  if (contentMd5 !== undefined) {
    const given = Buffer.from(contentMd5, 'base64');
    if (given.length !== 16 || given.toString('base64') !== contentMd5) throw invalidDigest(contentMd5);
    const actual = md5(body).toString('base64');
    if (actual !== contentMd5) throw badDigest(contentMd5, actual);
  }

  const sha = header(req, 'x-amz-content-sha256');
  if (sha && /^[0-9a-f]{64}$/i.test(sha)) {
    const actual = createHash('sha256').update(body).digest('hex');
    if (actual !== sha.toLowerCase()) throw contentSha256Mismatch(sha, actual);
  }

  const headerValues: Record<string, string | undefined> = {};
  for (const alg of CHECKSUM_ALGORITHMS) {
    const name = `x-amz-checksum-${alg.toLowerCase()}`;
    headerValues[name] = header(req, name);
  }
  const given = [...checksumHeaders(headerValues), ...checksumHeaders(trailers)];
  const sdkAlgorithm = header(req, 'x-amz-sdk-checksum-algorithm');
  const trailerNames = (header(req, 'x-amz-trailer') ?? '').toLowerCase();
  if (given.length > 1) {
    throw invalidRequest(
      'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.',
    );
  }
  if (given.length === 0) {
    if (trailerNames.startsWith('x-amz-checksum-')) {
      throw invalidRequest('The x-amz-trailer header names a checksum that the body did not carry.');
    }
    if (sdkAlgorithm !== undefined) {
      throw invalidRequest(
        'x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.',
      );
    }
    return { body, contentEncoding };
  }
  const [algorithm, value] = given[0];
  if (sdkAlgorithm !== undefined && asChecksumAlgorithm(sdkAlgorithm) !== algorithm) {
    throw invalidRequest(`Value for x-amz-sdk-checksum-algorithm header is invalid.`);
  }
  if (!validChecksumValue(algorithm, value)) {
    throw invalidRequest(`Value for x-amz-checksum-${algorithm.toLowerCase()} header is invalid.`);
  }
  if (checksumOf(algorithm, body) !== value) throw checksumMismatch(algorithm);
  return { body, checksum: { algorithm, value }, contentEncoding };
}
