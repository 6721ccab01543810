// The CLI's exit code for a report. (2 is for ConfigError, before there is a report.)
import type { Report } from './types.js';

/** 0 all passed; 1 a case failed, or the stage e2e deployed could not be removed. */
export function exitCodeOf(report: Report): 0 | 1 {
  return report.passed && !report.deployment?.removeError ? 0 : 1;
}
