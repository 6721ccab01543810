import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  removeServerless
} from "./chunk-SGCE34PK.js";
import "./chunk-TROHKFFJ.js";
import {
  cleanupTaps,
  group,
  info,
  loadRun,
  maskCredentials,
  setFailed,
  warning
} from "./chunk-6J56KMNE.js";
import "./chunk-6MTU6LJB.js";
import "./chunk-AJMOILI3.js";
import "./chunk-VKEXHC6Y.js";
import "./chunk-MWQZNI3F.js";
import "./chunk-SZSWPAUX.js";
import "./chunk-FAPAOJ5U.js";
import "./chunk-V3FPIPZU.js";
import "./chunk-7GEBJH6Z.js";
import "./chunk-YU3GZCTO.js";
import "./chunk-FKI3HYIB.js";
import "./chunk-2SNUN3UF.js";
import "./chunk-4DVMR5TW.js";
import "./chunk-Y233AATY.js";
import "./chunk-3LM7QGB6.js";
import "./chunk-LLGAGLA7.js";
import "./chunk-ZUAEK74L.js";
import "./chunk-I5IRQRV3.js";

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
