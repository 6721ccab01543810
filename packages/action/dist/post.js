import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  loadRun
} from "./chunk-XOOZWG6A.js";
import {
  cleanupTaps,
  leftDeployed,
  readRunState,
  removeRecordedStage
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
  errorMessage,
  maskCredentials,
  redact
} from "./chunk-QQWOVIAR.js";
import "./chunk-6OP734ML.js";
import "./chunk-VRT7EDPR.js";
import "./chunk-TZP22VI7.js";
import {
  group,
  info,
  setFailed,
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

// src/cleanup.ts
import { existsSync } from "node:fs";
async function cleanup() {
  maskCredentials();
  const run = loadRun();
  if (!run) {
    info("Nothing to clean up: the main step stopped before it started the verifier.");
    return;
  }
  try {
    if (existsSync(run.tapsFile)) {
      const problems = await group("remove temporary taps", () => cleanupTaps(run.tapsFile));
      for (const problem of problems) warning(`Temporary tap left behind: ${redact(problem)}`);
    }
  } catch (err) {
    warning(`Could not remove every temporary tap: ${errorMessage(err)}`);
  }
  const inProcess = run.cloud === "local" && run.endpoint === void 0;
  if (!run.remove || inProcess) return;
  try {
    const state = existsSync(run.tapsFile) ? readRunState(run.tapsFile) : void 0;
    if (!state || leftDeployed(state).length === 0) return;
    await group(`remove stage ${run.stage}`, () => removeRecordedStage(run.tapsFile));
  } catch (err) {
    setFailed(`Could not remove stage ${run.stage}: ${errorMessage(err)}`);
  }
}

// src/post.ts
await cleanup();
//# sourceMappingURL=post.js.map
