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
} from "./chunk-PYI3X2WV.js";
import "./chunk-WE6EZG4Y.js";
import "./chunk-KYDHXOKU.js";
import "./chunk-WP4V3U5D.js";
import "./chunk-HP2NSCGW.js";
import "./chunk-CEYHV3SW.js";
import "./chunk-MJZH5OTB.js";
import "./chunk-O5OYDHOI.js";
import "./chunk-XHICJTCP.js";
import "./chunk-5NIXFRJP.js";
import "./chunk-3UW5BZYA.js";
import "./chunk-IUBNBG5Z.js";
import "./chunk-4BRBRDEK.js";
import "./chunk-QM56YZ3N.js";
import "./chunk-HSRD3E5J.js";
import "./chunk-IJRIUNK3.js";
import "./chunk-BDJLQ6TI.js";
import "./chunk-HYOXK3YQ.js";
import "./chunk-OPEFMYYD.js";
import "./chunk-BGBLYV55.js";
import "./chunk-SF4A7HZF.js";
import "./chunk-VGA326HN.js";
import "./chunk-5ULBMXNG.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-4NZOGS53.js";
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
//# sourceMappingURL=clients-E4BCSIYO.js.map
