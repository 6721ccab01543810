import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  ApiGatewayV2Client
} from "./chunk-KQ6TQYQ4.js";
import {
  APIGatewayClient
} from "./chunk-W7EJCJQ4.js";
import {
  CloudWatchClient
} from "./chunk-2X5HLXTQ.js";
import {
  EventBridgeClient
} from "./chunk-VIZMCPZV.js";
import {
  SNSClient
} from "./chunk-7AD26AX5.js";
import {
  SQSClient
} from "./chunk-235HVGAZ.js";
import {
  IAMClient
} from "./chunk-GX45JUQT.js";
import {
  LambdaClient
} from "./chunk-IZJAQB5K.js";
import {
  S3Client
} from "./chunk-6BCDY4AP.js";
import {
  CloudWatchLogsClient
} from "./chunk-W4K56SDA.js";

// ../local-cloud/src/stacks/clients.ts
function clientConfig(endpoint, region, credentials) {
  return { endpoint, region, credentials, maxAttempts: 2 };
}
var sqsClient = (c) => new SQSClient(clientConfig(c.endpoint, c.region, c.credentials));
var snsClient = (c) => new SNSClient(clientConfig(c.endpoint, c.region, c.credentials));
var lambdaClient = (c) => new LambdaClient(clientConfig(c.endpoint, c.region, c.credentials));
var eventsClient = (c) => new EventBridgeClient(clientConfig(c.endpoint, c.region, c.credentials));
var logsClient = (c) => new CloudWatchLogsClient(clientConfig(c.endpoint, c.region, c.credentials));
var iamClient = (c) => new IAMClient(clientConfig(c.endpoint, c.region, c.credentials));
var cloudWatchClient = (c) => new CloudWatchClient(clientConfig(c.endpoint, c.region, c.credentials));
var apiGatewayClient = (c) => new APIGatewayClient(clientConfig(c.endpoint, c.region, c.credentials));
var apiGatewayV2Client = (c) => new ApiGatewayV2Client(clientConfig(c.endpoint, c.region, c.credentials));
var s3Client = (c) => new S3Client({ ...clientConfig(c.endpoint, c.region, c.credentials), forcePathStyle: true });
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
//# sourceMappingURL=chunk-K4VLPNN4.js.map
