import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  CloudFormationClient
} from "./chunk-C4KDWLZ3.js";
import {
  IAMClient
} from "./chunk-EQU5NL7Q.js";
import {
  LambdaClient
} from "./chunk-JHSR5MPG.js";
import {
  S3Client
} from "./chunk-E6JTXTBQ.js";
import "./chunk-7HSEEZGG.js";
import "./chunk-DNW7OUT4.js";
import "./chunk-37TVGMJJ.js";
import "./chunk-HYOXK3YQ.js";
import "./chunk-OPEFMYYD.js";
import "./chunk-Y6V7PXTC.js";
import "./chunk-I2J5YOOQ.js";
import "./chunk-BRBA4B7W.js";
import "./chunk-4NZOGS53.js";
import "./chunk-A7CD2ZHA.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-SWHUK2SU.js";
import "./chunk-JMQYVHQO.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-MVGRCA6P.js";

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
//# sourceMappingURL=clients-BQA3ITI4.js.map
