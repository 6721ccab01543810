// The Action never prints or publishes a credential: built from the current sources, run as the runner
// runs it with credentials in its environment, its whole output (stdout and stderr), the job summary, the
// outputs and the report hold none, except in the `::add-mask::` lines that tell the runner to mask them.
// Also when a cloud echoes a credential back: a signature error quoting the signed session token.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runStep, type Step, stateEnv } from './runnerStep.js';

const action = path.resolve(import.meta.dirname, '..');
const service = 'packages/action/test/fixtures/service';
const temp = mkdtempSync(path.join(os.tmpdir(), 'action-credentials-'));
const bundle = path.join(temp, 'bundle');

const SECRETS = {
  AWS_SECRET_ACCESS_KEY: 'fakeSecretAccessKey0123456789abcdefABCDEF',
  AWS_SESSION_TOKEN: 'fakeSessionTokenIQoJb3JpZ2luX2VjEJr0123456789',
  GITHUB_TOKEN: 'ghs_fakeGithubToken0123456789abcdefABCD',
};
/** The `github-token` input: a personal token, not the job's. */
const INPUT_TOKEN = 'ghp_fakeInputToken0123456789abcdefABCDEF';
const ALL = [...Object.values(SECRETS), INPUT_TOKEN];

/** Every place a credential shows outside an `::add-mask::` line. */
function leaks(step: Step, files: string[] = []): string[] {
  const texts = [
    ...step.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .map((l) => ['output', l]),
    ['summary', step.summary],
    ['outputs', JSON.stringify(step.outputs)],
    ['state', JSON.stringify(step.state)],
    ...files.map((f) => [f, readFileSync(f, 'utf8')]),
  ];
  return texts
    .filter(([, t]) => ALL.some((s) => t.includes(s)))
    .map(([where, t]) => `${where}: ${t.slice(0, 200)}`);
}

/** The values the Action told the runner to mask. */
const masked = (step: Step) =>
  step.stdout
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length));

beforeAll(() => {
  // The sources as they are now, bundled as `npm run bundle` does (the committed dist/ may lag behind).
  const built = spawnSync(process.execPath, [path.join(action, 'scripts/bundle.js'), bundle], {
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`bundle failed: ${built.stderr}`);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('credentials in the environment', () => {
  it('on a pull request with a github-token, in debug mode: masked, and printed nowhere else', async () => {
    const event = path.join(temp, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 7 }, repository: { name: 'shop', owner: { login: 'acme' } } }),
    );
    const main = await runStep(path.join(bundle, 'index.js'), path.join(temp, 'pr'), {
      ...SECRETS,
      AWS_ACCESS_KEY_ID: 'AKIAFAKEACCESSKEYID1',
      'INPUT_WORKING-DIRECTORY': service,
      INPUT_CLOUD: 'local',
      'INPUT_GITHUB-TOKEN': INPUT_TOKEN,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      // Nothing listens there: the comment fails fast, and its warning is printed.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      RUNNER_DEBUG: '1',
    });
    expect({ code: main.code, log: main.code === 0 ? '' : main.stdout }).toEqual({ code: 0, log: '' });
    expect(main.stdout).toContain('::warning::Could not comment on pull request #7');
    expect(masked(main)).toEqual(expect.arrayContaining(ALL));
    expect(leaks(main, [main.outputs.report])).toEqual([]);
  });

  describe('when the cloud echoes a credential back', () => {
    let cloud: RunningCloud;
    beforeAll(async () => {
      // The job's key is known to this cloud, but with another secret: every signed call is refused.
      cloud = await startLocalCloud({
        port: 0,
        logLevel: 'quiet',
        requireAuth: true,
        authKeys: [{ accessKeyId: 'AKIAFAKEACCESSKEYID1', secretAccessKey: 'the-right-secret' }],
      });
    });
    afterAll(() => cloud.stop());

    it('prints the signature error without the session token it quotes, in the main and the post step', async () => {
      const env = {
        ...SECRETS,
        AWS_ACCESS_KEY_ID: 'AKIAFAKEACCESSKEYID1',
        'INPUT_WORKING-DIRECTORY': service,
        INPUT_CLOUD: 'local',
        'INPUT_ENDPOINT-URL': cloud.url,
        INPUT_REMOVE: 'true',
      };
      const main = await runStep(path.join(bundle, 'index.js'), path.join(temp, 'echo'), env);
      expect(main.code).toBe(1);
      // The cloud's answer quotes the signed headers; the Action prints it with the token masked.
      expect(main.stdout).toContain('::error::The request signature we calculated does not match');
      expect(main.stdout).toContain('x-amz-security-token:***');
      expect(leaks(main)).toEqual([]);
      const post = await runStep(path.join(bundle, 'post.js'), path.join(temp, 'echo-post'), {
        ...env,
        ...stateEnv(main.state),
      });
      expect(leaks(post)).toEqual([]);
    });
  });
});
