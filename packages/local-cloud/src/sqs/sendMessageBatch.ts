// SendMessageBatch: up to ten messages; each entry succeeds or fails on its own, once the request as a whole
// passes the checks AWS makes on all entries first.
import type {
  BatchResultErrorEntry,
  SendMessageBatchRequest,
  SendMessageBatchRequestEntry,
  SendMessageBatchResult,
  SendMessageBatchResultEntry,
} from '@aws-sdk/client-sqs';
import { failedEntry } from './batchResult.js';
import type { SqsContext } from './context.js';
import { batchRequestTooLong, emptyValue, invalidParameterValue, noDeduplicationId } from './errors.js';
import { sendOne } from './message.js';
import type { Queue } from './queue.js';
import { MAX_MESSAGE_BYTES } from './queueAttributes.js';
import { attributeBytes, checkBatch } from './validate.js';

export function sendMessageBatch(ctx: SqsContext, input: SendMessageBatchRequest): SendMessageBatchResult {
  const entries = checkBatch(input.Entries, 'SendMessageBatchRequestEntry');
  // The whole batch counts against the service's limit, not the queue's MaximumMessageSize (recorded on AWS).
  const total = entries.reduce((sum, e) => sum + entryBytes(e), 0);
  if (total > MAX_MESSAGE_BYTES) throw batchRequestTooLong(MAX_MESSAGE_BYTES, total);
  const queue = ctx.queue(input.QueueUrl);
  if (queue.fifo) checkFifoEntries(queue, entries);
  const Successful: SendMessageBatchResultEntry[] = [];
  const Failed: BatchResultErrorEntry[] = [];
  // One commit for the batch when state is kept on disk.
  queue.atomically(() => {
    for (const entry of entries) {
      try {
        if (!entry.MessageBody) throw emptyValue('MessageBody');
        Successful.push({ Id: entry.Id, ...sendOne(queue, entry, ctx.accountId) });
      } catch (err) {
        Failed.push(failedEntry(entry.Id, err));
      }
    }
  });
  // Both lists are required members: AWS writes them even when empty.
  return { Successful, Failed };
}

function entryBytes(e: SendMessageBatchRequestEntry): number {
  let bytes = typeof e.MessageBody === 'string' ? Buffer.byteLength(e.MessageBody) : 0;
  for (const [name, a] of Object.entries(e.MessageAttributes ?? {})) if (a) bytes += attributeBytes(name, a);
  return bytes;
}

/** On a FIFO queue, an entry without a group id, or without a deduplication id, fails the whole request. */
function checkFifoEntries(queue: Queue, entries: SendMessageBatchRequestEntry[]): void {
  for (const e of entries) {
    if (!e.MessageGroupId) {
      throw invalidParameterValue('The request must contain the parameter MessageGroupId.');
    }
    if (e.MessageDeduplicationId === undefined && !queue.contentBasedDeduplication) throw noDeduplicationId();
  }
}
