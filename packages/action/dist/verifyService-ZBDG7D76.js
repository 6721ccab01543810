import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  annotateFailures,
  annotateSpecIssues,
  deriveStage,
  publishMarkdown,
  serviceLabel
} from "./chunk-EUF74HGQ.js";
import {
  GetCallerIdentityCommand,
  STSClient
} from "./chunk-GCPKZJLS.js";
import {
  saveRun
} from "./chunk-XOOZWG6A.js";
import {
  e2e,
  renderMarkdown,
  writeJsonReport
} from "./chunk-HLMFEGJ4.js";
import "./chunk-TGRPST5Q.js";
import "./chunk-VIZMCPZV.js";
import "./chunk-7AD26AX5.js";
import "./chunk-235HVGAZ.js";
import "./chunk-GX45JUQT.js";
import "./chunk-IZJAQB5K.js";
import "./chunk-6BCDY4AP.js";
import "./chunk-QDZGVRZ6.js";
import "./chunk-W4K56SDA.js";
import "./chunk-VSEYQAEP.js";
import "./chunk-E3UHNKBD.js";
import "./chunk-LXQWPYFG.js";
import "./chunk-6MWGFO5T.js";
import "./chunk-VLWNQS2G.js";
import {
  accountOf,
  errorMessage,
  maskAccountId,
  redact,
  redactAll
} from "./chunk-QQWOVIAR.js";
import "./chunk-6OP734ML.js";
import {
  context
} from "./chunk-ZBGVXTWK.js";
import {
  SpecError
} from "./chunk-VRT7EDPR.js";
import "./chunk-TZP22VI7.js";
import {
  endGroup,
  group,
  info,
  setFailed,
  setOutput,
  startGroup,
  warning
} from "./chunk-EAHQAXU2.js";
import "./chunk-MOEOEYN6.js";
import "./chunk-ZX3B5RNJ.js";
import "./chunk-MVEBVMQP.js";
import "./chunk-A35NYCCP.js";
import "./chunk-2ST3NFII.js";
import "./chunk-5ULBMXNG.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-4NZOGS53.js";
import "./chunk-7XKFUN2L.js";
import "./chunk-QD7QKGRY.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-DBFYPCXS.js";

// src/verifyService.ts
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import os from "node:os";
import path2 from "node:path";

// src/account.ts
async function callerAccount(region, endpoint) {
  const sts = new STSClient({ region, ...endpoint ? { endpoint } : {} });
  try {
    return (await sts.send(new GetCallerIdentityCommand({}))).Account;
  } finally {
    sts.destroy();
  }
}

// src/progress.ts
var TITLES = {
  deploy: "deploy",
  resolve: "resolve the function",
  preflight: "preflight",
  tap: "tap the destinations",
  fire: "fire",
  collect: "collect",
  judge: "judge",
  cleanup: "clean up",
  remove: "remove the stage"
};
var COLLECT_EVERY_MS = 5e3;
function progressLog() {
  let phase;
  let lastCollect = Number.NEGATIVE_INFINITY;
  const end = () => {
    if (phase !== void 0) endGroup();
    phase = void 0;
  };
  return {
    onProgress(event) {
      if (event.phase !== phase) {
        end();
        startGroup(TITLES[event.phase] ?? event.phase);
        phase = event.phase;
        lastCollect = Number.NEGATIVE_INFINITY;
      }
      if (event.phase === "collect") {
        const done = event.expected !== void 0 && event.received === event.expected;
        if (!done && event.elapsedMs - lastCollect < COLLECT_EVERY_MS) return;
        lastCollect = event.elapsedMs;
      }
      info(`[${(event.elapsedMs / 1e3).toFixed(1)} s] ${redact(event.message)}`);
    },
    end
  };
}

// src/serverless.ts
import { existsSync } from "node:fs";
import path from "node:path";
function serverlessCommand(serviceDir, workspace, asked) {
  if (asked) return asked;
  const bin = process.platform === "win32" ? "serverless.cmd" : "serverless";
  const stop = path.resolve(workspace);
  let dir = path.resolve(serviceDir);
  for (; ; ) {
    const candidate = path.join(dir, "node_modules", ".bin", bin);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir || !isInside(parent, stop)) return "serverless";
    dir = parent;
  }
}
function isInside(dir, root) {
  const rel = path.relative(root, dir);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}

// src/verifyService.ts
var LOCAL_ACCOUNT = "000000000000";
async function verifyService(inputs, workspace) {
  const stage = inputs.stage ?? deriveStage(context);
  setOutput("stage", stage);
  if (inputs.maskAwsAccountId) await maskAccount(inputs);
  const temp = path2.join(process.env.RUNNER_TEMP || os.tmpdir(), "destinations-action", randomUUID());
  mkdirSync(temp, { recursive: true });
  const tapsFile = path2.join(temp, "taps.json");
  const inProcess = inputs.cloud === "local" && inputs.endpointUrl === void 0;
  saveRun({ stage, cloud: inputs.cloud, endpoint: inputs.endpointUrl, remove: inputs.remove, tapsFile });
  const progress = progressLog();
  let report;
  try {
    report = redactAll(
      await e2e({
        serviceDir: inputs.workingDirectory,
        spec: inputs.spec,
        needs: inputs.needs,
        stage,
        region: inputs.region,
        cloud: inputs.cloud,
        endpoint: inputs.endpointUrl,
        endpointSource: "Input 'endpoint-url'",
        deploy: inputs.deploy,
        // An in-process local cloud ends with the step; removing its stage first costs little and is tidy.
        remove: inputs.remove || inProcess,
        serverlessCommand: serverlessCommand(inputs.workingDirectory, workspace, inputs.serverlessCommand),
        serverlessSource: inputs.serverlessCommand ? "Input 'serverless-command'" : "the default serverless-command (no node_modules/.bin/serverless in the service or above it)",
        timeoutSeconds: inputs.timeoutSeconds,
        failOnDuplicates: inputs.failOnDuplicates,
        strict: inputs.strict,
        stateFile: tapsFile,
        onProgress: progress.onProgress
      })
    );
  } catch (err) {
    if (err instanceof SpecError) annotateSpecIssues(err.issues, inputs.spec, workspace);
    throw err;
  } finally {
    progress.end();
  }
  for (const p of report.placeholders ?? [])
    warning(`${p.logicalId}: ${p.reason}`, { title: `Not emulated: ${p.type}` });
  const removeError = report.deployment?.removeError;
  if (removeError)
    warning(
      `Could not remove stage ${stage}: ${removeError}${inProcess ? "" : "; the post step tries again"}`
    );
  await group("report", () => publish(report, inputs, workspace, temp));
  if (!report.passed) {
    const failed = report.cases.filter((c) => !c.passed).map((c) => `'${c.name}'`);
    setFailed(
      `${failed.length} of ${report.cases.length} cases failed: ${failed.join(", ")}; see the job summary`
    );
  }
}
async function maskAccount(inputs) {
  if (inputs.cloud === "local" && inputs.endpointUrl === void 0) {
    maskAccountId(LOCAL_ACCOUNT);
    return;
  }
  try {
    maskAccountId(await callerAccount(inputs.region, inputs.endpointUrl));
  } catch (err) {
    warning(
      `mask-aws-account-id: could not ask STS for the account (${errorMessage(err)}); it is masked once the function ARN is known`
    );
  }
}
async function publish(report, inputs, workspace, temp) {
  if (inputs.maskAwsAccountId) maskAccountId(accountOf(report.functionArn));
  const reportFile = path2.join(temp, "report.json");
  await writeJsonReport(report, reportFile);
  setOutput("passed", String(report.passed));
  setOutput("report", reportFile);
  setOutput("summary", JSON.stringify(caseCounts(report)));
  setOutput("function-arn", report.functionArn);
  info(
    `${report.totals.passed} of ${report.totals.cases} cases passed; ${report.totals.received} of ${report.totals.invocations} records received; report at ${reportFile}`
  );
  annotateFailures(report, inputs.spec, workspace);
  await publishMarkdown(renderMarkdown(report, { service: serviceLabel(inputs) }), inputs);
}
function caseCounts(report) {
  return report.cases.map((c) => ({
    name: c.name,
    function: c.function,
    passed: c.passed,
    invocations: c.invocations,
    received: c.received,
    missing: c.missing,
    wrongDestination: c.wrongDestination,
    duplicates: c.duplicates
  }));
}
export {
  caseCounts,
  verifyService
};
//# sourceMappingURL=verifyService-ZBDG7D76.js.map
