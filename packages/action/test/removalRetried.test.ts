// A removal that fails in the main step is left to the post step, which removes the stage: both steps
// run for real against a running local cloud, with the verifier (not a mock) between them. The stage
// exports a value another stack imports, so CloudFormation refuses to delete it until that stack goes.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CloudFormationClient,
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import * as core from '../__fixtures__/core.js';
import * as github from '../__fixtures__/github.js';

jest.unstable_mockModule('@actions/core', () => core);
jest.unstable_mockModule('@actions/github', () => github);
const { deployStage, readRunState } = await import('@destinations-action/verify');
const { run } = await import('../src/main.js');
const { cleanup } = await import('../src/cleanup.js');

const repo = path.resolve(import.meta.dirname, '../../..');
const service = 'packages/action/test/fixtures/exported';
const saved = { ...process.env };
const temp = mkdtempSync(path.join(os.tmpdir(), 'action-removal-'));
let cloud: RunningCloud;
let cfn: CloudFormationClient;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  cfn = new CloudFormationClient({
    endpoint: cloud.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  process.env = { ...saved, GITHUB_WORKSPACE: repo, RUNNER_TEMP: temp };
});
afterAll(async () => {
  process.env = saved;
  rmSync(temp, { recursive: true, force: true });
  cfn.destroy();
  await cloud.stop();
});

const stackStatus = async (name: string) =>
  (await cfn.send(new DescribeStacksCommand({ StackName: name })).catch(() => undefined))?.Stacks?.[0]
    ?.StackStatus;

async function settled(name: string): Promise<string | undefined> {
  for (;;) {
    const status = await stackStatus(name);
    if (!status?.endsWith('_IN_PROGRESS')) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('the post step removes a stage whose removal failed in the main step', async () => {
  // The stage exists already (a redeploy), and another stack imports its export.
  await deployStage({
    cloud: 'local',
    serviceDir: path.join(repo, service),
    stage: 'pinned',
    region: 'us-east-1',
    endpoint: cloud.url,
  });
  const importer = JSON.stringify({
    Resources: {
      Q: {
        Type: 'AWS::SQS::Queue',
        Properties: { Tags: [{ Key: 'uses', Value: { 'Fn::ImportValue': 'action-exported-pinned-hello' } }] },
      },
    },
  });
  await cfn.send(new CreateStackCommand({ StackName: 'importer', TemplateBody: importer }));
  expect(await settled('importer')).toBe('CREATE_COMPLETE');

  core.setInputs({
    'working-directory': service,
    cloud: 'local',
    'endpoint-url': cloud.url,
    stage: 'pinned',
    region: 'us-east-1',
    remove: 'true',
  });
  await run();
  expect(core.setFailed).not.toHaveBeenCalled();
  expect(core.warning).toHaveBeenCalledWith(
    expect.stringMatching(
      /^Could not remove stage pinned: .*Export action-exported-pinned-hello cannot be deleted as it is in use by importer.*; the post step tries again$/,
    ),
  );
  expect(await stackStatus('action-exported-pinned')).toBe('DELETE_FAILED');
  const { tapsFile } = JSON.parse(core.getState('run')) as { tapsFile: string };
  expect(readRunState(tapsFile)?.stage).toMatchObject({ deployed: true, removed: false });

  // What held the stage goes; the post step, in a new process, knows only the saved state.
  await cfn.send(new DeleteStackCommand({ StackName: 'importer' }));
  expect(await settled('importer')).toBeUndefined();
  await cleanup();
  expect(core.setFailed).not.toHaveBeenCalled();
  expect(core.group).toHaveBeenCalledWith('remove stage pinned', expect.any(Function));
  expect(await stackStatus('action-exported-pinned')).toBeUndefined();
  expect(readRunState(tapsFile)?.stage).toMatchObject({ deployed: true, removed: true });
}, 180_000);
