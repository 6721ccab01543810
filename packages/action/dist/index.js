import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  errorMessage,
  maskCredential,
  maskCredentials
} from "./chunk-QQWOVIAR.js";
import {
  STAGE_RULE,
  commandExists,
  isStageName
} from "./chunk-6OP734ML.js";
import {
  getInput,
  setFailed,
  setOutput
} from "./chunk-EAHQAXU2.js";
import "./chunk-DBFYPCXS.js";

// src/inputs.ts
import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var InputError = class extends Error {
  name = "InputError";
};
var COMMENT_KEY = /^(?!.*--)[\w./@:+-]{1,100}$/;
var REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
function readInputs(workspace = process.env.GITHUB_WORKSPACE || process.cwd()) {
  const workingDirectory = path.resolve(workspace, getInput("working-directory") || ".");
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new InputError(
      `Input 'working-directory' must be a directory holding the service; ${shown(workspace, workingDirectory)} is not one`
    );
  }
  const spec = path.resolve(workingDirectory, getInput("spec") || "destinations.yml");
  if (!existsSync(spec) || !statSync(spec).isFile()) {
    throw new InputError(
      `Input 'spec' must name the verification spec; no file at ${shown(workspace, spec)}`
    );
  }
  if (!isInside(realpathSync(spec), realpathSync(workspace))) {
    throw new InputError(
      `Input 'spec' must name a file inside the repository (${workspace}); ${getInput("spec")} resolves to ${realpathSync(spec)}`
    );
  }
  const cloud = oneOf("cloud", ["aws", "local"], "aws");
  const stage = getInput("stage") || void 0;
  if (stage !== void 0 && !isStageName(stage)) {
    throw new InputError(`Input 'stage' must be ${STAGE_RULE}; got '${stage}'`);
  }
  const region = getInput("region") || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || "us-east-1";
  if (!REGION.test(region)) {
    throw new InputError(`Input 'region' must be an AWS region such as 'us-east-1'; got '${region}'`);
  }
  const endpointUrl = getInput("endpoint-url") || void 0;
  if (endpointUrl !== void 0 && !isHttpUrl(endpointUrl)) {
    throw new InputError(`Input 'endpoint-url' must be an http(s) URL; got '${endpointUrl}'`);
  }
  const deploy = bool("deploy", true);
  if (cloud === "local" && !deploy && endpointUrl === void 0) {
    throw new InputError(
      `Input 'deploy' may be false with cloud 'local' only when 'endpoint-url' names a running local cloud the stage is deployed in`
    );
  }
  const serverlessCommand = getInput("serverless-command") || void 0;
  if (serverlessCommand !== void 0 && !commandExists(serverlessCommand, workingDirectory)) {
    throw new InputError(
      `Input 'serverless-command' must start a program: '${serverlessCommand}' is not a file that can run nor a command on the PATH`
    );
  }
  const dryRun = bool("dry-run", false);
  if (dryRun && cloud === "local" && endpointUrl === void 0 && !process.env.AWS_ENDPOINT_URL) {
    throw new InputError(
      `Input 'dry-run' checks a stage deployed already: with cloud 'local' it needs 'endpoint-url' naming the running local cloud the stage is in`
    );
  }
  const timeout = getInput("timeout");
  let timeoutSeconds;
  if (timeout !== "") {
    timeoutSeconds = Number(timeout);
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds <= 0) {
      throw new InputError(`Input 'timeout' must be a whole number of seconds above 0; got '${timeout}'`);
    }
  }
  return {
    workingDirectory,
    spec,
    stage,
    region,
    cloud,
    endpointUrl,
    deploy,
    remove: bool("remove", false),
    serverlessCommand,
    timeoutSeconds,
    failOnDuplicates: bool("fail-on-duplicates", false),
    strict: bool("strict", false),
    maskAwsAccountId: bool("mask-aws-account-id", false),
    githubToken: getInput("github-token") || void 0,
    commentKey: commentKey(workspace, workingDirectory),
    dryRun,
    needs: needs(workspace)
  };
}
function needs(workspace) {
  const folders = getInput("needs").split(/[\s,]+/).filter((f) => f !== "");
  return folders.map((f) => {
    const dir = path.resolve(workspace, f);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError(
        `Input 'needs' must name the folders of services to deploy first; ${shown(workspace, dir)} is not one`
      );
    }
    return dir;
  });
}
function commentKey(workspace, workingDirectory) {
  const asked = getInput("comment-key");
  if (asked !== "" && !COMMENT_KEY.test(asked)) {
    throw new InputError(
      `Input 'comment-key' must be 1 to 100 letters, digits or . _ / @ : + -, without '--'; got '${asked}'`
    );
  }
  return asked || shown(workspace, workingDirectory).split(path.sep).join("/");
}
function oneOf(name, allowed, fallback) {
  const value = getInput(name) || fallback;
  if (!allowed.includes(value)) {
    const list = allowed.map((a) => `'${a}'`).join(allowed.length === 2 ? " or " : ", ");
    throw new InputError(`Input '${name}' must be ${list}; got '${value}'`);
  }
  return value;
}
function bool(name, fallback) {
  const value = getInput(name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`Input '${name}' must be 'true' or 'false'; got '${value}'`);
}
function isHttpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
function isInside(file, root) {
  const rel = path.relative(root, file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}
function shown(workspace, file) {
  const rel = path.relative(workspace, file);
  return rel === "" ? "." : rel.startsWith("..") ? file : rel;
}

// src/main.ts
async function run() {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  try {
    maskCredentials();
    const inputs = readInputs(workspace);
    if (inputs.githubToken) maskCredential(inputs.githubToken);
    if (inputs.dryRun) await (await import("./dryRun-PLX255QT.js")).dryRun(inputs, workspace);
    else await (await import("./verifyService-ZBDG7D76.js")).verifyService(inputs, workspace);
  } catch (err) {
    setOutput("passed", "false");
    setFailed(errorMessage(err));
  }
}

// src/index.ts
await run();
//# sourceMappingURL=index.js.map
