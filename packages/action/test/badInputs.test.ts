// Bad inputs fail the Action as the runner runs it (built from the current sources), with one error naming
// the input and nothing packaged or deployed: an endpoint-url nothing answers at, a stage too long for the
// names it produces, a serverless-command that does not exist, a spec outside the repository.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { runStep } from './runnerStep.js';

const action = path.resolve(import.meta.dirname, '..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'action-bad-inputs-'));
const bundle = path.join(temp, 'bundle');

beforeAll(() => {
  const built = spawnSync(process.execPath, [path.join(action, 'scripts/bundle.js'), bundle], {
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`bundle failed: ${built.stderr}`);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

it.each([
  [
    'an endpoint-url nothing answers at',
    { 'INPUT_ENDPOINT-URL': 'http://127.0.0.1:9' },
    "::error::Input 'endpoint-url' names http://127.0.0.1:9, but nothing answers there",
  ],
  [
    'a stage too long for the names it produces',
    { INPUT_STAGE: 'a'.repeat(42) },
    `::error::stage '${'a'.repeat(42)}' (42 characters) is too long for the names it produces: the IAM role name 'action-fixture-${'a'.repeat(42)}-us-east-1-lambdaRole'`,
  ],
  [
    'a serverless-command that does not exist',
    { 'INPUT_SERVERLESS-COMMAND': 'no-such-serverless' },
    "::error::Input 'serverless-command' must start a program: 'no-such-serverless' is not",
  ],
  [
    'a spec outside the repository',
    { INPUT_SPEC: `${'../'.repeat(12)}etc/passwd` },
    "::error::Input 'spec' must name a file inside the repository",
  ],
])('fails on %s, naming it, before anything is packaged', async (name, inputs, error) => {
  const step = await runStep(path.join(bundle, 'index.js'), path.join(temp, name.replaceAll(' ', '-')), {
    'INPUT_WORKING-DIRECTORY': 'packages/action/test/fixtures/service',
    INPUT_CLOUD: 'local',
    ...inputs,
  });
  expect(step.code).not.toBe(0);
  const errors = step.stdout.split('\n').filter((l) => l.startsWith('::error'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(error);
  expect(step.outputs.passed).toBe('false');
  expect(step.stdout).not.toContain('Packaging');
  expect(step.stdout).not.toMatch(/\n\s+at \S/);
});
