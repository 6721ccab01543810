// SetQueueAttributes: changes attributes after the same checks CreateQueue makes.
import type { SetQueueAttributesRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { validateQueueAttributes } from './queueAttributes.js';

export function setQueueAttributes(ctx: SqsContext, input: SetQueueAttributesRequest): void {
  const queue = ctx.queue(input.QueueUrl);
  const attributes = validateQueueAttributes(input.Attributes ?? {}, {
    fifo: queue.fifo,
    creating: false,
    lookupFifo: (arn) => ctx.store.byArn(arn)?.fifo,
  });
  queue.setAttributes(attributes);
}
