// @github/local-action runs the Action from source (src/main.ts, not the bundle) with a .env file, as a
// developer would, on the local cloud. Its @actions/core stub must be the one the Action calls: then the
// outputs land in local-action's own table (not in ::set-output lines alone) and the summary in its file.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, it } from '@jest/globals';

const repo = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(repo, 'node_modules', '.bin', 'local-action');
const temp = mkdtempSync(path.join(os.tmpdir(), 'local-action-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir(), RUNNER_TEMP: temp },
    });
    let log = '';
    child.stdout.on('data', (c) => {
      log += c;
    });
    child.stderr.on('data', (c) => {
      log += c;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log }));
  });
}

const maybe = existsSync(bin) ? it : it.skip;
if (!existsSync(bin)) console.warn('local-action test skipped: @github/local-action is not installed');

/** The rows of the "Action Outputs" table local-action prints at the end: name -> value. */
function outputsTable(log: string): Record<string, string> {
  const plain = stripVTControlCharacters(log);
  const section = plain.slice(plain.lastIndexOf('Action Outputs'));
  const rows = [...section.matchAll(/^│ \d+ +│ '([^']+)' +│ '(.*)' +│$/gm)];
  return Object.fromEntries(rows.map((m) => [m[1], m[2]]));
}

maybe('runs src/main.ts with a .env; local-action captures the outputs and the job summary', async () => {
  const summary = path.join(temp, 'summary.md');
  const env = path.join(temp, '.env');
  writeFileSync(
    env,
    [
      'INPUT_WORKING-DIRECTORY=packages/action/test/fixtures/service',
      'INPUT_SPEC=destinations.yml',
      'INPUT_CLOUD=local',
      'INPUT_STAGE=localaction',
      'INPUT_DEPLOY=true',
      'INPUT_REMOVE=false',
      'INPUT_FAIL-ON-DUPLICATES=false',
      'INPUT_MASK-AWS-ACCOUNT-ID=false',
      `GITHUB_WORKSPACE=${repo}`,
      'GITHUB_EVENT_NAME=push',
      'GITHUB_RUN_ID=1',
      'GITHUB_REPOSITORY=org/destinations-action',
      `GITHUB_STEP_SUMMARY=${summary}`,
    ].join('\n'),
  );
  const { code, log } = await run(['run', '.', 'packages/action/src/main.ts', env]);
  expect({ code, errors: log.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({
    code: 0,
    errors: [],
  });
  // "No outputs were set!" here means the stub missed: `npm ls` at the repository root must list
  // @actions/core and @actions/github (they are root devDependencies for that reason).
  expect(log).not.toContain('No outputs were set!');
  const outputs = outputsTable(log);
  expect(outputs).toMatchObject({ passed: 'true', stage: 'localaction' });
  expect(outputs['function-arn']).toBe(
    'arn:aws:lambda:us-east-1:000000000000:function:action-fixture-localaction-hello',
  );
  expect(readFileSync(summary, 'utf8')).toContain('2 of 2 cases passed');
});
