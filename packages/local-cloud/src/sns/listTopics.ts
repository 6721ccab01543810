// ListTopics: the region's topics, 100 a page, NextToken opaque.
import type { ListTopicsInput, ListTopicsResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { pageOf } from './paging.js';

export function listTopics(ctx: SnsContext, input: ListTopicsInput): ListTopicsResponse {
  const arns = [...ctx.store.topics.values()].filter((t) => t.region === ctx.region).map((t) => t.arn);
  const { items, next } = pageOf(arns, input.NextToken);
  return { Topics: items.map((TopicArn) => ({ TopicArn })), NextToken: next };
}
