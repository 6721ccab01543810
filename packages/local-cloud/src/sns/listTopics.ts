// ListTopics: the region's topics, 100 a page, NextToken opaque.
import type { ListTopicsInput, ListTopicsResponse } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { pageOf } from './paging.js';
import { xmlElement, xmlMembers } from './xml.js';

export function listTopics(ctx: SnsContext, form: QueryForm): string {
  const input: ListTopicsInput = { NextToken: form.NextToken };
  const arns = [...ctx.store.topics.values()].filter((t) => t.region === ctx.region).map((t) => t.arn);
  const { items, next } = pageOf(arns, input.NextToken);
  const out: ListTopicsResponse = { Topics: items.map((TopicArn) => ({ TopicArn })), NextToken: next };
  return (
    `<Topics>${xmlMembers((out.Topics ?? []).map((t) => xmlElement('TopicArn', t.TopicArn)))}</Topics>` +
    xmlElement('NextToken', out.NextToken)
  );
}
