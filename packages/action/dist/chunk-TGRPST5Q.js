import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  CommandError,
  runCommand
} from "./chunk-6OP734ML.js";
import {
  require_dist
} from "./chunk-TZP22VI7.js";
import {
  __toESM
} from "./chunk-DBFYPCXS.js";

// ../deploy/src/serverless.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFile as readFile4 } from "node:fs/promises";
import { join as join4 } from "node:path";

// ../deploy/src/permissions.ts
function deliveryPermission(destinationArn, functionName) {
  const service = destinationArn.split(":")[2];
  switch (service) {
    case "sqs":
      return { action: "sqs:SendMessage", resource: destinationArn };
    case "sns":
      return { action: "sns:Publish", resource: destinationArn };
    case "events":
      return { action: "events:PutEvents", resource: destinationArn };
    case "lambda":
      return { action: "lambda:InvokeFunction", resource: destinationArn };
    case "s3":
      return {
        action: "s3:PutObject",
        resource: `${destinationArn}/aws/lambda/async/${functionName}/object`
      };
    default:
      return void 0;
  }
}
async function checkDestinations(iam, fn) {
  const warnings = [];
  if (!fn.role) return warnings;
  const { SimulatePrincipalPolicyCommand } = await import("./dist-es-FMKIKBYD.js");
  for (const [when, arn] of [
    ["onSuccess", fn.onSuccess],
    ["onFailure", fn.onFailure]
  ]) {
    if (!arn) continue;
    const need = deliveryPermission(arn, fn.name);
    if (!need) continue;
    let decision;
    try {
      const out = await iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: fn.role,
          ActionNames: [need.action],
          ResourceArns: [need.resource]
        })
      );
      decision = out.EvaluationResults?.[0]?.EvalDecision;
    } catch {
      continue;
    }
    if (decision && decision !== "allowed") {
      warnings.push(
        `function ${fn.name}: its role ${fn.role} lacks ${need.action} on ${arn} (${decision}); ${when} records will not be delivered`
      );
    }
  }
  return warnings;
}

// ../deploy/src/placeholders.ts
var STRICT_TAG = "local-cloud:strict";
var PLACEHOLDER_REASON_PREFIX = "Placeholder: ";
function placeholdersOf(resources) {
  return resources.filter((r) => r.ResourceStatusReason?.startsWith(PLACEHOLDER_REASON_PREFIX)).map((r) => ({
    logicalId: r.LogicalResourceId ?? "",
    type: r.ResourceType ?? "",
    reason: r.ResourceStatusReason.slice(PLACEHOLDER_REASON_PREFIX.length)
  }));
}
function withStrictTag(given, strict, existing) {
  const had = existing?.some((t) => t.Key === STRICT_TAG) ?? false;
  if (!strict && !had) return given;
  const base = (given ?? (existing ?? []).map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" }))).filter(
    (t) => t.Key !== STRICT_TAG
  );
  return [...base, { Key: STRICT_TAG, Value: strict ? "true" : "false" }];
}
function placeholderLine(p) {
  return `${p.logicalId}: ${p.reason}`;
}

// ../deploy/src/deployResult.ts
async function summarize(cfn, stack, endpoint, region, noChanges) {
  const { ListStackResourcesCommand } = await import("./dist-es-N3NO4WXX.js");
  const { GetFunctionConfigurationCommand, GetFunctionEventInvokeConfigCommand } = await import("./dist-es-LAHBV35R.js");
  const { iamClient, lambdaClient } = await import("./clients-4ABZ3OW7.js");
  const listed = await cfn.send(new ListStackResourcesCommand({ StackName: stack.StackId }));
  const warnings = [];
  for (const r of listed.StackResourceSummaries ?? []) {
    const reason = r.ResourceStatusReason ?? "";
    if (reason.startsWith("Warning: ")) warnings.push(`${r.LogicalResourceId}: ${reason}`);
  }
  const resources = (listed.StackResourceSummaries ?? []).map((r) => ({
    logicalId: r.LogicalResourceId,
    type: r.ResourceType,
    physicalId: r.PhysicalResourceId ?? "",
    status: r.ResourceStatus
  }));
  const lambda = lambdaClient({ endpoint, region });
  const iam = iamClient({ endpoint, region });
  const functions = [];
  for (const r of resources.filter((r2) => r2.type === "AWS::Lambda::Function")) {
    const fn = { logicalId: r.logicalId, name: r.physicalId };
    try {
      const conf = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: r.physicalId }));
      fn.arn = conf.FunctionArn;
      fn.role = conf.Role;
    } catch {
    }
    try {
      const eic = await lambda.send(
        new GetFunctionEventInvokeConfigCommand({ FunctionName: r.physicalId, Qualifier: "$LATEST" })
      );
      fn.maximumRetryAttempts = eic.MaximumRetryAttempts;
      fn.maximumEventAgeInSeconds = eic.MaximumEventAgeInSeconds;
      fn.onSuccess = eic.DestinationConfig?.OnSuccess?.Destination;
      fn.onFailure = eic.DestinationConfig?.OnFailure?.Destination;
    } catch {
    }
    warnings.push(...await checkDestinations(iam, fn));
    functions.push(fn);
  }
  return {
    stackName: stack.StackName,
    stackId: stack.StackId,
    region,
    endpoint,
    status: stack.StackStatus,
    noChanges,
    outputs: Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue ?? ""])),
    resources,
    functions,
    warnings,
    placeholders: placeholdersOf(listed.StackResourceSummaries ?? [])
  };
}

// ../deploy/src/waitForStack.ts
var StackOperationError = class extends Error {
  constructor(message, stackName, status, failures) {
    super(message);
    this.stackName = stackName;
    this.status = status;
    this.failures = failures;
    this.name = "StackOperationError";
  }
  stackName;
  status;
  failures;
};
async function waitForStack(cfn, stackId, timeoutMs = 6e5) {
  const { DescribeStacksCommand } = await import("./dist-es-N3NO4WXX.js");
  const deadline = Date.now() + timeoutMs;
  let delay = 50;
  for (; ; ) {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: stackId }));
    const stack = out.Stacks[0];
    if (!stack.StackStatus.endsWith("_IN_PROGRESS")) return stack;
    if (Date.now() > deadline)
      throw new Error(`stack ${stack.StackName} still ${stack.StackStatus} after ${timeoutMs / 1e3} s`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 1e3);
  }
}
async function failuresSince(cfn, stackId, since) {
  const { DescribeStackEventsCommand } = await import("./dist-es-N3NO4WXX.js");
  const out = await cfn.send(new DescribeStackEventsCommand({ StackName: stackId }));
  return (out.StackEvents ?? []).filter(
    (e) => e.Timestamp >= since && e.ResourceStatus?.endsWith("_FAILED") && e.ResourceType !== "AWS::CloudFormation::Stack" && e.ResourceStatusReason
  ).reverse().map((e) => ({
    logicalId: e.LogicalResourceId,
    type: e.ResourceType,
    reason: e.ResourceStatusReason
  }));
}
async function expectStatus(cfn, stack, ok, since) {
  if (ok.includes(stack.StackStatus)) return;
  const failures = await failuresSince(cfn, stack.StackId, since);
  const detail = failures.map((f) => `${f.logicalId} (${f.type}): ${f.reason}`).join("; ");
  throw new StackOperationError(
    `stack ${stack.StackName} ended in ${stack.StackStatus}${stack.StackStatusReason ? ` (${stack.StackStatusReason.trim()})` : ""}${detail ? `: ${detail}` : ""}`,
    stack.StackName,
    stack.StackStatus,
    failures
  );
}

// ../deploy/src/deployTemplate.ts
function endpointOf(endpoint) {
  const e = endpoint ?? process.env.AWS_ENDPOINT_URL;
  if (!e) throw new Error("no endpoint: pass endpoint or set AWS_ENDPOINT_URL");
  return e.replace(/\/$/, "");
}
async function describeStack(cfn, name) {
  const { DescribeStacksCommand } = await import("./dist-es-N3NO4WXX.js");
  try {
    return (await cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0];
  } catch (err) {
    if (/does not exist/.test(err.message)) return void 0;
    throw err;
  }
}
async function applyTemplate(cfn, options) {
  const Parameters = Object.entries(options.parameters ?? {}).map(([ParameterKey, ParameterValue]) => ({
    ParameterKey,
    ParameterValue
  }));
  const { CreateStackCommand, DeleteStackCommand, UpdateStackCommand } = await import("./dist-es-N3NO4WXX.js");
  const Capabilities = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"];
  let existing = await describeStack(cfn, options.stackName);
  if (existing?.StackStatus === "ROLLBACK_COMPLETE" || existing?.StackStatus === "REVIEW_IN_PROGRESS") {
    await cfn.send(new DeleteStackCommand({ StackName: existing.StackId }));
    await waitForStack(cfn, existing.StackId);
    existing = void 0;
  }
  const since = new Date(Date.now() - 1);
  if (!existing) {
    const out = await cfn.send(
      new CreateStackCommand({
        StackName: options.stackName,
        TemplateBody: options.templateBody,
        Parameters,
        Capabilities: [...Capabilities],
        Tags: withStrictTag(options.tags, options.strict, void 0)
      })
    );
    const stack2 = await waitForStack(cfn, out.StackId);
    await expectStatus(cfn, stack2, ["CREATE_COMPLETE"], since);
    return { stack: stack2, noChanges: false };
  }
  try {
    await cfn.send(
      new UpdateStackCommand({
        StackName: existing.StackId,
        TemplateBody: options.templateBody,
        Parameters,
        Capabilities: [...Capabilities],
        Tags: withStrictTag(options.tags, options.strict, existing.Tags)
      })
    );
  } catch (err) {
    if (err.message === "No updates are to be performed.")
      return { stack: existing, noChanges: true };
    throw err;
  }
  const stack = await waitForStack(cfn, existing.StackId);
  await expectStatus(cfn, stack, ["UPDATE_COMPLETE"], since);
  return { stack, noChanges: false };
}

// ../deploy/src/package.ts
import { existsSync as existsSync2 } from "node:fs";
import { readdir as readdir2, readFile as readFile3 } from "node:fs/promises";
import { dirname as dirname2, join as join3, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";

// ../deploy/src/packageInputs.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var STAMP = ".package-inputs";
var IGNORED = /* @__PURE__ */ new Set([".serverless", "node_modules", ".git", "destinations.yml", "destinations.yaml"]);
async function packageInputs(serviceDir, settings) {
  const hash = createHash("sha256").update(
    JSON.stringify([settings.stage, settings.region, settings.params ?? {}, framework(settings.command)])
  );
  for (const file of await serviceFiles(serviceDir))
    hash.update(`${file}\0`).update(await readFile(join(serviceDir, file)));
  return hash.digest("hex");
}
async function readsCloudValues(serviceDir) {
  for (const file of ["serverless.yml", "serverless.yaml"]) {
    const text = await readFile(join(serviceDir, file), "utf8").catch(() => void 0);
    if (text !== void 0) return /\$\{(ssm|cf|s3)(\([^)]*\))?:/.test(text);
  }
  return false;
}
async function readStamp(serviceDir) {
  return readFile(join(serviceDir, ".serverless", STAMP), "utf8").catch(() => "");
}
async function clearStamp(serviceDir) {
  await rm(join(serviceDir, ".serverless", STAMP), { force: true });
}
async function writeStamp(serviceDir, inputs) {
  await writeFile(join(serviceDir, ".serverless", STAMP), inputs);
}
function framework(command) {
  try {
    for (let d = dirname(realpathSync(command)); dirname(d) !== d; d = dirname(d)) {
      const pkg = join(d, "package.json");
      if (!existsSync(pkg)) continue;
      const { name, version } = JSON.parse(readFileSync(pkg, "utf8"));
      return `${command} ${name}@${version}`;
    }
  } catch {
  }
  return command;
}
async function serviceFiles(dir, prefix = "") {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const files = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (IGNORED.has(e.name) || !prefix && e.name.endsWith(".md")) continue;
    if (e.isDirectory()) files.push(...await serviceFiles(dir, rel));
    else if (e.isFile()) files.push(rel);
  }
  return files;
}

// ../deploy/src/pluginFailure.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2, resolve, sep } from "node:path";
var HOOK_RUNNER = /PluginManager\.runHooks|[\\/]lib[\\/]classes[\\/]plugin-manager\.js/;
var FRAME = /^\s+at (?:async )?(?:.*? \()?(.+?):\d+:\d+\)?$/;
var NETWORK = /\b(ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH)\b|fetch failed|getaddrinfo|socket hang up/;
var DOCKER = /\bdocker\b/i;
function packageOf(file) {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0 || at + 1 >= parts.length) return void 0;
  return parts[at + 1].startsWith("@") ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
}
function pluginOfFile(file, serviceDir, plugins) {
  const local = plugins.find((p) => {
    if (!p.startsWith(".") && !p.startsWith("/")) return false;
    const base = resolve(serviceDir, p);
    return file === base || file.startsWith(`${base}.`) || file.startsWith(`${base}${sep}`);
  });
  if (local) return local;
  const pkg = packageOf(file);
  if (pkg === "osls" || pkg === "serverless") return void 0;
  return pkg && (plugins.find((p) => p === pkg) ?? pkg);
}
function pluginFailure(output, serviceDir, plugins) {
  const lines = output.split("\n");
  const error = lines.slice(lines.findLastIndex((l) => l.trim() === "Error:") + 1).join("\n");
  if (/Cannot resolve variable/.test(error)) return void 0;
  const frames = lines.map((l) => FRAME.exec(l)?.[1]);
  const runner = lines.findIndex((l) => HOOK_RUNNER.test(l));
  let plugin;
  for (let i = runner - 1; i >= 0 && !plugin; i--) {
    const file = frames[i];
    if (!file) break;
    if (!file.startsWith("node:")) plugin = pluginOfFile(file, serviceDir, plugins);
  }
  const needs = DOCKER.test(error) ? "Docker" : NETWORK.test(error) ? "the network" : void 0;
  if (!plugin && !(needs && plugins.length)) return void 0;
  const who = plugin ? `the plugin '${plugin}'` : `a plugin of the service (${plugins.map((p) => `'${p}'`).join(", ")})`;
  return needs ? `${who} failed reaching for ${needs}, which packaging for the local cloud does not give a plugin: configure it not to for the local run (e.g. serverless-python-requirements without dockerizePip)` : `${who} failed in its hook`;
}
async function servicePlugins(serviceDir) {
  try {
    const text = await readFile2(join2(serviceDir, "serverless.yml"), "utf8");
    const doc = (0, import_yaml.parse)(text, { customTags: [], strict: false, logLevel: "silent" });
    const list = Array.isArray(doc?.plugins) ? doc.plugins : doc?.plugins?.modules;
    return Array.isArray(list) ? list.filter((p) => typeof p === "string") : [];
  } catch {
    return [];
  }
}

// ../deploy/src/package.ts
function serverlessBinary(serviceDir) {
  const candidates = [];
  for (let d = resolve2(serviceDir); ; d = dirname2(d)) {
    candidates.push(join3(d, "node_modules", ".bin", "serverless"));
    if (dirname2(d) === d) break;
  }
  for (let d = dirname2(fileURLToPath(new URL("./deploy/src/package.js", import.meta.url).href)); ; d = dirname2(d)) {
    candidates.push(join3(d, "node_modules", ".bin", "serverless"));
    if (dirname2(d) === d) break;
  }
  return candidates.find((c) => existsSync2(c)) ?? "serverless";
}
async function packageService(options) {
  const stage = options.stage ?? "dev";
  const region = options.region ?? "us-east-1";
  const command = options.serverlessCommand ?? serverlessBinary(options.serviceDir);
  const inputs = options.cache ? await packageInputs(options.serviceDir, { stage, region, params: options.params, command }) : void 0;
  const reusable = options.cache === "reuse" && !await readsCloudValues(options.serviceDir);
  if (reusable && await readStamp(options.serviceDir) === inputs) {
    const packaged = await readPackage(options.serviceDir, stage, region).catch(() => void 0);
    if (packaged) return { ...packaged, reused: true };
  }
  const args = ["package", "--stage", stage, "--region", region];
  for (const [k, v] of Object.entries(options.params ?? {})) args.push("--param", `${k}=${v}`);
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("AWS_")) env[k] = v;
  Object.assign(env, {
    SLS_TELEMETRY_DISABLED: "1",
    SLS_NOTIFICATIONS_MODE: "off",
    SLS_DEPRECATION_DISABLE: "*",
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_REGION: region,
    // The variables the framework resolves against a cloud are resolved against the one deployed to.
    ...options.endpoint ? { AWS_ENDPOINT_URL: options.endpoint } : {}
  });
  if (inputs) await clearStamp(options.serviceDir);
  await runCommand(command, args, {
    cwd: options.serviceDir,
    env,
    onLine: (line) => options.onOutput?.(line)
  }).catch(async (err) => {
    const blame = err instanceof CommandError && err.output ? pluginFailure(err.output, options.serviceDir, await servicePlugins(options.serviceDir)) : void 0;
    throw blame ? new CommandError(`${err.message}
${blame}`, err.output) : err;
  });
  if (inputs) await writeStamp(options.serviceDir, inputs);
  return { ...await readPackage(options.serviceDir, stage, region), reused: false };
}
async function readPackage(serviceDir, stage, region) {
  const dir = join3(serviceDir, ".serverless");
  const state = JSON.parse(await readFile3(join3(dir, "serverless-state.json"), "utf8"));
  const provider = state.service.provider ?? {};
  const service = typeof state.service.service === "string" ? state.service.service : state.service.service.name;
  const bucket = provider.deploymentBucket;
  return {
    serviceDir,
    service,
    stage,
    region,
    stackName: provider.stackName ?? `${service}-${stage}`,
    artifactDirectoryName: state.package.artifactDirectoryName,
    customBucket: typeof bucket === "string" ? bucket : bucket?.name,
    createTemplate: await readFile3(join3(dir, "cloudformation-template-create-stack.json"), "utf8"),
    updateTemplate: await readFile3(join3(dir, "cloudformation-template-update-stack.json"), "utf8"),
    zips: (await readdir2(dir)).filter((f) => f.endsWith(".zip")).map((f) => join3(dir, f))
  };
}

// ../deploy/src/removeStack.ts
async function emptyBucket(s3, bucket) {
  const { DeleteObjectsCommand, ListObjectsV2Command } = await import("./dist-es-RJ6CBSAE.js");
  for (; ; ) {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    const keys = (out.Contents ?? []).map((o) => ({ Key: o.Key }));
    if (keys.length === 0) return;
    await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }));
  }
}
async function removeStack(options) {
  const endpoint = endpointOf(options.endpoint);
  const region = options.region ?? process.env.AWS_REGION ?? "us-east-1";
  const { DeleteStackCommand, ListStackResourcesCommand } = await import("./dist-es-N3NO4WXX.js");
  const { cloudFormationClient, s3Client } = await import("./clients-4ABZ3OW7.js");
  const cfn = cloudFormationClient({ endpoint, region });
  const stack = await describeStack(cfn, options.stackName);
  if (!stack) return { stackName: options.stackName, removed: false };
  if (options.emptyBuckets) {
    const s3 = s3Client({ endpoint, region });
    const listed = await cfn.send(new ListStackResourcesCommand({ StackName: stack.StackId }));
    for (const r of listed.StackResourceSummaries ?? []) {
      if (r.ResourceType !== "AWS::S3::Bucket" || !r.PhysicalResourceId) continue;
      if (Array.isArray(options.emptyBuckets) && !options.emptyBuckets.includes(r.LogicalResourceId))
        continue;
      await emptyBucket(s3, r.PhysicalResourceId).catch(() => void 0);
    }
  }
  const since = new Date(Date.now() - 1);
  await cfn.send(new DeleteStackCommand({ StackName: stack.StackId }));
  const done = await waitForStack(cfn, stack.StackId);
  await expectStatus(cfn, done, ["DELETE_COMPLETE"], since);
  return { stackName: options.stackName, removed: true };
}

// ../deploy/src/configError.ts
var ServiceConfigError = class extends Error {
  name = "ServiceConfigError";
};

// ../deploy/src/runtimes.ts
function templateRuntimes(templateBody) {
  const out = /* @__PURE__ */ new Map();
  let resources = {};
  try {
    resources = JSON.parse(templateBody).Resources ?? {};
  } catch {
    return out;
  }
  for (const [id, r] of Object.entries(resources))
    if (r.Type === "AWS::Lambda::Function" && typeof r.Properties?.Runtime === "string")
      out.set(id, r.Properties.Runtime);
  return out;
}
async function checkRuntimes(templateBody, endpoint) {
  const runtimes = templateRuntimes(templateBody);
  if (runtimes.size === 0) return;
  let supported;
  try {
    const res = await fetch(`${endpoint}/_localcloud/runtimes?runtime=`, {
      signal: AbortSignal.timeout(5e3)
    });
    if (res.ok) supported = (await res.json()).supported;
  } catch {
  }
  if (!supported) return;
  const refused = [...runtimes].filter(([, runtime]) => !supported.includes(runtime));
  if (refused.length === 0) return;
  throw new ServiceConfigError(
    `${refused.map(([id, runtime]) => `function ${id.replace(/LambdaFunction$/, "")}: runtime ${runtime}`).join("; ")}: not a runtime the local cloud at ${endpoint} runs (${supported.join(", ")})`
  );
}

// ../deploy/src/serverless.ts
async function deploymentBucket(cfn, stackName) {
  const { DescribeStackResourceCommand } = await import("./dist-es-N3NO4WXX.js");
  const out = await cfn.send(
    new DescribeStackResourceCommand({
      StackName: stackName,
      LogicalResourceId: "ServerlessDeploymentBucket"
    })
  );
  return out.StackResourceDetail.PhysicalResourceId;
}
async function deployServerless(options) {
  const endpoint = endpointOf(options.endpoint);
  return deployPackage(await packageService({ ...options, endpoint }), endpoint, { strict: options.strict });
}
async function deployPackage(pkg, endpoint, options = {}) {
  const where = { endpoint: endpointOf(endpoint), region: pkg.region };
  const { CreateBucketCommand, HeadBucketCommand, PutObjectCommand } = await import("./dist-es-RJ6CBSAE.js");
  const { cloudFormationClient, s3Client } = await import("./clients-4ABZ3OW7.js");
  const cfn = cloudFormationClient(where);
  const s3 = s3Client(where);
  await checkRuntimes(pkg.updateTemplate, where.endpoint);
  const existing = await describeStack(cfn, pkg.stackName);
  const live = existing && !["ROLLBACK_COMPLETE", "REVIEW_IN_PROGRESS"].includes(existing.StackStatus);
  const createHasResources = Object.keys(JSON.parse(pkg.createTemplate).Resources ?? {}).length > 0;
  if (!live && createHasResources) {
    await applyTemplate(cfn, {
      stackName: pkg.stackName,
      templateBody: pkg.createTemplate,
      strict: options.strict
    });
  }
  let bucket = pkg.customBucket;
  if (bucket) {
    await s3.send(new HeadBucketCommand({ Bucket: bucket })).catch(() => s3.send(new CreateBucketCommand({ Bucket: bucket })));
  } else {
    bucket = await deploymentBucket(cfn, pkg.stackName);
  }
  for (const zip of pkg.zips) {
    const key = `${pkg.artifactDirectoryName}/${zip.slice(zip.lastIndexOf("/") + 1)}`;
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: await readFile4(zip) }));
  }
  const { stack, noChanges } = await applyTemplate(cfn, {
    stackName: pkg.stackName,
    templateBody: pkg.updateTemplate,
    strict: options.strict
  });
  return summarize(cfn, stack, where.endpoint, where.region, noChanges);
}
async function serverlessStackName(serviceDir, stage) {
  const text = await readFile4(join4(serviceDir, "serverless.yml"), "utf8");
  const doc = (0, import_yaml2.parse)(text, { customTags: [], strict: false, logLevel: "silent" });
  const service = typeof doc.service === "string" ? doc.service : doc.service?.name;
  const explicit = doc.provider?.stackName;
  if (explicit && !explicit.includes("${")) return explicit;
  if (!service || service.includes("${"))
    throw new Error(`can't read the service name of ${serviceDir}/serverless.yml`);
  return `${service}-${stage}`;
}
async function removeServerless(options) {
  return removeStack({
    stackName: options.stackName ?? await serverlessStackName(options.serviceDir, options.stage),
    region: options.region ?? "us-east-1",
    endpoint: options.endpoint,
    emptyBuckets: options.emptyBuckets || ["ServerlessDeploymentBucket"]
  });
}

// ../deploy/src/stage.ts
async function deployStage(target, options = {}) {
  if (target.cloud === "aws") {
    await runServerless("deploy", target);
    return {};
  }
  const result = options.packaged ? await deployPackage(options.packaged, target.endpoint, { strict: target.strict }) : await deployServerless({
    serviceDir: target.serviceDir,
    stage: target.stage ?? "dev",
    region: target.region,
    params: target.params,
    endpoint: target.endpoint,
    serverlessCommand: target.serverlessCommand,
    onOutput: options.onOutput,
    strict: target.strict
  });
  return { stackName: result.stackName, result };
}
async function removeStage(target) {
  if (target.cloud === "aws") {
    await runServerless("remove", target);
    return;
  }
  await removeServerless({
    serviceDir: target.serviceDir,
    stage: target.stage ?? "dev",
    region: target.region,
    endpoint: target.endpoint,
    stackName: target.stackName,
    emptyBuckets: true
  });
}
function runServerless(command, target) {
  const args = [command];
  if (target.stage) args.push("--stage", target.stage);
  args.push("--region", target.region);
  for (const [k, v] of Object.entries(target.params ?? {})) args.push("--param", `${k}=${v}`);
  return runCommand(target.serverlessCommand ?? "serverless", args, {
    cwd: target.serviceDir,
    env: target.endpoint ? { ...process.env, AWS_ENDPOINT_URL: target.endpoint } : process.env
  });
}

// ../deploy/src/stackPlaceholders.ts
async function stackPlaceholders(options) {
  const { ListStackResourcesCommand } = await import("./dist-es-N3NO4WXX.js");
  const { cloudFormationClient } = await import("./clients-4ABZ3OW7.js");
  const where = { endpoint: endpointOf(options.endpoint), region: options.region ?? "us-east-1" };
  const cfn = cloudFormationClient(where);
  try {
    const listed = await cfn.send(new ListStackResourcesCommand({ StackName: options.stackName }));
    return placeholdersOf(listed.StackResourceSummaries ?? []);
  } catch (err) {
    if (/does not exist/.test(err.message)) return void 0;
    throw err;
  } finally {
    cfn.destroy();
  }
}

export {
  STRICT_TAG,
  PLACEHOLDER_REASON_PREFIX,
  placeholderLine,
  serverlessStackName,
  stackPlaceholders,
  deployStage,
  removeStage
};
//# sourceMappingURL=chunk-TGRPST5Q.js.map
