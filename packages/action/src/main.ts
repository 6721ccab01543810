// The main step: reads and checks the inputs, then verifies the service, or with `dry-run` runs only the
// doctor. Nothing but @actions/core and the input checks loads before the inputs are read, so a bad input
// fails as fast as a bare Action would; the verifier, its SDK clients and the local cloud load after.
import * as core from '@actions/core';
import { type ActionInputs, readInputs } from './inputs.js';
import { errorMessage, maskCredential, maskCredentials } from './secrets.js';

export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  try {
    maskCredentials();
    const inputs: ActionInputs = readInputs(workspace);
    if (inputs.githubToken) maskCredential(inputs.githubToken);
    if (inputs.dryRun) await (await import('./dryRun.js')).dryRun(inputs, workspace);
    else await (await import('./verifyService.js')).verifyService(inputs, workspace);
  } catch (err) {
    core.setOutput('passed', 'false');
    core.setFailed(errorMessage(err));
  }
}
