import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  deployStage,
  placeholderLine,
  removeStage,
  serverlessStackName,
  stackPlaceholders
} from "./chunk-TGRPST5Q.js";
import {
  DeleteRuleCommand,
  DescribeEventBusCommand,
  EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand
} from "./chunk-VIZMCPZV.js";
import {
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  SNSClient,
  SubscribeCommand,
  UnsubscribeCommand
} from "./chunk-7AD26AX5.js";
import {
  ChangeMessageVisibilityBatchCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SQSClient,
  SetQueueAttributesCommand
} from "./chunk-235HVGAZ.js";
import {
  IAMClient,
  SimulatePrincipalPolicyCommand
} from "./chunk-GX45JUQT.js";
import {
  DeleteFunctionConcurrencyCommand,
  DeleteFunctionEventInvokeConfigCommand,
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionEventInvokeConfigCommand,
  InvokeCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
  UpdateFunctionEventInvokeConfigCommand
} from "./chunk-IZJAQB5K.js";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  S3Client
} from "./chunk-6BCDY4AP.js";
import {
  CloudWatchLogsClient,
  FilterLogEventsCommand
} from "./chunk-W4K56SDA.js";
import {
  commandExists
} from "./chunk-6OP734ML.js";
import {
  ConfigError,
  PreflightError,
  RunStopped,
  checkNameLengths,
  loadRun
} from "./chunk-VRT7EDPR.js";

// ../verify/src/doctor.ts
import { existsSync as existsSync2 } from "node:fs";

// ../verify/src/clients.ts
var LOCAL_ENDPOINT = "http://127.0.0.1:4566";
function resolveEndpoint(options) {
  const endpoint = options.endpoint ?? process.env.AWS_ENDPOINT_URL;
  if (endpoint) return endpoint.replace(/\/$/, "");
  return options.cloud === "local" ? LOCAL_ENDPOINT : void 0;
}
function resolveRegion(options) {
  return options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "us-east-1";
}
function createClients(options) {
  const region = resolveRegion(options);
  const cloud = options.cloud ?? "aws";
  const endpoint = resolveEndpoint(options);
  const hasEnvCredentials = Boolean(process.env.AWS_ACCESS_KEY_ID || process.env.AWS_PROFILE);
  const credentials = cloud === "local" && !hasEnvCredentials ? { accessKeyId: "test", secretAccessKey: "test" } : void 0;
  const base = { region, endpoint, credentials };
  const lambda = new LambdaClient({ ...base, retryMode: "adaptive", maxAttempts: 6 });
  const sqs = new SQSClient(base);
  const sns = new SNSClient(base);
  const events = new EventBridgeClient(base);
  const logs = new CloudWatchLogsClient(base);
  const s3 = new S3Client({ ...base, forcePathStyle: Boolean(endpoint) });
  const iam = new IAMClient({ ...base, region: endpoint ? region : "us-east-1" });
  return {
    region,
    cloud,
    endpoint,
    lambda,
    sqs,
    sns,
    events,
    logs,
    s3,
    iam,
    destroy() {
      for (const c of [lambda, sqs, sns, events, logs, s3, iam]) c.destroy();
    }
  };
}
function errorCode(err) {
  return err && typeof err === "object" && "name" in err ? String(err.name) : void 0;
}
function errorStatus(err) {
  return err?.$metadata?.httpStatusCode;
}

// ../verify/src/cloudInfo.ts
async function getJson(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5e3) });
    return res.ok ? await res.json() : void 0;
  } catch {
    return void 0;
  }
}
async function readLocalCloud(endpoint) {
  if (!endpoint) return void 0;
  const body = await getJson(`${endpoint}/_localcloud/health`);
  if (typeof body?.timeScale !== "number" || body.timeScale < 0) return void 0;
  return { accountId: typeof body.accountId === "string" ? body.accountId : "", timeScale: body.timeScale };
}
async function readRuntimes(endpoint, runtimes) {
  const body = await getJson(
    `${endpoint}/_localcloud/runtimes?runtime=${encodeURIComponent(runtimes.join(","))}`
  );
  return body?.runtimes;
}

// ../verify/src/placeholders.ts
var NOT_EMULATED = "Not emulated by the local cloud: inert placeholders stand in for these resources (their Ref and Fn::GetAtt values have AWS formats); a handler that calls one will fail.";
function placeholderLines(placeholders) {
  return placeholders.map((p) => `warning: not emulated: ${placeholderLine(p)}`);
}
function placeholderProblems(placeholders, strict = false) {
  return placeholders.map((p) => ({
    level: strict ? "error" : "warning",
    check: "placeholder",
    subject: p.logicalId,
    message: `${p.logicalId} (${p.type}) is not emulated by the local cloud, only an inert placeholder: a handler that calls it will fail${strict ? "; strict mode allows none" : ""}`
  }));
}
async function deployedPlaceholders(target) {
  try {
    const stackName = await serverlessStackName(target.serviceDir, target.stage);
    return await stackPlaceholders({ stackName, region: target.region, endpoint: target.endpoint }) ?? [];
  } catch {
    return [];
  }
}

// ../verify/src/arn.ts
function parseArn(arn) {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return void 0;
  return {
    partition: parts[1],
    service: parts[2],
    region: parts[3],
    account: parts[4],
    resource: parts.slice(5).join(":")
  };
}
function destinationType(arn) {
  const s = parseArn(arn)?.service;
  return s === "sqs" || s === "sns" || s === "events" || s === "lambda" || s === "s3" ? s : void 0;
}
function functionNameOf(arnOrName) {
  const a = parseArn(arnOrName);
  if (!a) return arnOrName;
  return a.resource.split(":")[1] ?? arnOrName;
}
function unqualified(functionArn) {
  return functionArn.split(":").slice(0, 7).join(":");
}
function resourceName(arn) {
  const r = parseArn(arn)?.resource ?? arn;
  return r.split(/[/:]/).pop() ?? r;
}

// ../verify/src/state.ts
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
function newRunState(where, file) {
  return {
    version: 1,
    region: where.region,
    cloud: where.cloud,
    endpoint: where.endpoint,
    created: [],
    file
  };
}
function recordCreated(state, resource) {
  state.created.push(resource);
  save(state);
}
function recordRemoved(state, resource) {
  const at = state.created.indexOf(resource);
  if (at < 0) return;
  state.created.splice(at, 1);
  save(state);
}
function recordStage(state, stage) {
  state.stage = stage;
  save(state);
}
function recordNeed(state, index, need) {
  state.needs ??= [];
  state.needs[index] = need;
  save(state);
}
function save(state) {
  if (!state.file) return;
  if (state.created.length === 0 && !state.stage && !state.needs?.length) {
    rmSync(state.file, { force: true });
    return;
  }
  const { file: _file, ...rest } = state;
  writeFileSync(state.file, `${JSON.stringify(rest, null, 2)}
`);
}
function readRunState(file) {
  if (!existsSync(file)) return void 0;
  return { ...JSON.parse(readFileSync(file, "utf8")), file };
}

// ../verify/src/tap/cleanup.ts
async function cleanupTaps(stateOrFile, clients) {
  const state = typeof stateOrFile === "string" ? readRunState(stateOrFile) : stateOrFile;
  if (!state || state.created.length === 0) return [];
  const own = clients ?? createClients({ region: state.region, cloud: state.cloud, endpoint: state.endpoint });
  const errors = [];
  try {
    for (const r of [...state.created].reverse()) {
      const error = await restoreRecorded(own, r);
      if (error) errors.push(error);
      else recordRemoved(state, r);
    }
  } finally {
    if (!clients) own.destroy();
  }
  return errors;
}
async function restoreRecorded(clients, r) {
  try {
    await undo(clients, r);
    return void 0;
  } catch (err) {
    if (gone(err)) return void 0;
    const verb = r.type === "functionConcurrency" || r.type === "eventInvokeConfig" ? "restore" : "remove";
    return `could not ${verb} ${describe(r)}: ${err instanceof Error ? err.message : String(err)}`;
  }
}
async function undo(clients, r) {
  switch (r.type) {
    case "sqsQueue":
      await clients.sqs.send(new DeleteQueueCommand({ QueueUrl: r.queueUrl }));
      return;
    case "snsSubscription":
      await clients.sns.send(new UnsubscribeCommand({ SubscriptionArn: r.subscriptionArn }));
      return;
    case "eventsRule":
      if (r.targetIds.length)
        await clients.events.send(
          new RemoveTargetsCommand({ Rule: r.ruleName, EventBusName: r.eventBusName, Ids: r.targetIds })
        );
      await clients.events.send(new DeleteRuleCommand({ Name: r.ruleName, EventBusName: r.eventBusName }));
      return;
    case "functionConcurrency":
      if (r.previous === null)
        await clients.lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: r.functionName }));
      else
        await clients.lambda.send(
          new PutFunctionConcurrencyCommand({
            FunctionName: r.functionName,
            ReservedConcurrentExecutions: r.previous
          })
        );
      return;
    case "eventInvokeConfig":
      if (r.previous === null)
        await clients.lambda.send(
          new DeleteFunctionEventInvokeConfigCommand({
            FunctionName: r.functionName,
            Qualifier: r.qualifier
          })
        );
      else
        await clients.lambda.send(
          new PutFunctionEventInvokeConfigCommand({
            FunctionName: r.functionName,
            Qualifier: r.qualifier,
            ...r.previous
          })
        );
      return;
  }
}
function describe(r) {
  switch (r.type) {
    case "sqsQueue":
      return `queue ${r.queueUrl}`;
    case "snsSubscription":
      return `subscription ${r.subscriptionArn}`;
    case "eventsRule":
      return `rule ${r.ruleName} on ${r.eventBusName}`;
    case "functionConcurrency":
      return `the reserved concurrency of ${r.functionName} (${r.previous ?? "none"})`;
    case "eventInvokeConfig":
      return `the EventInvokeConfig of ${r.functionName}:${r.qualifier}${r.previous ? "" : " (none)"}`;
  }
}
function gone(err) {
  return errorStatus(err) === 404 || /NotFound|NonExistent|DoesNotExist/.test(errorCode(err) ?? "");
}

// ../verify/src/arrange.ts
var MINIMUM_EVENT_AGE_SECONDS = 60;
function settingsFor(spec, fn) {
  const eventAge = spec.expect.condition === "EventAgeExceeded";
  return {
    maximumRetryAttempts: spec.maximumRetryAttempts ?? (eventAge ? Math.max(1, fn.maximumRetryAttempts) : fn.maximumRetryAttempts),
    maximumEventAgeInSeconds: spec.maximumEventAgeInSeconds ?? (eventAge ? MINIMUM_EVENT_AGE_SECONDS : fn.maximumEventAgeInSeconds)
  };
}
function caseFunction(spec, fn) {
  return { ...fn, ...settingsFor(spec, fn) };
}
function arrangementFor(spec, fn) {
  const wanted = settingsFor(spec, fn);
  const a = {};
  if (spec.expect.condition === "ZeroReservedConcurrency") a.reservedConcurrency = 0;
  if (wanted.maximumRetryAttempts !== fn.maximumRetryAttempts)
    a.maximumRetryAttempts = wanted.maximumRetryAttempts;
  if (wanted.maximumEventAgeInSeconds !== fn.maximumEventAgeInSeconds)
    a.maximumEventAgeInSeconds = wanted.maximumEventAgeInSeconds;
  return Object.keys(a).length ? a : void 0;
}
function describeArrangement(a, fn) {
  const parts = [];
  if (a.reservedConcurrency !== void 0) parts.push(`reserved concurrency ${a.reservedConcurrency}`);
  if (a.maximumRetryAttempts !== void 0)
    parts.push(`MaximumRetryAttempts ${a.maximumRetryAttempts} (now ${fn.maximumRetryAttempts})`);
  if (a.maximumEventAgeInSeconds !== void 0)
    parts.push(`MaximumEventAgeInSeconds ${a.maximumEventAgeInSeconds} (now ${fn.maximumEventAgeInSeconds})`);
  return `${parts.join(", ")} on ${fn.functionName}${fn.qualifier === "$LATEST" ? "" : `:${fn.qualifier}`}`;
}
async function arrange(clients, state, fn, a) {
  const made = [];
  const step = async (record, change) => {
    recordCreated(state, record);
    made.push(record);
    await change();
  };
  try {
    if (a.reservedConcurrency !== void 0) {
      const now = await clients.lambda.send(
        new GetFunctionConcurrencyCommand({ FunctionName: fn.functionName })
      );
      await step(
        {
          type: "functionConcurrency",
          functionName: fn.functionName,
          previous: now.ReservedConcurrentExecutions ?? null
        },
        () => clients.lambda.send(
          new PutFunctionConcurrencyCommand({
            FunctionName: fn.functionName,
            ReservedConcurrentExecutions: a.reservedConcurrency
          })
        )
      );
    }
    if (a.maximumRetryAttempts !== void 0 || a.maximumEventAgeInSeconds !== void 0) {
      const now = await clients.lambda.send(
        new GetFunctionEventInvokeConfigCommand({ FunctionName: fn.functionName, Qualifier: fn.qualifier })
      );
      await step(
        {
          type: "eventInvokeConfig",
          functionName: fn.functionName,
          qualifier: fn.qualifier,
          previous: {
            MaximumRetryAttempts: now.MaximumRetryAttempts,
            MaximumEventAgeInSeconds: now.MaximumEventAgeInSeconds,
            DestinationConfig: now.DestinationConfig
          }
        },
        () => clients.lambda.send(
          new UpdateFunctionEventInvokeConfigCommand({
            FunctionName: fn.functionName,
            Qualifier: fn.qualifier,
            MaximumRetryAttempts: a.maximumRetryAttempts,
            MaximumEventAgeInSeconds: a.maximumEventAgeInSeconds
          })
        )
      );
    }
  } catch (err) {
    await restore(clients, state, made);
    throw err;
  }
  return made;
}
async function restore(clients, state, made) {
  const errors = [];
  for (const r of [...made].reverse()) {
    const error = await restoreRecorded(clients, r);
    if (error) errors.push(error);
    else recordRemoved(state, r);
  }
  return errors;
}

// ../verify/src/tap/types.ts
function asRecord(value) {
  const v = value;
  return v && typeof v === "object" && v.requestContext && typeof v.requestContext === "object" ? v : void 0;
}
function parseRecord(text) {
  if (!text) return void 0;
  try {
    return asRecord(JSON.parse(text));
  } catch {
    return void 0;
  }
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
var REFUSED_BEFORE_GONE = 5;
function socketCode(err) {
  const e = err;
  return e?.code ?? socketCode(e?.cause) ?? (e?.errors?.length ? socketCode(e.errors[0]) : void 0);
}
function isRefused(err) {
  return socketCode(err) === "ECONNREFUSED";
}
function isQueueGone(err) {
  const e = err;
  return ["QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue"].includes(e?.name ?? e?.Code ?? "");
}

// ../verify/src/tap/logs.ts
var LOOK_BACK_MS = 6e4;
async function logGroupOf(clients, functionArn) {
  try {
    const out = await clients.lambda.send(new GetFunctionCommand({ FunctionName: functionArn }));
    return out.Configuration?.LoggingConfig?.LogGroup ?? `/aws/lambda/${functionNameOf(functionArn)}`;
  } catch {
    return `/aws/lambda/${functionNameOf(functionArn)}`;
  }
}
async function readLogGroup(clients, logGroupName, ctx, onEvent) {
  const openedAt = Date.now();
  const startTime = openedAt - LOOK_BACK_MS;
  const seen = /* @__PURE__ */ new Set();
  while (!ctx.signal.aborted) {
    try {
      let nextToken;
      do {
        const out = await clients.logs.send(
          new FilterLogEventsCommand({ logGroupName, startTime, nextToken }),
          { abortSignal: ctx.signal }
        );
        for (const e of out.events ?? []) {
          const id = e.eventId ?? `${e.logStreamName}/${e.timestamp}/${e.message}`;
          if (seen.has(id)) continue;
          seen.add(id);
          onEvent(e, openedAt);
        }
        nextToken = out.nextToken;
      } while (nextToken && !ctx.signal.aborted);
    } catch (err) {
      if (ctx.signal.aborted) return;
      if (errorCode(err) !== "ResourceNotFoundException") await sleep(ctx.pollIntervalMs, ctx.signal);
    }
    await sleep(ctx.pollIntervalMs, ctx.signal);
  }
}
function startedSince(e, openedAt) {
  return (e.message ?? "").startsWith("START RequestId:") && (e.timestamp ?? 0) >= openedAt;
}
async function openLogTap(clients, destinationArn, why) {
  const logGroupName = await logGroupOf(clients, destinationArn);
  return {
    destinationArn,
    type: "lambda",
    via: `its log group ${logGroupName}, where it must log each record as one JSON line${why ? ` (${why})` : ""}`,
    run: (ctx) => readLogGroup(clients, logGroupName, ctx, (e, openedAt) => {
      const arrivedAt = Date.now();
      const message = e.message ?? "";
      const record = recordInLine(message);
      if (record && ctx.isOurs(record)) ctx.onArrival({ destinationArn, record, arrivedAt });
      else if (!record && ctx.mentionsOurs(message))
        ctx.onUnreadable({ destinationArn, line: message.trim(), text: message });
      else if (startedSince(e, openedAt)) ctx.onInvoked?.(destinationArn);
    })
  };
}
function jsonInLine(line) {
  const text = line.trim();
  const out = [];
  const parse = (t) => {
    try {
      out.push(JSON.parse(t));
    } catch {
    }
  };
  parse(text);
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start > 0 || end >= 0 && end < text.length - 1) parse(text.slice(start, end + 1));
  return out;
}
function recordInLine(line) {
  for (const value of jsonInLine(line)) {
    const record = asRecord(value);
    if (record) return record;
  }
  return void 0;
}

// ../verify/src/tap/consumer.ts
var POLLING = /* @__PURE__ */ new Set(["Enabled", "Enabling", "Creating", "Updating"]);
async function consumersOf(clients, queueArn) {
  const out = [];
  try {
    let Marker;
    do {
      const page = await clients.lambda.send(
        new ListEventSourceMappingsCommand({ EventSourceArn: queueArn, Marker })
      );
      for (const m of page.EventSourceMappings ?? [])
        if (m.UUID && m.FunctionArn && POLLING.has(m.State ?? "Enabled"))
          out.push({ uuid: m.UUID, functionArn: m.FunctionArn, state: m.State });
      Marker = page.NextMarker;
    } while (Marker);
  } catch {
    return void 0;
  }
  return out;
}
function describeConsumers(consumers) {
  return consumers.map((c) => `${functionNameOf(c.functionArn)} (event source mapping ${c.uuid})`).join(", ");
}
async function readConsumerLog(clients, queueArn, consumer, ctx) {
  const logGroupName = await logGroupOf(clients, consumer.functionArn);
  const name = functionNameOf(consumer.functionArn);
  const current = /* @__PURE__ */ new Map();
  await readLogGroup(clients, logGroupName, ctx, (e, openedAt) => {
    const message = e.message ?? "";
    const start = /^START RequestId: (\S+)/.exec(message);
    if (start) {
      current.set(e.logStreamName ?? "", start[1]);
      if (startedSince(e, openedAt)) ctx.onInvoked?.(queueArn);
      return;
    }
    if (!ctx.mentionsOurs(message)) return;
    const invocation = nodeRequestId(message) ?? current.get(e.logStreamName ?? "");
    const by = `the queue's consumer ${name}${invocation ? ` (invocation ${invocation})` : ""}`;
    const ours = recordsInConsumerLine(message).filter((r) => ctx.isOurs(r));
    for (const record of ours)
      ctx.onArrival({ destinationArn: queueArn, record, arrivedAt: Date.now(), via: by });
    if (ours.length === 0)
      ctx.onUnreadable({ destinationArn: queueArn, line: message.trim(), text: message, by });
  });
}
function recordsInConsumerLine(line) {
  const out = [];
  for (const value of jsonInLine(line)) {
    const record = asRecord(value);
    if (record) out.push(record);
    const records = value?.Records;
    if (Array.isArray(records))
      for (const r of records) {
        const body = r?.body;
        const inner = typeof body === "string" ? parseRecord(body) : asRecord(body);
        if (inner) out.push(inner);
      }
    if (out.length) break;
  }
  return out;
}
function nodeRequestId(line) {
  const id = line.split("	")[1];
  return id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : void 0;
}

// ../verify/src/preflight.ts
var DELIVERY_ACTIONS = {
  sqs: [{ action: "sqs:SendMessage", resource: (a) => a }],
  sns: [{ action: "sns:Publish", resource: (a) => a }],
  events: [{ action: "events:PutEvents", resource: (a) => a }],
  lambda: [{ action: "lambda:InvokeFunction", resource: (a) => a }],
  s3: [
    { action: "s3:PutObject", resource: (a) => `${a}/*` },
    { action: "s3:ListBucket", resource: (a) => a }
  ]
};
var LOW_MAX_RECEIVE = 5;
async function preflight(clients, fn, cases, local) {
  const problems = [];
  if (local)
    problems.push(
      ...await checkRuntime(clients, `function ${fn.functionName}`, fn.functionArn, fn.runtime)
    );
  if (!fn.destinations) {
    problems.push({
      level: "error",
      check: "eventInvokeConfig",
      subject: fn.functionArn,
      message: `function ${fn.functionName} has no EventInvokeConfig for ${fn.qualifier}: add destinations.onSuccess/onFailure to it in serverless.yml`
    });
    return problems;
  }
  for (const kind of new Set(cases.map((c) => c.expect.destination))) {
    if (!fn.destinations[kind])
      problems.push({
        level: "error",
        check: "eventInvokeConfig",
        subject: fn.functionArn,
        destination: kind,
        message: `cases expect ${kind} but function ${fn.functionName} has no ${kind} destination: set destinations.${kind} in serverless.yml`
      });
  }
  const checked = /* @__PURE__ */ new Set();
  for (const [kind, arn] of Object.entries(fn.destinations)) {
    problems.push(...await checkDestination(clients, fn, kind, arn, local));
    if (checked.has(arn)) continue;
    checked.add(arn);
    problems.push(...await checkPermission(clients, fn, arn));
    if (destinationType(arn) === "sqs") problems.push(...await checkConsumers(clients, arn));
  }
  problems.push(...arrangements(fn, cases));
  return problems;
}
function arrangements(fn, cases) {
  return cases.flatMap((c) => {
    const a = arrangementFor(c, fn);
    if (!a) return [];
    return [
      {
        level: "ok",
        check: "arrangement",
        subject: fn.functionArn,
        message: `case '${c.name}' will set ${describeArrangement(a, fn)} while it runs, after the function's other cases, and restore it when its records are in (recorded in the state file: a cancelled run's 'destinations cleanup' restores it too)`
      }
    ];
  });
}
async function checkConsumers(clients, queueArn) {
  const consumers = await consumersOf(clients, queueArn);
  if (!consumers)
    return [
      {
        level: "skipped",
        check: "consumer",
        subject: queueArn,
        message: `consumers of ${queueArn} not checked: the caller may not list event source mappings (lambda:ListEventSourceMappings)`
      }
    ];
  if (consumers.length === 0) return [];
  return [
    {
      level: "warning",
      check: "consumer",
      subject: queueArn,
      message: `destination queue ${queueArn} has a consumer, ${describeConsumers(consumers)}, which may take and delete a record before the verifier reads it: such records are followed into the consumer's log, where it must log the event it gets as one JSON line`
    }
  ];
}
async function checkDestination(clients, fn, kind, arn, local) {
  const type = destinationType(arn);
  const p = (level, message, fatal) => [
    { level, check: "destination", subject: arn, destination: kind, message, ...fatal ? { fatal } : {} }
  ];
  const account = parseArn(arn)?.account;
  if (local && type && account && account !== local.accountId)
    return p(
      "error",
      `${kind} destination ${arn} is in account ${account}, but everything on this local cloud is in account ${local.accountId}: write the account as \${AWS::AccountId} inside Fn::Sub (or \${aws:accountId}) instead of a fixed number`,
      true
    );
  if (!type)
    return p(
      "error",
      `${kind} destination ${arn} is not a queue, topic, bus, function or bucket: Lambda cannot deliver there`
    );
  if (type === "s3" && kind === "onSuccess")
    return p(
      "error",
      `${kind} destination ${arn} is an S3 bucket: S3 takes failure records only, use it for onFailure`
    );
  try {
    switch (type) {
      case "sqs": {
        const a = parseArn(arn);
        const { QueueUrl } = await clients.sqs.send(
          new GetQueueUrlCommand({ QueueName: resourceName(arn), QueueOwnerAWSAccountId: a.account })
        );
        const { Attributes } = await clients.sqs.send(
          // Asking a standard queue for FifoQueue by name is an InvalidAttributeName error on AWS.
          new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["All"] })
        );
        if (Attributes?.FifoQueue === "true" || arn.endsWith(".fifo"))
          return p(
            "error",
            `${kind} destination ${arn} is a FIFO queue: Lambda cannot deliver to FIFO queues, use a standard queue`
          );
        const max = Number(JSON.parse(Attributes?.RedrivePolicy ?? "{}").maxReceiveCount);
        if (Number.isFinite(max) && max <= LOW_MAX_RECEIVE)
          return p(
            "warning",
            `${kind} destination ${arn} moves messages to its dead-letter queue after ${max} receives: the verifier's receives of other messages count toward it`
          );
        return [];
      }
      case "sns": {
        const { Attributes } = await clients.sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
        if (Attributes?.FifoTopic === "true" || arn.endsWith(".fifo"))
          return p(
            "error",
            `${kind} destination ${arn} is a FIFO topic: Lambda cannot deliver to FIFO topics, use a standard topic`
          );
        return [];
      }
      case "events":
        await clients.events.send(new DescribeEventBusCommand({ Name: arn }));
        return [];
      case "lambda": {
        if (unqualified(arn) === fn.functionArn)
          return p(
            "error",
            `${kind} destination is the function itself: a function may not be its own destination`
          );
        const { Configuration } = await clients.lambda.send(new GetFunctionCommand({ FunctionName: arn }));
        return local ? (await checkRuntime(
          clients,
          `${kind} destination function ${functionNameOf(arn)}`,
          arn,
          Configuration?.Runtime
        )).map((problem) => ({ ...problem, destination: kind })) : [];
      }
      case "s3":
        await clients.s3.send(new HeadBucketCommand({ Bucket: resourceName(arn) }));
        return [];
    }
  } catch (err) {
    if (notServed(err))
      return p(
        "skipped",
        `${kind} destination ${arn} could not be checked: ${type} is not served at this endpoint`
      );
    const code = errorCode(err);
    if (code === "AccessDenied" || code === "AccessDeniedException" || code === "AuthorizationError")
      return p(
        "skipped",
        `${kind} destination ${arn} could not be checked: the caller may not describe it (${code})`
      );
    if (isNotFound(err))
      return p(
        "error",
        `${kind} destination ${arn} does not exist: create it or fix the ARN in serverless.yml`,
        true
      );
    throw err;
  }
}
async function checkRuntime(clients, shown, subject, runtime) {
  if (!runtime || !clients.endpoint) return [];
  const info = (await readRuntimes(clients.endpoint, [runtime]))?.[runtime];
  if (info === void 0) return [];
  const p = (level, message, fatal) => [
    { level, check: "runtime", subject, message, ...fatal ? { fatal } : {} }
  ];
  if (info === null) return p("error", `${shown}: runtime ${runtime} is not one this local cloud runs`, true);
  if (info.missing)
    return p(
      "error",
      `${shown}: runtime ${runtime} cannot run on this machine: ${info.missing}; install it, or start the local cloud with --${runtime.startsWith("python") ? "python" : "node"} ${runtime}=<interpreter>`,
      true
    );
  if (info.mismatch) return p("warning", `${shown}: ${info.mismatch}`);
  return [];
}
async function checkPermission(clients, fn, arn) {
  const type = destinationType(arn);
  if (!type) return [];
  if (!fn.role)
    return [
      {
        level: "skipped",
        check: "permission",
        subject: arn,
        message: `function ${fn.functionName} reports no execution role: permissions not checked`
      }
    ];
  const problems = [];
  for (const { action, resource } of DELIVERY_ACTIONS[type]) {
    try {
      const out = await clients.iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: fn.role,
          ActionNames: [action],
          ResourceArns: [resource(arn)]
        })
      );
      const decision = out.EvaluationResults?.[0]?.EvalDecision;
      if (decision !== "allowed")
        problems.push({
          level: "error",
          check: "permission",
          subject: arn,
          message: `the role ${fn.role} lacks ${action} on ${resource(arn)}: allow it in the role's policy (provider.iam.role.statements)`
        });
    } catch (err) {
      const code = errorCode(err);
      const why = notServed(err) ? "IAM simulation is not served at this endpoint" : code === "AccessDenied" || code === "AccessDeniedException" ? "the caller lacks iam:SimulatePrincipalPolicy" : code === "NoSuchEntity" || code === "NoSuchEntityException" ? `the role ${fn.role} was not found by IAM` : void 0;
      if (!why) throw err;
      problems.push({
        level: "skipped",
        check: "permission",
        subject: arn,
        message: `${action} on ${resource(arn)} not checked: ${why}`
      });
      break;
    }
  }
  return problems;
}
function notServed(err) {
  const code = errorCode(err);
  const status = errorStatus(err);
  return status === 501 || code === "NotImplemented" || code === "UnknownOperationException" || code === "UnknownService" || code === "InvalidAction";
}
function isNotFound(err) {
  const code = errorCode(err) ?? "";
  return errorStatus(err) === 404 || /NotFound|NonExistent|DoesNotExist|NoSuch/.test(code);
}

// ../verify/src/resolve.ts
function functionNameFor(ref, service) {
  if (parseArn(ref)) return ref;
  return service?.functions[ref] ?? ref;
}
var FunctionNotFound = class extends ConfigError {
};
async function resolveFunction(clients, ref, qualifier, service) {
  const name = functionNameFor(ref, service);
  const q = qualifier ?? "$LATEST";
  let config;
  try {
    config = await clients.lambda.send(
      new GetFunctionCommand({ FunctionName: name, Qualifier: q === "$LATEST" ? void 0 : q })
    );
  } catch (err) {
    if (errorCode(err) === "ResourceNotFoundException") {
      const hint = service && !service.functions[ref] && !parseArn(ref) ? ` ('${ref}' is not a function of serverless.yml either)` : "";
      throw new FunctionNotFound(
        `function ${name} not found in ${clients.region}${hint}: deploy the stage first, or check --stage and --region`
      );
    }
    throw err;
  }
  const functionArn = unqualified(config.Configuration?.FunctionArn ?? name);
  const functionName = config.Configuration?.FunctionName ?? name;
  let eic;
  try {
    eic = await clients.lambda.send(
      new GetFunctionEventInvokeConfigCommand({ FunctionName: functionName, Qualifier: q })
    );
  } catch (err) {
    if (errorCode(err) !== "ResourceNotFoundException") throw err;
  }
  const dc = eic?.DestinationConfig;
  const destinations = eic ? {
    ...dc?.OnSuccess?.Destination ? { onSuccess: dc.OnSuccess.Destination } : {},
    ...dc?.OnFailure?.Destination ? { onFailure: dc.OnFailure.Destination } : {}
  } : void 0;
  return {
    ref,
    functionName,
    functionArn,
    qualifier: q,
    role: config.Configuration?.Role,
    runtime: config.Configuration?.Runtime,
    timeout: config.Configuration?.Timeout ?? 3,
    maximumRetryAttempts: eic?.MaximumRetryAttempts ?? 2,
    maximumEventAgeInSeconds: eic?.MaximumEventAgeInSeconds ?? 21600,
    destinations
  };
}

// ../verify/src/doctor.ts
async function doctor(options) {
  let spec;
  let loaded;
  if (options.function && !(options.spec || options.serviceDir && existsSync2(options.serviceDir))) {
    spec = { functions: [{ function: options.function, cases: [] }] };
  } else {
    loaded = await loadRun(options);
    spec = loaded.spec;
  }
  const service = loaded?.service;
  const region = options.region ?? service?.region ?? resolveRegion({});
  const clients = createClients({ region, cloud: options.cloud, endpoint: options.endpoint });
  const problems = [];
  const local = await readLocalCloud(clients.endpoint);
  try {
    for (const f of spec.functions) {
      try {
        const fn = await resolveFunction(clients, f.function, f.qualifier, service);
        problems.push(...await preflight(clients, fn, f.cases, local));
      } catch (err) {
        if (!(err instanceof FunctionNotFound)) throw err;
        problems.push({ level: "error", check: "function", subject: f.function, message: err.message });
      }
    }
    if (service && loaded && clients.endpoint && local) {
      const placeholders = await deployedPlaceholders({
        serviceDir: loaded.serviceDir,
        stage: service.stage,
        region,
        endpoint: clients.endpoint
      });
      problems.push(...placeholderProblems(placeholders, options.strict));
    }
  } finally {
    clients.destroy();
  }
  return problems;
}

// ../verify/src/e2e.ts
import path from "node:path";

// ../verify/src/endpoint.ts
function endpointSource(options) {
  if (options.endpoint) return options.endpointSource ?? "--endpoint";
  return process.env.AWS_ENDPOINT_URL ? "AWS_ENDPOINT_URL" : "the default local endpoint";
}
async function answers(url) {
  try {
    await fetch(`${url.replace(/\/$/, "")}/_localcloud/health`, { signal: AbortSignal.timeout(5e3) });
    return true;
  } catch {
    return false;
  }
}
async function requireAnswering(url, from, hint) {
  if (await answers(url)) return;
  throw new ConfigError(`${from} names ${url}, but nothing answers there: ${hint}`);
}

// ../verify/src/localCloud.ts
var DEFAULT_TIME_SCALE = 1e-3;
async function startInProcess(options) {
  const { startLocalCloud } = await import("./src-HA7XCLXY.js");
  const running = await startLocalCloud({
    port: 0,
    region: options.region,
    logLevel: "error",
    timeScale: options.timeScale ?? DEFAULT_TIME_SCALE,
    interpreters: options.interpreters ?? {}
  });
  return { url: running.url, stop: running.stop };
}
async function useLocalCloud(options) {
  const named = options.endpoint ? { url: options.endpoint, from: options.endpointSource ?? "--endpoint" } : process.env.AWS_ENDPOINT_URL ? { url: process.env.AWS_ENDPOINT_URL, from: "AWS_ENDPOINT_URL" } : void 0;
  if (named) {
    const url = named.url.replace(/\/$/, "");
    await requireAnswering(
      url,
      named.from,
      `start a local cloud ('local-cloud start'), or unset ${named.from} to run one in this process`
    );
    return { url, said: `using the local cloud at ${url} (from ${named.from})` };
  }
  const running = await startInProcess(options);
  return {
    url: running.url,
    stop: running.stop,
    said: `started a local cloud in this process at ${running.url} (no --endpoint or AWS_ENDPOINT_URL; it stops when the run ends)`
  };
}

// ../verify/src/progress.ts
function progress(options, started = Date.now()) {
  return (phase, message, counts = {}) => {
    try {
      options.onProgress?.({ phase, message, ...counts, elapsedMs: Date.now() - started });
    } catch {
    }
  };
}

// ../verify/src/stage.ts
async function deployRecordedStage(state, target, options = {}) {
  return deployRecorded((r) => recordStage(state, r), target, options);
}
async function deployRecordedNeed(state, target, options = {}) {
  const index = state.needs?.length ?? 0;
  return deployRecorded((r) => recordNeed(state, index, r), target, options);
}
async function deployRecorded(record, target, options) {
  record({ target, deployed: false, removed: false });
  const done = await deployStage(target, options);
  const stackName = done.stackName ?? target.stackName;
  record({ target: { ...target, stackName }, deployed: true, removed: false });
  return done;
}
function leftDeployed(state) {
  return [state.stage, ...state.needs ?? []].filter((r) => r !== void 0 && !r.removed);
}
async function removeRecordedStage(stateOrFile) {
  const state = typeof stateOrFile === "string" ? readRunState(stateOrFile) : stateOrFile;
  if (!state || leftDeployed(state).length === 0) return void 0;
  const failures = [];
  if (state.stage && !state.stage.removed)
    await removeRecorded(state.stage, (r) => recordStage(state, r), failures);
  const needs = state.needs ?? [];
  for (let i = needs.length - 1; i >= 0; i--) {
    if (!needs[i].removed) await removeRecorded(needs[i], (r) => recordNeed(state, i, r), failures);
  }
  if (failures.length) throw failures[0];
  return state.stage;
}
async function removeRecorded(stage, record, failures) {
  try {
    await removeStage(stage.target);
  } catch (err) {
    record({ ...stage, removeError: err instanceof Error ? err.message : String(err) });
    failures.push(err);
    return;
  }
  const { removeError: _, ...rest } = stage;
  record({ ...rest, removed: true });
}

// ../verify/src/collect.ts
var UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
var Correlator = class {
  constructor(invocations, markerField) {
    this.markerField = markerField;
    this.add(invocations, 0);
  }
  markerField;
  byRequestId = /* @__PURE__ */ new Map();
  byMarker = /* @__PURE__ */ new Map();
  /** Knows these invocations too, the first at index `from`. */
  add(invocations, from) {
    invocations.forEach((inv, k) => {
      if (inv.requestId) this.byRequestId.set(inv.requestId, from + k);
      if (inv.marker) this.byMarker.set(inv.marker, from + k);
    });
  }
  /** The invocation a text names by request id (or marker), or undefined. */
  mentioned(text) {
    for (const id of text.match(UUID) ?? []) if (this.byRequestId.has(id)) return this.byRequestId.get(id);
    for (const [marker, i] of this.byMarker) if (text.includes(marker)) return i;
    return void 0;
  }
  /** The invocation a record belongs to, or undefined when it is not from this run. */
  match(record) {
    const id = record.requestContext?.requestId;
    if (id && this.byRequestId.has(id)) return this.byRequestId.get(id);
    if (this.markerField) {
      const p = record.requestPayload;
      const m = p && typeof p === "object" ? p[this.markerField] : void 0;
      if (typeof m === "string" && this.byMarker.has(m)) return this.byMarker.get(m);
    }
    return void 0;
  }
};
var Collection = class {
  constructor(taps, options) {
    this.taps = taps;
    this.options = options;
    this.correlator = new Correlator([], options.markerField);
    options.signal?.addEventListener("abort", this.onOuterAbort, { once: true });
    this.timer = setTimeout(() => {
      this.timedOut = this.wanted.size > 0;
      this.stop.abort();
    }, options.deadlineMs);
    this.stop.signal.addEventListener("abort", () => this.wake(true), { once: true });
    this.running = Promise.all(taps.map((t) => t.run(this.context())));
  }
  taps;
  options;
  started = Date.now();
  correlator;
  invocations = [];
  wanted = /* @__PURE__ */ new Set();
  arrivals = [];
  unreadable = [];
  invoked = {};
  stop = new AbortController();
  timer;
  running;
  onOuterAbort = () => this.stop.abort();
  waiters = [];
  finishing = false;
  timedOut = false;
  broken;
  /** Adds fired invocations; answers their indices. */
  add(invocations) {
    const from = this.invocations.length;
    this.invocations.push(...invocations);
    this.correlator.add(invocations, from);
    const indices = invocations.map((_, k) => from + k);
    for (const i of indices) if (!this.invocations[i].error) this.wanted.add(i);
    return indices;
  }
  /** Resolves once these invocations are accounted for, `ms` passed, or collecting stopped. */
  settled(indices, ms) {
    if (this.stop.signal.aborted || this.taps.length === 0 || this.accounted(indices))
      return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = {
        indices,
        done: () => {
          clearTimeout(t);
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve();
        }
      };
      const t = setTimeout(waiter.done, ms);
      this.waiters.push(waiter);
    });
  }
  /** Stops collecting now (the run broke or was cancelled); `finish` still answers what came. */
  abort() {
    this.stop.abort();
  }
  /** No more invocations come: waits for the rest (or the deadline), stops the taps, and answers. */
  async finish() {
    this.finishing = true;
    if (this.wanted.size === 0 || this.taps.length === 0) this.stop.abort();
    try {
      await this.running;
    } finally {
      clearTimeout(this.timer);
      this.options.signal?.removeEventListener("abort", this.onOuterAbort);
    }
    const total = this.expected();
    return {
      arrivals: this.arrivals,
      unreadable: this.unreadable,
      invoked: this.invoked,
      timedOut: (this.timedOut || this.taps.length === 0 && total > 0) && !this.broken,
      ...this.broken ? { broken: this.broken } : {},
      elapsedMs: Date.now() - this.started
    };
  }
  context() {
    return {
      isOurs: (r) => this.correlator.match(r) !== void 0,
      onArrival: (a) => {
        const i = this.correlator.match(a.record);
        if (i === void 0) return;
        this.arrivals.push({ ...a, invocation: i });
        this.accountFor(i);
      },
      mentionsOurs: (text) => this.correlator.mentioned(text) !== void 0,
      // A record seen but unreadable will not become readable: waiting longer for it tells nothing more.
      onUnreadable: (u) => {
        const i = this.correlator.mentioned(u.text);
        if (i === void 0) return;
        this.unreadable.push({ destinationArn: u.destinationArn, line: u.line, by: u.by, invocation: i });
        this.accountFor(i);
      },
      onInvoked: (arn) => {
        this.invoked[arn] = (this.invoked[arn] ?? 0) + 1;
      },
      onBroken: (cause) => {
        this.broken ??= cause;
        this.stop.abort();
      },
      signal: this.stop.signal,
      waitSeconds: this.options.waitSeconds,
      pollIntervalMs: this.options.pollIntervalMs
    };
  }
  accountFor(i) {
    if (this.wanted.delete(i)) this.options.onProgress?.(this.received(), this.expected());
    this.wake(false);
    if (this.finishing && this.wanted.size === 0) this.stop.abort();
  }
  wake(all) {
    for (const w of [...this.waiters]) if (all || this.accounted(w.indices)) w.done();
  }
  accounted(indices) {
    return indices.every((i) => !this.wanted.has(i));
  }
  expected() {
    return this.invocations.filter((inv) => !inv.error).length;
  }
  received() {
    return this.expected() - this.wanted.size;
  }
};

// ../verify/src/deadline.ts
var RETRY_DELAYS_SECONDS = [60, 120];
var AWS_MARGIN_SECONDS = 90;
var LOCAL_MARGIN_SECONDS = 10;
function defaultDeadlineSeconds(groups, cloud, timeScale) {
  let longest = 0;
  for (const { fn, cases } of groups) {
    const fails = cases.some(
      (c) => c.expect.destination === "onFailure" && c.expect.condition !== "ZeroReservedConcurrency"
    );
    const retries = fails ? Math.max(0, Math.min(2, fn.maximumRetryAttempts)) : 0;
    const delays = Math.min(
      RETRY_DELAYS_SECONDS.slice(0, retries).reduce((a, b) => a + b, 0),
      fn.maximumEventAgeInSeconds
    );
    const run = (retries + 1) * fn.timeout;
    longest = Math.max(longest, delays * (cloud === "local" ? timeScale : 1) + run);
  }
  return Math.ceil(longest + (cloud === "local" ? LOCAL_MARGIN_SECONDS : AWS_MARGIN_SECONDS));
}

// ../verify/src/diagnose.ts
var START_FAILURE = /"errorType"\s*:\s*"(Runtime\.InvalidEntrypoint|Runtime\.ExitError)"/;
async function startFailures(clients, functionNames, since) {
  const found = /* @__PURE__ */ new Map();
  for (const name of new Set(functionNames)) {
    try {
      const out = await clients.logs.send(
        new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${name}`, startTime: since, limit: 1e3 })
      );
      for (const e of out.events ?? []) {
        const m = START_FAILURE.exec(e.message ?? "");
        if (!m) continue;
        const body = JSON.parse(e.message.slice(e.message.indexOf("{")));
        found.set(name, `${m[1]}: ${(body.errorMessage ?? "").replace(/^RequestId: \S+ Error: /, "")}`);
        break;
      }
    } catch {
    }
  }
  return found;
}

// ../verify/src/match.ts
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b;
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ao = a;
  const bo = b;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((k) => k in bo && deepEqual(ao[k], bo[k]));
}
function isSubset(expected, actual) {
  if (expected === null || typeof expected !== "object") return expected === actual;
  if (actual === null || typeof actual !== "object") return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length < expected.length) return false;
    return expected.every((v, i) => isSubset(v, actual[i]));
  }
  const act = actual;
  return Object.entries(expected).every(
    ([k, v]) => k in act && isSubset(v, act[k])
  );
}

// ../verify/src/judge.ts
function expectedCondition(spec) {
  return spec.expect.condition ?? (spec.expect.destination === "onSuccess" ? "Success" : "RetriesExhausted");
}
function expectedInvokeCount(spec, fn) {
  if (spec.expect.approximateInvokeCount !== void 0) return spec.expect.approximateInvokeCount;
  switch (expectedCondition(spec)) {
    case "Success":
      return 1;
    case "RetriesExhausted":
      return fn.maximumRetryAttempts + 1;
    case "ZeroReservedConcurrency":
      return 0;
    case "EventAgeExceeded":
      return fn.maximumEventAgeInSeconds <= MINIMUM_EVENT_AGE_SECONDS && fn.maximumRetryAttempts > 0 ? 1 : void 0;
    default:
      return void 0;
  }
}
function destinationKindOf(fn, arn, condition) {
  const success = fn.destinations?.onSuccess === arn;
  const failure = fn.destinations?.onFailure === arn;
  if (success && failure) return condition === "Success" ? "onSuccess" : "onFailure";
  return success ? "onSuccess" : failure ? "onFailure" : "other";
}
function judge(input) {
  const byInvocation = /* @__PURE__ */ new Map();
  for (const a of input.arrivals) {
    const list = byInvocation.get(a.invocation) ?? [];
    list.push(a);
    byInvocation.set(a.invocation, list);
  }
  return input.cases.map(({ spec, fn }, caseIndex) => {
    const kind = spec.expect.destination;
    const destinationArn = fn.destinations?.[kind];
    const condition = expectedCondition(spec);
    const invokeCount = expectedInvokeCount(spec, fn);
    const failures = [];
    const records = [];
    const latencies = [];
    const fieldMisses = /* @__PURE__ */ new Map();
    const invokeErrors = [];
    const unreadable = [];
    const wrong = [];
    let received = 0;
    let missing = 0;
    let duplicates = 0;
    let total = 0;
    input.invocations.forEach((inv, i) => {
      if (inv.caseIndex !== caseIndex) return;
      total++;
      if (inv.error) {
        invokeErrors.push(inv);
        return;
      }
      const arrivals = (byInvocation.get(i) ?? []).sort((a, b) => a.arrivedAt - b.arrivedAt);
      const seenAt = /* @__PURE__ */ new Map();
      for (const a of arrivals) {
        const n = (seenAt.get(a.destinationArn) ?? 0) + 1;
        seenAt.set(a.destinationArn, n);
        const rc2 = a.record.requestContext ?? {};
        records.push({
          requestId: rc2.requestId ?? inv.requestId,
          destination: destinationKindOf(fn, a.destinationArn, rc2.condition),
          destinationArn: a.destinationArn,
          condition: rc2.condition,
          approximateInvokeCount: rc2.approximateInvokeCount,
          functionError: a.record.responseContext?.functionError,
          latencyMs: a.arrivedAt - inv.firedAt,
          duplicate: n > 1,
          ...a.via ? { via: a.via } : {}
        });
      }
      const hits = arrivals.filter(
        (a) => destinationKindOf(fn, a.destinationArn, a.record.requestContext?.condition) === kind
      );
      if (hits.length === 0) {
        if (arrivals.length > 0)
          wrong.push({
            inv,
            got: arrivals[0],
            kind: destinationKindOf(
              fn,
              arrivals[0].destinationArn,
              arrivals[0].record.requestContext?.condition
            )
          });
        else {
          const seen = (input.unreadable ?? []).find(
            (u) => u.invocation === i && u.destinationArn === destinationArn
          );
          if (seen) unreadable.push(seen);
          else missing++;
        }
        return;
      }
      received++;
      duplicates += hits.length - 1;
      latencies.push(hits[0].arrivedAt - inv.firedAt);
      const r = hits[0].record;
      const check = (field, ok, expected, got) => {
        if (ok) return;
        const m = fieldMisses.get(field) ?? { count: 0, expected, got, requestId: inv.requestId };
        m.count++;
        fieldMisses.set(field, m);
      };
      const rc = r.requestContext ?? {};
      check("requestContext.condition", rc.condition === condition, condition, rc.condition);
      if (invokeCount !== void 0)
        check(
          "requestContext.approximateInvokeCount",
          rc.approximateInvokeCount === invokeCount,
          invokeCount,
          rc.approximateInvokeCount
        );
      check(
        "requestContext.functionArn",
        !rc.functionArn || unqualified(rc.functionArn) === fn.functionArn,
        `${fn.functionArn}:${fn.qualifier}`,
        rc.functionArn
      );
      if (condition === "ZeroReservedConcurrency")
        check("responseContext", r.responseContext === void 0, null, r.responseContext);
      if (spec.expect.functionError !== void 0)
        check(
          "responseContext.functionError",
          r.responseContext?.functionError === spec.expect.functionError,
          spec.expect.functionError,
          r.responseContext?.functionError
        );
      const sent = spec.expect.requestPayload !== void 0 ? spec.expect.requestPayload : inv.payload;
      check("requestPayload", deepEqual(r.requestPayload, sent), sent, r.requestPayload);
      if (spec.expect.responsePayload !== void 0)
        check(
          "responsePayload",
          isSubset(spec.expect.responsePayload, r.responsePayload),
          spec.expect.responsePayload,
          r.responsePayload
        );
    });
    const shownDest = `${kind}${destinationArn ? ` (${destinationArn})` : ""}`;
    if (invokeErrors.length && invokeErrors[0].failedAt === "arrange")
      failures.push({
        kind: "invokeError",
        message: `the case could not change its function for its duration, so nothing was fired: ${invokeErrors[0].error}`,
        cause: "the caller needs lambda:GetFunctionConcurrency and lambda:PutFunctionConcurrency (ZeroReservedConcurrency), or lambda:GetFunctionEventInvokeConfig and lambda:UpdateFunctionEventInvokeConfig (retry settings), as well as their restoring counterparts"
      });
    else if (invokeErrors.length)
      failures.push({
        kind: "invokeError",
        message: `${invokeErrors.length} of ${total} Invoke calls failed: ${invokeErrors[0].error}`,
        cause: "the caller may not invoke the function, or it does not exist in this region"
      });
    if (unreadable.length) {
      const by = unreadable[0].by ?? `the destination function ${functionNameOf(unreadable[0].destinationArn)}`;
      failures.push({
        kind: "unreadable",
        requestId: input.invocations[unreadable[0].invocation].requestId,
        message: `${unreadable.length} of ${total} records reached ${shownDest}, ${unreadable[0].by ? `and were taken by ${by}, whose log names them but not as JSON` : "but its log holds them in a form that is not JSON"}: ${clip(unreadable[0].line)}`,
        expected: { destination: kind, condition },
        got: unreadable[0].line,
        cause: `${by} ran and logged the record, but not as JSON (print(event) in Python, console.log(event) in Node.js): log it as one JSON line, print(json.dumps(event)) or console.log(JSON.stringify(event))`
      });
    }
    if (missing) {
      const waited = Math.min(input.waitedMs ?? Infinity, input.deadlineSeconds * 1e3) / 1e3;
      failures.push({
        kind: "missing",
        message: `${missing} of ${total} invocations left no record at ${shownDest} after ${Number(waited.toFixed(1))} s`,
        expected: { destination: kind, condition },
        got: null,
        cause: missingCause(fn, kind, destinationArn, input)
      });
    }
    if (wrong.length) {
      const first = wrong[0];
      const rc = first.got.record.requestContext ?? {};
      failures.push({
        kind: "wrongDestination",
        requestId: first.inv.requestId,
        message: `${wrong.length} of ${total} records went to ${first.kind} (${first.got.destinationArn}) instead of ${kind}`,
        expected: { destination: kind, condition },
        got: { destination: first.kind, condition: rc.condition },
        cause: rc.condition === "Success" ? "the handler succeeded for this payload: it did not throw" : `the handler failed for this payload${errorMessageOf(first.got.record.responsePayload)}`
      });
    }
    for (const [field, m] of fieldMisses)
      failures.push({
        kind: "field",
        field,
        requestId: m.requestId,
        message: `${field} differs in ${m.count} of ${received} records`,
        expected: m.expected,
        got: m.got,
        cause: fieldCause(field, fn)
      });
    if (duplicates && input.failOnDuplicates)
      failures.push({
        kind: "duplicate",
        message: `${duplicates} duplicate records (delivery is at least once)`,
        cause: "Lambda delivers at least once; drop failOnDuplicates to count duplicates without failing"
      });
    return {
      name: spec.name,
      function: fn.ref,
      functionArn: fn.functionArn,
      passed: failures.length === 0,
      expected: {
        destination: kind,
        destinationArn,
        condition,
        approximateInvokeCount: invokeCount,
        functionError: spec.expect.functionError
      },
      invocations: total,
      received,
      missing,
      wrongDestination: wrong.length,
      duplicates,
      latencyMs: summarise(latencies),
      records,
      failures
    };
  });
}
function missingCause(fn, kind, arn, input) {
  if (!fn.destinations) return `function ${fn.functionName} has no EventInvokeConfig`;
  if (!arn) return `function ${fn.functionName} has no ${kind} destination`;
  const preflight2 = input.preflight;
  const about = (p) => p.subject === arn && (p.destination === void 0 || p.destination === kind);
  const found = preflight2.find((p) => about(p) && p.level === "error");
  if (found) return found.message;
  const failedStart = input.startFailures?.get(fn.functionName);
  if (failedStart) return `function ${fn.functionName} failed to start: ${failedStart}`;
  const type = destinationType(arn);
  if (type === "lambda") {
    const target = functionNameOf(arn);
    const targetFailed = input.startFailures?.get(target);
    if (targetFailed) return `the destination function ${target} failed to start: ${targetFailed}`;
    const invoked = input.invoked?.[arn] ?? 0;
    if (invoked > 0)
      return `the destination function ${target} was invoked ${invoked} times while the verifier waited, but logged no record of this run: it must log the event it gets as one JSON line (print(json.dumps(event)), console.log(JSON.stringify(event)))`;
  }
  const consumer = preflight2.find((p) => p.subject === arn && p.check === "consumer");
  if (type === "sqs" && consumer) {
    const invoked = input.invoked?.[arn] ?? 0;
    const seen = invoked ? `its consumer was invoked ${invoked} times while the verifier waited, but its log names none of these records` : "its consumer logged no invocation while the verifier waited";
    return `${consumer.message}; ${seen}: a consumer that deletes a record first must log the event it gets as one JSON line (console.log(JSON.stringify(event)), print(json.dumps(event))) for the verifier to follow it`;
  }
  const actions = type ? DELIVERY_ACTIONS[type].map((a) => a.action).join(" and ") : "delivery";
  const skipped = preflight2.find((p) => about(p) && p.level === "skipped" && p.check === "permission");
  const base = `the record was not delivered: check that the role ${fn.role ?? ""} allows ${actions} on ${arn} (a denied delivery only shows as the DestinationDeliveryFailures metric)`;
  const slow = kind === "onFailure" ? `, or that the deadline covers ${fn.maximumRetryAttempts} retries (raise --timeout)` : "";
  return `${base}${slow}${skipped ? `; the permission check was skipped: ${skipped.message}` : ""}`;
}
function clip(line) {
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
function fieldCause(field, fn) {
  switch (field) {
    case "requestContext.approximateInvokeCount":
      return `MaximumRetryAttempts is ${fn.maximumRetryAttempts} for this case; set approximateInvokeCount in the spec if that is intended`;
    case "responseContext":
      return "a ZeroReservedConcurrency record has no responseContext: the function must not have run";
    case "requestPayload":
      return "the record carries a different payload than was sent (a marker field, or a function that rewrites its event?)";
    case "responsePayload":
      return "the handler returned (or threw) something else for this payload";
    case "requestContext.condition":
      return "the invocation ended another way (EventAgeExceeded: maximumEventAge too low for the retries?)";
    default:
      return void 0;
  }
}
function errorMessageOf(payload) {
  const m = payload?.errorMessage;
  return typeof m === "string" ? `: ${m}` : "";
}
function summarise(values) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { min: s[0], p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

// ../verify/src/fire.ts
import { randomUUID } from "node:crypto";
function withMarker(payload, markerField, marker) {
  if (!markerField || !payload || typeof payload !== "object" || Array.isArray(payload)) return payload;
  return { ...payload, [markerField]: marker };
}
async function fire(clients, jobs, options = {}) {
  const pending = jobs.flatMap(
    (job) => Array.from({ length: job.spec.invocations }, () => {
      const marker = options.markerField ? `destinations-${randomUUID()}` : void 0;
      return { job, marker, payload: withMarker(job.spec.payload, options.markerField, marker ?? "") };
    })
  );
  const out = new Array(pending.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < pending.length) {
      if (options.signal?.aborted) return;
      const i = next++;
      const { job, marker, payload } = pending[i];
      const firedAt = Date.now();
      const base = { caseIndex: job.caseIndex, functionArn: job.fn.functionArn, marker, payload, firedAt };
      try {
        const res = await clients.lambda.send(
          new InvokeCommand({
            FunctionName: job.fn.functionName,
            Qualifier: job.fn.qualifier === "$LATEST" ? void 0 : job.fn.qualifier,
            InvocationType: "Event",
            Payload: new TextEncoder().encode(JSON.stringify(payload))
          }),
          { abortSignal: options.signal }
        );
        out[i] = { ...base, requestId: res.$metadata.requestId ?? "" };
        if (res.StatusCode !== 202) out[i].error = `Invoke answered ${res.StatusCode}, not 202`;
      } catch (err) {
        out[i] = {
          ...base,
          requestId: "",
          error: err instanceof Error ? `${err.name}: ${err.message}` : String(err)
        };
      }
      options.onFired?.(++done, pending.length);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 25, pending.length)) }, worker)
  );
  return out.filter(Boolean);
}

// ../verify/src/rounds.ts
async function fireInRounds(clients, state, collection, jobs, options) {
  const indexed = jobs.map((j, caseIndex) => ({ ...j, caseIndex }));
  const plain = indexed.filter((j) => !j.arrangement);
  const shoot = (batch) => fire(clients, batch, {
    markerField: options.markerField,
    concurrency: options.concurrency,
    signal: options.signal,
    onFired: (done, all) => {
      if (done === all) options.emit("fire", `fired ${all} invocations`, { expected: all });
    }
  });
  const total = jobs.reduce((n, j) => n + j.spec.invocations, 0);
  options.emit("fire", `firing ${total} invocations`, { expected: total });
  const fired = plain.length ? await shoot(plain) : [];
  const firedAt = collection.add(fired);
  const chains = /* @__PURE__ */ new Map();
  for (const j of indexed)
    if (j.arrangement) chains.set(j.base.functionName, [...chains.get(j.base.functionName) ?? [], j]);
  await Promise.all(
    [...chains.values()].map(async (chain) => {
      const base = chain[0].base;
      const before = firedAt.filter((_, k) => fired[k].functionArn === base.functionArn);
      const others = plain.filter((j) => j.base.functionArn === base.functionArn);
      if (others.length) await collection.settled(before, options.roundSeconds(others) * 1e3);
      for (const job of chain) {
        if (options.signal?.aborted) return;
        const what = describeArrangement(job.arrangement, base);
        options.emit("fire", `case '${job.spec.name}': setting ${what} for the case`);
        let made;
        try {
          made = await arrange(clients, state, base, job.arrangement);
        } catch (err) {
          collection.add(unarranged(job, err));
          continue;
        }
        try {
          const idx = collection.add(await shoot([job]));
          await collection.settled(idx, options.roundSeconds([job]) * 1e3);
        } finally {
          const errors = await restore(clients, state, made);
          options.emit(
            "cleanup",
            errors.length ? errors.join("; ") : `case '${job.spec.name}': restored ${what}`
          );
        }
      }
    })
  );
}
function unarranged(job, err) {
  const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return Array.from({ length: job.spec.invocations }, () => ({
    caseIndex: job.caseIndex,
    functionArn: job.base.functionArn,
    requestId: "",
    payload: job.spec.payload,
    firedAt: Date.now(),
    error,
    failedAt: "arrange"
  }));
}

// ../verify/src/signals.ts
function onTerminate(cleanup) {
  const signals = ["SIGINT", "SIGTERM"];
  let running = false;
  const handler = (signal) => {
    if (running) return;
    running = true;
    cleanup().catch(() => void 0).finally(() => {
      remove();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  };
  const remove = () => {
    for (const s of signals) process.off(s, handler);
  };
  for (const s of signals) process.on(s, handler);
  return remove;
}

// ../verify/src/tap/sqs.ts
var MAX_BATCHES_PER_SWEEP = 10;
var SWEEP_VISIBILITY_SECONDS = 20;
async function queueUrlOf(clients, queueArn) {
  const a = parseArn(queueArn);
  const out = await clients.sqs.send(
    new GetQueueUrlCommand({ QueueName: resourceName(queueArn), QueueOwnerAWSAccountId: a?.account })
  );
  return out.QueueUrl;
}
async function openQueueTap(clients, queueArn) {
  const queueUrl = await queueUrlOf(clients, queueArn);
  const consumers = await consumersOf(clients, queueArn);
  const via = !consumers ? "the queue itself (its event source mappings could not be listed)" : consumers.length ? `the queue, and the log of its consumer ${describeConsumers(consumers)}, which may take a record first` : "the queue itself, other messages released at once";
  return {
    destinationArn: queueArn,
    type: "sqs",
    via,
    run: (ctx) => {
      const seen = /* @__PURE__ */ new Set();
      const once = {
        ...ctx,
        onArrival: (a) => {
          const rc = a.record.requestContext ?? {};
          const key = `${rc.requestId}|${a.record.timestamp}|${rc.condition}`;
          if (seen.has(key)) return;
          seen.add(key);
          ctx.onArrival(a);
        }
      };
      return Promise.all([
        readQueue(clients, queueUrl, queueArn, once, { shared: true, unwrap: (b) => parseRecord(b) }),
        ...(consumers ?? []).map((c) => readConsumerLog(clients, queueArn, c, once))
      ]).then(() => void 0);
    }
  };
}
async function readQueue(clients, queueUrl, destinationArn, ctx, options) {
  let refused = 0;
  while (!ctx.signal.aborted) {
    try {
      await sweep(clients, queueUrl, destinationArn, ctx, options);
      refused = 0;
    } catch (err) {
      if (ctx.signal.aborted) return;
      if (isQueueGone(err)) {
        const which = options.shared ? "destination queue" : "the verifier's temporary queue for";
        return ctx.onBroken?.(`${which} ${destinationArn} was deleted while the run read it`);
      }
      if (isRefused(err) && ++refused >= REFUSED_BEFORE_GONE) {
        const at = clients.endpoint ? ` at ${clients.endpoint}` : "";
        return ctx.onBroken?.(
          `nothing answers${at} any more (connection refused): the cloud was stopped or killed`
        );
      }
      await sleep(Math.max(ctx.pollIntervalMs, 250), ctx.signal);
    }
  }
}
async function sweep(clients, queueUrl, destinationArn, ctx, options) {
  const others = [];
  const ours = [];
  try {
    for (let batch = 0; batch < MAX_BATCHES_PER_SWEEP && !ctx.signal.aborted; batch++) {
      const out = await clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: batch === 0 ? ctx.waitSeconds : 0,
          VisibilityTimeout: SWEEP_VISIBILITY_SECONDS
        }),
        { abortSignal: ctx.signal }
      );
      const messages = out.Messages ?? [];
      if (messages.length === 0) break;
      const arrivedAt = Date.now();
      for (const m of messages) {
        const record = options.unwrap(m.Body);
        if (record && ctx.isOurs(record)) {
          ctx.onArrival({ destinationArn, record, arrivedAt });
          ours.push(m);
        } else if (options.shared || record) {
          others.push(m);
        } else ours.push(m);
      }
    }
  } finally {
    for (let i = 0; i < others.length; i += 10) {
      await clients.sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: queueUrl,
          Entries: others.slice(i, i + 10).map((m, j) => ({
            Id: String(j),
            ReceiptHandle: m.ReceiptHandle,
            VisibilityTimeout: 0
          }))
        })
      ).catch(() => void 0);
    }
    for (let i = 0; i < ours.length; i += 10) {
      await clients.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: ours.slice(i, i + 10).map((m, j) => ({ Id: String(j), ReceiptHandle: m.ReceiptHandle }))
        })
      ).catch(() => void 0);
    }
  }
}

// ../verify/src/tap/tempQueue.ts
import { randomBytes } from "node:crypto";
function tapName(prefix = "destinations-tap") {
  return `${prefix}-${randomBytes(6).toString("hex")}`;
}
async function createTempQueue(clients, state, name) {
  const { QueueUrl } = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: name, Attributes: { MessageRetentionPeriod: "3600" } })
  );
  recordCreated(state, { type: "sqsQueue", queueUrl: QueueUrl });
  const { Attributes } = await clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] })
  );
  return { queueUrl: QueueUrl, queueArn: Attributes.QueueArn };
}
async function allowSend(clients, queue, servicePrincipal, sourceArn) {
  await setPolicy(clients, queue, {
    Principal: { Service: servicePrincipal },
    Condition: { ArnEquals: { "aws:SourceArn": sourceArn } }
  });
}
async function allowRoleToSend(clients, queue, roleArn) {
  await setPolicy(clients, queue, { Principal: { AWS: roleArn } });
}
async function setPolicy(clients, queue, who) {
  const policy = {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "destinations-tap",
        Effect: "Allow",
        ...who,
        Action: "sqs:SendMessage",
        Resource: queue.queueArn
      }
    ]
  };
  await clients.sqs.send(
    new SetQueueAttributesCommand({
      QueueUrl: queue.queueUrl,
      Attributes: { Policy: JSON.stringify(policy) }
    })
  );
}

// ../verify/src/tap/events.ts
var TARGET_ID = "destinations-tap";
async function openBusTap(clients, state, busArn, functions) {
  const name = tapName();
  const eventBusName = parseArn(busArn) ? resourceName(busArn) : busArn;
  const queue = await createTempQueue(clients, state, name);
  const resources = functions.flatMap((f) => [`${f.functionArn}:${f.qualifier}`, f.functionArn]);
  const rule = await clients.events.send(
    new PutRuleCommand({
      Name: name,
      EventBusName: eventBusName,
      EventPattern: JSON.stringify({ source: ["lambda"], resources }),
      State: "ENABLED",
      Description: "Temporary: reads Lambda destination records for destinations verify"
    })
  );
  recordCreated(state, { type: "eventsRule", eventBusName, ruleName: name, targetIds: [TARGET_ID] });
  await allowSend(clients, queue, "events.amazonaws.com", rule.RuleArn);
  await clients.events.send(
    new PutTargetsCommand({
      Rule: name,
      EventBusName: eventBusName,
      Targets: [{ Id: TARGET_ID, Arn: queue.queueArn }]
    })
  );
  return {
    destinationArn: busArn,
    type: "events",
    via: "a temporary rule on the bus for this run's functions, into a temporary queue, removed after",
    run: (ctx) => readQueue(clients, queue.queueUrl, busArn, ctx, { shared: false, unwrap: detailOf })
  };
}
function detailOf(body) {
  try {
    const event = JSON.parse(body ?? "");
    return event.detail && typeof event.detail === "object" && event.detail.requestContext ? event.detail : void 0;
  } catch {
    return void 0;
  }
}

// ../verify/src/tap/nested.ts
function innerRecord(outer) {
  return asRecord(outer.requestPayload);
}
function nested(tap, functionArn, via) {
  return {
    destinationArn: functionArn,
    type: "lambda",
    via,
    run(ctx) {
      return tap.run({
        ...ctx,
        isOurs: (outer) => {
          const inner = innerRecord(outer);
          return inner !== void 0 && ctx.isOurs(inner);
        },
        onArrival: (a) => {
          const inner = innerRecord(a.record);
          if (inner) ctx.onArrival({ ...a, destinationArn: functionArn, record: inner });
        },
        onUnreadable: (u) => ctx.onUnreadable({ ...u, destinationArn: functionArn }),
        onInvoked: () => ctx.onInvoked?.(functionArn)
      });
    }
  };
}

// ../verify/src/tap/lambda.ts
var READABLE = /* @__PURE__ */ new Set(["sqs", "sns", "events", "s3"]);
async function openFunctionTap(clients, state, destinationArn, open) {
  const functionArn = unqualified(destinationArn);
  const qualifier = parseArn(destinationArn)?.resource.split(":")[2] ?? "$LATEST";
  let config;
  try {
    config = await clients.lambda.send(
      new GetFunctionEventInvokeConfigCommand({ FunctionName: functionArn, Qualifier: qualifier })
    );
  } catch (err) {
    if (errorCode(err) !== "ResourceNotFoundException")
      return openLogTap(clients, destinationArn, `its EventInvokeConfig could not be read: ${reason(err)}`);
  }
  if (!config) {
    try {
      return await temporaryConfigTap(clients, state, destinationArn, functionArn, qualifier);
    } catch (err) {
      return openLogTap(
        clients,
        destinationArn,
        `it could not be given a temporary EventInvokeConfig: ${reason(err)}`
      );
    }
  }
  const onSuccess = config.DestinationConfig?.OnSuccess?.Destination;
  const onFailure = config.DestinationConfig?.OnFailure?.Destination;
  const readable = (arn) => Boolean(arn && READABLE.has(destinationType(arn) ?? ""));
  if (!readable(onSuccess) || !readable(onFailure))
    return openLogTap(
      clients,
      destinationArn,
      "its own EventInvokeConfig does not send both outcomes to a queue, topic, bus or bucket"
    );
  const inner = [];
  for (const arn of /* @__PURE__ */ new Set([onSuccess, onFailure])) {
    const tap = await open(arn, [{ functionArn, qualifier }]).catch(() => void 0);
    if (!tap) return openLogTap(clients, destinationArn, `its own destination ${arn} cannot be read`);
    inner.push(tap);
  }
  return nested(
    {
      destinationArn,
      type: "lambda",
      via: "",
      run: (ctx) => Promise.all(inner.map((t) => t.run(ctx))).then(() => void 0)
    },
    destinationArn,
    `its own destinations (onSuccess ${onSuccess}, onFailure ${onFailure}): the record it received is the requestPayload of its own records`
  );
}
async function temporaryConfigTap(clients, state, destinationArn, functionArn, qualifier) {
  const { Configuration } = await clients.lambda.send(new GetFunctionCommand({ FunctionName: functionArn }));
  const queue = await createTempQueue(clients, state, tapName());
  if (Configuration?.Role) await allowRoleToSend(clients, queue, Configuration.Role);
  const record = {
    type: "eventInvokeConfig",
    functionName: functionArn,
    qualifier,
    previous: null
  };
  recordCreated(state, record);
  try {
    await clients.lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: functionArn,
        Qualifier: qualifier,
        DestinationConfig: {
          OnSuccess: { Destination: queue.queueArn },
          OnFailure: { Destination: queue.queueArn }
        }
      })
    );
  } catch (err) {
    if (!await restoreRecorded(clients, record)) recordRemoved(state, record);
    throw err;
  }
  const own = {
    destinationArn: queue.queueArn,
    type: "sqs",
    via: "",
    run: (ctx) => readQueue(clients, queue.queueUrl, queue.queueArn, ctx, { shared: false, unwrap: parseRecord })
  };
  return nested(
    own,
    destinationArn,
    "a temporary EventInvokeConfig sending its own records to a temporary queue, removed after: the record it received is their requestPayload"
  );
}
function reason(err) {
  return err instanceof Error ? `${errorCode(err) ?? "Error"}: ${err.message}` : String(err);
}

// ../verify/src/tap/s3.ts
var LOOK_BACK_MS2 = 12e4;
function recordKeys(functionName, time) {
  const prefix = `aws/lambda/async/${functionName}/`;
  const iso = time.toISOString();
  const [y, mo, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const stamp = `${iso.slice(0, 10)}T${iso.slice(11, 19).replace(/:/g, ".")}`;
  return { prefix, startAfter: `${prefix}${y}/${mo}/${d}/${stamp}` };
}
async function openBucketTap(clients, bucketArn, functionNames) {
  const bucket = resourceName(bucketArn);
  const opened = new Date(Date.now() - LOOK_BACK_MS2);
  const seen = /* @__PURE__ */ new Set();
  return {
    destinationArn: bucketArn,
    type: "s3",
    via: `new objects under ${functionNames.map((n) => recordKeys(n, opened).prefix).join(", ")}`,
    async run(ctx) {
      while (!ctx.signal.aborted) {
        for (const name of functionNames) {
          const { prefix, startAfter } = recordKeys(name, opened);
          try {
            let token;
            do {
              const out = await clients.s3.send(
                new ListObjectsV2Command({
                  Bucket: bucket,
                  Prefix: prefix,
                  StartAfter: token ? void 0 : startAfter,
                  ContinuationToken: token
                }),
                { abortSignal: ctx.signal }
              );
              for (const o of out.Contents ?? []) {
                if (!o.Key || seen.has(o.Key)) continue;
                const got = await clients.s3.send(new GetObjectCommand({ Bucket: bucket, Key: o.Key }), {
                  abortSignal: ctx.signal
                });
                seen.add(o.Key);
                const record = parseRecord(await got.Body?.transformToString());
                if (record && ctx.isOurs(record)) {
                  ctx.onArrival({ destinationArn: bucketArn, record, arrivedAt: Date.now() });
                  await clients.s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: o.Key })).catch(() => void 0);
                }
              }
              token = out.IsTruncated ? out.NextContinuationToken : void 0;
            } while (token && !ctx.signal.aborted);
          } catch {
            if (ctx.signal.aborted) return;
          }
        }
        await sleep(ctx.pollIntervalMs, ctx.signal);
      }
    }
  };
}

// ../verify/src/tap/sns.ts
var TAP_QUEUE = /:destinations-tap-[0-9a-f]{12}$/;
async function subscriberFilters(clients, topicArn) {
  const arns = [];
  try {
    let token;
    do {
      const out = await clients.sns.send(
        new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: token })
      );
      for (const s of out.Subscriptions ?? []) {
        if (!s.SubscriptionArn?.startsWith("arn:") || TAP_QUEUE.test(s.Endpoint ?? "")) continue;
        arns.push(s.SubscriptionArn);
      }
      token = out.NextToken;
    } while (token);
    if (arns.length === 0) return void 0;
    const filters = /* @__PURE__ */ new Map();
    for (const arn of arns) {
      const { Attributes: a = {} } = await clients.sns.send(
        new GetSubscriptionAttributesCommand({ SubscriptionArn: arn })
      );
      if (!a.FilterPolicy) return void 0;
      const scope = a.FilterPolicyScope === "MessageBody" ? "MessageBody" : "MessageAttributes";
      filters.set(`${scope} ${a.FilterPolicy}`, { policy: a.FilterPolicy, scope });
    }
    return [...filters.values()];
  } catch {
    return void 0;
  }
}
async function openTopicTap(clients, state, topicArn) {
  const filters = await subscriberFilters(clients, topicArn);
  const queue = await createTempQueue(clients, state, tapName());
  await allowSend(clients, queue, "sns.amazonaws.com", topicArn);
  for (const filter of filters ?? [void 0]) {
    const sub = await clients.sns.send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: "sqs",
        Endpoint: queue.queueArn,
        Attributes: {
          RawMessageDelivery: "true",
          ...filter && { FilterPolicy: filter.policy, FilterPolicyScope: filter.scope }
        },
        ReturnSubscriptionArn: true
      })
    );
    recordCreated(state, { type: "snsSubscription", subscriptionArn: sub.SubscriptionArn });
  }
  const seen = /* @__PURE__ */ new Set();
  const once = (body) => {
    const record = parseRecord(body);
    if (!record || !filters || filters.length < 2) return record;
    const c = record.requestContext;
    const key = `${c?.requestId} ${c?.condition} ${c?.approximateInvokeCount} ${record.timestamp}`;
    if (seen.has(key)) return void 0;
    seen.add(key);
    return record;
  };
  return {
    destinationArn: topicArn,
    type: "sns",
    via: filters ? `a temporary queue subscribed with raw delivery and the subscribers' filter policies (${filters.length}), removed after: a record counts only if a subscriber would receive it` : "a temporary queue subscribed with raw delivery, removed after",
    run: (ctx) => readQueue(clients, queue.queueUrl, topicArn, ctx, { shared: false, unwrap: once })
  };
}

// ../verify/src/tap/index.ts
async function openTap(clients, state, arn, functions) {
  switch (destinationType(arn)) {
    case "sqs":
      return openQueueTap(clients, arn);
    case "sns":
      return openTopicTap(clients, state, arn);
    case "events":
      return openBusTap(clients, state, arn, functions);
    case "lambda":
      return openFunctionTap(
        clients,
        state,
        arn,
        (own, fns) => destinationType(own) === "lambda" ? Promise.resolve(void 0) : openTap(clients, state, own, fns)
      );
    case "s3":
      return openBucketTap(
        clients,
        arn,
        functions.map((f) => functionNameOf(f.functionArn))
      );
    default:
      return void 0;
  }
}

// ../verify/src/version.ts
import { readFileSync as readFileSync2 } from "node:fs";
var VERSION = JSON.parse(
  readFileSync2(new URL("../package.json", new URL("./verify/src/version.js", import.meta.url).href), "utf8")
).version;

// ../verify/src/verify.ts
async function verify(options, state, clock) {
  const started = Date.now();
  const emit = progress(options, clock ?? started);
  options.signal?.throwIfAborted();
  const { spec, service } = await loadRun(options);
  const cloud = options.cloud ?? "aws";
  const region = options.region ?? service?.region ?? resolveRegion({});
  const clients = createClients({ region, cloud, endpoint: options.endpoint });
  try {
    if (!state && clients.endpoint) {
      await requireAnswering(clients.endpoint, endpointSource(options), "start it, or check the address");
    }
    emit("resolve", `resolving ${spec.functions.map((f) => f.function).join(", ")} in ${region}`);
    const groups = [];
    for (const f of spec.functions) {
      const fn = await resolveFunction(clients, f.function, f.qualifier, service);
      if (!fn.destinations)
        throw new ConfigError(
          `function ${fn.functionName} has no EventInvokeConfig: add destinations.onSuccess/onFailure to it in serverless.yml`
        );
      groups.push({ fn, cases: f.cases });
    }
    emit("preflight", "checking runtimes, destinations and permissions");
    const local = await readLocalCloud(clients.endpoint);
    const problems = [];
    for (const g of groups) problems.push(...await preflight(clients, g.fn, g.cases, local));
    const fatal = problems.filter((p) => p.fatal);
    if (fatal.length) throw new PreflightError(fatal);
    const timeScale = local?.timeScale;
    const jobs = groups.flatMap(
      (g) => g.cases.map((c) => ({
        fn: caseFunction(c, g.fn),
        base: g.fn,
        spec: c,
        arrangement: arrangementFor(c, g.fn)
      }))
    );
    const roundSeconds = (some) => options.timeoutSeconds ?? defaultDeadlineSeconds(
      some.map((j) => ({ fn: j.fn, cases: [j.spec] })),
      timeScale === void 0 ? "aws" : "local",
      timeScale ?? 1
    );
    const deadlineSeconds = runSeconds(jobs, roundSeconds);
    const run = state ?? newRunState(clients, options.stateFile);
    const removeHandlers = options.handleSignals === false ? () => void 0 : onTerminate(() => cleanupTaps(run, clients));
    try {
      const taps = await openTaps(clients, run, groups);
      emit("tap", `reading ${taps.map((t) => `${t.type} ${t.destinationArn} through ${t.via}`).join("; ")}`);
      const firedAt = Date.now() - 1e3;
      const collection = new Collection(taps, {
        markerField: spec.markerField,
        deadlineMs: deadlineSeconds * 1e3,
        waitSeconds: cloud === "local" ? 1 : 5,
        pollIntervalMs: cloud === "local" ? 50 : 2e3,
        signal: options.signal,
        onProgress: (received, expected) => emit("collect", "collecting records", { received, expected })
      });
      try {
        await fireInRounds(clients, run, collection, jobs, {
          markerField: spec.markerField,
          concurrency: options.concurrency,
          signal: options.signal,
          roundSeconds,
          emit
        });
        options.signal?.throwIfAborted();
      } catch (err) {
        collection.abort();
        await collection.finish();
        throw err;
      }
      const waiting = collection.invocations.filter((inv) => !inv.error).length;
      emit("collect", `waiting up to ${deadlineSeconds} s for ${waiting} records`, {
        received: 0,
        expected: waiting
      });
      const collected = await collection.finish();
      const invocations = collection.invocations;
      options.signal?.throwIfAborted();
      if (collected.broken) throw new RunStopped(`stopped while waiting for records: ${collected.broken}`);
      emit("judge", `judging ${jobs.length} cases`);
      const accounted = /* @__PURE__ */ new Set([
        ...collected.arrivals.map((a) => a.invocation),
        ...collected.unreadable.map((u) => u.invocation)
      ]);
      const missingSome = invocations.some((inv, i) => !inv.error && !accounted.has(i));
      const cases = judge({
        cases: jobs,
        invocations,
        arrivals: collected.arrivals,
        unreadable: collected.unreadable,
        invoked: collected.invoked,
        startFailures: missingSome ? await startFailures(clients, functionsToDiagnose(groups), firedAt) : void 0,
        preflight: problems,
        deadlineSeconds,
        waitedMs: collected.elapsedMs,
        failOnDuplicates: options.failOnDuplicates
      });
      const finished = Date.now();
      const sum = (f) => cases.reduce((n, c) => n + f(c), 0);
      return {
        version: 1,
        tool: { name: "@destinations-action/verify", version: VERSION },
        passed: cases.every((c) => c.passed),
        ...service?.service ? { service: service.service } : {},
        stage: options.stage ?? service?.stage,
        region,
        cloud,
        endpoint: clients.endpoint,
        functionArn: groups[0].fn.functionArn,
        functions: groups.map((g) => ({
          function: g.fn.ref,
          functionArn: g.fn.functionArn,
          maximumRetryAttempts: g.fn.maximumRetryAttempts,
          destinations: g.fn.destinations ?? {}
        })),
        startedAt: new Date(started).toISOString(),
        finishedAt: new Date(finished).toISOString(),
        durationMs: finished - started,
        deadlineSeconds,
        preflight: problems,
        taps: taps.map((t) => ({ destinationArn: t.destinationArn, type: t.type, via: t.via })),
        cases: cases.map(
          (c, i) => jobs[i].arrangement ? { ...c, arranged: describeArrangement(jobs[i].arrangement, jobs[i].base) } : c
        ),
        totals: {
          cases: cases.length,
          passed: cases.filter((c) => c.passed).length,
          failed: cases.filter((c) => !c.passed).length,
          invocations: sum((c) => c.invocations),
          received: sum((c) => c.received),
          missing: sum((c) => c.missing),
          wrongDestination: sum((c) => c.wrongDestination),
          duplicates: sum((c) => c.duplicates)
        }
      };
    } finally {
      if (run.created.length) emit("cleanup", `removing ${run.created.length} temporary tap resources`);
      const errors = await cleanupTaps(run, clients);
      removeHandlers();
      for (const e of errors) emit("cleanup", e);
    }
  } finally {
    clients.destroy();
  }
}
function runSeconds(jobs, roundSeconds) {
  const plain = jobs.filter((j) => !j.arrangement);
  let longest = plain.length ? roundSeconds(plain) : 0;
  const byFunction = /* @__PURE__ */ new Map();
  for (const j of jobs)
    byFunction.set(j.base.functionName, [...byFunction.get(j.base.functionName) ?? [], j]);
  for (const mine of byFunction.values()) {
    const arranged = mine.filter((j) => j.arrangement);
    if (!arranged.length) continue;
    const others = mine.filter((j) => !j.arrangement);
    const total = (others.length ? roundSeconds(others) : 0) + arranged.reduce((n, j) => n + roundSeconds([j]), 0);
    longest = Math.max(longest, total);
  }
  return longest;
}
function functionsToDiagnose(groups) {
  return groups.flatMap(({ fn }) => [
    fn.functionName,
    ...Object.values(fn.destinations ?? {}).filter((arn) => Boolean(arn) && destinationType(arn) === "lambda").map((arn) => functionNameOf(arn))
  ]);
}
async function openTaps(clients, state, groups) {
  const byArn = /* @__PURE__ */ new Map();
  for (const { fn } of groups)
    for (const arn of Object.values(fn.destinations ?? {})) {
      if (!arn) continue;
      byArn.set(arn, [...byArn.get(arn) ?? [], fn]);
    }
  const taps = [];
  for (const [arn, fns] of byArn) {
    try {
      const tap = await openTap(clients, state, arn, fns);
      if (tap) taps.push(tap);
    } catch {
    }
  }
  return taps;
}

// ../verify/src/e2e.ts
async function e2e(options) {
  const started = Date.now();
  const emit = progress(options, started);
  const cloud = options.cloud ?? "local";
  const loaded = await loadRun(options);
  const region = options.region ?? loaded.service?.region ?? resolveRegion({});
  const stage = options.stage ?? loaded.service?.stage;
  if (options.deploy !== false) {
    if (loaded.service) checkNameLengths(loaded.service.names, loaded.service.stage);
    const command = options.serverlessCommand;
    if (command !== void 0 && !commandExists(command, loaded.serviceDir)) {
      throw new ConfigError(
        `${options.serverlessSource ?? "--serverless"} names '${command}', which is not a file that can run nor a command on the PATH`
      );
    }
  }
  let endpoint = options.endpoint;
  let stopCloud;
  const awsEndpoint = cloud === "aws" ? endpoint ?? process.env.AWS_ENDPOINT_URL : void 0;
  if (awsEndpoint) {
    await requireAnswering(
      awsEndpoint,
      endpointSource(options),
      "check the address, or leave it out to use AWS"
    );
  }
  if (cloud === "local") {
    const inUse = await useLocalCloud({
      endpoint,
      endpointSource: options.endpointSource,
      region,
      timeScale: options.timeScale,
      interpreters: options.interpreters
    });
    endpoint = inUse.url;
    stopCloud = inUse.stop;
    emit("deploy", inUse.said);
  }
  const target = {
    cloud,
    serviceDir: loaded.serviceDir,
    stage,
    region,
    params: options.params,
    endpoint,
    serverlessCommand: options.serverlessCommand,
    strict: options.strict
  };
  const state = newRunState(
    { region, cloud, endpoint: resolveEndpoint({ cloud, endpoint }) },
    options.stateFile
  );
  const remove = options.remove ?? cloud === "local";
  let report;
  let failure;
  let placeholders;
  try {
    if (options.deploy !== false) {
      for (const dir of options.needs ?? []) {
        const need = { ...target, serviceDir: path.resolve(dir) };
        emit(
          "deploy",
          `deploying ${dir} stage ${stage ?? "dev"} to ${cloud} first: ${loaded.serviceDir} needs it`
        );
        await deployRecordedNeed(state, need, { onOutput: (line) => emit("deploy", line) });
      }
      emit("deploy", `deploying ${loaded.serviceDir} stage ${stage ?? "dev"} to ${cloud}`);
      const done = await deployRecordedStage(state, target, { onOutput: (line) => emit("deploy", line) });
      placeholders = done.result?.placeholders;
      for (const line of placeholderLines(placeholders ?? [])) emit("deploy", line);
    }
    report = await verify(
      { ...options, spec: loaded.spec, serviceDir: loaded.serviceDir, cloud, region, stage, endpoint },
      state,
      started
    );
  } catch (error) {
    failure = { error };
  }
  try {
    if (remove && leftDeployed(state).length) {
      emit("remove", `removing stage ${stage ?? "dev"}`);
      await removeRecordedStage(state).then(
        () => emit("remove", `removed stage ${stage ?? "dev"}`),
        (err) => emit("remove", `could not remove stage ${stage ?? "dev"}: ${err.message}`)
      );
    }
  } finally {
    await stopCloud?.();
  }
  if (failure) throw failure.error;
  const record = state.stage;
  return {
    ...report,
    ...placeholders?.length ? { placeholders } : {},
    deployment: {
      deployed: record?.deployed ?? false,
      removed: record?.removed ?? false,
      stackName: record?.target.stackName,
      removeError: removeErrors(state)
    }
  };
}
function removeErrors(state) {
  const failed = [
    ...state.stage?.removeError ? [state.stage.removeError] : [],
    ...(state.needs ?? []).flatMap(
      (n) => n.removeError ? [`${n.target.serviceDir}: ${n.removeError}`] : []
    )
  ];
  return failed.length ? failed.join("; ") : void 0;
}

// ../verify/src/report/table.ts
function short(v, max = 200) {
  const s = v === void 0 ? "nothing" : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}

// ../verify/src/report/markdown.ts
function renderMarkdown(report, options = {}) {
  const t = report.totals;
  const service = options.service ?? report.service;
  const out = [
    heading(service, report.passed ? "\u2705 passed" : "\u274C failed"),
    "",
    `${t.passed} of ${t.cases} cases passed, ${t.received} of ${t.invocations} records received, on ${report.cloud} \`${report.region}\`${report.stage ? `, stage \`${report.stage}\`` : ""}, in ${(report.durationMs / 1e3).toFixed(1)} s.`,
    "",
    "| case | result | expected | received | missing | wrong destination | duplicates | latency p50 / max |",
    "|---|---|---|---|---|---|---|---|",
    ...report.cases.map(
      (c) => `| ${esc(c.name)} | ${c.passed ? "\u2705" : "\u274C"} | ${c.expected.destination}: ${c.expected.condition} | ${c.received}/${c.invocations} | ${c.missing} | ${c.wrongDestination} | ${c.duplicates} | ${c.latencyMs ? `${c.latencyMs.p50} / ${c.latencyMs.max} ms` : "-"} |`
    )
  ];
  const failed = report.cases.filter((c) => !c.passed);
  if (failed.length) {
    out.push("", "### Failures");
    for (const c of failed) out.push("", ...failureSection(c));
  }
  const problems = report.preflight.filter((p) => p.level !== "ok");
  if (problems.length) {
    out.push("", "### Preflight", "");
    for (const p of problems) out.push(problemLine(p));
  }
  if (report.placeholders?.length) {
    out.push(
      "",
      "### Not emulated",
      "",
      `> [!WARNING]
> ${NOT_EMULATED}`,
      "",
      "| resource | type |",
      "|---|---|"
    );
    for (const p of report.placeholders) out.push(`| ${esc(p.logicalId)} | \`${p.type}\` |`);
  }
  out.push("", "### Where the records went", "", "```mermaid", ...diagram(report), "```", "");
  return out.join("\n");
}
function problemLine(p) {
  return `- **${p.level}**: ${esc(p.message)}`;
}
function heading(service, verdict) {
  return `## Lambda destinations${service ? ` of \`${tick(service)}\`` : ""}: ${verdict}`;
}
function failureSection(c) {
  const out = [`#### ${esc(c.name)}`, ""];
  for (const f of c.failures) {
    out.push(`- ${esc(f.message)}`);
    if (f.expected !== void 0) out.push(`  - expected: \`${tick(short(f.expected))}\``);
    if (f.expected !== void 0) out.push(`  - got: \`${tick(short(f.got))}\``);
    if (f.cause) out.push(`  - most likely cause: ${esc(f.cause)}`);
  }
  return out;
}
var RED = "#d1242f";
var BAD_RECORDS = /* @__PURE__ */ new Set(["field", "duplicate", "unreadable"]);
function diagram(report) {
  const lines = ["flowchart LR"];
  const ids = /* @__PURE__ */ new Map();
  let links = 0;
  const red = [];
  const failedCases = [];
  const id = (key, label, shape) => {
    let v = ids.get(key);
    if (!v) {
      v = `n${ids.size}`;
      ids.set(key, v);
      const l = label.replace(/"/g, "'");
      lines.push(
        shape === "fn" ? `  ${v}(["${l}"])` : shape === "case" ? `  ${v}["${l}"]` : `  ${v}[("${l}")]`
      );
    }
    return v;
  };
  const link = (from, arrow, label, to, failing) => {
    lines.push(`  ${from} ${arrow}${label ? `|${failing ? `"\u2717 ${label}"` : label}|` : ""} ${to}`);
    if (failing) red.push(links);
    links++;
  };
  const dest = (arn, kind) => id(`dest:${arn}`, `${kind}: ${resourceName(arn)}`, "dest");
  for (const c of report.cases) {
    const f = id(`fn:${c.functionArn}`, resourceName(c.functionArn), "fn");
    const k = id(`case:${c.function}:${c.name}`, `${c.name} \xD7${c.invocations}`, "case");
    if (!c.passed) failedCases.push(k);
    link(f, "-->", "", k, false);
    const expectedKind = c.expected.destination;
    const counts = /* @__PURE__ */ new Map();
    for (const r of c.records) {
      if (r.duplicate) continue;
      const key = `${r.destination}|${r.destinationArn}`;
      const e = counts.get(key) ?? { n: 0, kind: r.destination, arn: r.destinationArn };
      e.n++;
      counts.set(key, e);
    }
    const badRecords = c.failures.some((x) => BAD_RECORDS.has(x.kind));
    let expectedReached = false;
    for (const { n, kind, arn } of counts.values()) {
      const expected = kind === expectedKind;
      expectedReached ||= expected;
      link(
        k,
        "-->",
        expected ? String(n) : `${n} wrong destination`,
        dest(arn, kind),
        !expected || badRecords
      );
    }
    const expectedArn = c.expected.destinationArn ?? destinationOf(report, c);
    if (!c.passed && !expectedReached && expectedArn) {
      link(k, "-.->", `expected ${c.invocations}`, dest(expectedArn, expectedKind), true);
    }
    if (c.missing) link(k, "-.->", `${c.missing} missing`, id("missing", "no record", "dest"), true);
  }
  if (failedCases.length) {
    lines.push(`  classDef failed stroke:${RED},stroke-width:2px,color:${RED}`);
    lines.push(`  class ${failedCases.join(",")} failed`);
  }
  if (red.length) lines.push(`  linkStyle ${red.join(",")} stroke:${RED},stroke-width:2px,color:${RED}`);
  return lines;
}
function destinationOf(report, c) {
  return report.functions.find((f) => f.functionArn === c.functionArn)?.destinations[c.expected.destination];
}
function esc(s) {
  return s.replace(/\|/g, "\\|").replace(/</g, "&lt;");
}
function tick(s) {
  return s.replace(/`/g, "'");
}

// ../verify/src/report/doctor.ts
function renderDoctorMarkdown(problems, about) {
  const shown = problems.filter((p) => p.level !== "ok");
  const errors = shown.filter((p) => p.level === "error").length;
  const verdict = errors ? `\u274C ${errors} ${errors === 1 ? "error" : "errors"}` : "\u2705 no errors";
  const out = [
    heading(about.service, `dry run, ${verdict}`),
    "",
    `The function, its destinations and its role's permissions, checked on ${about.cloud} \`${about.region}\`${about.stage ? `, stage \`${about.stage}\`` : ""}; nothing was deployed or invoked.`,
    ""
  ];
  if (shown.length === 0) out.push("No problems found.");
  else out.push(...shown.map(problemLine));
  out.push("");
  return out.join("\n");
}

// ../verify/src/report/json.ts
import { mkdir, writeFile } from "node:fs/promises";
import path2 from "node:path";
async function writeJsonReport(report, file) {
  await mkdir(path2.dirname(path2.resolve(file)), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}
`);
}

export {
  readRunState,
  cleanupTaps,
  doctor,
  leftDeployed,
  removeRecordedStage,
  e2e,
  renderMarkdown,
  renderDoctorMarkdown,
  writeJsonReport
};
//# sourceMappingURL=chunk-HLMFEGJ4.js.map
