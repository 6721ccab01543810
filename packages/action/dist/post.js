import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  removeServerless
} from "./chunk-J3WJTRZH.js";
import "./chunk-JTTTAMX2.js";
import {
  cleanupTaps,
  group,
  info,
  loadRun,
  maskCredentials,
  runServerless,
  setFailed,
  warning
} from "./chunk-54TEC4CV.js";
import "./chunk-AWUG36E7.js";
import "./chunk-LXMC4KRI.js";
import "./chunk-45UFZPRD.js";
import "./chunk-YUDFTSBI.js";
import "./chunk-7FLPMKBZ.js";
import "./chunk-ARFPCMVT.js";
import "./chunk-XCAJKSQ3.js";
import "./chunk-2XL7TDV6.js";
import "./chunk-5UABYKYS.js";
import "./chunk-ZBEUYKAL.js";
import "./chunk-7JRLJB4D.js";
import "./chunk-L5RRZF5F.js";
import "./chunk-3CVRIYYD.js";
import "./chunk-MGKNGR5I.js";
import "./chunk-5ZKCO65P.js";
import "./chunk-3JE6MROH.js";
import "./chunk-MVGRCA6P.js";

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
//# sourceMappingURL=post.js.map
