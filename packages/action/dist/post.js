import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  removeServerless
} from "./chunk-ZZGC3E3J.js";
import "./chunk-DGL6V532.js";
import {
  cleanupTaps,
  group,
  info,
  loadRun,
  maskCredentials,
  setFailed,
  warning
} from "./chunk-UZLVJ7SP.js";
import "./chunk-XSXZYYAN.js";
import "./chunk-TP7MG2KS.js";
import "./chunk-WMXKELRN.js";
import "./chunk-SOOXIODJ.js";
import "./chunk-YL2NB2ZG.js";
import "./chunk-O7GQEJVF.js";
import "./chunk-OVRXPEJS.js";
import "./chunk-PJKH72HI.js";
import "./chunk-QL5DKQCF.js";

// src/cleanup.ts
import { existsSync } from "node:fs";

// src/removeStage.ts
import { spawn } from "node:child_process";
async function removeStage(target) {
  if (target.cloud === "local") {
    await removeServerless({
      serviceDir: target.serviceDir,
      stage: target.stage,
      region: target.region,
      endpoint: target.endpoint
    });
    return;
  }
  const [bin, ...pre] = target.serverlessCommand.split(/\s+/).filter(Boolean);
  const args = [...pre, "remove", "--stage", target.stage, "--region", target.region];
  await new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: target.serviceDir,
      stdio: ["ignore", "inherit", "inherit"],
      env: target.endpoint ? { ...process.env, AWS_ENDPOINT_URL: target.endpoint } : process.env
    });
    child.on("error", (err) => reject(new Error(`cannot run '${target.serverlessCommand}': ${err.message}`)));
    child.on(
      "exit",
      (code, signal) => code === 0 ? resolve() : reject(new Error(`'${bin} remove' failed (${signal ?? `exit ${code}`})`))
    );
  });
}

// src/cleanup.ts
async function cleanup() {
  maskCredentials();
  const { run, settled } = loadRun();
  if (!run) {
    info("Nothing to clean up: the main step stopped before it started the verifier.");
    return;
  }
  try {
    if (existsSync(run.tapsFile)) {
      const problems = await group("remove temporary taps", () => cleanupTaps(run.tapsFile));
      for (const problem of problems) warning(`Temporary tap left behind: ${problem}`);
    }
  } catch (err) {
    warning(`Could not remove every temporary tap: ${err instanceof Error ? err.message : err}`);
  }
  const inProcess = run.cloud === "local" && run.endpoint === void 0;
  if (settled || !run.deploy || !run.remove || inProcess) return;
  try {
    await group(
      `remove stage ${run.stage}`,
      () => removeStage({
        serviceDir: run.serviceDir,
        stage: run.stage,
        region: run.region,
        cloud: run.cloud,
        endpoint: run.endpoint,
        serverlessCommand: run.serverlessCommand
      })
    );
  } catch (err) {
    setFailed(`Could not remove stage ${run.stage}: ${err instanceof Error ? err.message : err}`);
  }
}

// src/post.ts
await cleanup();
