// Removes a stage the main step deployed but did not get to remove: `serverless remove` on AWS, the
// stack engine on a running local cloud. (The verifier removes stages itself inside e2e; this is for the
// post step, which runs in a new process after a cancel.)
import { spawn } from 'node:child_process';
import { removeServerless } from '@destinations-action/local-cloud';
import type { RunState } from './state.js';

export type StageTarget = Pick<
  RunState,
  'serviceDir' | 'stage' | 'region' | 'cloud' | 'endpoint' | 'serverlessCommand'
>;

export async function removeStage(target: StageTarget): Promise<void> {
  if (target.cloud === 'local') {
    await removeServerless({
      serviceDir: target.serviceDir,
      stage: target.stage,
      region: target.region,
      endpoint: target.endpoint,
    });
    return;
  }
  const [bin, ...pre] = target.serverlessCommand.split(/\s+/).filter(Boolean);
  const args = [...pre, 'remove', '--stage', target.stage, '--region', target.region];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: target.serviceDir,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: target.endpoint ? { ...process.env, AWS_ENDPOINT_URL: target.endpoint } : process.env,
    });
    child.on('error', (err) => reject(new Error(`cannot run '${target.serverlessCommand}': ${err.message}`)));
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`'${bin} remove' failed (${signal ?? `exit ${code}`})`)),
    );
  });
}
