import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  LOCAL_CREDENTIALS,
  bool,
  clientConfig,
  codeOf,
  eventsClient,
  exists,
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
} from "./chunk-XXXCHORV.js";
import "./chunk-WA2KBYDV.js";
import "./chunk-ATWEOBVI.js";
import "./chunk-APPDZLP7.js";
import "./chunk-4GYIVAOB.js";
import "./chunk-VZJYUGPX.js";
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
export {
  LOCAL_CREDENTIALS,
  bool,
  clientConfig,
  codeOf,
  eventsClient,
  exists,
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
//# sourceMappingURL=clients-V5F7FW7E.js.map
