import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  AwsError
} from "./chunk-GVSLWIJQ.js";
import {
  require_dist
} from "./chunk-TZP22VI7.js";
import {
  __toESM
} from "./chunk-DBFYPCXS.js";

// ../local-cloud/src/arn.ts
var UNTYPED = /* @__PURE__ */ new Set(["sqs", "sns", "s3"]);
function parseArn(text) {
  if (!text.startsWith("arn:")) return void 0;
  const parts = text.split(":");
  if (parts.length < 6) return void 0;
  const [, partition, service, region, account] = parts;
  const resource = parts.slice(5).join(":");
  const arn = {
    text,
    partition,
    service,
    region,
    account,
    resource,
    resourceType: "",
    resourceName: resource
  };
  if (UNTYPED.has(service)) {
    const cut = service === "s3" ? resource.indexOf("/") : resource.indexOf(":");
    if (cut >= 0) {
      arn.resourceName = resource.slice(0, cut);
      arn.subresource = resource.slice(cut + 1);
    }
    return arn;
  }
  const slash = resource.indexOf("/");
  const colon = resource.indexOf(":");
  if (slash >= 0 && (colon < 0 || slash < colon)) {
    arn.resourceType = resource.slice(0, slash);
    arn.resourceName = resource.slice(slash + 1);
  } else if (colon >= 0) {
    arn.resourceType = resource.slice(0, colon);
    const rest = resource.slice(colon + 1);
    const next = rest.indexOf(":");
    arn.resourceName = next < 0 ? rest : rest.slice(0, next);
    if (next >= 0) arn.subresource = rest.slice(next + 1);
  }
  return arn;
}
function arnElementCount(text) {
  let n = 1;
  for (let i2 = text.indexOf(":"); i2 >= 0; i2 = text.indexOf(":", i2 + 1)) n++;
  return n;
}

// ../local-cloud/src/cloudformation/errors.ts
var cfnError = (code, message, status = 400, queryCode) => new AwsError(code, message, status, queryCode ? { queryCode } : {});
var validationError = (message) => cfnError("ValidationError", message);
var mustNotBeNull = (member) => constraintsBroken(member, null, ["Member must not be null"]);
function constraintsBroken(member, value, constraints) {
  const at = `${member.charAt(0).toLowerCase()}${member.slice(1)}`;
  const shown = value === null ? "null" : `'${value}'`;
  const n = constraints.length;
  return validationError(
    `${n} validation error${n > 1 ? "s" : ""} detected: ` + constraints.map((c) => `Value ${shown} at '${at}' failed to satisfy constraint: ${c}`).join("; ")
  );
}
var stackDoesNotExist = (nameOrId) => validationError(`Stack with id ${nameOrId} does not exist`);
var stackAlreadyExists = (name) => cfnError("AlreadyExistsException", `Stack [${name}] already exists`);
var stackNotUpdatable = (stackId, status) => validationError(`Stack:${stackId} is in ${status} state and can not be updated.`);
var noUpdates = () => validationError("No updates are to be performed.");
var insufficientCapabilities = (capability) => cfnError("InsufficientCapabilitiesException", `Requires capabilities : [${capability}]`);
var templateMissing = () => validationError("Either Template URL or Template Body must be specified.");
var templateUrlUnsupported = () => validationError("TemplateURL must be a supported URL.");
var templateUrlUnreadable = (url) => validationError(`S3 error: Access Denied (reading ${url})`);
var resourceNotInStack = (logicalId, stackName) => validationError(`Resource ${logicalId} does not exist for stack ${stackName}`);
var noStackForPhysicalId = (physicalId) => validationError(`Stack for ${physicalId} does not exist`);
var stackOrPhysicalIdRequired = () => validationError("Either StackName or PhysicalResourceId must be specified.");
var exportNotImported = (name) => validationError(`Export '${name}' is not imported by any stack.`);
var changeSetTypeUnsupported = (type) => validationError(`ChangeSetType ${type} is not supported by this local cloud (CREATE, UPDATE)`);
var stackExistsForCreateChangeSet = (stackName, changeSetName) => cfnError(
  "AlreadyExistsException",
  `Stack [${stackName}] already exists and cannot be created again with the changeSet [${changeSetName}].`
);
var changeSetStackDoesNotExist = (stackName) => validationError(`Stack [${stackName}] does not exist`);
var changeSetAlreadyExists = (name) => cfnError("AlreadyExistsException", `ChangeSet ${name} already exists`);
var changeSetNotFound = (name) => cfnError("ChangeSetNotFoundException", `ChangeSet [${name}] does not exist`, 404, "ChangeSetNotFound");
var changeSetStatusInvalid = (id, status, action) => cfnError(
  "InvalidChangeSetStatusException",
  `ChangeSet [${id}] cannot be ${action} in its current status of [${status}]`,
  400,
  "InvalidChangeSetStatus"
);

// ../local-cloud/src/stacks/stackName.ts
var NAME = "[a-zA-Z][-a-zA-Z0-9]*";
var NAME_OR_ID = `${NAME}|arn:[-a-zA-Z0-9:/._+]*`;
var matches = (value, pattern) => new RegExp(`^(?:${pattern})$`).test(value);
var patternConstraint = (pattern) => `Member must satisfy regular expression pattern: ${pattern}`;
function checkStackName(name, operation) {
  const pattern = operation === "CreateStack" ? NAME : NAME_OR_ID;
  const broken = [];
  if (!matches(name, pattern)) broken.push(patternConstraint(pattern));
  if (name.length > 128 && !name.startsWith("arn:"))
    broken.push("Member must have length less than or equal to 128");
  if (broken.length > 0) throw constraintsBroken("StackName", name, broken);
}
function checkStackNameOrId(nameOrId) {
  if (!matches(nameOrId, NAME_OR_ID))
    throw constraintsBroken("StackName", nameOrId, [patternConstraint(NAME_OR_ID)]);
}

// ../local-cloud/src/stacks/intrinsics.ts
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
var templateError = (message) => new AwsError("ValidationError", `Template error: ${message}`);
function isIntrinsic(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === "Ref" || keys[0] === "Condition" || keys[0].startsWith("Fn::"));
}
function resolve(value, ctx) {
  if (Array.isArray(value)) return value.map((v) => resolve(v, ctx)).filter((v) => v !== NO_VALUE);
  if (value === null || typeof value !== "object") return value;
  if (isIntrinsic(value)) {
    const [name, arg] = Object.entries(value)[0];
    if (name !== "Condition") return call(name, arg, ctx);
  }
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    const r = resolve(v, ctx);
    if (r !== NO_VALUE) out[k] = r;
  }
  return out;
}
function call(name, arg, ctx) {
  switch (name) {
    case "Ref":
      return ref(arg, ctx);
    case "Fn::GetAtt": {
      const [id, attr] = getAttArgs(arg);
      return ctx.getAtt(id, String(resolve(attr, ctx)));
    }
    case "Fn::Sub":
      return sub(arg, ctx);
    case "Fn::Join": {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string") {
        throw templateError(
          "every Fn::Join object requires two parameters, (1) a string delimiter and (2) a list of strings to be joined or a function that returns a list of strings (such as Fn::GetAZs) to be joined."
        );
      }
      const list = resolve(arg[1], ctx);
      if (!Array.isArray(list))
        throw templateError("Fn::Join requires a list of strings as its second parameter.");
      return list.map((v) => scalar(v, "Fn::Join")).join(arg[0]);
    }
    case "Fn::Select": {
      if (!Array.isArray(arg) || arg.length !== 2) {
        throw templateError(
          "Fn::Select requires a list argument with two elements: an integer index and a list"
        );
      }
      const index = Number(resolve(arg[0], ctx));
      const list = resolve(arg[1], ctx);
      if (!Array.isArray(list) || !Number.isInteger(index) || index < 0 || index >= list.length) {
        throw templateError(`Fn::Select cannot select nonexistent value at index ${arg[0]}`);
      }
      return list[index];
    }
    case "Fn::Split": {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string") {
        throw templateError(
          "Fn::Split requires a list argument with two elements: a string delimiter and a string"
        );
      }
      return scalar(resolve(arg[1], ctx), "Fn::Split").split(arg[0]);
    }
    case "Fn::ImportValue":
      return ctx.importValue(scalar(resolve(arg, ctx), "Fn::ImportValue"));
    case "Fn::If": {
      if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== "string") {
        throw templateError(
          "Fn::If requires a list argument with three elements: a condition name, a value if true and a value if false"
        );
      }
      return resolve(condition(arg[0], ctx) ? arg[1] : arg[2], ctx);
    }
    case "Fn::Equals":
    case "Fn::And":
    case "Fn::Or":
    case "Fn::Not":
      return evaluateCondition({ [name]: arg }, ctx);
    case "Fn::FindInMap": {
      if (!Array.isArray(arg) || arg.length < 3) {
        throw templateError("Fn::FindInMap requires a list argument with three elements");
      }
      const [m, top, second] = arg.slice(0, 3).map((v) => scalar(resolve(v, ctx), "Fn::FindInMap"));
      const found = ctx.mappings[m]?.[top]?.[second];
      if (found === void 0) {
        const fallback = arg[3]?.DefaultValue;
        if (fallback !== void 0) return resolve(fallback, ctx);
        if (!ctx.mappings[m])
          throw templateError(`Mapping named '${m}' is not present in the 'Mappings' section of template.`);
        throw templateError(`Unable to get mapping for ${m}::${top}::${second}`);
      }
      return found;
    }
    case "Fn::GetAZs": {
      const r = scalar(resolve(arg, ctx), "Fn::GetAZs") || String(ctx.pseudo["AWS::Region"]);
      return ["a", "b", "c"].map((z) => `${r}${z}`);
    }
    case "Fn::Base64":
      return Buffer.from(scalar(resolve(arg, ctx), "Fn::Base64")).toString("base64");
    case "Fn::ToJsonString":
      return JSON.stringify(resolve(arg, ctx));
    case "Fn::Length": {
      const list = resolve(arg, ctx);
      if (!Array.isArray(list)) throw templateError("Fn::Length requires a list");
      return list.length;
    }
    default:
      throw templateError(
        `Encountered unsupported function: ${name} Supported functions are: [Fn::Base64, Fn::GetAtt, Fn::GetAZs, Fn::ImportValue, Fn::Join, Fn::Split, Fn::FindInMap, Fn::Select, Ref, Fn::Equals, Fn::If, Fn::Not, Condition, Fn::And, Fn::Or, Fn::Sub, Fn::ToJsonString, Fn::Length]`
      );
  }
}
function ref(arg, ctx) {
  if (typeof arg !== "string")
    throw templateError("Ref requires a string: the logical id of a resource or parameter");
  if (arg === "AWS::NoValue") return NO_VALUE;
  if (arg in ctx.pseudo) return ctx.pseudo[arg];
  if (arg in ctx.parameters) return ctx.parameters[arg];
  return ctx.ref(arg);
}
function getAttArgs(arg) {
  if (typeof arg === "string") {
    const dot = arg.indexOf(".");
    if (dot > 0) return [arg.slice(0, dot), arg.slice(dot + 1)];
  }
  if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === "string") return [arg[0], arg[1]];
  throw templateError(
    "Fn::GetAtt requires a list argument with two elements: the logical id of a resource and an attribute name"
  );
}
function scalar(v, fn) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw templateError(`${fn} requires a string; got ${JSON.stringify(v)}`);
}
function subVariables(s) {
  const out = [];
  for (const m of s.matchAll(/\$\{([^}]*)\}/g)) if (!m[1].startsWith("!")) out.push(m[1].trim());
  return out;
}
function sub(arg, ctx) {
  let text = arg;
  let vars = {};
  if (Array.isArray(arg)) {
    if (arg.length !== 2 || typeof arg[0] !== "string" || arg[1] === null || typeof arg[1] !== "object") {
      throw templateError(
        "One or more Fn::Sub intrinsic functions don't specify expected arguments. Specify a string as first argument, and an optional second argument to specify a mapping of values to replace in the string"
      );
    }
    text = arg[0];
    vars = resolve(arg[1], ctx);
  }
  if (typeof text !== "string") {
    throw templateError(
      "One or more Fn::Sub intrinsic functions don't specify expected arguments. Specify a string as first argument, and an optional second argument to specify a mapping of values to replace in the string"
    );
  }
  return text.replace(/\$\{([^}]*)\}/g, (_m, raw) => {
    if (raw.startsWith("!")) return `\${${raw.slice(1)}}`;
    const name = raw.trim();
    if (name in vars) return scalar(vars[name], "Fn::Sub");
    const dot = name.indexOf(".");
    if (dot > 0 && !name.startsWith("AWS::")) {
      return scalar(ctx.getAtt(name.slice(0, dot), name.slice(dot + 1)), "Fn::Sub");
    }
    const v = ref(name, ctx);
    return Array.isArray(v) ? v.join(",") : scalar(v, "Fn::Sub");
  });
}
function evaluateCondition(expr, ctx) {
  if (typeof expr === "boolean") return expr;
  if (expr === "true" || expr === "false") return expr === "true";
  if (!isIntrinsic(expr)) throw templateError(`Invalid condition: ${JSON.stringify(expr)}`);
  const [name, arg] = Object.entries(expr)[0];
  switch (name) {
    case "Condition":
      return condition(String(arg), ctx);
    case "Fn::Equals": {
      if (!Array.isArray(arg) || arg.length !== 2)
        throw templateError("Fn::Equals requires a list of two values");
      const [a, b] = arg.map((v) => resolve(v, ctx));
      return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
    }
    case "Fn::And":
    case "Fn::Or": {
      if (!Array.isArray(arg) || arg.length < 2 || arg.length > 10) {
        throw templateError(`${name} requires a list of 2 to 10 conditions`);
      }
      const values = arg.map((c) => evaluateCondition(c, ctx));
      return name === "Fn::And" ? values.every(Boolean) : values.some(Boolean);
    }
    case "Fn::Not":
      if (!Array.isArray(arg) || arg.length !== 1)
        throw templateError("Fn::Not requires a list of one condition");
      return !evaluateCondition(arg[0], ctx);
    default: {
      const v = resolve(expr, ctx);
      if (typeof v === "boolean") return v;
      if (v === "true" || v === "false") return v === "true";
      throw templateError(`${name} is not a condition function`);
    }
  }
}
function normal(v) {
  return typeof v === "number" || typeof v === "boolean" ? String(v) : v;
}
function condition(name, ctx) {
  if (!(name in ctx.conditions))
    throw templateError(`Unresolved condition dependency ${name} in Fn::If or Condition`);
  return ctx.conditions[name];
}
function evaluateConditions(conditions, ctx) {
  const done = {};
  const visiting = /* @__PURE__ */ new Set();
  const evalOne = (name) => {
    if (name in done) return done[name];
    if (!(name in conditions))
      throw templateError(`Unresolved condition dependency ${name} in Fn::If or Condition`);
    if (visiting.has(name))
      throw templateError(`Circular dependency between conditions: [${[...visiting].join(", ")}]`);
    visiting.add(name);
    const proxy = new Proxy({}, {
      has: (_t, k) => typeof k === "string" && k in conditions,
      get: (_t, k) => evalOne(String(k))
    });
    done[name] = evaluateCondition(conditions[name], { ...ctx, conditions: proxy });
    visiting.delete(name);
    return done[name];
  };
  for (const name of Object.keys(conditions)) evalOne(name);
  return done;
}
function references(value, out = /* @__PURE__ */ new Set()) {
  if (Array.isArray(value)) {
    for (const v of value) references(v, out);
    return out;
  }
  if (value === null || typeof value !== "object") return out;
  for (const [k, v] of Object.entries(value)) {
    if (k === "Ref" && typeof v === "string") out.add(v);
    else if (k === "Fn::GetAtt") {
      try {
        out.add(getAttArgs(v)[0]);
      } catch {
      }
      references(v, out);
    } else if (k === "Fn::Sub") {
      const [text, vars] = Array.isArray(v) ? [v[0], v[1]] : [v, {}];
      if (typeof text === "string") {
        for (const name of subVariables(text)) {
          if (vars && typeof vars === "object" && name in vars) continue;
          const dot = name.indexOf(".");
          out.add(dot > 0 && !name.startsWith("AWS::") ? name.slice(0, dot) : name);
        }
      }
      references(vars, out);
    } else references(v, out);
  }
  return out;
}
var SHAPES = {
  Ref: (a) => typeof a === "string",
  "Fn::Join": (a) => Array.isArray(a) && a.length === 2 && typeof a[0] === "string",
  "Fn::Select": (a) => Array.isArray(a) && a.length === 2,
  "Fn::Split": (a) => Array.isArray(a) && a.length === 2 && typeof a[0] === "string",
  "Fn::If": (a) => Array.isArray(a) && a.length === 3 && typeof a[0] === "string",
  "Fn::Sub": (a) => typeof a === "string" || Array.isArray(a) && a.length === 2 && typeof a[0] === "string" && a[1] !== null && typeof a[1] === "object",
  "Fn::FindInMap": (a) => Array.isArray(a) && a.length >= 3 && a.length <= 4,
  "Fn::Equals": (a) => Array.isArray(a) && a.length === 2,
  "Fn::Not": (a) => Array.isArray(a) && a.length === 1,
  "Fn::And": (a) => Array.isArray(a) && a.length >= 2 && a.length <= 10,
  "Fn::Or": (a) => Array.isArray(a) && a.length >= 2 && a.length <= 10,
  "Fn::GetAtt": (a) => {
    try {
      getAttArgs(a);
      return true;
    } catch {
      return false;
    }
  },
  "Fn::ImportValue": () => true,
  "Fn::GetAZs": () => true,
  "Fn::Base64": () => true,
  "Fn::ToJsonString": () => true,
  "Fn::Length": () => true,
  Condition: (a) => typeof a === "string"
};
function checkShapes(value, where, conditions) {
  if (Array.isArray(value)) {
    value.forEach((v, i2) => {
      checkShapes(v, `${where}/${i2}`, conditions);
    });
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (isIntrinsic(value)) {
    const [name, arg] = Object.entries(value)[0];
    const ok = SHAPES[name];
    if (!ok?.(arg)) {
      let message;
      try {
        resolve(value, {
          pseudo: {},
          parameters: {},
          conditions,
          mappings: {},
          ref: () => "",
          getAtt: () => "",
          importValue: () => ""
        });
        message = templateError(`${name} has an invalid shape`).message;
      } catch (err2) {
        message = err2.message;
      }
      throw new AwsError("ValidationError", `${message} [${where}]`);
    }
    if (name === "Fn::If" && !(arg[0] in conditions)) {
      throw templateError(`Unresolved condition dependency ${arg[0]} in Fn::If [${where}]`);
    }
    checkShapes(arg, `${where}/${name}`, conditions);
    return;
  }
  for (const [k, v] of Object.entries(value)) checkShapes(v, `${where}/${k}`, conditions);
}

// ../local-cloud/src/stacks/names.ts
import { randomInt } from "node:crypto";
var UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
function randomSuffix(length = 13, alphabet = UPPER) {
  let s = "";
  for (let i2 = 0; i2 < length; i2++) s += alphabet[randomInt(alphabet.length)];
  return s;
}
function physicalName(stackName, logicalId, options = {}) {
  const max2 = options.maxLength ?? 64;
  const tail = options.suffix ?? "";
  const random = randomSuffix(13);
  const budget = max2 - random.length - tail.length - 2;
  let stack = stackName;
  let logical = logicalId;
  if (stack.length + logical.length > budget) {
    const half = Math.floor(budget / 2);
    if (stack.length > half && logical.length > budget - half) {
      stack = stack.slice(0, half);
      logical = logical.slice(0, budget - half);
    } else if (stack.length > half) stack = stack.slice(0, budget - logical.length);
    else logical = logical.slice(0, budget - stack.length);
  }
  const name = `${stack}-${logical}-${random}${tail}`;
  return options.lowercase ? name.toLowerCase() : name;
}

// ../local-cloud/src/stacks/template.ts
var import_yaml = __toESM(require_dist(), 1);
var FUNCTIONS = [
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "And",
  "Equals",
  "If",
  "Not",
  "Or",
  "Length",
  "ToJsonString"
];
function plain(v) {
  return v !== null && typeof v === "object" && "toJSON" in v ? v.toJSON() : v;
}
var TAGS = (() => {
  const tags = [];
  const add = (name, build) => {
    for (const collection of [void 0, "seq", "map"]) {
      tags.push({ tag: `!${name}`, ...collection ? { collection } : {}, resolve: (v) => build(plain(v)) });
    }
  };
  add("Ref", (v) => ({ Ref: v }));
  add("Condition", (v) => ({ Condition: v }));
  add("GetAtt", (v) => {
    if (typeof v !== "string") return { "Fn::GetAtt": v };
    const dot = v.indexOf(".");
    return { "Fn::GetAtt": dot < 0 ? [v] : [v.slice(0, dot), v.slice(dot + 1)] };
  });
  for (const f of FUNCTIONS) add(f, (v) => ({ [`Fn::${f}`]: v }));
  return tags;
})();
function parseTemplate(body) {
  let data;
  try {
    data = JSON.parse(body);
  } catch (jsonError) {
    try {
      data = (0, import_yaml.parse)(body, { customTags: TAGS, maxAliasCount: 1e3 });
    } catch (yamlError) {
      throw notWellFormed(body, jsonError, yamlError);
    }
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new AwsError("ValidationError", "Template format error: unsupported structure.");
  }
  const t = data;
  if (t.Resources === void 0 || t.Resources === null) {
    throw new AwsError(
      "ValidationError",
      "Template format error: At least one Resources member must be defined."
    );
  }
  if (typeof t.Resources !== "object" || Array.isArray(t.Resources)) {
    throw new AwsError("ValidationError", "Template format error: Resources must be an object.");
  }
  for (const [id, r] of Object.entries(t.Resources)) {
    if (!r || typeof r !== "object" || typeof r.Type !== "string") {
      throw new AwsError(
        "ValidationError",
        `Template format error: [/Resources/${id}] Every Resources object must contain a Type member.`
      );
    }
  }
  return t;
}
function notWellFormed(body, jsonError, yamlError) {
  const json = /^\s*[{[]/.test(body);
  const at = json ? jsonPosition(body, jsonError) : yamlPosition(yamlError);
  return new AwsError(
    "ValidationError",
    `Template format error: ${json ? "JSON" : "YAML"} not well-formed.${at ? ` (line ${at.line}, column ${at.column})` : ""}`
  );
}
function yamlPosition(err2) {
  const pos = err2.linePos?.[0];
  return pos && { line: pos.line, column: pos.col };
}
function jsonPosition(body, err2) {
  const message = err2 instanceof Error ? err2.message : "";
  const lc2 = /line (\d+) column (\d+)/.exec(message);
  if (lc2) return { line: Number(lc2[1]), column: Number(lc2[2]) };
  const p = /at position (\d+)/.exec(message);
  if (!p) return void 0;
  const before = body.slice(0, Number(p[1]));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

// ../local-cloud/src/stacks/parameters.ts
var invalid = (message) => new AwsError("ValidationError", message);
function resolveParameters(template, given, previous = {}) {
  const declared = template.Parameters ?? {};
  const unknown = Object.keys(given).filter((k) => !(k in declared));
  if (unknown.length > 0) throw invalid(`Parameters: [${unknown.join(", ")}] do not exist in the template`);
  const values = {};
  const missing = [];
  for (const [name, p] of Object.entries(declared)) {
    const v = given[name] ?? previous[name] ?? (p.Default === void 0 ? void 0 : stringify(p.Default));
    if (v === void 0) {
      missing.push(name);
      continue;
    }
    if (p.AllowedValues && !p.AllowedValues.map(stringify).includes(v)) {
      throw invalid(`Parameter '${name}' must be one of AllowedValues`);
    }
    if (p.AllowedPattern && !new RegExp(`^(?:${p.AllowedPattern})$`).test(v)) {
      throw invalid(`Parameter '${name}' must match pattern ${p.AllowedPattern}`);
    }
    if (p.Type === "Number" && (v.trim() === "" || Number.isNaN(Number(v)))) {
      throw invalid(`Parameter '${name}' must be a number.`);
    }
    if (p.MinLength !== void 0 && v.length < Number(p.MinLength)) {
      throw invalid(`Parameter '${name}' must contain at least ${p.MinLength} characters`);
    }
    if (p.MaxLength !== void 0 && v.length > Number(p.MaxLength)) {
      throw invalid(`Parameter '${name}' must contain at most ${p.MaxLength} characters`);
    }
    values[name] = v;
  }
  if (missing.length > 0) throw invalid(`Parameters: [${missing.join(", ")}] must have values`);
  return values;
}
function parameterValues(template, values) {
  const out = {};
  for (const [name, v] of Object.entries(values)) {
    const type = template.Parameters?.[name]?.Type ?? "String";
    out[name] = type === "CommaDelimitedList" || type.startsWith("List<") ? v.split(",").map((s) => s.trim()) : v;
  }
  return out;
}
function shownValue(template, name, value) {
  const noEcho = template.Parameters?.[name]?.NoEcho;
  return noEcho === true || noEcho === "true" ? "****" : value;
}
function stringify(v) {
  return Array.isArray(v) ? v.join(",") : String(v);
}

// ../local-cloud/src/stacks/graph.ts
var PSEUDO = /* @__PURE__ */ new Set([
  "AWS::AccountId",
  "AWS::Region",
  "AWS::Partition",
  "AWS::StackName",
  "AWS::StackId",
  "AWS::URLSuffix",
  "AWS::NoValue",
  "AWS::NotificationARNs"
]);
function dependencies(template) {
  const resources = template.Resources;
  const params = template.Parameters ?? {};
  const deps = /* @__PURE__ */ new Map();
  const unresolved = /* @__PURE__ */ new Set();
  for (const [id, r] of Object.entries(resources)) {
    const set = /* @__PURE__ */ new Set();
    for (const name of references(r.Properties ?? {})) {
      if (name in resources) set.add(name);
      else if (!(name in params) && !PSEUDO.has(name)) unresolved.add(name);
    }
    const dependsOn = r.DependsOn === void 0 ? [] : Array.isArray(r.DependsOn) ? r.DependsOn : [r.DependsOn];
    for (const d of dependsOn) {
      if (typeof d !== "string" || !(d in resources)) {
        throw new AwsError(
          "ValidationError",
          `Template format error: Unresolved resource dependencies [${String(d)}] in the Resources block of the template`
        );
      }
      set.add(d);
    }
    deps.set(id, set);
  }
  for (const [id, o] of Object.entries(template.Outputs ?? {})) {
    for (const name of references(o)) {
      if (!(name in resources) && !(name in params) && !PSEUDO.has(name)) {
        throw new AwsError(
          "ValidationError",
          `Template format error: Unresolved resource dependencies [${name}] in the Outputs block of the template (output ${id})`
        );
      }
    }
  }
  if (unresolved.size > 0) {
    throw new AwsError(
      "ValidationError",
      `Template format error: Unresolved resource dependencies [${[...unresolved].join(", ")}] in the Resources block of the template`
    );
  }
  return deps;
}
function creationOrder(deps) {
  const order = [];
  const state = /* @__PURE__ */ new Map();
  const path = [];
  const visit = (id) => {
    const s = state.get(id);
    if (s === "done") return;
    if (s === "visiting") {
      const cycle = path.slice(path.indexOf(id));
      throw new AwsError(
        "ValidationError",
        `Circular dependency between resources: [${cycle.sort().join(", ")}]`
      );
    }
    state.set(id, "visiting");
    path.push(id);
    for (const d of deps.get(id) ?? []) visit(d);
    path.pop();
    state.set(id, "done");
    order.push(id);
  };
  for (const id of deps.keys()) visit(id);
  return order;
}

// ../../node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i2 = 0; i2 < d.length; ++i2) {
    if (d[i2])
      t.push({ s: i2, f: d[i2] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i22].f ? i0++ : i22++];
    r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i2 = 1; i2 < s; ++i2) {
    if (t2[i2].s > maxSym)
      maxSym = t2[i2].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i2 = 0, dt = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i2].s;
      if (tr[i2_2] < mb)
        dt -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i2;
    }
    for (; i2 >= 0 && dt; --i2) {
      var i2_3 = t2[i2].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w = function(v) {
    cl[cli++] = v;
  };
  for (var i2 = 1; i2 <= s; ++i2) {
    if (c[i2] == cln && i2 != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w(32754);
        if (cls > 2) {
          w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6)
          w(8304);
        if (cls > 2)
          w(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w(cln);
      cls = 1;
      cln = c[i2];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l = 0;
  for (var i2 = 0; i2 < cl.length; ++i2)
    l += cf[i2] * cl[i2];
  return l;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2)
    out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i2 = 0; i2 < lclt.length; ++i2)
    ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2)
    ++lcfreq[lcdt[i2] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2)
      wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
      for (var i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i2 + 2 < s; ++i2) {
      var hv = hsh(i2);
      var imod = i2 & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
          li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i2);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i2 + l] == dat[i2 + l - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                ;
              if (nl > l) {
                l = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i2 + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
      syms[li++] = dat[i2];
      ++lf[dat[i2]];
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head, st.p = prev, st.i = i2, st.w = wi;
    }
  } else {
    for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      if (e >= s) {
        w[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w, pos + 1, dat.subarray(i2, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i2 = 0; i2 < 256; ++i2) {
    var c = i2, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i2] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr = c;
      for (var i2 = 0; i2 < d.length; ++i2)
        cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var mrg = function(a, b) {
  var o = {};
  for (var k in a)
    o[k] = a[k];
  for (var k in b)
    o[k] = b[k];
  return o;
};
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
var wbytes = function(d, b, v) {
  for (; v; ++b)
    d[b] = v, v >>>= 8;
};
function deflateSync(data, opts) {
  return dopt(data, opts || {}, 0, 0);
}
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var fltn = function(d, p, t, o) {
  for (var k in d) {
    var val = d[k], n = p + k, op = o;
    if (Array.isArray(val))
      op = mrg(o, val[1]), val = val[0];
    if (ArrayBuffer.isView(val))
      t[n] = [val, op];
    else {
      t[n += "/"] = [new u8(0), op];
      fltn(val, n, t, o);
    }
  }
};
var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strToU8(str, latin1) {
  if (latin1) {
    var ar_1 = new u8(str.length);
    for (var i2 = 0; i2 < str.length; ++i2)
      ar_1[i2] = str.charCodeAt(i2);
    return ar_1;
  }
  if (te)
    return te.encode(str);
  var l = str.length;
  var ar = new u8(str.length + (str.length >> 1));
  var ai = 0;
  var w = function(v) {
    ar[ai++] = v;
  };
  for (var i2 = 0; i2 < l; ++i2) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i2 << 1));
      n.set(ar);
      ar = n;
    }
    var c = str.charCodeAt(i2);
    if (c < 128 || latin1)
      w(c);
    else if (c < 2048)
      w(192 | c >> 6), w(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
    else
      w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
var exfl = function(ex) {
  var le = 0;
  if (ex) {
    for (var k in ex) {
      var l = ex[k].length;
      if (l > 65535)
        err(9);
      le += l + 4;
    }
  }
  return le;
};
var wzh = function(d, b, f, fn, u, c, ce, co) {
  var fl2 = fn.length, ex = f.extra, col = co && co.length;
  var exl = exfl(ex);
  wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
  if (ce != null)
    d[b++] = 20, d[b++] = f.os;
  d[b] = 20, b += 2;
  d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
  d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
  var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
  if (y < 0 || y > 119)
    err(10);
  wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
  if (c != -1) {
    wbytes(d, b, f.crc);
    wbytes(d, b + 4, c < 0 ? -c - 2 : c);
    wbytes(d, b + 8, f.size);
  }
  wbytes(d, b + 12, fl2);
  wbytes(d, b + 14, exl), b += 16;
  if (ce != null) {
    wbytes(d, b, col);
    wbytes(d, b + 6, f.attrs);
    wbytes(d, b + 10, ce), b += 14;
  }
  d.set(fn, b);
  b += fl2;
  if (exl) {
    for (var k in ex) {
      var exf = ex[k], l = exf.length;
      wbytes(d, b, +k);
      wbytes(d, b + 2, l);
      d.set(exf, b + 4), b += 4 + l;
    }
  }
  if (col)
    d.set(co, b), b += col;
  return b;
};
var wzf = function(o, b, c, d, e) {
  wbytes(o, b, 101010256);
  wbytes(o, b + 8, c);
  wbytes(o, b + 10, c);
  wbytes(o, b + 12, d);
  wbytes(o, b + 16, e);
};
function zipSync(data, opts) {
  if (!opts)
    opts = {};
  var r = {};
  var files = [];
  fltn(data, "", r, opts);
  var o = 0;
  var tot = 0;
  for (var fn in r) {
    var _a2 = r[fn], file = _a2[0], p = _a2[1];
    var compression = p.level == 0 ? 0 : 8;
    var f = strToU8(fn), s = f.length;
    var com = p.comment, m = com && strToU8(com), ms = m && m.length;
    var exl = exfl(p.extra);
    if (s > 65535)
      err(11);
    var d = compression ? deflateSync(file, p) : file, l = d.length;
    var c = crc();
    c.p(file);
    files.push(mrg(p, {
      size: file.length,
      crc: c.d(),
      c: d,
      f,
      m,
      u: s != fn.length || m && com.length != ms,
      o,
      compression
    }));
    o += 30 + s + exl + l;
    tot += 76 + 2 * (s + exl) + (ms || 0) + l;
  }
  var out = new u8(tot + 22), oe = o, cdl = tot - o;
  for (var i2 = 0; i2 < files.length; ++i2) {
    var f = files[i2];
    wzh(out, f.o, f, f.f, f.u, f.c.length);
    var badd = 30 + f.f.length + exfl(f.extra);
    out.set(f.c, f.o + badd);
    wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
  }
  wzf(out, o, files.length, cdl, oe);
  return out;
}
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

export {
  parseArn,
  arnElementCount,
  mustNotBeNull,
  stackDoesNotExist,
  stackAlreadyExists,
  stackNotUpdatable,
  noUpdates,
  insufficientCapabilities,
  templateMissing,
  templateUrlUnsupported,
  templateUrlUnreadable,
  resourceNotInStack,
  noStackForPhysicalId,
  stackOrPhysicalIdRequired,
  exportNotImported,
  changeSetTypeUnsupported,
  stackExistsForCreateChangeSet,
  changeSetStackDoesNotExist,
  changeSetAlreadyExists,
  changeSetNotFound,
  changeSetStatusInvalid,
  parseTemplate,
  checkStackName,
  checkStackNameOrId,
  resolveParameters,
  parameterValues,
  shownValue,
  templateError,
  resolve,
  evaluateConditions,
  references,
  checkShapes,
  dependencies,
  creationOrder,
  zipSync,
  unzipSync,
  randomSuffix,
  physicalName
};
//# sourceMappingURL=chunk-3Q6RD3VT.js.map
