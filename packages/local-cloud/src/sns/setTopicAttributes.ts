// SetTopicAttributes: one attribute at a time; FifoTopic cannot change after creation.
import type { SetTopicAttributesInput } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { checkTopicAttribute } from './topicAttributes.js';
import { required, topicFor } from './validate.js';

export function setTopicAttributes(ctx: SnsContext, form: QueryForm): undefined {
  const input: SetTopicAttributesInput = {
    TopicArn: form.TopicArn,
    AttributeName: form.AttributeName,
    AttributeValue: form.AttributeValue,
  };
  const name = required(input.AttributeName, 'attributeName');
  const topic = topicFor(ctx, input.TopicArn);
  const value = input.AttributeValue ?? '';
  checkTopicAttribute(name, value, topic.fifo, false);
  topic.attributes.set(name, value);
  return undefined;
}
