// ConfirmSubscription: nothing here sends confirmation tokens, so every token is refused as AWS refuses a bad one.
import type { ConfirmSubscriptionInput } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { invalidParameter, required, topicFor } from './validate.js';

export function confirmSubscription(ctx: SnsContext, form: QueryForm): string {
  const input: ConfirmSubscriptionInput = { TopicArn: form.TopicArn, Token: form.Token };
  required(input.Token, 'token');
  topicFor(ctx, input.TopicArn);
  throw invalidParameter('Token');
}
