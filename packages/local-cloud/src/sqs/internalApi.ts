// What other services of the local cloud call to reach SQS: send by queue ARN, describe a queue.
import type { LocalCloud } from '../cloud.js';
import type { SqsInternal } from '../internal.js';
import { queueDoesNotExist } from './errors.js';
import { sendOne } from './message.js';
import type { SqsStore } from './store.js';

export function sqsInternal(cloud: LocalCloud, store: SqsStore): SqsInternal {
  return {
    sendMessage(queueArn, body, options = {}) {
      const queue = store.byArn(queueArn);
      if (!queue) throw queueDoesNotExist();
      const out = sendOne(
        queue,
        {
          MessageBody: body,
          MessageAttributes: options.messageAttributes,
          MessageGroupId: options.messageGroupId,
          MessageDeduplicationId: options.messageDeduplicationId,
          MessageSystemAttributes: options.traceHeader
            ? { AWSTraceHeader: { DataType: 'String', StringValue: options.traceHeader } }
            : undefined,
        },
        options.senderId ?? cloud.accountId,
      );
      return { messageId: out.MessageId };
    },
    describeQueue(queueArn) {
      const queue = store.byArn(queueArn);
      return queue
        ? { url: queue.url(cloud.endpoint), fifo: queue.fifo, policy: queue.attributes.Policy }
        : undefined;
    },
  };
}
