import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  cleanupTaps,
  group,
  info,
  loadRun,
  maskCredentials,
  readRunState,
  removeRecordedStage,
  setFailed,
  warning
} from "./chunk-QEDJG5ZM.js";
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
      for (const problem of problems) warning(`Temporary tap left behind: ${problem}`);
    }
  } catch (err) {
    warning(`Could not remove every temporary tap: ${err instanceof Error ? err.message : err}`);
  }
  const inProcess = run.cloud === "local" && run.endpoint === void 0;
  if (!run.remove || inProcess) return;
  try {
    const left = existsSync(run.tapsFile) ? readRunState(run.tapsFile)?.stage : void 0;
    if (!left || left.removed) return;
    await group(`remove stage ${run.stage}`, () => removeRecordedStage(run.tapsFile));
  } catch (err) {
    setFailed(`Could not remove stage ${run.stage}: ${err instanceof Error ? err.message : err}`);
  }
}

// src/post.ts
await cleanup();
