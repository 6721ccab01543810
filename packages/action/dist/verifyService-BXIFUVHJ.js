import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  annotateFailures,
  annotateSpecIssues,
  deriveStage,
  publishMarkdown,
  serviceLabel
} from "./chunk-X7P3CRYR.js";
import {
  GetCallerIdentityCommand,
  STSClient
} from "./chunk-ETP5Q4GV.js";
import {
  saveRun
} from "./chunk-XOOZWG6A.js";
import {
  e2e,
  renderMarkdown,
  writeJsonReport
} from "./chunk-XR2ARYCO.js";
import "./chunk-KGK6EPNR.js";
import "./chunk-HP2NSCGW.js";
import "./chunk-CEYHV3SW.js";
import "./chunk-MJZH5OTB.js";
import "./chunk-O5OYDHOI.js";
import "./chunk-XHICJTCP.js";
import "./chunk-5NIXFRJP.js";
import "./chunk-3UW5BZYA.js";
import "./chunk-IUBNBG5Z.js";
import "./chunk-4BRBRDEK.js";
import "./chunk-QM56YZ3N.js";
import "./chunk-HSRD3E5J.js";
import "./chunk-IJRIUNK3.js";
import "./chunk-BDJLQ6TI.js";
import {
  accountOf,
  maskAccountId
} from "./chunk-I27KDBHA.js";
import "./chunk-ZCU42W35.js";
import {
  context
} from "./chunk-ZBGVXTWK.js";
import {
  SpecError
} from "./chunk-WIJUVMI5.js";
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
import "./chunk-HYOXK3YQ.js";
import "./chunk-OPEFMYYD.js";
import "./chunk-BGBLYV55.js";
import "./chunk-SF4A7HZF.js";
import "./chunk-VGA326HN.js";
import "./chunk-5ULBMXNG.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-4NZOGS53.js";
import "./chunk-BXQAI5R4.js";
import "./chunk-JMQYVHQO.js";
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
      info(`[${(event.elapsedMs / 1e3).toFixed(1)} s] ${event.message}`);
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
    report = await e2e({
      serviceDir: inputs.workingDirectory,
      spec: inputs.spec,
      needs: inputs.needs,
      stage,
      region: inputs.region,
      cloud: inputs.cloud,
      endpoint: inputs.endpointUrl,
      deploy: inputs.deploy,
      // An in-process local cloud ends with the step; removing its stage first costs little and is tidy.
      remove: inputs.remove || inProcess,
      serverlessCommand: serverlessCommand(inputs.workingDirectory, workspace, inputs.serverlessCommand),
      timeoutSeconds: inputs.timeoutSeconds,
      failOnDuplicates: inputs.failOnDuplicates,
      strict: inputs.strict,
      stateFile: tapsFile,
      onProgress: progress.onProgress
    });
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
      `mask-aws-account-id: could not ask STS for the account (${err instanceof Error ? err.message : err}); it is masked once the function ARN is known`
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
//# sourceMappingURL=verifyService-BXIFUVHJ.js.map
