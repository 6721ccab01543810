// Shared setup for the SQS tests: a local cloud on a free port and an SDK client pointed at it.
import { SQSClient } from '@aws-sdk/client-sqs';
import type { RunningCloud } from '../src/index.js';
import { clientConfig, useCloud } from './fixtures/cloud.js';

export { credentials } from './fixtures/cloud.js';

/** A cloud for the file's tests; once it is up, `ready` gets an SQS client on it. */
export function useSqs(ready: (sqs: SQSClient) => void): RunningCloud {
  return useCloud({}, (cloud) => {
    ready(new SQSClient(clientConfig(cloud.url)));
  });
}

let counter = 0;
/** A queue name no other test in the file uses. */
export function uniqueName(prefix = 'q'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}
