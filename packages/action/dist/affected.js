import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  context
} from "./chunk-ZBGVXTWK.js";
import {
  affectedServices
} from "./chunk-VRT7EDPR.js";
import "./chunk-TZP22VI7.js";
import {
  getInput,
  info,
  setFailed,
  setOutput
} from "./chunk-EAHQAXU2.js";
import "./chunk-DBFYPCXS.js";

// src/matrix.ts
import path from "node:path";
async function run() {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  try {
    const dir = path.resolve(workspace, getInput("working-directory") || ".");
    const base = getInput("base") || context.payload.pull_request?.base?.sha || void 0;
    const head = getInput("head") || void 0;
    if (head && !base)
      throw new Error(`Input 'head' needs 'base' outside a pull request: the change from which commit?`);
    const found = await affectedServices({ workspace: dir, base, head, all: base === void 0 });
    const fromRoot = (p) => path.relative(workspace, path.join(dir, p)).split(path.sep).join("/") || ".";
    const services = found.map((s) => ({ ...s, service: fromRoot(s.service), needs: s.needs.map(fromRoot) }));
    info(
      `${base ? `Services the change from ${base} affects` : "Every service (no base to compare with)"}: ` + (services.map((s) => s.service).join(", ") || "none")
    );
    setOutput("services", JSON.stringify(services));
  } catch (err) {
    setFailed(err instanceof Error ? err.message : String(err));
  }
}

// src/affected.ts
await run();
//# sourceMappingURL=affected.js.map
