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
} from "./chunk-PKLJKTTX.js";
import "./chunk-IZ6AAMUN.js";
import "./chunk-XCAJKSQ3.js";
import "./chunk-P5JCW2CP.js";
import "./chunk-D6TGKWEP.js";
import "./chunk-EQU5NL7Q.js";
import "./chunk-JHSR5MPG.js";
import "./chunk-E6JTXTBQ.js";
import "./chunk-SMGU4NQ2.js";
import "./chunk-RXP5WBNN.js";
import "./chunk-7HSEEZGG.js";
import "./chunk-DNW7OUT4.js";
import "./chunk-37TVGMJJ.js";
import "./chunk-HYOXK3YQ.js";
import "./chunk-OPEFMYYD.js";
import "./chunk-Y6V7PXTC.js";
import "./chunk-I2J5YOOQ.js";
import "./chunk-BRBA4B7W.js";
import "./chunk-4NZOGS53.js";
import "./chunk-A7CD2ZHA.js";
import "./chunk-Z7AS5MZG.js";
import "./chunk-SWHUK2SU.js";
import "./chunk-JMQYVHQO.js";
import "./chunk-CPE75FZ3.js";
import "./chunk-MVGRCA6P.js";

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
