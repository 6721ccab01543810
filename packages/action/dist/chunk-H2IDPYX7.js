import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  AwsError
} from "./chunk-GVSLWIJQ.js";

// ../local-cloud/src/access/errors.ts
var MAX_SKEW_MS = 15 * 60 * 1e3;
var hostRefused = (host, name) => new AwsError(
  "AccessDenied",
  `Host ${host} is not allowed (not a loopback name); start local-cloud with --allow-host ${name} to serve it`,
  403
);
var originRefused = (origin) => new AwsError(
  "AccessDenied",
  `Origin ${origin} is not allowed; start local-cloud with --allow-origin ${origin}`,
  403
);
var crossSiteRefused = (site) => new AwsError(
  "AccessDenied",
  `A ${site} browser request is not allowed; only pages of an origin given with --allow-origin may call`,
  403
);
var MISMATCH = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
var INVALID_TOKEN = "The security token included in the request is invalid.";
function authError(failure, protocol) {
  return protocol === "restXml" ? s3AuthError(failure) : serviceAuthError(failure);
}
function serviceAuthError(f) {
  const error = (code, queryCode, message) => new AwsError(code, message, 403, { queryCode });
  switch (f.kind) {
    case "missing":
      return error(
        "MissingAuthenticationTokenException",
        "MissingAuthenticationToken",
        "Request is missing Authentication Token"
      );
    case "incomplete":
      return error("IncompleteSignatureException", "IncompleteSignature", f.detail);
    case "algorithm":
      return error(
        "IncompleteSignatureException",
        "IncompleteSignature",
        `Unsupported AWS 'algorithm': '${f.algorithm}'`
      );
    case "unknownKey":
      return error("UnrecognizedClientException", "InvalidClientTokenId", INVALID_TOKEN);
    case "mismatch":
      return error(
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        `${MISMATCH}

The Canonical String for this request should have been
'${f.canonicalRequest}'

The String-to-Sign should have been
'${f.stringToSign}'
`
      );
    case "skewed":
      return error(
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        f.earlier ? `Signature expired: ${f.requestTime} is now earlier than ${shifted(f.serverTime, -MAX_SKEW_MS)} (${f.serverTime} - 15 min.)` : `Signature not yet current: ${f.requestTime} is still later than ${shifted(f.serverTime, MAX_SKEW_MS)} (${f.serverTime} + 15 min.)`
      );
    case "presignExpired":
      return error(
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        `Signature expired: ${f.expires} is now earlier than ${f.serverTime}`
      );
  }
}
function s3AuthError(f) {
  switch (f.kind) {
    case "missing":
      return new AwsError("AccessDenied", "Access Denied", 403);
    case "incomplete":
      return new AwsError(
        "AuthorizationHeaderMalformed",
        `The authorization header is malformed; ${f.detail}`,
        400
      );
    case "algorithm":
      return new AwsError(
        "InvalidRequest",
        "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.",
        400
      );
    case "unknownKey":
      return new AwsError(
        "InvalidAccessKeyId",
        "The AWS Access Key Id you provided does not exist in our records.",
        403,
        {
          fields: { AWSAccessKeyId: f.accessKeyId }
        }
      );
    case "mismatch":
      return new AwsError(
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
        403,
        {
          fields: {
            AWSAccessKeyId: f.accessKeyId,
            StringToSign: f.stringToSign,
            SignatureProvided: f.provided,
            CanonicalRequest: f.canonicalRequest
          }
        }
      );
    case "skewed":
      return new AwsError(
        "RequestTimeTooSkewed",
        "The difference between the request time and the current time is too large.",
        403,
        {
          fields: {
            RequestTime: f.requestTime,
            ServerTime: f.serverTime,
            MaxAllowedSkewMilliseconds: String(MAX_SKEW_MS)
          }
        }
      );
    case "presignExpired":
      return new AwsError("AccessDenied", "Request has expired", 403, {
        fields: { "X-Amz-Expires": f.seconds, Expires: f.expires, ServerTime: f.serverTime }
      });
  }
}
function shifted(longDate, ms) {
  const iso = `${longDate.slice(0, 4)}-${longDate.slice(4, 6)}-${longDate.slice(6, 11)}:${longDate.slice(11, 13)}:${longDate.slice(13)}`;
  return new Date(Date.parse(iso) + ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

export {
  MAX_SKEW_MS,
  hostRefused,
  originRefused,
  crossSiteRefused,
  authError
};
//# sourceMappingURL=chunk-H2IDPYX7.js.map
