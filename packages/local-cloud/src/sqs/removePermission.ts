// RemovePermission: removes the statement AddPermission wrote under a label.
import type { RemovePermissionRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { missingParameter } from './errors.js';
import { removeStatement } from './queuePolicy.js';

export function removePermission(ctx: SqsContext, input: RemovePermissionRequest): void {
  const queue = ctx.queue(input.QueueUrl);
  if (!input.Label) throw missingParameter('Label');
  removeStatement(queue, input.Label);
}
