// Publish: one message to a topic (TopicArn or TargetArn), delivered to its subscribers before answering.
import type { PublishInput, PublishResponse } from '@aws-sdk/client-sns';
import { parseArn } from '../arn.js';
import type { SnsContext } from './context.js';
import { invalidParameter } from './errors.js';
import { acceptMessage, checkMessage } from './message.js';
import { checkMessageAttributes, required, topicFor } from './validate.js';

export function publish(ctx: SnsContext, input: PublishInput): PublishResponse {
  const message = required(input.Message, 'message');
  if (input.PhoneNumber !== undefined && input.TopicArn === undefined && input.TargetArn === undefined) {
    // SMS is out of scope: nothing here can reach a phone.
    throw invalidParameter(`PhoneNumber Reason: ${input.PhoneNumber} is not valid to publish to`);
  }
  if (input.TopicArn === undefined && input.TargetArn === undefined) {
    throw invalidParameter('TopicArn or TargetArn Reason: no value for required parameter');
  }
  const attributes = checkMessageAttributes(input.MessageAttributes ?? {});
  const member = input.TopicArn !== undefined ? 'TopicArn' : 'TargetArn';
  // Platform endpoints (mobile push) are not served, so a TargetArn naming one names nothing.
  if (member === 'TargetArn' && parseArn(input.TargetArn ?? '')?.resource.startsWith('endpoint/')) {
    throw invalidParameter('TargetArn Reason: No endpoint found for the target arn specified');
  }
  const topic = topicFor(ctx, input.TopicArn ?? input.TargetArn, member);
  const msg = {
    message,
    subject: input.Subject,
    messageStructure: input.MessageStructure,
    messageAttributes: attributes,
    messageGroupId: input.MessageGroupId,
    messageDeduplicationId: input.MessageDeduplicationId,
  };
  const perProtocol = checkMessage(topic, msg);
  const accepted = acceptMessage(ctx, topic, msg, perProtocol);
  return { MessageId: accepted.messageId, SequenceNumber: accepted.sequenceNumber };
}
