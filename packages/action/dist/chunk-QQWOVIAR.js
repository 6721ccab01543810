import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  setSecret
} from "./chunk-EAHQAXU2.js";

// src/secrets.ts
var SECRET_VARIABLES = [
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "SERVERLESS_ACCESS_KEY",
  "GITHUB_TOKEN"
];
var MIN_REDACTED_LENGTH = 8;
var credentials = /* @__PURE__ */ new Set();
function maskCredential(value) {
  setSecret(value);
  if (value.length >= MIN_REDACTED_LENGTH) credentials.add(value);
}
function maskCredentials(env = process.env) {
  const found = [];
  for (const name of SECRET_VARIABLES) {
    const value = env[name];
    if (value) {
      maskCredential(value);
      found.push(name);
    }
  }
  return found;
}
function redact(text) {
  let out = text;
  for (const c of [...credentials].sort((a, b) => b.length - a.length)) {
    if (out.includes(c)) out = out.replaceAll(c, "***");
  }
  return out;
}
function redactAll(value) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map(redactAll);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactAll(v)]));
  }
  return value;
}
function errorMessage(err) {
  return redact(err instanceof Error ? err.message : String(err));
}
function accountOf(arn) {
  return arn?.split(":")[4]?.match(/^\d{12}$/)?.[0];
}
function maskAccountId(accountId) {
  if (!accountId || !/^\d{12}$/.test(accountId)) return false;
  setSecret(accountId);
  return true;
}

export {
  maskCredential,
  maskCredentials,
  redact,
  redactAll,
  errorMessage,
  accountOf,
  maskAccountId
};
//# sourceMappingURL=chunk-QQWOVIAR.js.map
