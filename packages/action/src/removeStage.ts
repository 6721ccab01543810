// Removes a stage the main step deployed but did not get to remove: `serverless remove` on AWS, the
// stack engine on a running local cloud. (The verifier removes stages itself inside e2e; this is for the
// post step, which runs in a new process after a cancel.)
import { removeServerless } from '@destinations-action/local-cloud';
import { runServerless } from '@destinations-action/verify';
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
      // As the verifier's own removal: a bucket that received failure records is not empty.
      emptyBuckets: true,
    });
    return;
  }
  await runServerless('remove', target);
}
