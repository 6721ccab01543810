import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  CloudFormationClient
} from "./chunk-Z4SFASCJ.js";
import {
  IAMClient
} from "./chunk-GX45JUQT.js";
import {
  LambdaClient
} from "./chunk-IZJAQB5K.js";
import {
  S3Client
} from "./chunk-6BCDY4AP.js";
import "./chunk-QDZGVRZ6.js";
import "./chunk-VSEYQAEP.js";
import "./chunk-E3UHNKBD.js";
import "./chunk-LXQWPYFG.js";
import "./chunk-6MWGFO5T.js";
import "./chunk-VLWNQS2G.js";
import "./chunk-MOEOEYN6.js";
import "./chunk-ZX3B5RNJ.js";
import "./chunk-MVEBVMQP.js";
import "./chunk-A35NYCCP.js";
import "./chunk-2ST3NFII.js";
import "./chunk-5ULBMXNG.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-4NZOGS53.js";
import "./chunk-7XKFUN2L.js";
import "./chunk-QD7QKGRY.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-DBFYPCXS.js";

// ../deploy/src/clients.ts
var DUMMY_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
function credentials() {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
  if (!accessKeyId || !secretAccessKey) return DUMMY_CREDENTIALS;
  return { accessKeyId, secretAccessKey, sessionToken: process.env.AWS_SESSION_TOKEN || void 0 };
}
function config({ endpoint, region }) {
  return { endpoint, region, credentials: credentials(), maxAttempts: 2 };
}
var cloudFormationClient = (w) => new CloudFormationClient(config(w));
var lambdaClient = (w) => new LambdaClient(config(w));
var iamClient = (w) => new IAMClient(config(w));
var s3Client = (w) => new S3Client({ ...config(w), forcePathStyle: true });
export {
  cloudFormationClient,
  iamClient,
  lambdaClient,
  s3Client
};
//# sourceMappingURL=clients-4ABZ3OW7.js.map
