// The verification: the inputs to the verifier (deploy, fire, collect, judge, remove), then the outputs,
// the annotations, the job summary and the pull-request comment.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { e2e, type Report, renderMarkdown, SpecError, writeJsonReport } from '@destinations-action/verify';
import { callerAccount } from './account.js';
import { annotateFailures, annotateSpecIssues } from './annotations.js';
import type { ActionInputs } from './inputs.js';
import { progressLog } from './progress.js';
import { publishMarkdown, serviceLabel } from './publish.js';
import { accountOf, errorMessage, maskAccountId, redactAll } from './secrets.js';
import { serverlessCommand } from './serverless.js';
import { deriveStage } from './stage.js';
import { saveRun } from './state.js';

/** The local cloud's one account, which STS would answer with. */
const LOCAL_ACCOUNT = '000000000000';

export async function verifyService(inputs: ActionInputs, workspace: string): Promise<void> {
  const stage = inputs.stage ?? deriveStage(github.context);
  core.setOutput('stage', stage);
  if (inputs.maskAwsAccountId) await maskAccount(inputs);

  const temp = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'destinations-action', randomUUID());
  mkdirSync(temp, { recursive: true });
  const tapsFile = path.join(temp, 'taps.json');
  const inProcess = inputs.cloud === 'local' && inputs.endpointUrl === undefined;
  // The verifier records in tapsFile what it deployed and removed; the post step reads it from there.
  saveRun({ stage, cloud: inputs.cloud, endpoint: inputs.endpointUrl, remove: inputs.remove, tapsFile });

  const progress = progressLog();
  let report: Report;
  try {
    // Whatever a service echoed into the report (an error quoting signed headers) is published without credentials.
    report = redactAll(
      await e2e({
        serviceDir: inputs.workingDirectory,
        spec: inputs.spec,
        needs: inputs.needs,
        stage,
        region: inputs.region,
        cloud: inputs.cloud,
        endpoint: inputs.endpointUrl,
        endpointSource: "Input 'endpoint-url'",
        deploy: inputs.deploy,
        // An in-process local cloud ends with the step; removing its stage first costs little and is tidy.
        remove: inputs.remove || inProcess,
        serverlessCommand: serverlessCommand(inputs.workingDirectory, workspace, inputs.serverlessCommand),
        serverlessSource: inputs.serverlessCommand
          ? "Input 'serverless-command'"
          : 'the default serverless-command (no node_modules/.bin/serverless in the service or above it)',
        timeoutSeconds: inputs.timeoutSeconds,
        failOnDuplicates: inputs.failOnDuplicates,
        strict: inputs.strict,
        stateFile: tapsFile,
        onProgress: progress.onProgress,
      }),
    );
  } catch (err) {
    if (err instanceof SpecError) annotateSpecIssues(err.issues, inputs.spec, workspace);
    throw err;
  } finally {
    progress.end();
  }
  // What the local cloud did not emulate: a warning each, beside the job summary's list.
  for (const p of report.placeholders ?? [])
    core.warning(`${p.logicalId}: ${p.reason}`, { title: `Not emulated: ${p.type}` });
  const removeError = report.deployment?.removeError;
  if (removeError)
    core.warning(
      `Could not remove stage ${stage}: ${removeError}${inProcess ? '' : '; the post step tries again'}`,
    );

  await core.group('report', () => publish(report, inputs, workspace, temp));
  if (!report.passed) {
    const failed = report.cases.filter((c) => !c.passed).map((c) => `'${c.name}'`);
    core.setFailed(
      `${failed.length} of ${report.cases.length} cases failed: ${failed.join(', ')}; see the job summary`,
    );
  }
}

async function maskAccount(inputs: ActionInputs): Promise<void> {
  if (inputs.cloud === 'local' && inputs.endpointUrl === undefined) {
    maskAccountId(LOCAL_ACCOUNT);
    return;
  }
  try {
    maskAccountId(await callerAccount(inputs.region, inputs.endpointUrl));
  } catch (err) {
    core.warning(
      `mask-aws-account-id: could not ask STS for the account (${errorMessage(err)}); it is masked once the function ARN is known`,
    );
  }
}

/** Outputs, report file, annotations, job summary and PR comment. */
async function publish(report: Report, inputs: ActionInputs, workspace: string, temp: string): Promise<void> {
  if (inputs.maskAwsAccountId) maskAccountId(accountOf(report.functionArn));
  const reportFile = path.join(temp, 'report.json');
  await writeJsonReport(report, reportFile);
  core.setOutput('passed', String(report.passed));
  core.setOutput('report', reportFile);
  core.setOutput('summary', JSON.stringify(caseCounts(report)));
  core.setOutput('function-arn', report.functionArn);
  core.info(
    `${report.totals.passed} of ${report.totals.cases} cases passed; ${report.totals.received} of ${report.totals.invocations} records received; report at ${reportFile}`,
  );

  annotateFailures(report, inputs.spec, workspace);
  await publishMarkdown(renderMarkdown(report, { service: serviceLabel(inputs) }), inputs);
}

/** The `summary` output: each case's counts, in spec order. */
export function caseCounts(report: Report) {
  return report.cases.map((c) => ({
    name: c.name,
    function: c.function,
    passed: c.passed,
    invocations: c.invocations,
    received: c.received,
    missing: c.missing,
    wrongDestination: c.wrongDestination,
    duplicates: c.duplicates,
  }));
}
