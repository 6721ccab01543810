// Delivery to an SNS topic: the record is the Message; over 256 KB a failure record loses its payloads.
import { type Delivery, DeliveryFailure } from './deliver.js';
import { serializeRecord } from './record.js';

const SNS_LIMIT = 256 * 1024;

export function deliverToTopic(d: Delivery): void {
  const sns = d.cloud.sns;
  if (!sns) throw new DeliveryFailure('SNS is not served by this local cloud');
  const topic = sns.describeTopic(d.destination);
  if (!topic) throw new DeliveryFailure('the topic does not exist');
  if (topic.fifo) throw new DeliveryFailure('FIFO topics are not supported as destinations');
  let message = serializeRecord(d.record);
  if (Buffer.byteLength(message) > SNS_LIMIT) {
    if (d.success) throw new DeliveryFailure(`the record is larger than SNS's ${SNS_LIMIT} bytes`);
    message = serializeRecord(d.record, true);
  }
  sns.publish(d.destination, message);
}
