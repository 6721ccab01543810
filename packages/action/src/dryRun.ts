// `dry-run`: the doctor alone on a stage deployed already: the function, its destinations and its role's
// permissions, each finding a line of the job summary; nothing deployed, invoked or removed.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { doctor, renderDoctorMarkdown, SpecError } from '@destinations-action/verify';
import { annotateSpecIssues } from './annotations.js';
import type { ActionInputs } from './inputs.js';
import { publishMarkdown, serviceLabel } from './publish.js';
import { redactAll } from './secrets.js';
import { deriveStage } from './stage.js';

export async function dryRun(inputs: ActionInputs, workspace: string): Promise<void> {
  const stage = inputs.stage ?? deriveStage(github.context);
  core.setOutput('stage', stage);
  // A finding may quote a cloud's error (signed headers): published without credentials.
  const problems = await core
    .group('doctor', async () =>
      redactAll(
        await doctor({
          serviceDir: inputs.workingDirectory,
          spec: inputs.spec,
          stage,
          region: inputs.region,
          cloud: inputs.cloud,
          endpoint: inputs.endpointUrl,
        }),
      ),
    )
    .catch((err: unknown) => {
      if (err instanceof SpecError) annotateSpecIssues(err.issues, inputs.spec, workspace);
      throw err;
    });
  for (const p of problems) {
    if (p.level === 'error') core.error(p.message, { title: `destinations: ${p.check}` });
    else if (p.level === 'warning') core.warning(p.message, { title: `destinations: ${p.check}` });
    else if (p.level !== 'ok') core.info(`${p.level}: ${p.message}`);
  }
  const errors = problems.filter((p) => p.level === 'error');
  core.setOutput('passed', String(errors.length === 0));
  core.setOutput('problems', JSON.stringify(problems));
  await publishMarkdown(
    renderDoctorMarkdown(problems, {
      service: serviceLabel(inputs),
      stage,
      region: inputs.region,
      cloud: inputs.cloud,
    }),
    inputs,
  );
  if (errors.length)
    core.setFailed(
      `dry run: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} found: ${errors.map((p) => p.message).join('; ')}`,
    );
}
