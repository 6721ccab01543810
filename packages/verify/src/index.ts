// @destinations-action/verify: prove Lambda destinations deliver, on AWS or on the local cloud. The
// GitHub Action is a thin adapter over these exports, and the main job a thin script; keep them stable.

export {
  CommandError,
  commandExists,
  deployStage,
  isStageName,
  removeStage,
  STAGE_RULE,
  type StageDeployed,
  type StageTarget,
} from '@destinations-action/deploy';
export { type AffectedOptions, type AffectedService, affectedServices } from './affected.js';
export { destinationType, parseArn } from './arn.js';
export { type DoctorOptions, doctor } from './doctor.js';
export { DEFAULT_TIME_SCALE, e2e } from './e2e.js';
export { ConfigError, PreflightError, RunStopped, SpecError, type SpecIssue } from './errors.js';
export { exitCodeOf } from './exitCode.js';
export { type DoctorAbout, renderDoctorMarkdown } from './report/doctor.js';
export { writeJsonReport, writeMarkdownReport } from './report/json.js';
export { type MarkdownOptions, renderMarkdown } from './report/markdown.js';
export { renderSuite } from './report/suite.js';
export { renderTable } from './report/table.js';
export { loadSpec, parseSpec, SPEC_SCHEMA } from './spec/load.js';
export { leftDeployed, removeRecordedStage } from './stage.js';
export { type RunState, readRunState, type StageRecord, type TapResource } from './state.js';
export { runSuite } from './suite/run.js';
export type * from './suite/types.js';
export { cleanupTaps } from './tap/cleanup.js';
export type * from './types.js';
export { verify } from './verify.js';
export { VERSION } from './version.js';
