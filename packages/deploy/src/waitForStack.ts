// Waiting for a stack operation to end, and reading why it failed from the stack's events.
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';

/** A deploy or remove that ended in a failed or rolled-back state; `failures` name the resources. */
export class StackOperationError extends Error {
  constructor(
    message: string,
    readonly stackName: string,
    readonly status: string,
    readonly failures: { logicalId: string; type: string; reason: string }[],
  ) {
    super(message);
    this.name = 'StackOperationError';
  }
}

export async function waitForStack(
  cfn: CloudFormationClient,
  stackId: string,
  timeoutMs = 600_000,
): Promise<Stack> {
  // The SDK is loaded at first use: a local cloud that never deploys never pays its memory.
  const { DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  const deadline = Date.now() + timeoutMs;
  let delay = 50;
  for (;;) {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: stackId }));
    const stack = out.Stacks![0];
    if (!stack.StackStatus!.endsWith('_IN_PROGRESS')) return stack;
    if (Date.now() > deadline)
      throw new Error(`stack ${stack.StackName} still ${stack.StackStatus} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 1000);
  }
}

/** The resources that failed since `since`, with CloudFormation's reasons. */
export async function failuresSince(
  cfn: CloudFormationClient,
  stackId: string,
  since: Date,
): Promise<{ logicalId: string; type: string; reason: string }[]> {
  const { DescribeStackEventsCommand } = await import('@aws-sdk/client-cloudformation');
  const out = await cfn.send(new DescribeStackEventsCommand({ StackName: stackId }));
  return (out.StackEvents ?? [])
    .filter(
      (e) =>
        e.Timestamp! >= since &&
        e.ResourceStatus?.endsWith('_FAILED') &&
        e.ResourceType !== 'AWS::CloudFormation::Stack' &&
        e.ResourceStatusReason,
    )
    .reverse()
    .map((e) => ({
      logicalId: e.LogicalResourceId!,
      type: e.ResourceType!,
      reason: e.ResourceStatusReason!,
    }));
}

/** Throws StackOperationError unless the stack reached one of the `ok` states. */
export async function expectStatus(
  cfn: CloudFormationClient,
  stack: Stack,
  ok: string[],
  since: Date,
): Promise<void> {
  if (ok.includes(stack.StackStatus!)) return;
  const failures = await failuresSince(cfn, stack.StackId!, since);
  const detail = failures.map((f) => `${f.logicalId} (${f.type}): ${f.reason}`).join('; ');
  throw new StackOperationError(
    `stack ${stack.StackName} ended in ${stack.StackStatus}${stack.StackStatusReason ? ` (${stack.StackStatusReason.trim()})` : ''}${detail ? `: ${detail}` : ''}`,
    stack.StackName!,
    stack.StackStatus!,
    failures,
  );
}
