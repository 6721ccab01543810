// Delivery to an SQS queue: the record is the message body; FIFO queues are refused at delivery.
import { type Delivery, DeliveryFailure } from './deliver.js';
import { serializeRecord } from './record.js';

export function deliverToQueue(d: Delivery): void {
  const sqs = d.cloud.sqs;
  if (!sqs) throw new DeliveryFailure('SQS is not served by this local cloud');
  const queue = sqs.describeQueue(d.destination);
  if (!queue) throw new DeliveryFailure('the queue does not exist');
  if (queue.fifo) throw new DeliveryFailure('FIFO queues are not supported as destinations');
  sqs.sendMessage(d.destination, serializeRecord(d.record));
}
