import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  annotateSpecIssues,
  deriveStage,
  publishMarkdown,
  serviceLabel
} from "./chunk-EUF74HGQ.js";
import {
  doctor,
  renderDoctorMarkdown
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
  redactAll
} from "./chunk-QQWOVIAR.js";
import "./chunk-6OP734ML.js";
import {
  context
} from "./chunk-ZBGVXTWK.js";
import {
  SpecError
} from "./chunk-VRT7EDPR.js";
import "./chunk-TZP22VI7.js";
import {
  error,
  group,
  info,
  setFailed,
  setOutput,
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

// src/dryRun.ts
async function dryRun(inputs, workspace) {
  const stage = inputs.stage ?? deriveStage(context);
  setOutput("stage", stage);
  const problems = await group(
    "doctor",
    async () => redactAll(
      await doctor({
        serviceDir: inputs.workingDirectory,
        spec: inputs.spec,
        stage,
        region: inputs.region,
        cloud: inputs.cloud,
        endpoint: inputs.endpointUrl
      })
    )
  ).catch((err) => {
    if (err instanceof SpecError) annotateSpecIssues(err.issues, inputs.spec, workspace);
    throw err;
  });
  for (const p of problems) {
    if (p.level === "error") error(p.message, { title: `destinations: ${p.check}` });
    else if (p.level === "warning") warning(p.message, { title: `destinations: ${p.check}` });
    else if (p.level !== "ok") info(`${p.level}: ${p.message}`);
  }
  const errors = problems.filter((p) => p.level === "error");
  setOutput("passed", String(errors.length === 0));
  setOutput("problems", JSON.stringify(problems));
  await publishMarkdown(
    renderDoctorMarkdown(problems, {
      service: serviceLabel(inputs),
      stage,
      region: inputs.region,
      cloud: inputs.cloud
    }),
    inputs
  );
  if (errors.length)
    setFailed(
      `dry run: ${errors.length} ${errors.length === 1 ? "error" : "errors"} found: ${errors.map((p) => p.message).join("; ")}`
    );
}
export {
  dryRun
};
//# sourceMappingURL=dryRun-PLX255QT.js.map
