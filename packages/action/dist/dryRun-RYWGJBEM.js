import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  annotateSpecIssues,
  deriveStage,
  publishMarkdown,
  serviceLabel
} from "./chunk-X7P3CRYR.js";
import {
  doctor,
  renderDoctorMarkdown
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
import "./chunk-ZCU42W35.js";
import {
  context
} from "./chunk-ZBGVXTWK.js";
import {
  SpecError
} from "./chunk-WIJUVMI5.js";
import "./chunk-TZP22VI7.js";
import {
  error,
  group,
  info,
  setFailed,
  setOutput,
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

// src/dryRun.ts
async function dryRun(inputs, workspace) {
  const stage = inputs.stage ?? deriveStage(context);
  setOutput("stage", stage);
  const problems = await group(
    "doctor",
    () => doctor({
      serviceDir: inputs.workingDirectory,
      spec: inputs.spec,
      stage,
      region: inputs.region,
      cloud: inputs.cloud,
      endpoint: inputs.endpointUrl
    })
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
//# sourceMappingURL=dryRun-RYWGJBEM.js.map
