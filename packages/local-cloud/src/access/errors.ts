// The refusals of the server's own guards, in AWS's codes and words: a Host or browser origin not allowed,
// and each way a signature fails, as the JSON and query services word it and as S3 does.
import { AwsError } from '../protocol/errors.js';
import type { Face } from '../protocol/service.js';
import type { AuthFailure } from './signature.js';

/** AWS refuses a request dated more than 15 minutes from its own clock. */
export const MAX_SKEW_MS = 15 * 60 * 1000;

/** `name`: the Host without its port, as --allow-host takes it. */
export const hostRefused = (host: string, name: string) =>
  new AwsError(
    'AccessDenied',
    `Host ${host} is not allowed (not a loopback name); start local-cloud with --allow-host ${name} to serve it`,
    403,
  );

export const originRefused = (origin: string) =>
  new AwsError(
    'AccessDenied',
    `Origin ${origin} is not allowed; start local-cloud with --allow-origin ${origin}`,
    403,
  );

/** A browser request that carries no Origin (a cross-site link, image or form GET). */
export const crossSiteRefused = (site: string) =>
  new AwsError(
    'AccessDenied',
    `A ${site} browser request is not allowed; only pages of an origin given with --allow-origin may call`,
    403,
  );

const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const INVALID_TOKEN = 'The security token included in the request is invalid.';

/** The error a failed signature check answers, in the words of the protocol the request speaks. */
export function authError(failure: AuthFailure, protocol: Face['protocol']): AwsError {
  return protocol === 'restXml' ? s3AuthError(failure) : serviceAuthError(failure);
}

/** JSON and query services: one error, its query code for the query protocol and SQS's compatible header. */
function serviceAuthError(f: AuthFailure): AwsError {
  const error = (code: string, queryCode: string, message: string) =>
    new AwsError(code, message, 403, { queryCode });
  switch (f.kind) {
    case 'missing':
      return error(
        'MissingAuthenticationTokenException',
        'MissingAuthenticationToken',
        'Request is missing Authentication Token',
      );
    case 'incomplete':
      return error('IncompleteSignatureException', 'IncompleteSignature', f.detail);
    case 'algorithm':
      return error(
        'IncompleteSignatureException',
        'IncompleteSignature',
        `Unsupported AWS 'algorithm': '${f.algorithm}'`,
      );
    case 'unknownKey':
      return error('UnrecognizedClientException', 'InvalidClientTokenId', INVALID_TOKEN);
    case 'mismatch':
      return error(
        'InvalidSignatureException',
        'SignatureDoesNotMatch',
        `${MISMATCH}\n\nThe Canonical String for this request should have been\n'${f.canonicalRequest}'\n\nThe String-to-Sign should have been\n'${f.stringToSign}'\n`,
      );
    case 'skewed':
      return error(
        'InvalidSignatureException',
        'SignatureDoesNotMatch',
        f.earlier
          ? `Signature expired: ${f.requestTime} is now earlier than ${shifted(f.serverTime, -MAX_SKEW_MS)} (${f.serverTime} - 15 min.)`
          : `Signature not yet current: ${f.requestTime} is still later than ${shifted(f.serverTime, MAX_SKEW_MS)} (${f.serverTime} + 15 min.)`,
      );
    case 'presignExpired':
      return error(
        'InvalidSignatureException',
        'SignatureDoesNotMatch',
        `Signature expired: ${f.expires} is now earlier than ${f.serverTime}`,
      );
  }
}

function s3AuthError(f: AuthFailure): AwsError {
  switch (f.kind) {
    case 'missing':
      return new AwsError('AccessDenied', 'Access Denied', 403);
    case 'incomplete':
      return new AwsError(
        'AuthorizationHeaderMalformed',
        `The authorization header is malformed; ${f.detail}`,
        400,
      );
    case 'algorithm':
      return new AwsError(
        'InvalidRequest',
        'The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.',
        400,
      );
    case 'unknownKey':
      return new AwsError(
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
        403,
        {
          fields: { AWSAccessKeyId: f.accessKeyId },
        },
      );
    case 'mismatch':
      return new AwsError(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
        403,
        {
          fields: {
            AWSAccessKeyId: f.accessKeyId,
            StringToSign: f.stringToSign,
            SignatureProvided: f.provided,
            CanonicalRequest: f.canonicalRequest,
          },
        },
      );
    case 'skewed':
      return new AwsError(
        'RequestTimeTooSkewed',
        'The difference between the request time and the current time is too large.',
        403,
        {
          fields: {
            RequestTime: f.requestTime,
            ServerTime: f.serverTime,
            MaxAllowedSkewMilliseconds: String(MAX_SKEW_MS),
          },
        },
      );
    case 'presignExpired':
      return new AwsError('AccessDenied', 'Request has expired', 403, {
        fields: { 'X-Amz-Expires': f.seconds, Expires: f.expires, ServerTime: f.serverTime },
      });
  }
}

/** A `20260101T000000Z` time moved by `ms`, in the same form. */
function shifted(longDate: string, ms: number): string {
  const iso = `${longDate.slice(0, 4)}-${longDate.slice(4, 6)}-${longDate.slice(6, 11)}:${longDate.slice(11, 13)}:${longDate.slice(13)}`;
  return new Date(Date.parse(iso) + ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
