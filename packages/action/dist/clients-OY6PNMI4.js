import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  CloudFormationClient
} from "./chunk-PF7KDXMA.js";
import {
  IAMClient
} from "./chunk-ATWEOBVI.js";
import {
  LambdaClient
} from "./chunk-4GYIVAOB.js";
import {
  S3Client
} from "./chunk-VZJYUGPX.js";
import "./chunk-USKHDH5L.js";
import "./chunk-ICFWPHZT.js";
import "./chunk-5UABYKYS.js";
import "./chunk-ZGHTCLCK.js";
import "./chunk-TXLY2R7U.js";
import "./chunk-L5RRZF5F.js";
import "./chunk-MOH3A3KK.js";
import "./chunk-L5RTCSRA.js";
import "./chunk-CD3RXBJC.js";
import "./chunk-3JE6MROH.js";
import "./chunk-GFD54S3Z.js";

// ../deploy/src/clients.ts
var DUMMY_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
function config({ endpoint, region }) {
  return { endpoint, region, credentials: DUMMY_CREDENTIALS, maxAttempts: 2 };
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
//# sourceMappingURL=clients-OY6PNMI4.js.map
