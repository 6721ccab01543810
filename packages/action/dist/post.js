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
} from "./chunk-ZYIF7FT6.js";
import "./chunk-7TM3RPMO.js";
import "./chunk-WA2KBYDV.js";
import "./chunk-ATWEOBVI.js";
import "./chunk-DYN64FB4.js";
import "./chunk-APPDZLP7.js";
import "./chunk-4GYIVAOB.js";
import "./chunk-VZJYUGPX.js";
import "./chunk-USKHDH5L.js";
import "./chunk-ICFWPHZT.js";
import "./chunk-5UABYKYS.js";
import "./chunk-ZGHTCLCK.js";
import "./chunk-TXLY2R7U.js";
import "./chunk-L5RRZF5F.js";
import "./chunk-MOH3A3KK.js";
import "./chunk-L5RTCSRA.js";
import "./chunk-CD3RXBJC.js";
import "./chunk-3JE6MROH.js";
import "./chunk-GFD54S3Z.js";

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
