// Deploying a template through the CloudFormation API of an endpoint: create or update, wait, summarize.
import { readFile } from 'node:fs/promises';
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import type { DeployResult } from './deployResult.js';
import { summarize } from './deployResult.js';
import { withStrictTag } from './placeholders.js';
import { expectStatus, waitForStack } from './waitForStack.js';

export interface DeployTemplateOptions {
  stackName: string;
  /** The template text, or `templateFile` to read it from. */
  templateBody?: string;
  templateFile?: string;
  parameters?: Record<string, string>;
  region?: string;
  /** The local cloud (or any CloudFormation endpoint); default AWS_ENDPOINT_URL. */
  endpoint?: string;
  /**
   * A local cloud makes resource types it does not serve inert placeholders (listed in the result's
   * `placeholders`); strict refuses them instead, and the deploy fails naming each.
   */
  strict?: boolean;
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
    /** See DeployTemplateOptions.strict. */
    strict?: boolean;
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
        Tags: withStrictTag(options.tags, options.strict, undefined),
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
        Tags: withStrictTag(options.tags, options.strict, existing.Tags),
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
  const { stack, noChanges } = await applyTemplate(cfn, {
    stackName: options.stackName,
    templateBody: body,
    parameters: options.parameters,
    tags: tags.length > 0 ? tags : undefined,
    strict: options.strict,
  });
  return summarize(cfn, stack, endpoint, region, noChanges);
}
