// GetQueueAttributes: stored attributes plus the computed ones (ARN, counts, timestamps).
import type { GetQueueAttributesRequest, GetQueueAttributesResult } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import type { Queue } from './queue.js';
import { checkAttributeNames } from './queueAttributes.js';

export function allAttributes(queue: Queue): Record<string, string> {
  const all: Record<string, string> = {
    ...queue.attributes,
    ApproximateNumberOfMessages: String(queue.visible),
    ApproximateNumberOfMessagesDelayed: String(queue.delayed),
    ApproximateNumberOfMessagesNotVisible: String(queue.inFlight),
    CreatedTimestamp: String(queue.createdAt),
    LastModifiedTimestamp: String(queue.lastModifiedAt),
    QueueArn: queue.arn,
  };
  const sorted: Record<string, string> = {};
  for (const k of Object.keys(all).sort()) sorted[k] = all[k];
  return sorted;
}

export function getQueueAttributes(
  ctx: SqsContext,
  input: GetQueueAttributesRequest,
): GetQueueAttributesResult {
  const queue = ctx.queue(input.QueueUrl);
  const names = input.AttributeNames ?? [];
  checkAttributeNames(names, queue.fifo);
  if (names.length === 0) return {};
  const all = allAttributes(queue);
  if (names.includes('All')) return { Attributes: all };
  const out: Record<string, string> = {};
  for (const n of names) if (all[n] !== undefined) out[n] = all[n];
  return Object.keys(out).length > 0 ? { Attributes: out } : {};
}
