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
} from "./chunk-CFSOODBZ.js";
import "./chunk-MSDHKHT2.js";
import "./chunk-LE5S7OFV.js";
import "./chunk-BWOYL25Z.js";
import "./chunk-P5JCW2CP.js";
import "./chunk-D6TGKWEP.js";
import "./chunk-EQU5NL7Q.js";
import "./chunk-JHSR5MPG.js";
import "./chunk-E6JTXTBQ.js";
import "./chunk-SMGU4NQ2.js";
import "./chunk-RXP5WBNN.js";
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
//# sourceMappingURL=clients-IT3PLR6X.js.map
