// The post step: taps always go; the stage goes only when the Action deployed it, was asked to remove it,
// and the main step did not get that far.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../__fixtures__/core.js';

const cleanupTaps = jest.fn(async (_file: string): Promise<string[]> => []);
const removeStage = jest.fn(async (_options: unknown) => undefined);
jest.unstable_mockModule('@actions/core', () => core);
jest.unstable_mockModule('@destinations-action/verify', () => ({ cleanupTaps }));
jest.unstable_mockModule('../src/removeStage.js', () => ({ removeStage }));
const { cleanup } = await import('../src/cleanup.js');

const dir = mkdtempSync(path.join(os.tmpdir(), 'action-post-'));
const tapsFile = path.join(dir, 'taps.json');
writeFileSync(tapsFile, '{"taps":[]}');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RUN = {
  serviceDir: '/repo/apps/svc',
  stage: 'pr3',
  region: 'eu-west-1',
  cloud: 'aws',
  serverlessCommand: '/repo/node_modules/.bin/serverless',
  deploy: true,
  remove: true,
  tapsFile,
};

function withState(run: object | undefined, settled = false) {
  core.setState({ ...(run ? { run: JSON.stringify(run) } : {}), ...(settled ? { settled: 'true' } : {}) });
}

describe('cleanup', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    core.resetCore();
  });

  it('removes the taps and the stage after a cancelled main step', async () => {
    withState(RUN);
    await cleanup();
    expect(cleanupTaps).toHaveBeenCalledWith(tapsFile);
    expect(removeStage).toHaveBeenCalledWith({
      serviceDir: '/repo/apps/svc',
      stage: 'pr3',
      region: 'eu-west-1',
      cloud: 'aws',
      endpoint: undefined,
      serverlessCommand: '/repo/node_modules/.bin/serverless',
    });
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('leaves the stage to the main step when it got to the end', async () => {
    withState(RUN, true);
    await cleanup();
    expect(cleanupTaps).toHaveBeenCalled();
    expect(removeStage).not.toHaveBeenCalled();
  });

  it.each([
    ['remove is not set', { remove: false }],
    ['the Action did not deploy', { deploy: false }],
    ['the local cloud ran in-process', { cloud: 'local' }],
  ])('keeps the stage when %s', async (_why, change) => {
    withState({ ...RUN, ...change });
    await cleanup();
    expect(removeStage).not.toHaveBeenCalled();
  });

  it('warns about each tap the verifier could not remove', async () => {
    withState(RUN, true);
    cleanupTaps.mockResolvedValueOnce(['could not remove queue http://q/1: AccessDenied']);
    await cleanup();
    expect(core.warning).toHaveBeenCalledWith(
      'Temporary tap left behind: could not remove queue http://q/1: AccessDenied',
    );
  });

  it('skips the taps when the verifier listed none', async () => {
    withState({ ...RUN, tapsFile: path.join(dir, 'none.json') }, true);
    await cleanup();
    expect(cleanupTaps).not.toHaveBeenCalled();
  });

  it('does nothing when the main step stopped before the verifier', async () => {
    withState(undefined);
    await cleanup();
    expect(cleanupTaps).not.toHaveBeenCalled();
    expect(removeStage).not.toHaveBeenCalled();
  });

  it('warns on taps it could not remove, and fails on a stage it could not remove', async () => {
    withState(RUN);
    cleanupTaps.mockRejectedValueOnce(new Error('AccessDenied'));
    removeStage.mockRejectedValueOnce(new Error('stack is in UPDATE_IN_PROGRESS'));
    await cleanup();
    expect(core.warning).toHaveBeenCalledWith('Could not remove every temporary tap: AccessDenied');
    expect(core.setFailed).toHaveBeenCalledWith('Could not remove stage pr3: stack is in UPDATE_IN_PROGRESS');
  });
});
