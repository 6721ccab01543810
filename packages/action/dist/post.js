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
} from "./chunk-R2EACAYI.js";
import "./chunk-NGVIMTVN.js";
import "./chunk-TZP22VI7.js";
import "./chunk-CJBTALQO.js";
import "./chunk-ODDHJKCU.js";
import "./chunk-SSFORZW2.js";
import "./chunk-UTC7KQF4.js";
import "./chunk-HUTXNMML.js";
import "./chunk-3UW5BZYA.js";
import "./chunk-W5YIZJ3Z.js";
import "./chunk-VS4WBRXH.js";
import "./chunk-ZXIO5N3V.js";
import "./chunk-QM56YZ3N.js";
import "./chunk-JQCVDBRG.js";
import "./chunk-IJRIUNK3.js";
import "./chunk-HYOXK3YQ.js";
import "./chunk-OPEFMYYD.js";
import "./chunk-KDB45KAP.js";
import "./chunk-SF4A7HZF.js";
import "./chunk-353QEBLS.js";
import "./chunk-5ULBMXNG.js";
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
