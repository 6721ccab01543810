// Publish: one message to a topic (TopicArn or TargetArn), delivered to its subscribers before answering.
import type { PublishInput, PublishResponse } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { formMessageAttributes } from './form.js';
import { acceptMessage, checkMessage } from './message.js';
import { checkMessageAttributes, invalidParameter, required, topicFor } from './validate.js';
import { xmlElement } from './xml.js';

export function publish(ctx: SnsContext, form: QueryForm): string {
  const input: Omit<PublishInput, 'MessageAttributes'> = {
    TopicArn: form.TopicArn,
    TargetArn: form.TargetArn,
    PhoneNumber: form.PhoneNumber,
    Message: form.Message,
    Subject: form.Subject,
    MessageStructure: form.MessageStructure,
    MessageDeduplicationId: form.MessageDeduplicationId,
    MessageGroupId: form.MessageGroupId,
  };
  const out = run(ctx, input, formMessageAttributes(form));
  return xmlElement('MessageId', out.MessageId) + xmlElement('SequenceNumber', out.SequenceNumber);
}

function run(
  ctx: SnsContext,
  input: Omit<PublishInput, 'MessageAttributes'>,
  rawAttributes: ReturnType<typeof formMessageAttributes>,
): PublishResponse {
  const message = required(input.Message, 'message');
  if (input.PhoneNumber !== undefined && input.TopicArn === undefined && input.TargetArn === undefined) {
    // SMS is out of scope: nothing here can reach a phone.
    throw invalidParameter(`PhoneNumber Reason: ${input.PhoneNumber} is not valid to publish to`);
  }
  if (input.TopicArn === undefined && input.TargetArn === undefined) {
    throw invalidParameter('TopicArn or TargetArn Reason: no value for required parameter');
  }
  const attributes = checkMessageAttributes(rawAttributes);
  const member = input.TopicArn !== undefined ? 'TopicArn' : 'TargetArn';
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
