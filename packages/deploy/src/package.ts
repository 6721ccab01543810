// Packaging a Serverless service with its own framework (`serverless package`, no credentials needed),
// and reading what it left in .serverless: the two templates, the code zips, the names.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandError, runCommand } from './command.js';
import { clearStamp, packageInputs, readStamp, readsCloudValues, writeStamp } from './packageInputs.js';
import { pluginFailure, servicePlugins } from './pluginFailure.js';

export interface PackageOptions {
  serviceDir: string;
  /** Default `dev`. */
  stage?: string;
  /** Default `us-east-1`. */
  region?: string;
  /** `--param name=value` of the Serverless Framework. */
  params?: Record<string, string>;
  /** The Serverless CLI as a command line (`serverless`, `npx serverless`, a path); default serverlessBinary(). */
  serverlessCommand?: string;
  /** Called with each line `serverless package` prints. */
  onOutput?: (line: string) => void;
  /**
   * The cloud the package is for (a local cloud): the framework resolves `${aws:accountId}`, `${ssm:...}`
   * and `${cf:...}` there, and asks it about the deployed stack for each layer (a layer whose content did
   * not change keeps its S3 key). Without it the framework is given no endpoint at all.
   */
  endpoint?: string;
  /**
   * Stamp the package with its inputs (the service's files, stage, region, parameters, framework), and
   * with `reuse` deploy what .serverless holds, without packaging, when it was made from the same inputs.
   */
  cache?: 'reuse' | 'refresh';
}

export interface PackagedService {
  serviceDir: string;
  service: string;
  stage: string;
  region: string;
  stackName: string;
  artifactDirectoryName: string;
  /** A deployment bucket the service names itself (provider.deploymentBucket). */
  customBucket?: string;
  createTemplate: string;
  updateTemplate: string;
  zips: string[];
  /** .serverless already held this package (PackageOptions.cache): the framework did not run. */
  reused: boolean;
}

/** The service's own `serverless` (its node_modules, then any parent's, then this package's), else PATH. */
export function serverlessBinary(serviceDir: string): string {
  const candidates: string[] = [];
  for (let d = resolve(serviceDir); ; d = dirname(d)) {
    candidates.push(join(d, 'node_modules', '.bin', 'serverless'));
    if (dirname(d) === d) break;
  }
  for (let d = dirname(fileURLToPath(import.meta.url)); ; d = dirname(d)) {
    candidates.push(join(d, 'node_modules', '.bin', 'serverless'));
    if (dirname(d) === d) break;
  }
  return candidates.find((c) => existsSync(c)) ?? 'serverless';
}

/**
 * Runs `serverless package` (unless `cache: 'reuse'` finds it done); none of the caller's AWS settings
 * leak in, and the only endpoint the framework sees is `endpoint`.
 */
export async function packageService(options: PackageOptions): Promise<PackagedService> {
  const stage = options.stage ?? 'dev';
  const region = options.region ?? 'us-east-1';
  const command = options.serverlessCommand ?? serverlessBinary(options.serviceDir);
  const inputs = options.cache
    ? await packageInputs(options.serviceDir, { stage, region, params: options.params, command })
    : undefined;
  const reusable = options.cache === 'reuse' && !(await readsCloudValues(options.serviceDir));
  if (reusable && (await readStamp(options.serviceDir)) === inputs) {
    const packaged = await readPackage(options.serviceDir, stage, region).catch(() => undefined);
    if (packaged) return { ...packaged, reused: true };
  }
  const args = ['package', '--stage', stage, '--region', region];
  for (const [k, v] of Object.entries(options.params ?? {})) args.push('--param', `${k}=${v}`);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) env[k] = v;
  Object.assign(env, {
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    SLS_DEPRECATION_DISABLE: '*',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: region,
    // The variables the framework resolves against a cloud are resolved against the one deployed to.
    ...(options.endpoint ? { AWS_ENDPOINT_URL: options.endpoint } : {}),
  });
  if (inputs) await clearStamp(options.serviceDir);
  await runCommand(command, args, {
    cwd: options.serviceDir,
    env,
    onLine: (line) => options.onOutput?.(line),
  }).catch(async (err) => {
    // A plugin's failure names the plugin: the framework's message alone often does not.
    const blame =
      err instanceof CommandError && err.output
        ? pluginFailure(err.output, options.serviceDir, await servicePlugins(options.serviceDir))
        : undefined;
    throw blame ? new CommandError(`${err.message}\n${blame}`, err.output) : err;
  });
  if (inputs) await writeStamp(options.serviceDir, inputs);
  return { ...(await readPackage(options.serviceDir, stage, region)), reused: false };
}

/** What `serverless package --stage <stage>` left in the service's .serverless folder. */
export async function readPackage(
  serviceDir: string,
  stage: string,
  region: string,
): Promise<Omit<PackagedService, 'reused'>> {
  const dir = join(serviceDir, '.serverless');
  const state = JSON.parse(await readFile(join(dir, 'serverless-state.json'), 'utf8'));
  const provider = state.service.provider ?? {};
  const service =
    typeof state.service.service === 'string' ? state.service.service : state.service.service.name;
  const bucket = provider.deploymentBucket;
  return {
    serviceDir,
    service,
    stage,
    region,
    stackName: provider.stackName ?? `${service}-${stage}`,
    artifactDirectoryName: state.package.artifactDirectoryName,
    customBucket: typeof bucket === 'string' ? bucket : bucket?.name,
    createTemplate: await readFile(join(dir, 'cloudformation-template-create-stack.json'), 'utf8'),
    updateTemplate: await readFile(join(dir, 'cloudformation-template-update-stack.json'), 'utf8'),
    zips: (await readdir(dir)).filter((f) => f.endsWith('.zip')).map((f) => join(dir, f)),
  };
}
