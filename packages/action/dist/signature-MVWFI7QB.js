import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  MAX_SKEW_MS
} from "./chunk-H2IDPYX7.js";
import "./chunk-GVSLWIJQ.js";
import {
  ALGORITHM_IDENTIFIER,
  SignatureV4Base,
  UNSIGNED_PAYLOAD,
  createScope,
  getCanonicalHeaders,
  getSigningKey
} from "./chunk-6MWGFO5T.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-7XKFUN2L.js";
import "./chunk-QD7QKGRY.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-DBFYPCXS.js";

// ../local-cloud/src/access/signature.ts
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
var MAX_PRESIGN_SECONDS = 7 * 24 * 60 * 60;
var EMPTY_SHA256 = createHash("sha256").digest("hex");
var bytes = (d) => typeof d === "string" ? d : ArrayBuffer.isView(d) ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength) : new Uint8Array(d);
var Sha256 = class {
  constructor(secret) {
    this.secret = secret;
    this.hash = this.fresh();
  }
  secret;
  hash;
  fresh() {
    return this.secret === void 0 ? createHash("sha256") : createHmac("sha256", bytes(this.secret));
  }
  update(data) {
    this.hash.update(bytes(data));
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
  reset() {
    this.hash = this.fresh();
  }
};
var Canonical = class extends SignatureV4Base {
  constructor(uriEscapePath) {
    super({
      service: "",
      region: "",
      credentials: { accessKeyId: "", secretAccessKey: "" },
      sha256: Sha256,
      uriEscapePath
    });
  }
  request(request, headers, payloadHash) {
    return this.createCanonicalRequest(request, headers, payloadHash);
  }
  stringToSign(longDate, scope, canonicalRequest) {
    return this.createStringToSign(longDate, scope, canonicalRequest, ALGORITHM_IDENTIFIER);
  }
};
var S3_CANONICAL = new Canonical(false);
var CANONICAL = new Canonical(true);
var first = (v) => Array.isArray(v) ? v.join(",") : v;
function parseLongDate(s) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}
function longDateOf(ms) {
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
function readClaim(req, query) {
  const auth = first(req.headers.authorization);
  if (auth !== void 0) {
    const space = auth.indexOf(" ");
    const algorithm2 = space === -1 ? auth : auth.slice(0, space);
    if (algorithm2 !== ALGORITHM_IDENTIFIER) return { kind: "algorithm", algorithm: algorithm2 };
    const parts = /* @__PURE__ */ new Map();
    for (const part of auth.slice(space + 1).split(",")) {
      const eq = part.indexOf("=");
      if (eq !== -1) parts.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
    const missing2 = ["Credential", "SignedHeaders", "Signature"].filter((p) => !parts.get(p));
    if (missing2.length > 0) {
      const detail = missing2.map((p) => `Authorization header requires '${p}' parameter.`).join(" ");
      return { kind: "incomplete", detail };
    }
    const amzDate = first(req.headers["x-amz-date"]);
    const date = first(req.headers.date);
    const longDate2 = amzDate ?? (date === void 0 ? void 0 : longDateOf(Date.parse(date)));
    if (longDate2 === void 0 || Number.isNaN(parseLongDate(longDate2))) {
      return {
        kind: "incomplete",
        detail: "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
      };
    }
    return scoped(parts.get("Credential") ?? "", {
      signedHeaders: (parts.get("SignedHeaders") ?? "").split(";"),
      signature: parts.get("Signature") ?? "",
      longDate: longDate2
    });
  }
  if (query.get("X-Amz-Algorithm") === null) {
    if (query.has("AWSAccessKeyId") && query.has("Signature")) return { kind: "algorithm", algorithm: "AWS" };
    return { kind: "missing" };
  }
  const algorithm = query.get("X-Amz-Algorithm") ?? "";
  if (algorithm !== ALGORITHM_IDENTIFIER) return { kind: "algorithm", algorithm };
  const names = ["X-Amz-Credential", "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Signature", "X-Amz-Expires"];
  const missing = names.filter((n) => !query.get(n));
  if (missing.length > 0) {
    const detail = missing.map((n) => `AWS query-string parameters must include '${n}'.`).join(" ");
    return { kind: "incomplete", detail };
  }
  const expires = Number(query.get("X-Amz-Expires"));
  const longDate = query.get("X-Amz-Date") ?? "";
  if (!Number.isInteger(expires) || expires < 1 || expires > MAX_PRESIGN_SECONDS) {
    return {
      kind: "incomplete",
      detail: `X-Amz-Expires must be a number of seconds from 1 to ${MAX_PRESIGN_SECONDS}.`
    };
  }
  if (Number.isNaN(parseLongDate(longDate))) {
    return {
      kind: "incomplete",
      detail: `X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd'T'HHmmss'Z'".`
    };
  }
  return scoped(query.get("X-Amz-Credential") ?? "", {
    signedHeaders: (query.get("X-Amz-SignedHeaders") ?? "").split(";"),
    signature: query.get("X-Amz-Signature") ?? "",
    longDate,
    presigned: { expires }
  });
}
function scoped(credential, rest) {
  const parts = credential.split("/");
  if (parts.length !== 5 || parts[4] !== "aws4_request" || parts.some((p) => p === "")) {
    return {
      kind: "incomplete",
      detail: `Credential should be scoped to a valid access key id, date, Region and service: '${credential}'.`
    };
  }
  const [accessKeyId, shortDate, region, service] = parts;
  if (shortDate !== rest.longDate.slice(0, 8)) {
    return {
      kind: "incomplete",
      detail: `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${shortDate}' != '${rest.longDate.slice(0, 8)}'.`
    };
  }
  return { accessKeyId, shortDate, region, service, ...rest };
}
function queryRecord(query) {
  const out = {};
  for (const [k, v] of query) {
    const had = out[k];
    out[k] = had === void 0 ? v : Array.isArray(had) ? [...had, v] : [had, v];
  }
  return out;
}
async function verifySignature(req, keys, now) {
  const q = req.url.indexOf("?");
  const path = q === -1 ? req.url : req.url.slice(0, q);
  const query = new URLSearchParams(q === -1 ? "" : req.url.slice(q + 1));
  const claim = readClaim(req, query);
  if ("kind" in claim) return claim;
  const secret = keys.get(claim.accessKeyId);
  if (secret === void 0) return { kind: "unknownKey", accessKeyId: claim.accessKeyId };
  const signedAt = parseLongDate(claim.longDate);
  const serverTime = longDateOf(now);
  if (claim.presigned) {
    const expiresAt = signedAt + claim.presigned.expires * 1e3;
    if (now > expiresAt) {
      return {
        kind: "presignExpired",
        expires: longDateOf(expiresAt),
        serverTime,
        seconds: String(claim.presigned.expires)
      };
    }
    if (signedAt - now > MAX_SKEW_MS) {
      return { kind: "skewed", requestTime: claim.longDate, serverTime, earlier: false };
    }
  } else if (Math.abs(now - signedAt) > MAX_SKEW_MS) {
    return { kind: "skewed", requestTime: claim.longDate, serverTime, earlier: signedAt < now };
  }
  const headers = {};
  for (const name of claim.signedHeaders) headers[name] = first(req.headers[name]) ?? "";
  const canonicalHeaders = getCanonicalHeaders(
    { method: req.method, protocol: "http:", hostname: "", path, query: {}, headers },
    void 0,
    new Set(claim.signedHeaders)
  );
  const isS3 = claim.service === "s3";
  const declared = first(req.headers["x-amz-content-sha256"]) ?? query.get("X-Amz-Content-Sha256") ?? void 0;
  const payloadHash = declared ?? (claim.presigned && isS3 ? UNSIGNED_PAYLOAD : req.body.length === 0 ? EMPTY_SHA256 : createHash("sha256").update(req.body).digest("hex"));
  const request = {
    method: req.method,
    protocol: "http:",
    hostname: "",
    path,
    // The signer leaves X-Amz-Signature out of the canonical query itself.
    query: queryRecord(query),
    headers
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
    claim.service
  );
  const expected = createHmac("sha256", key).update(stringToSign).digest();
  const provided = Buffer.from(claim.signature, "hex");
  if (provided.length === expected.length && timingSafeEqual(provided, expected)) return void 0;
  return {
    kind: "mismatch",
    accessKeyId: claim.accessKeyId,
    provided: claim.signature,
    canonicalRequest,
    stringToSign
  };
}
function keyTable(keys) {
  return new Map(keys.map((k) => [k.accessKeyId, k.secretAccessKey]));
}
export {
  Sha256,
  keyTable,
  verifySignature
};
//# sourceMappingURL=signature-MVWFI7QB.js.map
