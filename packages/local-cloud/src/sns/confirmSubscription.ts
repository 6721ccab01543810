// ConfirmSubscription: nothing here sends confirmation tokens, so every token is refused as AWS refuses a bad one.
import type { ConfirmSubscriptionInput, ConfirmSubscriptionResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { invalidParameter } from './errors.js';
import { required, topicFor } from './validate.js';

export function confirmSubscription(
  ctx: SnsContext,
  input: ConfirmSubscriptionInput,
): ConfirmSubscriptionResponse {
  required(input.Token, 'token');
  topicFor(ctx, input.TopicArn);
  throw invalidParameter('Token');
}
