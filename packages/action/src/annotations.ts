// Failures as annotations on the spec file: each failed case on its line, each spec problem on its own.
import path from 'node:path';
import * as core from '@actions/core';
import type { CaseResult, Report, SpecIssue } from '@destinations-action/verify';
import { caseLines } from './caseLines.js';

/** A path as annotations want it: relative to the repository, with forward slashes. */
export function repoPath(file: string, workspace: string): string {
  return path.relative(workspace, file).split(path.sep).join('/');
}

/** One error annotation per failed case, on the line where the case starts in the spec. */
export function annotateFailures(report: Report, specFile: string, workspace: string): number {
  const lines = caseLines(specFile);
  const file = repoPath(specFile, workspace);
  const failed = report.cases.filter((c) => !c.passed);
  for (const result of failed) {
    core.error(describeFailure(result), {
      title: `destinations: case '${result.name}' failed`,
      file,
      startLine: lines.get(result.name) ?? 1,
    });
  }
  return failed.length;
}

/** What went wrong with a case, in a few lines: the counts, then each distinct failure and its cause. */
export function describeFailure(result: CaseResult): string {
  const out = [
    `${result.received} of ${result.invocations} invocations reached ${result.expected.destination}` +
      (result.missing ? `; ${result.missing} missing` : '') +
      (result.wrongDestination ? `; ${result.wrongDestination} at the wrong destination` : ''),
  ];
  const seen = new Set<string>();
  for (const failure of result.failures) {
    const line = failure.cause ? `${failure.message} (likely cause: ${failure.cause})` : failure.message;
    if (!seen.has(line)) out.push(line);
    seen.add(line);
  }
  return out.join('\n');
}

/** One error annotation per problem of a spec that did not load. */
export function annotateSpecIssues(issues: SpecIssue[], specFile: string, workspace: string): void {
  const file = repoPath(specFile, workspace);
  for (const issue of issues) {
    core.error(issue.field ? `${issue.field}: ${issue.message}` : issue.message, {
      title: 'destinations: invalid spec',
      file,
      startLine: issue.line,
      startColumn: issue.column,
    });
  }
}
