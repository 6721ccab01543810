// ConfirmSubscription: nothing here sends confirmation tokens, so every token is refused as AWS refuses
// one it does not know; a topic or token of the wrong shape is refused first, in AWS's words.
import type { ConfirmSubscriptionInput, ConfirmSubscriptionResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { invalidParameter, invalidToken } from './errors.js';
import { parseTopicArn, required } from './validate.js';

/** SNS's tokens are long hexadecimal strings (the length is AWS's own; 64 is the floor taken here). */
const TOKEN_SHAPE = /^[0-9a-f]{64,}$/i;

export function confirmSubscription(
  ctx: SnsContext,
  input: ConfirmSubscriptionInput,
): ConfirmSubscriptionResponse {
  const token = required(input.Token, 'token');
  const topicArn = required(input.TopicArn, 'topicArn');
  const parsed = parseTopicArn(topicArn);
  if (!parsed || parsed.region !== ctx.region) throw invalidParameter('Topic');
  if (!TOKEN_SHAPE.test(token)) throw invalidToken();
  // Whether or not the topic exists, AWS names the token: no subscription awaits it.
  throw invalidParameter('Token');
}
