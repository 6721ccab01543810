import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  CloudFormationClient
} from "./chunk-LB35VWSY.js";
import {
  IAMClient
} from "./chunk-O5OYDHOI.js";
import {
  LambdaClient
} from "./chunk-XHICJTCP.js";
import {
  S3Client
} from "./chunk-5NIXFRJP.js";
import "./chunk-3UW5BZYA.js";
import "./chunk-4BRBRDEK.js";
import "./chunk-QM56YZ3N.js";
import "./chunk-HSRD3E5J.js";
import "./chunk-IJRIUNK3.js";
import "./chunk-BDJLQ6TI.js";
import "./chunk-HYOXK3YQ.js";
import "./chunk-OPEFMYYD.js";
import "./chunk-BGBLYV55.js";
import "./chunk-SF4A7HZF.js";
import "./chunk-VGA326HN.js";
import "./chunk-5ULBMXNG.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-4NZOGS53.js";
import "./chunk-BXQAI5R4.js";
import "./chunk-JMQYVHQO.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-DBFYPCXS.js";

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
//# sourceMappingURL=clients-5O74GIRH.js.map
