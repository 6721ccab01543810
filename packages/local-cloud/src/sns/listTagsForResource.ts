// ListTagsForResource: a topic's tags.
import type { ListTagsForResourceRequest, ListTagsForResourceResponse } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { taggedTopic } from './tagResource.js';
import { xmlElement, xmlMembers } from './xml.js';

export function listTagsForResource(ctx: SnsContext, form: QueryForm): string {
  const input: ListTagsForResourceRequest = { ResourceArn: form.ResourceArn };
  const topic = taggedTopic(ctx, input.ResourceArn);
  const out: ListTagsForResourceResponse = { Tags: [...topic.tags].map(([Key, Value]) => ({ Key, Value })) };
  const members = (out.Tags ?? []).map((t) => xmlElement('Key', t.Key) + xmlElement('Value', t.Value));
  return `<Tags>${xmlMembers(members)}</Tags>`;
}
