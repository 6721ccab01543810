// SendMessage: one message into a queue; answers its id and MD5s.
import type { SendMessageRequest, SendMessageResult } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { sendOne } from './message.js';

export function sendMessage(ctx: SqsContext, input: SendMessageRequest): SendMessageResult {
  const queue = ctx.queue(input.QueueUrl);
  return sendOne(queue, input, ctx.accountId);
}
