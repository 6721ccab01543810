// Deploying and removing a stage: on the local cloud through its stack engine, on AWS through the
// service's own `serverless deploy` / `serverless remove`.
import { spawn } from 'node:child_process';
import { ConfigError } from './errors.js';

export interface DeployTarget {
  serviceDir: string;
  stage?: string;
  region: string;
  params?: Record<string, string>;
  endpoint?: string;
  /** The Serverless CLI as a command line; locally it runs `package`, on AWS `deploy` and `remove`. */
  serverlessCommand?: string;
}

type StackFn = (options: Record<string, unknown>) => Promise<unknown>;

/** The local cloud's stack engine, loaded only when a run deploys locally. */
async function stackEngine(): Promise<{ deployServerless: StackFn; removeStack: StackFn }> {
  const lc = (await import('@destinations-action/local-cloud')) as Record<string, unknown>;
  if (typeof lc.deployServerless !== 'function' || typeof lc.removeStack !== 'function')
    throw new ConfigError(
      'this local cloud cannot deploy Serverless services (no stack engine): deploy the stage yourself and run `destinations verify`',
    );
  return { deployServerless: lc.deployServerless as StackFn, removeStack: lc.removeStack as StackFn };
}

/** Deploys with the stack engine; returns the stack's name (for removeLocal). */
export async function deployLocal(target: DeployTarget, onOutput?: (line: string) => void): Promise<string> {
  const { deployServerless } = await stackEngine();
  const result = (await deployServerless({
    serviceDir: target.serviceDir,
    stage: target.stage ?? 'dev',
    region: target.region,
    params: target.params ?? {},
    endpoint: target.endpoint,
    serverlessCommand: target.serverlessCommand,
    onOutput,
  })) as { stackName?: string } | undefined;
  if (!result?.stackName) throw new ConfigError('the stack engine did not say which stack it deployed');
  return result.stackName;
}

export async function removeLocal(target: DeployTarget, stackName: string): Promise<void> {
  const { removeStack } = await stackEngine();
  // Buckets that received failure records are not empty; CloudFormation would refuse to delete them.
  await removeStack({ stackName, region: target.region, endpoint: target.endpoint, emptyBuckets: true });
}

/** `serverless <command> --stage S --region R --param k=v`, in the service folder, output to stderr. */
export function runServerless(command: 'deploy' | 'remove', target: DeployTarget): Promise<void> {
  const serverlessCommand = target.serverlessCommand ?? 'serverless';
  const [bin, ...pre] = serverlessCommand.split(/\s+/).filter(Boolean);
  const args = [...pre, command];
  if (target.stage) args.push('--stage', target.stage);
  args.push('--region', target.region);
  for (const [k, v] of Object.entries(target.params ?? {})) args.push('--param', `${k}=${v}`);
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: target.serviceDir,
      stdio: ['ignore', 2, 2],
      env: target.endpoint ? { ...process.env, AWS_ENDPOINT_URL: target.endpoint } : process.env,
    });
    child.on('error', (err) =>
      reject(new ConfigError(`cannot run '${serverlessCommand}': ${err.message} (set serverlessCommand)`)),
    );
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new ConfigError(`'${serverlessCommand} ${command}' failed (${signal ?? `exit ${code}`})`)),
    );
  });
}
