// ChangeMessageVisibilityBatch: up to ten visibility changes, each reported on its own.
import type {
  BatchResultErrorEntry,
  ChangeMessageVisibilityBatchRequest,
  ChangeMessageVisibilityBatchResult,
  ChangeMessageVisibilityBatchResultEntry,
} from '@aws-sdk/client-sqs';
import { failedEntry, orUndefined } from './batchResult.js';
import { changeByHandle } from './changeMessageVisibility.js';
import type { SqsContext } from './context.js';
import { checkBatch } from './validate.js';

export function changeMessageVisibilityBatch(
  ctx: SqsContext,
  input: ChangeMessageVisibilityBatchRequest,
): ChangeMessageVisibilityBatchResult {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const entries = checkBatch(input.Entries, 'ChangeMessageVisibilityBatchRequestEntry');
  const ok: ChangeMessageVisibilityBatchResultEntry[] = [];
  const failed: BatchResultErrorEntry[] = [];
  for (const e of entries) {
    try {
      changeByHandle(queue, e.ReceiptHandle, e.VisibilityTimeout);
      ok.push({ Id: e.Id });
    } catch (err) {
      failed.push(failedEntry(e.Id, err));
    }
  }
  return { Successful: orUndefined(ok), Failed: orUndefined(failed) } as ChangeMessageVisibilityBatchResult;
}
