// The post step: taps always go; the stage goes only when `remove` is set and the verifier's record says
// it deployed the stage and did not remove it. What the main step logged plays no part.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../__fixtures__/core.js';

const { readRunState } = await import('../../verify/src/state.js');
const { leftDeployed } = await import('../../verify/src/stage.js');
const cleanupTaps = jest.fn(async (_file: string): Promise<string[]> => []);
const removeRecordedStage = jest.fn(async (_file: string): Promise<unknown> => undefined);
jest.unstable_mockModule('@actions/core', () => core);
jest.unstable_mockModule('@destinations-action/verify', () => ({
  cleanupTaps,
  leftDeployed,
  readRunState,
  removeRecordedStage,
}));
const { cleanup } = await import('../src/cleanup.js');

const dir = mkdtempSync(path.join(os.tmpdir(), 'action-post-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TARGET = { cloud: 'aws', serviceDir: '/repo/apps/svc', stage: 'pr3', region: 'eu-west-1' };

/** A state file as the verifier leaves it: `stage` is its record of the stage, if it deployed one. */
function stateFile(
  name: string,
  stage?: { deployed: boolean; removed: boolean },
  needs?: { deployed: boolean; removed: boolean }[],
): string {
  const file = path.join(dir, `${name}.json`);
  const record = {
    ...(stage ? { stage: { target: TARGET, ...stage } } : {}),
    ...(needs
      ? { needs: needs.map((n) => ({ target: { ...TARGET, serviceDir: '/repo/apps/infra' }, ...n })) }
      : {}),
  };
  writeFileSync(
    file,
    JSON.stringify({ version: 1, region: 'eu-west-1', cloud: 'aws', created: [], ...record }),
  );
  return file;
}

function withRun(tapsFile: string, change: object = {}) {
  const run = { stage: 'pr3', cloud: 'aws', remove: true, tapsFile, ...change };
  core.setState({ run: JSON.stringify(run) });
}

describe('cleanup', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    core.resetCore();
  });

  it('removes the taps and the stage the verifier deployed and did not remove', async () => {
    const file = stateFile('left', { deployed: true, removed: false });
    withRun(file);
    await cleanup();
    expect(cleanupTaps).toHaveBeenCalledWith(file);
    expect(removeRecordedStage).toHaveBeenCalledWith(file);
    expect(core.group.mock.calls.map((c) => c[0])).toEqual(['remove temporary taps', 'remove stage pr3']);
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('removes a stage whose deploy broke half-way', async () => {
    withRun(stateFile('half', { deployed: false, removed: false }));
    await cleanup();
    expect(removeRecordedStage).toHaveBeenCalled();
  });

  it('removes the services the stage needs when the verifier removed the stage but not them', async () => {
    const file = stateFile('needs-left', { deployed: true, removed: true }, [
      { deployed: true, removed: false },
    ]);
    withRun(file);
    await cleanup();
    expect(removeRecordedStage).toHaveBeenCalledWith(file);
  });

  it('leaves the stage alone when the verifier removed it', async () => {
    withRun(stateFile('removed', { deployed: true, removed: true }, [{ deployed: true, removed: true }]));
    await cleanup();
    expect(cleanupTaps).toHaveBeenCalled();
    expect(removeRecordedStage).not.toHaveBeenCalled();
  });

  it('leaves the stage alone when the verifier deployed none', async () => {
    withRun(stateFile('none'));
    await cleanup();
    expect(removeRecordedStage).not.toHaveBeenCalled();
  });

  it.each([
    ['remove is not set', { remove: false }],
    ['the local cloud ran in-process', { cloud: 'local' }],
  ])('keeps the stage when %s', async (_why, change) => {
    withRun(stateFile('kept', { deployed: true, removed: false }), change);
    await cleanup();
    expect(removeRecordedStage).not.toHaveBeenCalled();
  });

  it('warns about each tap the verifier could not remove', async () => {
    withRun(stateFile('taps'));
    cleanupTaps.mockResolvedValueOnce(['could not remove queue http://q/1: AccessDenied']);
    await cleanup();
    expect(core.warning).toHaveBeenCalledWith(
      'Temporary tap left behind: could not remove queue http://q/1: AccessDenied',
    );
  });

  it('does nothing when the verifier left no state file', async () => {
    withRun(path.join(dir, 'never-written.json'));
    await cleanup();
    expect(cleanupTaps).not.toHaveBeenCalled();
    expect(removeRecordedStage).not.toHaveBeenCalled();
  });

  it('does nothing when the main step stopped before the verifier', async () => {
    await cleanup();
    expect(cleanupTaps).not.toHaveBeenCalled();
    expect(removeRecordedStage).not.toHaveBeenCalled();
  });

  it('warns on taps it could not remove, and fails on a stage it could not remove', async () => {
    withRun(stateFile('both', { deployed: true, removed: false }));
    cleanupTaps.mockRejectedValueOnce(new Error('AccessDenied'));
    removeRecordedStage.mockRejectedValueOnce(new Error('stack is in UPDATE_IN_PROGRESS'));
    await cleanup();
    expect(core.warning).toHaveBeenCalledWith('Could not remove every temporary tap: AccessDenied');
    expect(core.setFailed).toHaveBeenCalledWith('Could not remove stage pr3: stack is in UPDATE_IN_PROGRESS');
  });
});
