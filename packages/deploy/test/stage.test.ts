// A stage on AWS is deployed and removed by the service's own Serverless CLI, in the service's folder,
// with the stage, region and parameters; a stand-in CLI takes its place here.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { CommandError, deployStage, removeStage } from '../src/index.js';
import { calls, fakeServerless, lastEnv } from './fakeServerless.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'deploy-stage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const target = { cloud: 'aws' as const, serviceDir: dir, stage: 'pr3', region: 'eu-west-1' };

describe.each(process.platform === 'win32' ? [] : [[]])('a stage on AWS', () => {
  it('deploys and removes with `serverless deploy` and `serverless remove`', async () => {
    const serverlessCommand = fakeServerless(dir, 'ok');
    expect(await deployStage({ ...target, params: { queue: 'q' }, serverlessCommand })).toEqual({});
    await removeStage({ ...target, serverlessCommand });
    expect(calls(dir).slice(-2)).toEqual([
      `${dir} deploy --stage pr3 --region eu-west-1 --param queue=q`,
      `${dir} remove --stage pr3 --region eu-west-1`,
    ]);
  });

  it('passes an endpoint on as AWS_ENDPOINT_URL', async () => {
    await removeStage({
      ...target,
      endpoint: 'http://127.0.0.1:4566',
      serverlessCommand: fakeServerless(dir, 'env'),
    });
    expect(lastEnv(dir).AWS_ENDPOINT_URL).toBe('http://127.0.0.1:4566');
  });

  it('rejects when the command fails or cannot start', async () => {
    const failing = fakeServerless(dir, 'exit3', { exit: 3 });
    await expect(removeStage({ ...target, serverlessCommand: failing })).rejects.toThrow(
      new CommandError(`'${failing} remove' failed (exit 3)`),
    );
    await expect(
      removeStage({ ...target, serverlessCommand: path.join(dir, 'no-such-serverless') }),
    ).rejects.toThrow('cannot run');
  });
});
