// What other services call on SNS (Lambda destinations, EventBridge targets): Publish without HTTP.
import type { LocalCloud } from '../cloud.js';
import type { SnsInternal } from '../internal.js';
import { notFound } from './errors.js';
import { acceptMessage, checkMessage } from './message.js';
import type { SnsStore } from './store.js';
import { parseTopicArn } from './validate.js';

export function snsInternal(cloud: LocalCloud, store: SnsStore): SnsInternal {
  return {
    publish(topicArn, message, options = {}) {
      const topic = store.topics.get(topicArn);
      if (!topic) throw notFound('Topic does not exist');
      const input = {
        message,
        subject: options.subject,
        messageAttributes: options.messageAttributes ?? {},
        messageGroupId: options.messageGroupId,
      };
      const perProtocol = checkMessage(topic, input);
      const region = parseTopicArn(topicArn)?.region ?? cloud.config.region;
      return { messageId: acceptMessage({ store, cloud, region }, topic, input, perProtocol).messageId };
    },
    describeTopic(topicArn) {
      const topic = store.topics.get(topicArn);
      return topic ? { fifo: topic.fifo } : undefined;
    },
  };
}
