// UntagResource: removes a topic's tags by key; absent keys are ignored.
import type { UntagResourceRequest } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { formList } from './form.js';
import { taggedTopic } from './tagResource.js';

export function untagResource(ctx: SnsContext, form: QueryForm): string {
  const input: UntagResourceRequest = { ResourceArn: form.ResourceArn, TagKeys: formList(form, 'TagKeys') };
  const topic = taggedTopic(ctx, input.ResourceArn);
  for (const k of input.TagKeys ?? []) topic.tags.delete(k);
  return '';
}
