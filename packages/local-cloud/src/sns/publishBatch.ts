// PublishBatch: up to 10 messages with distinct ids. FIFO ids and MessageStructure are checked for the
// whole request first, as AWS does; an entry whose text fails its checks then fails alone.
import type {
  BatchResultErrorEntry,
  PublishBatchInput,
  PublishBatchResponse,
  PublishBatchResultEntry,
} from '@aws-sdk/client-sns';
import { AwsError } from '../protocol/errors.js';
import type { SnsContext } from './context.js';
import {
  batchEntryIdsNotDistinct,
  batchRequestTooLong,
  emptyBatchRequest,
  invalidBatchEntryId,
  tooManyEntriesInBatchRequest,
} from './errors.js';
import { acceptMessage, checkIdsAndStructure, checkText, type MessageInput } from './message.js';
import { checkMessageAttributes, MAX_MESSAGE_BYTES, publishSize, required, topicFor } from './validate.js';

const ID_RE = /^[A-Za-z0-9_-]{1,80}$/;

export function publishBatch(ctx: SnsContext, input: PublishBatchInput): PublishBatchResponse {
  const topic = topicFor(ctx, input.TopicArn);
  const entries = input.PublishBatchRequestEntries ?? [];
  if (entries.length === 0) throw emptyBatchRequest();
  if (entries.length > 10) throw tooManyEntriesInBatchRequest();
  const ids = entries.map((e, i) => required(e.Id, `publishBatchRequestEntries.${i + 1}.member.id`));
  if (new Set(ids).size !== ids.length) throw batchEntryIdsNotDistinct();
  for (const id of ids) if (!ID_RE.test(id)) throw invalidBatchEntryId();
  const inputs: MessageInput[] = entries.map((e, i) => ({
    message: required(e.Message, `publishBatchRequestEntries.${i + 1}.member.message`),
    subject: e.Subject,
    messageStructure: e.MessageStructure,
    messageAttributes: checkMessageAttributes(e.MessageAttributes ?? {}, i + 1),
    messageGroupId: e.MessageGroupId,
    messageDeduplicationId: e.MessageDeduplicationId,
  }));
  const total = inputs.reduce((n, m) => n + publishSize(m.message ?? '', m.messageAttributes), 0);
  if (total > MAX_MESSAGE_BYTES) throw batchRequestTooLong();
  const perProtocol = inputs.map((input) => checkIdsAndStructure(topic, input));
  const successful: PublishBatchResultEntry[] = [];
  const failed: BatchResultErrorEntry[] = [];
  inputs.forEach((input, i) => {
    try {
      checkText(input);
      const accepted = acceptMessage(ctx, topic, input, perProtocol[i]);
      successful.push({ Id: ids[i], MessageId: accepted.messageId, SequenceNumber: accepted.sequenceNumber });
    } catch (err) {
      if (!(err instanceof AwsError)) throw err;
      // An entry's Code is the code on the wire (`InvalidParameter`), not the SDK's exception name.
      const Code = err.queryCode ?? err.code;
      failed.push({ Id: ids[i], Code, Message: err.message, SenderFault: err.fault === 'Sender' });
    }
  });
  return { Successful: successful, Failed: failed };
}
