// Removing a stage from the post step runs the service's Serverless CLI in the service's folder.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { removeStage } from '../src/removeStage.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'action-remove-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in `serverless` that writes its arguments and folder, and exits with `code`. */
function fakeServerless(code: number): string {
  const file = path.join(dir, `serverless-${code}`);
  writeFileSync(file, `#!/bin/sh\necho "$PWD $@ $AWS_ENDPOINT_URL" > "${dir}/called"\nexit ${code}\n`);
  chmodSync(file, 0o755);
  return file;
}

const target = { serviceDir: dir, stage: 'pr3', region: 'eu-west-1', cloud: 'aws' as const };

describe.each(process.platform === 'win32' ? [] : [[]])('removeStage on AWS', () => {
  it('runs `serverless remove` with the stage and region in the service folder', async () => {
    await removeStage({ ...target, serverlessCommand: fakeServerless(0) });
    expect(readFileSync(path.join(dir, 'called'), 'utf8').trim()).toBe(
      `${dir} remove --stage pr3 --region eu-west-1`,
    );
  });

  it('passes an endpoint on as AWS_ENDPOINT_URL', async () => {
    await removeStage({ ...target, endpoint: 'http://127.0.0.1:4566', serverlessCommand: fakeServerless(0) });
    expect(readFileSync(path.join(dir, 'called'), 'utf8')).toContain('http://127.0.0.1:4566');
  });

  it('rejects when the command fails or cannot start', async () => {
    await expect(removeStage({ ...target, serverlessCommand: fakeServerless(3) })).rejects.toThrow(
      "remove' failed (exit 3)",
    );
    await expect(
      removeStage({ ...target, serverlessCommand: path.join(dir, 'no-such-serverless') }),
    ).rejects.toThrow('cannot run');
  });
});
