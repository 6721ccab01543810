// The verifier's own errors: bad input or configuration (exit code 2), kept apart from failed cases.
import type { Problem } from './types.js';

/** The spec, the options or the deployed function are not usable as given. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The preflight found definite errors: nothing fired could reach its destination, so nothing is fired. */
export class PreflightError extends ConfigError {
  override name = 'PreflightError';
  constructor(readonly problems: Problem[]) {
    super(
      `stopped before firing: ${problems.length === 1 ? problems[0].message : problems.map((p) => `\n  ${p.message}`).join('')}`,
    );
  }
}

/**
 * The run could not finish for a cause outside the cases: the cloud stopped answering, a destination was
 * deleted while it was read. Not a verdict on the cases (exit 1, the message naming the cause).
 */
export class RunStopped extends Error {
  override name = 'RunStopped';
}

export interface SpecIssue {
  file: string;
  line: number;
  column: number;
  /** The field as a path, e.g. `cases[0].expect.destination`. */
  field: string;
  message: string;
}

/** A destinations.yml that does not parse or does not match the schema: every issue with its line. */
export class SpecError extends ConfigError {
  override name = 'SpecError';
  readonly issues: SpecIssue[];

  constructor(issues: SpecIssue[]) {
    super(
      issues
        .map((i) => `${i.file}:${i.line}:${i.column}: ${i.field ? `${i.field}: ` : ''}${i.message}`)
        .join('\n'),
    );
    this.issues = issues;
  }
}
