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
  maskCredentials
} from "./chunk-I27KDBHA.js";
import "./chunk-ZCU42W35.js";
import "./chunk-WIJUVMI5.js";
import "./chunk-TZP22VI7.js";
import {
  group,
  info,
  setFailed,
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
    const state = existsSync(run.tapsFile) ? readRunState(run.tapsFile) : void 0;
    if (!state || leftDeployed(state).length === 0) return;
    await group(`remove stage ${run.stage}`, () => removeRecordedStage(run.tapsFile));
  } catch (err) {
    setFailed(`Could not remove stage ${run.stage}: ${err instanceof Error ? err.message : err}`);
  }
}

// src/post.ts
await cleanup();
//# sourceMappingURL=post.js.map
