// DeleteMessageBatch: up to ten deletions, each reported on its own.
import type {
  BatchResultErrorEntry,
  DeleteMessageBatchRequest,
  DeleteMessageBatchResult,
  DeleteMessageBatchResultEntry,
} from '@aws-sdk/client-sqs';
import { failedEntry, orUndefined } from './batchResult.js';
import type { SqsContext } from './context.js';
import { deleteByHandle } from './deleteMessage.js';
import { checkBatch } from './validate.js';

export function deleteMessageBatch(
  ctx: SqsContext,
  input: DeleteMessageBatchRequest,
): DeleteMessageBatchResult {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const entries = checkBatch(input.Entries, 'DeleteMessageBatchRequestEntry');
  const ok: DeleteMessageBatchResultEntry[] = [];
  const failed: BatchResultErrorEntry[] = [];
  for (const e of entries) {
    try {
      deleteByHandle(queue, e.ReceiptHandle);
      ok.push({ Id: e.Id });
    } catch (err) {
      failed.push(failedEntry(e.Id, err));
    }
  }
  return { Successful: orUndefined(ok), Failed: orUndefined(failed) } as DeleteMessageBatchResult;
}
