import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  CloudFormationClient
} from "./chunk-RDUIF6TO.js";
import {
  IAMClient
} from "./chunk-OLI24OAJ.js";
import {
  LambdaClient
} from "./chunk-334X77EK.js";
import {
  S3Client
} from "./chunk-LENEVVKC.js";
import "./chunk-6OW42344.js";
import "./chunk-MIQPKJMI.js";
import "./chunk-CYGP63FV.js";
import "./chunk-HYOXK3YQ.js";
import "./chunk-OPEFMYYD.js";
import "./chunk-Y6V7PXTC.js";
import "./chunk-SF4A7HZF.js";
import "./chunk-BRBA4B7W.js";
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
//# sourceMappingURL=clients-O7MBU7S7.js.map
