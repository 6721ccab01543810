// Removing a stack through the CloudFormation API: empty its buckets if asked, delete, wait.
import type { S3Client } from '@aws-sdk/client-s3';
import { describeStack, endpointOf } from './deployTemplate.js';
import { expectStatus, waitForStack } from './waitForStack.js';

export interface RemoveStackOptions {
  stackName: string;
  region?: string;
  endpoint?: string;
  /** Logical ids of buckets to empty first (CloudFormation can't delete a bucket with objects); `true`: all. */
  emptyBuckets?: string[] | boolean;
}

export interface RemoveResult {
  stackName: string;
  /** False when there was no such stack. */
  removed: boolean;
}

export async function emptyBucket(s3: S3Client, bucket: string): Promise<void> {
  // The SDK loads at first use: a local cloud that never removes a stack never pays its memory.
  const { DeleteObjectsCommand, ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  for (;;) {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    const keys = (out.Contents ?? []).map((o) => ({ Key: o.Key! }));
    if (keys.length === 0) return;
    await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }));
  }
}

export async function removeStack(options: RemoveStackOptions): Promise<RemoveResult> {
  const endpoint = endpointOf(options.endpoint);
  const region = options.region ?? process.env.AWS_REGION ?? 'us-east-1';
  const { DeleteStackCommand, ListStackResourcesCommand } = await import('@aws-sdk/client-cloudformation');
  const { cloudFormationClient, s3Client } = await import('./clients.js');
  const cfn = cloudFormationClient({ endpoint, region });
  const stack = await describeStack(cfn, options.stackName);
  if (!stack) return { stackName: options.stackName, removed: false };
  if (options.emptyBuckets) {
    const s3 = s3Client({ endpoint, region });
    const listed = await cfn.send(new ListStackResourcesCommand({ StackName: stack.StackId }));
    for (const r of listed.StackResourceSummaries ?? []) {
      if (r.ResourceType !== 'AWS::S3::Bucket' || !r.PhysicalResourceId) continue;
      if (Array.isArray(options.emptyBuckets) && !options.emptyBuckets.includes(r.LogicalResourceId!))
        continue;
      await emptyBucket(s3, r.PhysicalResourceId).catch(() => undefined);
    }
  }
  const since = new Date(Date.now() - 1);
  await cfn.send(new DeleteStackCommand({ StackName: stack.StackId }));
  const done = await waitForStack(cfn, stack.StackId!);
  await expectStatus(cfn, done, ['DELETE_COMPLETE'], since);
  return { stackName: options.stackName, removed: true };
}
