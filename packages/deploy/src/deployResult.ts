// What a deploy reports: the stack, its outputs and resources, each function with its destinations,
// warnings about destinations the function's role can't deliver to, and the resources a local cloud made
// inert placeholders of.
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import { checkDestinations } from './permissions.js';
import { type Placeholder, placeholdersOf } from './placeholders.js';

export interface FunctionSummary {
  logicalId: string;
  name: string;
  arn?: string;
  role?: string;
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
  onSuccess?: string;
  onFailure?: string;
}

export interface DeployResult {
  stackName: string;
  stackId: string;
  region: string;
  endpoint: string;
  status: string;
  /** The stack was already as asked ("No updates are to be performed."). */
  noChanges: boolean;
  outputs: Record<string, string>;
  resources: { logicalId: string; type: string; physicalId: string; status: string }[];
  functions: FunctionSummary[];
  warnings: string[];
  /** Resources of types a local cloud does not serve: inert placeholders, a handler calling them fails. */
  placeholders: Placeholder[];
}

export async function summarize(
  cfn: CloudFormationClient,
  stack: Stack,
  endpoint: string,
  region: string,
  noChanges: boolean,
): Promise<DeployResult> {
  // The SDK loads at first use: a local cloud that never deploys never pays its memory.
  const { ListStackResourcesCommand } = await import('@aws-sdk/client-cloudformation');
  const { GetFunctionConfigurationCommand, GetFunctionEventInvokeConfigCommand } = await import(
    '@aws-sdk/client-lambda'
  );
  const { iamClient, lambdaClient } = await import('./clients.js');
  const listed = await cfn.send(new ListStackResourcesCommand({ StackName: stack.StackId }));
  const warnings: string[] = [];
  for (const r of listed.StackResourceSummaries ?? []) {
    const reason = r.ResourceStatusReason ?? '';
    // the local cloud's notes on a resource it made with a step skipped
    if (reason.startsWith('Warning: ')) warnings.push(`${r.LogicalResourceId}: ${reason}`);
  }
  const resources = (listed.StackResourceSummaries ?? []).map((r) => ({
    logicalId: r.LogicalResourceId!,
    type: r.ResourceType!,
    physicalId: r.PhysicalResourceId ?? '',
    status: r.ResourceStatus!,
  }));
  const lambda = lambdaClient({ endpoint, region });
  const iam = iamClient({ endpoint, region });
  const functions: FunctionSummary[] = [];
  for (const r of resources.filter((r) => r.type === 'AWS::Lambda::Function')) {
    const fn: FunctionSummary = { logicalId: r.logicalId, name: r.physicalId };
    try {
      const conf = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: r.physicalId }));
      fn.arn = conf.FunctionArn;
      fn.role = conf.Role;
    } catch {
      // a function the Lambda API can't describe is listed by name only
    }
    try {
      const eic = await lambda.send(
        new GetFunctionEventInvokeConfigCommand({ FunctionName: r.physicalId, Qualifier: '$LATEST' }),
      );
      fn.maximumRetryAttempts = eic.MaximumRetryAttempts;
      fn.maximumEventAgeInSeconds = eic.MaximumEventAgeInSeconds;
      fn.onSuccess = eic.DestinationConfig?.OnSuccess?.Destination;
      fn.onFailure = eic.DestinationConfig?.OnFailure?.Destination;
    } catch {
      // no EventInvokeConfig: no destinations
    }
    warnings.push(...(await checkDestinations(iam, fn)));
    functions.push(fn);
  }
  return {
    stackName: stack.StackName!,
    stackId: stack.StackId!,
    region,
    endpoint,
    status: stack.StackStatus!,
    noChanges,
    outputs: Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey!, o.OutputValue ?? ''])),
    resources,
    functions,
    warnings,
    placeholders: placeholdersOf(listed.StackResourceSummaries ?? []),
  };
}
