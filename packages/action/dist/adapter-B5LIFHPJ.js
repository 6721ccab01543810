import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  ERROR_NAMESPACE,
  TARGET_PREFIX,
  buildAwsJsonFace,
  codeOf,
  conditionalRequestFailed,
  fromDynalite,
  idempotentParameterMismatch,
  indexChangeNotServed,
  isDataValidation,
  jsonDecoder,
  jsonWriter,
  lengthConstraint,
  missingKey,
  multipleOperationsOnOneItem,
  oneActionPerItem,
  timeToLiveAlready,
  transactionCanceled
} from "./chunk-KKA77M5N.js";
import {
  toAwsError
} from "./chunk-GVSLWIJQ.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-MVGRCA6P.js";

// ../local-cloud/src/dynamodb/lock.ts
var TableLock = class {
  /** Shared holders running now. */
  active = 0;
  /** Exclusive holders waiting or running. */
  pending = 0;
  /** Settles when the last exclusive holder queued so far is done. */
  tail = Promise.resolve();
  /** Wakes the exclusive holder waiting for the shared holders to finish. */
  drained;
  async shared(fn) {
    while (this.pending > 0) await this.tail;
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      if (this.active === 0) this.drained?.();
    }
  }
  async exclusive(fn) {
    const previous = this.tail;
    let release;
    this.tail = new Promise((resolve) => {
      release = resolve;
    });
    this.pending++;
    try {
      await previous;
      if (this.active > 0) {
        await new Promise((resolve) => {
          this.drained = resolve;
        });
        this.drained = void 0;
      }
      return await fn();
    } finally {
      this.pending--;
      release();
    }
  }
};

// ../local-cloud/src/dynamodb/context.ts
var DynamoDbContext = class {
  constructor(tables, writeReasons) {
    this.tables = tables;
    this.writeReasons = writeReasons;
  }
  tables;
  writeReasons;
  lock = new TableLock();
  /** ClientRequestToken -> what the transaction asked and when it was done (tokens last 10 minutes). */
  tokens = /* @__PURE__ */ new Map();
  /** TTL settings by TableId, so a table deleted and created again starts with none. */
  timeToLive = /* @__PURE__ */ new Map();
};

// ../local-cloud/src/dynamodb/dynalite.ts
import { EventEmitter } from "node:events";
import { createRequire } from "node:module";
var OPTIONS = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };
var ReplayedRequest = class extends EventEmitter {
  method;
  url;
  headers;
  constructor(r) {
    super();
    this.method = r.method;
    this.url = r.url;
    this.headers = r.headers;
  }
};
var CapturedResponse = class {
  constructor(done) {
    this.done = done;
  }
  done;
  statusCode = 200;
  contentType;
  checking = true;
  headers = {};
  setHeader(name, value) {
    this.headers[name.toLowerCase()] = String(value);
  }
  end(body) {
    this.done({
      status: this.statusCode,
      headers: this.headers,
      body: body ? String(body) : "",
      checking: this.checking
    });
  }
};
var loaded;
var dynalite = () => {
  loaded ??= createRequire(new URL("./local-cloud/src/dynamodb/dynalite.js", import.meta.url).href)("dynalite");
  return loaded;
};
var DynaliteEngine = class {
  constructor(accountId) {
    this.accountId = accountId;
  }
  accountId;
  regions = /* @__PURE__ */ new Map();
  stopped = false;
  /** Regions with a running dynalite (each is created at that region's first request). */
  get started() {
    return [...this.regions.keys()];
  }
  /** Serves one request in `region`'s DynamoDB. */
  call(region, request) {
    if (this.stopped) return Promise.reject(new Error("DynamoDB is stopping with the local cloud"));
    const listener = this.listener(region);
    return new Promise((resolve, reject) => {
      const req = new ReplayedRequest(request);
      const res = new CapturedResponse(resolve);
      listener(req, res);
      try {
        if (request.body.length > 0) req.emit("data", request.body);
        req.emit("end");
        res.checking = false;
      } catch (err) {
        reject(err);
      }
    });
  }
  /** Drops every region's store (dynalite's are in memory: nothing to flush). */
  stop() {
    this.stopped = true;
    this.regions.clear();
  }
  listener(region) {
    const found = this.regions.get(region);
    if (found) return found;
    const saved = { region: process.env.AWS_REGION, account: process.env.AWS_ACCOUNT_ID };
    process.env.AWS_REGION = region;
    process.env.AWS_ACCOUNT_ID = this.accountId;
    let server;
    try {
      server = dynalite()(OPTIONS);
    } finally {
      restore("AWS_REGION", saved.region);
      restore("AWS_ACCOUNT_ID", saved.account);
    }
    const listener = server.listeners("request")[0];
    this.regions.set(region, listener);
    return listener;
  }
};
function restore(name, value) {
  if (value === void 0) delete process.env[name];
  else process.env[name] = value;
}

// ../local-cloud/src/dynamodb/describeTimeToLive.ts
async function describeTimeToLive(ctx, input) {
  const { Table: table } = await ctx.tables.describeTable({ TableName: input.TableName });
  const spec = ctx.timeToLive.get(String(table?.TableId));
  return {
    TimeToLiveDescription: spec ? { TimeToLiveStatus: "ENABLED", AttributeName: spec.AttributeName } : { TimeToLiveStatus: "DISABLED" }
  };
}

// ../local-cloud/src/dynamodb/keys.ts
function keyOf(item, schema) {
  const key = {};
  for (const { AttributeName } of schema) {
    const name = String(AttributeName);
    if (item[name] === void 0) throw missingKey(name);
    key[name] = item[name];
  }
  return key;
}
function itemIdentity(table, key) {
  const parts = Object.keys(key).sort().map((name) => `${name}=${valueText(key[name])}`);
  return `${table}\0${parts.join("\0")}`;
}
function valueText(v) {
  if (v.S !== void 0) return `S:${v.S}`;
  if (v.N !== void 0) {
    const n = Number(v.N);
    return `N:${Number.isSafeInteger(n) || String(n) === v.N ? String(n) : v.N}`;
  }
  if (v.B !== void 0) return `B:${Buffer.from(v.B).toString("base64")}`;
  return JSON.stringify(v);
}

// ../local-cloud/src/dynamodb/transactWriteItems.ts
var MAX_TRANSACT_ITEMS = 100;
var TOKEN_MS = 10 * 60 * 1e3;
async function transactWriteItems(ctx, input) {
  const items = input.TransactItems ?? [];
  if (items.length < 1) throw lengthConstraint("transactItems", "greater", 1);
  if (items.length > MAX_TRANSACT_ITEMS) throw lengthConstraint("transactItems", "less", MAX_TRANSACT_ITEMS);
  for (const item of items) {
    const actions = [item.ConditionCheck, item.Put, item.Update, item.Delete].filter(Boolean);
    if (actions.length !== 1) throw oneActionPerItem();
  }
  return ctx.lock.exclusive(async () => {
    const token = input.ClientRequestToken;
    const fingerprint = token ? fingerprintOf(input) : "";
    if (token) {
      const seen = remembered(ctx, token);
      if (seen && seen.fingerprint !== fingerprint) throw idempotentParameterMismatch();
      if (seen) return {};
    }
    const steps = await plan(ctx.tables, items);
    const capacity = /* @__PURE__ */ new Map();
    const reasons = [];
    const applied = [];
    const total = input.ReturnConsumedCapacity === "TOTAL" || input.ReturnConsumedCapacity === "INDEXES";
    try {
      for (const step of steps) {
        try {
          const used = await apply(ctx.tables, step);
          if (!step.item.ConditionCheck) applied.push(step);
          capacity.set(step.table, (capacity.get(step.table) ?? 0) + used);
          reasons.push({ Code: "None" });
        } catch (err) {
          reasons.push(reasonFor(err, step));
        }
      }
    } catch (err) {
      await undo(ctx.tables, applied);
      throw err;
    }
    if (reasons.some((r) => r.Code !== "None")) {
      await undo(ctx.tables, applied);
      throw transactionCanceled(reasons, ctx.writeReasons);
    }
    if (token) ctx.tokens.set(token, { fingerprint, at: Date.now() });
    if (!total) return {};
    const consumed = [...capacity].map(([TableName, units]) => ({
      TableName,
      CapacityUnits: units * 2,
      WriteCapacityUnits: units * 2
    }));
    return { ConsumedCapacity: consumed };
  });
}
async function plan(tables, items) {
  const schemas = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const steps = [];
  for (const item of items) {
    const action = item.ConditionCheck ?? item.Put ?? item.Update ?? item.Delete;
    const table = String(action.TableName);
    let key;
    if (item.Put) {
      let schema = schemas.get(table);
      if (!schema) {
        schema = (await tables.describeTable({ TableName: table })).Table?.KeySchema ?? [];
        schemas.set(table, schema);
      }
      key = keyOf(item.Put.Item ?? {}, schema);
    } else key = (item.ConditionCheck ?? item.Update ?? item.Delete)?.Key ?? {};
    const identity = itemIdentity(table, key);
    if (seen.has(identity)) throw multipleOperationsOnOneItem();
    seen.add(identity);
    steps.push({
      item,
      table,
      key,
      returnOld: action.ReturnValuesOnConditionCheckFailure === "ALL_OLD"
    });
  }
  for (const step of steps) {
    step.before = (await tables.getItem({ TableName: step.table, Key: step.key, ConsistentRead: true })).Item;
  }
  return steps;
}
async function apply(tables, step) {
  const { ConditionCheck: check, Put: put, Update: update, Delete: del } = step.item;
  const common = { ReturnConsumedCapacity: "TOTAL" };
  if (put) {
    const out2 = await tables.putItem({
      TableName: put.TableName,
      Item: put.Item,
      ConditionExpression: put.ConditionExpression,
      ExpressionAttributeNames: put.ExpressionAttributeNames,
      ExpressionAttributeValues: put.ExpressionAttributeValues,
      ...common
    });
    return out2.ConsumedCapacity?.CapacityUnits ?? 1;
  }
  if (update) {
    const out2 = await tables.updateItem({
      TableName: update.TableName,
      Key: update.Key,
      UpdateExpression: update.UpdateExpression,
      ConditionExpression: update.ConditionExpression,
      ExpressionAttributeNames: update.ExpressionAttributeNames,
      ExpressionAttributeValues: update.ExpressionAttributeValues,
      ...common
    });
    return out2.ConsumedCapacity?.CapacityUnits ?? 1;
  }
  const target = check ?? del;
  const out = await tables.deleteItem({
    TableName: target.TableName,
    Key: target.Key,
    ConditionExpression: target.ConditionExpression,
    ExpressionAttributeNames: target.ExpressionAttributeNames,
    ExpressionAttributeValues: target.ExpressionAttributeValues,
    ...common
  });
  if (check) {
    await restore2(tables, step);
    return 0;
  }
  return out.ConsumedCapacity?.CapacityUnits ?? 1;
}
function reasonFor(err, step) {
  const code = codeOf(err);
  if (code === "ConditionalCheckFailedException") {
    return step.returnOld && step.before ? { Code: "ConditionalCheckFailed", Item: step.before, Message: conditionalRequestFailed } : { Code: "ConditionalCheckFailed", Message: conditionalRequestFailed };
  }
  if (isDataValidation(err)) return { Code: "ValidationError", Message: err.message };
  throw err;
}
async function undo(tables, applied) {
  for (const step of applied.reverse()) await restore2(tables, step);
}
async function restore2(tables, step) {
  if (step.before) await tables.putItem({ TableName: step.table, Item: step.before });
  else await tables.deleteItem({ TableName: step.table, Key: step.key });
}
function remembered(ctx, token) {
  const now = Date.now();
  for (const [t, v] of ctx.tokens) if (now - v.at > TOKEN_MS) ctx.tokens.delete(t);
  return ctx.tokens.get(token);
}
function fingerprintOf(input) {
  const { ClientRequestToken: _, ...rest } = input;
  return JSON.stringify(rest);
}

// ../local-cloud/src/dynamodb/transactGetItems.ts
async function transactGetItems(ctx, input) {
  const items = input.TransactItems ?? [];
  if (items.length < 1) throw lengthConstraint("transactItems", "greater", 1);
  if (items.length > MAX_TRANSACT_ITEMS) throw lengthConstraint("transactItems", "less", MAX_TRANSACT_ITEMS);
  const seen = /* @__PURE__ */ new Set();
  for (const { Get: get } of items) {
    const identity = itemIdentity(String(get?.TableName), get?.Key ?? {});
    if (seen.has(identity)) throw multipleOperationsOnOneItem();
    seen.add(identity);
  }
  return ctx.lock.exclusive(async () => {
    const responses = [];
    for (const { Get: get } of items) {
      const out = await ctx.tables.getItem({
        TableName: get?.TableName,
        Key: get?.Key,
        ProjectionExpression: get?.ProjectionExpression,
        ExpressionAttributeNames: get?.ExpressionAttributeNames,
        ConsistentRead: true
      });
      responses.push(out.Item ? { Item: out.Item } : {});
    }
    return { Responses: responses };
  });
}

// ../local-cloud/src/dynamodb/updateTimeToLive.ts
async function updateTimeToLive(ctx, input) {
  const { Table: table } = await ctx.tables.describeTable({ TableName: input.TableName });
  const id = String(table?.TableId);
  const spec = input.TimeToLiveSpecification;
  const current = ctx.timeToLive.get(id);
  if (spec?.Enabled) {
    if (current) throw timeToLiveAlready("enabled");
    ctx.timeToLive.set(id, { Enabled: true, AttributeName: spec.AttributeName });
  } else {
    if (!current) throw timeToLiveAlready("disabled");
    ctx.timeToLive.delete(id);
  }
  return { TimeToLiveSpecification: spec };
}

// ../local-cloud/src/dynamodb/operations.ts
var OPERATIONS = {
  TransactWriteItems: transactWriteItems,
  TransactGetItems: transactGetItems,
  UpdateTimeToLive: updateTimeToLive,
  DescribeTimeToLive: describeTimeToLive
};
var DYNALITE_OPERATIONS = /* @__PURE__ */ new Set([
  "BatchGetItem",
  "BatchWriteItem",
  "CreateTable",
  "DeleteItem",
  "DeleteTable",
  "DescribeTable",
  "GetItem",
  "ListTables",
  "PutItem",
  "Query",
  "Scan",
  "TagResource",
  "UntagResource",
  "ListTagsOfResource",
  "UpdateItem",
  "UpdateTable"
]);

// ../local-cloud/src/dynamodb/tables.ts
var OPTIONS2 = { jsonName: false };
var SIGNED = {
  authorization: "AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0",
  "x-amz-date": "20200101T000000Z",
  "content-type": "application/x-amz-json-1.0"
};
var Tables = class {
  constructor(engine, model, region) {
    this.engine = engine;
    this.model = model;
    this.region = region;
  }
  engine;
  model;
  region;
  codecs = /* @__PURE__ */ new Map();
  getItem(input) {
    return this.send("GetItem", input);
  }
  putItem(input) {
    return this.send("PutItem", input);
  }
  updateItem(input) {
    return this.send("UpdateItem", input);
  }
  deleteItem(input) {
    return this.send("DeleteItem", input);
  }
  describeTable(input) {
    return this.send("DescribeTable", input);
  }
  async send(operation, input) {
    const codec = this.codec(operation);
    const answer = await this.engine.call(this.region, {
      method: "POST",
      url: "/",
      headers: { ...SIGNED, "x-amz-target": `DynamoDB_20120810.${operation}` },
      body: Buffer.from(JSON.stringify(codec.encode(input)))
    });
    const body = answer.body ? JSON.parse(answer.body) : {};
    if (answer.status !== 200) throw fromDynalite(answer.status, body, answer.checking);
    return codec.decode(body, "");
  }
  codec(operation) {
    let c = this.codecs.get(operation);
    if (!c) {
      const op = this.model.operations.get(operation);
      if (!op) throw new Error(`local-cloud: ${operation} is not in DynamoDB's model`);
      c = { encode: jsonWriter(op.input, OPTIONS2), decode: jsonDecoder(op.output, OPTIONS2) };
      this.codecs.set(operation, c);
    }
    return c;
  }
};

// ../local-cloud/src/dynamodb/unserved.ts
function unserved(operation, request) {
  if (operation !== "UpdateTable") return void 0;
  let body;
  try {
    body = JSON.parse(request.body.toString("utf8"));
  } catch {
    return void 0;
  }
  const change = (body.GlobalSecondaryIndexUpdates ?? []).some((u) => u?.Create || u?.Delete);
  return change ? indexChangeNotServed() : void 0;
}

// ../local-cloud/src/dynamodb/adapter.ts
function createAdapter(accountId, ddb) {
  const engine = new DynaliteEngine(accountId);
  const regions = /* @__PURE__ */ new Map();
  const reasons = ddb.errors.get("TransactionCanceledException")?.schema.getMemberSchema("CancellationReasons");
  const writeReasons = reasons ? jsonWriter(reasons, { jsonName: false }) : (v) => v;
  const contextFor = (region) => {
    let ctx = regions.get(region);
    if (!ctx) {
      ctx = new DynamoDbContext(new Tables(engine, ddb, region), writeReasons);
      regions.set(region, ctx);
    }
    return ctx;
  };
  const own = buildAwsJsonFace(
    {
      version: "1.0",
      targetPrefix: TARGET_PREFIX,
      errorNamespace: ERROR_NAMESPACE,
      operations: OPERATIONS,
      context: (call) => contextFor(call.region)
    },
    ddb
  );
  const prefix = `${TARGET_PREFIX}.`;
  const face = {
    protocol: "awsJson1_0",
    targetPrefix: TARGET_PREFIX,
    accepts: () => true,
    writeError: own.writeError,
    async serve(req, res) {
      const target = String(req.headers["x-amz-target"] ?? "");
      const name = target.startsWith(prefix) ? target.slice(prefix.length) : "";
      if (!DYNALITE_OPERATIONS.has(name)) return own.serve(req, res);
      let answer;
      try {
        const request = replayed(req);
        const refused = unserved(name, request);
        if (refused) throw refused;
        answer = await contextFor(req.region).lock.shared(() => engine.call(req.region, request));
      } catch (err) {
        own.writeError(req, res, toAwsError(err));
        return;
      }
      write(res, answer);
    }
  };
  return { face, engine };
}
function replayed(req) {
  const { origin: _, ...headers } = req.headers;
  const query = req.query.toString();
  return { method: req.method, url: query ? `${req.path}?${query}` : req.path, headers, body: req.body };
}
function write(res, answer) {
  const headers = { "Content-Length": Buffer.byteLength(answer.body) };
  for (const name of ["content-type", "x-amz-crc32", "x-amzn-requestid"]) {
    const value = answer.headers[name];
    if (value !== void 0) headers[name] = value;
  }
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}
export {
  createAdapter
};
//# sourceMappingURL=adapter-B5LIFHPJ.js.map
