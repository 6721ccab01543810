import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  CloudFormationClient
} from "./chunk-CP7BEQIF.js";
import {
  IAMClient
} from "./chunk-SSFORZW2.js";
import {
  LambdaClient
} from "./chunk-UTC7KQF4.js";
import {
  S3Client
} from "./chunk-HUTXNMML.js";
import "./chunk-3UW5BZYA.js";
import "./chunk-ZXIO5N3V.js";
import "./chunk-QM56YZ3N.js";
import "./chunk-JQCVDBRG.js";
import "./chunk-IJRIUNK3.js";
import "./chunk-HYOXK3YQ.js";
import "./chunk-OPEFMYYD.js";
import "./chunk-KDB45KAP.js";
import "./chunk-SF4A7HZF.js";
import "./chunk-353QEBLS.js";
import "./chunk-5ULBMXNG.js";
import "./chunk-4NZOGS53.js";
import "./chunk-BDJLQ6TI.js";
import "./chunk-Z7AS5MZG.js";
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
//# sourceMappingURL=clients-NDRIDLST.js.map
