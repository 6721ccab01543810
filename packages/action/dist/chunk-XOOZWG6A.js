import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  getState,
  saveState
} from "./chunk-EAHQAXU2.js";

// src/state.ts
var RUN = "run";
function saveRun(state) {
  saveState(RUN, JSON.stringify(state));
}
function loadRun() {
  const text = getState(RUN);
  try {
    return text ? JSON.parse(text) : void 0;
  } catch {
    return void 0;
  }
}

export {
  saveRun,
  loadRun
};
//# sourceMappingURL=chunk-XOOZWG6A.js.map
