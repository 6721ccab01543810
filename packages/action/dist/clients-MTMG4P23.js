import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  LOCAL_CREDENTIALS,
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
} from "./chunk-BKP3TOO2.js";
import "./chunk-3BOWQQIE.js";
import "./chunk-CATKY5LW.js";
import "./chunk-JAKIIEF2.js";
import "./chunk-CJBTALQO.js";
import "./chunk-ODDHJKCU.js";
import "./chunk-SSFORZW2.js";
import "./chunk-UTC7KQF4.js";
import "./chunk-HUTXNMML.js";
import "./chunk-3UW5BZYA.js";
import "./chunk-W5YIZJ3Z.js";
import "./chunk-VS4WBRXH.js";
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
export {
  LOCAL_CREDENTIALS,
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
//# sourceMappingURL=clients-MTMG4P23.js.map
