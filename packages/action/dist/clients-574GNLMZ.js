import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  CloudFormationClient
} from "./chunk-GLO47B76.js";
import {
  IAMClient
} from "./chunk-VKEXHC6Y.js";
import {
  LambdaClient
} from "./chunk-MWQZNI3F.js";
import {
  S3Client
} from "./chunk-SZSWPAUX.js";
import "./chunk-FAPAOJ5U.js";
import "./chunk-7GEBJH6Z.js";
import "./chunk-YU3GZCTO.js";
import "./chunk-FKI3HYIB.js";
import "./chunk-2SNUN3UF.js";
import "./chunk-4DVMR5TW.js";
import "./chunk-Y233AATY.js";
import "./chunk-3LM7QGB6.js";
import "./chunk-LLGAGLA7.js";
import "./chunk-ZUAEK74L.js";
import "./chunk-I5IRQRV3.js";

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
