// What other services of the local cloud call to reach SQS: send by queue ARN, describe a queue.
import type { LocalCloud } from '../cloud.js';
import type { MessageAttribute, SqsInternal } from '../internal.js';
import { queueDoesNotExist } from './errors.js';
import { sendOne } from './message.js';
import type { WireAttribute } from './shapes.js';
import type { SqsStore } from './store.js';

function toWire(
  attrs: Record<string, MessageAttribute> | undefined,
): Record<string, WireAttribute> | undefined {
  if (!attrs) return undefined;
  const out: Record<string, WireAttribute> = {};
  for (const [k, v] of Object.entries(attrs)) {
    out[k] = {
      DataType: v.DataType,
      StringValue: v.StringValue,
      BinaryValue: v.BinaryValue ? Buffer.from(v.BinaryValue).toString('base64') : undefined,
    };
  }
  return out;
}

export function sqsInternal(cloud: LocalCloud, store: SqsStore): SqsInternal {
  return {
    sendMessage(queueArn, body, options = {}) {
      const queue = store.byArn(queueArn);
      if (!queue) throw queueDoesNotExist();
      const out = sendOne(
        queue,
        {
          MessageBody: body,
          MessageAttributes: toWire(options.messageAttributes),
          MessageGroupId: options.messageGroupId,
          MessageDeduplicationId: options.messageDeduplicationId,
        },
        options.senderId ?? cloud.accountId,
      );
      return { messageId: out.MessageId };
    },
    describeQueue(queueArn) {
      const queue = store.byArn(queueArn);
      return queue ? { url: queue.url(cloud.endpoint), fifo: queue.fifo } : undefined;
    },
  };
}
