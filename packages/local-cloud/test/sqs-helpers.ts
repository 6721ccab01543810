// Shared setup for the SQS tests: a local cloud on a free port and an SDK client pointed at it.
import { SQSClient } from '@aws-sdk/client-sqs';
import { type RunningCloud, startLocalCloud } from '../src/index.js';

export const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

export async function startSqs(): Promise<{ cloud: RunningCloud; sqs: SQSClient }> {
  const cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  const sqs = new SQSClient({ endpoint: cloud.url, region: 'us-east-1', credentials });
  return { cloud, sqs };
}

let counter = 0;
/** A queue name no other test in the file uses. */
export function uniqueName(prefix = 'q'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}
