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
  "SERVERLESS_ACCESS_KEY"
];
function maskCredentials(env = process.env) {
  const found = [];
  for (const name of SECRET_VARIABLES) {
    const value = env[name];
    if (value) {
      setSecret(value);
      found.push(name);
    }
  }
  return found;
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
  maskCredentials,
  accountOf,
  maskAccountId
};
//# sourceMappingURL=chunk-I27KDBHA.js.map
