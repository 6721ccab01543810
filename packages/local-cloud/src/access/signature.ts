// AWS Signature Version 4, checked: the signature a request carries (Authorization header or presigned
// query) against the one its key's secret gives. The canonical request, the string to sign and the signing
// key are the AWS SDK's own (@smithy/signature-v4), so they cannot drift from what the SDK signs.
// Loaded only when `--require-auth` is on.
import { createHash, createHmac, type Hash, type Hmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import {
  ALGORITHM_IDENTIFIER,
  createScope,
  getCanonicalHeaders,
  type getCanonicalQuery,
  getSigningKey,
  SignatureV4Base,
  UNSIGNED_PAYLOAD,
} from '@smithy/signature-v4';
import type { AuthKey } from '../cloud.js';
import { MAX_SKEW_MS } from './errors.js';

/** What a signature is checked on: the request as it came, its path and query undecoded. */
export interface SignedRequest {
  method: string;
  /** The request target as sent: path and query string. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Why a request is refused; each protocol words it as AWS does (`errors.ts`). */
export type AuthFailure =
  | { kind: 'missing' }
  | { kind: 'incomplete'; detail: string }
  | { kind: 'algorithm'; algorithm: string }
  | { kind: 'unknownKey'; accessKeyId: string }
  | {
      kind: 'mismatch';
      accessKeyId: string;
      provided: string;
      canonicalRequest: string;
      stringToSign: string;
    }
  | { kind: 'skewed'; requestTime: string; serverTime: string; earlier: boolean }
  | { kind: 'presignExpired'; expires: string; serverTime: string; seconds: string };

type SignableRequest = Parameters<typeof getCanonicalQuery>[0];

/** A presigned URL lives at most seven days. */
const MAX_PRESIGN_SECONDS = 7 * 24 * 60 * 60;
const EMPTY_SHA256 = createHash('sha256').digest('hex');

type SourceData = string | ArrayBuffer | ArrayBufferView;

const bytes = (d: SourceData): string | Uint8Array =>
  typeof d === 'string'
    ? d
    : ArrayBuffer.isView(d)
      ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
      : new Uint8Array(d);

/** SHA-256 (or HMAC-SHA256 with a secret) in the shape the SDK's signer takes. */
export class Sha256 {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(this.secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

/** The SDK's canonical request and string to sign: protected in its base class, so reached from a subclass. */
class Canonical extends SignatureV4Base {
  constructor(uriEscapePath: boolean) {
    super({
      service: '',
      region: '',
      credentials: { accessKeyId: '', secretAccessKey: '' },
      sha256: Sha256,
      uriEscapePath,
    });
  }
  request(request: SignableRequest, headers: Record<string, string>, payloadHash: string): string {
    return this.createCanonicalRequest(request, headers, payloadHash);
  }
  stringToSign(longDate: string, scope: string, canonicalRequest: string): Promise<string> {
    return this.createStringToSign(longDate, scope, canonicalRequest, ALGORITHM_IDENTIFIER);
  }
}

// S3 signs its path as sent; every other service escapes it once more (SigV4's rule).
const S3_CANONICAL = new Canonical(false);
const CANONICAL = new Canonical(true);

interface Claim {
  accessKeyId: string;
  shortDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  longDate: string;
  presigned?: { expires: number };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);

/** `20260101T000000Z` as a time, or NaN. */
function parseLongDate(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}

function longDateOf(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Reads what the request claims: from the Authorization header, else from a presigned query. */
function readClaim(req: SignedRequest, query: URLSearchParams): Claim | AuthFailure {
  const auth = first(req.headers.authorization);
  if (auth !== undefined) {
    const space = auth.indexOf(' ');
    const algorithm = space === -1 ? auth : auth.slice(0, space);
    if (algorithm !== ALGORITHM_IDENTIFIER) return { kind: 'algorithm', algorithm };
    const parts = new Map<string, string>();
    for (const part of auth.slice(space + 1).split(',')) {
      const eq = part.indexOf('=');
      if (eq !== -1) parts.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
    const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((p) => !parts.get(p));
    if (missing.length > 0) {
      const detail = missing.map((p) => `Authorization header requires '${p}' parameter.`).join(' ');
      return { kind: 'incomplete', detail };
    }
    const amzDate = first(req.headers['x-amz-date']);
    const date = first(req.headers.date);
    const longDate = amzDate ?? (date === undefined ? undefined : longDateOf(Date.parse(date)));
    if (longDate === undefined || Number.isNaN(parseLongDate(longDate))) {
      return {
        kind: 'incomplete',
        detail: "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
      };
    }
    return scoped(parts.get('Credential') ?? '', {
      signedHeaders: (parts.get('SignedHeaders') ?? '').split(';'),
      signature: parts.get('Signature') ?? '',
      longDate,
    });
  }
  if (query.get('X-Amz-Algorithm') === null) {
    // Signature Version 2's presigned form (`aws s3 presign` of CLI v1 without s3v4): not checked here.
    if (query.has('AWSAccessKeyId') && query.has('Signature')) return { kind: 'algorithm', algorithm: 'AWS' };
    return { kind: 'missing' };
  }
  const algorithm = query.get('X-Amz-Algorithm') ?? '';
  if (algorithm !== ALGORITHM_IDENTIFIER) return { kind: 'algorithm', algorithm };
  const names = ['X-Amz-Credential', 'X-Amz-Date', 'X-Amz-SignedHeaders', 'X-Amz-Signature', 'X-Amz-Expires'];
  const missing = names.filter((n) => !query.get(n));
  if (missing.length > 0) {
    const detail = missing.map((n) => `AWS query-string parameters must include '${n}'.`).join(' ');
    return { kind: 'incomplete', detail };
  }
  const expires = Number(query.get('X-Amz-Expires'));
  const longDate = query.get('X-Amz-Date') ?? '';
  if (!Number.isInteger(expires) || expires < 1 || expires > MAX_PRESIGN_SECONDS) {
    return {
      kind: 'incomplete',
      detail: `X-Amz-Expires must be a number of seconds from 1 to ${MAX_PRESIGN_SECONDS}.`,
    };
  }
  if (Number.isNaN(parseLongDate(longDate))) {
    return {
      kind: 'incomplete',
      detail: "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\".",
    };
  }
  return scoped(query.get('X-Amz-Credential') ?? '', {
    signedHeaders: (query.get('X-Amz-SignedHeaders') ?? '').split(';'),
    signature: query.get('X-Amz-Signature') ?? '',
    longDate,
    presigned: { expires },
  });
}

/** Splits `AKID/20260101/us-east-1/sqs/aws4_request` into the claim. */
function scoped(
  credential: string,
  rest: Pick<Claim, 'signedHeaders' | 'signature' | 'longDate' | 'presigned'>,
): Claim | AuthFailure {
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request' || parts.some((p) => p === '')) {
    return {
      kind: 'incomplete',
      detail: `Credential should be scoped to a valid access key id, date, Region and service: '${credential}'.`,
    };
  }
  const [accessKeyId, shortDate, region, service] = parts;
  if (shortDate !== rest.longDate.slice(0, 8)) {
    return {
      kind: 'incomplete',
      detail: `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${shortDate}' != '${rest.longDate.slice(0, 8)}'.`,
    };
  }
  return { accessKeyId, shortDate, region, service, ...rest };
}

/** The query as the signer reads it: every parameter but the signature, repeated ones as lists. */
function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of query) {
    const had = out[k];
    out[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
  }
  return out;
}

/**
 * Checks a request's signature against `keys` (access key id -> secret) at `now`. Undefined when it is
 * valid; otherwise why not.
 */
export async function verifySignature(
  req: SignedRequest,
  keys: ReadonlyMap<string, string>,
  now: number,
): Promise<AuthFailure | undefined> {
  const q = req.url.indexOf('?');
  const path = q === -1 ? req.url : req.url.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : req.url.slice(q + 1));
  const claim = readClaim(req, query);
  if ('kind' in claim) return claim;

  const secret = keys.get(claim.accessKeyId);
  if (secret === undefined) return { kind: 'unknownKey', accessKeyId: claim.accessKeyId };

  const signedAt = parseLongDate(claim.longDate);
  const serverTime = longDateOf(now);
  if (claim.presigned) {
    const expiresAt = signedAt + claim.presigned.expires * 1000;
    if (now > expiresAt) {
      return {
        kind: 'presignExpired',
        expires: longDateOf(expiresAt),
        serverTime,
        seconds: String(claim.presigned.expires),
      };
    }
    if (signedAt - now > MAX_SKEW_MS) {
      return { kind: 'skewed', requestTime: claim.longDate, serverTime, earlier: false };
    }
  } else if (Math.abs(now - signedAt) > MAX_SKEW_MS) {
    return { kind: 'skewed', requestTime: claim.longDate, serverTime, earlier: signedAt < now };
  }

  const headers: Record<string, string> = {};
  for (const name of claim.signedHeaders) headers[name] = first(req.headers[name]) ?? '';
  const canonicalHeaders = getCanonicalHeaders(
    { method: req.method, protocol: 'http:', hostname: '', path, query: {}, headers },
    undefined,
    new Set(claim.signedHeaders),
  );
  const isS3 = claim.service === 's3';
  const declared =
    first(req.headers['x-amz-content-sha256']) ?? query.get('X-Amz-Content-Sha256') ?? undefined;
  const payloadHash =
    declared ??
    (claim.presigned && isS3
      ? UNSIGNED_PAYLOAD
      : req.body.length === 0
        ? EMPTY_SHA256
        : createHash('sha256').update(req.body).digest('hex'));
  const request: SignableRequest = {
    method: req.method,
    protocol: 'http:',
    hostname: '',
    path,
    // The signer leaves X-Amz-Signature out of the canonical query itself.
    query: queryRecord(query),
    headers,
  };
  const canonical = isS3 ? S3_CANONICAL : CANONICAL;
  const canonicalRequest = canonical.request(request, canonicalHeaders, payloadHash);
  const scope = createScope(claim.shortDate, claim.region, claim.service);
  const stringToSign = await canonical.stringToSign(claim.longDate, scope, canonicalRequest);
  const key = await getSigningKey(
    Sha256,
    { accessKeyId: claim.accessKeyId, secretAccessKey: secret },
    claim.shortDate,
    claim.region,
    claim.service,
  );
  const expected = createHmac('sha256', key).update(stringToSign).digest();
  const provided = Buffer.from(claim.signature, 'hex');
  if (provided.length === expected.length && timingSafeEqual(provided, expected)) return undefined;
  return {
    kind: 'mismatch',
    accessKeyId: claim.accessKeyId,
    provided: claim.signature,
    canonicalRequest,
    stringToSign,
  };
}

/** The key pairs as the verifier looks them up. */
export function keyTable(keys: readonly AuthKey[]): Map<string, string> {
  return new Map(keys.map((k) => [k.accessKeyId, k.secretAccessKey]));
}
