// DeleteTopic: removes the topic and its subscriptions; deleting a missing topic succeeds, as on AWS.
import type { DeleteTopicInput } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { checkTopicArn, required } from './validate.js';

export function deleteTopic(ctx: SnsContext, input: DeleteTopicInput): void {
  const arn = required(input.TopicArn, 'topicArn');
  checkTopicArn(ctx, arn);
  const topic = ctx.store.topics.get(arn);
  if (!topic) return;
  for (const sub of topic.subscriptions) ctx.store.subscriptions.delete(sub);
  ctx.store.topics.delete(arn);
}
