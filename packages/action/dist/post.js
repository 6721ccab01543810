import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  removeServerless
} from "./chunk-MDOTTGK6.js";
import "./chunk-TROHKFFJ.js";
import {
  cleanupTaps,
  group,
  info,
  loadRun,
  maskCredentials,
  runServerless,
  setFailed,
  warning
} from "./chunk-YGCQSS6L.js";
import "./chunk-FONULYFD.js";
import "./chunk-3GK5KZJM.js";
import "./chunk-4Q42BPZU.js";
import "./chunk-OD6ZT3XK.js";
import "./chunk-XVDQTYOP.js";
import "./chunk-ESLOOF7J.js";
import "./chunk-V3FPIPZU.js";
import "./chunk-ZJYFBD46.js";
import "./chunk-YU3GZCTO.js";
import "./chunk-FKI3HYIB.js";
import "./chunk-5BIBIHRH.js";
import "./chunk-4DVMR5TW.js";
import "./chunk-Y233AATY.js";
import "./chunk-3LM7QGB6.js";
import "./chunk-LLGAGLA7.js";
import "./chunk-ZUAEK74L.js";
import "./chunk-I5IRQRV3.js";

// src/cleanup.ts
import { existsSync } from "node:fs";

// src/removeStage.ts
async function removeStage(target) {
  if (target.cloud === "local") {
    await removeServerless({
      serviceDir: target.serviceDir,
      stage: target.stage,
      region: target.region,
      endpoint: target.endpoint,
      // As the verifier's own removal: a bucket that received failure records is not empty.
      emptyBuckets: true
    });
    return;
  }
  await runServerless("remove", target);
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
