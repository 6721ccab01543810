import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  ApiGatewayV2Client
} from "./chunk-WE6EZG4Y.js";
import {
  APIGatewayClient
} from "./chunk-KYDHXOKU.js";
import {
  CloudWatchClient
} from "./chunk-WP4V3U5D.js";
import {
  EventBridgeClient
} from "./chunk-HP2NSCGW.js";
import {
  SNSClient
} from "./chunk-CEYHV3SW.js";
import {
  SQSClient
} from "./chunk-MJZH5OTB.js";
import {
  IAMClient
} from "./chunk-O5OYDHOI.js";
import {
  LambdaClient
} from "./chunk-XHICJTCP.js";
import {
  S3Client
} from "./chunk-5NIXFRJP.js";
import {
  CloudWatchLogsClient
} from "./chunk-IUBNBG5Z.js";

// ../local-cloud/src/stacks/clients.ts
var LOCAL_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
function clientConfig(endpoint, region) {
  return { endpoint, region, credentials: LOCAL_CREDENTIALS, maxAttempts: 2 };
}
var sqsClient = (c) => new SQSClient(clientConfig(c.endpoint, c.region));
var snsClient = (c) => new SNSClient(clientConfig(c.endpoint, c.region));
var lambdaClient = (c) => new LambdaClient(clientConfig(c.endpoint, c.region));
var eventsClient = (c) => new EventBridgeClient(clientConfig(c.endpoint, c.region));
var logsClient = (c) => new CloudWatchLogsClient(clientConfig(c.endpoint, c.region));
var iamClient = (c) => new IAMClient(clientConfig(c.endpoint, c.region));
var cloudWatchClient = (c) => new CloudWatchClient(clientConfig(c.endpoint, c.region));
var apiGatewayClient = (c) => new APIGatewayClient(clientConfig(c.endpoint, c.region));
var apiGatewayV2Client = (c) => new ApiGatewayV2Client(clientConfig(c.endpoint, c.region));
var s3Client = (c) => new S3Client({ ...clientConfig(c.endpoint, c.region), forcePathStyle: true });
function codeOf(err) {
  return String(err?.name ?? err?.Code ?? "");
}
function statusOf(err) {
  return err?.$metadata?.httpStatusCode;
}
function isUnsupported(err) {
  const code = codeOf(err);
  return ["NotImplemented", "UnknownOperationException", "InvalidAction", "UnknownService"].includes(code) || statusOf(err) === 501;
}
function isNotFound(err) {
  const code = codeOf(err);
  return /NotFound|NoSuch|DoesNotExist/.test(code) || code === "AWS.SimpleQueueService.NonExistentQueue";
}
async function optional(ctx, what, step) {
  try {
    await step();
  } catch (err) {
    if (!isUnsupported(err)) throw err;
    ctx.warn(`${what} is not served by this local cloud; skipped`);
  }
}
async function gone(step) {
  try {
    await step();
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
}
async function exists(read) {
  try {
    await read();
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}
function tagMap(tags) {
  if (!Array.isArray(tags) || tags.length === 0) return void 0;
  return Object.fromEntries(tags.map((t) => [t.Key, String(t.Value)]));
}
function jsonText(v) {
  if (v === void 0) return void 0;
  return typeof v === "string" ? v : JSON.stringify(v);
}
var str = (v) => v === void 0 ? void 0 : String(v);
var num = (v) => v === void 0 ? void 0 : Number(v);
var bool = (v) => v === void 0 ? void 0 : v === true || v === "true";

export {
  LOCAL_CREDENTIALS,
  clientConfig,
  sqsClient,
  snsClient,
  lambdaClient,
  eventsClient,
  logsClient,
  iamClient,
  cloudWatchClient,
  apiGatewayClient,
  apiGatewayV2Client,
  s3Client,
  codeOf,
  isUnsupported,
  isNotFound,
  optional,
  gone,
  exists,
  tagMap,
  jsonText,
  str,
  num,
  bool
};
//# sourceMappingURL=chunk-PYI3X2WV.js.map
