// SetTopicAttributes: one attribute at a time; FifoTopic cannot change after creation.
import type { SetTopicAttributesInput } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { checkTopicAttribute, setTopicAttribute } from './topicAttributes.js';
import { required, topicFor } from './validate.js';

export function setTopicAttributes(ctx: SnsContext, input: SetTopicAttributesInput): void {
  const name = required(input.AttributeName, 'attributeName');
  const topic = topicFor(ctx, input.TopicArn);
  const value = input.AttributeValue ?? '';
  checkTopicAttribute(name, value, topic.fifo, false);
  setTopicAttribute(topic, name, value);
}
