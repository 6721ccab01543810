import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  require_dist_cjs,
  require_dist_cjs2,
  require_dist_cjs3 as require_dist_cjs6,
  require_dist_cjs4 as require_dist_cjs7
} from "./chunk-TP7MG2KS.js";
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-WMXKELRN.js";
import {
  require_dist_cjs as require_dist_cjs4
} from "./chunk-SOOXIODJ.js";
import {
  require_dist_cjs as require_dist_cjs5
} from "./chunk-YL2NB2ZG.js";
import {
  __toESM
} from "./chunk-QL5DKQCF.js";

// ../local-cloud/src/stacks/clients.ts
var import_client_cloudwatch_logs = __toESM(require_dist_cjs(), 1);
var import_client_eventbridge = __toESM(require_dist_cjs2(), 1);
var import_client_iam = __toESM(require_dist_cjs3(), 1);
var import_client_lambda = __toESM(require_dist_cjs4(), 1);
var import_client_s3 = __toESM(require_dist_cjs5(), 1);
var import_client_sns = __toESM(require_dist_cjs6(), 1);
var import_client_sqs = __toESM(require_dist_cjs7(), 1);
var LOCAL_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
function clientConfig(endpoint, region) {
  return { endpoint, region, credentials: LOCAL_CREDENTIALS, maxAttempts: 2 };
}
var sqsClient = (c) => new import_client_sqs.SQSClient(clientConfig(c.endpoint, c.region));
var snsClient = (c) => new import_client_sns.SNSClient(clientConfig(c.endpoint, c.region));
var lambdaClient = (c) => new import_client_lambda.LambdaClient(clientConfig(c.endpoint, c.region));
var eventsClient = (c) => new import_client_eventbridge.EventBridgeClient(clientConfig(c.endpoint, c.region));
var logsClient = (c) => new import_client_cloudwatch_logs.CloudWatchLogsClient(clientConfig(c.endpoint, c.region));
var iamClient = (c) => new import_client_iam.IAMClient(clientConfig(c.endpoint, c.region));
var s3Client = (c) => new import_client_s3.S3Client({ ...clientConfig(c.endpoint, c.region), forcePathStyle: true });
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
  s3Client,
  isUnsupported,
  isNotFound,
  optional,
  gone,
  tagMap,
  jsonText,
  str,
  num,
  bool
};
