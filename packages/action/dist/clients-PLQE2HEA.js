import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  LOCAL_CREDENTIALS,
  bool,
  clientConfig,
  eventsClient,
  gone,
  iamClient,
  isNotFound,
  isUnsupported,
  jsonText,
  lambdaClient,
  logsClient,
  num,
  optional,
  s3Client,
  snsClient,
  sqsClient,
  str,
  tagMap
} from "./chunk-BRHHFXYF.js";
import "./chunk-AJMOILI3.js";
import "./chunk-VKEXHC6Y.js";
import "./chunk-MWQZNI3F.js";
import "./chunk-SZSWPAUX.js";
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
export {
  LOCAL_CREDENTIALS,
  bool,
  clientConfig,
  eventsClient,
  gone,
  iamClient,
  isNotFound,
  isUnsupported,
  jsonText,
  lambdaClient,
  logsClient,
  num,
  optional,
  s3Client,
  snsClient,
  sqsClient,
  str,
  tagMap
};
