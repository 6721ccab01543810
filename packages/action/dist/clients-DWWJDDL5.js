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
} from "./chunk-TEBLBSPA.js";
import "./chunk-LXMC4KRI.js";
import "./chunk-45UFZPRD.js";
import "./chunk-YUDFTSBI.js";
import "./chunk-7FLPMKBZ.js";
import "./chunk-ARFPCMVT.js";
import "./chunk-2XL7TDV6.js";
import "./chunk-5UABYKYS.js";
import "./chunk-ZBEUYKAL.js";
import "./chunk-7JRLJB4D.js";
import "./chunk-L5RRZF5F.js";
import "./chunk-3CVRIYYD.js";
import "./chunk-MGKNGR5I.js";
import "./chunk-5ZKCO65P.js";
import "./chunk-3JE6MROH.js";
import "./chunk-MVGRCA6P.js";
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
//# sourceMappingURL=clients-DWWJDDL5.js.map
