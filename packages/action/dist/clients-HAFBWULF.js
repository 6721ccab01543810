import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  apiGatewayClient,
  apiGatewayV2Client,
  bool,
  clientConfig,
  cloudWatchClient,
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
} from "./chunk-K4VLPNN4.js";
import "./chunk-KQ6TQYQ4.js";
import "./chunk-W7EJCJQ4.js";
import "./chunk-2X5HLXTQ.js";
import "./chunk-VIZMCPZV.js";
import "./chunk-7AD26AX5.js";
import "./chunk-235HVGAZ.js";
import "./chunk-GX45JUQT.js";
import "./chunk-IZJAQB5K.js";
import "./chunk-6BCDY4AP.js";
import "./chunk-QDZGVRZ6.js";
import "./chunk-W4K56SDA.js";
import "./chunk-VSEYQAEP.js";
import "./chunk-E3UHNKBD.js";
import "./chunk-LXQWPYFG.js";
import "./chunk-6MWGFO5T.js";
import "./chunk-VLWNQS2G.js";
import "./chunk-MOEOEYN6.js";
import "./chunk-ZX3B5RNJ.js";
import "./chunk-MVEBVMQP.js";
import "./chunk-A35NYCCP.js";
import "./chunk-2ST3NFII.js";
import "./chunk-5ULBMXNG.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-4NZOGS53.js";
import "./chunk-7XKFUN2L.js";
import "./chunk-QD7QKGRY.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-DBFYPCXS.js";
export {
  apiGatewayClient,
  apiGatewayV2Client,
  bool,
  clientConfig,
  cloudWatchClient,
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
//# sourceMappingURL=clients-HAFBWULF.js.map
