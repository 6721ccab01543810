// SendMessageBatch: up to ten messages; each entry succeeds or fails on its own.
import type { BatchResultErrorEntry, SendMessageBatchResult } from '@aws-sdk/client-sqs';
import { toAwsError } from '../protocol/errors.js';
import type { SqsContext } from './context.js';
import { batchRequestTooLong } from './errors.js';
import { sendOne } from './message.js';
import type { WireSendMessageBatchRequest } from './shapes.js';
import { checkBatch } from './validate.js';

export function sendMessageBatch(
  ctx: SqsContext,
  input: WireSendMessageBatchRequest,
): SendMessageBatchResult {
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
      const e = toAwsError(err);
      Failed.push({
        Id: entry.Id,
        SenderFault: e.fault === 'Sender',
        Code: e.queryCode ?? e.code,
        Message: e.message,
      });
    }
  }
  // AWS leaves out an empty list (the JSON protocol's answer has no `Failed` when all succeeded).
  return {
    Successful: Successful.length ? Successful : undefined,
    Failed: Failed.length ? Failed : undefined,
  } as SendMessageBatchResult;
}
