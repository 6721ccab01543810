// A service with a resource type the local cloud does not serve, run for real (the verifier, not a mock)
// on a running local cloud: by default the Action passes, warning about the placeholder in the log and
// the job summary; with `strict: true` the step fails, naming the resource.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, beforeEach, expect, it, jest } from '@jest/globals';
import * as core from '../__fixtures__/core.js';
import * as github from '../__fixtures__/github.js';

jest.unstable_mockModule('@actions/core', () => core);
jest.unstable_mockModule('@actions/github', () => github);
const { run } = await import('../src/main.js');

const repo = path.resolve(import.meta.dirname, '../../..');
const saved = { ...process.env };
const temp = mkdtempSync(path.join(os.tmpdir(), 'action-strict-'));
let cloud: RunningCloud;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  process.env = { ...saved, GITHUB_WORKSPACE: repo, RUNNER_TEMP: temp };
});
afterAll(async () => {
  process.env = saved;
  rmSync(temp, { recursive: true, force: true });
  await cloud.stop();
});
beforeEach(() => {
  jest.clearAllMocks();
  core.resetCore();
});

const outputs = () => Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, String(v)]));

function inputs(extra: Record<string, string>): void {
  core.setInputs({
    'working-directory': 'packages/action/test/fixtures/notemulated',
    cloud: 'local',
    'endpoint-url': cloud.url,
    region: 'us-east-1',
    remove: 'true',
    ...extra,
  });
}

it('passes, warning that the Kinesis stream is only a placeholder, in the log and the job summary', async () => {
  inputs({ stage: 'lenient' });
  await run();
  expect(core.setFailed).not.toHaveBeenCalled();
  expect(outputs().passed).toBe('true');
  expect(core.warning).toHaveBeenCalledWith(
    expect.stringMatching(
      /^Events: AWS::Kinesis::Stream is not emulated by this local cloud: .*a handler that calls it will fail$/,
    ),
    { title: 'Not emulated: AWS::Kinesis::Stream' },
  );
  expect(core.summaryText.join('')).toContain('| Events | `AWS::Kinesis::Stream` |');
}, 120_000);

it('with strict: true fails the step before verifying, naming the resource', async () => {
  inputs({ stage: 'strict', strict: 'true' });
  await run();
  expect(outputs().passed).toBe('false');
  expect(core.setFailed).toHaveBeenCalledTimes(1);
  expect(String(core.setFailed.mock.calls[0][0])).toContain(
    'Events (AWS::Kinesis::Stream): Resource type AWS::Kinesis::Stream of resource Events is not emulated by this local cloud, and strict mode (stack tag local-cloud:strict=true) allows no placeholders',
  );
}, 120_000);
