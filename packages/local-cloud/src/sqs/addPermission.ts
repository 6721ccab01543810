// AddPermission: a statement in the queue's policy letting accounts call some actions on the queue.
import type { AddPermissionRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { invalidParameter, missingParameter, unverifiedPrincipal } from './errors.js';
import { addStatement, grantedActions } from './queuePolicy.js';

export function addPermission(ctx: SqsContext, input: AddPermissionRequest): void {
  const queue = ctx.queue(input.QueueUrl);
  const label = input.Label;
  if (!label) throw missingParameter('Label');
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(label)) {
    throw invalidParameter(
      'Label',
      label,
      'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
    );
  }
  const accounts = input.AWSAccountIds ?? [];
  if (accounts.length === 0) throw unverifiedPrincipal('[]');
  const actions = input.Actions ?? [];
  if (actions.length === 0) throw missingParameter('Actions');
  addStatement(queue, label, accounts, grantedActions(actions));
}
