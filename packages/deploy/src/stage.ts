// A stage of a Serverless service, deployed and removed the one way each cloud takes: on AWS the
// service's own `serverless deploy` / `serverless remove`; on a local cloud (any CloudFormation
// endpoint) `serverless package` and the templates applied through the CloudFormation API.
import { runCommand } from './command.js';
import type { DeployResult } from './deployResult.js';
import type { PackagedService } from './package.js';
import { deployPackage, deployServerless, removeServerless } from './serverless.js';

export type Cloud = 'aws' | 'local';

export interface StageTarget {
  cloud: Cloud;
  serviceDir: string;
  /** Default: the framework's (`dev`). */
  stage?: string;
  region: string;
  /** Stage parameters, as `--param k=v`. */
  params?: Record<string, string>;
  /** AWS: passed on as AWS_ENDPOINT_URL. Local: the local cloud; default AWS_ENDPOINT_URL. */
  endpoint?: string;
  /** The Serverless CLI as a command line; locally it runs `package`, on AWS `deploy` and `remove`. */
  serverlessCommand?: string;
  /** Local: the stack the deploy made, so a removal needs no serverless.yml reading. */
  stackName?: string;
  /** Local: refuse resource types the local cloud does not serve instead of making placeholders. */
  strict?: boolean;
}

export interface StageDeployed {
  /** Local: the stack made or updated (on AWS the framework names it and does not say). */
  stackName?: string;
  /** Local: the stack's summary, its functions and their destinations. */
  result?: DeployResult;
}

/**
 * Deploys the stage. Locally, `packaged` deploys a package made already (packageService) instead of
 * packaging the service again.
 */
export async function deployStage(
  target: StageTarget,
  options: { onOutput?: (line: string) => void; packaged?: PackagedService } = {},
): Promise<StageDeployed> {
  if (target.cloud === 'aws') {
    await runServerless('deploy', target);
    return {};
  }
  const result = options.packaged
    ? await deployPackage(options.packaged, target.endpoint, { strict: target.strict })
    : await deployServerless({
        serviceDir: target.serviceDir,
        stage: target.stage ?? 'dev',
        region: target.region,
        params: target.params,
        endpoint: target.endpoint,
        serverlessCommand: target.serverlessCommand,
        onOutput: options.onOutput,
        strict: target.strict,
      });
  return { stackName: result.stackName, result };
}

/**
 * Removes the stage. Locally every bucket of the stack is emptied first: one that received failure
 * records is not empty, and CloudFormation refuses to delete it; a stack already gone is no error.
 */
export async function removeStage(target: StageTarget): Promise<void> {
  if (target.cloud === 'aws') {
    await runServerless('remove', target);
    return;
  }
  await removeServerless({
    serviceDir: target.serviceDir,
    stage: target.stage ?? 'dev',
    region: target.region,
    endpoint: target.endpoint,
    stackName: target.stackName,
    emptyBuckets: true,
  });
}

/** `serverless <command> --stage S --region R --param k=v`, in the service folder, output to stderr. */
export function runServerless(command: 'deploy' | 'remove', target: StageTarget): Promise<void> {
  const args: string[] = [command];
  if (target.stage) args.push('--stage', target.stage);
  args.push('--region', target.region);
  for (const [k, v] of Object.entries(target.params ?? {})) args.push('--param', `${k}=${v}`);
  return runCommand(target.serverlessCommand ?? 'serverless', args, {
    cwd: target.serviceDir,
    env: target.endpoint ? { ...process.env, AWS_ENDPOINT_URL: target.endpoint } : process.env,
  });
}
