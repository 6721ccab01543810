// ChangeMessageVisibilityBatch: up to ten visibility changes, each reported on its own.
import type {
  BatchResultErrorEntry,
  ChangeMessageVisibilityBatchRequest,
  ChangeMessageVisibilityBatchResult,
  ChangeMessageVisibilityBatchResultEntry,
} from '@aws-sdk/client-sqs';
import { failedEntry } from './batchResult.js';
import { changeByHandle } from './changeMessageVisibility.js';
import type { SqsContext } from './context.js';
import { checkBatch } from './validate.js';

export function changeMessageVisibilityBatch(
  ctx: SqsContext,
  input: ChangeMessageVisibilityBatchRequest,
): ChangeMessageVisibilityBatchResult {
  const entries = checkBatch(input.Entries, 'ChangeMessageVisibilityBatchRequestEntry');
  const queue = ctx.queue(input.QueueUrl);
  const Successful: ChangeMessageVisibilityBatchResultEntry[] = [];
  const Failed: BatchResultErrorEntry[] = [];
  // One commit for the batch when state is kept on disk.
  queue.atomically(() => {
    for (const e of entries) {
      try {
        changeByHandle(queue, e.ReceiptHandle, e.VisibilityTimeout);
        Successful.push({ Id: e.Id });
      } catch (err) {
        Failed.push(failedEntry(e.Id, err));
      }
    }
  });
  // Both lists are required members: AWS writes them even when empty.
  return { Successful, Failed };
}
