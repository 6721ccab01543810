// An SNS topic as target: the body is the Message; FIFO topics are refused, as every sender of AWS's does.
import { DeliveryFailure, type Target } from './target.js';

/** SNS's message limit; a body over it is replaced by the sender's smaller one, if it has one. */
const SNS_LIMIT = 256 * 1024;

export const toTopic: Target = {
  permissions: (arn) => [['sns:Publish', arn.text]],
  send(cloud, arn, body, o) {
    const sns = cloud.sns;
    if (!sns) throw new DeliveryFailure('SNS is not served by this local cloud');
    const topic = sns.describeTopic(arn.text);
    if (!topic) throw new DeliveryFailure('the topic does not exist');
    // Lambda destinations and DLQs take standard topics only; EventBridge does not support FIFO topics.
    if (topic.fifo) throw new DeliveryFailure(`FIFO topics are not supported as ${o.sender.as}s`);
    let message = body;
    if (Buffer.byteLength(message) > SNS_LIMIT) {
      if (!o.smaller) throw new DeliveryFailure(`the message is larger than SNS's ${SNS_LIMIT} bytes`);
      message = o.smaller();
    }
    sns.publish(arn.text, message, { subject: o.subject, messageAttributes: o.attributes });
  },
};
