// SendMessageBatch: up to ten messages; each entry succeeds or fails on its own.
import type {
  BatchResultErrorEntry,
  SendMessageBatchRequest,
  SendMessageBatchResult,
} from '@aws-sdk/client-sqs';
import { failedEntry, orUndefined } from './batchResult.js';
import type { SqsContext } from './context.js';
import { batchRequestTooLong } from './errors.js';
import { sendOne } from './message.js';
import { checkBatch } from './validate.js';

export function sendMessageBatch(ctx: SqsContext, input: SendMessageBatchRequest): SendMessageBatchResult {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const entries = checkBatch(input.Entries, 'SendMessageBatchRequestEntry');
  let total = 0;
  for (const e of entries) total += typeof e.MessageBody === 'string' ? Buffer.byteLength(e.MessageBody) : 0;
  if (total > queue.maxMessageSize) throw batchRequestTooLong(queue.maxMessageSize, total);
  const Successful: SendMessageBatchResult['Successful'] = [];
  const Failed: BatchResultErrorEntry[] = [];
  for (const entry of entries) {
    try {
      Successful.push({ Id: entry.Id, ...sendOne(queue, entry, ctx.accountId) });
    } catch (err) {
      Failed.push(failedEntry(entry.Id, err));
    }
  }
  return { Successful: orUndefined(Successful), Failed: orUndefined(Failed) } as SendMessageBatchResult;
}
