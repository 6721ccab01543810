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
} from "./chunk-3O2TEYEK.js";
import "./chunk-3GK5KZJM.js";
import "./chunk-4Q42BPZU.js";
import "./chunk-OD6ZT3XK.js";
import "./chunk-XVDQTYOP.js";
import "./chunk-ESLOOF7J.js";
import "./chunk-ZJYFBD46.js";
import "./chunk-YU3GZCTO.js";
import "./chunk-FKI3HYIB.js";
import "./chunk-5BIBIHRH.js";
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
