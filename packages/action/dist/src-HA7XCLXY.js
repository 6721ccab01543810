import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  arnElementCount,
  changeSetTypeUnsupported,
  checkStackNameOrId,
  creationOrder,
  dependencies,
  exportNotImported,
  insufficientCapabilities,
  mustNotBeNull,
  noStackForPhysicalId,
  parseArn,
  parseTemplate,
  randomSuffix,
  resourceNotInStack,
  shownValue,
  stackOrPhysicalIdRequired,
  templateMissing,
  templateUrlUnreadable,
  templateUrlUnsupported,
  unzipSync
} from "./chunk-3Q6RD3VT.js";
import {
  Call,
  EMPTY_MODEL,
  ERROR_NAMESPACE,
  MalformedInput,
  TARGET_PREFIX,
  awsJsonFace,
  buildAwsJsonFace,
  dynamoDbUnavailable,
  isObject,
  join,
  jsonDecoder,
  jsonEncoder,
  kindOf,
  lazyFace,
  malformedError,
  membersOf,
  messageKey,
  notImplemented,
  readModel,
  requiredMembers,
  servedOperations,
  timestampFormat
} from "./chunk-J4DGY3SW.js";
import {
  authError,
  crossSiteRefused,
  hostRefused,
  originRefused
} from "./chunk-H2IDPYX7.js";
import {
  AwsError,
  toAwsError
} from "./chunk-GVSLWIJQ.js";
import "./chunk-TZP22VI7.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-DBFYPCXS.js";

// ../local-cloud/src/cloudwatch/awsMetrics.ts
var LAMBDA = { namespace: "AWS/Lambda", dimension: "FunctionName" };
var SNS = { namespace: "AWS/SNS", dimension: "TopicName" };
var EVENTS = { namespace: "AWS/Events", dimension: "RuleName" };
var AWS_METRICS = {
  Errors: LAMBDA,
  Throttles: LAMBDA,
  DestinationDeliveryFailures: LAMBDA,
  DeadLetterErrors: LAMBDA,
  NumberOfMessagesPublished: SNS,
  NumberOfNotificationsDelivered: SNS,
  NumberOfNotificationsFailed: SNS,
  NumberOfNotificationsFilteredOut: SNS,
  MatchedEvents: EVENTS,
  Invocations: EVENTS,
  FailedInvocations: EVENTS
};
function awsMetricOf(counter) {
  return AWS_METRICS[counter];
}

// ../local-cloud/src/delivery/target.ts
var DeliveryFailure = class extends Error {
};

// ../local-cloud/src/delivery/toBucket.ts
var toBucket = {
  // PutObject is an object-level action and ListBucket a bucket-level one: AWS asks for both.
  permissions: (arn, o) => [
    ["s3:ListBucket", arn.text],
    ["s3:PutObject", `${arn.text}/${o.key ?? ""}`]
  ],
  send(cloud, arn, body, o) {
    const s3 = cloud.s3;
    if (!s3) throw new DeliveryFailure("S3 is not served by this local cloud");
    if (o.key === void 0) throw new DeliveryFailure("an S3 object needs a key");
    if (!s3.bucketExists(arn.resourceName)) throw new DeliveryFailure("the bucket does not exist");
    s3.putObject(arn.resourceName, o.key, Buffer.from(body), o.contentType);
  }
};

// ../local-cloud/src/delivery/toBus.ts
var toBus = {
  permissions: (arn) => [["events:PutEvents", arn.text]],
  send(cloud, arn, body, o) {
    const events = cloud.events;
    if (!events) throw new DeliveryFailure("EventBridge is not served by this local cloud");
    const region = arn.region || o.region || cloud.config.region;
    if (o.forward) {
      events.forwardEvent(arn.text, o.forward.event, o.forward.hops, region);
      return;
    }
    if (!o.event) throw new DeliveryFailure("an event bus takes events only");
    if (!events.describeBus(arn.text, region)) throw new DeliveryFailure("the event bus does not exist");
    events.putEvent({
      eventBusName: arn.text,
      source: o.event.source,
      detailType: o.event.detailType,
      detail: body,
      resources: o.event.resources,
      time: o.event.time,
      region
    });
  }
};

// ../local-cloud/src/delivery/toFunction.ts
var toFunction = {
  permissions: (arn) => [["lambda:InvokeFunction", arn.text]],
  send(cloud, arn, body, o) {
    const lambda = cloud.lambda;
    if (!lambda) throw new DeliveryFailure("Lambda is not served by this local cloud");
    const region = arn.region || o.region || cloud.config.region;
    if (!lambda.describeFunction(arn.text, region)) throw new DeliveryFailure("the function does not exist");
    lambda.invokeAsync(arn.text, Buffer.from(body), { region });
  }
};

// ../local-cloud/src/delivery/toQueue.ts
var toQueue = {
  permissions: (arn) => [["sqs:SendMessage", arn.text]],
  resourcePolicy: (cloud, arn) => cloud.sqs?.describeQueue(arn.text)?.policy,
  send(cloud, arn, body, o) {
    const sqs = cloud.sqs;
    if (!sqs) throw new DeliveryFailure("SQS is not served by this local cloud");
    const queue = sqs.describeQueue(arn.text);
    if (!queue) throw new DeliveryFailure("the queue does not exist");
    if (queue.fifo && o.groupId === void 0) {
      throw new DeliveryFailure(`FIFO queues are not supported as ${o.sender.as}s`);
    }
    sqs.sendMessage(arn.text, body, {
      messageAttributes: o.attributes,
      // A standard queue refuses a deduplication id, and SNS FIFO topics pass it no group id either.
      messageGroupId: queue.fifo ? o.groupId : o.fairGroupId,
      messageDeduplicationId: queue.fifo ? o.dedupId : void 0,
      senderId: o.senderId,
      traceHeader: o.traceHeader
    });
  }
};

// ../local-cloud/src/delivery/toTopic.ts
var SNS_LIMIT = 256 * 1024;
var toTopic = {
  permissions: (arn) => [["sns:Publish", arn.text]],
  send(cloud, arn, body, o) {
    const sns = cloud.sns;
    if (!sns) throw new DeliveryFailure("SNS is not served by this local cloud");
    const topic = sns.describeTopic(arn.text);
    if (!topic) throw new DeliveryFailure("the topic does not exist");
    if (topic.fifo) throw new DeliveryFailure(`FIFO topics are not supported as ${o.sender.as}s`);
    let message = body;
    if (Buffer.byteLength(message) > SNS_LIMIT) {
      if (!o.smaller) throw new DeliveryFailure(`the message is larger than SNS's ${SNS_LIMIT} bytes`);
      message = o.smaller();
    }
    sns.publish(arn.text, message, { subject: o.subject, messageAttributes: o.attributes });
  }
};

// ../local-cloud/src/delivery/deliverTo.ts
var TARGETS = {
  sqs: toQueue,
  sns: toTopic,
  events: toBus,
  lambda: toFunction,
  s3: toBucket
};
function deliverTo(cloud, to, body, o) {
  const arn = typeof to === "string" ? parseArn(to) : to;
  try {
    if (!arn) throw new DeliveryFailure(`'${String(to)}' is not an ARN`);
    const target = TARGETS[arn.service];
    if (!target || !o.sender.services.includes(arn.service)) {
      throw new DeliveryFailure(`${o.sender.as}s of service '${arn.service}' are not supported`);
    }
    if (o.principal && cloud.iam) {
      const policy = target.resourcePolicy?.(cloud, arn);
      for (const [action, resource] of target.permissions(arn, o)) {
        const verdict2 = cloud.iam.evaluate(o.principal, action, resource, policy);
        if (!verdict2.allowed) {
          throw new DeliveryFailure(
            `role ${o.principal} is not allowed ${action} on ${resource} (${verdict2.reason})`
          );
        }
      }
    }
    target.send(cloud, arn, body, o);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    cloud.count(o.sender.failures, o.dimension);
    cloud.log(o.sender.level, `${o.what} not delivered to ${arn?.text ?? String(to)}: ${reason}`);
    return false;
  }
  if (o.sender.deliveries) cloud.count(o.sender.deliveries, o.dimension);
  return true;
}

// ../local-cloud/src/sqs/deque.ts
var Deque = class {
  items = [];
  head = 0;
  get length() {
    return this.items.length - this.head;
  }
  push(item) {
    this.items.push(item);
  }
  peek() {
    return this.items[this.head];
  }
  /** The item `offset` places behind the head. */
  at(offset) {
    return this.items[this.head + offset];
  }
  shift() {
    if (this.head >= this.items.length) return void 0;
    const item = this.items[this.head];
    this.items[this.head++] = void 0;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  clear() {
    this.items = [];
    this.head = 0;
  }
};

// ../local-cloud/src/logs/errors.ts
var invalidParameter = (message) => new AwsError("InvalidParameterException", message, 400);
var validationException = (message) => new AwsError("ValidationException", message, 400);
var constraintViolation = (value2, member, constraint2) => invalidParameter(
  `1 validation error detected: Value ${value2 === null ? "null" : `'${value2}'`} at '${member}' failed to satisfy constraint: ${constraint2}`
);
var missingMember = (member) => constraintViolation(null, member, "Member must not be null");
var nameTooLong = () => invalidParameter("Invalid LogGroup or LogStream, both must have length less than or equal to 512.");
var logGroupAlreadyExists = () => new AwsError("ResourceAlreadyExistsException", "The specified log group already exists", 400);
var logStreamAlreadyExists = () => new AwsError("ResourceAlreadyExistsException", "The specified log stream already exists", 400);
var logGroupNotFound = () => new AwsError("ResourceNotFoundException", "The specified log group does not exist.", 400);
var logStreamNotFound = () => new AwsError("ResourceNotFoundException", "The specified log stream does not exist.", 400);
var invalidNextToken = () => invalidParameter("The specified nextToken is invalid.");
var invalidFilterPattern = (pattern) => invalidParameter(`Invalid filter pattern: ${pattern}`);
var groupNameMissing = () => invalidParameter("Should provide either logGroupName or logGroupIdentifier.");
var groupNameAndIdentifier = () => validationException("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
var deletionProtected = () => validationException(
  "Cannot delete log group with deletion protection enabled. Disable deletion protection first."
);

// ../local-cloud/src/logs/store.ts
var DEFAULT_LOG_LIMITS = {
  maxEventsPerGroup: 1e4,
  maxEvents: 1e5,
  maxBytes: 64 * 1024 * 1024
};
var eventSize = (e) => e.message.length + 26;
var LogsStore = class {
  constructor(accountId, limits = DEFAULT_LOG_LIMITS) {
    this.accountId = accountId;
    this.limits = limits;
  }
  accountId;
  limits;
  groups = /* @__PURE__ */ new Map();
  /** One entry per stored event of any group, in arrival order, naming its group (the overall eviction order). */
  arrivals = new Deque();
  events = 0;
  bytes = 0;
  /** Events and bytes kept in all. */
  get size() {
    return { events: this.events, bytes: this.bytes };
  }
  arn(region, group) {
    return `arn:aws:logs:${region}:${this.accountId}:log-group:${group}`;
  }
  find(region, name) {
    return this.groups.get(`${region}/${name}`);
  }
  group(region, name) {
    const g = this.find(region, name);
    if (!g) throw logGroupNotFound();
    return g;
  }
  stream(group, name) {
    const s = group.streams.get(name);
    if (!s) throw logStreamNotFound();
    return s;
  }
  createGroup(region, name, options = {}) {
    const g = {
      name,
      region,
      creationTime: Date.now(),
      streams: /* @__PURE__ */ new Map(),
      tags: options.tags ?? {},
      nextSeq: 0,
      logGroupClass: options.logGroupClass ?? "STANDARD",
      deletionProtectionEnabled: options.deletionProtectionEnabled ?? false,
      arrivals: new Deque(),
      evicted: 0,
      popped: 0,
      bytes: 0
    };
    this.groups.set(`${region}/${name}`, g);
    return g;
  }
  deleteGroup(region, name) {
    const g = this.find(region, name);
    if (!g) return false;
    this.events -= g.arrivals.length;
    this.bytes -= g.bytes;
    return this.groups.delete(`${region}/${name}`);
  }
  listGroups(region) {
    return [...this.groups.values()].filter((g) => g.region === region).sort((a, b) => a.name < b.name ? -1 : 1);
  }
  createStream(group, name) {
    const s = { name, creationTime: Date.now(), events: [], storedBytes: 0 };
    group.streams.set(name, s);
    return s;
  }
  append(group, stream, events) {
    const now = Date.now();
    for (const e of events) {
      const stored = { timestamp: e.timestamp, message: e.message, ingestionTime: now, seq: group.nextSeq++ };
      stream.events.push(stored);
      stream.storedBytes += e.message.length;
      group.arrivals.push(stream);
      group.bytes += eventSize(stored);
      this.arrivals.push(group);
      this.events++;
      this.bytes += eventSize(stored);
      while (group.arrivals.length > this.limits.maxEventsPerGroup) this.dropOldestOf(group);
      if (stream.firstEventTimestamp === void 0 || e.timestamp < stream.firstEventTimestamp) {
        stream.firstEventTimestamp = e.timestamp;
      }
      if (stream.lastEventTimestamp === void 0 || e.timestamp > stream.lastEventTimestamp) {
        stream.lastEventTimestamp = e.timestamp;
      }
    }
    stream.lastIngestionTime = now;
    while (this.events > this.limits.maxEvents || this.bytes > this.limits.maxBytes) this.dropOldest();
    if (this.arrivals.length > 2 * this.events + 1024) this.compact();
  }
  /** Drops a group's oldest event: the head of the stream its first arrival names. */
  dropOldestOf(group) {
    const stream = group.arrivals.shift();
    const e = stream?.events.shift();
    if (!stream || !e) return;
    group.evicted++;
    group.bytes -= eventSize(e);
    stream.storedBytes -= e.message.length;
    this.events--;
    this.bytes -= eventSize(e);
  }
  /** Drops the oldest event kept in any group (it is also its group's oldest). */
  dropOldest() {
    for (; ; ) {
      const g = this.arrivals.shift();
      if (!g) return;
      if (this.find(g.region, g.name) !== g) continue;
      if (g.popped++ < g.evicted) continue;
      this.dropOldestOf(g);
      return;
    }
  }
  compact() {
    const live = new Deque();
    for (let i = 0; i < this.arrivals.length; i++) {
      const g = this.arrivals.at(i);
      if (this.find(g.region, g.name) !== g) continue;
      if (g.popped < g.evicted) {
        g.popped++;
        continue;
      }
      live.push(g);
    }
    this.arrivals = live;
  }
};
function groupName(input) {
  if (input.logGroupName !== void 0 && input.logGroupIdentifier !== void 0) {
    throw groupNameAndIdentifier();
  }
  const id = input.logGroupName ?? input.logGroupIdentifier;
  if (!id) throw groupNameMissing();
  const a = parseArn(id);
  return a?.service === "logs" && a.resourceType === "log-group" && a.resourceName ? a.resourceName : id;
}
function sequenceToken(n) {
  return String(n).padStart(56, "0");
}
function encodeToken(prefix, n) {
  return `${prefix}/${String(n).padStart(20, "0")}`;
}
function decodeToken(token, prefix) {
  if (!token) return void 0;
  const m = new RegExp(`^${prefix}/(\\d+)$`).exec(token);
  if (!m) throw invalidNextToken();
  return Number(m[1]);
}

// ../local-cloud/src/persistence/database.ts
import { mkdirSync, realpathSync } from "node:fs";
import path from "node:path";

// ../local-cloud/src/persistence/json.ts
function toStateJson(value2) {
  return JSON.stringify(value2, function(key2, v) {
    const raw = this[key2];
    if (raw instanceof Uint8Array) return { $bytes: Buffer.from(raw).toString("base64") };
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    if (raw instanceof Set) return { $set: [...raw] };
    if (typeof raw === "bigint") return { $bigint: raw.toString() };
    return v;
  });
}
function fromStateJson(text) {
  return JSON.parse(text, (_key, v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const t = v;
    const keys = Object.keys(v);
    if (keys.length !== 1) return v;
    if (typeof t.$bytes === "string") return Buffer.from(t.$bytes, "base64");
    if (typeof t.$date === "string") return new Date(t.$date);
    if (Array.isArray(t.$map)) return new Map(t.$map);
    if (Array.isArray(t.$set)) return new Set(t.$set);
    if (typeof t.$bigint === "string") return BigInt(t.$bigint);
    return v;
  });
}

// ../local-cloud/src/persistence/database.ts
var SCHEMA = `
CREATE TABLE IF NOT EXISTS record (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (kind, key));
CREATE TABLE IF NOT EXISTS sqs_queue (arn TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sqs_message (seq INTEGER PRIMARY KEY AUTOINCREMENT, queue TEXT NOT NULL,
  id TEXT NOT NULL, state INTEGER NOT NULL, due_at INTEGER NOT NULL, value TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS sqs_message_id ON sqs_message (queue, id);
CREATE TABLE IF NOT EXISTS sqs_dedup (queue TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  expires_at INTEGER NOT NULL, PRIMARY KEY (queue, key));
CREATE TABLE IF NOT EXISTS s3_object (bucket TEXT NOT NULL, key TEXT NOT NULL, meta TEXT NOT NULL,
  body BLOB NOT NULL, PRIMARY KEY (bucket, key));
CREATE TABLE IF NOT EXISTS lambda_event (request_id TEXT PRIMARY KEY, value TEXT NOT NULL);
`;
function sqliteModule() {
  return process.getBuiltinModule?.("node:sqlite");
}
var StateDatabase = class {
  /** The state directory, resolved: every file the local cloud keeps lives under it. */
  dir;
  db;
  statements = /* @__PURE__ */ new Map();
  depth = 0;
  constructor(dir) {
    const sqlite = sqliteModule();
    if (!sqlite) throw new Error(`node:sqlite is not available in Node.js ${process.versions.node}`);
    mkdirSync(dir, { recursive: true });
    this.dir = realpathSync(dir);
    this.db = new sqlite.DatabaseSync(path.join(this.dir, "state.sqlite"));
    this.db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
    this.db.exec(SCHEMA);
  }
  /** A prepared statement, prepared once. */
  statement(sql) {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }
  run(sql, ...params) {
    this.statement(sql).run(...params);
  }
  all(sql, ...params) {
    return this.statement(sql).all(...params);
  }
  /**
   * Runs `work` in one transaction: everything it writes (and what the stores it calls write) commits
   * together or not at all. Nested calls join the outer transaction.
   */
  atomically(work) {
    if (this.depth > 0) {
      this.depth++;
      try {
        return work();
      } finally {
        this.depth--;
      }
    }
    this.db.exec("BEGIN IMMEDIATE");
    this.depth = 1;
    try {
      const out = work();
      this.db.exec("COMMIT");
      return out;
    } catch (err) {
      this.db.exec("ROLLBACK");
      throw err;
    } finally {
      this.depth = 0;
    }
  }
  /** Stores a small store's record (a topic, a rule, a role) as JSON under its kind and key. */
  putRecord(kind, key2, value2) {
    this.run(
      "INSERT INTO record (kind, key, value) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value",
      kind,
      key2,
      toStateJson(value2)
    );
  }
  deleteRecord(kind, key2) {
    this.run("DELETE FROM record WHERE kind = ? AND key = ?", kind, key2);
  }
  /** Replaces every record of a kind at once (a store saved whole after a change). */
  replaceRecords(kind, records) {
    this.atomically(() => {
      this.run("DELETE FROM record WHERE kind = ?", kind);
      for (const [key2, value2] of records) this.putRecord(kind, key2, value2);
    });
  }
  records(kind) {
    return this.all(
      "SELECT key, value FROM record WHERE kind = ? ORDER BY rowid",
      kind
    ).map((r) => [r.key, fromStateJson(r.value)]);
  }
  /**
   * A path under the state directory for a name the local cloud makes up; refuses anything that would
   * leave it (names from requests never become paths, this is the second line).
   */
  pathUnder(...parts) {
    const p = path.resolve(this.dir, ...parts);
    if (p !== this.dir && !p.startsWith(this.dir + path.sep)) {
      throw new Error(`local-cloud: ${parts.join("/")} is outside the state directory`);
    }
    return p;
  }
  close() {
    this.statements.clear();
    this.db.close();
  }
};

// ../local-cloud/src/cloud.ts
var DEFAULT_CONFIG = {
  host: "127.0.0.1",
  port: 4566,
  region: "us-east-1",
  accountId: "000000000000",
  timeScale: 1,
  allowOrigins: [],
  allowHosts: [],
  requireAuth: false,
  authKeys: [{ accessKeyId: "test", secretAccessKey: "test" }],
  accountConcurrency: 1e3,
  logLevel: "error",
  interpreters: {},
  maxLogEventsPerGroup: DEFAULT_LOG_LIMITS.maxEventsPerGroup,
  maxLogEvents: DEFAULT_LOG_LIMITS.maxEvents,
  maxLogBytes: DEFAULT_LOG_LIMITS.maxBytes
};
var LEVELS = { quiet: 0, error: 1, info: 2, debug: 3 };
var LocalCloud = class {
  config;
  startedAt = Date.now();
  /** `http://host:port`, known once listening. */
  endpoint = "";
  services = /* @__PURE__ */ new Map();
  /** Counters by name then dimension, e.g. DestinationDeliveryFailures -> function name -> n. */
  metrics = /* @__PURE__ */ new Map();
  sqs;
  sns;
  events;
  s3;
  lambda;
  logs;
  iam;
  cloudwatch;
  /** The state directory's database, with --state-dir: stores write through to it and load from it. */
  state;
  constructor(config = {}) {
    this.config = { ...DEFAULT_CONFIG, ...config };
    if (this.config.stateDir !== void 0) this.state = new StateDatabase(this.config.stateDir);
  }
  get accountId() {
    return this.config.accountId;
  }
  /** The key pair the cloud's own clients sign with (handlers, stack resources): one it accepts. */
  get credentials() {
    return this.config.authKeys[0] ?? DEFAULT_CONFIG.authKeys[0];
  }
  register(service) {
    this.services.set(service.name, service);
  }
  /** A duration of AWS's scaled by --time-scale (retry delays, event age). */
  scaled(ms) {
    return ms * this.config.timeScale;
  }
  /** Counts an event; counters that are AWS metrics also become a CloudWatch datapoint (`putMetric`). */
  count(metric, dimension, by = 1) {
    let m = this.metrics.get(metric);
    if (!m) {
      m = /* @__PURE__ */ new Map();
      this.metrics.set(metric, m);
    }
    m.set(dimension, (m.get(dimension) ?? 0) + by);
    const aws = awsMetricOf(metric);
    if (aws) this.putMetric(aws.namespace, metric, { [aws.dimension]: dimension }, by, "Count");
  }
  /**
   * Records a datapoint in CloudWatch's store, when CloudWatch is served. `region` defaults to the cloud's
   * region (counters do not know theirs).
   */
  putMetric(namespace, name, dimensions3, value2, unit2, region = this.config.region) {
    this.cloudwatch?.putMetric(region, namespace, name, dimensions3, value2, unit2);
  }
  /** Sends a message to an ARN of any service, checked, logged and counted: see `delivery/deliverTo.ts`. */
  deliverTo(arn, body, options) {
    return deliverTo(this, arn, body, options);
  }
  log(level, message) {
    if (LEVELS[level] <= LEVELS[this.config.logLevel]) process.stderr.write(`[local-cloud] ${message}
`);
  }
  async stop() {
    for (const s of this.services.values()) await s.stop?.();
    this.state?.close();
  }
};

// ../local-cloud/src/lambda/runtime/interpreters.ts
import { spawnSync } from "node:child_process";

// ../local-cloud/src/lambda/runtimes.ts
var SUPPORTED = {
  "nodejs18.x": "nodejs",
  "nodejs20.x": "nodejs",
  "nodejs22.x": "nodejs",
  "nodejs24.x": "nodejs",
  "python3.9": "python",
  "python3.10": "python",
  "python3.11": "python",
  "python3.12": "python",
  "python3.13": "python",
  "python3.14": "python",
  provided: "provided",
  "provided.al2": "provided",
  "provided.al2023": "provided"
};
function runtimeFamily(runtime) {
  return runtime === void 0 ? void 0 : SUPPORTED[runtime];
}
var SUPPORTED_RUNTIMES = Object.keys(SUPPORTED);
function executionEnv(runtime) {
  const family = runtimeFamily(runtime);
  if (family === "nodejs") return `AWS_Lambda_${runtime}`;
  if (family === "python") return `AWS_Lambda_${runtime}`;
  return void 0;
}

// ../local-cloud/src/lambda/runtime/interpreters.ts
var probes = /* @__PURE__ */ new Map();
function probe(command, family) {
  const key2 = `${family}\0${command}`;
  const known = probes.get(key2);
  if (known) return known;
  let found2;
  if (family === "nodejs" && command === process.execPath) {
    found2 = { command, version: process.versions.node.split(".")[0] };
  } else {
    const args = family === "python" ? ["-c", 'import sys; print(sys.executable); print("%d.%d" % sys.version_info[:2])'] : ["-p", 'process.execPath + "\\n" + process.versions.node.split(".")[0]'];
    const out = spawnSync(command, args, { encoding: "utf8", timeout: 1e4 });
    const [exe, version] = (out.stdout ?? "").trim().split("\n");
    if (out.error || out.status !== 0 || !version)
      found2 = {
        command,
        error: out.error?.code === "ENOENT" ? `${command} is not on the PATH` : `${command} does not run (${out.error?.message ?? `exit ${out.status}`})`
      };
    else found2 = { command: exe || command, version };
  }
  probes.set(key2, found2);
  return found2;
}
function interpreterSettings(flags) {
  const out = {};
  for (const [flag, family] of [
    ["python", "python"],
    ["node", "nodejs"]
  ]) {
    for (const value2 of flags[flag] ?? []) {
      const eq = value2.indexOf("=");
      const key2 = eq > 0 ? value2.slice(0, eq) : family;
      const command = eq > 0 ? value2.slice(eq + 1) : value2;
      if (key2 !== family && runtimeFamily(key2) !== family)
        throw new Error(
          `--${flag} ${value2}: '${key2}' is not a ${family} runtime (${SUPPORTED_RUNTIMES.filter((r) => runtimeFamily(r) === family).join(", ")})`
        );
      if (!command) throw new Error(`--${flag} takes [RUNTIME=]PATH; got '${value2}'`);
      const p = probe(command, family);
      if (p.error) throw new Error(`--${flag} ${value2}: ${p.error}`);
      out[key2] = command;
    }
  }
  return out;
}
function askedVersion(runtime) {
  return /^python(\d+\.\d+)$/.exec(runtime)?.[1] ?? /^nodejs(\d+)\.x$/.exec(runtime)?.[1];
}
function interpreterFor(cloud, runtime) {
  const family = runtimeFamily(runtime);
  if (!family) return void 0;
  if (family === "provided") return { runtime, family, command: "bootstrap" };
  const named = cloud.config.interpreters[runtime] ?? cloud.config.interpreters[family];
  const asked = askedVersion(runtime);
  let p;
  if (named) p = probe(named, family);
  else if (family === "nodejs") p = probe(process.execPath, family);
  else {
    const exact = asked ? probe(`python${asked}`, family) : void 0;
    p = exact && !exact.error ? exact : probe("python3", family);
  }
  const shown = family === "python" ? "Python" : "Node.js";
  return {
    runtime,
    family,
    command: p.command,
    version: p.version,
    missing: p.error,
    // Python differs both ways (3.12 dropped distutils, 3.13 cgi); a newer Node.js runs older code.
    mismatch: p.version && asked && (family === "python" ? p.version !== asked : Number(p.version) < Number(asked)) ? `${runtime} runs on ${shown} ${p.version} (${p.command}) here; start the local cloud with --${family === "python" ? "python" : "node"} ${runtime}=<interpreter> to run it on ${shown} ${asked}` : void 0
  };
}
function interpreters(cloud, only) {
  const out = {};
  for (const runtime of only ?? SUPPORTED_RUNTIMES) out[runtime] = interpreterFor(cloud, runtime) ?? null;
  return out;
}
var warned = /* @__PURE__ */ new WeakMap();
function interpreterForFunction(cloud, functionName, runtime) {
  const interp = interpreterFor(cloud, runtime);
  const seen = warned.get(cloud) ?? /* @__PURE__ */ new Set();
  warned.set(cloud, seen);
  if (interp.mismatch && !seen.has(functionName)) {
    seen.add(functionName);
    cloud.log("info", `warning: function ${functionName}: ${interp.mismatch}`);
  }
  return interp;
}

// ../local-cloud/src/server.ts
import { randomUUID as randomUUID14 } from "node:crypto";
import { createServer as createServer2 } from "node:http";

// ../local-cloud/src/access/host.ts
import { isIPv4, isIPv6 } from "node:net";
var MAX_REMEMBERED = 256;
var UNSPECIFIED = /* @__PURE__ */ new Set(["0.0.0.0", "::", "[::]"]);
function hostName(host) {
  if (/[@/\\?#\s]/.test(host)) return void 0;
  try {
    const name = new URL(`http://${host}/`).hostname;
    return name.endsWith(".") ? name.slice(0, -1) : name;
  } catch {
    return void 0;
  }
}
function isLoopbackName(name) {
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (name === "localhost.localstack.cloud" || name.endsWith(".localhost.localstack.cloud")) return true;
  if (isIPv4(name)) return name.startsWith("127.");
  return name === "[::1]" || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(name);
}
function boundName(host) {
  if (UNSPECIFIED.has(host)) return void 0;
  return hostName(isIPv6(host) ? `[${host}]` : host);
}
var HostGuard = class {
  exact = /* @__PURE__ */ new Set();
  suffixes = [];
  any;
  verdicts = /* @__PURE__ */ new Map();
  /**
   * `allowed`: names from `--allow-host`: `name`, `*.domain` (the domain's subdomains), `*` (every name).
   * `bound`: the address listened on, which clients of this machine's other interfaces send.
   */
  constructor(allowed, bound) {
    this.any = allowed.includes("*");
    for (const entry of allowed) {
      if (entry === "*") continue;
      if (entry.startsWith("*.")) {
        const domain = hostName(entry.slice(2));
        if (domain) this.suffixes.push(`.${domain}`);
        continue;
      }
      const name = hostName(isIPv6(entry) ? `[${entry}]` : entry);
      if (name) this.exact.add(name);
    }
    const own2 = boundName(bound);
    if (own2) this.exact.add(own2);
  }
  /** Whether a request naming `host` is served. A request without Host (HTTP/1.0) did not come from a browser. */
  allows(host) {
    if (host === void 0 || this.any) return true;
    const known = this.verdicts.get(host);
    if (known !== void 0) return known;
    const name = hostName(host);
    const verdict2 = name !== void 0 && this.decide(name);
    if (this.verdicts.size < MAX_REMEMBERED) this.verdicts.set(host, verdict2);
    return verdict2;
  }
  decide(name) {
    if (isLoopbackName(name) || this.exact.has(name)) return true;
    return this.suffixes.some((s) => name.endsWith(s));
  }
};

// ../local-cloud/src/protocol/serde/text.ts
var DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
var NON_FINITE = /* @__PURE__ */ new Set(["NaN", "Infinity", "-Infinity"]);
function textDecoder(ns, place) {
  return scalarDecoder(kindOf(ns), timestampFormat(ns), place, ns);
}
function scalarDecoder(kind, format, place, ns) {
  switch (kind) {
    case "number":
      return (t, p) => {
        if (!DECIMAL.test(t) && !NON_FINITE.has(t)) throw new MalformedInput(p, "a number", t);
        return Number(t);
      };
    case "boolean":
      return (t, p) => {
        const l = t.toLowerCase();
        if (l === "true") return true;
        if (l === "false") return false;
        throw new MalformedInput(p, "a boolean", t);
      };
    case "blob":
      return (t) => Buffer.from(t, "base64");
    case "timestamp":
      return (t, p) => {
        const f = format ?? (place === "header" ? "http-date" : "date-time");
        const d = f === "epoch-seconds" || /^-?\d+(\.\d+)?$/.test(t) ? new Date(Number(t) * 1e3) : new Date(t);
        if (Number.isNaN(d.getTime())) throw new MalformedInput(p, "a timestamp", t);
        return d;
      };
    case "string": {
      const media = ns.getMergedTraits().mediaType;
      if (place === "header" && media === "application/json")
        return (t) => Buffer.from(t, "base64").toString();
      return (t) => t;
    }
    default:
      return (t) => t;
  }
}
function headerDecoder(ns) {
  if (!ns.isListSchema()) return textDecoder(ns, "header");
  const item = textDecoder(ns.getValueSchema(), "header");
  return (t, p) => splitHeader(t).map((x, i) => item(x, `${p}.${i + 1}`));
}
function splitHeader(t) {
  const out = [];
  for (const m of t.matchAll(/\s*("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)/g)) {
    if (m[0] === "" && m.index === t.length) break;
    const v = m[1];
    out.push(v.startsWith('"') ? v.slice(1, -1).replace(/\\(.)/g, "$1") : v);
  }
  return out;
}
function writeText(ns, value2, place) {
  if (value2 instanceof Date) {
    const f = timestampFormat(ns) ?? (place === "header" ? "http-date" : "date-time");
    if (f === "epoch-seconds") return String(value2.getTime() / 1e3);
    return f === "http-date" ? value2.toUTCString() : value2.toISOString();
  }
  if (value2 instanceof Uint8Array) return Buffer.from(value2).toString("base64");
  if (Array.isArray(value2)) return value2.map((v) => writeText(ns.getValueSchema(), v, place)).join(", ");
  if (place === "header" && ns.getMergedTraits().mediaType === "application/json")
    return Buffer.from(String(value2)).toString("base64");
  return String(value2);
}

// ../local-cloud/src/protocol/serde/form.ts
function formTree(form) {
  const root = {};
  for (const [key2, value2] of form) {
    let node = root;
    for (const part of key2.split(".")) {
      node.children ??= /* @__PURE__ */ new Map();
      let next = node.children.get(part);
      if (!next) {
        next = {};
        node.children.set(part, next);
      }
      node = next;
    }
    node.value = value2;
  }
  return root;
}
var cache = /* @__PURE__ */ new Map();
function formDecoder(ns) {
  const id = ns.isMemberSchema() ? void 0 : ns.getSchema();
  const found2 = id === void 0 ? void 0 : cache.get(id);
  if (found2) return found2;
  const compiled = compile(ns);
  if (id !== void 0) cache.set(id, compiled);
  return compiled;
}
function numbered(node) {
  if (!node?.children) return [];
  return [...node.children.entries()].filter(([k]) => /^\d+$/.test(k)).sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
}
function compile(ns) {
  const kind = kindOf(ns);
  if (kind === "list") {
    const member = ns.getValueSchema();
    const item = formDecoder(member);
    const flat = Boolean(ns.getMergedTraits().xmlFlattened);
    const memberKey = member.getMergedTraits().xmlName ?? "member";
    return (node, p) => {
      const items = flat ? numbered(node) : numbered(node.children?.get(memberKey));
      return items.map((n, i) => item(n, join(p, i + 1)));
    };
  }
  if (kind === "map") {
    const keySchema = ns.getKeySchema();
    const valueSchema = ns.getValueSchema();
    const value2 = formDecoder(valueSchema);
    const flat = Boolean(ns.getMergedTraits().xmlFlattened);
    const keyName = keySchema.getMergedTraits().xmlName ?? "key";
    const valueName = valueSchema.getMergedTraits().xmlName ?? "value";
    return (node, p) => {
      const entries = flat ? numbered(node) : numbered(node.children?.get("entry"));
      const out = {};
      for (const e of entries) {
        const k = e.children?.get(keyName)?.value;
        if (k === void 0) throw new MalformedInput(join(p, keyName), "a map key", void 0);
        const v = e.children?.get(valueName);
        out[k] = v === void 0 ? "" : value2(v, join(p, k));
      }
      return out;
    };
  }
  if (kind === "struct") {
    const members = membersOf(ns).map(([name, m]) => {
      const key2 = m.getMergedTraits().xmlName ?? name;
      return [name, key2, formDecoder(m)];
    });
    return (node, p) => {
      const out = {};
      for (const [name, key2, decode] of members) {
        const child = node.children?.get(key2);
        if (child) out[name] = decode(child, join(p, key2));
      }
      return out;
    };
  }
  const scalar2 = textDecoder(ns, "form");
  return (node, p) => {
    if (node.value === void 0) throw new MalformedInput(p, "a value", void 0);
    return scalar2(node.value, p);
  };
}

// ../local-cloud/src/protocol/xml.ts
function escapeXml(s) {
  return s.replace(
    /[&<>"'\r]/g,
    (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : c === "'" ? "&apos;" : "&#xD;"
  );
}

// ../local-cloud/src/protocol/serde/xml.ts
var structCache = /* @__PURE__ */ new Map();
function xmlContent(struct) {
  return structOf(struct).content;
}
function structOf(struct) {
  const id = struct.getSchema();
  const found2 = structCache.get(id);
  if (found2) return found2;
  let real;
  structCache.set(id, { content: (v) => real.content(v), attributes: (v) => real.attributes(v) });
  real = compileStruct(struct);
  structCache.set(id, real);
  return real;
}
function xmlDocument(struct, value2, namespace) {
  const traits = struct.getMergedTraits();
  const name = traits.xmlName ?? struct.getName() ?? "Result";
  const own2 = namespaceAttribute(traits);
  const { attributes, content } = structOf(struct);
  const fallback = namespace && !own2.startsWith(" xmlns=") ? ` xmlns="${namespace}"` : "";
  const attrs = `${fallback}${own2}${attributes(value2)}`;
  return `<${name}${attrs}>${content(value2)}</${name}>`;
}
function compileStruct(struct) {
  const attrs = [];
  const elements = /* @__PURE__ */ new Map();
  for (const [name, m] of membersOf(struct)) {
    const traits = m.getMergedTraits();
    const xmlName = traits.xmlName ?? name;
    if (traits.xmlAttribute) attrs.push([name, xmlName]);
    else elements.set(name, elementWriter(m, xmlName));
  }
  return {
    // Elements follow the value's own key order: operations build answers in the order AWS writes
    // them, which is not always the model's (SQS puts a message attribute's DataType last).
    content: (v) => {
      if (typeof v !== "object" || v === null) return "";
      const obj = v;
      let out = "";
      for (const name in obj) {
        const x = obj[name];
        if (x === void 0 || x === null) continue;
        const write = elements.get(name);
        if (write) out += write(x);
      }
      return out;
    },
    attributes: (v) => {
      if (typeof v !== "object" || v === null) return "";
      const obj = v;
      let out = "";
      for (const [name, xmlName] of attrs) {
        const x = obj[name];
        if (x !== void 0 && x !== null) out += ` ${xmlName}="${escapeXml(String(x))}"`;
      }
      return out;
    }
  };
}
function elementWriter(m, name) {
  const kind = kindOf(m);
  const traits = m.getMergedTraits();
  const nsAttr = namespaceAttribute(traits);
  const open = `<${name}${nsAttr}>`;
  const close = `</${name}>`;
  if (kind === "list") {
    const member = m.getValueSchema();
    const flat = Boolean(traits.xmlFlattened);
    if (flat) {
      const item2 = elementWriter(member, name);
      return (v) => Array.isArray(v) ? v.map(item2).join("") : "";
    }
    const item = elementWriter(member, member.getMergedTraits().xmlName ?? "member");
    return (v) => Array.isArray(v) ? `${open}${v.map(item).join("")}${close}` : "";
  }
  if (kind === "map") {
    const keyName = m.getKeySchema().getMergedTraits().xmlName ?? "key";
    const valueSchema = m.getValueSchema();
    const valueName = valueSchema.getMergedTraits().xmlName ?? "value";
    const value2 = elementWriter(valueSchema, valueName);
    const entry = (k, x) => `<${keyName}>${escapeXml(k)}</${keyName}>${value2(x)}`;
    if (traits.xmlFlattened) {
      return (v) => Object.entries(v).filter(([, x]) => x !== void 0 && x !== null).map(([k, x]) => `${open}${entry(k, x)}${close}`).join("");
    }
    return (v) => `${open}${Object.entries(v).filter(([, x]) => x !== void 0 && x !== null).map(([k, x]) => `<entry>${entry(k, x)}</entry>`).join("")}${close}`;
  }
  if (kind === "struct") {
    const compiled = structOf(m);
    return (v) => {
      const a = compiled.attributes(v);
      return `<${name}${nsAttr}${a}>${compiled.content(v)}</${name}>`;
    };
  }
  const format = timestampFormat(m) ?? "date-time";
  return (v) => `${open}${escapeXml(scalarText(v, format))}${close}`;
}
function namespaceAttribute(traits) {
  const [prefix, uri] = traits.xmlNamespace ?? [];
  if (!uri) return "";
  return ` ${prefix ? `xmlns:${prefix}` : "xmlns"}="${escapeXml(uri)}"`;
}
function scalarText(v, format) {
  if (v instanceof Date) {
    if (format === "epoch-seconds") return String(v.getTime() / 1e3);
    return format === "http-date" ? v.toUTCString() : v.toISOString();
  }
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64");
  return String(v);
}

// ../local-cloud/src/protocol/codecs/awsQuery.ts
function formPairs(req) {
  const form = /* @__PURE__ */ new Map();
  for (const [k, v] of req.query) form.set(k, v);
  const type = String(req.headers["content-type"] ?? "");
  if (req.body.length > 0 && (type === "" || type.includes("x-www-form-urlencoded"))) {
    for (const [k, v] of new URLSearchParams(req.body.toString("utf8"))) form.set(k, v);
  }
  return form;
}
function awsQueryFace(options) {
  return lazyFace(
    async () => readModel(await options.client()),
    (model) => buildAwsQueryFace(options, model)
  );
}
function buildAwsQueryFace(options, loaded) {
  const model = loaded ?? EMPTY_MODEL;
  const served = /* @__PURE__ */ new Map();
  for (const [name, s] of servedOperations(model, loaded ? options.operations : {})) {
    const out = s.model.output;
    served.set(name, {
      run: s.run,
      decode: formDecoder(s.model.input),
      content: out.isStructSchema() ? xmlContent(out) : void 0
    });
  }
  const ns = options.namespace;
  const writeError = (req, res, err) => {
    if (err.status >= 500) req.cloud.log("error", `${req.service}: ${err.message}`);
    const code = err.queryCode ?? model.errors.get(err.code)?.query?.code ?? err.code;
    const xml = `<?xml version="1.0"?><ErrorResponse xmlns="${ns}"><Error><Type>${err.fault}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(err.message)}</Message><Detail/></Error><RequestId>${req.requestId}</RequestId></ErrorResponse>`;
    res.writeHead(err.status, {
      ...err.headers,
      "Content-Type": "text/xml",
      "x-amzn-RequestId": req.requestId,
      "Content-Length": Buffer.byteLength(xml)
    });
    res.end(xml);
  };
  return {
    protocol: "awsQuery",
    knows: ({ action }) => action === void 0 ? void 0 : served.has(action) ? "serves" : model.operations.has(action) ? "knows" : void 0,
    accepts: (req) => req.headers["x-amz-target"] === void 0,
    writeError,
    async serve(req, res) {
      try {
        const pairs = formPairs(req);
        const action = pairs.get("Action") ?? "";
        const op = served.get(action);
        if (!op) {
          if (action && model.operations.has(action)) throw notImplemented(action);
          throw new AwsError(
            "InvalidAction",
            "The action or operation requested is invalid. Verify that the action is typed correctly.",
            400
          );
        }
        let input;
        try {
          input = op.decode(formTree(pairs), "");
        } catch (err) {
          throw malformedError(err, "ValidationError", options.malformed);
        }
        const output = await op.run(options.context(new Call(req, res)), input);
        const inner = op.content ? `<${action}Result>${op.content(output ?? {})}</${action}Result>` : "";
        const xml = `<?xml version="1.0"?><${action}Response xmlns="${ns}">${inner}<ResponseMetadata><RequestId>${req.requestId}</RequestId></ResponseMetadata></${action}Response>`;
        res.writeHead(200, {
          "Content-Type": "text/xml",
          "x-amzn-RequestId": req.requestId,
          "Content-Length": Buffer.byteLength(xml)
        });
        res.end(xml);
      } catch (thrown) {
        writeError(req, res, toAwsError(thrown));
      }
    }
  };
}

// ../local-cloud/src/protocol/http/bindings.ts
function inputBindings(input) {
  const b = { labels: [], query: [], headers: [], prefixHeaders: [], body: [] };
  for (const [name, schema] of membersOf(input)) {
    const t = schema.getMergedTraits();
    if (t.httpLabel) b.labels.push({ name, schema, decode: textDecoder(schema, "label") });
    else if (typeof t.httpQuery === "string") {
      const list2 = schema.isListSchema();
      const decode = textDecoder(list2 ? schema.getValueSchema() : schema, "query");
      b.query.push({ name, schema, key: t.httpQuery, list: list2, decode });
    } else if (t.httpQueryParams) b.queryParams = { name, schema };
    else if (typeof t.httpHeader === "string")
      b.headers.push({ name, schema, header: t.httpHeader.toLowerCase(), decode: headerDecoder(schema) });
    else if (typeof t.httpPrefixHeaders === "string")
      b.prefixHeaders.push({ name, schema, prefix: t.httpPrefixHeaders.toLowerCase() });
    else if (t.httpPayload) b.payload = { name, schema, kind: kindOf(schema) };
    else b.body.push({ name, schema });
  }
  return b;
}
function readInput(b, input, req, labels, readBody2) {
  const out = {};
  for (const l of b.labels) if (labels[l.name] !== void 0) out[l.name] = l.decode(labels[l.name], l.name);
  const boundKeys = /* @__PURE__ */ new Set();
  for (const q of b.query) {
    boundKeys.add(q.key);
    if (q.list) {
      const all = req.query.getAll(q.key);
      if (all.length > 0) out[q.name] = all.map((v, i) => q.decode(v, `${q.name}.${i + 1}`));
    } else {
      const v = req.query.get(q.key);
      if (v !== null) out[q.name] = q.decode(v, q.name);
    }
  }
  if (b.queryParams) {
    const listValued = b.queryParams.schema.getValueSchema().isListSchema();
    const map = {};
    for (const key2 of new Set(req.query.keys())) {
      if (boundKeys.has(key2)) continue;
      map[key2] = listValued ? req.query.getAll(key2) : req.query.get(key2);
    }
    if (Object.keys(map).length > 0) out[b.queryParams.name] = map;
  }
  for (const h of b.headers) {
    const v = req.headers[h.header];
    if (v !== void 0) out[h.name] = h.decode(Array.isArray(v) ? v.join(", ") : v, h.name);
  }
  for (const p of b.prefixHeaders) {
    const map = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (k.startsWith(p.prefix) && v !== void 0)
        map[k.slice(p.prefix.length)] = Array.isArray(v) ? v.join(", ") : v;
    }
    if (Object.keys(map).length > 0) out[p.name] = map;
  }
  if (b.payload) {
    const { name, schema, kind } = b.payload;
    if (kind === "blob") out[name] = req.body;
    else if (kind === "string") {
      if (req.body.length > 0) out[name] = req.body.toString("utf8");
    } else if (req.body.length > 0) out[name] = readBody2(schema, req.body, name);
  } else if (b.body.length > 0 && req.body.length > 0) {
    const parsed = readBody2(input, req.body, "");
    if (parsed) {
      for (const m of b.body) if (parsed[m.name] !== void 0) out[m.name] = parsed[m.name];
    }
  }
  return out;
}
function outputBindings(output) {
  const b = { headers: [], prefixHeaders: [], body: [] };
  for (const [name, schema] of membersOf(output)) {
    const t = schema.getMergedTraits();
    if (t.httpResponseCode) b.statusMember = name;
    else if (typeof t.httpHeader === "string") b.headers.push({ name, schema, header: t.httpHeader });
    else if (typeof t.httpPrefixHeaders === "string")
      b.prefixHeaders.push({ name, schema, prefix: t.httpPrefixHeaders });
    else if (t.httpPayload) b.payload = { name, schema, kind: kindOf(schema) };
    else b.body.push({ name, schema });
  }
  return b;
}
function writeBoundOutput(b, output, defaultStatus) {
  const headers = {};
  for (const h of b.headers) {
    const v = output[h.name];
    if (v !== void 0 && v !== null) headers[h.header] = writeText(h.schema, v, "header");
  }
  for (const p of b.prefixHeaders) {
    const map = output[p.name];
    for (const [k, v] of Object.entries(map ?? {})) headers[`${p.prefix}${k}`] = String(v);
  }
  const status = b.statusMember !== void 0 ? output[b.statusMember] : void 0;
  if (status !== void 0 && typeof status !== "number")
    throw new MalformedInput(b.statusMember, "a status code", status);
  return { status: status ?? defaultStatus, headers };
}
function payloadBytes(value2) {
  if (value2 === void 0 || value2 === null) return void 0;
  if (Buffer.isBuffer(value2)) return value2;
  if (value2 instanceof Uint8Array) return Buffer.from(value2.buffer, value2.byteOffset, value2.byteLength);
  return Buffer.from(String(value2));
}

// ../local-cloud/src/protocol/http/routes.ts
var IGNORED_QUERY = /* @__PURE__ */ new Set(["x-id"]);
function compileRoute(operation) {
  const http = operation.http;
  if (!http) return void 0;
  const [pathPart, queryPart = ""] = http.uri.split("?");
  const labels = [];
  let literalSegments = 0;
  const greedy = /\{\w+\+\}$/.test(pathPart);
  const pattern = pathPart.split("/").map((segment) => {
    const m = /^\{(\w+)(\+?)\}$/.exec(segment);
    if (!m) {
      if (segment) literalSegments++;
      return segment.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");
    }
    labels.push(m[1]);
    return m[2] ? "(.+)" : "([^/]+)";
  }).join("/");
  const regex = new RegExp(`^${pattern.replace(/\/$/, "")}${greedy ? "" : "/?"}$`);
  const queryLiterals = [];
  for (const pair of queryPart.split("&").filter(Boolean)) {
    const eq = pair.indexOf("=");
    const key2 = eq < 0 ? pair : pair.slice(0, eq);
    if (!IGNORED_QUERY.has(key2)) queryLiterals.push([key2, eq < 0 ? void 0 : pair.slice(eq + 1)]);
  }
  const required7 = requiredMembers(operation.input);
  const requiredQuery = [];
  const requiredHeaders = [];
  if (operation.input.isStructSchema()) {
    for (const [name, m] of operation.input.structIterator()) {
      if (!required7.has(name)) continue;
      const t = m.getMergedTraits();
      if (typeof t.httpQuery === "string") requiredQuery.push(t.httpQuery);
      if (typeof t.httpHeader === "string") requiredHeaders.push(t.httpHeader.toLowerCase());
    }
  }
  return {
    operation,
    method: http.method,
    regex,
    labels,
    queryLiterals,
    requiredQuery,
    requiredHeaders,
    specificity: (queryLiterals.length + requiredQuery.length + requiredHeaders.length) * 100 + literalSegments * 10 - (greedy ? 1 : 0)
  };
}
var RouteTable = class {
  byMethod = /* @__PURE__ */ new Map();
  constructor(operations) {
    for (const op of operations) {
      const route = compileRoute(op);
      if (!route) continue;
      const list2 = this.byMethod.get(route.method) ?? [];
      list2.push(route);
      this.byMethod.set(route.method, list2);
    }
    for (const list2 of this.byMethod.values()) list2.sort((a, b) => b.specificity - a.specificity);
  }
  /** Whether some operation has this path, with any method (for routing requests between services). */
  hasPath(path10) {
    for (const list2 of this.byMethod.values()) if (list2.some((r) => r.regex.test(path10))) return true;
    return false;
  }
  /** The most specific operation for the request; `method` when only the method is wrong. */
  match(method, path10, query, headers) {
    for (const route of this.byMethod.get(method) ?? []) {
      const m = route.regex.exec(path10);
      if (!m) continue;
      if (!route.queryLiterals.every(([k, v]) => v === void 0 ? query.has(k) : query.get(k) === v))
        continue;
      if (!route.requiredQuery.every((k) => query.has(k))) continue;
      if (!route.requiredHeaders.every((h) => headers[h] !== void 0)) continue;
      const labels = {};
      route.labels.forEach((name, i) => {
        labels[name] = safeDecode(m[i + 1]);
      });
      return { route, labels };
    }
    return this.hasPath(path10) ? "method" : void 0;
  }
};
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ../local-cloud/src/protocol/codecs/restXml.ts
var deserializer;
async function loadDeserializer() {
  const { XmlShapeDeserializer } = await import("./protocols-K6RUEZS2.js");
  deserializer ??= new XmlShapeDeserializer({
    httpBindings: true,
    timestampFormat: { useTrait: true, default: 5 },
    xmlNamespace: "",
    serviceNamespace: ""
  });
}
var ROOT = /^(?:\uFEFF|\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<(?:[\w.-]+:)?([\w.-]+)/;
function restXmlFace(options) {
  const client = async () => {
    await loadDeserializer();
    return options.client();
  };
  return lazyFace(
    async () => readModel(await client()),
    (model) => buildRestXmlFace(options, model)
  );
}
function buildRestXmlFace(options, loaded) {
  const model = loaded ?? EMPTY_MODEL;
  const label = options.endpointLabel;
  const operations = [...model.operations.values()];
  const carriesLabel = (op) => label !== void 0 && !op.http?.uri.includes(`{${label}}`) && membersOf(op.input).some(([name, m]) => name === label && m.getMergedTraits().httpLabel);
  const withLabel = new RouteTable(operations.filter(carriesLabel));
  const withoutLabel = new RouteTable(operations.filter((op) => !carriesLabel(op)));
  const served = /* @__PURE__ */ new Map();
  for (const [name, s] of servedOperations(model, loaded ? options.operations : {})) {
    const output = outputBindings(s.model.output);
    served.set(name, {
      run: s.run,
      input: inputBindings(s.model.input),
      output,
      defaultStatus: options.successStatus?.[name] ?? s.model.http?.code ?? 200,
      textRoot: textRootOf(s.model.output, output)
    });
  }
  const unparsable = () => options.unparsableBody?.() ?? new AwsError(
    "MalformedXML",
    "The XML you provided was not well-formed or did not validate against our published schema",
    400
  );
  const readXmlBody = (schema, body) => {
    let parsed;
    try {
      const text = body.toString("utf8");
      const expected = schema.getMergedTraits().xmlName ?? schema.getName();
      if (expected !== void 0 && ROOT.exec(text)?.[1] !== expected) throw unparsable();
      parsed = deserializer.read(schema, body);
    } catch {
      throw unparsable();
    }
    return parsed;
  };
  const writeError = (req, res, err) => {
    if (err.status >= 500) req.cloud.log("error", `${req.service}: ${err.message}`);
    const extra = Object.entries(err.fields).map(([k, v]) => `<${k}>${escapeXml(String(v))}</${k}>`).join("");
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message>${extra}<RequestId>${req.requestId}</RequestId></Error>`;
    const headers = {
      ...err.headers,
      "x-amz-request-id": req.requestId,
      "x-amz-id-2": req.requestId
    };
    if (req.method === "HEAD" || err.status === 304) {
      if (err.status !== 304) headers["Content-Length"] = 0;
      res.writeHead(err.status, headers);
      res.end();
      return;
    }
    res.writeHead(err.status, {
      ...headers,
      "Content-Type": "application/xml",
      "Content-Length": Buffer.byteLength(xml)
    });
    res.end(xml);
  };
  const split = (path10) => {
    if (label === void 0) return { path: path10 };
    const m = /^\/([^/]+)(\/.*)?$/.exec(path10);
    if (!m) return { path: path10 };
    return { path: m[2] ?? "/", labels: { [label]: safeDecode2(m[1]) } };
  };
  return {
    protocol: "restXml",
    accepts: () => true,
    writeError,
    async serve(original, res) {
      let req = original;
      try {
        req = options.prepare ? options.prepare(original) : original;
        const { path: path10, labels } = split(req.path);
        const found2 = (labels ? withLabel : withoutLabel).match(req.method, path10, req.query, req.headers);
        if (!found2 || found2 === "method") {
          throw options.unknownOperation?.(req) ?? new AwsError(
            "MethodNotAllowed",
            "The specified method is not allowed against this resource.",
            405
          );
        }
        const operation = found2.route.operation;
        const op = served.get(operation.name);
        if (!op) throw notImplemented(operation.name);
        options.checkRequest?.(req, operation);
        let input;
        try {
          input = readInput(op.input, operation.input, req, { ...labels, ...found2.labels }, readXmlBody);
        } catch (err) {
          const mapper = options.malformed;
          throw malformedError(
            err,
            "InvalidArgument",
            mapper && ((e) => mapper(e, bindingOf(op.input, e.path)))
          );
        }
        const output = await op.run(options.context(new Call(req, res)), input) ?? {};
        const answer = writeBoundOutput(op.output, output, op.defaultStatus);
        const headers = answer.headers;
        const status = answer.status === 200 && hasHeader(headers, "content-range") ? 206 : answer.status;
        let body;
        let contentType = "application/xml";
        const payload = op.output.payload;
        if (payload) {
          const value2 = output[payload.name];
          if (payload.kind === "blob" || payload.kind === "string") {
            body = payloadBytes(value2);
            contentType = options.payloadContentType ?? "application/octet-stream";
          } else if (value2 !== void 0)
            body = xmlText(xmlDocument(payload.schema, value2, options.namespace));
        } else if (op.textRoot !== void 0) {
          body = xmlText(textDocument(operation.output, output[op.textRoot], options.namespace));
        } else if (op.output.body.length > 0) {
          body = xmlText(xmlDocument(operation.output, bodyOf(op.output, output), options.namespace));
        }
        if (body !== void 0 && !hasHeader(headers, "content-type")) headers["Content-Type"] = contentType;
        headers["x-amz-request-id"] = req.requestId;
        headers["x-amz-id-2"] = req.requestId;
        if (req.method === "HEAD") {
          if (!hasHeader(headers, "content-length")) headers["Content-Length"] = "0";
          res.writeHead(status, headers);
          res.end();
          return;
        }
        if (status === 204 || status === 304) {
          res.writeHead(status, headers);
          res.end();
          return;
        }
        headers["Content-Length"] = String(body === void 0 ? 0 : Buffer.byteLength(body));
        res.writeHead(status, headers);
        res.end(body);
      } catch (thrown) {
        writeError(req, res, toAwsError(thrown));
      }
    }
  };
}
var xmlText = (doc) => `<?xml version="1.0" encoding="UTF-8"?>
${doc}`;
var hasHeader = (headers, name) => Object.keys(headers).some((k) => k.toLowerCase() === name);
function textRootOf(output, b) {
  if (b.payload || b.body.length !== 1) return void 0;
  const [member] = b.body;
  const root = output.getMergedTraits().xmlName ?? output.getName();
  const name = member.schema.getMergedTraits().xmlName ?? member.name;
  const kind = kindOf(member.schema);
  return name === root && kind !== "struct" && kind !== "list" && kind !== "map" ? member.name : void 0;
}
function textDocument(output, value2, namespace) {
  const root = output.getMergedTraits().xmlName ?? output.getName() ?? "Result";
  const text = value2 === void 0 || value2 === null ? "" : escapeXml(String(value2));
  return `<${root}${namespace ? ` xmlns="${namespace}"` : ""}>${text}</${root}>`;
}
function bodyOf(b, output) {
  if (b.headers.length === 0 && b.prefixHeaders.length === 0 && b.statusMember === void 0) return output;
  const out = {};
  for (const [name, value2] of Object.entries(output))
    if (b.body.some((m) => m.name === name)) out[name] = value2;
  return out;
}
function bindingOf(b, path10) {
  const member = path10.split(".")[0];
  return b.query.find((q) => q.name === member)?.key ?? b.headers.find((h) => h.name === member)?.header ?? member;
}
function safeDecode2(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ../local-cloud/src/protocol/codecs/fallback.ts
var bare = { operations: {}, context: () => void 0 };
var faces;
function bareFaces() {
  faces ??= {
    json: buildAwsJsonFace({ ...bare, version: "1.1", targetPrefix: "" }),
    query: buildAwsQueryFace({ ...bare, namespace: "https://local-cloud/doc/" }),
    xml: buildRestXmlFace(bare)
  };
  return faces;
}
function faceFor(req, served) {
  const own2 = served?.find((f2) => f2.accepts(req));
  if (own2) return own2;
  const f = bareFaces();
  if (req.headers["x-amz-target"] !== void 0) return f.json;
  const type = String(req.headers["content-type"] ?? "");
  if (type.includes("x-www-form-urlencoded") || req.query.has("Action")) return f.query;
  return f.xml;
}

// ../local-cloud/src/protocol/http/clientError.ts
import { randomUUID } from "node:crypto";
function describe(err) {
  if (err.code === "HPE_HEADER_OVERFLOW") {
    return {
      code: "RequestHeaderSectionTooLarge",
      status: 400,
      message: "Your request header section exceeds the maximum allowed size."
    };
  }
  return { code: "BadRequest", status: 400, message: "The request could not be parsed as HTTP/1.1." };
}
function answerClientError(err, socket) {
  if (!socket.writable || err.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const { code, status, message } = describe(err);
  const head = (err.rawPacket ?? Buffer.alloc(0)).subarray(0, 8192).toString("latin1");
  const requestId = randomUUID();
  const json = /^x-amz-target:/im.test(head) || /^content-type:[^\r\n]*json/im.test(head);
  const query = !json && /^content-type:[^\r\n]*x-www-form-urlencoded/im.test(head);
  const body = json ? JSON.stringify({ __type: code, message }) : query ? `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>` : `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><RequestId>${requestId}</RequestId></Error>`;
  const type = json ? "application/x-amz-json-1.1" : query ? "text/xml" : "application/xml";
  const shown = head.startsWith("HEAD ") ? "" : body;
  socket.end(
    `HTTP/1.1 ${status} Bad Request\r
Content-Type: ${type}\r
Content-Length: ${Buffer.byteLength(body)}\r
x-amzn-RequestId: ${requestId}\r
${json ? `x-amzn-ErrorType: ${code}\r
` : ""}Connection: close\r
\r
${shown}`
  );
}

// ../local-cloud/src/protocol/response.ts
function send(res, status, body, headers = {}) {
  const payload = body === void 0 ? void 0 : typeof body === "string" ? Buffer.from(body) : body;
  res.statusCode = status;
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader("Content-Length", payload ? payload.length : 0);
  res.end(payload);
}
function sendJson(res, status, body, contentType = "application/json", headers = {}) {
  send(res, status, body === void 0 ? "" : JSON.stringify(body), {
    "Content-Type": contentType,
    ...headers
  });
}

// ../local-cloud/src/router.ts
function credentialScope(headers, query) {
  const auth = String(headers.authorization ?? "");
  const m = /Credential=[^/,\s]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  if (m) return { region: m[1], service: m[2] };
  const q = query.get("X-Amz-Credential");
  const parts = q?.split("/");
  if (parts && parts.length >= 5) return { region: parts[2], service: parts[3] };
  return void 0;
}
var Router = class {
  targets = /* @__PURE__ */ new Map();
  queryFaces = [];
  restFaces = [];
  constructor(services) {
    for (const service of services) {
      for (const face of service.faces) {
        if (face.targetPrefix) this.targets.set(face.targetPrefix, service.name);
        if (!face.knows) continue;
        if (face.protocol === "awsQuery") this.queryFaces.push([service.name, face]);
        else if (service.name !== "s3") this.restFaces.push([service.name, face]);
      }
    }
  }
  /** Signed and JSON requests are routed at once; the rest ask the faces, which may load their models. */
  route(facts) {
    const scope = credentialScope(facts.headers, facts.query);
    if (scope) return scope;
    const target = String(facts.headers["x-amz-target"] ?? "");
    if (target) {
      const service = this.targets.get(target.slice(0, target.indexOf(".")));
      if (service) return { service };
    }
    return this.ask(facts);
  }
  async ask(facts) {
    const action = facts.formAction();
    if (action) {
      let known;
      for (const [service, face] of this.queryFaces) {
        const answer = await face.knows?.({ method: facts.method, path: facts.path, action });
        if (answer === "serves") return { service };
        if (answer === "knows") known ??= service;
      }
      if (known) return { service: known };
    }
    for (const [service, face] of this.restFaces)
      if (await face.knows?.({ method: facts.method, path: facts.path })) return { service };
    return { service: "s3" };
  }
};

// ../local-cloud/src/protocol/codecs/restJson.ts
var OPTIONS = { jsonName: true };
function restJsonFace(options) {
  return lazyFace(
    async () => readModel(await options.client()),
    (model) => buildRestJsonFace(options, model)
  );
}
function buildRestJsonFace(options, loaded) {
  const model = loaded ?? EMPTY_MODEL;
  const routes = new RouteTable(model.operations.values());
  const served = /* @__PURE__ */ new Map();
  for (const [name, s] of servedOperations(model, loaded ? options.operations : {})) {
    served.set(name, {
      run: s.run,
      input: inputBindings(s.model.input),
      output: outputBindings(s.model.output),
      encodeBody: s.model.output.isStructSchema() ? jsonEncoder(s.model.output, OPTIONS) : void 0,
      defaultStatus: s.model.http?.code ?? 200
    });
  }
  const readBody2 = (schema, body, path10) => {
    let parsed;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw options.unparsableBody?.() ?? new AwsError("SerializationException", "Could not parse request body into json.", 400);
    }
    if (!isObject(parsed))
      throw new AwsError("SerializationException", "Request body must be a JSON object.", 400);
    return jsonDecoder(schema, OPTIONS)(parsed, path10);
  };
  const writeError = (req, res, err) => {
    if (err.status >= 500) req.cloud.log("error", `${req.service}: ${err.message}`);
    const { headers, body } = errorParts(model.errors.get(err.code), err);
    const text = JSON.stringify(body);
    res.writeHead(err.status, {
      ...headers,
      "Content-Type": "application/json",
      "x-amzn-RequestId": req.requestId,
      "x-amzn-ErrorType": err.code,
      "Content-Length": Buffer.byteLength(text)
    });
    res.end(text);
  };
  return {
    protocol: "restJson1",
    knows: ({ path: path10 }) => routes.hasPath(path10) ? "serves" : void 0,
    accepts: () => true,
    writeError,
    async serve(req, res) {
      try {
        const found2 = routes.match(req.method, req.path, req.query, req.headers);
        if (!found2 || found2 === "method") {
          throw new AwsError("UnknownOperationException", `Unknown operation ${req.method} ${req.path}`, 404);
        }
        const name = found2.route.operation.name;
        const op = served.get(name);
        if (!op) throw notImplemented(name);
        let input;
        try {
          input = readInput(op.input, found2.route.operation.input, req, found2.labels, readBody2);
        } catch (err) {
          throw malformedError(err, "SerializationException", options.malformed);
        }
        const output = await op.run(options.context(new Call(req, res)), input) ?? {};
        const { status, headers } = writeBoundOutput(op.output, output, op.defaultStatus);
        let body;
        if (op.output.payload) {
          const value2 = output[op.output.payload.name];
          if (op.output.payload.kind === "blob" || op.output.payload.kind === "string")
            body = payloadBytes(value2);
          else if (value2 !== void 0) body = JSON.stringify(value2);
          if (body !== void 0 && !hasHeader2(headers, "content-type"))
            headers["Content-Type"] = options.payloadContentType ?? "application/octet-stream";
        } else if (op.output.body.length > 0) {
          body = JSON.stringify(
            op.encodeBody ? op.encodeBody(bodyOf2(op.output, output)) : bodyOf2(op.output, output)
          );
          headers["Content-Type"] = "application/json";
        }
        headers["x-amzn-RequestId"] = req.requestId;
        headers["Content-Length"] = String(body === void 0 ? 0 : Buffer.byteLength(body));
        res.writeHead(status, headers);
        res.end(body);
      } catch (thrown) {
        writeError(req, res, toAwsError(thrown));
      }
    }
  };
}
function bodyOf2(b, output) {
  if (b.headers.length === 0 && b.prefixHeaders.length === 0 && b.statusMember === void 0) return output;
  const out = {};
  for (const m of b.body) if (output[m.name] !== void 0) out[m.name] = output[m.name];
  return out;
}
var hasHeader2 = (headers, name) => Object.keys(headers).some((k) => k.toLowerCase() === name);
function errorParts(model, err) {
  const headers = { ...err.headers };
  const body = {};
  const fields = { ...err.fields };
  const wireNames = /* @__PURE__ */ new Map();
  if (model?.schema.isStructSchema()) {
    for (const [name, m] of model.schema.structIterator()) {
      const traits = m.getMergedTraits();
      const header2 = traits.httpHeader;
      if (typeof traits.jsonName === "string") wireNames.set(name, traits.jsonName);
      if (typeof header2 === "string" && fields[name] !== void 0) {
        headers[header2] = String(fields[name]);
        delete fields[name];
      } else if (name === "Type") body.Type = err.fault === "Sender" ? "User" : "Service";
    }
  }
  body[messageKey(model)] = err.message;
  const out = {};
  for (const [k, v] of Object.entries({ ...body, ...fields })) out[wireNames.get(k) ?? k] = v;
  return { headers, body: out };
}

// ../local-cloud/src/apigateway/errors.ts
var notFound = (message) => new AwsError("NotFoundException", message, 404);
var conflict = (message) => new AwsError("ConflictException", message, 409);
var badRequest = (message) => new AwsError("BadRequestException", message, 400);
var invalidIdentifier = (what, accountId, id) => notFound(`Invalid ${what} identifier specified ${accountId}:${id}`);
var v2NotFound = (what, id) => new AwsError("NotFoundException", `Invalid ${what} identifier specified ${id}`, 404, {
  fields: { ResourceType: what }
});
var missing = (member) => badRequest(`Invalid request input: ${member} is required`);

// ../local-cloud/src/apigateway/context.ts
var ApiGatewayContext = class {
  constructor(store, call) {
    this.store = store;
    this.call = call;
  }
  store;
  call;
  get region() {
    return this.call.region;
  }
  get accountId() {
    return this.call.accountId;
  }
  restApi(id) {
    const api = id ? this.store.restApis.get(this.region, id) : void 0;
    if (!api) throw invalidIdentifier("API", this.accountId, String(id));
    return api;
  }
  resource(api, id) {
    const r = id ? api.resources.get(id) : void 0;
    if (!r) throw invalidIdentifier("Resource", this.accountId, String(id));
    return r;
  }
  httpApi(id) {
    const api = id ? this.store.httpApis.get(this.region, id) : void 0;
    if (!api) throw v2NotFound("API", String(id));
    return api;
  }
  /** `https://<id>.execute-api.<region>.amazonaws.com`, the host both kinds of API answer on. */
  executeApiHost(id) {
    const suffix = this.region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    return `${id}.execute-api.${this.region}.${suffix}`;
  }
};

// ../local-cloud/src/apigateway/store.ts
var key = (region, id) => `${region}\0${id}`;
var Regional = class {
  items = /* @__PURE__ */ new Map();
  get(region, id) {
    return this.items.get(key(region, id));
  }
  has(region, id) {
    return this.items.has(key(region, id));
  }
  set(region, id, item) {
    this.items.set(key(region, id), item);
  }
  delete(region, id) {
    return this.items.delete(key(region, id));
  }
  list(region) {
    return [...this.items.values()].filter((i) => i.region === region);
  }
};
var ApiGatewayStore = class {
  restApis = new Regional();
  httpApis = new Regional();
  apiKeys = new Regional();
  usagePlans = new Regional();
  /** The account's API Gateway settings per region (GetAccount, UpdateAccount). */
  accounts = /* @__PURE__ */ new Map();
  /** The region's settings, with API Gateway's defaults until updated. */
  account(region) {
    let a = this.accounts.get(region);
    if (!a) {
      a = {
        throttleSettings: { burstLimit: 5e3, rateLimit: 1e4 },
        features: ["UsagePlans"],
        apiKeyVersion: "4"
      };
      this.accounts.set(region, a);
    }
    return a;
  }
  /** API ids are unique across both kinds of API (they share the execute-api host names). */
  apiIdTaken(region, id) {
    return this.restApis.has(region, id) || this.httpApis.has(region, id);
  }
};

// ../local-cloud/src/apigateway/ids.ts
import { randomInt } from "node:crypto";
var ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
function newId(length, taken = () => false) {
  for (; ; ) {
    let id = "";
    for (let i = 0; i < length; i++) id += ALPHABET[randomInt(ALPHABET.length)];
    if (!taken(id)) return id;
  }
}
var API_ID_LENGTH = 10;
var SHORT_ID_LENGTH = 6;
var ROUTE_ID_LENGTH = 7;

// ../local-cloud/src/apigateway/v1/createApiKey.ts
function createApiKey(ctx, input) {
  if (input.value !== void 0 && input.value.length < 20)
    throw badRequest("API Key value should be at least 20 characters");
  const stageKeys = (input.stageKeys ?? []).map((k) => {
    const api = ctx.restApi(k.restApiId);
    if (!k.stageName || !api.stages.has(k.stageName)) throw badRequest("Invalid stage identifier specified");
    return `${api.api.id}/${k.stageName}`;
  });
  const id = newId(API_ID_LENGTH, (x) => ctx.store.apiKeys.has(ctx.region, x));
  const now = /* @__PURE__ */ new Date();
  const key2 = {
    id,
    value: input.value ?? newId(40),
    name: input.name ?? id,
    customerId: input.customerId,
    description: input.description,
    enabled: input.enabled ?? false,
    createdDate: now,
    lastUpdatedDate: now,
    stageKeys,
    tags: input.tags
  };
  ctx.store.apiKeys.set(ctx.region, id, { region: ctx.region, key: key2 });
  return key2;
}

// ../local-cloud/src/apigateway/v1/createAuthorizer.ts
function createAuthorizer(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  if (!input.name) throw missing("name");
  if (!input.type || !["TOKEN", "REQUEST", "COGNITO_USER_POOLS"].includes(input.type))
    throw badRequest("Invalid authorizer type specified. Valid options are TOKEN,REQUEST,COGNITO_USER_POOLS");
  const id = newId(SHORT_ID_LENGTH, (x) => api.authorizers.has(x));
  const authorizer = {
    id,
    name: input.name,
    type: input.type,
    providerARNs: input.providerARNs,
    authType: input.authType ?? "custom",
    authorizerUri: input.authorizerUri,
    authorizerCredentials: input.authorizerCredentials,
    identitySource: input.identitySource,
    identityValidationExpression: input.identityValidationExpression,
    authorizerResultTtlInSeconds: input.authorizerResultTtlInSeconds ?? 300
  };
  api.authorizers.set(id, authorizer);
  return authorizer;
}

// ../local-cloud/src/apigateway/v1/stages.ts
function newStage(api, s) {
  const now = /* @__PURE__ */ new Date();
  const stage = {
    deploymentId: s.deploymentId,
    stageName: s.stageName,
    description: s.description,
    cacheClusterEnabled: s.cacheClusterEnabled ?? false,
    cacheClusterSize: s.cacheClusterSize,
    cacheClusterStatus: "NOT_AVAILABLE",
    methodSettings: {},
    variables: s.variables,
    documentationVersion: s.documentationVersion,
    canarySettings: s.canarySettings,
    tracingEnabled: s.tracingEnabled ?? false,
    tags: s.tags,
    createdDate: now,
    lastUpdatedDate: now
  };
  api.stages.set(stage.stageName, stage);
  return stage;
}

// ../local-cloud/src/apigateway/v1/createDeployment.ts
function createDeployment(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  if (![...api.resources.values()].some((r) => r.methods.size > 0))
    throw badRequest("The REST API doesn't contain any methods");
  const id = newId(SHORT_ID_LENGTH, (x) => api.deployments.has(x));
  const deployment = { id, description: input.description, createdDate: /* @__PURE__ */ new Date() };
  api.deployments.set(id, deployment);
  if (input.stageName) {
    const existing = api.stages.get(input.stageName);
    if (existing) {
      existing.deploymentId = id;
      existing.lastUpdatedDate = /* @__PURE__ */ new Date();
    } else {
      newStage(api, {
        stageName: input.stageName,
        deploymentId: id,
        description: input.stageDescription,
        cacheClusterEnabled: input.cacheClusterEnabled,
        cacheClusterSize: input.cacheClusterSize,
        variables: input.variables,
        tracingEnabled: input.tracingEnabled
      });
    }
  }
  return deployment;
}

// ../local-cloud/src/apigateway/v1/createModel.ts
function createModel(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  if (!input.name) throw missing("name");
  if (!/^[a-zA-Z0-9]+$/.test(input.name)) throw badRequest("Model name must be alphanumeric");
  if (!input.contentType) throw missing("contentType");
  if (api.models.has(input.name)) throw conflict("Model name already exists for this REST API");
  const model = {
    id: newId(SHORT_ID_LENGTH),
    name: input.name,
    description: input.description,
    schema: input.schema,
    contentType: input.contentType
  };
  api.models.set(input.name, model);
  return model;
}

// ../local-cloud/src/apigateway/v1/createRequestValidator.ts
function createRequestValidator(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  const id = newId(SHORT_ID_LENGTH, (x) => api.validators.has(x));
  const validator = {
    id,
    name: input.name,
    validateRequestBody: input.validateRequestBody ?? false,
    validateRequestParameters: input.validateRequestParameters ?? false
  };
  api.validators.set(id, validator);
  return validator;
}

// ../local-cloud/src/apigateway/v1/views.ts
function resourceView(r, embedMethods) {
  const out = { id: r.id };
  if (r.parentId) out.parentId = r.parentId;
  if (r.pathPart !== void 0) out.pathPart = r.pathPart;
  out.path = r.path;
  if (r.methods.size > 0) {
    const methods = {};
    for (const [verb, m] of r.methods) methods[verb] = embedMethods ? m : {};
    out.resourceMethods = methods;
  }
  return out;
}

// ../local-cloud/src/apigateway/v1/createResource.ts
var PATH_PART = /^([a-zA-Z0-9._:-]+|\{[a-zA-Z0-9._-]+\+?\})$/;
function createResource(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  const parent = ctx.resource(api, input.parentId);
  const part = input.pathPart;
  if (!part) throw missing("pathPart");
  if (!PATH_PART.test(part)) {
    throw badRequest(
      "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace."
    );
  }
  for (const r of api.resources.values()) {
    if (r.parentId === parent.id && r.pathPart === part)
      throw conflict(`Another resource with the same parent already has this name: ${part}`);
  }
  const id = newId(SHORT_ID_LENGTH, (x) => api.resources.has(x));
  const record = {
    id,
    parentId: parent.id,
    pathPart: part,
    path: parent.path === "/" ? `/${part}` : `${parent.path}/${part}`,
    methods: /* @__PURE__ */ new Map()
  };
  api.resources.set(id, record);
  return resourceView(record, true);
}

// ../local-cloud/src/apigateway/v1/createRestApi.ts
function createRestApi(ctx, input) {
  if (!input.name) throw missing("name");
  if (input.cloneFrom) throw badRequest("Cloning an API (cloneFrom) is not supported by this local cloud");
  const id = newId(API_ID_LENGTH, (x) => ctx.store.apiIdTaken(ctx.region, x));
  const rootResourceId = newId(API_ID_LENGTH);
  const record = {
    region: ctx.region,
    api: {
      id,
      name: input.name,
      description: input.description,
      createdDate: /* @__PURE__ */ new Date(),
      version: input.version,
      binaryMediaTypes: input.binaryMediaTypes,
      minimumCompressionSize: input.minimumCompressionSize,
      apiKeySource: input.apiKeySource ?? "HEADER",
      endpointConfiguration: {
        types: input.endpointConfiguration?.types ?? ["EDGE"],
        ipAddressType: input.endpointConfiguration?.ipAddressType ?? "ipv4",
        vpcEndpointIds: input.endpointConfiguration?.vpcEndpointIds
      },
      // An empty policy (the Serverless Framework writes "") is no policy.
      policy: input.policy || void 0,
      tags: input.tags,
      disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false,
      rootResourceId
    },
    resources: /* @__PURE__ */ new Map([[rootResourceId, { id: rootResourceId, path: "/", methods: /* @__PURE__ */ new Map() }]]),
    deployments: /* @__PURE__ */ new Map(),
    stages: /* @__PURE__ */ new Map(),
    authorizers: /* @__PURE__ */ new Map(),
    validators: /* @__PURE__ */ new Map(),
    models: /* @__PURE__ */ new Map()
  };
  ctx.store.restApis.set(ctx.region, id, record);
  return record.api;
}

// ../local-cloud/src/apigateway/v1/createStage.ts
function createStage(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  if (!input.stageName) throw missing("stageName");
  if (!/^[a-zA-Z0-9_-]+$/.test(input.stageName)) throw badRequest("Stage name only allows a-zA-Z0-9_");
  if (!input.deploymentId) throw missing("deploymentId");
  if (!api.deployments.has(input.deploymentId)) throw badRequest("Invalid deployment identifier specified");
  if (api.stages.has(input.stageName)) throw conflict("Stage already exists");
  return newStage(api, { ...input, stageName: input.stageName, deploymentId: input.deploymentId });
}

// ../local-cloud/src/apigateway/v1/createUsagePlan.ts
function createUsagePlan(ctx, input) {
  if (!input.name) throw missing("name");
  for (const s of input.apiStages ?? []) ctx.restApi(s.apiId);
  const id = newId(SHORT_ID_LENGTH, (x) => ctx.store.usagePlans.has(ctx.region, x));
  const plan = {
    id,
    name: input.name,
    description: input.description,
    apiStages: input.apiStages ?? [],
    throttle: input.throttle,
    quota: input.quota,
    tags: input.tags
  };
  ctx.store.usagePlans.set(ctx.region, id, { region: ctx.region, plan, keys: /* @__PURE__ */ new Map() });
  return plan;
}

// ../local-cloud/src/apigateway/v1/apiKeyOf.ts
function apiKeyOf(ctx, id) {
  const found2 = id ? ctx.store.apiKeys.get(ctx.region, id) : void 0;
  if (!found2) throw invalidIdentifier("API Key", ctx.accountId, String(id));
  return found2.key;
}
function keyView(key2, includeValue) {
  if (includeValue) return key2;
  const { value: _value, ...rest } = key2;
  return rest;
}

// ../local-cloud/src/apigateway/v1/usagePlanOf.ts
function usagePlanOf(ctx, id) {
  const found2 = id ? ctx.store.usagePlans.get(ctx.region, id) : void 0;
  if (!found2) throw invalidIdentifier("Usage Plan", ctx.accountId, String(id));
  return found2;
}

// ../local-cloud/src/apigateway/v1/createUsagePlanKey.ts
function createUsagePlanKey(ctx, input) {
  const plan = usagePlanOf(ctx, input.usagePlanId);
  if (input.keyType !== "API_KEY") throw badRequest("Invalid key type specified. Valid options are API_KEY");
  const key2 = apiKeyOf(ctx, input.keyId);
  if (plan.keys.has(key2.id))
    throw conflict(`Usage Plan ${plan.plan.id} cannot be added because API Key ${key2.id} already exists`);
  const planKey = { id: key2.id, type: "API_KEY", value: key2.value, name: key2.name };
  plan.keys.set(key2.id, planKey);
  return planKey;
}

// ../local-cloud/src/apigateway/v1/deleteApiKey.ts
function deleteApiKey(ctx, input) {
  const key2 = apiKeyOf(ctx, input.apiKey);
  ctx.store.apiKeys.delete(ctx.region, key2.id);
  for (const plan of ctx.store.usagePlans.list(ctx.region)) plan.keys.delete(key2.id);
  return {};
}

// ../local-cloud/src/apigateway/v1/deleteAuthorizer.ts
function deleteAuthorizer(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  const id = String(input.authorizerId);
  if (!api.authorizers.has(id)) throw invalidIdentifier("Authorizer", ctx.accountId, id);
  for (const r of api.resources.values())
    for (const m of r.methods.values())
      if (m.authorizerId === id) throw conflict("Cannot delete authorizer, is referenced in method");
  api.authorizers.delete(id);
  return {};
}

// ../local-cloud/src/apigateway/v1/deleteDeployment.ts
function deleteDeployment(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  const id = String(input.deploymentId);
  if (!api.deployments.has(id)) throw invalidIdentifier("Deployment", ctx.accountId, id);
  if ([...api.stages.values()].some((s) => s.deploymentId === id))
    throw badRequest("Active stages pointing to this deployment must be moved or deleted");
  api.deployments.delete(id);
  return {};
}

// ../local-cloud/src/apigateway/v1/lookups.ts
function methodOf(ctx, restApiId, resourceId, httpMethod) {
  const api = ctx.restApi(restApiId);
  const resource = ctx.resource(api, resourceId);
  const method = resource.methods.get(String(httpMethod).toUpperCase());
  if (!method) throw invalidIdentifier("Method", ctx.accountId, String(httpMethod));
  return method;
}
function integrationOf(method) {
  if (!method.methodIntegration) throw notFound("No integration defined for method");
  return method.methodIntegration;
}

// ../local-cloud/src/apigateway/v1/deleteIntegration.ts
function deleteIntegration(ctx, input) {
  const method = methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
  integrationOf(method);
  method.methodIntegration = void 0;
  return {};
}

// ../local-cloud/src/apigateway/v1/deleteMethod.ts
function deleteMethod(ctx, input) {
  methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
  const resource = ctx.resource(ctx.restApi(input.restApiId), input.resourceId);
  resource.methods.delete(String(input.httpMethod).toUpperCase());
  return {};
}

// ../local-cloud/src/apigateway/v1/deleteModel.ts
function deleteModel(ctx, input) {
  if (!ctx.restApi(input.restApiId).models.delete(String(input.modelName)))
    throw invalidIdentifier("Model", ctx.accountId, String(input.modelName));
  return {};
}

// ../local-cloud/src/apigateway/v1/deleteRequestValidator.ts
function deleteRequestValidator(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  if (!api.validators.delete(String(input.requestValidatorId)))
    throw invalidIdentifier("Request Validator", ctx.accountId, String(input.requestValidatorId));
  return {};
}

// ../local-cloud/src/apigateway/v1/deleteResource.ts
function deleteResource(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  const target = ctx.resource(api, input.resourceId);
  if (target.id === api.api.rootResourceId) throw badRequest("Cannot delete root resource");
  const doomed = /* @__PURE__ */ new Set([target.id]);
  for (const r of api.resources.values()) if (r.parentId && doomed.has(r.parentId)) doomed.add(r.id);
  for (const id of doomed) api.resources.delete(id);
  return {};
}

// ../local-cloud/src/apigateway/v1/deleteRestApi.ts
function deleteRestApi(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  ctx.store.restApis.delete(ctx.region, api.api.id);
  return {};
}

// ../local-cloud/src/apigateway/v1/stageOf.ts
function stageOf(ctx, restApiId, name) {
  const stage = name ? ctx.restApi(restApiId).stages.get(name) : void 0;
  if (!stage) {
    ctx.restApi(restApiId);
    throw invalidIdentifier("stage", ctx.accountId, String(name));
  }
  return stage;
}

// ../local-cloud/src/apigateway/v1/deleteStage.ts
function deleteStage(ctx, input) {
  stageOf(ctx, input.restApiId, input.stageName);
  ctx.restApi(input.restApiId).stages.delete(String(input.stageName));
  return {};
}

// ../local-cloud/src/apigateway/v1/deleteUsagePlan.ts
function deleteUsagePlan(ctx, input) {
  ctx.store.usagePlans.delete(ctx.region, usagePlanOf(ctx, input.usagePlanId).plan.id);
  return {};
}

// ../local-cloud/src/apigateway/v1/deleteUsagePlanKey.ts
function deleteUsagePlanKey(ctx, input) {
  if (!usagePlanOf(ctx, input.usagePlanId).keys.delete(String(input.keyId)))
    throw invalidIdentifier("Usage Plan Key", ctx.accountId, String(input.keyId));
  return {};
}

// ../local-cloud/src/apigateway/v1/getAccount.ts
function accountView(a) {
  return {
    cloudwatchRoleArn: a.cloudwatchRoleArn,
    throttleSettings: a.throttleSettings,
    features: a.features,
    apiKeyVersion: a.apiKeyVersion
  };
}
function getAccount(ctx, _input) {
  return accountView(ctx.store.account(ctx.region));
}

// ../local-cloud/src/apigateway/v1/getApiKey.ts
function getApiKey(ctx, input) {
  return keyView(apiKeyOf(ctx, input.apiKey), input.includeValue);
}

// ../local-cloud/src/apigateway/paging.ts
function page(items, limit, token, defaultLimit) {
  const size = limit === void 0 || limit === "" ? defaultLimit : Number(limit);
  if (!Number.isInteger(size) || size < 1 || size > 500) throw badRequest(`Invalid limit ${String(limit)}`);
  let start = 0;
  if (token) {
    start = Number(Buffer.from(token, "base64url").toString("utf8"));
    if (!Number.isInteger(start) || start < 0) throw badRequest("Invalid pagination token");
  }
  const end = start + size;
  return {
    items: items.slice(start, end),
    next: end < items.length ? Buffer.from(String(end)).toString("base64url") : void 0
  };
}

// ../local-cloud/src/apigateway/v1/getApiKeys.ts
function getApiKeys(ctx, input) {
  const all = ctx.store.apiKeys.list(ctx.region).map((k) => k.key).filter(
    (k) => (!input.nameQuery || k.name?.startsWith(input.nameQuery)) && (!input.customerId || k.customerId === input.customerId)
  ).map((k) => keyView(k, input.includeValues));
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}

// ../local-cloud/src/apigateway/v1/getAuthorizer.ts
function getAuthorizer(ctx, input) {
  const a = ctx.restApi(input.restApiId).authorizers.get(String(input.authorizerId));
  if (!a) throw invalidIdentifier("Authorizer", ctx.accountId, String(input.authorizerId));
  return a;
}

// ../local-cloud/src/apigateway/v1/getAuthorizers.ts
function getAuthorizers(ctx, input) {
  const all = [...ctx.restApi(input.restApiId).authorizers.values()];
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}

// ../local-cloud/src/apigateway/v1/getDeployment.ts
function getDeployment(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  const d = input.deploymentId ? api.deployments.get(input.deploymentId) : void 0;
  if (!d) throw invalidIdentifier("Deployment", ctx.accountId, String(input.deploymentId));
  if (!input.embed?.includes("apisummary")) return d;
  const summary = {};
  for (const r of api.resources.values()) {
    for (const [verb, m] of r.methods) {
      summary[r.path] ??= {};
      summary[r.path][verb] = { authorizationType: m.authorizationType, apiKeyRequired: m.apiKeyRequired };
    }
  }
  return { ...d, apiSummary: summary };
}

// ../local-cloud/src/apigateway/v1/getDeployments.ts
function getDeployments(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  const { items, next } = page([...api.deployments.values()], input.limit, input.position, 25);
  return { items, position: next };
}

// ../local-cloud/src/apigateway/v1/getIntegration.ts
function getIntegration(ctx, input) {
  return integrationOf(methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod));
}

// ../local-cloud/src/apigateway/v1/getMethod.ts
function getMethod(ctx, input) {
  return methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
}

// ../local-cloud/src/apigateway/v1/getModel.ts
function getModel(ctx, input) {
  const m = ctx.restApi(input.restApiId).models.get(String(input.modelName));
  if (!m) throw invalidIdentifier("Model", ctx.accountId, String(input.modelName));
  return m;
}

// ../local-cloud/src/apigateway/v1/getModels.ts
function getModels(ctx, input) {
  const all = [...ctx.restApi(input.restApiId).models.values()];
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}

// ../local-cloud/src/apigateway/v1/getRequestValidator.ts
function getRequestValidator(ctx, input) {
  const v = ctx.restApi(input.restApiId).validators.get(String(input.requestValidatorId));
  if (!v) throw invalidIdentifier("Request Validator", ctx.accountId, String(input.requestValidatorId));
  return v;
}

// ../local-cloud/src/apigateway/v1/getRequestValidators.ts
function getRequestValidators(ctx, input) {
  const all = [...ctx.restApi(input.restApiId).validators.values()];
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}

// ../local-cloud/src/apigateway/v1/getResource.ts
function getResource(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  return resourceView(ctx.resource(api, input.resourceId), input.embed?.includes("methods") === true);
}

// ../local-cloud/src/apigateway/v1/getResources.ts
function getResources(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  const embed = input.embed?.includes("methods") === true;
  const all = [...api.resources.values()].map((r) => resourceView(r, embed));
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}

// ../local-cloud/src/apigateway/v1/getRestApi.ts
function getRestApi(ctx, input) {
  return ctx.restApi(input.restApiId).api;
}

// ../local-cloud/src/apigateway/v1/getRestApis.ts
function getRestApis(ctx, input) {
  const all = ctx.store.restApis.list(ctx.region).map((r) => r.api);
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}

// ../local-cloud/src/apigateway/v1/getStage.ts
function getStage(ctx, input) {
  return stageOf(ctx, input.restApiId, input.stageName);
}

// ../local-cloud/src/apigateway/v1/getStages.ts
function getStages(ctx, input) {
  const stages = [...ctx.restApi(input.restApiId).stages.values()];
  return { item: stages.filter((s) => !input.deploymentId || s.deploymentId === input.deploymentId) };
}

// ../local-cloud/src/apigateway/tags.ts
function holder(store, arn) {
  const m = /^arn:aws[\w-]*:apigateway:([^:]+)::(\/.+)$/.exec(arn);
  if (!m) return void 0;
  const [, region, path10] = m;
  const parts = path10.split("/").slice(1);
  if (parts[0] === "restapis") {
    const api = store.restApis.get(region, parts[1]);
    if (parts.length === 2) return api?.api;
    if (parts.length === 4 && parts[2] === "stages") return api?.stages.get(decodeURIComponent(parts[3]));
  }
  if (parts[0] === "apis") {
    const api = store.httpApis.get(region, parts[1]);
    if (parts.length === 2) return api?.api;
    if (parts.length === 4 && parts[2] === "stages") return api?.stages.get(decodeURIComponent(parts[3]));
  }
  if (parts[0] === "apikeys" && parts.length === 2) return store.apiKeys.get(region, parts[1])?.key;
  if (parts[0] === "usageplans" && parts.length === 2) return store.usagePlans.get(region, parts[1])?.plan;
  return void 0;
}
function tagsOf(store, arn) {
  const h = arn ? holder(store, arn) : void 0;
  if (!h) throw notFound(`Invalid resource identifier specified ${String(arn)}`);
  const record = h;
  if ("ApiId" in record || "StageName" in record) {
    record.Tags ??= {};
    return record.Tags;
  }
  record.tags ??= {};
  return record.tags;
}

// ../local-cloud/src/apigateway/v1/getTags.ts
function getTags(ctx, input) {
  return { tags: { ...tagsOf(ctx.store, input.resourceArn) } };
}

// ../local-cloud/src/apigateway/v1/getUsagePlan.ts
function getUsagePlan(ctx, input) {
  return usagePlanOf(ctx, input.usagePlanId).plan;
}

// ../local-cloud/src/apigateway/v1/getUsagePlanKey.ts
function getUsagePlanKey(ctx, input) {
  const key2 = usagePlanOf(ctx, input.usagePlanId).keys.get(String(input.keyId));
  if (!key2) throw invalidIdentifier("Usage Plan Key", ctx.accountId, String(input.keyId));
  return key2;
}

// ../local-cloud/src/apigateway/v1/getUsagePlanKeys.ts
function getUsagePlanKeys(ctx, input) {
  const all = [...usagePlanOf(ctx, input.usagePlanId).keys.values()].filter(
    (k) => !input.nameQuery || k.name?.startsWith(input.nameQuery)
  );
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}

// ../local-cloud/src/apigateway/v1/getUsagePlans.ts
function getUsagePlans(ctx, input) {
  const all = ctx.store.usagePlans.list(ctx.region).filter((p) => !input.keyId || p.keys.has(input.keyId)).map((p) => p.plan);
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}

// ../local-cloud/src/apigateway/v1/putIntegration.ts
var TYPES = ["HTTP", "AWS", "MOCK", "HTTP_PROXY", "AWS_PROXY"];
var DEFAULT_TIMEOUT_MS = 29e3;
function putIntegration(ctx, input) {
  const method = methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
  if (!input.type) throw missing("type");
  if (!TYPES.includes(input.type))
    throw badRequest(`Invalid integration type specified. Valid options are ${TYPES.join(",")}`);
  if (input.type !== "MOCK") {
    if (!input.uri) throw badRequest("Invalid integration URI specified");
    if (!input.integrationHttpMethod) throw badRequest("Enumeration value for HttpMethod must be non-empty");
  }
  const integration = {
    type: input.type,
    httpMethod: input.integrationHttpMethod,
    uri: input.uri,
    connectionType: input.connectionType ?? "INTERNET",
    connectionId: input.connectionId,
    credentials: input.credentials,
    requestParameters: input.requestParameters,
    requestTemplates: input.requestTemplates,
    passthroughBehavior: input.passthroughBehavior ?? "WHEN_NO_MATCH",
    contentHandling: input.contentHandling,
    timeoutInMillis: input.timeoutInMillis ?? DEFAULT_TIMEOUT_MS,
    cacheNamespace: input.cacheNamespace ?? input.resourceId,
    cacheKeyParameters: input.cacheKeyParameters ?? [],
    tlsConfig: input.tlsConfig
  };
  method.methodIntegration = integration;
  return integration;
}

// ../local-cloud/src/apigateway/v1/putIntegrationResponse.ts
function putIntegrationResponse(ctx, input) {
  const method = methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
  const integration = integrationOf(method);
  const status = String(input.statusCode);
  if (!method.methodResponses?.[status]) throw notFound("Invalid Response status code specified");
  const response = {
    statusCode: status,
    selectionPattern: input.selectionPattern,
    responseParameters: input.responseParameters,
    responseTemplates: input.responseTemplates,
    contentHandling: input.contentHandling
  };
  integration.integrationResponses = { ...integration.integrationResponses, [status]: response };
  return response;
}

// ../local-cloud/src/apigateway/v1/putMethod.ts
var HTTP_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "ANY"];
var AUTHORIZATION_TYPES = ["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"];
function putMethod(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  const resource = ctx.resource(api, input.resourceId);
  const verb = String(input.httpMethod).toUpperCase();
  if (!HTTP_METHODS.includes(verb))
    throw badRequest(
      "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY"
    );
  if (!input.authorizationType) throw missing("authorizationType");
  if (!AUTHORIZATION_TYPES.includes(input.authorizationType))
    throw badRequest(
      `Invalid authorization type specified. Valid options are ${AUTHORIZATION_TYPES.join(",")}`
    );
  if (resource.methods.has(verb)) throw conflict("Method already exists for this resource");
  if (input.authorizerId && !api.authorizers.has(input.authorizerId))
    throw badRequest(
      `Invalid authorizer ID specified. Setting the authorization type to ${input.authorizationType} requires a valid authorizer.`
    );
  const method = {
    httpMethod: verb,
    authorizationType: input.authorizationType,
    authorizerId: input.authorizerId,
    apiKeyRequired: input.apiKeyRequired ?? false,
    requestValidatorId: input.requestValidatorId,
    operationName: input.operationName,
    requestParameters: input.requestParameters,
    requestModels: input.requestModels,
    authorizationScopes: input.authorizationScopes
  };
  resource.methods.set(verb, method);
  return method;
}

// ../local-cloud/src/apigateway/v1/putMethodResponse.ts
function putMethodResponse(ctx, input) {
  const method = methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
  const status = String(input.statusCode);
  if (!/^[1-5]\d\d$/.test(status)) throw badRequest("Invalid StatusCode specified");
  const response = {
    statusCode: status,
    responseParameters: input.responseParameters,
    responseModels: input.responseModels
  };
  method.methodResponses = { ...method.methodResponses, [status]: response };
  return response;
}

// ../local-cloud/src/apigateway/v1/tagResource.ts
function tagResource(ctx, input) {
  Object.assign(tagsOf(ctx.store, input.resourceArn), input.tags);
  return {};
}

// ../local-cloud/src/apigateway/v1/untagResource.ts
function untagResource(ctx, input) {
  const tags2 = tagsOf(ctx.store, input.resourceArn);
  for (const k of input.tagKeys ?? []) delete tags2[k];
  return {};
}

// ../local-cloud/src/apigateway/patch.ts
var unescapePointer = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
function applyPatches(target, ops, rules, keepRemoveValue = false) {
  for (const p of ops ?? []) {
    const op = p.op ?? "replace";
    const path10 = p.path ?? "";
    if (!["add", "remove", "replace", "copy", "move", "test"].includes(op))
      throw badRequest(
        `Invalid patch operation specified. Must be one of: [add, remove, move, test, replace, copy]`
      );
    let applied = false;
    for (const rule of rules) {
      const m = rule.path.exec(path10);
      if (!m) continue;
      rule.apply(target, op, op === "remove" && !keepRemoveValue ? void 0 : p.value, m);
      applied = true;
      break;
    }
    if (!applied) throw badRequest(`Invalid patch path '${path10}' specified for op '${op}'.`);
  }
}
function scalar(member, kind = "string") {
  return {
    path: new RegExp(`^/${member}$`),
    apply(target, op, value2) {
      const t = target;
      if (op === "remove" || value2 === void 0) delete t[member];
      else if (kind === "number") t[member] = Number(value2);
      else if (kind === "boolean") t[member] = value2 === "true";
      else t[member] = value2;
    }
  };
}
function mapEntry(member) {
  return {
    path: new RegExp(`^/${member}/(.+)$`),
    apply(target, op, value2, m) {
      const t = target;
      const map = { ...t[member] ?? {} };
      const name = unescapePointer(m[1]);
      if (op === "remove" || value2 === void 0) delete map[name];
      else map[name] = value2;
      t[member] = map;
    }
  };
}

// ../local-cloud/src/apigateway/v1/updateAccount.ts
var RULES = [scalar("cloudwatchRoleArn")];
function updateAccount(ctx, input) {
  const account = ctx.store.account(ctx.region);
  applyPatches(account, input.patchOperations, RULES);
  if (account.cloudwatchRoleArn === "") delete account.cloudwatchRoleArn;
  return accountView(account);
}

// ../local-cloud/src/apigateway/v1/updateDeployment.ts
function updateDeployment(ctx, input) {
  const api = ctx.restApi(input.restApiId);
  const d = input.deploymentId ? api.deployments.get(input.deploymentId) : void 0;
  if (!d) throw invalidIdentifier("Deployment", ctx.accountId, String(input.deploymentId));
  applyPatches(d, input.patchOperations, [scalar("description")]);
  return d;
}

// ../local-cloud/src/apigateway/v1/updateRestApi.ts
var RULES2 = [
  scalar("name"),
  scalar("description"),
  scalar("policy"),
  scalar("apiKeySource"),
  scalar("minimumCompressionSize", "number"),
  scalar("disableExecuteApiEndpoint", "boolean"),
  {
    path: /^\/binaryMediaTypes\/(.+)$/,
    apply(api, op, _value, m) {
      const type = unescapePointer(m[1]);
      const types = (api.binaryMediaTypes ?? []).filter((t) => t !== type);
      if (op !== "remove") types.push(type);
      api.binaryMediaTypes = types;
    }
  },
  {
    path: /^\/endpointConfiguration\/types\/(.+)$/,
    apply(api, _op, value2) {
      if (value2) api.endpointConfiguration = { ...api.endpointConfiguration, types: [value2] };
    }
  }
];
function updateRestApi(ctx, input) {
  const api = ctx.restApi(input.restApiId).api;
  applyPatches(api, input.patchOperations, RULES2);
  return api;
}

// ../local-cloud/src/apigateway/v1/updateStage.ts
var SETTINGS = {
  "metrics/enabled": ["metricsEnabled", "boolean"],
  "logging/loglevel": ["loggingLevel", "string"],
  "logging/dataTrace": ["dataTraceEnabled", "boolean"],
  "throttling/burstLimit": ["throttlingBurstLimit", "number"],
  "throttling/rateLimit": ["throttlingRateLimit", "number"],
  "caching/enabled": ["cachingEnabled", "boolean"],
  "caching/ttlInSeconds": ["cacheTtlInSeconds", "number"],
  "caching/dataEncrypted": ["cacheDataEncrypted", "boolean"],
  "caching/requireAuthorizationForCacheControl": ["requireAuthorizationForCacheControl", "boolean"],
  "caching/unauthorizedCacheControlHeaderStrategy": ["unauthorizedCacheControlHeaderStrategy", "string"]
};
function makeRules(ctx, restApiId) {
  return [
    {
      path: /^\/deploymentId$/,
      apply(stage, _op, value2) {
        if (!value2 || !ctx.restApi(restApiId).deployments.has(value2))
          throw badRequest("Invalid deployment identifier specified");
        stage.deploymentId = value2;
      }
    },
    scalar("description"),
    scalar("clientCertificateId"),
    scalar("documentationVersion"),
    scalar("webAclArn"),
    scalar("cacheClusterSize"),
    scalar("tracingEnabled", "boolean"),
    scalar("cacheClusterEnabled", "boolean"),
    mapEntry("variables"),
    {
      path: /^\/accessLogSettings(?:\/(destinationArn|format))?$/,
      apply(stage, _op, value2, m) {
        if (!m[1] || value2 === void 0) stage.accessLogSettings = void 0;
        else stage.accessLogSettings = { ...stage.accessLogSettings, [m[1]]: value2 };
      }
    },
    {
      path: new RegExp(`^/(.+)/([A-Z*]+)/(${Object.keys(SETTINGS).join("|")})$`),
      apply(stage, _op, value2, m) {
        const [member, kind] = SETTINGS[m[3]];
        const key2 = `${m[1]}/${m[2]}`;
        const setting = { ...stage.methodSettings?.[key2] };
        if (value2 === void 0) delete setting[member];
        else
          setting[member] = kind === "number" ? Number(value2) : kind === "boolean" ? value2 === "true" : value2;
        stage.methodSettings = { ...stage.methodSettings, [key2]: setting };
      }
    }
  ];
}
function updateStage(ctx, input) {
  const stage = stageOf(ctx, input.restApiId, input.stageName);
  applyPatches(stage, input.patchOperations, makeRules(ctx, String(input.restApiId)));
  stage.lastUpdatedDate = /* @__PURE__ */ new Date();
  return stage;
}

// ../local-cloud/src/apigateway/v1/updateUsagePlan.ts
var RULES3 = [
  scalar("name"),
  scalar("description"),
  scalar("productCode"),
  {
    path: /^\/apiStages$/,
    apply(plan, op, value2, _m) {
      const [apiId, stage] = String(value2 ?? "").split(":");
      if (!apiId || !stage) throw badRequest(`Invalid API stage specified: ${String(value2)}`);
      const others = (plan.apiStages ?? []).filter((s) => !(s.apiId === apiId && s.stage === stage));
      plan.apiStages = op === "remove" ? others : [...others, { apiId, stage }];
    }
  },
  {
    path: /^\/throttle\/(burstLimit|rateLimit)$/,
    apply(plan, _op, value2, m) {
      plan.throttle = { ...plan.throttle, [m[1]]: value2 === void 0 ? void 0 : Number(value2) };
    }
  },
  {
    path: /^\/quota\/(limit|offset|period)$/,
    apply(plan, _op, value2, m) {
      const v = m[1] === "period" ? value2 : value2 === void 0 ? void 0 : Number(value2);
      plan.quota = { ...plan.quota, [m[1]]: v };
    }
  }
];
function updateUsagePlan(ctx, input) {
  const plan = usagePlanOf(ctx, input.usagePlanId).plan;
  applyPatches(plan, input.patchOperations, RULES3, true);
  return plan;
}

// ../local-cloud/src/apigateway/v1/operations.ts
var V1_OPERATIONS = {
  CreateApiKey: createApiKey,
  CreateAuthorizer: createAuthorizer,
  CreateDeployment: createDeployment,
  CreateModel: createModel,
  CreateRequestValidator: createRequestValidator,
  CreateResource: createResource,
  CreateRestApi: createRestApi,
  CreateStage: createStage,
  CreateUsagePlan: createUsagePlan,
  CreateUsagePlanKey: createUsagePlanKey,
  DeleteApiKey: deleteApiKey,
  DeleteAuthorizer: deleteAuthorizer,
  DeleteDeployment: deleteDeployment,
  DeleteIntegration: deleteIntegration,
  DeleteMethod: deleteMethod,
  DeleteModel: deleteModel,
  DeleteRequestValidator: deleteRequestValidator,
  DeleteResource: deleteResource,
  DeleteRestApi: deleteRestApi,
  DeleteStage: deleteStage,
  DeleteUsagePlan: deleteUsagePlan,
  DeleteUsagePlanKey: deleteUsagePlanKey,
  GetAccount: getAccount,
  GetApiKey: getApiKey,
  GetApiKeys: getApiKeys,
  GetAuthorizer: getAuthorizer,
  GetAuthorizers: getAuthorizers,
  GetDeployment: getDeployment,
  GetDeployments: getDeployments,
  GetIntegration: getIntegration,
  GetMethod: getMethod,
  GetModel: getModel,
  GetModels: getModels,
  GetRequestValidator: getRequestValidator,
  GetRequestValidators: getRequestValidators,
  GetResource: getResource,
  GetResources: getResources,
  GetRestApi: getRestApi,
  GetRestApis: getRestApis,
  GetStage: getStage,
  GetStages: getStages,
  GetTags: getTags,
  GetUsagePlan: getUsagePlan,
  GetUsagePlanKey: getUsagePlanKey,
  GetUsagePlanKeys: getUsagePlanKeys,
  GetUsagePlans: getUsagePlans,
  PutIntegration: putIntegration,
  PutIntegrationResponse: putIntegrationResponse,
  PutMethod: putMethod,
  PutMethodResponse: putMethodResponse,
  TagResource: tagResource,
  UntagResource: untagResource,
  UpdateAccount: updateAccount,
  UpdateDeployment: updateDeployment,
  UpdateRestApi: updateRestApi,
  UpdateStage: updateStage,
  UpdateUsagePlan: updateUsagePlan
};

// ../local-cloud/src/apigateway/v2/deployments.ts
function newDeployment(api, description, autoDeployed) {
  const id = newId(SHORT_ID_LENGTH, (x) => api.deployments.has(x));
  const d = {
    AutoDeployed: autoDeployed,
    CreatedDate: /* @__PURE__ */ new Date(),
    DeploymentId: id,
    DeploymentStatus: "DEPLOYED",
    Description: description
  };
  api.deployments.set(id, d);
  return d;
}
function autoDeploy(api, stageName) {
  for (const stage of api.stages.values()) {
    if (!stage.AutoDeploy || stageName !== void 0 && stage.StageName !== stageName) continue;
    const d = newDeployment(api, "Automatic deployment triggered by changes to the Api configuration", true);
    stage.DeploymentId = d.DeploymentId;
    stage.LastDeploymentStatusMessage = `Successfully deployed stage with deployment ID '${d.DeploymentId}'`;
    stage.LastUpdatedDate = /* @__PURE__ */ new Date();
  }
}

// ../local-cloud/src/apigateway/v2/createIntegration.ts
var TYPES2 = ["AWS", "HTTP", "MOCK", "HTTP_PROXY", "AWS_PROXY"];
function createIntegration(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  if (!input.IntegrationType) throw missing("IntegrationType");
  if (!TYPES2.includes(input.IntegrationType))
    throw badRequest(`Invalid integration type specified. Valid options are ${TYPES2.join(",")}`);
  const http = api.api.ProtocolType === "HTTP";
  const id = newId(ROUTE_ID_LENGTH, (x) => api.integrations.has(x));
  const integration = {
    ConnectionId: input.ConnectionId,
    ConnectionType: input.ConnectionType ?? "INTERNET",
    ContentHandlingStrategy: input.ContentHandlingStrategy,
    CredentialsArn: input.CredentialsArn,
    Description: input.Description,
    IntegrationId: id,
    IntegrationMethod: input.IntegrationMethod ?? (input.IntegrationType === "AWS_PROXY" ? "POST" : void 0),
    // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway's own selection expression syntax.
    IntegrationResponseSelectionExpression: http ? void 0 : "${integration.response.statuscode}",
    IntegrationSubtype: input.IntegrationSubtype,
    IntegrationType: input.IntegrationType,
    IntegrationUri: input.IntegrationUri,
    PassthroughBehavior: input.PassthroughBehavior,
    PayloadFormatVersion: input.PayloadFormatVersion ?? "1.0",
    RequestParameters: input.RequestParameters,
    RequestTemplates: input.RequestTemplates,
    ResponseParameters: input.ResponseParameters,
    TemplateSelectionExpression: input.TemplateSelectionExpression,
    // HTTP APIs wait up to 30 s, WebSocket APIs up to 29 s.
    TimeoutInMillis: input.TimeoutInMillis ?? (http ? 3e4 : 29e3),
    TlsConfig: input.TlsConfig
  };
  api.integrations.set(id, integration);
  autoDeploy(api);
  return integration;
}

// ../local-cloud/src/apigateway/v2/routeChecks.ts
var HTTP_ROUTE_KEY = /^(\$default|(ANY|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S*)$/;
function checkRoute(api, r) {
  if (r.RouteKey !== void 0 && api.api.ProtocolType === "HTTP" && !HTTP_ROUTE_KEY.test(r.RouteKey))
    throw badRequest(`Unable to parse route key: ${r.RouteKey}`);
  if (r.Target !== void 0) {
    const m = /^integrations\/(\w+)$/.exec(r.Target);
    if (!m || !api.integrations.has(m[1])) throw badRequest(`Invalid target specified: ${r.Target}`);
  }
  if (r.AuthorizerId !== void 0 && !api.authorizers.has(r.AuthorizerId))
    throw badRequest(`Invalid authorizer ID specified: ${r.AuthorizerId}`);
}

// ../local-cloud/src/apigateway/v2/createRoute.ts
function createRoute(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  if (!input.RouteKey) throw missing("RouteKey");
  checkRoute(api, input);
  for (const r of api.routes.values())
    if (r.RouteKey === input.RouteKey)
      throw conflict(`Route with key ${input.RouteKey} already exists for this API`);
  const id = newId(ROUTE_ID_LENGTH, (x) => api.routes.has(x));
  const route = {
    ApiKeyRequired: input.ApiKeyRequired ?? false,
    AuthorizationScopes: input.AuthorizationScopes,
    AuthorizationType: input.AuthorizationType ?? "NONE",
    AuthorizerId: input.AuthorizerId,
    ModelSelectionExpression: input.ModelSelectionExpression,
    OperationName: input.OperationName,
    RequestModels: input.RequestModels,
    RequestParameters: input.RequestParameters,
    RouteId: id,
    RouteKey: input.RouteKey,
    RouteResponseSelectionExpression: input.RouteResponseSelectionExpression,
    Target: input.Target
  };
  api.routes.set(id, route);
  autoDeploy(api);
  return route;
}

// ../local-cloud/src/apigateway/v2/createStage.ts
function createStage2(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  const name = input.StageName;
  if (!name) throw missing("StageName");
  if (!/^(\$default|[a-zA-Z0-9_-]{1,128})$/.test(name))
    throw badRequest(`Invalid stage name specified: ${name}`);
  if (api.stages.has(name)) throw conflict(`Stage ${name} already exists`);
  if (input.DeploymentId && !api.deployments.has(input.DeploymentId))
    throw badRequest(`Invalid deployment identifier specified: ${input.DeploymentId}`);
  const now = /* @__PURE__ */ new Date();
  const stage = {
    AccessLogSettings: input.AccessLogSettings,
    AutoDeploy: input.AutoDeploy ?? false,
    ClientCertificateId: input.ClientCertificateId,
    CreatedDate: now,
    DefaultRouteSettings: { DetailedMetricsEnabled: false, ...input.DefaultRouteSettings },
    DeploymentId: input.DeploymentId,
    Description: input.Description,
    LastUpdatedDate: now,
    RouteSettings: input.RouteSettings ?? {},
    StageName: name,
    StageVariables: input.StageVariables ?? {},
    Tags: input.Tags ?? {}
  };
  api.stages.set(name, stage);
  autoDeploy(api, name);
  return stage;
}

// ../local-cloud/src/apigateway/v2/createApi.ts
function createApi(ctx, input) {
  if (!input.Name) throw missing("Name");
  if (input.ProtocolType !== "HTTP" && input.ProtocolType !== "WEBSOCKET")
    throw badRequest("Invalid protocol type specified. Valid options are HTTP,WEBSOCKET");
  const http = input.ProtocolType === "HTTP";
  if (!http && !input.RouteSelectionExpression) throw missing("RouteSelectionExpression");
  if (!http && input.Target) throw badRequest("Target is only supported for HTTP APIs");
  const id = newId(API_ID_LENGTH, (x) => ctx.store.apiIdTaken(ctx.region, x));
  const record = {
    region: ctx.region,
    api: {
      ApiEndpoint: `${http ? "https" : "wss"}://${ctx.executeApiHost(id)}`,
      ApiId: id,
      ApiKeySelectionExpression: input.ApiKeySelectionExpression ?? "$request.header.x-api-key",
      CorsConfiguration: input.CorsConfiguration,
      CreatedDate: /* @__PURE__ */ new Date(),
      Description: input.Description,
      DisableSchemaValidation: input.DisableSchemaValidation,
      DisableExecuteApiEndpoint: input.DisableExecuteApiEndpoint ?? false,
      IpAddressType: input.IpAddressType ?? "ipv4",
      Name: input.Name,
      ProtocolType: input.ProtocolType,
      RouteSelectionExpression: input.RouteSelectionExpression ?? "$request.method $request.path",
      Tags: input.Tags ?? {},
      Version: input.Version
    },
    routes: /* @__PURE__ */ new Map(),
    integrations: /* @__PURE__ */ new Map(),
    stages: /* @__PURE__ */ new Map(),
    deployments: /* @__PURE__ */ new Map(),
    authorizers: /* @__PURE__ */ new Map()
  };
  ctx.store.httpApis.set(ctx.region, id, record);
  if (input.Target) {
    const lambda = input.Target.startsWith("arn:");
    const integration = createIntegration(ctx, {
      ApiId: id,
      IntegrationType: lambda ? "AWS_PROXY" : "HTTP_PROXY",
      IntegrationUri: input.Target,
      IntegrationMethod: lambda ? void 0 : "ANY",
      PayloadFormatVersion: lambda ? "2.0" : "1.0",
      CredentialsArn: input.CredentialsArn
    });
    createRoute(ctx, {
      ApiId: id,
      RouteKey: input.RouteKey ?? "$default",
      Target: `integrations/${integration.IntegrationId}`
    });
    createStage2(ctx, { ApiId: id, StageName: "$default", AutoDeploy: true });
  }
  return record.api;
}

// ../local-cloud/src/apigateway/v2/createAuthorizer.ts
function createAuthorizer2(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  if (!input.Name) throw missing("Name");
  if (input.AuthorizerType !== "JWT" && input.AuthorizerType !== "REQUEST")
    throw badRequest("Invalid authorizer type specified. Valid options are JWT,REQUEST");
  if (input.AuthorizerType === "JWT" && !input.JwtConfiguration?.Issuer)
    throw badRequest("JwtConfiguration.Issuer is required for a JWT authorizer");
  const id = newId(SHORT_ID_LENGTH, (x) => api.authorizers.has(x));
  const { ApiId: _api, ...rest } = input;
  const authorizer = { ...rest, AuthorizerId: id, Name: input.Name };
  api.authorizers.set(id, authorizer);
  return authorizer;
}

// ../local-cloud/src/apigateway/v2/lookups.ts
function found(map, id, what) {
  const item = id === void 0 ? void 0 : map.get(id);
  if (!item) throw v2NotFound(what, String(id));
  return item;
}
var routeOf = (api, id) => found(api.routes, id, "Route");
var integrationOf2 = (api, id) => found(api.integrations, id, "Integration");
var stageOf2 = (api, name) => found(api.stages, name, "Stage");
var authorizerOf = (api, id) => found(api.authorizers, id, "Authorizer");

// ../local-cloud/src/apigateway/v2/createDeployment.ts
function createDeployment2(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  const stage = input.StageName ? stageOf2(api, input.StageName) : void 0;
  const d = newDeployment(api, input.Description, false);
  if (stage) {
    stage.DeploymentId = d.DeploymentId;
    stage.LastUpdatedDate = /* @__PURE__ */ new Date();
  }
  return d;
}

// ../local-cloud/src/apigateway/v2/deleteApi.ts
function deleteApi(ctx, input) {
  ctx.store.httpApis.delete(ctx.region, ctx.httpApi(input.ApiId).api.ApiId);
  return {};
}

// ../local-cloud/src/apigateway/v2/deleteAuthorizer.ts
function deleteAuthorizer2(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  api.authorizers.delete(authorizerOf(api, input.AuthorizerId).AuthorizerId);
  return {};
}

// ../local-cloud/src/apigateway/v2/deleteDeployment.ts
function deleteDeployment2(ctx, input) {
  if (!ctx.httpApi(input.ApiId).deployments.delete(String(input.DeploymentId)))
    throw v2NotFound("Deployment", String(input.DeploymentId));
  return {};
}

// ../local-cloud/src/apigateway/v2/deleteIntegration.ts
function deleteIntegration2(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  api.integrations.delete(integrationOf2(api, input.IntegrationId).IntegrationId);
  autoDeploy(api);
  return {};
}

// ../local-cloud/src/apigateway/v2/deleteRoute.ts
function deleteRoute(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  api.routes.delete(routeOf(api, input.RouteId).RouteId);
  autoDeploy(api);
  return {};
}

// ../local-cloud/src/apigateway/v2/deleteStage.ts
function deleteStage2(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  api.stages.delete(stageOf2(api, input.StageName).StageName);
  return {};
}

// ../local-cloud/src/apigateway/v2/getApi.ts
function getApi(ctx, input) {
  return ctx.httpApi(input.ApiId).api;
}

// ../local-cloud/src/apigateway/v2/getApis.ts
function getApis(ctx, input) {
  const all = ctx.store.httpApis.list(ctx.region).map((r) => r.api);
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}

// ../local-cloud/src/apigateway/v2/getAuthorizer.ts
function getAuthorizer2(ctx, input) {
  return authorizerOf(ctx.httpApi(input.ApiId), input.AuthorizerId);
}

// ../local-cloud/src/apigateway/v2/getAuthorizers.ts
function getAuthorizers2(ctx, input) {
  const all = [...ctx.httpApi(input.ApiId).authorizers.values()];
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}

// ../local-cloud/src/apigateway/v2/getDeployment.ts
function getDeployment2(ctx, input) {
  const d = ctx.httpApi(input.ApiId).deployments.get(String(input.DeploymentId));
  if (!d) throw v2NotFound("Deployment", String(input.DeploymentId));
  return d;
}

// ../local-cloud/src/apigateway/v2/getDeployments.ts
function getDeployments2(ctx, input) {
  const all = [...ctx.httpApi(input.ApiId).deployments.values()];
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}

// ../local-cloud/src/apigateway/v2/getIntegration.ts
function getIntegration2(ctx, input) {
  return integrationOf2(ctx.httpApi(input.ApiId), input.IntegrationId);
}

// ../local-cloud/src/apigateway/v2/getIntegrations.ts
function getIntegrations(ctx, input) {
  const all = [...ctx.httpApi(input.ApiId).integrations.values()];
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}

// ../local-cloud/src/apigateway/v2/getRoute.ts
function getRoute(ctx, input) {
  return routeOf(ctx.httpApi(input.ApiId), input.RouteId);
}

// ../local-cloud/src/apigateway/v2/getRoutes.ts
function getRoutes(ctx, input) {
  const all = [...ctx.httpApi(input.ApiId).routes.values()];
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}

// ../local-cloud/src/apigateway/v2/getStage.ts
function getStage2(ctx, input) {
  return stageOf2(ctx.httpApi(input.ApiId), input.StageName);
}

// ../local-cloud/src/apigateway/v2/getStages.ts
function getStages2(ctx, input) {
  const all = [...ctx.httpApi(input.ApiId).stages.values()];
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}

// ../local-cloud/src/apigateway/v2/getTags.ts
function getTags2(ctx, input) {
  return { Tags: { ...tagsOf(ctx.store, input.ResourceArn) } };
}

// ../local-cloud/src/apigateway/v2/tagResource.ts
function tagResource2(ctx, input) {
  Object.assign(tagsOf(ctx.store, input.ResourceArn), input.Tags);
  return {};
}

// ../local-cloud/src/apigateway/v2/untagResource.ts
function untagResource2(ctx, input) {
  const tags2 = tagsOf(ctx.store, input.ResourceArn);
  for (const k of input.TagKeys ?? []) delete tags2[k];
  return {};
}

// ../local-cloud/src/apigateway/v2/merge.ts
function mergeGiven(target, changes) {
  const t = target;
  for (const [k, v] of Object.entries(changes)) if (v !== void 0) t[k] = v;
}

// ../local-cloud/src/apigateway/v2/updateApi.ts
function updateApi(ctx, input) {
  const api = ctx.httpApi(input.ApiId).api;
  const { ApiId: _id, Target: _target, RouteKey: _key, CredentialsArn: _credentials, ...changes } = input;
  mergeGiven(api, changes);
  return api;
}

// ../local-cloud/src/apigateway/v2/updateDeployment.ts
function updateDeployment2(ctx, input) {
  const d = ctx.httpApi(input.ApiId).deployments.get(String(input.DeploymentId));
  if (!d) throw v2NotFound("Deployment", String(input.DeploymentId));
  if (input.Description !== void 0) d.Description = input.Description;
  return d;
}

// ../local-cloud/src/apigateway/v2/updateIntegration.ts
function updateIntegration(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  const integration = integrationOf2(api, input.IntegrationId);
  const { ApiId: _api, IntegrationId: _id, ...changes } = input;
  mergeGiven(integration, changes);
  autoDeploy(api);
  return integration;
}

// ../local-cloud/src/apigateway/v2/updateRoute.ts
function updateRoute(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  const route = routeOf(api, input.RouteId);
  checkRoute(api, input);
  if (input.RouteKey !== void 0) {
    for (const r of api.routes.values())
      if (r !== route && r.RouteKey === input.RouteKey)
        throw conflict(`Route with key ${input.RouteKey} already exists for this API`);
  }
  const { ApiId: _api, RouteId: _id, ...changes } = input;
  mergeGiven(route, changes);
  autoDeploy(api);
  return route;
}

// ../local-cloud/src/apigateway/v2/updateStage.ts
function updateStage2(ctx, input) {
  const api = ctx.httpApi(input.ApiId);
  const stage = stageOf2(api, input.StageName);
  if (input.DeploymentId && !api.deployments.has(input.DeploymentId))
    throw badRequest(`Invalid deployment identifier specified: ${input.DeploymentId}`);
  const { ApiId: _api, StageName: _name, ...changes } = input;
  mergeGiven(stage, changes);
  stage.LastUpdatedDate = /* @__PURE__ */ new Date();
  if (input.AutoDeploy) autoDeploy(api, stage.StageName);
  return stage;
}

// ../local-cloud/src/apigateway/v2/operations.ts
var V2_OPERATIONS = {
  CreateApi: createApi,
  CreateAuthorizer: createAuthorizer2,
  CreateDeployment: createDeployment2,
  CreateIntegration: createIntegration,
  CreateRoute: createRoute,
  CreateStage: createStage2,
  DeleteApi: deleteApi,
  DeleteAuthorizer: deleteAuthorizer2,
  DeleteDeployment: deleteDeployment2,
  DeleteIntegration: deleteIntegration2,
  DeleteRoute: deleteRoute,
  DeleteStage: deleteStage2,
  GetApi: getApi,
  GetApis: getApis,
  GetAuthorizer: getAuthorizer2,
  GetAuthorizers: getAuthorizers2,
  GetDeployment: getDeployment2,
  GetDeployments: getDeployments2,
  GetIntegration: getIntegration2,
  GetIntegrations: getIntegrations,
  GetRoute: getRoute,
  GetRoutes: getRoutes,
  GetStage: getStage2,
  GetStages: getStages2,
  GetTags: getTags2,
  TagResource: tagResource2,
  UntagResource: untagResource2,
  UpdateApi: updateApi,
  UpdateDeployment: updateDeployment2,
  UpdateIntegration: updateIntegration,
  UpdateRoute: updateRoute,
  UpdateStage: updateStage2
};

// ../local-cloud/src/apigateway/index.ts
var isV2 = (path10) => path10.startsWith("/v2/");
var V1_PATHS = /^\/(restapis|apikeys|usageplans)(\/|$)/;
function onPaths(face, mine, claims) {
  return {
    protocol: face.protocol,
    serve: face.serve,
    writeError: face.writeError,
    // Checked before the face is asked, so a path of neither version loads no model.
    knows: (question) => claims(question.path) ? face.knows?.(question) : void 0,
    accepts: (req) => mine(req.path)
  };
}
function createApiGatewayService(_cloud) {
  const store = new ApiGatewayStore();
  const context = (call) => new ApiGatewayContext(store, call);
  return {
    // REST and HTTP APIs share the signing name; the path tells the versions apart.
    name: "apigateway",
    faces: [
      onPaths(
        restJsonFace({
          client: () => import("./dist-es-KSOGL26F.js"),
          operations: V2_OPERATIONS,
          context
        }),
        isV2,
        isV2
      ),
      onPaths(
        restJsonFace({
          client: () => import("./dist-es-SIVFGP4X.js"),
          operations: V1_OPERATIONS,
          context
        }),
        (path10) => !isV2(path10),
        (path10) => V1_PATHS.test(path10)
      )
    ]
  };
}

// ../local-cloud/src/persistence/operations.ts
function savingAfter(operations, save, readOnly) {
  if (!save) return operations;
  const out = {};
  for (const [name, run] of Object.entries(operations)) {
    out[name] = readOnly(name) ? run : async (ctx, input) => {
      try {
        return await run(ctx, input);
      } finally {
        save();
      }
    };
  }
  return out;
}
var READS = /^(Get|List|Describe|Head)/;

// ../local-cloud/src/cloudformation/context.ts
var CloudFormationContext = class {
  constructor(engineOf, call) {
    this.engineOf = engineOf;
    this.call = call;
  }
  engineOf;
  call;
  get region() {
    return this.call.region;
  }
  get cloud() {
    return this.call.cloud;
  }
  /** The stack engine; loading it (and the SDK clients its resource handlers drive) waits for a first use. */
  engine() {
    return this.engineOf();
  }
};

// ../local-cloud/src/cloudformation/capabilities.ts
var NAME_PROPERTIES = ["RoleName", "UserName", "GroupName", "ManagedPolicyName", "InstanceProfileName"];
function requiredCapability(template) {
  let need;
  for (const r of Object.values(template.Resources)) {
    if (!r.Type.startsWith("AWS::IAM::")) continue;
    if (NAME_PROPERTIES.some((k) => r.Properties?.[k] !== void 0)) need = "CAPABILITY_NAMED_IAM";
    else need ??= "CAPABILITY_IAM";
  }
  return need;
}
function iamTypes(template) {
  const types = Object.values(template.Resources).map((r) => r.Type).filter((t) => t.startsWith("AWS::IAM::"));
  return [...new Set(types)];
}
function checkCapabilities(template, given) {
  const need = requiredCapability(template);
  if (!need) return;
  const ok = need === "CAPABILITY_IAM" ? given.some((c) => c.endsWith("_IAM")) : given.includes("CAPABILITY_NAMED_IAM");
  if (!ok) throw insufficientCapabilities(need);
}

// ../local-cloud/src/cloudformation/stackInput.ts
function parameters(list2) {
  const values = {};
  const previous = [];
  for (const p of list2 ?? []) {
    if (!p.ParameterKey) continue;
    if (p.UsePreviousValue) previous.push(p.ParameterKey);
    else values[p.ParameterKey] = p.ParameterValue ?? "";
  }
  return { values, previous };
}
var tags = (list2) => list2?.map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" }));
function stackInput(stackName, request, body) {
  const capabilities = request.Capabilities ?? [];
  checkCapabilities(parseTemplate(body), capabilities);
  const p = parameters(request.Parameters);
  return {
    stackName,
    templateBody: body,
    parameters: p.values,
    previousParameters: p.previous,
    capabilities,
    tags: tags(request.Tags),
    disableRollback: request.DisableRollback === true || request.OnFailure === "DO_NOTHING"
  };
}

// ../local-cloud/src/cloudformation/templateSource.ts
function s3Location(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw templateUrlUnsupported();
  }
  const path10 = decodeURIComponent(u.pathname.slice(1));
  const virtual = /^(.+)\.s3[.-]/.exec(u.hostname);
  if (virtual) return { bucket: virtual[1], key: path10 };
  const slash = path10.indexOf("/");
  if (slash < 1) throw templateUrlUnsupported();
  return { bucket: path10.slice(0, slash), key: path10.slice(slash + 1) };
}
async function givenTemplate(ctx, source) {
  if (source.TemplateBody !== void 0) return source.TemplateBody;
  if (source.TemplateURL === void 0) return void 0;
  const { bucket, key: key2 } = s3Location(source.TemplateURL);
  const { GetObjectCommand } = await import("./dist-es-RJ6CBSAE.js");
  const { s3Client } = await import("./clients-HAFBWULF.js");
  try {
    const out = await s3Client({
      endpoint: ctx.cloud.endpoint,
      region: ctx.region,
      credentials: ctx.cloud.credentials
    }).send(new GetObjectCommand({ Bucket: bucket, Key: key2 }));
    return await out.Body.transformToString("utf8");
  } catch {
    throw templateUrlUnreadable(source.TemplateURL);
  }
}
async function requiredTemplate(ctx, source) {
  const body = await givenTemplate(ctx, source);
  if (body === void 0) throw templateMissing();
  return body;
}

// ../local-cloud/src/cloudformation/validate.ts
function required(value2, member) {
  if (value2 === void 0 || value2 === null || value2 === "") throw mustNotBeNull(member);
  return value2;
}
function stackNameOrId(value2) {
  const name = required(value2, "StackName");
  checkStackNameOrId(name);
  return name;
}
function optionalStackNameOrId(value2) {
  return value2 ? stackNameOrId(value2) : void 0;
}

// ../local-cloud/src/cloudformation/createChangeSet.ts
async function createChangeSet(ctx, input) {
  const stackName = required(input.StackName, "StackName");
  const changeSetName = required(input.ChangeSetName, "ChangeSetName");
  const type = input.ChangeSetType ?? "UPDATE";
  if (type !== "CREATE" && type !== "UPDATE") throw changeSetTypeUnsupported(type);
  const engine = await ctx.engine();
  const body = input.UsePreviousTemplate ? await givenTemplate(ctx, input) ?? engine.get(ctx.region, stackName).templateBody : await requiredTemplate(ctx, input);
  const { stack, changeSet } = engine.createChangeSet(ctx.region, {
    ...stackInput(stackName, input, body),
    changeSetName,
    changeSetType: type,
    description: input.Description
  });
  return { Id: changeSet.id, StackId: stack.stackId };
}

// ../local-cloud/src/cloudformation/createStack.ts
async function createStack(ctx, input) {
  const name = required(input.StackName, "StackName");
  const body = await requiredTemplate(ctx, input);
  const engine = await ctx.engine();
  const stack = engine.createStack(ctx.region, stackInput(name, input, body));
  return { StackId: stack.stackId };
}

// ../local-cloud/src/cloudformation/deleteChangeSet.ts
async function deleteChangeSet(ctx, input) {
  const changeSetName = required(input.ChangeSetName, "ChangeSetName");
  const stackName = optionalStackNameOrId(input.StackName);
  (await ctx.engine()).deleteChangeSet(ctx.region, changeSetName, stackName);
  return {};
}

// ../local-cloud/src/cloudformation/deleteStack.ts
async function deleteStack(ctx, input) {
  const name = stackNameOrId(input.StackName);
  (await ctx.engine()).deleteStack(ctx.region, name);
}

// ../local-cloud/src/cloudformation/views.ts
function parametersOf(template, values) {
  return Object.entries(values).map(([k, v]) => ({
    ParameterKey: k,
    ParameterValue: shownValue(template, k, v)
  }));
}
var tagsOf2 = (tags2) => tags2.map((t) => ({ Key: t.Key, Value: t.Value }));
var capabilitiesOf = (list2) => list2;
var statusOf = (status) => status;
function stackView(stack) {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    Description: stack.description,
    Parameters: parametersOf(stack.template, stack.parameters),
    CreationTime: stack.creationTime,
    DeletionTime: stack.deletionTime,
    LastUpdatedTime: stack.lastUpdatedTime,
    RollbackConfiguration: {},
    StackStatus: stack.status,
    StackStatusReason: stack.statusReason,
    DisableRollback: stack.disableRollback,
    NotificationARNs: [],
    Capabilities: capabilitiesOf(stack.capabilities),
    Outputs: stack.outputs.map((o) => ({
      OutputKey: o.key,
      OutputValue: o.value,
      Description: o.description,
      ExportName: o.exportName
    })),
    Tags: tagsOf2(stack.tags),
    EnableTerminationProtection: false,
    DriftInformation: { StackDriftStatus: "NOT_CHECKED" }
  };
}
function stackSummaryView(stack) {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    TemplateDescription: stack.description,
    CreationTime: stack.creationTime,
    LastUpdatedTime: stack.lastUpdatedTime,
    DeletionTime: stack.deletionTime,
    StackStatus: stack.status,
    StackStatusReason: stack.statusReason,
    DriftInformation: { StackDriftStatus: "NOT_CHECKED" }
  };
}
function eventView(stack, e) {
  return {
    StackId: stack.stackId,
    EventId: e.eventId,
    StackName: stack.stackName,
    LogicalResourceId: e.logicalId,
    PhysicalResourceId: e.physicalId,
    ResourceType: e.type,
    Timestamp: e.timestamp,
    ResourceStatus: statusOf(e.status),
    ResourceStatusReason: e.reason
  };
}
function resourceView2(stack, r) {
  return {
    StackName: stack.stackName,
    StackId: stack.stackId,
    LogicalResourceId: r.logicalId,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type,
    Timestamp: r.lastUpdated,
    ResourceStatus: statusOf(r.status),
    ResourceStatusReason: r.statusReason,
    DriftInformation: { StackResourceDriftStatus: "NOT_CHECKED" }
  };
}
function resourceDetailView(stack, r) {
  return {
    StackName: stack.stackName,
    StackId: stack.stackId,
    LogicalResourceId: r.logicalId,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type,
    LastUpdatedTimestamp: r.lastUpdated,
    ResourceStatus: statusOf(r.status),
    ResourceStatusReason: r.statusReason,
    Metadata: JSON.stringify(stack.template.Resources[r.logicalId]?.Metadata ?? {}),
    DriftInformation: { StackResourceDriftStatus: "NOT_CHECKED" }
  };
}
function resourceSummaryView(r) {
  return {
    LogicalResourceId: r.logicalId,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type,
    LastUpdatedTimestamp: r.lastUpdated,
    ResourceStatus: statusOf(r.status),
    ResourceStatusReason: r.statusReason,
    DriftInformation: { StackResourceDriftStatus: "NOT_CHECKED" }
  };
}
function changeSetView(stack, cs) {
  return {
    ChangeSetName: cs.name,
    ChangeSetId: cs.id,
    StackId: stack.stackId,
    StackName: stack.stackName,
    Description: cs.description,
    Parameters: parametersOf(cs.template, cs.parameters),
    CreationTime: cs.creationTime,
    ExecutionStatus: cs.executionStatus,
    Status: cs.status,
    StatusReason: cs.statusReason,
    NotificationARNs: [],
    RollbackConfiguration: {},
    Capabilities: capabilitiesOf(cs.capabilities),
    Tags: tagsOf2(cs.tags),
    Changes: cs.changes.map((c) => ({
      Type: "Resource",
      ResourceChange: {
        Action: c.action,
        LogicalResourceId: c.logicalId,
        PhysicalResourceId: c.physicalId,
        ResourceType: c.type,
        Replacement: c.replacement,
        Scope: c.scope,
        Details: []
      }
    })),
    IncludeNestedStacks: false
  };
}
function changeSetSummaryView(stack, cs) {
  return {
    StackId: stack.stackId,
    StackName: stack.stackName,
    ChangeSetId: cs.id,
    ChangeSetName: cs.name,
    ExecutionStatus: cs.executionStatus,
    Status: cs.status,
    StatusReason: cs.statusReason,
    CreationTime: cs.creationTime,
    Description: cs.description,
    IncludeNestedStacks: false
  };
}

// ../local-cloud/src/cloudformation/describeChangeSet.ts
async function describeChangeSet(ctx, input) {
  const changeSetName = required(input.ChangeSetName, "ChangeSetName");
  const stackName = optionalStackNameOrId(input.StackName);
  const { stack, changeSet } = (await ctx.engine()).findChangeSet(ctx.region, changeSetName, stackName);
  return changeSetView(stack, changeSet);
}

// ../local-cloud/src/cloudformation/describeStackEvents.ts
async function describeStackEvents(ctx, input) {
  const name = stackNameOrId(input.StackName);
  const stack = (await ctx.engine()).get(ctx.region, name);
  return { StackEvents: [...stack.events].reverse().map((e) => eventView(stack, e)) };
}

// ../local-cloud/src/cloudformation/describeStackResource.ts
async function describeStackResource(ctx, input) {
  const name = stackNameOrId(input.StackName);
  const stack = (await ctx.engine()).get(ctx.region, name);
  const id = required(input.LogicalResourceId, "LogicalResourceId");
  const r = stack.resources.get(id);
  if (!r) throw resourceNotInStack(id, stack.stackName);
  return { StackResourceDetail: resourceDetailView(stack, r) };
}

// ../local-cloud/src/cloudformation/describeStackResources.ts
async function describeStackResources(ctx, input) {
  const name = optionalStackNameOrId(input.StackName);
  const physicalId = input.PhysicalResourceId;
  if (!name && !physicalId) throw stackOrPhysicalIdRequired();
  const engine = await ctx.engine();
  let stack;
  if (name) stack = engine.get(ctx.region, name);
  else {
    stack = engine.stacks.find(
      (s2) => s2.region === ctx.region && [...s2.resources.values()].some((r) => r.physicalId === physicalId)
    );
    if (!stack) throw noStackForPhysicalId(physicalId);
  }
  const s = stack;
  const list2 = [...s.resources.values()].filter(
    (r) => !input.LogicalResourceId || r.logicalId === input.LogicalResourceId
  );
  return { StackResources: list2.map((r) => resourceView2(s, r)) };
}

// ../local-cloud/src/cloudformation/describeStacks.ts
async function describeStacks(ctx, input) {
  const name = optionalStackNameOrId(input.StackName);
  const engine = await ctx.engine();
  const stacks = name ? [engine.get(ctx.region, name)] : engine.stacks.filter((s) => s.region === ctx.region && s.status !== "DELETE_COMPLETE");
  return { Stacks: stacks.map(stackView) };
}

// ../local-cloud/src/cloudformation/executeChangeSet.ts
async function executeChangeSet(ctx, input) {
  const changeSetName = required(input.ChangeSetName, "ChangeSetName");
  const stackName = optionalStackNameOrId(input.StackName);
  (await ctx.engine()).executeChangeSet(ctx.region, changeSetName, stackName);
  return {};
}

// ../local-cloud/src/cloudformation/getTemplate.ts
async function getTemplate(ctx, input) {
  const engine = await ctx.engine();
  const body = input.ChangeSetName ? engine.findChangeSet(ctx.region, input.ChangeSetName, optionalStackNameOrId(input.StackName)).changeSet.templateBody : engine.get(ctx.region, stackNameOrId(input.StackName)).templateBody;
  return { TemplateBody: body, StagesAvailable: ["Original", "Processed"] };
}

// ../local-cloud/src/cloudformation/listChangeSets.ts
async function listChangeSets(ctx, input) {
  const name = stackNameOrId(input.StackName);
  const stack = (await ctx.engine()).get(ctx.region, name);
  return { Summaries: [...stack.changeSets.values()].map((cs) => changeSetSummaryView(stack, cs)) };
}

// ../local-cloud/src/cloudformation/listExports.ts
async function listExports(ctx, _input) {
  const exports = (await ctx.engine()).exportsOf(ctx.region);
  return { Exports: exports.map((e) => ({ ExportingStackId: e.stackId, Name: e.name, Value: e.value })) };
}

// ../local-cloud/src/cloudformation/listImports.ts
async function listImports(ctx, input) {
  const name = required(input.ExportName, "ExportName");
  const importers = (await ctx.engine()).importers(ctx.region, name);
  if (importers.length === 0) throw exportNotImported(name);
  return { Imports: importers.map((s) => s.stackName) };
}

// ../local-cloud/src/cloudformation/listStackResources.ts
async function listStackResources(ctx, input) {
  const name = stackNameOrId(input.StackName);
  const stack = (await ctx.engine()).get(ctx.region, name);
  return { StackResourceSummaries: [...stack.resources.values()].map(resourceSummaryView) };
}

// ../local-cloud/src/cloudformation/listStacks.ts
async function listStacks(ctx, input) {
  const filter = input.StackStatusFilter ?? [];
  const stacks = (await ctx.engine()).stacks.filter((s) => s.region === ctx.region && (filter.length === 0 || filter.includes(s.status))).reverse();
  return { StackSummaries: stacks.map(stackSummaryView) };
}

// ../local-cloud/src/cloudformation/updateStack.ts
async function updateStack(ctx, input) {
  const name = stackNameOrId(input.StackName);
  const engine = await ctx.engine();
  const stack = engine.get(ctx.region, name);
  const body = input.UsePreviousTemplate ? stack.templateBody : await requiredTemplate(ctx, input);
  engine.updateStack(ctx.region, name, stackInput(stack.stackName, input, body));
  return { StackId: stack.stackId };
}

// ../local-cloud/src/cloudformation/validateTemplate.ts
async function validateTemplate(ctx, input) {
  const template = parseTemplate(await requiredTemplate(ctx, input));
  creationOrder(dependencies(template));
  const capability = requiredCapability(template);
  const transforms = template.Transform === void 0 ? [] : [template.Transform].flat().map(String);
  return {
    Parameters: Object.entries(template.Parameters ?? {}).map(([k, p]) => ({
      ParameterKey: k,
      DefaultValue: p.Default === void 0 ? void 0 : String(p.Default),
      NoEcho: p.NoEcho === true || p.NoEcho === "true",
      Description: p.Description
    })),
    Description: template.Description,
    Capabilities: capability ? [capability] : [],
    CapabilitiesReason: capability ? `The following resource(s) require capabilities: [${iamTypes(template).join(", ")}]` : void 0,
    DeclaredTransforms: transforms
  };
}

// ../local-cloud/src/cloudformation/operations.ts
var OPERATIONS = {
  CreateStack: createStack,
  UpdateStack: updateStack,
  DeleteStack: deleteStack,
  DescribeStacks: describeStacks,
  DescribeStackEvents: describeStackEvents,
  DescribeStackResource: describeStackResource,
  DescribeStackResources: describeStackResources,
  ListStackResources: listStackResources,
  ListStacks: listStacks,
  GetTemplate: getTemplate,
  ValidateTemplate: validateTemplate,
  ListExports: listExports,
  ListImports: listImports,
  CreateChangeSet: createChangeSet,
  DescribeChangeSet: describeChangeSet,
  ExecuteChangeSet: executeChangeSet,
  DeleteChangeSet: deleteChangeSet,
  ListChangeSets: listChangeSets
};

// ../local-cloud/src/cloudformation/index.ts
var CLOUDFORMATION_NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
function createCloudFormationService(cloud) {
  let engine;
  let loading;
  const engineOf = () => loading ??= import("./engine-LPD3NX3Q.js").then(({ StackEngine }) => {
    engine = new StackEngine(cloud);
    return engine;
  });
  return {
    name: "cloudformation",
    faces: [
      awsQueryFace({
        client: () => import("./dist-es-N3NO4WXX.js"),
        namespace: CLOUDFORMATION_NAMESPACE,
        operations: savingAfter(
          OPERATIONS,
          cloud.state && (() => engine?.save()),
          (name) => READS.test(name) || name === "ValidateTemplate"
        ),
        context: (call) => new CloudFormationContext(engineOf, call)
      })
    ],
    stop: () => engine?.stop()
  };
}

// ../local-cloud/src/cloudwatch/metricStore.ts
var MAX_DATAPOINTS = 1e5;
function seriesKey(namespace, name, dimensions3) {
  const dims = sortDimensions(dimensions3).map((d) => `${d.Name}=${d.Value}`).join("");
  return `${namespace}\0${name}\0${dims}`;
}
function sortDimensions(dimensions3) {
  return [...dimensions3].sort((a, b) => (a.Name ?? "") < (b.Name ?? "") ? -1 : 1);
}
var MetricStore = class {
  constructor(limit = MAX_DATAPOINTS) {
    this.limit = limit;
  }
  limit;
  series = /* @__PURE__ */ new Map();
  /** One entry per stored datapoint, in arrival order, naming its series (the eviction order). */
  arrivals = new Deque();
  listeners = [];
  /** Called after every datapoint stored (alarms on that metric re-evaluate). */
  onPut(listener) {
    this.listeners.push(listener);
  }
  put(region, namespace, name, dimensions3, point) {
    const key2 = `${region}\0${seriesKey(namespace, name, dimensions3)}`;
    let s = this.series.get(key2);
    if (!s) {
      s = {
        region,
        namespace,
        name,
        dimensions: sortDimensions(dimensions3),
        key: key2,
        points: new Deque(),
        lastReceived: 0
      };
      this.series.set(key2, s);
    }
    s.points.push(point);
    s.lastReceived = Date.now();
    this.arrivals.push(s);
    while (this.arrivals.length > this.limit) this.evictOldest();
    for (const l of this.listeners) l(s);
  }
  find(region, namespace, name, dimensions3) {
    return this.series.get(`${region}\0${seriesKey(namespace, name, dimensions3)}`);
  }
  /** Every metric of a region that still holds datapoints. */
  list(region) {
    return [...this.series.values()].filter((s) => s.region === region);
  }
  get size() {
    return this.arrivals.length;
  }
  evictOldest() {
    const s = this.arrivals.shift();
    if (!s) return;
    s.points.shift();
    if (s.points.length === 0) this.series.delete(s.key);
  }
};
function pointsIn(s, from, to, unit2) {
  const out = [];
  for (let i = 0; i < s.points.length; i++) {
    const p = s.points.at(i);
    if (p.time >= from && p.time < to && (unit2 === void 0 || p.unit === unit2)) out.push(p);
  }
  return out;
}

// ../local-cloud/src/cloudwatch/statistics.ts
var STATISTICS = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"];
var PERCENTILE = /^p(\d{1,2}(\.\d{1,2})?|100)$/;
function isStatistic(stat) {
  return STATISTICS.includes(stat) || PERCENTILE.test(stat);
}
function isPercentile(stat) {
  return PERCENTILE.test(stat);
}
function summarise(points) {
  if (points.length === 0) return void 0;
  const s = { sampleCount: 0, sum: 0, min: Infinity, max: -Infinity, values: [], raw: true };
  for (const p of points) {
    s.sampleCount += p.sampleCount;
    s.sum += p.sum;
    s.min = Math.min(s.min, p.min);
    s.max = Math.max(s.max, p.max);
    if (p.values) s.values.push(...p.values);
    else s.raw = false;
  }
  return s;
}
function statistic(s, stat) {
  switch (stat) {
    case "SampleCount":
      return s.sampleCount;
    case "Sum":
      return s.sum;
    case "Minimum":
      return s.min;
    case "Maximum":
      return s.max;
    case "Average":
      return s.sampleCount === 0 ? 0 : s.sum / s.sampleCount;
  }
  if (!PERCENTILE.test(stat) || !s.raw || s.values.length === 0) return void 0;
  return percentile(s.values, Number(stat.slice(1)));
}
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((n, [, c]) => n + c, 0);
  const rank = Math.max(1, Math.ceil(p / 100 * total));
  let seen = 0;
  for (const [v, c] of sorted) {
    seen += c;
    if (seen >= rank) return v;
  }
  return sorted[sorted.length - 1][0];
}

// ../local-cloud/src/cloudwatch/evaluate.ts
function watchedMetric(a) {
  if (a.Metrics && a.Metrics.length > 0) {
    if (a.Metrics.length !== 1 || !a.Metrics[0].MetricStat) return void 0;
    const m = a.Metrics[0].MetricStat;
    if (!m.Metric?.Namespace || !m.Metric.MetricName || !m.Stat || !m.Period) return void 0;
    return {
      namespace: m.Metric.Namespace,
      name: m.Metric.MetricName,
      dimensions: m.Metric.Dimensions ?? [],
      stat: m.Stat,
      period: m.Period,
      unit: m.Unit
    };
  }
  const stat = a.Statistic ?? a.ExtendedStatistic;
  if (!a.Namespace || !a.MetricName || !stat || !a.Period) return void 0;
  return {
    namespace: a.Namespace,
    name: a.MetricName,
    dimensions: a.Dimensions ?? [],
    stat,
    period: a.Period,
    unit: a.Unit
  };
}
var WORDS = {
  GreaterThanOrEqualToThreshold: "greater than or equal to",
  GreaterThanThreshold: "greater than",
  LessThanThreshold: "less than",
  LessThanOrEqualToThreshold: "less than or equal to"
};
function breaches(op, value2, threshold) {
  switch (op) {
    case "GreaterThanOrEqualToThreshold":
      return value2 >= threshold;
    case "GreaterThanThreshold":
      return value2 > threshold;
    case "LessThanThreshold":
      return value2 < threshold;
    default:
      return value2 <= threshold;
  }
}
var LOOK_BACK_PERIODS = 2;
var num = (v) => Number.isInteger(v) ? v.toFixed(1) : String(v);
var two = (n) => String(n).padStart(2, "0");
function shortDate(ms) {
  const d = new Date(ms);
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCFullYear() % 100)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
function longDate(ms) {
  return new Date(ms).toISOString().replace("Z", "+0000");
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function evaluate(a, series, now, from) {
  const watched = watchedMetric(a);
  const op = a.ComparisonOperator;
  if (!watched || !op || !WORDS[op] || a.Threshold === void 0) return void 0;
  const n = a.EvaluationPeriods ?? 1;
  const m = a.DatapointsToAlarm ?? n;
  const treat = a.TreatMissingData ?? "missing";
  const ms = watched.period * 1e3;
  const open = Math.floor(now / ms) * ms;
  const range = treat === "missing" || treat === "ignore" ? n + LOOK_BACK_PERIODS : n;
  const periods = [];
  for (let k = 0; k < range; k++) {
    const start = open - k * ms;
    const s = series ? summarise(pointsIn(series, start, start + ms, watched.unit)) : void 0;
    const value2 = s ? statistic(s, watched.stat) : void 0;
    periods.push({ start, value: value2, sampleCount: value2 === void 0 ? void 0 : s?.sampleCount });
  }
  let considered;
  if (treat === "missing" || treat === "ignore") {
    considered = periods.filter((p) => p.value !== void 0).slice(0, n);
    if (considered.length === 0) {
      if (treat === "ignore") return void 0;
      return verdict(
        a,
        watched,
        "INSUFFICIENT_DATA",
        `Insufficient Data: ${plural(n, "datapoint")} ${n === 1 ? "was" : "were"} unknown.`,
        periods.slice(0, n),
        now
      );
    }
  } else considered = periods;
  const isBreach = (p) => p.value === void 0 ? treat === "breaching" : breaches(op, p.value, a.Threshold);
  const breaching = considered.filter(isBreach);
  const shown = (list2) => `[${list2.filter((p) => p.value !== void 0).map((p) => `${num(p.value)} (${shortDate(p.start)})`).join(", ")}]`;
  const threshold = `the threshold (${num(a.Threshold)})`;
  if (breaching.length >= m) {
    const reason2 = `Threshold Crossed: ${breaching.length} out of the last ${considered.length} datapoints ${shown(breaching)} was ${WORDS[op]} ${threshold} (minimum ${plural(m, "datapoint")} for ${from} -> ALARM transition).`;
    return verdict(a, watched, "ALARM", reason2, considered, now);
  }
  const reason = `Threshold Crossed: ${plural(considered.length, "datapoint")} ${shown(considered)} ${considered.length === 1 ? "was" : "were"} not ${WORDS[op]} ${threshold}.`;
  return verdict(a, watched, "OK", reason, considered, now);
}
function verdict(a, watched, state, reason, periods, now) {
  const oldest = periods.length ? periods[periods.length - 1].start : now;
  const data = {
    version: "1.0",
    queryDate: longDate(now),
    startDate: longDate(oldest)
  };
  if (watched.unit) data.unit = watched.unit;
  data.statistic = watched.stat;
  data.period = watched.period;
  data.recentDatapoints = periods.filter((p) => p.value !== void 0).map((p) => p.value).reverse();
  data.threshold = a.Threshold;
  data.evaluatedDatapoints = periods.map(
    (p) => p.value === void 0 ? { timestamp: longDate(p.start) } : { timestamp: longDate(p.start), sampleCount: p.sampleCount, value: p.value }
  );
  return { state, reason, reasonData: JSON.stringify(data) };
}

// ../local-cloud/src/cloudwatch/actions.ts
var REGION_NAMES = {
  "us-east-1": "US East (N. Virginia)",
  "us-east-2": "US East (Ohio)",
  "us-west-1": "US West (N. California)",
  "us-west-2": "US West (Oregon)",
  "eu-west-1": "EU (Ireland)",
  "eu-west-2": "EU (London)",
  "eu-west-3": "EU (Paris)",
  "eu-central-1": "EU (Frankfurt)",
  "eu-north-1": "EU (Stockholm)",
  "ap-northeast-1": "Asia Pacific (Tokyo)",
  "ap-southeast-1": "Asia Pacific (Singapore)",
  "ap-southeast-2": "Asia Pacific (Sydney)",
  "ap-south-1": "Asia Pacific (Mumbai)",
  "sa-east-1": "South America (Sao Paulo)",
  "ca-central-1": "Canada (Central)"
};
function actionsFor(a, state) {
  if (a.ActionsEnabled === false) return [];
  if (state === "ALARM") return a.AlarmActions ?? [];
  if (state === "OK") return a.OKActions ?? [];
  return a.InsufficientDataActions ?? [];
}
function notification(t) {
  const a = t.alarm;
  const w = watchedMetric(a);
  return JSON.stringify({
    AlarmName: a.AlarmName,
    AlarmDescription: a.AlarmDescription ?? null,
    AWSAccountId: t.accountId,
    AlarmConfigurationUpdatedTimestamp: longDate(a.AlarmConfigurationUpdatedTimestamp?.getTime() ?? t.at),
    NewStateValue: a.StateValue,
    NewStateReason: a.StateReason,
    StateChangeTime: longDate(t.at),
    Region: REGION_NAMES[t.region] ?? t.region,
    AlarmArn: a.AlarmArn,
    OldStateValue: t.from,
    OKActions: a.OKActions ?? [],
    AlarmActions: a.AlarmActions ?? [],
    InsufficientDataActions: a.InsufficientDataActions ?? [],
    Trigger: {
      MetricName: w?.name,
      Namespace: w?.namespace,
      StatisticType: a.ExtendedStatistic ? "ExtendedStatistic" : "Statistic",
      Statistic: a.Statistic?.toUpperCase(),
      ExtendedStatistic: a.ExtendedStatistic,
      Unit: a.Unit ?? null,
      Dimensions: (w?.dimensions ?? []).map((d) => ({ value: d.Value, name: d.Name })),
      Period: w?.period,
      EvaluationPeriods: a.EvaluationPeriods,
      DatapointsToAlarm: a.DatapointsToAlarm,
      ComparisonOperator: a.ComparisonOperator,
      Threshold: a.Threshold,
      TreatMissingData: a.TreatMissingData ?? "missing",
      EvaluateLowSampleCountPercentile: a.EvaluateLowSampleCountPercentile ?? ""
    }
  });
}
function lambdaEvent(t) {
  const a = t.alarm;
  const w = watchedMetric(a);
  const state = (value2, reason, data) => ({
    value: value2,
    reason,
    ...data ? { reasonData: data } : {},
    timestamp: longDate(t.at)
  });
  return JSON.stringify({
    source: "aws.cloudwatch",
    alarmArn: a.AlarmArn,
    accountId: t.accountId,
    time: longDate(t.at),
    region: t.region,
    alarmData: {
      alarmName: a.AlarmName,
      state: state(a.StateValue, a.StateReason, a.StateReasonData),
      previousState: state(t.from, void 0),
      configuration: {
        description: a.AlarmDescription,
        metrics: w ? [
          {
            id: a.Metrics?.[0]?.Id ?? "m1",
            metricStat: {
              metric: {
                namespace: w.namespace,
                name: w.name,
                dimensions: Object.fromEntries(w.dimensions.map((d) => [d.Name, d.Value]))
              },
              period: w.period,
              stat: w.stat,
              ...w.unit ? { unit: w.unit } : {}
            },
            returnData: true
          }
        ] : []
      }
    }
  });
}
function runActions(cloud, t) {
  const out = [];
  for (const arn of actionsFor(t.alarm, t.alarm.StateValue)) {
    const service = arn.split(":")[2];
    try {
      if (service === "sns" && cloud.sns) {
        const region = REGION_NAMES[t.region] ?? t.region;
        const subject = `${t.alarm.StateValue}: "${t.alarm.AlarmName}" in ${region}`.slice(0, 100);
        cloud.sns.publish(arn, notification(t), { subject });
      } else if (service === "lambda" && cloud.lambda) {
        cloud.lambda.invokeAsync(arn, Buffer.from(lambdaEvent(t)), { region: t.region });
      } else {
        out.push({ arn, ok: false, detail: `actions on ${service} are not run by this local cloud` });
        continue;
      }
      out.push({ arn, ok: true });
    } catch (err) {
      out.push({ arn, ok: false, detail: err instanceof Error ? err.message : String(err) });
    }
  }
  return out;
}

// ../local-cloud/src/cloudwatch/alarmEngine.ts
var EVALUATION_INTERVAL_MS = 6e4;
var MIN_INTERVAL_MS = 10;
var AlarmEngine = class {
  constructor(cloud, metrics, alarms) {
    this.cloud = cloud;
    this.metrics = metrics;
    this.alarms = alarms;
    metrics.onPut((s) => this.evaluateFor(s));
  }
  cloud;
  metrics;
  alarms;
  timer;
  start() {
    const every = Math.max(this.cloud.scaled(EVALUATION_INTERVAL_MS), MIN_INTERVAL_MS);
    this.timer = setInterval(() => this.evaluateAll(), every);
    this.timer.unref();
  }
  stop() {
    clearInterval(this.timer);
  }
  evaluateAll(now = Date.now()) {
    for (const a of this.alarms.all()) this.evaluate(a, now);
  }
  /** Re-evaluates the alarms watching this series. */
  evaluateFor(series) {
    const now = Date.now();
    for (const a of this.alarms.list(series.region)) {
      const w = watchedMetric(a.alarm);
      if (w && `${a.region}\0${seriesKey(w.namespace, w.name, w.dimensions)}` === series.key)
        this.evaluate(a, now);
    }
  }
  evaluate(stored, now = Date.now()) {
    const w = watchedMetric(stored.alarm);
    const series = w ? this.metrics.find(stored.region, w.namespace, w.name, w.dimensions) : void 0;
    const from = stored.alarm.StateValue ?? "INSUFFICIENT_DATA";
    const verdict2 = evaluate(stored.alarm, series, now, from);
    if (verdict2 && verdict2.state !== from) this.change(stored, verdict2, now);
  }
  /** A new state (from an evaluation or SetAlarmState): recorded, then its actions run. */
  change(stored, to, now = Date.now()) {
    const a = stored.alarm;
    const from = a.StateValue ?? "INSUFFICIENT_DATA";
    const old = { stateValue: from, stateReason: a.StateReason, stateReasonData: a.StateReasonData };
    a.StateValue = to.state;
    a.StateReason = to.reason;
    a.StateReasonData = to.reasonData || void 0;
    a.StateUpdatedTimestamp = new Date(now);
    if (to.state === from) return;
    a.StateTransitionedTimestamp = new Date(now);
    this.record(stored, "StateUpdate", `Alarm updated from ${from} to ${to.state}`, now, {
      version: "1.0",
      oldState: old,
      newState: { stateValue: to.state, stateReason: to.reason, stateReasonData: to.reasonData || void 0 }
    });
    setImmediate(() => {
      for (const r of runActions(this.cloud, {
        region: stored.region,
        accountId: this.cloud.accountId,
        alarm: a,
        from,
        at: now
      })) {
        const summary = r.ok ? `Successfully executed action ${r.arn}` : `Failed to execute action ${r.arn}. Received error: "${r.detail}"`;
        this.record(stored, "Action", summary, Date.now(), { actionState: r.ok ? "Succeeded" : "Failed" });
        if (!r.ok) this.cloud.log("info", `cloudwatch alarm ${a.AlarmName}: ${summary}`);
      }
    });
  }
  record(stored, type, summary, at, data) {
    this.alarms.record(stored.region, {
      AlarmName: stored.alarm.AlarmName,
      AlarmType: "MetricAlarm",
      Timestamp: new Date(at),
      HistoryItemType: type,
      HistorySummary: summary,
      HistoryData: JSON.stringify(data)
    });
  }
};

// ../local-cloud/src/cloudwatch/alarmStore.ts
var MAX_HISTORY_ITEMS = 1e4;
var AlarmStore = class {
  alarms = /* @__PURE__ */ new Map();
  histories = /* @__PURE__ */ new Map();
  get(region, name) {
    return this.alarms.get(`${region}\0${name}`);
  }
  put(stored) {
    this.alarms.set(`${stored.region}\0${stored.alarm.AlarmName}`, stored);
  }
  delete(region, name) {
    return this.alarms.delete(`${region}\0${name}`);
  }
  /** A region's alarms by name, as DescribeAlarms lists them. */
  list(region) {
    return [...this.alarms.values()].filter((a) => a.region === region).sort((a, b) => a.alarm.AlarmName < b.alarm.AlarmName ? -1 : 1);
  }
  all() {
    return [...this.alarms.values()];
  }
  record(region, item) {
    let h = this.histories.get(region);
    if (!h) {
      h = [];
      this.histories.set(region, h);
    }
    h.push(item);
    if (h.length > MAX_HISTORY_ITEMS) h.splice(0, h.length - MAX_HISTORY_ITEMS);
  }
  /** A region's history, oldest first. */
  history(region) {
    return this.histories.get(region) ?? [];
  }
};

// ../local-cloud/src/cloudwatch/context.ts
var CloudWatchContext = class {
  constructor(engine, call) {
    this.engine = engine;
    this.call = call;
  }
  engine;
  call;
  get metrics() {
    return this.engine.metrics;
  }
  get alarms() {
    return this.engine.alarms;
  }
  get region() {
    return this.call.region;
  }
  get accountId() {
    return this.call.accountId;
  }
  alarmArn(name) {
    return `arn:aws:cloudwatch:${this.region}:${this.accountId}:alarm:${name}`;
  }
};

// ../local-cloud/src/cloudwatch/errors.ts
var invalidParameterValue = (message) => new AwsError("InvalidParameterValueException", message, 400, { queryCode: "InvalidParameterValue" });
var invalidValue = (parameter, value2) => invalidParameterValue(`The value ${String(value2)} for parameter ${parameter} is invalid.`);
var invalidParameterCombination = (message) => new AwsError("InvalidParameterCombinationException", message, 400, {
  queryCode: "InvalidParameterCombination"
});
var missingParameter = (parameter) => new AwsError("MissingRequiredParameterException", `The parameter ${parameter} is required.`, 400, {
  queryCode: "MissingParameter"
});
var validationError = (member, value2, constraint2) => new AwsError(
  "ValidationException",
  `1 validation error detected: Value '${String(value2)}' at '${member}' failed to satisfy constraint: ${constraint2}`,
  400,
  { queryCode: "ValidationError" }
);
var alarmNotFound = (name) => new AwsError("ResourceNotFound", `Alarm ${name} not found`, 404, { queryCode: "ResourceNotFound" });
var invalidNextToken2 = () => new AwsError("InvalidNextToken", "The service cannot complete the request.", 400, {
  queryCode: "InvalidNextToken"
});
var invalidFormat = (message) => new AwsError("InvalidFormatFault", message, 400, { queryCode: "InvalidFormat" });

// ../local-cloud/src/cloudwatch/internalApi.ts
function cloudWatchInternal(store) {
  return {
    putMetric(region, namespace, name, dimensions3, value2, unit2 = "None") {
      store.put(
        region,
        namespace,
        name,
        Object.entries(dimensions3).map(([Name, Value]) => ({ Name, Value })),
        { time: Date.now(), sampleCount: 1, sum: value2, min: value2, max: value2, unit: unit2, values: [[value2, 1]] }
      );
    }
  };
}

// ../local-cloud/src/cloudwatch/validate.ts
function required2(value2, parameter) {
  if (value2 === void 0 || value2 === null || value2 === "") throw missingParameter(parameter);
  return value2;
}
var COMPARISON_OPERATORS = {
  GreaterThanOrEqualToThreshold: 1,
  GreaterThanThreshold: 1,
  GreaterThanUpperThreshold: 1,
  LessThanLowerOrGreaterThanUpperThreshold: 1,
  LessThanLowerThreshold: 1,
  LessThanOrEqualToThreshold: 1,
  LessThanThreshold: 1
};
var STATE_VALUES = { ALARM: 1, INSUFFICIENT_DATA: 1, OK: 1 };
var UNITS = {
  Bits: 1,
  "Bits/Second": 1,
  Bytes: 1,
  "Bytes/Second": 1,
  Count: 1,
  "Count/Second": 1,
  Gigabits: 1,
  "Gigabits/Second": 1,
  Gigabytes: 1,
  "Gigabytes/Second": 1,
  Kilobits: 1,
  "Kilobits/Second": 1,
  Kilobytes: 1,
  "Kilobytes/Second": 1,
  Megabits: 1,
  "Megabits/Second": 1,
  Megabytes: 1,
  "Megabytes/Second": 1,
  Microseconds: 1,
  Milliseconds: 1,
  None: 1,
  Percent: 1,
  Seconds: 1,
  Terabits: 1,
  "Terabits/Second": 1,
  Terabytes: 1,
  "Terabytes/Second": 1
};
function oneOf(values, member, value2) {
  const allowed = Object.keys(values);
  if (!allowed.includes(value2)) {
    throw validationError(member, value2, `Member must satisfy enum value set: [${allowed.join(", ")}]`);
  }
  return value2;
}
var comparisonOperator = (v) => oneOf(COMPARISON_OPERATORS, "comparisonOperator", v);
var stateValue = (v) => oneOf(STATE_VALUES, "stateValue", v);
function unit(v) {
  return v === void 0 ? void 0 : oneOf(UNITS, "unit", v);
}
function period(v, parameter = "Period") {
  const n = Number(required2(v, parameter));
  if (!Number.isInteger(n) || n < 1 || n > 60 && n % 60 !== 0 || n < 60 && ![1, 5, 10, 20, 30].includes(n))
    throw invalidValue(parameter, v);
  return n;
}
function statisticName(v, parameter) {
  if (typeof v !== "string" || !isStatistic(v)) throw invalidValue(parameter, v);
  return v;
}
function dimensions(v, parameter = "Dimensions") {
  const dims = v ?? [];
  if (dims.length > 30) throw invalidValue(parameter, `${dims.length} dimensions`);
  const seen = /* @__PURE__ */ new Set();
  dims.forEach((d, i) => {
    const name = required2(d.Name, `${parameter}.member.${i + 1}.Name`);
    required2(d.Value, `${parameter}.member.${i + 1}.Value`);
    if (seen.has(name)) throw invalidValue(`${parameter}.member.${i + 1}.Name`, name);
    seen.add(name);
  });
  return dims;
}

// ../local-cloud/src/cloudwatch/deleteAlarms.ts
function deleteAlarms(ctx, input) {
  const names = required2(input.AlarmNames, "AlarmNames");
  const missing2 = names.find((n) => !ctx.alarms.get(ctx.region, n));
  if (missing2 !== void 0) throw alarmNotFound(missing2);
  for (const n of names) ctx.alarms.delete(ctx.region, n);
  return {};
}

// ../local-cloud/src/cloudwatch/paging.ts
function page2(items, size, token) {
  let start = 0;
  if (token) {
    start = Number(Buffer.from(token, "base64url").toString("utf8"));
    if (!Number.isInteger(start) || start < 0) throw invalidNextToken2();
  }
  const end = start + size;
  return {
    items: items.slice(start, end),
    nextToken: end < items.length ? Buffer.from(String(end)).toString("base64url") : void 0
  };
}

// ../local-cloud/src/cloudwatch/describeAlarmHistory.ts
var DEFAULT_MAX_RECORDS = 100;
function describeAlarmHistory(ctx, input) {
  const max = input.MaxRecords ?? DEFAULT_MAX_RECORDS;
  if (!Number.isInteger(max) || max < 1 || max > 100) throw invalidValue("MaxRecords", max);
  const types = input.AlarmTypes ?? ["MetricAlarm"];
  const from = input.StartDate?.getTime() ?? -Infinity;
  const to = input.EndDate?.getTime() ?? Infinity;
  const found2 = ctx.alarms.history(ctx.region).filter((h) => {
    const t = h.Timestamp?.getTime() ?? 0;
    return (input.AlarmName === void 0 || h.AlarmName === input.AlarmName) && (input.HistoryItemType === void 0 || h.HistoryItemType === input.HistoryItemType) && types.includes(h.AlarmType ?? "MetricAlarm") && t >= from && t <= to;
  });
  const ordered = input.ScanBy === "TimestampAscending" ? found2 : [...found2].reverse();
  const { items, nextToken } = page2(ordered, max, input.NextToken);
  return { AlarmHistoryItems: items, NextToken: nextToken };
}

// ../local-cloud/src/cloudwatch/alarmView.ts
var ORDER = [
  "AlarmName",
  "AlarmArn",
  "AlarmDescription",
  "AlarmConfigurationUpdatedTimestamp",
  "ActionsEnabled",
  "OKActions",
  "AlarmActions",
  "InsufficientDataActions",
  "StateValue",
  "StateReason",
  "StateReasonData",
  "StateUpdatedTimestamp",
  "MetricName",
  "Namespace",
  "Statistic",
  "ExtendedStatistic",
  "Dimensions",
  "Period",
  "Unit",
  "EvaluationPeriods",
  "DatapointsToAlarm",
  "Threshold",
  "ComparisonOperator",
  "TreatMissingData",
  "EvaluateLowSampleCountPercentile",
  "Metrics",
  "ThresholdMetricId",
  "EvaluationState",
  "StateTransitionedTimestamp"
];
function alarmView(a) {
  const out = {};
  for (const k of ORDER) if (a[k] !== void 0) out[k] = a[k];
  return out;
}

// ../local-cloud/src/cloudwatch/describeAlarms.ts
var DEFAULT_MAX_RECORDS2 = 50;
function describeAlarms(ctx, input) {
  const names = input.AlarmNames ?? [];
  if (names.length > 0 && input.AlarmNamePrefix !== void 0)
    throw invalidParameterCombination(
      "The parameters AlarmNames and AlarmNamePrefix are mutually exclusive."
    );
  if (names.length > 100) throw invalidValue("AlarmNames", `${names.length} names`);
  const max = input.MaxRecords ?? DEFAULT_MAX_RECORDS2;
  if (!Number.isInteger(max) || max < 1 || max > 100) throw invalidValue("MaxRecords", max);
  const state = input.StateValue === void 0 ? void 0 : stateValue(input.StateValue);
  const types = input.AlarmTypes ?? ["MetricAlarm"];
  const found2 = types.includes("MetricAlarm") ? ctx.alarms.list(ctx.region).filter(({ alarm: a }) => {
    if (names.length > 0 && !names.includes(a.AlarmName)) return false;
    if (input.AlarmNamePrefix !== void 0 && !a.AlarmName.startsWith(input.AlarmNamePrefix))
      return false;
    if (state !== void 0 && a.StateValue !== state) return false;
    if (input.ActionPrefix !== void 0) {
      const actions = [
        ...a.AlarmActions ?? [],
        ...a.OKActions ?? [],
        ...a.InsufficientDataActions ?? []
      ];
      if (!actions.some((arn) => arn.startsWith(input.ActionPrefix))) return false;
    }
    return true;
  }) : [];
  const { items, nextToken } = page2(found2, max, input.NextToken);
  return {
    ...types.includes("CompositeAlarm") ? { CompositeAlarms: [] } : {},
    MetricAlarms: items.map((s) => alarmView(s.alarm)),
    NextToken: nextToken
  };
}

// ../local-cloud/src/cloudwatch/describeAlarmsForMetric.ts
function describeAlarmsForMetric(ctx, input) {
  const namespace = required2(input.Namespace, "Namespace");
  const name = required2(input.MetricName, "MetricName");
  const key2 = seriesKey(namespace, name, dimensions(input.Dimensions));
  const stat = input.Statistic ?? input.ExtendedStatistic;
  const found2 = ctx.alarms.list(ctx.region).filter(({ alarm }) => {
    const w = watchedMetric(alarm);
    return w !== void 0 && seriesKey(w.namespace, w.name, w.dimensions) === key2 && (stat === void 0 || w.stat === stat) && (input.Period === void 0 || w.period === input.Period) && (input.Unit === void 0 || w.unit === input.Unit);
  });
  return { MetricAlarms: found2.map((s) => alarmView(s.alarm)) };
}

// ../local-cloud/src/cloudwatch/disableAlarmActions.ts
function disableAlarmActions(ctx, input) {
  for (const name of required2(input.AlarmNames, "AlarmNames")) {
    const stored = ctx.alarms.get(ctx.region, name);
    if (stored) stored.alarm.ActionsEnabled = false;
  }
  return {};
}

// ../local-cloud/src/cloudwatch/enableAlarmActions.ts
function enableAlarmActions(ctx, input) {
  for (const name of required2(input.AlarmNames, "AlarmNames")) {
    const stored = ctx.alarms.get(ctx.region, name);
    if (stored) stored.alarm.ActionsEnabled = true;
  }
  return {};
}

// ../local-cloud/src/cloudwatch/periods.ts
var MINUTE = 6e4;
function alignStart(ms, periodSeconds) {
  const step = periodSeconds >= 60 ? MINUTE : periodSeconds * 1e3;
  return Math.floor(ms / step) * step;
}
function byPeriod(points, start, periodSeconds) {
  const ms = periodSeconds * 1e3;
  const out = /* @__PURE__ */ new Map();
  for (const p of points) {
    const at = start + Math.floor((p.time - start) / ms) * ms;
    const list2 = out.get(at);
    if (list2) list2.push(p);
    else out.set(at, [p]);
  }
  return new Map([...out.entries()].sort((a, b) => a[0] - b[0]));
}

// ../local-cloud/src/cloudwatch/getMetricStatistics.ts
var MAX_DATAPOINTS_PER_CALL = 1440;
function checkWindow(start, end) {
  if (start.getTime() >= end.getTime())
    throw invalidParameterValue("The parameter StartTime must be less than the parameter EndTime.");
}
function getMetricStatistics(ctx, input) {
  const namespace = required2(input.Namespace, "Namespace");
  const name = required2(input.MetricName, "MetricName");
  const start = required2(input.StartTime, "StartTime");
  const end = required2(input.EndTime, "EndTime");
  const seconds = period(input.Period);
  const stats = input.Statistics ?? [];
  const extended = input.ExtendedStatistics ?? [];
  if (stats.length === 0 === (extended.length === 0))
    throw invalidParameterCombination("Must specify either Statistics or ExtendedStatistics, but not both.");
  stats.forEach((s, i) => {
    if (!STATISTICS.includes(s)) throw invalidValue(`Statistics.member.${i + 1}`, s);
  });
  extended.forEach((s, i) => {
    if (!isPercentile(s)) throw invalidValue(`ExtendedStatistics.member.${i + 1}`, s);
  });
  checkWindow(start, end);
  const from = alignStart(start.getTime(), seconds);
  const wanted = Math.ceil((end.getTime() - from) / (seconds * 1e3));
  if (wanted > MAX_DATAPOINTS_PER_CALL) {
    throw invalidParameterCombination(
      `You have requested up to ${wanted.toLocaleString("en-US")} datapoints, which exceeds the limit of ${MAX_DATAPOINTS_PER_CALL.toLocaleString("en-US")}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`
    );
  }
  const wantedUnit = unit(input.Unit);
  const series = ctx.metrics.find(ctx.region, namespace, name, dimensions(input.Dimensions));
  const datapoints = [];
  if (series) {
    const points = pointsIn(series, from, end.getTime(), wantedUnit);
    for (const [at, inPeriod] of byPeriod(points, from, seconds)) {
      const units = wantedUnit ? [wantedUnit] : [...new Set(inPeriod.map((p) => p.unit))];
      for (const u of units) {
        const s = summarise(inPeriod.filter((p) => p.unit === u));
        if (!s) continue;
        const dp = { Timestamp: new Date(at) };
        for (const name2 of ["SampleCount", "Average", "Sum", "Minimum", "Maximum"])
          if (stats.includes(name2)) dp[name2] = statistic(s, name2);
        dp.Unit = u;
        if (extended.length > 0) {
          const values = {};
          for (const p of extended) {
            const v = statistic(s, p);
            if (v !== void 0) values[p] = v;
          }
          dp.ExtendedStatistics = values;
        }
        datapoints.push(dp);
      }
    }
  }
  return { Label: name, Datapoints: datapoints };
}

// ../local-cloud/src/cloudwatch/getMetricData.ts
var MAX_QUERIES = 500;
var ID = /^[a-z][a-zA-Z0-9_]*$/;
function result(ctx, q, at, start, end) {
  const id = q.Id;
  if (!q.MetricStat) {
    return {
      Id: id,
      Label: q.Label ?? id,
      Timestamps: [],
      Values: [],
      StatusCode: "InternalError",
      Messages: [
        { Code: "Unsupported", Value: "Metric math expressions are not evaluated by this local cloud." }
      ]
    };
  }
  const ms = q.MetricStat;
  const metric = required2(ms.Metric, `${at}.MetricStat.Metric`);
  const namespace = required2(metric.Namespace, `${at}.MetricStat.Metric.Namespace`);
  const name = required2(metric.MetricName, `${at}.MetricStat.Metric.MetricName`);
  const seconds = period(ms.Period, `${at}.MetricStat.Period`);
  const stat = statisticName(required2(ms.Stat, `${at}.MetricStat.Stat`), `${at}.MetricStat.Stat`);
  const series = ctx.metrics.find(ctx.region, namespace, name, dimensions(metric.Dimensions));
  const timestamps = [];
  const values = [];
  if (series) {
    const from = alignStart(start.getTime(), seconds);
    const points = pointsIn(series, from, end.getTime(), unit(ms.Unit));
    for (const [t, inPeriod] of byPeriod(points, from, seconds)) {
      const s = summarise(inPeriod);
      const v = s ? statistic(s, stat) : void 0;
      if (v === void 0) continue;
      timestamps.push(new Date(t));
      values.push(v);
    }
  }
  return { Id: id, Label: q.Label ?? name, Timestamps: timestamps, Values: values, StatusCode: "Complete" };
}
function getMetricData(ctx, input) {
  const queries = required2(input.MetricDataQueries, "MetricDataQueries");
  const start = required2(input.StartTime, "StartTime");
  const end = required2(input.EndTime, "EndTime");
  if (queries.length === 0) required2(void 0, "MetricDataQueries");
  if (queries.length > MAX_QUERIES)
    throw invalidParameterValue(
      `The collection MetricDataQueries must not have a size greater than ${MAX_QUERIES}.`
    );
  checkWindow(start, end);
  const ids = /* @__PURE__ */ new Set();
  const out = [];
  queries.forEach((q, i) => {
    const at = `MetricDataQueries.member.${i + 1}`;
    const id = required2(q.Id, `${at}.Id`);
    if (!ID.test(id)) throw invalidValue(`${at}.Id`, id);
    if (ids.has(id))
      throw invalidParameterValue(`The values for parameter id in MetricDataQueries are not unique.`);
    ids.add(id);
    if (!q.MetricStat && !q.Expression) required2(void 0, `${at}.MetricStat`);
    const r = result(ctx, q, at, start, end);
    if (q.ReturnData !== false) out.push(r);
  });
  if (input.ScanBy !== "TimestampAscending") {
    for (const r of out) {
      r.Timestamps?.reverse();
      r.Values?.reverse();
    }
  }
  return { MetricDataResults: out, Messages: [] };
}

// ../local-cloud/src/cloudwatch/listMetrics.ts
var PAGE_SIZE = 500;
var THREE_HOURS = 3 * 36e5;
function listMetrics(ctx, input) {
  if (input.RecentlyActive !== void 0 && input.RecentlyActive !== "PT3H")
    throw invalidValue("RecentlyActive", input.RecentlyActive);
  const filters = input.Dimensions ?? [];
  const since = input.RecentlyActive ? Date.now() - THREE_HOURS : 0;
  const found2 = ctx.metrics.list(ctx.region).filter(
    (s) => (input.Namespace === void 0 || s.namespace === input.Namespace) && (input.MetricName === void 0 || s.name === input.MetricName) && s.lastReceived >= since && filters.every(
      (f) => s.dimensions.some((d) => d.Name === f.Name && (f.Value === void 0 || d.Value === f.Value))
    )
  ).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const { items, nextToken } = page2(found2, PAGE_SIZE, input.NextToken);
  return {
    Metrics: items.map((s) => ({ Namespace: s.namespace, MetricName: s.name, Dimensions: s.dimensions })),
    NextToken: nextToken,
    ...input.IncludeLinkedAccounts ? { OwningAccounts: items.map(() => ctx.accountId) } : {}
  };
}

// ../local-cloud/src/cloudwatch/putMetricAlarm.ts
var TREAT_MISSING = ["breaching", "notBreaching", "ignore", "missing"];
function checkMetric(input) {
  const single = input.MetricName !== void 0 || input.Namespace !== void 0;
  if (input.Metrics && input.Metrics.length > 0) {
    if (single || input.Statistic || input.ExtendedStatistic || input.Period !== void 0)
      throw invalidParameterCombination(
        "The parameters MetricName, Namespace, Statistic, ExtendedStatistic, Period and Dimensions must not be specified when Metrics is specified."
      );
    input.Metrics.forEach((m, i) => {
      const at = `Metrics.member.${i + 1}`;
      required2(m.Id, `${at}.Id`);
      if (!m.MetricStat && !m.Expression) required2(void 0, `${at}.MetricStat`);
      if (m.MetricStat) {
        period(m.MetricStat.Period, `${at}.MetricStat.Period`);
        statisticName(m.MetricStat.Stat, `${at}.MetricStat.Stat`);
      }
    });
    return;
  }
  required2(input.MetricName, "MetricName");
  required2(input.Namespace, "Namespace");
  if (input.Statistic && input.ExtendedStatistic)
    throw invalidParameterCombination(
      "The parameters Statistic and ExtendedStatistic are mutually exclusive."
    );
  if (!input.Statistic && !input.ExtendedStatistic) required2(void 0, "Statistic");
  if (input.Statistic && !STATISTICS.includes(input.Statistic))
    throw invalidValue("Statistic", input.Statistic);
  if (input.ExtendedStatistic && !isPercentile(input.ExtendedStatistic))
    throw invalidValue("ExtendedStatistic", input.ExtendedStatistic);
  period(input.Period);
  dimensions(input.Dimensions);
}
function putMetricAlarm(ctx, input) {
  const name = required2(input.AlarmName, "AlarmName");
  if (name.length > 255) throw invalidValue("AlarmName", name);
  const evaluationPeriods = required2(input.EvaluationPeriods, "EvaluationPeriods");
  if (!Number.isInteger(evaluationPeriods) || evaluationPeriods < 1)
    throw invalidValue("EvaluationPeriods", evaluationPeriods);
  if (input.DatapointsToAlarm !== void 0 && (input.DatapointsToAlarm < 1 || input.DatapointsToAlarm > evaluationPeriods))
    throw invalidValue("DatapointsToAlarm", input.DatapointsToAlarm);
  comparisonOperator(required2(input.ComparisonOperator, "ComparisonOperator"));
  if (input.ThresholdMetricId === void 0) required2(input.Threshold, "Threshold");
  if (input.TreatMissingData !== void 0 && !TREAT_MISSING.includes(input.TreatMissingData))
    throw invalidValue("TreatMissingData", input.TreatMissingData);
  unit(input.Unit);
  checkMetric(input);
  const now = /* @__PURE__ */ new Date();
  const existing = ctx.alarms.get(ctx.region, name);
  const alarm = {
    AlarmName: name,
    AlarmArn: ctx.alarmArn(name),
    AlarmDescription: input.AlarmDescription,
    AlarmConfigurationUpdatedTimestamp: now,
    ActionsEnabled: input.ActionsEnabled ?? true,
    OKActions: input.OKActions ?? [],
    AlarmActions: input.AlarmActions ?? [],
    InsufficientDataActions: input.InsufficientDataActions ?? [],
    // A new alarm starts unchecked; an updated one keeps its state.
    StateValue: existing?.alarm.StateValue ?? "INSUFFICIENT_DATA",
    StateReason: existing?.alarm.StateReason ?? "Unchecked: Initial alarm creation",
    StateReasonData: existing?.alarm.StateReasonData,
    StateUpdatedTimestamp: existing?.alarm.StateUpdatedTimestamp ?? now,
    MetricName: input.MetricName,
    Namespace: input.Namespace,
    Statistic: input.Statistic,
    ExtendedStatistic: input.ExtendedStatistic,
    Dimensions: input.Metrics?.length ? void 0 : input.Dimensions ?? [],
    Period: input.Period,
    Unit: input.Unit,
    EvaluationPeriods: evaluationPeriods,
    DatapointsToAlarm: input.DatapointsToAlarm,
    Threshold: input.Threshold,
    ComparisonOperator: input.ComparisonOperator,
    TreatMissingData: input.TreatMissingData,
    EvaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile,
    Metrics: input.Metrics?.length ? input.Metrics : void 0,
    ThresholdMetricId: input.ThresholdMetricId,
    StateTransitionedTimestamp: existing?.alarm.StateTransitionedTimestamp ?? now
  };
  const stored = { region: ctx.region, alarm, tags: existing?.tags ?? input.Tags ?? [] };
  ctx.alarms.put(stored);
  ctx.engine.record(
    stored,
    "ConfigurationUpdate",
    `Alarm "${name}" ${existing ? "updated" : "created"}`,
    now.getTime(),
    {
      version: "1.0",
      type: existing ? "Update" : "Create"
    }
  );
  ctx.engine.evaluate(stored, now.getTime());
  return {};
}

// ../local-cloud/src/cloudwatch/datapoint.ts
var HOUR = 36e5;
var MAX_AGE_MS = 14 * 24 * HOUR;
var MAX_AHEAD_MS = 2 * HOUR;
function finite(v, parameter) {
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalidValue(parameter, v);
  return v;
}
function toDatapoint(d, at, now) {
  const time = d.Timestamp ? d.Timestamp.getTime() : now;
  if (time < now - MAX_AGE_MS) throw invalidValue(`${at}.Timestamp`, d.Timestamp?.toISOString());
  if (time > now + MAX_AHEAD_MS) throw invalidValue(`${at}.Timestamp`, d.Timestamp?.toISOString());
  const unit2 = d.Unit ?? "None";
  const forms = [d.Value !== void 0, d.Values !== void 0, d.StatisticValues !== void 0];
  if (forms.filter(Boolean).length > 1) {
    throw invalidParameterCombination(
      `The parameters ${at}.Value, ${at}.Values and ${at}.StatisticValues are mutually exclusive and you have specified more than one.`
    );
  }
  if (d.StatisticValues) {
    const s = d.StatisticValues;
    return {
      time,
      unit: unit2,
      sampleCount: finite(s.SampleCount, `${at}.StatisticValues.SampleCount`),
      sum: finite(s.Sum, `${at}.StatisticValues.Sum`),
      min: finite(s.Minimum, `${at}.StatisticValues.Minimum`),
      max: finite(s.Maximum, `${at}.StatisticValues.Maximum`)
    };
  }
  if (d.Values !== void 0) {
    const counts = d.Counts ?? d.Values.map(() => 1);
    if (counts.length !== d.Values.length) {
      throw invalidParameterCombination(
        `The parameters ${at}.Values and ${at}.Counts must be of the same size.`
      );
    }
    if (d.Values.length === 0) throw invalidValue(`${at}.Values`, "[]");
    const values = d.Values.map((v2, i) => [
      finite(v2, `${at}.Values.member.${i + 1}`),
      finite(counts[i], `${at}.Counts.member.${i + 1}`)
    ]);
    return {
      time,
      unit: unit2,
      sampleCount: values.reduce((n, [, c]) => n + c, 0),
      sum: values.reduce((n, [v2, c]) => n + v2 * c, 0),
      min: Math.min(...values.map(([v2]) => v2)),
      max: Math.max(...values.map(([v2]) => v2)),
      values
    };
  }
  if (d.Value === void 0) throw missingParameter(`${at}.Value`);
  const v = finite(d.Value, `${at}.Value`);
  return { time, unit: unit2, sampleCount: 1, sum: v, min: v, max: v, values: [[v, 1]] };
}

// ../local-cloud/src/cloudwatch/putMetricData.ts
var MAX_DATA = 1e3;
function putMetricData(ctx, input) {
  const namespace = required2(input.Namespace, "Namespace");
  if (namespace.startsWith("AWS/")) throw invalidValue("Namespace", namespace);
  const data = [
    ...input.MetricData ?? [],
    ...(input.EntityMetricData ?? []).flatMap((e) => e.MetricData ?? [])
  ];
  if (data.length === 0) required2(void 0, "MetricData");
  if (data.length > MAX_DATA)
    throw invalidParameterValue(`The collection MetricData must not have a size greater than ${MAX_DATA}.`);
  const now = Date.now();
  const points = data.map((d, i) => {
    const at = `MetricData.member.${i + 1}`;
    required2(d.MetricName, `${at}.MetricName`);
    unit(d.Unit);
    return { datum: d, dims: dimensions(d.Dimensions, `${at}.Dimensions`), point: toDatapoint(d, at, now) };
  });
  for (const { datum, dims, point } of points)
    ctx.metrics.put(ctx.region, namespace, datum.MetricName, dims, point);
  return {};
}

// ../local-cloud/src/cloudwatch/setAlarmState.ts
function setAlarmState(ctx, input) {
  const name = required2(input.AlarmName, "AlarmName");
  const state = stateValue(required2(input.StateValue, "StateValue"));
  const reason = required2(input.StateReason, "StateReason");
  if (input.StateReasonData !== void 0) {
    try {
      JSON.parse(input.StateReasonData);
    } catch {
      throw invalidFormat("Unable to parse StateReasonData: it must be valid JSON.");
    }
  }
  const stored = ctx.alarms.get(ctx.region, name);
  if (!stored) throw alarmNotFound(name);
  ctx.engine.change(stored, { state, reason, reasonData: input.StateReasonData ?? "" });
  return {};
}

// ../local-cloud/src/cloudwatch/operations.ts
var OPERATIONS2 = {
  PutMetricData: putMetricData,
  GetMetricStatistics: getMetricStatistics,
  GetMetricData: getMetricData,
  ListMetrics: listMetrics,
  PutMetricAlarm: putMetricAlarm,
  DescribeAlarms: describeAlarms,
  DescribeAlarmsForMetric: describeAlarmsForMetric,
  DeleteAlarms: deleteAlarms,
  SetAlarmState: setAlarmState,
  DescribeAlarmHistory: describeAlarmHistory,
  EnableAlarmActions: enableAlarmActions,
  DisableAlarmActions: disableAlarmActions
};

// ../local-cloud/src/cloudwatch/index.ts
var CLOUDWATCH_NAMESPACE = "http://monitoring.amazonaws.com/doc/2010-08-01/";
function createCloudWatchService(cloud) {
  const metrics = new MetricStore();
  const engine = new AlarmEngine(cloud, metrics, new AlarmStore());
  cloud.cloudwatch = cloudWatchInternal(metrics);
  engine.start();
  const context = (call) => new CloudWatchContext(engine, call);
  return {
    // The SigV4 signing name of CloudWatch.
    name: "monitoring",
    faces: [
      awsJsonFace({
        client: () => import("./dist-es-XGLNWZ2Z.js"),
        version: "1.0",
        targetPrefix: "GraniteServiceVersion20100801",
        errorNamespace: "com.amazonaws.cloudwatch",
        queryCompatible: true,
        operations: OPERATIONS2,
        context
      }),
      awsQueryFace({
        client: () => import("./dist-es-XGLNWZ2Z.js"),
        namespace: CLOUDWATCH_NAMESPACE,
        operations: OPERATIONS2,
        context,
        malformed: (e) => invalidValue(e.path, e.value)
      })
    ],
    stop() {
      engine.stop();
    }
  };
}

// ../local-cloud/src/dynamodb/index.ts
function createDynamoDbService(cloud) {
  let adapter;
  const face = lazyFace(
    async () => {
      const [client, engine] = await Promise.all([
        import("./dist-es-X7B7QMJT.js"),
        // A bundle that could not carry dynalite (it requires its modules by computed names).
        import("./adapter-DXBVTWHH.js").catch((err) => {
          throw dynamoDbUnavailable(err);
        })
      ]);
      adapter = engine.createAdapter(cloud.accountId, readModel(client));
      return adapter;
    },
    (loaded) => loaded?.face ?? buildAwsJsonFace({
      version: "1.0",
      targetPrefix: TARGET_PREFIX,
      errorNamespace: ERROR_NAMESPACE,
      operations: {},
      context: () => void 0
    })
  );
  return {
    name: "dynamodb",
    faces: [face],
    get started() {
      return adapter?.engine.started ?? [];
    },
    stop() {
      adapter?.engine.stop();
    }
  };
}

// ../local-cloud/src/ecr/errors.ts
var repositoryNotFound = (name, registryId) => new AwsError(
  "RepositoryNotFoundException",
  `The repository with name '${name}' does not exist in the registry with id '${registryId}'`
);

// ../local-cloud/src/ecr/describeRepositories.ts
function describeRepositories(ctx, input) {
  const name = input.repositoryNames?.[0];
  if (!name) return { repositories: [] };
  throw repositoryNotFound(name, input.registryId ?? ctx.accountId);
}

// ../local-cloud/src/ecr/index.ts
var OPERATIONS3 = { DescribeRepositories: describeRepositories };
function createEcrService(_cloud) {
  return {
    name: "ecr",
    faces: [
      // A JSON 1.1 service: errors carry the bare code in `__type`, as ECR sends them.
      awsJsonFace({
        client: () => import("./dist-es-FMZJAIPW.js"),
        version: "1.1",
        targetPrefix: "AmazonEC2ContainerRegistry_V20150921",
        operations: OPERATIONS3,
        context: (call) => ({ accountId: call.accountId })
      })
    ]
  };
}

// ../local-cloud/src/persistence/maps.ts
function keptMaps(db, kind, maps) {
  if (!db) return void 0;
  for (const [name, map] of Object.entries(maps)) {
    for (const [key2, value2] of db.records(`${kind}.${name}`)) map.set(key2, value2);
  }
  return () => db.atomically(() => {
    for (const [name, map] of Object.entries(maps)) db.replaceRecords(`${kind}.${name}`, map.entries());
  });
}

// ../local-cloud/src/events/errors.ts
var validationError2 = (message) => new AwsError("ValidationException", message);
function validationErrors(violations) {
  const n = violations.length;
  const items = violations.map(
    (v) => `Value ${v.value === null ? "null" : `'${v.value}'`} at '${v.member}' failed to satisfy constraint: ${v.constraint}`
  );
  return validationError2(`${n} validation error${n === 1 ? "" : "s"} detected: ${items.join("; ")}`);
}
var missingMember2 = (member) => validationErrors([{ value: null, member, constraint: "Member must not be null" }]);
var constraintViolation2 = (value2, member, constraint2) => validationErrors([{ value: value2, member, constraint: constraint2 }]);
function malformedMember(path10) {
  if (/^Entries\.\d+\.Resources\b/.test(path10)) return validationError2("Parameter Resources is not valid.");
  return new AwsError("SerializationException", `Unexpected value type for ${path10}.`);
}
var invalidEventPattern = (reason) => new AwsError("InvalidEventPatternException", `Event pattern is not valid. Reason: ${reason}`);
var resourceNotFound = (what, name) => new AwsError("ResourceNotFoundException", `${what} ${name} does not exist.`);
var busNotFound = (name) => resourceNotFound("Event bus", name);
var ruleNotFound = (name, bus) => new AwsError("ResourceNotFoundException", `Rule ${name} does not exist on EventBus ${bus}.`);
var busAlreadyExists = (name) => new AwsError("ResourceAlreadyExistsException", `Event bus ${name} already exists.`);
var tooManyTargets = () => new AwsError("LimitExceededException", "The requested resource exceeds the maximum number allowed.");
var tooManyTags = () => new AwsError("LimitExceededException", "Tag limit exceeded for resource.");
var malformedDetail = () => new AwsError("MalformedDetail", "Detail is malformed.");

// ../local-cloud/src/events/inputPath.ts
function parseJsonPath(path10) {
  if (!path10.startsWith("$")) return void 0;
  const steps = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < path10.length) {
    const m = re.exec(path10);
    if (!m) return void 0;
    if (m[1] !== void 0) steps.push(m[1]);
    else if (m[2] !== void 0) steps.push(Number(m[2]));
    else steps.push(m[3] ?? m[4]);
  }
  return steps;
}
function selectPath(value2, path10) {
  const steps = parseJsonPath(path10);
  if (!steps) return void 0;
  let cur = value2;
  for (const step of steps) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = Array.isArray(cur) ? typeof step === "number" ? cur[step] : void 0 : cur[String(step)];
    if (cur === void 0) return void 0;
  }
  return cur;
}

// ../local-cloud/src/events/pattern.ts
var PatternError = class extends Error {
};
var NUMERIC_OPS = /* @__PURE__ */ new Set(["<", "<=", "=", ">", ">="]);
var ANYTHING_BUT_OPS = /* @__PURE__ */ new Set(["prefix", "suffix", "equals-ignore-case", "wildcard"]);
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parsePattern(text, dialect, nested = true) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PatternError(dialect === "sns" ? "failed to parse JSON." : "Filter is not valid JSON");
  }
  validatePattern(parsed, dialect, nested);
  return parsed;
}
function validatePattern(pattern, dialect, nested = true) {
  if (!isObject2(pattern)) throw new PatternError("Filter is not an object");
  for (const [key2, value2] of Object.entries(pattern)) {
    if (key2 === "$or") {
      if (!Array.isArray(value2) || value2.length < 2) {
        throw new PatternError("Or relationship must be an array of at least two object patterns");
      }
      for (const alt of value2) validatePattern(alt, dialect, nested);
      continue;
    }
    if (Array.isArray(value2)) {
      if (value2.length === 0) throw new PatternError(`Empty arrays are not allowed`);
      for (const cond of value2) validateCondition(cond, dialect);
    } else if (isObject2(value2)) {
      if (!nested) throw new PatternError("nested filter policy");
      validatePattern(value2, dialect, nested);
    } else {
      throw new PatternError(`Match value must be String, number, true, false, or null`);
    }
  }
}
function validateCondition(cond, dialect) {
  if (cond === null || typeof cond === "string" || typeof cond === "number" || typeof cond === "boolean")
    return;
  if (Array.isArray(cond)) throw new PatternError(`Match value must be String, number, true, false, or null`);
  const ops = Object.keys(cond);
  if (ops.length !== 1) throw new PatternError(`Only one key allowed in match expression`);
  const op = ops[0];
  const arg = cond[op];
  switch (op) {
    case "prefix":
    case "suffix":
      if (typeof arg === "string") return;
      if (isObject2(arg) && typeof arg["equals-ignore-case"] === "string" && Object.keys(arg).length === 1)
        return;
      throw new PatternError(`${op} match pattern must be a string`);
    case "equals-ignore-case":
      if (typeof arg !== "string")
        throw new PatternError("equals-ignore-case match pattern must be a string");
      return;
    case "wildcard":
      if (dialect === "sns") throw new PatternError(`Unrecognized match type ${op}`);
      if (typeof arg !== "string") throw new PatternError("wildcard match pattern must be a string");
      if (arg.includes("**")) throw new PatternError("Consecutive wildcard characters at pos 0");
      return;
    case "exists":
      if (typeof arg !== "boolean")
        throw new PatternError("exists match pattern must be either true or false.");
      return;
    case "cidr":
      if (typeof arg !== "string" || !parseCidr(arg))
        throw new PatternError(`Malformed CIDR, one '/' required`);
      return;
    case "numeric":
      validateNumeric(arg);
      return;
    case "anything-but":
      validateAnythingBut(arg, dialect);
      return;
    default:
      throw new PatternError(`Unrecognized match type ${op}`);
  }
}
function validateNumeric(arg) {
  if (!Array.isArray(arg) || arg.length === 0 || arg.length % 2 !== 0 || arg.length > 4) {
    throw new PatternError("Value of numeric must be an array.");
  }
  let lower = false;
  let upper = false;
  let low = -Infinity;
  for (let i = 0; i < arg.length; i += 2) {
    const op = arg[i];
    const n = arg[i + 1];
    if (typeof op !== "string" || !NUMERIC_OPS.has(op))
      throw new PatternError(`Unrecognized numeric range operator: ${String(op)}`);
    if (typeof n !== "number") throw new PatternError(`Value of ${op} must be numeric`);
    if (op === "=") {
      if (arg.length > 2) throw new PatternError("Bad numeric range operator: =");
    } else if (op.startsWith(">")) {
      if (lower) throw new PatternError(`Bad numeric range operator: ${op}`);
      lower = true;
      low = n;
    } else {
      if (upper) throw new PatternError(`Bad numeric range operator: ${op}`);
      upper = true;
      if (lower && n <= low) throw new PatternError("Bottom must be less than top");
    }
  }
}
function validateAnythingBut(arg, dialect) {
  if (typeof arg === "string" || typeof arg === "number") return;
  if (Array.isArray(arg)) {
    if (arg.length === 0 || !arg.every((v) => typeof v === "string" || typeof v === "number")) {
      throw new PatternError("Inside anything but list, start|null|boolean is not supported.");
    }
    return;
  }
  if (isObject2(arg)) {
    const ops = Object.keys(arg);
    const op = ops[0];
    if (ops.length !== 1 || !ANYTHING_BUT_OPS.has(op) || dialect === "sns" && op === "wildcard") {
      throw new PatternError(`Unsupported anything-but pattern: ${op}`);
    }
    const v = arg[op];
    const ok = typeof v === "string" || Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === "string");
    if (!ok)
      throw new PatternError(`Value of ${op} inside anything-but must be a string or array of strings`);
    return;
  }
  throw new PatternError("Value of anything-but must be an array or single string/number value.");
}
function matchesPattern(pattern, event) {
  const obj = isObject2(event) ? event : {};
  for (const [key2, value2] of Object.entries(pattern)) {
    if (key2 === "$or") {
      if (!value2.some((alt) => matchesPattern(alt, obj))) return false;
      continue;
    }
    const present2 = Object.hasOwn(obj, key2);
    const field2 = present2 ? obj[key2] : void 0;
    if (Array.isArray(value2)) {
      if (!matchesLeaf(value2, present2, field2)) return false;
    } else if (isObject2(value2)) {
      if (Array.isArray(field2)) {
        const objects = field2.filter(isObject2);
        if (objects.length === 0 ? !matchesPattern(value2, {}) : !objects.some((o) => matchesPattern(value2, o)))
          return false;
      } else if (!matchesPattern(value2, field2 ?? {})) return false;
    }
  }
  return true;
}
function leafValues(present2, field2) {
  if (!present2 || field2 === void 0) return [];
  const list2 = Array.isArray(field2) ? field2 : [field2];
  return list2.filter((v) => v === null || typeof v !== "object");
}
function matchesLeaf(conditions, present2, field2) {
  const values = leafValues(present2, field2);
  return conditions.some((cond) => {
    if (isObject2(cond) && "exists" in cond) return cond.exists === values.length > 0;
    return values.some((v) => matchesCondition(cond, v));
  });
}
function matchesCondition(cond, v) {
  if (cond === null || typeof cond !== "object") return equalScalar(cond, v);
  if (Array.isArray(cond)) return false;
  const [op] = Object.keys(cond);
  const arg = cond[op];
  switch (op) {
    case "prefix":
      return typeof v === "string" && affix(arg, v, (a, b) => a.startsWith(b));
    case "suffix":
      return typeof v === "string" && affix(arg, v, (a, b) => a.endsWith(b));
    case "equals-ignore-case":
      return typeof v === "string" && v.toLowerCase() === String(arg).toLowerCase();
    case "wildcard":
      return typeof v === "string" && wildcardMatch(String(arg), v);
    case "numeric":
      return typeof v === "number" && numericMatch(arg, v);
    case "cidr":
      return typeof v === "string" && cidrMatch(String(arg), v);
    case "anything-but":
      return anythingBut(arg, v);
    default:
      return false;
  }
}
function equalScalar(a, b) {
  if (typeof a === "number" && typeof b === "number") return a === b;
  return a === b;
}
function affix(arg, v, test) {
  if (typeof arg === "string") return test(v, arg);
  const part = String(arg["equals-ignore-case"]);
  return test(v.toLowerCase(), part.toLowerCase());
}
function anythingBut(arg, v) {
  if (isObject2(arg)) {
    if (typeof v !== "string") return false;
    const [op] = Object.keys(arg);
    const list3 = [].concat(arg[op]).map(String);
    switch (op) {
      case "prefix":
        return !list3.some((p) => v.startsWith(p));
      case "suffix":
        return !list3.some((s) => v.endsWith(s));
      case "equals-ignore-case":
        return !list3.some((s) => s.toLowerCase() === v.toLowerCase());
      case "wildcard":
        return !list3.some((w) => wildcardMatch(w, v));
      default:
        return false;
    }
  }
  const list2 = Array.isArray(arg) ? arg : [arg];
  return !list2.some((x) => equalScalar(x, v));
}
function numericMatch(ops, v) {
  for (let i = 0; i < ops.length; i += 2) {
    const n = ops[i + 1];
    switch (ops[i]) {
      case "<":
        if (!(v < n)) return false;
        break;
      case "<=":
        if (!(v <= n)) return false;
        break;
      case "=":
        if (v !== n) return false;
        break;
      case ">":
        if (!(v > n)) return false;
        break;
      case ">=":
        if (!(v >= n)) return false;
        break;
    }
  }
  return true;
}
function wildcardMatch(pattern, value2) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && (pattern[i + 1] === "*" || pattern[i + 1] === "\\")) {
      re += `\\${pattern[++i]}`;
    } else if (c === "*") re += ".*";
    else re += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "s").test(value2);
}
function parseIp(ip) {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) {
    const parts = ip.split(".").map(Number);
    if (parts.some((p) => p > 255)) return void 0;
    return [BigInt(parts.reduce((a, p) => a * 256 + p, 0)), 32n];
  }
  if (!ip.includes(":") || !/^[0-9a-fA-F:]+$/.test(ip)) return void 0;
  const halves = ip.split("::");
  if (halves.length > 2) return void 0;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing2 = 8 - head.length - tail.length;
  if (halves.length === 1 && missing2 !== 0 || missing2 < 0) return void 0;
  const groups = [...head, ...Array(halves.length === 2 ? missing2 : 0).fill("0"), ...tail];
  if (groups.some((g) => g.length === 0 || g.length > 4)) return void 0;
  return [groups.reduce((a, g) => (a << 16n) + BigInt(`0x${g}`), 0n), 128n];
}
function parseCidr(cidr) {
  const [ip, len] = cidr.split("/");
  const parsed = parseIp(ip);
  if (!parsed) return void 0;
  const width = parsed[1];
  const bits = len === void 0 ? width : BigInt(Number(len));
  if (len !== void 0 && (!/^\d+$/.test(len) || bits > width)) return void 0;
  return { base: parsed[0], bits, width };
}
function cidrMatch(cidr, ip) {
  const net = parseCidr(cidr);
  const addr = parseIp(ip);
  if (!net || !addr || addr[1] !== net.width) return false;
  const shift = net.width - net.bits;
  return addr[0] >> shift === net.base >> shift;
}

// ../local-cloud/src/events/deliver.ts
var RULE_TARGET = {
  as: "target",
  services: ["sqs", "sns", "lambda", "events"],
  level: "info",
  failures: "FailedInvocations",
  deliveries: "Invocations"
};
function dispatch(ctx, bus, event, hops = 0) {
  for (const rule of bus.rules.values()) {
    if (rule.state !== "ENABLED" || !rule.pattern) continue;
    if (!matchesPattern(rule.pattern, event)) continue;
    ctx.cloud.count("MatchedEvents", rule.name);
    sendToTargets(ctx, rule, event, hops);
  }
}
function sendToTargets(ctx, rule, event, hops) {
  for (const target of rule.targets.values()) {
    ctx.cloud.deliverTo(target.Arn ?? "", targetInput(rule, target, event), {
      sender: RULE_TARGET,
      dimension: rule.name,
      what: `events: rule ${rule.name} target ${target.Id}: event ${event.id}`,
      region: ctx.region,
      // Used by FIFO queues only; EventBridge deduplicates its FIFO deliveries by the event's id.
      groupId: target.SqsParameters?.MessageGroupId,
      dedupId: event.id,
      // A bus target gets the event itself, on through that bus's rules.
      forward: { event, hops }
    });
  }
}
function targetInput(rule, target, event) {
  if (target.Input !== void 0) return target.Input;
  const whole = event;
  if (target.InputPath !== void 0) {
    const picked = selectPath(whole, target.InputPath);
    return picked === void 0 ? "null" : JSON.stringify(picked);
  }
  if (target.InputTransformer) return transform(target.InputTransformer, rule, whole);
  return JSON.stringify(event);
}
function transform(t, rule, event) {
  const values = {
    "aws.events.rule-arn": rule.arn,
    "aws.events.rule-name": rule.name,
    "aws.events.event": event,
    "aws.events.event.json": event
  };
  for (const [name, path10] of Object.entries(t.InputPathsMap ?? {})) values[name] = selectPath(event, path10);
  const template = t.InputTemplate ?? "";
  return template.replace(/<([\w.-]+)>/g, (whole, name, at) => {
    if (!Object.hasOwn(values, name)) return whole;
    const v = values[name];
    const quoted2 = template[at - 1] === '"' && template[at + whole.length] === '"';
    if (v === void 0) return quoted2 ? "" : "null";
    if (typeof v === "string") return quoted2 ? JSON.stringify(v).slice(1, -1) : v;
    return JSON.stringify(v);
  });
}

// ../local-cloud/src/events/envelope.ts
import { randomUUID as randomUUID2 } from "node:crypto";
function eventTime(d) {
  return `${d.toISOString().slice(0, 19)}Z`;
}
function buildEnvelope(entry) {
  return {
    version: "0",
    id: randomUUID2(),
    "detail-type": entry.detailType,
    source: entry.source,
    account: entry.account,
    time: eventTime(entry.time ?? /* @__PURE__ */ new Date()),
    region: entry.region,
    resources: entry.resources ?? [],
    detail: entry.detail
  };
}

// ../local-cloud/src/events/internal.ts
var MAX_BUS_HOPS = 5;
function eventsInternal(cloud, store, scheduler) {
  return {
    putEvent(entry) {
      const region = entry.region ?? cloud.config.region;
      const bus = store.bus(entry.eventBusName, region);
      let detail;
      try {
        detail = JSON.parse(entry.detail);
      } catch {
        throw malformedDetail();
      }
      const event = buildEnvelope({
        source: entry.source,
        detailType: entry.detailType,
        detail,
        account: store.accountId,
        region: bus.region,
        resources: entry.resources,
        time: entry.time
      });
      dispatch({ store, cloud, region: bus.region, scheduler }, bus, event);
      return { eventId: event.id };
    },
    forwardEvent(busArn, event, hops, region) {
      if (hops >= MAX_BUS_HOPS) throw new Error("too many bus-to-bus hops");
      const bus = store.bus(busArn, region);
      dispatch({ store, cloud, region: bus.region, scheduler }, bus, event, hops + 1);
    },
    describeBus(busNameOrArn, region) {
      const bus = store.findBus(busNameOrArn, region);
      return bus ? { arn: bus.arn } : void 0;
    }
  };
}

// ../local-cloud/src/events/store.ts
var EventsStore = class {
  constructor(accountId) {
    this.accountId = accountId;
  }
  accountId;
  /** Buses by region then name (read whole by src/persistence with --state-dir). */
  regions = /* @__PURE__ */ new Map();
  tags = /* @__PURE__ */ new Map();
  busArn(region, name) {
    return `arn:aws:events:${region}:${this.accountId}:event-bus/${name}`;
  }
  ruleArn(region, busName, name) {
    const path10 = busName === "default" ? name : `${busName}/${name}`;
    return `arn:aws:events:${region}:${this.accountId}:rule/${path10}`;
  }
  /** The region's buses; `default` exists in every region from the first look. */
  buses(region) {
    let m = this.regions.get(region);
    if (!m) {
      m = /* @__PURE__ */ new Map();
      const now = thisSecond();
      m.set("default", {
        name: "default",
        arn: this.busArn(region, "default"),
        region,
        createdAt: now,
        modifiedAt: now,
        rules: /* @__PURE__ */ new Map()
      });
      this.regions.set(region, m);
    }
    return m;
  }
  /** A bus by name or ARN (an ARN names its own region); undefined when missing. */
  findBus(nameOrArn, region) {
    const { name, region: r } = splitBusName(nameOrArn, region);
    return this.buses(r).get(name);
  }
  /** As findBus, but AWS's ResourceNotFoundException when missing. */
  bus(nameOrArn, region) {
    const found2 = this.findBus(nameOrArn, region);
    if (!found2) {
      throw busNotFound(splitBusName(nameOrArn, region).name);
    }
    return found2;
  }
  rule(bus, name) {
    const rule = bus.rules.get(name);
    if (!rule) throw ruleNotFound(name, bus.name);
    return rule;
  }
  /** Whether an ARN names a bus or rule of this store (for the tagging API). */
  resourceExists(arn) {
    const a = parseArn(arn);
    if (a?.service !== "events" || !a.region || !a.resourceName) return false;
    const { region, resourceType: kind, resourceName: path10 } = a;
    if (kind === "event-bus") return this.buses(region).has(path10);
    if (kind !== "rule") return false;
    const slash = path10.indexOf("/");
    const busName = slash < 0 ? "default" : path10.slice(0, slash);
    const ruleName = slash < 0 ? path10 : path10.slice(slash + 1);
    return this.buses(region).get(busName)?.rules.has(ruleName) ?? false;
  }
};
function thisSecond() {
  return new Date(Math.floor(Date.now() / 1e3) * 1e3);
}
function splitBusName(nameOrArn, region) {
  if (!nameOrArn) return { name: "default", region };
  const a = parseArn(nameOrArn);
  if (a?.service === "events" && a.region && a.resourceType === "event-bus" && a.resourceName) {
    return { name: a.resourceName, region: a.region };
  }
  return { name: nameOrArn, region };
}

// ../local-cloud/src/events/validate.ts
var NAME_RE = /^[.\-_A-Za-z0-9]+$/;
var BUS_NAME_RE = /^[/.\-_A-Za-z0-9]+$/;
function required3(value2, member) {
  if (value2 === void 0 || value2 === null) throw missingMember2(member);
  return value2;
}
function checkName(value2, member, maxLength, pattern, patternText) {
  const violations = [];
  if (value2.length > maxLength) {
    violations.push({
      value: value2,
      member,
      constraint: `Member must have length less than or equal to ${maxLength}`
    });
  }
  if (!pattern.test(value2)) {
    violations.push({
      value: value2,
      member,
      constraint: `Member must satisfy regular expression pattern: ${patternText}`
    });
  }
  if (violations.length > 0) throw validationErrors(violations);
  return value2;
}
function checkRuleName(name, member = "name") {
  return checkName(required3(name, member), member, 64, NAME_RE, "[\\.\\-_A-Za-z0-9]+");
}
function checkBusName(name) {
  return checkName(required3(name, "name"), "name", 256, BUS_NAME_RE, "[/\\.\\-_A-Za-z0-9]+");
}
function checkLimit(limit) {
  if (limit === void 0) return void 0;
  if (limit < 1) {
    throw constraintViolation2(String(limit), "limit", "Member must have value greater than or equal to 1");
  }
  if (limit > 100) {
    throw constraintViolation2(String(limit), "limit", "Member must have value less than or equal to 100");
  }
  return limit;
}
function checkEventPattern(text) {
  const pattern = required3(text, "eventPattern");
  try {
    return parsePattern(pattern, "eventbridge");
  } catch (err) {
    throw invalidEventPattern(err instanceof PatternError ? err.message : String(err));
  }
}
function checkTags(tags2, member = "tags") {
  return (tags2 ?? []).map((t) => ({
    Key: required3(t.Key, `${member}.member.key`),
    Value: required3(t.Value, `${member}.member.value`)
  }));
}
function page3(items, nextToken, limit) {
  let start = 0;
  if (nextToken) {
    start = Number(Buffer.from(nextToken, "base64").toString("utf8"));
    if (!Number.isInteger(start) || start < 0) throw validationError2("The nextToken provided is invalid.");
  }
  const size = limit ?? 100;
  const slice = items.slice(start, start + size);
  const end = start + slice.length;
  return {
    items: slice,
    next: end < items.length ? Buffer.from(String(end)).toString("base64") : void 0
  };
}

// ../local-cloud/src/events/createEventBus.ts
function createEventBus(ctx, input) {
  const name = checkBusName(input.Name);
  const tags2 = checkTags(input.Tags);
  if (name === "default" || name.startsWith("aws.")) {
    throw validationError2(`Event bus name must not start with 'aws.' or be 'default'.`);
  }
  if (name.includes("/")) {
    throw validationError2("Event bus name must not contain '/'.");
  }
  const buses = ctx.store.buses(ctx.region);
  if (buses.has(name)) throw busAlreadyExists(name);
  const now = thisSecond();
  const arn = ctx.store.busArn(ctx.region, name);
  buses.set(name, {
    name,
    arn,
    region: ctx.region,
    description: input.Description,
    createdAt: now,
    modifiedAt: now,
    rules: /* @__PURE__ */ new Map()
  });
  if (tags2.length) ctx.store.tags.set(arn, new Map(tags2.map((t) => [t.Key, t.Value])));
  return { EventBusArn: arn, ...input.Description !== void 0 ? { Description: input.Description } : {} };
}

// ../local-cloud/src/events/deleteEventBus.ts
function deleteEventBus(ctx, input) {
  const name = checkBusName(input.Name);
  if (name === "default") throw validationError2("Cannot delete event bus default.");
  const buses = ctx.store.buses(ctx.region);
  const bus = buses.get(name);
  if (bus) {
    for (const rule of bus.rules.values()) ctx.store.tags.delete(rule.arn);
    ctx.store.tags.delete(bus.arn);
    buses.delete(name);
  }
}

// ../local-cloud/src/events/deleteRule.ts
function deleteRule(ctx, input) {
  const name = checkRuleName(input.Name);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = bus.rules.get(name);
  if (!rule) return;
  if (rule.targets.size > 0 && input.Force !== true) {
    throw validationError2("Rule can't be deleted since it has targets.");
  }
  bus.rules.delete(name);
  ctx.scheduler.drop(rule.arn);
  ctx.store.tags.delete(rule.arn);
}

// ../local-cloud/src/events/describeEventBus.ts
function describeEventBus(ctx, input) {
  return busView(ctx.store.bus(input.Name, ctx.region));
}
function busView(bus) {
  return {
    Name: bus.name,
    Arn: bus.arn,
    ...bus.description !== void 0 ? { Description: bus.description } : {},
    CreationTime: bus.createdAt,
    LastModifiedTime: bus.modifiedAt
  };
}

// ../local-cloud/src/events/describeRule.ts
function describeRule(ctx, input) {
  const name = checkRuleName(input.Name);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  return { ...ruleView(ctx.store.rule(bus, name)), CreatedBy: ctx.store.accountId };
}
function ruleView(rule) {
  const view = { Name: rule.name, Arn: rule.arn };
  if (rule.eventPattern !== void 0) view.EventPattern = rule.eventPattern;
  if (rule.scheduleExpression !== void 0) view.ScheduleExpression = rule.scheduleExpression;
  view.State = rule.state;
  if (rule.description !== void 0) view.Description = rule.description;
  if (rule.roleArn !== void 0) view.RoleArn = rule.roleArn;
  view.EventBusName = rule.busName;
  return view;
}

// ../local-cloud/src/events/disableRule.ts
function disableRule(ctx, input) {
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, checkRuleName(input.Name));
  rule.state = "DISABLED";
  ctx.scheduler.sync(bus, rule);
}

// ../local-cloud/src/events/enableRule.ts
function enableRule(ctx, input) {
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, checkRuleName(input.Name));
  rule.state = "ENABLED";
  ctx.scheduler.sync(bus, rule);
}

// ../local-cloud/src/events/listEventBuses.ts
function listEventBuses(ctx, input) {
  const prefix = input.NamePrefix ?? "";
  const buses = [...ctx.store.buses(ctx.region).values()].filter((b) => b.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
  const { items, next } = page3(buses, input.NextToken, checkLimit(input.Limit));
  return { EventBuses: items.map(busView), ...next ? { NextToken: next } : {} };
}

// ../local-cloud/src/events/listRules.ts
function listRules(ctx, input) {
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const prefix = input.NamePrefix ?? "";
  const rules = [...bus.rules.values()].filter((r) => r.name.startsWith(prefix)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const { items, next } = page3(rules, input.NextToken, checkLimit(input.Limit));
  return { Rules: items.map(ruleView), ...next ? { NextToken: next } : {} };
}

// ../local-cloud/src/events/tagResource.ts
function tagResource3(ctx, input) {
  const arn = required3(input.ResourceARN, "resourceARN");
  const tags2 = checkTags(required3(input.Tags, "tags"));
  const existing = resourceTags(ctx, arn);
  const merged = new Map(existing);
  for (const t of tags2) merged.set(t.Key, t.Value);
  if (merged.size > 50) throw tooManyTags();
  ctx.store.tags.set(arn, merged);
}
function resourceTags(ctx, arn) {
  if (!ctx.store.resourceExists(arn)) {
    throw resourceNotFound(
      arn.includes(":rule/") ? "Rule" : "Event bus",
      arn.slice(arn.lastIndexOf("/") + 1)
    );
  }
  return ctx.store.tags.get(arn) ?? /* @__PURE__ */ new Map();
}

// ../local-cloud/src/events/listTagsForResource.ts
function listTagsForResource(ctx, input) {
  const tags2 = resourceTags(ctx, required3(input.ResourceARN, "resourceARN"));
  return { Tags: [...tags2].map(([Key, Value]) => ({ Key, Value })) };
}

// ../local-cloud/src/events/listTargetsByRule.ts
function listTargetsByRule(ctx, input) {
  const name = checkRuleName(input.Rule, "rule");
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, name);
  const { items, next } = page3([...rule.targets.values()], input.NextToken, checkLimit(input.Limit));
  return { Targets: items, ...next ? { NextToken: next } : {} };
}

// ../local-cloud/src/events/putEvents.ts
import { randomUUID as randomUUID3 } from "node:crypto";
var PUT_EVENTS_MAX_BYTES = 1048576;
function putEvents(ctx, input) {
  const entries = required3(input.Entries, "entries");
  if (entries.length < 1 || entries.length > 10) {
    const bound = entries.length > 10 ? "less than or equal to 10" : "greater than or equal to 1";
    throw constraintViolation2(
      `[${entries.map(javaEntry).join(", ")}]`,
      "entries",
      `Member must have length ${bound}`
    );
  }
  if (entries.reduce((n, e) => n + entrySize(e), 0) > PUT_EVENTS_MAX_BYTES) {
    throw validationError2("Total size of the entries in the request is over the limit.");
  }
  const results = entries.map((e) => putOne(ctx, e));
  return { FailedEntryCount: results.filter((r) => r.ErrorCode).length, Entries: results };
}
function javaEntry(e) {
  const text = (v) => v ?? "null";
  const time = e.Time === void 0 ? "null" : javaDate(e.Time);
  const resources = e.Resources === void 0 ? "null" : `[${e.Resources.join(", ")}]`;
  return `PutEventsRequestEntry(time=${time}, source=${text(e.Source)}, resources=${resources}, detailType=${text(e.DetailType)}, detail=${text(e.Detail)}, eventBusName=${text(e.EventBusName)}, traceHeader=${text(e.TraceHeader)}, kmsKeyIdentifier=null, internalMetadata=null)`;
}
function javaDate(d) {
  const [day, date, month, year, time] = d.toUTCString().split(" ");
  return `${day.slice(0, 3)} ${month} ${date} ${time} UTC ${year}`;
}
function entrySize(e) {
  const bytes2 = (s) => s === void 0 ? 0 : Buffer.byteLength(s);
  let size = e.Time !== void 0 ? 14 : 0;
  size += bytes2(e.Source) + bytes2(e.DetailType) + bytes2(e.Detail);
  for (const r of e.Resources ?? []) size += bytes2(r);
  return size;
}
function putOne(ctx, e) {
  const failure = checkEntry(e);
  if (failure) return failure;
  const { Source = "", DetailType = "", Detail = "" } = e;
  let detail;
  try {
    detail = JSON.parse(Detail);
  } catch {
    return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." };
  }
  if (detail === null || typeof detail !== "object" || Array.isArray(detail)) {
    return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." };
  }
  const bus = ctx.store.findBus(e.EventBusName, ctx.region);
  if (!bus) return { EventId: randomUUID3() };
  const event = buildEnvelope({
    source: Source,
    detailType: DetailType,
    detail,
    account: ctx.store.accountId,
    region: bus.region,
    resources: e.Resources,
    time: e.Time
  });
  dispatch(ctx, bus, event);
  return { EventId: event.id };
}
function checkEntry(e) {
  if (!e.Source) {
    return {
      ErrorCode: "InvalidArgument",
      ErrorMessage: "Parameter Source is not valid. Reason: Source is a required argument."
    };
  }
  if (!e.DetailType) {
    return {
      ErrorCode: "InvalidArgument",
      ErrorMessage: "Parameter DetailType is not valid. Reason: DetailType is a required argument."
    };
  }
  if (!e.Detail) {
    return {
      ErrorCode: "InvalidArgument",
      ErrorMessage: "Parameter Detail is not valid. Reason: Detail is a required argument."
    };
  }
  if (e.Source.startsWith("aws.")) {
    return { ErrorCode: "NotAuthorizedForSourceException", ErrorMessage: "Not authorized for the source." };
  }
  return void 0;
}

// ../local-cloud/src/events/schedule.ts
var MINUTE2 = 6e4;
var UNIT_MS = { minute: MINUTE2, hour: 60 * MINUTE2, day: 24 * 60 * MINUTE2 };
var RATE = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/;
var CRON = /^cron\((.*)\)$/;
function parseSchedule(expression) {
  const rate = RATE.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    const unit2 = rate[2];
    if (n < 1 || unit2.endsWith("s") !== n > 1) return void 0;
    return { kind: "rate", everyMs: n * UNIT_MS[unit2.replace(/s$/, "")] };
  }
  const cron = CRON.exec(expression);
  if (!cron) return void 0;
  const parsed = parseCron(cron[1].trim().split(/\s+/));
  return parsed && { kind: "cron", cron: parsed };
}
var MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
var WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
function value(text, min, max, names) {
  const named = names?.indexOf(text.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + 1 : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return n >= min && n <= max ? n : void 0;
}
function numbers(field2, min, max, names) {
  const out = /* @__PURE__ */ new Set();
  for (const part of field2.split(",")) {
    const [range, stepText, extra] = part.split("/");
    if (extra !== void 0) return void 0;
    const step = stepText === void 0 ? 1 : value(stepText, 1, max, void 0);
    if (step === void 0) return void 0;
    let from;
    let to;
    if (range === "*") [from, to] = [min, max];
    else if (range.includes("-")) {
      const [a, b] = range.split("-");
      [from, to] = [value(a, min, max, names), value(b, min, max, names)];
    } else {
      from = value(range, min, max, names);
      to = stepText === void 0 ? from : max;
    }
    if (from === void 0 || to === void 0 || from > to) return void 0;
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}
function daysOfMonth(field2) {
  if (field2 === "L") return { days: /* @__PURE__ */ new Set(), rules: [{ kind: "last" }] };
  if (field2 === "LW") return { days: /* @__PURE__ */ new Set(), rules: [{ kind: "lastWeekday" }] };
  const near = /^(\d+)W$/.exec(field2);
  if (near) {
    const day = value(near[1], 1, 31);
    return day === void 0 ? void 0 : { days: /* @__PURE__ */ new Set(), rules: [{ kind: "nearestWeekday", day }] };
  }
  const days = numbers(field2, 1, 31);
  return days && { days, rules: [] };
}
function daysOfWeek(field2) {
  if (field2 === "L") return { days: /* @__PURE__ */ new Set([7]), rules: [] };
  const last = /^(\w+)L$/.exec(field2);
  if (last) {
    const weekday = value(last[1], 1, 7, WEEKDAYS);
    return weekday === void 0 ? void 0 : { days: /* @__PURE__ */ new Set(), rules: [{ kind: "lastOf", weekday }] };
  }
  const nth = /^(\w+)#(\d)$/.exec(field2);
  if (nth) {
    const weekday = value(nth[1], 1, 7, WEEKDAYS);
    const n = Number(nth[2]);
    return weekday === void 0 || n < 1 || n > 5 ? void 0 : { days: /* @__PURE__ */ new Set(), rules: [{ kind: "nth", weekday, n }] };
  }
  const days = numbers(field2, 1, 7, WEEKDAYS);
  return days && { days, rules: [] };
}
function parseCron(fields) {
  if (fields.length !== 6) return void 0;
  const [min, hour, dom, month, dow, year] = fields;
  if (dom === "?" === (dow === "?")) return void 0;
  const cron = {
    minutes: numbers(min, 0, 59),
    hours: numbers(hour, 0, 23),
    daysOfMonth: dom === "?" ? void 0 : daysOfMonth(dom),
    daysOfWeek: dow === "?" ? void 0 : daysOfWeek(dow),
    months: numbers(month, 1, 12, MONTHS),
    years: numbers(year, 1970, 2199)
  };
  if (!cron.minutes || !cron.hours || !cron.months || !cron.years) return void 0;
  if (dom !== "?" && !cron.daysOfMonth || dow !== "?" && !cron.daysOfWeek) return void 0;
  return cron;
}
function daysIn(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function weekdayOf(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}
function ruleMatches(rule, year, month, day) {
  const last = daysIn(year, month);
  const weekday = weekdayOf(year, month, day);
  const workday = (d) => {
    const w = weekdayOf(year, month, d);
    return w !== 1 && w !== 7;
  };
  switch (rule.kind) {
    case "last":
      return day === last;
    case "lastWeekday": {
      let d = last;
      while (!workday(d)) d -= 1;
      return day === d;
    }
    case "nearestWeekday": {
      const target = Math.min(rule.day, last);
      for (const d of [target, target - 1, target + 1, target - 2, target + 2]) {
        if (d >= 1 && d <= last && workday(d)) return day === d;
      }
      return false;
    }
    case "lastOf":
      return weekday === rule.weekday && day + 7 > last;
    case "nth":
      return weekday === rule.weekday && Math.ceil(day / 7) === rule.n;
  }
}
function dayMatches(cron, year, month, day) {
  const field2 = cron.daysOfMonth ?? cron.daysOfWeek;
  const v = cron.daysOfMonth ? day : weekdayOf(year, month, day);
  return field2.days.has(v) || field2.rules.some((r) => ruleMatches(r, year, month, day));
}
function nextCronTime(cron, after) {
  const start = new Date(Math.floor(after.getTime() / MINUTE2) * MINUTE2 + MINUTE2);
  const minutes = [...cron.minutes].sort((a, b) => a - b);
  const hours = [...cron.hours].sort((a, b) => a - b);
  let day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  while (day.getUTCFullYear() <= 2199) {
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    if (cron.years.has(y) && cron.months.has(m) && dayMatches(cron, y, m, d)) {
      for (const h of hours) {
        for (const min of minutes) {
          const t = Date.UTC(y, m - 1, d, h, min);
          if (t >= start.getTime()) return new Date(t);
        }
      }
    }
    day = new Date(day.getTime() + 24 * 60 * MINUTE2);
  }
  return void 0;
}

// ../local-cloud/src/events/putRule.ts
var STATES = /* @__PURE__ */ new Set(["ENABLED", "DISABLED", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"]);
function putRule(ctx, input) {
  const name = checkRuleName(input.Name);
  const tags2 = checkTags(input.Tags);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  if (input.EventPattern === void 0 && input.ScheduleExpression === void 0) {
    throw validationError2("Parameter(s) EventPattern or ScheduleExpression must be specified.");
  }
  let pattern;
  if (input.EventPattern !== void 0) pattern = checkEventPattern(input.EventPattern);
  if (input.ScheduleExpression !== void 0) {
    if (bus.name !== "default") {
      throw validationError2("ScheduleExpression is supported only on the default event bus.");
    }
    if (!parseSchedule(input.ScheduleExpression)) {
      throw validationError2("Parameter ScheduleExpression is not valid.");
    }
  }
  const state = input.State ?? "ENABLED";
  if (!STATES.has(state)) {
    throw constraintViolation2(
      state,
      "state",
      "Member must satisfy enum value set: [ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS, DISABLED, ENABLED]"
    );
  }
  const existing = bus.rules.get(name);
  const arn = ctx.store.ruleArn(bus.region, bus.name, name);
  const rule = {
    name,
    arn,
    busName: bus.name,
    eventPattern: input.EventPattern,
    pattern,
    scheduleExpression: input.ScheduleExpression,
    state,
    description: input.Description,
    roleArn: input.RoleArn,
    targets: existing?.targets ?? /* @__PURE__ */ new Map()
  };
  bus.rules.set(name, rule);
  ctx.scheduler.sync(bus, rule);
  if (!existing && tags2.length) ctx.store.tags.set(arn, new Map(tags2.map((t) => [t.Key, t.Value])));
  return { RuleArn: arn };
}

// ../local-cloud/src/events/putTargets.ts
var MAX_TARGETS_PER_RULE = 5;
var ID_RE = /^[.\-_A-Za-z0-9]+$/;
var ARN_RE = /^arn:aws[\w-]*:[\w-]+:[\w-]*:\d*:.+$/;
function putTargets(ctx, input) {
  const name = checkRuleName(input.Rule, "rule");
  const targets = required3(input.Targets, "targets");
  if (targets.length === 0) {
    throw constraintViolation2("[]", "targets", "Member must have length greater than or equal to 1");
  }
  if (targets.length > 10) {
    throw validationError2(
      "1 validation error detected: Value at 'targets' failed to satisfy constraint: Member must have length less than or equal to 10"
    );
  }
  targets.forEach(checkTarget);
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, name);
  const ids = /* @__PURE__ */ new Set([...rule.targets.keys(), ...targets.map((t) => t.Id)]);
  if (ids.size > MAX_TARGETS_PER_RULE) throw tooManyTargets();
  for (const t of targets) {
    const arn = t.Arn;
    const fifoQueue = parseArn(arn)?.service === "sqs" && arn.endsWith(".fifo");
    if (fifoQueue && !t.SqsParameters?.MessageGroupId) {
      throw validationError2(`Parameter(s) SqsParameters must be specified for target: ${t.Id}.`);
    }
  }
  for (const t of targets) rule.targets.set(t.Id, t);
  return { FailedEntryCount: 0, FailedEntries: [] };
}
function checkTarget(t, i) {
  const at = `targets.${i + 1}.member`;
  const id = required3(t.Id, `${at}.id`);
  const arn = required3(t.Arn, `${at}.arn`);
  checkName(id, `${at}.id`, 64, ID_RE, "[\\.\\-_A-Za-z0-9]+");
  if (!ARN_RE.test(arn)) {
    throw validationError2(`Parameter ${arn} is not valid. Reason: Provided Arn is not in correct format.`);
  }
  const inputs = [t.Input, t.InputPath, t.InputTransformer].filter((v) => v !== void 0).length;
  if (inputs > 1) {
    throw validationError2(
      `Only one of Input, InputPath, or InputTransformer must be provided for target ${id}.`
    );
  }
  if (t.Input !== void 0) {
    try {
      JSON.parse(t.Input);
    } catch {
      throw validationError2(`Input for target ${id} is not valid JSON text.`);
    }
  }
  if (t.InputPath !== void 0 && !parseJsonPath(t.InputPath)) {
    throw validationError2(`Parameter InputPath is not valid for target ${id}.`);
  }
  if (t.InputTransformer !== void 0) {
    required3(t.InputTransformer.InputTemplate, `${at}.inputTransformer.inputTemplate`);
    for (const path10 of Object.values(t.InputTransformer.InputPathsMap ?? {})) {
      if (!parseJsonPath(path10)) {
        throw validationError2(`Parameter InputPathsMap is not valid for target ${id}.`);
      }
    }
  }
}

// ../local-cloud/src/events/removeTargets.ts
function removeTargets(ctx, input) {
  const name = checkRuleName(input.Rule, "rule");
  const ids = required3(input.Ids, "ids");
  const bus = ctx.store.bus(input.EventBusName, ctx.region);
  const rule = ctx.store.rule(bus, name);
  for (const id of ids) rule.targets.delete(id);
  return { FailedEntryCount: 0, FailedEntries: [] };
}

// ../local-cloud/src/events/testEventPattern.ts
var REQUIRED_FIELDS = ["id", "account", "source", "time", "region", "detail-type"];
function testEventPattern(_ctx, input) {
  const pattern = checkEventPattern(input.EventPattern);
  const text = required3(input.Event, "event");
  let event;
  try {
    event = JSON.parse(text);
  } catch {
    throw validationError2("Parameter Event is not valid.");
  }
  if (event === null || typeof event !== "object" || Array.isArray(event)) {
    throw validationError2("Parameter Event is not valid.");
  }
  for (const field2 of REQUIRED_FIELDS) {
    if (!(field2 in event))
      throw validationError2(`Parameter Event is not valid. Reason: ${field2} is missing.`);
  }
  return { Result: matchesPattern(pattern, event) };
}

// ../local-cloud/src/events/untagResource.ts
function untagResource3(ctx, input) {
  const arn = required3(input.ResourceARN, "resourceARN");
  const keys = required3(input.TagKeys, "tagKeys");
  const tags2 = new Map(resourceTags(ctx, arn));
  for (const k of keys) tags2.delete(k);
  ctx.store.tags.set(arn, tags2);
}

// ../local-cloud/src/events/operations.ts
var OPERATIONS4 = {
  CreateEventBus: createEventBus,
  DeleteEventBus: deleteEventBus,
  DescribeEventBus: describeEventBus,
  ListEventBuses: listEventBuses,
  PutRule: putRule,
  DeleteRule: deleteRule,
  DescribeRule: describeRule,
  ListRules: listRules,
  EnableRule: enableRule,
  DisableRule: disableRule,
  PutTargets: putTargets,
  RemoveTargets: removeTargets,
  ListTargetsByRule: listTargetsByRule,
  PutEvents: putEvents,
  TestEventPattern: testEventPattern,
  TagResource: tagResource3,
  UntagResource: untagResource3,
  ListTagsForResource: listTagsForResource
};

// ../local-cloud/src/events/scheduler.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
var MIN_INTERVAL_MS2 = 10;
var Scheduler = class {
  constructor(cloud, store) {
    this.cloud = cloud;
    this.store = store;
  }
  cloud;
  store;
  running = /* @__PURE__ */ new Map();
  /** Starts, keeps or stops the rule's schedule to match its state (call after every change of a rule). */
  sync(bus, rule) {
    const expression = rule.scheduleExpression;
    const schedule = bus.name === "default" && rule.state === "ENABLED" && expression ? parseSchedule(expression) : void 0;
    const current = this.running.get(rule.arn);
    if (current && schedule && current.expression === expression) return;
    this.drop(rule.arn);
    if (!schedule || !expression) return;
    const now = Date.now();
    const first2 = schedule.kind === "rate" ? now + this.every(schedule.everyMs) : this.nextCron(schedule, now);
    if (first2 !== void 0) this.arm(bus, rule.name, rule.arn, expression, schedule, first2);
  }
  drop(ruleArn) {
    const current = this.running.get(ruleArn);
    if (current) clearTimeout(current.timer);
    this.running.delete(ruleArn);
  }
  stop() {
    for (const arn of [...this.running.keys()]) this.drop(arn);
  }
  every(ms) {
    return Math.max(this.cloud.scaled(ms), MIN_INTERVAL_MS2);
  }
  /** The wall-clock time of the cron's next minute on the cloud's clock (at a scale of 0, at once). */
  nextCron(schedule, wall) {
    const scale = this.cloud.config.timeScale;
    if (scale <= 0) return wall + MIN_INTERVAL_MS2;
    const origin = this.cloud.startedAt;
    const next = nextCronTime(schedule.cron, new Date(origin + (wall - origin) / scale));
    return next && Math.max(origin + (next.getTime() - origin) * scale, wall + MIN_INTERVAL_MS2);
  }
  arm(bus, name, arn, expression, schedule, at) {
    const wait = Math.max(0, at - Date.now());
    const timer = setTimeout(
      () => {
        if (wait > MAX_TIMER_MS) return this.arm(bus, name, arn, expression, schedule, at);
        const rule = bus.rules.get(name);
        if (!rule || rule.arn !== arn) return this.drop(arn);
        this.fire(bus, rule);
        const now = Date.now();
        const next = schedule.kind === "rate" ? Math.max(at, now) + this.every(schedule.everyMs) : this.nextCron(schedule, Math.max(at, now));
        if (next === void 0) this.drop(arn);
        else this.arm(bus, name, arn, expression, schedule, next);
      },
      Math.min(wait, MAX_TIMER_MS)
    );
    timer.unref();
    this.running.set(arn, { expression, timer });
  }
  fire(bus, rule) {
    const ctx = { store: this.store, cloud: this.cloud, region: bus.region, scheduler: this };
    const event = buildEnvelope({
      source: "aws.events",
      detailType: "Scheduled Event",
      detail: {},
      account: this.store.accountId,
      region: bus.region,
      resources: [rule.arn]
    });
    this.cloud.count("TriggeredRules", rule.name);
    sendToTargets(ctx, rule, event, 0);
  }
};

// ../local-cloud/src/events/index.ts
function createEventsService(cloud) {
  const store = new EventsStore(cloud.accountId);
  const scheduler = new Scheduler(cloud, store);
  cloud.events = eventsInternal(cloud, store, scheduler);
  const save = keptMaps(cloud.state, "events", { regions: store.regions, tags: store.tags });
  for (const buses of store.regions.values())
    for (const bus of buses.values()) for (const rule of bus.rules.values()) scheduler.sync(bus, rule);
  const readOnly = (name) => READS.test(name) || name === "PutEvents" || name === "TestEventPattern";
  return {
    name: "events",
    faces: [
      // A JSON 1.1 service: errors carry the bare code in `__type`, as EventBridge sends them.
      awsJsonFace({
        client: () => import("./dist-es-7KPJXDWR.js"),
        version: "1.1",
        targetPrefix: "AWSEvents",
        operations: savingAfter(OPERATIONS4, save, readOnly),
        context: (call) => ({ store, cloud: call.cloud, region: call.region, scheduler }),
        malformed: (e) => malformedMember(e.path)
      })
    ],
    stop: () => scheduler.stop()
  };
}

// ../local-cloud/src/iam/evaluate.ts
var list = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
var cache2 = /* @__PURE__ */ new Map();
function wildcard(pattern, value2, ignoreCase) {
  const key2 = `${ignoreCase ? "i" : "s"}${pattern}`;
  let re = cache2.get(key2);
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    re = new RegExp(`^${body}$`, ignoreCase ? "is" : "s");
    cache2.set(key2, re);
  }
  return re.test(value2);
}
function statementMatches(st, action, resource) {
  const actionOk = st.Action !== void 0 ? list(st.Action).some((p) => wildcard(p, action, true)) : st.NotAction !== void 0 ? !list(st.NotAction).some((p) => wildcard(p, action, true)) : false;
  if (!actionOk) return false;
  if (st.Resource !== void 0) return list(st.Resource).some((p) => wildcard(p, resource, false));
  if (st.NotResource !== void 0) return !list(st.NotResource).some((p) => wildcard(p, resource, false));
  return true;
}
function evaluate2(documents, action, resource) {
  const allows = [];
  const denies = [];
  for (const { source, document } of documents) {
    const statements = document?.Statement === void 0 ? [] : [document.Statement].flat();
    for (const st of statements) {
      if (!st || !statementMatches(st, action, resource)) continue;
      const effect = String(st.Effect);
      if (effect === "Deny" && st.Condition === void 0) denies.push({ source, sid: st.Sid, effect });
      else if (effect === "Allow") allows.push({ source, sid: st.Sid, effect });
    }
  }
  if (denies.length > 0) return { decision: "explicitDeny", matched: denies };
  if (allows.length > 0) return { decision: "allowed", matched: allows };
  return { decision: "implicitDeny", matched: [] };
}
function principalMatches(principal2, principalArn) {
  if (principal2 === "*") return true;
  if (!principal2 || typeof principal2 !== "object") return false;
  const aws = principal2.AWS;
  return list(aws).some((p) => p === "*" || p === principalArn);
}
function statementsFor(policy, principalArn) {
  let doc;
  try {
    doc = JSON.parse(policy);
  } catch {
    return void 0;
  }
  const statements = [doc?.Statement ?? []].flat().filter((st) => principalMatches(st?.Principal, principalArn));
  return statements.length ? { source: "the resource policy", document: { Statement: statements } } : void 0;
}

// ../local-cloud/src/iam/errors.ts
var iamError = (code, queryCode, message, status) => new AwsError(code, message, status, { queryCode });
var noSuchEntity = (message) => iamError("NoSuchEntityException", "NoSuchEntity", message, 404);
var entityAlreadyExists = (message) => iamError("EntityAlreadyExistsException", "EntityAlreadyExists", message, 409);
var deleteConflict = (message) => iamError("DeleteConflictException", "DeleteConflict", message, 409);
var malformedPolicyDocument = (message) => iamError("MalformedPolicyDocumentException", "MalformedPolicyDocument", message, 400);
var validationError3 = (message) => iamError("ValidationError", "ValidationError", message, 400);
var constraintViolated = (value2, member, constraint2) => validationError3(
  `1 validation error detected: Value ${value2 === null ? "null" : `'${value2}'`} at '${member}' failed to satisfy constraint: ${constraint2}`
);

// ../local-cloud/src/iam/validate.ts
var camel = (s) => s.charAt(0).toLowerCase() + s.slice(1);
function required4(value2, member) {
  if (value2 === void 0 || value2 === "") {
    throw constraintViolated(null, camel(member), "Member must not be null");
  }
  return value2;
}
function entityName(value2, member, max) {
  const v = required4(value2, member);
  if (v.length > max) {
    throw constraintViolated(v, camel(member), `Member must have length less than or equal to ${max}`);
  }
  if (!/^[\w+=,.@-]+$/.test(v)) {
    throw constraintViolated(
      v,
      camel(member),
      "Member must satisfy regular expression pattern: [\\w+=,.@-]+"
    );
  }
  return v;
}
function path2(value2) {
  const p = value2 ?? "/";
  if (!/^\/(?:[\x21-\x7e]*\/)?$/.test(p)) {
    throw validationError3(
      "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters."
    );
  }
  return p;
}

// ../local-cloud/src/iam/attachRolePolicy.ts
function attachRolePolicy(ctx, input) {
  const role = ctx.store.role(required4(input.RoleName, "RoleName"));
  const arn = required4(input.PolicyArn, "PolicyArn");
  const known = ctx.store.policy(arn) !== void 0 || /^arn:aws[\w-]*:iam::aws:policy\//.test(arn);
  if (!known) throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
  if (!role.attached.includes(arn)) role.attached.push(arn);
}

// ../local-cloud/src/iam/managedPolicies.ts
var allow = (Action, Resource = "*") => ({
  Effect: "Allow",
  Action,
  Resource
});
var LOGS = allow(["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]);
var AWS_MANAGED = {
  "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole": [LOGS],
  "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole": [
    allow(["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]),
    LOGS
  ],
  "arn:aws:iam::aws:policy/service-role/AWSLambdaRole": [allow("lambda:InvokeFunction")],
  "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole": [
    LOGS,
    allow([
      "ec2:CreateNetworkInterface",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DescribeSubnets",
      "ec2:DeleteNetworkInterface",
      "ec2:AssignPrivateIpAddresses",
      "ec2:UnassignPrivateIpAddresses"
    ])
  ],
  "arn:aws:iam::aws:policy/AWSLambdaExecute": [
    allow("logs:*", "arn:aws:logs:*:*:*"),
    allow(["s3:GetObject", "s3:PutObject"], "arn:aws:s3:::*")
  ],
  "arn:aws:iam::aws:policy/AdministratorAccess": [allow("*")],
  "arn:aws:iam::aws:policy/PowerUserAccess": [
    { Effect: "Allow", NotAction: ["iam:*", "organizations:*", "account:*"], Resource: "*" },
    allow([
      "iam:CreateServiceLinkedRole",
      "iam:DeleteServiceLinkedRole",
      "iam:ListRoles",
      "organizations:DescribeOrganization",
      "account:ListRegions"
    ])
  ],
  "arn:aws:iam::aws:policy/AWSLambda_FullAccess": [
    allow(["lambda:*", "logs:*", "events:*", "sqs:*", "s3:*", "sns:*"])
  ],
  "arn:aws:iam::aws:policy/AmazonSQSFullAccess": [allow("sqs:*")],
  "arn:aws:iam::aws:policy/AmazonSNSFullAccess": [allow("sns:*")],
  "arn:aws:iam::aws:policy/AmazonS3FullAccess": [allow(["s3:*", "s3-object-lambda:*"])],
  "arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess": [
    allow(["events:*", "schemas:*", "scheduler:*", "pipes:*"])
  ],
  "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess": [allow(["logs:*", "cloudwatch:GenerateQuery"])]
};

// ../local-cloud/src/iam/store.ts
function parseDocument(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw malformedPolicyDocument("This policy contains invalid Json");
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
    throw malformedPolicyDocument("This policy contains invalid Json");
  }
  if (!("Statement" in doc)) {
    throw malformedPolicyDocument("Syntax errors in policy.");
  }
  return doc;
}
var IamStore = class {
  constructor(accountId) {
    this.accountId = accountId;
  }
  accountId;
  roles = /* @__PURE__ */ new Map();
  policies = /* @__PURE__ */ new Map();
  role(name) {
    const r = this.roles.get(name);
    if (!r) throw noSuchEntity(`The role with name ${name} cannot be found.`);
    return r;
  }
  /** The role an ARN (`arn:aws:iam::<account>:role/<path>/<name>`) names, found by name alone. */
  roleByArn(arn) {
    const a = parseArn(arn);
    if (a?.service !== "iam" || a.region || a.resourceType !== "role") return void 0;
    return this.roles.get(a.resourceName.slice(a.resourceName.lastIndexOf("/") + 1));
  }
  /** A customer or AWS managed policy by ARN; undefined when neither. */
  policy(arn) {
    const mine = this.policies.get(arn);
    if (mine) return { arn, document: mine.document, managed: mine };
    const aws = AWS_MANAGED[arn];
    if (aws) return { arn, document: JSON.stringify({ Version: "2012-10-17", Statement: aws }) };
    return void 0;
  }
  createRole(input) {
    if (this.roles.has(input.roleName)) {
      throw entityAlreadyExists(`Role with name ${input.roleName} already exists.`);
    }
    const role = {
      ...input,
      roleId: `AROA${randomSuffix(17)}`,
      arn: `arn:aws:iam::${this.accountId}:role${input.path}${input.roleName}`,
      createDate: /* @__PURE__ */ new Date(),
      inline: /* @__PURE__ */ new Map(),
      attached: []
    };
    this.roles.set(role.roleName, role);
    return role;
  }
  /** Every policy document that applies to the role, with where it comes from. */
  documents(role) {
    const docs = [];
    for (const [name, text] of role.inline) docs.push({ source: name, document: JSON.parse(text) });
    for (const arn of role.attached) {
      const p = this.policy(arn);
      if (p) docs.push({ source: arn, document: JSON.parse(p.document) });
    }
    return docs;
  }
  /** `granted`: statements of the target's resource policy that name this role. */
  evaluateRole(role, action, resource, granted) {
    return evaluate2(granted ? [...this.documents(role), granted] : this.documents(role), action, resource);
  }
};

// ../local-cloud/src/iam/views.ts
var encoded = (doc) => encodeURIComponent(doc);
function roleView(r) {
  return {
    Path: r.path,
    RoleName: r.roleName,
    RoleId: r.roleId,
    Arn: r.arn,
    CreateDate: r.createDate,
    AssumeRolePolicyDocument: encoded(r.assumeRolePolicyDocument),
    Description: r.description,
    MaxSessionDuration: r.maxSessionDuration,
    Tags: r.tags.map((t) => ({ Key: t.Key, Value: t.Value })),
    RoleLastUsed: {}
  };
}
function policyView(p, store) {
  let attachments = 0;
  for (const r of store.roles.values()) if (r.attached.includes(p.arn)) attachments++;
  return {
    PolicyName: p.policyName,
    PolicyId: p.policyId,
    Arn: p.arn,
    Path: p.path,
    DefaultVersionId: p.defaultVersionId,
    AttachmentCount: attachments,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    Description: p.description,
    CreateDate: p.createDate,
    UpdateDate: p.updateDate,
    Tags: []
  };
}

// ../local-cloud/src/iam/createPolicy.ts
function createPolicy(ctx, input) {
  const { store } = ctx;
  const name = entityName(input.PolicyName, "PolicyName", 128);
  const doc = required4(input.PolicyDocument, "PolicyDocument");
  parseDocument(doc);
  const p = path2(input.Path);
  const arn = `arn:aws:iam::${store.accountId}:policy${p}${name}`;
  if (store.policies.has(arn)) {
    throw entityAlreadyExists(`A policy called ${name} already exists. Duplicate names are not allowed.`);
  }
  const now = /* @__PURE__ */ new Date();
  const policy = {
    policyName: name,
    policyId: `ANPA${randomSuffix(17)}`,
    arn,
    path: p,
    description: input.Description,
    createDate: now,
    updateDate: now,
    document: doc,
    defaultVersionId: "v1"
  };
  store.policies.set(arn, policy);
  return { Policy: policyView(policy, store) };
}

// ../local-cloud/src/iam/createRole.ts
function createRole(ctx, input) {
  const name = entityName(input.RoleName, "RoleName", 64);
  const trust = required4(input.AssumeRolePolicyDocument, "AssumeRolePolicyDocument");
  parseDocument(trust);
  const role = ctx.store.createRole({
    roleName: name,
    path: path2(input.Path),
    assumeRolePolicyDocument: trust,
    description: input.Description,
    maxSessionDuration: input.MaxSessionDuration ?? 3600,
    tags: (input.Tags ?? []).map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" }))
  });
  return { Role: roleView(role) };
}

// ../local-cloud/src/iam/deletePolicy.ts
function deletePolicy(ctx, input) {
  const { store } = ctx;
  const arn = required4(input.PolicyArn, "PolicyArn");
  if (!store.policies.has(arn)) throw noSuchEntity(`Policy ${arn} was not found.`);
  if ([...store.roles.values()].some((r) => r.attached.includes(arn))) {
    throw deleteConflict("Cannot delete a policy attached to entities.");
  }
  store.policies.delete(arn);
}

// ../local-cloud/src/iam/deleteRole.ts
function deleteRole(ctx, input) {
  const role = ctx.store.role(required4(input.RoleName, "RoleName"));
  if (role.inline.size > 0) throw deleteConflict("Cannot delete entity, must delete policies first.");
  if (role.attached.length > 0) throw deleteConflict("Cannot delete entity, must detach all policies first.");
  ctx.store.roles.delete(role.roleName);
}

// ../local-cloud/src/iam/deleteRolePolicy.ts
function deleteRolePolicy(ctx, input) {
  const role = ctx.store.role(required4(input.RoleName, "RoleName"));
  const name = required4(input.PolicyName, "PolicyName");
  if (!role.inline.delete(name)) throw noSuchEntity(`The role policy with name ${name} cannot be found.`);
}

// ../local-cloud/src/iam/detachRolePolicy.ts
function detachRolePolicy(ctx, input) {
  const role = ctx.store.role(required4(input.RoleName, "RoleName"));
  const arn = required4(input.PolicyArn, "PolicyArn");
  const i = role.attached.indexOf(arn);
  if (i < 0) throw noSuchEntity(`Policy ${arn} was not found.`);
  role.attached.splice(i, 1);
}

// ../local-cloud/src/iam/getPolicy.ts
function getPolicy(ctx, input) {
  const arn = required4(input.PolicyArn, "PolicyArn");
  const found2 = ctx.store.policy(arn);
  if (!found2) throw noSuchEntity(`Policy ${arn} was not found.`);
  const epoch = /* @__PURE__ */ new Date(0);
  const managed = found2.managed ?? {
    policyName: arn.slice(arn.lastIndexOf("/") + 1),
    policyId: `ANPA${Buffer.from(arn).toString("hex").slice(-17).toUpperCase()}`,
    arn,
    path: arn.slice(arn.indexOf(":policy") + 7, arn.lastIndexOf("/") + 1),
    createDate: epoch,
    updateDate: epoch,
    document: found2.document,
    defaultVersionId: "v1"
  };
  return { Policy: policyView(managed, ctx.store) };
}

// ../local-cloud/src/iam/getPolicyVersion.ts
function getPolicyVersion(ctx, input) {
  const arn = required4(input.PolicyArn, "PolicyArn");
  const version = required4(input.VersionId, "VersionId");
  const found2 = ctx.store.policy(arn);
  if (!found2 || version !== "v1")
    throw noSuchEntity(`Policy ${arn} version ${version} does not exist or is not attachable.`);
  return {
    PolicyVersion: {
      Document: encoded(found2.document),
      VersionId: "v1",
      IsDefaultVersion: true,
      CreateDate: found2.managed?.createDate ?? /* @__PURE__ */ new Date(0)
    }
  };
}

// ../local-cloud/src/iam/getRole.ts
function getRole(ctx, input) {
  return { Role: roleView(ctx.store.role(required4(input.RoleName, "RoleName"))) };
}

// ../local-cloud/src/iam/getRolePolicy.ts
function getRolePolicy(ctx, input) {
  const role = ctx.store.role(required4(input.RoleName, "RoleName"));
  const name = required4(input.PolicyName, "PolicyName");
  const doc = role.inline.get(name);
  if (doc === void 0) throw noSuchEntity(`The role policy with name ${name} cannot be found.`);
  return { RoleName: role.roleName, PolicyName: name, PolicyDocument: encoded(doc) };
}

// ../local-cloud/src/iam/listAttachedRolePolicies.ts
function listAttachedRolePolicies(ctx, input) {
  const role = ctx.store.role(required4(input.RoleName, "RoleName"));
  return {
    AttachedPolicies: role.attached.map((arn) => ({
      PolicyName: arn.slice(arn.lastIndexOf("/") + 1),
      PolicyArn: arn
    })),
    IsTruncated: false
  };
}

// ../local-cloud/src/iam/listRolePolicies.ts
function listRolePolicies(ctx, input) {
  const role = ctx.store.role(required4(input.RoleName, "RoleName"));
  return { PolicyNames: [...role.inline.keys()], IsTruncated: false };
}

// ../local-cloud/src/iam/listRoles.ts
function listRoles(ctx, input) {
  const prefix = input.PathPrefix ?? "/";
  const roles = [...ctx.store.roles.values()].filter((r) => r.path.startsWith(prefix));
  return { Roles: roles.map(roleView), IsTruncated: false };
}

// ../local-cloud/src/iam/putRolePolicy.ts
function putRolePolicy(ctx, input) {
  const role = ctx.store.role(required4(input.RoleName, "RoleName"));
  const name = entityName(input.PolicyName, "PolicyName", 128);
  const doc = required4(input.PolicyDocument, "PolicyDocument");
  parseDocument(doc);
  role.inline.set(name, doc);
}

// ../local-cloud/src/iam/simulatePrincipalPolicy.ts
var MANAGED_SOURCE = "IAM Policy";
function simulatePrincipalPolicy(ctx, input) {
  const source = required4(input.PolicySourceArn, "PolicySourceArn");
  const role = ctx.store.roleByArn(source);
  if (!role)
    throw noSuchEntity(`The role with name ${source.slice(source.lastIndexOf("/") + 1)} cannot be found.`);
  const resources = input.ResourceArns ?? [];
  const results = [];
  for (const action of input.ActionNames ?? []) {
    for (const resource of resources.length > 0 ? resources : ["*"]) {
      const e = ctx.store.evaluateRole(role, action, resource);
      results.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: e.decision,
        MatchedStatements: e.matched.map((m) => ({
          SourcePolicyId: m.source,
          SourcePolicyType: m.source.startsWith("arn:") ? MANAGED_SOURCE : "role"
        })),
        MissingContextValues: []
      });
    }
  }
  return { EvaluationResults: results, IsTruncated: false };
}

// ../local-cloud/src/iam/updateAssumeRolePolicy.ts
function updateAssumeRolePolicy(ctx, input) {
  const role = ctx.store.role(required4(input.RoleName, "RoleName"));
  const doc = required4(input.PolicyDocument, "PolicyDocument");
  parseDocument(doc);
  role.assumeRolePolicyDocument = doc;
}

// ../local-cloud/src/iam/operations.ts
var OPERATIONS5 = {
  CreateRole: createRole,
  GetRole: getRole,
  DeleteRole: deleteRole,
  ListRoles: listRoles,
  UpdateAssumeRolePolicy: updateAssumeRolePolicy,
  PutRolePolicy: putRolePolicy,
  GetRolePolicy: getRolePolicy,
  DeleteRolePolicy: deleteRolePolicy,
  ListRolePolicies: listRolePolicies,
  AttachRolePolicy: attachRolePolicy,
  DetachRolePolicy: detachRolePolicy,
  ListAttachedRolePolicies: listAttachedRolePolicies,
  CreatePolicy: createPolicy,
  GetPolicy: getPolicy,
  GetPolicyVersion: getPolicyVersion,
  DeletePolicy: deletePolicy,
  SimulatePrincipalPolicy: simulatePrincipalPolicy
};

// ../local-cloud/src/iam/index.ts
var IAM_NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
function iamInternal(store) {
  return {
    evaluate(roleArn, action, resource, resourcePolicy) {
      const role = store.roleByArn(roleArn);
      if (!role) return { allowed: true, reason: `role ${roleArn} is not known to the local IAM; allowed` };
      const granted = resourcePolicy ? statementsFor(resourcePolicy, roleArn) : void 0;
      const e = store.evaluateRole(role, action, resource, granted);
      if (e.decision === "allowed") {
        return { allowed: true, reason: `${action} on ${resource} allowed by ${e.matched[0].source}` };
      }
      if (e.decision === "explicitDeny") {
        return {
          allowed: false,
          reason: `${action} on ${resource} explicitly denied by ${e.matched[0].source}`
        };
      }
      return {
        allowed: false,
        reason: `no policy of role ${role.roleName} allows ${action} on ${resource}`
      };
    }
  };
}
function createIamService(cloud) {
  const store = new IamStore(cloud.accountId);
  cloud.iam = iamInternal(store);
  const save = keptMaps(cloud.state, "iam", { roles: store.roles, policies: store.policies });
  return {
    name: "iam",
    faces: [
      awsQueryFace({
        client: () => import("./dist-es-FMKIKBYD.js"),
        namespace: IAM_NAMESPACE,
        operations: savingAfter(
          OPERATIONS5,
          save,
          (name) => READS.test(name) || name === "SimulatePrincipalPolicy"
        ),
        context: () => ({ store })
      })
    ]
  };
}

// ../local-cloud/src/lambda/index.ts
import { randomUUID as randomUUID7 } from "node:crypto";

// ../local-cloud/src/persistence/lambdaState.ts
import { mkdirSync as mkdirSync4, readdirSync } from "node:fs";

// ../local-cloud/src/lambda/code.ts
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync as mkdirSync3, mkdtempSync, rmSync, symlinkSync as symlinkSync2, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path4 from "node:path";

// ../local-cloud/src/lambda/errors.ts
var lambdaError = (code, message, status, options) => new AwsError(code, message, status, options);
var FUNCTION_NAME_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
var CREATE_NAME_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
function validationError4(failures) {
  const n = failures.length;
  return lambdaError(
    "ValidationException",
    `${n} validation error${n === 1 ? "" : "s"} detected: ${failures.join("; ")}`,
    400
  );
}
var nullFailure = (member) => `Value null at '${member}' failed to satisfy constraint: Member must not be null`;
var patternFailure = (value2, member, pattern) => `Value '${value2}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern}`;
var invalidFunctionName = (value2) => validationError4([patternFailure(value2, "functionName", FUNCTION_NAME_PATTERN)]);
var createFunctionNameFailure = (value2) => patternFailure(value2, "functionName", CREATE_NAME_PATTERN);
var invalidAliasName = (name) => validationError4([patternFailure(name, "name", "(?!^[0-9]+$)([a-zA-Z0-9-_]+)")]);
var invalidInvocationType = (type) => validationError4([
  `Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`
]);
var LAYER_NAME_PATTERN = "(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+";
var LAYER_VERSION_ARN_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+)";
var invalidLayerName = (name) => validationError4([patternFailure(name, "layerName", LAYER_NAME_PATTERN)]);
var invalidLayerVersionArn = (arn) => validationError4([patternFailure(arn, "arn", LAYER_VERSION_ARN_PATTERN)]);
var invalidLayers = (layers) => validationError4([
  `Value '[${layers.join(", ")}]' at 'layers' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to 2048, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ${LAYER_VERSION_ARN_PATTERN}, Member must not be null]`
]);
var invalidLayerAction = (action) => validationError4([patternFailure(action, "action", "lambda:GetLayerVersion")]);
var maxItemsTooSmall = (maxItems) => validationError4([
  `Value '${String(maxItems)}' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1`
]);
var notFound2 = (message) => lambdaError("ResourceNotFoundException", message, 404);
var functionNotFound = (arn) => notFound2(`Function not found: ${arn}`);
var functionsNotReachable = (from, here2) => notFound2(`Functions from '${from}' are not reachable in this region ('${here2}')`);
var aliasNotFound = (aliasArn) => notFound2(`Alias not found: ${aliasArn}`);
var functionDoesNotExist = () => notFound2("The function doesn't exist.");
var noEventInvokeConfig = (qualifiedArn) => notFound2(`The function ${qualifiedArn} doesn't have an EventInvokeConfig`);
var policyNotFound = () => notFound2("The resource you requested does not exist.");
var layerVersionNotFound = policyNotFound;
var statementNotFound = (sid) => notFound2(`Statement ${sid} is not found in resource policy.`);
var conflict2 = (message) => lambdaError("ResourceConflictException", message, 409);
var functionExists = (name) => conflict2(`Function already exist: ${name}`);
var aliasExists = (aliasArn) => conflict2(`Alias already exists: ${aliasArn}`);
var versionHasAliases = (alias) => conflict2(`Unable to delete version because the following aliases reference it: [${alias}]`);
var statementExists = (sid) => conflict2(
  `The statement id (${sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`
);
var revisionMismatch = (api) => lambdaError(
  "PreconditionFailedException",
  `The Revision Id provided does not match the latest Revision Id. Call the ${api} API to retrieve the latest Revision Id`,
  412
);
var invalidParameter2 = (message) => lambdaError("InvalidParameterValueException", message, 400);
var unsupportedRuntime = (runtime, supported) => invalidParameter2(
  `The runtime parameter of ${runtime} is deprecated or not supported by this local cloud. Supported runtimes: ${supported.join(", ")}.`
);
var reservedEnvironmentKeys = (keys) => invalidParameter2(
  `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${keys.join(", ")}`
);
var containerImagesUnsupported = () => invalidParameter2("Container images are not supported by this local cloud.");
var zipNeeds = (member) => invalidParameter2(`${member} is required for .zip deployment packages.`);
var UNZIP_FAILED = "Could not unzip uploaded file. Please check your file, then try to upload again.";
var unzipFailed = () => invalidParameter2(UNZIP_FAILED);
var unzippedTooLarge = (limit) => invalidParameter2(`Unzipped size must be smaller than ${limit} bytes`);
var zipEntryOutside = (name) => invalidParameter2(
  `${UNZIP_FAILED} (entry '${name}' would be written outside the directory it unpacks into)`
);
var zipLinkOutside = (name, pointsTo) => invalidParameter2(
  `${UNZIP_FAILED} (symbolic link '${name}' points to '${pointsTo}', outside the directory it unpacks into)`
);
var zipEntryUnderLink = (name) => invalidParameter2(`${UNZIP_FAILED} (entry '${name}' is inside a symbolic link of the same zip)`);
var codeObjectMissing = () => invalidParameter2(
  "Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist."
);
var noCodeSource = () => invalidParameter2("Please provide a source for function code.");
var qualifierMismatch = () => invalidParameter2("The derived qualifier from the function name does not match the specified qualifier.");
var aliasDeletionUnsupported = () => invalidParameter2("Deletion of aliases is not supported.");
var invalidMarker = () => invalidParameter2("Invalid Marker.");
var unreservedBelowMinimum = (minimum) => invalidParameter2(
  `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`
);
var layerVersionMissing = (arn) => invalidParameter2(`Layer version ${arn} does not exist.`);
var tooManyLayers = () => invalidParameter2("Cannot reference more than 5 layers.");
var nothingToConfigure = () => invalidParameter2("You must specify at least one of error handling or destination setting.");
var invalidDestinationConfig = (config) => invalidParameter2(`The provided destination config ${config} is invalid.`);
var selfDestination = () => invalidParameter2("You can't specify the function as a destination for itself.");
var invalidDestinationArn = (arn) => invalidParameter2(`The destination ARN ${arn} is invalid.`);
var payloadTooLarge = (size, type, limit) => lambdaError(
  "RequestEntityTooLargeException",
  `${size} byte payload is too large for the ${type} invocation type (limit ${limit} bytes)`,
  413
);
var invalidRequestContent = (detail) => lambdaError(
  "InvalidRequestContentException",
  `Could not parse request body into json: Could not parse payload into json: ${detail}`,
  400
);
var throttled = (reason, retryAfter = true) => lambdaError("TooManyRequestsException", "Rate Exceeded.", 429, {
  fields: retryAfter ? { retryAfterSeconds: "1", Reason: reason } : { Reason: reason }
});
var eventSourceMappingNotFound = () => notFound2("The resource you requested does not exist.");
var eventSourceMappingExists = (queueArn, functionName, uuid) => conflict2(
  `An event source mapping with SQS arn (" ${queueArn} ") and function (" ${functionName} ") already exists. Please update or delete the existing mapping with UUID ${uuid}`
);
var unsupportedEventSource = (arn) => invalidParameter2(`Event source ${arn} is not supported by this local cloud: only SQS queues are polled.`);
var startingPositionForSqs = () => invalidParameter2("StartingPosition is not valid for SQS event sources.");
var batchingWindowNeeded = () => invalidParameter2(
  "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10"
);
var roleCannotPoll = (action) => invalidParameter2(`The provided execution role does not have permissions to call ${action} on SQS`);

// ../local-cloud/src/lambda/runtime/nodeModules.ts
import { existsSync, mkdirSync as mkdirSync2, symlinkSync } from "node:fs";
import path3 from "node:path";
import { fileURLToPath } from "node:url";
function nodeModulesAbove(start) {
  const out = [];
  for (let dir = path3.resolve(start); ; dir = path3.dirname(dir)) {
    const candidate = path3.join(dir, "node_modules");
    if (existsSync(candidate)) out.push(candidate);
    if (dir === path3.dirname(dir)) return out;
  }
}
var own;
function hostModuleDirs() {
  own ??= nodeModulesAbove(path3.dirname(fileURLToPath(new URL("./local-cloud/src/lambda/runtime/nodeModules.js", import.meta.url).href)));
  const service = nodeModulesAbove(process.env.LOCAL_CLOUD_SERVICE_DIR || process.cwd());
  const sdk = process.env.LOCAL_CLOUD_SDK_PATH;
  const dirs = [...service, ...sdk && existsSync(sdk) ? [path3.resolve(sdk)] : [], ...own];
  return [...new Set(dirs)];
}
function taskDirUnder(root, dirs) {
  let level = root;
  for (let i = dirs.length - 1; i >= 0; i--) {
    symlinkSync(dirs[i], path3.join(level, "node_modules"), "dir");
    if (i > 0) {
      level = path3.join(level, "m");
      mkdirSync2(level);
    }
  }
  const task = path3.join(level, "task");
  mkdirSync2(task);
  return task;
}

// ../local-cloud/src/lambda/zipListing.ts
var EOCD = 101010256;
var ZIP64_LOCATOR = 117853008;
var ZIP64_EOCD = 101075792;
var CENTRAL = 33639248;
var UNIX = 3;
var S_IFMT = 61440;
var S_IFLNK = 40960;
function zipListing(zip) {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = buf.length - 22;
  const stop = Math.max(0, buf.length - 22 - 65535);
  while (end >= stop && buf.readUInt32LE(end) !== EOCD) end--;
  if (end < stop) throw new Error("no end of central directory record");
  let count = buf.readUInt16LE(end + 10);
  let offset = buf.readUInt32LE(end + 16);
  if (end >= 20 && buf.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const record = Number(buf.readBigUInt64LE(end - 12));
    if (buf.readUInt32LE(record) === ZIP64_EOCD) {
      count = Number(buf.readBigUInt64LE(record + 32));
      offset = Number(buf.readBigUInt64LE(record + 48));
    }
  }
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(offset) !== CENTRAL) throw new Error("bad central directory entry");
    const madeBy = buf.readUInt16LE(offset + 4) >> 8;
    const utf8 = (buf.readUInt16LE(offset + 8) & 2048) !== 0;
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const mode = buf.readUInt32LE(offset + 38) >>> 16;
    const name = buf.toString(utf8 ? "utf8" : "latin1", offset + 46, offset + 46 + nameLength);
    entries.push({ name, symlink: madeBy === UNIX && (mode & S_IFMT) === S_IFLNK });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// ../local-cloud/src/lambda/code.ts
var MAX_UNZIPPED_BYTES = 262144e3;
var TooLarge = class extends Error {
};
var within = (dir, target) => target === dir || target.startsWith(dir + path4.sep);
function readZip(zip) {
  try {
    const links = new Set(
      zipListing(zip).filter((e) => e.symlink).map((e) => e.name)
    );
    let declared = 0;
    const files = unzipSync(zip, {
      filter: (f) => {
        declared += f.originalSize;
        if (declared >= MAX_UNZIPPED_BYTES) throw new TooLarge();
        return true;
      }
    });
    return { files, links };
  } catch (err) {
    throw err instanceof TooLarge ? unzippedTooLarge(MAX_UNZIPPED_BYTES) : unzipFailed();
  }
}
function writeEntries({ files, links }, dir) {
  const plan = planEntries(dir, files, links);
  try {
    for (const { name, target, data } of plan.files) {
      if (name.endsWith("/")) {
        mkdirSync3(target, { recursive: true });
        continue;
      }
      mkdirSync3(path4.dirname(target), { recursive: true });
      writeFileSync(target, data);
      if (path4.basename(name) === "bootstrap" || name.endsWith(".sh")) chmodSync(target, 493);
    }
    for (const { target, pointsTo } of plan.links) {
      mkdirSync3(path4.dirname(target), { recursive: true });
      symlinkSync2(path4.relative(path4.dirname(target), pointsTo) || ".", target);
    }
  } catch (err) {
    throw err instanceof AwsError ? err : unzipFailed();
  }
}
function planEntries(dir, files, links) {
  const plan = { files: [], links: [] };
  const linkTargets = /* @__PURE__ */ new Set();
  for (const name of Object.keys(files)) {
    const target = path4.resolve(dir, name);
    if (!within(dir, target)) throw zipEntryOutside(name);
    if (links.has(name)) linkTargets.add(target);
  }
  for (const [name, data] of Object.entries(files)) {
    const target = path4.resolve(dir, name);
    for (let up = path4.dirname(target); within(dir, up) && up !== dir; up = path4.dirname(up)) {
      if (linkTargets.has(up)) throw zipEntryUnderLink(name);
    }
    if (!links.has(name)) {
      plan.files.push({ name, target, data });
      continue;
    }
    const text = Buffer.from(data).toString("utf8");
    const pointsTo = path4.resolve(path4.dirname(target), text);
    if (path4.isAbsolute(text) || !within(dir, pointsTo)) throw zipLinkOutside(name, text);
    plan.links.push({ target, pointsTo });
  }
  return plan;
}
function sha256(zip) {
  return createHash("sha256").update(zip).digest("base64");
}
function unpackZip(zip, moduleDirs = [], makeRoot = (prefix) => mkdtempSync(path4.join(tmpdir(), prefix))) {
  const entries = readZip(zip);
  const root = makeRoot("local-cloud-fn-");
  try {
    const dir = taskDirUnder(root, moduleDirs);
    writeEntries(entries, dir);
    return { dir, root, sha256: sha256(zip), size: zip.length, moduleDirs };
  } catch (err) {
    removeCode(root);
    throw err instanceof AwsError ? err : unzipFailed();
  }
}
function removeCode(root) {
  rmSync(root, { recursive: true, force: true });
}

// ../local-cloud/src/persistence/lambdaState.ts
var FUNCTIONS = "lambda.function";
var LAYERS = "lambda.layer";
var LambdaState = class {
  constructor(db) {
    this.db = db;
    this.codeParent = db.pathUnder("lambda-code");
    mkdirSync4(this.codeParent, { recursive: true });
  }
  db;
  /** Where code and layer directories are made: under the state directory, kept across restarts. */
  codeParent;
  save(store, layers) {
    this.db.atomically(() => {
      this.db.replaceRecords(
        FUNCTIONS,
        store.all().map((fn) => [`${fn.region}/${fn.name}`, fn])
      );
      this.db.replaceRecords(
        LAYERS,
        layers.all().map((l) => [`${l.region}/${l.name}`, l])
      );
    });
  }
  /** Puts functions and layers back; removes code directories nothing refers to any more. */
  restore(store, layers) {
    const used = /* @__PURE__ */ new Set();
    for (const [, fn] of this.db.records(FUNCTIONS)) {
      store.add(fn);
      for (const v of [fn.latest, ...fn.versions.values()]) {
        used.add(v.code.root);
        for (const l of v.layers ?? []) used.add(l.dir);
      }
    }
    for (const [, layer] of this.db.records(LAYERS)) {
      layers.restore(layer);
      for (const v of layer.versions.values()) used.add(v.dir);
    }
    for (const entry of readdirSync(this.codeParent)) {
      const root = this.db.pathUnder("lambda-code", entry);
      if (![...used].some((u) => u === root || u.startsWith(`${root}/`))) removeCode(root);
    }
  }
  putEvent(ev) {
    this.db.run(
      "INSERT INTO lambda_event (request_id, value) VALUES (?, ?) ON CONFLICT (request_id) DO UPDATE SET value = excluded.value",
      ev.requestId,
      toStateJson(ev)
    );
  }
  removeEvent(requestId) {
    this.db.run("DELETE FROM lambda_event WHERE request_id = ?", requestId);
  }
  events() {
    return this.db.all("SELECT value FROM lambda_event ORDER BY rowid").map((r) => fromStateJson(r.value));
  }
  atomically(work) {
    return this.db.atomically(work);
  }
};

// ../local-cloud/src/lambda/metrics.ts
var UNITS2 = {
  Invocations: "Count",
  Duration: "Milliseconds",
  ConcurrentExecutions: "Count",
  AsyncEventsReceived: "Count",
  AsyncEventAge: "Milliseconds",
  AsyncEventsDropped: "Count"
};
var dimensions2 = /* @__PURE__ */ new WeakMap();
function putLambdaMetric(cloud, fn, name, value2) {
  let dims = dimensions2.get(fn);
  if (!dims) {
    dims = { FunctionName: fn.name };
    dimensions2.set(fn, dims);
  }
  cloud.putMetric("AWS/Lambda", name, dims, value2, UNITS2[name], fn.region);
}

// ../local-cloud/src/lambda/async/record.ts
function serializeRecord(r, dropPayloads = false) {
  let out = `{"version":"1.0","timestamp":"${r.timestamp.toISOString()}","requestContext":{"requestId":${JSON.stringify(r.requestId)},"functionArn":${JSON.stringify(r.functionArn)},"condition":"${r.condition}","approximateInvokeCount":${r.approximateInvokeCount}}`;
  if (!dropPayloads) out += `,"requestPayload":${eventText(r.requestPayload)}`;
  if (r.response) {
    out += `,"responseContext":{"statusCode":200,"executedVersion":${JSON.stringify(r.response.executedVersion)}`;
    if (r.response.functionError) out += `,"functionError":${JSON.stringify(r.response.functionError)}`;
    out += "}";
    if (!dropPayloads) out += `,"responsePayload":${jsonText(r.response.payload)}`;
  }
  return `${out}}`;
}
function eventText(payload) {
  return payload.length === 0 ? "{}" : payload.toString("utf8");
}
function jsonText(payload) {
  if (payload.length === 0) return "null";
  const text = payload.toString("utf8");
  try {
    JSON.parse(text);
    return text;
  } catch {
    return JSON.stringify(text);
  }
}

// ../local-cloud/src/lambda/async/sender.ts
import { createHash as createHash2, randomBytes, randomInt as randomInt2 } from "node:crypto";
var ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
function lambdaSenderId(role) {
  const digest = createHash2("sha256").update(role ?? "").digest();
  let id = "AROA";
  for (let i = 0; i < 17; i++) id += ALNUM[digest[i] % ALNUM.length];
  return `${id}:awslambda_${randomInt2(1e8, 1e9)}`;
}
function lambdaTraceHeader(requestId, at) {
  const seconds = Math.floor(at.getTime() / 1e3).toString(16).padStart(8, "0");
  const root = requestId.replaceAll("-", "").slice(0, 24).padEnd(24, "0");
  return `Root=1-${seconds}-${root};Parent=${randomBytes(8).toString("hex")};Sampled=0`;
}

// ../local-cloud/src/lambda/async/deadLetter.ts
var DEAD_LETTER = {
  as: "dead-letter queue",
  services: ["sqs", "sns"],
  level: "error",
  failures: "DeadLetterErrors"
};
function sendToDeadLetter(cloud, fn, target, requestId, payload, errorPayload) {
  const attributes = {
    RequestID: { DataType: "String", StringValue: requestId },
    ErrorCode: { DataType: "Number", StringValue: "200" },
    ErrorMessage: {
      DataType: "String",
      StringValue: errorMessage(errorPayload).slice(0, 1024) || "Unhandled"
    }
  };
  cloud.deliverTo(target, eventText(payload), {
    sender: DEAD_LETTER,
    dimension: fn.name,
    what: `lambda ${fn.name}: event ${requestId} for the dead-letter queue`,
    principal: fn.latest.config.Role,
    region: fn.region,
    attributes,
    senderId: lambdaSenderId(fn.latest.config.Role),
    traceHeader: lambdaTraceHeader(requestId, /* @__PURE__ */ new Date())
  });
}
function errorMessage(errorPayload) {
  if (!errorPayload) return "";
  try {
    return String(
      JSON.parse(errorPayload.toString("utf8")).errorMessage ?? ""
    );
  } catch {
    return errorPayload.toString("utf8");
  }
}

// ../local-cloud/src/lambda/async/destination.ts
import { randomUUID as randomUUID4 } from "node:crypto";
var SERVICES = ["sqs", "sns", "events", "lambda"];
var ON_SUCCESS = {
  as: "on-success destination",
  services: SERVICES,
  level: "error",
  failures: "DestinationDeliveryFailures"
};
var ON_FAILURE = { ...ON_SUCCESS, as: "on-failure destination", services: [...SERVICES, "s3"] };
function recordKey(functionName, at) {
  const iso = at.toISOString();
  const day = `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
  return `aws/lambda/async/${functionName}/${day}/${iso.slice(0, 19).replaceAll(":", ".")}-${randomUUID4()}`;
}
function sendToDestination(d) {
  const { record, fn, success } = d;
  const arn = parseArn(d.destination);
  const service = arn?.service;
  return d.cloud.deliverTo(arn ?? d.destination, serializeRecord(record), {
    sender: success ? ON_SUCCESS : ON_FAILURE,
    dimension: fn.name,
    what: `lambda ${fn.name}: record ${record.requestId} (${record.condition})`,
    principal: fn.latest.config.Role,
    region: fn.region,
    // Over SNS's limit, AWS sends a failure record without its payloads.
    smaller: service === "sns" && !success ? () => serializeRecord(record, true) : void 0,
    event: service === "events" ? {
      source: "lambda",
      detailType: `Lambda Function Invocation Result - ${success ? "Success" : "Failure"}`,
      resources: [d.destination, record.functionArn],
      time: record.timestamp
    } : void 0,
    key: service === "s3" ? recordKey(fn.name, record.timestamp) : void 0,
    contentType: "application/json",
    senderId: service === "sqs" ? lambdaSenderId(fn.latest.config.Role) : void 0,
    traceHeader: service === "sqs" ? lambdaTraceHeader(record.requestId, record.timestamp) : void 0
  });
}

// ../local-cloud/src/lambda/async/retry.ts
var DEFAULT_MAX_RETRIES = 2;
var DEFAULT_MAX_EVENT_AGE_SECONDS = 21600;
function errorRetryDelayMs(attemptsMade) {
  return attemptsMade <= 1 ? 6e4 : 12e4;
}
function throttleDelayMs(throttles) {
  return Math.min(1e3 * 2 ** throttles, 3e5);
}
function tooOld(enqueuedAt, now, delayMs, maxAgeMs) {
  return now + delayMs - enqueuedAt > maxAgeMs;
}

// ../local-cloud/src/lambda/async/eventQueue.ts
var EventQueue = class {
  constructor(cloud, store, pool, journal) {
    this.cloud = cloud;
    this.store = store;
    this.pool = pool;
    this.journal = journal;
  }
  cloud;
  store;
  pool;
  journal;
  timers = /* @__PURE__ */ new Set();
  stopped = false;
  /** Events read back from the state directory, waiting for `resume` (the cloud listening). */
  restored = [];
  /** Reads the pending events back from the journal (their functions restored already). */
  restore() {
    for (const s of this.journal?.events() ?? []) {
      const fn = this.store.find({ name: s.functionName, region: s.region }, s.region);
      if (!fn) {
        this.journal?.removeEvent(s.requestId);
        continue;
      }
      const { region: _r, functionName: _n, dueAt, ...rest } = s;
      this.restored.push([{ ...rest, fn }, dueAt]);
    }
  }
  /** Starts the restored events' timers, each at its due time. */
  resume() {
    for (const [ev, dueAt] of this.restored) this.later(ev, dueAt - Date.now(), false);
    this.restored = [];
  }
  save(ev, dueAt) {
    const { fn, ...rest } = ev;
    const stored = { ...rest, region: fn.region, functionName: fn.name, dueAt };
    this.journal?.putEvent(stored);
  }
  enqueue(resolved, payload, requestId) {
    const ev = {
      requestId,
      payload,
      fn: resolved.fn,
      qualifier: resolved.qualifier,
      functionArn: resolved.qualifiedArn,
      invokedArn: resolved.invokedArn,
      enqueuedAt: Date.now(),
      attempts: 0,
      throttles: 0
    };
    putLambdaMetric(this.cloud, resolved.fn, "AsyncEventsReceived", 1);
    this.later(ev, 0);
  }
  /** Runs the event's next attempt in `delayMs`, first writing when it is due (unless restored as it is). */
  later(ev, delayMs, save = true) {
    if (this.stopped) return;
    if (save && this.journal) this.save(ev, Date.now() + Math.max(0, delayMs));
    if (delayMs <= 0) {
      setImmediate(() => void this.attempt(ev));
      return;
    }
    const t = setTimeout(() => {
      this.timers.delete(t);
      void this.attempt(ev);
    }, delayMs);
    this.timers.add(t);
  }
  settings(ev) {
    const cfg = ev.fn.eventInvokeConfigs.get(ev.qualifier);
    return {
      maxRetries: cfg?.MaximumRetryAttempts ?? DEFAULT_MAX_RETRIES,
      maxAgeMs: this.cloud.scaled((cfg?.MaximumEventAgeInSeconds ?? DEFAULT_MAX_EVENT_AGE_SECONDS) * 1e3)
    };
  }
  async attempt(ev) {
    if (this.stopped) return;
    const fn = ev.fn;
    if (!this.store.holds(fn)) return this.drop(ev, "function deleted");
    let resolved;
    try {
      resolved = this.store.resolve(fn, ev.qualifier);
    } catch {
      return this.drop(ev, `qualifier ${ev.qualifier} no longer exists`);
    }
    if (fn.reservedConcurrency === 0) return this.complete(ev, "ZeroReservedConcurrency");
    const { maxRetries, maxAgeMs } = this.settings(ev);
    putLambdaMetric(this.cloud, fn, "AsyncEventAge", Date.now() - ev.enqueuedAt);
    let result2;
    try {
      result2 = await this.pool.invoke(fn, resolved.version, {
        requestId: ev.requestId,
        payload: ev.payload,
        invokedArn: ev.invokedArn
      });
    } catch (err) {
      if (this.stopped) return;
      return this.drop(ev, err instanceof Error ? err.message : String(err));
    }
    if (this.stopped) return;
    const now = Date.now();
    if ("throttled" in result2) {
      this.cloud.count("Throttles", fn.name);
      const delay2 = this.cloud.scaled(throttleDelayMs(ev.throttles));
      ev.throttles++;
      if (tooOld(ev.enqueuedAt, now, delay2, maxAgeMs)) return this.complete(ev, "EventAgeExceeded");
      return this.later(ev, delay2);
    }
    ev.attempts++;
    ev.last = result2;
    ev.executedVersion = resolved.version.version;
    if (!result2.functionError) return this.complete(ev, "Success");
    this.cloud.count("Errors", fn.name);
    if (ev.attempts > maxRetries) return this.complete(ev, "RetriesExhausted");
    const delay = this.cloud.scaled(errorRetryDelayMs(ev.attempts));
    if (tooOld(ev.enqueuedAt, now, delay, maxAgeMs)) return this.complete(ev, "EventAgeExceeded");
    this.later(ev, delay);
  }
  drop(ev, reason) {
    this.journal?.removeEvent(ev.requestId);
    putLambdaMetric(this.cloud, ev.fn, "AsyncEventsDropped", 1);
    this.cloud.log("info", `lambda ${ev.fn.name}: event ${ev.requestId} dropped: ${reason}`);
  }
  /**
   * Sends the record and the dead-letter message. With --state-dir, in one transaction with the event's
   * removal: a destination queue's new message and the event's end commit together, so a kill at any
   * moment leaves either the event pending (sent again after restart) or the record delivered, never both.
   */
  complete(ev, condition) {
    if (!this.journal) {
      this.finish(ev, condition);
      return;
    }
    this.journal.atomically(() => {
      this.finish(ev, condition);
      this.journal?.removeEvent(ev.requestId);
    });
  }
  finish(ev, condition) {
    const fn = ev.fn;
    const success = condition === "Success";
    const cfg = fn.eventInvokeConfigs.get(ev.qualifier);
    const destination = success ? cfg?.DestinationConfig.OnSuccess?.Destination : cfg?.DestinationConfig.OnFailure?.Destination;
    if (destination) {
      sendToDestination({
        cloud: this.cloud,
        fn,
        destination,
        success,
        record: {
          timestamp: /* @__PURE__ */ new Date(),
          requestId: ev.requestId,
          functionArn: ev.functionArn,
          condition,
          approximateInvokeCount: ev.attempts,
          requestPayload: ev.payload,
          response: ev.last && condition !== "ZeroReservedConcurrency" ? {
            executedVersion: ev.executedVersion ?? "$LATEST",
            functionError: ev.last.functionError,
            payload: ev.last.payload
          } : void 0
        }
      });
    }
    if (!success) {
      putLambdaMetric(this.cloud, fn, "AsyncEventsDropped", 1);
      this.cloud.count("AsyncEventsFailed", fn.name);
      let version = fn.latest;
      try {
        version = this.store.resolve(fn, ev.qualifier).version;
      } catch {
      }
      const dlq = version.config.DeadLetterConfig?.TargetArn;
      if (dlq) sendToDeadLetter(this.cloud, fn, dlq, ev.requestId, ev.payload, ev.last?.payload);
    }
  }
  stop() {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
};

// ../local-cloud/src/lambda/context.ts
import { mkdtempSync as mkdtempSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path5 from "node:path";
var LambdaContext = class {
  constructor(state, call) {
    this.state = state;
    this.call = call;
  }
  state;
  call;
  get cloud() {
    return this.state.cloud;
  }
  get store() {
    return this.state.store;
  }
  get layers() {
    return this.state.layers;
  }
  get pool() {
    return this.state.pool;
  }
  get queue() {
    return this.state.queue;
  }
  get mappings() {
    return this.state.mappings;
  }
  get codeDirs() {
    return this.state.codeDirs;
  }
  /** A new directory for code or a layer: kept under the state directory, else temporary (removed at stop). */
  codeRoot(prefix) {
    const root = mkdtempSync2(path5.join(this.state.codeParent ?? tmpdir2(), prefix));
    if (!this.state.codeParent) this.state.codeDirs.add(root);
    return root;
  }
  /** The region from the request's signature, else the cloud's default. */
  get region() {
    return this.call.region;
  }
  /** This request's id, also its `x-amzn-RequestId` (and an async event's request id). */
  get requestId() {
    return this.call.requestId;
  }
  /** `http://host:port` as the client addressed us, for code locations handed back. */
  get baseUrl() {
    return this.call.baseUrl;
  }
};

// ../local-cloud/src/lambda/eventSourceMappings.ts
import { randomUUID as randomUUID5 } from "node:crypto";

// ../local-cloud/src/lambda/eventSourceMapping/batch.ts
function sqsEvent(messages, queueArn, region) {
  return {
    Records: messages.map((m) => ({
      messageId: m.MessageId,
      receiptHandle: m.ReceiptHandle,
      body: m.Body,
      attributes: m.Attributes ?? {},
      messageAttributes: Object.fromEntries(
        Object.entries(m.MessageAttributes ?? {}).map(([k, v]) => [
          k,
          {
            stringValue: v.StringValue,
            binaryValue: v.BinaryValue ? Buffer.from(v.BinaryValue).toString("base64") : void 0,
            stringListValues: [],
            binaryListValues: [],
            dataType: v.DataType
          }
        ])
      ),
      md5OfBody: m.MD5OfBody,
      eventSource: "aws:sqs",
      eventSourceARN: queueArn,
      awsRegion: region
    }))
  };
}
function succeeded(messages, functionError, payload, reportBatchItemFailures) {
  if (functionError) return [];
  if (!reportBatchItemFailures) return messages;
  let failures;
  try {
    failures = payload ? JSON.parse(payload)?.batchItemFailures : void 0;
  } catch {
    return [];
  }
  if (failures === void 0 || failures === null) return messages;
  if (!Array.isArray(failures)) return [];
  const ids = /* @__PURE__ */ new Set();
  for (const f of failures) {
    const id = f?.itemIdentifier;
    if (typeof id !== "string" || id === "" || !messages.some((m) => m.MessageId === id)) return [];
    ids.add(id);
  }
  return messages.filter((m) => !ids.has(m.MessageId));
}

// ../local-cloud/src/lambda/eventSourceMapping/poller.ts
var SqsPoller = class {
  constructor(o) {
    this.o = o;
    this.done = this.loop();
  }
  o;
  abort = new AbortController();
  done;
  async stop() {
    this.abort.abort();
    await this.done;
  }
  async loop() {
    const signal = this.abort.signal;
    while (!signal.aborted) {
      try {
        const messages = await this.receive(signal);
        if (signal.aborted || messages.length === 0) continue;
        const event = Buffer.from(JSON.stringify(sqsEvent(messages, this.o.queueArn, this.o.region)));
        const out = await this.o.invoke(event);
        if (signal.aborted) break;
        if ("throttled" in out) {
          await sleep(this.o.backoffMs ?? 1e3, signal);
          continue;
        }
        const ok = succeeded(
          messages,
          out.functionError,
          out.payload.toString("utf8"),
          this.o.reportBatchItemFailures
        );
        for (let i = 0; i < ok.length; i += 10) {
          await this.o.sqs.send(
            new this.o.sdk.DeleteMessageBatchCommand({
              QueueUrl: this.o.queueUrl,
              Entries: ok.slice(i, i + 10).map((m, n) => ({ Id: String(n), ReceiptHandle: m.ReceiptHandle }))
            })
          );
        }
      } catch (err) {
        if (signal.aborted) break;
        this.o.onError?.(err.message);
        await sleep(this.o.backoffMs ?? 1e3, signal);
      }
    }
  }
  async receive(signal) {
    const batch = [];
    let windowEnds = 0;
    while (batch.length < this.o.batchSize && !signal.aborted) {
      const left = batch.length === 0 ? 20 : Math.ceil((windowEnds - Date.now()) / 1e3);
      const out = await this.o.sqs.send(
        new this.o.sdk.ReceiveMessageCommand({
          QueueUrl: this.o.queueUrl,
          MaxNumberOfMessages: Math.min(10, this.o.batchSize - batch.length),
          WaitTimeSeconds: Math.max(0, Math.min(20, left)),
          MessageSystemAttributeNames: ["All"],
          MessageAttributeNames: ["All"]
        }),
        { abortSignal: signal }
      );
      const got = out.Messages ?? [];
      if (batch.length === 0 && got.length > 0) windowEnds = Date.now() + this.o.batchingWindowSeconds * 1e3;
      for (const m of got) {
        const seen = batch.findIndex((b) => b.MessageId === m.MessageId);
        if (seen >= 0) batch[seen] = m;
        else batch.push(m);
      }
      if (batch.length === 0) continue;
      if (Date.now() >= windowEnds && got.length < 10) break;
    }
    return batch;
  }
};
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

// ../local-cloud/src/lambda/eventSourceMappings.ts
function mappingAnswer(m, state) {
  return {
    UUID: m.UUID,
    BatchSize: m.BatchSize,
    MaximumBatchingWindowInSeconds: m.MaximumBatchingWindowInSeconds,
    EventSourceArn: m.EventSourceArn,
    FilterCriteria: m.FilterCriteria,
    FunctionArn: m.FunctionArn,
    LastModified: m.LastModified,
    State: state ?? (m.enabled ? "Enabled" : "Disabled"),
    StateTransitionReason: "USER_INITIATED",
    FunctionResponseTypes: m.FunctionResponseTypes,
    ScalingConfig: m.ScalingConfig,
    EventSourceMappingArn: m.EventSourceMappingArn
  };
}
var EventSourceMappings = class {
  constructor(cloud, store, pool) {
    this.cloud = cloud;
    this.store = store;
    this.pool = pool;
  }
  cloud;
  store;
  pool;
  mappings = /* @__PURE__ */ new Map();
  pollers = /* @__PURE__ */ new Map();
  newId(region) {
    const UUID = randomUUID5();
    return {
      UUID,
      EventSourceMappingArn: `arn:aws:lambda:${region}:${this.cloud.accountId}:event-source-mapping:${UUID}`
    };
  }
  get(uuid) {
    return this.mappings.get(uuid);
  }
  /** In creation order, as ListEventSourceMappings pages them. */
  list(region) {
    return [...this.mappings.values()].filter((m) => m.region === region);
  }
  /** Stores the mapping and starts or stops its poller to match `enabled`. */
  async put(m) {
    this.mappings.set(m.UUID, m);
    await this.stopPoller(m.UUID);
    if (m.enabled) await this.startPoller(m);
  }
  async delete(uuid) {
    this.mappings.delete(uuid);
    await this.stopPoller(uuid);
  }
  async stop() {
    await Promise.allSettled([...this.pollers.keys()].map((id) => this.stopPoller(id)));
  }
  async startPoller(m) {
    const queue = this.cloud.sqs?.describeQueue(m.EventSourceArn);
    if (!queue) return;
    const sdk = await import("./dist-es-P3DRWMG2.js");
    if (this.mappings.get(m.UUID) !== m || this.pollers.has(m.UUID)) return;
    const sqs = new sdk.SQSClient({
      endpoint: this.cloud.endpoint,
      region: m.region,
      // A key the cloud accepts, so the poller still reads its queue under --require-auth.
      credentials: this.cloud.credentials,
      maxAttempts: 1
    });
    const poller = new SqsPoller({
      queueUrl: queue.url,
      queueArn: m.EventSourceArn,
      region: m.region,
      batchSize: m.BatchSize,
      batchingWindowSeconds: m.MaximumBatchingWindowInSeconds,
      reportBatchItemFailures: m.FunctionResponseTypes.includes("ReportBatchItemFailures"),
      sqs,
      sdk,
      invoke: (event) => this.invoke(m, event),
      onError: (message) => this.cloud.log("error", `event source mapping ${m.UUID} (${m.EventSourceArn}): ${message}`)
    });
    this.pollers.set(m.UUID, { poller, sqs });
  }
  async stopPoller(uuid) {
    const running = this.pollers.get(uuid);
    if (!running) return;
    this.pollers.delete(uuid);
    await running.poller.stop();
    running.sqs.destroy();
  }
  /** A synchronous invocation, as Invoke's RequestResponse makes it (the function is looked up each time). */
  async invoke(m, event) {
    const resolved = this.store.get(m.FunctionArn, m.region, void 0, true);
    const result2 = await this.pool.invoke(resolved.fn, resolved.version, {
      requestId: randomUUID5(),
      payload: event,
      invokedArn: resolved.invokedArn
    });
    if ("throttled" in result2) return { throttled: true };
    return { functionError: result2.functionError, payload: result2.payload };
  }
};

// ../local-cloud/src/lambda/layerStore.ts
var ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9_-]+)(?::(\d+))?$/;
var NAME = /^[a-zA-Z0-9_-]{1,140}$/;
function parseLayerRef(value2) {
  const m = ARN.exec(value2);
  if (m) return { region: m[1], accountId: m[2], name: m[3], version: m[4] ? Number(m[4]) : void 0 };
  return NAME.test(value2) ? { name: value2 } : void 0;
}
function layerArn(region, accountId, name) {
  return `arn:aws:lambda:${region}:${accountId}:layer:${name}`;
}
var LayerStore = class {
  layers = /* @__PURE__ */ new Map();
  key(region, name) {
    return `${region}/${name}`;
  }
  find(region, name) {
    return this.layers.get(this.key(region, name));
  }
  /** The layer, made (with no versions) when new. */
  layer(region, accountId, name) {
    const key2 = this.key(region, name);
    let layer = this.layers.get(key2);
    if (!layer) {
      layer = { name, region, arn: layerArn(region, accountId, name), versions: /* @__PURE__ */ new Map(), lastVersion: 0 };
      this.layers.set(key2, layer);
    }
    return layer;
  }
  version(region, name, version) {
    return this.find(region, name)?.versions.get(version);
  }
  all() {
    return [...this.layers.values()];
  }
  /** A layer read back from the state directory. */
  restore(layer) {
    this.layers.set(this.key(layer.region, layer.name), layer);
  }
  /** Layers of a region that still have a version, by name. */
  list(region) {
    return [...this.layers.values()].filter((l) => l.region === region && l.versions.size > 0).sort((a, b) => a.name < b.name ? -1 : 1);
  }
};
function matchingVersions(layer, filter) {
  return [...layer.versions.values()].filter(
    (v) => (!filter.CompatibleRuntime || (v.compatibleRuntimes ?? []).includes(filter.CompatibleRuntime)) && (!filter.CompatibleArchitecture || (v.compatibleArchitectures ?? []).includes(filter.CompatibleArchitecture))
  ).sort((a, b) => b.version - a.version);
}

// ../local-cloud/src/lambda/names.ts
var FULL = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;
var PARTIAL = /^(\d{12}):function:([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;
var PLAIN = /^([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;
function parseFunctionRef(value2) {
  let m = FULL.exec(value2);
  if (m) return { region: m[1], accountId: m[2], name: m[3], qualifier: m[4] };
  m = PARTIAL.exec(value2);
  if (m) return { accountId: m[1], name: m[2], qualifier: m[3] };
  m = PLAIN.exec(value2);
  if (m) return { name: m[1], qualifier: m[2] };
  return void 0;
}
function functionRef(value2, qualifier, region) {
  const ref = parseFunctionRef(value2);
  if (!ref || value2.length > 170) {
    throw invalidFunctionName(value2);
  }
  if (region && ref.region && ref.region !== region) throw functionsNotReachable(ref.region, region);
  if (qualifier) {
    if (ref.qualifier && ref.qualifier !== qualifier) {
      throw qualifierMismatch();
    }
    ref.qualifier = qualifier;
  }
  return ref;
}
function functionArn(region, accountId, name, qualifier) {
  const base = `arn:aws:lambda:${region}:${accountId}:function:${name}`;
  return qualifier ? `${base}:${qualifier}` : base;
}

// ../local-cloud/src/lambda/layerRefs.ts
function layerNameRef(ctx, layerName) {
  const ref = parseLayerRef(layerName);
  if (!ref || ref.version !== void 0) throw invalidLayerName(layerName);
  return { ...ref, region: ref.region ?? ctx.region };
}
function findLayerVersion(ctx, layerName, versionNumber) {
  const ref = layerNameRef(ctx, layerName);
  const version = ctx.layers.version(ref.region, ref.name, versionNumber);
  if (!version) throw layerVersionNotFound();
  return version;
}

// ../local-cloud/src/lambda/store.ts
import { randomUUID as randomUUID6 } from "node:crypto";
var LambdaStore = class {
  constructor(cloud) {
    this.cloud = cloud;
  }
  cloud;
  functions = /* @__PURE__ */ new Map();
  key(region, name) {
    return `${region}/${name}`;
  }
  arn(region, name, qualifier) {
    return functionArn(region, this.cloud.accountId, name, qualifier);
  }
  add(fn) {
    this.functions.set(this.key(fn.region, fn.name), fn);
  }
  remove(fn) {
    this.functions.delete(this.key(fn.region, fn.name));
  }
  list(region) {
    return [...this.functions.values()].filter((f) => f.region === region).sort((a, b) => a.name < b.name ? -1 : 1);
  }
  all() {
    return [...this.functions.values()];
  }
  /** Whether `fn` is still the function stored under its name (not deleted, nor deleted and re-created). */
  holds(fn) {
    return this.functions.get(this.key(fn.region, fn.name)) === fn;
  }
  find(ref, region) {
    return this.functions.get(this.key(ref.region ?? region, ref.name));
  }
  /** The function of `region` or Lambda's 404 (`Function not found: <arn>`, qualified when `qualify`). */
  get(value2, region, qualifier, qualify = false) {
    const ref = functionRef(value2, qualifier, region);
    const r = ref.region ?? region;
    const fn = this.find(ref, r);
    if (!fn) {
      const q = ref.qualifier ?? (qualify ? "$LATEST" : void 0);
      throw functionNotFound(this.arn(r, ref.name, q));
    }
    return this.resolve(fn, ref.qualifier);
  }
  /** The version a qualifier points at, or 404. */
  resolve(fn, qualifier) {
    const q = qualifier ?? "$LATEST";
    let version;
    if (q === "$LATEST") version = fn.latest;
    else if (/^\d+$/.test(q)) version = fn.versions.get(q);
    else {
      const alias = fn.aliases.get(q);
      if (alias)
        version = alias.FunctionVersion === "$LATEST" ? fn.latest : fn.versions.get(alias.FunctionVersion);
    }
    if (!version) throw functionNotFound(`${fn.arn}:${q}`);
    return {
      fn,
      qualifier: q,
      version,
      qualifiedArn: `${fn.arn}:${q}`,
      invokedArn: qualifier ? `${fn.arn}:${q}` : fn.arn
    };
  }
};
function newRevisionId() {
  return randomUUID6();
}
function lastModifiedNow() {
  return (/* @__PURE__ */ new Date()).toISOString().replace("Z", "+0000");
}

// ../local-cloud/src/lambda/addLayerVersionPermission.ts
function addLayerVersionPermission(ctx, input) {
  const missing2 = ["StatementId", "Action", "Principal"].filter((k) => !input[k]);
  if (missing2.length > 0)
    throw validationError4(missing2.map((k) => nullFailure(`${k[0].toLowerCase()}${k.slice(1)}`)));
  if (input.Action !== "lambda:GetLayerVersion") throw invalidLayerAction(input.Action);
  const version = findLayerVersion(ctx, input.LayerName, input.VersionNumber);
  if (input.RevisionId && input.RevisionId !== version.policyRevision) throw revisionMismatch("GetPolicy");
  if (version.policy.some((s) => s.Sid === input.StatementId)) throw statementExists(input.StatementId);
  const p = input.Principal;
  const statement = {
    Sid: input.StatementId,
    Effect: "Allow",
    Principal: p === "*" ? "*" : { AWS: /^\d{12}$/.test(p) ? `arn:aws:iam::${p}:root` : p },
    Action: input.Action,
    Resource: version.arn,
    ...input.OrganizationId ? { Condition: { StringEquals: { "aws:PrincipalOrgID": input.OrganizationId } } } : {}
  };
  version.policy.push(statement);
  version.policyRevision = newRevisionId();
  return { Statement: JSON.stringify(statement), RevisionId: version.policyRevision };
}

// ../local-cloud/src/lambda/addPermission.ts
function principal(p) {
  if (p === "*") return "*";
  if (/^\d{12}$/.test(p)) return { AWS: `arn:aws:iam::${p}:root` };
  if (p.startsWith("arn:")) return { AWS: p };
  return { Service: p };
}
function addPermission(ctx, input) {
  const { fn, qualifier } = ctx.store.get(input.FunctionName, ctx.region, input.Qualifier);
  const missing2 = ["StatementId", "Action", "Principal"].filter((k) => !input[k]);
  if (missing2.length > 0)
    throw validationError4(missing2.map((k) => nullFailure(`${k[0].toLowerCase()}${k.slice(1)}`)));
  if (input.RevisionId && input.RevisionId !== fn.policyRevision) throw revisionMismatch("GetPolicy");
  if (fn.policy.some((s) => s.Sid === input.StatementId)) throw statementExists(input.StatementId);
  const condition = {};
  if (input.SourceAccount) condition.StringEquals = { "AWS:SourceAccount": input.SourceAccount };
  if (input.SourceArn) condition.ArnLike = { "AWS:SourceArn": input.SourceArn };
  if (input.PrincipalOrgID)
    condition.StringEquals = { ...condition.StringEquals, "aws:PrincipalOrgID": input.PrincipalOrgID };
  const action = input.Action.includes(":") ? input.Action : `lambda:${input.Action}`;
  const statement = {
    Sid: input.StatementId,
    Effect: "Allow",
    Principal: principal(input.Principal),
    Action: action,
    Resource: qualifier === "$LATEST" && !input.Qualifier ? fn.arn : `${fn.arn}:${qualifier}`,
    ...Object.keys(condition).length > 0 ? { Condition: condition } : {}
  };
  fn.policy.push(statement);
  fn.policyRevision = newRevisionId();
  return { Statement: JSON.stringify(statement) };
}

// ../local-cloud/src/lambda/aliasChecks.ts
function aliasOrThrow(fn, name) {
  const alias = fn.aliases.get(name);
  if (!alias) throw aliasNotFound(`${fn.arn}:${name}`);
  return alias;
}
function checkVersion(fn, version) {
  if (!version) throw validationError4([nullFailure("functionVersion")]);
  if (version !== "$LATEST" && !fn.versions.has(version)) throw functionNotFound(`${fn.arn}:${version}`);
  return version;
}

// ../local-cloud/src/lambda/createAlias.ts
function createAlias(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  const name = input.Name ?? "";
  if (!/^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/.test(name)) throw invalidAliasName(name);
  const aliasArn = `${fn.arn}:${name}`;
  if (fn.aliases.has(name)) throw aliasExists(aliasArn);
  const alias = {
    AliasArn: aliasArn,
    Name: name,
    FunctionVersion: checkVersion(fn, input.FunctionVersion),
    Description: input.Description ?? "",
    RoutingConfig: input.RoutingConfig,
    RevisionId: newRevisionId()
  };
  fn.aliases.set(name, alias);
  return alias;
}

// ../local-cloud/src/lambda/validation.ts
function throwIfAny(failures) {
  if (failures.length > 0) throw validationError4(failures);
}
function rangeFailures(value2, member, min, max) {
  if (value2 === void 0 || value2 === null) return [];
  if (typeof value2 !== "number" || !Number.isInteger(value2)) {
    return [
      `Value '${String(value2)}' at '${member}' failed to satisfy constraint: Member must be an integer`
    ];
  }
  if (value2 < min)
    return [
      `Value '${value2}' at '${member}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`
    ];
  if (value2 > max)
    return [
      `Value '${value2}' at '${member}' failed to satisfy constraint: Member must have value less than or equal to ${max}`
    ];
  return [];
}
var ROLE = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
var HANDLER = /^[^\s]+$/;
var RESERVED_KEYS = /* @__PURE__ */ new Set([
  "_HANDLER",
  "_X_AMZN_TRACE_ID",
  "AWS_DEFAULT_REGION",
  "AWS_REGION",
  "AWS_EXECUTION_ENV",
  "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
  "AWS_LAMBDA_FUNCTION_VERSION",
  "AWS_LAMBDA_INITIALIZATION_TYPE",
  "AWS_LAMBDA_LOG_GROUP_NAME",
  "AWS_LAMBDA_LOG_STREAM_NAME",
  "AWS_ACCESS_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_LAMBDA_RUNTIME_API",
  "LAMBDA_TASK_ROOT",
  "LAMBDA_RUNTIME_DIR"
]);
function validateConfiguration(input) {
  const failures = [];
  if (input.Role !== void 0 && !ROLE.test(input.Role)) {
    failures.push(
      patternFailure(input.Role, "role", "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+")
    );
  }
  if (input.Handler !== void 0 && (!HANDLER.test(input.Handler) || input.Handler.length > 128)) {
    failures.push(patternFailure(input.Handler, "handler", "[^\\s]+"));
  }
  failures.push(...rangeFailures(input.Timeout, "timeout", 1, 900));
  failures.push(...rangeFailures(input.MemorySize, "memorySize", 128, 10240));
  throwIfAny(failures);
  if (input.Runtime !== void 0 && !SUPPORTED_RUNTIMES.includes(input.Runtime)) {
    throw unsupportedRuntime(input.Runtime, SUPPORTED_RUNTIMES);
  }
  const reserved = Object.keys(input.Environment?.Variables ?? {}).filter((k) => RESERVED_KEYS.has(k));
  if (reserved.length > 0) throw reservedEnvironmentKeys(reserved);
}
function validateCreateFunction(input) {
  const failures = [];
  if (!input.FunctionName) failures.push(nullFailure("functionName"));
  else if (!/^[a-zA-Z0-9_-]{1,64}$/.test(input.FunctionName) && !/^arn:/.test(input.FunctionName)) {
    failures.push(createFunctionNameFailure(input.FunctionName));
  }
  if (!input.Role) failures.push(nullFailure("role"));
  if (!input.Code) failures.push(nullFailure("code"));
  throwIfAny(failures);
  validateConfiguration(input);
  if ((input.PackageType ?? "Zip") === "Image") throw containerImagesUnsupported();
  if (!input.Runtime) throw zipNeeds("Runtime");
  if (!input.Handler) throw zipNeeds("Handler");
}

// ../local-cloud/src/lambda/eventSourceMappingValidation.ts
var POLL_ACTIONS = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"];
function validateRanges(input) {
  const failures = [
    ...rangeFailures(input.BatchSize, "batchSize", 1, 1e4),
    ...rangeFailures(input.MaximumBatchingWindowInSeconds, "maximumBatchingWindowInSeconds", 0, 300)
  ];
  const types = input.FunctionResponseTypes ?? [];
  if (types.some((t) => t !== "ReportBatchItemFailures"))
    failures.push(
      `Value '[${types.join(", ")}]' at 'functionResponseTypes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [ReportBatchItemFailures]]`
    );
  throwIfAny(failures);
}
function sqsSource(arn) {
  const parsed = arn ? parseArn(arn) : void 0;
  if (parsed?.service !== "sqs") throw unsupportedEventSource(arn ?? "(none)");
  return arn;
}
function validateMapping(ctx, m, target) {
  if (m.BatchSize > 10 && m.MaximumBatchingWindowInSeconds < 1) throw batchingWindowNeeded();
  const twin = ctx.mappings.list(target.fn.region).find(
    (o) => o.UUID !== m.UUID && o.EventSourceArn === m.EventSourceArn && o.FunctionArn === m.FunctionArn
  );
  if (twin) throw eventSourceMappingExists(m.EventSourceArn, target.fn.name, twin.UUID);
  if (!ctx.cloud.sqs?.describeQueue(m.EventSourceArn)) throw roleCannotPoll("ReceiveMessage");
  const role = target.version.config.Role;
  if (!role || !ctx.cloud.iam) return;
  for (const action of POLL_ACTIONS) {
    if (!ctx.cloud.iam.evaluate(role, action, m.EventSourceArn).allowed)
      throw roleCannotPoll(action.slice("sqs:".length));
  }
}

// ../local-cloud/src/lambda/createEventSourceMapping.ts
async function createEventSourceMapping(ctx, input) {
  if (!input.FunctionName) throw validationError4([nullFailure("functionName")]);
  validateRanges(input);
  const source = sqsSource(input.EventSourceArn);
  if (input.StartingPosition !== void 0) throw startingPositionForSqs();
  const target = ctx.store.get(input.FunctionName, ctx.region);
  const mapping = {
    ...ctx.mappings.newId(target.fn.region),
    region: target.fn.region,
    EventSourceArn: source,
    FunctionArn: target.invokedArn,
    BatchSize: input.BatchSize ?? 10,
    MaximumBatchingWindowInSeconds: input.MaximumBatchingWindowInSeconds ?? 0,
    FunctionResponseTypes: input.FunctionResponseTypes ?? [],
    FilterCriteria: input.FilterCriteria,
    ScalingConfig: input.ScalingConfig,
    enabled: input.Enabled ?? true,
    LastModified: /* @__PURE__ */ new Date()
  };
  validateMapping(ctx, mapping, target);
  await ctx.mappings.put(mapping);
  return mappingAnswer(mapping, "Creating");
}

// ../local-cloud/src/lambda/functionCode.ts
function zipOf(ctx, code) {
  if (code.ZipFile && code.ZipFile.length > 0) return code.ZipFile;
  if (code.S3Bucket && code.S3Key) {
    const object = ctx.cloud.s3?.getObject?.(code.S3Bucket, code.S3Key);
    if (!object) throw codeObjectMissing();
    return object;
  }
  if ("ImageUri" in code && code.ImageUri) throw containerImagesUnsupported();
  throw noCodeSource();
}
function loadCode(ctx, code) {
  return unpackZip(zipOf(ctx, code), hostModuleDirs(), (prefix) => ctx.codeRoot(prefix));
}

// ../local-cloud/src/lambda/functionLayers.ts
var MAX_LAYERS = 5;
function resolveLayers(ctx, arns) {
  const refs = arns.map((arn) => parseLayerRef(arn));
  if (refs.some((r) => r?.version === void 0 || !r.region || !r.accountId)) throw invalidLayers(arns);
  if (arns.length > MAX_LAYERS) throw tooManyLayers();
  const config = [];
  const versions = [];
  arns.forEach((arn, i) => {
    const ref = refs[i];
    if (ref.accountId !== ctx.cloud.accountId) {
      ctx.cloud.log("info", `lambda: layer ${arn} belongs to another account; it is not mounted`);
      config.push({ Arn: arn, CodeSize: 0 });
      return;
    }
    const version = ctx.layers.version(ref.region, ref.name, ref.version);
    if (!version) throw layerVersionMissing(arn);
    config.push({ Arn: version.arn, CodeSize: version.codeSize });
    versions.push(version);
  });
  return { config, versions };
}

// ../local-cloud/src/lambda/publishVersion.ts
function publish(fn, description) {
  const latest = fn.latest;
  const last = fn.versions.get(String(fn.lastPublished));
  if (last && last.code.sha256 === latest.code.sha256 && last.publishedFrom === latest.config.RevisionId)
    return last;
  const n = String(++fn.lastPublished);
  const version = {
    version: n,
    code: latest.code,
    layers: latest.layers,
    publishedFrom: latest.config.RevisionId,
    config: {
      ...structuredClone(latest.config),
      Version: n,
      FunctionArn: `${fn.arn}:${n}`,
      Description: description ?? latest.config.Description,
      RevisionId: newRevisionId()
    }
  };
  fn.versions.set(n, version);
  return version;
}
function publishVersion(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  return publish(fn, input.Description).config;
}

// ../local-cloud/src/lambda/createFunction.ts
function createFunction(ctx, input) {
  validateCreateFunction(input);
  const ref = parseFunctionRef(input.FunctionName);
  if (ref.region && ref.region !== ctx.region) throw functionsNotReachable(ref.region, ctx.region);
  const region = ctx.region;
  if (ctx.store.find(ref, region)) throw functionExists(ref.name);
  const layers = input.Layers ? resolveLayers(ctx, input.Layers) : void 0;
  const code = loadCode(ctx, input.Code);
  const arn = ctx.store.arn(region, ref.name);
  const config = {
    FunctionName: ref.name,
    FunctionArn: arn,
    Runtime: input.Runtime,
    Role: input.Role,
    Handler: input.Handler,
    CodeSize: code.size,
    Description: input.Description ?? "",
    Timeout: input.Timeout ?? 3,
    MemorySize: input.MemorySize ?? 128,
    LastModified: lastModifiedNow(),
    CodeSha256: code.sha256,
    Version: "$LATEST",
    Environment: input.Environment?.Variables ? { Variables: input.Environment.Variables } : void 0,
    DeadLetterConfig: input.DeadLetterConfig?.TargetArn ? { TargetArn: input.DeadLetterConfig.TargetArn } : void 0,
    TracingConfig: { Mode: input.TracingConfig?.Mode ?? "PassThrough" },
    RevisionId: newRevisionId(),
    Layers: layers?.config,
    State: "Active",
    LastUpdateStatus: "Successful",
    PackageType: "Zip",
    Architectures: input.Architectures ?? ["x86_64"],
    EphemeralStorage: { Size: input.EphemeralStorage?.Size ?? 512 },
    SnapStart: { ApplyOn: "None", OptimizationStatus: "Off" },
    LoggingConfig: {
      LogFormat: input.LoggingConfig?.LogFormat ?? "Text",
      LogGroup: input.LoggingConfig?.LogGroup ?? `/aws/lambda/${ref.name}`
    }
  };
  const fn = {
    name: ref.name,
    region,
    arn,
    latest: { version: "$LATEST", config, code, layers: layers?.versions },
    versions: /* @__PURE__ */ new Map(),
    lastPublished: 0,
    aliases: /* @__PURE__ */ new Map(),
    eventInvokeConfigs: /* @__PURE__ */ new Map(),
    policy: [],
    policyRevision: newRevisionId(),
    tags: { ...input.Tags ?? {} }
  };
  ctx.store.add(fn);
  return input.Publish ? publish(fn).config : config;
}

// ../local-cloud/src/lambda/deleteAlias.ts
function deleteAlias(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  fn.aliases.delete(input.Name);
  fn.eventInvokeConfigs.delete(input.Name);
}

// ../local-cloud/src/lambda/deleteEventSourceMapping.ts
async function deleteEventSourceMapping(ctx, input) {
  const m = ctx.mappings.get(input.UUID ?? "");
  if (!m) throw eventSourceMappingNotFound();
  await ctx.mappings.delete(m.UUID);
  return mappingAnswer(m, "Deleting");
}

// ../local-cloud/src/lambda/deleteFunction.ts
function deleteFunction(ctx, input) {
  const name = input.FunctionName;
  const { fn, qualifier } = ctx.store.get(name, ctx.region, input.Qualifier);
  const given = input.Qualifier ?? parseFunctionRef(name)?.qualifier;
  if (given && qualifier !== "$LATEST") {
    if (!/^\d+$/.test(qualifier)) throw aliasDeletionUnsupported();
    const inUse = [...fn.aliases.values()].find((a) => a.FunctionVersion === qualifier);
    if (inUse) throw versionHasAliases(inUse.Name);
    fn.versions.delete(qualifier);
    fn.eventInvokeConfigs.delete(qualifier);
  } else {
    ctx.store.remove(fn);
  }
  ctx.pool.retire(fn);
  return { StatusCode: 204 };
}

// ../local-cloud/src/lambda/deleteFunctionConcurrency.ts
function deleteFunctionConcurrency(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  fn.reservedConcurrency = void 0;
}

// ../local-cloud/src/lambda/eventInvokeConfigs.ts
function configTarget(ctx, name, qualifierParam) {
  const ref = functionRef(name, qualifierParam, ctx.region);
  const fn = ctx.store.find(ref, ctx.region);
  const qualifier = ref.qualifier ?? "$LATEST";
  if (!fn) throw functionDoesNotExist();
  if (qualifier !== "$LATEST" && !fn.versions.has(qualifier) && !fn.aliases.has(qualifier))
    throw functionDoesNotExist();
  return { fn, qualifier, functionArn: `${fn.arn}:${qualifier}` };
}
var noConfig = (target) => noEventInvokeConfig(target.functionArn);
function configAnswer(c) {
  return {
    LastModified: c.LastModified,
    FunctionArn: c.FunctionArn,
    MaximumRetryAttempts: c.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: c.MaximumEventAgeInSeconds,
    DestinationConfig: {
      OnSuccess: c.DestinationConfig.OnSuccess?.Destination ? { Destination: c.DestinationConfig.OnSuccess.Destination } : {},
      OnFailure: c.DestinationConfig.OnFailure?.Destination ? { Destination: c.DestinationConfig.OnFailure.Destination } : {}
    }
  };
}

// ../local-cloud/src/lambda/deleteFunctionEventInvokeConfig.ts
function deleteFunctionEventInvokeConfig(ctx, input) {
  const target = configTarget(ctx, input.FunctionName, input.Qualifier);
  if (!target.fn.eventInvokeConfigs.delete(target.qualifier)) throw noConfig(target);
}

// ../local-cloud/src/lambda/deleteLayerVersion.ts
function deleteLayerVersion(ctx, input) {
  const ref = layerNameRef(ctx, input.LayerName);
  ctx.layers.find(ref.region, ref.name)?.versions.delete(input.VersionNumber);
}

// ../local-cloud/src/lambda/getAccountSettings.ts
function getAccountSettings(ctx, _input) {
  const fns = ctx.store.list(ctx.region);
  const reserved = ctx.store.all().reduce((sum, f) => sum + (f.reservedConcurrency ?? 0), 0);
  const limit = ctx.cloud.config.accountConcurrency;
  return {
    AccountLimit: {
      TotalCodeSize: 80530636800,
      CodeSizeUnzipped: MAX_UNZIPPED_BYTES,
      CodeSizeZipped: 52428800,
      ConcurrentExecutions: limit,
      UnreservedConcurrentExecutions: limit - reserved
    },
    AccountUsage: {
      TotalCodeSize: fns.reduce((sum, f) => sum + (f.latest.config.CodeSize ?? 0), 0),
      FunctionCount: fns.length
    }
  };
}

// ../local-cloud/src/lambda/getAlias.ts
function getAlias(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  return aliasOrThrow(fn, input.Name);
}

// ../local-cloud/src/lambda/getEventSourceMapping.ts
function getEventSourceMapping(ctx, input) {
  const m = ctx.mappings.get(input.UUID ?? "");
  if (!m) throw eventSourceMappingNotFound();
  return mappingAnswer(m);
}

// ../local-cloud/src/lambda/getFunction.ts
function getFunction(ctx, input) {
  const { fn, version } = ctx.store.get(input.FunctionName, ctx.region, input.Qualifier);
  return {
    Configuration: version.config,
    Code: {
      RepositoryType: "S3",
      Location: `${ctx.baseUrl}/_localcloud/lambda/${fn.name}/${encodeURIComponent(version.version)}/code.zip`
    },
    Tags: Object.keys(fn.tags).length > 0 ? fn.tags : void 0,
    Concurrency: fn.reservedConcurrency === void 0 ? void 0 : { ReservedConcurrentExecutions: fn.reservedConcurrency }
  };
}

// ../local-cloud/src/lambda/getFunctionConcurrency.ts
function getFunctionConcurrency(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  return fn.reservedConcurrency === void 0 ? {} : { ReservedConcurrentExecutions: fn.reservedConcurrency };
}

// ../local-cloud/src/lambda/getFunctionConfiguration.ts
function getFunctionConfiguration(ctx, input) {
  return ctx.store.get(input.FunctionName, ctx.region, input.Qualifier).version.config;
}

// ../local-cloud/src/lambda/getFunctionEventInvokeConfig.ts
function getFunctionEventInvokeConfig(ctx, input) {
  const target = configTarget(ctx, input.FunctionName, input.Qualifier);
  const stored = target.fn.eventInvokeConfigs.get(target.qualifier);
  if (!stored) throw noConfig(target);
  return configAnswer(stored);
}

// ../local-cloud/src/lambda/layerView.ts
function layerVersionItem(v) {
  return {
    LayerVersionArn: v.arn,
    Version: v.version,
    Description: v.description,
    CreatedDate: v.createdDate,
    CompatibleRuntimes: v.compatibleRuntimes,
    LicenseInfo: v.licenseInfo,
    CompatibleArchitectures: v.compatibleArchitectures
  };
}
function layerVersionView(ctx, v) {
  return {
    Content: {
      // A URL of this cloud that serves nothing, as GetFunction's Code.Location (docs/FIDELITY.md).
      Location: `${ctx.baseUrl}/_localcloud/lambda/layers/${v.layerName}/${v.version}/content.zip`,
      CodeSha256: v.codeSha256,
      CodeSize: v.codeSize
    },
    LayerArn: v.layerArn,
    LayerVersionArn: v.arn,
    Description: v.description,
    CreatedDate: v.createdDate,
    Version: v.version,
    CompatibleRuntimes: v.compatibleRuntimes,
    LicenseInfo: v.licenseInfo,
    CompatibleArchitectures: v.compatibleArchitectures
  };
}

// ../local-cloud/src/lambda/getLayerVersion.ts
function getLayerVersion(ctx, input) {
  return layerVersionView(ctx, findLayerVersion(ctx, input.LayerName, input.VersionNumber));
}

// ../local-cloud/src/lambda/getLayerVersionByArn.ts
function getLayerVersionByArn(ctx, input) {
  const arn = input.Arn ?? "";
  const ref = parseLayerRef(arn);
  if (!ref?.region || ref.version === void 0) throw invalidLayerVersionArn(arn);
  const version = ctx.layers.version(ref.region, ref.name, ref.version);
  if (!version || ref.accountId !== ctx.cloud.accountId) throw layerVersionNotFound();
  return layerVersionView(ctx, version);
}

// ../local-cloud/src/lambda/getLayerVersionPolicy.ts
function getLayerVersionPolicy(ctx, input) {
  const version = findLayerVersion(ctx, input.LayerName, input.VersionNumber);
  if (version.policy.length === 0) throw layerVersionNotFound();
  return {
    Policy: JSON.stringify({ Version: "2012-10-17", Id: "default", Statement: version.policy }),
    RevisionId: version.policyRevision
  };
}

// ../local-cloud/src/lambda/getPolicy.ts
function getPolicy2(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region, input.Qualifier);
  if (fn.policy.length === 0) throw policyNotFound();
  return {
    Policy: JSON.stringify({ Version: "2012-10-17", Id: "default", Statement: fn.policy }),
    RevisionId: fn.policyRevision
  };
}

// ../local-cloud/src/lambda/invoke.ts
var ASYNC_LIMIT = 1048576;
var SYNC_LIMIT = 6291456;
var TAIL_BYTES = 4096;
var EMPTY = Buffer.alloc(0);
function checkPayload(body, type) {
  const limit = type === "Event" ? ASYNC_LIMIT : SYNC_LIMIT;
  if (body.length > limit) throw payloadTooLarge(body.length, type, limit);
  if (body.length === 0) return;
  try {
    JSON.parse(body.toString("utf8"));
  } catch (err) {
    throw invalidRequestContent(err instanceof Error ? err.message : String(err));
  }
}
function bytes(payload) {
  if (payload === void 0) return EMPTY;
  if (Buffer.isBuffer(payload)) return payload;
  return Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
}
async function invoke(ctx, input) {
  const type = input.InvocationType ?? "RequestResponse";
  if (type !== "Event" && type !== "RequestResponse" && type !== "DryRun") throw invalidInvocationType(type);
  const resolved = ctx.store.get(input.FunctionName, ctx.region, input.Qualifier, true);
  const payload = bytes(input.Payload);
  checkPayload(payload, type);
  if (type === "DryRun") return { StatusCode: 204 };
  if (type === "Event") {
    ctx.queue.enqueue(resolved, payload, ctx.requestId);
    return { StatusCode: 202 };
  }
  const { fn, version } = resolved;
  if (fn.reservedConcurrency === 0)
    throw throttled("ReservedFunctionConcurrentInvocationLimitExceeded", false);
  const clientContext = input.ClientContext ? Buffer.from(input.ClientContext, "base64").toString("utf8") : void 0;
  const tail = input.LogType === "Tail";
  const result2 = await ctx.pool.invoke(fn, version, {
    requestId: ctx.requestId,
    payload,
    invokedArn: resolved.invokedArn,
    clientContext,
    tail
  });
  if ("throttled" in result2) {
    throw throttled(
      result2.throttled === "function" ? "ReservedFunctionConcurrentInvocationLimitExceeded" : "ConcurrentInvocationLimitExceeded"
    );
  }
  const out = {
    StatusCode: 200,
    ExecutedVersion: version.version,
    Payload: result2.payload
  };
  if (result2.functionError) out.FunctionError = result2.functionError;
  if (tail) {
    const log = Buffer.from(result2.logTail ?? "");
    out.LogResult = log.subarray(Math.max(0, log.length - TAIL_BYTES)).toString("base64");
  }
  return out;
}

// ../local-cloud/src/lambda/paging.ts
function page4(all, marker, maxItems, defaultMax) {
  let start = 0;
  if (marker) {
    start = Number(Buffer.from(marker, "base64").toString("utf8"));
    if (!Number.isInteger(start) || start < 0) throw invalidMarker();
  }
  const max = maxItems ?? defaultMax;
  if (!Number.isInteger(max) || max < 1) throw maxItemsTooSmall(maxItems);
  const items = all.slice(start, start + max);
  const end = start + items.length;
  return { items, next: end < all.length ? Buffer.from(String(end)).toString("base64") : void 0 };
}

// ../local-cloud/src/lambda/listAliases.ts
function listAliases(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  const version = input.FunctionVersion;
  const all = [...fn.aliases.values()].filter((a) => !version || a.FunctionVersion === version);
  const { items, next } = page4(all, input.Marker, input.MaxItems, 50);
  return { Aliases: items, NextMarker: next };
}

// ../local-cloud/src/lambda/listEventSourceMappings.ts
function listEventSourceMappings(ctx, input) {
  throwIfAny(rangeFailures(input.MaxItems, "maxItems", 1, 1e4));
  const ref = input.FunctionName ? functionRef(input.FunctionName) : void 0;
  const all = ctx.mappings.list(ref?.region ?? ctx.region).filter((m) => {
    if (input.EventSourceArn && m.EventSourceArn !== input.EventSourceArn) return false;
    if (!ref) return true;
    const [name, qualifier] = m.FunctionArn.split(":").slice(6);
    return name === ref.name && (ref.qualifier === void 0 || ref.qualifier === qualifier);
  });
  const { items, next } = page4(
    all.map((m) => mappingAnswer(m)),
    input.Marker,
    input.MaxItems,
    100
  );
  return { EventSourceMappings: items, NextMarker: next };
}

// ../local-cloud/src/lambda/listFunctionEventInvokeConfigs.ts
function listFunctionEventInvokeConfigs(ctx, input) {
  throwIfAny(rangeFailures(input.MaxItems, "maxItems", 1, 50));
  const { fn } = configTarget(ctx, input.FunctionName);
  const all = [...fn.eventInvokeConfigs.values()].map(configAnswer);
  const { items, next } = page4(all, input.Marker, input.MaxItems, 50);
  return { FunctionEventInvokeConfigs: items, NextMarker: next };
}

// ../local-cloud/src/lambda/listFunctions.ts
function listFunctions(ctx, input) {
  const all = [];
  const every = input.FunctionVersion === "ALL";
  for (const fn of ctx.store.list(ctx.region)) {
    all.push(fn.latest.config);
    if (every) for (const v of fn.versions.values()) all.push(v.config);
  }
  const { items, next } = page4(all, input.Marker, input.MaxItems, 50);
  return { Functions: items, NextMarker: next };
}

// ../local-cloud/src/lambda/listLayers.ts
function listLayers(ctx, input) {
  const all = [];
  for (const layer of ctx.layers.list(ctx.region)) {
    const latest = matchingVersions(layer, input)[0];
    if (latest) {
      all.push({
        LayerName: layer.name,
        LayerArn: layer.arn,
        LatestMatchingVersion: layerVersionItem(latest)
      });
    }
  }
  const { items, next } = page4(all, input.Marker, input.MaxItems, 50);
  return { Layers: items, NextMarker: next };
}

// ../local-cloud/src/lambda/listLayerVersions.ts
function listLayerVersions(ctx, input) {
  const ref = layerNameRef(ctx, input.LayerName);
  const layer = ctx.layers.find(ref.region, ref.name);
  const all = layer ? matchingVersions(layer, input).map(layerVersionItem) : [];
  const { items, next } = page4(all, input.Marker, input.MaxItems, 50);
  return { LayerVersions: items, NextMarker: next };
}

// ../local-cloud/src/lambda/listTags.ts
function listTags(ctx, input) {
  const { fn } = ctx.store.get(input.Resource, ctx.region);
  return { Tags: fn.tags };
}

// ../local-cloud/src/lambda/listVersionsByFunction.ts
function listVersionsByFunction(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  const all = [
    { ...fn.latest.config, FunctionArn: `${fn.arn}:$LATEST` },
    ...[...fn.versions.values()].map((v) => v.config)
  ];
  const { items, next } = page4(all, input.Marker, input.MaxItems, 50);
  return { Versions: items, NextMarker: next };
}

// ../local-cloud/src/lambda/publishLayerVersion.ts
import { chmodSync as chmodSync2, existsSync as existsSync2, mkdirSync as mkdirSync5, readdirSync as readdirSync2 } from "node:fs";
import path6 from "node:path";
function makeExecutable(bin) {
  if (!existsSync2(bin)) return;
  for (const entry of readdirSync2(bin, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) chmodSync2(path6.join(entry.parentPath, entry.name), 493);
  }
}
function publishLayerVersion(ctx, input) {
  const missing2 = [
    ...input.LayerName ? [] : [nullFailure("layerName")],
    ...input.Content ? [] : [nullFailure("content")]
  ];
  if (missing2.length > 0) throw validationError4(missing2);
  const ref = layerNameRef(ctx, input.LayerName);
  const zip = zipOf(ctx, input.Content);
  const entries = readZip(zip);
  const root = ctx.codeRoot("local-cloud-layer-");
  const dir = path6.join(root, "opt");
  try {
    mkdirSync5(dir);
    writeEntries(entries, dir);
  } catch (err) {
    removeCode(root);
    ctx.codeDirs.delete(root);
    throw err;
  }
  makeExecutable(path6.join(dir, "bin"));
  const layer = ctx.layers.layer(ref.region, ctx.cloud.accountId, ref.name);
  const n = ++layer.lastVersion;
  const version = {
    layerName: layer.name,
    region: layer.region,
    version: n,
    arn: `${layer.arn}:${n}`,
    layerArn: layer.arn,
    dir,
    codeSha256: sha256(zip),
    codeSize: zip.length,
    description: input.Description ?? "",
    createdDate: lastModifiedNow(),
    compatibleRuntimes: input.CompatibleRuntimes,
    compatibleArchitectures: input.CompatibleArchitectures,
    licenseInfo: input.LicenseInfo,
    policy: [],
    policyRevision: newRevisionId()
  };
  layer.versions.set(n, version);
  return layerVersionView(ctx, version);
}

// ../local-cloud/src/lambda/putFunctionConcurrency.ts
function putFunctionConcurrency(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  const value2 = input.ReservedConcurrentExecutions;
  if (value2 === void 0 || value2 === null)
    throw validationError4([nullFailure("reservedConcurrentExecutions")]);
  throwIfAny(rangeFailures(value2, "reservedConcurrentExecutions", 0, Number.MAX_SAFE_INTEGER));
  const account = ctx.cloud.config.accountConcurrency;
  const minimum = Math.min(100, Math.floor(account / 10));
  const others = ctx.store.all().filter((f) => f !== fn).reduce((sum, f) => sum + (f.reservedConcurrency ?? 0), 0);
  if (account - others - value2 < minimum) throw unreservedBelowMinimum(minimum);
  fn.reservedConcurrency = value2;
  return { ReservedConcurrentExecutions: value2 };
}

// ../local-cloud/src/lambda/eventInvokeConfigValidation.ts
var ARN_PATTERN = "$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)";
var ARN2 = /^(?:|kafka:\/\/([^.]([a-zA-Z0-9\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*))$/;
var SERVICES2 = /* @__PURE__ */ new Set(["sqs", "sns", "lambda", "events", "s3"]);
function validateShape(input) {
  const failures = [
    ...rangeFailures(input.MaximumRetryAttempts, "maximumRetryAttempts", 0, 2),
    ...rangeFailures(input.MaximumEventAgeInSeconds, "maximumEventAgeInSeconds", 60, 21600)
  ];
  for (const [key2, member] of [
    ["OnSuccess", "onSuccess"],
    ["OnFailure", "onFailure"]
  ]) {
    const d = input.DestinationConfig?.[key2]?.Destination;
    if (d === void 0 || d === null) continue;
    if (d.length > 350) {
      failures.push(
        `Value '${d}' at 'destinationConfig.${member}.destination' failed to satisfy constraint: Member must have length less than or equal to 350`
      );
    } else if (!ARN2.test(d)) {
      failures.push(patternFailure(d, `destinationConfig.${member}.destination`, ARN_PATTERN));
    }
  }
  throwIfAny(failures);
}
function javaToString(c) {
  const s = c?.OnSuccess?.Destination ? `OnSuccess(destination=${c.OnSuccess.Destination})` : "null";
  const f = c?.OnFailure?.Destination ? `OnFailure(destination=${c.OnFailure.Destination})` : "null";
  return `DestinationConfig(onSuccess=${s}, onFailure=${f})`;
}
function validateSomethingToSet(input) {
  const d = input.DestinationConfig;
  if (input.MaximumRetryAttempts === void 0 && input.MaximumEventAgeInSeconds === void 0 && !d?.OnSuccess && !d?.OnFailure)
    throw nothingToConfigure();
}
function validateMeaning(ctx, fn, input) {
  const success = input.DestinationConfig?.OnSuccess?.Destination || void 0;
  const failure = input.DestinationConfig?.OnFailure?.Destination || void 0;
  for (const [arn, isSuccess] of [
    [success, true],
    [failure, false]
  ]) {
    if (!arn) continue;
    const parsed = parseArn(arn);
    const service = parsed?.service ?? "";
    if (!SERVICES2.has(service) || service === "s3" && isSuccess)
      throw invalidDestinationConfig(javaToString(input.DestinationConfig));
    if (parsed && service === "lambda") {
      const region = parsed.region || fn.region;
      const name = parsed.resourceType === "function" ? parsed.resourceName : "";
      const target = ctx.store.find({ name, region }, region);
      if (target === fn) throw selfDestination();
      if (!target) throw invalidDestinationArn(arn);
    }
  }
}

// ../local-cloud/src/lambda/putFunctionEventInvokeConfig.ts
function putFunctionEventInvokeConfig(ctx, input) {
  validateShape(input);
  validateSomethingToSet(input);
  const target = configTarget(ctx, input.FunctionName, input.Qualifier);
  validateMeaning(ctx, target.fn, input);
  const stored = {
    LastModified: /* @__PURE__ */ new Date(),
    FunctionArn: target.functionArn,
    MaximumRetryAttempts: input.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: input.MaximumEventAgeInSeconds,
    DestinationConfig: {
      OnSuccess: { Destination: input.DestinationConfig?.OnSuccess?.Destination || void 0 },
      OnFailure: { Destination: input.DestinationConfig?.OnFailure?.Destination || void 0 }
    }
  };
  target.fn.eventInvokeConfigs.set(target.qualifier, stored);
  return configAnswer(stored);
}

// ../local-cloud/src/lambda/removeLayerVersionPermission.ts
function removeLayerVersionPermission(ctx, input) {
  const version = findLayerVersion(ctx, input.LayerName, input.VersionNumber);
  if (input.RevisionId && input.RevisionId !== version.policyRevision) throw revisionMismatch("GetPolicy");
  const i = version.policy.findIndex((s) => s.Sid === input.StatementId);
  if (i < 0) throw statementNotFound(input.StatementId);
  version.policy.splice(i, 1);
  version.policyRevision = newRevisionId();
}

// ../local-cloud/src/lambda/removePermission.ts
function removePermission(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region, input.Qualifier);
  const i = fn.policy.findIndex((s) => s.Sid === input.StatementId);
  if (i < 0) throw statementNotFound(input.StatementId);
  fn.policy.splice(i, 1);
  fn.policyRevision = newRevisionId();
}

// ../local-cloud/src/lambda/tagResource.ts
function tagResource4(ctx, input) {
  const { fn } = ctx.store.get(input.Resource, ctx.region);
  Object.assign(fn.tags, input.Tags ?? {});
}

// ../local-cloud/src/lambda/untagResource.ts
function untagResource4(ctx, input) {
  const { fn } = ctx.store.get(input.Resource, ctx.region);
  for (const key2 of input.TagKeys ?? []) delete fn.tags[key2];
}

// ../local-cloud/src/lambda/updateAlias.ts
function updateAlias(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  const alias = aliasOrThrow(fn, input.Name);
  if (input.FunctionVersion !== void 0) alias.FunctionVersion = checkVersion(fn, input.FunctionVersion);
  if (input.Description !== void 0) alias.Description = input.Description;
  if (input.RoutingConfig !== void 0) alias.RoutingConfig = input.RoutingConfig;
  alias.RevisionId = newRevisionId();
  return alias;
}

// ../local-cloud/src/lambda/updateEventSourceMapping.ts
async function updateEventSourceMapping(ctx, input) {
  const old = ctx.mappings.get(input.UUID ?? "");
  if (!old) throw eventSourceMappingNotFound();
  validateRanges(input);
  const target = ctx.store.get(input.FunctionName ?? old.FunctionArn, old.region);
  const merged = {
    ...old,
    FunctionArn: input.FunctionName ? target.invokedArn : old.FunctionArn,
    BatchSize: input.BatchSize ?? old.BatchSize,
    MaximumBatchingWindowInSeconds: input.MaximumBatchingWindowInSeconds ?? old.MaximumBatchingWindowInSeconds,
    FunctionResponseTypes: input.FunctionResponseTypes ?? old.FunctionResponseTypes,
    FilterCriteria: input.FilterCriteria ?? old.FilterCriteria,
    ScalingConfig: input.ScalingConfig ?? old.ScalingConfig,
    enabled: input.Enabled ?? old.enabled,
    LastModified: /* @__PURE__ */ new Date()
  };
  validateMapping(ctx, merged, target);
  await ctx.mappings.put(merged);
  const state = merged.enabled === old.enabled ? "Updating" : merged.enabled ? "Enabling" : "Disabling";
  return mappingAnswer(merged, state);
}

// ../local-cloud/src/lambda/updateFunctionCode.ts
function updateFunctionCode(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  const code = loadCode(ctx, input);
  const config = {
    ...fn.latest.config,
    CodeSize: code.size,
    CodeSha256: code.sha256,
    LastModified: lastModifiedNow(),
    RevisionId: newRevisionId(),
    Architectures: input.Architectures ?? fn.latest.config.Architectures
  };
  fn.latest = { ...fn.latest, config, code };
  ctx.pool.retire(fn);
  return input.Publish ? publish(fn).config : config;
}

// ../local-cloud/src/lambda/updateFunctionConfiguration.ts
function updateFunctionConfiguration(ctx, input) {
  const { fn } = ctx.store.get(input.FunctionName, ctx.region);
  validateConfiguration(input);
  const old = fn.latest.config;
  if (input.RevisionId && input.RevisionId !== old.RevisionId) throw revisionMismatch("GetFunction/GetAlias");
  const layers = input.Layers ? resolveLayers(ctx, input.Layers) : void 0;
  const config = {
    ...old,
    LastModified: lastModifiedNow(),
    RevisionId: newRevisionId()
  };
  if (input.Role !== void 0) config.Role = input.Role;
  if (input.Handler !== void 0) config.Handler = input.Handler;
  if (input.Runtime !== void 0) config.Runtime = input.Runtime;
  if (input.Description !== void 0) config.Description = input.Description;
  if (input.Timeout !== void 0) config.Timeout = input.Timeout;
  if (input.MemorySize !== void 0) config.MemorySize = input.MemorySize;
  if (input.Environment !== void 0) {
    const vars = input.Environment.Variables ?? {};
    config.Environment = Object.keys(vars).length > 0 ? { Variables: vars } : void 0;
  }
  const dlq = input.DeadLetterConfig?.TargetArn;
  if (dlq !== void 0) config.DeadLetterConfig = dlq ? { TargetArn: dlq } : void 0;
  if (input.TracingConfig?.Mode) config.TracingConfig = { Mode: input.TracingConfig.Mode };
  if (input.LoggingConfig) config.LoggingConfig = { ...config.LoggingConfig, ...input.LoggingConfig };
  if (layers) config.Layers = layers.config.length > 0 ? layers.config : void 0;
  fn.latest = { ...fn.latest, config, layers: layers ? layers.versions : fn.latest.layers };
  ctx.pool.retire(fn);
  return config;
}

// ../local-cloud/src/lambda/updateFunctionEventInvokeConfig.ts
function updateFunctionEventInvokeConfig(ctx, input) {
  validateShape(input);
  const target = configTarget(ctx, input.FunctionName, input.Qualifier);
  const old = target.fn.eventInvokeConfigs.get(target.qualifier);
  if (!old) throw noConfig(target);
  const merged = {
    LastModified: /* @__PURE__ */ new Date(),
    FunctionArn: target.functionArn,
    MaximumRetryAttempts: input.MaximumRetryAttempts ?? old.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: input.MaximumEventAgeInSeconds ?? old.MaximumEventAgeInSeconds,
    DestinationConfig: {
      OnSuccess: input.DestinationConfig?.OnSuccess ? { Destination: input.DestinationConfig.OnSuccess.Destination || void 0 } : old.DestinationConfig.OnSuccess,
      OnFailure: input.DestinationConfig?.OnFailure ? { Destination: input.DestinationConfig.OnFailure.Destination || void 0 } : old.DestinationConfig.OnFailure
    }
  };
  validateSomethingToSet(merged);
  validateMeaning(ctx, target.fn, merged);
  target.fn.eventInvokeConfigs.set(target.qualifier, merged);
  return configAnswer(merged);
}

// ../local-cloud/src/lambda/operations.ts
var OPERATIONS6 = {
  CreateFunction: createFunction,
  ListFunctions: listFunctions,
  GetFunction: getFunction,
  DeleteFunction: deleteFunction,
  GetFunctionConfiguration: getFunctionConfiguration,
  UpdateFunctionConfiguration: updateFunctionConfiguration,
  UpdateFunctionCode: updateFunctionCode,
  Invoke: invoke,
  PublishVersion: publishVersion,
  ListVersionsByFunction: listVersionsByFunction,
  CreateAlias: createAlias,
  ListAliases: listAliases,
  GetAlias: getAlias,
  UpdateAlias: updateAlias,
  DeleteAlias: deleteAlias,
  AddPermission: addPermission,
  GetPolicy: getPolicy2,
  RemovePermission: removePermission,
  PutFunctionConcurrency: putFunctionConcurrency,
  DeleteFunctionConcurrency: deleteFunctionConcurrency,
  GetFunctionConcurrency: getFunctionConcurrency,
  ListFunctionEventInvokeConfigs: listFunctionEventInvokeConfigs,
  PutFunctionEventInvokeConfig: putFunctionEventInvokeConfig,
  UpdateFunctionEventInvokeConfig: updateFunctionEventInvokeConfig,
  GetFunctionEventInvokeConfig: getFunctionEventInvokeConfig,
  DeleteFunctionEventInvokeConfig: deleteFunctionEventInvokeConfig,
  TagResource: tagResource4,
  UntagResource: untagResource4,
  ListTags: listTags,
  GetAccountSettings: getAccountSettings,
  CreateEventSourceMapping: createEventSourceMapping,
  GetEventSourceMapping: getEventSourceMapping,
  ListEventSourceMappings: listEventSourceMappings,
  UpdateEventSourceMapping: updateEventSourceMapping,
  DeleteEventSourceMapping: deleteEventSourceMapping,
  AddLayerVersionPermission: addLayerVersionPermission,
  DeleteLayerVersion: deleteLayerVersion,
  GetLayerVersion: getLayerVersion,
  GetLayerVersionByArn: getLayerVersionByArn,
  GetLayerVersionPolicy: getLayerVersionPolicy,
  ListLayers: listLayers,
  ListLayerVersions: listLayerVersions,
  PublishLayerVersion: publishLayerVersion,
  RemoveLayerVersionPermission: removeLayerVersionPermission
};

// ../local-cloud/src/lambda/runtime/pool.ts
import { availableParallelism } from "node:os";

// ../local-cloud/src/lambda/runtime/environment.ts
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

// ../local-cloud/src/lambda/runtime/childEnvironment.ts
import path7 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function childEnvironment(cloud, fn, version, family, root, names) {
  const c = version.config;
  const opt = root.optDir;
  const hostPath = process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin";
  const env = {
    ...c.Environment?.Variables ?? {},
    AWS_REGION: fn.region,
    AWS_DEFAULT_REGION: fn.region,
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(c.MemorySize ?? 128),
    AWS_LAMBDA_FUNCTION_VERSION: version.version,
    AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
    AWS_LAMBDA_RUNTIME_API: names.runtimeApi,
    AWS_LAMBDA_LOG_GROUP_NAME: names.logGroup,
    AWS_LAMBDA_LOG_STREAM_NAME: names.logStream,
    TZ: ":UTC",
    _HANDLER: c.Handler ?? "",
    LAMBDA_TASK_ROOT: root.taskDir,
    LAMBDA_RUNTIME_DIR: path7.dirname(fileURLToPath2(new URL("./local-cloud/src/lambda/runtime/childEnvironment.js", import.meta.url).href)),
    LANG: "en_US.UTF-8",
    // A key pair the cloud accepts (its first --auth-key), so handlers' calls pass --require-auth.
    AWS_ACCESS_KEY_ID: cloud.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: cloud.credentials.secretAccessKey,
    AWS_SESSION_TOKEN: "test",
    AWS_ENDPOINT_URL: cloud.endpoint,
    PATH: opt ? `${hostPath}${path7.delimiter}${path7.join(opt, "bin")}` : hostPath
  };
  const execEnv = executionEnv(c.Runtime ?? "");
  if (execEnv) env.AWS_EXECUTION_ENV = execEnv;
  if (family === "nodejs") env.NODE_PATH = [...root.nodePath, root.taskDir].join(path7.delimiter);
  if (family === "python") {
    const paths = [root.taskDir];
    if (opt)
      paths.push(path7.join(opt, "python", "lib", c.Runtime ?? "", "site-packages"), path7.join(opt, "python"));
    env.PYTHONPATH = paths.join(path7.delimiter);
  }
  if (family === "provided" && opt) env.LD_LIBRARY_PATH = path7.join(opt, "lib");
  return env;
}

// ../local-cloud/src/lambda/runtime/errors.ts
function timedOutPayload(requestId, timeoutSeconds) {
  return JSON.stringify({
    errorType: "Sandbox.Timedout",
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds`
  });
}
function exitPayload(requestId, code, signal) {
  const reason = signal !== null ? `Runtime exited with error: signal: ${signal === "SIGKILL" ? "killed" : signal.replace(/^SIG/, "").toLowerCase()}` : code === 0 || code === null ? "Runtime exited without providing a reason" : `Runtime exited with error: exit status ${code}`;
  return JSON.stringify({
    errorType: "Runtime.ExitError",
    errorMessage: `RequestId: ${requestId} Error: ${reason}`
  });
}
function invalidEntrypointPayload(requestId, detail) {
  return JSON.stringify({
    errorType: "Runtime.InvalidEntrypoint",
    errorMessage: `RequestId: ${requestId} Error: ${detail}`
  });
}

// ../local-cloud/src/lambda/runtime/launch.ts
import path8 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var here = path8.dirname(fileURLToPath3(new URL("./local-cloud/src/lambda/runtime/launch.js", import.meta.url).href));
function launchCommand(family, codeDir, interpreter) {
  if (family === "nodejs") return [interpreter, [path8.join(here, "bootstrap.mjs")]];
  if (family === "python") return [interpreter, ["-u", path8.join(here, "bootstrap.py")]];
  return [path8.join(codeDir, "bootstrap"), []];
}

// ../local-cloud/src/lambda/runtime/logStream.ts
import { createHash as createHash3, randomBytes as randomBytes2 } from "node:crypto";
function logStreamName(version, now = /* @__PURE__ */ new Date()) {
  const d = now.toISOString();
  return `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)}/[${version}]${randomBytes2(16).toString("hex")}`;
}
function initStartLine(runtime, region) {
  const m = /^(python|nodejs|provided|[a-z]+)\.?(.*?)(\.x)?$/.exec(runtime);
  const family = m?.[1] ?? runtime;
  const release = m?.[2] || (family === "provided" ? "al1" : "");
  const hash2 = createHash3("sha256").update(runtime).digest("hex");
  return `INIT_START Runtime Version: ${family}:${release}.v1	Runtime Version ARN: arn:aws:lambda:${region}::runtime:${hash2}
`;
}
function startLine(requestId, version) {
  return `START RequestId: ${requestId} Version: ${version}
`;
}
function endLine(requestId) {
  return `END RequestId: ${requestId}
`;
}
function reportLine(requestId, durationMs, memorySize, maxMemoryMb, initDurationMs, status) {
  let line = `REPORT RequestId: ${requestId}	Duration: ${durationMs.toFixed(2)} ms	Billed Duration: ${Math.max(1, Math.ceil(durationMs + (initDurationMs ?? 0)))} ms	Memory Size: ${memorySize} MB	Max Memory Used: ${maxMemoryMb} MB	`;
  if (initDurationMs !== void 0) line += `Init Duration: ${initDurationMs.toFixed(2)} ms	`;
  if (status) line += `Status: ${status}`;
  return `${line}
`;
}

// ../local-cloud/src/lambda/runtime/runtimeApi.ts
import { createServer } from "node:net";
var MAX_BODY = 16 * 1024 * 1024;
var MAX_HEAD = 64 * 1024;
var REASONS = {
  200: "OK",
  202: "Accepted",
  400: "Bad Request",
  403: "Forbidden",
  404: "Not Found",
  413: "Payload Too Large",
  431: "Request Header Fields Too Large",
  501: "Not Implemented"
};
var Answer = class {
  constructor(conn, closeAfter) {
    this.conn = conn;
    this.closeAfter = closeAfter;
  }
  conn;
  closeAfter;
  data;
  body;
  send(status, headers, body) {
    if (this.data !== void 0) return;
    let head = `HTTP/1.1 ${status} ${REASONS[status] ?? "OK"}\r
`;
    for (const name in headers) head += `${name}: ${headers[name]}\r
`;
    head += `Content-Length: ${Buffer.byteLength(body)}\r
`;
    if (this.closeAfter) head += "Connection: close\r\n";
    this.data = `${head}\r
`;
    this.body = body;
    this.conn.flush();
  }
  /** Ends the connection without an answer (the environment is going away). */
  destroy() {
    this.conn.socket.destroy();
  }
  /** Holds this connection's writes until uncork, so that several answers leave in one system call. */
  cork() {
    this.conn.socket.cork();
  }
  uncork() {
    this.conn.socket.uncork();
  }
};
var Connection = class {
  constructor(socket, onRequest) {
    this.socket = socket;
    this.onRequest = onRequest;
    socket.setNoDelay(true);
    socket.on("data", (c) => this.onData(c));
    socket.on("error", () => {
    });
  }
  socket;
  onRequest;
  chunks = [];
  size = 0;
  /** Bytes needed before parsing again is worth it (a body still arriving). */
  need = 0;
  continued = false;
  queue = [];
  closing = false;
  onData(chunk) {
    if (this.closing) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size < this.need) return;
    let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size);
    for (; ; ) {
      const used = this.parse(buf);
      if (used === 0) break;
      buf = buf.subarray(used);
      if (this.closing || buf.length === 0) break;
    }
    this.chunks = buf.length > 0 && !this.closing ? [buf] : [];
    this.size = this.chunks.length > 0 ? buf.length : 0;
  }
  /** Parses and dispatches one request from `buf`; the bytes it used, 0 when it is incomplete. */
  parse(buf) {
    this.need = 0;
    const end = buf.indexOf("\r\n\r\n");
    if (end < 0) {
      if (buf.length > MAX_HEAD) this.fail(431);
      return 0;
    }
    const lines = buf.toString("latin1", 0, end).split("\r\n");
    const [method, url, version] = lines[0].split(" ");
    if (!method || !url || !version?.startsWith("HTTP/1.")) return this.fail(400);
    const headers = {};
    for (let i = 1; i < lines.length; i++) {
      const colon = lines[i].indexOf(":");
      if (colon <= 0) return this.fail(400);
      headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
    }
    const start = end + 4;
    let body;
    let used;
    const te = headers["transfer-encoding"];
    if (te !== void 0 && te.toLowerCase() !== "identity") {
      if (!/(^|,)\s*chunked\s*$/i.test(te)) return this.fail(501);
      const got = dechunk(buf, start);
      if (got === null) return this.fail(400);
      if (got === void 0) return this.waitForBody(headers, buf.length + 1);
      if (got.body.length > MAX_BODY) return this.fail(413);
      ({ body, end: used } = got);
    } else {
      const length = headers["content-length"] === void 0 ? 0 : Number(headers["content-length"]);
      if (!Number.isSafeInteger(length) || length < 0) return this.fail(400);
      if (length > MAX_BODY) return this.fail(413);
      if (buf.length < start + length) return this.waitForBody(headers, start + length);
      body = buf.subarray(start, start + length);
      used = start + length;
    }
    this.continued = false;
    const connection = (headers.connection ?? "").toLowerCase();
    const close = connection === "close" || version === "HTTP/1.0" && connection !== "keep-alive";
    const answer = new Answer(this, close);
    this.queue.push(answer);
    if (close) this.closing = true;
    this.onRequest({ method, url, headers, body, answer });
    return used;
  }
  /** A body still on its way: say 100 Continue once if the client waits for it (curl does, past 1 KB). */
  waitForBody(headers, need) {
    this.need = need;
    if (!this.continued && headers.expect?.toLowerCase() === "100-continue") {
      this.continued = true;
      this.socket.write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    return 0;
  }
  fail(status) {
    const answer = new Answer(this, true);
    this.queue.push(answer);
    this.closing = true;
    answer.send(status, { "Content-Type": "application/json" }, '{"errorType":"InvalidRequest"}');
    return 0;
  }
  /** Writes the answers that are ready, in request order. */
  flush() {
    let corked = false;
    while (this.queue.length > 0 && this.queue[0].data !== void 0) {
      const a = this.queue.shift();
      if (!corked && this.queue.length > 0 && this.queue[0].data !== void 0) {
        this.socket.cork();
        corked = true;
      }
      this.socket.write(a.data);
      this.socket.write(a.body);
      if (a.closeAfter) {
        this.socket.end();
        break;
      }
    }
    if (corked) this.socket.uncork();
  }
};
function dechunk(buf, start) {
  const parts = [];
  let pos = start;
  for (; ; ) {
    const eol = buf.indexOf("\r\n", pos);
    if (eol < 0) return void 0;
    const size = Number.parseInt(buf.toString("latin1", pos, eol).split(";")[0].trim(), 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) {
      if (buf.length < eol + 4) return void 0;
      if (buf[eol + 2] === 13 && buf[eol + 3] === 10) return { body: Buffer.concat(parts), end: eol + 4 };
      const trailerEnd = buf.indexOf("\r\n\r\n", eol + 2);
      return trailerEnd < 0 ? void 0 : { body: Buffer.concat(parts), end: trailerEnd + 4 };
    }
    if (buf.length < eol + 2 + size + 2) return void 0;
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
}
function createRuntimeApi(onRequest) {
  const sockets = /* @__PURE__ */ new Set();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    new Connection(socket, onRequest);
  });
  return {
    server,
    close() {
      server.close();
      for (const s of sockets) s.destroy();
      sockets.clear();
    }
  };
}

// ../local-cloud/src/lambda/runtime/environment.ts
var RUNTIME_PREFIX = "/2018-06-01/runtime/";
var INIT_LIMIT_MS = 1e4;
var Environment = class {
  constructor(cloud, fn, version, family, root, onIdle, onDead) {
    this.cloud = cloud;
    this.fn = fn;
    this.version = version;
    this.family = family;
    this.root = root;
    this.onIdle = onIdle;
    this.onDead = onDead;
    this.logGroup = version.config.LoggingConfig?.LogGroup ?? `/aws/lambda/${fn.name}`;
    this.logStream = logStreamName(version.version);
  }
  cloud;
  fn;
  version;
  family;
  root;
  onIdle;
  onDead;
  state = "starting";
  /** When the pool handed it its current run, and when it last became idle (performance.now()). */
  runStartedAt = 0;
  idleSince = 0;
  logGroup;
  logStream;
  server;
  child;
  nextWaiter;
  /** The 202 owed for the last answer, held briefly so it can leave with the next invocation. */
  pendingAck;
  current;
  delivered = false;
  resolve;
  timer;
  startedAt = 0;
  deliveredAt = 0;
  initDuration;
  reportedInit = false;
  initError;
  tailLines;
  partial = { out: "", err: "" };
  exited = false;
  /** Runs one invocation; starts the process first when this environment is new. */
  run(inv) {
    return new Promise((resolve) => {
      this.current = inv;
      this.delivered = false;
      this.resolve = resolve;
      this.tailLines = inv.tail ? [] : void 0;
      if (this.state === "starting" && !this.server) {
        this.start().catch((err) => this.failStart(String(err)));
        this.timer = setTimeout(() => this.timeout(), INIT_LIMIT_MS + this.timeoutMs());
      } else {
        this.state = "busy";
        if (this.nextWaiter) this.deliver();
      }
    });
  }
  timeoutMs() {
    return (this.version.config.Timeout ?? 3) * 1e3;
  }
  async start() {
    const api = createRuntimeApi((req) => this.onRuntimeRequest(req));
    const server = api.server;
    this.server = api;
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    if (this.state === "dead") {
      api.close();
      return;
    }
    const port = server.address().port;
    const env = childEnvironment(this.cloud, this.fn, this.version, this.family, this.root, {
      logGroup: this.logGroup,
      logStream: this.logStream,
      runtimeApi: `127.0.0.1:${port}`
    });
    const interpreter = interpreterForFunction(this.cloud, this.fn.name, this.version.config.Runtime ?? "");
    const [command, args] = launchCommand(this.family, this.root.taskDir, interpreter.command);
    this.log(initStartLine(this.version.config.Runtime ?? "", this.fn.region));
    this.startedAt = performance.now();
    const child = spawn(command, args, {
      cwd: this.root.taskDir,
      env,
      stdio: ["ignore", "pipe", "pipe"]
    });
    this.child = child;
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (s) => this.onOutput("out", s));
    child.stderr.on("data", (s) => this.onOutput("err", s));
    child.on("error", (err) => this.failStart(err.message));
    child.on("exit", (code, signal) => this.onExit(code, signal));
  }
  failStart(detail) {
    if (this.current && this.resolve) {
      const payload = invalidEntrypointPayload(this.current.requestId, detail);
      this.log(`${payload}
`);
      this.kill();
      this.finish(
        { payload: Buffer.from(payload), functionError: "Unhandled", errorType: "Runtime.InvalidEntrypoint" },
        "error"
      );
    }
    this.kill();
  }
  onOutput(which, chunk) {
    const text = this.partial[which] + chunk;
    const lines = text.split("\n");
    this.partial[which] = lines.pop() ?? "";
    for (const line of lines) this.log(`${line.replaceAll("\r", "\n")}
`);
  }
  /** Log events in this environment's stream (and in the tail of the invocation asking for it). */
  log(...messages) {
    this.tailLines?.push(...messages);
    const timestamp = Date.now();
    this.cloud.logs?.putLogEvents(
      this.fn.region,
      this.logGroup,
      this.logStream,
      messages.map((message) => ({ timestamp, message }))
    );
  }
  onRuntimeRequest(req) {
    const res = req.answer;
    const url = req.url;
    if (req.headers.origin !== void 0 || req.headers["sec-fetch-site"] !== void 0) {
      return void reply(res, 403, '{"errorType":"Forbidden","errorMessage":"Browser requests are refused"}');
    }
    if (!url.startsWith(RUNTIME_PREFIX)) return void reply(res, 404, '{"errorType":"InvalidPath"}');
    const rest = url.slice(RUNTIME_PREFIX.length);
    if (req.method === "GET" && rest === "invocation/next") {
      if (this.initDuration === void 0) this.initDuration = performance.now() - this.startedAt;
      this.nextWaiter = res;
      if (this.current && !this.delivered) this.deliver();
      else if (this.state === "starting") {
        this.state = "idle";
        this.onIdle(this);
      }
      return;
    }
    const body = req.body;
    if (req.method === "POST" && rest === "init/error") {
      const type = req.headers["lambda-runtime-function-error-type"] ?? "Runtime.Unknown";
      this.initError = { payload: body, type };
      return void reply(res, 202, ACCEPTED);
    }
    const m = /^invocation\/([^/]+)\/(response|error)$/.exec(rest);
    if (req.method !== "POST" || !m) return void reply(res, 404, '{"errorType":"InvalidPath"}');
    if (!this.current || m[1] !== this.current.requestId || !this.delivered) {
      return void reply(res, 400, '{"errorType":"InvalidRequestID","errorMessage":"Invalid request ID"}');
    }
    this.pendingAck = res;
    if (m[2] === "response") this.finish({ payload: body });
    else {
      const type = req.headers["lambda-runtime-function-error-type"] ?? "Unhandled";
      this.finish({ payload: body, functionError: "Unhandled", errorType: errorTypeOf(body, type) });
    }
  }
  /** Sends the 202 still owed, if the next invocation did not take it along. */
  sendAck = () => {
    const ack = this.pendingAck;
    this.pendingAck = void 0;
    if (ack) reply(ack, 202, ACCEPTED);
  };
  deliver() {
    const inv = this.current;
    const res = this.nextWaiter;
    this.nextWaiter = void 0;
    this.delivered = true;
    this.state = "busy";
    this.deliveredAt = performance.now();
    const deadline = Date.now() + this.timeoutMs();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.timeout(), this.timeoutMs());
    this.log(startLine(inv.requestId, this.version.version));
    const headers = {
      "Content-Type": "application/json",
      "Lambda-Runtime-Aws-Request-Id": inv.requestId,
      "Lambda-Runtime-Deadline-Ms": deadline,
      "Lambda-Runtime-Invoked-Function-Arn": inv.invokedArn,
      "Lambda-Runtime-Trace-Id": `Root=1-${Math.floor(Date.now() / 1e3).toString(16)}-${inv.requestId.replaceAll("-", "").slice(0, 24)};Sampled=0`
    };
    if (inv.clientContext && /^[\x20-\x7e]*$/.test(inv.clientContext)) {
      headers["Lambda-Runtime-Client-Context"] = inv.clientContext;
    }
    const event = inv.payload.length === 0 ? "{}" : inv.payload;
    const ack = this.pendingAck;
    this.pendingAck = void 0;
    if (ack) {
      res.cork();
      reply(ack, 202, ACCEPTED);
      res.send(200, headers, event);
      res.uncork();
    } else res.send(200, headers, event);
  }
  timeout() {
    const inv = this.current;
    if (!inv || !this.resolve) return;
    const seconds = this.version.config.Timeout ?? 3;
    this.log(
      `${(/* @__PURE__ */ new Date()).toISOString()} ${inv.requestId} Task timed out after ${seconds.toFixed(2)} seconds
`
    );
    const memory = this.maxMemoryMb();
    this.kill();
    this.finish(
      {
        payload: Buffer.from(timedOutPayload(inv.requestId, seconds)),
        functionError: "Unhandled",
        errorType: "Sandbox.Timedout"
      },
      "timeout",
      memory
    );
  }
  onExit(code, signal) {
    this.exited = true;
    for (const which of ["out", "err"]) {
      if (this.partial[which]) this.log(`${this.partial[which].replaceAll("\r", "\n")}
`);
      this.partial[which] = "";
    }
    const inv = this.current;
    this.kill();
    if (inv && this.resolve) {
      if (this.initError) {
        this.finish(
          { payload: this.initError.payload, functionError: "Unhandled", errorType: this.initError.type },
          "error"
        );
      } else {
        const payload = exitPayload(inv.requestId, code, signal);
        this.log(`${payload}
`);
        this.finish(
          { payload: Buffer.from(payload), functionError: "Unhandled", errorType: "Runtime.ExitError" },
          "error"
        );
      }
    }
  }
  finish(answer, status, memory) {
    const inv = this.current;
    const resolve = this.resolve;
    this.resolve = void 0;
    clearTimeout(this.timer);
    const duration = this.delivered ? performance.now() - this.deliveredAt : 0;
    const result2 = answer;
    result2.durationMs = duration;
    const first2 = this.initDuration !== void 0 && !this.reportedInit;
    this.reportedInit = true;
    const done = () => {
      this.log(
        endLine(inv.requestId),
        reportLine(
          inv.requestId,
          duration,
          this.version.config.MemorySize ?? 128,
          memory ?? this.maxMemoryMb(),
          first2 ? this.initDuration : void 0,
          status
        )
      );
      if (this.tailLines) result2.logTail = this.tailLines.join("");
      this.tailLines = void 0;
      this.current = void 0;
      if (this.state !== "dead") {
        this.state = "idle";
        this.onIdle(this);
      }
      resolve(result2);
      if (this.pendingAck) setImmediate(this.sendAck);
    };
    if (status === void 0) setImmediate(done);
    else done();
  }
  memoryMb = 0;
  memoryReadAt = 0;
  /** The process's peak RSS (Linux), read at most once a second: a file read per call costs too much. */
  maxMemoryMb() {
    const pid = this.child?.pid;
    const now = Date.now();
    if (!pid || this.exited || now - this.memoryReadAt < 1e3) return this.memoryMb;
    this.memoryReadAt = now;
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) this.memoryMb = Math.round(Number(m[1]) / 1024);
    } catch {
    }
    return this.memoryMb;
  }
  /** Ends the process and the listener; the environment is not used again. */
  kill() {
    if (this.state === "dead") return;
    this.state = "dead";
    clearTimeout(this.timer);
    if (this.child && !this.exited) this.child.kill("SIGKILL");
    this.nextWaiter = void 0;
    this.pendingAck = void 0;
    this.server?.close();
    this.onDead(this);
  }
};
var ACCEPTED = '{"status":"OK"}';
var JSON_TYPE = { "Content-Type": "application/json" };
function reply(res, status, body) {
  res.send(status, JSON_TYPE, body);
}
function errorTypeOf(body, fallback) {
  const m = /"errorType"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(body.toString("utf8"));
  return m ? m[1] : fallback;
}

// ../local-cloud/src/lambda/runtime/executionRoot.ts
import {
  copyFileSync,
  existsSync as existsSync3,
  linkSync,
  lstatSync,
  mkdirSync as mkdirSync6,
  mkdtempSync as mkdtempSync3,
  readdirSync as readdirSync3,
  rmSync as rmSync2
} from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import path9 from "node:path";
function linkTree(from, to) {
  mkdirSync6(to, { recursive: true });
  for (const entry of readdirSync3(from, { withFileTypes: true })) {
    const source = path9.join(from, entry.name);
    const target = path9.join(to, entry.name);
    const there = lstatSync(target, { throwIfNoEntry: false });
    if (entry.isDirectory()) {
      if (there && !there.isDirectory()) rmSync2(target, { force: true });
      linkTree(source, target);
      continue;
    }
    if (there) rmSync2(target, { recursive: true, force: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}
var nodeMajor = (runtime) => /^nodejs(\d+)/.exec(runtime ?? "")?.[1];
var ExecutionRoots = class {
  roots = /* @__PURE__ */ new Map();
  dirs = /* @__PURE__ */ new Set();
  /** The version's root, made on first use when it has layers. */
  of(version, family) {
    const layers = version.layers ?? [];
    const code = version.code;
    if (layers.length === 0) return { taskDir: code.dir, nodePath: code.moduleDirs };
    const runtime = version.config.Runtime ?? "";
    const key2 = [code.root, runtime, ...layers.map((l) => l.arn)].join("\0");
    let root = this.roots.get(key2);
    if (!root) {
      root = this.make(version, family, runtime);
      this.roots.set(key2, root);
    }
    return root;
  }
  make(version, family, runtime) {
    const dir = mkdtempSync3(path9.join(tmpdir3(), "local-cloud-env-"));
    this.dirs.add(dir);
    const optDir = path9.join(dir, "opt");
    mkdirSync6(optDir);
    for (const layer of version.layers ?? []) linkTree(layer.dir, optDir);
    const code = version.code;
    if (family !== "nodejs") return { taskDir: code.dir, optDir, nodePath: code.moduleDirs };
    const major = nodeMajor(runtime);
    const fromLayers = [
      ...major ? [path9.join(optDir, "nodejs", `node${major}`, "node_modules")] : [],
      path9.join(optDir, "nodejs", "node_modules")
    ].filter((d) => existsSync3(d));
    const nodePath = [...fromLayers, ...code.moduleDirs];
    const top = path9.join(dir, "root");
    mkdirSync6(top);
    const taskDir = taskDirUnder(top, nodePath);
    linkTree(code.dir, taskDir);
    return { taskDir, optDir, nodePath };
  }
  /** Removes every root made (the cloud stops). */
  removeAll() {
    for (const dir of this.dirs) removeCode(dir);
    this.dirs.clear();
    this.roots.clear();
  }
};

// ../local-cloud/src/lambda/runtime/pool.ts
var MAX_ENVIRONMENTS = Math.max(8, availableParallelism() * 4);
var SHORT_MS = 4;
var CORES = availableParallelism();
var Pool = class {
  constructor(cloud, isCurrent) {
    this.cloud = cloud;
    this.isCurrent = isCurrent;
  }
  cloud;
  isCurrent;
  live = /* @__PURE__ */ new Set();
  idle = /* @__PURE__ */ new Map();
  inUse = /* @__PURE__ */ new WeakMap();
  totalInUse = 0;
  waiters = [];
  pumping = false;
  stopped = false;
  /** Average run time per code version (ms), for deciding whether to wait for a warm process. */
  runMs = /* @__PURE__ */ new WeakMap();
  scaleTimer;
  /** Task and `/opt` directories of versions with layers. */
  roots = new ExecutionRoots();
  /** Runs one invocation, or reports a throttle when the function or account has no concurrency left. */
  async invoke(fn, version, inv) {
    const used = this.inUse.get(fn) ?? 0;
    if (fn.reservedConcurrency !== void 0 && used >= fn.reservedConcurrency)
      return { throttled: "function" };
    if (this.totalInUse >= this.cloud.config.accountConcurrency) return { throttled: "account" };
    this.inUse.set(fn, used + 1);
    this.totalInUse++;
    try {
      const now = performance.now();
      const waitWarm = this.shouldWait(version, now);
      const env = (this.waiters.length === 0 && !waitWarm ? this.take(fn, version) : void 0) ?? await new Promise((resolve) => {
        this.waiters.push({ fn, version, resolve, since: waitWarm ? now : 0 });
        if (waitWarm) this.armScaleTimer();
        this.pump();
      });
      const started = performance.now();
      env.runStartedAt = started;
      putLambdaMetric(this.cloud, fn, "Invocations", 1);
      putLambdaMetric(this.cloud, fn, "ConcurrentExecutions", this.inUse.get(fn) ?? 1);
      const result2 = await env.run(inv);
      const took = performance.now() - started;
      putLambdaMetric(this.cloud, fn, "Duration", result2.durationMs);
      const avg = this.runMs.get(version);
      this.runMs.set(version, avg === void 0 ? took : avg * 0.8 + took * 0.2);
      return result2;
    } finally {
      this.inUse.set(fn, (this.inUse.get(fn) ?? 1) - 1);
      this.totalInUse--;
    }
  }
  /** Whether a new invocation should wait for a warm environment of its code rather than start one. */
  shouldWait(version, now) {
    const avg = this.runMs.get(version);
    if (avg === void 0 || avg >= SHORT_MS || (this.idle.get(version)?.length ?? 0) > 0) return false;
    let moving = 0;
    for (const env of this.live) {
      if (env.version !== version || env.state === "dead") continue;
      if (env.state === "idle" || now - env.runStartedAt < SHORT_MS) moving++;
    }
    return moving >= CORES;
  }
  /** Waiters that waited SHORT_MS for a warm process in vain may start one: checked once per SHORT_MS. */
  armScaleTimer() {
    if (this.scaleTimer || this.stopped) return;
    this.scaleTimer = setTimeout(() => {
      this.scaleTimer = void 0;
      const now = performance.now();
      let still = false;
      const verdicts = /* @__PURE__ */ new Map();
      for (const w of this.waiters) {
        if (w.since === 0) continue;
        let wait = verdicts.get(w.version);
        if (wait === void 0) {
          wait = this.shouldWait(w.version, now);
          verdicts.set(w.version, wait);
        }
        if (wait) still = true;
        else w.since = 0;
      }
      this.pump();
      if (still) this.armScaleTimer();
    }, SHORT_MS);
  }
  take(fn, version) {
    if (this.stopped) throw new Error("local cloud stopped");
    const idle = this.idle.get(version);
    const warm = idle?.pop();
    if (warm) {
      warm.state = "busy";
      return warm;
    }
    if (this.live.size >= MAX_ENVIRONMENTS) {
      for (const env2 of this.live) if (env2.version === version) return void 0;
      let victim;
      for (const list2 of this.idle.values()) {
        if (list2.length > 0 && (!victim || list2[0].idleSince < victim.idleSince)) victim = list2[0];
      }
      if (!victim) return void 0;
      victim.kill();
    }
    const family = runtimeFamily(version.config.Runtime);
    if (!family) throw new Error(`runtime ${version.config.Runtime} cannot run here`);
    const env = new Environment(
      this.cloud,
      fn,
      version,
      family,
      this.roots.of(version, family),
      (e) => this.onIdle(e),
      (e) => this.onDead(e)
    );
    this.live.add(env);
    this.cloud.count("EnvironmentsStarted", fn.name);
    return env;
  }
  onIdle(env) {
    if (this.stopped || !this.isCurrent(env)) {
      env.kill();
      return;
    }
    let list2 = this.idle.get(env.version);
    if (!list2) {
      list2 = [];
      this.idle.set(env.version, list2);
    }
    env.idleSince = performance.now();
    list2.push(env);
    this.pump();
  }
  onDead(env) {
    this.live.delete(env);
    const list2 = this.idle.get(env.version);
    if (list2) {
      const i = list2.indexOf(env);
      if (i >= 0) list2.splice(i, 1);
      if (list2.length === 0) this.idle.delete(env.version);
    }
    this.pump();
  }
  /**
   * Hands free environments to waiting invocations: a warm one of the same code first (in arrival
   * order among those), else a new process while there is room. Ending another function's idle
   * environment is kept for code that has no process at all, so functions sharing the machine
   * do not thrash and none starves.
   */
  pump() {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0 && !this.stopped) {
        const i = this.waiters.findIndex((w2) => (this.idle.get(w2.version)?.length ?? 0) > 0);
        if (i >= 0) {
          const w2 = this.waiters[i];
          const warm = this.idle.get(w2.version).pop();
          warm.state = "busy";
          this.waiters.splice(i, 1);
          w2.resolve(warm);
          continue;
        }
        let j = this.waiters.findIndex((w2) => w2.since === 0);
        if (j < 0) break;
        if (this.live.size >= MAX_ENVIRONMENTS) {
          const running = new Set([...this.live].map((e) => e.version));
          j = this.waiters.findIndex((w2) => w2.since === 0 && !running.has(w2.version));
          if (j < 0) break;
        }
        const w = this.waiters[j];
        const env = this.take(w.fn, w.version);
        if (!env) break;
        this.waiters.splice(j, 1);
        w.resolve(env);
      }
    } finally {
      this.pumping = false;
    }
  }
  /** Ends idle environments of a function (its code or configuration changed, or it was deleted). */
  retire(fn) {
    for (const env of [...this.live]) if (env.fn === fn && env.state === "idle") env.kill();
  }
  stop() {
    this.stopped = true;
    clearTimeout(this.scaleTimer);
    for (const env of [...this.live]) env.kill();
    this.live.clear();
    this.idle.clear();
    this.roots.removeAll();
  }
};

// ../local-cloud/src/lambda/index.ts
var regionOf = (functionArnOrName) => parseFunctionRef(functionArnOrName)?.region;
function createLambdaService(cloud) {
  const store = new LambdaStore(cloud);
  const pool = new Pool(cloud, (env) => {
    const fn = env.fn;
    if (!store.holds(fn)) return false;
    return env.version === (env.version.version === "$LATEST" ? fn.latest : fn.versions.get(env.version.version));
  });
  const disk = cloud.state ? new LambdaState(cloud.state) : void 0;
  const queue = new EventQueue(cloud, store, pool, disk);
  const mappings = new EventSourceMappings(cloud, store, pool);
  const layers = new LayerStore();
  const state = {
    cloud,
    store,
    layers,
    pool,
    queue,
    mappings,
    codeDirs: /* @__PURE__ */ new Set(),
    codeParent: disk?.codeParent
  };
  disk?.restore(store, layers);
  queue.restore();
  const internal2 = {
    invokeAsync(functionArnOrName, payload, options) {
      const region = regionOf(functionArnOrName) ?? options?.region ?? cloud.config.region;
      const resolved = store.get(functionArnOrName, region, void 0, true);
      const requestId = randomUUID7();
      queue.enqueue(resolved, payload, requestId);
      return { requestId };
    },
    describeFunction(functionArnOrName, region) {
      try {
        const { fn } = store.get(functionArnOrName, regionOf(functionArnOrName) ?? region);
        return { arn: fn.arn, role: fn.latest.config.Role };
      } catch {
        return void 0;
      }
    }
  };
  cloud.lambda = internal2;
  return {
    name: "lambda",
    faces: [
      restJsonFace({
        client: () => import("./dist-es-LAHBV35R.js"),
        operations: savingAfter(
          OPERATIONS6,
          disk && (() => disk.save(store, layers)),
          (name) => /^(Get|List|Invoke)/.test(name)
        ),
        context: (call) => new LambdaContext(state, call),
        // Invoke's raw payload (the handler's answer) is JSON.
        payloadContentType: "application/json"
      })
    ],
    start() {
      queue.resume();
    },
    async stop() {
      await mappings.stop();
      queue.stop();
      pool.stop();
      for (const dir of state.codeDirs) removeCode(dir);
      state.codeDirs.clear();
    }
  };
}

// ../local-cloud/src/logs/context.ts
var LogsContext = class {
  constructor(store, call) {
    this.store = store;
    this.call = call;
  }
  store;
  call;
  get region() {
    return this.call.region;
  }
};

// ../local-cloud/src/logs/validate.ts
var GROUP_NAME = /^[.\-_/#A-Za-z0-9]+$/;
var STREAM_NAME = /^[^:*]*$/;
function required5(value2, member) {
  if (value2 === void 0 || value2 === null) throw missingMember(member);
  return value2;
}
function checkName2(value2, member, pattern, patternText) {
  if (value2.length > 512) throw nameTooLong();
  if (value2.length === 0) {
    throw constraintViolation(value2, member, "Member must have length greater than or equal to 1");
  }
  if (!pattern.test(value2)) {
    throw constraintViolation(
      value2,
      member,
      `Member must satisfy regular expression pattern: ${patternText}`
    );
  }
  return value2;
}
var checkGroupName = (name, member = "logGroupName") => checkName2(required5(name, member), member, GROUP_NAME, "[\\.\\-_/#A-Za-z0-9]+");
var checkStreamName = (name, member = "logStreamName") => checkName2(required5(name, member), member, STREAM_NAME, "[^:*]*");
function checkLimit2(limit, max) {
  if (limit === void 0) return max;
  if (limit < 1) {
    throw constraintViolation(String(limit), "limit", "Member must have value greater than or equal to 1");
  }
  if (limit > max) {
    throw constraintViolation(String(limit), "limit", `Member must have value less than or equal to ${max}`);
  }
  return limit;
}

// ../local-cloud/src/logs/createLogGroup.ts
var CLASSES = ["DELIVERY", "ESSENTIALS", "INFREQUENT_ACCESS", "STANDARD"];
function createLogGroup(ctx, input) {
  const name = checkGroupName(input.logGroupName);
  const logGroupClass = input.logGroupClass;
  if (logGroupClass !== void 0 && !CLASSES.includes(logGroupClass)) {
    throw constraintViolation(
      logGroupClass,
      "logGroupClass",
      `Member must satisfy enum value set: [${CLASSES.join(", ")}]`
    );
  }
  if (ctx.store.find(ctx.region, name)) throw logGroupAlreadyExists();
  ctx.store.createGroup(ctx.region, name, {
    tags: input.tags,
    logGroupClass,
    deletionProtectionEnabled: input.deletionProtectionEnabled
  });
}

// ../local-cloud/src/logs/createLogStream.ts
function createLogStream(ctx, input) {
  const groupName2 = checkGroupName(input.logGroupName);
  const name = checkStreamName(input.logStreamName);
  const group = ctx.store.group(ctx.region, groupName2);
  if (group.streams.has(name)) throw logStreamAlreadyExists();
  ctx.store.createStream(group, name);
}

// ../local-cloud/src/logs/deleteLogGroup.ts
function deleteLogGroup(ctx, input) {
  const name = groupName(input);
  if (ctx.store.group(ctx.region, name).deletionProtectionEnabled) throw deletionProtected();
  ctx.store.deleteGroup(ctx.region, name);
}

// ../local-cloud/src/logs/deleteRetentionPolicy.ts
function deleteRetentionPolicy(ctx, input) {
  ctx.store.group(ctx.region, groupName(input)).retentionInDays = void 0;
}

// ../local-cloud/src/logs/describeLogGroups.ts
function describeLogGroups(ctx, input) {
  const prefix = input.logGroupNamePrefix;
  if (prefix !== void 0 && input.logGroupNamePattern !== void 0) {
    throw invalidParameter(
      "LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters."
    );
  }
  const limit = checkLimit2(input.limit, 50);
  const pattern = input.logGroupNamePattern?.toLowerCase();
  const { store } = ctx;
  const all = store.listGroups(ctx.region).filter(
    (g) => (!prefix || g.name.startsWith(prefix)) && (!pattern || g.name.toLowerCase().includes(pattern))
  );
  const start = decodeToken(input.nextToken, "g") ?? 0;
  const items = all.slice(start, start + limit);
  const logGroups = items.map((g) => {
    const arn = store.arn(g.region, g.name);
    return {
      logGroupName: g.name,
      creationTime: g.creationTime,
      retentionInDays: g.retentionInDays,
      metricFilterCount: 0,
      arn: `${arn}:*`,
      logGroupArn: arn,
      storedBytes: [...g.streams.values()].reduce((n, s) => n + s.storedBytes, 0),
      logGroupClass: g.logGroupClass,
      deletionProtectionEnabled: g.deletionProtectionEnabled
    };
  });
  const end = start + items.length;
  return { logGroups, nextToken: end < all.length ? encodeToken("g", end) : void 0 };
}

// ../local-cloud/src/logs/describeLogStreams.ts
function describeLogStreams(ctx, input) {
  const { store } = ctx;
  const limit = checkLimit2(input.limit, 50);
  const group = store.group(ctx.region, groupName(input));
  const byTime = input.orderBy === "LastEventTime";
  if (byTime && input.logStreamNamePrefix) {
    throw invalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
  }
  const prefix = input.logStreamNamePrefix;
  const all = [...group.streams.values()].filter((s) => !prefix || s.name.startsWith(prefix));
  if (byTime) {
    all.sort((a, b) => (a.lastEventTimestamp ?? a.creationTime) - (b.lastEventTimestamp ?? b.creationTime));
  } else all.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  if (input.descending) all.reverse();
  const start = decodeToken(input.nextToken, "s") ?? 0;
  const items = all.slice(start, start + limit);
  const groupArn = store.arn(group.region, group.name);
  const logStreams = items.map((s) => ({
    logStreamName: s.name,
    creationTime: s.creationTime,
    firstEventTimestamp: s.firstEventTimestamp,
    lastEventTimestamp: s.lastEventTimestamp,
    lastIngestionTime: s.lastIngestionTime,
    // AWS shows no token for a stream that has had no events.
    uploadSequenceToken: s.events.length > 0 ? sequenceToken(s.events.length) : void 0,
    arn: `${groupArn}:log-stream:${s.name}`,
    storedBytes: 0
  }));
  const end = start + items.length;
  return { logStreams, nextToken: end < all.length ? encodeToken("s", end) : void 0 };
}

// ../local-cloud/src/logs/filterPattern.ts
function tokens(pattern) {
  const out = [];
  const re = /([?-]?)"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) {
    out.push(m[3] !== void 0 ? m[3] : `${m[1]}\0${m[2].replace(/\\(.)/g, "$1")}`);
  }
  return out;
}
function termMatcher(pattern) {
  const any = [];
  const all = [];
  const none = [];
  for (const t of tokens(pattern)) {
    const quoted2 = t.includes("\0");
    const prefix = quoted2 ? t.slice(0, t.indexOf("\0")) : t[0] === "?" || t[0] === "-" && t.length > 1 ? t[0] : "";
    const text = quoted2 ? t.slice(t.indexOf("\0") + 1) : t.slice(prefix.length);
    if (prefix === "?") any.push(text);
    else if (prefix === "-") none.push(text);
    else all.push(text);
  }
  if (any.length > 0) return (m) => any.some((t) => m.includes(t));
  return (m) => all.every((t) => m.includes(t)) && !none.some((t) => m.includes(t));
}
function jsonValue(doc, path10) {
  let v = doc;
  for (const part of path10.split(".").slice(1)) {
    const arr = /^(\w+)\[(\d+)\]$/.exec(part);
    if (arr) v = v?.[arr[1]]?.[Number(arr[2])];
    else v = v?.[part];
  }
  return v;
}
function jsonMatcher(pattern) {
  const inner = pattern.trim().slice(1, -1).trim();
  const parts = inner.split(/\s*&&\s*/);
  const checks = parts.map((p) => {
    const m = /^(\$[\w.[\]]*)\s*(=|!=|>=|<=|>|<)\s*(?:"((?:[^"\\]|\\.)*)"|(\S+))$/.exec(p);
    if (!m) throw invalidFilterPattern(pattern);
    const [, path10, op, quoted2, bare2] = m;
    return (doc) => {
      const v = jsonValue(doc, path10);
      if (quoted2 !== void 0 || bare2 !== void 0 && Number.isNaN(Number(bare2)) && bare2 !== "true" && bare2 !== "false" && bare2 !== "NULL") {
        const want = quoted2 ?? bare2;
        const glob = new RegExp(`^${want.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
        const eq = typeof v === "string" && glob.test(v);
        return op === "=" ? eq : op === "!=" ? !eq : false;
      }
      if (bare2 === "true" || bare2 === "false")
        return op === "=" ? v === (bare2 === "true") : v !== (bare2 === "true");
      if (bare2 === "NULL") return op === "=" ? v === null : v !== null;
      const n = Number(bare2);
      if (typeof v !== "number") return op === "!=";
      return op === "=" ? v === n : op === "!=" ? v !== n : op === ">" ? v > n : op === "<" ? v < n : op === ">=" ? v >= n : v <= n;
    };
  });
  return (message) => {
    let doc;
    try {
      doc = JSON.parse(message);
    } catch {
      return false;
    }
    return checks.every((c) => c(doc));
  };
}
function compileFilterPattern(pattern) {
  const p = (pattern ?? "").trim();
  if (p === "" || p === '""') return () => true;
  if (p.startsWith("{")) {
    if (!p.endsWith("}")) throw invalidFilterPattern(p);
    return jsonMatcher(p);
  }
  if (p.startsWith("[")) throw invalidFilterPattern(p);
  return termMatcher(p);
}

// ../local-cloud/src/logs/filterLogEvents.ts
function filterLogEvents(ctx, input) {
  if (input.logStreamNames && input.logStreamNamePrefix) {
    throw invalidParameter("Cannot specify both logStreamNames and logStreamNamePrefix.");
  }
  const limit = checkLimit2(input.limit, 1e4);
  const group = ctx.store.group(ctx.region, groupName(input));
  const match = compileFilterPattern(input.filterPattern);
  const names = input.logStreamNames ? new Set(input.logStreamNames) : void 0;
  const prefix = input.logStreamNamePrefix;
  const found2 = [];
  for (const s of group.streams.values()) {
    if (names && !names.has(s.name)) continue;
    if (prefix && !s.name.startsWith(prefix)) continue;
    for (const e of s.events) {
      if (input.startTime !== void 0 && e.timestamp < input.startTime) continue;
      if (input.endTime !== void 0 && e.timestamp > input.endTime) continue;
      if (!match(e.message)) continue;
      found2.push({
        logStreamName: s.name,
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: e.ingestionTime,
        eventId: sequenceToken(e.seq)
      });
    }
  }
  const sorted = found2.sort((a, b) => a.timestamp - b.timestamp || (a.eventId < b.eventId ? -1 : 1));
  const start = startAfter(sorted, input.nextToken);
  const events = sorted.slice(start, start + limit);
  const end = start + events.length;
  const last = events.at(-1);
  return {
    events,
    searchedLogStreams: [],
    nextToken: end < sorted.length && last ? `e/${last.timestamp}/${last.eventId}` : void 0
  };
}
function startAfter(sorted, token) {
  if (!token) return 0;
  const m = /^e\/(\d+)\/(\d{56})$/.exec(token);
  if (!m) throw invalidNextToken();
  const time = Number(m[1]);
  const id = m[2];
  const i = sorted.findIndex((e) => e.timestamp > time || e.timestamp === time && e.eventId > id);
  return i < 0 ? sorted.length : i;
}

// ../local-cloud/src/logs/getLogEvents.ts
function getLogEvents(ctx, input) {
  const streamName = required5(input.logStreamName, "logStreamName");
  const limit = checkLimit2(input.limit, 1e4);
  const group = ctx.store.group(ctx.region, groupName(input));
  const stream = ctx.store.stream(group, streamName);
  const inRange = stream.events.filter(
    (e) => (input.startTime === void 0 || e.timestamp >= input.startTime) && (input.endTime === void 0 || e.timestamp < input.endTime)
  );
  const indexOf = (position) => {
    const i = inRange.findIndex((e) => e.seq >= position);
    return i < 0 ? inRange.length : i;
  };
  const positionOf = (index) => inRange[index]?.seq ?? group.nextSeq;
  let start;
  let end;
  const token = input.nextToken;
  if (token) {
    const m = /^([fb])\/(\d+)$/.exec(token);
    if (!m) throw invalidNextToken();
    const at = indexOf(Number(m[2]));
    if (m[1] === "f") {
      start = at;
      end = Math.min(at + limit, inRange.length);
    } else {
      end = at;
      start = Math.max(0, at - limit);
    }
  } else if (input.startFromHead) {
    start = 0;
    end = Math.min(limit, inRange.length);
  } else {
    end = inRange.length;
    start = Math.max(0, end - limit);
  }
  start = Math.min(start, inRange.length);
  end = Math.max(start, Math.min(end, inRange.length));
  return {
    events: inRange.slice(start, end).map((e) => ({
      timestamp: e.timestamp,
      message: e.message,
      ingestionTime: e.ingestionTime
    })),
    nextForwardToken: encodeToken("f", positionOf(end)),
    nextBackwardToken: encodeToken("b", positionOf(start))
  };
}

// ../local-cloud/src/logs/putLogEvents.ts
var HOUR2 = 60 * 60 * 1e3;
var DAY = 24 * HOUR2;
function putLogEvents(ctx, input) {
  const groupName2 = checkGroupName(input.logGroupName);
  const streamName = checkStreamName(input.logStreamName);
  const events = required5(input.logEvents, "logEvents").map((e, i) => ({
    timestamp: required5(e.timestamp, `logEvents.${i + 1}.member.timestamp`),
    message: required5(e.message, `logEvents.${i + 1}.member.message`)
  }));
  if (events.length === 0) {
    throw constraintViolation("[]", "logEvents", "Member must have length greater than or equal to 1");
  }
  const { store } = ctx;
  const group = store.group(ctx.region, groupName2);
  const stream = store.stream(group, streamName);
  for (let i = 1; i < events.length; i++) {
    if (events[i].timestamp < events[i - 1].timestamp) {
      throw invalidParameter("Log events in a single PutLogEvents request must be in chronological order.");
    }
  }
  if (events[events.length - 1].timestamp - events[0].timestamp > DAY) {
    throw invalidParameter(
      "The batch of log events in a single PutLogEvents request cannot span more than 24 hours."
    );
  }
  const now = Date.now();
  const before = (limit) => {
    const n = events.findIndex((e) => e.timestamp >= limit);
    return n < 0 ? events.length : n;
  };
  const tooOld2 = before(now - 14 * DAY);
  const expired = group.retentionInDays === void 0 ? 0 : before(now - group.retentionInDays * DAY);
  const firstTooNew = events.findIndex((e) => e.timestamp > now + 2 * HOUR2);
  const end = firstTooNew < 0 ? events.length : firstTooNew;
  const start = Math.min(Math.max(tooOld2, expired), end);
  if (start < end) store.append(group, stream, events.slice(start, end));
  const rejected = {};
  if (firstTooNew >= 0) rejected.tooNewLogEventStartIndex = firstTooNew;
  if (tooOld2 > 0) rejected.tooOldLogEventEndIndex = tooOld2;
  if (expired > 0) rejected.expiredLogEventEndIndex = expired;
  return {
    nextSequenceToken: sequenceToken(stream.events.length),
    ...Object.keys(rejected).length > 0 ? { rejectedLogEventsInfo: rejected } : {}
  };
}

// ../local-cloud/src/logs/putLogGroupDeletionProtection.ts
function putLogGroupDeletionProtection(ctx, input) {
  const name = groupName({ logGroupIdentifier: required5(input.logGroupIdentifier, "logGroupIdentifier") });
  const enabled = required5(input.deletionProtectionEnabled, "deletionProtectionEnabled");
  ctx.store.group(ctx.region, name).deletionProtectionEnabled = enabled;
}

// ../local-cloud/src/logs/putRetentionPolicy.ts
var RETENTION_DAYS = [
  1,
  3,
  5,
  7,
  14,
  30,
  60,
  90,
  120,
  150,
  180,
  365,
  400,
  545,
  731,
  1096,
  1827,
  2192,
  2557,
  2922,
  3288,
  3653
];
function putRetentionPolicy(ctx, input) {
  const name = groupName(input);
  const days = input.retentionInDays;
  if (typeof days !== "number" || !RETENTION_DAYS.includes(days)) {
    throw constraintViolation(
      String(days),
      "retentionInDays",
      `Member must satisfy enum value set: [${RETENTION_DAYS.join(", ")}]`
    );
  }
  ctx.store.group(ctx.region, name).retentionInDays = days;
}

// ../local-cloud/src/logs/operations.ts
var OPERATIONS7 = {
  CreateLogGroup: createLogGroup,
  DeleteLogGroup: deleteLogGroup,
  DescribeLogGroups: describeLogGroups,
  CreateLogStream: createLogStream,
  DescribeLogStreams: describeLogStreams,
  PutLogEvents: putLogEvents,
  GetLogEvents: getLogEvents,
  FilterLogEvents: filterLogEvents,
  PutRetentionPolicy: putRetentionPolicy,
  DeleteRetentionPolicy: deleteRetentionPolicy,
  PutLogGroupDeletionProtection: putLogGroupDeletionProtection
};

// ../local-cloud/src/logs/index.ts
function createLogsService(cloud) {
  const { maxLogEventsPerGroup, maxLogEvents, maxLogBytes } = cloud.config;
  const store = new LogsStore(cloud.accountId, {
    maxEventsPerGroup: maxLogEventsPerGroup,
    maxEvents: maxLogEvents,
    maxBytes: maxLogBytes
  });
  const internal2 = {
    putLogEvents(region, group, stream, events) {
      const g = store.find(region, group) ?? store.createGroup(region, group);
      const s = g.streams.get(stream) ?? store.createStream(g, stream);
      store.append(g, s, events);
    }
  };
  cloud.logs = internal2;
  return {
    name: "logs",
    faces: [
      // A JSON 1.1 service: errors carry the bare code in `__type`, as CloudWatch Logs sends them.
      awsJsonFace({
        client: () => import("./dist-es-PTZ5LBJX.js"),
        version: "1.1",
        targetPrefix: "Logs_20140328",
        operations: OPERATIONS7,
        context: (call) => new LogsContext(store, call)
      })
    ]
  };
}

// ../local-cloud/src/s3/index.ts
import { createHash as createHash7, randomUUID as randomUUID9 } from "node:crypto";

// ../local-cloud/src/persistence/s3State.ts
var BUCKETS = "s3.bucket";
var KeptObjects = class extends Map {
  constructor(db, bucket, entries = [], write = true) {
    super();
    this.db = db;
    this.bucket = bucket;
    for (const [k, v] of entries) write ? this.set(k, v) : super.set(k, v);
  }
  db;
  bucket;
  set(key2, o) {
    const { body, ...meta } = o;
    this.db.run(
      "INSERT INTO s3_object (bucket, key, meta, body) VALUES (?, ?, ?, ?) ON CONFLICT (bucket, key) DO UPDATE SET meta = excluded.meta, body = excluded.body",
      this.bucket,
      key2,
      toStateJson(meta),
      body
    );
    return super.set(key2, o);
  }
  delete(key2) {
    this.db.run("DELETE FROM s3_object WHERE bucket = ? AND key = ?", this.bucket, key2);
    return super.delete(key2);
  }
  clear() {
    this.db.run("DELETE FROM s3_object WHERE bucket = ?", this.bucket);
    super.clear();
  }
};
var S3State = class {
  constructor(db, store) {
    this.db = db;
    this.store = store;
  }
  db;
  store;
  /** Saves every bucket's settings; a new bucket's objects start writing through from here on. */
  save() {
    const { db, store } = this;
    db.atomically(() => {
      for (const b of store.buckets.values()) {
        if (!(b.objects instanceof KeptObjects)) b.objects = new KeptObjects(db, b.name, b.objects);
      }
      db.replaceRecords(
        BUCKETS,
        [...store.buckets.values()].map((b) => [b.name, { ...b, objects: void 0, uploads: void 0 }])
      );
      const names = new Set(store.buckets.keys());
      for (const { bucket } of db.all("SELECT DISTINCT bucket FROM s3_object")) {
        if (!names.has(bucket)) db.run("DELETE FROM s3_object WHERE bucket = ?", bucket);
      }
    });
  }
  restore() {
    const { db, store } = this;
    for (const [name, saved] of db.records(BUCKETS)) {
      const rows = db.all(
        "SELECT key, meta, body FROM s3_object WHERE bucket = ? ORDER BY rowid",
        name
      );
      const objects = rows.map((r) => [
        r.key,
        { ...fromStateJson(r.meta), body: Buffer.from(r.body) }
      ]);
      store.buckets.set(name, {
        ...saved,
        objects: new KeptObjects(db, name, objects, false),
        uploads: /* @__PURE__ */ new Map()
      });
    }
  }
};

// ../local-cloud/src/s3/address.ts
function bucketFromHost(host) {
  if (!host) return void 0;
  const name = host.replace(/:\d+$/, "").toLowerCase();
  if (/^[\d.]+$/.test(name) || name.startsWith("[")) return void 0;
  const s3 = /^(.+)\.s3[.-]/.exec(name);
  if (s3) return s3[1];
  const local = /^(.+)\.localhost$/.exec(name);
  if (local) return local[1];
  return void 0;
}
function resourceType(path10) {
  const m = /^\/([^/]+)(\/.*)?$/.exec(path10);
  if (!m) return "SERVICE";
  return m[2] === void 0 || m[2] === "/" ? "BUCKET" : "OBJECT";
}

// ../local-cloud/src/s3/context.ts
var S3Context = class {
  constructor(store, ownerId, call) {
    this.store = store;
    this.ownerId = ownerId;
    this.call = call;
  }
  store;
  ownerId;
  call;
  /** The region the request is signed for, else the cloud's default. */
  get region() {
    return this.call.region;
  }
  /** `http://host:port` as the client addressed us, for the Location of a completed upload. */
  get baseUrl() {
    return this.call.baseUrl;
  }
  /** The cloud around S3, for the event notifications an operation sends. */
  get cloud() {
    return this.call.cloud;
  }
  get requestId() {
    return this.call.requestId;
  }
  /** The Owner (and Initiator) element of listings and ACLs. */
  get owner() {
    return { ID: this.ownerId, DisplayName: "local-cloud" };
  }
};

// ../local-cloud/src/s3/errors.ts
var s3Error = (code, message, status, fields, headers) => new AwsError(code, message, status, { fields, headers });
var noSuchBucket = (bucket) => s3Error("NoSuchBucket", "The specified bucket does not exist", 404, { BucketName: bucket });
var noSuchKey = (key2) => s3Error("NoSuchKey", "The specified key does not exist.", 404, { Key: key2 });
var invalidBucketName = (bucket) => s3Error("InvalidBucketName", "The specified bucket is not valid.", 400, { BucketName: bucket });
var bucketAlreadyOwnedByYou = (bucket) => s3Error(
  "BucketAlreadyOwnedByYou",
  "Your previous request to create the named bucket succeeded and you already own it.",
  409,
  { BucketName: bucket }
);
var bucketAlreadyExists = (bucket) => s3Error(
  "BucketAlreadyExists",
  "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.",
  409,
  { BucketName: bucket }
);
var bucketNotEmpty = (bucket) => s3Error("BucketNotEmpty", "The bucket you tried to delete is not empty", 409, { BucketName: bucket });
var invalidLocationConstraint = (constraint2) => s3Error("InvalidLocationConstraint", "The specified location-constraint is not valid", 400, {
  LocationConstraint: constraint2
});
var illegalLocationConstraint = (constraint2) => s3Error(
  "IllegalLocationConstraintException",
  `The ${constraint2 ?? "unspecified"} location constraint is incompatible for the region specific endpoint this request was sent to.`,
  400
);
var noSuchBucketPolicy = (bucket) => s3Error("NoSuchBucketPolicy", "The bucket policy does not exist", 404, { BucketName: bucket });
var malformedPolicy = () => s3Error("MalformedPolicy", "Policies must be valid JSON and the first byte must be '{'", 400);
var noSuchTagSet = (bucket) => s3Error("NoSuchTagSet", "The TagSet does not exist", 404, { BucketName: bucket });
var invalidTag = () => s3Error("InvalidTag", "Cannot provide multiple Tags with the same key", 400);
var unableToValidateDestinations = (failures) => s3Error(
  "InvalidArgument",
  "Unable to validate the following destination configurations",
  400,
  Object.fromEntries(
    failures.flatMap(([arn, reason], i) => [
      [`ArgumentName${i + 1}`, arn],
      [`ArgumentValue${i + 1}`, reason]
    ])
  )
);
var unsupportedEvent = (event) => invalidArgument("The event is not supported for notifications", "Event", event);
var invalidFilterRule = (name) => invalidArgument("filter rule name must be either prefix or suffix", "FilterRule", name);
var repeatedFilterRule = (name) => invalidArgument(`Cannot specify more than one ${name} rule in a filter.`, "FilterRule", name);
var overlappingConfigurations = () => invalidArgument(
  "Configurations overlap. Configurations on the same bucket cannot share a common event type.",
  "Event",
  "null"
);
var noSuchUpload = (uploadId) => s3Error(
  "NoSuchUpload",
  "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.",
  404,
  { UploadId: uploadId }
);
var invalidPart = (uploadId, partNumber2, etag) => s3Error(
  "InvalidPart",
  "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
  400,
  { UploadId: uploadId, PartNumber: partNumber2 ?? "", ETag: etag ?? "" }
);
var invalidPartOrder = (uploadId) => s3Error(
  "InvalidPartOrder",
  "The list of parts was not in ascending order. The parts list must be specified in order by part number.",
  400,
  { UploadId: uploadId }
);
var entityTooSmall = (size, minimum, partNumber2, etag) => s3Error("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size", 400, {
  ProposedSize: size,
  MinSizeAllowed: minimum,
  PartNumber: partNumber2,
  ETag: etag
});
var invalidRange = (range, size) => s3Error(
  "InvalidRange",
  "The requested range is not satisfiable",
  416,
  { RangeRequested: range, ActualObjectSize: size },
  { "Content-Range": `bytes */${size}` }
);
var preconditionFailed = (condition) => s3Error("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", 412, {
  Condition: condition
});
var notModified = (etag, lastModified) => s3Error("NotModified", "Not Modified", 304, void 0, {
  ETag: etag,
  "Last-Modified": lastModified.toUTCString()
});
var badDigest = (expected, calculated) => s3Error("BadDigest", "The Content-MD5 you specified did not match what we received.", 400, {
  ExpectedDigest: expected,
  CalculatedDigest: calculated
});
var invalidDigest = (contentMd5) => s3Error("InvalidDigest", "The Content-MD5 you specified was invalid.", 400, { "Content-MD5": contentMd5 });
var checksumMismatch = (algorithm) => s3Error("BadDigest", `The ${algorithm} you specified did not match the calculated checksum.`, 400);
var contentSha256Mismatch = (client, computed) => s3Error(
  "XAmzContentSHA256Mismatch",
  "The provided 'x-amz-content-sha256' header does not match what was computed.",
  400,
  { ClientComputedContentSHA256: client, S3ComputedContentSHA256: computed }
);
var incompleteBody = () => s3Error(
  "IncompleteBody",
  "You did not provide the number of bytes specified by the Content-Length HTTP header",
  400
);
var malformedChunks = () => invalidRequest("Invalid chunked encoding: the aws-chunked body could not be decoded.");
var malformedXml = () => s3Error(
  "MalformedXML",
  "The XML you provided was not well-formed or did not validate against our published schema",
  400
);
var invalidRequest = (message) => s3Error("InvalidRequest", message, 400);
var invalidArgument = (message, name, value2) => s3Error("InvalidArgument", message, 400, { ArgumentName: name, ArgumentValue: value2 });
var notAnInteger = (name, value2) => invalidArgument(`Provided ${name} not an integer or within integer range`, name, value2);
var negativeArgument = (name, value2) => invalidArgument(`Argument ${name} must be an integer between 0 and 2147483647`, name, value2);
var invalidPartNumber = (value2) => invalidArgument("Part number must be an integer between 1 and 10000, inclusive", "partNumber", value2);
function malformedArgument(name, value2, expected) {
  const shown = typeof value2 === "string" ? value2 : String(value2);
  if (name === "partNumber") return invalidPartNumber(shown);
  if (expected === "a number") return notAnInteger(name, shown);
  return invalidArgument(`Invalid Argument: ${name} must be ${expected}`, name, shown);
}
var invalidEncodingType = (value2) => invalidArgument("Invalid Encoding Method specified in Request", "encoding-type", value2);
var invalidContinuationToken = (token) => invalidArgument("The continuation token provided is incorrect", "continuation-token", token);
var methodNotAllowed = (method, resourceType2) => s3Error("MethodNotAllowed", "The specified method is not allowed against this resource.", 405, {
  Method: method,
  ResourceType: resourceType2
});
var notImplemented2 = (what) => s3Error("NotImplemented", `${what} is not implemented by this local cloud.`, 501);
var multipleChecksums = () => invalidRequest("Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");

// ../local-cloud/src/protocol/request.ts
function header(req, name) {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

// ../local-cloud/src/s3/checksums.ts
import { createHash as createHash4 } from "node:crypto";
import { crc32 as zlibCrc32 } from "node:zlib";
var CHECKSUM_ALGORITHMS = [
  "CRC32",
  "CRC32C",
  "CRC64NVME",
  "SHA1",
  "SHA256"
];
var CHECKSUM_BYTES = {
  CRC32: 4,
  CRC32C: 4,
  CRC64NVME: 8,
  SHA1: 20,
  SHA256: 32
};
function asChecksumAlgorithm(name) {
  const upper = name?.toUpperCase();
  return CHECKSUM_ALGORITHMS.find((a) => a === upper);
}
function md5(data) {
  return createHash4("md5").update(data).digest();
}
function md5Hex(data) {
  return md5(data).toString("hex");
}
function tableOf32(poly) {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? c >>> 1 ^ poly : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
}
var crc32cTable;
function crc32c(data) {
  crc32cTable ??= tableOf32(2197175160);
  const t = crc32cTable;
  let c = 4294967295;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
var crc64Tables;
function crc64nvme(data) {
  if (!crc64Tables) {
    const lo = new Uint32Array(256);
    const hi = new Uint32Array(256);
    const polyHi = 2590806825;
    const polyLo = 2890647989;
    for (let i = 0; i < 256; i++) {
      let l2 = i;
      let h2 = 0;
      for (let k = 0; k < 8; k++) {
        const bit = l2 & 1;
        l2 = (l2 >>> 1 | h2 << 31) >>> 0;
        h2 = h2 >>> 1;
        if (bit) {
          l2 = (l2 ^ polyLo) >>> 0;
          h2 = (h2 ^ polyHi) >>> 0;
        }
      }
      lo[i] = l2;
      hi[i] = h2;
    }
    crc64Tables = [lo, hi];
  }
  const [tlo, thi] = crc64Tables;
  let l = 4294967295;
  let h = 4294967295;
  for (let i = 0; i < data.length; i++) {
    const idx = (l ^ data[i]) & 255;
    l = ((l >>> 8 | h << 24) ^ tlo[idx]) >>> 0;
    h = (h >>> 8 ^ thi[idx]) >>> 0;
  }
  const out = Buffer.alloc(8);
  out.writeUInt32BE((h ^ 4294967295) >>> 0, 0);
  out.writeUInt32BE((l ^ 4294967295) >>> 0, 4);
  return out;
}
function uint32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
}
function checksumBytes(algorithm, data) {
  switch (algorithm) {
    case "CRC32":
      return uint32(zlibCrc32(data));
    case "CRC32C":
      return uint32(crc32c(data));
    case "CRC64NVME":
      return crc64nvme(data);
    case "SHA1":
      return createHash4("sha1").update(data).digest();
    case "SHA256":
      return createHash4("sha256").update(data).digest();
  }
}
function checksumOf(algorithm, data) {
  return checksumBytes(algorithm, data).toString("base64");
}
function givenChecksum(input) {
  for (const algorithm of CHECKSUM_ALGORITHMS) {
    const value2 = input[`Checksum${algorithm}`];
    if (value2 !== void 0) return { algorithm, value: value2 };
  }
  return void 0;
}
function checksumMember(algorithm, value2) {
  return { [`Checksum${algorithm}`]: value2 };
}

// ../local-cloud/src/s3/integrity.ts
var CHECKSUM_REQUIRED = /* @__PURE__ */ new Set(["DeleteObjects"]);
var describes = /* @__PURE__ */ new WeakMap();
function checksumsDescribeBody(operation) {
  let found2 = describes.get(operation);
  if (found2 === void 0) {
    found2 = membersOf(operation.input).some(
      ([, m]) => String(m.getMergedTraits().httpHeader).toLowerCase() === "x-amz-sdk-checksum-algorithm"
    );
    describes.set(operation, found2);
  }
  return found2;
}
function validChecksumValue(alg, value2) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value2)) return false;
  return Buffer.from(value2, "base64").length === CHECKSUM_BYTES[alg];
}
function checkBody(req, operation) {
  const contentMd5 = header(req, "content-md5");
  if (contentMd5 !== void 0) {
    const given2 = Buffer.from(contentMd5, "base64");
    if (given2.length !== 16 || given2.toString("base64") !== contentMd5) throw invalidDigest(contentMd5);
    const actual = md5(req.body).toString("base64");
    if (actual !== contentMd5) throw badDigest(contentMd5, actual);
  }
  if (!checksumsDescribeBody(operation)) return;
  const given = [];
  for (const alg of CHECKSUM_ALGORITHMS) {
    const v = header(req, `x-amz-checksum-${alg.toLowerCase()}`);
    if (v !== void 0) given.push([alg, v]);
  }
  const sdkAlgorithm = header(req, "x-amz-sdk-checksum-algorithm");
  if (given.length > 1) throw multipleChecksums();
  if (given.length === 0) {
    if (sdkAlgorithm !== void 0) {
      throw invalidRequest(
        "x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found."
      );
    }
    if (CHECKSUM_REQUIRED.has(operation.name) && contentMd5 === void 0) {
      throw invalidRequest("Missing required header for this request: Content-MD5");
    }
    return;
  }
  const [algorithm, value2] = given[0];
  if (sdkAlgorithm !== void 0 && asChecksumAlgorithm(sdkAlgorithm) !== algorithm) {
    throw invalidRequest("Value for x-amz-sdk-checksum-algorithm header is invalid.");
  }
  if (!validChecksumValue(algorithm, value2)) {
    throw invalidRequest(`Value for x-amz-checksum-${algorithm.toLowerCase()} header is invalid.`);
  }
  if (checksumOf(algorithm, req.body) !== value2) throw checksumMismatch(algorithm);
}

// ../local-cloud/src/s3/notifications.ts
var EVENT_TYPES = [
  "s3:ReducedRedundancyLostObject",
  "s3:ObjectCreated:*",
  "s3:ObjectCreated:Put",
  "s3:ObjectCreated:Post",
  "s3:ObjectCreated:Copy",
  "s3:ObjectCreated:CompleteMultipartUpload",
  "s3:ObjectRemoved:*",
  "s3:ObjectRemoved:Delete",
  "s3:ObjectRemoved:DeleteMarkerCreated",
  "s3:ObjectRestore:*",
  "s3:ObjectRestore:Post",
  "s3:ObjectRestore:Completed",
  "s3:ObjectRestore:Delete",
  "s3:Replication:*",
  "s3:Replication:OperationFailedReplication",
  "s3:Replication:OperationNotTracked",
  "s3:Replication:OperationMissedThreshold",
  "s3:Replication:OperationReplicatedAfterThreshold",
  "s3:LifecycleExpiration:*",
  "s3:LifecycleExpiration:Delete",
  "s3:LifecycleExpiration:DeleteMarkerCreated",
  "s3:LifecycleTransition",
  "s3:IntelligentTiering",
  "s3:ObjectTagging:*",
  "s3:ObjectTagging:Put",
  "s3:ObjectTagging:Delete",
  "s3:ObjectAcl:Put"
];
var NOTIFICATION = {
  as: "event notification destination",
  services: ["lambda", "sqs", "sns"],
  level: "info",
  failures: "NotificationDeliveryFailures"
};
function destinations(config) {
  const of = (arn, c) => ({
    id: c.Id ?? "",
    arn: arn ?? "",
    events: c.Events ?? [],
    filter: c.Filter
  });
  return [
    ...(config?.LambdaFunctionConfigurations ?? []).map((c) => of(c.LambdaFunctionArn, c)),
    ...(config?.QueueConfigurations ?? []).map((c) => of(c.QueueArn, c)),
    ...(config?.TopicConfigurations ?? []).map((c) => of(c.TopicArn, c))
  ];
}
function eventMatches(configured, event) {
  const name = configured.startsWith("s3:") ? configured.slice(3) : configured;
  return name.endsWith(":*") ? event.startsWith(name.slice(0, -1)) : name === event;
}
function filterRules(filter) {
  const rules = /* @__PURE__ */ new Map();
  for (const r of filter?.Key?.FilterRules ?? [])
    rules.set(String(r.Name ?? "").toLowerCase(), r.Value ?? "");
  return rules;
}
function keyMatches(filter, key2) {
  const rules = filterRules(filter);
  return key2.startsWith(rules.get("prefix") ?? "") && key2.endsWith(rules.get("suffix") ?? "");
}
function recordKey2(key2) {
  return encodeURIComponent(key2).replace(/%20/g, "+").replace(/%2F/g, "/");
}
function notify(cloud, bucket, event, object, requestId, sequencer) {
  for (const d of destinations(bucket.notification)) {
    if (!d.events.some((e) => eventMatches(e, event)) || !keyMatches(d.filter, object.key)) continue;
    const record = {
      eventVersion: "2.1",
      eventSource: "aws:s3",
      awsRegion: bucket.region,
      eventTime: (/* @__PURE__ */ new Date()).toISOString(),
      eventName: event,
      userIdentity: { principalId: `AWS:${cloud.accountId}` },
      requestParameters: { sourceIPAddress: "127.0.0.1" },
      responseElements: { "x-amz-request-id": requestId, "x-amz-id-2": requestId },
      s3: {
        s3SchemaVersion: "1.0",
        configurationId: d.id,
        bucket: {
          name: bucket.name,
          ownerIdentity: { principalId: cloud.accountId },
          arn: `arn:aws:s3:::${bucket.name}`
        },
        object: event.startsWith("ObjectRemoved") ? { key: recordKey2(object.key), sequencer } : { key: recordKey2(object.key), size: object.size, eTag: object.etag, sequencer }
      }
    };
    send2(cloud, bucket, d.arn, JSON.stringify({ Records: [record] }), `event ${event} of ${object.key}`);
  }
}
function sendTestEvents(cloud, bucket, requestId) {
  const arns = new Set(
    destinations(bucket.notification).map((d) => d.arn).filter((arn) => parseArn(arn)?.service !== "lambda")
  );
  for (const arn of arns) {
    const body = JSON.stringify({
      Service: "Amazon S3",
      Event: "s3:TestEvent",
      Time: (/* @__PURE__ */ new Date()).toISOString(),
      Bucket: bucket.name,
      RequestId: requestId,
      HostId: requestId
    });
    send2(cloud, bucket, arn, body, "s3:TestEvent");
  }
}
function send2(cloud, bucket, arn, body, what) {
  cloud.deliverTo(arn, body, {
    sender: NOTIFICATION,
    dimension: bucket.name,
    what: `s3: bucket ${bucket.name}: ${what}`,
    region: bucket.region,
    subject: "Amazon S3 Notification"
  });
}

// ../local-cloud/src/s3/etag.ts
function quoted(etag) {
  return `"${etag}"`;
}
function unquoted(etag) {
  return etag.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
}

// ../local-cloud/src/s3/objectHeaders.ts
var DEFAULT_CONTENT_TYPE = "binary/octet-stream";
function objectHeadersFrom(input) {
  return {
    contentType: input.ContentType || DEFAULT_CONTENT_TYPE,
    cacheControl: input.CacheControl,
    contentDisposition: input.ContentDisposition,
    contentEncoding: input.ContentEncoding,
    contentLanguage: input.ContentLanguage,
    expires: input.Expires,
    metadata: { ...input.Metadata }
  };
}
function copiedHeaders(src) {
  return {
    contentType: src.contentType,
    cacheControl: src.cacheControl,
    contentDisposition: src.contentDisposition,
    contentEncoding: src.contentEncoding,
    contentLanguage: src.contentLanguage,
    expires: src.expires,
    metadata: { ...src.metadata }
  };
}
function describeObject(obj, input, checksumMode) {
  return {
    AcceptRanges: "bytes",
    LastModified: obj.lastModified,
    ETag: quoted(obj.etag),
    ContentType: input.ResponseContentType ?? obj.contentType,
    CacheControl: input.ResponseCacheControl ?? obj.cacheControl,
    ContentDisposition: input.ResponseContentDisposition ?? obj.contentDisposition,
    ContentEncoding: input.ResponseContentEncoding ?? obj.contentEncoding,
    ContentLanguage: input.ResponseContentLanguage ?? obj.contentLanguage,
    Expires: input.ResponseExpires ?? obj.expires,
    ServerSideEncryption: "AES256",
    Metadata: obj.metadata,
    ...checksumMode ? { ...checksumMember(obj.checksum.algorithm, obj.checksum.value), ChecksumType: obj.checksum.type } : {}
  };
}

// ../local-cloud/src/s3/abortMultipartUpload.ts
function abortMultipartUpload(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const upload = ctx.store.upload(bucket, input.UploadId, input.Key);
  bucket.uploads.delete(upload.uploadId);
  return {};
}

// ../local-cloud/src/s3/completeMultipartUpload.ts
import { createHash as createHash5 } from "node:crypto";

// ../local-cloud/src/s3/conditions.ts
function etagMatches(list2, etag) {
  return list2.split(",").some((t) => t.trim() === "*" || unquoted(t) === etag);
}
function checkReadConditions(input, obj) {
  const modified = obj.lastModified.getTime();
  if (input.IfMatch !== void 0) {
    if (!etagMatches(input.IfMatch, obj.etag)) throw preconditionFailed("If-Match");
  } else if (input.IfUnmodifiedSince && modified > input.IfUnmodifiedSince.getTime()) {
    throw preconditionFailed("If-Unmodified-Since");
  }
  const notModifiedNow = input.IfNoneMatch !== void 0 ? etagMatches(input.IfNoneMatch, obj.etag) : input.IfModifiedSince !== void 0 && modified <= input.IfModifiedSince.getTime();
  if (notModifiedNow) throw notModified(quoted(obj.etag), obj.lastModified);
}
function checkWriteConditions(input, key2, existing) {
  if (input.IfNoneMatch !== void 0 && existing) throw preconditionFailed("If-None-Match");
  if (input.IfMatch !== void 0) {
    if (!existing) throw noSuchKey(key2);
    if (unquoted(input.IfMatch) !== existing.etag && input.IfMatch.trim() !== "*")
      throw preconditionFailed("If-Match");
  }
}
function parseRange(value2, size) {
  if (value2 === void 0) return void 0;
  const m = /^bytes=(\d*)-(\d*)$/.exec(value2.trim());
  if (!m || m[1] === "" && m[2] === "") return void 0;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) throw invalidRange(value2, size);
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== "" && Number(m[2]) < start) return void 0;
  if (start >= size) throw invalidRange(value2, size);
  return { start, end };
}

// ../local-cloud/src/s3/store.ts
function s3Now() {
  return new Date(Math.floor(Date.now() / 1e3) * 1e3);
}
var S3Store = class {
  buckets = /* @__PURE__ */ new Map();
  /**
   * Buckets of AWS's own accounts that the cloud's services receive uploads in (CloudFormation's custom
   * resource responses): a PUT into one goes to its receiver, is never listed and its name is taken.
   */
  owned = /* @__PURE__ */ new Map();
  /** Orders the event notifications of one key (`sequencer`). */
  sequence = 0;
  nextSequencer() {
    this.sequence += 1;
    return (Date.now() * 1e3 + this.sequence % 1e3).toString(16).toUpperCase().padStart(18, "0");
  }
  /** The bucket an input names (the codec always binds the label; `undefined` only in the types). */
  bucket(name) {
    const b = this.buckets.get(name ?? "");
    if (!b) throw noSuchBucket(name ?? "");
    return b;
  }
  object(bucket, key2) {
    const o = bucket.objects.get(key2 ?? "");
    if (!o) throw noSuchKey(key2 ?? "");
    return o;
  }
  /** The upload an input names, which must be for this key. */
  upload(bucket, uploadId, key2) {
    const upload = bucket.uploads.get(uploadId ?? "");
    if (!upload || upload.key !== key2) throw noSuchUpload(uploadId ?? "");
    return upload;
  }
};
var SURROGATE = /[\uD800-\uDFFF]/;
function compareKeys(a, b) {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

// ../local-cloud/src/s3/putObject.ts
function storeObject(bucket, key2, body, headers, checksum) {
  const obj = {
    ...headers,
    key: key2,
    body,
    etag: md5Hex(body),
    lastModified: s3Now(),
    checksum: {
      ...checksum ?? { algorithm: "CRC64NVME", value: checksumOf("CRC64NVME", body) },
      type: "FULL_OBJECT"
    }
  };
  bucket.objects.set(key2, obj);
  return obj;
}
var objectOf = (obj) => ({ key: obj.key, size: obj.body.length, etag: obj.etag });
function putObject(ctx, input) {
  const key2 = input.Key ?? "";
  const receiver = ctx.store.owned.get(input.Bucket ?? "");
  if (receiver) {
    const body = input.Body ?? Buffer.alloc(0);
    receiver(key2, body);
    return { ETag: quoted(md5Hex(body)), ServerSideEncryption: "AES256" };
  }
  const bucket = ctx.store.bucket(input.Bucket);
  checkWriteConditions(input, key2, bucket.objects.get(key2));
  const obj = storeObject(
    bucket,
    key2,
    input.Body ?? Buffer.alloc(0),
    objectHeadersFrom(input),
    givenChecksum(input)
  );
  notify(ctx.cloud, bucket, "ObjectCreated:Put", objectOf(obj), ctx.requestId, ctx.store.nextSequencer());
  return {
    ETag: quoted(obj.etag),
    ServerSideEncryption: "AES256",
    ...checksumMember(obj.checksum.algorithm, obj.checksum.value),
    ChecksumType: "FULL_OBJECT"
  };
}

// ../local-cloud/src/s3/completeMultipartUpload.ts
var MIN_PART_SIZE = 5 * 1024 * 1024;
function completeMultipartUpload(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const upload = ctx.store.upload(bucket, input.UploadId, input.Key);
  const uploadId = upload.uploadId;
  const key2 = upload.key;
  const listed = input.MultipartUpload?.Parts ?? [];
  if (listed.length === 0 || listed.some((p) => !Number.isInteger(p.PartNumber) || p.ETag === void 0))
    throw malformedXml();
  for (let i = 1; i < listed.length; i++) {
    if ((listed[i].PartNumber ?? 0) <= (listed[i - 1].PartNumber ?? 0)) throw invalidPartOrder(uploadId);
  }
  const parts = listed.map((p) => {
    const stored = upload.parts.get(p.PartNumber ?? 0);
    if (!stored || unquoted(p.ETag ?? "") !== stored.etag) throw invalidPart(uploadId, p.PartNumber, p.ETag);
    return stored;
  });
  parts.forEach((p, i) => {
    if (i < parts.length - 1 && p.body.length < MIN_PART_SIZE)
      throw entityTooSmall(p.body.length, MIN_PART_SIZE, p.partNumber, p.etag);
  });
  checkWriteConditions(input, key2, bucket.objects.get(key2));
  const body = Buffer.concat(parts.map((p) => p.body));
  const md5s = Buffer.concat(parts.map((p) => Buffer.from(p.etag, "hex")));
  const etag = `${createHash5("md5").update(md5s).digest("hex")}-${parts.length}`;
  const algorithm = upload.checksumAlgorithm ?? "CRC64NVME";
  const partSums = () => Buffer.concat(parts.map((p) => Buffer.from(p.checksum ?? "", "base64")));
  const checksum = upload.checksumType === "COMPOSITE" ? {
    algorithm,
    type: "COMPOSITE",
    value: `${checksumBytes(algorithm, partSums()).toString("base64")}-${parts.length}`
  } : { algorithm, type: "FULL_OBJECT", value: checksumOf(algorithm, body) };
  const obj = {
    contentType: upload.contentType,
    cacheControl: upload.cacheControl,
    contentDisposition: upload.contentDisposition,
    contentEncoding: upload.contentEncoding,
    contentLanguage: upload.contentLanguage,
    expires: upload.expires,
    metadata: upload.metadata,
    key: key2,
    body,
    etag,
    lastModified: s3Now(),
    checksum,
    partsCount: parts.length
  };
  bucket.objects.set(key2, obj);
  bucket.uploads.delete(uploadId);
  const event = "ObjectCreated:CompleteMultipartUpload";
  notify(ctx.cloud, bucket, event, objectOf(obj), ctx.requestId, ctx.store.nextSequencer());
  return {
    Location: `${ctx.baseUrl}/${bucket.name}/${encodeURIComponent(key2).replace(/%2F/g, "/")}`,
    Bucket: bucket.name,
    Key: key2,
    ETag: quoted(etag),
    ...checksumMember(checksum.algorithm, checksum.value),
    ChecksumType: checksum.type,
    ServerSideEncryption: "AES256"
  };
}

// ../local-cloud/src/s3/copyObject.ts
function parseCopySource(value2) {
  const [path10] = value2.split("?");
  let decoded;
  try {
    decoded = decodeURIComponent(path10).replace(/^\//, "");
  } catch {
    decoded = "";
  }
  const slash = decoded.indexOf("/");
  if (slash <= 0 || slash === decoded.length - 1) {
    throw invalidArgument("Invalid copy source object key", "x-amz-copy-source", value2);
  }
  return { bucket: decoded.slice(0, slash), key: decoded.slice(slash + 1) };
}
function copyObject(ctx, input) {
  const directive = input.MetadataDirective ?? "COPY";
  if (directive !== "COPY" && directive !== "REPLACE") {
    throw invalidArgument("Unknown metadata directive.", "x-amz-metadata-directive", directive);
  }
  const bucket = ctx.store.bucket(input.Bucket);
  const key2 = input.Key ?? "";
  const source = parseCopySource(input.CopySource ?? "");
  const src = ctx.store.object(ctx.store.bucket(source.bucket), source.key);
  if (input.CopySourceIfMatch !== void 0 && unquoted(input.CopySourceIfMatch) !== src.etag) {
    throw preconditionFailed("x-amz-copy-source-If-Match");
  }
  if (input.CopySourceIfNoneMatch !== void 0 && unquoted(input.CopySourceIfNoneMatch) === src.etag) {
    throw preconditionFailed("x-amz-copy-source-If-None-Match");
  }
  const replace = directive === "REPLACE";
  const newAlgorithm = asChecksumAlgorithm(input.ChecksumAlgorithm);
  if (source.bucket === bucket.name && source.key === key2 && !replace && !newAlgorithm) {
    throw invalidRequest(
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes."
    );
  }
  checkWriteConditions(input, key2, bucket.objects.get(key2));
  const algorithm = newAlgorithm ?? src.checksum.algorithm;
  const obj = storeObject(
    bucket,
    key2,
    Buffer.from(src.body),
    replace ? objectHeadersFrom(input) : copiedHeaders(src),
    { algorithm, value: checksumOf(algorithm, src.body) }
  );
  notify(ctx.cloud, bucket, "ObjectCreated:Copy", objectOf(obj), ctx.requestId, ctx.store.nextSequencer());
  return {
    CopyObjectResult: {
      LastModified: obj.lastModified,
      ETag: quoted(obj.etag),
      ChecksumType: "FULL_OBJECT",
      ...checksumMember(algorithm, obj.checksum.value)
    },
    ServerSideEncryption: "AES256"
  };
}

// ../local-cloud/src/s3/validate.ts
function validateBucketName(name) {
  const ok = name.length >= 3 && name.length <= 63 && /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name) && !name.includes("..") && !/^\d+\.\d+\.\d+\.\d+$/.test(name) && !/^(xn--|sthree-|amzn-s3-demo-)/.test(name) && !/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name);
  if (!ok) throw invalidBucketName(name);
}
function maxKeys(value2, argument = "max-keys") {
  if (value2 === void 0) return 1e3;
  if (!Number.isInteger(value2) || value2 > 2147483647) throw notAnInteger(argument, String(value2));
  if (value2 < 0) throw negativeArgument(argument, String(value2));
  return Math.min(value2, 1e3);
}
function partNumber(value2) {
  if (value2 === void 0 || !Number.isInteger(value2) || value2 < 1 || value2 > 1e4)
    throw invalidPartNumber(String(value2 ?? ""));
  return value2;
}

// ../local-cloud/src/s3/createBucket.ts
function createBucket(ctx, input) {
  const name = input.Bucket ?? "";
  validateBucketName(name);
  const endpointRegion = ctx.region;
  const constraint2 = input.CreateBucketConfiguration?.LocationConstraint;
  if (constraint2 === "us-east-1") throw invalidLocationConstraint(constraint2);
  if (constraint2 === void 0 && endpointRegion !== "us-east-1") throw illegalLocationConstraint();
  if (constraint2 && endpointRegion !== "us-east-1" && constraint2 !== endpointRegion) {
    throw illegalLocationConstraint(constraint2);
  }
  const region = constraint2 || "us-east-1";
  if (ctx.store.owned.has(name)) throw bucketAlreadyExists(name);
  const existing = ctx.store.buckets.get(name);
  if (existing) {
    if (region === "us-east-1" && existing.region === "us-east-1") return { Location: `/${name}` };
    throw bucketAlreadyOwnedByYou(name);
  }
  ctx.store.buckets.set(name, {
    name,
    region,
    creationDate: s3Now(),
    objects: /* @__PURE__ */ new Map(),
    uploads: /* @__PURE__ */ new Map()
  });
  return { Location: region === "us-east-1" ? `/${name}` : `http://${name}.s3.amazonaws.com/` };
}

// ../local-cloud/src/s3/createMultipartUpload.ts
import { randomBytes as randomBytes3 } from "node:crypto";
function createMultipartUpload(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const algorithm = asChecksumAlgorithm(input.ChecksumAlgorithm);
  if (input.ChecksumAlgorithm !== void 0 && !algorithm) {
    throw invalidRequest(
      "Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]"
    );
  }
  const typeHeader = input.ChecksumType?.toUpperCase();
  const type = algorithm ? typeHeader ?? (algorithm === "CRC64NVME" ? "FULL_OBJECT" : "COMPOSITE") : void 0;
  if (type === "COMPOSITE" && algorithm === "CRC64NVME") {
    throw invalidRequest("The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.");
  }
  if (type === "FULL_OBJECT" && (algorithm === "SHA1" || algorithm === "SHA256")) {
    throw invalidRequest(
      `The FULL_OBJECT checksum type cannot be used with the ${algorithm.toLowerCase()} checksum algorithm.`
    );
  }
  const uploadId = randomBytes3(48).toString("base64url");
  const key2 = input.Key ?? "";
  bucket.uploads.set(uploadId, {
    ...objectHeadersFrom(input),
    uploadId,
    key: key2,
    initiated: /* @__PURE__ */ new Date(),
    checksumAlgorithm: algorithm,
    checksumType: type,
    parts: /* @__PURE__ */ new Map()
  });
  return {
    Bucket: bucket.name,
    Key: key2,
    UploadId: uploadId,
    ServerSideEncryption: "AES256",
    ChecksumAlgorithm: algorithm,
    ChecksumType: type
  };
}

// ../local-cloud/src/s3/deleteBucket.ts
function deleteBucket(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  if (bucket.objects.size > 0) throw bucketNotEmpty(bucket.name);
  ctx.store.buckets.delete(bucket.name);
}

// ../local-cloud/src/s3/deleteBucketEncryption.ts
function deleteBucketEncryption(ctx, input) {
  ctx.store.bucket(input.Bucket).encryption = void 0;
}

// ../local-cloud/src/s3/deleteBucketPolicy.ts
function deleteBucketPolicy(ctx, input) {
  ctx.store.bucket(input.Bucket).policy = void 0;
}

// ../local-cloud/src/s3/deleteBucketTagging.ts
function deleteBucketTagging(ctx, input) {
  ctx.store.bucket(input.Bucket).tags = void 0;
}

// ../local-cloud/src/s3/deleteObject.ts
function deleteObject(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const key2 = input.Key ?? "";
  bucket.objects.delete(key2);
  notify(ctx.cloud, bucket, "ObjectRemoved:Delete", { key: key2 }, ctx.requestId, ctx.store.nextSequencer());
}

// ../local-cloud/src/s3/deleteObjects.ts
function deleteObjects(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const objects = input.Delete?.Objects ?? [];
  if (objects.length === 0 || objects.length > 1e3 || objects.some((o) => o.Key === void 0))
    throw malformedXml();
  const deleted = objects.map((o) => {
    bucket.objects.delete(o.Key ?? "");
    const seq = ctx.store.nextSequencer();
    notify(ctx.cloud, bucket, "ObjectRemoved:Delete", { key: o.Key ?? "" }, ctx.requestId, seq);
    return { Key: o.Key, VersionId: o.VersionId || void 0 };
  });
  return input.Delete?.Quiet ? {} : { Deleted: deleted };
}

// ../local-cloud/src/s3/getBucketAcl.ts
function getBucketAcl(ctx, input) {
  ctx.store.bucket(input.Bucket);
  const owner = ctx.owner;
  return {
    Owner: owner,
    Grants: [{ Grantee: { Type: "CanonicalUser", ...owner }, Permission: "FULL_CONTROL" }]
  };
}

// ../local-cloud/src/s3/getBucketEncryption.ts
var DEFAULT = {
  Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" }, BucketKeyEnabled: false }]
};
function getBucketEncryption(ctx, input) {
  const config = ctx.store.bucket(input.Bucket).encryption ?? DEFAULT;
  return {
    ServerSideEncryptionConfiguration: {
      Rules: (config.Rules ?? []).map((r) => ({
        ApplyServerSideEncryptionByDefault: r.ApplyServerSideEncryptionByDefault && {
          SSEAlgorithm: r.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
          KMSMasterKeyID: r.ApplyServerSideEncryptionByDefault.KMSMasterKeyID
        },
        BucketKeyEnabled: r.BucketKeyEnabled
      }))
    }
  };
}

// ../local-cloud/src/s3/getBucketLocation.ts
function getBucketLocation(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  return bucket.region === "us-east-1" ? {} : { LocationConstraint: bucket.region };
}

// ../local-cloud/src/s3/getBucketNotificationConfiguration.ts
function getBucketNotificationConfiguration(ctx, input) {
  return ctx.store.bucket(input.Bucket).notification ?? {};
}

// ../local-cloud/src/s3/getBucketPolicy.ts
function getBucketPolicy(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  if (bucket.policy === void 0) throw noSuchBucketPolicy(bucket.name);
  return { Policy: bucket.policy };
}

// ../local-cloud/src/s3/getBucketTagging.ts
function getBucketTagging(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  if (!bucket.tags || bucket.tags.length === 0) throw noSuchTagSet(bucket.name);
  return { TagSet: bucket.tags.map((t) => ({ Key: t.Key, Value: t.Value })) };
}

// ../local-cloud/src/s3/getBucketVersioning.ts
function getBucketVersioning(ctx, input) {
  const v = ctx.store.bucket(input.Bucket).versioning;
  return { Status: v?.Status, MFADelete: v?.MFADelete };
}

// ../local-cloud/src/s3/getObject.ts
function readObject(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const obj = ctx.store.object(bucket, input.Key);
  if (input.PartNumber !== void 0) throw notImplemented2("Reading a part (partNumber)");
  checkReadConditions(input, obj);
  const size = obj.body.length;
  const range = parseRange(input.Range, size);
  const described = describeObject(obj, input, input.ChecksumMode === "ENABLED" && range === void 0);
  if (!range) return { ...described, ContentLength: size, Body: obj.body };
  return {
    ...described,
    ContentLength: range.end - range.start + 1,
    ContentRange: `bytes ${range.start}-${range.end}/${size}`,
    Body: obj.body.subarray(range.start, range.end + 1)
  };
}
function getObject(ctx, input) {
  return readObject(ctx, input);
}

// ../local-cloud/src/s3/headBucket.ts
function headBucket(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  return { BucketRegion: bucket.region, AccessPointAlias: false };
}

// ../local-cloud/src/s3/headObject.ts
function headObject(ctx, input) {
  const { Body: _body, ...described } = readObject(ctx, input);
  return described;
}

// ../local-cloud/src/s3/listBuckets.ts
function listBuckets(ctx, input) {
  const prefix = input.Prefix ?? "";
  const buckets = [...ctx.store.buckets.values()].filter(
    (b) => b.name.startsWith(prefix) && (input.BucketRegion === void 0 || b.region === input.BucketRegion)
  ).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    Owner: ctx.owner,
    Buckets: buckets.map((b) => ({ Name: b.name, CreationDate: b.creationDate, BucketRegion: b.region })),
    Prefix: prefix || void 0
  };
}

// ../local-cloud/src/s3/listing.ts
function listPage(bucket, options) {
  const { prefix, delimiter, after, maxKeys: maxKeys2 } = options;
  const keys = [...bucket.objects.keys()].filter((k) => k.startsWith(prefix)).sort(compareKeys);
  const page7 = { contents: [], commonPrefixes: [], isTruncated: false };
  const skipUnder = after !== void 0 && delimiter && after.endsWith(delimiter) ? after : void 0;
  for (const key2 of keys) {
    if (after !== void 0 && compareKeys(key2, after) <= 0) continue;
    if (skipUnder !== void 0 && key2.startsWith(skipUnder)) continue;
    let entry = key2;
    let isPrefix = false;
    if (delimiter) {
      const at = key2.indexOf(delimiter, prefix.length);
      if (at >= 0) {
        entry = key2.slice(0, at + delimiter.length);
        isPrefix = true;
        if (page7.commonPrefixes[page7.commonPrefixes.length - 1] === entry) continue;
      }
    }
    if (page7.contents.length + page7.commonPrefixes.length >= maxKeys2) {
      page7.isTruncated = maxKeys2 > 0;
      break;
    }
    if (isPrefix) page7.commonPrefixes.push(entry);
    else page7.contents.push(bucket.objects.get(key2));
    page7.last = entry;
  }
  return page7;
}
function encoder(encodingType2) {
  if (encodingType2 !== "url") return (s) => s;
  return (s) => encodeURIComponent(s).replace(/%2F/g, "/");
}
function encodingType(value2) {
  if (value2 !== void 0 && value2 !== "url") throw invalidEncodingType(value2);
  return value2;
}

// ../local-cloud/src/s3/listObjects.ts
function listObjects(ctx, input) {
  const encoding = encodingType(input.EncodingType);
  const limit = maxKeys(input.MaxKeys);
  const bucket = ctx.store.bucket(input.Bucket);
  const prefix = input.Prefix ?? "";
  const delimiter = input.Delimiter || void 0;
  const page7 = listPage(bucket, { prefix, delimiter, after: input.Marker || void 0, maxKeys: limit });
  const enc = encoder(encoding);
  const next = page7.isTruncated && delimiter !== void 0 ? page7.last : void 0;
  return {
    Name: bucket.name,
    Prefix: enc(prefix),
    Marker: enc(input.Marker ?? ""),
    NextMarker: next !== void 0 ? enc(next) : void 0,
    MaxKeys: limit,
    Delimiter: delimiter !== void 0 ? enc(delimiter) : void 0,
    EncodingType: encoding,
    IsTruncated: page7.isTruncated,
    Contents: page7.contents.map((o) => ({
      Key: enc(o.key),
      LastModified: o.lastModified,
      ETag: quoted(o.etag),
      ChecksumAlgorithm: [o.checksum.algorithm],
      ChecksumType: o.checksum.type,
      Size: o.body.length,
      Owner: ctx.owner,
      StorageClass: "STANDARD"
    })),
    CommonPrefixes: page7.commonPrefixes.map((p) => ({ Prefix: enc(p) }))
  };
}

// ../local-cloud/src/s3/listObjectsV2.ts
function tokenKey(token) {
  const key2 = Buffer.from(token, "base64").toString("utf8");
  if (token === "" || !key2.startsWith("lc:")) throw invalidContinuationToken(token);
  return key2.slice(3);
}
function listObjectsV2(ctx, input) {
  const encoding = encodingType(input.EncodingType);
  const limit = maxKeys(input.MaxKeys);
  const bucket = ctx.store.bucket(input.Bucket);
  const prefix = input.Prefix ?? "";
  const delimiter = input.Delimiter || void 0;
  const after = input.ContinuationToken !== void 0 ? tokenKey(input.ContinuationToken) : input.StartAfter || void 0;
  const page7 = listPage(bucket, { prefix, delimiter, after, maxKeys: limit });
  const enc = encoder(encoding);
  return {
    Name: bucket.name,
    Prefix: enc(prefix),
    ContinuationToken: input.ContinuationToken,
    NextContinuationToken: page7.isTruncated && page7.last !== void 0 ? Buffer.from(`lc:${page7.last}`).toString("base64") : void 0,
    KeyCount: page7.contents.length + page7.commonPrefixes.length,
    MaxKeys: limit,
    Delimiter: delimiter !== void 0 ? enc(delimiter) : void 0,
    EncodingType: encoding,
    IsTruncated: page7.isTruncated,
    StartAfter: input.StartAfter !== void 0 ? enc(input.StartAfter) : void 0,
    Contents: page7.contents.map((o) => ({
      Key: enc(o.key),
      LastModified: o.lastModified,
      ETag: quoted(o.etag),
      ChecksumAlgorithm: [o.checksum.algorithm],
      ChecksumType: o.checksum.type,
      Size: o.body.length,
      Owner: input.FetchOwner ? ctx.owner : void 0,
      StorageClass: "STANDARD"
    })),
    CommonPrefixes: page7.commonPrefixes.map((p) => ({ Prefix: enc(p) }))
  };
}

// ../local-cloud/src/s3/listParts.ts
function listParts(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const upload = ctx.store.upload(bucket, input.UploadId, input.Key);
  const maxParts = maxKeys(input.MaxParts, "max-parts");
  const marker = Number(input.PartNumberMarker ?? 0) || 0;
  const all = [...upload.parts.values()].filter((p) => p.partNumber > marker).sort((a, b) => a.partNumber - b.partNumber);
  const page7 = all.slice(0, maxParts);
  const alg = upload.checksumAlgorithm;
  return {
    Bucket: bucket.name,
    Key: upload.key,
    UploadId: upload.uploadId,
    Initiator: ctx.owner,
    Owner: ctx.owner,
    StorageClass: "STANDARD",
    PartNumberMarker: String(marker),
    NextPartNumberMarker: page7.length > 0 ? String(page7[page7.length - 1].partNumber) : void 0,
    MaxParts: maxParts,
    IsTruncated: all.length > page7.length,
    ChecksumAlgorithm: alg,
    ChecksumType: upload.checksumType,
    Parts: page7.map((p) => ({
      PartNumber: p.partNumber,
      LastModified: p.lastModified,
      ETag: quoted(p.etag),
      Size: p.body.length,
      ...alg && p.checksum ? checksumMember(alg, p.checksum) : {}
    }))
  };
}

// ../local-cloud/src/s3/putBucketAcl.ts
function putBucketAcl(ctx, input) {
  ctx.store.bucket(input.Bucket);
}

// ../local-cloud/src/s3/putBucketEncryption.ts
function putBucketEncryption(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const rules = input.ServerSideEncryptionConfiguration?.Rules ?? [];
  if (rules.length === 0 || rules.some(
    (r) => r.ApplyServerSideEncryptionByDefault && !r.ApplyServerSideEncryptionByDefault.SSEAlgorithm
  ))
    throw malformedXml();
  bucket.encryption = {
    Rules: rules.map((r) => ({
      ApplyServerSideEncryptionByDefault: r.ApplyServerSideEncryptionByDefault && {
        SSEAlgorithm: r.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
        KMSMasterKeyID: r.ApplyServerSideEncryptionByDefault.KMSMasterKeyID
      },
      BucketKeyEnabled: r.BucketKeyEnabled
    }))
  };
}

// ../local-cloud/src/s3/putBucketNotificationConfiguration.ts
import { randomUUID as randomUUID8 } from "node:crypto";
var generatedId = () => Buffer.from(randomUUID8()).toString("base64").replace(/=+$/, "");
function withIds(list2) {
  return list2?.map(({ Id, ...rest }) => ({ Id: Id || generatedId(), ...rest }));
}
function typesOverlap(a, b) {
  const wild = (e) => e.endsWith("*");
  const stem = (e) => wild(e) ? e.slice(0, -1) : e;
  return a === b || wild(a) && stem(b).startsWith(stem(a)) || wild(b) && stem(a).startsWith(stem(b));
}
function checkShape(config) {
  const all = destinations(config);
  for (const d of all) {
    for (const e of d.events) if (!EVENT_TYPES.includes(e)) throw unsupportedEvent(e);
    const seen = /* @__PURE__ */ new Set();
    for (const r of d.filter?.Key?.FilterRules ?? []) {
      const name = String(r.Name ?? "").toLowerCase();
      if (name !== "prefix" && name !== "suffix") throw invalidFilterRule(String(r.Name ?? ""));
      if (seen.has(name)) throw repeatedFilterRule(name);
      seen.add(name);
    }
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i], all[j]];
      if (!a.events.some((x) => b.events.some((y) => typesOverlap(x, y)))) continue;
      const [fa, fb] = [filterRules(a.filter), filterRules(b.filter)];
      const [pa, pb] = [fa.get("prefix") ?? "", fb.get("prefix") ?? ""];
      const [sa, sb] = [fa.get("suffix") ?? "", fb.get("suffix") ?? ""];
      const prefixes = pa.startsWith(pb) || pb.startsWith(pa);
      const suffixes = sa.endsWith(sb) || sb.endsWith(sa);
      if (prefixes && suffixes) throw overlappingConfigurations();
    }
  }
}
function unreachable(cloud, arn, region) {
  const a = parseArn(arn);
  const exists = a?.service === "lambda" ? cloud.lambda?.describeFunction(arn, a.region || region) !== void 0 : a?.service === "sqs" ? cloud.sqs?.describeQueue(arn) !== void 0 : a?.service === "sns" ? cloud.sns?.describeTopic(arn) !== void 0 : false;
  return exists ? void 0 : "The destination does not exist";
}
function putBucketNotificationConfiguration(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const given = input.NotificationConfiguration ?? {};
  checkShape(given);
  if (input.SkipDestinationValidation !== true) {
    const failures = [];
    for (const d of destinations(given)) {
      const reason = unreachable(ctx.cloud, d.arn, bucket.region);
      if (reason) failures.push([d.arn, reason]);
    }
    if (failures.length > 0) throw unableToValidateDestinations(failures);
  }
  const config = {
    TopicConfigurations: withIds(given.TopicConfigurations),
    QueueConfigurations: withIds(given.QueueConfigurations),
    LambdaFunctionConfigurations: withIds(given.LambdaFunctionConfigurations),
    EventBridgeConfiguration: given.EventBridgeConfiguration
  };
  bucket.notification = destinations(config).length > 0 || config.EventBridgeConfiguration ? config : void 0;
  sendTestEvents(ctx.cloud, bucket, ctx.requestId);
}

// ../local-cloud/src/s3/putBucketPolicy.ts
function putBucketPolicy(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const text = input.Policy ?? "";
  let parsed;
  try {
    parsed = text.trimStart().startsWith("{") ? JSON.parse(text) : void 0;
  } catch {
    parsed = void 0;
  }
  if (parsed === void 0 || parsed === null || typeof parsed !== "object") throw malformedPolicy();
  bucket.policy = text;
}

// ../local-cloud/src/s3/putBucketTagging.ts
function putBucketTagging(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const set = input.Tagging?.TagSet;
  if (!set || set.some((t) => t.Key === void 0 || t.Value === void 0)) throw malformedXml();
  const tags2 = set.map((t) => ({ Key: t.Key, Value: t.Value }));
  if (new Set(tags2.map((t) => t.Key)).size !== tags2.length) throw invalidTag();
  bucket.tags = tags2;
}

// ../local-cloud/src/s3/putBucketVersioning.ts
function putBucketVersioning(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const config = input.VersioningConfiguration;
  if (!config) throw malformedXml();
  const status = config.Status;
  if (status !== void 0 && status !== "Enabled" && status !== "Suspended") throw malformedXml();
  bucket.versioning = { Status: status, MFADelete: config.MFADelete };
}

// ../local-cloud/src/s3/uploadPart.ts
function uploadPart(ctx, input) {
  const bucket = ctx.store.bucket(input.Bucket);
  const number = partNumber(input.PartNumber);
  const upload = ctx.store.upload(bucket, input.UploadId, input.Key);
  const body = input.Body ?? Buffer.alloc(0);
  const given = givenChecksum(input);
  const expected = upload.checksumAlgorithm;
  if (given && expected && given.algorithm !== expected) {
    throw invalidRequest(
      `Checksum Type mismatch occurred, expected checksum Type: ${expected.toLowerCase()}, actual checksum Type: ${given.algorithm.toLowerCase()}`
    );
  }
  const checksum = given?.value ?? (expected ? checksumOf(expected, body) : void 0);
  const etag = md5Hex(body);
  upload.parts.set(number, { partNumber: number, body, etag, lastModified: s3Now(), checksum });
  return {
    ServerSideEncryption: "AES256",
    ETag: quoted(etag),
    ...expected && checksum ? checksumMember(expected, checksum) : {}
  };
}

// ../local-cloud/src/s3/operations.ts
var OPERATIONS8 = {
  ListBuckets: listBuckets,
  CreateBucket: createBucket,
  HeadBucket: headBucket,
  DeleteBucket: deleteBucket,
  GetBucketLocation: getBucketLocation,
  GetBucketPolicy: getBucketPolicy,
  PutBucketPolicy: putBucketPolicy,
  DeleteBucketPolicy: deleteBucketPolicy,
  GetBucketTagging: getBucketTagging,
  PutBucketTagging: putBucketTagging,
  DeleteBucketTagging: deleteBucketTagging,
  GetBucketVersioning: getBucketVersioning,
  PutBucketVersioning: putBucketVersioning,
  GetBucketEncryption: getBucketEncryption,
  PutBucketEncryption: putBucketEncryption,
  DeleteBucketEncryption: deleteBucketEncryption,
  GetBucketAcl: getBucketAcl,
  PutBucketAcl: putBucketAcl,
  GetBucketNotificationConfiguration: getBucketNotificationConfiguration,
  PutBucketNotificationConfiguration: putBucketNotificationConfiguration,
  ListObjects: listObjects,
  ListObjectsV2: listObjectsV2,
  PutObject: putObject,
  GetObject: getObject,
  HeadObject: headObject,
  CopyObject: copyObject,
  DeleteObject: deleteObject,
  DeleteObjects: deleteObjects,
  CreateMultipartUpload: createMultipartUpload,
  UploadPart: uploadPart,
  ListParts: listParts,
  CompleteMultipartUpload: completeMultipartUpload,
  AbortMultipartUpload: abortMultipartUpload
};

// ../local-cloud/src/s3/prepare.ts
import { createHash as createHash6 } from "node:crypto";

// ../local-cloud/src/s3/chunked.ts
function decodeAwsChunked(raw) {
  const parts = [];
  const trailers = {};
  let i = 0;
  for (; ; ) {
    const eol = raw.indexOf("\r\n", i);
    if (eol < 0) throw malformedChunks();
    const sizeText = raw.toString("latin1", i, eol).split(";")[0].trim();
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw malformedChunks();
    const size = Number.parseInt(sizeText, 16);
    i = eol + 2;
    if (size === 0) break;
    if (i + size > raw.length) throw malformedChunks();
    parts.push(raw.subarray(i, i + size));
    i += size;
    if (raw.toString("latin1", i, i + 2) !== "\r\n") throw malformedChunks();
    i += 2;
  }
  while (i < raw.length) {
    let eol = raw.indexOf("\r\n", i);
    if (eol < 0) eol = raw.length;
    const line = raw.toString("latin1", i, eol);
    i = eol + 2;
    if (line === "") break;
    const colon = line.indexOf(":");
    if (colon < 0) throw malformedChunks();
    trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { body: Buffer.concat(parts), trailers };
}

// ../local-cloud/src/s3/prepare.ts
var first = (v) => Array.isArray(v) ? v[0] : v;
function isAwsChunked(headers) {
  const encoding = first(headers["content-encoding"]) ?? "";
  const sha = first(headers["x-amz-content-sha256"]) ?? "";
  return encoding.split(",").some((e) => e.trim() === "aws-chunked") || sha.startsWith("STREAMING-");
}
function prepareRequest(req) {
  const hosted = bucketFromHost(header(req, "host"));
  const path10 = hosted === void 0 ? req.path : `/${encodeURIComponent(hosted)}${req.path}`;
  const headers = { ...req.headers };
  let body = req.body;
  if (isAwsChunked(headers)) {
    const decoded = decodeAwsChunked(body);
    body = decoded.body;
    const declared = first(headers["x-amz-decoded-content-length"]);
    if (declared !== void 0 && Number(declared) !== body.length) throw incompleteBody();
    for (const [name, value2] of Object.entries(decoded.trailers)) {
      if (name.startsWith("x-amz-checksum-") && headers[name] !== void 0) throw multipleChecksums();
      headers[name] = value2;
    }
    const rest = (first(headers["content-encoding"]) ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "" && e !== "aws-chunked");
    if (rest.length > 0) headers["content-encoding"] = rest.join(",");
    else delete headers["content-encoding"];
  }
  const trailer = first(headers["x-amz-trailer"])?.trim().toLowerCase();
  if (trailer?.startsWith("x-amz-checksum-") && headers[trailer] === void 0) {
    throw invalidRequest("The x-amz-trailer header names a checksum that the body did not carry.");
  }
  const sha = first(headers["x-amz-content-sha256"]);
  if (sha && /^[0-9a-f]{64}$/i.test(sha)) {
    const actual = createHash6("sha256").update(body).digest("hex");
    if (actual !== sha.toLowerCase()) throw contentSha256Mismatch(sha, actual);
  }
  for (const name of ["if-modified-since", "if-unmodified-since"]) {
    const v = first(headers[name]);
    if (v !== void 0 && Number.isNaN(new Date(v).getTime())) delete headers[name];
  }
  return { ...req, path: path10, headers, body };
}

// ../local-cloud/src/s3/index.ts
var S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
function createS3Service(cloud) {
  const store = new S3Store();
  const disk = cloud.state ? new S3State(cloud.state, store) : void 0;
  disk?.restore();
  const objectOperation = (name) => /Object|Multipart|Part/.test(name);
  const ownerId = createHash7("sha256").update(`local-cloud:${cloud.accountId}`).digest("hex");
  const internal2 = {
    putObject(bucket, key2, body, contentType) {
      const b = store.bucket(bucket);
      const obj = storeObject(b, key2, body, {
        contentType: contentType ?? DEFAULT_CONTENT_TYPE,
        metadata: {}
      });
      notify(cloud, b, "ObjectCreated:Put", objectOf(obj), randomUUID9(), store.nextSequencer());
      return { etag: obj.etag };
    },
    bucketExists: (bucket) => store.buckets.has(bucket),
    getObject: (bucket, key2) => store.buckets.get(bucket)?.objects.get(key2)?.body,
    ownBucket: (bucket, receiver) => {
      store.owned.set(bucket, receiver);
    }
  };
  cloud.s3 = internal2;
  return {
    name: "s3",
    faces: [
      restXmlFace({
        client: () => import("./dist-es-RJ6CBSAE.js"),
        namespace: S3_NAMESPACE,
        operations: savingAfter(
          OPERATIONS8,
          disk && (() => disk.save()),
          (name) => READS.test(name) || objectOperation(name)
        ),
        context: (call) => new S3Context(store, ownerId, call),
        // The SDK carries the bucket in the host name or in front of the path, not in the model's URIs.
        endpointLabel: "Bucket",
        prepare: prepareRequest,
        checkRequest: checkBody,
        // AWS answers these with 204 where the model says 200.
        successStatus: { PutBucketPolicy: 204, PutBucketTagging: 204 },
        payloadContentType: "application/json",
        malformed: (e, binding) => malformedArgument(binding, e.value, e.expected),
        unparsableBody: malformedXml,
        unknownOperation: (req) => methodNotAllowed(req.method, resourceType(req.path))
      })
    ]
  };
}

// ../local-cloud/src/secretsmanager/errors.ts
var secretNotFound = () => new AwsError("ResourceNotFoundException", "Secrets Manager can't find the specified secret.", 400);
var stageNotFound = (stage) => new AwsError(
  "ResourceNotFoundException",
  `Secrets Manager can't find the specified secret value for staging label: ${stage}`,
  400
);
var versionNotFound = (versionId) => new AwsError(
  "ResourceNotFoundException",
  `Secrets Manager can't find the specified secret value for VersionId: ${versionId}`,
  400
);
var secretExists = (name) => new AwsError(
  "ResourceExistsException",
  `The operation failed because the secret ${name} already exists.`,
  400
);
var versionExists = () => new AwsError(
  "ResourceExistsException",
  "You can't modify an existing version, you can only create a new version.",
  400
);
var markedForDeletion = () => new AwsError(
  "InvalidRequestException",
  "You can't perform this operation on the secret because it was marked for deletion.",
  400
);
var scheduledForDeletion = () => new AwsError(
  "InvalidRequestException",
  "You can't create this secret because a secret with this name is already scheduled for deletion.",
  400
);
var invalidParameter3 = (message) => new AwsError("InvalidParameterException", message, 400);
var invalidRequest2 = (message) => new AwsError("InvalidRequestException", message, 400);
var bothValues = () => invalidParameter3(
  "You can't specify both a binary secret value and a string secret value in the same secret."
);
var invalidName = () => invalidParameter3(
  "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!"
);
var forceWithWindow = () => invalidParameter3("You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
var recoveryWindow = () => invalidParameter3("The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).");
var invalidNextToken3 = () => new AwsError("InvalidNextTokenException", "The NextToken value is invalid.", 400);
var validation = (message) => new AwsError("ValidationException", message, 400);

// ../local-cloud/src/secretsmanager/store.ts
import { randomInt as randomInt3 } from "node:crypto";
var SUFFIX = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
var SecretsStore = class {
  secrets = /* @__PURE__ */ new Map();
  of(region, accountId) {
    const key2 = `${region}/${accountId}`;
    let m = this.secrets.get(key2);
    if (!m) {
      m = /* @__PURE__ */ new Map();
      this.secrets.set(key2, m);
    }
    return m;
  }
};
function secretArn(region, accountId, name) {
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += SUFFIX[randomInt3(SUFFIX.length)];
  return `arn:aws:secretsmanager:${region}:${accountId}:secret:${name}-${suffix}`;
}
function findSecret(secrets, id) {
  const given = String(id ?? "");
  let found2;
  if (given.startsWith("arn:")) {
    found2 = [...secrets.values()].find((s) => s.arn === given || s.arn.slice(0, -7) === given);
  } else found2 = secrets.get(given);
  if (found2?.deletionDate && found2.deletionDate.getTime() <= Date.now()) {
    secrets.delete(found2.name);
    return void 0;
  }
  return found2;
}

// ../local-cloud/src/secretsmanager/context.ts
var SecretsContext = class {
  constructor(store, call) {
    this.call = call;
    this.secrets = store.of(call.region, call.accountId);
  }
  call;
  secrets;
  get region() {
    return this.call.region;
  }
  get accountId() {
    return this.call.accountId;
  }
  /** The secret SecretId names, or AWS's ResourceNotFoundException. */
  secret(id) {
    const s = findSecret(this.secrets, id);
    if (!s) throw secretNotFound();
    return s;
  }
};

// ../local-cloud/src/secretsmanager/secret.ts
var CURRENT = "AWSCURRENT";
var PREVIOUS = "AWSPREVIOUS";
var MAX_VERSIONS = 100;
var Secret = class {
  constructor(arn, name) {
    this.arn = arn;
    this.name = name;
  }
  arn;
  name;
  versions = /* @__PURE__ */ new Map();
  description;
  kmsKeyId;
  tags = [];
  created = /* @__PURE__ */ new Date();
  lastChanged = /* @__PURE__ */ new Date();
  lastAccessed;
  /** When DeleteSecret scheduled it; the secret refuses most operations from then on. */
  deleted;
  /** When it goes for good. */
  deletionDate;
  withStage(stage) {
    for (const v of this.versions.values()) if (v.stages.includes(stage)) return v;
    return void 0;
  }
  /** Adds a version and moves the given labels onto it; AWSCURRENT leaving a version leaves AWSPREVIOUS there. */
  addVersion(version, stages) {
    const added = { ...version, created: /* @__PURE__ */ new Date(), stages: [] };
    this.versions.set(added.id, added);
    for (const stage of stages) {
      const holder2 = this.withStage(stage);
      if (holder2 && holder2 !== added) {
        holder2.stages = holder2.stages.filter((s) => s !== stage);
        if (stage === CURRENT) {
          const previous = this.withStage(PREVIOUS);
          if (previous) previous.stages = previous.stages.filter((s) => s !== PREVIOUS);
          holder2.stages.push(PREVIOUS);
        }
      }
      added.stages.push(stage);
    }
    this.lastChanged = /* @__PURE__ */ new Date();
    this.prune();
    return added;
  }
  get versionsToStages() {
    const out = {};
    for (const v of this.versions.values()) if (v.stages.length > 0) out[v.id] = [...v.stages];
    return out;
  }
  describe() {
    return {
      ARN: this.arn,
      Name: this.name,
      Description: this.description,
      KmsKeyId: this.kmsKeyId,
      LastChangedDate: this.lastChanged,
      LastAccessedDate: this.lastAccessed,
      DeletedDate: this.deleted,
      Tags: this.tags.length > 0 ? this.tags : void 0,
      VersionIdsToStages: this.versionsToStages,
      CreatedDate: this.created
    };
  }
  listEntry() {
    const d = this.describe();
    return {
      ARN: d.ARN,
      Name: d.Name,
      Description: d.Description,
      KmsKeyId: d.KmsKeyId,
      LastChangedDate: d.LastChangedDate,
      LastAccessedDate: d.LastAccessedDate,
      DeletedDate: d.DeletedDate,
      Tags: d.Tags,
      SecretVersionsToStages: d.VersionIdsToStages,
      CreatedDate: d.CreatedDate
    };
  }
  prune() {
    const unlabelled = [...this.versions.values()].filter((v) => v.stages.length === 0);
    for (const v of unlabelled.slice(0, Math.max(0, this.versions.size - MAX_VERSIONS)))
      this.versions.delete(v.id);
  }
};

// ../local-cloud/src/secretsmanager/values.ts
import { randomUUID as randomUUID10 } from "node:crypto";
function versionFrom(input) {
  if (input.SecretString !== void 0 && input.SecretBinary !== void 0) throw bothValues();
  if (input.SecretString === void 0 && input.SecretBinary === void 0) return void 0;
  return {
    id: input.ClientRequestToken ?? randomUUID10(),
    SecretString: input.SecretString,
    SecretBinary: input.SecretBinary
  };
}
function sameValue(a, b) {
  if (a.SecretString !== void 0) return a.SecretString === b.SecretString;
  return a.SecretBinary !== void 0 && b.SecretBinary !== void 0 && Buffer.from(a.SecretBinary).equals(Buffer.from(b.SecretBinary));
}

// ../local-cloud/src/secretsmanager/createSecret.ts
var NAME2 = /^[a-zA-Z0-9/_+=.@!-]{1,512}$/;
function createSecret(ctx, input) {
  const name = String(input.Name ?? "");
  if (!NAME2.test(name)) throw invalidName();
  const version = versionFrom(input);
  const existing = findSecret(ctx.secrets, name);
  if (existing) {
    if (existing.deleted) throw scheduledForDeletion();
    const same = version && existing.versions.get(version.id);
    if (same && sameValue(version, same)) return { ARN: existing.arn, Name: name, VersionId: same.id };
    throw secretExists(name);
  }
  const secret = new Secret(secretArn(ctx.region, ctx.accountId, name), name);
  secret.description = input.Description;
  secret.kmsKeyId = input.KmsKeyId;
  secret.tags = input.Tags ?? [];
  ctx.secrets.set(name, secret);
  const added = version ? secret.addVersion(version, [CURRENT]) : void 0;
  return { ARN: secret.arn, Name: name, VersionId: added?.id };
}

// ../local-cloud/src/secretsmanager/deleteSecret.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
function deleteSecret(ctx, input) {
  if (input.ForceDeleteWithoutRecovery && input.RecoveryWindowInDays !== void 0) throw forceWithWindow();
  const days = input.RecoveryWindowInDays ?? 30;
  if (!input.ForceDeleteWithoutRecovery && (days < 7 || days > 30)) throw recoveryWindow();
  const secret = ctx.secret(input.SecretId);
  const now = /* @__PURE__ */ new Date();
  if (input.ForceDeleteWithoutRecovery) {
    ctx.secrets.delete(secret.name);
    return { ARN: secret.arn, Name: secret.name, DeletionDate: now };
  }
  if (secret.deleted) throw markedForDeletion();
  secret.deleted = now;
  secret.deletionDate = new Date(now.getTime() + days * DAY_MS);
  return { ARN: secret.arn, Name: secret.name, DeletionDate: secret.deletionDate };
}

// ../local-cloud/src/secretsmanager/describeSecret.ts
function describeSecret(ctx, input) {
  return ctx.secret(input.SecretId).describe();
}

// ../local-cloud/src/secretsmanager/getRandomPassword.ts
import { randomInt as randomInt4 } from "node:crypto";
var LOWER = "abcdefghijklmnopqrstuvwxyz";
var UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
var DIGITS = "0123456789";
var PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
function getRandomPassword(_ctx, input) {
  return { RandomPassword: randomPassword(input) };
}
function randomPassword(input) {
  const length = input.PasswordLength ?? 32;
  if (!Number.isInteger(length) || length < 1 || length > 4096) {
    throw invalidParameter3("Password length must be between 1 and 4096 characters.");
  }
  const excluded = new Set(input.ExcludeCharacters ?? "");
  const classes = [
    input.ExcludeLowercase ? "" : LOWER,
    input.ExcludeUppercase ? "" : UPPER,
    input.ExcludeNumbers ? "" : DIGITS,
    input.ExcludePunctuation ? "" : PUNCTUATION,
    input.IncludeSpace ? " " : ""
  ].map((c) => [...c].filter((ch) => !excluded.has(ch)).join("")).filter(Boolean);
  if (classes.length === 0) throw invalidRequest2("The password has no characters left to be made of.");
  const all = classes.join("");
  const chars = Array.from({ length }, () => all[randomInt4(all.length)]);
  if (input.RequireEachIncludedType !== false && length >= classes.length) {
    const places = /* @__PURE__ */ new Set();
    while (places.size < classes.length) places.add(randomInt4(length));
    [...places].forEach((place, i) => {
      chars[place] = classes[i][randomInt4(classes[i].length)];
    });
  }
  return chars.join("");
}

// ../local-cloud/src/secretsmanager/getSecretValue.ts
function getSecretValue(ctx, input) {
  const secret = ctx.secret(input.SecretId);
  if (secret.deleted) throw markedForDeletion();
  let version = input.VersionId ? secret.versions.get(input.VersionId) : void 0;
  if (input.VersionId) {
    if (!version || input.VersionStage && !version.stages.includes(input.VersionStage)) {
      throw versionNotFound(input.VersionId);
    }
  } else {
    const stage = input.VersionStage ?? CURRENT;
    version = secret.withStage(stage);
    if (!version) throw stageNotFound(stage);
  }
  const today = /* @__PURE__ */ new Date();
  today.setUTCHours(0, 0, 0, 0);
  secret.lastAccessed = today;
  return {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: version.id,
    SecretString: version.SecretString,
    SecretBinary: version.SecretBinary,
    VersionStages: [...version.stages],
    CreatedDate: version.created
  };
}

// ../local-cloud/src/secretsmanager/listSecrets.ts
var MAX_RESULTS = 100;
function listSecrets(ctx, input) {
  const max = input.MaxResults ?? MAX_RESULTS;
  if (max < 1 || max > MAX_RESULTS) {
    throw validation(
      `1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${MAX_RESULTS}`
    );
  }
  let secrets = [...ctx.secrets.values()].filter((s) => input.IncludePlannedDeletion || !s.deleted);
  for (const f of input.Filters ?? []) secrets = secrets.filter(matcher(f));
  if (input.SortOrder === "desc") secrets.reverse();
  let start = 0;
  if (input.NextToken) {
    const m = /^offset:(\d+)$/.exec(Buffer.from(input.NextToken, "base64").toString("utf8"));
    if (!m) throw invalidNextToken3();
    start = Number(m[1]);
  }
  const end = start + max;
  return {
    SecretList: secrets.slice(start, end).map((s) => s.listEntry()),
    NextToken: end < secrets.length ? Buffer.from(`offset:${end}`).toString("base64") : void 0
  };
}
function matcher(f) {
  const fields = (s) => {
    switch (f.Key) {
      case "name":
        return [s.name];
      case "description":
        return s.description ? [s.description] : [];
      case "tag-key":
        return s.tags.map((t) => String(t.Key));
      case "tag-value":
        return s.tags.map((t) => String(t.Value));
      case "all":
        return [s.name, s.description ?? "", ...s.tags.flatMap((t) => [String(t.Key), String(t.Value)])];
      default:
        return [];
    }
  };
  return (s) => (f.Values ?? []).some((v) => {
    const negated = v.startsWith("!");
    const prefix = negated ? v.slice(1) : v;
    const hit = fields(s).some((x) => x.startsWith(prefix));
    return negated ? !hit : hit;
  });
}

// ../local-cloud/src/secretsmanager/putSecretValue.ts
function putSecretValue(ctx, input) {
  const secret = ctx.secret(input.SecretId);
  if (secret.deleted) throw markedForDeletion();
  const version = versionFrom(input);
  if (!version) throw invalidParameter3("You must provide either SecretString or SecretBinary.");
  const existing = secret.versions.get(version.id);
  if (existing) {
    if (!sameValue(version, existing)) throw versionExists();
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: existing.id,
      VersionStages: [...existing.stages]
    };
  }
  const stages = input.VersionStages?.length ? input.VersionStages : [CURRENT];
  const added = secret.addVersion(version, stages);
  return { ARN: secret.arn, Name: secret.name, VersionId: added.id, VersionStages: [...added.stages] };
}

// ../local-cloud/src/secretsmanager/restoreSecret.ts
function restoreSecret(ctx, input) {
  const secret = ctx.secret(input.SecretId);
  secret.deleted = void 0;
  secret.deletionDate = void 0;
  return { ARN: secret.arn, Name: secret.name };
}

// ../local-cloud/src/secretsmanager/updateSecret.ts
function updateSecret(ctx, input) {
  const secret = ctx.secret(input.SecretId);
  if (secret.deleted) throw markedForDeletion();
  if (input.Description !== void 0) secret.description = input.Description;
  if (input.KmsKeyId !== void 0) secret.kmsKeyId = input.KmsKeyId;
  secret.lastChanged = /* @__PURE__ */ new Date();
  const version = versionFrom(input);
  const added = version && !secret.versions.has(version.id) ? secret.addVersion(version, [CURRENT]) : void 0;
  return { ARN: secret.arn, Name: secret.name, VersionId: added?.id };
}

// ../local-cloud/src/secretsmanager/operations.ts
var OPERATIONS9 = {
  CreateSecret: createSecret,
  GetSecretValue: getSecretValue,
  PutSecretValue: putSecretValue,
  UpdateSecret: updateSecret,
  DescribeSecret: describeSecret,
  DeleteSecret: deleteSecret,
  RestoreSecret: restoreSecret,
  ListSecrets: listSecrets,
  GetRandomPassword: getRandomPassword
};

// ../local-cloud/src/secretsmanager/index.ts
function createSecretsManagerService(_cloud) {
  const store = new SecretsStore();
  return {
    name: "secretsmanager",
    faces: [
      awsJsonFace({
        client: () => import("./dist-es-VPVSJWAK.js"),
        version: "1.1",
        targetPrefix: "secretsmanager",
        operations: OPERATIONS9,
        context: (call) => new SecretsContext(store, call)
      })
    ]
  };
}

// ../local-cloud/src/sns/errors.ts
var snsError = (code, queryCode, message, status = 400) => new AwsError(code, message, status, { queryCode });
var invalidParameter4 = (what) => snsError("InvalidParameterException", "InvalidParameter", `Invalid parameter: ${what}`);
var notAnArn = (member, elements) => invalidParameter4(`${member} Reason: An ARN must have at least 6 elements, not ${elements}`);
var invalidToken = () => snsError("InvalidParameterException", "InvalidParameter", "Invalid token");
var invalidSmsEndpoint = (endpoint) => snsError("InvalidParameterException", "InvalidParameter", `Invalid SMS endpoint: ${endpoint}`);
var invalidParameterValue2 = (message) => snsError("InvalidParameterValueException", "ParameterValueInvalid", message);
var notFound3 = (message) => snsError("NotFoundException", "NotFound", message, 404);
var resourceNotFound2 = () => snsError("ResourceNotFoundException", "ResourceNotFound", "Resource does not exist", 404);
var tagLimitExceeded = () => snsError(
  "TagLimitExceededException",
  "TagLimitExceeded",
  "Could not complete request: tag quota of per resource exceeded"
);
var validationError5 = (message) => snsError("ValidationError", "ValidationError", message);
var missingMember3 = (member) => validationError5(
  `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`
);
var emptyBatchRequest = () => snsError(
  "EmptyBatchRequestException",
  "EmptyBatchRequest",
  "The batch request doesn't contain any entries."
);
var tooManyEntriesInBatchRequest = () => snsError(
  "TooManyEntriesInBatchRequestException",
  "TooManyEntriesInBatchRequest",
  "The batch request contains more entries than permissible."
);
var batchEntryIdsNotDistinct = () => snsError(
  "BatchEntryIdsNotDistinctException",
  "BatchEntryIdsNotDistinct",
  "Two or more batch entries in the request have the same Id."
);
var invalidBatchEntryId = () => snsError(
  "InvalidBatchEntryIdException",
  "InvalidBatchEntryId",
  "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long."
);
var batchRequestTooLong = () => snsError(
  "BatchRequestTooLongException",
  "BatchRequestTooLong",
  "The length of all the messages put together is more than the limit."
);

// ../local-cloud/src/sns/message.ts
import { createHash as createHash9, randomUUID as randomUUID11 } from "node:crypto";

// ../local-cloud/src/sns/filterPolicy.ts
var MAX_COMBINATIONS = 150;
var MAX_KEYS = 5;
function parseFilterPolicy(text, scope, prefix) {
  let policy;
  try {
    policy = parsePattern(text, "sns", scope === "MessageBody");
  } catch (err) {
    const reason = err instanceof PatternError ? err.message : String(err);
    if (reason === "nested filter policy") {
      throw invalidParameter4("Filter policy scope MessageAttributes does not support nested filter policy");
    }
    throw invalidParameter4(`${prefix}FilterPolicy: ${reason}`);
  }
  if (scope === "MessageAttributes" && countKeys(policy) > MAX_KEYS) {
    throw invalidParameter4(`${prefix}FilterPolicy: Filter policy can not have more than ${MAX_KEYS} keys`);
  }
  if (combinations(policy) > MAX_COMBINATIONS) {
    throw invalidParameter4(`${prefix}FilterPolicy: Filter policy is too complex`);
  }
  return policy;
}
function countKeys(policy) {
  let n = 0;
  for (const [k, v] of Object.entries(policy)) {
    n += k === "$or" ? Math.max(...v.map(countKeys)) : 1;
  }
  return n;
}
function combinations(policy) {
  let total = 1;
  for (const [k, v] of Object.entries(policy)) {
    if (k === "$or") total *= v.reduce((sum, alt) => sum + combinations(alt), 0);
    else if (Array.isArray(v)) total *= v.length;
    else total *= combinations(v);
  }
  return total;
}
function attributesAsJson(attrs) {
  const out = {};
  for (const [name, a] of Object.entries(attrs)) {
    if (a.StringValue === void 0) continue;
    if (a.DataType === "String.Array") {
      try {
        out[name] = JSON.parse(a.StringValue);
      } catch {
        out[name] = a.StringValue;
      }
    } else if (a.DataType.startsWith("Number")) out[name] = Number(a.StringValue);
    else out[name] = a.StringValue;
  }
  return out;
}
function policyMatches(policy, scope, attrs, body) {
  if (scope === "MessageAttributes") return matchesPattern(policy, attributesAsJson(attrs));
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return false;
  return matchesPattern(policy, parsed);
}

// ../local-cloud/src/sns/notification.ts
import { createHash as createHash8 } from "node:crypto";
var snsTimestamp = (d) => d.toISOString();
function signature(msg) {
  const digest = createHash8("sha256").update(`${msg.messageId}${msg.message}`).digest();
  return Buffer.concat(Array(8).fill(digest)).toString("base64");
}
function signingCertUrl(region) {
  return `https://sns.${region}.amazonaws.com/SimpleNotificationService-0000000000000000000000000000000f.pem`;
}
function unsubscribeUrl(endpoint, sub) {
  return `${endpoint}/?Action=Unsubscribe&SubscriptionArn=${sub.arn}`;
}
function regionOf2(arn) {
  return parseArn(arn)?.region ?? "";
}
function messageFor(msg, protocol) {
  if (!msg.perProtocol) return msg.message;
  return msg.perProtocol[protocol] ?? msg.perProtocol.default;
}
function attributesView(attrs) {
  const out = {};
  for (const [name, a] of Object.entries(attrs)) {
    out[name] = {
      Type: a.DataType,
      Value: a.BinaryValue ? Buffer.from(a.BinaryValue).toString("base64") : a.StringValue ?? ""
    };
  }
  return out;
}
function sqsNotification(msg, sub, endpoint) {
  const fields = [
    ["Type", "Notification"],
    ["MessageId", msg.messageId]
  ];
  if (msg.sequenceNumber !== void 0) fields.push(["SequenceNumber", msg.sequenceNumber]);
  fields.push(["TopicArn", msg.topicArn]);
  if (msg.subject !== void 0) fields.push(["Subject", msg.subject]);
  fields.push(["Message", messageFor(msg, "sqs")], ["Timestamp", snsTimestamp(msg.timestamp)]);
  if (msg.sequenceNumber === void 0) {
    fields.push(
      ["SignatureVersion", msg.signatureVersion],
      ["Signature", signature(msg)],
      ["SigningCertURL", signingCertUrl(regionOf2(msg.topicArn))]
    );
  }
  fields.push(["UnsubscribeURL", unsubscribeUrl(endpoint, sub)]);
  const lines = fields.map(([k, v]) => `  ${JSON.stringify(k)} : ${JSON.stringify(v)}`);
  const attrs = Object.entries(attributesView(msg.messageAttributes));
  if (attrs.length > 0) {
    const inner = attrs.map(([k, v]) => `    ${JSON.stringify(k)} : ${JSON.stringify(v)}`).join(",\n");
    lines.push(`  "MessageAttributes" : {
${inner}
  }`);
  }
  return `{
${lines.join(",\n")}
}`;
}
function lambdaEvent2(msg, sub, endpoint) {
  return JSON.stringify({
    Records: [
      {
        EventSource: "aws:sns",
        EventVersion: "1.0",
        EventSubscriptionArn: sub.arn,
        Sns: {
          Type: "Notification",
          MessageId: msg.messageId,
          TopicArn: msg.topicArn,
          Subject: msg.subject ?? null,
          Message: messageFor(msg, "lambda"),
          Timestamp: snsTimestamp(msg.timestamp),
          SignatureVersion: "1",
          Signature: signature(msg),
          SigningCertUrl: signingCertUrl(regionOf2(msg.topicArn)),
          UnsubscribeUrl: unsubscribeUrl(endpoint, sub),
          MessageAttributes: attributesView(msg.messageAttributes)
        }
      }
    ]
  });
}

// ../local-cloud/src/sns/deliver.ts
var DELIVERED = /* @__PURE__ */ new Set(["sqs", "lambda"]);
function fanOut(ctx, topic, msg) {
  for (const arn of topic.subscriptions) {
    const sub = ctx.store.subscriptions.get(arn);
    if (!sub || sub.pending || !DELIVERED.has(sub.protocol)) continue;
    if (sub.filterPolicy) {
      const scope = sub.attributes.get("FilterPolicyScope") ?? "MessageAttributes";
      const body = messageFor(msg, sub.protocol);
      if (!policyMatches(sub.filterPolicy, scope, msg.messageAttributes, body)) {
        ctx.cloud.count("NumberOfNotificationsFilteredOut", topic.name);
        continue;
      }
    }
    deliver(ctx, topic, sub, msg);
  }
}
var SUBSCRIPTION = {
  as: "subscription",
  services: ["sqs", "lambda"],
  level: "info",
  failures: "NumberOfNotificationsFailed",
  deliveries: "NumberOfNotificationsDelivered"
};
function deliver(ctx, topic, sub, msg) {
  const { cloud } = ctx;
  const raw = sub.protocol === "sqs" && sub.attributes.get("RawMessageDelivery") === "true";
  const body = sub.protocol === "lambda" ? lambdaEvent2(msg, sub, cloud.endpoint) : raw ? messageFor(msg, "sqs") : sqsNotification(msg, sub, cloud.endpoint);
  cloud.deliverTo(sub.endpoint, body, {
    sender: SUBSCRIPTION,
    dimension: topic.name,
    what: `sns: message ${msg.messageId} of ${topic.name}`,
    region: topic.region,
    attributes: raw && Object.keys(msg.messageAttributes).length ? msg.messageAttributes : void 0,
    // A FIFO topic's group and deduplication ids reach FIFO queues only (AWS passes neither to a standard
    // queue); a standard topic's MessageGroupId reaches standard queues, for fair queues.
    groupId: topic.fifo ? msg.messageGroupId : void 0,
    dedupId: topic.fifo ? msg.messageDeduplicationId : void 0,
    fairGroupId: topic.fifo ? void 0 : msg.messageGroupId
  });
}

// ../local-cloud/src/sns/validate.ts
var MAX_MESSAGE_BYTES = 262144;
function required6(value2, member) {
  if (value2 === void 0) throw missingMember3(member);
  return value2;
}
function parseTopicArn(arn) {
  const a = parseArn(arn);
  if (a?.service !== "sns" || !a.region || !/^\d+$/.test(a.account) || !a.resourceName) return void 0;
  return a.subresource === void 0 ? { region: a.region, account: a.account, name: a.resourceName } : void 0;
}
function checkTopicArn(ctx, arn, member = "TopicArn") {
  const elements = arnElementCount(arn);
  if (elements < 6) throw notAnArn(member, elements);
  const parsed = parseTopicArn(arn);
  if (!parsed || parsed.region !== ctx.region) throw invalidParameter4(member);
}
function topicFor(ctx, arn, member = "TopicArn") {
  const value2 = required6(arn, member.charAt(0).toLowerCase() + member.slice(1));
  checkTopicArn(ctx, value2, member);
  const topic = ctx.store.topics.get(value2);
  if (!topic) throw notFound3("Topic does not exist");
  return topic;
}
function checkSubscriptionArn(arn) {
  const elements = arnElementCount(arn);
  if (elements < 6) throw notAnArn("SubscriptionArn", elements);
  const parsed = parseArn(arn);
  if (parsed?.service !== "sns" || !parsed.subresource) throw invalidParameter4("SubscriptionId");
}
function subscriptionFor(ctx, arn) {
  const value2 = required6(arn, "subscriptionArn");
  checkSubscriptionArn(value2);
  const sub = ctx.store.subscriptions.get(value2);
  if (!sub) throw notFound3("Subscription does not exist");
  return sub;
}
var ATTR_NAME_CHAR = /[^A-Za-z0-9_.-]/u;
var ATTR_TYPE_RE = /^(String|Number|Binary)(\..+)?$/;
function checkMessageAttributes(attrs, position) {
  const out = {};
  const names = Object.keys(attrs);
  if (names.length > 10) {
    throw invalidParameterValue2(
      `Number of message attributes [${names.length}] exceeds the allowed maximum [10].`
    );
  }
  for (const name of names) {
    const a = attrs[name];
    if (Buffer.byteLength(name) > 256) {
      throw invalidParameterValue2("Length of message attribute name must be less than 256 bytes.");
    }
    checkAttributeName(name);
    if (a.DataType === void 0) {
      const at = position === void 0 ? `messageAttributes.${name}.member.dataType` : `publishBatchRequestEntries.${position}.member.messageAttributes.${name}.member.dataType`;
      throw missingMember3(at);
    }
    const type = a.DataType;
    if (!ATTR_TYPE_RE.test(type)) {
      throw invalidParameterValue2(
        `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`
      );
    }
    const binary = type.startsWith("Binary");
    const value2 = binary ? a.BinaryValue : a.StringValue;
    if (value2 === void 0 && (binary ? a.StringValue : a.BinaryValue) !== void 0) {
      throw invalidParameterValue2(
        `The message attribute '${name}' with type '${type}' must use field '${binary ? "Binary" : "String"}'.`
      );
    }
    if (value2 === void 0 || value2.length === 0) {
      throw invalidParameterValue2(
        `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${type}'.`
      );
    }
    if (typeof value2 === "string") {
      if (type.startsWith("Number") && !Number.isFinite(Number(value2))) {
        throw invalidParameterValue2(`Could not cast message attribute '${name}' value to number.`);
      }
      if (type === "String.Array") checkStringArray(name, value2);
      out[name] = { DataType: type, StringValue: value2 };
    } else {
      out[name] = { DataType: type, BinaryValue: Buffer.from(value2) };
    }
  }
  return out;
}
function checkAttributeName(name) {
  const bad = ATTR_NAME_CHAR.exec(name)?.[0];
  if (bad !== void 0) {
    const code = (bad.codePointAt(0) ?? 0).toString(16).toUpperCase();
    throw invalidParameterValue2(
      `Invalid non-alphanumeric character '#x${code}' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.`
    );
  }
  if (name.startsWith(".")) {
    throw invalidParameterValue2("Invalid message attribute name starting with character '.' was found.");
  }
  if (name.endsWith(".")) {
    throw invalidParameterValue2("Invalid message attribute name ending with character '.' was found.");
  }
  if (name.includes("..")) {
    throw invalidParameterValue2("Message attribute name can not have successive '.' character.");
  }
}
function checkStringArray(name, value2) {
  let parsed;
  try {
    parsed = JSON.parse(value2);
  } catch {
    parsed = void 0;
  }
  const ok = Array.isArray(parsed) && parsed.every((v) => v === null || ["string", "number", "boolean"].includes(typeof v));
  if (!ok) {
    throw invalidParameterValue2(
      `Invalid parameter: MessageAttributes Reason: String.Array attribute '${name}' must be a JSON array of strings, numbers, booleans or nulls.`
    );
  }
}
function publishSize(message, attrs) {
  let size = Buffer.byteLength(message);
  for (const [name, a] of Object.entries(attrs)) {
    size += Buffer.byteLength(name) + Buffer.byteLength(a.DataType);
    size += a.BinaryValue ? a.BinaryValue.length : Buffer.byteLength(a.StringValue ?? "");
  }
  return size;
}
function checkSubject(subject) {
  if (subject === void 0) return;
  if (subject === "" || subject.length >= 100 || /[\r\n\t\p{Cc}]/u.test(subject))
    throw invalidParameter4("Subject");
}

// ../local-cloud/src/sns/message.ts
var DEDUP_WINDOW_MS = 5 * 60 * 1e3;
function checkMessage(topic, input) {
  checkText(input);
  return checkIdsAndStructure(topic, input);
}
function checkText(input) {
  checkSubject(input.subject);
  const message = input.message ?? "";
  if (message.length === 0) throw invalidParameter4("Empty message");
  if (publishSize(message, input.messageAttributes) > MAX_MESSAGE_BYTES)
    throw invalidParameter4("Message too long");
}
function checkIdsAndStructure(topic, input) {
  const message = input.message ?? "";
  if (topic.fifo) {
    if (!input.messageGroupId) {
      throw invalidParameter4("The MessageGroupId parameter is required for FIFO topics");
    }
    if (!input.messageDeduplicationId && topic.attributes.get("ContentBasedDeduplication") !== "true") {
      throw invalidParameter4(
        "The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly"
      );
    }
  } else if (input.messageDeduplicationId !== void 0) {
    throw invalidParameter4(
      "MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type"
    );
  }
  if (input.messageStructure === void 0) return void 0;
  if (input.messageStructure !== "json") throw invalidParameter4("MessageStructure");
  let parsed;
  try {
    parsed = JSON.parse(message);
  } catch {
    throw invalidParameter4("Message Structure - JSON message body failed to parse");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw invalidParameter4("Message Structure - JSON message body failed to parse");
  }
  const perProtocol = {};
  for (const [k, v] of Object.entries(parsed)) if (typeof v === "string") perProtocol[k] = v;
  if (perProtocol.default === void 0) {
    throw invalidParameter4("Message Structure - No default entry in JSON message body");
  }
  return perProtocol;
}
function acceptMessage(ctx, topic, input, perProtocol) {
  const message = input.message ?? "";
  let dedupId;
  let sequenceNumber;
  if (topic.fifo) {
    dedupId = input.messageDeduplicationId ?? createHash9("sha256").update(message).digest("hex");
    const now = Date.now();
    for (const [id, seen2] of topic.dedup) if (seen2.until <= now) topic.dedup.delete(id);
    const seen = topic.dedup.get(dedupId);
    if (seen) return { messageId: seen.messageId, sequenceNumber: seen.sequenceNumber };
    topic.sequence += 1n;
    sequenceNumber = topic.sequence.toString().padStart(20, "0");
  }
  const msg = {
    messageId: randomUUID11(),
    topicArn: topic.arn,
    message,
    perProtocol,
    subject: input.subject,
    messageAttributes: input.messageAttributes,
    timestamp: /* @__PURE__ */ new Date(),
    // A standard topic keeps it too: AWS forwards it to standard queues (fair queues).
    messageGroupId: input.messageGroupId,
    messageDeduplicationId: dedupId,
    sequenceNumber,
    signatureVersion: topic.attributes.get("SignatureVersion") ?? "1"
  };
  if (dedupId !== void 0 && sequenceNumber !== void 0) {
    topic.dedup.set(dedupId, {
      messageId: msg.messageId,
      sequenceNumber,
      until: Date.now() + DEDUP_WINDOW_MS
    });
  }
  ctx.cloud.count("NumberOfMessagesPublished", topic.name);
  fanOut(ctx, topic, msg);
  return { messageId: msg.messageId, sequenceNumber };
}

// ../local-cloud/src/sns/internal.ts
function snsInternal(cloud, store) {
  return {
    publish(topicArn, message, options = {}) {
      const topic = store.topics.get(topicArn);
      if (!topic) throw notFound3("Topic does not exist");
      const input = {
        message,
        subject: options.subject,
        messageAttributes: options.messageAttributes ?? {},
        messageGroupId: options.messageGroupId
      };
      const perProtocol = checkMessage(topic, input);
      const region = parseTopicArn(topicArn)?.region ?? cloud.config.region;
      return { messageId: acceptMessage({ store, cloud, region }, topic, input, perProtocol).messageId };
    },
    describeTopic(topicArn) {
      const topic = store.topics.get(topicArn);
      return topic ? { fifo: topic.fifo } : void 0;
    }
  };
}

// ../local-cloud/src/sns/confirmSubscription.ts
var TOKEN_SHAPE = /^[0-9a-f]{64,}$/i;
function confirmSubscription(ctx, input) {
  const token = required6(input.Token, "token");
  const topicArn = required6(input.TopicArn, "topicArn");
  const parsed = parseTopicArn(topicArn);
  if (!parsed || parsed.region !== ctx.region) throw invalidParameter4("Topic");
  if (!TOKEN_SHAPE.test(token)) throw invalidToken();
  throw invalidParameter4("Token");
}

// ../local-cloud/src/sns/tagResource.ts
var MAX_TAGS = 50;
function tagResource5(ctx, input) {
  const topic = taggedTopic(ctx, input.ResourceArn);
  const tags2 = checkTags2(input.Tags ?? []);
  const merged = new Map(topic.tags);
  for (const t of tags2) merged.set(t.Key, t.Value);
  if (merged.size > MAX_TAGS) throw tagLimitExceeded();
  topic.tags = merged;
  return {};
}
function taggedTopic(ctx, arn) {
  const value2 = required6(arn, "resourceArn");
  const topic = ctx.store.topics.get(value2);
  if (!topic) throw resourceNotFound2();
  return topic;
}
function checkTags2(tags2) {
  const keys = /* @__PURE__ */ new Set();
  return tags2.map((t, i) => {
    const key2 = required6(t.Key, `tags.${i + 1}.member.key`);
    const value2 = required6(t.Value, `tags.${i + 1}.member.value`);
    if (keys.has(key2)) throw invalidParameter4("Duplicated keys are not allowed.");
    keys.add(key2);
    return { Key: key2, Value: value2 };
  });
}

// ../local-cloud/src/sns/deliveryPolicy.ts
var DEFAULT_HEALTHY_RETRY_POLICY = {
  minDelayTarget: 20,
  maxDelayTarget: 20,
  numRetries: 3,
  numMaxDelayRetries: 0,
  numNoDelayRetries: 0,
  numMinDelayRetries: 0,
  backoffFunction: "linear"
};
var DEFAULT_REQUEST_POLICY = { headerContentType: "text/plain; charset=UTF-8" };
var RETRY_MEMBERS = ["defaultHealthyRetryPolicy", "defaultSicklyRetryPolicy", "defaultThrottlePolicy"];
var isObject3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function storedHttp(http) {
  const out = {};
  for (const k of RETRY_MEMBERS) if (http[k] !== void 0 && http[k] !== null) out[k] = http[k];
  out.disableSubscriptionOverrides = http.disableSubscriptionOverrides ?? false;
  if (http.defaultRequestPolicy !== void 0 && http.defaultRequestPolicy !== null) {
    out.defaultRequestPolicy = http.defaultRequestPolicy;
  }
  return out;
}
function storedDeliveryPolicy(text) {
  const policy = JSON.parse(text);
  if (!isObject3(policy) || !isObject3(policy.http)) return text;
  return JSON.stringify({ ...policy, http: storedHttp(policy.http) });
}
function effectiveDeliveryPolicy(stored) {
  const policy = stored === void 0 ? {} : JSON.parse(stored);
  const http = isObject3(policy) && isObject3(policy.http) ? policy.http : {};
  const healthy = isObject3(http.defaultHealthyRetryPolicy) ? http.defaultHealthyRetryPolicy : {};
  const effective = { defaultHealthyRetryPolicy: { ...DEFAULT_HEALTHY_RETRY_POLICY, ...healthy } };
  for (const k of RETRY_MEMBERS.slice(1)) if (isObject3(http[k])) effective[k] = http[k];
  effective.disableSubscriptionOverrides = http.disableSubscriptionOverrides ?? false;
  effective.defaultRequestPolicy = isObject3(http.defaultRequestPolicy) ? http.defaultRequestPolicy : DEFAULT_REQUEST_POLICY;
  return JSON.stringify({ http: effective });
}

// ../local-cloud/src/sns/topicAttributes.ts
var FEEDBACK = ["HTTP", "Firehose", "Lambda", "Application", "SQS"].flatMap((p) => [
  `${p}SuccessFeedbackRoleArn`,
  `${p}SuccessFeedbackSampleRate`,
  `${p}FailureFeedbackRoleArn`
]);
var SETTABLE = /* @__PURE__ */ new Set([
  "DeliveryPolicy",
  "DisplayName",
  "Policy",
  "TracingConfig",
  "KmsMasterKeyId",
  "SignatureVersion",
  "ContentBasedDeduplication",
  "FifoThroughputScope",
  "ArchivePolicy",
  "DataProtectionPolicy",
  ...FEEDBACK
]);
function checkTopicAttribute(name, value2, fifo, onCreate) {
  if (name === "FifoTopic") {
    if (!onCreate) throw invalidParameter4("AttributeName");
    return;
  }
  if (!SETTABLE.has(name))
    throw invalidParameter4(onCreate ? `Attributes Reason: Unknown attribute ${name}` : "AttributeName");
  const reason = onCreate ? "Attributes Reason: " : "";
  if ((name === "Policy" || name === "DeliveryPolicy" || name === "DataProtectionPolicy") && value2 !== "") {
    try {
      JSON.parse(value2);
    } catch {
      throw invalidParameter4(`${reason}${name}: failed to parse JSON.`);
    }
  }
  if (name === "ContentBasedDeduplication") {
    if (!fifo) {
      throw invalidParameter4(
        `${reason}ContentBasedDeduplication: Content based deduplication can only be set for FIFO topics`
      );
    }
    if (value2 !== "true" && value2 !== "false") {
      throw invalidParameter4(
        `${reason}ContentBasedDeduplication: Invalid value [${value2}]. Must be true or false.`
      );
    }
  }
  if (name === "FifoThroughputScope" && (!fifo || !["Topic", "MessageGroup"].includes(value2))) {
    throw invalidParameter4(`${reason}FifoThroughputScope`);
  }
  if (name === "TracingConfig" && !["Active", "PassThrough"].includes(value2)) {
    throw invalidParameter4(`${reason}TracingConfig`);
  }
  if (name === "SignatureVersion" && !["1", "2"].includes(value2)) {
    throw invalidParameter4(`${reason}SignatureVersion`);
  }
}
function storedTopicAttribute(name, value2) {
  if (name !== "DeliveryPolicy") return value2;
  return value2 === "" ? void 0 : storedDeliveryPolicy(value2);
}
function setTopicAttribute(topic, name, value2) {
  const stored = storedTopicAttribute(name, value2);
  if (stored === void 0) topic.attributes.delete(name);
  else topic.attributes.set(name, stored);
}
function defaultPolicy(topicArn, accountId) {
  return JSON.stringify({
    Version: "2008-10-17",
    Id: "__default_policy_ID",
    Statement: [
      {
        Sid: "__default_statement_ID",
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: [
          "SNS:GetTopicAttributes",
          "SNS:SetTopicAttributes",
          "SNS:AddPermission",
          "SNS:RemovePermission",
          "SNS:DeleteTopic",
          "SNS:Subscribe",
          "SNS:ListSubscriptionsByTopic",
          "SNS:Publish"
        ],
        Resource: topicArn,
        Condition: { StringEquals: { "AWS:SourceOwner": accountId } }
      }
    ]
  });
}
function topicAttributeView(topic, accountId, counts) {
  const view = {
    Policy: defaultPolicy(topic.arn, accountId),
    Owner: accountId,
    SubscriptionsPending: String(counts.pending),
    TopicArn: topic.arn,
    EffectiveDeliveryPolicy: effectiveDeliveryPolicy(topic.attributes.get("DeliveryPolicy")),
    SubscriptionsConfirmed: String(counts.confirmed),
    DisplayName: "",
    SubscriptionsDeleted: String(topic.deletedSubscriptions)
  };
  if (topic.fifo) {
    view.FifoTopic = "true";
    view.ContentBasedDeduplication = "false";
    view.FifoThroughputScope = "Topic";
  }
  for (const [k, v] of topic.attributes) if (k !== "FifoTopic") view[k] = v;
  return view;
}

// ../local-cloud/src/sns/createTopic.ts
var NAME_RE2 = /^[A-Za-z0-9_-]{1,256}$/;
var FIFO_NAME_RE = /^[A-Za-z0-9_-]{1,251}\.fifo$/;
var FIFO_NAME_MESSAGE = "Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.";
function createTopic(ctx, input) {
  const name = required6(input.Name, "name");
  const attributes = { ...input.Attributes ?? {} };
  if (input.DataProtectionPolicy !== void 0) attributes.DataProtectionPolicy = input.DataProtectionPolicy;
  const fifo = attributes.FifoTopic?.toLowerCase() === "true";
  if (fifo ? !FIFO_NAME_RE.test(name) : !NAME_RE2.test(name)) {
    throw invalidParameter4(fifo || name.endsWith(".fifo") ? FIFO_NAME_MESSAGE : "Topic Name");
  }
  if (attributes.FifoTopic !== void 0) attributes.FifoTopic = attributes.FifoTopic.toLowerCase();
  for (const [k, v] of Object.entries(attributes)) checkTopicAttribute(k, v, fifo, true);
  const tags2 = checkTags2(input.Tags ?? []);
  const arn = ctx.store.topicArn(ctx.region, name);
  const existing = ctx.store.topics.get(arn);
  if (existing) {
    for (const [k, v] of Object.entries(attributes)) {
      const same = k === "FifoTopic" ? String(existing.fifo) === v : existing.attributes.get(k) === storedTopicAttribute(k, v);
      if (!same) {
        throw invalidParameter4("Attributes Reason: Topic already exists with different attributes");
      }
    }
    for (const t of tags2) {
      if (existing.tags.has(t.Key) && existing.tags.get(t.Key) !== t.Value) {
        throw invalidParameter4("Tags Reason: Topic already exists with different tags");
      }
    }
    return { TopicArn: arn };
  }
  const topic = {
    arn,
    name,
    region: ctx.region,
    fifo,
    attributes: /* @__PURE__ */ new Map(),
    tags: new Map(tags2.map((t) => [t.Key, t.Value])),
    subscriptions: /* @__PURE__ */ new Set(),
    deletedSubscriptions: 0,
    sequence: 10000000000000000000n,
    dedup: /* @__PURE__ */ new Map()
  };
  for (const [k, v] of Object.entries(attributes)) if (k !== "FifoTopic") setTopicAttribute(topic, k, v);
  ctx.store.topics.set(arn, topic);
  return { TopicArn: arn };
}

// ../local-cloud/src/sns/deleteTopic.ts
function deleteTopic(ctx, input) {
  const arn = required6(input.TopicArn, "topicArn");
  checkTopicArn(ctx, arn);
  const topic = ctx.store.topics.get(arn);
  if (!topic) return;
  for (const sub of topic.subscriptions) ctx.store.subscriptions.delete(sub);
  ctx.store.topics.delete(arn);
}

// ../local-cloud/src/sns/subscriptionAttributes.ts
var SETTABLE2 = /* @__PURE__ */ new Set([
  "DeliveryPolicy",
  "FilterPolicy",
  "FilterPolicyScope",
  "RawMessageDelivery",
  "RedrivePolicy",
  "SubscriptionRoleArn",
  "ReplayPolicy"
]);
var RAW_PROTOCOLS = /* @__PURE__ */ new Set(["sqs", "http", "https", "firehose"]);
function applySubscriptionAttribute(sub, name, value2, onSubscribe) {
  const prefix = onSubscribe ? "Attributes Reason: " : "";
  if (!SETTABLE2.has(name)) throw invalidParameter4(`${prefix}AttributeName`);
  switch (name) {
    case "RawMessageDelivery": {
      const v = value2.toLowerCase();
      if (v !== "true" && v !== "false") {
        throw invalidParameter4(
          `${prefix}RawMessageDelivery: Invalid value [${value2}]. Must be true or false.`
        );
      }
      if (!RAW_PROTOCOLS.has(sub.protocol)) {
        throw invalidParameter4(
          `${prefix}Delivery protocol [${sub.protocol}] does not support raw message delivery.`
        );
      }
      sub.attributes.set(name, v);
      return;
    }
    case "FilterPolicyScope": {
      if (value2 !== "MessageAttributes" && value2 !== "MessageBody") {
        throw invalidParameter4(
          `${prefix}FilterPolicyScope: Invalid value [${value2}]. Please use either MessageBody or MessageAttributes`
        );
      }
      const policy = sub.attributes.get("FilterPolicy");
      if (policy) sub.filterPolicy = parseFilterPolicy(policy, value2, prefix);
      sub.attributes.set(name, value2);
      return;
    }
    case "FilterPolicy": {
      if (value2 === "") {
        sub.attributes.delete("FilterPolicy");
        sub.filterPolicy = void 0;
        return;
      }
      const scope = sub.attributes.get("FilterPolicyScope") ?? "MessageAttributes";
      sub.filterPolicy = parseFilterPolicy(value2, scope, prefix);
      sub.attributes.set(name, value2);
      return;
    }
    case "RedrivePolicy":
      checkRedrivePolicy(sub, parseJson(value2, `${prefix}${name}`), prefix);
      sub.attributes.set(name, value2);
      return;
    case "DeliveryPolicy":
    case "ReplayPolicy":
      parseJson(value2, `${prefix}${name}`);
      sub.attributes.set(name, value2);
      return;
    default:
      sub.attributes.set(name, value2);
  }
}
function parseJson(value2, what) {
  try {
    return JSON.parse(value2);
  } catch {
    throw invalidParameter4(`${what}: failed to parse JSON.`);
  }
}
function checkRedrivePolicy(sub, policy, prefix) {
  const target = policy !== null && typeof policy === "object" ? policy.deadLetterTargetArn : void 0;
  if (typeof target !== "string" || !parseArn(target)) {
    throw invalidParameter4(`${prefix}RedrivePolicy: deadLetterTargetArn is an invalid arn`);
  }
  if (sub.topicArn.endsWith(".fifo") && !target.endsWith(".fifo")) {
    throw invalidParameter4(
      `${prefix}RedrivePolicy: must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic.`
    );
  }
}
function subscriptionAttributeView(sub) {
  const view = {
    ConfirmationWasAuthenticated: String(!sub.pending),
    PendingConfirmation: String(sub.pending),
    Owner: sub.owner,
    RawMessageDelivery: "false",
    TopicArn: sub.topicArn,
    Endpoint: sub.endpoint,
    Protocol: sub.protocol,
    SubscriptionPrincipal: `arn:aws:iam::${sub.owner}:root`,
    SubscriptionArn: sub.arn
  };
  for (const [k, v] of sub.attributes) view[k] = v;
  if (sub.attributes.has("FilterPolicy") && !sub.attributes.has("FilterPolicyScope")) {
    view.FilterPolicyScope = "MessageAttributes";
  }
  return view;
}

// ../local-cloud/src/sns/getSubscriptionAttributes.ts
function getSubscriptionAttributes(ctx, input) {
  return { Attributes: subscriptionAttributeView(subscriptionFor(ctx, input.SubscriptionArn)) };
}

// ../local-cloud/src/sns/getTopicAttributes.ts
function getTopicAttributes(ctx, input) {
  const topic = topicFor(ctx, input.TopicArn);
  let confirmed = 0;
  let pending = 0;
  for (const arn of topic.subscriptions) {
    if (ctx.store.subscriptions.get(arn)?.pending) pending++;
    else confirmed++;
  }
  return { Attributes: topicAttributeView(topic, ctx.store.accountId, { confirmed, pending }) };
}

// ../local-cloud/src/sns/paging.ts
var PAGE_SIZE2 = 100;
function pageOf(items, token) {
  let start = 0;
  if (token !== void 0 && token !== "") {
    start = Number(Buffer.from(token, "base64").toString("utf8"));
    if (!Number.isInteger(start) || start < 0) throw invalidParameter4("NextToken");
  }
  const slice = items.slice(start, start + PAGE_SIZE2);
  const end = start + slice.length;
  return { items: slice, next: end < items.length ? Buffer.from(String(end)).toString("base64") : void 0 };
}

// ../local-cloud/src/sns/listSubscriptions.ts
function listSubscriptions(ctx, input) {
  const subs = [...ctx.store.subscriptions.values()].filter(
    (s) => parseArn(s.topicArn)?.region === ctx.region
  );
  return subscriptionsPage(subs, input.NextToken);
}
function subscriptionsPage(subs, token) {
  const { items, next } = pageOf(subs, token);
  return {
    Subscriptions: items.map((s) => ({
      SubscriptionArn: s.pending ? "PendingConfirmation" : s.arn,
      Owner: s.owner,
      Protocol: s.protocol,
      Endpoint: s.endpoint,
      TopicArn: s.topicArn
    })),
    NextToken: next
  };
}

// ../local-cloud/src/sns/listSubscriptionsByTopic.ts
function listSubscriptionsByTopic(ctx, input) {
  const topic = topicFor(ctx, input.TopicArn);
  const subs = [...topic.subscriptions].map((arn) => ctx.store.subscriptions.get(arn)).filter((s) => s !== void 0);
  return subscriptionsPage(subs, input.NextToken);
}

// ../local-cloud/src/sns/listTagsForResource.ts
function listTagsForResource2(ctx, input) {
  const topic = taggedTopic(ctx, input.ResourceArn);
  return { Tags: [...topic.tags].map(([Key, Value]) => ({ Key, Value })) };
}

// ../local-cloud/src/sns/listTopics.ts
function listTopics(ctx, input) {
  const arns = [...ctx.store.topics.values()].filter((t) => t.region === ctx.region).map((t) => t.arn);
  const { items, next } = pageOf(arns, input.NextToken);
  return { Topics: items.map((TopicArn) => ({ TopicArn })), NextToken: next };
}

// ../local-cloud/src/sns/publish.ts
function publish2(ctx, input) {
  const message = required6(input.Message, "message");
  if (input.PhoneNumber !== void 0 && input.TopicArn === void 0 && input.TargetArn === void 0) {
    throw invalidParameter4(`PhoneNumber Reason: ${input.PhoneNumber} is not valid to publish to`);
  }
  if (input.TopicArn === void 0 && input.TargetArn === void 0) {
    throw invalidParameter4("TopicArn or TargetArn Reason: no value for required parameter");
  }
  const attributes = checkMessageAttributes(input.MessageAttributes ?? {});
  const member = input.TopicArn !== void 0 ? "TopicArn" : "TargetArn";
  if (member === "TargetArn" && parseArn(input.TargetArn ?? "")?.resource.startsWith("endpoint/")) {
    throw invalidParameter4("TargetArn Reason: No endpoint found for the target arn specified");
  }
  const topic = topicFor(ctx, input.TopicArn ?? input.TargetArn, member);
  const msg = {
    message,
    subject: input.Subject,
    messageStructure: input.MessageStructure,
    messageAttributes: attributes,
    messageGroupId: input.MessageGroupId,
    messageDeduplicationId: input.MessageDeduplicationId
  };
  const perProtocol = checkMessage(topic, msg);
  const accepted = acceptMessage(ctx, topic, msg, perProtocol);
  return { MessageId: accepted.messageId, SequenceNumber: accepted.sequenceNumber };
}

// ../local-cloud/src/sns/publishBatch.ts
var ID_RE2 = /^[A-Za-z0-9_-]{1,80}$/;
function publishBatch(ctx, input) {
  const topic = topicFor(ctx, input.TopicArn);
  const entries = input.PublishBatchRequestEntries ?? [];
  if (entries.length === 0) throw emptyBatchRequest();
  if (entries.length > 10) throw tooManyEntriesInBatchRequest();
  const ids = entries.map((e, i) => required6(e.Id, `publishBatchRequestEntries.${i + 1}.member.id`));
  if (new Set(ids).size !== ids.length) throw batchEntryIdsNotDistinct();
  for (const id of ids) if (!ID_RE2.test(id)) throw invalidBatchEntryId();
  const inputs = entries.map((e, i) => ({
    message: required6(e.Message, `publishBatchRequestEntries.${i + 1}.member.message`),
    subject: e.Subject,
    messageStructure: e.MessageStructure,
    messageAttributes: checkMessageAttributes(e.MessageAttributes ?? {}, i + 1),
    messageGroupId: e.MessageGroupId,
    messageDeduplicationId: e.MessageDeduplicationId
  }));
  const total = inputs.reduce((n, m) => n + publishSize(m.message ?? "", m.messageAttributes), 0);
  if (total > MAX_MESSAGE_BYTES) throw batchRequestTooLong();
  const perProtocol = inputs.map((input2) => checkIdsAndStructure(topic, input2));
  const successful = [];
  const failed = [];
  inputs.forEach((input2, i) => {
    try {
      checkText(input2);
      const accepted = acceptMessage(ctx, topic, input2, perProtocol[i]);
      successful.push({ Id: ids[i], MessageId: accepted.messageId, SequenceNumber: accepted.sequenceNumber });
    } catch (err) {
      if (!(err instanceof AwsError)) throw err;
      const Code = err.queryCode ?? err.code;
      failed.push({ Id: ids[i], Code, Message: err.message, SenderFault: err.fault === "Sender" });
    }
  });
  return { Successful: successful, Failed: failed };
}

// ../local-cloud/src/sns/setSubscriptionAttributes.ts
function setSubscriptionAttributes(ctx, input) {
  const name = required6(input.AttributeName, "attributeName");
  const sub = subscriptionFor(ctx, input.SubscriptionArn);
  applySubscriptionAttribute(sub, name, input.AttributeValue ?? "", false);
}

// ../local-cloud/src/sns/setTopicAttributes.ts
function setTopicAttributes(ctx, input) {
  const name = required6(input.AttributeName, "attributeName");
  const topic = topicFor(ctx, input.TopicArn);
  const value2 = input.AttributeValue ?? "";
  checkTopicAttribute(name, value2, topic.fifo, false);
  setTopicAttribute(topic, name, value2);
}

// ../local-cloud/src/sns/subscribe.ts
import { randomUUID as randomUUID12 } from "node:crypto";
var PROTOCOLS = /* @__PURE__ */ new Set([
  "http",
  "https",
  "email",
  "email-json",
  "sms",
  "sqs",
  "application",
  "lambda",
  "firehose"
]);
var SQS_ARN = /^arn:aws[\w-]*:sqs:[^:]+:\d+:[^:]+$/;
var LAMBDA_ARN = /^arn:aws[\w-]*:lambda:[^:]+:\d+:function:[^:]+(:[^:]+)?$/;
var PHONE_NUMBER = /^\+?[0-9][0-9 ().-]*$/;
var CONFIRMED_AT_ONCE = /* @__PURE__ */ new Set(["sqs", "lambda", "sms"]);
function subscribe(ctx, input) {
  const protocol = required6(input.Protocol, "protocol");
  const topic = topicFor(ctx, input.TopicArn);
  if (!PROTOCOLS.has(protocol)) {
    throw invalidParameter4(`Amazon SNS does not support this protocol string: ${protocol}`);
  }
  const endpoint = input.Endpoint ?? "";
  if (protocol === "sqs" && !SQS_ARN.test(endpoint)) throw invalidParameter4("SQS endpoint ARN");
  if (protocol === "lambda" && !LAMBDA_ARN.test(endpoint)) throw invalidParameter4("Lambda endpoint ARN");
  if (protocol === "sms" && !PHONE_NUMBER.test(endpoint)) throw invalidSmsEndpoint(endpoint);
  if ((protocol === "http" || protocol === "https") && !endpoint.startsWith(`${protocol}://`)) {
    throw invalidParameter4("Endpoint must match the specified protocol");
  }
  if (topic.fifo && protocol !== "sqs") {
    throw invalidParameter4("Endpoint Reason: FIFO topics only support SQS endpoints");
  }
  if (!topic.fifo && protocol === "sqs" && endpoint.endsWith(".fifo")) {
    throw invalidParameter4(
      "Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics"
    );
  }
  const pending = !CONFIRMED_AT_ONCE.has(protocol);
  const sub = {
    arn: `${topic.arn}:${randomUUID12()}`,
    topicArn: topic.arn,
    protocol,
    endpoint,
    owner: ctx.store.accountId,
    pending,
    attributes: /* @__PURE__ */ new Map()
  };
  const attrs = Object.entries(input.Attributes ?? {}).sort(
    ([a], [b]) => a === "FilterPolicyScope" ? -1 : b === "FilterPolicyScope" ? 1 : 0
  );
  for (const [name, value2] of attrs) applySubscriptionAttribute(sub, name, value2, true);
  for (const arn of topic.subscriptions) {
    const existing = ctx.store.subscriptions.get(arn);
    if (!existing || existing.endpoint !== endpoint || existing.protocol !== protocol) continue;
    for (const [k, v] of sub.attributes) {
      if (existing.attributes.get(k) !== v) {
        throw invalidParameter4("Attributes Reason: Subscription already exists with different attributes");
      }
    }
    return {
      SubscriptionArn: existing.pending && !input.ReturnSubscriptionArn ? "pending confirmation" : existing.arn
    };
  }
  ctx.store.subscriptions.set(sub.arn, sub);
  topic.subscriptions.add(sub.arn);
  return { SubscriptionArn: pending && !input.ReturnSubscriptionArn ? "pending confirmation" : sub.arn };
}

// ../local-cloud/src/sns/unsubscribe.ts
function unsubscribe(ctx, input) {
  const arn = required6(input.SubscriptionArn, "subscriptionArn");
  if (arn === "") throw invalidParameter4("SubscriptionArn Reason: no value for required parameter");
  checkSubscriptionArn(arn);
  const sub = ctx.store.subscriptions.get(arn);
  if (!sub) return;
  ctx.store.subscriptions.delete(arn);
  const topic = ctx.store.topics.get(sub.topicArn);
  if (topic) {
    topic.subscriptions.delete(arn);
    topic.deletedSubscriptions += 1;
  }
}

// ../local-cloud/src/sns/untagResource.ts
function untagResource5(ctx, input) {
  const topic = taggedTopic(ctx, input.ResourceArn);
  for (const k of input.TagKeys ?? []) topic.tags.delete(k);
  return {};
}

// ../local-cloud/src/sns/operations.ts
var OPERATIONS10 = {
  CreateTopic: createTopic,
  DeleteTopic: deleteTopic,
  ListTopics: listTopics,
  GetTopicAttributes: getTopicAttributes,
  SetTopicAttributes: setTopicAttributes,
  Subscribe: subscribe,
  ConfirmSubscription: confirmSubscription,
  Unsubscribe: unsubscribe,
  ListSubscriptions: listSubscriptions,
  ListSubscriptionsByTopic: listSubscriptionsByTopic,
  GetSubscriptionAttributes: getSubscriptionAttributes,
  SetSubscriptionAttributes: setSubscriptionAttributes,
  Publish: publish2,
  PublishBatch: publishBatch,
  TagResource: tagResource5,
  UntagResource: untagResource5,
  ListTagsForResource: listTagsForResource2
};

// ../local-cloud/src/sns/store.ts
var SnsStore = class {
  constructor(accountId) {
    this.accountId = accountId;
  }
  accountId;
  topics = /* @__PURE__ */ new Map();
  subscriptions = /* @__PURE__ */ new Map();
  topicArn(region, name) {
    return `arn:aws:sns:${region}:${this.accountId}:${name}`;
  }
};

// ../local-cloud/src/sns/index.ts
var SNS_NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";
function createSnsService(cloud) {
  const store = new SnsStore(cloud.accountId);
  cloud.sns = snsInternal(cloud, store);
  const save = keptMaps(cloud.state, "sns", { topics: store.topics, subscriptions: store.subscriptions });
  const readOnly = (name) => READS.test(name) || name.startsWith("Publish") || name === "CheckIfPhoneNumberIsOptedOut";
  return {
    name: "sns",
    faces: [
      awsQueryFace({
        client: () => import("./dist-es-E3FECLF7.js"),
        namespace: SNS_NAMESPACE,
        operations: savingAfter(OPERATIONS10, save, readOnly),
        context: (call) => ({ store, cloud, region: call.region })
      })
    ]
  };
}

// ../local-cloud/src/sqs/queue.ts
import { randomUUID as randomUUID13 } from "node:crypto";

// ../local-cloud/src/sqs/dedup.ts
var DEDUP_WINDOW_MS2 = 5 * 60 * 1e3;
var DedupWindow = class {
  seen = /* @__PURE__ */ new Map();
  /** What the first message with this key was given, if it was sent within the window. */
  get(key2, now) {
    for (const [k, v] of this.seen) {
      if (v.expiresAt > now) break;
      this.seen.delete(k);
    }
    return this.seen.get(key2);
  }
  add(key2, first2, now) {
    this.seen.set(key2, { ...first2, expiresAt: now + DEDUP_WINDOW_MS2 });
  }
  /** An entry read back from the state directory (entries come back oldest first). */
  restore(key2, first2, expiresAt) {
    this.seen.set(key2, { ...first2, expiresAt });
  }
  /** PurgeQueue forgets the window too (recorded on AWS: a purged id may be sent again at once). */
  clear() {
    this.seen.clear();
  }
};

// ../local-cloud/src/sqs/errors.ts
var sqsError = (code, message, status = 400, queryCode) => new AwsError(code, message, status, { queryCode: queryCode ?? code });
var queueDoesNotExist = (legacy = false) => sqsError(
  "QueueDoesNotExist",
  legacy ? "The specified queue does not exist for this wsdl version." : "The specified queue does not exist.",
  400,
  "AWS.SimpleQueueService.NonExistentQueue"
);
var queueNameExists = (attribute) => sqsError(
  "QueueNameExists",
  `A queue already exists with the same name and a different value for attribute ${attribute}`,
  400,
  "QueueAlreadyExists"
);
var invalidParameterValue3 = (message) => sqsError("InvalidParameterValueException", message, 400, "InvalidParameterValue");
var invalidParameter5 = (name, value2, reason) => invalidParameterValue3(`Value ${String(value2)} for parameter ${name} is invalid. Reason: ${reason}`);
var missingParameter2 = (name) => sqsError(
  "MissingRequiredParameterException",
  `The request must contain the parameter ${name}.`,
  400,
  "MissingParameter"
);
var noDeduplicationId = () => invalidParameterValue3(
  "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly"
);
var emptyValue = (name) => sqsError("EmptyValue", `The request must contain the parameter ${name}.`);
var invalidAttributeName = (name) => sqsError("InvalidAttributeName", `Unknown Attribute ${name}.`);
var invalidAttributeValue = (name, reason) => sqsError(
  "InvalidAttributeValue",
  `Invalid value for the parameter ${name}.${reason ? ` Reason: ${reason}` : ""}`
);
var sseConflict = () => sqsError(
  "InvalidAttributeName",
  "You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE."
);
var invalidMessageContents = () => sqsError(
  "InvalidMessageContents",
  "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF"
);
var receiptHandleIsInvalid = (handle2) => sqsError(
  "ReceiptHandleIsInvalid",
  `The input receipt handle "${handle2}" is not a valid receipt handle.`,
  404
);
var messageNotAvailable = (handle2) => invalidParameter5(
  "ReceiptHandle",
  handle2,
  "Message does not exist or is not available for visibility timeout change."
);
var receiptHandleExpired = (handle2) => invalidParameter5("ReceiptHandle", handle2, "The receipt handle has expired.");
var purgeQueueInProgress = (name) => sqsError(
  "PurgeQueueInProgress",
  `Only one PurgeQueue operation on ${name} is allowed every 60 seconds.`,
  403,
  "AWS.SimpleQueueService.PurgeQueueInProgress"
);
var emptyBatchRequest2 = (entryShape) => sqsError(
  "EmptyBatchRequest",
  `There should be at least one ${entryShape} in the request.`,
  400,
  "AWS.SimpleQueueService.EmptyBatchRequest"
);
var tooManyEntriesInBatchRequest2 = (count) => sqsError(
  "TooManyEntriesInBatchRequest",
  `Maximum number of entries per request are 10. You have sent ${count}.`,
  400,
  "AWS.SimpleQueueService.TooManyEntriesInBatchRequest"
);
var batchEntryIdsNotDistinct2 = (id) => sqsError(
  "BatchEntryIdsNotDistinct",
  `Id ${id} repeated.`,
  400,
  "AWS.SimpleQueueService.BatchEntryIdsNotDistinct"
);
var invalidBatchEntryId2 = () => sqsError(
  "InvalidBatchEntryId",
  "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.",
  400,
  "AWS.SimpleQueueService.InvalidBatchEntryId"
);
var batchRequestTooLong2 = (limit, sent) => sqsError(
  "BatchRequestTooLong",
  `Batch requests cannot be longer than ${limit} bytes. You have sent ${sent} bytes.`,
  400,
  "AWS.SimpleQueueService.BatchRequestTooLong"
);
var tagKeyLength = () => invalidParameterValue3("Tag keys must be between 1 and 128 characters in length.");
var tagValueLength = () => invalidParameterValue3("Tag values must be between 0 and 256 characters in length.");
var tooManyTags2 = (queueName) => invalidParameterValue3(`Too many tags added for queue ${queueName}.`);
var tooManyActions = (count, max) => sqsError("OverLimit", `${count} Actions were found, maximum allowed is ${max}.`, 403);
var labelExists = (label) => invalidParameter5("Label", label, "Already exists.");
var labelNotFound = (label) => invalidParameter5("Label", label, "can't find label.");
var ownerOnlyAction = (action) => invalidParameter5("ActionName", action, "Only the queue owner is allowed to invoke this action.");
var unknownAction = (action) => invalidParameter5("ActionName", action, "Please refer to the appropriate WSDL for a list of valid actions.");
var unverifiedPrincipal = (value2) => invalidParameter5("PrincipalId", value2, "Unable to verify.");

// ../local-cloud/src/sqs/heap.ts
var TimeHeap = class {
  a = [];
  get size() {
    return this.a.length;
  }
  peek() {
    return this.a[0];
  }
  push(entry) {
    const a = this.a;
    a.push(entry);
    let i = a.length - 1;
    while (i > 0) {
      const p = i - 1 >> 1;
      if (a[p].at <= entry.at) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = entry;
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      let i = 0;
      const n = a.length;
      for (; ; ) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && a[r].at < a[l].at ? r : l;
        if (a[c].at >= last.at) break;
        a[i] = a[c];
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
  clear() {
    this.a.length = 0;
  }
};

// ../local-cloud/src/sqs/queueAttributes.ts
var MAX_MESSAGE_BYTES2 = 1048576;
var DEFAULTS = {
  DelaySeconds: "0",
  MaximumMessageSize: String(MAX_MESSAGE_BYTES2),
  MessageRetentionPeriod: "345600",
  ReceiveMessageWaitTimeSeconds: "0",
  VisibilityTimeout: "30",
  SqsManagedSseEnabled: "true"
};
var FIFO_DEFAULTS = {
  ContentBasedDeduplication: "false",
  DeduplicationScope: "queue",
  FifoThroughputLimit: "perQueue"
};
var COMPUTED = [
  "ApproximateNumberOfMessages",
  "ApproximateNumberOfMessagesDelayed",
  "ApproximateNumberOfMessagesNotVisible",
  "CreatedTimestamp",
  "LastModifiedTimestamp",
  "QueueArn"
];
var RANGES = {
  DelaySeconds: [0, 900],
  MaximumMessageSize: [1024, MAX_MESSAGE_BYTES2],
  MessageRetentionPeriod: [60, 1209600],
  ReceiveMessageWaitTimeSeconds: [0, 20],
  VisibilityTimeout: [0, 43200],
  KmsDataKeyReusePeriodSeconds: [60, 86400]
};
var SETTABLE3 = /* @__PURE__ */ new Set([
  ...Object.keys(RANGES),
  "Policy",
  "RedrivePolicy",
  "RedriveAllowPolicy",
  "KmsMasterKeyId",
  "SqsManagedSseEnabled"
]);
var FIFO_SETTABLE = /* @__PURE__ */ new Set(["ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit"]);
function validateQueueAttributes(attributes, ctx) {
  const out = {};
  for (const [name, raw] of Object.entries(attributes)) {
    const value2 = String(raw);
    if (name === "FifoQueue") {
      checkFifoQueue(value2, ctx);
      continue;
    }
    if (FIFO_SETTABLE.has(name)) {
      if (!ctx.fifo) throw invalidAttributeName(name);
      const allowed = {
        ContentBasedDeduplication: ["true", "false"],
        DeduplicationScope: ["queue", "messageGroup"],
        FifoThroughputLimit: ["perQueue", "perMessageGroupId"]
      };
      if (!allowed[name].includes(value2)) throw invalidAttributeValue(name);
      out[name] = value2;
      continue;
    }
    if (!SETTABLE3.has(name)) throw invalidAttributeName(name);
    const range = RANGES[name];
    if (range) {
      if (!/^\d+$/.test(value2)) throw invalidAttributeValue(name);
      const n = Number(value2);
      if (n < range[0] || n > range[1]) throw invalidAttributeValue(name);
      out[name] = String(n);
    } else if (name === "RedrivePolicy") {
      if (value2 !== "") checkRedrivePolicy2(value2, ctx);
      out[name] = value2;
    } else if (name === "SqsManagedSseEnabled") {
      if (value2 !== "true" && value2 !== "false") throw invalidAttributeValue(name);
      out[name] = value2;
    } else if (name === "Policy" || name === "RedriveAllowPolicy") {
      if (value2 !== "") {
        try {
          JSON.parse(value2);
        } catch {
          throw invalidParameter5(name, value2, `${name} is not a valid JSON map.`);
        }
      }
      out[name] = value2;
    } else out[name] = value2;
  }
  if (out.KmsMasterKeyId && out.SqsManagedSseEnabled === "true") throw sseConflict();
  return out;
}
function checkFifoQueue(value2, ctx) {
  if (ctx.creating) {
    if (value2 !== "true" && value2 !== "false") throw invalidAttributeValue("FifoQueue");
  } else if (!ctx.fifo) throw invalidAttributeName("FifoQueue");
  else if (value2 !== "true")
    throw invalidAttributeValue("FifoQueue", "Modifying queue type is not supported.");
}
function sameAttribute(name, stored, asked) {
  if (stored === asked) return true;
  if (name !== "RedrivePolicy" || stored === void 0 || asked === "") return false;
  const a = readRedrivePolicy(stored);
  const b = readRedrivePolicy(asked);
  return a.deadLetterTargetArn === b.deadLetterTargetArn && a.maxReceiveCount === b.maxReceiveCount;
}
function readRedrivePolicy(value2) {
  const p = JSON.parse(value2);
  return { deadLetterTargetArn: String(p.deadLetterTargetArn), maxReceiveCount: Number(p.maxReceiveCount) };
}
function checkRedrivePolicy2(value2, ctx) {
  const fail = (reason) => invalidParameter5("RedrivePolicy", value2, reason);
  let parsed;
  try {
    parsed = JSON.parse(value2);
  } catch {
    throw fail("Redrive policy is not a valid JSON map.");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw fail("Redrive policy is not a valid JSON map.");
  }
  const p = parsed;
  if (p.deadLetterTargetArn === void 0) {
    throw fail("Redrive policy does not contain mandatory attribute: deadLetterTargetArn.");
  }
  if (p.maxReceiveCount === void 0) {
    throw fail("Redrive policy does not contain mandatory attribute: maxReceiveCount.");
  }
  const count = Number(p.maxReceiveCount);
  if (!Number.isInteger(count) || count < 1 || count > 1e3) {
    throw fail(
      `Invalid value for maxReceiveCount: ${String(p.maxReceiveCount)}, valid values are from 1 to 1000 both inclusive.`
    );
  }
  const target = String(p.deadLetterTargetArn);
  if (parseArn(target)?.service !== "sqs") throw fail("Invalid value for deadLetterTargetArn.");
  const targetFifo = ctx.lookupFifo(target);
  if (targetFifo === void 0) throw fail("Dead letter target does not exist.");
  if (targetFifo !== ctx.fifo) throw fail("Dead-letter queue must be same type of queue as the source.");
}
function checkAttributeNames(names, fifo) {
  for (const n of names) {
    if (n === "All" || SETTABLE3.has(n) || COMPUTED.includes(n)) continue;
    if (n === "FifoQueue" || FIFO_SETTABLE.has(n)) {
      if (fifo) continue;
    }
    throw invalidAttributeName(n);
  }
}

// ../local-cloud/src/sqs/storedMessage.ts
import { randomFillSync } from "node:crypto";
var State = { Delayed: 0, Visible: 1, InFlight: 2, Gone: 3 };
function movedMessage(m, sourceArn) {
  return {
    id: m.id,
    body: m.body,
    md5OfBody: m.md5OfBody,
    attributes: m.attributes,
    md5OfAttributes: m.md5OfAttributes,
    traceHeader: m.traceHeader,
    md5OfSystemAttributes: m.md5OfSystemAttributes,
    senderId: m.senderId,
    sentAt: m.sentAt,
    groupId: m.groupId,
    dedupId: m.dedupId,
    delaySeconds: 0,
    deadLetterSourceArn: sourceArn
  };
}
var RECEIPT_RANDOM_BYTES = 24;
var receiptPool = Buffer.alloc(RECEIPT_RANDOM_BYTES * 256);
var receiptPoolAt = receiptPool.length;
function receiptRandom() {
  if (receiptPoolAt === receiptPool.length) {
    randomFillSync(receiptPool);
    receiptPoolAt = 0;
  }
  const start = receiptPoolAt;
  receiptPoolAt += RECEIPT_RANDOM_BYTES;
  return receiptPool.toString("base64url", start, receiptPoolAt);
}

// ../local-cloud/src/sqs/queue.ts
var PAST_RECEIPTS_KEPT = 16;
var SEQUENCE_BASE = 18000000000000000000n;
var Queue = class {
  constructor(host, init) {
    this.host = host;
    this.name = init.name;
    this.region = init.region;
    this.accountId = init.accountId;
    this.fifo = init.fifo;
    this.arn = `arn:aws:sqs:${init.region}:${init.accountId}:${init.name}`;
    this.attributes = { ...DEFAULTS, ...init.fifo ? { FifoQueue: "true", ...FIFO_DEFAULTS } : {} };
    this.tags = { ...init.tags };
    this.receiptPrefix = Buffer.from(`${this.arn} `).toString("base64url");
    this.setAttributes(init.attributes, false);
  }
  host;
  name;
  region;
  accountId;
  arn;
  fifo;
  createdAt = Math.floor(Date.now() / 1e3);
  lastModifiedAt = this.createdAt;
  /** Set by the store when state is kept on disk. */
  journal;
  /** Stored attributes as strings, as GetQueueAttributes answers them. */
  attributes;
  tags;
  lastPurgeAt = 0;
  // Parsed copies of the attributes the hot paths read.
  visibilityTimeout = 30;
  delaySeconds = 0;
  retentionMs = 3456e5;
  maxMessageSize = 1048576;
  waitTimeSeconds = 0;
  redrive;
  visible = 0;
  inFlight = 0;
  delayed = 0;
  ready = new Deque();
  groups = /* @__PURE__ */ new Map();
  receipts = /* @__PURE__ */ new Map();
  due = new TimeHeap();
  timer;
  timerAt = Number.POSITIVE_INFINITY;
  waiters = [];
  wakeQueued = false;
  dedup = new DedupWindow();
  sequence = 0n;
  receiptPrefix;
  deleted = false;
  url(baseUrl) {
    return `${baseUrl}/${this.accountId}/${this.name}`;
  }
  setAttributes(attributes, touch = true) {
    for (const [k, v] of Object.entries(attributes)) {
      if (v === "" && (k === "RedrivePolicy" || k === "Policy" || k === "RedriveAllowPolicy")) {
        delete this.attributes[k];
      } else this.attributes[k] = v;
    }
    const a = this.attributes;
    this.visibilityTimeout = Number(a.VisibilityTimeout);
    this.delaySeconds = Number(a.DelaySeconds);
    this.retentionMs = Number(a.MessageRetentionPeriod) * 1e3;
    this.maxMessageSize = Number(a.MaximumMessageSize);
    this.waitTimeSeconds = Number(a.ReceiveMessageWaitTimeSeconds);
    this.redrive = a.RedrivePolicy ? readRedrivePolicy(a.RedrivePolicy) : void 0;
    if (touch) {
      this.lastModifiedAt = Math.floor(Date.now() / 1e3);
      this.journal?.saveQueue(this);
    }
  }
  tag(tags2) {
    Object.assign(this.tags, tags2);
    this.journal?.saveQueue(this);
  }
  untag(keys) {
    for (const k of keys) delete this.tags[k];
    this.journal?.saveQueue(this);
  }
  /** The highest FIFO sequence number given so far (kept so a restarted queue never gives a lower one). */
  get lastSequence() {
    return this.sequence;
  }
  get contentBasedDeduplication() {
    return this.attributes.ContentBasedDeduplication === "true";
  }
  /** Adds a message; for FIFO answers the first message's id when the deduplication id was seen. */
  enqueue(m) {
    const now = Date.now();
    let sequenceNumber;
    const key2 = this.fifo && !m.deadLetterSourceArn ? this.dedupKey(m) : void 0;
    if (this.fifo) {
      const seen = key2 === void 0 ? void 0 : this.dedup.get(key2, now);
      if (seen) return { id: seen.id, sequenceNumber: seen.sequenceNumber };
      sequenceNumber = (SEQUENCE_BASE + ++this.sequence).toString();
    }
    const delay = (m.delaySeconds ?? this.delaySeconds) * 1e3;
    const msg = {
      id: m.id ?? randomUUID13(),
      body: m.body,
      md5OfBody: m.md5OfBody,
      attributes: m.attributes,
      md5OfAttributes: m.md5OfAttributes,
      traceHeader: m.traceHeader,
      md5OfSystemAttributes: m.md5OfSystemAttributes,
      senderId: m.senderId,
      sentAt: m.sentAt ?? now,
      firstReceivedAt: 0,
      receiveCount: 0,
      groupId: m.groupId,
      dedupId: m.dedupId,
      sequenceNumber,
      deadLetterSourceArn: m.deadLetterSourceArn,
      state: delay > 0 ? State.Delayed : State.Visible,
      gen: 0
    };
    if (this.fifo) {
      if (key2 !== void 0) {
        this.dedup.add(key2, { id: msg.id, sequenceNumber }, now);
        this.journal?.saveDedup(this, key2, { id: msg.id, sequenceNumber }, now + DEDUP_WINDOW_MS2);
      }
      this.group(msg.groupId ?? "").messages.push(msg);
    }
    this.journal?.putMessage(this, msg, delay > 0 ? now + delay : 0);
    if (delay > 0) {
      this.delayed++;
      this.schedule(msg, now + delay);
    } else {
      this.visible++;
      if (!this.fifo) this.ready.push(msg);
      this.queueWake();
    }
    return { id: msg.id, sequenceNumber };
  }
  dedupKey(m) {
    if (m.dedupId === void 0) return void 0;
    return this.attributes.DeduplicationScope === "messageGroup" ? `${m.groupId}\0${m.dedupId}` : m.dedupId;
  }
  group(id) {
    let g = this.groups.get(id);
    if (!g) {
      g = { messages: new Deque(), inFlight: 0 };
      this.groups.set(id, g);
    }
    return g;
  }
  /** Runs `work` as one transaction of the journal (one commit for a batch), or just runs it. */
  atomically(work) {
    return this.journal ? this.journal.atomically(work) : work();
  }
  /** Takes up to `max` visible messages and makes them in flight for `visibilityTimeout` seconds. */
  receive(max, visibilityTimeout) {
    return this.journal ? this.journal.atomically(() => this.receiveNow(max, visibilityTimeout)) : this.receiveNow(max, visibilityTimeout);
  }
  receiveNow(max, visibilityTimeout) {
    const now = Date.now();
    const out = [];
    if (this.fifo) this.receiveFifo(max, visibilityTimeout, now, out);
    else {
      const stillVisible = [];
      while (out.length < max && this.ready.length > 0) {
        const m = this.ready.shift();
        if (m.state !== State.Visible) continue;
        if (this.expiredOrRedriven(m, now)) continue;
        this.take(m, visibilityTimeout, now);
        out.push(m);
        if (visibilityTimeout === 0) stillVisible.push(m);
      }
      for (const m of stillVisible) this.ready.push(m);
    }
    return out;
  }
  receiveFifo(max, visibilityTimeout, now, out) {
    for (const [id, g] of this.groups) {
      if (out.length >= max) break;
      if (g.inFlight > 0) continue;
      while (g.messages.length > 0 && g.messages.peek().state === State.Gone) g.messages.shift();
      for (let i = 0; out.length < max; i++) {
        const m = g.messages.at(i);
        if (!m || m.state === State.Delayed) break;
        if (m.state !== State.Visible) continue;
        if (this.expiredOrRedriven(m, now)) continue;
        this.take(m, visibilityTimeout, now);
        if (visibilityTimeout > 0) g.inFlight++;
        out.push(m);
      }
      while (g.messages.length > 0 && g.messages.peek().state === State.Gone) g.messages.shift();
      if (g.messages.length === 0) this.groups.delete(id);
    }
  }
  /** Drops a message past its retention, or moves it to the dead-letter queue; true when it left. */
  expiredOrRedriven(m, now) {
    if (m.sentAt + this.retentionMs <= now) {
      this.remove(m);
      return true;
    }
    const r = this.redrive;
    if (r && m.receiveCount >= r.maxReceiveCount) {
      const dlq = this.host.byArn(r.deadLetterTargetArn);
      if (dlq && dlq !== this) {
        const move = () => {
          this.remove(m);
          dlq.enqueue(movedMessage(m, this.arn));
        };
        this.atomically(move);
        return true;
      }
    }
    return false;
  }
  take(m, visibilityTimeout, now) {
    m.receiveCount++;
    if (m.firstReceivedAt === 0) m.firstReceivedAt = now;
    if (m.receipt) this.keepPastReceipt(m, m.receipt);
    m.receipt = `${this.receiptPrefix}${receiptRandom()}`;
    this.receipts.set(m.receipt, m);
    if (visibilityTimeout > 0) {
      m.state = State.InFlight;
      this.visible--;
      this.inFlight++;
      m.gen++;
      this.schedule(m, now + visibilityTimeout * 1e3);
    }
    this.journal?.putMessage(this, m, visibilityTimeout > 0 ? now + visibilityTimeout * 1e3 : 0);
  }
  keepPastReceipt(m, handle2) {
    if (!m.pastReceipts) m.pastReceipts = [];
    m.pastReceipts.push(handle2);
    if (m.pastReceipts.length > PAST_RECEIPTS_KEPT) this.receipts.delete(m.pastReceipts.shift());
  }
  /** Whether the handle was issued by this queue (possibly for a message since deleted). */
  ownsReceipt(handle2) {
    return handle2.startsWith(this.receiptPrefix) && handle2.length === this.receiptPrefix.length + 32;
  }
  /** The live message a handle of any of its deliveries names. */
  byReceipt(handle2) {
    return this.receipts.get(handle2);
  }
  /**
   * DeleteMessage. Only the latest delivery's handle deletes; an earlier one succeeds and deletes nothing, as
   * AWS documents. On a FIFO queue a handle whose delivery is over (its visibility ran out, or the message
   * was received again) answers "The receipt handle has expired.", as recorded on AWS.
   */
  delete(handle2) {
    const m = this.receipts.get(handle2);
    if (!m) return;
    if (this.fifo && (m.receipt !== handle2 || m.state !== State.InFlight)) throw receiptHandleExpired(handle2);
    if (m.receipt === handle2) this.remove(m);
  }
  remove(m) {
    if (m.state === State.Gone) return;
    if (m.state === State.InFlight) {
      this.inFlight--;
      if (this.fifo) this.releaseGroup(m);
    } else if (m.state === State.Visible) this.visible--;
    else this.delayed--;
    m.state = State.Gone;
    m.gen++;
    this.journal?.removeMessage(this, m);
    if (m.receipt) this.receipts.delete(m.receipt);
    if (m.pastReceipts) for (const h of m.pastReceipts) this.receipts.delete(h);
  }
  releaseGroup(m) {
    const g = this.groups.get(m.groupId ?? "");
    if (!g) return;
    g.inFlight--;
    if (g.inFlight === 0) {
      while (g.messages.length > 0 && g.messages.peek().state === State.Gone) g.messages.shift();
      if (g.messages.length === 0) this.groups.delete(m.groupId ?? "");
      else this.queueWake();
    }
  }
  /**
   * ChangeMessageVisibility: a new timeout for an in-flight message, 0 makes it visible at once. A message no
   * longer in flight (its visibility ran out) is left as it is: AWS answers success and does nothing.
   */
  changeVisibility(m, seconds) {
    if (m.state !== State.InFlight) return;
    m.gen++;
    const dueAt = seconds === 0 ? 0 : Date.now() + seconds * 1e3;
    if (seconds === 0) this.makeVisible(m);
    else this.schedule(m, dueAt);
    this.journal?.putMessage(this, m, dueAt);
  }
  makeVisible(m) {
    if (m.state === State.Delayed) this.delayed--;
    else if (m.state === State.InFlight) {
      this.inFlight--;
      if (this.fifo) {
        const g = this.groups.get(m.groupId ?? "");
        if (g) g.inFlight--;
      }
    } else return;
    m.state = State.Visible;
    this.visible++;
    if (!this.fifo) this.ready.push(m);
    this.queueWake();
  }
  schedule(m, at) {
    this.due.push({ at, item: m, gen: m.gen });
    if (at < this.timerAt) this.arm(at);
  }
  arm(at) {
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.onTimer(), Math.max(0, at - Date.now()));
    this.timer.unref();
  }
  onTimer() {
    this.timer = void 0;
    this.timerAt = Number.POSITIVE_INFINITY;
    if (this.deleted) return;
    const now = Date.now();
    for (let d = this.due.peek(); d && d.at <= now; d = this.due.peek()) {
      this.due.pop();
      if (d.gen === d.item.gen) this.makeVisible(d.item);
    }
    const next = this.due.peek();
    if (next) this.arm(next.at);
  }
  /** A long poll: resolves with messages as soon as some are visible, or empty after `seconds`. */
  wait(max, visibilityTimeout, seconds, signal) {
    return new Promise((resolve) => {
      let timer;
      const done = (messages) => {
        if (timer) clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(messages);
      };
      const waiter = { max, visibilityTimeout, resolve: done };
      const onAbort = () => done([]);
      this.waiters.push(waiter);
      timer = setTimeout(() => done([]), seconds * 1e3);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
  queueWake() {
    if (this.wakeQueued || this.waiters.length === 0) return;
    this.wakeQueued = true;
    queueMicrotask(() => {
      this.wakeQueued = false;
      while (this.waiters.length > 0) {
        const w = this.waiters[0];
        const got = this.receive(w.max, w.visibilityTimeout);
        if (got.length === 0) break;
        w.resolve(got);
      }
    });
  }
  /** Puts messages a client never got back in the queue at once (their long poll's connection closed). */
  release(messages) {
    for (const m of messages) {
      if (m.state !== State.InFlight) continue;
      m.gen++;
      this.makeVisible(m);
      this.journal?.putMessage(this, m, 0);
    }
  }
  /**
   * Puts back a message read from the state directory, in the state it was left in (restored in the order
   * they were first stored, which keeps FIFO groups in order). An in-flight message keeps its receipt
   * handles and becomes visible at its due time, as it would have.
   */
  restore(r) {
    const m = r.message;
    m.gen = 0;
    if (m.sequenceNumber !== void 0) {
      const n = BigInt(m.sequenceNumber) - SEQUENCE_BASE;
      if (n > this.sequence) this.sequence = n;
    }
    if (this.fifo) this.group(m.groupId ?? "").messages.push(m);
    if (m.state === State.InFlight) {
      this.inFlight++;
      if (this.fifo) this.group(m.groupId ?? "").inFlight++;
      if (m.receipt) this.receipts.set(m.receipt, m);
      for (const h of m.pastReceipts ?? []) this.receipts.set(h, m);
      this.schedule(m, r.dueAt);
    } else if (m.state === State.Delayed) {
      this.delayed++;
      this.schedule(m, r.dueAt);
    } else {
      m.state = State.Visible;
      this.visible++;
      if (!this.fifo) this.ready.push(m);
      if (m.receipt) this.receipts.set(m.receipt, m);
      for (const h of m.pastReceipts ?? []) this.receipts.set(h, m);
    }
  }
  /** Puts back a deduplication entry read from the state directory. */
  restoreDedup(key2, first2, expiresAt) {
    this.dedup.restore(key2, first2, expiresAt);
    if (first2.sequenceNumber !== void 0) {
      const n = BigInt(first2.sequenceNumber) - SEQUENCE_BASE;
      if (n > this.sequence) this.sequence = n;
    }
  }
  purge() {
    for (const m of this.receipts.values()) m.state = State.Gone;
    this.ready.clear();
    this.groups.clear();
    this.receipts.clear();
    this.due.clear();
    this.dedup.clear();
    this.visible = this.inFlight = this.delayed = 0;
    this.lastPurgeAt = Date.now();
    this.journal?.purge(this);
  }
  /** DeleteQueue: pending long polls answer empty, timers stop. */
  close() {
    this.deleted = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of [...this.waiters]) w.resolve([]);
    this.purge();
  }
};

// ../local-cloud/src/persistence/sqsState.ts
function messageJson(m) {
  const { gen: _gen, ...rest } = m;
  return toStateJson(rest);
}
var SqsState = class {
  constructor(db) {
    this.db = db;
  }
  db;
  saveQueue(q) {
    const value2 = {
      name: q.name,
      region: q.region,
      accountId: q.accountId,
      fifo: q.fifo,
      attributes: q.attributes,
      tags: q.tags,
      createdAt: q.createdAt,
      lastModifiedAt: q.lastModifiedAt,
      lastPurgeAt: q.lastPurgeAt
    };
    this.db.run(
      "INSERT INTO sqs_queue (arn, value) VALUES (?, ?) ON CONFLICT (arn) DO UPDATE SET value = excluded.value",
      q.arn,
      JSON.stringify(value2)
    );
  }
  dropQueue(q) {
    this.db.atomically(() => {
      this.purge(q);
      this.db.run("DELETE FROM sqs_queue WHERE arn = ?", q.arn);
    });
  }
  putMessage(q, m, dueAt) {
    this.db.run(
      "INSERT INTO sqs_message (queue, id, state, due_at, value) VALUES (?, ?, ?, ?, ?) ON CONFLICT (queue, id) DO UPDATE SET state = excluded.state, due_at = excluded.due_at, value = excluded.value",
      q.arn,
      m.id,
      m.state,
      dueAt,
      messageJson(m)
    );
  }
  removeMessage(q, m) {
    this.db.run("DELETE FROM sqs_message WHERE queue = ? AND id = ?", q.arn, m.id);
  }
  saveDedup(q, key2, first2, expiresAt) {
    this.db.run(
      "INSERT OR REPLACE INTO sqs_dedup (queue, key, value, expires_at) VALUES (?, ?, ?, ?)",
      q.arn,
      key2,
      JSON.stringify(first2),
      expiresAt
    );
  }
  purge(q) {
    this.db.atomically(() => {
      this.db.run("DELETE FROM sqs_message WHERE queue = ?", q.arn);
      this.db.run("DELETE FROM sqs_dedup WHERE queue = ?", q.arn);
    });
  }
  atomically(work) {
    return this.db.atomically(work);
  }
  /** Puts every stored queue, message and live deduplication entry back into `store`. */
  restore(store) {
    const now = Date.now();
    this.db.run("DELETE FROM sqs_dedup WHERE expires_at <= ?", now);
    const byArn = /* @__PURE__ */ new Map();
    for (const row of this.db.all("SELECT value FROM sqs_queue ORDER BY rowid")) {
      const s = JSON.parse(row.value);
      const q = new Queue(store, s);
      q.createdAt = s.createdAt;
      q.lastModifiedAt = s.lastModifiedAt;
      q.lastPurgeAt = s.lastPurgeAt;
      store.add(q, true);
      byArn.set(q.arn, q);
    }
    for (const row of this.db.all(
      "SELECT queue, due_at, value FROM sqs_message ORDER BY seq"
    )) {
      const message = fromStateJson(row.value);
      byArn.get(row.queue)?.restore({ message, dueAt: row.due_at });
    }
    for (const row of this.db.all(
      "SELECT queue, key, value, expires_at FROM sqs_dedup ORDER BY expires_at"
    )) {
      byArn.get(row.queue)?.restoreDedup(row.key, JSON.parse(row.value), row.expires_at);
    }
  }
};

// ../local-cloud/src/sqs/context.ts
var SqsContext = class {
  constructor(store, call, legacy = false) {
    this.store = store;
    this.call = call;
    this.legacy = legacy;
  }
  store;
  call;
  legacy;
  /** The queue a QueueUrl names (a URL, or a bare name in the caller's account), or QueueDoesNotExist. */
  queue(url) {
    const queue = this.store.find(url, this.call.region, this.call.accountId);
    if (!queue) throw queueDoesNotExist(this.legacy);
    return queue;
  }
  /** QueueDoesNotExist in the asking protocol's words. */
  noSuchQueue() {
    return queueDoesNotExist(this.legacy);
  }
  get region() {
    return this.call.region;
  }
  get accountId() {
    return this.call.accountId;
  }
  get baseUrl() {
    return this.call.baseUrl;
  }
  /** Aborted when the client goes away before its answer is written (a long poll it gave up on). */
  get signal() {
    return this.call.signal;
  }
  /** Notes messages an answer carries, so they return to the queue if the answer never reaches the client. */
  handOut(queue, messages) {
    if (messages.length > 0) this.call.onAbandon(() => queue.release(messages));
  }
};

// ../local-cloud/src/sqs/message.ts
import { createHash as createHash10 } from "node:crypto";

// ../local-cloud/src/sqs/md5.ts
import { hash } from "node:crypto";
function md5Hex2(data) {
  return hash("md5", data, "hex");
}
function lengthPrefixed(bytes2) {
  const len = Buffer.allocUnsafe(4);
  len.writeUInt32BE(bytes2.length, 0);
  return [len, bytes2];
}
function md5OfAttributes(attributes) {
  if (!attributes) return void 0;
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return void 0;
  const parts = [];
  for (const name of names) {
    const a = attributes[name];
    parts.push(...lengthPrefixed(Buffer.from(name, "utf8")));
    parts.push(...lengthPrefixed(Buffer.from(a.DataType ?? "", "utf8")));
    if (a.StringValue !== void 0) {
      parts.push(Buffer.from([1]), ...lengthPrefixed(Buffer.from(a.StringValue, "utf8")));
    } else if (a.BinaryValue !== void 0) {
      parts.push(Buffer.from([2]), ...lengthPrefixed(a.BinaryValue));
    } else if (a.StringListValues?.length) {
      parts.push(Buffer.from([3]));
      for (const v of a.StringListValues) parts.push(...lengthPrefixed(Buffer.from(v, "utf8")));
    } else if (a.BinaryListValues?.length) {
      parts.push(Buffer.from([4]));
      for (const v of a.BinaryListValues) parts.push(...lengthPrefixed(v));
    }
  }
  return md5Hex2(Buffer.concat(parts));
}

// ../local-cloud/src/sqs/validate.ts
var INVALID_CHARS = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
function hasInvalidChars(text) {
  return INVALID_CHARS.test(text);
}
function checkQueueName(name, fifo) {
  if (name === void 0 || name === null || name === "") throw missingParameter2("QueueName");
  const s = String(name);
  if (fifo) {
    if (!/^[A-Za-z0-9_-]{1,75}\.fifo$/.test(s)) {
      throw invalidParameterValue3(
        "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length."
      );
    }
  } else if (!/^[A-Za-z0-9_-]{1,80}$/.test(s)) {
    throw invalidParameterValue3(
      "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length"
    );
  }
  return s;
}
function optionalInt(name, value2, min, max, reason) {
  if (value2 === void 0 || value2 === null || value2 === "") return void 0;
  const n = typeof value2 === "number" ? value2 : /^-?\d+$/.test(String(value2)) ? Number(value2) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw invalidParameter5(name, value2, reason);
  return n;
}
function checkMessageAttributes2(attrs) {
  if (!attrs) return 0;
  const names = Object.keys(attrs);
  if (names.length > 10) {
    throw invalidParameterValue3(
      `Number of message attributes [${names.length}] exceeds the allowed maximum [10].`
    );
  }
  let size = 0;
  for (const name of names) {
    const a = attrs[name];
    if (name.length === 0 || name.length > 256 || !/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith(".") || name.endsWith(".") || name.includes("..")) {
      throw invalidParameterValue3(
        `Message (user) attribute name '${name}' is invalid. Reason: can only contain alphanumeric characters, hyphens (-), underscores (_), and periods (.). It must not start or end with a period and must not have successive periods.`
      );
    }
    if (/^(aws\.|amazon\.)/i.test(name)) {
      throw invalidParameterValue3(
        `You can't use the message attribute name '${name}'. Reason: Message attribute names starting with 'AWS.' or 'Amazon.' are reserved for use by AWS.`
      );
    }
    if (!a || typeof a !== "object") {
      throw invalidParameterValue3(
        `The message attribute '${name}' must contain non-empty message attribute value.`
      );
    }
    const type = a.DataType;
    if (!type) {
      throw invalidParameterValue3(
        `The message attribute '${name}' must contain non-empty message attribute type.`
      );
    }
    const base = String(type).split(".")[0];
    if (base !== "String" && base !== "Number" && base !== "Binary") {
      throw invalidParameterValue3(
        `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`
      );
    }
    if (base === "Binary") {
      if (a.BinaryValue === void 0 || a.BinaryValue.length === 0) {
        throw invalidParameterValue3(
          `Message (user) attribute '${name}' must contain a non-empty value of type 'Binary'.`
        );
      }
    } else {
      if (a.StringValue === void 0 || a.StringValue === "") {
        throw invalidParameterValue3(
          `Message (user) attribute '${name}' must contain a non-empty value of type '${base}'.`
        );
      }
      const v = String(a.StringValue);
      if (base === "Number" && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) {
        throw invalidParameterValue3(
          `Can't cast the value of message (user) attribute '${name}' to a number.`
        );
      }
      if (hasInvalidChars(v)) throw invalidMessageContents();
    }
    size += attributeBytes(name, a);
  }
  return size;
}
function attributeBytes(name, a) {
  const type = a.DataType ?? "";
  const value2 = type.split(".")[0] === "Binary" ? a.BinaryValue?.length ?? 0 : a.StringValue === void 0 ? 0 : Buffer.byteLength(String(a.StringValue));
  return Buffer.byteLength(name) + Buffer.byteLength(type) + value2;
}
function checkBatch(entries, entryShape) {
  if (!Array.isArray(entries) || entries.length === 0) throw emptyBatchRequest2(entryShape);
  if (entries.length > 10) throw tooManyEntriesInBatchRequest2(entries.length);
  const seen = /* @__PURE__ */ new Set();
  for (const e of entries) {
    const id = e?.Id;
    if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,80}$/.test(id)) throw invalidBatchEntryId2();
    if (seen.has(id)) throw batchEntryIdsNotDistinct2(id);
    seen.add(id);
  }
  return entries;
}

// ../local-cloud/src/sqs/message.ts
function sendOne(queue, input, senderId) {
  const message = prepare(queue, input, senderId);
  const { id, sequenceNumber } = queue.enqueue(message);
  return {
    MessageId: id,
    MD5OfMessageBody: message.md5OfBody,
    MD5OfMessageAttributes: message.md5OfAttributes,
    MD5OfMessageSystemAttributes: message.md5OfSystemAttributes,
    SequenceNumber: sequenceNumber
  };
}
function prepare(queue, input, senderId) {
  const body = input.MessageBody;
  if (body === void 0 || body === null || body === "") throw missingParameter2("MessageBody");
  if (hasInvalidChars(body)) throw invalidMessageContents();
  const attributes = nonEmpty(input.MessageAttributes);
  const size = Buffer.byteLength(body) + checkMessageAttributes2(attributes);
  if (size > queue.maxMessageSize) {
    throw invalidParameterValue3(
      `One or more parameters are invalid. Reason: Message must be shorter than ${queue.maxMessageSize} bytes.`
    );
  }
  const delay = optionalInt(
    "DelaySeconds",
    input.DelaySeconds,
    0,
    900,
    "DelaySeconds must be >= 0 and <= 900."
  );
  const system = nonEmpty(input.MessageSystemAttributes);
  let traceHeader;
  if (system) {
    for (const [name, v] of Object.entries(system)) {
      if (name !== "AWSTraceHeader") {
        throw invalidParameterValue3(`Message system attribute name '${name}' is invalid.`);
      }
      if (v?.DataType !== "String" || !v.StringValue) {
        throw invalidParameterValue3(
          `Message system attribute '${name}' must contain a non-empty value of type 'String'.`
        );
      }
      traceHeader = v.StringValue;
    }
  }
  const groupId = input.MessageGroupId ?? void 0;
  let dedupId = input.MessageDeduplicationId ?? void 0;
  const notForThisType = "The request include parameter that is not valid for this queue type.";
  if (queue.fifo) {
    if (!groupId) throw missingParameter2("MessageGroupId");
    checkFifoId("MessageGroupId", groupId);
    if (delay !== void 0 && delay !== 0) throw invalidParameter5("DelaySeconds", delay, notForThisType);
    if (dedupId !== void 0) checkFifoId("MessageDeduplicationId", dedupId);
    else if (queue.contentBasedDeduplication) dedupId = createHash10("sha256").update(body).digest("hex");
    else throw noDeduplicationId();
  } else {
    if (dedupId !== void 0) throw invalidParameter5("MessageDeduplicationId", dedupId, notForThisType);
    if (groupId !== void 0) checkFifoId("MessageGroupId", groupId);
  }
  return {
    body,
    md5OfBody: md5Hex2(body),
    attributes,
    md5OfAttributes: md5OfAttributes(attributes),
    traceHeader,
    md5OfSystemAttributes: md5OfAttributes(system),
    senderId,
    delaySeconds: delay,
    groupId,
    dedupId
  };
}
function nonEmpty(o) {
  return o && Object.keys(o).length > 0 ? o : void 0;
}
function checkFifoId(name, value2) {
  if (typeof value2 !== "string" || value2.length > 128 || !/^[\x21-\x7e]+$/.test(value2)) {
    throw invalidParameter5(
      name,
      value2,
      `${name} can only include alphanumeric and punctuation characters. 1 to 128 in length.`
    );
  }
}

// ../local-cloud/src/sqs/internalApi.ts
function sqsInternal(cloud, store) {
  return {
    sendMessage(queueArn, body, options = {}) {
      const queue = store.byArn(queueArn);
      if (!queue) throw queueDoesNotExist();
      const out = sendOne(
        queue,
        {
          MessageBody: body,
          MessageAttributes: options.messageAttributes,
          MessageGroupId: options.messageGroupId,
          MessageDeduplicationId: options.messageDeduplicationId,
          MessageSystemAttributes: options.traceHeader ? { AWSTraceHeader: { DataType: "String", StringValue: options.traceHeader } } : void 0
        },
        options.senderId ?? cloud.accountId
      );
      return { messageId: out.MessageId };
    },
    describeQueue(queueArn) {
      const queue = store.byArn(queueArn);
      return queue ? { url: queue.url(cloud.endpoint), fifo: queue.fifo, policy: queue.attributes.Policy } : void 0;
    }
  };
}

// ../local-cloud/src/sqs/queuePolicy.ts
var GRANTABLE = /* @__PURE__ */ new Set([
  "ChangeMessageVisibility",
  "DeleteMessage",
  "GetQueueAttributes",
  "GetQueueUrl",
  "ListDeadLetterSourceQueues",
  "PurgeQueue",
  "ReceiveMessage",
  "SendMessage"
]);
var OWNER_ONLY = /* @__PURE__ */ new Set([
  "AddPermission",
  "CancelMessageMoveTask",
  "CreateQueue",
  "DeleteQueue",
  "ListMessageMoveTasks",
  "ListQueues",
  "ListQueueTags",
  "RemovePermission",
  "SetQueueAttributes",
  "StartMessageMoveTask",
  "TagQueue",
  "UntagQueue"
]);
var MAX_ACTIONS = 7;
function readPolicy(queue) {
  const text = queue.attributes.Policy;
  if (!text) return void 0;
  const doc = JSON.parse(text);
  return doc && typeof doc === "object" ? doc : void 0;
}
function statementsOf(doc) {
  const s = doc?.Statement;
  return s === void 0 ? [] : Array.isArray(s) ? s : [s];
}
function grantedActions(actions) {
  if (actions.length > MAX_ACTIONS) throw tooManyActions(actions.length, MAX_ACTIONS);
  return actions.map((a) => {
    const name = `SQS:${a}`;
    if (OWNER_ONLY.has(a)) throw ownerOnlyAction(name);
    if (a !== "*" && !GRANTABLE.has(a)) throw unknownAction(name);
    return name;
  });
}
function addStatement(queue, label, accounts, actions) {
  for (const a of accounts) if (!/^\d{12}$/.test(a)) throw unverifiedPrincipal(a);
  const doc = readPolicy(queue) ?? { Version: "2008-10-17", Id: `${queue.arn}/SQSDefaultPolicy` };
  const statements = statementsOf(doc);
  if (statements.some((s) => s.Sid === label)) throw labelExists(label);
  const principals = accounts.map((a) => `arn:aws:iam::${a}:root`).reverse();
  statements.push({
    Sid: label,
    Effect: "Allow",
    Principal: { AWS: principals.length === 1 ? principals[0] : principals },
    Action: actions.length === 1 ? actions[0] : actions,
    Resource: queue.arn
  });
  queue.setAttributes({ Policy: JSON.stringify({ ...doc, Statement: statements }) });
}
function removeStatement(queue, label) {
  const doc = readPolicy(queue);
  const statements = statementsOf(doc);
  const kept = statements.filter((s) => s.Sid !== label);
  if (kept.length === statements.length) throw labelNotFound(label);
  queue.setAttributes({ Policy: kept.length === 0 ? "" : JSON.stringify({ ...doc, Statement: kept }) });
}

// ../local-cloud/src/sqs/addPermission.ts
function addPermission2(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  const label = input.Label;
  if (!label) throw missingParameter2("Label");
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(label)) {
    throw invalidParameter5(
      "Label",
      label,
      "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length"
    );
  }
  const accounts = input.AWSAccountIds ?? [];
  if (accounts.length === 0) throw unverifiedPrincipal("[]");
  const actions = input.Actions ?? [];
  if (actions.length === 0) throw missingParameter2("Actions");
  addStatement(queue, label, accounts, grantedActions(actions));
}

// ../local-cloud/src/sqs/changeMessageVisibility.ts
function changeByHandle(queue, handle2, timeout) {
  if (handle2 === void 0 || handle2 === null || handle2 === "") throw missingParameter2("ReceiptHandle");
  const seconds = optionalInt(
    "VisibilityTimeout",
    timeout,
    0,
    43200,
    "Must be between 0 and 43200, if provided."
  );
  if (seconds === void 0) throw missingParameter2("VisibilityTimeout");
  const h = String(handle2);
  if (!queue.ownsReceipt(h)) throw receiptHandleIsInvalid(h);
  const message = queue.byReceipt(h);
  if (!message) throw messageNotAvailable(h);
  queue.changeVisibility(message, seconds);
}
function changeMessageVisibility(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  changeByHandle(queue, input.ReceiptHandle, input.VisibilityTimeout);
}

// ../local-cloud/src/sqs/batchResult.ts
function failedEntry(id, err) {
  const e = toAwsError(err);
  return { Id: id, Code: e.queryCode ?? e.code, Message: e.message, SenderFault: e.fault === "Sender" };
}

// ../local-cloud/src/sqs/changeMessageVisibilityBatch.ts
function changeMessageVisibilityBatch(ctx, input) {
  const entries = checkBatch(input.Entries, "ChangeMessageVisibilityBatchRequestEntry");
  const queue = ctx.queue(input.QueueUrl);
  const Successful = [];
  const Failed = [];
  queue.atomically(() => {
    for (const e of entries) {
      try {
        changeByHandle(queue, e.ReceiptHandle, e.VisibilityTimeout);
        Successful.push({ Id: e.Id });
      } catch (err) {
        Failed.push(failedEntry(e.Id, err));
      }
    }
  });
  return { Successful, Failed };
}

// ../local-cloud/src/sqs/tags.ts
var MAX_TAGS2 = 50;
function checkTagKey(key2) {
  if (key2.length < 1 || key2.length > 128) throw tagKeyLength();
}
function checkTags3(queueName, current, added) {
  for (const [key2, value2] of Object.entries(added)) {
    checkTagKey(key2);
    if (String(value2).length > 256) throw tagValueLength();
  }
  if (Object.keys({ ...current, ...added }).length > MAX_TAGS2) throw tooManyTags2(queueName);
}

// ../local-cloud/src/sqs/createQueue.ts
function createQueue(ctx, input) {
  const given = input.Attributes ?? {};
  const fifo = String(given.FifoQueue) === "true";
  const name = checkQueueName(input.QueueName, fifo);
  const attributes = validateQueueAttributes(given, {
    fifo,
    creating: true,
    lookupFifo: (arn) => ctx.store.byArn(arn)?.fifo
  });
  const tags2 = input.tags ?? {};
  checkTags3(name, {}, tags2);
  const existing = ctx.store.get(ctx.region, ctx.accountId, name);
  if (existing) {
    for (const [k, v] of Object.entries(attributes)) {
      if (!sameAttribute(k, existing.attributes[k], v)) throw queueNameExists(k);
    }
    return { QueueUrl: existing.url(ctx.baseUrl) };
  }
  const queue = new Queue(ctx.store, {
    name,
    region: ctx.region,
    accountId: ctx.accountId,
    fifo,
    attributes,
    tags: tags2
  });
  ctx.store.add(queue);
  return { QueueUrl: queue.url(ctx.baseUrl) };
}

// ../local-cloud/src/sqs/deleteMessage.ts
function deleteByHandle(queue, handle2) {
  if (handle2 === void 0 || handle2 === null || handle2 === "") throw missingParameter2("ReceiptHandle");
  const h = String(handle2);
  if (!queue.ownsReceipt(h)) throw receiptHandleIsInvalid(h);
  queue.delete(h);
}
function deleteMessage(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  deleteByHandle(queue, input.ReceiptHandle);
}

// ../local-cloud/src/sqs/deleteMessageBatch.ts
function deleteMessageBatch(ctx, input) {
  const entries = checkBatch(input.Entries, "DeleteMessageBatchRequestEntry");
  const queue = ctx.queue(input.QueueUrl);
  const Successful = [];
  const Failed = [];
  queue.atomically(() => {
    for (const e of entries) {
      try {
        deleteByHandle(queue, e.ReceiptHandle);
        Successful.push({ Id: e.Id });
      } catch (err) {
        Failed.push(failedEntry(e.Id, err));
      }
    }
  });
  return { Successful, Failed };
}

// ../local-cloud/src/sqs/deleteQueue.ts
function deleteQueue(ctx, input) {
  ctx.store.remove(ctx.queue(input.QueueUrl));
}

// ../local-cloud/src/sqs/getQueueAttributes.ts
function allAttributes(queue) {
  const all = {
    ...queue.attributes,
    ApproximateNumberOfMessages: String(queue.visible),
    ApproximateNumberOfMessagesDelayed: String(queue.delayed),
    ApproximateNumberOfMessagesNotVisible: String(queue.inFlight),
    CreatedTimestamp: String(queue.createdAt),
    LastModifiedTimestamp: String(queue.lastModifiedAt),
    QueueArn: queue.arn
  };
  const sorted = {};
  for (const k of Object.keys(all).sort()) sorted[k] = all[k];
  return sorted;
}
function getQueueAttributes(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  const names = input.AttributeNames ?? [];
  checkAttributeNames(names, queue.fifo);
  if (names.length === 0) return {};
  const all = allAttributes(queue);
  if (names.includes("All")) return { Attributes: all };
  const out = {};
  for (const n of names) if (all[n] !== void 0) out[n] = all[n];
  return Object.keys(out).length > 0 ? { Attributes: out } : {};
}

// ../local-cloud/src/sqs/getQueueUrl.ts
function getQueueUrl(ctx, input) {
  if (!input.QueueName) throw missingParameter2("QueueName");
  const queue = ctx.store.get(
    ctx.region,
    input.QueueOwnerAWSAccountId || ctx.accountId,
    String(input.QueueName)
  );
  if (!queue) throw ctx.noSuchQueue();
  return { QueueUrl: queue.url(ctx.baseUrl) };
}

// ../local-cloud/src/sqs/paging.ts
function page5(queues, maxResults2, nextToken) {
  const sorted = [...queues].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  let max;
  if (maxResults2 !== void 0 && maxResults2 !== null && maxResults2 !== "") {
    max = Number(maxResults2);
    if (!Number.isInteger(max) || max < 1 || max > 1e3) {
      throw invalidParameter5("MaxResults", maxResults2, "MaxResults must be an integer between 1 and 1000.");
    }
  }
  let start = 0;
  if (nextToken) {
    let after;
    try {
      after = JSON.parse(Buffer.from(String(nextToken), "base64url").toString("utf8")).after;
    } catch {
      throw invalidParameterValue3("Invalid NextToken value.");
    }
    if (typeof after !== "string") throw invalidParameterValue3("Invalid NextToken value.");
    start = sorted.findIndex((q) => q.name > after);
    if (start < 0) start = sorted.length;
  }
  const items = sorted.slice(start, start + (max ?? 1e3));
  const more = max !== void 0 && start + max < sorted.length;
  return {
    items,
    nextToken: more ? Buffer.from(JSON.stringify({ after: items[items.length - 1].name })).toString("base64url") : void 0
  };
}

// ../local-cloud/src/sqs/listDeadLetterSourceQueues.ts
function listDeadLetterSourceQueues(ctx, input) {
  const dlq = ctx.queue(input.QueueUrl);
  const sources = ctx.store.list(ctx.region, ctx.accountId).filter((q) => q.redrive?.deadLetterTargetArn === dlq.arn);
  const { items, nextToken } = page5(sources, input.MaxResults, input.NextToken);
  return { queueUrls: items.map((q) => q.url(ctx.baseUrl)), NextToken: nextToken };
}

// ../local-cloud/src/sqs/listQueues.ts
function listQueues(ctx, input) {
  const prefix = input.QueueNamePrefix ?? "";
  const all = ctx.store.list(ctx.region, ctx.accountId).filter((q) => q.name.startsWith(prefix));
  const { items, nextToken } = page5(all, input.MaxResults, input.NextToken);
  if (items.length === 0) return {};
  return { QueueUrls: items.map((q) => q.url(ctx.baseUrl)), NextToken: nextToken };
}

// ../local-cloud/src/sqs/listQueueTags.ts
function listQueueTags(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  return Object.keys(queue.tags).length > 0 ? { Tags: { ...queue.tags } } : {};
}

// ../local-cloud/src/sqs/purgeQueue.ts
function purgeQueue(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  if (queue.lastPurgeAt > 0 && Date.now() - queue.lastPurgeAt < 6e4)
    throw purgeQueueInProgress(queue.name);
  queue.purge();
}

// ../local-cloud/src/sqs/receiveMessage.ts
async function receiveMessage(ctx, input) {
  const max = optionalInt(
    "MaxNumberOfMessages",
    input.MaxNumberOfMessages,
    1,
    10,
    "Must be between 1 and 10, if provided."
  ) ?? 1;
  const waitAsked = optionalInt(
    "WaitTimeSeconds",
    input.WaitTimeSeconds,
    0,
    20,
    "Must be >= 0 and <= 20, if provided."
  );
  const visibilityAsked = optionalInt(
    "VisibilityTimeout",
    input.VisibilityTimeout,
    0,
    43200,
    "Must be between 0 and 43200, if provided."
  );
  const queue = ctx.queue(input.QueueUrl);
  const wait = waitAsked ?? queue.waitTimeSeconds;
  const visibility = visibilityAsked ?? queue.visibilityTimeout;
  const system = /* @__PURE__ */ new Set([
    ...input.AttributeNames ?? [],
    ...input.MessageSystemAttributeNames ?? []
  ]);
  const names = input.MessageAttributeNames ?? [];
  let got = queue.receive(max, visibility);
  if (got.length === 0 && wait > 0 && !ctx.signal.aborted) {
    got = await queue.wait(max, visibility, wait, ctx.signal);
  }
  ctx.handOut(queue, got);
  if (got.length === 0) return {};
  return { Messages: got.map((m) => present(m, system, names)) };
}
function present(m, system, names) {
  const out = {
    MessageId: m.id,
    ReceiptHandle: m.receipt ?? "",
    MD5OfBody: m.md5OfBody,
    Body: m.body
  };
  const attributes = systemAttributes(m, system);
  if (attributes) out.Attributes = attributes;
  const selected = selectAttributes(m.attributes, names);
  if (selected) {
    out.MD5OfMessageAttributes = md5OfAttributes(selected);
    out.MessageAttributes = selected;
  }
  return out;
}
function systemAttributes(m, asked) {
  if (asked.size === 0) return void 0;
  const all = asked.has("All");
  const out = {};
  const put = (name, value2) => {
    if (value2 !== void 0 && (all || asked.has(name))) out[name] = value2;
  };
  put("SenderId", m.senderId);
  put("SentTimestamp", String(m.sentAt));
  put("ApproximateReceiveCount", String(m.receiveCount));
  put("ApproximateFirstReceiveTimestamp", String(m.firstReceivedAt));
  put("AWSTraceHeader", m.traceHeader);
  put("MessageGroupId", m.groupId);
  put("MessageDeduplicationId", m.dedupId);
  put("SequenceNumber", m.sequenceNumber);
  put("DeadLetterQueueSourceArn", m.deadLetterSourceArn);
  return Object.keys(out).length > 0 ? out : void 0;
}
function selectAttributes(attributes, names) {
  if (!attributes || names.length === 0) return void 0;
  const all = names.some((n) => n === "All" || n === "*" || n === ".*");
  const out = {};
  for (const [name, value2] of Object.entries(attributes)) {
    const wanted = all || names.some((n) => n.endsWith(".*") ? name.startsWith(n.slice(0, -2)) : n === name);
    if (wanted) out[name] = inAwsOrder(value2);
  }
  return Object.keys(out).length > 0 ? out : void 0;
}
function inAwsOrder(a) {
  return {
    StringValue: a.StringValue,
    BinaryValue: a.BinaryValue,
    StringListValues: a.StringListValues,
    BinaryListValues: a.BinaryListValues,
    DataType: a.DataType
  };
}

// ../local-cloud/src/sqs/removePermission.ts
function removePermission2(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  if (!input.Label) throw missingParameter2("Label");
  removeStatement(queue, input.Label);
}

// ../local-cloud/src/sqs/sendMessage.ts
function sendMessage(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  return sendOne(queue, input, ctx.accountId);
}

// ../local-cloud/src/sqs/sendMessageBatch.ts
function sendMessageBatch(ctx, input) {
  const entries = checkBatch(input.Entries, "SendMessageBatchRequestEntry");
  const total = entries.reduce((sum, e) => sum + entryBytes(e), 0);
  if (total > MAX_MESSAGE_BYTES2) throw batchRequestTooLong2(MAX_MESSAGE_BYTES2, total);
  const queue = ctx.queue(input.QueueUrl);
  if (queue.fifo) checkFifoEntries(queue, entries);
  const Successful = [];
  const Failed = [];
  queue.atomically(() => {
    for (const entry of entries) {
      try {
        if (!entry.MessageBody) throw emptyValue("MessageBody");
        Successful.push({ Id: entry.Id, ...sendOne(queue, entry, ctx.accountId) });
      } catch (err) {
        Failed.push(failedEntry(entry.Id, err));
      }
    }
  });
  return { Successful, Failed };
}
function entryBytes(e) {
  let bytes2 = typeof e.MessageBody === "string" ? Buffer.byteLength(e.MessageBody) : 0;
  for (const [name, a] of Object.entries(e.MessageAttributes ?? {})) if (a) bytes2 += attributeBytes(name, a);
  return bytes2;
}
function checkFifoEntries(queue, entries) {
  for (const e of entries) {
    if (!e.MessageGroupId) {
      throw invalidParameterValue3("The request must contain the parameter MessageGroupId.");
    }
    if (e.MessageDeduplicationId === void 0 && !queue.contentBasedDeduplication) throw noDeduplicationId();
  }
}

// ../local-cloud/src/sqs/setQueueAttributes.ts
function setQueueAttributes(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  const attributes = validateQueueAttributes(input.Attributes ?? {}, {
    fifo: queue.fifo,
    creating: false,
    lookupFifo: (arn) => ctx.store.byArn(arn)?.fifo
  });
  queue.setAttributes(attributes);
}

// ../local-cloud/src/sqs/tagQueue.ts
function tagQueue(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  const tags2 = input.Tags ?? {};
  if (Object.keys(tags2).length === 0) throw missingParameter2("Tags");
  checkTags3(queue.name, queue.tags, tags2);
  queue.tag(tags2);
}

// ../local-cloud/src/sqs/untagQueue.ts
function untagQueue(ctx, input) {
  const queue = ctx.queue(input.QueueUrl);
  const keys = input.TagKeys ?? [];
  if (keys.length === 0) throw tagKeyLength();
  for (const k of keys) checkTagKey(k);
  queue.untag(keys);
}

// ../local-cloud/src/sqs/operations.ts
var OPERATIONS11 = {
  CreateQueue: createQueue,
  GetQueueUrl: getQueueUrl,
  ListQueues: listQueues,
  GetQueueAttributes: getQueueAttributes,
  SetQueueAttributes: setQueueAttributes,
  SendMessage: sendMessage,
  SendMessageBatch: sendMessageBatch,
  ReceiveMessage: receiveMessage,
  DeleteMessage: deleteMessage,
  DeleteMessageBatch: deleteMessageBatch,
  ChangeMessageVisibility: changeMessageVisibility,
  ChangeMessageVisibilityBatch: changeMessageVisibilityBatch,
  PurgeQueue: purgeQueue,
  DeleteQueue: deleteQueue,
  TagQueue: tagQueue,
  UntagQueue: untagQueue,
  ListQueueTags: listQueueTags,
  ListDeadLetterSourceQueues: listDeadLetterSourceQueues,
  AddPermission: addPermission2,
  RemovePermission: removePermission2
};

// ../local-cloud/src/sqs/store.ts
var PARSED_URLS_KEPT = 1e3;
function parseQueueUrl(text) {
  if (!/[/:]/.test(text)) return { name: text };
  let path10;
  try {
    path10 = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? new URL(text).pathname : text;
  } catch {
    return null;
  }
  const parts = path10.split("/").filter((p) => p !== "");
  if (parts.length < 2) return null;
  const accountId = parts[parts.length - 2];
  if (!/^\d{12}$/.test(accountId)) return null;
  try {
    return { accountId, name: decodeURIComponent(parts[parts.length - 1]) };
  } catch {
    return null;
  }
}
var SqsStore = class {
  constructor(defaultAccountId, journal) {
    this.defaultAccountId = defaultAccountId;
    this.journal = journal;
  }
  defaultAccountId;
  journal;
  queues = /* @__PURE__ */ new Map();
  parsedUrls = /* @__PURE__ */ new Map();
  key(region, accountId, name) {
    return `${region}\0${accountId}\0${name}`;
  }
  get(region, accountId, name) {
    return this.queues.get(this.key(region, accountId, name));
  }
  /** Adds a queue; `restored` when it comes from the state directory (already written there). */
  add(queue, restored = false) {
    this.queues.set(this.key(queue.region, queue.accountId, queue.name), queue);
    if (!this.journal) return;
    queue.journal = this.journal;
    if (!restored) this.journal.saveQueue(queue);
  }
  remove(queue) {
    this.queues.delete(this.key(queue.region, queue.accountId, queue.name));
    this.journal?.dropQueue(queue);
    queue.journal = void 0;
    queue.close();
  }
  byArn(arn) {
    const a = parseArn(arn);
    if (a?.service !== "sqs" || a.subresource !== void 0) return void 0;
    return this.get(a.region, a.account, a.resourceName);
  }
  /** Queues of one region and account, in the order they were created. */
  list(region, accountId) {
    const out = [];
    for (const q of this.queues.values()) if (q.region === region && q.accountId === accountId) out.push(q);
    return out;
  }
  /**
   * The queue a QueueUrl names, if any. Any host is accepted (clients reuse URLs across endpoints): the queue
   * is found by the URL's account (else the caller's) and name, in the request's region.
   */
  find(url, region, callerAccountId) {
    if (url === void 0 || url === null || url === "") throw missingParameter2("QueueUrl");
    const text = String(url);
    let named = this.parsedUrls.get(text);
    if (named === void 0) {
      named = parseQueueUrl(text);
      if (this.parsedUrls.size >= PARSED_URLS_KEPT) this.parsedUrls.clear();
      this.parsedUrls.set(text, named);
    }
    return named ? this.get(region, named.accountId ?? callerAccountId, named.name) : void 0;
  }
  /** Stops every queue; what is on disk stays for the next start. */
  close() {
    for (const q of this.queues.values()) {
      q.journal = void 0;
      q.close();
    }
    this.queues.clear();
  }
};

// ../local-cloud/src/sqs/index.ts
var SQS_NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";
function createSqsService(cloud) {
  const journal = cloud.state ? new SqsState(cloud.state) : void 0;
  const store = new SqsStore(cloud.accountId, journal);
  journal?.restore(store);
  cloud.sqs = sqsInternal(cloud, store);
  const context = (call) => new SqsContext(store, call);
  const legacyContext = (call) => new SqsContext(store, call, true);
  return {
    name: "sqs",
    faces: [
      awsJsonFace({
        client: () => import("./dist-es-P3DRWMG2.js"),
        version: "1.0",
        targetPrefix: "AmazonSQS",
        errorNamespace: "com.amazonaws.sqs",
        queryCompatible: true,
        operations: OPERATIONS11,
        context
      }),
      awsQueryFace({
        client: () => import("./dist-es-P3DRWMG2.js"),
        namespace: SQS_NAMESPACE,
        operations: OPERATIONS11,
        context: legacyContext,
        // A form value that is not of the member's type, in SQS's words.
        malformed: (e) => invalidParameter5(e.path, e.value, `Must be ${e.expected}.`)
      })
    ],
    stop() {
      store.close();
    }
  };
}

// ../local-cloud/src/ssm/context.ts
var SsmContext = class {
  constructor(store, call) {
    this.call = call;
    this.parameters = store.of(call.region, call.accountId);
  }
  call;
  parameters;
  get region() {
    return this.call.region;
  }
  get accountId() {
    return this.call.accountId;
  }
  /** Who changed a parameter, as LastModifiedUser shows it (the local cloud has one identity). */
  get user() {
    return `arn:aws:iam::${this.call.accountId}:root`;
  }
};

// ../local-cloud/src/ssm/errors.ts
var parameterNotFound = () => new AwsError("ParameterNotFound", "", 400);
var parameterVersionNotFound = (name, version) => new AwsError(
  "ParameterVersionNotFound",
  `Systems Manager could not find version ${version} of ${name}. Verify the version and try again.`,
  400
);
var parameterAlreadyExists = () => new AwsError(
  "ParameterAlreadyExists",
  "The parameter already exists. To overwrite this value, set the overwrite option in the request to true.",
  400
);
var validation2 = (message) => new AwsError("ValidationException", message, 400);
var invalidName2 = () => validation2(
  `Parameter name: can't be prefixed with "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_`
);
var notFullyQualified = () => validation2("Parameter name must be a fully qualified name.");
var invalidPath = () => validation2(
  `The parameter doesn't meet the parameter name requirements. The parameter name must begin with a forward slash "/". It can't be prefixed with \\"aws\\" or \\"ssm\\" (case-insensitive). It must use only letters, numbers, or the following symbols: . (period), - (hyphen), _ (underscore). Special characters are not allowed. All sub-paths, if specified, must use the forward slash symbol "/". Valid example: /get/parameters2-/by1./path0_.`
);
var typeRequired = () => validation2("A parameter type is required when you create a parameter.");
var tagsWithOverwrite = () => validation2(
  "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource."
);
var constraint = (member, value2, rule) => validation2(
  `1 validation error detected: Value '${Array.isArray(value2) ? `[${value2.join(", ")}]` : String(value2)}' at '${member}' failed to satisfy constraint: ${rule}`
);
var mustNotBeNull2 = (member) => validation2(
  `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`
);
var tooLong = (member, limit) => validation2(
  `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${limit}`
);
var invalidNextToken4 = () => new AwsError("InvalidNextToken", "The specified token is not valid.", 400);
var invalidFilterKey = (key2) => new AwsError("InvalidFilterKey", `The following filter key is not valid: ${key2}.`, 400);
var invalidFilterOption = (option) => new AwsError(
  "InvalidFilterOption",
  `The following filter option is not valid: ${option}. Valid options include: [Recursive, OneLevel].`,
  400
);
var patternMismatch = (pattern) => new AwsError(
  "ParameterPatternMismatchException",
  `Parameter value, cannot be validated against allowedPattern: ${pattern}`,
  400
);

// ../local-cloud/src/ssm/deleteParameter.ts
function deleteParameter(ctx, input) {
  if (!ctx.parameters.delete(String(input.Name))) throw parameterNotFound();
  return {};
}

// ../local-cloud/src/ssm/names.ts
var SEGMENT = /^[a-zA-Z0-9_.-]+$/;
function checkName3(name) {
  const n = String(name ?? "").trim();
  if (!n || n.length > 2048) throw invalidName2();
  if (n.includes("/") && !n.startsWith("/")) throw notFullyQualified();
  const segments = n.startsWith("/") ? n.slice(1).split("/") : [n];
  if (!segments.every((s) => SEGMENT.test(s))) throw invalidName2();
  if (/^(aws|ssm)/i.test(segments[0])) throw invalidName2();
  return n;
}
function parameterArn(region, accountId, name) {
  return `arn:aws:ssm:${region}:${accountId}:parameter/${name.replace(/^\//, "")}`;
}
function parseSelector(given) {
  let s = String(given ?? "").trim();
  let fromArn = false;
  const arn = /^arn:aws[a-z-]*:ssm:[^:]*:[^:]*:parameter\/(.*)$/.exec(s);
  if (arn) {
    s = arn[1].includes("/") ? `/${arn[1]}` : arn[1];
    fromArn = true;
  }
  const colon = s.lastIndexOf(":");
  const name = colon < 0 ? s : s.slice(0, colon);
  const names = fromArn && !name.startsWith("/") ? [name, `/${name}`] : [name];
  if (colon < 0) return { names };
  const text = s.slice(colon);
  const selector = text.slice(1);
  return /^\d+$/.test(selector) ? { names, version: Number(selector), text } : { names, label: selector, text };
}

// ../local-cloud/src/ssm/lookup.ts
function lookUp(ctx, given, decrypt) {
  const selector = parseSelector(given);
  const param = selector.names.map((n) => ctx.parameters.get(n)).find(Boolean);
  if (!param) throw parameterNotFound();
  if (selector.version !== void 0) {
    const v = param.version(selector.version);
    if (!v) throw parameterVersionNotFound(param.name, selector.version);
    return param.view(v, decrypt, selector.text);
  }
  if (selector.label !== void 0) {
    const v = param.history.find((h) => h.Labels.includes(selector.label));
    if (!v) throw parameterNotFound();
    return param.view(v, decrypt, selector.text);
  }
  return param.view(param.current, decrypt);
}

// ../local-cloud/src/ssm/getParameters.ts
var MAX_NAMES = 10;
function getParameters(ctx, input) {
  const names = input.Names ?? [];
  if (names.length < 1)
    throw constraint("names", names, "Member must have length greater than or equal to 1");
  if (names.length > MAX_NAMES)
    throw constraint("names", names, `Member must have length less than or equal to ${MAX_NAMES}`);
  const found2 = [];
  const invalid = [];
  for (const name of new Set(names)) {
    try {
      found2.push(lookUp(ctx, name, input.WithDecryption === true));
    } catch (err) {
      if (!(err instanceof AwsError)) throw err;
      invalid.push(name);
    }
  }
  return { Parameters: found2, InvalidParameters: invalid };
}

// ../local-cloud/src/ssm/deleteParameters.ts
function deleteParameters(ctx, input) {
  const names = input.Names ?? [];
  if (names.length < 1)
    throw constraint("names", names, "Member must have length greater than or equal to 1");
  if (names.length > MAX_NAMES)
    throw constraint("names", names, `Member must have length less than or equal to ${MAX_NAMES}`);
  const deleted = [];
  const invalid = [];
  for (const name of new Set(names)) (ctx.parameters.delete(name) ? deleted : invalid).push(name);
  return { DeletedParameters: deleted, InvalidParameters: invalid };
}

// ../local-cloud/src/ssm/path.ts
function pathPrefix(path10) {
  const p = String(path10 ?? "");
  if (!p.startsWith("/")) throw invalidPath();
  if (p !== "/") {
    try {
      checkName3(p.replace(/\/$/, ""));
    } catch {
      throw invalidPath();
    }
  }
  return p.endsWith("/") ? p : `${p}/`;
}
function underPath(name, prefix, recursive) {
  if (!name.startsWith(prefix) || name.length === prefix.length) return false;
  return recursive || !name.slice(prefix.length).includes("/");
}

// ../local-cloud/src/ssm/filters.ts
function filterParameters(params, filters, legacy = []) {
  const all = [
    ...filters ?? [],
    ...legacy.map((f) => ({ Key: f.Key, Option: "Equals", Values: f.Values }))
  ];
  if (all.length === 0) return params;
  const tests = all.map(compile2);
  return params.filter((p) => tests.every((t) => t(p)));
}
function compile2(f) {
  const key2 = String(f.Key);
  const values = f.Values ?? [];
  if (key2 === "Path") {
    const option2 = f.Option ?? "OneLevel";
    if (option2 !== "OneLevel" && option2 !== "Recursive") throw invalidFilterOption(option2);
    const prefixes = values.map(pathPrefix);
    return (p) => prefixes.some((prefix) => underPath(p.name, prefix, option2 === "Recursive"));
  }
  const read = field(key2);
  const option = f.Option ?? "Equals";
  if (option !== "Equals" && option !== "BeginsWith" && option !== "Contains")
    throw invalidFilterOption(option);
  return (p) => {
    const v = read(p);
    if (v === void 0) return false;
    return values.some(
      (x) => option === "Equals" ? v === x : option === "BeginsWith" ? v.startsWith(x) : v.includes(x)
    );
  };
}
function field(key2) {
  if (key2.startsWith("tag:")) {
    const tag = key2.slice(4);
    return (p) => p.tags.find((t) => t.Key === tag)?.Value;
  }
  switch (key2) {
    case "Name":
      return (p) => p.name;
    case "Type":
      return (p) => p.current.Type;
    case "KeyId":
      return (p) => p.current.KeyId;
    case "DataType":
      return (p) => p.current.DataType;
    case "Tier":
      return (p) => p.current.Tier;
    default:
      throw invalidFilterKey(key2);
  }
}

// ../local-cloud/src/ssm/paging.ts
function page6(items, max, token) {
  let start = 0;
  if (token) {
    const m = /^offset:(\d+)$/.exec(Buffer.from(token, "base64").toString("utf8"));
    if (!m) throw invalidNextToken4();
    start = Number(m[1]);
  }
  const end = start + max;
  return {
    items: items.slice(start, end),
    next: end < items.length ? Buffer.from(`offset:${end}`).toString("base64") : void 0
  };
}
function maxResults(given, limit, fail) {
  if (given === void 0) return limit;
  if (given < 1 || given > limit) throw fail(given);
  return given;
}

// ../local-cloud/src/ssm/describeParameters.ts
var MAX_RESULTS2 = 50;
function describeParameters(ctx, input) {
  const max = maxResults(
    input.MaxResults,
    MAX_RESULTS2,
    (v) => constraint("maxResults", v, `Member must have value less than or equal to ${MAX_RESULTS2}`)
  );
  const matching = filterParameters([...ctx.parameters.values()], input.ParameterFilters, input.Filters).sort(
    (a, b) => a.name.localeCompare(b.name)
  );
  const { items, next } = page6(matching, max, input.NextToken);
  return { Parameters: items.map((p) => p.metadata(ctx.user)), NextToken: next };
}

// ../local-cloud/src/ssm/getParameter.ts
function getParameter(ctx, input) {
  return { Parameter: lookUp(ctx, input.Name, input.WithDecryption === true) };
}

// ../local-cloud/src/ssm/getParameterHistory.ts
var MAX_RESULTS3 = 50;
function getParameterHistory(ctx, input) {
  const param = parseSelector(input.Name).names.map((n) => ctx.parameters.get(n)).find(Boolean);
  if (!param) throw parameterNotFound();
  const max = maxResults(
    input.MaxResults,
    MAX_RESULTS3,
    (v) => constraint("maxResults", v, `Member must have value less than or equal to ${MAX_RESULTS3}`)
  );
  const { items, next } = page6(param.history, max, input.NextToken);
  const decrypt = input.WithDecryption === true;
  return { Parameters: items.map((v) => param.historyEntry(v, decrypt, ctx.user)), NextToken: next };
}

// ../local-cloud/src/ssm/getParametersByPath.ts
var MAX_RESULTS4 = 10;
function getParametersByPath(ctx, input) {
  const prefix = pathPrefix(input.Path);
  const max = maxResults(
    input.MaxResults,
    MAX_RESULTS4,
    (v) => constraint("maxResults", v, `Member must have value less than or equal to ${MAX_RESULTS4}`)
  );
  const matching = filterParameters(
    [...ctx.parameters.values()].filter((p) => underPath(p.name, prefix, input.Recursive === true)),
    input.ParameterFilters
  ).sort((a, b) => a.name.localeCompare(b.name));
  const { items, next } = page6(matching, max, input.NextToken);
  const decrypt = input.WithDecryption === true;
  return { Parameters: items.map((p) => p.view(p.current, decrypt)), NextToken: next };
}

// ../local-cloud/src/ssm/store.ts
var MAX_VERSIONS2 = 100;
var StoredParameter = class {
  constructor(name, arn) {
    this.name = name;
    this.arn = arn;
  }
  name;
  arn;
  history = [];
  tags = [];
  get current() {
    return this.history[this.history.length - 1];
  }
  version(n) {
    return this.history.find((v) => v.Version === n);
  }
  /** The SDK's Parameter; a SecureString's value is its stand-in ciphertext unless `decrypt`. */
  view(v, decrypt, selector) {
    return {
      Name: this.name,
      Type: v.Type,
      Value: shownValue2(v, decrypt),
      Version: v.Version,
      Selector: selector,
      LastModifiedDate: v.LastModifiedDate,
      ARN: this.arn,
      DataType: v.DataType
    };
  }
  metadata(user) {
    const v = this.current;
    return {
      Name: this.name,
      ARN: this.arn,
      Type: v.Type,
      KeyId: v.KeyId,
      LastModifiedDate: v.LastModifiedDate,
      LastModifiedUser: user,
      Description: v.Description,
      AllowedPattern: v.AllowedPattern,
      Version: v.Version,
      Tier: v.Tier,
      Policies: [],
      DataType: v.DataType
    };
  }
  historyEntry(v, decrypt, user) {
    return {
      Name: this.name,
      Type: v.Type,
      KeyId: v.KeyId,
      LastModifiedDate: v.LastModifiedDate,
      LastModifiedUser: user,
      Description: v.Description,
      Value: shownValue2(v, decrypt),
      AllowedPattern: v.AllowedPattern,
      Version: v.Version,
      Labels: v.Labels,
      Tier: v.Tier,
      Policies: [],
      DataType: v.DataType
    };
  }
};
function shownValue2(v, decrypt) {
  if (v.Type !== "SecureString" || decrypt) return v.Value;
  return Buffer.from(`local-cloud:${v.KeyId}:${Buffer.from(v.Value).toString("base64")}`).toString("base64");
}
var SsmStore = class {
  parameters = /* @__PURE__ */ new Map();
  /** The parameters of one region and account, by name. */
  of(region, accountId) {
    const key2 = `${region}/${accountId}`;
    let m = this.parameters.get(key2);
    if (!m) {
      m = /* @__PURE__ */ new Map();
      this.parameters.set(key2, m);
    }
    return m;
  }
};

// ../local-cloud/src/ssm/putParameter.ts
var TYPES3 = ["String", "StringList", "SecureString"];
var MAX_STANDARD = 4096;
var MAX_ADVANCED = 8192;
function putParameter(ctx, input) {
  const name = checkName3(input.Name);
  if (input.Value === void 0) throw mustNotBeNull2("value");
  if (input.Type !== void 0 && !TYPES3.includes(input.Type)) {
    throw constraint(
      "type",
      input.Type,
      "Member must satisfy enum value set: [SecureString, StringList, String]"
    );
  }
  if (input.Overwrite && input.Tags?.length) throw tagsWithOverwrite();
  const tier = input.Tier === "Advanced" || input.Value.length > MAX_STANDARD ? "Advanced" : "Standard";
  if (input.Value.length > MAX_ADVANCED) throw tooLong("value", MAX_ADVANCED);
  if (input.AllowedPattern && !new RegExp(input.AllowedPattern).test(input.Value)) {
    throw patternMismatch(input.AllowedPattern);
  }
  let param = ctx.parameters.get(name);
  if (param && !input.Overwrite) throw parameterAlreadyExists();
  const previous = param?.current;
  const type = input.Type ?? previous?.Type;
  if (!type) throw typeRequired();
  if (!param) {
    param = new StoredParameter(name, parameterArn(ctx.region, ctx.accountId, name));
    param.tags = input.Tags ?? [];
    ctx.parameters.set(name, param);
  }
  const version = (previous?.Version ?? 0) + 1;
  param.history.push({
    Type: type,
    Value: input.Value,
    Version: version,
    LastModifiedDate: /* @__PURE__ */ new Date(),
    // An overwrite without a description keeps the one before, as AWS does.
    Description: input.Description ?? previous?.Description,
    AllowedPattern: input.AllowedPattern ?? previous?.AllowedPattern,
    KeyId: type === "SecureString" ? input.KeyId ?? previous?.KeyId ?? "alias/aws/ssm" : void 0,
    Tier: tier,
    DataType: input.DataType ?? previous?.DataType ?? "text",
    Labels: []
  });
  if (param.history.length > MAX_VERSIONS2) param.history.shift();
  return { Version: version, Tier: tier };
}

// ../local-cloud/src/ssm/operations.ts
var OPERATIONS12 = {
  PutParameter: putParameter,
  GetParameter: getParameter,
  GetParameters: getParameters,
  GetParametersByPath: getParametersByPath,
  GetParameterHistory: getParameterHistory,
  DeleteParameter: deleteParameter,
  DeleteParameters: deleteParameters,
  DescribeParameters: describeParameters
};

// ../local-cloud/src/ssm/index.ts
function createSsmService(_cloud) {
  const store = new SsmStore();
  return {
    name: "ssm",
    faces: [
      awsJsonFace({
        client: () => import("./dist-es-V5SZ4FIF.js"),
        version: "1.1",
        targetPrefix: "AmazonSSM",
        operations: OPERATIONS12,
        context: (call) => new SsmContext(store, call)
      })
    ]
  };
}

// ../local-cloud/src/sts/assumeRole.ts
import { createHash as createHash11 } from "node:crypto";

// ../local-cloud/src/sts/errors.ts
var validationError6 = (message) => new AwsError("ValidationError", message, 400);
var constraintViolated2 = (value2, member, constraint2) => validationError6(
  `1 validation error detected: Value ${value2 === null ? "null" : `'${value2}'`} at '${member}' failed to satisfy constraint: ${constraint2}`
);
var missingMember4 = (member) => constraintViolated2(null, member, "Member must not be null");

// ../local-cloud/src/sts/identity.ts
function callerArn(accountId) {
  return `arn:aws:iam::${accountId}:root`;
}
function temporaryCredentials(seconds) {
  const hex = () => Math.random().toString(16).slice(2, 10).toUpperCase();
  return {
    AccessKeyId: `ASIA${hex()}${hex()}`.slice(0, 20),
    SecretAccessKey: "test".padEnd(40, "x"),
    SessionToken: `FQoGZXIvYXdzE${Buffer.from(hex() + hex()).toString("base64")}`,
    Expiration: new Date(Date.now() + seconds * 1e3)
  };
}

// ../local-cloud/src/sts/assumeRole.ts
var ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
var SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
function assumeRole(_ctx, input) {
  if (input.RoleArn === void 0) throw missingMember4("roleArn");
  if (input.RoleSessionName === void 0) throw missingMember4("roleSessionName");
  const roleArn = input.RoleArn;
  const session = input.RoleSessionName;
  const m = ROLE_ARN.exec(roleArn);
  if (!m) throw validationError6(`${roleArn} is invalid`);
  if (!SESSION_NAME.test(session)) {
    throw constraintViolated2(
      session,
      "roleSessionName",
      "Member must satisfy regular expression pattern: [\\w+=,.@-]*"
    );
  }
  const duration = input.DurationSeconds ?? 3600;
  if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
    throw constraintViolated2(
      String(input.DurationSeconds),
      "durationSeconds",
      "Member must have value between 900 and 43200"
    );
  }
  const account = parseArn(roleArn)?.account ?? "";
  const roleId = `AROA${createHash11("sha1").update(roleArn).digest("hex").slice(0, 17).toUpperCase()}`;
  return {
    Credentials: temporaryCredentials(duration),
    AssumedRoleUser: {
      AssumedRoleId: `${roleId}:${session}`,
      Arn: `arn:aws:sts::${account}:assumed-role/${m[1]}/${session}`
    },
    PackedPolicySize: input.Policy ? 6 : void 0
  };
}

// ../local-cloud/src/sts/getCallerIdentity.ts
function getCallerIdentity(ctx, _input) {
  return { Arn: callerArn(ctx.accountId), UserId: ctx.accountId, Account: ctx.accountId };
}

// ../local-cloud/src/sts/getSessionToken.ts
function getSessionToken(_ctx, input) {
  const duration = input.DurationSeconds ?? 43200;
  if (!Number.isInteger(duration) || duration < 900 || duration > 129600) {
    throw constraintViolated2(
      String(input.DurationSeconds),
      "durationSeconds",
      "Member must have value between 900 and 129600"
    );
  }
  return { Credentials: temporaryCredentials(duration) };
}

// ../local-cloud/src/sts/operations.ts
var OPERATIONS13 = {
  GetCallerIdentity: getCallerIdentity,
  AssumeRole: assumeRole,
  GetSessionToken: getSessionToken
};

// ../local-cloud/src/sts/index.ts
var STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
function createStsService(cloud) {
  const context = () => ({ accountId: cloud.accountId });
  return {
    name: "sts",
    faces: [
      awsQueryFace({
        client: () => import("./dist-es-EKKFPWYM.js"),
        namespace: STS_NAMESPACE,
        operations: OPERATIONS13,
        context
      }),
      awsJsonFace({
        client: () => import("./dist-es-EKKFPWYM.js"),
        version: "1.0",
        targetPrefix: "AWSSecurityTokenServiceV20110615",
        operations: OPERATIONS13,
        context
      })
    ]
  };
}

// ../local-cloud/src/services.ts
function registerServices(cloud) {
  cloud.register(createSqsService(cloud));
  cloud.register(createSnsService(cloud));
  cloud.register(createEventsService(cloud));
  cloud.register(createS3Service(cloud));
  cloud.register(createLogsService(cloud));
  cloud.register(createLambdaService(cloud));
  cloud.register(createStsService(cloud));
  cloud.register(createIamService(cloud));
  cloud.register(createCloudFormationService(cloud));
  cloud.register(createEcrService(cloud));
  cloud.register(createDynamoDbService(cloud));
  cloud.register(createSsmService(cloud));
  cloud.register(createSecretsManagerService(cloud));
  cloud.register(createCloudWatchService(cloud));
  cloud.register(createApiGatewayService(cloud));
}

// ../local-cloud/src/version.ts
import { readFileSync as readFileSync2 } from "node:fs";
var VERSION = JSON.parse(
  readFileSync2(new URL("../package.json", new URL("./local-cloud/src/version.js", import.meta.url).href), "utf8")
).version;

// ../local-cloud/src/server.ts
var MAX_BODY_BYTES = 256 * 1024 * 1024;
var EMPTY2 = Buffer.alloc(0);
async function gateFor(config) {
  const hosts = new HostGuard(config.allowHosts, config.host);
  if (!config.requireAuth) return { hosts };
  const { keyTable, verifySignature } = await import("./signature-MVWFI7QB.js");
  const keys = keyTable(config.authKeys);
  return { hosts, verify: (req) => verifySignature(req, keys, Date.now()) };
}
async function startLocalCloud(options = {}) {
  const cloud = new LocalCloud(options);
  registerServices(cloud);
  const router = new Router(cloud.services.values());
  const gate = await gateFor(cloud.config);
  const server = createServer2((req, res) => {
    handle(cloud, router, gate, req, res).catch((err) => {
      cloud.log("error", `unhandled: ${err instanceof Error ? err.stack : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { __type: "InternalFailure", message: "internal error" });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 6e4;
  server.headersTimeout = 65e3;
  server.on("clientError", answerClientError);
  await listen(server, cloud.config.port, cloud.config.host);
  const port = server.address().port;
  const shownHost = { "0.0.0.0": "127.0.0.1", "::": "::1" }[cloud.config.host] ?? cloud.config.host;
  cloud.endpoint = `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${port}`;
  warnIfExposed(cloud, port);
  for (const s of cloud.services.values()) s.start?.();
  let stopped;
  return {
    url: cloud.endpoint,
    port,
    cloud,
    stop: () => {
      stopped ??= (async () => {
        await cloud.stop();
        await new Promise((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return stopped;
    }
  };
}
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
function warnIfExposed(cloud, port) {
  const { host, requireAuth } = cloud.config;
  if (isLoopbackName(hostName(host.includes(":") ? `[${host}]` : host) ?? "")) return;
  cloud.log(
    "error",
    `warning: listening on ${host}:${port}, reachable from other machines; ` + (requireAuth ? "requests must be signed with a configured key" : "anyone who reaches it can create and run code as this user (add --require-auth)") + "; requests must name a loopback host, the bound address or a name given with --allow-host"
  );
}
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners("data");
        chunks.length = 0;
        req.resume();
        reject(
          new AwsError("RequestEntityTooLargeException", "Request body is too large.", 413, {
            headers: { Connection: "close" }
          })
        );
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function originAllowed(cloud, origin) {
  const allowed = cloud.config.allowOrigins;
  return allowed.includes("*") || allowed.includes(origin);
}
async function handle(cloud, router, gate, req, res) {
  const origin = req.headers.origin;
  const url = req.url === "/" ? { pathname: "/", searchParams: new URLSearchParams() } : new URL(req.url ?? "/", "http://localhost");
  const method = req.method ?? "GET";
  const requestId = randomUUID14();
  const host = req.headers.host ?? cloud.endpoint.replace(/^http:\/\//, "");
  const localRequest = {
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body: EMPTY2,
    service: "",
    region: cloud.config.region,
    requestId,
    baseUrl: `http://${host}`,
    cloud
  };
  if (!gate.hosts.allows(req.headers.host)) {
    req.resume();
    const host2 = req.headers.host ?? "";
    faceFor(localRequest).writeError(localRequest, res, hostRefused(host2, hostName(host2) ?? host2));
    return;
  }
  if (origin !== void 0 && !originAllowed(cloud, origin)) {
    req.resume();
    faceFor(localRequest).writeError(localRequest, res, originRefused(origin));
    return;
  }
  const site = req.headers["sec-fetch-site"];
  if (origin === void 0 && site !== void 0 && site !== "none" && site !== "same-origin") {
    req.resume();
    faceFor(localRequest).writeError(localRequest, res, crossSiteRefused(site));
    return;
  }
  if (origin !== void 0) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Expose-Headers", "*");
    if (method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET,PUT,POST,DELETE,HEAD");
      res.setHeader(
        "Access-Control-Allow-Headers",
        String(req.headers["access-control-request-headers"] ?? "*")
      );
      sendJson(res, 204, void 0);
      return;
    }
  }
  if (url.pathname.startsWith("/_localcloud/")) return internal(cloud, url.pathname, url.searchParams, res);
  try {
    localRequest.body = await readBody(req);
  } catch (err) {
    faceFor(localRequest).writeError(localRequest, res, toAwsError(err));
    return;
  }
  let formCache;
  const formAction = () => {
    if (url.searchParams.has("Action")) return url.searchParams.get("Action") ?? void 0;
    const type = String(req.headers["content-type"] ?? "");
    if (method !== "POST" || !type.includes("x-www-form-urlencoded")) return void 0;
    formCache ??= new URLSearchParams(localRequest.body.toString("utf8"));
    return formCache.get("Action") ?? void 0;
  };
  const routed = router.route({
    method,
    path: url.pathname,
    headers: req.headers,
    query: url.searchParams,
    formAction
  });
  const route = routed instanceof Promise ? await routed : routed;
  const service = cloud.services.get(route.service);
  localRequest.service = route.service;
  if (route.region) localRequest.region = route.region;
  if (!service) {
    const unknown = new AwsError(
      "UnknownService",
      `Service ${route.service} is not served by this local cloud.`,
      400
    );
    faceFor(localRequest).writeError(localRequest, res, unknown);
    return;
  }
  if (cloud.config.logLevel === "debug") {
    cloud.log("debug", `${method} ${url.pathname} -> ${route.service} (${localRequest.region})`);
  }
  const face = faceFor(localRequest, service.faces);
  if (gate.verify) {
    const failure = await gate.verify({
      method,
      url: req.url ?? "/",
      headers: req.headers,
      body: localRequest.body
    });
    if (failure) {
      face.writeError(localRequest, res, authError(failure, face.protocol));
      return;
    }
  }
  await face.serve(localRequest, res);
}
function internal(cloud, path10, query, res) {
  if (path10 === "/_localcloud/health") {
    sendJson(res, 200, {
      status: "running",
      version: VERSION,
      services: [...cloud.services.keys()],
      uptime: (Date.now() - cloud.startedAt) / 1e3,
      region: cloud.config.region,
      accountId: cloud.config.accountId,
      timeScale: cloud.config.timeScale
    });
    return;
  }
  if (path10 === "/_localcloud/runtimes") {
    const only = query.get("runtime")?.split(",").filter(Boolean);
    sendJson(res, 200, { supported: SUPPORTED_RUNTIMES, runtimes: interpreters(cloud, only) });
    return;
  }
  if (path10 === "/_localcloud/metrics") {
    const out = {};
    for (const [name, dims] of cloud.metrics) out[name] = Object.fromEntries(dims);
    sendJson(res, 200, out);
    return;
  }
  sendJson(res, 404, { message: `No such local-cloud endpoint: ${path10}` });
}
export {
  AwsError,
  DEFAULT_CONFIG,
  LocalCloud,
  VERSION,
  interpreterSettings,
  startLocalCloud
};
//# sourceMappingURL=src-HA7XCLXY.js.map
