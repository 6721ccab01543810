import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  errorMessage
} from "./chunk-QQWOVIAR.js";
import {
  context,
  getOctokit
} from "./chunk-ZBGVXTWK.js";
import {
  require_dist
} from "./chunk-TZP22VI7.js";
import {
  error,
  info,
  summary,
  warning
} from "./chunk-EAHQAXU2.js";
import {
  __toESM
} from "./chunk-DBFYPCXS.js";

// src/annotations.ts
import path from "node:path";

// src/caseLines.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
function caseLines(specFile) {
  const lines = /* @__PURE__ */ new Map();
  let text;
  try {
    text = readFileSync(specFile, "utf8");
  } catch {
    return lines;
  }
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter });
  const collect = (owner) => {
    if (!(0, import_yaml.isMap)(owner)) return;
    const cases = owner.get("cases", true);
    if (!(0, import_yaml.isSeq)(cases)) return;
    for (const item of cases.items) {
      if (!(0, import_yaml.isMap)(item)) continue;
      const name = item.get("name");
      const offset = item.range?.[0];
      if (typeof name === "string" && offset !== void 0 && !lines.has(name)) {
        lines.set(name, counter.linePos(offset).line);
      }
    }
  };
  collect(doc.contents);
  const functions = (0, import_yaml.isMap)(doc.contents) ? doc.contents.get("functions", true) : void 0;
  if ((0, import_yaml.isSeq)(functions)) for (const fn of functions.items) collect(fn);
  return lines;
}

// src/annotations.ts
function repoPath(file, workspace) {
  return path.relative(workspace, file).split(path.sep).join("/");
}
function annotateFailures(report, specFile, workspace) {
  const lines = caseLines(specFile);
  const file = repoPath(specFile, workspace);
  const failed = report.cases.filter((c) => !c.passed);
  for (const result of failed) {
    error(describeFailure(result), {
      title: `destinations: case '${result.name}' failed`,
      file,
      startLine: lines.get(result.name) ?? 1
    });
  }
  return failed.length;
}
function describeFailure(result) {
  const out = [
    `${result.received} of ${result.invocations} invocations reached ${result.expected.destination}` + (result.missing ? `; ${result.missing} missing` : "") + (result.wrongDestination ? `; ${result.wrongDestination} at the wrong destination` : "")
  ];
  const seen = /* @__PURE__ */ new Set();
  for (const failure of result.failures) {
    const line = failure.cause ? `${failure.message} (likely cause: ${failure.cause})` : failure.message;
    if (!seen.has(line)) out.push(line);
    seen.add(line);
  }
  return out.join("\n");
}
function annotateSpecIssues(issues, specFile, workspace) {
  const file = repoPath(specFile, workspace);
  for (const issue of issues) {
    error(issue.field ? `${issue.field}: ${issue.message}` : issue.message, {
      title: "destinations: invalid spec",
      file,
      startLine: issue.line,
      startColumn: issue.column
    });
  }
}

// src/comment.ts
var LEGACY_MARKER = "<!-- destinations-action -->";
function markerFor(key) {
  const safe = encodeURIComponent(key).replaceAll("%2F", "/").replaceAll("--", "-%2D");
  return `<!-- destinations-action: ${safe} -->`;
}
async function upsertComment(octokit, pr, key, markdown) {
  const marker = markerFor(key);
  const body = `${marker}
${markdown}`;
  const where = { owner: pr.owner, repo: pr.repo };
  const existing = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: pr.number,
    per_page: 100
  });
  const firstLine = (c) => c.body?.split("\n", 1)[0];
  const ours = existing.find((c) => firstLine(c) === marker) ?? existing.find((c) => firstLine(c) === LEGACY_MARKER);
  if (ours) {
    await octokit.rest.issues.updateComment({ ...where, comment_id: ours.id, body });
    return "updated";
  }
  await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
  return "created";
}

// src/publish.ts
async function publishMarkdown(markdown, inputs) {
  try {
    await summary.addRaw(markdown, true).write();
  } catch (err) {
    warning(`No job summary written: ${errorMessage(err)}`);
  }
  const pr = context.payload.pull_request?.number;
  if (inputs.githubToken && pr !== void 0) {
    try {
      const done = await upsertComment(
        getOctokit(inputs.githubToken),
        { ...context.repo, number: pr },
        inputs.commentKey,
        markdown
      );
      info(`pull request #${pr}: report comment for ${inputs.commentKey} ${done}`);
    } catch (err) {
      warning(`Could not comment on pull request #${pr}: ${errorMessage(err)}`);
    }
  }
}
function serviceLabel(inputs) {
  return inputs.commentKey === "." ? void 0 : inputs.commentKey;
}

// src/stage.ts
function deriveStage(context2) {
  const pr = context2.payload.pull_request?.number;
  return pr === void 0 ? `gh${context2.runId}` : `pr${pr}`;
}

export {
  annotateFailures,
  annotateSpecIssues,
  publishMarkdown,
  serviceLabel,
  deriveStage
};
//# sourceMappingURL=chunk-EUF74HGQ.js.map
