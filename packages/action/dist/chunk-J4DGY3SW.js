import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  AwsError,
  toAwsError
} from "./chunk-GVSLWIJQ.js";
import {
  NormalizedSchema
} from "./chunk-CPE75FZ3.js";

// ../local-cloud/src/protocol/serde/kind.ts
function kindOf(ns) {
  if (ns.isStructSchema()) return "struct";
  if (ns.isListSchema()) return "list";
  if (ns.isMapSchema()) return "map";
  if (ns.isStringSchema()) return "string";
  if (ns.isNumericSchema()) return "number";
  if (ns.isBooleanSchema()) return "boolean";
  if (ns.isBlobSchema()) return "blob";
  if (ns.isTimestampSchema()) return "timestamp";
  if (ns.isDocumentSchema()) return "document";
  if (ns.isBigIntegerSchema()) return "bigInteger";
  if (ns.isBigDecimalSchema()) return "bigDecimal";
  if (ns.isUnitSchema()) return "unit";
  return "string";
}
function timestampFormat(ns) {
  const raw = ns.getSchema();
  if (raw === 5) return "date-time";
  if (raw === 6) return "http-date";
  if (raw === 7) return "epoch-seconds";
  return void 0;
}
function membersOf(ns) {
  return ns.isUnitSchema() ? [] : [...ns.structIterator()];
}

// ../local-cloud/src/protocol/serde/malformed.ts
var MalformedInput = class extends Error {
  constructor(path, expected, value) {
    super(`${path || "The request"} must be ${expected}`);
    this.path = path;
    this.expected = expected;
    this.value = value;
    this.name = "MalformedInput";
  }
  path;
  expected;
  value;
};
var join = (path, part) => path ? `${path}.${part}` : String(part);

// ../local-cloud/src/protocol/serde/json.ts
var identity = (v) => v;
var decoderCaches = /* @__PURE__ */ new Map();
var encoderCaches = /* @__PURE__ */ new Map();
function cacheFor(caches, options) {
  let c = caches.get(options.jsonName);
  if (!c) {
    c = /* @__PURE__ */ new Map();
    caches.set(options.jsonName, c);
  }
  return c;
}
var keyOf = (name, member, options) => options.jsonName && member.getMergedTraits().jsonName || name;
function jsonDecoder(ns, options) {
  const cache = cacheFor(decoderCaches, options);
  const id = ns.getSchema();
  const found = cache.get(id);
  if (found) return found;
  let compiled;
  cache.set(id, (v, p) => compiled(v, p));
  compiled = compileDecoder(ns, options);
  cache.set(id, compiled);
  return compiled;
}
function compileDecoder(ns, options) {
  switch (kindOf(ns)) {
    case "string":
      return (v, p) => {
        if (typeof v !== "string") throw new MalformedInput(p, "a string", v);
        return v;
      };
    case "number":
      return (v, p) => {
        if (typeof v === "number") return v;
        if (v === "NaN" || v === "Infinity" || v === "-Infinity") return Number(v);
        throw new MalformedInput(p, "a number", v);
      };
    case "boolean":
      return (v, p) => {
        if (typeof v !== "boolean") throw new MalformedInput(p, "a boolean", v);
        return v;
      };
    case "blob":
      return (v, p) => {
        if (typeof v !== "string" || !BASE64.test(v)) throw new MalformedInput(p, "a base64 string", v);
        return Buffer.from(v, "base64");
      };
    case "timestamp":
      return (v, p) => {
        if (typeof v === "number") return new Date(v * 1e3);
        if (typeof v === "string") {
          const d = new Date(/^-?\d+(\.\d+)?$/.test(v) ? Number(v) * 1e3 : v);
          if (!Number.isNaN(d.getTime())) return d;
        }
        throw new MalformedInput(p, "a timestamp", v);
      };
    case "bigInteger":
    case "bigDecimal":
      return (v, p) => {
        if (typeof v !== "number" && typeof v !== "string") throw new MalformedInput(p, "a number", v);
        return v;
      };
    case "document":
    case "unit":
      return identity;
    case "list": {
      const item = jsonDecoder(ns.getValueSchema(), options);
      const sparse = Boolean(ns.getMergedTraits().sparse);
      return (v, p) => {
        if (!Array.isArray(v)) throw new MalformedInput(p, "a list", v);
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          out[i] = x === null && sparse ? null : item(x, join(p, i + 1));
        }
        return out;
      };
    }
    case "map": {
      const value = jsonDecoder(ns.getValueSchema(), options);
      const sparse = Boolean(ns.getMergedTraits().sparse);
      return (v, p) => {
        if (!isObject(v)) throw new MalformedInput(p, "a map", v);
        const out = {};
        for (const k of Object.keys(v)) {
          const x = v[k];
          out[k] = x === null && sparse ? null : value(x, join(p, k));
        }
        return out;
      };
    }
    case "struct": {
      const members = membersOf(ns).map(
        ([name, m]) => [name, keyOf(name, m, options), jsonDecoder(m, options)]
      );
      return (v, p) => {
        if (!isObject(v)) throw new MalformedInput(p, "a structure", v);
        const out = {};
        for (const [name, key, decode] of members) {
          const x = v[key];
          if (x !== void 0 && x !== null) out[name] = decode(x, join(p, name));
        }
        return out;
      };
    }
  }
}
function jsonEncoder(ns, options) {
  const cache = cacheFor(encoderCaches, options);
  const id = ns.getSchema();
  if (cache.has(id)) return cache.get(id);
  let compiled;
  cache.set(id, (v) => (compiled ?? identity)(v));
  compiled = compileEncoder(ns, options);
  cache.set(id, compiled);
  return compiled;
}
function jsonWriter(ns, options) {
  return jsonEncoder(ns, options) ?? identity;
}
function compileEncoder(ns, options) {
  switch (kindOf(ns)) {
    case "blob":
      return (v) => typeof v === "string" ? Buffer.from(v).toString("base64") : toBase64(v);
    case "timestamp": {
      const format = timestampFormat(ns) ?? "epoch-seconds";
      return (v) => v instanceof Date ? writeTimestamp(v, format) : v;
    }
    case "number":
      return (v) => typeof v === "number" && !Number.isFinite(v) ? String(v) : v;
    case "list": {
      const item = jsonEncoder(ns.getValueSchema(), options);
      if (!item) return void 0;
      return (v) => Array.isArray(v) ? v.map((x) => x === null || x === void 0 ? x : item(x)) : v;
    }
    case "map": {
      const value = jsonEncoder(ns.getValueSchema(), options);
      if (!value) return void 0;
      return (v) => {
        if (!isObject(v)) return v;
        const out = {};
        for (const k of Object.keys(v)) if (v[k] !== void 0) out[k] = value(v[k]);
        return out;
      };
    }
    case "struct": {
      const members = membersOf(ns).map(
        ([name, m]) => [name, keyOf(name, m, options), jsonEncoder(m, options)]
      );
      if (members.every(([name, key, encode]) => name === key && !encode)) return void 0;
      const byName = new Map(members.map(([name, key, encode]) => [name, { key, encode }]));
      return (v) => {
        if (!isObject(v)) return v;
        const out = {};
        for (const name of Object.keys(v)) {
          const member = byName.get(name);
          const x = v[name];
          if (member && x !== void 0 && x !== null) out[member.key] = member.encode ? member.encode(x) : x;
        }
        return out;
      };
    }
    default:
      return void 0;
  }
}
function writeTimestamp(d, format) {
  if (format === "epoch-seconds") return d.getTime() / 1e3;
  if (format === "http-date") return d.toUTCString();
  return d.toISOString();
}
function toBase64(v) {
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64");
  return v;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

// ../local-cloud/src/protocol/call.ts
var Call = class {
  constructor(req, res) {
    this.req = req;
    this.res = res;
  }
  req;
  res;
  controller;
  abandonHandlers;
  watching = false;
  get cloud() {
    return this.req.cloud;
  }
  get accountId() {
    return this.req.cloud.accountId;
  }
  /** The region from the request's signature, else the cloud's default. */
  get region() {
    return this.req.region;
  }
  get requestId() {
    return this.req.requestId;
  }
  /** `http://host:port` as the client addressed us, for URLs handed back (queue URLs). */
  get baseUrl() {
    return this.req.baseUrl;
  }
  /** Aborted when the client goes away before its answer is written (a long poll it gave up on). */
  get signal() {
    this.controller ??= new AbortController();
    this.watch();
    return this.controller.signal;
  }
  /** Runs `handler` if the connection closes before the answer is complete (messages handed out return). */
  onAbandon(handler) {
    this.abandonHandlers ??= [];
    this.abandonHandlers.push(handler);
    this.watch();
  }
  watch() {
    const res = this.res;
    if (this.watching || !res) return;
    this.watching = true;
    if (res.closed && !res.writableFinished) {
      this.abandon();
      return;
    }
    res.once("close", () => {
      if (!res.writableFinished) this.abandon();
    });
  }
  abandon() {
    this.controller?.abort();
    for (const h of this.abandonHandlers ?? []) h();
    this.abandonHandlers = void 0;
  }
};

// ../local-cloud/src/protocol/model.ts
var OPERATION = 9;
var ERROR = -3;
var models = /* @__PURE__ */ new WeakMap();
function readModel(client) {
  const cached = models.get(client);
  if (cached) return cached;
  const operations = /* @__PURE__ */ new Map();
  const errors = /* @__PURE__ */ new Map();
  for (const [exported, value] of Object.entries(client)) {
    if (!exported.endsWith("$") || !Array.isArray(value)) continue;
    if (value[0] === OPERATION) {
      const [, , name, traits, input, output] = value;
      const http = traits ? traits.http : void 0;
      operations.set(name, {
        name,
        input: NormalizedSchema.of(input),
        output: NormalizedSchema.of(output),
        http: http && { method: http[0], uri: http[1], code: http[2] }
      });
    } else if (value[0] === ERROR && !String(value[1]).startsWith("smithy.ts.sdk.synthetic")) {
      const name = value[2];
      const traits = value[3] || {};
      const fault = traits.error === "server" ? "server" : "client";
      const query = traits.awsQueryError;
      errors.set(name, {
        code: name,
        schema: NormalizedSchema.of(value),
        status: traits.httpError ?? (fault === "server" ? 500 : 400),
        fault,
        query: query && { code: query[0], status: query[1] }
      });
    }
  }
  const model = { operations, errors };
  models.set(client, model);
  return model;
}
function requiredMembers(struct) {
  const raw = struct.getSchema();
  const names = raw[4] ?? [];
  const count = typeof raw[6] === "number" ? raw[6] : 0;
  return new Set(names.slice(0, count));
}

// ../local-cloud/src/protocol/codecs/lazy.ts
var EMPTY_MODEL = { operations: /* @__PURE__ */ new Map(), errors: /* @__PURE__ */ new Map() };
function lazyFace(load, build) {
  const unloaded = build();
  let face;
  let loading;
  const ready = () => {
    loading ??= load().then((loaded) => {
      face = build(loaded);
      return face;
    });
    return loading;
  };
  return {
    protocol: unloaded.protocol,
    targetPrefix: unloaded.targetPrefix,
    accepts: unloaded.accepts,
    get loaded() {
      return face !== void 0;
    },
    writeError: (req, res, err) => (face ?? unloaded).writeError(req, res, err),
    serve: (req, res) => face ? face.serve(req, res) : ready().then(
      (f) => f.serve(req, res),
      (err) => unloaded.writeError(req, res, toAwsError(err))
    ),
    knows: unloaded.knows && ((question) => face ? face.knows?.(question) : ready().then((f) => f.knows?.(question)))
  };
}

// ../local-cloud/src/protocol/codecs/served.ts
function servedOperations(model, operations) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, run] of Object.entries(operations)) {
    const m = model.operations.get(name);
    if (!m) throw new Error(`local-cloud: operation ${name} is not in the service's SDK model`);
    out.set(name, { model: m, run });
  }
  return out;
}
var notImplemented = (operation) => new AwsError("NotImplemented", `${operation} is not implemented by this local cloud.`, 501);
function messageKey(error) {
  if (!error?.schema.isStructSchema()) return "message";
  for (const [name] of error.schema.structIterator()) if (name.toLowerCase() === "message") return name;
  return "message";
}
function malformedError(err, code, mapper) {
  if (!(err instanceof MalformedInput)) return err;
  if (mapper) return mapper(err);
  const shown = typeof err.value === "string" ? `'${err.value}'` : JSON.stringify(err.value) ?? "nothing";
  return new AwsError(code, `Value ${shown} at '${err.path}' must be ${err.expected}.`, 400);
}

// ../local-cloud/src/protocol/codecs/awsJson.ts
var OPTIONS = { jsonName: false };
function awsJsonFace(options) {
  return lazyFace(
    async () => readModel(await options.client()),
    (model) => buildAwsJsonFace(options, model)
  );
}
function buildAwsJsonFace(options, loaded) {
  const model = loaded ?? EMPTY_MODEL;
  const contentType = `application/x-amz-json-${options.version}`;
  const served = /* @__PURE__ */ new Map();
  for (const [name, s] of servedOperations(model, loaded ? options.operations : {})) {
    served.set(name, {
      run: s.run,
      decode: jsonDecoder(s.model.input, OPTIONS),
      encode: jsonEncoder(s.model.output, OPTIONS)
    });
  }
  const prefix = `${options.targetPrefix}.`;
  const writeError = (req, res, err) => {
    const errorModel = model.errors.get(err.code);
    const type = options.errorNamespace ? `${options.errorNamespace}#${err.code}` : err.code;
    const headers = { "x-amzn-RequestId": req.requestId, ...err.headers };
    if (options.queryCompatible) {
      const code = err.queryCode ?? errorModel?.query?.code ?? err.code;
      headers["x-amzn-query-error"] = `${code};${err.fault}`;
    }
    if (err.status >= 500) req.cloud.log("error", `${req.service}: ${err.message}`);
    const text = JSON.stringify({ __type: type, [messageKey(errorModel)]: err.message, ...err.fields });
    res.writeHead(err.status, {
      ...headers,
      "Content-Type": contentType,
      "Content-Length": Buffer.byteLength(text)
    });
    res.end(text);
  };
  return {
    protocol: options.version === "1.0" ? "awsJson1_0" : "awsJson1_1",
    targetPrefix: options.targetPrefix,
    accepts: (req) => req.headers["x-amz-target"] !== void 0,
    writeError,
    async serve(req, res) {
      try {
        const target = String(req.headers["x-amz-target"] ?? "");
        const name = target.startsWith(prefix) ? target.slice(prefix.length) : "";
        const op = served.get(name);
        if (!op) {
          if (name && model.operations.has(name)) throw notImplemented(name);
          throw new AwsError(
            "UnknownOperationException",
            `Operation ${target || "(none)"} is not supported.`,
            400,
            {
              queryCode: "InvalidAction"
            }
          );
        }
        let body = {};
        if (req.body.length > 0) {
          try {
            body = JSON.parse(req.body.toString("utf8"));
          } catch {
            throw new AwsError("SerializationException", "Request body is not valid JSON.", 400);
          }
          if (!isObject(body))
            throw new AwsError("SerializationException", "Request body must be a JSON object.", 400);
        }
        let input;
        try {
          input = op.decode(body, "");
        } catch (err) {
          throw malformedError(err, "SerializationException", options.malformed);
        }
        const output = await op.run(options.context(new Call(req, res)), input);
        const text = JSON.stringify((op.encode && output ? op.encode(output) : output) ?? {});
        res.writeHead(200, {
          "Content-Type": contentType,
          "x-amzn-RequestId": req.requestId,
          "Content-Length": Buffer.byteLength(text)
        });
        res.end(text);
      } catch (thrown) {
        writeError(req, res, toAwsError(thrown));
      }
    }
  };
}

// ../local-cloud/src/dynamodb/errors.ts
var DynaliteError = class extends AwsError {
  constructor(code, message, status, ofRequest) {
    super(code, message, status);
    this.ofRequest = ofRequest;
  }
  ofRequest;
};
function fromDynalite(status, body, ofRequest) {
  const b = body ?? {};
  const type = String(b.__type ?? "InternalServerError");
  return new DynaliteError(
    type.slice(type.indexOf("#") + 1),
    b.message ?? b.Message ?? "",
    status,
    ofRequest
  );
}
var codeOf = (err) => err instanceof AwsError ? err.code : "";
var isDataValidation = (err) => err instanceof DynaliteError && err.code === "ValidationException" && !err.ofRequest;
var validation = (message) => new AwsError("ValidationException", message, 400);
var lengthConstraint = (member, bound, limit) => validation(
  `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must have length ${bound} than or equal to ${limit}`
);
var multipleOperationsOnOneItem = () => validation("Transaction request cannot include multiple operations on one item");
var oneActionPerItem = () => validation("TransactItems can only contain one of Check, Put, Update or Delete");
var missingKey = (name) => validation(`One or more parameter values were invalid: Missing the key ${name} in the item`);
var idempotentParameterMismatch = () => new AwsError(
  "IdempotentParameterMismatchException",
  "The request uses the same client token as a previous, but non-identical request.",
  400
);
var timeToLiveAlready = (state) => validation(`TimeToLive is already ${state}`);
var indexChangeNotServed = () => new AwsError(
  "NotImplemented",
  "UpdateTable cannot create or delete a global secondary index in this local cloud (dynalite does not); create the table with its indexes instead.",
  501
);
var dynamoDbUnavailable = (err) => new AwsError(
  "InternalServerError",
  `DynamoDB could not be started in this local cloud: ${err instanceof Error ? err.message : String(err)}`,
  500
);
var conditionalRequestFailed = "The conditional request failed";
function transactionCanceled(reasons, writeReasons) {
  const codes = reasons.map((r) => r.Code).join(", ");
  return new AwsError(
    "TransactionCanceledException",
    `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`,
    400,
    { fields: { CancellationReasons: writeReasons(reasons) } }
  );
}
var unknownOperation = () => new AwsError("UnknownOperationException", "DynamoDB takes JSON POST requests only.", 404);

// ../local-cloud/src/dynamodb/protocol.ts
var TARGET_PREFIX = "DynamoDB_20120810";
var ERROR_NAMESPACE = "com.amazonaws.dynamodb.v20120810";

export {
  Call,
  readModel,
  requiredMembers,
  kindOf,
  timestampFormat,
  membersOf,
  MalformedInput,
  join,
  jsonDecoder,
  jsonEncoder,
  jsonWriter,
  isObject,
  EMPTY_MODEL,
  lazyFace,
  servedOperations,
  notImplemented,
  messageKey,
  malformedError,
  awsJsonFace,
  buildAwsJsonFace,
  fromDynalite,
  codeOf,
  isDataValidation,
  lengthConstraint,
  multipleOperationsOnOneItem,
  oneActionPerItem,
  missingKey,
  idempotentParameterMismatch,
  timeToLiveAlready,
  indexChangeNotServed,
  dynamoDbUnavailable,
  conditionalRequestFailed,
  transactionCanceled,
  unknownOperation,
  TARGET_PREFIX,
  ERROR_NAMESPACE
};
//# sourceMappingURL=chunk-J4DGY3SW.js.map
