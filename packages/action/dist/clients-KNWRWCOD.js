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
} from "./chunk-FNGYB5OR.js";
import "./chunk-TP7MG2KS.js";
import "./chunk-WMXKELRN.js";
import "./chunk-SOOXIODJ.js";
import "./chunk-YL2NB2ZG.js";
import "./chunk-O7GQEJVF.js";
import "./chunk-OVRXPEJS.js";
import "./chunk-PJKH72HI.js";
import "./chunk-QL5DKQCF.js";
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
