// SendMessage: one message into a queue; answers its id and MD5s.
import type { SendMessageResult } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { sendOne } from './message.js';
import type { WireSendMessageRequest } from './shapes.js';

export function sendMessage(ctx: SqsContext, input: WireSendMessageRequest): SendMessageResult {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  return sendOne(queue, input, ctx.accountId);
}
