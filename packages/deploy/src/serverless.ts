// Deploying a Serverless Framework service to a CloudFormation endpoint as `serverless deploy` would: the
// service's own `serverless package`, then the create-stack template, the code zips to the deployment
// bucket, and the update-stack template; and removing it as `serverless remove` would.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { parse as parseYaml } from 'yaml';
import { type DeployResult, summarize } from './deployResult.js';
import { applyTemplate, describeStack, endpointOf } from './deployTemplate.js';
import { type PackagedService, type PackageOptions, packageService } from './package.js';
import { type RemoveResult, removeStack } from './removeStack.js';
import { checkRuntimes } from './runtimes.js';

export interface ServerlessOptions extends PackageOptions {
  /** The local cloud (or any CloudFormation endpoint); default AWS_ENDPOINT_URL. It packages there too. */
  endpoint?: string;
  /** Refuse resource types a local cloud does not serve, instead of placeholders (see deployTemplate). */
  strict?: boolean;
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
  return deployPackage(await packageService({ ...options, endpoint }), endpoint, { strict: options.strict });
}

/** Deploys a package `serverless package` made (packageService), as `serverless deploy` would. */
export async function deployPackage(
  pkg: PackagedService,
  endpoint?: string,
  options: { strict?: boolean } = {},
): Promise<DeployResult> {
  const where = { endpoint: endpointOf(endpoint), region: pkg.region };
  // The SDK loads at first use: a local cloud that never deploys never pays its memory.
  const { CreateBucketCommand, HeadBucketCommand, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const { cloudFormationClient, s3Client } = await import('./clients.js');
  const cfn = cloudFormationClient(where);
  const s3 = s3Client(where);

  await checkRuntimes(pkg.updateTemplate, where.endpoint);
  const existing = await describeStack(cfn, pkg.stackName);
  const live = existing && !['ROLLBACK_COMPLETE', 'REVIEW_IN_PROGRESS'].includes(existing.StackStatus!);
  const createHasResources = Object.keys(JSON.parse(pkg.createTemplate).Resources ?? {}).length > 0;
  if (!live && createHasResources) {
    await applyTemplate(cfn, {
      stackName: pkg.stackName,
      templateBody: pkg.createTemplate,
      strict: options.strict,
    });
  }
  let bucket = pkg.customBucket;
  if (bucket) {
    // An "already existing" bucket of the service: made here if the endpoint lacks it.
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
    strict: options.strict,
  });
  return summarize(cfn, stack, where.endpoint, where.region, noChanges);
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
export async function removeServerless(options: {
  serviceDir: string;
  stage: string;
  region?: string;
  endpoint?: string;
  /** The stack a deploy reported; default read from serverless.yml (serverlessStackName). */
  stackName?: string;
  emptyBuckets?: boolean;
}): Promise<RemoveResult> {
  return removeStack({
    stackName: options.stackName ?? (await serverlessStackName(options.serviceDir, options.stage)),
    region: options.region ?? 'us-east-1',
    endpoint: options.endpoint,
    emptyBuckets: options.emptyBuckets || ['ServerlessDeploymentBucket'],
  });
}
