// Deploying a Serverless Framework service to the local cloud as `serverless deploy` would: the service's
// own `serverless package`, then the create-stack template, the code zips to the deployment bucket, and
// the update-stack template.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { parse as parseYaml } from 'yaml';
import { type DeployResult, summarize } from './deployResult.js';
import { applyTemplate, describeStack, endpointOf } from './deployTemplate.js';
import { type RemoveResult, removeStack } from './removeStack.js';

export interface ServerlessOptions {
  serviceDir: string;
  stage: string;
  region?: string;
  /** `--param name=value` of the Serverless Framework. */
  params?: Record<string, string>;
  endpoint?: string;
  /** The Serverless CLI as a command line (`serverless`, `npx serverless`, a path); default serverlessBinary(). */
  serverlessCommand?: string;
  /** Called with each line `serverless package` prints. */
  onOutput?: (line: string) => void;
}

interface PackagedService {
  service: string;
  stackName: string;
  artifactDirectoryName: string;
  /** A deployment bucket the service names itself (provider.deploymentBucket). */
  customBucket?: string;
  createTemplate: string;
  updateTemplate: string;
  zips: string[];
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

/** Runs `serverless package`; no credentials are needed, none of the caller's AWS settings leak in. */
export async function packageService(options: ServerlessOptions): Promise<PackagedService> {
  const region = options.region ?? 'us-east-1';
  const args = ['package', '--stage', options.stage, '--region', region];
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
  });
  const [bin, ...pre] = options.serverlessCommand
    ? options.serverlessCommand.split(/\s+/).filter(Boolean)
    : [serverlessBinary(options.serviceDir)];
  await new Promise<void>((resolvePromise, reject) => {
    const child = spawn(bin, [...pre, ...args], {
      cwd: options.serviceDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    const take = (chunk: Buffer) => {
      const part = chunk.toString('utf8');
      text += part;
      for (const line of part.split('\n')) if (line.trim()) options.onOutput?.(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (err) => reject(new Error(`could not run ${bin}: ${err.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else
        reject(
          new Error(`serverless package --stage ${options.stage} failed (exit ${code}):\n${text.trim()}`),
        );
    });
  });
  const dir = join(options.serviceDir, '.serverless');
  const state = JSON.parse(await readFile(join(dir, 'serverless-state.json'), 'utf8'));
  const provider = state.service.provider ?? {};
  const service =
    typeof state.service.service === 'string' ? state.service.service : state.service.service.name;
  const bucket = provider.deploymentBucket;
  return {
    service,
    stackName: provider.stackName ?? `${service}-${options.stage}`,
    artifactDirectoryName: state.package.artifactDirectoryName,
    customBucket: typeof bucket === 'string' ? bucket : bucket?.name,
    createTemplate: await readFile(join(dir, 'cloudformation-template-create-stack.json'), 'utf8'),
    updateTemplate: await readFile(join(dir, 'cloudformation-template-update-stack.json'), 'utf8'),
    zips: (await readdir(dir)).filter((f) => f.endsWith('.zip')).map((f) => join(dir, f)),
  };
}

async function deploymentBucket(cfn: CloudFormationClient, stackName: string): Promise<string> {
  const { DescribeStackResourceCommand } = await import('@aws-sdk/client-cloudformation');
  const out = await cfn.send(
    new DescribeStackResourceCommand({
      StackName: stackName,
      LogicalResourceId: 'ServerlessDeploymentBucket',
    }),
  );
  return out.StackResourceDetail!.PhysicalResourceId!;
}

/** Packages the service with its own framework and deploys the stage; the result lists functions and warnings. */
export async function deployServerless(options: ServerlessOptions): Promise<DeployResult> {
  const endpoint = endpointOf(options.endpoint);
  const region = options.region ?? 'us-east-1';
  const pkg = await packageService({ ...options, region });
  // The SDK loads at first use: a local cloud that never deploys never pays its memory.
  const { CloudFormationClient } = await import('@aws-sdk/client-cloudformation');
  const { CreateBucketCommand, HeadBucketCommand, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const { clientConfig, s3Client } = await import('./clients.js');
  const cfn = new CloudFormationClient(clientConfig(endpoint, region));
  const s3 = s3Client({ endpoint, region });

  const existing = await describeStack(cfn, pkg.stackName);
  const live = existing && !['ROLLBACK_COMPLETE', 'REVIEW_IN_PROGRESS'].includes(existing.StackStatus!);
  const createHasResources = Object.keys(JSON.parse(pkg.createTemplate).Resources ?? {}).length > 0;
  if (!live && createHasResources) {
    await applyTemplate(cfn, { stackName: pkg.stackName, templateBody: pkg.createTemplate });
  }
  let bucket = pkg.customBucket;
  if (bucket) {
    // An "already existing" bucket of the service: made here if the local cloud lacks it.
    await s3
      .send(new HeadBucketCommand({ Bucket: bucket }))
      .catch(() => s3.send(new CreateBucketCommand({ Bucket: bucket })));
  } else {
    bucket = await deploymentBucket(cfn, pkg.stackName);
  }
  for (const zip of pkg.zips) {
    const key = `${pkg.artifactDirectoryName}/${zip.slice(zip.lastIndexOf('/') + 1)}`;
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: await readFile(zip) }));
  }
  const { stack, noChanges } = await applyTemplate(cfn, {
    stackName: pkg.stackName,
    templateBody: pkg.updateTemplate,
  });
  return summarize(cfn, stack, endpoint, region, noChanges);
}

/** The stack name of a service without packaging it: `<service>-<stage>`, or provider.stackName. */
export async function serverlessStackName(serviceDir: string, stage: string): Promise<string> {
  const text = await readFile(join(serviceDir, 'serverless.yml'), 'utf8');
  const doc = parseYaml(text, { customTags: [], strict: false, logLevel: 'silent' }) as {
    service?: string | { name: string };
    provider?: { stackName?: string };
  };
  const service = typeof doc.service === 'string' ? doc.service : doc.service?.name;
  const explicit = doc.provider?.stackName;
  if (explicit && !explicit.includes('${')) return explicit;
  if (!service || service.includes('${'))
    throw new Error(`can't read the service name of ${serviceDir}/serverless.yml`);
  return `${service}-${stage}`;
}

/**
 * As `serverless remove`: empties the deployment bucket (or, with `emptyBuckets: true`, every bucket of
 * the stack, e.g. one that received failure records), then deletes the stack. The region defaults as
 * deployServerless's does, so a remove finds what a deploy made.
 */
export async function removeServerless(
  options: Omit<ServerlessOptions, 'params' | 'onOutput'> & { emptyBuckets?: boolean },
): Promise<RemoveResult> {
  return removeStack({
    stackName: await serverlessStackName(options.serviceDir, options.stage),
    region: options.region ?? 'us-east-1',
    endpoint: options.endpoint,
    emptyBuckets: options.emptyBuckets || ['ServerlessDeploymentBucket'],
  });
}
