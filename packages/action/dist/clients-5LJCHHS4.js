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
} from "./chunk-2ASMICLT.js";
import "./chunk-6NZP4HHL.js";
import "./chunk-CGPVZ6MK.js";
import "./chunk-2VMN4LIK.js";
import "./chunk-Y2HC2F4A.js";
import "./chunk-FCNQMBVU.js";
import "./chunk-OLI24OAJ.js";
import "./chunk-334X77EK.js";
import "./chunk-LENEVVKC.js";
import "./chunk-LRV6FAAJ.js";
import "./chunk-O42ZGRJR.js";
import "./chunk-6OW42344.js";
import "./chunk-MIQPKJMI.js";
import "./chunk-CYGP63FV.js";
import "./chunk-HYOXK3YQ.js";
import "./chunk-OPEFMYYD.js";
import "./chunk-Y6V7PXTC.js";
import "./chunk-SF4A7HZF.js";
import "./chunk-BRBA4B7W.js";
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
//# sourceMappingURL=clients-5LJCHHS4.js.map
