// DeleteMessageBatch: up to ten deletions, each reported on its own.
import type {
  BatchResultErrorEntry,
  DeleteMessageBatchRequest,
  DeleteMessageBatchResult,
  DeleteMessageBatchResultEntry,
} from '@aws-sdk/client-sqs';
import { failedEntry } from './batchResult.js';
import type { SqsContext } from './context.js';
import { deleteByHandle } from './deleteMessage.js';
import { checkBatch } from './validate.js';

export function deleteMessageBatch(
  ctx: SqsContext,
  input: DeleteMessageBatchRequest,
): DeleteMessageBatchResult {
  const entries = checkBatch(input.Entries, 'DeleteMessageBatchRequestEntry');
  const queue = ctx.queue(input.QueueUrl);
  const Successful: DeleteMessageBatchResultEntry[] = [];
  const Failed: BatchResultErrorEntry[] = [];
  // One commit for the batch when state is kept on disk.
  queue.atomically(() => {
    for (const e of entries) {
      try {
        deleteByHandle(queue, e.ReceiptHandle);
        Successful.push({ Id: e.Id });
      } catch (err) {
        Failed.push(failedEntry(e.Id, err));
      }
    }
  });
  // Both lists are required members: AWS writes them even when empty.
  return { Successful, Failed };
}
