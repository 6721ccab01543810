// The `affected` sub-action: which services the change affects, as the workspace's own Nx says, set as the
// output `services` for the next job's `strategy.matrix.include`, one verification job per service.
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { affectedServices } from '@destinations-action/verify/affected';

export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  try {
    const dir = path.resolve(workspace, core.getInput('working-directory') || '.');
    // On a pull request, what it changes against its base; elsewhere, with no base given, every service.
    const base = core.getInput('base') || github.context.payload.pull_request?.base?.sha || undefined;
    const head = core.getInput('head') || undefined;
    if (head && !base)
      throw new Error(`Input 'head' needs 'base' outside a pull request: the change from which commit?`);
    const found = await affectedServices({ workspace: dir, base, head, all: base === undefined });
    // Folders as the Action's working-directory takes them: from the repository's root.
    const fromRoot = (p: string) =>
      path.relative(workspace, path.join(dir, p)).split(path.sep).join('/') || '.';
    const services = found.map((s) => ({ ...s, service: fromRoot(s.service), needs: s.needs.map(fromRoot) }));
    core.info(
      `${base ? `Services the change from ${base} affects` : 'Every service (no base to compare with)'}: ` +
        (services.map((s) => s.service).join(', ') || 'none'),
    );
    core.setOutput('services', JSON.stringify(services));
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}
