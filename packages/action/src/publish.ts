// Where a run's Markdown goes: the job summary, and the service's sticky comment on the pull request.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { upsertComment } from './comment.js';
import type { ActionInputs } from './inputs.js';
import { errorMessage } from './secrets.js';

export async function publishMarkdown(markdown: string, inputs: ActionInputs): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (err) {
    // Outside a runner (a local try-out) there is no summary file; the report file holds the same.
    core.warning(`No job summary written: ${errorMessage(err)}`);
  }

  const pr = github.context.payload.pull_request?.number;
  if (inputs.githubToken && pr !== undefined) {
    try {
      const done = await upsertComment(
        github.getOctokit(inputs.githubToken),
        { ...github.context.repo, number: pr },
        inputs.commentKey,
        markdown,
      );
      core.info(`pull request #${pr}: report comment for ${inputs.commentKey} ${done}`);
    } catch (err) {
      // A fork's token is read-only: the comment is a courtesy, the check result stands without it.
      core.warning(`Could not comment on pull request #${pr}: ${errorMessage(err)}`);
    }
  }
}

/**
 * The service a heading names: its comment key (its directory, unless `comment-key` says otherwise);
 * at the repository's root, the report's own (serverless.yml's `service`).
 */
export function serviceLabel(inputs: ActionInputs): string | undefined {
  return inputs.commentKey === '.' ? undefined : inputs.commentKey;
}
