// An SQS queue as target: the body is the message; FIFO fields go to FIFO queues only.
import { DeliveryFailure, type Target } from './target.js';

export const toQueue: Target = {
  permissions: (arn) => [['sqs:SendMessage', arn.text]],
  resourcePolicy: (cloud, arn) => cloud.sqs?.describeQueue(arn.text)?.policy,
  send(cloud, arn, body, o) {
    const sqs = cloud.sqs;
    if (!sqs) throw new DeliveryFailure('SQS is not served by this local cloud');
    const queue = sqs.describeQueue(arn.text);
    if (!queue) throw new DeliveryFailure('the queue does not exist');
    // Lambda's destinations and dead-letter queues have no group id to give: AWS refuses FIFO queues there.
    if (queue.fifo && o.groupId === undefined) {
      throw new DeliveryFailure(`FIFO queues are not supported as ${o.sender.as}s`);
    }
    sqs.sendMessage(arn.text, body, {
      messageAttributes: o.attributes,
      // A standard queue refuses a deduplication id, and SNS FIFO topics pass it no group id either.
      messageGroupId: queue.fifo ? o.groupId : o.fairGroupId,
      messageDeduplicationId: queue.fifo ? o.dedupId : undefined,
      senderId: o.senderId,
      traceHeader: o.traceHeader,
    });
  },
};
