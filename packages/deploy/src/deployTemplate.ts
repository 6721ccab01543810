// Deploying a template through the CloudFormation API of an endpoint: create or update, wait, summarize.
import { readFile } from 'node:fs/promises';
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import type { DeployResult } from './deployResult.js';
import { summarize } from './deployResult.js';
import { expectStatus, waitForStack } from './waitForStack.js';

/**
 * The stack tag the local cloud's stack engine reads: resource types it does not serve are skipped with
 * a warning instead of failing the deploy. Any other CloudFormation keeps it as an ordinary tag.
 */
export const SKIP_UNSUPPORTED_TAG = 'local-cloud:skip-unsupported';

export interface DeployTemplateOptions {
  stackName: string;
  /** The template text, or `templateFile` to read it from. */
  templateBody?: string;
  templateFile?: string;
  parameters?: Record<string, string>;
  region?: string;
  /** The local cloud (or any CloudFormation endpoint); default AWS_ENDPOINT_URL. */
  endpoint?: string;
  /** Unsupported resource types are skipped with a warning instead of failing the deploy. */
  skipUnsupported?: boolean;
  tags?: Record<string, string>;
}

export function endpointOf(endpoint: string | undefined): string {
  const e = endpoint ?? process.env.AWS_ENDPOINT_URL;
  if (!e) throw new Error('no endpoint: pass endpoint or set AWS_ENDPOINT_URL');
  return e.replace(/\/$/, '');
}

export async function describeStack(cfn: CloudFormationClient, name: string): Promise<Stack | undefined> {
  // The SDK loads at first use: a local cloud that never deploys never pays its memory.
  const { DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  try {
    return (await cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0];
  } catch (err) {
    if (/does not exist/.test((err as Error).message)) return undefined;
    throw err;
  }
}

/** Creates the stack, or updates it; a stack left in ROLLBACK_COMPLETE by a failed create is replaced. */
export async function applyTemplate(
  cfn: CloudFormationClient,
  options: {
    stackName: string;
    templateBody: string;
    parameters?: Record<string, string>;
    tags?: { Key: string; Value: string }[];
  },
): Promise<{ stack: Stack; noChanges: boolean }> {
  const Parameters = Object.entries(options.parameters ?? {}).map(([ParameterKey, ParameterValue]) => ({
    ParameterKey,
    ParameterValue,
  }));
  const { CreateStackCommand, DeleteStackCommand, UpdateStackCommand } = await import(
    '@aws-sdk/client-cloudformation'
  );
  const Capabilities = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'] as const;
  let existing = await describeStack(cfn, options.stackName);
  if (existing?.StackStatus === 'ROLLBACK_COMPLETE' || existing?.StackStatus === 'REVIEW_IN_PROGRESS') {
    await cfn.send(new DeleteStackCommand({ StackName: existing.StackId }));
    await waitForStack(cfn, existing.StackId!);
    existing = undefined;
  }
  const since = new Date(Date.now() - 1);
  if (!existing) {
    const out = await cfn.send(
      new CreateStackCommand({
        StackName: options.stackName,
        TemplateBody: options.templateBody,
        Parameters,
        Capabilities: [...Capabilities],
        Tags: options.tags,
      }),
    );
    const stack = await waitForStack(cfn, out.StackId!);
    await expectStatus(cfn, stack, ['CREATE_COMPLETE'], since);
    return { stack, noChanges: false };
  }
  try {
    await cfn.send(
      new UpdateStackCommand({
        StackName: existing.StackId,
        TemplateBody: options.templateBody,
        Parameters,
        Capabilities: [...Capabilities],
        Tags: options.tags,
      }),
    );
  } catch (err) {
    if ((err as Error).message === 'No updates are to be performed.')
      return { stack: existing, noChanges: true };
    throw err;
  }
  const stack = await waitForStack(cfn, existing.StackId!);
  await expectStatus(cfn, stack, ['UPDATE_COMPLETE'], since);
  return { stack, noChanges: false };
}

export async function deployTemplate(options: DeployTemplateOptions): Promise<DeployResult> {
  const endpoint = endpointOf(options.endpoint);
  const region = options.region ?? process.env.AWS_REGION ?? 'us-east-1';
  const body =
    options.templateBody ?? (options.templateFile ? await readFile(options.templateFile, 'utf8') : undefined);
  if (body === undefined) throw new Error('deployTemplate needs templateBody or templateFile');
  const { cloudFormationClient } = await import('./clients.js');
  const cfn = cloudFormationClient({ endpoint, region });
  const tags = Object.entries(options.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
  if (options.skipUnsupported) tags.push({ Key: SKIP_UNSUPPORTED_TAG, Value: 'true' });
  const { stack, noChanges } = await applyTemplate(cfn, {
    stackName: options.stackName,
    templateBody: body,
    parameters: options.parameters,
    tags: tags.length > 0 ? tags : undefined,
  });
  return summarize(cfn, stack, endpoint, region, noChanges);
}
