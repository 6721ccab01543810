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
} from "./chunk-5KYZPTDY.js";
import "./chunk-OFLNYOCQ.js";
import "./chunk-TZP22VI7.js";
import "./chunk-Y2HC2F4A.js";
import "./chunk-FCNQMBVU.js";
import "./chunk-OLI24OAJ.js";
import "./chunk-334X77EK.js";
import "./chunk-LENEVVKC.js";
import "./chunk-LRV6FAAJ.js";
import "./chunk-O42ZGRJR.js";
import "./chunk-6OW42344.js";
import "./chunk-MIQPKJMI.js";
import "./chunk-CYGP63FV.js";
import "./chunk-HYOXK3YQ.js";
import "./chunk-OPEFMYYD.js";
import "./chunk-Y6V7PXTC.js";
import "./chunk-SF4A7HZF.js";
import "./chunk-BRBA4B7W.js";
import "./chunk-4NZOGS53.js";
import "./chunk-BDJLQ6TI.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-BXQAI5R4.js";
import "./chunk-JMQYVHQO.js";
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
//# sourceMappingURL=post.js.map
