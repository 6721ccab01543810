// What the stack tests share: clients pointed at a local cloud, and waiting for a stack to settle.
import { CloudFormationClient, DescribeStackEventsCommand, type Stack } from '@aws-sdk/client-cloudformation';
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { waitForStack } from '@destinations-action/deploy';
import type { RunningCloud } from '../src/index.js';
import { clientConfig as config, useCloud } from './fixtures/cloud.js';

export function clients(endpoint: string) {
  return {
    cfn: new CloudFormationClient(config(endpoint)),
    sqs: new SQSClient(config(endpoint)),
    sns: new SNSClient(config(endpoint)),
    iam: new IAMClient(config(endpoint)),
    lambda: new LambdaClient(config(endpoint)),
    s3: new S3Client({ ...config(endpoint), forcePathStyle: true }),
  };
}

/** A cloud for the file's tests and the clients on it, filled in once it is up. */
export function useStackCloud(): { cloud: RunningCloud; c: ReturnType<typeof clients> } {
  const c = {} as ReturnType<typeof clients>;
  const cloud = useCloud({}, (up) => {
    Object.assign(c, clients(up.url));
  });
  return { cloud, c };
}

export function settle(cfn: CloudFormationClient, stackId: string): Promise<Stack> {
  return waitForStack(cfn, stackId, 60_000);
}

/** Events oldest first, as `logicalId status reason`. */
export async function eventLines(cfn: CloudFormationClient, stack: string): Promise<string[]> {
  const out = await cfn.send(new DescribeStackEventsCommand({ StackName: stack }));
  return (out.StackEvents ?? [])
    .reverse()
    .map(
      (e) =>
        `${e.LogicalResourceId} ${e.ResourceStatus}${e.ResourceStatusReason ? ` ${e.ResourceStatusReason}` : ''}`,
    );
}

/** Polls until `check` returns a value (not undefined) or the deadline passes. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error('condition not met before the deadline');
    await new Promise((r) => setTimeout(r, 100));
  }
}
