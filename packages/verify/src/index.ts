// @destinations-action/verify: prove Lambda destinations deliver, on AWS or on the local cloud. The
// GitHub Action is a thin adapter over these exports; keep them stable.

export { destinationType, parseArn } from './arn.js';
export { type DeployTarget, runServerless } from './deploy.js';
export { type DoctorOptions, doctor } from './doctor.js';
export { DEFAULT_TIME_SCALE, e2e } from './e2e.js';
export { ConfigError, SpecError, type SpecIssue } from './errors.js';
export { writeJsonReport, writeMarkdownReport } from './report/json.js';
export { renderMarkdown } from './report/markdown.js';
export { renderTable } from './report/table.js';
export { loadSpec, parseSpec, SPEC_SCHEMA } from './spec/load.js';
export { cleanupTaps, readTapState, type TapResource, type TapState } from './tap/state.js';
export type * from './types.js';
export { verify } from './verify.js';
export { VERSION } from './version.js';

import type { Report } from './types.js';

/** The CLI's exit code for a report: 0 all passed, 1 a case failed. (2 is for ConfigError.) */
export function exitCodeOf(report: Report): 0 | 1 {
  return report.passed ? 0 : 1;
}
